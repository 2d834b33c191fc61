"""The thirteenth held-out rule set: written blind, scored on rounds 13 and 14, tables only.

``heldout13`` (tests/data/rules/heldout13.jsonl, built by build_heldout13.py; how, by whom
and from what: tests/data/rules/HELDOUT13.md) was written the way heldout4 to heldout12 were:
by a helper who saw the call script, the rules' descriptions and the project's labelling
conventions only, and never ran aqm on it; its brief asked for new scenarios, speakers, agent
styles and hard cases of its own (a few words before the greeting that are or are not an
answer, restatements that are only "okay", promises to "look into it", new rude and blaming
wordings). It was frozen by its SHA-256 in its own commit (6386003) before round 14 began, and
scored, tables only, on round 13 and on round 14 (the same table: round 14 moved no row). Its
no_blame row decided one thing: round 14's blame wordings, which lowered it, were withdrawn.
Nobody has read its errors. Rows are raw ASR-style text, redacted before the rules run.
``-k rh13`` prints the table, categories included.
"""

from __future__ import annotations

import pytest

from tests.rules_set import (
    HELDOUT13_PATH,
    Measured,
    check_blind_set,
    check_floors,
)

HELDOUT13_SHA256 = "23db944044d9d31d566af0a4713039817562fa167fbe38475a16527a71add740"
# measured on heldout13 with the bundled rules of rounds 13 and 14 (2026-12-04; blind, tables
# only: its errors are unread); floors sit MARGIN under these
HELDOUT13_MEASURED: Measured = {
    "angry_caller/empathy": (1.0, 0.944, 0.98, 1.0),
    "angry_caller/no_blame": (0.75, 0.667, 0.979, 0.986),
    "angry_caller/no_interrupting_angry_customer": (1.0, 1.0, 1.0, 1.0),
    "category/address_change": (0.857, 1.0, 1.0, 0.986),
    "category/billing": (0.608, 0.574, 0.908, 0.919),
    "category/cancellation": (0.758, 1.0, 1.0, 0.971),
    "category/card_lost": (0.641, 1.0, 1.0, 0.949),
    "category/complaint": (0.974, 0.843, 0.937, 0.991),
    "category/fraud": (0.615, 0.64, 0.967, 0.964),
    "category/outage": (0.667, 0.88, 0.989, 0.96),
    "category/payment": (0.75, 0.643, 0.943, 0.965),
    "category/refund": (0.886, 0.975, 0.996, 0.981),
    "forbidden/no_card_readback": (0.9, 1.0, 1.0, 0.993),
    "forbidden/profanity": (1.0, 1.0, 1.0, 1.0),
    "forbidden/profanity_vi_strict": (1.0, 1.0, 1.0, 1.0),
    "forbidden/rude": (1.0, 0.5, 0.969, 1.0),
    "inbound/anything_else": (1.0, 0.722, 0.976, 1.0),
    "inbound/company_name": (0.667, 1.0, 1.0, 0.955),
    "inbound/confirm_problem": (0.286, 0.889, 0.988, 0.802),
    "inbound/goodbye": (1.0, 1.0, 1.0, 1.0),
    "inbound/greeting": (1.0, 1.0, 1.0, 1.0),
    "inbound/greeting_before_resolution": (0.405, 0.833, 0.979, 0.863),
    "inbound/offer_help": (1.0, 0.889, 0.99, 1.0),
    "inbound/resolution": (0.611, 0.611, 0.965, 0.965),
    "inbound/self_intro": (0.372, 0.889, 0.989, 0.866),
    "inbound/thanks": (1.0, 1.0, 1.0, 1.0),
    "inbound/thanks_before_goodbye": (0.947, 1.0, 1.0, 0.994),
    "outbound/consent": (1.0, 0.833, 0.936, 1.0),
    "outbound/identify_company": (1.0, 1.0, 1.0, 1.0),
    "outbound/identify_self": (0.938, 0.833, 0.953, 0.984),
    "outbound/purpose": (1.0, 0.944, 0.984, 1.0),
    "outbound/recording_disclosure": (1.0, 1.0, 1.0, 1.0),
}


def test_rh13001_heldout13_is_frozen_and_covers_every_rule_and_category() -> None:
    # the strict Vietnamese profanity rule is rare by design: 10 fails
    check_blind_set("heldout13", HELDOUT13_PATH, HELDOUT13_SHA256,
                    fewer_fails={"forbidden/profanity_vi_strict": 10})


def test_rh13002_heldout13_precision_recall(capsys: pytest.CaptureFixture[str]) -> None:
    with capsys.disabled():
        check_floors("heldout13", "heldout13 (written blind, scored on rounds 13 and 14)",
                     HELDOUT13_MEASURED)
