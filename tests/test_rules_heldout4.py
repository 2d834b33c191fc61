"""The fourth held-out rule set: written blind, scored after the third and fourth rounds.

``heldout4`` (tests/data/rules/heldout4.jsonl, built by build_heldout4.py; how, by whom and
from what: tests/data/rules/HELDOUT4.md) was written by a helper who saw the call script and
the rules' descriptions only: no phrase list, no training sentence, no earlier set, and who
never ran aqm on it. It was frozen by its SHA-256 before the third round of rule work, whose
authors never saw it. Its rows are raw ASR-style text, redacted before the rules run (as
``aqm run`` does). ``-k rh4`` prints the table, categories included.
"""

from __future__ import annotations

import pytest

from tests.rules_set import (
    HELDOUT4_PATH,
    MARGIN,
    MIN_SUPPORT,
    Measured,
    below_floors,
    bundled_scores,
    check_blind_set,
    table,
)

HELDOUT4_SHA256 = "05e69052ab05f43ca8630a609c160c3cec6d1e501c76be62e2043b97666fda64"
# measured on heldout4 with the bundled rules after round 3 (2026-12-01) and, for the rows
# round 4 moved, after round 4 (2026-12-02; tables only, no error read); floors sit MARGIN
# under these
HELDOUT4_MEASURED: Measured = {
    "angry_caller/empathy": (1.0, 1.0, 1.0, 1.0),
    "angry_caller/no_blame": (1.0, 0.667, 0.979, 1.0),
    "angry_caller/no_interrupting_angry_customer": (1.0, 1.0, 1.0, 1.0),
    "forbidden/no_card_readback": (0.654, 0.944, 0.996, 0.968),
    "forbidden/profanity": (1.0, 0.483, 0.948, 1.0),
    "forbidden/profanity_vi_strict": (1.0, 1.0, 1.0, 1.0),
    "forbidden/rude": (1.0, 0.722, 0.983, 1.0),
    "inbound/anything_else": (1.0, 0.889, 0.99, 1.0),
    "inbound/company_name": (1.0, 0.944, 0.995, 1.0),
    "inbound/confirm_problem": (0.708, 0.944, 0.995, 0.965),
    "inbound/goodbye": (1.0, 1.0, 1.0, 1.0),
    "inbound/greeting": (0.75, 1.0, 1.0, 0.97),
    "inbound/greeting_before_resolution": (1.0, 0.611, 0.958, 1.0),
    "inbound/offer_help": (0.783, 1.0, 1.0, 0.975),
    "inbound/resolution": (1.0, 0.333, 0.944, 1.0),
    "inbound/self_intro": (0.75, 1.0, 1.0, 0.97),
    "inbound/thanks": (1.0, 1.0, 1.0, 1.0),
    "inbound/thanks_before_goodbye": (0.818, 1.0, 1.0, 0.976),
    "outbound/consent": (1.0, 0.944, 0.978, 1.0),
    "outbound/identify_company": (1.0, 1.0, 1.0, 1.0),
    "outbound/identify_self": (1.0, 0.556, 0.886, 1.0),
    "outbound/purpose": (0.581, 1.0, 1.0, 0.79),
    "outbound/recording_disclosure": (1.0, 1.0, 1.0, 1.0),
    "category/address_change": (0.972, 1.0, 1.0, 0.996),
    "category/billing": (0.815, 0.805, 0.927, 0.931),
    "category/cancellation": (1.0, 0.778, 0.953, 1.0),
    "category/card_lost": (0.769, 0.789, 0.969, 0.966),
    "category/complaint": (0.836, 0.948, 0.974, 0.911),
    "category/fraud": (0.816, 0.674, 0.943, 0.972),
    "category/outage": (0.947, 0.783, 0.938, 0.987),
    "category/payment": (0.944, 0.971, 0.996, 0.992),
    "category/refund": (0.902, 0.74, 0.95, 0.984),
}


def test_rh4001_heldout4_is_frozen_and_covers_every_rule_and_category() -> None:
    check_blind_set("heldout4", HELDOUT4_PATH, HELDOUT4_SHA256)


def test_rh4002_heldout4_precision_recall(capsys: pytest.CaptureFixture[str]) -> None:
    scores = bundled_scores("heldout4")
    with capsys.disabled():
        print("\n" + "\n".join(table(scores, "heldout4 (written blind, scored once after "
                                             "round 3)")))
    assert not below_floors(scores, HELDOUT4_MEASURED, MARGIN, MIN_SUPPORT)
