"""The sixteenth held-out rule set: written blind, scored on rounds 16 and 17, then read in
round 18 (spent: its errors were read and fixed by class; its floors sit at round 18).

``heldout16`` (tests/data/rules/heldout16.jsonl, built by build_heldout16.py; how, by whom
and from what: tests/data/rules/HELDOUT16.md) was written the way heldout4 to heldout15 were:
by a helper who saw the call script, the rules' descriptions and the project's labelling
conventions only, and never ran aqm on it; its brief asked for new scenarios, speakers, agent
styles and hard cases of its own (the customer's confirmation several turns after the
restatement, a restatement corrected and said again, blame and rude lines as rhetorical
questions and half-sentences, a team's or a web address for the company's name, closing
thanks said early). It was frozen by its SHA-256 in its own commit (7f2cb17) before round 17
was committed, and scored, tables only, on round 16 (an archived copy) and on round 17.
Round 18 read its errors (tests/test_rules_round18.py). Rows are raw ASR-style text,
redacted before the rules run.
``-k rh16`` prints the table, categories included.
"""

from __future__ import annotations

import pytest

from tests.rules_set import (
    HELDOUT16_PATH,
    Measured,
    check_blind_set,
    check_floors,
)

HELDOUT16_SHA256 = "05e79b7c12cffe42f4016486067c052162b018a48c5cf5ac9609da789a0009f1"
# measured on heldout16 with the bundled rules of round 18 (2026-12-04; read this round);
# floors sit MARGIN under these
HELDOUT16_MEASURED: Measured = {
    "angry_caller/empathy": (0.941, 0.889, 0.961, 0.98),
    "angry_caller/no_blame": (0.75, 1.0, 1.0, 0.979),
    "angry_caller/no_interrupting_angry_customer": (1.0, 1.0, 1.0, 1.0),
    "category/address_change": (0.84, 1.0, 1.0, 0.986),
    "category/billing": (0.692, 0.6, 0.931, 0.953),
    "category/cancellation": (0.864, 1.0, 1.0, 0.989),
    "category/card_lost": (1.0, 0.667, 0.979, 1.0),
    "category/complaint": (0.97, 0.877, 0.962, 0.991),
    "category/fraud": (0.654, 0.708, 0.974, 0.967),
    "category/outage": (1.0, 0.8, 0.978, 1.0),
    "category/payment": (0.871, 0.771, 0.97, 0.985),
    "category/refund": (0.714, 0.61, 0.94, 0.961),
    "forbidden/no_card_readback": (1.0, 1.0, 1.0, 1.0),
    "forbidden/profanity": (1.0, 1.0, 1.0, 1.0),
    "forbidden/profanity_vi_strict": (1.0, 1.0, 1.0, 1.0),
    "forbidden/rude": (0.818, 1.0, 1.0, 0.986),
    "inbound/anything_else": (1.0, 1.0, 1.0, 1.0),
    "inbound/company_name": (1.0, 1.0, 1.0, 1.0),
    "inbound/confirm_problem": (0.842, 0.889, 0.99, 0.985),
    "inbound/goodbye": (1.0, 1.0, 1.0, 1.0),
    "inbound/greeting": (1.0, 1.0, 1.0, 1.0),
    "inbound/greeting_before_resolution": (0.941, 0.889, 0.988, 0.994),
    "inbound/offer_help": (0.944, 0.944, 0.995, 0.995),
    # round 20: "tôi bật thông báo số dư qua app cho quý khách nhé?" (an offer) matches the
    # wording "{me} bật thông báo" heldout18's author counts as done: one more false pass
    "inbound/resolution": (1.0, 0.889, 0.99, 1.0),
    "inbound/self_intro": (1.0, 0.778, 0.981, 1.0),
    "inbound/thanks": (1.0, 1.0, 1.0, 1.0),
    "inbound/thanks_before_goodbye": (1.0, 1.0, 1.0, 1.0),
    "outbound/consent": (1.0, 0.889, 0.957, 1.0),
    "outbound/identify_company": (1.0, 1.0, 1.0, 1.0),
    "outbound/identify_self": (1.0, 0.944, 0.984, 1.0),
    "outbound/purpose": (1.0, 0.833, 0.954, 1.0),
    "outbound/recording_disclosure": (1.0, 1.0, 1.0, 1.0),
}


def test_rh16001_heldout16_is_frozen_and_covers_every_rule_and_category() -> None:
    # the strict Vietnamese profanity rule is rare by design: 10 fails
    check_blind_set("heldout16", HELDOUT16_PATH, HELDOUT16_SHA256,
                    fewer_fails={"forbidden/profanity_vi_strict": 10})


@pytest.mark.spent
def test_rh16002_heldout16_precision_recall(capsys: pytest.CaptureFixture[str]) -> None:
    with capsys.disabled():
        check_floors("heldout16", "heldout16 (written blind, spent in round 18)",
                     HELDOUT16_MEASURED)
