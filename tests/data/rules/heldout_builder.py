"""What ``build_heldout2.py`` and ``build_heldout3.py`` share: a held-out rule set from new
wordings, with the calls' shape and labels of ``build_rules_set.py`` and more ASR noise
(misheard words, split words, dropped tone marks). Each script names its wordings module,
output, split, size and seed (``HeldoutSpec``)."""

from __future__ import annotations

import random
import sys
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

sys.path.insert(0, str(Path(__file__).parent))
import build_rules_set as B  # noqa: E402


@dataclass(frozen=True)
class HeldoutSpec:
    wordings: ModuleType  # EN/VI pools, fillers, customers, scenarios, anger, names, misheard
    out: Path
    split: str
    per_language: int  # calls per language
    seed: int


MIN_FAILS = 7  # labelled fails per rule and language
MIN_STRICT = 4  # ... for the strict Vietnamese swear words
MIN_GOOD = 15  # calls without any fault, per language
MAX_CANDIDATES = 1500
_base_noise = B.noise


class HeldoutBuilder(B.Builder):
    def __init__(self, spec: HeldoutSpec, lang: str,  # noqa: D107
                 rng: random.Random) -> None:
        w, split = spec.wordings, spec.split
        self.lang, self.split, self.rng = lang, split, rng
        self.pool = w.EN if lang == "en" else w.VI
        self.filler = w.EN_FILLER if lang == "en" else w.VI_FILLER
        self.customer = w.EN_CUSTOMER if lang == "en" else w.VI_CUSTOMER
        self.scenarios = w.EN_SCENARIOS if lang == "en" else w.VI_SCENARIOS
        self.anger_lines = (w.EN_ANGER if lang == "en" else w.VI_ANGER)[split]
        self.names = (w.EN_NAMES if lang == "en" else w.VI_NAMES)[split]


def misheard(w: ModuleType, text: str, lang: str, rng: random.Random, rate: float) -> str:
    table = w.EN_MISHEARD if lang == "en" else w.VI_MISHEARD
    out = []
    for w in text.split():
        core = w.strip(".,!?;:")
        key = core.lower() if lang == "en" else core
        if key in table and rng.random() < rate:
            w = w.replace(core, rng.choice(table[key]))
        out.append(w)
    return " ".join(out)


def noise2(w: ModuleType, text: str, lang: str, rng: random.Random,
           level: dict[str, float]) -> str:
    """More ASR noise than the first sets: misheard words, then build_rules_set's noise
    (and Vietnamese without any tone marks more often)."""
    rate = 0.15 + level["homophone"]
    text = misheard(w, text, lang, rng, rate)
    level = dict(level, fold=level["fold"] or (lang == "vi" and rng.random() < 0.15))
    return _base_noise(text, lang, rng, level)


def select(spec: HeldoutSpec, lang: str) -> list[dict[str, object]]:
    """``spec.per_language`` calls out of MAX_CANDIDATES drawn ones: for each rule, scarcest first,
    the first calls that fail it until it has MIN_FAILS; then good calls up to MIN_GOOD;
    then the first others. Chosen by the labels only, never by what the rules find."""
    per_language = spec.per_language
    rng = random.Random(f"{spec.seed}-{lang}")
    b = HeldoutBuilder(spec, lang, rng)
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
            if count[rule] >= target or len(kept) >= per_language:
                break
            if rule in fails and i not in kept:
                keep(i)
    good = [i for i, c in enumerate(cands) if not c["faults"]]
    for i in good[:max(0, MIN_GOOD - sum(i in kept for i in good))]:
        keep(i)
    for i in range(len(cands)):
        if len(kept) >= per_language:
            break
        if i not in kept:
            keep(i)
    rows = [cands[i] for i in sorted(kept)]
    for n, row in enumerate(rows):
        row["id"] = f"{lang}-{spec.split}-{n:03d}"
    return rows


def build(spec: HeldoutSpec) -> None:
    B.noise = lambda *a: noise2(spec.wordings, *a)  # timing() looks it up at call time
    rows = []
    for lang in ("en", "vi"):
        rows += select(spec, lang)
    B.write_rows(rows, spec.out)
