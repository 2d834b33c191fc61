"""Round 22 of the rules: the classes of error read on ``heldout20`` (spent since heldout21
was frozen), each found and its look-alikes not.

- greeting / offer_help: agents who say "mình" for both sides ("chào mình nha", "mình cần
  mình giúp gì nè"); the offer once the caller has spoken ("let me help you with that",
  "dạ để em giúp chị chuyện này"), the reason for the call asked ("chú gọi có việc gì vậy
  ạ");
- anything_else: "vậy là xong hết chưa anh?"; where to ask later ("nếu cần thêm thông tin
  ...") asks nothing;
- thanks: thanks passed on to someone else ("do thank your husband for me", "nhớ cảm ơn giùm
  ...") thank no caller;
- consent: "any objection to that?", "chị có phiền gì không ạ?"; identity checks after the
  notice ("trước khi nói tiếp em cần xác minh ...") ask none;
- rude / no_blame / empathy: talking the caller down ("just let me talk, will you", "để em
  nói xong đã", "nghe cho kỹ"), "mất tiền là phải rồi"; the consent question and "that's
  you sorted" are no blame; "oh no" / "trời ơi" right after the anger is empathy;
- confirm_problem: "no, nothing like that" turns a restatement down; contact details
  checked restate nothing;
- resolution: "I'm raising a dispute ...", "em đã nâng hạn mức ...";
- company_name: the name spelt out letter by letter ("a c m e bank");
- drivers: billing found by the classifier alone needs a word of money or charges in the
  turn (``classifier_alone.needs``); a complaint dropped in the same call, a card reported
  lost and found again, a scam call with nothing lost, a refund already received, a limit
  that is not an outage are none of them; "being charged for ..." is billing;
- greeting_before_resolution: an answer ends where the opening begins (the company said
  after it no longer hides it); an apology or thanks for the wait answers nothing.

The sentences are written for this test, not copied from a labelled set. ``-k rr22`` picks
the file.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from aqm.scoring import RuleContext, check_compliance, load_pack
from aqm.scoring.categories import categorize
from aqm.scoring.rules import RulePack, validate_file
from tests.rules_set import agent_call
from tests.test_rules import call
from tests.test_rules_round7 import ctx, status
from tests.test_rules_round18 import HOLD, confirm_status


@pytest.fixture(scope="module")
def pack() -> RulePack:
    return load_pack()


@pytest.mark.parametrize(("rule", "lang", "line", "said"), [
    ("greeting", "vi", "Chào mình nha, ngân hàng ABC, mình là Hoa đây.", "pass"),
    ("greeting", "vi", "Mình là Hoa ở ngân hàng ABC.", "fail"),
    ("offer_help", "vi", "Dạ ngân hàng ABC, Hoa đây, mình cần mình hỗ trợ gì nè?", "pass"),
    ("offer_help", "vi", "Dạ ngân hàng ABC, Hoa đây, dạ để em giúp chị chuyện này.", "pass"),
    ("offer_help", "vi", "Dạ ngân hàng ABC, Hoa đây, chú gọi có việc gì vậy ạ?", "pass"),
    ("offer_help", "en", "Afternoon, Acme Bank, Linda here, let me help you with that.", "pass"),
    ("offer_help", "en", "Afternoon, Acme Bank, Linda here.", "fail"),
])
def test_rr22001_openings(pack: RulePack, rule: str, lang: str, line: str, said: str) -> None:
    assert status(pack, rule, "inbound", lang, line) == said


def test_rr22001_company_spelt_letter_by_letter(pack: RulePack) -> None:
    def methods(line: str) -> set[str]:
        t = call(("agent", 0.5, line), lang="en")
        res = check_compliance(t, pack, ctx("en")).result("company_name", "inbound")
        return {e.method for e in res.evidence} if res.status == "pass" else set()

    assert "sounds" in methods("Good afternoon, this is a c m e bank, Linda here.")
    # other letters are no Acme (the classifier may still read a bank's name in the turn)
    assert "sounds" not in methods("Good afternoon, this is a c e bank, Linda here.")


@pytest.mark.parametrize(("line", "said"), [
    ("Vậy là xong hết chưa anh?", "pass"),
    ("Nếu cần thêm thông tin anh có thể liên hệ tổng đài bất kỳ lúc nào.", "fail"),
])
def test_rr22002_anything_else(pack: RulePack, line: str, said: str) -> None:
    assert status(pack, "anything_else", "inbound", "vi",
                  "Dạ em đã khoá thẻ cũ, thẻ mới gửi về nhà anh trong năm ngày.", line) == said


def _closing(pack: RulePack, lang: str, line: str) -> tuple[str, str]:
    opening = {"en": "Good morning, Acme Bank, Linda speaking, how can I help?",
               "vi": "Dạ em chào chú, ngân hàng ABC, em là Hoa, chú cần em giúp gì ạ?"}[lang]
    t = call(("agent", 0.5, opening), ("customer", 6.0, "ok"), ("agent", 12.0, line),
             lang=lang)
    res = check_compliance(t, pack, ctx(lang))
    return res.result("thanks", "inbound").status, res.result("goodbye", "inbound").status


def test_rr22003_thanks_passed_on_thank_no_caller(pack: RulePack) -> None:
    assert _closing(pack, "en", "Do thank your wife for me, she found the form. Bye now.") \
        == ("fail", "pass")
    assert _closing(pack, "en", "Thanks so much, and thank your wife for me. Bye now.") \
        == ("pass", "pass")
    assert _closing(pack, "vi", "Nhớ cảm ơn giùm em bác gái nha. Em chào chú ạ.") \
        == ("fail", "pass")
    assert _closing(pack, "vi", "Em cảm ơn chú đã gọi ạ. Em chào chú ạ.") == ("pass", "pass")


def _consent(pack: RulePack, lang: str, *lines: str) -> str:
    t = call(*(("agent", 0.5 + 8 * i, line) for i, line in enumerate(lines)), lang=lang)
    return check_compliance(t, pack, ctx(lang, "outbound")).result("consent",
                                                                   "outbound").status


def test_rr22004_consent_any_objection_and_identity_checks(pack: RulePack) -> None:
    opening = "Hi, it's Linda calling from Acme Bank about your savings account."
    assert _consent(pack, "en", opening,
                    "This call is recorded for quality, any objection to that?") == "pass"
    vi_open = "Dạ em chào chị, em là Hoa gọi từ ngân hàng ABC ạ."
    assert _consent(pack, "vi", vi_open,
                    "Cuộc gọi được ghi âm để đảm bảo chất lượng, chị có phiền gì không ạ?") \
        == "pass"
    assert _consent(pack, "vi", vi_open,
                    "Cuộc gọi được ghi âm. Trước khi nói tiếp em cần xác minh vài thông tin "
                    "của chị.") == "fail"


@pytest.mark.parametrize(("rule", "file", "lang", "line", "said"), [
    ("rude", "forbidden", "en", "Look, just let me talk, will you.", "fail"),
    ("rude", "forbidden", "en", "Well, that's a first. Right, your postcode?", "fail"),
    ("rude", "forbidden", "vi", "Thôi anh để em nói xong đã.", "fail"),
    ("rude", "forbidden", "vi", "Chị nghe cho kỹ nè, em nói một lần thôi.", "fail"),
    ("rude", "forbidden", "en", "Let me just talk you through the next step.", "pass"),
    ("no_blame", "angry_caller", "vi", "Để mã PIN chung với thẻ thì mất tiền là phải rồi.",
     "fail"),
    ("no_blame", "angry_caller", "en",
     "Shall I carry on, or would you rather we didn't record?", "pass"),
    ("no_blame", "angry_caller", "en", "The new card is posted today, that's you sorted.",
     "pass"),
])
def test_rr22005_rude_and_blame(pack: RulePack, rule: str, file: str, lang: str, line: str,
                                said: str) -> None:
    assert status(pack, rule, file, lang, line) == said


@pytest.mark.parametrize(("lang", "angry", "line", "said"), [
    ("en", "This is ridiculous, third time I've rung and nobody does anything!",
     "Oh no. Let me look at that straight away.", "pass"),
    ("vi", "Gọi ba lần rồi mà không ai giải quyết, làm ăn kiểu gì vậy!",
     "Trời ơi, để em xem ngay cho chị.", "pass"),
    ("en", "This is ridiculous, third time I've rung and nobody does anything!",
     "Right, the account number please.", "fail"),
])
def test_rr22005_short_exclamation_is_empathy(pack: RulePack, lang: str, angry: str,
                                              line: str, said: str) -> None:
    opening = {"en": "Acme Bank, Linda speaking.", "vi": "Dạ ngân hàng ABC xin nghe ạ."}[lang]
    t = call(("agent", 0.5, opening), ("customer", 4.0, angry), ("agent", 12.0, line),
             lang=lang)
    res = check_compliance(t, pack, ctx(lang, sentiment=[None, "negative", "neutral"]))
    assert res.result("empathy", "angry_caller").status == said


def test_rr22006_nothing_like_that_turns_a_restatement_down(pack: RulePack) -> None:
    wrong = "So if I've got this right, you'd like to open a savings account?"
    assert confirm_status(pack, "en", ("agent", wrong),
                          ("customer", "No no, nothing like that, it's my card like I said."),
                          ("agent", HOLD["en"])) == "fail"
    assert confirm_status(pack, "en", ("agent", wrong),
                          ("customer", "Yes, that's it."), ("agent", HOLD["en"])) == "pass"


def test_rr22006_contact_details_checked_restate_nothing(pack: RulePack) -> None:
    assert confirm_status(pack, "en", ("agent", "Is the mobile ending 17 still the best way "
                                                "to reach you?"),
                          ("customer", "yes"), ("agent", HOLD["en"])) == "fail"
    assert confirm_status(pack, "vi", ("agent", "Chị vẫn dùng số điện thoại đuôi 17 phải "
                                                "không ạ?"),
                          ("customer", "đúng rồi"), ("agent", HOLD["vi"])) == "fail"


@pytest.mark.parametrize(("lang", "line"), [
    ("en", "I'm raising a dispute for the forty pounds today, you'll hear within ten days."),
    ("vi", "Em đã nâng hạn mức chuyển khoản lên hai mươi triệu một ngày rồi ạ."),
])
def test_rr22007_resolution_raised_and_limit_raised(pack: RulePack, lang: str,
                                                    line: str) -> None:
    assert status(pack, "resolution", "inbound", lang, line) == "pass"


def drivers_of(pack: RulePack, lang: str, line: str) -> set[str]:
    t = call(("agent", 1.0, "How can I help?" if lang == "en" else "Em giúp gì được ạ?"),
             ("customer", 4.0, line), lang=lang)
    return {h.category for h in categorize(t, pack, RuleContext(agent_call(lang)))}


@pytest.mark.parametrize(("lang", "line", "absent", "present"), [
    ("en", "I was going to complain about the queue but never mind, I need to change my "
           "address.", "complaint", "address_change"),
    ("en", "I reported my card lost on Monday but it turned up in the car.", "card_lost", ""),
    ("en", "Someone texted pretending to be you, I didn't give them anything and nothing's "
           "gone out.", "fraud", ""),
    ("en", "The airline refunded me yesterday, I just need a letter for my records.",
     "refund", ""),
    ("en", "I want my money back for the double charge from the garage.", "", "refund"),
    ("en", "I'm being charged for a text alert service I never asked for.", "", "billing"),
    ("vi", "Hôm trước anh định khiếu nại mà thôi, không khiếu nại nữa, anh cần đổi số điện "
           "thoại.", "complaint", ""),
    ("vi", "Hôm qua tôi báo mất thẻ, sáng nay tìm thấy trong cặp rồi.", "card_lost", ""),
    ("vi", "Có người gọi xưng là ngân hàng hỏi mã OTP, tôi không đưa, chưa mất đồng nào.",
     "fraud", ""),
    ("vi", "Tôi bị mất thẻ ở bến xe sáng nay.", "", "card_lost"),
])
def test_rr22008_drivers_and_their_look_alikes(pack: RulePack, lang: str, line: str,
                                               absent: str, present: str) -> None:
    found = drivers_of(pack, lang, line)
    assert absent not in found and (not present or present in found), found


def _answer_first(pack: RulePack, lang: str, asked: str, *agent: str) -> str:
    """``greeting_before_resolution`` where the caller asks first and the agent says
    ``agent`` (each 6 s apart) before greeting."""
    t = call(("customer", 0.5, asked),
             *(("agent", 5.0 + 6 * i, line) for i, line in enumerate(agent)),
             ("customer", 8.0 + 6 * len(agent), "ok" if lang == "en" else "dạ"), lang=lang)
    res = check_compliance(t, pack, ctx(lang))
    return res.result("greeting_before_resolution", "inbound").status


def test_rr22009_an_answer_ends_where_the_opening_begins(pack: RulePack) -> None:
    asked = "Quick one, has my pension come in yet?"
    # answered, then the company and the greeting: the answer came first
    assert _answer_first(pack, "en", asked, "Yes, it landed at seven this morning.",
                         "Acme Bank, good morning, Linda speaking. I've sent the statement to "
                         "your email.") == "fail"
    # the company first: nothing was answered before the opening
    assert _answer_first(pack, "en", asked, "Acme Bank, good morning, Linda speaking. "
                         "Yes, it landed at seven this morning.",
                         "I've sent the statement to your email.") == "pass"
    vi_asked = "Cho hỏi nhanh, lương tháng này về chưa em?"
    assert _answer_first(pack, "vi", vi_asked, "Dạ lương về lúc bảy giờ sáng nay rồi ạ.",
                         "Dạ em chào chị, ngân hàng ABC, em là Hoa. Em đã kiểm tra xong "
                         "cho chị rồi ạ.") == "fail"


def test_rr22009_an_apology_for_the_wait_answers_nothing(pack: RulePack) -> None:
    angry = {"en": "I've been waiting forty minutes, this is ridiculous!",
             "vi": "Chờ bốn mươi phút rồi, làm ăn kiểu gì vậy!"}
    opening = {"en": "Oh, I'm so sorry about the wait. Good morning, Acme Bank, Linda "
                     "speaking. I've unblocked the card for you now.",
               "vi": "Dạ em xin lỗi vì để chị chờ lâu. Em chào chị, ngân hàng ABC, em là "
                     "Hoa. Em đã mở khoá thẻ cho chị rồi ạ."}
    for lang in ("en", "vi"):
        assert _answer_first(pack, lang, angry[lang], opening[lang]) == "pass", lang


def test_rr22010_billing_by_the_classifier_alone_needs_money_words(pack: RulePack) -> None:
    # the classifier reads "figures" as billing (0.99); nothing here is a charge
    assert "billing" not in drivers_of(
        pack, "en", "My wages were due to land on Friday, it's now Tuesday and still "
                    "nothing, and I like the figures to be exact.")
    # the same classifier alone, with a statement and an amount in the turn
    assert "billing" in drivers_of(
        pack, "en", "Can you explain why this month's statement shows so much more than "
                    "last month for the same usage?")


def test_rr22010_needs_is_checked_like_any_wording(tmp_path: Path) -> None:
    path = tmp_path / "d.yaml"
    path.write_text(textwrap.dedent("""\
        kind: categories
        name: d
        version: 1
        categories:
          - id: billing
            phrases: [charged twice]
            classifier_alone: {needs: {en: [fee, "?"]}}
        """), encoding="utf-8")
    problems = validate_file(path)
    assert problems and "categories[0].classifier_alone.needs.en[1]" in problems[0], problems
