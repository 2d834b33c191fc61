"""The twenty-third held-out rule set: written blind, scored on rounds 23 and 24, tables only.

``heldout23`` (tests/data/rules/heldout23.jsonl, built by build_heldout23.py; how, by whom
and from what: tests/data/rules/HELDOUT23.md, the brief: brief_h23.md beside it) was written
the way heldout4 to heldout22 were: by a helper who saw the call script, the rules'
descriptions and the project's labelling conventions only, and never ran aqm on it; its brief
asked for new scenarios, speakers, agent styles and hard cases of its own (a student loan
payment from the wrong account, a charity donation never set up, a widow closing her late
husband's account, a new address after a house fire, Apple Pay not adding the card, a QR code
that fails in a café, a rental deposit lost to a scam; the greeting as the time of day, the
company as a web address or spelt out, "it's me again, Sam", the offer as an imperative, a
restatement corrected by the caller, a resolution as a promise with a day, a transfer with a
reason or a polite refusal with an alternative, "it's being looked into" alone, two goodbyes,
a sigh and "whatever you say", "giỏi quá ha", "feck" and "mẹ nó", a card number read with
"oh" for zero, an expiry date read back; a decoy for every driver). It was frozen by its
SHA-256 in its own commit (17f3d10) before round 24 was committed, and scored, tables only,
on round 23 (an archived copy) and on round 24. Nobody has read its errors. Rows are raw
ASR-style text, redacted before the rules run; their truth says "na" for not applicable (the
word its brief used), which ``load_rows`` reads as ``not_applicable``. ``-k rh23`` prints the
table, categories included.
"""

from __future__ import annotations

import pytest

from tests.rules_set import (
    HELDOUT23_PATH,
    Measured,
    check_blind_set,
    check_floors,
)

HELDOUT23_SHA256 = "0663c9d5264e049a44ca87618d34608f4b15a5a8799efd14ae70b59e89ef16d1"
# measured on heldout23 with the bundled rules of round 24 (2026-12-05; blind, tables only:
# its errors are unread); floors sit MARGIN under these
HELDOUT23_MEASURED: Measured = {
    "angry_caller/empathy": (1.0, 1.0, 1.0, 1.0),
    "angry_caller/no_blame": (0.923, 0.667, 0.979, 0.996),
    "angry_caller/no_interrupting_angry_customer": (1.0, 1.0, 1.0, 1.0),
    "category/address_change": (0.84, 1.0, 1.0, 0.986),
    "category/billing": (0.857, 0.783, 0.982, 0.989),
    "category/cancellation": (0.788, 0.839, 0.981, 0.974),
    "category/card_lost": (0.87, 1.0, 1.0, 0.989),
    "category/complaint": (0.903, 1.0, 1.0, 0.97),
    "category/fraud": (0.538, 0.808, 0.981, 0.934),
    "category/outage": (0.767, 1.0, 1.0, 0.975),
    "category/payment": (0.517, 0.912, 0.988, 0.891),
    "category/refund": (0.894, 0.913, 0.984, 0.98),
    "forbidden/no_card_readback": (1.0, 1.0, 1.0, 1.0),
    "forbidden/profanity": (1.0, 1.0, 1.0, 1.0),
    "forbidden/profanity_vi_strict": (1.0, 1.0, 1.0, 1.0),
    "forbidden/rude": (0.667, 0.667, 0.979, 0.979),
    "inbound/anything_else": (0.459, 0.944, 0.995, 0.901),
    "inbound/company_name": (1.0, 0.389, 0.948, 1.0),
    "inbound/confirm_problem": (1.0, 0.889, 0.99, 1.0),
    "inbound/goodbye": (0.773, 0.944, 0.995, 0.975),
    "inbound/greeting": (0.692, 1.0, 1.0, 0.96),
    "inbound/greeting_before_resolution": (1.0, 0.5, 0.937, 1.0),
    "inbound/offer_help": (0.818, 1.0, 1.0, 0.98),
    "inbound/resolution": (0.294, 0.833, 0.982, 0.822),
    "inbound/self_intro": (0.833, 0.833, 0.985, 0.985),
    "inbound/thanks": (1.0, 0.889, 0.99, 1.0),
    "inbound/thanks_before_goodbye": (0.941, 0.889, 0.988, 0.994),
    "outbound/consent": (1.0, 0.778, 0.926, 1.0),
    "outbound/identify_company": (1.0, 0.722, 0.925, 1.0),
    "outbound/identify_self": (1.0, 0.944, 0.984, 1.0),
    "outbound/purpose": (1.0, 1.0, 1.0, 1.0),
    "outbound/recording_disclosure": (1.0, 1.0, 1.0, 1.0),
}


def test_rh23001_heldout23_is_frozen_and_covers_every_rule_and_category() -> None:
    # the strict Vietnamese profanity rule is rare by design (9 fails), and the English
    # calls cannot fail it
    check_blind_set("heldout23", HELDOUT23_PATH, HELDOUT23_SHA256,
                    fewer_fails={"forbidden/profanity_vi_strict": 9})


def test_rh23002_heldout23_precision_recall(capsys: pytest.CaptureFixture[str]) -> None:
    with capsys.disabled():
        check_floors("heldout23", "heldout23 (written blind, scored on rounds 23 and 24)",
                     HELDOUT23_MEASURED)
