"""Confirming the customer's problem by its form (``aqm.scoring.confirm_frame``): a
confirmation lead or tag question that says the customer's words again passes
``confirm_problem``; identity checks, read-backs, resolutions and the agent's own words do
not. Every sentence is written for this test, not taken from a labelled set. ``-k cfrm``.
"""

from __future__ import annotations

import pytest

from aqm.scoring import check_compliance
from aqm.scoring.confirm_frame import confirmation_frame, shared_words
from aqm.scoring.results import RuleResult
from aqm.scoring.rules import RulePack
from aqm.scoring.text import fold, norm_tokens
from tests.test_rules import call
from tests.test_rules_structure import meta, pack, with_methods

__all__ = ["pack"]  # the fixture, re-used

OPENING = {"en": "Hi, you're through to Acme Bank, my name is Linda, how can I help?",
           "vi": "Ngân hàng ABC xin chào, em tên là Linda, em có thể giúp gì cho chị ạ?"}


def frame(line: str, lang: str) -> int:
    tokens = norm_tokens(line)
    return confirmation_frame(tokens, [fold(t) for t in tokens], lang)


@pytest.mark.parametrize(("lang", "line", "framed"), [
    ("en", "let me make sure I follow, the app crashes when you log in", True),
    ("en", "so the transfer went to the wrong account, is that right?", True),
    ("en", "so that went through twice right", True),
    ("en", "and you were charged twice, weren't you", True),
    ("en", "that's all right, I've sorted it", False),  # "all right" is no tag
    ("en", "I've refunded it for you, is that okay?", False),
    ("en", "your new card arrives on Friday", False),
    ("en", "right so your card was kept by the cash machine", True),  # a weak lead
    ("en", "so your new card will arrive on Friday", False),  # ... but a resolution
    ("en", "so you need to pop into a branch with your ID", False),  # ... an instruction
    ("vi", "Dạ vậy là chị chuyển nhầm tiền hôm qua ạ", True),
    ("vi", "chi bi tru tien hai lan dung khong a", True),  # no tone marks
    ("vi", "Dạ thẻ bị khóa rồi phải không chị", True),
    ("vi", "Dạ em đã hoàn tiền cho chị rồi nhé", False),
    ("vi", "Dạ chị bị trừ tiền hai lần cho cùng một hóa đơn", True),  # a weak lead
    ("vi", "Dạ chị bị khóa thẻ thì em đã mở lại cho chị rồi", False),  # ... resolved
    ("vi", "da chi muon doi dia chi lien lac", True),  # "da" here is "dạ", not "đã"
])
def test_cfrm001_confirmation_frames(lang: str, line: str, framed: bool) -> None:
    assert bool(frame(line, lang)) is framed


def test_cfrm002_english_words_agree_by_their_stems() -> None:
    mine = {"pay", "moving", "updated", "card", "car", "recognise", "crash"}
    assert shared_words(mine, {"payment", "moved", "update", "cards", "recognize",
                               "crashes"}, "en") == {"pay", "moving", "updated", "card",
                                                     "recognise", "crash"}
    assert shared_words({"charge", "declined"}, {"change", "decided"}, "en") == set()
    assert shared_words({"the"}, {"thẻ"}, "vi") == set()  # Vietnamese compares syllables


frame_only = ("exact", "fuzzy", "restate")  # no classifier hit on its own


def reply(pack: RulePack, lang: str, customer: str, agent: str) -> RuleResult:
    """confirm_problem (text and restate evidence only) on the agent's opening, the
    customer's turn and the agent's reply to it."""
    t = call(("agent", 0.5, OPENING[lang]), ("customer", 6.0, customer),
             ("agent", 12.0, agent), lang=lang)
    return check_compliance(t, with_methods(pack, "confirm_problem", frame_only),
                            meta(lang)).result("confirm_problem", "inbound")


@pytest.mark.parametrize(("lang", "customer", "agent"), [
    ("en", "The app keeps crashing whenever I try to log in.",
     "Let me make sure I follow, the app crashes as soon as you log in?"),
    ("en", "I sent money to the wrong account yesterday by mistake.",
     "okay so the transfer went to the wrong account yesterday is that right"),
    ("en", "I moved house last month and need my address changed.",
     "right so you've moved and you need the address changing, correct?"),
    ("vi", "Tôi chuyển nhầm tiền sang tài khoản khác hôm qua.",
     "Dạ vậy là hôm qua chị chuyển nhầm sang một tài khoản khác phải không ạ?"),
    ("vi", "Tôi chuyển nhầm tiền sang tài khoản khác hôm qua.",
     "da vay la hom qua chi chuyen nham sang mot tai khoan khac phai khong a"),
])
def test_cfrm003_framed_restatement_passes(pack: RulePack, lang: str, customer: str,
                                           agent: str) -> None:
    """After the agent's own introduction (its name is no identity check), the customer's
    problem, then the agent's framed restatement: pass by ``frame``."""
    r = reply(pack, lang, customer, agent)
    assert r.status == "pass", r.reason
    # the frame's evidence (or, where the classifier route scores higher at the same
    # place, its score kept beside it)
    assert any(e.segment_index == 2 and 0 < dict(e.scores).get("frame", 0) <= 1
               for e in r.evidence)
    # the same line with no customer turn before it is no confirmation
    alone = call(("agent", 0.5, OPENING[lang]), ("agent", 12.0, agent), lang=lang)
    assert check_compliance(alone, with_methods(pack, "confirm_problem", frame_only),
                            meta(lang)).status("confirm_problem") == "fail"


@pytest.mark.parametrize(("lang", "turns"), [
    # an answer to an identity check read back with a tag question
    ("en", (("agent", 6.0, "For security, what's the first line of your address?"),
            ("customer", 9.0, "Forty two Mill Road, Sara Holt."),
            ("agent", 12.0, "So that's Sara Holt at forty two Mill Road, is that right?"))),
    ("en", (("customer", 6.0, "My name is Sara Holt and my address is Mill Road, Leeds."),
            ("agent", 12.0, "Sara Holt, Mill Road in Leeds, correct?"))),
    # the agent asks for identity details with a tag
    ("en", (("customer", 6.0, "My card was declined at the supermarket this morning."),
            ("agent", 12.0, "And your date of birth is still the fifth of May, right?"))),
    # a resolution naming the problem, without a confirmation frame
    ("en", (("customer", 6.0, "I was charged twice for my phone bill this month."),
            ("agent", 12.0, "I've refunded the second phone bill charge, is that okay?"))),
    # the agent repeats its own words, not the customer's
    ("en", (("agent", 6.0, "Your replacement card will arrive on Friday."),
            ("customer", 9.0, "Great, thanks."),
            ("agent", 12.0, "So the replacement card arrives on Friday, right?"))),
    ("vi", (("agent", 6.0, "Chị cho em xin họ tên và ngày sinh để xác minh ạ."),
            ("customer", 9.0, "Tôi tên Trần Thị Hoa, ở số mười hai phố Huế."),
            ("agent", 12.0, "Dạ chị Trần Thị Hoa ở phố Huế đúng không ạ?"))),
    ("vi", (("customer", 6.0, "Tôi bị trừ tiền hai lần cho hóa đơn điện thoại."),
            ("agent", 12.0, "Dạ em đã hoàn lại tiền hóa đơn điện thoại cho chị rồi nhé."))),
    ("vi", (("customer", 6.0, "Tôi không đăng nhập được ứng dụng từ sáng nay."),
            ("agent", 12.0, "Dạ ngày sinh của chị là mười hai tháng năm phải không ạ?"))),
])
def test_cfrm004_id_checks_read_backs_and_resolutions_do_not_pass(
        pack: RulePack, lang: str, turns: tuple[tuple[str, float, str], ...]) -> None:
    t = call(("agent", 0.5, OPENING[lang]), *turns, lang=lang)
    r = check_compliance(t, with_methods(pack, "confirm_problem", frame_only), meta(lang))
    assert r.status("confirm_problem") == "fail"


@pytest.mark.parametrize(("lang", "customer", "agent"), [
    # the agent's direct reply restates the problem, then asks the customer to hold
    ("en", "My card just won't work at all while I'm on holiday in Spain.",
     "okay so the card's not going through while you're away let me just pop you on hold"),
    ("en", "I want to complain about how I was treated at the branch on Saturday.",
     "right you weren't treated well at the branch, bear with me two seconds"),
    # sympathy first, then the restatement
    ("en", "My father passed away and I don't know what to do about his account.",
     "I'm so sorry to hear that, okay so your father passed away and his account is still "
     "open"),
    ("vi", "Tôi nộp hồ sơ vay tiêu dùng tuần trước mà chưa thấy ai gọi.",
     "dạ anh đang chờ kết quả hồ sơ vay tiêu dùng ạ em kiểm tra lại chút nhé"),
    # a tag question before the hold request, not at the end of the segment
    ("vi", "Web ngân hàng sập từ sáng tới giờ hả em.",
     "dạ trang web không truy cập được từ sáng đúng không ạ chị đợi em tí nhé"),
])
def test_cfrm005_direct_reply_restating_passes(pack: RulePack, lang: str, customer: str,
                                               agent: str) -> None:
    r = reply(pack, lang, customer, agent)
    assert r.status == "pass", r.reason
    # found by the reply route, or by the classifier's restatement route first (both read
    # the customer's turn; the evidence keeps the best-ranked of overlapping hits)
    assert r.evidence[0].method in ("frame", "restate") and r.evidence[0].segment_index == 2


@pytest.mark.parametrize(("lang", "customer", "agent"), [
    # replies that hold, sympathise, ask, resolve, offer or instruct without restating
    ("en", "My card keeps getting declined in every shop in Lisbon.",
     "okay I'll just have a look at that for you, hang on"),
    ("en", "The ATM at the station swallowed my card.",
     "I'm so sorry about your card and the ATM, that's awful"),
    ("en", "The ATM at the station swallowed my card.",
     "okay which station was the ATM at"),
    ("en", "My card keeps getting declined in every shop.",
     "right, I've removed the block so your card works in shops again"),
    ("en", "My card keeps getting declined in every shop.",
     "okay I can help you with the card today"),
    ("en", "The app keeps crashing when I log in.",
     "you should try reinstalling the app and logging in again"),
    ("vi", "Tôi làm mất thẻ rồi, em hủy thẻ giúp tôi.",
     "dạ vâng để em xem lại thông tin thẻ cho mình ạ"),
    ("vi", "Tôi làm mất thẻ rồi, em hủy thẻ giúp tôi.",
     "dạ em đã hủy thẻ cho chị rồi ạ"),
    ("vi", "Tôi làm mất thẻ rồi, em hủy thẻ giúp tôi.",
     "dạ chị mất thẻ khi nào ạ"),
])
def test_cfrm006_replies_that_do_not_restate_fail(pack: RulePack, lang: str, customer: str,
                                                  agent: str) -> None:
    assert reply(pack, lang, customer, agent).status == "fail"
