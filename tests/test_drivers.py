"""Call drivers (``scorecards/categories/drivers.yaml``) matched by the per-item classifier
as well as by their phrases: customer wordings in no phrase list are found, the agent's
speech and the customer's hard negatives are not. Sentences written for this test (not in
``aqm/scoring/data/drivers_written.txt``)."""

from __future__ import annotations

import dataclasses

import pytest

from aqm.scoring import RuleContext, categorize, load_pack
from aqm.scoring.items import load_items
from aqm.scoring.items_train import CATEGORY_ITEMS, read_sentences
from aqm.scoring.rules import RulePack
from tests.rules_set import agent_call
from tests.test_rules import call

# (category, language, a customer's line that no phrase of the category matches; seven were
# replaced in round 5, when the broader phrase lists came to match them)
PARAPHRASES = [
    ("complaint", "en", "Honestly the way your bank treats people is appalling."),
    ("payment", "en", "I'd like to clear the money I owe on my credit card today."),
    ("outage", "en", "Your mobile app has been stuck on a blank screen since this morning."),
    ("billing", "en", "There's a strange charge this month, can you explain it?"),
    ("fraud", "en", "Someone bought stuff with my card in a country I have never visited."),
    ("card_lost", "en", "I think I left my bank card on the bus yesterday."),
    ("refund", "en", "I'd like that money returned to my account, please."),
    ("cancellation", "en", "I'm moving to another bank so please shut my current account."),
    ("address_change", "en", "We've relocated to a new house, so your letters need to go there."),
    ("complaint", "vi", "Ngân hàng gì mà gọi hoài không ai giải quyết, chán thiệt."),
    ("payment", "vi", "Hôm nay chị muốn nộp hết số tiền còn nợ trên thẻ tín dụng."),
    ("outage", "vi", "ung dung cua ngan hang mo khong len tu sang toi gio"),
    # round 6: "tiền dịch vụ" is a billing phrase now
    ("billing", "vi", "tiền lãi thẻ tín dụng tháng này sao cao thế em"),
    ("fraud", "vi", "thẻ của tôi bị ai đó dùng mua đồ trên mạng mà tôi không biết"),
    ("card_lost", "vi", "hôm qua tôi để quên thẻ ở quán cà phê rồi tìm không thấy"),
    ("refund", "vi", "em ơi trả lại cho chị số tiền bị trừ oan nha"),
    ("cancellation", "vi", "tôi không muốn xài thẻ tín dụng này nữa, bỏ giúp tôi"),
    ("address_change", "vi", "tôi mới dọn qua nhà mới ở quận ba"),
]
# a customer's lines that raise no driver (a product question, a fee asked about, a card
# that works, "I don't want to close anything", an ID answer)
HARD_NEGATIVES = [
    ("en", "It all went through fine last week, I'm just asking about savings rates."),
    ("en", "I don't want to close anything, I only want to pause my gym direct debit."),
    ("en", "How much does the gold card cost per year? I'm thinking of getting one."),
    ("en", "I've got my card in front of me, it's working fine."),
    ("en", "Yes, it's Mark Evans, twelfth of April nineteen ninety."),
    ("vi", "Thẻ của tôi vẫn dùng bình thường, tôi chỉ hỏi lãi suất tiết kiệm."),
    ("vi", "Dạ đúng rồi, tôi sinh ngày mười hai tháng tư năm chín mươi."),
    ("vi", "Tôi không định bỏ tài khoản đâu, chỉ hỏi thông tin thôi."),
]


@pytest.fixture(scope="module")
def pack() -> RulePack:
    return load_pack()


def text_only_categories(pack: RulePack) -> RulePack:
    """``pack`` with the categories' classifier off: their phrases only."""
    return dataclasses.replace(pack, categories=tuple(
        dataclasses.replace(c, matching=dataclasses.replace(
            c.matching, methods=tuple(m for m in c.matching.methods if m != "classifier")))
        for c in pack.categories))


def found(pack: RulePack, t: object, lang: str) -> set[str]:
    return {h.category for h in categorize(t, pack, RuleContext(agent_call(lang)))}  # type: ignore[arg-type]


def test_drv001_drivers_use_the_shipped_classifier(pack: RulePack) -> None:
    """Every driver is a classifier item, trained on customer sentences of both languages,
    at the threshold cross-validation chose."""
    items = load_items().model
    assert {c.id for c in pack.categories if c.file == "drivers"} == set(CATEGORY_ITEMS)
    written = {i for s in read_sentences() if s.customer for i in s.items}
    assert written == set(CATEGORY_ITEMS)
    for c in (c for c in pack.categories if c.file == "drivers"):
        assert "classifier" in c.matching.methods and c.matching.classifier_item == c.id
        assert c.speaker == "customer"
        for lang in ("en", "vi"):
            assert dict(c.matching.classifier_by_language)[lang] == pytest.approx(
                items.cv_threshold(c.id, lang), abs=1e-3), (c.id, lang)


@pytest.mark.parametrize(("category", "lang", "line"), PARAPHRASES)
def test_drv002_classifier_finds_paraphrased_drivers(pack: RulePack, category: str,
                                                     lang: str, line: str) -> None:
    """Phrases alone miss the line; the classifier finds it, with the customer's segment
    and the probability as evidence."""
    opening = "Hello, Acme Bank, Linda speaking." if lang == "en" else \
        "Xin chào, ngân hàng ABC, em là Linda ạ."
    t = call(("agent", 1.0, opening), ("customer", 5.0, line), lang=lang)
    assert category not in found(text_only_categories(pack), t, lang)
    hits = {h.category: h for h in categorize(t, pack, RuleContext(agent_call(lang)))}
    assert category in hits, sorted(hits)
    ev = hits[category].evidence[0]
    assert ev.method == "classifier" and ev.speaker == "customer" and ev.start_s >= 5.0
    assert ev.score >= next(c for c in pack.categories
                            if c.id == category).matching.classifier_threshold_for(lang)
    # managers read these: a paraphrase of another driver is not a complaint or fraud
    assert not ({"complaint", "fraud"} - {category}) & set(hits), sorted(hits)


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_drv003_agent_speech_makes_no_driver(pack: RulePack, lang: str) -> None:
    """The agent's words about bills, refunds, cancelling or a lost card are not the
    customer's reason for calling."""
    agent = {"en": ["I can help you with your bill and any charges on your statement today.",
                    "If your card is lost or stolen I can block it and send a new one.",
                    "I can cancel the old card and refund the fee if you were overcharged.",
                    "Sorry for the trouble, I understand this is frustrating."],
             "vi": ["Em có thể hỗ trợ anh về hóa đơn và các khoản phí trên sao kê.",
                    "Nếu thẻ bị mất hoặc bị đánh cắp em sẽ khóa thẻ và làm thẻ mới.",
                    "Em sẽ hủy thẻ cũ và hoàn tiền phí nếu anh bị thu sai.",
                    "Em xin lỗi vì sự bất tiện này ạ."]}[lang]
    reply = "Okay, thanks." if lang == "en" else "Dạ vâng, cảm ơn em."
    t = call(*[("agent", 1.0 + 6 * i, line) for i, line in enumerate(agent)],
             ("customer", 30.0, reply), lang=lang)
    assert found(pack, t, lang) == set()
    # the same words from the customer do raise drivers
    t = call(*[("customer", 1.0 + 6 * i, line) for i, line in enumerate(agent[:3])], lang=lang)
    assert found(pack, t, lang)


@pytest.mark.parametrize(("lang", "line"), HARD_NEGATIVES)
def test_drv004_customer_hard_negatives_raise_no_driver(pack: RulePack, lang: str,
                                                        line: str) -> None:
    t = call(("agent", 1.0, "How can I help?" if lang == "en" else "Em giúp gì được ạ?"),
             ("customer", 4.0, line), lang=lang)
    assert found(pack, t, lang) == set()


def test_drv005_drivers_train_on_customer_speech_only() -> None:
    """The agent's sentences are neither positives nor negatives of a driver (its own talk
    about bills and cards says nothing of why the customer called), and the customer's are
    not examples of script items."""
    from aqm.scoring.items_train import SCRIPT_ITEMS, _counts, build_examples

    examples = build_examples(read_sentences())
    customer = [e for e in examples if e.customer]
    agent = [e for e in examples if not e.customer]
    assert len(customer) > 3000 and len(agent) > 3000
    assert not any(e.items & set(SCRIPT_ITEMS) for e in customer)
    assert not any(e.items & set(CATEGORY_ITEMS) for e in agent)
    for item in CATEGORY_ITEMS:
        assert not any(_counts(item, e) for e in agent)
        assert sum(item in e.items for e in customer) >= 100, item
    assert not any(_counts("offer_help", e) for e in customer)
    # hard negatives and noised forms (no tone marks) are there in both languages
    assert {e.lang for e in customer if not e.items} == {"en", "vi"}
    assert any(e.lang == "vi" and e.text.isascii() and e.items for e in customer)


# Round 5: the blind sets' conventions (a customer's words only). (language, customer line,
# drivers it must raise, drivers it must not raise). Written for this test.
CONVENTIONS = [
    # an ATM that kept the card is an outage, not a lost card (nor fraud)
    ("en", "The cash machine at the shopping centre swallowed my card this morning.",
     {"outage"}, {"card_lost", "fraud"}),
    ("en", "Your ATM outside the library kept my card and no money came out.",
     {"outage"}, {"card_lost", "fraud"}),
    ("vi", "cây ATM ở siêu thị nuốt thẻ của chị rồi mà không nhả tiền", {"outage"},
     {"card_lost"}),
    # a login locked after wrong passwords, a card declined abroad: no outage, no lost card
    ("en", "I typed my password wrong too many times and now online banking is locked.",
     set(), {"outage", "fraud"}),
    ("en", "My card was declined in a restaurant in Italy last night.", set(),
     {"outage", "card_lost"}),
    ("vi", "anh nhập sai mật khẩu nhiều lần nên internet banking bị khóa rồi", set(),
     {"outage", "fraud"}),
    ("vi", "thẻ của tôi bị từ chối khi thanh toán ở Nhật", set(), {"outage", "card_lost"}),
    # a card stolen with a wallet or bag; denying transactions; money back
    ("en", "Someone nicked my wallet at the match with my debit card in it.", {"card_lost"},
     set()),
    ("vi", "ví của tôi bị trộm trên xe buýt, thẻ ở trong đó", {"card_lost"}, set()),
    ("en", "No, I didn't make those payments, that wasn't me.", {"fraud"}, set()),
    ("vi", "mấy giao dịch đó không phải tôi làm em ơi", {"fraud"}, set()),
    ("en", "I sent it to the wrong person by mistake, can I get it back?", {"refund"}, set()),
    ("vi", "tôi chuyển khoản nhầm, muốn đòi lại khoản đó", {"refund"}, set()),
    # fees and double payments asked about are billing, not a complaint
    ("en", "There's a double payment for my gym on my statement.", {"billing"}, set()),
    ("vi", "khoản phí quản lý tài khoản này là phí gì vậy em", {"billing"}, {"complaint"}),
    # cancelling, and saying one does not want to
    ("en", "I'd like to close my savings account, please.", {"cancellation"}, set()),
    ("vi", "chị muốn tất toán sổ tiết kiệm", {"cancellation"}, set()),
    ("vi", "chị muốn hủy lệnh thanh toán tự động tiền nước", {"cancellation"}, {"payment"}),
    ("en", "I don't want to cancel anything, I just need a new PIN.", set(),
     {"cancellation"}),
    ("vi", "tôi không muốn hủy thẻ đâu, chỉ hỏi thôi", set(), {"cancellation"}),
    # paying now, and rent money that is no payment to the bank
    ("en", "Can I pay it now over the phone?", {"payment"}, set()),
    ("en", "The website is down so I can't pay anyone.", {"outage"}, {"payment"}),
    # swearing at the service is a complaint; relief or helplessness is not
    ("en", "Your service is a disgrace, I've had enough.", {"complaint"}, set()),
    ("vi", "dịch vụ gì mà tệ thế, làm ăn kiểu gì vậy", {"complaint"}, set()),
    ("vi", "dạ vâng may quá", set(), {"complaint"}),
    ("vi", "chị cũng không biết phải làm sao nữa", set(), {"complaint"}),
]


@pytest.mark.parametrize(("lang", "line", "must", "must_not"), CONVENTIONS)
def test_drv006_conventions_and_look_alikes(pack: RulePack, lang: str, line: str,
                                            must: set[str], must_not: set[str]) -> None:
    """A driver's wordings (phrases or classifier) find it; its look-alikes, excused by
    the category's exceptions or unlike its training sentences, do not."""
    t = call(("agent", 1.0, "How can I help?" if lang == "en" else "Em giúp gì được ạ?"),
             ("customer", 4.0, line), lang=lang)
    got = found(pack, t, lang)
    assert must <= got, sorted(got)
    assert not must_not & got, sorted(got)


def test_drv007_exceptions_excuse_only_what_they_overlap(pack: RulePack) -> None:
    """An exception excuses the classifier's whole-segment hit and phrase hits it overlaps,
    in its own segment only: the same call's other segment still raises the driver."""
    cats = {c.id: c for c in pack.categories}
    assert cats["card_lost"].exceptions is not None
    assert "swallowed my card" in (cats["card_lost"].exceptions.for_language("en") or ())
    t = call(("customer", 1.0, "The ATM swallowed my card."),
             ("customer", 5.0, "And yesterday I lost my credit card on the bus."), lang="en")
    hits = {h.category: h for h in categorize(t, pack, RuleContext(agent_call("en")))}
    assert "card_lost" in hits and "outage" in hits
    assert {e.segment_index for e in hits["card_lost"].evidence} == {1}
    assert {e.segment_index for e in hits["outage"].evidence} == {0}
