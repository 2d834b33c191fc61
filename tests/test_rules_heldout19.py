"""The nineteenth held-out rule set: written blind, scored on rounds 19 and 20, then read in
round 21 (spent: its errors were read and fixed by class; its floors sit at round 21).

``heldout19`` (tests/data/rules/heldout19.jsonl, built by build_heldout19.py; how, by whom
and from what: tests/data/rules/HELDOUT19.md) was written the way heldout4 to heldout18 were:
by a helper who saw the call script, the rules' descriptions and the project's labelling
conventions only, and never ran aqm on it; its brief asked for new scenarios, speakers, agent
styles and hard cases of its own (a callback after a cut-off, the customer speaking first, a
specialist taking over, three security questions before the offer, two problems, an early
goodbye, several mid-call thanks, short interruptions of a calm customer, anger after the
resolution, two angry turns; "go ahead" as the offer of help, a team name without the
company, the company only as a product's brand, a restatement as a list of questions, a word
for word echo, a callback at a time as the resolution; near misses: the customer's "thank
you, bye" answered by a bare "okay", "I understand" followed by an argument, blame as a
question, card numbers read in spaced groups or across two turns, an expiry date read back).
It was frozen by its SHA-256 in its own commit (b860397) before round 20 was committed, and
scored, tables only, on round 19 (an archived copy) and on round 20. Round 21 read its errors
(tests/test_rules_round21.py). Rows are raw ASR-style text, redacted before the rules run.
``-k rh19`` prints the table, categories included.
"""

from __future__ import annotations

import pytest

from tests.rules_set import (
    HELDOUT19_PATH,
    Measured,
    check_blind_set,
    check_floors,
)

HELDOUT19_SHA256 = "013431c2bf7f6b8cee9ab360667c216449ecd75f61991970d15dcf3dd7d8f8e9"
# measured on heldout19 with the bundled rules of round 21 (2026-12-05; read this round);
# floors sit MARGIN under these
HELDOUT19_MEASURED: Measured = {
    "angry_caller/empathy": (0.944, 0.944, 0.978, 0.978),
    "angry_caller/no_blame": (0.85, 0.944, 0.996, 0.989),
    "angry_caller/no_interrupting_angry_customer": (1.0, 1.0, 1.0, 1.0),
    "category/address_change": (0.909, 1.0, 1.0, 0.993),
    "category/billing": (1.0, 0.64, 0.933, 1.0),
    "category/cancellation": (0.706, 0.96, 0.996, 0.964),
    "category/card_lost": (0.933, 0.483, 0.947, 0.996),
    "category/complaint": (0.87, 1.0, 1.0, 0.945),
    "category/fraud": (0.667, 0.815, 0.981, 0.96),
    "category/outage": (0.414, 0.667, 0.978, 0.94),
    "category/payment": (0.667, 0.857, 0.985, 0.956),
    "category/refund": (1.0, 0.9, 0.985, 1.0),
    "forbidden/no_card_readback": (1.0, 1.0, 1.0, 1.0),
    "forbidden/profanity": (1.0, 0.95, 0.996, 1.0),
    "forbidden/profanity_vi_strict": (1.0, 1.0, 1.0, 1.0),
    "forbidden/rude": (1.0, 1.0, 1.0, 1.0),
    "inbound/anything_else": (1.0, 1.0, 1.0, 1.0),
    "inbound/company_name": (1.0, 1.0, 1.0, 1.0),
    "inbound/confirm_problem": (0.882, 0.833, 0.985, 0.99),
    "inbound/goodbye": (1.0, 0.889, 0.99, 1.0),
    "inbound/greeting": (1.0, 1.0, 1.0, 1.0),
    "inbound/greeting_before_resolution": (1.0, 0.889, 0.988, 1.0),
    "inbound/offer_help": (1.0, 1.0, 1.0, 1.0),
    "inbound/resolution": (1.0, 0.944, 0.995, 1.0),
    "inbound/self_intro": (1.0, 1.0, 1.0, 1.0),
    "inbound/thanks": (1.0, 1.0, 1.0, 1.0),
    "inbound/thanks_before_goodbye": (0.9, 1.0, 1.0, 0.988),
    "outbound/consent": (1.0, 1.0, 1.0, 1.0),
    "outbound/identify_company": (1.0, 1.0, 1.0, 1.0),
    "outbound/identify_self": (1.0, 1.0, 1.0, 1.0),
    "outbound/purpose": (0.944, 0.944, 0.984, 0.984),
    "outbound/recording_disclosure": (1.0, 1.0, 1.0, 1.0),
}


def test_rh19001_heldout19_is_frozen_and_covers_every_rule_and_category() -> None:
    # the strict Vietnamese profanity rule is rare by design (9 fails), and the English
    # calls cannot fail it
    check_blind_set("heldout19", HELDOUT19_PATH, HELDOUT19_SHA256,
                    fewer_fails={"forbidden/profanity_vi_strict": 9})


@pytest.mark.spent
def test_rh19002_heldout19_precision_recall(capsys: pytest.CaptureFixture[str]) -> None:
    with capsys.disabled():
        check_floors("heldout19", "heldout19 (written blind, spent in round 21)",
                     HELDOUT19_MEASURED)
