"""Round 4 wordings of five script items: goodbye, resolution, anything else (inbound),
purpose (outbound) and empathy (angry caller), in English and Vietnamese, with hard
negatives that must keep failing.

Every sentence here is written for this test from how contact-centre agents talk (UK/US,
northern and southern Vietnamese, with and without tone marks), not taken from a labelled
set. Each goes through ``check_compliance`` with the bundled rule files (phrases, fuzzy
matching and the per-item classifier). ``-k rwrd`` picks the file.
"""

from __future__ import annotations

import pytest

from aqm.scoring import RuleContext, check_compliance, load_pack
from aqm.scoring.rules import RulePack
from aqm.types import CallMetadata, Direction
from tests.test_rules import call

FILES = {"greeting": "inbound", "goodbye": "inbound", "resolution": "inbound",
         "anything_else": "inbound", "purpose": "outbound", "empathy": "angry_caller"}
ANGRY = {"en": "This is ridiculous, I'm absolutely furious with you lot!",
         "vi": "Thế này là quá đáng lắm, tôi bực lắm rồi đấy!"}


@pytest.fixture(scope="module")
def pack() -> RulePack:
    return load_pack()


def meta(lang: str, direction: Direction = "inbound",
         sentiment: tuple[str | None, ...] | None = None) -> RuleContext:
    return RuleContext(CallMetadata(direction=direction, queue="cards",
                                    agent_name="Linda Carter", language=lang),
                       segment_sentiment=sentiment)


def status(pack: RulePack, item: str, lang: str, line: str, speaker: str = "agent") -> str:
    """The item's status on a short call: the line alone (the goodbye is in the last 25 s,
    the purpose in the first 60 s of an outbound call), or for empathy the line 3.5 s after
    an angry customer turn."""
    if item == "empathy":
        t = call(("customer", 0.5, ANGRY[lang]), (speaker, 4.0, line), lang=lang)
        ctx = meta(lang, sentiment=("negative", "neutral"))
    else:
        t = call((speaker, 0.5, line), lang=lang)
        ctx = meta(lang, "outbound" if item == "purpose" else "inbound")
    return check_compliance(t, pack, ctx).result(item, FILES[item]).status


FOUND = [
    # greeting (the lead's, with the round-4 wordings)
    ("greeting", "vi", "Chào mừng quý khách đến với ngân hàng ABC ạ."),
    ("greeting", "en", "Greetings, and welcome back to Acme Bank."),
    # goodbye
    ("goodbye", "en", "You have a great rest of your day."),
    ("goodbye", "en", "cheers then bye"),
    ("goodbye", "en", "by for now"),  # "bye" heard as "by"
    ("goodbye", "en", "Okay, I'll let you get on. Take it easy."),
    ("goodbye", "en", "Ta-ra now."),
    ("goodbye", "en", "Speak to you soon, mind how you go."),
    ("goodbye", "en", "Enjoy your weekend."),
    ("goodbye", "en", "good night now"),
    ("goodbye", "en", "thank you so much good buy"),  # "goodbye" as the recogniser wrote it
    ("goodbye", "vi", "Em xin phép kết thúc cuộc gọi ạ."),
    ("goodbye", "vi", "em xin phep gac may a"),
    ("goodbye", "vi", "Dạ em chào chị nha."),
    ("goodbye", "vi", "bai anh a"),
    ("goodbye", "vi", "Dạ em cúp máy nha chị."),
    ("goodbye", "vi", "Kính chúc quý khách một ngày tốt lành."),
    # resolution or next step
    ("resolution", "en", "I've gone ahead and cancelled that payment for you."),
    ("resolution", "en", "That's all done for you now, you're all set."),
    ("resolution", "en", "ive put a stop on it"),
    ("resolution", "en", "All sorted, the change is done on our system."),
    ("resolution", "en", "I've waived the late fee."),
    ("resolution", "en", "I've unlocked your online banking, you can log in again now."),
    ("resolution", "en", "You'll get a text when it's been dispatched."),
    ("resolution", "en", "Our fraud team will be in touch within 48 hours."),
    ("resolution", "en", "It'll be with you in three to five working days."),
    ("resolution", "en", "That's been escalated to our fraud team."),
    ("resolution", "en", "The money will be refunded within a few days."),
    ("resolution", "vi", "Em đã xử lý xong cho anh rồi ạ."),
    ("resolution", "vi", "Bên em sẽ liên hệ lại với chị trong hôm nay ạ."),
    ("resolution", "vi", "em da tam khoa the cho anh roi a"),
    ("resolution", "vi", "Bước tiếp theo là bên kỹ thuật sẽ kiểm tra và nhắn tin cho anh ạ."),
    ("resolution", "vi", "Lệnh trích nợ tự động đã được dừng rồi ạ."),
    ("resolution", "vi", "Tiền sẽ được hoàn về tài khoản trong 3 ngày làm việc ạ."),
    ("resolution", "vi", "Dạ vậy là xong rồi ạ, em đã đổi địa chỉ cho anh."),
    # anything else
    ("anything_else", "en", "What else can I do for you today?"),
    ("anything_else", "en", "Was there anything further?"),
    ("anything_else", "en", "Will that be all for today?"),
    ("anything_else", "en", "Have I answered all your questions?"),
    ("anything_else", "en", "is there anything ells i can help with"),
    ("anything_else", "vi", "Anh chị còn cần em hỗ trợ thêm gì không ạ?"),
    ("anything_else", "vi", "Chị còn yêu cầu nào khác không ạ?"),
    ("anything_else", "vi", "con can em ho tro gi nua khong a"),
    ("anything_else", "vi", "Anh còn vướng mắc gì không ạ?"),
    # outbound purpose
    ("purpose", "en", "The reason for my call is your recent application."),
    ("purpose", "en", "I'm just ringing to follow up on your complaint."),
    ("purpose", "en", "im just calling to let you know your card is ready"),
    ("purpose", "en", "I'm reaching out about your overdue balance."),
    ("purpose", "en", "This is a courtesy call about your upcoming payment."),
    ("purpose", "en", "We've noticed some unusual activity on your card."),
    ("purpose", "vi", "Em gọi để thông báo về khoản thanh toán sắp đến hạn ạ."),
    ("purpose", "vi", "Em gọi cho chị về việc thẻ tín dụng của chị ạ."),
    ("purpose", "vi", "hom nay em goi la de xac nhan giao dich voi anh a"),
    ("purpose", "vi", "Mục đích cuộc gọi này là để hỗ trợ chị kích hoạt thẻ ạ."),
    ("purpose", "vi", "Dạ em bên ngân hàng ABC gọi cho anh để xác nhận giao dịch ạ."),
    # empathy after the customer's anger
    ("empathy", "en", "Oh no, that's the last thing you need."),
    ("empathy", "en", "I completely get why you're upset."),
    ("empathy", "en", "What a nightmare, that shouldn't have happened."),
    ("empathy", "en", "That's completely understandable."),
    ("empathy", "en", "i do apologise"),
    ("empathy", "vi", "Em rất lấy làm tiếc ạ."),
    ("empathy", "vi", "em hieu cam giac cua anh a"),
    ("empathy", "vi", "Chắc anh bực mình lắm ạ."),
    ("empathy", "vi", "Trời ơi, tội chị quá."),
    ("empathy", "vi", "Dạ thật sự bất tiện cho anh quá."),
]


@pytest.mark.parametrize(("item", "lang", "line"), FOUND)
def test_rwrd001_agents_wordings_pass(pack: RulePack, item: str, lang: str,
                                      line: str) -> None:
    assert status(pack, item, lang, line) == "pass"


MISSED = [
    ("greeting", "vi", "Dạ ngân hàng ABC, em Mai xin nghe."),  # no greeting word
    # goodbye: holds, thanks mid-call, "by"/"bye" inside other words
    ("goodbye", "en", "Thanks for holding."),
    ("goodbye", "en", "One moment please."),
    ("goodbye", "en", "By the way, your card expires next month."),
    ("goodbye", "en", "Maybe the payment hasn't cleared yet."),
    ("goodbye", "en", "I'll let you know by email."),
    ("goodbye", "en", "Thank you by the way for confirming that."),
    ("goodbye", "vi", "Anh đừng cúp máy nhé, em kiểm tra ngay."),
    ("goodbye", "vi", "Em cảm ơn anh đã chờ máy ạ."),
    ("goodbye", "vi", "Em xin phép để anh chờ máy một lát ạ."),
    # resolution: questions, holds, promises without content, apologies, ID checks
    ("resolution", "en", "Let me check that for you."),
    ("resolution", "en", "I'll see what I can do."),
    ("resolution", "en", "Let's get this all sorted for you."),
    ("resolution", "en", "I'll try my best to get it sorted."),
    ("resolution", "en", "I'm so sorry about that."),
    ("resolution", "en", "Has the new card arrived yet?"),
    ("resolution", "en", "You should receive a code by text to verify your identity."),
    ("resolution", "en", "Right, I'm looking at the transactions now."),
    ("resolution", "en", "Has it been refunded already?"),
    ("resolution", "en", "A code will be sent to your phone to verify you."),
    ("resolution", "en", "So it's been down all morning, is that right?"),  # not "been done"
    ("resolution", "vi", "Để em kiểm tra ạ."),
    ("resolution", "vi", "Em sẽ cố gắng hỗ trợ anh ạ."),
    ("resolution", "vi", "Dạ em đã xem xong thông tin rồi ạ."),
    ("resolution", "vi", "Em đã mở hồ sơ của chị lên rồi ạ."),
    ("resolution", "vi", "Anh đã nhận được thẻ mới chưa ạ?"),
    ("resolution", "vi", "Em xin lỗi anh về sự bất tiện này ạ."),
    # anything else: questions about the problem
    ("anything_else", "en", "Was there anything else on the card?"),
    ("anything_else", "en", "Did they take anything else?"),
    ("anything_else", "en", "Is there anything else on the statement you don't recognise?"),
    ("anything_else", "en", "Can you confirm your date of birth?"),
    ("anything_else", "vi", "Thẻ còn bị trừ tiền gì khác không ạ?"),
    ("anything_else", "vi", "Ngoài khoản này anh còn thấy giao dịch lạ nào nữa không ạ?"),
    ("anything_else", "vi", "Anh cho em xin ngày sinh ạ."),
    # purpose: greeting and name only, ID checks, the recording notice
    ("purpose", "en", "Hi, this is Sam from Acme Bank."),
    ("purpose", "en", "Before we go any further, can I confirm your date of birth?"),
    ("purpose", "en", "Is now a good time to talk?"),
    ("purpose", "en", "This call is recorded for quality and training purposes."),
    ("purpose", "vi", "Em chào anh, em là Lan bên ngân hàng ABC ạ."),
    ("purpose", "vi", "Em xin thông báo cuộc gọi được ghi âm ạ."),
    ("purpose", "vi", "Anh cho em xin ngày sinh để xác minh ạ."),
    # empathy: procedural talk, bare acknowledgements
    ("empathy", "en", "Can I take your account number?"),
    ("empathy", "en", "Okay."),
    ("empathy", "en", "That must be the payment from Amazon."),
    ("empathy", "en", "I understand you want to pay your bill."),
    # blame, not "it shouldn't have happened"
    ("empathy", "en", "If you'd called earlier this wouldn't have happened."),
    ("empathy", "vi", "Anh cho em xin số tài khoản ạ."),
    ("empathy", "vi", "Dạ vâng."),
    ("empathy", "vi", "Em hiểu rồi, anh muốn đổi mã PIN ạ."),
]


@pytest.mark.parametrize(("item", "lang", "line"), MISSED)
def test_rwrd002_hard_negatives_fail(pack: RulePack, item: str, lang: str,
                                     line: str) -> None:
    assert status(pack, item, lang, line) == "fail"


@pytest.mark.parametrize(("item", "lang", "line"), [
    ("goodbye", "en", "Okay, bye then."),
    ("goodbye", "vi", "Dạ em chào chị nha."),
    ("resolution", "en", "I've gone ahead and cancelled that payment for you."),
    ("anything_else", "en", "What else can I do for you today?"),
])
def test_rwrd003_the_customer_saying_it_is_not_the_agent(pack: RulePack, item: str,
                                                         lang: str, line: str) -> None:
    assert status(pack, item, lang, line, speaker="customer") == "fail"


def test_rwrd004_an_excused_wording_still_lets_the_classifier_look(pack: RulePack) -> None:
    """An exception removes the phrase hit of a question about the problem; the agent's
    real closing question later in the call, found by the classifier alone, still counts."""
    t = call(("agent", 0.5, "Was there anything else on the card?"),
             ("customer", 4.0, "No, only the one payment."),
             ("agent", 8.0, "Right, before you go, can I sort out one more thing for you?"),
             lang="en")
    r = check_compliance(t, pack, meta("en")).result("anything_else", "inbound")
    assert r.status == "pass", r.reason
    assert r.evidence[0].segment_index == 2 and r.evidence[0].method == "classifier"
