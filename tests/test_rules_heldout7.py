"""The seventh held-out rule set: written blind, scored once, on round 6.

``heldout7`` (tests/data/rules/heldout7.jsonl, built by build_heldout7.py; how, by whom and
from what: tests/data/rules/HELDOUT7.md) was written the way heldout4 to heldout6 were: by a
helper who saw the call script, the rules' descriptions and the project's labelling
conventions only, and never ran aqm on it. It was frozen by its SHA-256 before round 6 was
measured; round 6 read the errors of heldout6 and trained the item classifier on the
wordings of heldout2 to heldout6 (spent since) but never looked at this set's. Scored,
tables only, on round 6 (README, "Compliance rules"). Rows are raw ASR-style text,
redacted before the rules run. ``-k rh7`` prints the table, categories included.
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
# measured on heldout7 with the bundled rules of round 6 (2026-12-02); floors sit MARGIN under
# these
HELDOUT7_MEASURED: Measured = {
    "angry_caller/empathy": (0.692, 1.0, 1.0, 0.935),
    "angry_caller/no_blame": (0.933, 0.778, 0.986, 0.996),
    "angry_caller/no_interrupting_angry_customer": (1.0, 1.0, 1.0, 1.0),
    "category/address_change": (0.821, 0.865, 0.981, 0.973),
    "category/billing": (0.659, 0.844, 0.981, 0.948),
    "category/cancellation": (0.923, 0.828, 0.982, 0.993),
    "category/card_lost": (0.696, 1.0, 1.0, 0.948),
    "category/complaint": (0.913, 0.983, 0.988, 0.94),
    "category/fraud": (0.843, 0.935, 0.988, 0.969),
    "category/outage": (0.625, 0.978, 0.996, 0.894),
    "category/payment": (1.0, 0.939, 0.988, 1.0),
    "category/refund": (0.969, 0.886, 0.985, 0.996),
    "forbidden/no_card_readback": (1.0, 0.778, 0.986, 1.0),
    "forbidden/profanity": (1.0, 0.905, 0.993, 1.0),
    "forbidden/profanity_vi_strict": (1.0, 1.0, 1.0, 1.0),
    "forbidden/rude": (0.464, 0.722, 0.982, 0.947),
    "inbound/anything_else": (1.0, 1.0, 1.0, 1.0),
    "inbound/company_name": (1.0, 0.944, 0.995, 1.0),
    "inbound/confirm_problem": (0.8, 0.667, 0.971, 0.985),
    "inbound/goodbye": (0.9, 1.0, 1.0, 0.99),
    "inbound/greeting": (1.0, 0.889, 0.99, 1.0),
    "inbound/greeting_before_resolution": (1.0, 0.944, 0.994, 1.0),
    "inbound/offer_help": (0.486, 1.0, 1.0, 0.906),
    "inbound/resolution": (0.607, 0.944, 0.995, 0.946),
    "inbound/self_intro": (0.5, 0.944, 0.995, 0.916),
    "inbound/thanks": (1.0, 1.0, 1.0, 1.0),
    "inbound/thanks_before_goodbye": (0.857, 1.0, 1.0, 0.982),
    "outbound/consent": (1.0, 1.0, 1.0, 1.0),
    "outbound/identify_company": (1.0, 1.0, 1.0, 1.0),
    "outbound/identify_self": (0.81, 0.944, 0.983, 0.935),
    "outbound/purpose": (0.5, 0.333, 0.824, 0.903),
    "outbound/recording_disclosure": (1.0, 1.0, 1.0, 1.0),
}


def test_rh7001_heldout7_is_frozen_and_covers_every_rule_and_category() -> None:
    # the strict Vietnamese profanity rule is rare by design: 10 fails
    check_blind_set("heldout7", HELDOUT7_PATH, HELDOUT7_SHA256,
                    fewer_fails={"forbidden/profanity_vi_strict": 10})


def test_rh7002_heldout7_precision_recall(capsys: pytest.CaptureFixture[str]) -> None:
    with capsys.disabled():
        check_floors("heldout7", "heldout7 (written blind, scored once, after round 6)",
                     HELDOUT7_MEASURED)
