"""Round 11 of the rules and drivers: the classes of error read on ``heldout10`` (spent since),
each found and its look-alikes not.

- rude and blame wordings with an intensifier or filler inside ("that's not really my
  problem", "you really should have checked") match: the rules' ``skip_words``;
- new rude and blame families: refusing to hold the customer's hand, "do you want it sorted
  or not", "cháu không quan tâm", "tự lên chi nhánh mà hỏi", "lỗi là ở anh chứ không phải
  ngân hàng";
- greeting: "good morning, I jumped straight in" is a greeting ("morning I" excused it);
- confirm the problem: a bare echo and a question ("the market? do you have any other
  cards?") is no restatement; Vietnamese restatements that address the customer as "cô",
  "bác", "chú" ..., and ones that tell what the customer's side did ("mẹ bác đã vào viện"),
  are;
- resolution: "trên app hay tại quầy ạ?" is a question, "em chuyển thông tin cho bộ phận
  liên quan" a vague hand-off;
- anything else: "anything else on that statement you don't recognise" asks about the
  problem;
- self-introduction: "grey as anything here" names nobody;
- drivers: topping up an e-wallet with the card is no lost card, nor a letter "sent to my
  address".

The sentences are written for this test, not copied from a labelled set. ``-k rr11`` picks
the file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from aqm.errors import RuleError
from aqm.scoring import check_compliance, load_pack
from aqm.scoring.rules import RulePack
from tests.test_rules import call, write
from tests.test_rules_round7 import ctx, status
from tests.test_rules_round10 import drivers


@pytest.fixture(scope="module")
def pack() -> RulePack:
    return load_pack()


def turns_status(pack: RulePack, rule: str, lang: str, *turns: tuple[str, str]) -> str:
    """``rule`` (inbound file) on a call of (speaker, text) turns, 7 s apart."""
    t = call(*((spk, 0.5 + 7 * i, text) for i, (spk, text) in enumerate(turns)), lang=lang)
    return check_compliance(t, pack, ctx(lang, "inbound")).result(rule, "inbound").status


@pytest.mark.parametrize(("lang", "rule", "line", "said"), [
    ("en", "rude", "look that's not really my problem", "fail"),
    ("en", "rude", "honestly I just don't care what the branch told you", "fail"),
    ("en", "rude", "I'm not here to hold your hand through it", "fail"),
    ("en", "rude", "do you want this sorted or not", "fail"),
    ("en", "rude", "I really can help with that today", "pass"),
    ("en", "rude", "would you like this sorted today", "pass"),
    ("en", "no_blame", "you really should have checked the details before sending", "fail"),
    ("en", "no_blame", "if you'd opened our letters you wouldn't be in this mess", "fail"),
    ("en", "no_blame", "you really should receive it by Friday", "pass"),
    ("vi", "rude", "việc đó cháu không quan tâm", "fail"),
    ("vi", "rude", "thôi bác tự lên chi nhánh mà hỏi", "fail"),
    ("vi", "rude", "bác có thể lên chi nhánh gần nhất để được hỗ trợ ạ", "pass"),
    ("vi", "no_blame", "lỗi là ở anh nhập sai thông tin chứ không phải ngân hàng", "fail"),
    ("vi", "no_blame", "dạ không phải lỗi ở anh đâu ạ, bên em đã hoàn tiền", "pass"),
])
def test_rr11001_rude_and_blame(pack: RulePack, lang: str, rule: str, line: str,
                                said: str) -> None:
    file = "forbidden" if rule == "rude" else "angry_caller"
    assert status(pack, rule, file, lang, line) == said


@pytest.mark.parametrize(("line", "said"), [
    ("yes it's open till one on Saturdays. oh and good morning, I jumped straight in", "pass"),
    ("what a morning I've had, the line has been busy", "fail"),
])
def test_rr11002_good_morning_i(pack: RulePack, line: str, said: str) -> None:
    assert status(pack, "greeting", "inbound", "en", "Acme Bank, Linda here.", line) == said


@pytest.mark.parametrize(("lang", "problem", "reply", "said"), [
    ("en", "I think I dropped my card at the market, can you cancel it",
     "the market? do you have any other cards with us?", "fail"),
    ("en", "you've charged me an overdraft fee and I want it back",
     "an overdraft fee? was that on the current account or the savings pot?", "fail"),
    ("en", "I think I dropped my card at the market, can you cancel it",
     "so you dropped your card at the market and you'd like it cancelled", "pass"),
    ("vi", "bác nạp ví điện tử mà tiền bị trừ, ví không nhận được",
     "ví điện tử ạ, dạ bác nạp vào ví nào ạ?", "fail"),
    ("vi", "tôi đánh rơi thẻ ở chợ sáng nay, tôi muốn hủy thẻ",
     "dạ vâng, cô làm rơi thẻ ở chợ sáng nay và muốn hủy thẻ đó ạ", "pass"),
    ("vi", "mẹ bác vào viện dưỡng lão nên bác muốn đổi địa chỉ nhận thư về nhà bác",
     "dạ mẹ bác đã vào viện dưỡng lão nên bác muốn đổi địa chỉ nhận thư về nhà bác ạ",
     "pass"),
])
def test_rr11003_echo_questions_and_restatements(pack: RulePack, lang: str, problem: str,
                                                 reply: str, said: str) -> None:
    opening = {"en": "Good morning, Acme Bank, Linda speaking, how can I help?",
               "vi": "Dạ em chào anh chị, ngân hàng ABC em Hoa nghe, em giúp gì ạ?"}[lang]
    assert turns_status(pack, "confirm_problem", lang, ("agent", opening),
                        ("customer", problem), ("agent", reply)) == said


@pytest.mark.parametrize(("line", "said"), [
    ("dạ anh hủy lệnh trên app hay tại quầy ạ", "fail"),
    ("dạ em chuyển thông tin cho bộ phận liên quan ạ", "fail"),
    ("dạ anh ra quầy gần nhất mang căn cước để làm lại thẻ ạ", "pass"),
])
def test_rr11004_questions_and_hand_offs_resolve_nothing(pack: RulePack, line: str,
                                                         said: str) -> None:
    assert status(pack, "resolution", "inbound", "vi",
                  "Dạ ngân hàng ABC em Hoa nghe ạ", line) == said


@pytest.mark.parametrize(("lang", "line", "said"), [
    ("en", "anything else on that statement you don't recognise?", "fail"),
    ("en", "is there anything else I can help you with today?", "pass"),
    ("vi", "trong sao kê còn khoản nào khác bị sai không chị", "fail"),
])
def test_rr11005_anything_else_on_the_statement(pack: RulePack, lang: str, line: str,
                                                said: str) -> None:
    assert status(pack, "anything_else", "inbound", lang, line) == said


def test_rr11006_anything_here_names_nobody(pack: RulePack) -> None:
    assert status(pack, "self_intro", "inbound", "en", "hello there, welcome to Acme Bank",
                  "it's grey as anything here too") == "fail"


def test_rr11007_e_wallets_and_letters_are_no_lost_card(pack: RulePack) -> None:
    assert "card_lost" not in drivers(
        pack, "I topped up my e-wallet with my card on Sunday and the money never arrived")
    assert "card_lost" not in drivers(
        pack, "the statement was sent to my address last week and the fee is wrong")
    assert "card_lost" in drivers(pack, "my wallet with my card in it was stolen on the bus")


def test_rr11008_skip_words_are_validated(tmp_path: Path) -> None:
    path = write(tmp_path, """
        kind: rules
        name: bad
        version: 1
        rules:
          - id: rude
            kind: forbidden
            match: {skip_words: {en: [kind of]}}
            phrases: {en: [go away]}
        """)
    with pytest.raises(RuleError, match=r"skip_words"):
        load_pack([path])
