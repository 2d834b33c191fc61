"""Round 15 of the rules: the classes of error read on ``heldout13`` (spent since heldout14
was frozen), each found and its look-alikes not.

- confirm_problem: a restatement followed by an identity question in the same turn ("so
  your pension hasn't arrived, could you confirm your postcode for me", "dạ chị muốn đổi
  địa chỉ ạ, chị cho em xin ngày sinh ạ") was skipped whole, and a meaning match over the
  whole turn was excused by "confirm your postcode" (40 false fails);
- self_intro: the bare name after the company ("Morning. Acme Bank. Fiona. What do you
  need?", "chào anh chị ABC Yên cần gì ạ", the name's tone marks swapped), while a
  Vietnamese name is no longer matched by a word one letter away ("nói chung" is not
  Nhung, "anh" not Oanh);
- greeting before resolution: asking the caller to wait ("One sec, my headset's
  slipping.") before the greeting answers nothing (22 false fails);
- resolution: "you can keep using it", "anh dùng bình thường"; a summary sent at the close
  ("em gửi tóm tắt qua tin nhắn") is none, and a meaning match on a restatement's turn is
  none even where the classifier's window, not the restatement, is the place's best match;
- rude and no_blame: new wordings ("not my department, ring someone else", "your feelings
  don't change the balance", "chị gọi chỗ khác đi", "your memory's the problem here",
  "người như cô lần nào cũng làm sai bước") and their polite look-alikes;
- drivers: a card thought lost and found again, a scam only heard of on the news, a refund
  the caller sends their own customer (a payment), fees named by what they are for.

The sentences are written for this test, not copied from a labelled set. ``-k rr15`` picks
the file.
"""

from __future__ import annotations

import pytest

from aqm.scoring import RuleContext, categorize, check_compliance, load_pack
from aqm.scoring.rules import RulePack
from aqm.types import CallMetadata, Transcript
from tests.rules_set import agent_call
from tests.test_rules import call
from tests.test_rules_round7 import ctx, status


@pytest.fixture(scope="module")
def pack() -> RulePack:
    return load_pack()


def result(pack: RulePack, t: Transcript, rule: str, file: str, lang: str,
           agent: str | None = None, direction: str = "inbound") -> str:
    context = ctx(lang, direction)
    if agent is not None:
        context = RuleContext(CallMetadata(direction=direction, queue="cards",
                                           agent_name=agent, language=lang), categories=())
    return check_compliance(t, pack, context).result(rule, file).status


OPEN = {"en": "Good morning, Acme Bank, Linda speaking, how can I help?",
        "vi": "Dạ em chào anh, ngân hàng ABC em Hoa xin nghe, em giúp gì được cho anh ạ?"}


@pytest.mark.parametrize(("lang", "problem", "reply", "said"), [
    ("en", "the council tax direct debit went out twice this month",
     "so the council tax direct debit was taken twice this month could you confirm your "
     "postcode for me", "pass"),
    ("en", "my daughter's birthday money never reached her account",
     "right so the money for your daughter hasn't reached her what's the first line of your "
     "address", "pass"),
    ("en", "the council tax direct debit went out twice this month",
     "okay could you confirm your postcode for me", "fail"),
    ("vi", "tôi chuyển học phí cho con mà tới giờ trường vẫn chưa nhận được",
     "dạ khoản học phí chị chuyển cho con mà trường chưa nhận được ạ chị cho em xin ngày "
     "tháng năm sinh ạ", "pass"),
    # an identity word inside the restatement is no identity question
    ("vi", "tôi mới làm căn cước mới nên muốn đổi địa chỉ trên tài khoản",
     "dạ chị mới làm căn cước mới và muốn đổi địa chỉ ạ chị cho em xin họ tên ạ", "pass"),
    ("vi", "tôi chuyển học phí cho con mà tới giờ trường vẫn chưa nhận được",
     "dạ vâng chị cho em xin ngày tháng năm sinh ạ", "fail"),
])
def test_rr15001_a_restatement_before_an_id_question(pack: RulePack, lang: str, problem: str,
                                                     reply: str, said: str) -> None:
    t = call(("agent", 0.5, OPEN[lang]), ("customer", 6.0, problem), ("agent", 14.0, reply),
             lang=lang)
    assert result(pack, t, "confirm_problem", "inbound", lang) == said


@pytest.mark.parametrize(("lang", "agent", "line", "said"), [
    ("en", "Linda Carter", "Morning. Acme Bank. Linda. What do you need?", "pass"),
    ("en", "Linda Carter", "Morning. Acme Bank. What do you need?", "fail"),
    # the name's tone marks swapped by the recogniser, right after the company
    ("vi", "Trần Thị Yến", "chào anh chị abêxê Yên cần gì ạ", "pass"),
    ("vi", "Trần Thị Yến", "chào anh chị ABC Yến cần gì ạ", "pass"),
    # ... not elsewhere ("yên tâm": don't worry)
    ("vi", "Trần Thị Yến", "chào anh chị, anh cứ yên tâm, em kiểm tra ngay ạ", "fail"),
])
def test_rr15002_the_bare_name_after_the_company(pack: RulePack, lang: str, agent: str,
                                                 line: str, said: str) -> None:
    t = call(("agent", 0.5, line), lang=lang)
    assert result(pack, t, "self_intro", "inbound", lang, agent) == said


@pytest.mark.parametrize(("agent", "line", "said"), [
    # "nói chung" (a filler) is not Nhung, "anh" is not Oanh
    ("Đỗ Hồng Nhung", "nói chung em gọi từ ngân hàng ABC ạ", "fail"),
    ("Bùi Kim Oanh", "xin chào anh em gọi từ ngân hàng ABC ạ, anh đang rảnh không ạ", "fail"),
    ("Đỗ Hồng Nhung", "dạ em là Nhung gọi từ ngân hàng ABC ạ", "pass"),
    # a letter off right after "tên" is still the name ("Oan" heard for Oanh)
    ("Bùi Kim Oanh", "dạ em tên Oan gọi từ ngân hàng ABC ạ", "pass"),
])
def test_rr15003_a_vietnamese_name_is_matched_whole(pack: RulePack, agent: str, line: str,
                                                    said: str) -> None:
    t = call(("customer", 0.3, "alô ai đó"), ("agent", 2.0, line), lang="vi")
    assert result(pack, t, "identify_self", "outbound", "vi", agent, "outbound") == said


@pytest.mark.parametrize(("lang", "asked", "first", "said"), [
    ("en", "hello, am I through?", "One sec, my headset's slipping.", "pass"),
    ("en", "hello is this the bank", "Just a moment, the line's crackling.", "pass"),
    ("vi", "alô, ngân hàng phải không", "Dạ anh đợi em chút, đường truyền đang rè.", "pass"),
    # an answer after "one moment" is still an answer
    ("en", "are you open on saturday", "One moment. Yes, we're open until one on Saturdays.",
     "fail"),
    ("vi", "mấy giờ ngân hàng đóng cửa vậy em",
     "Dạ anh đợi em chút, ngân hàng đóng cửa lúc năm giờ chiều ạ.", "fail"),
])
def test_rr15004_asking_to_wait_is_no_answer(pack: RulePack, lang: str, asked: str,
                                             first: str, said: str) -> None:
    resolved = {"en": "I've cancelled the old card and a new one arrives within five days.",
                "vi": "Dạ em đã khóa thẻ cũ và phát hành thẻ mới cho anh rồi ạ."}[lang]
    t = call(("customer", 0.5, asked), ("agent", 3.0, first), ("agent", 8.0, OPEN[lang]),
             ("customer", 16.0, {"en": "my card is lost, can you cancel it",
                                 "vi": "tôi mất thẻ, em khóa giúp tôi"}[lang]),
             ("agent", 24.0, resolved), lang=lang)
    r = check_compliance(t, pack, ctx(lang)).result("greeting_before_resolution", "inbound")
    assert r.status == said


@pytest.mark.parametrize(("lang", "line", "said"), [
    ("en", "There's been nothing on it since Tuesday, so you can keep using it as normal.",
     "pass"),
    ("vi", "Dạ thẻ chưa có giao dịch lạ nên chị cứ dùng bình thường ạ.", "pass"),
    ("vi", "Dạ lệnh đã duyệt, tiền sẽ về tài khoản trong một tiếng nữa ạ.", "pass"),
    # a summary of the call sent at the close resolves nothing
    ("vi", "Dạ em gửi tóm tắt qua tin nhắn cho chị nhé.", "fail"),
    ("vi", "Em gửi bản tóm tắt qua email cho anh nha.", "fail"),
])
def test_rr15005_resolutions_and_a_closing_summary(pack: RulePack, lang: str, line: str,
                                                   said: str) -> None:
    t = call(("agent", 0.5, OPEN[lang]),
             ("customer", 6.0, {"en": "is my card safe to use, I thought I'd lost it",
                                "vi": "tôi tưởng mất thẻ, giờ có dùng được không"}[lang]),
             ("agent", 30.0, line), lang=lang)
    assert result(pack, t, "resolution", "inbound", lang) == said


@pytest.mark.parametrize(("lang", "line", "said"), [
    ("en", "That's not my department, ring someone else.", "fail"),
    ("en", "Your feelings don't change what's owed, I'm afraid.", "fail"),
    ("en", "Getting worked up about a five pound fee is a bit much.", "fail"),
    ("en", "That's handled by another team, I'll put you through to them now.", "pass"),
    ("en", "I can hear how worried you are, let's sort it out together.", "pass"),
    ("vi", "Việc đó không phải của em, anh gọi chỗ khác đi.", "fail"),
    ("vi", "Có mấy chục nghìn mà làm ầm lên.", "fail"),
    ("vi", "Em không có nghĩa vụ cầm tay chỉ việc cho chị.", "fail"),
    # the customer owes nothing: information, not rudeness
    ("vi", "Chị không có nghĩa vụ phải trả khoản phí này ạ.", "pass"),
    ("vi", "Dạ việc này bên thẻ tín dụng xử lý, em chuyển máy cho chị ngay ạ.", "pass"),
])
def test_rr15006_new_rude_wordings(pack: RulePack, lang: str, line: str, said: str) -> None:
    assert status(pack, "rude", "forbidden", lang, line) == said


@pytest.mark.parametrize(("lang", "line", "said"), [
    ("en", "Your memory's the problem here, not our system.", "fail"),
    ("en", "Customers like you always leave it until the last day.", "fail"),
    ("en", "We really value customers like you, thank you for staying with us.", "pass"),
    ("vi", "Người như chị lần nào cũng làm sai bước.", "fail"),
    ("vi", "Do anh để người khác cầm điện thoại nên mới vậy.", "fail"),
    ("vi", "Anh đừng lo, lần nào chị gọi em cũng hỗ trợ ạ.", "pass"),
])
def test_rr15007_new_blame_wordings(pack: RulePack, lang: str, line: str, said: str) -> None:
    assert status(pack, "no_blame", "angry_caller", lang, line) == said


CASES = [
    # a card thought lost and found again
    ("en", "I thought I'd lost my card somewhere in the flat but I've just found it in a "
           "drawer.", set(), {"card_lost"}),
    ("en", "I've lost my card, I think it fell out of my pocket on the bus.", {"card_lost"},
     set()),
    ("vi", "sáng nay tôi tưởng mất thẻ, giờ tìm thấy trong cặp rồi", set(), {"card_lost"}),
    ("vi", "tôi mất thẻ ở bến xe rồi em khóa giúp tôi", {"card_lost"}, set()),
    # a scam heard of on the news is no fraud on the account
    ("en", "I heard on the news about fake texts from banks, is my account all right?",
     set(), {"fraud"}),
    ("vi", "tôi coi thời sự thấy nói có vụ lừa đảo giả tin nhắn, tài khoản tôi có sao không",
     set(), {"fraud"}),
    ("vi", "tôi không bấm gì mà tài khoản bị trừ năm triệu", {"fraud"}, set()),
    # a refund the caller sends their own customer is a payment
    ("en", "A customer of mine paid me twice so I need to send them a refund from my shop "
           "account.", {"payment"}, {"refund"}),
    ("en", "I need to set up a standing order so my cleaner gets paid every Monday.",
     {"payment"}, set()),
    ("vi", "khách của tôi chuyển dư tiền nên tôi cần chuyển trả lại cho họ", {"payment"},
     {"refund"}),
    # fees named by what they are for
    ("en", "You've started charging me for paper statements and I want that fee refunded.",
     {"billing"}, set()),
    ("vi", "hóa đơn điện tháng này bị trừ 2 lần", {"billing"}, set()),
]


@pytest.mark.parametrize(("lang", "line", "must", "must_not"), CASES)
def test_rr15008_drivers(pack: RulePack, lang: str, line: str, must: set[str],
                         must_not: set[str]) -> None:
    t = call(("agent", 1.0, "How can I help?" if lang == "en" else "Em giúp gì được ạ?"),
             ("customer", 4.0, line), lang=lang)
    got = {h.category for h in categorize(t, pack, RuleContext(agent_call(lang)))}
    assert must <= got and not (must_not & got), got
