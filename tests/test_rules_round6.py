"""Round 6 of the rules: the classes of error read on ``heldout6`` (spent since) and on the
tuning split, each found and its look-alikes not.

- goodbye: "bye now" as the recogniser hears it ("by now", "buy now"), while what is done
  "by now" stays out;
- blame: "you didn't listen", "tại anh cung cấp thông tin sai", "lỗi là ở phía anh", "do anh
  làm sai hướng dẫn chứ hệ thống bên em không ...", and a neutral "nếu anh làm sai" not;
- rude: a dismissive "whatever, I can only ..." (the helpful "whatever I can do" is excused),
  "thôi chị đừng nói nữa, em còn nhiều khách lắm";
- payment: a payment the customer wants back is a refund;
- the redactor: a card (not Luhn-valid: a digit misheard) the customer reads with its expiry
  and the agent reads back is redacted on both sides, so the read-back is found.

The sentences are written for this test, not copied from a labelled set. ``-k rr6`` picks
the file.
"""

from __future__ import annotations

import pytest

from aqm.redact.redactor import redact_transcript
from aqm.scoring import RuleContext, categorize, check_compliance, load_pack
from aqm.scoring.rules import RulePack
from aqm.types import CallMetadata
from tests.rules_set import agent_call
from tests.test_rules import call


@pytest.fixture(scope="module")
def pack() -> RulePack:
    return load_pack()


def ctx(lang: str) -> RuleContext:
    return RuleContext(CallMetadata(direction="inbound", queue="cards",
                                    agent_name="Linda Carter", language=lang), categories=())


def status(pack: RulePack, rule: str, file: str, lang: str, *lines: str) -> str:
    """``rule``'s status on a call of the agent's ``lines``, 6 s apart."""
    t = call(*(("agent", 0.5 + 6 * i, line) for i, line in enumerate(lines)), lang=lang)
    return check_compliance(t, pack, ctx(lang)).result(rule, file).status


@pytest.mark.parametrize(("last", "said"), [
    ("thanks so much for your patience to day by now", "pass"),
    ("thanks for calling ac me bank buy now", "pass"),
    ("by now", "pass"),
    ("the refund should be with you by now", "fail"),
    ("it should have cleared by now so is there anything else", "fail"),
    ("you've probably had the text by now", "fail"),
])
def test_rr6001_bye_now_as_heard(pack: RulePack, last: str, said: str) -> None:
    assert status(pack, "goodbye", "inbound", "en", "is there anything else i can help with",
                  last) == said


@pytest.mark.parametrize(("lang", "line", "blame"), [
    ("en", "Well, you didn't listen to what my colleague told you last time.", True),
    ("en", "you did not listen when i explained the fee", True),
    ("vi", "dạ tại anh cung cấp thông tin sai từ đầu nên mới vậy lỗi là ở phía anh ạ", True),
    ("vi", "Dạ do anh làm sai hướng dẫn chứ hệ thống bên em không có vấn đề gì ạ.", True),
    ("vi", "da loi la o phia chi a", True),
    ("en", "Sorry, I didn't listen properly, could you say that again?", False),
    ("vi", "Dạ nếu anh làm sai hướng dẫn thì ứng dụng sẽ tạm khóa, anh cứ làm từ từ nha.",
     False),
    ("vi", "Dạ lỗi là ở phía ngân hàng, em thành thật xin lỗi anh.", False),
])
def test_rr6002_blame(pack: RulePack, lang: str, line: str, blame: bool) -> None:
    assert (status(pack, "no_blame", "angry_caller", lang, line) == "fail") == blame


@pytest.mark.parametrize(("lang", "line", "rude"), [
    ("en", "Whatever, I can only tell you what it says on the screen.", True),
    ("en", "whatever i can only go by the system", True),
    ("vi", "Thôi chị đừng nói nữa, em còn nhiều khách lắm.", True),
    ("vi", "thoi anh dung noi nua em con nhieu khach lam", True),
    ("en", "I'll do whatever I can to get this sorted for you today.", False),
    ("en", "We'll do whatever we can for you, I promise.", False),
    ("vi", "Dạ chị cứ nói tiếp ạ, em đang nghe.", False),
])
def test_rr6003_rude(pack: RulePack, lang: str, line: str, rude: bool) -> None:
    assert (status(pack, "rude", "forbidden", lang, line) == "fail") == rude


@pytest.mark.parametrize(("lang", "line", "payment"), [
    ("en", "I was charged twice for my electricity bill this month and I'd like the extra "
           "payment refunded.", False),
    ("en", "Can you refund the payment that went out twice?", False),
    ("vi", "Tôi bị trừ tiền hai lần cho hóa đơn tiền điện tháng này, tôi muốn được hoàn "
           "tiền.", False),
    ("en", "I'd like to pay my credit card bill today please.", True),
    ("vi", "Chị muốn thanh toán hóa đơn tiền điện qua thẻ ạ.", True),
])
def test_rr6004_a_payment_wanted_back_is_no_payment(pack: RulePack, lang: str, line: str,
                                                    payment: bool) -> None:
    t = call(("customer", 0.5, line), lang=lang)
    found = {h.category for h in categorize(t, pack, RuleContext(agent_call(lang)))}
    assert ("payment" in found) == payment, found


@pytest.mark.parametrize(("lang", "customer", "agent"), [
    ("vi", "ừ 4221 5503 9187 6402 hết hạn tháng mười năm hai bảy",
     "dạ thẻ tín dụng số 4221 5503 9187 6402 hết hạn tháng mười năm hai bảy ạ"),
    ("en", "yeah it's 4221 5503 9187 6402 and the expiry date is ten twenty seven",
     "so that's card number 4221 5503 9187 6402 expiring ten twenty seven"),
])
def test_rr6005_card_read_back_of_a_misheard_card(pack: RulePack, lang: str, customer: str,
                                                  agent: str) -> None:
    raw = call(("customer", 0.5, customer), ("agent", 7.0, agent), lang=lang)
    redacted = redact_transcript(raw).transcript
    assert not any(c.isdigit() for s in redacted.segments for c in s.text)
    res = check_compliance(redacted, pack, ctx(lang))
    assert res.result("no_card_readback", "forbidden").status == "fail"


@pytest.mark.parametrize(("lang", "line", "complaint"), [
    ("en", "Well, I think that's your fault, not mine.", True),
    ("en", "honestly this is the bank's fault and I want it fixed", True),
    ("vi", "Lỗi của ngân hàng chứ không phải của tôi.", True),
    ("vi", "loi cua ben em chu dau phai tai chi", True),
    ("en", "Oh it's not your fault, I know you're only doing your job.", False),
    ("vi", "Không phải lỗi của em đâu, chị biết mà.", False),
])
def test_rr6006_the_customer_blaming_the_bank_is_a_complaint(pack: RulePack, lang: str,
                                                             line: str,
                                                             complaint: bool) -> None:
    t = call(("customer", 0.5, line), lang=lang)
    found = {h.category for h in categorize(t, pack, RuleContext(agent_call(lang)))}
    assert ("complaint" in found) == complaint, found
