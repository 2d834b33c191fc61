"""Round 10 of the rules and drivers: the classes of error read on ``heldout9`` (spent since),
each found and its look-alikes not.

- order: a resolution said before the greeting in the same turn ("your card went out
  yesterday ..., oh and good morning") fails greeting-before-resolution; the classifier's
  match covers the whole turn, so the words before the greeting decide;
- resolution: a bare "dạ em ghi nhận ạ" ("noted") resolves nothing;
- "calm down" / "bình tĩnh đi" is rude, not blame (four blind authors of five);
- profanity: "đủ mà" (enough), "phòng ngừa" (prevent) are no "đụ má", "ngu à";
- drivers: the classifier alone in one short turn (an address read out for security) is no
  driver, nor a cheerful turn a complaint.

The sentences are written for this test, not copied from a labelled set. ``-k rr10`` picks
the file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from aqm.errors import RuleError
from aqm.scoring import RuleContext, check_compliance, load_pack
from aqm.scoring.rules import RulePack
from aqm.types import CallMetadata
from tests.test_rules import call, write
from tests.test_rules_round7 import status


@pytest.fixture(scope="module")
def pack() -> RulePack:
    return load_pack()


OPENING = {"en": "Acme Bank, Linda speaking, how can I help you today?",
           "vi": "Dạ ngân hàng ABC, em Hoa nghe, em hỗ trợ gì được cho anh ạ?"}


@pytest.mark.parametrize(("lang", "line", "said"), [
    # the classifier's match of the resolution covers the whole turn, the greeting inside it
    ("vi", "dạ anh hỏi thẻ mới gửi chưa ạ dạ gửi hôm thứ sáu rồi thứ hai anh nhận ạ à em chào "
           "anh ạ em quên chào", "fail"),
    ("vi", "da phí sáu chục nghìn bên em hoàn sáng nay rồi thứ sáu anh thấy tiền ạ à em chào "
           "anh ạ em quen chao", "fail"),
    ("vi", "dạ em chào anh ạ, phí sáu chục nghìn bên em hoàn sáng nay rồi thứ sáu anh thấy "
           "tiền ạ", "pass"),
    # a wording of the resolution before the greeting, as before
    ("en", "your replacement card was posted yesterday and it will arrive on thursday, "
           "oh and good morning by the way", "fail"),
    ("en", "good morning, your replacement card was posted yesterday and it will arrive on "
           "thursday", "pass"),
])
def test_rr10001_resolution_before_the_greeting_in_one_turn(pack: RulePack, lang: str,
                                                           line: str, said: str) -> None:
    assert status(pack, "greeting_before_resolution", "inbound", lang, OPENING[lang],
                  line) == said


@pytest.mark.parametrize(("line", "said"), [
    ("Dạ em ghi nhận ạ.", "fail"),
    ("da em ghi nhan a", "fail"),
    ("Dạ em đã ghi nhận khiếu nại của anh, mã số 4471 ạ.", "pass"),
])
def test_rr10002_noted_is_no_resolution(pack: RulePack, line: str, said: str) -> None:
    assert status(pack, "resolution", "inbound", "vi", OPENING["vi"], line) == said


@pytest.mark.parametrize(("lang", "line"), [
    ("en", "Calm down, it's only a card."),
    ("en", "you need to calm down sir"),
    ("vi", "Bình tĩnh đi anh, có gì đâu."),
    ("vi", "chị binh tinh lai di"),
])
def test_rr10003_calm_down_is_rude_not_blame(pack: RulePack, lang: str, line: str) -> None:
    assert status(pack, "rude", "forbidden", lang, line) == "fail"
    assert status(pack, "no_blame", "angry_caller", lang, line) == "pass"


@pytest.mark.parametrize(("line", "said"), [
    ("dạ tức là anh đã đóng đủ mà vẫn bị tính lãi ạ", "pass"),
    ("dạ hệ thống chặn giao dịch lạ để phòng ngừa rủi ro ạ", "pass"),
    ("đụ má cái máy này", "fail"),
    ("anh ngu à", "fail"),
])
def test_rr10004_enough_and_prevent_are_no_swearing(pack: RulePack, line: str,
                                                    said: str) -> None:
    assert status(pack, "profanity", "forbidden", "vi", line) == said


def drivers(pack: RulePack, *lines: str, sentiment: tuple[str, ...] | None = None,
            lang: str = "en") -> set[str]:
    """Drivers of a call: the agent's opening, then the customer's ``lines``."""
    t = call(("agent", 0.5, OPENING[lang]),
             *(("customer", 6.0 + 6 * i, line) for i, line in enumerate(lines)), lang=lang)
    ctx = RuleContext(CallMetadata(direction="inbound", queue="cards",
                                   agent_name="Linda Carter", language=lang),
                      segment_sentiment=("neutral",) + sentiment if sentiment else None)
    return {c.category for c in check_compliance(t, pack, ctx).categories}


def test_rr10005_short_turn_alone_is_no_driver(pack: RulePack) -> None:
    # an address read out for a security check: the classifier says address change (0.72)
    assert "address_change" not in drivers(pack, "apartment 5, 12 River Street")
    assert "address_change" in drivers(
        pack, "I've moved house and I need the address on my account changed")
    # a short turn backed by a wording still counts
    assert "card_lost" in drivers(pack, "I lost my card")


def test_rr10006_a_cheerful_turn_alone_is_no_complaint(pack: RulePack) -> None:
    line = "ha ha I bet you get calls like this all day long"
    assert "complaint" not in drivers(pack, line, sentiment=("positive",))
    assert "complaint" in drivers(pack, line, sentiment=("negative",))


def test_rr10007_classifier_alone_is_validated(tmp_path: Path) -> None:
    path = write(tmp_path, """
        kind: categories
        name: bad
        version: 1
        defaults:
          classifier_alone: {min_words: 0}
        categories:
          - id: fraud
            phrases: {en: [not me]}
        """)
    with pytest.raises(RuleError, match=r"min_words"):
        load_pack([path])
