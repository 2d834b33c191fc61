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

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import build_rules_set as B  # noqa: E402
import heldout3_wordings as W2  # noqa: E402

OUT = Path(__file__).with_name("heldout3.jsonl")
SPLIT = "heldout3"
PER_LANGUAGE = 85  # calls per language
MIN_FAILS = 7  # labelled fails per rule and language
MIN_STRICT = 4  # ... for the strict Vietnamese swear words
MIN_GOOD = 15  # calls without any fault, per language
MAX_CANDIDATES = 1500
SEED = 20261215
_base_noise = B.noise


class Builder3(B.Builder):
    def __init__(self, lang: str, rng: random.Random) -> None:  # noqa: D107
        self.lang, self.split, self.rng = lang, SPLIT, rng
        self.pool = W2.EN if lang == "en" else W2.VI
        self.filler = W2.EN_FILLER if lang == "en" else W2.VI_FILLER
        self.customer = W2.EN_CUSTOMER if lang == "en" else W2.VI_CUSTOMER
        self.scenarios = W2.EN_SCENARIOS if lang == "en" else W2.VI_SCENARIOS
        self.anger_lines = (W2.EN_ANGER if lang == "en" else W2.VI_ANGER)[SPLIT]
        self.names = (W2.EN_NAMES if lang == "en" else W2.VI_NAMES)[SPLIT]


def misheard(text: str, lang: str, rng: random.Random, rate: float) -> str:
    table = W2.EN_MISHEARD if lang == "en" else W2.VI_MISHEARD
    out = []
    for w in text.split():
        core = w.strip(".,!?;:")
        key = core.lower() if lang == "en" else core
        if key in table and rng.random() < rate:
            w = w.replace(core, rng.choice(table[key]))
        out.append(w)
    return " ".join(out)


def noise2(text: str, lang: str, rng: random.Random, level: dict[str, float]) -> str:
    """More ASR noise than the first sets: misheard words, then build_rules_set's noise
    (and Vietnamese without any tone marks more often)."""
    rate = 0.15 + level["homophone"]
    text = misheard(text, lang, rng, rate)
    level = dict(level, fold=level["fold"] or (lang == "vi" and rng.random() < 0.15))
    return _base_noise(text, lang, rng, level)


def select(lang: str) -> list[dict[str, object]]:
    """PER_LANGUAGE calls out of MAX_CANDIDATES drawn ones: for each rule, scarcest first,
    the first calls that fail it until it has MIN_FAILS; then good calls up to MIN_GOOD;
    then the first others. Chosen by the labels only, never by what the rules find."""
    rng = random.Random(f"{SEED}-{lang}")
    b = Builder3(lang, rng)
    cands = []
    for i in range(MAX_CANDIDATES):
        direction = "outbound" if rng.random() < 0.3 else "inbound"
        cands.append(B.build_call(b, i, direction))
    truths: list[dict[str, str]] = [c["truth"] for c in cands]  # type: ignore[misc]
    fails_of = [{k for k, v in t.items() if v == "fail"} for t in truths]
    rules = sorted({k for t in truths for k in t},
                   key=lambda k: (sum(k in f for f in fails_of), k))
    kept: set[int] = set()
    count = dict.fromkeys(rules, 0)

    def keep(i: int) -> None:
        kept.add(i)
        for k in fails_of[i]:
            count[k] += 1

    for rule in rules:
        target = MIN_STRICT if rule.endswith("_vi_strict") else MIN_FAILS
        for i, fails in enumerate(fails_of):
            if count[rule] >= target or len(kept) >= PER_LANGUAGE:
                break
            if rule in fails and i not in kept:
                keep(i)
    good = [i for i, c in enumerate(cands) if not c["faults"]]
    for i in good[:max(0, MIN_GOOD - sum(i in kept for i in good))]:
        keep(i)
    for i in range(len(cands)):
        if len(kept) >= PER_LANGUAGE:
            break
        if i not in kept:
            keep(i)
    rows = [cands[i] for i in sorted(kept)]
    for n, row in enumerate(rows):
        row["id"] = f"{lang}-{SPLIT}-{n:03d}"
    return rows


def main() -> None:
    B.noise = noise2  # timing() looks it up at call time
    rows = []
    for lang in ("en", "vi"):
        rows += select(lang)
    B.write_rows(rows, OUT)


if __name__ == "__main__":
    main()
