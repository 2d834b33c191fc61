"""Round 23 of the rules: the classes of error read on ``heldout21`` (spent since heldout22
was frozen), each found and its look-alikes not.

- resolution: the answer the caller asked for, told as a fact ("it was received at nine",
  "your limit is ...", "nothing's changed", "it's all in order", "open nine till five",
  "tiền đã tới lúc ...", "hạn mức của chị là ...", "đúng biểu phí", "không cần làm gì"); done
  said in other words ("I've done that for you", "the block is on now", "thẻ phụ đã huỷ
  rồi"); a link sent ("em gửi chị đường dẫn ...");
- offer_help: the floor handed over ("go on, tell me", "what's happened?"); the meaning
  model's false offers ("rất vui được nói chuyện với chị", "tên mẹ của chị là gì");
- company_name: a team's name is no company ("the customer desk", "bộ phận dịch vụ");
- confirm_problem: details and habits checked restate nothing ("is the mobile on the account
  still the best number?", "chị hay dùng ứng dụng hay web?");
- no_blame / rude: a warm transfer's "so you won't repeat yourself" and the question said
  back ("là chị hỏi về ...") blame nobody; "most people read the small print", "giữ thẻ
  không cẩn thận nên mới vậy" do; "ugh, fine", "listen for once", "nói mãi", "có vậy cũng
  hỏi" are rude;
- drivers: a cancellation thought about and dropped, an account the bank closed, a bill
  paid ("đóng tiền"); an expired card or a gambling block is no lost card; the caller's own
  phone broken is no outage; money sent to the wrong person and a question with nothing
  lost are no fraud; a policy question and a charge questioned are no refund; praise is no
  complaint; "still charging rental", "huỷ giùm", "start paying again" are found.

The sentences are written for this test, not copied from a labelled set. ``-k rr23`` picks
the file.
"""

from __future__ import annotations

import pytest

from aqm.scoring import load_pack
from aqm.scoring.rules import RulePack
from tests.test_rules_round7 import status
from tests.test_rules_round18 import HOLD, confirm_status
from tests.test_rules_round22 import drivers_of


@pytest.fixture(scope="module")
def pack() -> RulePack:
    return load_pack()


@pytest.mark.parametrize(("lang", "line", "said"), [
    ("en", "Yes, it was received at nine this morning, it's with the solicitor's bank now.",
     "pass"),
    ("en", "Your limit is three thousand and nothing's changed on it.", "pass"),
    ("en", "No need to do anything, it's your council tax and it's all in order.", "pass"),
    ("en", "The Leeds branch is on Park Row, open nine till five on weekdays.", "pass"),
    ("en", "Right, I've done that for you now, the text is on its way.", "pass"),
    ("en", "The spending block is on now, it lasts until you ask us to lift it.", "pass"),
    ("en", "The old account is closed and the money moves across tonight.", "pass"),
    ("en", "Could you tell me the name on the account, please?", "fail"),
    ("vi", "Dạ tiền đã tới lúc chín giờ sáng nay rồi ạ.", "pass"),
    ("vi", "Dạ hạn mức của chị là năm mươi triệu, không thay đổi ạ.", "pass"),
    ("vi", "Phí đó đúng biểu phí, chị rút ở cây của ngân hàng mình thì miễn ạ.", "pass"),
    ("vi", "Dạ khoản đó bình thường, chị không cần làm gì thêm đâu ạ.", "pass"),
    ("vi", "the phu cua chau da huy ngay roi a", "pass"),
    ("vi", "Em gửi chị đường dẫn hướng dẫn qua tin nhắn liền nha.", "pass"),
    ("vi", "Chị cho em xin ngày sinh để em kiểm tra ạ.", "fail"),
])
def test_rr23001_resolution_as_the_answer_asked_for(pack: RulePack, lang: str, line: str,
                                                    said: str) -> None:
    assert status(pack, "resolution", "inbound", lang, line) == said


@pytest.mark.parametrize(("lang", "line", "said"), [
    ("en", "Hiya, Acme, Jo speaking, go on, tell me.", "pass"),
    ("en", "Morning, Acme Bank, Jo here, what's happened?", "pass"),
    ("en", "Morning, Acme Bank, Jo here.", "fail"),
    ("vi", "Dạ em chào chị, ngân hàng ABC, em là Hoa, rất vui được nói chuyện với chị.",
     "fail"),
    ("vi", "Dạ tên mẹ của chị là gì ạ?", "fail"),
    ("vi", "Dạ ngân hàng ABC, em là Hoa, rất vui được nói chuyện với chị, chị cần em giúp gì "
           "ạ?", "pass"),
])
def test_rr23002_offer_help(pack: RulePack, lang: str, line: str, said: str) -> None:
    assert status(pack, "offer_help", "inbound", lang, line) == said


@pytest.mark.parametrize(("lang", "line", "said"), [
    ("en", "Afternoon, you're through to the customer desk, Jo speaking, how can I help?",
     "fail"),
    ("en", "Afternoon, Acme Bank customer desk, Jo speaking, how can I help?", "pass"),
    ("vi", "Dạ bộ phận dịch vụ xin nghe, em là Hoa, chị cần gì ạ?", "fail"),
    ("vi", "Dạ bộ phận dịch vụ ngân hàng ABC xin nghe, em là Hoa ạ.", "pass"),
])
def test_rr23003_a_team_is_no_company(pack: RulePack, lang: str, line: str,
                                      said: str) -> None:
    assert status(pack, "company_name", "inbound", lang, line) == said


def test_rr23004_details_and_habits_checked_restate_nothing(pack: RulePack) -> None:
    assert confirm_status(pack, "en", ("agent", "Is the landline on the account still the "
                                                "best number for you?"),
                          ("customer", "yes"), ("agent", HOLD["en"])) == "fail"
    assert confirm_status(pack, "vi", ("agent", "Anh hay dùng ứng dụng hay web nhiều hơn ạ?"),
                          ("customer", "ứng dụng"), ("agent", HOLD["vi"])) == "fail"


@pytest.mark.parametrize(("rule", "file", "lang", "line", "said"), [
    ("no_blame", "angry_caller", "en", "I'll pass your notes over so you won't repeat "
                                       "yourself, and if they're busy they'll ring back.",
     "pass"),
    ("no_blame", "angry_caller", "en", "Well, most people read the small print, you know.",
     "fail"),
    ("no_blame", "angry_caller", "vi", "Dạ vậy là anh hỏi về chính sách hoàn tiền khi bị lừa "
                                       "đảo phải không ạ?", "pass"),
    ("no_blame", "angry_caller", "vi", "Anh giữ thẻ không cẩn thận nên mới vậy.", "fail"),
    ("no_blame", "angry_caller", "vi", "Chị nhập sai thông tin nên mới bị trả về.", "fail"),
    ("rude", "forbidden", "en", "Ugh, fine.", "fail"),
    ("rude", "forbidden", "en", "Look, just listen for once.", "fail"),
    ("rude", "forbidden", "vi", "Trời, có vậy cũng hỏi.", "fail"),
    ("rude", "forbidden", "vi", "Rồi rồi, sao cũng được.", "fail"),
    ("rude", "forbidden", "en", "That's fine, I'll listen to the recording once it's ready.",
     "pass"),
])
def test_rr23005_blame_and_rude(pack: RulePack, rule: str, file: str, lang: str, line: str,
                                said: str) -> None:
    assert status(pack, rule, file, lang, line) == said


@pytest.mark.parametrize(("lang", "line", "absent", "present"), [
    ("en", "I thought about cancelling my savings account but no, I'll keep it, I just "
           "want the rate.", "cancellation", ""),
    ("en", "You closed my daughter's account without asking me and I want a manager.",
     "cancellation", "complaint"),
    ("en", "My card expired last week and the replacement hasn't come, I haven't lost "
           "anything.", "card_lost", ""),
    ("en", "I'd like a block on my card for gambling sites please.", "card_lost", ""),
    ("en", "My phone screen's smashed so I can't open the app, nothing wrong with your "
           "end.", "outage", ""),
    ("en", "You're still charging rental for a card reader I sent back in May.", "",
     "billing"),
    ("en", "If I ever paid a scammer would you refund me? Nothing's happened, I'm just "
           "asking.", "fraud", ""),
    ("en", "I want to start paying again from next month after the holiday.", "", "payment"),
    ("vi", "Tôi tính huỷ thẻ nhưng thôi giữ lại, chỉ hỏi lãi suất.", "cancellation", ""),
    ("vi", "Tôi muốn đóng tiền điện tháng này qua tài khoản.", "cancellation", ""),
    ("vi", "Bảo hiểm thẻ đó huỷ giùm tôi, không cần nữa.", "", "cancellation"),
    ("vi", "Thẻ tôi hết hạn rồi, không mất đâu, chỉ muốn làm thẻ mới.", "card_lost", ""),
    ("vi", "Tôi chuyển nhầm hai triệu cho một người lạ, muốn lấy lại tiền.", "fraud", ""),
    ("vi", "Tôi muốn khen anh nhân viên ở chi nhánh Hoàn Kiếm làm rất nhiệt tình.",
     "complaint", ""),
    ("vi", "Tôi muốn đóng học phí cho con qua tài khoản.", "", "payment"),
])
def test_rr23006_drivers_and_their_look_alikes(pack: RulePack, lang: str, line: str,
                                               absent: str, present: str) -> None:
    found = drivers_of(pack, lang, line)
    assert absent not in found and (not present or present in found), found
