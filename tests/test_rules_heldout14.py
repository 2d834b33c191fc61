"""The fourteenth held-out rule set: written blind, scored on rounds 14 and 15, tables only.

``heldout14`` (tests/data/rules/heldout14.jsonl, built by build_heldout14.py; how, by whom
and from what: tests/data/rules/HELDOUT14.md) was written the way heldout4 to heldout13 were:
by a helper who saw the call script, the rules' descriptions and the project's labelling
conventions only, and never ran aqm on it; its brief asked for new scenarios, speakers, agent
styles and hard cases of its own (the agent naming a colleague, not themself; restatements
that echo one word or ask the caller to repeat; "anything else" said as no question; anger in
short cold replies; new rude and blaming wordings). It was frozen by its SHA-256 in its own
commit (2a6a58f) before round 15 changed anything, and scored, tables only, on round 14 (an
archived copy) and on round 15. Nobody has read its errors. Rows are raw ASR-style text,
redacted before the rules run. ``-k rh14`` prints the table, categories included.
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
# measured on heldout14 with the bundled rules of round 15 (2026-12-04; blind, tables only:
# its errors are unread); floors sit MARGIN under these
HELDOUT14_MEASURED: Measured = {
    "angry_caller/empathy": (1.0, 0.944, 0.98, 1.0),
    "angry_caller/no_blame": (0.714, 0.556, 0.972, 0.986),
    "angry_caller/no_interrupting_angry_customer": (1.0, 1.0, 1.0, 1.0),
    "category/address_change": (0.667, 1.0, 1.0, 0.968),
    "category/billing": (0.651, 0.718, 0.957, 0.943),
    "category/cancellation": (0.893, 1.0, 1.0, 0.989),
    "category/card_lost": (0.862, 0.962, 0.996, 0.985),
    "category/complaint": (0.933, 0.986, 0.996, 0.978),
    "category/fraud": (0.63, 0.739, 0.978, 0.964),
    "category/outage": (0.656, 0.875, 0.989, 0.96),
    "category/payment": (0.73, 0.794, 0.973, 0.962),
    "category/refund": (1.0, 0.667, 0.936, 1.0),
    "forbidden/no_card_readback": (1.0, 1.0, 1.0, 1.0),
    "forbidden/profanity": (1.0, 1.0, 1.0, 1.0),
    "forbidden/profanity_vi_strict": (1.0, 1.0, 1.0, 1.0),
    "forbidden/rude": (0.5, 0.111, 0.946, 0.993),
    "inbound/anything_else": (0.312, 0.556, 0.957, 0.891),
    "inbound/company_name": (1.0, 0.944, 0.995, 1.0),
    "inbound/confirm_problem": (0.333, 0.722, 0.972, 0.871),
    "inbound/goodbye": (1.0, 1.0, 1.0, 1.0),
    "inbound/greeting": (1.0, 1.0, 1.0, 1.0),
    "inbound/greeting_before_resolution": (0.5, 0.722, 0.967, 0.919),
    "inbound/offer_help": (0.9, 1.0, 1.0, 0.99),
    "inbound/resolution": (0.579, 0.611, 0.965, 0.96),
    "inbound/self_intro": (1.0, 0.778, 0.981, 1.0),
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


def test_rh14002_heldout14_precision_recall(capsys: pytest.CaptureFixture[str]) -> None:
    with capsys.disabled():
        check_floors("heldout14", "heldout14 (written blind, scored on rounds 14 and 15)",
                     HELDOUT14_MEASURED)
