"""Build ``heldout3.jsonl``: a third held-out rule set, from new wordings.

Written for aqm (no real customer data). The call shapes, faults, decoys, timing and truth
are ``build_rules_set.py``'s; the words are ``heldout3_wordings.py``'s (written from the
call script alone, before the per-item classifier was trained, and never used to train it),
with other agent names, customer lines, hard negatives (the agent's ID checks, holds and
read-backs in the fillers) and ASR noise (misheard words, split words, dropped tone marks).
Frozen: ``tests/test_rules_classifier.py`` checks the file's SHA-256, so any later edit
shows. Deterministic: ``python tests/data/rules/build_heldout3.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import heldout3_wordings as W  # noqa: E402
from heldout_builder import HeldoutSpec, build  # noqa: E402

SPEC = HeldoutSpec(W, Path(__file__).with_name("heldout3.jsonl"), "heldout3",
                   per_language=85, seed=20261215)

if __name__ == "__main__":
    build(SPEC)
