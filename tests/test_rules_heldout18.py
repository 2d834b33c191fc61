"""The eighteenth held-out rule set: written blind, scored on rounds 18 and 19, then read in
round 20 (spent: its errors were read and fixed by class; its floors sit at round 20).

``heldout18`` (tests/data/rules/heldout18.jsonl, built by build_heldout18.py; how, by whom
and from what: tests/data/rules/HELDOUT18.md) was written the way heldout4 to heldout17 were:
by a helper who saw the call script, the rules' descriptions and the project's labelling
conventions only, and never ran aqm on it; its brief asked for new scenarios, speakers, agent
styles and hard cases of its own (a call put through from another team, a relative taking
the phone, two holds, a restatement the customer corrects, a bad line with repeated
questions, "anything else" asked twice; a self-corrected greeting, the agent's surname, a
tag-question restatement, a resolution that points to a letter already sent; near misses:
"anything else" said by the customer, "sorry, could you repeat that?" as the only "sorry"
after anger, a card number read back in pairs or as words). It was frozen by its SHA-256 in
its own commit (99f90c8) before round 19 was committed, and scored, tables only, on round 18
(an archived copy) and on round 19. Round 20 read its errors (tests/test_rules_round20.py).
Rows are raw ASR-style text, redacted before the rules run. ``-k rh18`` prints the table,
categories included.
"""

from __future__ import annotations

import pytest

from tests.rules_set import (
    HELDOUT18_PATH,
    Measured,
    check_blind_set,
    check_floors,
)

HELDOUT18_SHA256 = "7a3bc623cc03710da534003cd403aae386e630b9a76bb61fb71a64f1b12521c8"
# measured on heldout18 with the bundled rules of round 20 (2026-12-04; read this round);
# floors sit MARGIN under these
HELDOUT18_MEASURED: Measured = {
    "angry_caller/empathy": (1.0, 0.833, 0.935, 1.0),
    "angry_caller/no_blame": (1.0, 1.0, 1.0, 1.0),
    "angry_caller/no_interrupting_angry_customer": (1.0, 1.0, 1.0, 1.0),
    "category/address_change": (0.958, 0.958, 0.996, 0.996),
    "category/billing": (0.629, 0.478, 0.909, 0.949),
    "category/cancellation": (0.739, 0.515, 0.942, 0.978),
    "category/card_lost": (0.652, 0.625, 0.968, 0.971),
    "category/complaint": (0.938, 0.894, 0.959, 0.977),
    "category/fraud": (0.667, 0.818, 0.985, 0.968),
    "category/outage": (0.955, 0.7, 0.968, 0.996),
    "category/payment": (1.0, 0.676, 0.96, 1.0),
    "category/refund": (1.0, 0.554, 0.907, 1.0),
    "forbidden/no_card_readback": (0.944, 0.944, 0.996, 0.996),
    "forbidden/profanity": (1.0, 1.0, 1.0, 1.0),
    "forbidden/profanity_vi_strict": (1.0, 1.0, 1.0, 1.0),
    "forbidden/rude": (1.0, 1.0, 1.0, 1.0),
    "inbound/anything_else": (1.0, 1.0, 1.0, 1.0),
    "inbound/company_name": (0.9, 1.0, 1.0, 0.99),
    "inbound/confirm_problem": (0.944, 0.944, 0.995, 0.995),
    "inbound/goodbye": (1.0, 1.0, 1.0, 1.0),
    "inbound/greeting": (1.0, 1.0, 1.0, 1.0),
    "inbound/greeting_before_resolution": (1.0, 0.944, 0.994, 1.0),
    "inbound/offer_help": (1.0, 0.944, 0.995, 1.0),
    "inbound/resolution": (0.857, 1.0, 1.0, 0.985),
    "inbound/self_intro": (0.944, 0.944, 0.995, 0.995),
    "inbound/thanks": (1.0, 0.944, 0.995, 1.0),
    "inbound/thanks_before_goodbye": (1.0, 1.0, 1.0, 1.0),
    "outbound/consent": (1.0, 1.0, 1.0, 1.0),
    "outbound/identify_company": (1.0, 1.0, 1.0, 1.0),
    "outbound/identify_self": (0.895, 0.944, 0.984, 0.968),
    "outbound/purpose": (1.0, 1.0, 1.0, 1.0),
    "outbound/recording_disclosure": (1.0, 1.0, 1.0, 1.0),
}


def test_rh18001_heldout18_is_frozen_and_covers_every_rule_and_category() -> None:
    # the strict Vietnamese profanity rule is rare by design (9 fails), and the English
    # calls cannot fail it
    check_blind_set("heldout18", HELDOUT18_PATH, HELDOUT18_SHA256,
                    fewer_fails={"forbidden/profanity_vi_strict": 9})


@pytest.mark.spent
def test_rh18002_heldout18_precision_recall(capsys: pytest.CaptureFixture[str]) -> None:
    with capsys.disabled():
        check_floors("heldout18", "heldout18 (written blind, spent in round 20)",
                     HELDOUT18_MEASURED)
