"""Round 5 of the forbidden rules (``forbidden.yaml`` v4) and no-blame (``angry_caller.yaml``
v6): every swear word is profanity (the tone-marked ones through ``strict_phrases``),
teencode and toneless swearing, dismissive and belittling lines, blaming forms, and card
read-back after redaction (the last four digits, a reference, a count of days, "không"
ending a question are not card data).

Every sentence is written for this test from how contact-centre agents talk (UK/US,
northern and southern Vietnamese, with and without tone marks), not taken from a labelled
set. Each goes through ``check_compliance`` with the bundled rule files; card read-backs go
through ``redact_transcript`` first, as ``aqm run`` does. ``-k rfbd`` picks the file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from aqm.redact import redact_transcript
from aqm.scoring import RuleContext, check_compliance, load_pack
from aqm.scoring.rules import RulePack
from aqm.types import CallMetadata, Transcript
from tests.test_rules import call

RULES = Path(__file__).resolve().parents[1] / "scorecards" / "rules"
FORBIDDEN = ("profanity", "profanity_vi_strict", "rude", "no_blame", "no_card_readback")
# the card and security code a customer reads out before the agent speaks
CARD_TURN = {"en": "the card number is 4111 1111 1111 1111 and the security code is 737",
             "vi": "số thẻ 4111 1111 1111 1111 mã cvv 737"}


@pytest.fixture(scope="module")
def pack() -> RulePack:
    """The bundled forbidden and angry-caller files (no call drivers: text matching only)."""
    return load_pack([RULES / "forbidden.yaml", RULES / "angry_caller.yaml"])


def findings(pack: RulePack, lang: str, transcript: Transcript) -> set[str]:
    ctx = RuleContext(CallMetadata(direction="inbound", queue="cards",
                                   agent_name="Linda Carter", language=lang), categories=())
    res = check_compliance(transcript, pack, ctx)
    return {r.rule_id for r in res.results if r.rule_id in FORBIDDEN and r.status == "fail"}


def agent_says(pack: RulePack, lang: str, line: str) -> set[str]:
    return findings(pack, lang, call(("agent", 0.5, line), lang=lang))


FOUND = [
    # profanity, English
    ("en", "This bloody system is so slow today.", {"profanity"}),
    ("en", "Bugger, it's logged me out again.", {"profanity"}),
    ("en", "piss off I'm not doing that", {"profanity"}),
    ("en", "Oh screw this, the page froze.", {"profanity"}),
    # a tone-marked swear word is profanity too, not only the tone-strict rule
    ("vi", "Đéo hiểu sao máy lại đứng.", {"profanity", "profanity_vi_strict"}),
    ("vi", "Vãi thật, hệ thống lại sập rồi.", {"profanity", "profanity_vi_strict"}),
    ("vi", "Đụ má, lại mất mạng.", {"profanity", "profanity_vi_strict"}),
    ("vi", "dạ đù má cái máy này chị chờ em xíu", {"profanity", "profanity_vi_strict"}),
    # toned curses that are everyday words without their marks: profanity only
    ("vi", "Má nó, lại treo rồi.", {"profanity"}),
    ("vi", "Chết mẹ, em bấm nhầm rồi.", {"profanity"}),
    # teencode and toneless spellings: profanity, not the tone-strict rule
    ("vi", "dm cai may nay lai treo", {"profanity"}),
    ("vi", "ĐM lại đơ rồi chị ơi", {"profanity"}),
    ("vi", "vl mạng chậm quá", {"profanity"}),
    ("vi", "deo hieu sao lai loi", {"profanity"}),
    ("vi", "dit me he thong", {"profanity"}),
    ("vi", "Mẹ nó, lại lỗi rồi.", {"profanity"}),
    ("vi", "me no he thong lai loi roi", {"profanity"}),
    # rude, English: a bare dismissive "whatever", belittling questions, talking down
    ("en", "Whatever, let me just look.", {"rude"}),
    ("en", "whatever right so the payment went out twice", {"rude"}),
    ("en", "Do you even know how a credit card works?", {"rude"}),
    ("en", "That's a silly question.", {"rude"}),
    ("en", "Just listen to what I'm saying.", {"rude"}),
    ("en", "Stop whining, it's done now.", {"rude"}),
    ("en", "I've got other customers waiting, you know.", {"rude"}),
    # rude, Vietnamese
    ("vi", "Nói mãi mà không hiểu à.", {"rude"}),
    ("vi", "noi mai ma khong hieu a", {"rude"}),
    ("vi", "Anh la hét gì thế, em đang xem đây.", {"rude"}),
    # round 12: and the conduct classifier the blame ("read the contract yourself")
    ("vi", "Chị tự đi mà đọc hợp đồng.", {"rude", "no_blame"}),
    # round 16: the retrained conduct classifier reads it as blaming too, as the line above
    ("vi", "chi tu di ma doc", {"rude", "no_blame"}),
    ("vi", "Thôi tùy anh.", {"rude"}),
    ("vi", "Chị hỏi nhiều quá đấy.", {"rude"}),
    ("vi", "Vớ vẩn, làm gì có chuyện đó.", {"rude"}),
    ("vi", "Anh không biết đọc à?", {"rude"}),
    ("vi", "Chị lắm chuyện quá.", {"rude"}),  # a strict phrase of rude ("làm chuyện")
    # blame, English
    ("en", "If you'd locked the card in the app this wouldn't have happened.", {"no_blame"}),
    ("en", "It was you who approved the payment, not us.", {"no_blame"}),
    ("en", "That's down to you not reading the terms.", {"no_blame"}),
    ("en", "You're the one who gave your details away.", {"no_blame"}),
    ("en", "Honestly you've only got yourself to blame.", {"no_blame"}),
    # blame, Vietnamese
    ("vi", "Tại anh nhập sai số tài khoản thì chịu thôi.", {"no_blame"}),
    ("vi", "tai chi bam nham nen moi bi tru tien", {"no_blame"}),
    ("vi", "Sao chị không kiểm tra kỹ trước khi chuyển?", {"no_blame"}),
    ("vi", "Bên em đâu có lỗi, do chị không khoá thẻ sớm.", {"no_blame"}),
    ("vi", "Chị tự bấm xác nhận mà giờ lại kêu.", {"no_blame"}),
    ("vi", "Chính anh là người cung cấp mã OTP cho họ.", {"no_blame"}),
]


@pytest.mark.parametrize(("lang", "line", "rules"), FOUND)
def test_rfbd001_new_wordings_are_found(pack: RulePack, lang: str, line: str,
                                        rules: set[str]) -> None:
    assert agent_says(pack, lang, line) == rules


NOT_FOUND = [
    # look-alikes of swear words: other words with other tone marks, or letters inside words
    ("vi", "Dạ vài ngày nữa thẻ mới sẽ về ạ."),
    ("vi", "vai ngay nua the moi se ve a"),
    ("vi", "Anh cứ yên tâm ạ, em xử lý ngay."),
    ("vi", "Chị đi ra chi nhánh gần nhất giúp em ạ."),
    ("vi", "Số dư của chị đủ để thanh toán ạ."),
    ("vi", "Anh nhớ đeo khẩu trang khi ra quầy nhé."),
    ("vi", "Thẻ phụ có thể làm cho bố mẹ của anh ạ."),
    ("vi", "Mà nó vẫn chưa trừ tiền đâu chị ạ."),
    ("vi", "Dạ tiền sử giao dịch có trong ứng dụng ạ."),
    ("en", "Could you assess the charges in the app for me?"),
    ("en", "I'll scrap that request and start a new one."),
    # helpful "whatever", encouragement, the customer's choice
    ("en", "Whatever's easiest for you is fine by me."),
    ("en", "We can do whatever suits you best."),
    ("en", "Whatever time works for you, I'll ring you back."),
    ("en", "I'll do whatever I can to get this sorted."),
    ("en", "There's no such thing as a silly question."),
    ("en", "That's down to you whether you keep the overdraft or not."),
    ("vi", "Dạ hơi nhiều giấy tờ một chút ạ."),
    ("vi", "Dạ kỳ hạn nào là tùy anh chọn ạ."),
    ("vi", "Chương trình có vô vàn ưu đãi cho chủ thẻ ạ."),
    ("vi", "Dạ em làm chuyện đó ngay cho chị ạ."),
    ("vi", "da em lam chuyen do ngay cho chi a"),
    # apologies, reassurance and questions that share a blaming wording's words
    ("en", "If we'd sent the alert sooner this wouldn't have happened, I'm sorry."),
    ("en", "So you approved the payment in the app, is that right?"),
    ("vi", "Anh đâu có lỗi gì đâu ạ, lỗi là do hệ thống bên em."),
    ("vi", "Giao dịch này do anh tự thực hiện phải không ạ?"),
    ("vi", "Anh nhớ không để lộ mã OTP cho ai nhé."),
    ("vi", "Tại sao chị không kiểm tra được số dư ạ?"),
    ("vi", "Dạ có phải chị chủ tài khoản không ạ?"),
    ("en", "The new card should arrive before you go away on holiday."),
]


@pytest.mark.parametrize(("lang", "line"), NOT_FOUND)
def test_rfbd002_look_alikes_are_not_found(pack: RulePack, lang: str, line: str) -> None:
    assert agent_says(pack, lang, line) == set()


def test_rfbd003_customer_swearing_is_not_the_agents(pack: RulePack) -> None:
    t = call(("customer", 0.5, "Đụ má cái ngân hàng này, vãi cả chưởng."),
             ("agent", 5.0, "Dạ em xin lỗi anh, em kiểm tra ngay ạ."), lang="vi")
    assert findings(pack, "vi", t) == set()


CARD_CASES = [
    # (language, the agent's line right after the customer read card and code, read back?)
    ("en", "thanks so that's the card ending 1111", False),
    ("en", "the last four digits are 1111 is that right", False),
    ("en", "your reference is 4 4 1 2", False),
    ("en", "refunds can take up to 10 days from the shop", False),
    ("en", "one moment while i pull that up", False),
    ("en", "so the security code is 737", True),
    ("en", "let me read that back 4111 1111 1111 1111", True),
    ("vi", "dạ thẻ có bốn số cuối là 1111 đúng không ạ", False),
    ("vi", "em gửi mã hồ sơ 5 5 0 1 qua tin nhắn ạ", False),
    ("vi", "anh nhận thẻ sau 7 ngày làm việc ạ", False),
    ("vi", "dạ mã cvv là 737 phải không ạ", True),
    ("vi", "dạ em đọc lại số thẻ 4111 1111 1111 1111 ạ", True),
]


@pytest.mark.parametrize(("lang", "line", "read_back"), CARD_CASES)
def test_rfbd004_card_read_back_after_redaction(pack: RulePack, lang: str, line: str,
                                                read_back: bool) -> None:
    raw = call(("customer", 0.5, CARD_TURN[lang]), ("agent", 6.0, line), lang=lang)
    redacted = redact_transcript(raw).transcript
    assert "737" not in " ".join(s.text for s in redacted.segments)
    assert ("no_card_readback" in findings(pack, lang, redacted)) == read_back


def test_rfbd005_vietnamese_khong_ending_a_question_is_no_cvv(pack: RulePack) -> None:
    """The redactor reads "không ... không" (no / zero) across two turns as a 2-digit code
    after "mã cvv"; the agent's "được không" is a question, not a read-back."""
    raw = call(("customer", 0.5, CARD_TURN["vi"]),
               ("agent", 6.0, "em hỗ trợ gì thêm được không"), ("customer", 8.5, "không em"),
               lang="vi")
    redacted = redact_transcript(raw).transcript
    assert "[CVV]" in redacted.segments[1].text  # what the redactor leaves
    assert "no_card_readback" not in findings(pack, "vi", redacted)
