"""The twenty-first held-out rule set: written blind, scored on rounds 21 and 22, then read in
round 23 (spent: its errors were read and fixed by class; its floors sit at round 23).

``heldout21`` (tests/data/rules/heldout21.jsonl, built by build_heldout21.py; how, by whom
and from what: tests/data/rules/HELDOUT21.md, the brief: brief_h21.md beside it) was written
the way heldout4 to heldout20 were: by a helper who saw the call script, the rules'
descriptions and the project's labelling conventions only, and never ran aqm on it; its brief
asked for new scenarios, speakers, agent styles and hard cases of its own (a bereavement, a
gambling block, a card cloned at a petrol station, a three-way call with an interpreter, a
call dropped before the closing; "good day" and "xin kính chào quý khách" as greetings, the
company only at the end of the opening or said twice, a surname with a title, the offer as
"go on, tell me", the restatement as a question or only as a closing summary, a warm transfer
with a promise as the resolution, "much appreciated" as thanks, "speak soon" as goodbye; a
polite blame, "ugh, fine" as rudeness, an Amex number or a number with one wrong digit read
back, the expiry alone read back; a decoy for every driver). It was frozen by its SHA-256 in
its own commit (75b2e50) before round 22 was committed, and scored, tables only, on round 21
(an archived copy) and on round 22. Round 23 read its errors (tests/test_rules_round23.py).
Rows are raw ASR-style text, redacted before the rules run; their truth says "na" for not
applicable (the word its brief used), which ``load_rows`` reads as ``not_applicable``. ``-k
rh21`` prints the table, categories included.
"""

from __future__ import annotations

import pytest

from tests.rules_set import (
    HELDOUT21_PATH,
    Measured,
    check_blind_set,
    check_floors,
)

HELDOUT21_SHA256 = "3c75b26f77353c0c66a9d4ad38931f1a0a27c863391e95639712097699540ba5"
# measured on heldout21 with the bundled rules of round 23 (2026-12-05; read this round);
# floors sit MARGIN under these
HELDOUT21_MEASURED: Measured = {
    "angry_caller/empathy": (0.9, 1.0, 1.0, 0.957),
    "angry_caller/no_blame": (0.947, 1.0, 1.0, 0.996),
    "angry_caller/no_interrupting_angry_customer": (1.0, 1.0, 1.0, 1.0),
    "category/address_change": (1.0, 1.0, 1.0, 1.0),
    "category/billing": (0.978, 0.9, 0.98, 0.996),
    "category/cancellation": (0.973, 1.0, 1.0, 0.996),
    "category/card_lost": (0.952, 0.8, 0.982, 0.996),
    "category/complaint": (0.976, 1.0, 1.0, 0.991),
    "category/fraud": (0.952, 0.8, 0.982, 0.996),
    "category/outage": (0.862, 1.0, 1.0, 0.985),
    "category/payment": (1.0, 1.0, 1.0, 1.0),
    "category/refund": (0.958, 1.0, 1.0, 0.992),
    "forbidden/no_card_readback": (1.0, 1.0, 1.0, 1.0),
    "forbidden/profanity": (1.0, 0.9, 0.993, 1.0),
    "forbidden/profanity_vi_strict": (1.0, 1.0, 1.0, 1.0),
    "forbidden/rude": (1.0, 0.944, 0.996, 1.0),
    "inbound/anything_else": (1.0, 0.944, 0.995, 1.0),
    "inbound/company_name": (0.947, 1.0, 1.0, 0.995),
    "inbound/confirm_problem": (1.0, 0.889, 0.99, 1.0),
    "inbound/goodbye": (1.0, 1.0, 1.0, 1.0),
    "inbound/greeting": (1.0, 0.944, 0.995, 1.0),
    "inbound/greeting_before_resolution": (1.0, 1.0, 1.0, 1.0),
    "inbound/offer_help": (0.947, 1.0, 1.0, 0.995),
    "inbound/resolution": (1.0, 1.0, 1.0, 1.0),
    "inbound/self_intro": (1.0, 0.944, 0.995, 1.0),
    "inbound/thanks": (0.947, 1.0, 1.0, 0.995),
    "inbound/thanks_before_goodbye": (1.0, 0.944, 0.994, 1.0),
    "outbound/consent": (1.0, 0.944, 0.981, 1.0),
    "outbound/identify_company": (0.9, 1.0, 1.0, 0.968),
    "outbound/identify_self": (1.0, 1.0, 1.0, 1.0),
    "outbound/purpose": (1.0, 1.0, 1.0, 1.0),
    "outbound/recording_disclosure": (1.0, 0.944, 0.984, 1.0),
}


def test_rh21001_heldout21_is_frozen_and_covers_every_rule_and_category() -> None:
    # the strict Vietnamese profanity rule is rare by design (9 fails), and the English
    # calls cannot fail it
    check_blind_set("heldout21", HELDOUT21_PATH, HELDOUT21_SHA256,
                    fewer_fails={"forbidden/profanity_vi_strict": 9})


@pytest.mark.spent
def test_rh21002_heldout21_precision_recall(capsys: pytest.CaptureFixture[str]) -> None:
    with capsys.disabled():
        check_floors("heldout21", "heldout21 (written blind, spent in round 23)",
                     HELDOUT21_MEASURED)
