"""The fifteenth held-out rule set: written blind, scored on rounds 15 and 16, tables only.

``heldout15`` (tests/data/rules/heldout15.jsonl, built by build_heldout15.py; how, by whom
and from what: tests/data/rules/HELDOUT15.md) was written the way heldout4 to heldout14 were:
by a helper who saw the call script, the rules' descriptions and the project's labelling
conventions only, and never ran aqm on it; its brief asked for new scenarios, speakers, agent
styles and hard cases of its own (one agent turn cut into several segments, several script
items in one sentence, a team name instead of the agent's, "anything else" asked early,
restatements read back word for word, new rude and blaming wordings in turns of their own).
It was frozen by its SHA-256 in its own commit (eb703f4) before round 16 changed anything,
and scored, tables only, on round 15 (an archived copy) and on round 16. Nobody has read its
errors. Rows are raw ASR-style text, redacted before the rules run. ``-k rh15`` prints the
table, categories included.
"""

from __future__ import annotations

import pytest

from tests.rules_set import (
    HELDOUT15_PATH,
    Measured,
    check_blind_set,
    check_floors,
)

HELDOUT15_SHA256 = "1ce585ed896d18d339a4839f59eed7b8725e752c4dd6c2ff5d2137d532fa634e"
# measured on heldout15 with the bundled rules of round 16 (2026-12-04; blind, tables only:
# its errors are unread); floors sit MARGIN under these
HELDOUT15_MEASURED: Measured = {
    "angry_caller/empathy": (1.0, 0.556, 0.862, 1.0),
    "angry_caller/no_blame": (0.36, 0.5, 0.967, 0.943),
    "angry_caller/no_interrupting_angry_customer": (1.0, 1.0, 1.0, 1.0),
    "category/address_change": (1.0, 1.0, 1.0, 1.0),
    "category/billing": (0.652, 0.638, 0.933, 0.937),
    "category/cancellation": (0.647, 1.0, 1.0, 0.957),
    "category/card_lost": (0.677, 0.955, 0.996, 0.964),
    "category/complaint": (0.753, 0.941, 0.981, 0.909),
    "category/fraud": (0.824, 0.368, 0.915, 0.989),
    "category/outage": (0.577, 0.789, 0.985, 0.961),
    "category/payment": (0.659, 0.643, 0.942, 0.946),
    "category/refund": (0.766, 0.973, 0.996, 0.958),
    "forbidden/no_card_readback": (0.9, 1.0, 1.0, 0.993),
    "forbidden/profanity": (1.0, 1.0, 1.0, 1.0),
    "forbidden/profanity_vi_strict": (1.0, 1.0, 1.0, 1.0),
    "forbidden/rude": (0.417, 0.278, 0.955, 0.975),
    "inbound/anything_else": (0.692, 1.0, 1.0, 0.96),
    "inbound/company_name": (1.0, 0.889, 0.99, 1.0),
    "inbound/confirm_problem": (0.867, 0.722, 0.976, 0.99),
    "inbound/goodbye": (1.0, 1.0, 1.0, 1.0),
    "inbound/greeting": (1.0, 1.0, 1.0, 1.0),
    "inbound/greeting_before_resolution": (0.895, 0.944, 0.994, 0.987),
    "inbound/offer_help": (0.857, 1.0, 1.0, 0.985),
    "inbound/resolution": (0.522, 0.667, 0.97, 0.946),
    "inbound/self_intro": (1.0, 0.722, 0.976, 1.0),
    "inbound/thanks": (1.0, 1.0, 1.0, 1.0),
    "inbound/thanks_before_goodbye": (0.947, 1.0, 1.0, 0.994),
    "outbound/consent": (1.0, 0.944, 0.978, 1.0),
    "outbound/identify_company": (1.0, 1.0, 1.0, 1.0),
    "outbound/identify_self": (1.0, 1.0, 1.0, 1.0),
    "outbound/purpose": (0.85, 0.944, 0.983, 0.952),
    "outbound/recording_disclosure": (1.0, 1.0, 1.0, 1.0),
}


def test_rh15001_heldout15_is_frozen_and_covers_every_rule_and_category() -> None:
    # the strict Vietnamese profanity rule is rare by design: 10 fails
    check_blind_set("heldout15", HELDOUT15_PATH, HELDOUT15_SHA256,
                    fewer_fails={"forbidden/profanity_vi_strict": 10})


def test_rh15002_heldout15_precision_recall(capsys: pytest.CaptureFixture[str]) -> None:
    with capsys.disabled():
        check_floors("heldout15", "heldout15 (written blind, scored on rounds 15 and 16)",
                     HELDOUT15_MEASURED)
