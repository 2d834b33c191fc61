"""The fourth held-out rule set: written blind, scored once after the third round.

``heldout4`` (tests/data/rules/heldout4.jsonl, built by build_heldout4.py; how, by whom and
from what: tests/data/rules/HELDOUT4.md) was written by a helper who saw the call script and
the rules' descriptions only: no phrase list, no training sentence, no earlier set, and who
never ran aqm on it. It was frozen by its SHA-256 before the third round of rule work, whose
authors never saw it. Its rows are raw ASR-style text, redacted before the rules run (as
``aqm run`` does). ``-k rh4`` prints the table, categories included.
"""

from __future__ import annotations

import hashlib

import pytest

from tests.rules_set import (
    HELDOUT4_PATH,
    MARGIN,
    MIN_SUPPORT,
    Measured,
    below_floors,
    bundled_scores,
    load_rows,
    table,
)

HELDOUT4_SHA256 = "05e69052ab05f43ca8630a609c160c3cec6d1e501c76be62e2043b97666fda64"
# measured once on heldout4 with the bundled rules after round 3 (2026-12-01); floors sit
# MARGIN under these
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
    "inbound/confirm_problem": (0.233, 0.944, 0.993, 0.723),
    "inbound/goodbye": (0.783, 1.0, 1.0, 0.975),
    "inbound/greeting": (0.75, 1.0, 1.0, 0.97),
    "inbound/greeting_before_resolution": (1.0, 0.556, 0.952, 1.0),
    "inbound/offer_help": (0.783, 1.0, 1.0, 0.975),
    "inbound/resolution": (0.75, 0.5, 0.957, 0.985),
    "inbound/self_intro": (0.75, 1.0, 1.0, 0.97),
    "inbound/thanks": (1.0, 1.0, 1.0, 1.0),
    "inbound/thanks_before_goodbye": (0.8, 0.889, 0.988, 0.975),
    "outbound/consent": (1.0, 0.944, 0.978, 1.0),
    "outbound/identify_company": (1.0, 1.0, 1.0, 1.0),
    "outbound/identify_self": (1.0, 0.556, 0.886, 1.0),
    "outbound/purpose": (0.486, 1.0, 1.0, 0.694),
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
    assert hashlib.sha256(HELDOUT4_PATH.read_bytes()).hexdigest() == HELDOUT4_SHA256, \
        "heldout4.jsonl changed: it is a frozen test set (rebuild it only with a new hash " \
        "and say so)"
    rows = load_rows("heldout4")
    assert len(rows) >= 300 and {r["split"] for r in rows} == {"heldout4"}
    assert {(r["language"], r["metadata"]["direction"]) for r in rows} == {
        (lang, d) for lang in ("en", "vi") for d in ("inbound", "outbound")}
    assert sum(not r["faults"] for r in rows) >= 20  # good calls
    for key in rows[0]["truth"]:
        truths = [r["truth"][key] for r in rows]
        assert truths.count("fail") >= 15 and truths.count("pass") >= 40, key
    for cat in ("billing", "outage", "refund", "cancellation", "complaint", "card_lost",
                "address_change", "payment", "fraud"):
        assert sum(cat in r["categories"] for r in rows) >= 12, cat


def test_rh4002_heldout4_precision_recall(capsys: pytest.CaptureFixture[str]) -> None:
    scores = bundled_scores("heldout4")
    with capsys.disabled():
        print("\n" + "\n".join(table(scores, "heldout4 (written blind, scored once after "
                                             "round 3)")))
    assert not below_floors(scores, HELDOUT4_MEASURED, MARGIN, MIN_SUPPORT)
