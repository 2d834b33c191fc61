"""Round 13 of the rules and drivers: the classes of error read on ``heldout11`` (spent since
heldout12 was frozen), each found and its look-alikes not.

- greeting before resolution: the caller asks a quick question first and the agent answers
  it before greeting ("we're open till eight tonight. Oh, and good morning ..."): the order
  rule's ``answer_first``; "Acme Bank, xin chào" after the caller's "alô?" is no answer;
- greeting: Vietnamese agents who code-switch ("dạ hello anh chị"), and "xin chào ạ" with
  "xin" joined to the word before;
- greeting: "busy morning", "quiet afternoon" in small talk are no greeting (heldout9,
  spent: the answer before the greeting made one a false order fail);
- resolution: closings that name no action ("that's all done on my side", "phần của em xử
  lý xong rồi ạ"), "someone will probably be in touch at some point", "để em cập nhật hồ sơ
  ạ?", "bạn em đã chuyển cuộc gọi lên";
- rude: talking down ("do you actually know what a direct debit is?"), "one of these calls",
  "I heard you the first time", "hỏi gì mà kỳ cục vậy trời", "chuyện này con nít cũng biết";
- no_blame: "correct me if I'm wrong, but you ..." restating the caller's problem is no
  blame (round 12's classifier read one); a blame said after it still fails;
- drivers: "who on earth signed this off, it's a shambles" and "lỗi là của ngân hàng" are
  complaints; an old fraud, closed, is no fraud.

The sentences are written for this test, not copied from a labelled set. ``-k rr13`` picks
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

RESOLVED = {"en": "I've cancelled the old card and a new one arrives within five working days.",
            "vi": "Dạ em đã khóa thẻ cũ và phát hành thẻ mới, năm ngày làm việc thẻ tới ạ."}


@pytest.fixture(scope="module")
def pack() -> RulePack:
    return load_pack()


def opening_order(pack: RulePack, lang: str, asked: str, answer: str) -> tuple[str, str]:
    """greeting_before_resolution's status and the evidence method of its resolution, on a
    call where the customer speaks first (``asked``) and the agent opens with ``answer``."""
    t = call(("customer", 0.5, asked), ("agent", 5.0, answer),
             ("customer", 22.0, {"en": "and my card is lost, can you cancel it",
                                 "vi": "với lại tôi mất thẻ, em khóa giúp tôi"}[lang]),
             ("agent", 30.0, RESOLVED[lang]), lang=lang)
    r = check_compliance(t, pack, ctx(lang)).result("greeting_before_resolution", "inbound")
    return r.status, r.evidence[-1].method if r.evidence else ""


@pytest.mark.parametrize(("lang", "asked", "answer", "said"), [
    ("en", "hi quick one, what time does the Mill Road branch close today",
     "It closes at half five today. Oh, and good morning, Acme Bank, Linda speaking.",
     ("fail", "answer")),
    ("en", "hello, is that Acme Bank",
     "Acme Bank, good morning, Linda speaking, how can I help?", ("pass", "exact")),
    ("en", "hello?", "Good morning, Acme Bank, Linda speaking, how can I help?",
     ("pass", "exact")),
    ("vi", "em ơi cho hỏi lương tháng này vào tài khoản chưa",
     "Dạ lương vào lúc sáu giờ sáng nay rồi ạ. À em chào anh, ngân hàng ABC em Hoa nghe ạ.",
     ("fail", "answer")),
    ("vi", "alô ai đó", "Ngân hàng ABC xin chào anh, em là Hoa ạ.", ("pass", "exact")),
])
def test_rr13001_an_answer_before_the_greeting(pack: RulePack, lang: str, asked: str,
                                               answer: str, said: tuple[str, str]) -> None:
    status_, method = opening_order(pack, lang, asked, answer)
    assert (status_, method if status_ == "fail" else "exact") == said


@pytest.mark.parametrize(("line", "said"), [
    ("Dạ hello anh chị, ABC bank đây ạ, em là Hoa nè.", "pass"),
    ("hi anh chị, abc bank đây ạ, em là Hoa nè", "pass"),
    ("ngan hang abcxin chao a, em la Hoa a", "pass"),
    ("ABC bank đây ạ, em là Hoa nè.", "fail"),
])
def test_rr13002_code_switched_and_joined_greetings(pack: RulePack, line: str,
                                                    said: str) -> None:
    assert status(pack, "greeting", "inbound", "vi", line) == said


@pytest.mark.parametrize(("lang", "line", "said"), [
    ("en", "thank you for calling, right, that's all done on my side", "fail"),
    ("en", "someone will probably be in touch at some point", "fail"),
    ("vi", "dạ phần của em xử lý xong rồi ạ, chúc chị ngày mới may mắn", "fail"),
    ("vi", "dạ anh vẫn làm ở công ty cũ để em cập nhật hồ sơ ạ?", "fail"),
    ("vi", "dạ bạn em đã chuyển cuộc gọi lên, anh cứ nói ạ", "fail"),
    ("en", RESOLVED["en"], "pass"),
    ("vi", RESOLVED["vi"], "pass"),
])
def test_rr13003_closings_that_name_no_action(pack: RulePack, lang: str, line: str,
                                              said: str) -> None:
    opening = {"en": "Good morning, Acme Bank, Linda speaking.",
               "vi": "Dạ em chào anh, ngân hàng ABC em Hoa nghe ạ."}[lang]
    assert status(pack, "resolution", "inbound", lang, opening, line) == said


@pytest.mark.parametrize(("lang", "line", "said"), [
    ("en", "do you actually know what a direct debit is?", "fail"),
    ("en", "oh brilliant, one of these calls", "fail"),
    ("en", "yeah yeah, I heard you the first time", "fail"),
    ("en", "do you know what time the payment went out?", "pass"),
    ("en", "one of these cards is still active", "pass"),
    ("vi", "hỏi gì mà kỳ cục vậy trời", "fail"),
    ("vi", "chuyện này con nít cũng biết làm mà", "fail"),
    ("vi", "anh im một chút cho em làm việc được không", "fail"),
    ("vi", "dạ anh hỏi gì em cũng trả lời được ạ", "pass"),
])
def test_rr13004_talking_down(pack: RulePack, lang: str, line: str, said: str) -> None:
    assert status(pack, "rude", "forbidden", lang, line) == said


@pytest.mark.parametrize(("lang", "line", "found"), [
    ("en", "the cash machine kept my card, who on earth signed this off, it's a shambles",
     True),
    ("en", "don't read me a script, I want this sorted today", True),
    ("vi", "tiền chuyển không tới, lỗi là của ngân hàng chứ đâu phải của tui", True),
    ("en", "I'd like to pay off my credit card balance today please", False),
])
def test_rr13005_complaints(pack: RulePack, lang: str, line: str, found: bool) -> None:
    assert ("complaint" in drivers(pack, line, lang=lang)) == found


@pytest.mark.parametrize(("lang", "line", "found"), [
    ("en", "I had fraud on my account last year, that's all closed now, I'd like my "
           "transfer limit put back up", False),
    ("vi", "năm ngoái tôi bị lừa đảo một lần, xong xuôi rồi, giờ tôi muốn nâng hạn mức "
           "chuyển khoản", False),
    ("en", "there are three payments on my card I don't recognise, someone used my card",
     True),
    ("vi", "thẻ của tôi có giao dịch lạ, tôi không hề làm", True),
])
def test_rr13006_an_old_fraud_is_closed(pack: RulePack, lang: str, line: str,
                                        found: bool) -> None:
    assert ("fraud" in drivers(pack, line, lang=lang)) == found


def test_rr13007_answer_first_is_validated(tmp_path: Path) -> None:
    path = write(tmp_path, """
        kind: rules
        name: bad
        version: 1
        rules:
          - id: greeting
            kind: required
            phrases: {en: [hello]}
          - id: resolution
            kind: required
            phrases: {en: [sorted]}
          - id: order
            kind: order
            first: greeting
            then: resolution
            answer_first: {min_words: 4, unless: [company_name]}
        """)
    with pytest.raises(RuleError, match=r"answer_first.*company_name|company_name.*answer"):
        load_pack([path])


@pytest.mark.parametrize(("line", "said"), [
    # round 12's classifier read a blame in these restatements
    ("correct me if I'm wrong but you sent the payment to the wrong account and you want it "
     "back", "pass"),
    ("correct me if im wrong but you didn't get the text code when you tried to log in",
     "pass"),
    # the exception hides no blame said after it
    ("correct me if I'm wrong, but you should have read the terms before you signed them",
     "fail"),
    ("correct me if I'm wrong but it's your own fault for giving out the code", "fail"),
    ("you should have checked the account number before you sent it", "fail"),
])
def test_rr13008_correct_me_if_im_wrong_blames_nobody(pack: RulePack, line: str,
                                                      said: str) -> None:
    assert status(pack, "no_blame", "angry_caller", "en", line) == said


@pytest.mark.parametrize(("lines", "said"), [
    # small talk about the day is no greeting (nor, after the caller's "how's your day?",
    # an answer before one)
    (("Zara from Acme Bank here.", "Not too bad at all, busy morning but we're surviving, "
      "what do you need?"), "fail"),
    (("Acme Bank, Sam here.", "Oh, quiet afternoon so far, what can I do for you?"), "fail"),
    # a greeting beside it still counts
    (("Acme Bank, Sam here.", "Busy morning here! Good morning, what can I do for you?"),
     "pass"),
    (("Morning, Acme Bank, Sam speaking.",), "pass"),
])
def test_rr13009_busy_morning_is_small_talk(pack: RulePack, lines: tuple[str, ...],
                                            said: str) -> None:
    assert status(pack, "greeting", "inbound", "en", *lines) == said
