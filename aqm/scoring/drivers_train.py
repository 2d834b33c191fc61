"""Training examples of the call drivers (billing, outage, refund, ...) for the per-item
classifier (``aqm.scoring.items_train``; ``aqm rules train`` trains them with the script
items, into the same model file).

Categories match the customer's speech (``speaker: customer`` in
``scorecards/categories/drivers.yaml``), so their examples are customer turns only: the
sentences of ``data/drivers_written.txt`` (each driver in en and vi, and hard negatives: ID
answers, yes/no, thanks, questions about products and fees, a card mentioned but not lost,
an address read out for security), alone and joined into turns as customers say them (a
driver with other talk, two drivers, other talk only), also as ASR output (lower case, no
punctuation; Vietnamese without tone marks or with a dialect's sound swaps; fillers), and
the 10-word windows of long turns. A driver is trained and validated on these only: the
agent's sentences are neither its positives nor its negatives (an agent saying "I can help
with your bill" is not looked at: categories read the customer), and the script items never
see the customer's sentences. Seeded: the same data gives the same examples.
"""

from __future__ import annotations

import dataclasses
import random
from collections.abc import Sequence

from aqm.scoring.items_train import (
    LANGUAGES,
    Example,
    Sentence,
    _asr,
    _fill,
    _fold_text,
    _windows,
)

# how many turns of each kind per language
DRIVER_WITH_OTHER_TURNS = 260
TWO_DRIVER_TURNS = 60
OTHER_ONLY_TURNS = 120
FILLERS = {"en": ("uh", "um", "er", "like", "you know", "so"),
           "vi": ("ờ", "à", "ừm", "dạ", "thì", "kiểu")}
# sounds Vietnamese recognisers and dialects swap at the start of a syllable
VI_SWAPS = (("tr", "ch"), ("ch", "tr"), ("s", "x"), ("x", "s"), ("gi", "d"), ("d", "gi"),
            ("r", "d"), ("l", "n"), ("n", "l"), ("v", "d"))
FILLER_RATE = 0.08  # per word
SWAP_RATE = 0.08  # per Vietnamese word
VOWELS = frozenset("aăâeêioôơuưyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ")


def _spoken(text: str, lang: str, rng: random.Random) -> str:
    """Fillers between words and, in Vietnamese, a few swapped initial sounds."""
    words = []
    for w in text.split():
        if rng.random() < FILLER_RATE:
            words.append(rng.choice(FILLERS[lang]))
        if lang == "vi" and rng.random() < SWAP_RATE:
            for a, b in VI_SWAPS:
                rest = w[len(a):]
                if w.lower().startswith(a) and rest[:1].lower() in VOWELS:
                    w = b + rest
                    break
        words.append(w)
    return " ".join(words)


def _noisy(text: str, lang: str, rng: random.Random, fold_rate: float = 0.6) -> str:
    text = _asr(text, lang, rng, fold_rate)
    spoken = _spoken(text, lang, rng)
    return _fold_text(spoken) if _fold_text(text) == text else spoken


def customer_examples(sentences: Sequence[Sentence], seed: int) -> list[Example]:
    """Every customer sentence (filled, and as ASR text) plus customer turns and their
    windows; all marked ``customer``."""
    rng = random.Random(seed + 1)
    out: list[Example] = []

    def add(parts: Sequence[Sentence]) -> None:
        lang = parts[0].lang
        texts = [_fill(p, rng) for p in parts]
        if rng.random() < 0.5:
            texts = [_noisy(t, lang, rng) for t in texts]
        sources = frozenset(p.source for p in parts)
        out.append(Example(lang, frozenset().union(*(p.items for p in parts)),
                           " ".join(texts), sources, customer=True))
        out.extend(dataclasses.replace(w, customer=True)
                   for w in _windows(parts, texts, sources))

    for s in sentences:
        text = _fill(s, rng)
        for variant in (text, _noisy(text, s.lang, rng, 1.0)):
            out.append(Example(s.lang, s.items, variant, frozenset({s.source}),
                               customer=True))
            # a long sentence's windows: a fragment of one driver is no other driver
            out.extend(dataclasses.replace(w, customer=True)
                       for w in _windows([s], [variant], frozenset({s.source})))
    for lang in LANGUAGES:
        drivers = [s for s in sentences if s.lang == lang and s.items]
        other = [s for s in sentences if s.lang == lang and not s.items]
        if not drivers or len(other) < 2:
            continue
        for _ in range(DRIVER_WITH_OTHER_TURNS):  # "yes hi um, <driver>" / "<driver>, yes"
            parts = [rng.choice(drivers), rng.choice(other)]
            if rng.random() < 0.3:
                parts.append(rng.choice(other))
            rng.shuffle(parts)
            add(parts)
        for _ in range(TWO_DRIVER_TURNS):
            add(rng.sample(drivers, 2))
        for _ in range(OTHER_ONLY_TURNS):
            add(rng.sample(other, rng.choice((2, 3))))
    return out
