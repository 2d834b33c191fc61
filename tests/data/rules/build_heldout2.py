"""Build ``heldout2.jsonl``: a second held-out rule set, from new wordings.

Written for aqm (no real customer data). The call shapes, faults, decoys, timing and truth
are ``build_rules_set.py``'s; the words are ``heldout2_wordings.py``'s (written from the
script the rules check, not from the rule files, before the rule files were changed for
it), with other agent names, customer lines and more ASR noise (misheard brand names,
split words, dropped tone marks). Frozen: ``tests/test_rules_generalise.py`` checks the
file's SHA-256, so any later edit shows. Deterministic:
``python tests/data/rules/build_heldout2.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import heldout2_wordings as W  # noqa: E402
from heldout_builder import HeldoutSpec, build  # noqa: E402

SPEC = HeldoutSpec(W, Path(__file__).with_name("heldout2.jsonl"), "heldout2",
                   per_language=90, seed=20261201)

if __name__ == "__main__":
    build(SPEC)
