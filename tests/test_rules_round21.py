"""Round 21 of the rules: the classes of error read on ``heldout19`` (spent since heldout20
was frozen), each found and its look-alikes not.

- company_name / identify_company by sound (``sounds``, aqm/scoring/sounds.py): the bank's
  name misheard ("egg me bank", "arkmy" for Acme Bank) or ABC spelt out with letter names
  ("ê bi si", "a bê cờ"); a filler or pronoun that sounds alike is not it ("okay my", "I
  can");
- offer_help: a brisk "go ahead", "dạ anh cứ nói", the offer as a check ("anh cần em hỗ
  trợ phải không ạ");
- self_intro: the name after a team's name, before "go ahead", or closing a short opening
  turn ("Morning. Acme, Linda.");
- thanks: the British "ta" ("ta-ra" is a goodbye);
- rude: "whatever" as the object of a preposition ("assist you with whatever brings you to
  us") is no dismissal; weariness at the customer ("ugh, this again", "đã bảo rồi mà");
- no_blame: a blame asked as a question ("didn't anyone ever tell you ..."); a fee the bank
  bears ("được bên em chịu") and the customer's question said back ("you're asking how ...")
  are none;
- consent: "is that all right with you" asks it; leave to add a note to the account does
  not;
- confirm_problem: "let me check I have it: ..." restates;
- resolution: the cause found and what to do next ("your card is fine, the fault is on the
  shop's site, so try later or ..."); a text promised "when it's done" names nothing.

The sentences are written for this test, not copied from a labelled set. ``-k rr21`` picks
the file.
"""

from __future__ import annotations

import pytest

from aqm.scoring import check_compliance, load_pack
from aqm.scoring.rules import RulePack
from aqm.scoring.sounds import sound_key
from tests.test_rules import call
from tests.test_rules_round7 import ctx, status
from tests.test_rules_round18 import HOLD, confirm_status


@pytest.fixture(scope="module")
def pack() -> RulePack:
    return load_pack()


def test_rr21001_sound_keys() -> None:
    assert sound_key("egg me") == sound_key("acme") == sound_key("arkmy") == "AKM"
    assert sound_key("egg me bank") == sound_key("acme bank")
    assert sound_key("I can") != sound_key("acme")


@pytest.mark.parametrize(("lang", "line", "said"), [
    ("en", "Good morning, egg me bank, Linda speaking, how can I help?", "pass"),
    ("en", "Morning, arkmy, Linda here, how can I help?", "pass"),
    ("en", "Hiya, you're through to the egg me platinum card line, Linda here.", "pass"),
    ("en", "Good morning, okay my name is Linda, how can I help?", "fail"),
    ("en", "Good morning, I can help you today, Linda speaking.", "fail"),
    ("vi", "Dạ xin chào, ngân hàng ê bi si, em là Hoa, chị cần em hỗ trợ gì ạ?", "pass"),
    ("vi", "chào chị e bi si hoa đây ạ", "pass"),
    ("vi", "Dạ xin chào, tổng đài a bê cờ xin nghe, em là Hoa ạ.", "pass"),
    ("vi", "Dạ xin chào chị, em là Hoa, chị cần em hỗ trợ gì ạ?", "fail"),
    ("vi", "Dạ a, bà có cần em hỗ trợ gì không ạ?", "fail"),
])
def test_rr21001_company_name_by_sound(pack: RulePack, lang: str, line: str,
                                       said: str) -> None:
    assert status(pack, "company_name", "inbound", lang, line) == said


def test_rr21001_identify_company_by_sound(pack: RulePack) -> None:
    line = "Hi, this is Linda calling from egg me bank about your card."
    assert status(pack, "identify_company", "outbound", "en", line,
                  direction="outbound") == "pass"
    line = "Hi, this is Linda calling from the cards team about your card."
    assert status(pack, "identify_company", "outbound", "en", line,
                  direction="outbound") == "fail"


@pytest.mark.parametrize(("rule", "lang", "line", "said"), [
    ("offer_help", "en", "Morning, Acme, Linda, go ahead.", "pass"),
    ("offer_help", "vi", "Chào chị, ABC, Hoa đây, dạ chị cứ nói.", "pass"),
    ("offer_help", "vi", "Dạ xin chào ngân hàng ABC em là Hoa, chị cần em hỗ trợ phải không ạ?",
     "pass"),
    ("offer_help", "en", "Morning, Acme, Linda here.", "fail"),
    ("offer_help", "vi", "Dạ anh chị còn cần em hỗ trợ gì nữa không ạ?", "fail"),
    ("self_intro", "en", "Morning, cards team, Linda, go ahead.", "pass"),
    ("self_intro", "en", "Morning. Acme, Linda.", "pass"),
    ("self_intro", "en", "Morning. Acme, go ahead.", "fail"),
])
def test_rr21002_brisk_openings(pack: RulePack, rule: str, lang: str, line: str,
                                said: str) -> None:
    assert status(pack, rule, "inbound", lang, line) == said


def _closing(pack: RulePack, line: str) -> tuple[str, str]:
    t = call(("agent", 0.5, "Good morning, Acme Bank, Linda speaking, how can I help?"),
             ("customer", 6.0, "that's everything thanks"), ("agent", 12.0, line))
    res = check_compliance(t, pack, ctx("en"))
    return res.result("thanks", "inbound").status, res.result("goodbye", "inbound").status


def test_rr21003_ta_thanks_and_ta_ra_says_goodbye(pack: RulePack) -> None:
    assert _closing(pack, "Ta, cheerio then.") == ("pass", "pass")
    assert _closing(pack, "Right, ta ra then.") == ("fail", "pass")


@pytest.mark.parametrize(("rule", "file", "lang", "line", "said"), [
    ("rude", "forbidden", "en",
     "It would be my pleasure to assist you with whatever brings you to us today.", "pass"),
    ("rude", "forbidden", "en", "Whatever. Read me the account number.", "fail"),
    ("rude", "forbidden", "en", "Ugh, this again. Right, the account number?", "fail"),
    ("rude", "forbidden", "en", "Look, I've already explained that, the fee stands.", "fail"),
    ("rude", "forbidden", "vi", "Mệt ghê, lại chuyện này nữa.", "fail"),
    ("rude", "forbidden", "vi", "Em đã bảo rồi mà, phí đó không hoàn được.", "fail"),
    ("no_blame", "angry_caller", "en",
     "Didn't anyone ever tell you not to click on links in texts?", "fail"),
    ("no_blame", "angry_caller", "en",
     "You agreed to it, so I don't see what you're moaning about.", "fail"),
    ("no_blame", "angry_caller", "vi",
     "Anh đồng ý rồi giờ lại quay ra trách bên em.", "fail"),
    ("no_blame", "angry_caller", "vi",
     "Em ghi chú để phí trễ hạn được bên em chịu và gửi bác thư xác nhận.", "pass"),
    ("no_blame", "angry_caller", "en",
     "So you're asking how closing the card would affect your score, not closing it now.",
     "pass"),
])
def test_rr21004_rude_and_blame(pack: RulePack, rule: str, file: str, lang: str, line: str,
                                said: str) -> None:
    assert status(pack, rule, file, lang, line) == said


def _consent(pack: RulePack, lang: str, *lines: str) -> str:
    t = call(*(("agent", 0.5 + 8 * i, line) for i, line in enumerate(lines)), lang=lang)
    return check_compliance(t, pack, ctx(lang, "outbound")).result("consent",
                                                                   "outbound").status


def test_rr21005_consent_all_right_with_you_and_a_note_is_none(pack: RulePack) -> None:
    opening = "Hi, it's Linda calling from Acme Bank about your mortgage payment."
    notice = "Just so you know this call is recorded for training and quality"
    assert _consent(pack, "en", opening, notice + " is that all right with you") == "pass"
    assert _consent(pack, "en", opening, notice + ".",
                    "Are you happy for me to add a note to the account?") == "fail"
    vi_open = "Dạ em chào anh, em là Hoa gọi từ ngân hàng ABC ạ."
    vi_notice = "Cuộc gọi này được ghi âm để nâng cao chất lượng dịch vụ."
    assert _consent(pack, "vi", vi_open, vi_notice,
                    "Em ghi chú vào hồ sơ của anh được không ạ?") == "fail"
    assert _consent(pack, "vi", vi_open, vi_notice,
                    "Anh đồng ý cho em ghi âm không ạ?") == "pass"


@pytest.mark.parametrize(("lang", "line", "said"), [
    ("en", "Your card is fine, the fault is on the shop's site, so try later or pay them "
           "by bank transfer.", "pass"),
    ("vi", "Thẻ chị vẫn bình thường, lỗi ở trang của cửa hàng, chị thử lại sau hoặc "
           "chuyển khoản ạ.", "pass"),
    ("vi", "Xong việc em nhắn tin cho chị nhé ạ.", "fail"),
])
def test_rr21006_resolution_cause_and_next_step(pack: RulePack, lang: str, line: str,
                                                said: str) -> None:
    assert status(pack, "resolution", "inbound", lang, line) == said


def test_rr21007_let_me_check_i_have_it_restates(pack: RulePack) -> None:
    line = ("Let me check I have it: the direct debit went out twice this month and you "
            "want one back.")
    assert confirm_status(pack, "en", ("agent", line), ("customer", "exactly"),
                          ("agent", HOLD["en"])) == "pass"
