"""Round 24 of the rules: after the item classifier was retrained on the spent blind sets'
calls (``tests/test_items_calls.py``), the classes of error it brought on ``heldout22`` (read
since heldout23 was written), each fixed and its look-alikes kept.

- purpose: who is asked for ("am I speaking with Mrs ...?") and the reason put off until after
  security ("trước khi nói tiếp em cần xác minh ...") say no reason; a reason said in the same
  turn still does ("before I go on" stays a reason's neighbour: "I'm ringing because ..., before
  we go on ...");
- cancellation: a debit to stop said the other way round ("the direct debit stopped", "the
  standing order ... has to stop") is one; a person taken off a joint account closes nothing.

The sentences are written for this test, not copied from a labelled set. ``-k rr24`` picks
the file.
"""

from __future__ import annotations

import pytest

from aqm.scoring import load_pack
from aqm.scoring.rules import RulePack
from tests.test_rules_round7 import status
from tests.test_rules_round22 import drivers_of


@pytest.fixture(scope="module")
def pack() -> RulePack:
    return load_pack()


@pytest.mark.parametrize(("lang", "line", "said"), [
    ("en", "Hello, it's Dan calling from the lending team, am I speaking with Mr Patel?",
     "fail"),
    ("vi", "Dạ trước khi nói tiếp em cần xác minh một vài thông tin của anh ạ.", "fail"),
    ("en", "Hello, it's Dan from Acme Bank, am I speaking with Mr Patel? I'm calling about "
           "your mortgage renewal.", "pass"),
    ("en", "I'm ringing because your card came back to us, before we go on I have to say "
           "the call is recorded.", "pass"),
    ("vi", "Em gọi vì khoản vay của chị sắp đến hạn tất toán ạ.", "pass"),
])
def test_rr24001_purpose_put_off_or_asked_for(pack: RulePack, lang: str, line: str,
                                              said: str) -> None:
    assert status(pack, "purpose", "outbound", lang, line, direction="outbound") == said


@pytest.mark.parametrize(("lang", "line", "cancellation"), [
    ("en", "My son's finished at the swimming club so the standing order to them needs to "
           "stop.", True),
    ("en", "I need the phone insurance direct debit stopped, I've sold the phone.", True),
    ("en", "Can I get the direct debit to the magazine stopped please?", True),
    ("en", "We've separated and I need my husband taken off our joint account.", False),
    ("en", "Can my daughter be taken off the account now she's eighteen?", False),
])
def test_rr24002_a_debit_to_stop_and_a_name_taken_off(pack: RulePack, lang: str, line: str,
                                                       cancellation: bool) -> None:
    assert ("cancellation" in drivers_of(pack, lang, line)) is cancellation
