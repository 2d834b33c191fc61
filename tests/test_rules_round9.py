"""Round 9 of the rules: the classes of error read on ``heldout8`` (spent since), each found
and its look-alikes not.

- self-introduction: the agent's name before "picking up" / "on" ("Linda on the savings
  team"), after "nói chuyện với" ("chị đang nói chuyện với Hoa") and before the company
  ("Hoa ngân hàng ABC nghe");
- offer of help put as a statement ("happy to help with whatever you need", "em sẵn sàng hỗ
  trợ anh", "anh cứ nói em hỗ trợ anh liền");
- purpose: "{you} đăng ký" is a reason only with what was signed up for after it, not in an
  ID question ("chị đăng ký email nào");
- rude: "hồ sơ thừa kế chị ..." (an inheritance file) is no "kệ chị";
- fraud: a card declined by the bank's fraud checks is no fraud report.

The sentences are written for this test, not copied from a labelled set. ``-k rr9`` picks
the file.
"""

from __future__ import annotations

import pytest

from aqm.scoring import RuleContext, check_compliance, load_pack
from aqm.scoring.rules import RulePack
from aqm.types import CallMetadata
from tests.test_rules import call
from tests.test_rules_round7 import status


@pytest.fixture(scope="module")
def pack() -> RulePack:
    return load_pack()


@pytest.mark.parametrize(("lang", "line", "said"), [
    ("en", "Acme Bank, Linda picking up, go on.", "pass"),
    ("en", "Welcome to Acme Bank, Linda on the savings team.", "pass"),
    ("vi", "Dạ xin chào anh, anh đang nói chuyện với Hoa ạ.", "pass"),
    ("vi", "hoa ngân hàng abc nghe anh ạ", "pass"),
    ("en", "Welcome to Acme Bank, the savings team.", "fail"),
    ("vi", "Dạ anh muốn nói chuyện với bộ phận nào ạ?", "fail"),
])
def test_rr9001_self_intro_name_cues(pack: RulePack, lang: str, line: str, said: str) -> None:
    assert status(pack, "self_intro", "inbound", lang, line) == said


@pytest.mark.parametrize(("lang", "line", "said"), [
    ("en", "Linda here, happy to help with whatever you need today.", "pass"),
    ("vi", "Dạ em Hoa đây, em sẵn sàng hỗ trợ anh ạ.", "pass"),
    ("vi", "dạ anh cứ nói em hỗ trợ anh liền", "pass"),
    ("en", "Linda here. Could I take your date of birth?", "fail"),
])
def test_rr9002_offer_of_help_as_a_statement(pack: RulePack, lang: str, line: str,
                                             said: str) -> None:
    assert status(pack, "offer_help", "inbound", lang, line) == said


@pytest.mark.parametrize(("line", "said"), [
    ("Dạ chị đăng ký email nào với bên em ạ?", "fail"),
    ("da chi dang ky so dien thoai nao a", "fail"),
    ("Dạ chị có đăng ký gói vay mua xe bên em tuần trước ạ.", "pass"),
])
def test_rr9003_signed_up_for_what(pack: RulePack, line: str, said: str) -> None:
    assert status(pack, "purpose", "outbound", "vi", "Alô em chào chị ạ.", line,
                  direction="outbound") == said


@pytest.mark.parametrize(("line", "rude"), [
    ("Dạ em đã mở hồ sơ thừa kế chị mang giấy chứng tử ra chi nhánh giúp em nhé.", False),
    ("da em da mo ho so thua ke chi mang giay to ra chi nhanh nhe", False),
    ("Thôi kệ chị chứ em cũng chịu.", True),
])
def test_rr9004_an_inheritance_file_is_not_rude(pack: RulePack, line: str, rude: bool) -> None:
    assert (status(pack, "rude", "forbidden", "vi", line) == "fail") == rude


@pytest.mark.parametrize(("lang", "line", "fraud"), [
    ("en", "my card got declined at a hotel in Tokyo, I think your fraud system blocked it",
     False),
    ("vi", "thẻ của tôi bị từ chối ở nhà hàng bên Nhật, chắc hệ thống chống gian lận khóa rồi",
     False),
    ("en", "there are two payments on my card this morning that I never made", True),
])
def test_rr9005_declined_by_fraud_checks_is_no_fraud(pack: RulePack, lang: str, line: str,
                                                     fraud: bool) -> None:
    t = call(("agent", 0.5, "Hello, how can I help?"), ("customer", 5.0, line), lang=lang)
    res = check_compliance(t, pack, RuleContext(CallMetadata(
        direction="inbound", queue="cards", agent_name="Linda Carter", language=lang)))
    assert ("fraud" in {c.category for c in res.categories}) == fraud
