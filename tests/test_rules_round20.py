"""Round 20 of the rules: the classes of error read on ``heldout18`` (spent since heldout19
was frozen), each found and its look-alikes not.

- resolution: the agent not knowing ("I honestly couldn't tell you what happens next"), a
  recap that names no action ("to recap, that's all done on our side", "dạ em tóm tắt lại,
  mọi việc bên em đã xử lý xong ạ") and the agent's name ("mình là Huy", one letter from
  "mình đã hủy") resolve nothing; a Vietnamese short wording is not found with one of its
  syllables missing ("dạ tài khoản" is not "đã về tài khoản"); paid on the customer's
  behalf resolves;
- confirm_problem: details checked with a tag ("that's your account ending 2291, is it?")
  restate nothing; a closing tag asks about its own sentence ("I've cancelled it. Well, you
  clicked the link yourself, didn't you?" restates nothing; "So the card was stolen on the
  bus. Is that right?" does); a bare "ừ đúng" confirms a Vietnamese restatement;
- consent: asked after a recording notice given late, it passes (``when.said``; not asked,
  it is not applicable); a note on the customer's record is no notice;
- rude, no_blame: exasperation aloud ("Unbelievable."), talking down, "let me do my job";
  blame through what "we tell customers" and "ai biểu ..."; a blaming sentence after a
  polite one is asked about on its own (the conduct classifier reads sentences);
- self_intro: the agent's name right after the greeting ("Afternoon, Linda. Go ahead"); goodbye:
  a closing thanks alone ("cám ơn anh chị nghen") is none.

The sentences are written for this test, not copied from a labelled set. ``-k rr20`` picks
the file.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from aqm.scoring import check_compliance, load_pack, validate_file
from aqm.scoring.rules import RulePack
from tests.test_rules import call
from tests.test_rules_round7 import ctx, status
from tests.test_rules_round18 import HOLD, confirm_status


@pytest.fixture(scope="module")
def pack() -> RulePack:
    return load_pack()


@pytest.mark.parametrize(("lang", "line", "said"), [
    ("en", "Honestly, I couldn't tell you what happens next with that.", "fail"),
    ("en", "So, to recap, that's all done on our side. Thanks for calling.", "fail"),
    ("vi", "Dạ em tóm tắt lại, mọi việc bên em đã xử lý xong rồi ạ.", "fail"),
    ("vi", "Dạ xin chào, mình là Huy, mình nghe đây ạ.", "fail"),
    ("vi", "Dạ tài khoản của chị đây ạ.", "fail"),
    ("vi", "Dạ em đóng giúp chị luôn, tiền nước đã được thanh toán ạ.", "pass"),
    ("en", "I've stopped the card and the new one reaches you on Friday.", "pass"),
])
def test_rr20001_resolution_not_known_a_bare_recap_and_a_name(pack: RulePack, lang: str,
                                                              line: str, said: str) -> None:
    assert status(pack, "resolution", "inbound", lang, line) == said


def test_rr20002_details_checked_with_a_tag_restate_nothing(pack: RulePack) -> None:
    assert confirm_status(pack, "en", ("agent", "That's your account ending 2291, is it?"),
                          ("customer", "yes that's right"), ("agent", HOLD["en"])) == "fail"


def test_rr20002_a_closing_tag_asks_about_its_own_sentence(pack: RulePack) -> None:
    blame = ("I've cancelled the gym payment. Well, you signed up for it yourself, "
             "didn't you?")
    assert confirm_status(pack, "en", ("agent", blame), ("customer", "hmm"),
                          ("agent", HOLD["en"])) == "fail"
    restated = "So the gym debit went out twice. Is that right?"
    assert confirm_status(pack, "en", ("agent", restated), ("customer", "it is"),
                          ("agent", HOLD["en"])) == "pass"


def test_rr20002_a_bare_u_dung_confirms(pack: RulePack) -> None:
    reply = "Dạ anh chị bị thu tiền phòng tập hai lần nên giờ hụt tiền ạ"
    assert confirm_status(pack, "vi", ("agent", reply), ("customer", "ừ đúng"),
                          ("agent", HOLD["vi"])) == "pass"
    assert confirm_status(pack, "vi", ("agent", reply), ("customer", "không đúng"),
                          ("agent", HOLD["vi"])) == "fail"


def _outbound(pack: RulePack, notice_at: float | None, *, note: bool = False,
              ask: bool = True) -> tuple[str, str]:
    lines = [("agent", 0.5, "Hi, it's Linda calling from Acme Bank."),
             ("agent", 5.0, "I'm calling about the standing order you asked us to stop."),
             ("customer", 11.0, "oh right yes")]
    if note:
        lines.append(("agent", 15.0, "Let me note that on your record."))
    if notice_at is not None:
        lines.append(("agent", notice_at, "Just so you know, this call is recorded."
                      + (" Are you happy to carry on?" if ask else "")))
    lines.append(("customer", 85.0, "yes fine"))
    res = check_compliance(call(*lines), pack, ctx("en", "outbound"))
    return (res.result("recording_disclosure", "outbound").status,
            res.result("consent", "outbound").status)


def test_rr20003_consent_asked_after_a_late_notice(pack: RulePack) -> None:
    assert _outbound(pack, 20.0) == ("pass", "pass")
    assert _outbound(pack, 20.0, ask=False) == ("pass", "fail")
    assert _outbound(pack, 70.0) == ("fail", "pass")  # asked after a late notice
    assert _outbound(pack, 70.0, ask=False) == ("fail", "not_applicable")
    assert _outbound(pack, None) == ("fail", "not_applicable")
    assert _outbound(pack, None, note=True) == ("fail", "not_applicable")


def test_rr20003_said_names_a_rule_above(tmp_path: Path) -> None:
    path = tmp_path / "o.yaml"
    path.write_text(textwrap.dedent("""\
        kind: rules
        name: o
        version: 1
        rules:
          - id: consent
            kind: required
            phrases: [is that okay]
            when: {said: [notice]}
          - id: notice
            kind: required
            phrases: [this call is recorded]
        """), encoding="utf-8")
    problems = validate_file(path)
    assert problems and "rules[0].when.said[0]" in problems[0], problems
    assert "'notice' is not a rule above this one" in problems[0]


@pytest.mark.parametrize(("rule", "file", "lang", "line", "said"), [
    ("rude", "forbidden", "en", "Unbelievable. Right, what's the account number?", "fail"),
    ("rude", "forbidden", "en", "Is it really so hard to follow the steps on the letter?",
     "fail"),
    ("rude", "forbidden", "en", "Just let me do my job and we'll get there.", "fail"),
    ("rude", "forbidden", "en", "Honestly, that's unbelievable, I'm so sorry it happened.",
     "pass"),
    ("rude", "forbidden", "vi", "Thiệt tình. Giờ anh đọc số tài khoản đi.", "fail"),
    ("rude", "forbidden", "vi", "Hỏi gì kỳ vậy, trên thẻ ghi rõ mà.", "fail"),
    ("rude", "forbidden", "vi", "Thiệt tình mà nói, gói này rẻ hơn cho chị ạ.", "pass"),
    ("no_blame", "angry_caller", "en",
     "We tell customers again and again never to give out their PIN.", "fail"),
    ("no_blame", "angry_caller", "en",
     "Folk who leave their wallet on the seat are asking for it.", "fail"),
    ("no_blame", "angry_caller", "vi", "Ai biểu chị đưa thẻ cho người lạ giữ.", "fail"),
    ("no_blame", "angry_caller", "vi", "Anh tự làm mất thì chịu thôi chứ biết sao.", "fail"),
    ("no_blame", "angry_caller", "en",
     "The annual fee is explained in the letter we sent you in May.", "pass"),
])
def test_rr20004_exasperation_talking_down_and_blame(pack: RulePack, rule: str, file: str,
                                                     lang: str, line: str, said: str) -> None:
    assert status(pack, rule, file, lang, line) == said


def test_rr20004_a_blaming_sentence_after_a_polite_one(pack: RulePack) -> None:
    """The conduct classifier reads each sentence: the answer does not dilute the blame."""
    line = ("I've put a stop on the card and the new one goes out today. Well, you handed "
            "your details to a stranger on the phone, so.")
    assert status(pack, "no_blame", "angry_caller", "en", line) == "fail"


@pytest.mark.parametrize(("rule", "lang", "line", "said"), [
    ("self_intro", "en", "Afternoon, Linda. Go ahead, what can I do for you?", "pass"),
    ("self_intro", "en", "Afternoon. Go ahead, what can I do for you?", "fail"),
    ("goodbye", "vi", "Dạ cám ơn anh chị nghen.", "fail"),
    ("goodbye", "vi", "Dạ cám ơn anh chị nghen, em chào anh chị.", "pass"),
])
def test_rr20006_a_bare_name_after_the_greeting_and_thanks_alone(pack: RulePack, rule: str,
                                                                 lang: str, line: str,
                                                                 said: str) -> None:
    assert status(pack, rule, "inbound", lang, line) == said
