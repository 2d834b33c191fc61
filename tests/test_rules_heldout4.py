"""The fourth held-out rule set: written blind, scored after the third and fourth rounds.

``heldout4`` (tests/data/rules/heldout4.jsonl, built by build_heldout4.py; how, by whom and
from what: tests/data/rules/HELDOUT4.md) was written by a helper who saw the call script and
the rules' descriptions only: no phrase list, no training sentence, no earlier set, and who
never ran aqm on it. It was frozen by its SHA-256 before the third round of rule work, whose
authors never saw it; round 5 read its errors (it is spent now; heldout6 is the blind set).
Its rows are raw ASR-style text, redacted before the rules run (as ``aqm run`` does).
``-k rh4`` prints the table, categories included.
"""

from __future__ import annotations

import pytest

from tests.rules_set import (
    HELDOUT4_PATH,
    Measured,
    check_blind_set,
    check_floors,
)

HELDOUT4_SHA256 = "05e69052ab05f43ca8630a609c160c3cec6d1e501c76be62e2043b97666fda64"
# measured on heldout4 with the bundled rules after round 3 (2026-12-01) and, for the rows
# rounds 4 to 10 moved, after them (2026-12-02; round 5 read this set's errors: it is spent;
# round 6 trained the item classifier on its wordings);
# floors sit MARGIN under these
HELDOUT4_MEASURED: Measured = {
    "angry_caller/empathy": (1.0, 1.0, 1.0, 1.0),
    "angry_caller/no_blame": (1.0, 1.0, 1.0, 1.0),
    "angry_caller/no_interrupting_angry_customer": (1.0, 1.0, 1.0, 1.0),
    "category/address_change": (1.0, 1.0, 1.0, 1.0),
    "category/billing": (0.854, 1.0, 1.0, 0.936),
    "category/cancellation": (1.0, 1.0, 1.0, 1.0),
    "category/card_lost": (0.974, 1.0, 1.0, 0.996),
    "category/complaint": (0.888, 0.979, 0.99, 0.941),
    "category/fraud": (1.0, 1.0, 1.0, 1.0),
    "category/outage": (1.0, 1.0, 1.0, 1.0),
    "category/payment": (1.0, 1.0, 1.0, 1.0),
    "category/refund": (1.0, 1.0, 1.0, 1.0),
    "forbidden/no_card_readback": (1.0, 1.0, 1.0, 1.0),
    "forbidden/profanity": (1.0, 1.0, 1.0, 1.0),
    "forbidden/profanity_vi_strict": (1.0, 1.0, 1.0, 1.0),
    # round 16: the rude rule asks the conduct classifier: one false rude call
    "forbidden/rude": (0.947, 1.0, 1.0, 0.996),
    "inbound/anything_else": (0.944, 0.944, 0.995, 0.995),
    "inbound/company_name": (1.0, 1.0, 1.0, 1.0),
    "inbound/confirm_problem": (1.0, 1.0, 1.0, 1.0),
    "inbound/goodbye": (1.0, 1.0, 1.0, 1.0),
    "inbound/greeting": (1.0, 1.0, 1.0, 1.0),
    "inbound/greeting_before_resolution": (1.0, 1.0, 1.0, 1.0),
    "inbound/offer_help": (1.0, 0.944, 0.995, 1.0),
    "inbound/resolution": (1.0, 0.778, 0.981, 1.0),
    "inbound/self_intro": (0.818, 1.0, 1.0, 0.98),
    "inbound/thanks": (1.0, 1.0, 1.0, 1.0),
    "inbound/thanks_before_goodbye": (0.818, 1.0, 1.0, 0.976),
    "outbound/consent": (1.0, 0.944, 0.978, 1.0),
    "outbound/identify_company": (1.0, 1.0, 1.0, 1.0),
    "outbound/identify_self": (1.0, 1.0, 1.0, 1.0),
    "outbound/purpose": (1.0, 1.0, 1.0, 1.0),
    "outbound/recording_disclosure": (1.0, 1.0, 1.0, 1.0),
}


def test_rh4001_heldout4_is_frozen_and_covers_every_rule_and_category() -> None:
    check_blind_set("heldout4", HELDOUT4_PATH, HELDOUT4_SHA256)


@pytest.mark.spent
def test_rh4002_heldout4_precision_recall(capsys: pytest.CaptureFixture[str]) -> None:
    with capsys.disabled():
        check_floors("heldout4", "heldout4 (blind, scored after rounds 3 and 4; read in round 5)",
                     HELDOUT4_MEASURED)
