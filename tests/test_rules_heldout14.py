"""The fourteenth held-out rule set: written blind, scored on rounds 14 and 15, spent in round 16.

``heldout14`` (tests/data/rules/heldout14.jsonl, built by build_heldout14.py; how, by whom
and from what: tests/data/rules/HELDOUT14.md) was written the way heldout4 to heldout13 were:
by a helper who saw the call script, the rules' descriptions and the project's labelling
conventions only, and never ran aqm on it; its brief asked for new scenarios, speakers, agent
styles and hard cases of its own (the agent naming a colleague, not themself; restatements
that echo one word or ask the caller to repeat; "anything else" said as no question; anger in
short cold replies; new rude and blaming wordings). It was frozen by its SHA-256 in its own
commit (2a6a58f) before round 15 changed anything, and scored, tables only, on round 14 (an
archived copy) and on round 15. Once heldout15 was frozen, round 16 read its errors and fixed
them by class (tests/test_rules_round16.py): its figures are no longer blind, and its floors
are marked ``spent`` (``make test-all`` runs them, CI's ``make test`` does not). Rows are raw
ASR-style text, redacted before the rules run. ``-k rh14`` prints the table, categories
included.
"""

from __future__ import annotations

import pytest

from tests.rules_set import (
    HELDOUT14_PATH,
    Measured,
    check_blind_set,
    check_floors,
)

HELDOUT14_SHA256 = "9c6cd4f0ade13342bea4b90a0b47880dcbe042eb39267dae687df56723092e35"
# measured on heldout14 with the bundled rules of round 16 (2026-12-04; spent: round 16 read
# its errors); floors sit MARGIN under these
HELDOUT14_MEASURED: Measured = {
    "angry_caller/empathy": (1.0, 0.944, 0.98, 1.0),
    "angry_caller/no_blame": (0.778, 0.778, 0.986, 0.986),
    "angry_caller/no_interrupting_angry_customer": (1.0, 1.0, 1.0, 1.0),
    "category/address_change": (0.667, 1.0, 1.0, 0.968),
    "category/billing": (0.674, 0.795, 0.969, 0.943),
    "category/cancellation": (0.893, 1.0, 1.0, 0.989),
    "category/card_lost": (0.862, 0.962, 0.996, 0.985),
    "category/complaint": (0.933, 0.986, 0.996, 0.978),
    "category/fraud": (0.708, 0.739, 0.978, 0.975),
    "category/outage": (0.656, 0.875, 0.989, 0.96),
    "category/payment": (0.73, 0.794, 0.973, 0.962),
    "category/refund": (1.0, 0.882, 0.976, 1.0),
    "forbidden/no_card_readback": (1.0, 1.0, 1.0, 1.0),
    "forbidden/profanity": (1.0, 1.0, 1.0, 1.0),
    "forbidden/profanity_vi_strict": (1.0, 1.0, 1.0, 1.0),
    "forbidden/rude": (0.667, 1.0, 1.0, 0.968),
    "inbound/anything_else": (1.0, 1.0, 1.0, 1.0),
    "inbound/company_name": (1.0, 0.944, 0.995, 1.0),
    "inbound/confirm_problem": (0.591, 0.722, 0.975, 0.955),
    "inbound/goodbye": (1.0, 1.0, 1.0, 1.0),
    "inbound/greeting": (1.0, 1.0, 1.0, 1.0),
    "inbound/greeting_before_resolution": (1.0, 0.722, 0.97, 1.0),
    "inbound/offer_help": (0.9, 1.0, 1.0, 0.99),
    "inbound/resolution": (0.727, 0.889, 0.99, 0.97),
    "inbound/self_intro": (1.0, 1.0, 1.0, 1.0),
    "inbound/thanks": (1.0, 0.944, 0.995, 1.0),
    "inbound/thanks_before_goodbye": (0.857, 1.0, 1.0, 0.982),
    "outbound/consent": (1.0, 1.0, 1.0, 1.0),
    "outbound/identify_company": (0.947, 1.0, 1.0, 0.984),
    "outbound/identify_self": (1.0, 1.0, 1.0, 1.0),
    "outbound/purpose": (0.941, 0.889, 0.968, 0.984),
    "outbound/recording_disclosure": (1.0, 1.0, 1.0, 1.0),
}


def test_rh14001_heldout14_is_frozen_and_covers_every_rule_and_category() -> None:
    # the strict Vietnamese profanity rule is rare by design: 10 fails
    check_blind_set("heldout14", HELDOUT14_PATH, HELDOUT14_SHA256,
                    fewer_fails={"forbidden/profanity_vi_strict": 10})


@pytest.mark.spent
def test_rh14002_heldout14_precision_recall(capsys: pytest.CaptureFixture[str]) -> None:
    with capsys.disabled():
        check_floors("heldout14", "heldout14 (written blind, spent in round 16)",
                     HELDOUT14_MEASURED)
