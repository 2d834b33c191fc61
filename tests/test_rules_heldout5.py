"""The fifth held-out rule set: written blind, scored after round 4 of the rules.

``heldout5`` (tests/data/rules/heldout5.jsonl, built by build_heldout5.py; how, by whom and
from what: tests/data/rules/HELDOUT5.md) was written the way heldout4 was: by a helper who
saw the call script and the rules' descriptions only and never ran aqm on it. It was frozen
by its SHA-256 before round 4 was finished and scored (tables only) on the round-3 rules and
on round 4. Then its ``confirm_problem`` errors were read to build the direct-reply route of
``aqm.scoring.confirm_frame``: for that rule it is no longer a blind set (README, "Compliance
rules"); heldout4, unread then, was the check. Round 5 read both sets' errors (all rules):
both are spent, heldout6 is the blind one now. Rows are raw ASR-style text, redacted before the
rules run. ``-k rh5`` prints the table, categories included.
"""

from __future__ import annotations

import pytest

from tests.rules_set import (
    HELDOUT5_PATH,
    Measured,
    check_blind_set,
    check_floors,
)

HELDOUT5_SHA256 = "86bd939896223ee99ab6632b41595367b66eb8463a833e592a4d12a1ece4a763"
# measured on heldout5 with the bundled rules of round 4 (2026-12-02) and, for the rows rounds 5
# to 10 moved, of rounds 5 to 10 (round 5 read this set's errors: it is spent; round 6 trained
# the item classifier on its wordings); floors sit MARGIN under these
HELDOUT5_MEASURED: Measured = {
    "angry_caller/empathy": (1.0, 0.944, 0.989, 1.0),
    "angry_caller/no_blame": (0.947, 1.0, 1.0, 0.996),
    "angry_caller/no_interrupting_angry_customer": (1.0, 1.0, 1.0, 1.0),
    "category/address_change": (1.0, 1.0, 1.0, 1.0),
    "category/billing": (0.976, 0.976, 0.996, 0.996),
    "category/cancellation": (0.979, 1.0, 1.0, 0.996),
    "category/card_lost": (1.0, 1.0, 1.0, 1.0),
    "category/complaint": (0.927, 0.981, 0.989, 0.959),
    "category/fraud": (1.0, 1.0, 1.0, 1.0),
    "category/outage": (1.0, 1.0, 1.0, 1.0),
    "category/payment": (1.0, 1.0, 1.0, 1.0),
    "category/refund": (1.0, 1.0, 1.0, 1.0),
    "forbidden/no_card_readback": (1.0, 1.0, 1.0, 1.0),
    "forbidden/profanity": (1.0, 1.0, 1.0, 1.0),
    "forbidden/profanity_vi_strict": (1.0, 1.0, 1.0, 1.0),
    # round 20: the retrained conduct classifier, reading sentences and a turn's last words,
    # finds "em nói rồi mà chị không nghe ..." rude (this author: a restatement)
    "forbidden/rude": (0.947, 1.0, 1.0, 0.996),
    "inbound/anything_else": (1.0, 0.889, 0.99, 1.0),
    "inbound/company_name": (1.0, 1.0, 1.0, 1.0),
    "inbound/confirm_problem": (0.8, 0.889, 0.99, 0.98),
    "inbound/goodbye": (1.0, 1.0, 1.0, 1.0),
    "inbound/greeting": (1.0, 1.0, 1.0, 1.0),
    "inbound/greeting_before_resolution": (1.0, 1.0, 1.0, 1.0),
    "inbound/offer_help": (1.0, 0.889, 0.99, 1.0),
    "inbound/resolution": (1.0, 0.889, 0.99, 1.0),
    "inbound/self_intro": (0.895, 0.944, 0.995, 0.99),
    "inbound/thanks": (1.0, 1.0, 1.0, 1.0),
    "inbound/thanks_before_goodbye": (1.0, 0.778, 0.976, 1.0),
    "outbound/consent": (0.947, 1.0, 1.0, 0.977),
    "outbound/identify_company": (1.0, 1.0, 1.0, 1.0),
    "outbound/identify_self": (1.0, 1.0, 1.0, 1.0),
    "outbound/purpose": (1.0, 0.778, 0.939, 1.0),
    "outbound/recording_disclosure": (1.0, 1.0, 1.0, 1.0),
}


def test_rh5001_heldout5_is_frozen_and_covers_every_rule_and_category() -> None:
    check_blind_set("heldout5", HELDOUT5_PATH, HELDOUT5_SHA256)


@pytest.mark.spent
def test_rh5002_heldout5_precision_recall(capsys: pytest.CaptureFixture[str]) -> None:
    with capsys.disabled():
        check_floors("heldout5", "heldout5 (blind, scored after round 4; read in round 5)",
                     HELDOUT5_MEASURED)
