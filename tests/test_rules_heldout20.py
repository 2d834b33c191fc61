"""The twentieth held-out rule set: written blind, scored on rounds 20 and 21, then read in
round 22 (spent: its errors were read and fixed by class; its floors sit at round 22).

``heldout20`` (tests/data/rules/heldout20.jsonl, built by build_heldout20.py; how, by whom
and from what: tests/data/rules/HELDOUT20.md) was written the way heldout4 to heldout20 were:
by a helper who saw the call script, the rules' descriptions and the project's labelling
conventions only, and never ran aqm on it; its brief asked for new scenarios, speakers, agent
styles and hard cases of its own (holds, a call put through from another department, a
wrong-number outbound call, the phone handed to someone else, a repeated greeting after a
line drop, a restatement corrected by the customer, a resolution withdrawn and replaced,
sarcasm as anger; the company named without a greeting or abbreviated, the name after a
title, the offer as a question about the reason for the call, a reference number and a time
as the resolution, thanks to a third party, "oh no" as empathy, "as I said before" as blame,
sort codes read back, decoys for every driver). It was frozen by its SHA-256 in its own
commit (bdaf605) before round 21 was committed, and scored, tables only, on round 20 (an
archived copy) and on round 21. Round 22 read its errors (tests/test_rules_round22.py). Rows
are raw ASR-style text, redacted before the rules run. ``-k rh20`` prints the table,
categories included.
"""

from __future__ import annotations

import pytest

from tests.rules_set import (
    HELDOUT20_PATH,
    Measured,
    check_blind_set,
    check_floors,
)

HELDOUT20_SHA256 = "93c841024941c36a4afa384dca0ceb43157717960dad8f177e4190baa8d811d9"
# measured on heldout20 with the bundled rules of round 22 (2026-12-05; read this round);
# floors sit MARGIN under these
HELDOUT20_MEASURED: Measured = {
    "angry_caller/empathy": (1.0, 1.0, 1.0, 1.0),
    "angry_caller/no_blame": (1.0, 1.0, 1.0, 1.0),
    "angry_caller/no_interrupting_angry_customer": (1.0, 1.0, 1.0, 1.0),
    "category/address_change": (0.885, 0.852, 0.985, 0.989),
    "category/billing": (0.767, 0.657, 0.956, 0.974),
    "category/cancellation": (0.889, 0.774, 0.974, 0.989),
    "category/card_lost": (0.889, 0.727, 0.979, 0.993),
    "category/complaint": (0.901, 0.842, 0.948, 0.969),
    "category/fraud": (0.625, 0.833, 0.989, 0.968),
    "category/outage": (0.714, 0.652, 0.971, 0.978),
    "category/payment": (0.857, 0.923, 0.993, 0.985),
    "category/refund": (0.778, 0.903, 0.989, 0.97),
    "forbidden/no_card_readback": (0.947, 1.0, 1.0, 0.996),
    "forbidden/profanity": (1.0, 0.952, 0.996, 1.0),
    "forbidden/profanity_vi_strict": (1.0, 1.0, 1.0, 1.0),
    "forbidden/rude": (0.947, 1.0, 1.0, 0.996),
    "inbound/anything_else": (1.0, 1.0, 1.0, 1.0),
    "inbound/company_name": (1.0, 0.778, 0.981, 1.0),
    "inbound/confirm_problem": (0.765, 0.722, 0.975, 0.98),
    "inbound/goodbye": (1.0, 1.0, 1.0, 1.0),
    "inbound/greeting": (1.0, 1.0, 1.0, 1.0),
    "inbound/greeting_before_resolution": (1.0, 1.0, 1.0, 1.0),
    "inbound/offer_help": (0.895, 0.944, 0.995, 0.99),
    "inbound/resolution": (0.938, 0.833, 0.985, 0.995),
    "inbound/self_intro": (1.0, 0.833, 0.985, 1.0),
    "inbound/thanks": (1.0, 1.0, 1.0, 1.0),
    "inbound/thanks_before_goodbye": (0.947, 1.0, 1.0, 0.994),
    "outbound/consent": (1.0, 1.0, 1.0, 1.0),
    "outbound/identify_company": (1.0, 0.889, 0.969, 1.0),
    "outbound/identify_self": (1.0, 1.0, 1.0, 1.0),
    "outbound/purpose": (0.947, 1.0, 1.0, 0.984),
    "outbound/recording_disclosure": (1.0, 1.0, 1.0, 1.0),
}


def test_rh20001_heldout20_is_frozen_and_covers_every_rule_and_category() -> None:
    # the strict Vietnamese profanity rule is rare by design (9 fails), and the English
    # calls cannot fail it
    check_blind_set("heldout20", HELDOUT20_PATH, HELDOUT20_SHA256,
                    fewer_fails={"forbidden/profanity_vi_strict": 9})


@pytest.mark.spent
def test_rh20002_heldout20_precision_recall(capsys: pytest.CaptureFixture[str]) -> None:
    with capsys.disabled():
        check_floors("heldout20", "heldout20 (written blind, spent in round 22)",
                     HELDOUT20_MEASURED)
