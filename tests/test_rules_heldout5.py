"""The fifth held-out rule set: written blind, scored after round 4 of the rules.

``heldout5`` (tests/data/rules/heldout5.jsonl, built by build_heldout5.py; how, by whom and
from what: tests/data/rules/HELDOUT5.md) was written the way heldout4 was: by a helper who
saw the call script and the rules' descriptions only and never ran aqm on it. It was frozen
by its SHA-256 before round 4 was finished and scored (tables only) on the round-3 rules and
on round 4. Then its ``confirm_problem`` errors were read to build the direct-reply route of
``aqm.scoring.confirm_frame``: for that rule it is no longer a blind set (README, "Compliance
rules"); heldout4, unread, was the check. Rows are raw ASR-style text, redacted before the
rules run. ``-k rh5`` prints the table, categories included.
"""

from __future__ import annotations

import pytest

from tests.rules_set import (
    HELDOUT5_PATH,
    MARGIN,
    MIN_SUPPORT,
    Measured,
    below_floors,
    bundled_scores,
    check_blind_set,
    table,
)

HELDOUT5_SHA256 = "86bd939896223ee99ab6632b41595367b66eb8463a833e592a4d12a1ece4a763"
# measured on heldout5 with the bundled rules of round 4 (2026-12-02); floors sit MARGIN under
# these
HELDOUT5_MEASURED: Measured = {
    "angry_caller/empathy": (0.895, 0.944, 0.989, 0.978),
    "angry_caller/no_blame": (0.875, 0.778, 0.986, 0.993),
    "angry_caller/no_interrupting_angry_customer": (1.0, 1.0, 1.0, 1.0),
    "category/address_change": (1.0, 0.957, 0.996, 1.0),
    "category/billing": (1.0, 0.81, 0.97, 1.0),
    "category/cancellation": (1.0, 0.848, 0.973, 1.0),
    "category/card_lost": (0.594, 0.826, 0.985, 0.953),
    "category/complaint": (0.844, 0.885, 0.937, 0.913),
    "category/fraud": (0.773, 0.63, 0.964, 0.982),
    "category/outage": (0.605, 0.767, 0.973, 0.944),
    "category/payment": (0.889, 0.889, 0.989, 0.989),
    "category/refund": (0.765, 0.619, 0.972, 0.986),
    "forbidden/no_card_readback": (1.0, 1.0, 1.0, 1.0),
    "forbidden/profanity": (1.0, 0.519, 0.955, 1.0),
    "forbidden/profanity_vi_strict": (1.0, 1.0, 1.0, 1.0),
    "forbidden/rude": (1.0, 0.722, 0.983, 1.0),
    "inbound/anything_else": (1.0, 0.833, 0.985, 1.0),
    "inbound/company_name": (1.0, 1.0, 1.0, 1.0),
    "inbound/confirm_problem": (0.625, 0.833, 0.985, 0.955),
    "inbound/goodbye": (1.0, 1.0, 1.0, 1.0),
    "inbound/greeting": (0.789, 0.833, 0.985, 0.98),
    "inbound/greeting_before_resolution": (1.0, 0.444, 0.938, 1.0),
    "inbound/offer_help": (0.947, 1.0, 1.0, 0.995),
    "inbound/resolution": (0.52, 0.722, 0.974, 0.941),
    "inbound/self_intro": (0.8, 0.889, 0.99, 0.98),
    "inbound/thanks": (1.0, 1.0, 1.0, 1.0),
    "inbound/thanks_before_goodbye": (1.0, 0.778, 0.976, 1.0),
    "outbound/consent": (0.947, 1.0, 1.0, 0.977),
    "outbound/identify_company": (1.0, 1.0, 1.0, 1.0),
    "outbound/identify_self": (1.0, 1.0, 1.0, 1.0),
    "outbound/purpose": (0.818, 1.0, 1.0, 0.935),
    "outbound/recording_disclosure": (1.0, 1.0, 1.0, 1.0),
}


def test_rh5001_heldout5_is_frozen_and_covers_every_rule_and_category() -> None:
    check_blind_set("heldout5", HELDOUT5_PATH, HELDOUT5_SHA256)


def test_rh5002_heldout5_precision_recall(capsys: pytest.CaptureFixture[str]) -> None:
    scores = bundled_scores("heldout5")
    with capsys.disabled():
        print("\n" + "\n".join(table(scores, "heldout5 (written blind, scored after "
                                             "round 4)")))
    assert not below_floors(scores, HELDOUT5_MEASURED, MARGIN, MIN_SUPPORT)
