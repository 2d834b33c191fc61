"""The twentieth held-out rule set: written blind, scored on rounds 20 and 21, tables only.

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
archived copy) and on round 21. Nobody has read its errors. Rows are raw ASR-style text,
redacted before the rules run. ``-k rh20`` prints the table, categories included.
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
# measured on heldout20 with the bundled rules of round 21 (2026-12-05; blind, tables only:
# its errors are unread); floors sit MARGIN under these
HELDOUT20_MEASURED: Measured = {
    "angry_caller/empathy": (0.818, 1.0, 1.0, 0.913),
    "angry_caller/no_blame": (0.81, 0.944, 0.996, 0.986),
    "angry_caller/no_interrupting_angry_customer": (1.0, 1.0, 1.0, 1.0),
    "category/address_change": (0.885, 0.852, 0.985, 0.989),
    "category/billing": (0.514, 0.514, 0.936, 0.936),
    "category/cancellation": (0.889, 0.774, 0.974, 0.989),
    "category/card_lost": (0.667, 0.727, 0.978, 0.971),
    "category/complaint": (0.821, 0.842, 0.946, 0.938),
    "category/fraud": (0.517, 0.833, 0.989, 0.95),
    "category/outage": (0.6, 0.522, 0.961, 0.971),
    "category/payment": (0.857, 0.923, 0.993, 0.985),
    "category/refund": (0.683, 0.903, 0.988, 0.952),
    "forbidden/no_card_readback": (0.947, 1.0, 1.0, 0.996),
    "forbidden/profanity": (1.0, 0.952, 0.996, 1.0),
    "forbidden/profanity_vi_strict": (1.0, 1.0, 1.0, 1.0),
    "forbidden/rude": (0.933, 0.778, 0.986, 0.996),
    "inbound/anything_else": (0.531, 0.944, 0.995, 0.926),
    "inbound/company_name": (0.875, 0.778, 0.98, 0.99),
    "inbound/confirm_problem": (0.5, 0.222, 0.934, 0.98),
    "inbound/goodbye": (1.0, 1.0, 1.0, 1.0),
    "inbound/greeting": (0.562, 1.0, 1.0, 0.931),
    "inbound/greeting_before_resolution": (0.923, 0.667, 0.963, 0.994),
    "inbound/offer_help": (0.531, 0.944, 0.995, 0.926),
    "inbound/resolution": (0.778, 0.778, 0.98, 0.98),
    "inbound/self_intro": (1.0, 0.833, 0.985, 1.0),
    "inbound/thanks": (1.0, 0.722, 0.976, 1.0),
    "inbound/thanks_before_goodbye": (0.947, 1.0, 1.0, 0.994),
    "outbound/consent": (0.64, 0.889, 0.957, 0.83),
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


def test_rh20002_heldout20_precision_recall(capsys: pytest.CaptureFixture[str]) -> None:
    with capsys.disabled():
        check_floors("heldout20", "heldout20 (written blind, scored on rounds 20 and 21)",
                     HELDOUT20_MEASURED)
