"""The eighth held-out rule set: written blind, scored on rounds 7 and 8, tables only.

``heldout8`` (tests/data/rules/heldout8.jsonl, built by build_heldout8.py; how, by whom and
from what: tests/data/rules/HELDOUT8.md) was written the way heldout4 to heldout7 were: by a
helper who saw the call script, the rules' descriptions and the project's labelling
conventions only, and never ran aqm on it. It was frozen by its SHA-256 in its own commit
before round 7 began; round 7 read the errors of heldout7 (spent since) but never looked at
this set's. Scored, tables only, on round 7 (and once on an archived copy of round 6 for the
comparison in the README, "Compliance rules") and on round 8 (the classifier retrained with
eight more authors' sentences). Nobody has read its errors. Rows are raw
ASR-style text, redacted before the rules run. ``-k rh8`` prints the table, categories
included.
"""

from __future__ import annotations

import pytest

from tests.rules_set import (
    HELDOUT8_PATH,
    Measured,
    check_blind_set,
    check_floors,
)

HELDOUT8_SHA256 = "4d5c85aaad19b270f651f1cb4439f32d0cd72a4d5538ae534b8d3ad1031328a0"
# measured on heldout8 with the bundled rules of round 8 (2026-12-02); floors sit MARGIN under
# these
HELDOUT8_MEASURED: Measured = {
    "angry_caller/empathy": (0.667, 0.889, 0.979, 0.922),
    "angry_caller/no_blame": (0.833, 0.833, 0.989, 0.989),
    "angry_caller/no_interrupting_angry_customer": (1.0, 1.0, 1.0, 1.0),
    "category/address_change": (0.708, 1.0, 1.0, 0.947),
    "category/billing": (0.75, 0.818, 0.986, 0.978),
    "category/cancellation": (0.912, 0.969, 0.996, 0.989),
    "category/card_lost": (0.829, 0.944, 0.992, 0.973),
    "category/complaint": (0.812, 0.888, 0.934, 0.886),
    "category/fraud": (0.609, 0.737, 0.961, 0.931),
    "category/outage": (0.78, 0.975, 0.996, 0.958),
    "category/payment": (0.875, 0.79, 0.947, 0.971),
    "category/refund": (0.957, 0.957, 0.992, 0.992),
    "forbidden/no_card_readback": (0.818, 1.0, 1.0, 0.986),
    "forbidden/profanity": (1.0, 1.0, 1.0, 1.0),
    "forbidden/profanity_vi_strict": (1.0, 1.0, 1.0, 1.0),
    "forbidden/rude": (0.696, 0.889, 0.993, 0.975),
    "inbound/anything_else": (1.0, 0.944, 0.995, 1.0),
    "inbound/company_name": (1.0, 1.0, 1.0, 1.0),
    "inbound/confirm_problem": (0.75, 1.0, 1.0, 0.97),
    "inbound/goodbye": (1.0, 1.0, 1.0, 1.0),
    "inbound/greeting": (1.0, 1.0, 1.0, 1.0),
    "inbound/greeting_before_resolution": (1.0, 0.889, 0.988, 1.0),
    "inbound/offer_help": (0.667, 0.778, 0.98, 0.965),
    "inbound/resolution": (0.778, 0.778, 0.98, 0.98),
    "inbound/self_intro": (0.359, 0.778, 0.978, 0.876),
    "inbound/thanks": (1.0, 1.0, 1.0, 1.0),
    "inbound/thanks_before_goodbye": (1.0, 1.0, 1.0, 1.0),
    "outbound/consent": (1.0, 1.0, 1.0, 1.0),
    "outbound/identify_company": (1.0, 1.0, 1.0, 1.0),
    "outbound/identify_self": (0.857, 1.0, 1.0, 0.952),
    "outbound/purpose": (1.0, 0.5, 0.873, 1.0),
    "outbound/recording_disclosure": (1.0, 1.0, 1.0, 1.0),
}


def test_rh8001_heldout8_is_frozen_and_covers_every_rule_and_category() -> None:
    # the strict Vietnamese profanity rule is rare by design: 11 fails
    check_blind_set("heldout8", HELDOUT8_PATH, HELDOUT8_SHA256,
                    fewer_fails={"forbidden/profanity_vi_strict": 10})


def test_rh8002_heldout8_precision_recall(capsys: pytest.CaptureFixture[str]) -> None:
    with capsys.disabled():
        check_floors("heldout8", "heldout8 (written blind, scored once, after round 7)",
                     HELDOUT8_MEASURED)
