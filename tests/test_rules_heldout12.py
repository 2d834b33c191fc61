"""The twelfth held-out rule set: written blind, scored on rounds 12 and 13, spent in round 14.

``heldout12`` (tests/data/rules/heldout12.jsonl, built by build_heldout12.py; how, by whom
and from what: tests/data/rules/HELDOUT12.md) was written the way heldout4 to heldout11 were:
by a helper who saw the call script, the rules' descriptions and the project's labelling
conventions only, and never ran aqm on it; its brief asked for new scenarios, speakers, agent
styles and hard cases of its own (callers who speak first, new rude and blaming wordings). It
was frozen by its SHA-256 in its own commit (5ac272a) before round 13 was scored. Scored,
tables only, on an archived copy of round 12 and on round 13 (README, "Compliance rules",
round 13). Once heldout13 was frozen, round 14 read its errors and fixed them by class
(tests/test_rules_round14.py): its figures are no longer blind, and its floors are marked
``spent`` (``make test-all`` runs them, CI's ``make test`` does not). Rows are raw ASR-style
text, redacted before the rules run. ``-k rh12`` prints the table, categories included.
"""

from __future__ import annotations

import pytest

from tests.rules_set import (
    HELDOUT12_PATH,
    Measured,
    check_blind_set,
    check_floors,
)

HELDOUT12_SHA256 = "4c470a9ae25145d0cd1de13a21a48d2bb6531b927a5a6b2c6a12fa390067339e"
# measured on heldout12 with the bundled rules of round 14 (2026-12-04; spent: round 14 read
# its errors); floors sit MARGIN under these
HELDOUT12_MEASURED: Measured = {
    "angry_caller/empathy": (1.0, 1.0, 1.0, 1.0),
    "angry_caller/no_blame": (0.6, 0.333, 0.959, 0.986),
    "angry_caller/no_interrupting_angry_customer": (1.0, 1.0, 1.0, 1.0),
    "category/address_change": (1.0, 1.0, 1.0, 1.0),
    "category/billing": (0.5, 0.592, 0.917, 0.884),
    "category/cancellation": (0.97, 0.97, 0.996, 0.996),
    "category/card_lost": (0.786, 0.917, 0.993, 0.978),
    "category/complaint": (0.984, 0.765, 0.92, 0.995),
    "category/fraud": (0.957, 0.88, 0.989, 0.996),
    "category/outage": (0.735, 0.833, 0.981, 0.967),
    "category/payment": (0.865, 0.744, 0.958, 0.981),
    "category/refund": (0.892, 0.786, 0.966, 0.984),
    "forbidden/no_card_readback": (1.0, 1.0, 1.0, 1.0),
    "forbidden/profanity": (1.0, 1.0, 1.0, 1.0),
    "forbidden/profanity_vi_strict": (1.0, 1.0, 1.0, 1.0),
    # round 16: the rude rule asks the conduct classifier, which reads one of this set's
    # blaming lines ("you keep changing your password, you've locked yourself out") as rude
    "forbidden/rude": (0.944, 0.944, 0.996, 0.996),
    "inbound/anything_else": (1.0, 1.0, 1.0, 1.0),
    "inbound/company_name": (0.923, 0.667, 0.971, 0.995),
    "inbound/confirm_problem": (0.444, 0.667, 0.969, 0.926),
    "inbound/goodbye": (1.0, 1.0, 1.0, 1.0),
    "inbound/greeting": (1.0, 0.944, 0.995, 1.0),
    "inbound/greeting_before_resolution": (1.0, 0.944, 0.994, 1.0),
    "inbound/offer_help": (1.0, 0.889, 0.99, 1.0),
    "inbound/resolution": (0.526, 0.556, 0.96, 0.955),
    "inbound/self_intro": (0.933, 0.778, 0.98, 0.995),
    "inbound/thanks": (1.0, 1.0, 1.0, 1.0),
    "inbound/thanks_before_goodbye": (0.947, 1.0, 1.0, 0.994),
    "outbound/consent": (1.0, 1.0, 1.0, 1.0),
    "outbound/identify_company": (1.0, 1.0, 1.0, 1.0),
    "outbound/identify_self": (1.0, 0.778, 0.939, 1.0),
    "outbound/purpose": (0.857, 1.0, 1.0, 0.952),
    "outbound/recording_disclosure": (1.0, 1.0, 1.0, 1.0),
}


def test_rh12001_heldout12_is_frozen_and_covers_every_rule_and_category() -> None:
    # the strict Vietnamese profanity rule is rare by design: 10 fails
    check_blind_set("heldout12", HELDOUT12_PATH, HELDOUT12_SHA256,
                    fewer_fails={"forbidden/profanity_vi_strict": 10})


@pytest.mark.spent
def test_rh12002_heldout12_precision_recall(capsys: pytest.CaptureFixture[str]) -> None:
    with capsys.disabled():
        check_floors("heldout12", "heldout12 (written blind, spent in round 14)",
                     HELDOUT12_MEASURED)
