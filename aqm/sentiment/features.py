"""Features of the built-in classifier: the sentence embedding plus sentiment cue phrases.

The embedding (``aqm.embeddings``) carries most of the meaning but is dominated by topic;
on Vietnamese it separates polarity less well (during development, group cross-validation
on the training split gave Vietnamese macro-F1 0.77 from the embedding alone, 0.81 with the
cues; English 0.91 either way). The cues are a short hand-written
list (``data/cues.txt``): each cue found in a text is one indicator (another one when a negator
stands just before it), plus the counts of positive and negative cues, plain and negated.
Vietnamese cues also match text written without diacritics. The classifier learns each
cue's weight; nothing here decides a label. Character n-grams of the folded text are the
classifier's third block of input (``aqm.sentiment.ngrams``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from aqm.errors import InputError
from aqm.redact.numbers import fold

CUES_FILE = Path(__file__).resolve().parent / "data" / "cues.txt"
NEGATION_GAP = 2  # words allowed between a negator and the cue it negates
NEGATORS = {
    "en": ("not", "never", "no", "don't", "didn't", "isn't", "wasn't", "doesn't", "aren't",
           "can't", "won't", "nothing", "hardly"),
    "vi": ("không", "chẳng", "chả", "chưa", "đừng", "đâu có", "không hề", "chẳng hề"),
}
_WORD = re.compile(r"[\w']+")
_CLAUSE = re.compile(r"[,.;:!?…]+(?:\s|$)")


def words_of(text: str) -> list[str]:
    """Lower-case NFC words (apostrophes kept: ``don't``)."""
    return _WORD.findall(unicodedata.normalize("NFC", text.lower()))


@dataclass(frozen=True)
class Cue:
    lang: str
    polarity: int  # +1 or -1
    phrase: str

    def key(self) -> tuple[str, ...]:
        """Words to match: Vietnamese without diacritics (matched on folded text)."""
        words = tuple(words_of(self.phrase))
        return tuple(fold(w) for w in words) if self.lang == "vi" else words


def read_cues(path: Path = CUES_FILE) -> tuple[Cue, ...]:
    """The cue phrases of ``data/cues.txt`` in file order."""
    cues: list[Cue] = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 3 or parts[1] not in "+-" or parts[0] not in NEGATORS:
            raise InputError(f"{path.name} line {n}: expected LANG<TAB>+|-<TAB>phrases")
        for phrase in parts[2].split("|"):
            if phrase.strip():
                cues.append(Cue(parts[0], 1 if parts[1] == "+" else -1,
                                unicodedata.normalize("NFC", phrase.strip().lower())))
    return tuple(cues)


class CueMatcher:
    """Turns texts into cue features: ``2 * len(cues) + 4`` columns."""

    def __init__(self, cues: Sequence[Cue]) -> None:
        self.cues = tuple(cues)
        self._index: dict[tuple[str, ...], list[int]] = {}
        for j, cue in enumerate(self.cues):
            self._index.setdefault(cue.key(), []).append(j)
        self._longest = max((len(k) for k in self._index), default=1)
        negs = {tuple(words_of(n)) for ns in NEGATORS.values() for n in ns}
        self._negators = negs | {tuple(fold(w) for w in n) for n in negs}

    @property
    def width(self) -> int:
        return 2 * len(self.cues) + 4

    def _negated(self, words: Sequence[str], at: int) -> bool:
        for gap in range(NEGATION_GAP + 1):
            for neg in self._negators:
                end = at - gap
                if end - len(neg) >= 0 and tuple(words[end - len(neg):end]) == neg:
                    return True
        return False

    def row(self, text: str) -> np.ndarray:
        """Features of one text (matching on folded words: English is unchanged by it).
        Cues and negation stay inside a clause (punctuation ends one)."""
        out = np.zeros(self.width, dtype=np.float32)
        for clause in _CLAUSE.split(text):
            self._add(out, [fold(w) for w in words_of(clause)])
        return out

    def _add(self, out: np.ndarray, words: Sequence[str]) -> None:
        n = len(self.cues)
        for i in range(len(words)):
            for size in range(1, min(self._longest, len(words) - i) + 1):
                for j in self._index.get(tuple(words[i:i + size]), ()):
                    negated = self._negated(words, i)
                    out[j + (n if negated else 0)] = 1.0
                    flip = -1 if negated else 1
                    out[2 * n + (0 if self.cues[j].polarity * flip > 0 else 1)
                        + (2 if negated else 0)] += 1.0

    def matrix(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.width), dtype=np.float32)
        return np.stack([self.row(t) for t in texts])


def feature_matrix(embeddings: np.ndarray, texts: Sequence[str], matcher: CueMatcher
                   ) -> np.ndarray:
    """The classifier's input: embedding columns, then cue columns."""
    return np.hstack([embeddings.astype(np.float32), matcher.matrix(texts)])
