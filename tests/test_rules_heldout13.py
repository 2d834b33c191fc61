"""The thirteenth held-out rule set: written blind, scored on rounds 13 and 14, spent in round 15.

``heldout13`` (tests/data/rules/heldout13.jsonl, built by build_heldout13.py; how, by whom
and from what: tests/data/rules/HELDOUT13.md) was written the way heldout4 to heldout12 were:
by a helper who saw the call script, the rules' descriptions and the project's labelling
conventions only, and never ran aqm on it; its brief asked for new scenarios, speakers, agent
styles and hard cases of its own (a few words before the greeting that are or are not an
answer, restatements that are only "okay", promises to "look into it", new rude and blaming
wordings). It was frozen by its SHA-256 in its own commit (6386003) before round 14 began, and
scored, tables only, on round 13 and on round 14 (the same table: round 14 moved no row). Its
no_blame row decided one thing: round 14's blame wordings, which lowered it, were withdrawn.
Once heldout14 was frozen, round 15 read its errors and fixed them by class
(tests/test_rules_round15.py): its figures are no longer blind, and its floors are marked
``spent`` (``make test-all`` runs them, CI's ``make test`` does not). Rows are raw ASR-style
text, redacted before the rules run. ``-k rh13`` prints the table, categories included.
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
# measured on heldout13 with the bundled rules of round 15 (2026-12-04; spent: round 15 read
# its errors); floors sit MARGIN under these
HELDOUT13_MEASURED: Measured = {
    "angry_caller/empathy": (1.0, 0.944, 0.98, 1.0),
    # round 16: the retrained conduct classifier's blame thresholds (0.99 / 0.995 for 0.98)
    # drop this set's 4 false blames and 1 true one
    "angry_caller/no_blame": (1.0, 0.889, 0.993, 1.0),
    "angry_caller/no_interrupting_angry_customer": (1.0, 1.0, 1.0, 1.0),
    "category/address_change": (0.857, 1.0, 1.0, 0.986),
    "category/billing": (0.672, 0.759, 0.946, 0.919),
    "category/cancellation": (0.758, 1.0, 1.0, 0.971),
    "category/card_lost": (0.893, 1.0, 1.0, 0.989),
    "category/complaint": (0.978, 1.0, 1.0, 0.991),
    "category/fraud": (0.783, 0.72, 0.975, 0.982),
    "category/outage": (0.759, 0.88, 0.989, 0.975),
    "category/payment": (0.812, 0.929, 0.988, 0.965),
    "category/refund": (1.0, 0.975, 0.996, 1.0),
    "forbidden/no_card_readback": (0.9, 1.0, 1.0, 0.993),
    "forbidden/profanity": (1.0, 1.0, 1.0, 1.0),
    "forbidden/profanity_vi_strict": (1.0, 1.0, 1.0, 1.0),
    # round 16: the rude rule asks the conduct classifier, which reads two of this set's
    # blaming lines as rude ("if you'd used your own password this wouldn't happen")
    "forbidden/rude": (0.9, 1.0, 1.0, 0.993),
    "inbound/anything_else": (1.0, 1.0, 1.0, 1.0),
    "inbound/company_name": (1.0, 1.0, 1.0, 1.0),
    "inbound/confirm_problem": (0.842, 0.889, 0.99, 0.985),
    "inbound/goodbye": (1.0, 1.0, 1.0, 1.0),
    "inbound/greeting": (1.0, 1.0, 1.0, 1.0),
    "inbound/greeting_before_resolution": (0.833, 0.833, 0.982, 0.982),
    "inbound/offer_help": (1.0, 0.889, 0.99, 1.0),
    "inbound/resolution": (0.923, 0.667, 0.971, 0.995),
    "inbound/self_intro": (1.0, 0.944, 0.995, 1.0),
    "inbound/thanks": (1.0, 1.0, 1.0, 1.0),
    "inbound/thanks_before_goodbye": (0.947, 1.0, 1.0, 0.994),
    "outbound/consent": (1.0, 0.944, 0.978, 1.0),
    "outbound/identify_company": (1.0, 1.0, 1.0, 1.0),
    "outbound/identify_self": (0.944, 0.944, 0.984, 0.984),
    "outbound/purpose": (1.0, 0.944, 0.984, 1.0),
    "outbound/recording_disclosure": (1.0, 1.0, 1.0, 1.0),
}


def test_rh13001_heldout13_is_frozen_and_covers_every_rule_and_category() -> None:
    # the strict Vietnamese profanity rule is rare by design: 10 fails
    check_blind_set("heldout13", HELDOUT13_PATH, HELDOUT13_SHA256,
                    fewer_fails={"forbidden/profanity_vi_strict": 10})


@pytest.mark.spent
def test_rh13002_heldout13_precision_recall(capsys: pytest.CaptureFixture[str]) -> None:
    with capsys.disabled():
        check_floors("heldout13", "heldout13 (written blind, spent in round 15)",
                     HELDOUT13_MEASURED)
