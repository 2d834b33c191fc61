"""The seventeenth held-out rule set: written blind, scored on rounds 17 and 18, then read in
round 19 (spent: its errors were read and fixed by class; its floors sit at round 19).

``heldout17`` (tests/data/rules/heldout17.jsonl, built by build_heldout17.py; how, by whom
and from what: tests/data/rules/HELDOUT17.md) was written the way heldout4 to heldout16 were:
by a helper who saw the call script, the rules' descriptions and the project's labelling
conventions only, and never ran aqm on it; its brief asked for new scenarios, speakers, agent
styles and hard cases of its own (a call handed to a second agent, a hold with a second
greeting, script items packed into one sentence or split across segments, the customer
interrupting the restatement, anger after the resolution, "anything else" in the negative,
empathy as a question, a conditional next step, a goodbye only as a closing wish). It was
frozen by its SHA-256 in its own commit (d9d47ec) before round 18 was committed, and scored,
tables only, on round 17 (an archived copy) and on round 18. Round 19 read its errors
(tests/test_rules_round19.py). Rows are raw ASR-style text, redacted before the rules run.
``-k rh17`` prints the table, categories included.
"""

from __future__ import annotations

import pytest

from tests.rules_set import (
    HELDOUT17_PATH,
    Measured,
    check_blind_set,
    check_floors,
)

HELDOUT17_SHA256 = "57dbd109f484d647ef4baddb394e2b9faf360e249f3181492c69c9b654c6ab9c"
# measured on heldout17 with the bundled rules of round 19 (2026-12-04; read this round);
# floors sit MARGIN under these
HELDOUT17_MEASURED: Measured = {
    "angry_caller/empathy": (1.0, 1.0, 1.0, 1.0),
    "angry_caller/no_blame": (1.0, 1.0, 1.0, 1.0),
    "angry_caller/no_interrupting_angry_customer": (1.0, 1.0, 1.0, 1.0),
    "category/address_change": (0.87, 1.0, 1.0, 0.989),
    "category/billing": (0.629, 0.759, 0.974, 0.952),
    "category/cancellation": (0.811, 1.0, 1.0, 0.974),
    "category/card_lost": (0.767, 1.0, 1.0, 0.975),
    "category/complaint": (0.956, 0.967, 0.986, 0.981),
    "category/fraud": (0.941, 0.842, 0.989, 0.996),
    "category/outage": (0.676, 1.0, 1.0, 0.96),
    "category/payment": (0.805, 0.917, 0.988, 0.97),
    "category/refund": (0.941, 1.0, 1.0, 0.993),
    "forbidden/no_card_readback": (1.0, 1.0, 1.0, 1.0),
    "forbidden/profanity": (1.0, 1.0, 1.0, 1.0),
    "forbidden/profanity_vi_strict": (1.0, 1.0, 1.0, 1.0),
    "forbidden/rude": (0.947, 1.0, 1.0, 0.996),
    "inbound/anything_else": (1.0, 0.944, 0.995, 1.0),
    "inbound/company_name": (1.0, 1.0, 1.0, 1.0),
    "inbound/confirm_problem": (0.9, 1.0, 1.0, 0.99),
    "inbound/goodbye": (1.0, 1.0, 1.0, 1.0),
    "inbound/greeting": (1.0, 1.0, 1.0, 1.0),
    "inbound/greeting_before_resolution": (1.0, 1.0, 1.0, 1.0),
    "inbound/offer_help": (1.0, 1.0, 1.0, 1.0),
    "inbound/resolution": (1.0, 1.0, 1.0, 1.0),
    "inbound/self_intro": (1.0, 0.944, 0.995, 1.0),
    "inbound/thanks": (1.0, 1.0, 1.0, 1.0),
    "inbound/thanks_before_goodbye": (1.0, 1.0, 1.0, 1.0),
    "outbound/consent": (1.0, 1.0, 1.0, 1.0),
    "outbound/identify_company": (1.0, 1.0, 1.0, 1.0),
    "outbound/identify_self": (1.0, 1.0, 1.0, 1.0),
    "outbound/purpose": (1.0, 1.0, 1.0, 1.0),
    "outbound/recording_disclosure": (1.0, 1.0, 1.0, 1.0),
}


def test_rh17001_heldout17_is_frozen_and_covers_every_rule_and_category() -> None:
    # the strict Vietnamese profanity rule is rare by design (10 fails), and the English
    # calls cannot fail it
    check_blind_set("heldout17", HELDOUT17_PATH, HELDOUT17_SHA256,
                    fewer_fails={"forbidden/profanity_vi_strict": 10})


@pytest.mark.spent
def test_rh17002_heldout17_precision_recall(capsys: pytest.CaptureFixture[str]) -> None:
    with capsys.disabled():
        check_floors("heldout17", "heldout17 (written blind, spent in round 19)",
                     HELDOUT17_MEASURED)
