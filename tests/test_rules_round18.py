"""Round 18 of the rules: the classes of error read on ``heldout16`` (spent since heldout17
was frozen), each found and its look-alikes not.

- confirm_problem: a restatement the customer turns down ("no no, nothing to do with
  that", "không phải đâu") confirms nothing; a later one they accept does; a plain "no"
  that agrees with a restatement in the negative ("so it never arrived?" - "no") is no
  refusal;
- self_intro: the line named after the agent ("you're on Linda's line", "anh đang gọi vào
  máy của Hoa") introduces them; "who are here until nine" is no name ("are" is no name);
- offer_help: help offered as a statement ("I'm on hand to get whatever's wrong put
  right", "em ở đây để lo cho xong chuyện của anh");
- anything_else: "anything else on the account while I've got you?" asks; "while I've got
  you, is the email still the same?" asks about a detail;
- resolution: the outcome told ("the money reached your account this morning", "I've
  switched you to the basic account", "đã hoàn đủ"); "somebody should pick it up at some
  point" and "em chuyển lên trên, khi nào có tin thì báo" promise nothing;
- outbound purpose: "before I say why I'm calling, can you confirm your postcode?" gives no
  purpose;
- rude and no_blame: impatience, sarcasm, age and accent; blame as a question ("why would
  you send money to someone you'd never met?", "sao chị lại chuyển tiền cho người lạ?");
- drivers: the customer's late "yes, what you said before, that's exactly my problem" and
  their own situation ("I've got customers waiting") are no complaint.

The sentences are written for this test, not copied from a labelled set. ``-k rr18`` picks
the file.
"""

from __future__ import annotations

import pytest

from aqm.scoring import check_compliance, load_pack
from aqm.scoring.rules import RulePack
from tests.test_rules import call
from tests.test_rules_round7 import ctx, status
from tests.test_rules_round16 import drivers_of, self_intro_status
from tests.test_rules_round17 import OPEN


@pytest.fixture(scope="module")
def pack() -> RulePack:
    return load_pack()


PROBLEM = {"en": "my direct debit for the gym went out twice this month and I'm short now",
           "vi": "tiền phòng gym bị trừ hai lần trong tháng này nên giờ tôi bị thiếu tiền"}
WRONG = {"en": "Just so I'm clear, is this about a new PIN for your card?",
         "vi": "Dạ cho em hỏi có phải anh muốn đổi mã PIN thẻ không ạ?"}
RIGHT = {"en": "Okay, so the gym's monthly debit was taken twice and that's left you short.",
         "vi": "Dạ vậy là phí phòng gym bị trừ hai lần trong tháng làm anh bị thiếu tiền ạ."}
NO = {"en": "no no, nothing to do with my PIN", "vi": "không phải đâu em, không liên quan mã PIN"}
YES = {"en": "yes exactly", "vi": "đúng rồi em"}
HOLD = {"en": "One moment, I'm opening your file.", "vi": "Dạ anh chờ em mở hồ sơ ạ."}


def confirm_status(pack: RulePack, lang: str, *turns: tuple[str, str]) -> str:
    """``confirm_problem`` on the opening, the problem, then ``turns`` 7 s apart."""
    lines = [("agent", 0.5, OPEN[lang]), ("customer", 6.0, PROBLEM[lang])]
    lines += [(who, 14.0 + 7 * i, text) for i, (who, text) in enumerate(turns)]
    t = call(*lines, lang=lang)
    return check_compliance(t, pack, ctx(lang)).result("confirm_problem", "inbound").status


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_rr18001_a_restatement_turned_down_confirms_nothing(pack: RulePack,
                                                            lang: str) -> None:
    assert confirm_status(pack, lang, ("agent", WRONG[lang]), ("customer", NO[lang]),
                          ("agent", HOLD[lang])) == "fail"
    # corrected, then accepted
    assert confirm_status(pack, lang, ("agent", WRONG[lang]), ("customer", NO[lang]),
                          ("agent", RIGHT[lang]), ("customer", YES[lang])) == "pass"


def test_rr18001_a_plain_no_can_agree(pack: RulePack) -> None:
    """"So the refund never came through?" - "no no, never": the customer agrees."""
    t = call(("agent", 0.5, OPEN["en"]),
             ("customer", 6.0, "the shop said they refunded my boots last week but I've "
                               "had nothing back on my card"),
             ("agent", 14.0, "Just so I'm clear, the refund for the boots never reached "
                             "your card?"),
             ("customer", 20.0, "no no, never, not a penny"), ("agent", 24.0, HOLD["en"]),
             lang="en")
    got = check_compliance(t, pack, ctx("en")).result("confirm_problem", "inbound").status
    assert got == "pass"


@pytest.mark.parametrize(("lang", "line", "said"), [
    ("en", "Good morning, Acme Bank, you're on Linda's line, how can I help?", "pass"),
    ("en", "good morning acme bank youre on lindas line how can i help", "pass"),
    ("vi", "Dạ em chào anh, ngân hàng ABC, anh đang gọi vào máy của Hoa ạ.", "pass"),
    # "are" is no name ("@name here")
    ("en", "Good morning, you've reached the Acme Bank phone team, who are here until "
           "eight, how can I help?", "fail"),
])
def test_rr18002_the_agents_line_and_no_name(pack: RulePack, lang: str, line: str,
                                             said: str) -> None:
    assert self_intro_status(pack, lang, line) == said


@pytest.mark.parametrize(("lang", "line", "said"), [
    ("en", "Hello, Acme Bank, Linda here, I'm on hand to get whatever's wrong put right.",
     "pass"),
    ("vi", "Dạ em chào anh, ngân hàng ABC, em là Hoa, em ở đây để lo cho xong chuyện của "
           "anh ạ.", "pass"),
    ("en", "Hello, Acme Bank, Linda here.", "fail"),
])
def test_rr18003_help_offered_as_a_statement(pack: RulePack, lang: str, line: str,
                                             said: str) -> None:
    assert status(pack, "offer_help", "inbound", lang, line) == said


@pytest.mark.parametrize(("line", "said"), [
    ("Anything else on the account while I've got you?", "pass"),
    ("While I've got you, is the email ending in gmail still the right one?", "fail"),
    ("Is there anything else on the statement you don't recognise?", "fail"),
])
def test_rr18004_anything_else_while_ive_got_you(pack: RulePack, line: str,
                                                 said: str) -> None:
    assert status(pack, "anything_else", "inbound", "en", line) == said


@pytest.mark.parametrize(("lang", "line", "said"), [
    ("en", "Good news, the sixty pounds reached your account this morning.", "pass"),
    ("en", "I've switched you to the basic account, so the monthly fee stops from today.",
     "pass"),
    ("en", "Your rate changes next month and you needn't do anything at all.", "pass"),
    ("vi", "Dạ phí đó bên em đã hoàn đủ vào tài khoản anh rồi ạ.", "pass"),
    ("en", "I've made a note, so somebody should pick it up at some point.", "fail"),
    ("en", "I'll pass it over to the right people.", "fail"),
    ("vi", "Dạ em chuyển lên trên, khi nào có tin thì báo anh ạ.", "fail"),
])
def test_rr18005_the_outcome_told_and_vague_hand_offs(pack: RulePack, lang: str, line: str,
                                                      said: str) -> None:
    assert status(pack, "resolution", "inbound", lang, line) == said


@pytest.mark.parametrize(("line", "said"), [
    ("Hi, it's Sam from Acme Bank. Before I say why I'm calling, can you confirm your date "
     "of birth?", "fail"),
    ("Hi, it's Sam from Acme Bank, I'm calling about a payment we stopped this morning.",
     "pass"),
])
def test_rr18006_before_i_say_why_gives_no_purpose(pack: RulePack, line: str,
                                                   said: str) -> None:
    assert status(pack, "purpose", "outbound", "en", line, direction="outbound") == said


@pytest.mark.parametrize(("rule", "file", "lang", "line", "said"), [
    ("rude", "forbidden", "en", "Anything else? I haven't got all morning for this.", "fail"),
    ("rude", "forbidden", "en", "Do you actually know which card you're calling about?",
     "fail"),
    ("rude", "forbidden", "vi", "Tuổi chú thì xài app sao nổi.", "fail"),
    ("rude", "forbidden", "vi", "Chị nói giọng gì khó nghe quá vậy.", "fail"),
    ("rude", "forbidden", "en", "Take all the time you need, there's no rush.", "pass"),
    ("no_blame", "angry_caller", "en", "Why would you send money to someone you'd never met?",
     "fail"),
    ("no_blame", "angry_caller", "en", "Did you not think to check the account before now?",
     "fail"),
    ("no_blame", "angry_caller", "vi", "Đó là hậu quả của việc cho bạn mượn thẻ thôi.",
     "fail"),
    ("no_blame", "angry_caller", "vi", "Sao anh lại chuyển tiền cho người lạ vậy?", "fail"),
    ("no_blame", "angry_caller", "en", "Scam messages like that fool a lot of careful people.",
     "pass"),
])
def test_rr18007_impatience_sarcasm_and_blame_as_questions(pack: RulePack, rule: str,
                                                           file: str, lang: str, line: str,
                                                           said: str) -> None:
    assert status(pack, rule, file, lang, line) == said


@pytest.mark.parametrize(("lang", "line", "must", "must_not"), [
    ("en", "Fourth of June 1981, and yes, what you said before, that's exactly my problem.",
     set(), {"complaint"}),
    ("en", "Quick one, I've got customers waiting, I need to pay my card bill today.",
     {"payment"}, {"complaint"}),
    ("vi", "Ngày mười tháng ba năm tám hai, mà đúng như lúc nãy em nói đó, chuyện là vậy.",
     set(), {"complaint"}),
    ("en", "This is the third time I've called and nobody has fixed it, I want to make a "
           "formal complaint.", {"complaint"}, set()),
])
def test_rr18008_a_late_yes_is_no_complaint(pack: RulePack, lang: str, line: str,
                                            must: set[str], must_not: set[str]) -> None:
    got = drivers_of(pack, lang, line)
    assert must <= got and not (must_not & got), got
