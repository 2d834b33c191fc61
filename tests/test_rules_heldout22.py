"""The twenty-second held-out rule set: written blind, scored on rounds 22 and 23 and on round
24's retrained item classifier (tables only), then read in round 24 (spent: the errors that
retrain brought were read and fixed by class; its floors sit at round 24).

``heldout22`` (tests/data/rules/heldout22.jsonl, built by build_heldout22.py; how, by whom and
from what: tests/data/rules/HELDOUT22.md, the brief: brief_h22.md beside it) was written the
way heldout4 to heldout21 were: by a helper who saw the call script, the rules' descriptions
and the project's labelling conventions only, and never ran aqm on it; its brief asked for new
scenarios, speakers, agent styles and hard cases of its own (an ex-partner removed from a joint
account, a wallet stolen at a festival, a scam text about a parcel fee, a cash machine that
paid out short, a gym still debiting after cancelling, an app update that logs everyone out;
"hiya" and "alô em nghe ạ" as greetings, the company inside a longer brand, the agent's name
only in the goodbye, the restatement split over two turns, a non-answer as the only resolution,
a supervisor joining, blame of a third party, sarcasm, "đệch" and "cha mẹ ơi", a card number
read back in fours with "double" and "treble", only the last four digits read back, a caller
angry at himself; a decoy for every driver). It was frozen by its SHA-256 in its own commit
(4376b2c) before round 23 was committed, and scored, tables only, on round 22 (an archived
copy) and on round 23. Round 24 scored its retrained classifier on it, tables only, then read
the errors the retrain brought (tests/test_rules_round24.py). Rows are raw ASR-style text,
redacted before the rules run; their truth says "na" for not applicable (the word its brief
used), which ``load_rows`` reads as ``not_applicable``. ``-k rh22`` prints the table,
categories included.
"""

from __future__ import annotations

import pytest

from tests.rules_set import (
    HELDOUT22_PATH,
    Measured,
    check_blind_set,
    check_floors,
)

HELDOUT22_SHA256 = "c2be67e503e10a2f103da9fed6ba92115ea76a1c2af04307a11a1087fe97d890"
# measured on heldout22 with the bundled rules of round 24 (2026-12-05; read this round);
# floors sit MARGIN under these
HELDOUT22_MEASURED: Measured = {
    "angry_caller/empathy": (1.0, 1.0, 1.0, 1.0),
    "angry_caller/no_blame": (0.875, 0.778, 0.986, 0.993),
    "angry_caller/no_interrupting_angry_customer": (1.0, 1.0, 1.0, 1.0),
    "category/address_change": (0.792, 1.0, 1.0, 0.982),
    "category/billing": (0.852, 0.958, 0.996, 0.986),
    "category/cancellation": (0.917, 0.846, 0.986, 0.993),
    "category/card_lost": (0.818, 1.0, 1.0, 0.986),
    "category/complaint": (0.86, 1.0, 1.0, 0.947),
    "category/fraud": (0.833, 0.75, 0.982, 0.989),
    "category/outage": (0.68, 0.944, 0.996, 0.972),
    "category/payment": (0.895, 1.0, 1.0, 0.985),
    "category/refund": (0.931, 0.964, 0.996, 0.993),
    "forbidden/no_card_readback": (1.0, 1.0, 1.0, 1.0),
    "forbidden/profanity": (1.0, 0.85, 0.989, 1.0),
    "forbidden/profanity_vi_strict": (1.0, 1.0, 1.0, 1.0),
    "forbidden/rude": (0.846, 0.611, 0.976, 0.993),
    "inbound/anything_else": (1.0, 0.833, 0.985, 1.0),
    "inbound/company_name": (0.714, 0.833, 0.985, 0.97),
    "inbound/confirm_problem": (1.0, 0.611, 0.967, 1.0),
    "inbound/goodbye": (1.0, 1.0, 1.0, 1.0),
    "inbound/greeting": (1.0, 0.889, 0.99, 1.0),
    "inbound/greeting_before_resolution": (1.0, 1.0, 1.0, 1.0),
    "inbound/offer_help": (0.692, 1.0, 1.0, 0.96),
    "inbound/resolution": (0.481, 0.722, 0.974, 0.931),
    "inbound/self_intro": (1.0, 0.778, 0.981, 1.0),
    "inbound/thanks": (1.0, 1.0, 1.0, 1.0),
    "inbound/thanks_before_goodbye": (0.947, 1.0, 1.0, 0.994),
    "outbound/consent": (1.0, 0.722, 0.909, 1.0),
    "outbound/identify_company": (1.0, 1.0, 1.0, 1.0),
    "outbound/identify_self": (1.0, 0.944, 0.984, 1.0),
    "outbound/purpose": (1.0, 1.0, 1.0, 1.0),
    "outbound/recording_disclosure": (1.0, 1.0, 1.0, 1.0),
}


def test_rh22001_heldout22_is_frozen_and_covers_every_rule_and_category() -> None:
    # the strict Vietnamese profanity rule is rare by design (9 fails), and the English
    # calls cannot fail it
    check_blind_set("heldout22", HELDOUT22_PATH, HELDOUT22_SHA256,
                    fewer_fails={"forbidden/profanity_vi_strict": 9})


@pytest.mark.spent
def test_rh22002_heldout22_precision_recall(capsys: pytest.CaptureFixture[str]) -> None:
    with capsys.disabled():
        check_floors("heldout22",
                     "heldout22 (written blind, scored on rounds 22-24, read in round 24)",
                     HELDOUT22_MEASURED)
