"""The fifteenth held-out rule set: written blind, scored on rounds 15 and 16, spent in round 17.

``heldout15`` (tests/data/rules/heldout15.jsonl, built by build_heldout15.py; how, by whom
and from what: tests/data/rules/HELDOUT15.md) was written the way heldout4 to heldout14 were:
by a helper who saw the call script, the rules' descriptions and the project's labelling
conventions only, and never ran aqm on it; its brief asked for new scenarios, speakers, agent
styles and hard cases of its own (one agent turn cut into several segments, several script
items in one sentence, a team name instead of the agent's, "anything else" asked early,
restatements read back word for word, new rude and blaming wordings in turns of their own).
It was frozen by its SHA-256 in its own commit (eb703f4) before round 16 changed anything,
and scored, tables only, on round 15 (an archived copy) and on round 16. Once heldout16 was
frozen, round 17 read its errors and fixed them by class (tests/test_rules_round17.py): its
figures are no longer blind, and its floors are marked ``spent`` (``make test-all`` runs
them, CI's ``make test`` does not). Rows are raw ASR-style text, redacted before the rules
run. ``-k rh15`` prints the table, categories included.
"""

from __future__ import annotations

import pytest

from tests.rules_set import (
    HELDOUT15_PATH,
    Measured,
    check_blind_set,
    check_floors,
)

HELDOUT15_SHA256 = "1ce585ed896d18d339a4839f59eed7b8725e752c4dd6c2ff5d2137d532fa634e"
# measured on heldout15 with the bundled rules of round 17 (2026-12-04; spent: round 17 read
# its errors); floors sit MARGIN under these
HELDOUT15_MEASURED: Measured = {
    "angry_caller/empathy": (1.0, 1.0, 1.0, 1.0),
    "angry_caller/no_blame": (0.85, 0.944, 0.996, 0.989),
    "angry_caller/no_interrupting_angry_customer": (1.0, 1.0, 1.0, 1.0),
    "category/address_change": (1.0, 1.0, 1.0, 1.0),
    "category/billing": (0.652, 0.638, 0.933, 0.937),
    "category/cancellation": (0.786, 1.0, 1.0, 0.978),
    "category/card_lost": (0.84, 0.955, 0.996, 0.986),
    "category/complaint": (0.753, 0.941, 0.981, 0.909),
    "category/fraud": (0.912, 0.816, 0.974, 0.989),
    "category/outage": (0.75, 0.789, 0.986, 0.982),
    "category/payment": (0.659, 0.643, 0.942, 0.946),
    "category/refund": (0.766, 0.973, 0.996, 0.958),
    "forbidden/no_card_readback": (1.0, 1.0, 1.0, 1.0),
    "forbidden/profanity": (1.0, 1.0, 1.0, 1.0),
    "forbidden/profanity_vi_strict": (1.0, 1.0, 1.0, 1.0),
    "forbidden/rude": (1.0, 0.889, 0.993, 1.0),
    "inbound/anything_else": (1.0, 1.0, 1.0, 1.0),
    "inbound/company_name": (1.0, 0.889, 0.99, 1.0),
    "inbound/confirm_problem": (0.889, 0.889, 0.99, 0.99),
    "inbound/goodbye": (1.0, 1.0, 1.0, 1.0),
    "inbound/greeting": (1.0, 1.0, 1.0, 1.0),
    "inbound/greeting_before_resolution": (0.9, 1.0, 1.0, 0.988),
    "inbound/offer_help": (0.857, 1.0, 1.0, 0.985),
    "inbound/resolution": (1.0, 0.889, 0.99, 1.0),
    "inbound/self_intro": (1.0, 0.944, 0.995, 1.0),
    "inbound/thanks": (1.0, 1.0, 1.0, 1.0),
    "inbound/thanks_before_goodbye": (0.947, 1.0, 1.0, 0.994),
    "outbound/consent": (1.0, 0.944, 0.978, 1.0),
    "outbound/identify_company": (1.0, 1.0, 1.0, 1.0),
    "outbound/identify_self": (1.0, 1.0, 1.0, 1.0),
    "outbound/purpose": (0.85, 0.944, 0.983, 0.952),
    "outbound/recording_disclosure": (1.0, 1.0, 1.0, 1.0),
}


def test_rh15001_heldout15_is_frozen_and_covers_every_rule_and_category() -> None:
    # the strict Vietnamese profanity rule is rare by design: 10 fails
    check_blind_set("heldout15", HELDOUT15_PATH, HELDOUT15_SHA256,
                    fewer_fails={"forbidden/profanity_vi_strict": 10})


@pytest.mark.spent
def test_rh15002_heldout15_precision_recall(capsys: pytest.CaptureFixture[str]) -> None:
    with capsys.disabled():
        check_floors("heldout15", "heldout15 (written blind, spent in round 17)",
                     HELDOUT15_MEASURED)
