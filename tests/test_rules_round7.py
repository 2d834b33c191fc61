"""Round 7 of the rules: the classes of error read on ``heldout7`` (spent since), each found
and its look-alikes not.

- Vietnamese kinship terms: the agent calls themself "cháu" to an older customer
  addressed as "bác" (or "cô", "chú", "dì"); neither was in the rule files' ``{me}`` /
  ``{you}``;
- self-introduction: the agent's name before "at" ("Linda at Acme Bank speaking"), "ở" or
  "đang" ("Hoa ở ngân hàng ABC", "Hoa đang hỗ trợ bác");
- offer of help: "what's brought you to us today", "bác gọi cần cháu làm gì / làm chi";
- rude: "whatever" before a noun picks one ("whatever branch is closest"), an order to
  calm down ("calm down, will you", "thôi cô bình tĩnh lại đi la hoài"), and "lắm" ending
  a sentence before "chuyện này" is no "lắm chuyện";
- purpose: putting the reason off until after security is no reason, "địa chỉ đăng ký" is
  no "đã đăng ký"; a survey or a reply to a complaint is one;
- resolution: done in few words ("all changed", "that transfer's gone through");
- goodbye: a late hello ("I never said hello") is none;
- empathy: "trời, cháu nghe mà cũng thấy thương bác quá".

The sentences are written for this test, not copied from a labelled set. ``-k rr7`` picks
the file.
"""

from __future__ import annotations

import pytest

from aqm.scoring import RuleContext, check_compliance, load_pack
from aqm.scoring.rules import RulePack
from aqm.types import CallMetadata
from tests.test_rules import call

NAMES = {"en": "Linda Carter", "vi": "Nguyễn Thị Hoa"}


@pytest.fixture(scope="module")
def pack() -> RulePack:
    return load_pack()


def ctx(lang: str, direction: str = "inbound",
        sentiment: list[str | None] | None = None) -> RuleContext:
    return RuleContext(CallMetadata(direction=direction, queue="cards",
                                    agent_name=NAMES[lang], language=lang), categories=(),
                       segment_sentiment=sentiment)


def status(pack: RulePack, rule: str, file: str, lang: str, *lines: str,
           direction: str = "inbound") -> str:
    """``rule``'s status on a call of the agent's ``lines``, 6 s apart."""
    t = call(*(("agent", 0.5 + 6 * i, line) for i, line in enumerate(lines)), lang=lang)
    return check_compliance(t, pack, ctx(lang, direction)).result(rule, file).status


@pytest.mark.parametrize(("lang", "line", "said"), [
    ("en", "Good morning, Linda at Acme Bank speaking.", "pass"),
    ("vi", "Dạ cháu chào bác, Hoa ở tổng đài ngân hàng ABC ạ.", "pass"),
    ("vi", "da chau chao co hoa dang ho tro co day a", "pass"),
    ("vi", "Dạ cháu là Hoa, nhân viên ngân hàng ABC ạ.", "pass"),
    ("en", "Good morning, you're through to Acme Bank.", "fail"),
    ("vi", "Dạ cháu chào bác, tổng đài ngân hàng ABC ạ.", "fail"),
])
def test_rr7001_self_intro_name_cues(pack: RulePack, lang: str, line: str, said: str) -> None:
    assert status(pack, "self_intro", "inbound", lang, line) == said


@pytest.mark.parametrize(("lang", "line", "said"), [
    ("en", "Hello, Acme Bank, Linda here, what's brought you to us this morning?", "pass"),
    ("vi", "Dạ cháu chào bác, bác gọi cần cháu làm gì ạ?", "pass"),
    ("vi", "da ngan hang abc xin nghe, co goi can chau lam chi rua co", "pass"),
    ("vi", "Dạ cháu hỗ trợ được gì cho dì ạ?", "pass"),
    ("en", "Hello, Acme Bank, Linda here.", "fail"),
    ("vi", "Dạ cháu chào bác, ngân hàng ABC xin nghe ạ.", "fail"),
])
def test_rr7002_offer_help(pack: RulePack, lang: str, line: str, said: str) -> None:
    assert status(pack, "offer_help", "inbound", lang, line) == said


@pytest.mark.parametrize(("lang", "line", "rude"), [
    ("en", "Calm down, will you, I'm trying to read the screen.", True),
    ("en", "oh just calm down", True),
    ("en", "whatever do what you want", True),
    ("vi", "Thôi cô bình tĩnh lại đi, la hoài vậy.", True),
    ("vi", "thoi bac binh tinh lai di la hoai", True),
    ("en", "Whatever branch is closest to your office is fine.", False),
    ("en", "whatever store suits you we can send it there", False),
    ("en", "Take your time, there's no rush at all.", False),
    ("vi", "Dạ cháu hiểu bác lo lắm, chuyện này cháu sẽ theo dõi giúp bác ạ.", False),
])
def test_rr7003_rude(pack: RulePack, lang: str, line: str, rude: bool) -> None:
    assert (status(pack, "rude", "forbidden", lang, line) == "fail") == rude


@pytest.mark.parametrize(("lang", "line", "said"), [
    ("en", "Before I get into the reason, can you confirm your postcode for me?", "fail"),
    ("vi", "Dạ trước khi nói lý do, cô đọc giúp cháu địa chỉ đăng ký ạ.", "fail"),
    ("en", "I'm calling about the renewal of your home insurance.", "pass"),
    ("vi", "Dạ cháu gọi khảo sát nhanh về lần bác ghé phòng giao dịch hôm thứ sáu ạ.", "pass"),
    ("vi", "dạ em gọi phản hồi khiếu nại anh gửi hôm trước ạ", "pass"),
])
def test_rr7004_purpose(pack: RulePack, lang: str, line: str, said: str) -> None:
    assert status(pack, "purpose", "outbound", lang, "Hello, good afternoon.", line,
                  direction="outbound") == said


@pytest.mark.parametrize(("line", "said"), [
    ("All changed, the statements will go to the new flat from next month.", "pass"),
    ("that transfer's gone through and the money is there now", "pass"),
    ("Right, let me have a look at that for you.", "fail"),
])
def test_rr7005_resolution_in_few_words(pack: RulePack, line: str, said: str) -> None:
    assert status(pack, "resolution", "inbound", "en", "How can I help?", line) == said


@pytest.mark.parametrize(("last", "said"), [
    ("oh and hello good morning sorry I never said hello", "fail"),
    ("that's very good of you, anyway, goodbye", "pass"),
])
def test_rr7006_a_late_hello_is_no_goodbye(pack: RulePack, last: str, said: str) -> None:
    assert status(pack, "goodbye", "inbound", "en", "Is there anything else?", last) == said


@pytest.mark.parametrize(("line", "said"), [
    ("Trời, cháu nghe mà cũng thấy thương bác quá.", "pass"),
    ("rua thi kho cho di qua", "pass"),
    ("Dạ bác đọc giúp cháu số tài khoản ạ.", "fail"),
])
def test_rr7007_southern_and_central_empathy(pack: RulePack, line: str, said: str) -> None:
    t = call(("agent", 0.5, "Dạ ngân hàng ABC xin nghe ạ."),
             ("customer", 4.0, "Gọi ba lần rồi mà không ai giải quyết, làm ăn kiểu gì vậy!"),
             ("agent", 10.0, line), lang="vi")
    res = check_compliance(t, pack, ctx("vi", sentiment=[None, "negative", "neutral"]))
    assert res.result("empathy", "angry_caller").status == said


@pytest.mark.parametrize(("lang", "line", "blame"), [
    ("vi", "Tại bác hết chứ ai, giờ còn trách ai nữa.", True),
    ("vi", "tai co khong chiu doc tin nhan ben chau gui", True),
    ("vi", "Dạ không phải tại bác đâu, lỗi do hệ thống bên cháu ạ.", False),
])
def test_rr7008_blame_with_kinship_terms(pack: RulePack, lang: str, line: str,
                                         blame: bool) -> None:
    assert (status(pack, "no_blame", "angry_caller", lang, line) == "fail") == blame


@pytest.mark.parametrize(("line", "said"), [
    ("Good afternoon, I need to check I'm speaking to the account holder first.", "fail"),
    ("Good afternoon, this is Linda calling from Acme Bank.", "pass"),
])
def test_rr7009_checking_the_right_person_is_no_name(pack: RulePack, line: str,
                                                     said: str) -> None:
    assert status(pack, "identify_self", "outbound", "en", line, direction="outbound") == said
