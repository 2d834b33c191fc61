"""The eighth held-out rule set: written blind, scored blind on rounds 7 and 8, spent in round 9.

``heldout8`` (tests/data/rules/heldout8.jsonl, built by build_heldout8.py; how, by whom and
from what: tests/data/rules/HELDOUT8.md) was written the way heldout4 to heldout7 were: by a
helper who saw the call script, the rules' descriptions and the project's labelling
conventions only, and never ran aqm on it. It was frozen by its SHA-256 in its own commit
before round 7 began and scored, tables only, on round 7, on an archived copy of round 6 and
on round 8. In round 9 its errors were read and fixed by class and its wordings train the
classifier (HELDOUT8.md, "Status"): its figures are no longer blind. Since round 13 its
floors are marked ``spent``: ``make test-all`` runs them, CI's ``make test`` does not.
Rows are raw ASR-style text, redacted before the rules run. ``-k rh8`` prints the table,
categories included.
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
# measured on heldout8 with the bundled rules of round 10 (2026-12-02, spent); floors sit MARGIN
# under these
HELDOUT8_MEASURED: Measured = {
    "angry_caller/empathy": (1.0, 0.944, 0.99, 1.0),
    "angry_caller/no_blame": (1.0, 0.944, 0.996, 1.0),
    "angry_caller/no_interrupting_angry_customer": (1.0, 1.0, 1.0, 1.0),
    "category/address_change": (0.944, 1.0, 1.0, 0.992),
    "category/billing": (0.95, 0.864, 0.989, 0.996),
    "category/cancellation": (1.0, 1.0, 1.0, 1.0),
    "category/card_lost": (1.0, 1.0, 1.0, 1.0),
    "category/complaint": (0.904, 0.972, 0.984, 0.943),
    "category/fraud": (1.0, 0.921, 0.989, 1.0),
    "category/outage": (0.95, 0.95, 0.992, 0.992),
    "category/payment": (0.885, 0.871, 0.967, 0.971),
    "category/refund": (0.957, 0.957, 0.992, 0.992),
    "forbidden/no_card_readback": (1.0, 1.0, 1.0, 1.0),
    "forbidden/profanity": (1.0, 1.0, 1.0, 1.0),
    "forbidden/profanity_vi_strict": (1.0, 1.0, 1.0, 1.0),
    "forbidden/rude": (1.0, 0.944, 0.996, 1.0),
    "inbound/anything_else": (1.0, 0.944, 0.995, 1.0),
    "inbound/company_name": (1.0, 1.0, 1.0, 1.0),
    "inbound/confirm_problem": (1.0, 1.0, 1.0, 1.0),
    "inbound/goodbye": (1.0, 1.0, 1.0, 1.0),
    "inbound/greeting": (1.0, 1.0, 1.0, 1.0),
    "inbound/greeting_before_resolution": (1.0, 0.944, 0.994, 1.0),
    "inbound/offer_help": (0.833, 0.833, 0.985, 0.985),
    # round 20: a recap naming no action ("so that's all done on our side") resolves nothing
    # (heldout18's author; this one counts it): one more false fail, one more fail found
    "inbound/resolution": (0.941, 0.889, 0.99, 0.995),
    "inbound/self_intro": (0.667, 0.778, 0.98, 0.965),
    "inbound/thanks": (1.0, 1.0, 1.0, 1.0),
    "inbound/thanks_before_goodbye": (1.0, 1.0, 1.0, 1.0),
    "outbound/consent": (0.842, 0.889, 0.957, 0.936),
    "outbound/identify_company": (1.0, 1.0, 1.0, 1.0),
    "outbound/identify_self": (0.857, 1.0, 1.0, 0.952),
    "outbound/purpose": (1.0, 0.944, 0.984, 1.0),
    "outbound/recording_disclosure": (1.0, 0.833, 0.954, 1.0),
}


def test_rh8001_heldout8_is_frozen_and_covers_every_rule_and_category() -> None:
    # the strict Vietnamese profanity rule is rare by design: 11 fails
    check_blind_set("heldout8", HELDOUT8_PATH, HELDOUT8_SHA256,
                    fewer_fails={"forbidden/profanity_vi_strict": 10})


@pytest.mark.spent
def test_rh8002_heldout8_precision_recall(capsys: pytest.CaptureFixture[str]) -> None:
    with capsys.disabled():
        check_floors("heldout8", "heldout8 (written blind, spent in round 9)",
                     HELDOUT8_MEASURED)
