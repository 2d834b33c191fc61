"""The ninth held-out rule set: written blind, scored on rounds 7, 8 and 9, spent in round 10.

``heldout9`` (tests/data/rules/heldout9.jsonl, built by build_heldout9.py; how, by whom and from
what: tests/data/rules/HELDOUT9.md) was written the way heldout4 to heldout8 were: by a helper
who saw the call script, the rules' descriptions and the project's labelling conventions only,
and never ran aqm on it. It was frozen by its SHA-256 in its own commit (b06ae9b) before any
round-8 change landed. Scored, tables only, on an archived copy of round 7, on round 8 and on
round 9 (README, "Compliance rules", rounds 8 and 9). Round 10 read its errors and fixed them by
class (tests/test_rules_round10.py): it no longer measures generalisation. Since round 14 its
floors are marked ``spent``: ``make test-all`` runs them, CI's ``make test`` does not. Rows are
raw ASR-style text, redacted before the rules run. ``-k rh9`` prints the table, categories
included.
"""

from __future__ import annotations

import pytest

from tests.rules_set import (
    HELDOUT9_PATH,
    Measured,
    check_blind_set,
    check_floors,
)

HELDOUT9_SHA256 = "d2d95d2f89592a732b1817b800a6d87ace0cf4b61e6f1bcd294ef7ecd56be26a"
# measured on heldout9 with the bundled rules of round 10 (2026-12-02; the two rows round 11
# moved, 2026-12-03); floors sit MARGIN under these
HELDOUT9_MEASURED: Measured = {
    "angry_caller/empathy": (1.0, 0.944, 0.99, 1.0),
    "angry_caller/no_blame": (1.0, 1.0, 1.0, 1.0),
    "angry_caller/no_interrupting_angry_customer": (1.0, 1.0, 1.0, 1.0),
    "category/address_change": (1.0, 1.0, 1.0, 1.0),
    "category/billing": (0.825, 0.959, 0.992, 0.96),
    "category/cancellation": (0.947, 0.9, 0.985, 0.992),
    "category/card_lost": (0.927, 1.0, 1.0, 0.989),
    "category/complaint": (0.925, 1.0, 1.0, 0.96),
    "category/fraud": (0.833, 0.789, 0.97, 0.977),
    "category/outage": (0.977, 1.0, 1.0, 0.996),
    "category/payment": (1.0, 0.958, 0.992, 1.0),
    "category/refund": (1.0, 0.945, 0.988, 1.0),
    "forbidden/no_card_readback": (1.0, 1.0, 1.0, 1.0),
    "forbidden/profanity": (1.0, 1.0, 1.0, 1.0),
    "forbidden/profanity_vi_strict": (1.0, 1.0, 1.0, 1.0),
    "forbidden/rude": (1.0, 0.944, 0.996, 1.0),
    "inbound/anything_else": (1.0, 1.0, 1.0, 1.0),
    "inbound/company_name": (1.0, 0.944, 0.995, 1.0),
    "inbound/confirm_problem": (0.842, 0.889, 0.99, 0.985),
    "inbound/goodbye": (1.0, 1.0, 1.0, 1.0),
    "inbound/greeting": (1.0, 0.944, 0.995, 1.0),
    "inbound/greeting_before_resolution": (1.0, 0.889, 0.988, 1.0),
    "inbound/offer_help": (1.0, 1.0, 1.0, 1.0),
    "inbound/resolution": (0.842, 0.889, 0.99, 0.985),
    "inbound/self_intro": (1.0, 0.889, 0.99, 1.0),
    "inbound/thanks": (0.947, 1.0, 1.0, 0.995),
    "inbound/thanks_before_goodbye": (0.944, 0.944, 0.994, 0.994),
    "outbound/consent": (1.0, 0.889, 0.957, 1.0),
    "outbound/identify_company": (1.0, 1.0, 1.0, 1.0),
    "outbound/identify_self": (1.0, 0.944, 0.984, 1.0),
    "outbound/purpose": (0.739, 0.944, 0.982, 0.903),
    "outbound/recording_disclosure": (1.0, 1.0, 1.0, 1.0),
}


def test_rh9001_heldout9_is_frozen_and_covers_every_rule_and_category() -> None:
    # the strict Vietnamese profanity rule is rare by design: 10 fails
    check_blind_set("heldout9", HELDOUT9_PATH, HELDOUT9_SHA256,
                    fewer_fails={"forbidden/profanity_vi_strict": 10})


@pytest.mark.spent
def test_rh9002_heldout9_precision_recall(capsys: pytest.CaptureFixture[str]) -> None:
    with capsys.disabled():
        check_floors("heldout9", "heldout9 (written blind, scored after rounds 8 and 9)",
                     HELDOUT9_MEASURED)
