"""Round 19 of the rules: the classes of error read on ``heldout17`` (spent since heldout18
was frozen), each found and its look-alikes not.

- anything_else: the negative question with its tag ("nothing else I can do for you today,
  is there?") asks; the statement ("there's nothing else I can do for you") does not;
- resolution: the answer the customer asked for ("your pension arrived at nine this
  morning, the full amount", "lương đã về lúc tám giờ"); a summary of the call sent by
  email resolves nothing;
- company: the recogniser's forms of the name ("ackmee bank", "ngân hàng a bờ cờ"); "from
  the customer team" names no company;
- confirm_problem: a Vietnamese offer or details check phrased as a check-back ("anh có
  muốn nhận thông báo số dư qua app không ạ?") restates nothing; the agent cutting in ("dạ
  cho em chen ngang chút, ...") still restates; the customer's name is no content of a
  restatement ("Mrs Pennyworth, the gym?" is a one-word echo);
- rude, no_blame, profanity: repetition thrown back, sarcasm, "moan all you like",
  fortune-telling, blame for late reporting and ignored texts, a bare "Christ";
- drivers: an outage heard of that did not touch the customer; an app that still freezes;
  school fees paid by QR code; the contactless limit is no payment.

The sentences are written for this test, not copied from a labelled set. ``-k rr19`` picks
the file.
"""

from __future__ import annotations

import pytest

from aqm.scoring import load_pack
from aqm.scoring.rules import RulePack
from tests.test_rules_round7 import status
from tests.test_rules_round16 import drivers_of
from tests.test_rules_round18 import HOLD, YES, confirm_status


@pytest.fixture(scope="module")
def pack() -> RulePack:
    return load_pack()


@pytest.mark.parametrize(("line", "said"), [
    ("Nothing else I can do for you this afternoon, is there?", "pass"),
    ("nothing else we can do for you is there", "pass"),
    ("There's nothing else I can do for you on that, I'm afraid.", "fail"),
])
def test_rr19001_anything_else_in_the_negative_with_its_tag(pack: RulePack, line: str,
                                                            said: str) -> None:
    assert status(pack, "anything_else", "inbound", "en", line) == said


@pytest.mark.parametrize(("lang", "line", "said"), [
    ("en", "Your pension arrived at nine this morning, the full amount.", "pass"),
    ("en", "The card is working, nothing was declined at our end.", "pass"),
    ("vi", "Dạ lương của chị đã về lúc tám giờ sáng nay, đủ số tiền ạ.", "pass"),
    ("vi", "Dạ em gửi tóm tắt cuộc gọi qua email cho chị nha.", "fail"),
])
def test_rr19002_the_answer_asked_for_and_a_call_summary(pack: RulePack, lang: str, line: str,
                                                         said: str) -> None:
    assert status(pack, "resolution", "inbound", lang, line) == said


@pytest.mark.parametrize(("rule", "file", "lang", "line", "said", "direction"), [
    ("company_name", "inbound", "en", "Good morning, ackmee bank, Linda speaking.", "pass",
     "inbound"),
    ("company_name", "inbound", "vi", "Dạ chào anh, ngân hàng a bờ cờ, em Hoa xin nghe ạ.",
     "pass", "inbound"),
    ("identify_company", "outbound", "en",
     "Hello, it's Linda from the customer team, am I speaking with Mr Jones?", "fail",
     "outbound"),
    ("identify_company", "outbound", "en",
     "Hello, it's Linda from the customer team at Acme Bank, am I speaking with Mr Jones?",
     "pass", "outbound"),
])
def test_rr19003_company_as_heard_and_a_team_of_no_company(pack: RulePack, rule: str,
                                                           file: str, lang: str, line: str,
                                                           said: str, direction: str) -> None:
    assert status(pack, rule, file, lang, line, direction=direction) == said


def test_rr19004_an_offer_phrased_as_a_check_back_restates_nothing(pack: RulePack) -> None:
    assert confirm_status(pack, "vi",
                          ("agent", "Dạ anh có muốn nhận thông báo số dư qua app không ạ?"),
                          ("customer", "ừ cũng được"),
                          ("agent", "Dạ chị có nhận được thư điều khoản mới không ạ?"),
                          ("customer", "không nhớ nữa")) == "fail"


def test_rr19004_the_agent_cutting_in_still_restates(pack: RulePack) -> None:
    assert confirm_status(pack, "vi",
                          ("agent", "Dạ cho em chen ngang chút, anh bị trừ tiền phòng gym hai "
                                    "lần trong tháng nên giờ thiếu tiền"),
                          ("agent", HOLD["vi"])) == "pass"


@pytest.mark.parametrize("echo", ["Mrs Pennyworth, the gym?", "mrs pennyworth the gym"])
def test_rr19004_the_customers_name_is_no_restatement(pack: RulePack, echo: str) -> None:
    assert confirm_status(pack, "en", ("agent", echo), ("customer", YES["en"]),
                          ("agent", HOLD["en"])) == "fail"
    assert confirm_status(pack, "en",
                          ("agent", "Mrs Pennyworth, the gym took its monthly payment twice "
                                    "and now you're short?"),
                          ("customer", YES["en"]), ("agent", HOLD["en"])) == "pass"


@pytest.mark.parametrize(("rule", "file", "lang", "line", "said"), [
    ("rude", "forbidden", "en", "As I've said three times now, the form is on the website.",
     "fail"),
    ("rude", "forbidden", "en", "Oh how delightful, another customer who skipped the letter.",
     "fail"),
    ("rude", "forbidden", "en", "You can moan all you like, the fee stays.", "fail"),
    ("rude", "forbidden", "vi", "Em nói ba lần rồi đó, trên app có hết.", "fail"),
    ("rude", "forbidden", "vi", "Thôi được, muốn sao thì tùy.", "fail"),
    ("rude", "forbidden", "vi", "Em đâu phải thầy bói mà biết anh cần gì.", "fail"),
    ("rude", "forbidden", "en", "That text looks real, it fools a lot of people.", "pass"),
    ("rude", "forbidden", "vi", "Dạ tuỳ chị chọn, cách nào cũng được ạ.", "pass"),
    ("no_blame", "angry_caller", "en", "You left it far too late to report it, really.",
     "fail"),
    ("no_blame", "angry_caller", "en", "That's because you ignored our reminder texts.",
     "fail"),
    ("no_blame", "angry_caller", "vi", "Nếu anh đọc thư thì đâu có chuyện này.", "fail"),
    ("no_blame", "angry_caller", "vi", "Chắc chắn là chị bấm vào đường link đó rồi.", "fail"),
    ("profanity", "forbidden", "en", "Christ, the system's crashed again.", "fail"),
    ("profanity", "forbidden", "en", "Our Christ Church branch opens at nine.", "pass"),
])
def test_rr19005_sarcasm_blame_and_a_bare_curse(pack: RulePack, rule: str, file: str,
                                                lang: str, line: str, said: str) -> None:
    assert status(pack, rule, file, lang, line) == said


@pytest.mark.parametrize(("lang", "line", "must", "must_not"), [
    ("en", "I saw on the news your app was down last night, mine worked fine, I only want to "
           "check my salary went in.", set(), {"outage"}),
    ("vi", "Nghe nói tối qua app bị sập, của tôi vẫn chạy, tôi chỉ hỏi lương về chưa.", set(),
     {"outage"}),
    ("en", "You rang about my complaint, well the app still freezes every time I open it.",
     {"outage"}, set()),
    ("vi", "Tôi đóng học phí cho con qua mã QR mà app cứ treo, tôi cần đóng gấp hôm nay.",
     {"outage", "payment"}, set()),
    ("en", "What's the most I can pay by tapping my card in a shop?", set(), {"payment"}),
])
def test_rr19006_drivers(pack: RulePack, lang: str, line: str, must: set[str],
                         must_not: set[str]) -> None:
    got = drivers_of(pack, lang, line)
    assert must <= got and not (must_not & got), got
