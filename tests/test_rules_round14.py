"""Round 14 of the rules: the classes of error read on ``heldout12`` (spent since heldout13
was frozen), each found and its look-alikes not.

- consent: Vietnamese agents who ask for identity details the polite way ("cho em xác nhận
  ngày sinh được không ạ?") after the recording notice had passed as consent, as had "is
  that right?" and "is it alright if I look at ..." in English;
- rude: impatience ("is this going to take long? I've got a queue of people"), "I don't know
  what you expect me to do", mocking the customer's reading, "not exactly rocket science",
  "cô có đọc chữ được không vậy?", "nói lần cuối, nghe cho kỹ nhé", "khỏi nhắc lại", "vậy
  bạn muốn em làm gì bây giờ?", "có vậy mà cũng không biết";
- no_blame: "lỗi do bản app cũ" (the app's old version, read as "lỗi do bạn") blames
  nobody (the blame wordings tried from heldout12's misses were withdrawn: on the blind
  heldout13 they failed more good calls than they found blames);
- greeting before resolution: "Hello, is that the bank?" - "Yes, you've got us." before the
  greeting confirms whom the caller reached and answers nothing (``answer_first`` had read
  those four words as an answer before the greeting: 9 false fails).

The sentences are written for this test, not copied from a labelled set. ``-k rr14`` picks
the file.
"""

from __future__ import annotations

import pytest

from aqm.scoring import check_compliance, load_pack
from aqm.scoring.rules import RulePack
from tests.test_rules import call
from tests.test_rules_round7 import ctx, status


@pytest.fixture(scope="module")
def pack() -> RulePack:
    return load_pack()


OPENING = {"en": ("Hi, it's Linda calling from Acme Bank about your card.",
                  "Just so you know, this call is recorded."),
           "vi": ("Dạ em là Hoa gọi từ ngân hàng ABC về thẻ của anh ạ.",
                  "Cuộc gọi này được ghi âm ạ.")}


@pytest.mark.parametrize(("lang", "line", "said"), [
    ("vi", "Anh cho em xác nhận họ tên được không ạ?", "fail"),
    ("vi", "anh cho em xin ngay sinh duoc khong a", "fail"),
    ("vi", "Anh đồng ý cho em tiếp tục được không ạ?", "pass"),
    ("vi", "Anh có đồng ý tiếp tục cuộc gọi không ạ?", "pass"),
    ("en", "Your postcode is still BS1 4DJ, is that right?", "fail"),
    ("en", "Is it alright if I look at the last payments on the account?", "fail"),
    ("en", "Are you happy to continue?", "pass"),
    ("en", "Is that alright with you?", "pass"),
])
def test_rr14001_a_polite_question_is_no_consent(pack: RulePack, lang: str, line: str,
                                                 said: str) -> None:
    assert status(pack, "consent", "outbound", lang, *OPENING[lang], line,
                  direction="outbound") == said


@pytest.mark.parametrize(("lang", "line", "said"), [
    ("en", "Is this going to take long? I've got a queue of people waiting.", "fail"),
    ("en", "Honestly, I don't know what you expect me to do about that.", "fail"),
    ("en", "Oh great, another one who can't read the letter we sent.", "fail"),
    ("en", "Moving it over is not exactly rocket science, is it?", "fail"),
    ("en", "Can you just stop talking for a second?", "fail"),
    ("en", "It won't take long, I promise, and then you're all set.", "pass"),
    ("en", "Congratulations on the new house, by the way!", "pass"),
    ("en", "What would you like us to do with the refund?", "pass"),
    ("vi", "Chị có đọc chữ được không vậy?", "fail"),
    ("vi", "Em nói lần cuối, anh nghe cho kỹ nhé.", "fail"),
    ("vi", "Rồi rồi, em nghe rồi, khỏi nhắc lại.", "fail"),
    ("vi", "Thế chị muốn em làm gì bây giờ?", "fail"),
    ("vi", "Có vậy mà cũng không biết làm.", "fail"),
    ("vi", "Lần cuối chị giao dịch là khi nào ạ?", "pass"),
    ("vi", "Chị đọc giúp em bốn số cuối của thẻ được không ạ?", "pass"),
])
def test_rr14002_impatience_and_mockery(pack: RulePack, lang: str, line: str,
                                        said: str) -> None:
    assert status(pack, "rude", "forbidden", lang, line) == said


@pytest.mark.parametrize(("lang", "line", "said"), [
    ("vi", "Lỗi do bản app cũ, chị cập nhật bản mới là được ạ.", "pass"),
    ("vi", "loi do ban app cu chi cap nhat ban moi la duoc a", "pass"),
    ("vi", "Lỗi do phiên bản cũ, anh tải lại giúp em ạ.", "pass"),
    # the exception hides no blame said beside it
    ("vi", "Lỗi do bản app cũ, mà lỗi là do chị bấm nhầm nữa.", "fail"),
])
def test_rr14003_the_apps_old_version_blames_nobody(pack: RulePack, lang: str, line: str,
                                                    said: str) -> None:
    # "lỗi do bản app cũ" read as "lỗi do bạn" (your fault) on heldout12; the blame
    # wordings tried from its misses were withdrawn (angry_caller.yaml, round 14)
    assert status(pack, "no_blame", "angry_caller", lang, line) == said


@pytest.mark.parametrize(("lang", "asked", "opening", "said"), [
    # confirming whom the caller reached answers nothing
    ("en", "hello, hello, is this the bank?", "Yes, you've got us.", "pass"),
    ("en", "hi is that acme", "Yeah, that's us, you're through.", "pass"),
    ("vi", "alô, ngân hàng phải không", "Dạ đúng rồi ạ, ngân hàng đây ạ.", "pass"),
    # a real answer still is one
    ("en", "hello, is the branch open on Saturday?",
     "Yes, it's open nine till one on Saturdays.", "fail"),
    ("vi", "alô, lương vào chưa em", "Dạ phải rồi, lương vào lúc sáu giờ sáng nay ạ.", "fail"),
])
def test_rr14004_confirming_the_bank_is_no_answer(pack: RulePack, lang: str, asked: str,
                                                  opening: str, said: str) -> None:
    greeting = {"en": "Good morning, Acme Bank, Linda speaking, how can I help?",
                "vi": "Em chào anh, ngân hàng ABC em Hoa nghe, em giúp gì được ạ?"}[lang]
    resolved = {"en": "I've cancelled the old card and a new one arrives within five days.",
                "vi": "Dạ em đã khóa thẻ cũ và phát hành thẻ mới cho anh rồi ạ."}[lang]
    t = call(("customer", 0.5, asked), ("agent", 4.0, opening), ("agent", 8.0, greeting),
             ("customer", 22.0, {"en": "my card is lost, can you cancel it",
                                 "vi": "tôi mất thẻ, em khóa giúp tôi"}[lang]),
             ("agent", 30.0, resolved), lang=lang)
    r = check_compliance(t, pack, ctx(lang)).result("greeting_before_resolution", "inbound")
    assert r.status == said
