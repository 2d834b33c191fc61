"""Round 17 of the rules: the classes of error read on ``heldout15`` (spent since heldout16
was frozen), each found and its look-alikes not.

- empathy: the 20 s count from the start of the customer's first anger (``from: start`` in
  an ``after`` window; the default stays the end of the event), so an apology 24 s after
  the caller got angry is late even when their angry turn ended 17 s before it;
- confirm_problem: the customer's words read back word for word ("okay I want to close my
  old savings account") are no confirmation in the agent's own words, even when the
  customer says "yes, that's it";
- anything_else: "vậy là xong hết việc của chị hôm nay rồi phải không ạ?" asks, as "is that
  everything for today?" does; the statement "dạ vậy là xong việc của chị rồi ạ" does not;
- resolution: the steps the customer (or the one they call for) takes ("she should ring the
  number on the back of her card", "bà ấy gọi số ở mặt sau thẻ"); "someone will have a look
  at it" and "em sẽ chuyển cho bộ phận liên quan" promise nothing concrete;
- self_intro: a team's name and the customer's name are no introduction;
- rude: talking down and impatience ("I'll say it slowly for you", "mình theo kịp không
  vậy?"); "whatever's going on" is no dismissive "whatever";
- no_blame: "mình" said to the customer where it cannot be the agent ("ai bảo mình
  không ..."), the fault pushed back ("... chứ không phải bên em"); "không phải lỗi của mình
  đâu ạ" and "you didn't need to read the terms" are kind;
- drivers: fraud said as a booking or a place denied, a caller posing as the police, a
  snatched card then used; a fault already over, a cancellation decided against and a card
  lost long ago are not the driver.

The sentences are written for this test, not copied from a labelled set. ``-k rr17`` picks
the file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from aqm.errors import RuleError
from aqm.scoring import RuleContext, check_compliance, load_pack
from aqm.scoring.rules import RulePack
from tests.rules_set import agent_call
from tests.test_rules import call, write
from tests.test_rules_round7 import ctx, status
from tests.test_rules_round16 import drivers_of, self_intro_status


@pytest.fixture(scope="module")
def pack() -> RulePack:
    return load_pack()


OPEN = {"en": "Good morning, Acme Bank, Linda speaking, how can I help?",
        "vi": "Dạ em chào anh, ngân hàng ABC em Hoa xin nghe, em giúp gì được cho anh ạ?"}
ANGRY = {"en": "this is ridiculous, you people have charged me twice again and nobody ever "
               "calls me back, I am sick of it",
         "vi": "quá đáng thật, lại trừ tiền tôi hai lần mà không ai gọi lại, tôi chán lắm rồi"}
SORRY = {"en": "I'm so sorry about that, I can see why you're upset.",
         "vi": "Dạ em thành thật xin lỗi anh, em hiểu anh đang rất bực ạ."}


@pytest.mark.parametrize(("lang", "at", "said"), [
    # the angry turn starts at 6 s and ends near 15 s (en) / 13 s (vi)
    ("en", 24.0, "pass"), ("en", 28.0, "fail"),
    ("vi", 24.0, "pass"), ("vi", 28.0, "fail"),
])
def test_rr17001_empathy_counts_from_the_start_of_the_anger(pack: RulePack, lang: str,
                                                            at: float, said: str) -> None:
    hold = {"en": "Let me pull up the account.", "vi": "Dạ anh chờ em mở hồ sơ ạ."}[lang]
    t = call(("agent", 0.5, OPEN[lang]), ("customer", 6.0, ANGRY[lang]),
             ("agent", 17.0, hold), ("agent", at, SORRY[lang]), lang=lang)
    end = t.segments[1].end_s
    assert end + 20 > at  # inside the old window (20 s from the end of the angry turn)
    context = ctx(lang, sentiment=["neutral", "negative", "neutral", "neutral"])
    assert check_compliance(t, pack, context).result("empathy", "angry_caller").status == said


RULES = """\
kind: rules
name: t
version: 1
rules:
  - id: sorry
    kind: required
    where: {after: {event: customer_negative, within_s: 10%s}}
    phrases: {en: [i'm sorry]}
"""


@pytest.mark.parametrize(("edge", "said"), [("", "pass"), (", from: end", "pass"),
                                            (", from: start", "fail")])
def test_rr17001_an_after_window_counts_from_the_end_unless_told(tmp_path: Path, edge: str,
                                                                  said: str) -> None:
    rules = load_pack([write(tmp_path, RULES % edge)])
    # the negative turn runs from 2 s to about 9 s; the apology comes at 16 s
    t = call(("agent", 0.5, "hello"),
             ("customer", 2.0, "this is a total joke and I am really fed up with it"),
             ("agent", 16.0, "I'm sorry"))
    context = RuleContext(agent_call("en"), categories=(),
                          segment_sentiment=["neutral", "negative", "neutral"])
    res = check_compliance(t, rules, context).result("sorry", "t")
    assert res.status == said
    if edge.endswith("start"):
        assert "customer_negative start" in res.reason


def test_rr17001_a_bad_from_is_an_error_naming_the_field(tmp_path: Path) -> None:
    with pytest.raises(RuleError, match="from"):
        load_pack([write(tmp_path, RULES % ", from: middle")])


PROBLEM = {"en": "I want to shut my old cash ISA because I never use it these days",
           "vi": "tôi muốn đóng cái sổ tiết kiệm cũ vì lâu rồi không dùng tới"}


@pytest.mark.parametrize(("lang", "reply", "said"), [
    # the customer's words read back
    ("en", "okay I want to shut my old cash ISA because I never use it these days", "fail"),
    ("vi", "dạ tôi muốn đóng cái sổ tiết kiệm cũ vì lâu rồi không dùng tới", "fail"),
    # in the agent's own words
    ("en", "so you'd like the old ISA closed as it's just sitting there unused", "pass"),
    ("vi", "dạ anh muốn tất toán sổ tiết kiệm cũ vì không còn sử dụng nữa", "pass"),
])
def test_rr17002_a_word_for_word_read_back_confirms_nothing(pack: RulePack, lang: str,
                                                            reply: str, said: str) -> None:
    yes = {"en": "yes that's it", "vi": "đúng rồi em"}[lang]
    hold = {"en": "One moment, I'm opening your file.", "vi": "Dạ anh chờ em mở hồ sơ ạ."}
    t = call(("agent", 0.5, OPEN[lang]), ("customer", 6.0, PROBLEM[lang]),
             ("agent", 14.0, reply), ("customer", 21.0, yes), ("agent", 24.0, hold[lang]),
             lang=lang)
    got = check_compliance(t, pack, ctx(lang)).result("confirm_problem", "inbound").status
    assert got == said


@pytest.mark.parametrize(("lang", "line", "said"), [
    ("vi", "Dạ vậy là xong hết việc của chị hôm nay rồi phải không ạ?", "pass"),
    ("vi", "da vay la xong het viec cua minh hom nay roi phai khong a", "pass"),
    ("vi", "Dạ vậy là xong việc của chị rồi ạ.", "fail"),
])
def test_rr17003_is_that_everything_in_vietnamese(pack: RulePack, lang: str, line: str,
                                                  said: str) -> None:
    t = call(("agent", 0.5, OPEN[lang]), ("customer", 6.0, PROBLEM[lang]),
             ("agent", 30.0, line), lang=lang)
    assert check_compliance(t, pack, ctx(lang)).result("anything_else", "inbound").status \
        == said


@pytest.mark.parametrize(("lang", "line", "said"), [
    ("en", "He should ring the number on the back of his card this afternoon and they'll "
           "freeze it.", "pass"),
    ("en", "Check the sort code with your landlord, key it in again and it goes straight "
           "through.", "pass"),
    ("vi", "Dạ ông ấy gọi số ở mặt sau thẻ của ông để báo khóa ngay ạ.", "pass"),
    ("vi", "Dạ anh mở trên app bằng căn cước, năm phút là xong ạ.", "pass"),
    # promises with no step, team or time
    ("en", "Someone will take a look at it eventually.", "fail"),
    ("vi", "Dạ em sẽ chuyển cho bộ phận liên quan ạ.", "fail"),
])
def test_rr17004_steps_the_customer_takes_and_vague_promises(pack: RulePack, lang: str,
                                                             line: str, said: str) -> None:
    t = call(("agent", 0.5, OPEN[lang]), ("customer", 6.0, PROBLEM[lang]),
             ("agent", 30.0, line), lang=lang)
    assert check_compliance(t, pack, ctx(lang)).result("resolution", "inbound").status \
        == said


CASES = [
    ("en", "there's a charge for a spa weekend I never booked", {"fraud"}, set()),
    ("en", "Cardiff? I've never been there, that isn't me", {"fraud"}, set()),
    ("en", "I paid for a concert ticket on a site that turned out to be fake", {"fraud"},
     set()),
    ("vi", "có người gọi xưng công an bắt tôi chuyển hết tiền tiết kiệm", {"fraud"}, set()),
    ("vi", "Huế hả? tôi ở Hà Nội mà, không phải tôi", {"fraud"}, set()),
    ("vi", "tôi bị móc túi ở bến xe, giờ thấy có giao dịch ở cửa hàng vàng", {"fraud"}, set()),
    ("en", "the website was down yesterday but it's fine now, I need a new cheque book",
     set(), {"outage"}),
    ("vi", "hôm qua app bị lỗi nhưng giờ chạy rồi, tôi muốn hỏi lãi suất", set(), {"outage"}),
    ("en", "I was going to cancel my savings account but I'll keep it at that rate", set(),
     {"cancellation"}),
    ("vi", "tôi định hủy thẻ nhưng nếu miễn phí thường niên thì tôi giữ", set(),
     {"cancellation"}),
    ("en", "I lost my card last year and got a new one, now I'd like a higher limit", set(),
     {"card_lost"}),
    ("vi", "năm ngoái tôi mất thẻ và đã làm lại rồi, giờ muốn tăng hạn mức", set(),
     {"card_lost"}),
]


@pytest.mark.parametrize(("lang", "line", "must", "must_not"), CASES)
def test_rr17005_drivers(pack: RulePack, lang: str, line: str, must: set[str],
                         must_not: set[str]) -> None:
    got = drivers_of(pack, lang, line)
    assert must <= got and not (must_not & got), got


@pytest.mark.parametrize(("lang", "line", "said"), [
    ("en", "Good morning, Acme Bank, you're through to the mortgages team, how can we help?",
     "fail"),
    ("en", "Good morning, Acme Bank, am I speaking with Mr Patel? How can I help?", "fail"),
    ("en", "Good morning, Acme Bank, you're through to the mortgages team, I'm Linda, how "
           "can I help?", "pass"),
    # a team's word later in the sentence ("the team leader") leaves the name alone
    ("en", "Good afternoon, this is the complaints desk at Acme Bank, I'm Linda, the team "
           "leader on duty.", "pass"),
    ("vi", "Dạ xin chào ngân hàng ABC, đây là bộ phận cho vay ạ, anh cần hỗ trợ gì ạ?",
     "fail"),
    ("vi", "Dạ xin chào ngân hàng ABC, đây là bộ phận cho vay, em là Hoa ạ, anh cần hỗ trợ "
           "gì ạ?", "pass"),
])
def test_rr17006_a_team_or_the_customer_named_is_no_introduction(pack: RulePack, lang: str,
                                                                 line: str, said: str) -> None:
    assert self_intro_status(pack, lang, line) == said


@pytest.mark.parametrize(("lang", "line", "said"), [
    ("en", "Fine, I'll say it slowly for you this time.", "fail"),
    ("en", "Try to keep up, I've only got so long.", "fail"),
    ("en", "Do we have to go through this again?", "fail"),
    ("vi", "Để em nói chậm cho anh hiểu nha.", "fail"),
    ("vi", "Anh theo kịp không vậy?", "fail"),
    # look-alikes
    ("en", "I'm here to sort out whatever's worrying you about the account.", "pass"),
    ("en", "We can go through the statement together if that helps.", "pass"),
    ("vi", "Dạ em nói chậm lại một chút cho rõ nha anh.", "pass"),
])
def test_rr17007_talking_down_and_impatience(pack: RulePack, lang: str, line: str,
                                             said: str) -> None:
    assert status(pack, "rude", "forbidden", lang, line) == said


@pytest.mark.parametrize(("lang", "line", "said"), [
    ("vi", "Ai bảo mình không khóa thẻ sớm hơn.", "fail"),
    ("vi", "Lỗi đó là của anh chứ không phải bên em.", "fail"),
    ("vi", "Chắc chị đưa mã OTP cho ai rồi.", "fail"),
    ("vi", "Dạ không phải lỗi của mình đâu ạ, tin nhắn đó giả mạo tinh vi lắm.", "pass"),
    ("en", "You didn't need to fill in the form, I'll do it for you now.", "pass"),
    ("en", "The postcode you typed doesn't match the one we hold, shall we try again?",
     "pass"),
])
def test_rr17008_blame_said_with_minh_and_kind_look_alikes(pack: RulePack, lang: str,
                                                           line: str, said: str) -> None:
    assert status(pack, "no_blame", "angry_caller", lang, line) == said
