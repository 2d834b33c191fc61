"""The tenth held-out rule set: written blind, scored on rounds 8, 9 and 10, spent in round 11.

``heldout10`` (tests/data/rules/heldout10.jsonl, built by build_heldout10.py; how, by whom and
from what: tests/data/rules/HELDOUT10.md) was written the way heldout4 to heldout9 were: by a
helper who saw the call script, the rules' descriptions and the project's labelling conventions
only, and never ran aqm on it; its brief asked for new scenarios, speakers and recogniser noise.
It was frozen by its SHA-256 in its own commit (1f26bf6) before round 9 was measured. Scored,
tables only, on an archived copy of round 8, on round 9 and on round 10 (README, "Compliance
rules", rounds 9 and 10). Round 11 read its errors and fixed them by class
(tests/test_rules_round11.py): it no longer measures generalisation. Rows are raw ASR-style
text, redacted before the rules run. ``-k rh10`` prints the table, categories included.
"""
from __future__ import annotations

import pytest

from tests.rules_set import (
    HELDOUT10_PATH,
    Measured,
    check_blind_set,
    check_floors,
)

HELDOUT10_SHA256 = "a88831543b3b382843f2b5745b553e390f09adc016de72ef03c540a1a81c896d"
# measured on heldout10 with the bundled rules of round 11 (2026-12-03, after its errors were
# read: it is spent); floors sit MARGIN under these. Round 15 (2026-12-04): restatement and
# resolution at round 15's figures. A restatement followed by an identity question in the
# same turn now counts (heldout13: 24 more calls right); on heldout10 it found restatements
# on resolution turns that end by checking a phone number, which then hid the resolution's
# meaning match (2 more false fails) and lost one restatement
HELDOUT10_MEASURED: Measured = {
    "angry_caller/empathy": (1.0, 0.833, 0.975, 1.0),
    "angry_caller/no_blame": (0.947, 1.0, 1.0, 0.996),
    "angry_caller/no_interrupting_angry_customer": (1.0, 1.0, 1.0, 1.0),
    "category/address_change": (1.0, 1.0, 1.0, 1.0),
    "category/billing": (0.778, 0.942, 0.987, 0.944),
    "category/cancellation": (0.807, 0.958, 0.992, 0.956),
    "category/card_lost": (0.826, 1.0, 1.0, 0.986),
    "category/complaint": (0.789, 0.683, 0.843, 0.903),
    "category/fraud": (0.656, 0.808, 0.981, 0.96),
    "category/outage": (0.75, 0.968, 0.996, 0.963),
    "category/payment": (0.867, 0.848, 0.973, 0.976),
    "category/refund": (0.857, 1.0, 1.0, 0.968),
    "forbidden/no_card_readback": (1.0, 1.0, 1.0, 1.0),
    "forbidden/profanity": (0.958, 1.0, 1.0, 0.996),
    "forbidden/profanity_vi_strict": (0.917, 1.0, 1.0, 0.993),
    "forbidden/rude": (1.0, 0.944, 0.996, 1.0),
    "inbound/anything_else": (1.0, 0.833, 0.985, 1.0),
    "inbound/company_name": (0.947, 1.0, 1.0, 0.995),
    # round 16: the customer's "yes, that's it" after a blaming line ("well, to be fair, you
    # should have read the terms") makes it a confirmed restatement (one call), and one false
    # fail less
    "inbound/confirm_problem": (0.688, 0.611, 0.966, 0.975),
    "inbound/goodbye": (1.0, 1.0, 1.0, 1.0),
    "inbound/greeting": (1.0, 1.0, 1.0, 1.0),
    "inbound/greeting_before_resolution": (1.0, 0.167, 0.916, 1.0),
    "inbound/offer_help": (0.938, 0.833, 0.985, 0.995),
    "inbound/resolution": (0.722, 0.722, 0.975, 0.975),
    "inbound/self_intro": (0.762, 0.889, 0.99, 0.975),
    "inbound/thanks": (1.0, 1.0, 1.0, 1.0),
    "inbound/thanks_before_goodbye": (1.0, 1.0, 1.0, 1.0),
    "outbound/consent": (1.0, 0.944, 0.978, 1.0),
    "outbound/identify_company": (1.0, 1.0, 1.0, 1.0),
    "outbound/identify_self": (1.0, 0.944, 0.984, 1.0),
    "outbound/purpose": (1.0, 1.0, 1.0, 1.0),
    "outbound/recording_disclosure": (1.0, 1.0, 1.0, 1.0),
}


def test_rh10001_heldout10_is_frozen_and_covers_every_rule_and_category() -> None:
    # the strict Vietnamese profanity rule is rare by design: 11 fails
    check_blind_set("heldout10", HELDOUT10_PATH, HELDOUT10_SHA256,
                    fewer_fails={"forbidden/profanity_vi_strict": 11})


@pytest.mark.spent
def test_rh10002_heldout10_precision_recall(capsys: pytest.CaptureFixture[str]) -> None:
    with capsys.disabled():
        check_floors("heldout10", "heldout10 (written blind, spent in round 11)",
                     HELDOUT10_MEASURED)
