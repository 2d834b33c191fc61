"""Round 5 of the script rules: an order rule reads the first place of its rules (a meaning
match before the first wording found counts), a restatement of the customer's problem is not
its resolution (``not_on``), exceptions written without tone marks match with or without
them, and broader wordings (greeting, self introduction, offer of help, resolution and its
refusals, outbound purpose, giving your own name rather than asking for the customer's).

The sentences are written for this test from how agents talk (UK/US, northern, central and
southern Vietnamese, with and without tone marks), not copied from a labelled set. ``-k rr5``
picks the file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from aqm.errors import RuleError
from aqm.scoring import RuleContext, check_compliance, load_pack
from aqm.scoring.rules import RulePack
from aqm.types import CallMetadata, Direction
from tests.test_rules import call, write

FILES = {"greeting": "inbound", "self_intro": "inbound", "offer_help": "inbound",
         "anything_else": "inbound",
         "resolution": "inbound", "confirm_problem": "inbound", "purpose": "outbound",
         "identify_self": "outbound"}
OUTBOUND = ("purpose", "identify_self")


@pytest.fixture(scope="module")
def pack() -> RulePack:
    return load_pack()


def meta(lang: str, direction: Direction = "inbound") -> RuleContext:
    return RuleContext(CallMetadata(direction=direction, queue="cards",
                                    agent_name="Linda Carter", language=lang))


def status(pack: RulePack, item: str, lang: str, line: str) -> str:
    """The item's status on a call of one agent line at 0.5 s."""
    ctx = meta(lang, "outbound" if item in OUTBOUND else "inbound")
    return check_compliance(call(("agent", 0.5, line), lang=lang), pack,
                            ctx).result(item, FILES[item]).status


FOUND = [
    # a greeting without "good" or "for"
    ("greeting", "en", "morning, acme bank, how can i help"),
    ("greeting", "en", "Afternoon, you're through to Acme Bank cards."),
    ("greeting", "en", "thank you calling acme bank"),
    # the introduction cue with whatever name the recogniser heard
    ("self_intro", "en", "acme bank my name's prior how can i help"),
    ("self_intro", "en", "good day you're speaking with leeam how can i assist"),
    ("self_intro", "en", "morning dan here at acme bank what can i help you with"),
    # "chi" for "gì" (central Vietnamese)
    ("offer_help", "vi", "dạ ngân hàng ABC xin nghe, chị cần em hỗ trợ chi ạ"),
    ("offer_help", "vi", "em giup chi duoc cho anh a"),
    # outcomes and next steps
    ("resolution", "en", "the second one is only pending and it'll drop off by itself by friday"),
    ("resolution", "en", "It should be back up within the hour."),
    ("resolution", "en", "Just pop into any branch with your ID and they'll hand it over."),
    ("resolution", "vi", "em gửi bảng chi tiết qua email cho chị rồi ạ"),
    ("resolution", "vi", "dạ em hủy gói bảo hiểm cho anh rồi ạ"),
    ("resolution", "vi", "chị mang căn cước ra chi nhánh gần nhất để nhận lại thẻ nhé"),
    ("resolution", "vi", "tiền sẽ chuyển về tài khoản của anh trong hôm nay ạ"),
    # what a sign-off confirms still counts
    ("resolution", "en", "i've refunded the fee and you'll get a text confirming all that"),
    # why the agent calls, said without "calling"
    ("purpose", "en", "I'm just checking in after last week's problems with our app."),
    ("purpose", "en", "Your debit card is due for renewal and we want to check the address."),
    ("purpose", "en", "You asked us to close your savings account, so I wanted to check "
                      "before we do."),
    ("purpose", "vi", "dạ em gọi giới thiệu chương trình ưu đãi thẻ tín dụng cho chị ạ"),
    ("purpose", "vi", "em goi gioi thieu goi vay moi cho anh a"),
    ("purpose", "vi", "dạ em liên hệ hỏi xem anh đã nhận được thẻ mới chưa ạ"),
]

MISSED = [
    # a time of day that is no greeting
    ("greeting", "en", "what can i help you with this morning"),
    ("greeting", "en", "It was sent out yesterday afternoon."),
    # "I'm looking at" is no name
    ("self_intro", "en", "right i'm looking at the transactions now"),
    # refusals and "nothing wrong" are no resolution
    ("resolution", "en", "thanks for bearing with me i'm afraid i can't help with that one"),
    ("resolution", "en", "There's nothing showing on the system for that, I'm afraid."),
    ("resolution", "en", "well it all looks normal to me"),
    ("resolution", "vi", "dạ cái này em không xử lý được ạ"),
    ("resolution", "vi", "da cai nay em khong xu ly duoc a"),
    ("resolution", "vi", "dạ cái này em khong xử lý duoc ạ"),  # tone marks half dropped
    ("resolution", "vi", "cảm ơn anh đã kiên nhẫn, em cũng không rõ nữa ạ"),
    # asking for the customer by name is not giving your own
    ("identify_self", "en", "good morning could i speak to jo harris please"),
    ("identify_self", "en", "Hi there, am I speaking with Mrs Harris?"),
    ("identify_self", "vi", "xin chào chị em đang nói chuyện với chị minh đúng không ạ"),
    # "nothing else will go out" is no "anything else?"
    ("anything_else", "en", "that standing order is cancelled and nothing else will go out"),
    # an agent called Khoa saying her name is not "em đã khóa" (I have blocked it)
    ("resolution", "vi", "dạ ngân hàng abc xin nghe em là khoa ạ"),
    # a sign-off pointing back at a resolution that never came
    ("resolution", "en", "that's all sorted then thanks ever so much for calling"),
    ("resolution", "en", "you'll get a text confirming all of that later bye now"),
    ("resolution", "vi", "dạ vậy là xong rồi ạ em cảm ơn anh nhiều"),
]


@pytest.mark.parametrize(("item", "lang", "line"), FOUND,
                         ids=[f"rr5found{k:03d}" for k in range(len(FOUND))])
def test_rr5001_found(pack: RulePack, item: str, lang: str, line: str) -> None:
    assert status(pack, item, lang, line) == "pass"


@pytest.mark.parametrize(("item", "lang", "line"), MISSED,
                         ids=[f"rr5missed{k:03d}" for k in range(len(MISSED))])
def test_rr5002_missed(pack: RulePack, item: str, lang: str, line: str) -> None:
    assert status(pack, item, lang, line) == "fail"


def test_rr5003_restatement_is_not_the_resolution(pack: RulePack) -> None:
    """The classifier alone calls "so the card was taken..." a resolution (p 0.99): said back
    after the customer's turn it is confirm_problem's, not resolution's."""
    t = call(("agent", 0.5, "acme bank how can i help"),
             ("customer", 3.0, "someone took my card at the cash machine and they've been "
                               "using it at a petrol station"),
             ("agent", 10.0, "so the card was taken and since then someone's been using it "
                             "at a petrol station"),
             ("agent", 18.0, "is there anything else i can do for you"))
    res = check_compliance(t, pack, meta("en"))
    assert res.result("confirm_problem", "inbound").status == "pass"
    assert res.result("resolution", "inbound").status == "fail"
    # the same words with a resolution after them still resolve
    t2 = call(("agent", 0.5, "acme bank how can i help"),
              ("customer", 3.0, "someone took my card at the cash machine and they've been "
                                "using it at a petrol station"),
              ("agent", 10.0, "so the card was taken and since then someone's been using it "
                              "at a petrol station i've blocked the card and ordered a new "
                              "one"))
    assert check_compliance(t2, pack, meta("en")).result("resolution", "inbound").status == \
        "pass"


def test_rr5004_order_reads_the_first_place(pack: RulePack) -> None:
    """The resolution said before the greeting (a meaning match only) comes first, though the
    first wording found comes later."""
    t = call(("agent", 0.5, "my colleague passed on your notes and your new address is now "
                            "on every account hi there good morning acme bank jo speaking"),
             ("customer", 12.0, "oh brilliant thanks we moved house last month"),
             ("agent", 18.0, "let me just check that for you"),
             ("agent", 50.0, "that's all done on the system"))
    res = check_compliance(t, pack, meta("en"))
    assert res.result("resolution", "inbound").status == "pass"
    gbr = res.result("greeting_before_resolution", "inbound")
    assert gbr.status == "fail", gbr.reason


def test_rr5005_not_on_names_a_rule_above(tmp_path: Path) -> None:
    path = write(tmp_path, """\
        kind: rules
        name: x
        version: 1
        rules:
          - id: resolution
            kind: required
            phrases: [all done]
            not_on: [confirm_problem]
          - id: confirm_problem
            kind: required
            phrases: [so you]
        """, "bad.yaml")
    with pytest.raises(RuleError, match=r"bad\.yaml:\d+: .*not_on.*'confirm_problem' is not "
                                        r"a rule above"):
        load_pack([path])

