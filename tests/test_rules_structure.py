"""Evidence from the call itself (``aqm.scoring.context_match``) and the forbidden wordings.

``name``: the agent says their own given name in an introduction frame; ``restate``: the
agent restates the customer's earlier words (with the classifier's probability of the
item); the forbidden rules' ``exceptions``. Every sentence here is written for this test,
not taken from a labelled set. ``-k rstr`` picks the file.
"""

from __future__ import annotations

import dataclasses

import pytest

from aqm.scoring import RuleContext, check_compliance, load_pack
from aqm.scoring.context_match import content_words, given_name
from aqm.scoring.rules import RulePack
from aqm.types import CallMetadata, Direction
from tests.test_rules import call


@pytest.fixture(scope="module")
def pack() -> RulePack:
    return load_pack()


def with_methods(pack: RulePack, rule_id: str, methods: tuple[str, ...]) -> RulePack:
    """``pack`` with rule ``rule_id`` matched by ``methods`` only."""
    return dataclasses.replace(pack, rules=tuple(
        dataclasses.replace(r, matching=dataclasses.replace(r.matching, methods=methods))
        if r.id == rule_id else r for r in pack.rules))


def meta(lang: str, agent: str | None = "Linda Carter", direction: Direction = "inbound"
         ) -> RuleContext:
    return RuleContext(CallMetadata(direction=direction, queue="cards", agent_name=agent,
                                    language=lang))


# --- name -------------------------------------------------------------------------------

def test_rstr001_given_name_is_first_in_english_last_in_vietnamese() -> None:
    assert given_name(("sam taylor", "sam", "taylor"), "en") == "sam"
    assert given_name(("nguyễn thị lan", "nguyễn", "lan"), "vi") == "lan"
    assert given_name((), "en") == ""


@pytest.mark.parametrize(("lang", "agent", "line"), [
    ("en", "Sam Taylor", "Morning, Sam with you today, what's up?"),
    ("en", "Sam Taylor", "Hiya, you've got Sam, what can I do?"),
    ("en", "Linda Carter", "hello lynda here from the cards line"),  # misheard name
    ("en", "Linda Carter", "hello lin da speaking"),  # split by the recogniser
    ("vi", "Nguyễn Thị Lan", "Lan xin nghe ạ."),
    ("vi", "Trần Văn Hùng", "da em hung ben ngan hang a"),  # no tone marks
])
def test_rstr002_agent_saying_own_name_is_an_introduction(pack: RulePack, lang: str,
                                                         agent: str, line: str) -> None:
    names_only = with_methods(pack, "self_intro", ("name",))
    t = call(("agent", 0.5, line), lang=lang)
    r = check_compliance(t, names_only, meta(lang, agent)).result("self_intro", "inbound")
    assert r.status == "pass", r.reason
    assert r.evidence[0].method == "name"
    # the bundled rule (phrases, classifier, name) passes it too
    assert check_compliance(t, pack, meta(lang, agent)).status("self_intro") == "pass"


@pytest.mark.parametrize(("lang", "agent", "turns"), [
    # the customer says the agent's name: not the agent's introduction
    ("en", "Sam Taylor", (("customer", 0.5, "Hi Sam, it's Joe here"),
                          ("agent", 3.0, "Hello, how can I help?"))),
    # the name without an introduction frame
    ("en", "Sam Taylor", (("agent", 0.5, "Hello, I passed it to Sam and Joe yesterday."),)),
    # "lần" (a time) is not "Lan" when the transcript has tone marks
    ("vi", "Nguyễn Thị Lan", (("agent", 0.5, "Dạ em lần trước đã gửi thư cho chị ạ."),)),
    # no agent name in the metadata
    ("en", None, (("agent", 0.5, "Morning, Sam with you today."),)),
])
def test_rstr003_name_evidence_needs_the_agent_and_a_frame(
        pack: RulePack, lang: str, agent: str | None,
        turns: tuple[tuple[str, float, str], ...]) -> None:
    names_only = with_methods(pack, "self_intro", ("name",))
    t = call(*turns, lang=lang)
    assert check_compliance(t, names_only, meta(lang, agent)).status("self_intro") == "fail"


def test_rstr004_outbound_identify_self_uses_the_name_too(pack: RulePack) -> None:
    t = call(("agent", 0.5, "Hi there, Priya calling from the cards team."),
             ("agent", 4.0, "It's about your new card."))
    ctx = meta("en", "Priya Shah", "outbound")
    r = check_compliance(t, with_methods(pack, "identify_self", ("name",)), ctx)
    assert r.status("identify_self", "outbound") == "pass"


# --- restate ----------------------------------------------------------------------------

def test_rstr005_content_words_drop_function_words_numbers_and_tones() -> None:
    line = "so the card was declined at the supermarket on the fifth"
    assert content_words(line.split(), "en") == {"card", "declined", "supermarket"}
    assert content_words("Dạ thẻ của anh bị máy nuốt mất ạ".lower().split(),
                         "vi") == {"the", "may", "nuot", "mat"}


PROBLEM = {"en": "There's a payment on my statement I don't recognise from a shop in Leeds.",
           "vi": "Tôi bị trừ tiền hai lần cho hóa đơn điện thoại tháng này."}
RESTATED = {"en": "A payment from a shop in Leeds that you don't recognise, okay.",
            "vi": "Dạ hóa đơn điện thoại bị trừ hai lần đúng không chị."}


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_rstr006_paraphrased_confirmation_passes(pack: RulePack, lang: str) -> None:
    """No stock phrase: the restatement of the customer's words passes by ``restate``; the
    same line with no customer turn before it does not."""
    restate_only = with_methods(pack, "confirm_problem", ("exact", "fuzzy", "restate"))
    t = call(("customer", 0.5, PROBLEM[lang]), ("agent", 6.0, RESTATED[lang]), lang=lang)
    r = check_compliance(t, restate_only, meta(lang)).result("confirm_problem", "inbound")
    assert r.status == "pass", r.reason
    ev = r.evidence[0]
    # by the classifier and the customer's words, or (the Vietnamese line ends in a tag
    # question) by its confirmation frame (tests/test_confirm_frame.py)
    assert ev.method in ("restate", "frame") and ev.segment_index == 1 and ev.score > 0
    assert check_compliance(t, pack, meta(lang)).status("confirm_problem") == "pass"
    alone = call(("agent", 6.0, RESTATED[lang]), lang=lang)
    assert check_compliance(alone, restate_only, meta(lang)).status(
        "confirm_problem") == "fail"


@pytest.mark.parametrize(("lang", "customer", "agent"), [
    ("en", "My card got declined at the supermarket this morning.",
     "Could you confirm your date of birth for me please?"),
    ("en", "My card got declined at the supermarket this morning.",
     "Let me confirm that for you, one moment please."),
    ("en", "My address is twelve Elm Street, Leeds.",
     "So that's twelve Elm Street in Leeds, is that right?"),
    ("en", "I was charged twice for my phone bill this month.",
     "I've refunded the second phone bill payment, it'll show in three days."),
    ("vi", "Địa chỉ của tôi là số mười hai phố Huế.", "Dạ số mười hai phố Huế đúng không ạ."),
    ("vi", "Thẻ của tôi bị từ chối khi thanh toán ở siêu thị.",
     "Anh cho em xin họ tên và ngày sinh để xác minh ạ."),
    # a resolution and an apology that name the problem are likelier their own items
    ("vi", "Tôi bị trừ tiền hai lần cho hóa đơn điện thoại.",
     "Dạ khoản trừ tiền lần hai em đã hoàn cho chị rồi ạ."),
    ("en", "I was charged twice for my phone bill this month.",
     "I'm so sorry about the phone bill, that must be annoying."),
    # one two-syllable word in common ("ứng dụng") is not a restatement
    ("vi", "Tôi không đăng nhập được ứng dụng, nó cứ báo lỗi.",
     "Anh thử gỡ ứng dụng và cài lại giúp em ạ."),
])
def test_rstr007_id_checks_read_backs_and_holds_are_not_confirmations(
        pack: RulePack, lang: str, customer: str, agent: str) -> None:
    t = call(("customer", 0.5, customer), ("agent", 6.0, agent), lang=lang)
    assert check_compliance(t, pack, meta(lang)).status("confirm_problem") == "fail"


# --- forbidden wordings -----------------------------------------------------------------

FORBIDDEN = ("no_blame", "profanity", "profanity_vi_strict", "rude")


def findings(pack: RulePack, lang: str, *turns: tuple[str, float, str]) -> set[str]:
    res = check_compliance(call(*turns, lang=lang), pack, meta(lang))
    return {r.rule_id for r in res.results if r.rule_id in FORBIDDEN and r.status == "fail"}


@pytest.mark.parametrize(("lang", "line"), [
    ("en", "It's not your fault at all, these things happen."),
    ("en", "You should have received a text message with the code."),
    ("en", "If you made a mistake on the form, we can fix it."),
    ("en", "I understand, please don't shout, I want to help you."),
    ("en", "Sometimes cards get lost in the post, so I'll send another."),
    ("en", "It's not complicated, I'll walk you through it."),
    ("vi", "Dạ không phải lỗi của anh đâu ạ, em xin lỗi anh."),
    ("vi", "khong phai loi cua chi dau a em xin loi chi"),
    ("vi", "Anh có thể đến trực tiếp tại chi nhánh gần nhất ạ."),
    ("vi", "Khoản phí này anh phải chịu theo quy định ạ, em rất tiếc."),
    ("vi", "Bên em chịu trách nhiệm hoàn lại toàn bộ số tiền cho chị ạ."),
    ("vi", "Anh có thể tự làm trên ứng dụng rất nhanh ạ."),
    ("vi", "Dạ hóa đơn tiền điện ạ."),
    ("vi", "da hoa don tien dien a"),
    ("vi", "Số tiền lớn hơn hạn mức, các giao dịch buổi chiều bị từ chối ạ."),
    ("vi", "Chương trình có vô vàn ưu đãi cho chủ thẻ ạ."),
    # "sao kê" (a bank statement) + "có"/"chị" folds to "ke co"/"ke chi", the letters of the
    # rude "kệ cô"/"kệ chị" (found on an old, spent held-out set: 8 good calls flagged rude)
    ("vi", "Vậy là sao kê có một khoản phí lạ đúng không chị?"),
    ("vi", "sao ke co mot khoan phi la a"),
    ("vi", "Em đã liệt kê chị các giao dịch trong tháng rồi ạ."),
])
def test_rstr008_apologies_policy_and_everyday_words_are_not_forbidden(
        pack: RulePack, lang: str, line: str) -> None:
    assert findings(pack, lang, ("agent", 0.5, line)) == set()


@pytest.mark.parametrize(("lang", "line", "rule"), [
    ("en", "Well that's all your fault, you should've checked.", "no_blame"),
    ("en", "I've already told you, the fee stands.", "no_blame"),
    ("en", "Oh for fuck's sake, the screen froze.", "profanity"),
    ("en", "I couldn't care less, that's the rule.", "rude"),
    ("en", "Look, I haven't got time for this.", "rude"),
    ("vi", "Lẽ ra anh phải đọc hợp đồng chứ.", "no_blame"),
    ("vi", "le ra anh phai doc hop dong chu", "no_blame"),
    ("vi", "Đéo biết, anh hỏi người khác đi.", "profanity_vi_strict"),
    ("vi", "deo biet anh hoi nguoi khac di", "profanity"),
    ("vi", "Anh bị điếc à, em nói rồi.", "rude"),
    ("vi", "ke chi, em khong quan tam", "rude"),
])
def test_rstr009_agent_blame_swearing_and_rudeness_are_found(
        pack: RulePack, lang: str, line: str, rule: str) -> None:
    assert rule in findings(pack, lang, ("agent", 0.5, line))


def test_rstr010_customer_swearing_is_not_the_agents(pack: RulePack) -> None:
    turns = (("customer", 0.5, "This is fucking ridiculous, you people are useless."),
             ("agent", 5.0, "I'm really sorry, let me sort this out for you."))
    assert findings(pack, "en", *turns) == set()
    vi = (("customer", 0.5, "Mẹ kiếp, đồ ngu, sao lại trừ tiền tôi?"),
          ("agent", 5.0, "Dạ em xin lỗi anh, em kiểm tra ngay ạ."))
    assert findings(pack, "vi", *vi) == set()
