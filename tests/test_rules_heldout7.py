"""The seventh held-out rule set: written blind, scored once, on round 6.

``heldout7`` (tests/data/rules/heldout7.jsonl, built by build_heldout7.py; how, by whom and
from what: tests/data/rules/HELDOUT7.md) was written the way heldout4 to heldout6 were: by a
helper who saw the call script, the rules' descriptions and the project's labelling
conventions only, and never ran aqm on it. It was frozen by its SHA-256 before round 6 was
measured; round 6 read the errors of heldout6 and trained the item classifier on the
wordings of heldout2 to heldout6 (spent since) but never looked at this set's. Scored,
tables only, on round 6 (README, "Compliance rules"). Spent in round 7 (its errors read
and fixed by class: HELDOUT7.md, "Status"); the floors now guard round 7's fixes. Since
round 12 they are marked ``spent``: ``make test-all`` runs them, CI's ``make test`` does not.
Rows are raw ASR-style text, redacted before the rules run. ``-k rh7`` prints the table,
categories included.
"""

from __future__ import annotations

import pytest

from tests.rules_set import (
    HELDOUT7_PATH,
    Measured,
    check_blind_set,
    check_floors,
)

HELDOUT7_SHA256 = "bd19986acce72150ce1ced767a9d5cffa615b2f599ee5f6c75389493155bb6be"
# measured on heldout7 with the bundled rules of round 10 (2026-12-02); floors sit MARGIN under
# these
HELDOUT7_MEASURED: Measured = {
    "angry_caller/empathy": (1.0, 1.0, 1.0, 1.0),
    "angry_caller/no_blame": (1.0, 1.0, 1.0, 1.0),
    "angry_caller/no_interrupting_angry_customer": (1.0, 1.0, 1.0, 1.0),
    "category/address_change": (1.0, 1.0, 1.0, 1.0),
    "category/billing": (1.0, 1.0, 1.0, 1.0),
    "category/cancellation": (1.0, 1.0, 1.0, 1.0),
    "category/card_lost": (0.97, 1.0, 1.0, 0.996),
    "category/complaint": (1.0, 1.0, 1.0, 1.0),
    "category/fraud": (1.0, 0.978, 0.996, 1.0),
    "category/outage": (1.0, 0.978, 0.996, 1.0),
    "category/payment": (1.0, 1.0, 1.0, 1.0),
    "category/refund": (1.0, 1.0, 1.0, 1.0),
    "forbidden/no_card_readback": (1.0, 0.889, 0.993, 1.0),
    "forbidden/profanity": (1.0, 0.905, 0.993, 1.0),
    "forbidden/profanity_vi_strict": (1.0, 1.0, 1.0, 1.0),
    "forbidden/rude": (1.0, 1.0, 1.0, 1.0),
    "inbound/anything_else": (1.0, 1.0, 1.0, 1.0),
    "inbound/company_name": (1.0, 1.0, 1.0, 1.0),
    "inbound/confirm_problem": (0.923, 0.667, 0.971, 0.995),
    "inbound/goodbye": (1.0, 1.0, 1.0, 1.0),
    "inbound/greeting": (1.0, 1.0, 1.0, 1.0),
    "inbound/greeting_before_resolution": (1.0, 1.0, 1.0, 1.0),
    "inbound/offer_help": (1.0, 1.0, 1.0, 1.0),
    "inbound/resolution": (1.0, 0.944, 0.995, 1.0),
    "inbound/self_intro": (0.857, 1.0, 1.0, 0.985),
    "inbound/thanks": (1.0, 1.0, 1.0, 1.0),
    "inbound/thanks_before_goodbye": (1.0, 1.0, 1.0, 1.0),
    "outbound/consent": (1.0, 0.889, 0.957, 1.0),
    "outbound/identify_company": (1.0, 1.0, 1.0, 1.0),
    "outbound/identify_self": (0.947, 1.0, 1.0, 0.984),
    "outbound/purpose": (0.941, 0.889, 0.968, 0.984),
    "outbound/recording_disclosure": (1.0, 1.0, 1.0, 1.0),
}


def test_rh7001_heldout7_is_frozen_and_covers_every_rule_and_category() -> None:
    # the strict Vietnamese profanity rule is rare by design: 10 fails
    check_blind_set("heldout7", HELDOUT7_PATH, HELDOUT7_SHA256,
                    fewer_fails={"forbidden/profanity_vi_strict": 10})


@pytest.mark.spent
def test_rh7002_heldout7_precision_recall(capsys: pytest.CaptureFixture[str]) -> None:
    with capsys.disabled():
        check_floors("heldout7", "heldout7 (written blind, scored once, after round 6)",
                     HELDOUT7_MEASURED)
