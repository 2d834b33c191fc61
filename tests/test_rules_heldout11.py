"""The eleventh held-out rule set: written blind, scored blind on rounds 10 to 12, spent in 13.

``heldout11`` (tests/data/rules/heldout11.jsonl, built by build_heldout11.py; how, by whom and
from what: tests/data/rules/HELDOUT11.md) was written the way heldout4 to heldout10 were: by a
helper who saw the call script, the rules' descriptions and the project's labelling conventions
only, and never ran aqm on it; its brief asked for new scenarios, speakers, agent styles and
many rude and blaming wordings of its own. It was frozen by its SHA-256 in its own commit
(4a220d2) before round 11 was scored. Scored, tables only, on an archived copy of round 10 and
on round 11 (README, "Compliance rules", round 11), and on round 12. Round 13 read its errors
and fixed them by class (tests/test_rules_round13.py; HELDOUT11.md, "Status"): its figures are
no longer blind. Since round 14 its floors are marked ``spent``: ``make test-all`` runs them,
CI's ``make test`` does not. Rows are raw ASR-style text, redacted before the rules run.
``-k rh11`` prints the table, categories included.
"""

from __future__ import annotations

import pytest

from tests.rules_set import (
    HELDOUT11_PATH,
    Measured,
    check_blind_set,
    check_floors,
)

HELDOUT11_SHA256 = "9d0095c2386c9958269703614ea8a8678070912be98ebd0b64ed1beb5b6159be"
# measured on heldout11 with the bundled rules of round 13 (2026-12-04; spent: round 13
# read its errors); floors sit MARGIN under these
HELDOUT11_MEASURED: Measured = {
    "angry_caller/empathy": (1.0, 1.0, 1.0, 1.0),
    # round 20: the retrained conduct classifier misses one more blaming line
    "angry_caller/no_blame": (0.842, 0.833, 0.993, 0.989),
    "angry_caller/no_interrupting_angry_customer": (1.0, 1.0, 1.0, 1.0),
    "category/address_change": (1.0, 1.0, 1.0, 1.0),
    "category/billing": (0.795, 0.816, 0.973, 0.969),
    "category/cancellation": (0.788, 0.867, 0.985, 0.974),
    "category/card_lost": (0.952, 0.952, 0.996, 0.996),
    "category/complaint": (0.926, 0.957, 0.98, 0.966),
    "category/fraud": (0.724, 1.0, 1.0, 0.971),
    "category/outage": (0.8, 0.889, 0.989, 0.978),
    "category/payment": (0.806, 0.806, 0.973, 0.973),
    "category/refund": (0.816, 1.0, 1.0, 0.974),
    "forbidden/no_card_readback": (0.895, 0.944, 0.996, 0.993),
    "forbidden/profanity": (1.0, 0.905, 0.993, 1.0),
    "forbidden/profanity_vi_strict": (1.0, 1.0, 1.0, 1.0),
    # round 16: the rude rule asks the conduct classifier: one more rude call found, one
    # false (a line this set's author counts as blaming)
    "forbidden/rude": (0.929, 0.722, 0.983, 0.996),
    "inbound/anything_else": (1.0, 0.944, 0.995, 1.0),
    "inbound/company_name": (1.0, 1.0, 1.0, 1.0),
    "inbound/confirm_problem": (0.923, 0.667, 0.971, 0.995),
    "inbound/goodbye": (1.0, 1.0, 1.0, 1.0),
    "inbound/greeting": (0.944, 0.944, 0.995, 0.995),
    "inbound/greeting_before_resolution": (1.0, 0.889, 0.988, 1.0),
    "inbound/offer_help": (0.85, 0.944, 0.995, 0.985),
    "inbound/resolution": (1.0, 0.833, 0.985, 1.0),
    "inbound/self_intro": (0.895, 0.944, 0.995, 0.99),
    "inbound/thanks": (1.0, 1.0, 1.0, 1.0),
    "inbound/thanks_before_goodbye": (0.857, 1.0, 1.0, 0.982),
    "outbound/consent": (1.0, 0.833, 0.933, 1.0),
    "outbound/identify_company": (0.944, 0.944, 0.984, 0.984),
    "outbound/identify_self": (1.0, 0.778, 0.939, 1.0),
    "outbound/purpose": (0.941, 0.889, 0.968, 0.984),
    "outbound/recording_disclosure": (0.9, 1.0, 1.0, 0.968),
}


def test_rh11001_heldout11_is_frozen_and_covers_every_rule_and_category() -> None:
    # the strict Vietnamese profanity rule is rare by design: 10 fails
    check_blind_set("heldout11", HELDOUT11_PATH, HELDOUT11_SHA256,
                    fewer_fails={"forbidden/profanity_vi_strict": 10})


@pytest.mark.spent
def test_rh11002_heldout11_precision_recall(capsys: pytest.CaptureFixture[str]) -> None:
    with capsys.disabled():
        check_floors("heldout11", "heldout11 (written blind, scored after round 11)",
                     HELDOUT11_MEASURED)
