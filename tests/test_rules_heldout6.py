"""The sixth held-out rule set: written blind, scored on rounds 4 and 5, spent in round 6.

``heldout6`` (tests/data/rules/heldout6.jsonl, built by build_heldout6.py; how, by whom and
from what: tests/data/rules/HELDOUT6.md) was written the way heldout4 and heldout5 were: by a
helper who saw the call script, the rules' descriptions and the project's labelling
conventions only, and never ran aqm on it. It was frozen by its SHA-256 before round 5 was
finished and scored, tables only, on round 4, on round 5 and on the classifier retrained on
the older spent sets (README, "Compliance rules"). Round 6 then read its errors and trained
the item classifier on its wordings too: its floors since guard against regressions only
(``heldout7`` is the blind set). Since round 11 the floors are marked ``spent``: ``make
test-all`` runs them, CI's ``make test`` does not. Rows are raw ASR-style text, redacted
before the rules run. ``-k rh6`` prints the table, categories included.
"""

from __future__ import annotations

import pytest

from tests.rules_set import (
    HELDOUT6_PATH,
    Measured,
    check_blind_set,
    check_floors,
)

HELDOUT6_SHA256 = "ad5a157dd0dab9bb82dd09c5ce5ffd3c672b74d9c60895115cd2c5d0b41d7995"
# measured on heldout6 with the bundled rules of round 10 (2026-12-02; trained on its wordings);
# floors sit MARGIN under these
HELDOUT6_MEASURED: Measured = {
    "angry_caller/empathy": (1.0, 0.944, 0.99, 1.0),
    "angry_caller/no_blame": (0.9, 1.0, 1.0, 0.993),
    "angry_caller/no_interrupting_angry_customer": (1.0, 1.0, 1.0, 1.0),
    "category/address_change": (1.0, 0.941, 0.993, 1.0),
    "category/billing": (0.951, 0.907, 0.985, 0.992),
    "category/cancellation": (1.0, 0.861, 0.981, 1.0),
    "category/card_lost": (0.947, 0.947, 0.992, 0.992),
    "category/complaint": (0.96, 0.99, 0.995, 0.98),
    "category/fraud": (0.966, 0.933, 0.993, 0.996),
    "category/outage": (0.978, 0.88, 0.976, 0.996),
    "category/payment": (0.906, 1.0, 1.0, 0.989),
    "category/refund": (0.941, 0.889, 0.976, 0.988),
    "forbidden/no_card_readback": (1.0, 1.0, 1.0, 1.0),
    "forbidden/profanity": (1.0, 1.0, 1.0, 1.0),
    "forbidden/profanity_vi_strict": (1.0, 1.0, 1.0, 1.0),
    "forbidden/rude": (1.0, 1.0, 1.0, 1.0),
    "inbound/anything_else": (1.0, 0.889, 0.99, 1.0),
    "inbound/company_name": (1.0, 1.0, 1.0, 1.0),
    "inbound/confirm_problem": (1.0, 0.944, 0.995, 1.0),
    "inbound/goodbye": (1.0, 1.0, 1.0, 1.0),
    "inbound/greeting": (1.0, 1.0, 1.0, 1.0),
    "inbound/greeting_before_resolution": (1.0, 1.0, 1.0, 1.0),
    "inbound/offer_help": (0.947, 1.0, 1.0, 0.995),
    "inbound/resolution": (1.0, 0.944, 0.995, 1.0),
    "inbound/self_intro": (0.947, 1.0, 1.0, 0.995),
    "inbound/thanks": (1.0, 1.0, 1.0, 1.0),
    "inbound/thanks_before_goodbye": (1.0, 1.0, 1.0, 1.0),
    "outbound/consent": (1.0, 1.0, 1.0, 1.0),
    "outbound/identify_company": (1.0, 0.944, 0.984, 1.0),
    "outbound/identify_self": (1.0, 0.944, 0.984, 1.0),
    "outbound/purpose": (1.0, 0.833, 0.954, 1.0),
    "outbound/recording_disclosure": (1.0, 1.0, 1.0, 1.0),
}


def test_rh6001_heldout6_is_frozen_and_covers_every_rule_and_category() -> None:
    # the strict Vietnamese profanity rule is rare by design: 10 fails
    check_blind_set("heldout6", HELDOUT6_PATH, HELDOUT6_SHA256,
                    fewer_fails={"forbidden/profanity_vi_strict": 10})


@pytest.mark.spent
def test_rh6002_heldout6_precision_recall(capsys: pytest.CaptureFixture[str]) -> None:
    with capsys.disabled():
        check_floors("heldout6", "heldout6 (written blind, spent in round 6)",
                     HELDOUT6_MEASURED)
