"""Round 16 of the rules: the classes of error read on ``heldout14`` (spent since heldout15
was frozen), each found and its look-alikes not.

- confirm_problem: a restatement in the agent's own words that the customer confirms ("the
  licence payment came out twice and you need the duplicate back" - "yes, that's exactly
  it"; "tiền điện chị đã thanh toán mà bên điện lực chưa ghi nhận" - "đúng rồi em") shares
  too few of the customer's words for the frame route (26 false fails); the customer's
  confirmation now stands in for the frame (``aqm/scoring/confirmed_reply.py``), but not
  after a details check, a read-back, a bare "okay" or sympathy;
- greeting before resolution: a caller who only checks the line ("alô alô chị nghe không
  rõ", "hi, I'm not sure I've got the right line") asks nothing, so what the agent says
  before greeting ("dạ để em mở màn hình", "the line's crackly") is no answer (12 false
  fails);
- anything_else: "dạ anh có cần thêm thông tin nào không ạ?" asks; "you won't need anything
  else to do for that" and "phía anh không phải làm gì khác nữa" do not;
- resolution: "hồ sơ đã đúng địa chỉ nên không phải đổi gì", a replacement card made, a
  receipt sent, maintenance with its end; questions at the close ("shall I put a note on
  here", "do you want the confirmation by email as well?") and "phần đó xong rồi ạ" are
  none, nor is the agent's closing summary of the problem ("em nói gọn lại cho chị nghe");
- drivers: a second charge wanted back, a cash machine that paid out short, a bill paid but
  still shown as owed; "why wasn't it done last time?" is no fraud;
- self_intro: a colleague who handed the call over ("Yusuf on reception has passed you over
  to me") is no introduction of the agent;
- rude: the bundled rule now asks the conduct classifier too (retrained with two more
  authors), and new wordings (threats to hang up, mocking the customer's age); no_blame: new
  wordings ("that's not on us", "có mỗi chị phải gọi"); polite look-alikes of both pass.

The sentences are written for this test, not copied from a labelled set. ``-k rr16`` picks
the file.
"""

from __future__ import annotations

import pytest

from aqm.scoring import RuleContext, categorize, check_compliance, load_pack
from aqm.scoring.rules import RulePack
from aqm.types import CallMetadata, Transcript
from tests.rules_set import agent_call
from tests.test_rules import call
from tests.test_rules_round7 import ctx, status


@pytest.fixture(scope="module")
def pack() -> RulePack:
    return load_pack()


def result(pack: RulePack, t: Transcript, rule: str, lang: str) -> str:
    return check_compliance(t, pack, ctx(lang)).result(rule, "inbound").status


OPEN = {"en": "Good morning, Acme Bank, Linda speaking, how can I help?",
        "vi": "Dạ em chào anh, ngân hàng ABC em Hoa xin nghe, em giúp gì được cho anh ạ?"}
PROBLEM = {"en": "my tv licence was charged twice this month and I want the extra one back",
           "vi": "tôi trả tiền điện rồi mà điện lực vẫn báo là còn nợ"}
HOLD = {"en": "One moment, I'm opening your file.", "vi": "Dạ anh chờ em mở hồ sơ ạ."}


@pytest.mark.parametrize(("lang", "reply", "answer", "said"), [
    ("en", "the licence payment came out two times and you need the duplicate returned",
     "yes, that's exactly it", "pass"),
    ("en", "the licence payment came out two times and you need the duplicate returned",
     "okay", "fail"),
    ("vi", "tiền điện anh đã thanh toán mà bên điện lực chưa ghi nhận", "đúng rồi em", "pass"),
    ("vi", "tiền điện anh đã thanh toán mà bên điện lực chưa ghi nhận", "ờ", "fail"),
    # a paraphrase that shares no word with the customer's ("I want to pay off my car
    # finance early")
    ("en", "you'd like to clear the vehicle loan ahead of schedule and need the exact amount",
     "spot on", "pass"),
    # a bare acknowledgement, a details check, a read-back and sympathy restate nothing
    ("en", "okay, I understand", "that's right", "fail"),
    ("en", "is the email on file still the gmail one", "that's right", "fail"),
    ("en", "so that's 14 Mill Lane, BS3 2AB", "spot on", "fail"),
    ("en", "oh that must be so stressful for you", "exactly", "fail"),
    ("vi", "dạ em đọc lại địa chỉ của anh là đường Lê Lợi phường Bến Thành", "đúng rồi",
     "fail"),
    # "nope, that's it" closes the call
    ("en", "the licence payment came out two times and you need the duplicate returned",
     "nope, that's it", "fail"),
])
def test_rr16001_a_restatement_the_customer_confirms(pack: RulePack, lang: str, reply: str,
                                                     answer: str, said: str) -> None:
    problem = ("I want to pay off my car finance early, can I get a settlement figure"
               if "vehicle" in reply else PROBLEM[lang])
    t = call(("agent", 0.5, OPEN[lang]), ("customer", 6.0, problem),
             ("agent", 14.0, reply), ("customer", 20.0, answer), ("agent", 23.0, HOLD[lang]),
             lang=lang)
    assert result(pack, t, "confirm_problem", lang) == said


@pytest.mark.parametrize(("lang", "opener", "first", "said"), [
    ("en", "hi, I'm not sure I've got the right line", "just a tick, the line's crackly",
     "pass"),
    ("en", "yes hi, I've been waiting ages, are you there?", "sorry, my screen was loading",
     "pass"),
    ("vi", "alô alô chị nghe không rõ", "dạ để em mở màn hình", "pass"),
    ("vi", "alô có ai không", "dạ đường truyền hơi rè chị ơi", "pass"),
    # a real question answered before the greeting still fails
    ("vi", "alô cho hỏi thứ bảy chi nhánh có làm không", "dạ có ạ thứ bảy làm tới trưa",
     "fail"),
    ("en", "hi, are you open on bank holidays?", "no, we're closed on bank holidays", "fail"),
])
def test_rr16002_a_line_check_asks_nothing(pack: RulePack, lang: str, opener: str,
                                           first: str, said: str) -> None:
    resolved = {"en": "I've cancelled the old card and a new one arrives within five days.",
                "vi": "Dạ em đã khóa thẻ cũ và phát hành thẻ mới cho chị rồi ạ."}[lang]
    t = call(("customer", 0.5, opener), ("agent", 3.0, first), ("agent", 8.0, OPEN[lang]),
             ("customer", 16.0, {"en": "my card is lost, can you cancel it",
                                 "vi": "tôi mất thẻ, em khóa giúp tôi"}[lang]),
             ("agent", 24.0, resolved), lang=lang)
    assert result(pack, t, "greeting_before_resolution", lang) == said


@pytest.mark.parametrize(("lang", "line", "said"), [
    ("vi", "Dạ anh có cần thêm thông tin nào không ạ?", "pass"),
    ("vi", "da chi co can them thong tin gi nua khong a", "pass"),
    ("en", "You won't need anything else to do for that.", "fail"),
    ("en", "There isn't anything else to do on your side.", "fail"),
    ("vi", "Phía anh không phải làm gì khác nữa ạ.", "fail"),
])
def test_rr16003_anything_else(pack: RulePack, lang: str, line: str, said: str) -> None:
    t = call(("agent", 0.5, OPEN[lang]), ("customer", 6.0, PROBLEM[lang]),
             ("agent", 30.0, line), lang=lang)
    assert result(pack, t, "anything_else", lang) == said


@pytest.mark.parametrize(("lang", "line", "said"), [
    ("vi", "Dạ hồ sơ bên em đã đúng địa chỉ hiện tại của anh nên không phải đổi gì ạ.",
     "pass"),
    ("vi", "Dạ thẻ cũ đã khóa, em làm thẻ thay thế gửi về chi nhánh gần nhà anh.", "pass"),
    ("vi", "Dạ máy chủ đang bảo trì tới mười hai giờ trưa, anh dùng app vẫn chạy bình "
           "thường ạ.", "pass"),
    # questions at the close and a closing that names no action
    ("en", "Shall I put a note on here so the next person sees it?", "fail"),
    ("en", "Do you want the confirmation by email as well?", "fail"),
    ("en", "Is it alright if I read back what I've put on the file?", "fail"),
    ("vi", "Dạ cảm ơn anh đã chờ, phần đó xong rồi ạ.", "fail"),
    ("vi", "Dạ em nói gọn lại cho anh nghe, tiền điện anh đã trả mà điện lực vẫn báo nợ.",
     "fail"),
])
def test_rr16004_resolutions_and_closing_questions(pack: RulePack, lang: str, line: str,
                                                   said: str) -> None:
    t = call(("agent", 0.5, OPEN[lang]), ("customer", 6.0, PROBLEM[lang]),
             ("agent", 30.0, line), lang=lang)
    assert result(pack, t, "resolution", lang) == said


CASES = [
    ("en", "I did wonder about that, I'd like the second one back.", {"refund"}, set()),
    ("en", "Three overdraft fees this month, I want them back.", {"refund"}, set()),
    ("vi", "cây ATM trả thiếu cho tôi năm trăm nghìn", {"refund"}, set()),
    ("vi", "vậy em trả lại cho chị khoản dư nha", {"refund"}, set()),
    ("vi", "tôi trả hóa đơn điện rồi mà điện lực vẫn báo còn nợ", {"billing"}, set()),
    # "why wasn't it done last time?" denies no transaction
    ("vi", "khoan, vậy sao lần trước không làm luôn, vô lý hết sức", set(), {"fraud"}),
    ("vi", "có giao dịch năm triệu mà tôi không làm", {"fraud"}, set()),
]


def drivers_of(pack: RulePack, lang: str, line: str) -> set[str]:
    """The call drivers found when the customer says ``line`` after the agent's offer."""
    t = call(("agent", 1.0, "How can I help?" if lang == "en" else "Em giúp gì được ạ?"),
             ("customer", 4.0, line), lang=lang)
    return {h.category for h in categorize(t, pack, RuleContext(agent_call(lang)))}


def self_intro_status(pack: RulePack, lang: str, line: str) -> str:
    """``self_intro`` on a call opened by ``line`` (agent Linda Carter / Nguyễn Thị Hoa)."""
    agent = {"en": "Linda Carter", "vi": "Nguyễn Thị Hoa"}[lang]
    context = RuleContext(CallMetadata(direction="inbound", queue="cards", agent_name=agent,
                                       language=lang), categories=())
    t = call(("agent", 0.5, line), lang=lang)
    return check_compliance(t, pack, context).result("self_intro", "inbound").status


@pytest.mark.parametrize(("lang", "line", "must", "must_not"), CASES)
def test_rr16005_drivers(pack: RulePack, lang: str, line: str, must: set[str],
                         must_not: set[str]) -> None:
    got = drivers_of(pack, lang, line)
    assert must <= got and not (must_not & got), got


@pytest.mark.parametrize(("lang", "line", "said"), [
    ("en", "Morning, you've reached Acme Bank, Yusuf on reception has passed you over to me, "
           "what brings you to us today?", "fail"),
    ("en", "Morning, you've reached Acme Bank, Yusuf on reception has passed you over to me, "
           "I'm Linda, what brings you to us today?", "pass"),
    ("vi", "Dạ chào chị, ngân hàng ABC xin nghe, bạn Thiện bên lễ tân vừa chuyển máy cho em, "
           "chị cần em hỗ trợ gì ạ?", "fail"),
    ("vi", "Dạ chào chị, ngân hàng ABC xin nghe, bạn Thiện bên lễ tân vừa chuyển máy cho em, "
           "em là Hoa, chị cần em hỗ trợ gì ạ?", "pass"),
])
def test_rr16006_a_colleague_who_handed_the_call_over(pack: RulePack, lang: str, line: str,
                                                      said: str) -> None:
    assert self_intro_status(pack, lang, line) == said


@pytest.mark.parametrize(("lang", "line", "said"), [
    # by meaning: the bundled rude rule asks the conduct classifier since round 16
    ("en", "Oh marvellous, you've worked out where the app is, well done you.", "fail"),
    ("vi", "Chị nói lòng vòng hoài, em hết kiên nhẫn rồi đó.", "fail"),
    # by the list: threats to hang up, mocking the customer's age
    ("en", "Keep interrupting me and I'm hanging up.", "fail"),
    ("en", "At your age I suppose the app is a bit of a mystery.", "fail"),
    ("vi", "Chị cứ nói chen nữa là em tắt máy đó.", "fail"),
    # polite look-alikes
    ("en", "Well done for calling us straight away, that really helps.", "pass"),
    ("en", "Take your time finding your glasses, I'm happy to wait.", "pass"),
    ("en", "I'm sorry, I have to end the call now as the line is breaking up, I'll ring you "
           "straight back.", "pass"),
    ("vi", "Dạ chị cứ từ từ, em chờ chị mở app ạ.", "pass"),
    ("vi", "Dạ đường truyền đang rè, em xin phép gọi lại cho chị ngay ạ.", "pass"),
])
def test_rr16007_rude_by_meaning_and_new_wordings(pack: RulePack, lang: str, line: str,
                                                  said: str) -> None:
    assert status(pack, "rude", "forbidden", lang, line) == said


@pytest.mark.parametrize(("lang", "line", "said"), [
    ("en", "Your daughter clearly changed the settings, that's not on us.", "fail"),
    ("en", "Most customers work this out on their own, to be honest.", "fail"),
    ("vi", "Người khác tự làm được hết, có mỗi chị phải gọi.", "fail"),
    ("vi", "Cho em trai mượn thẻ thì ráng chịu chứ anh.", "fail"),
    ("en", "It's not your fault at all, these scam texts look very convincing.", "pass"),
    ("vi", "Dạ không phải lỗi của chị đâu, tin nhắn giả mạo bây giờ tinh vi lắm ạ.", "pass"),
])
def test_rr16008_new_blame_wordings(pack: RulePack, lang: str, line: str, said: str) -> None:
    assert status(pack, "no_blame", "angry_caller", lang, line) == said
