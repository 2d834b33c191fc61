"""Character n-grams of text folded to plain letters: the part of the built-in classifier that
reads Vietnamese alike with and without diacritics.

The sentence embedding (``aqm.embeddings``) reads "tôi rất thất vọng" and "toi rat that vong"
as different texts; recognisers and people typing in a hurry often drop the tone marks. Here
a text is lower-cased, folded (``aqm.redact.numbers.fold``: "thất vọng" -> "that vong"), cut
into words without punctuation, and each word, padded with a space on either side, gives its
character n-grams of 2 to 5 characters (a word shorter than n gives itself once). Counts are
weighted ``(1 + ln count) * idf`` and each row is scaled to unit length, as scikit-learn's
``TfidfVectorizer(analyzer="char_wb", sublinear_tf=True)`` does. The vocabulary and idf come
from the training texts (n-grams in at least ``MIN_DF`` of them), in sorted order, so the same
texts give the same vocabulary. English text is unchanged by folding.

Inference needs numpy only: ``NgramVocab.rows`` gives each text's (columns, values), and the
classifier adds ``values @ weights[columns]`` to its scores.
"""

from __future__ import annotations

import functools
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from aqm.redact.numbers import fold
from aqm.sentiment.features import words_of

NGRAM_MIN, NGRAM_MAX = 2, 5  # characters, word padding included
MIN_DF = 2  # training texts an n-gram must occur in to get a column


def grams(text: str) -> list[str]:
    """The character n-grams of ``text`` (see the module docstring), with repeats."""
    out: list[str] = []
    for word in words_of(text):
        padded = f" {fold(word)} "
        for n in range(NGRAM_MIN, NGRAM_MAX + 1):
            if len(padded) <= n:
                out.append(padded)
                break
            out.extend(padded[i:i + n] for i in range(len(padded) - n + 1))
    return out


@dataclass(frozen=True)
class NgramVocab:
    """Columns (n-grams in sorted order) and their idf weights."""

    grams: tuple[str, ...]
    idf: np.ndarray  # (len(grams),) float32

    @classmethod
    def fit(cls, texts: Sequence[str], min_df: int = MIN_DF) -> NgramVocab:
        """Vocabulary and smoothed idf, ``ln((1 + n) / (1 + df)) + 1``, of ``texts``."""
        df: Counter[str] = Counter()
        for text in texts:
            df.update(set(grams(text)))
        vocab = tuple(sorted(g for g, c in df.items() if c >= min_df))
        n = len(texts)
        idf = np.array([math.log((1 + n) / (1 + df[g])) + 1.0 for g in vocab], dtype=np.float32)
        return cls(vocab, idf)

    @property
    def width(self) -> int:
        return len(self.grams)

    @functools.cached_property
    def _index(self) -> dict[str, int]:
        return {g: i for i, g in enumerate(self.grams)}

    def rows(self, texts: Sequence[str]) -> list[tuple[np.ndarray, np.ndarray]]:
        """Each text's (column indices int32, unit-length tf-idf values float32); a text
        without known n-grams gives empty arrays."""
        index = self._index
        out = []
        for text in texts:
            counts = Counter(i for g in grams(text) if (i := index.get(g)) is not None)
            cols = np.array(sorted(counts), dtype=np.int32)
            vals = np.array([1.0 + math.log(counts[c]) for c in cols], dtype=np.float64)
            vals = vals * self.idf[cols] if len(cols) else vals
            norm = float(np.sqrt(np.sum(vals * vals)))
            out.append((cols, (vals / norm if norm > 0 else vals).astype(np.float32)))
        return out

    def matrix(self, texts: Sequence[str]) -> Any:
        """``rows`` as a ``scipy.sparse`` CSR matrix (for training; scipy comes with
        scikit-learn)."""
        from scipy import sparse

        rows = self.rows(texts)
        indptr = np.cumsum([0] + [len(c) for c, _ in rows])
        cols = np.concatenate([c for c, _ in rows]) if rows else np.zeros(0, np.int32)
        vals = np.concatenate([v for _, v in rows]) if rows else np.zeros(0, np.float32)
        return sparse.csr_matrix((vals, cols, indptr), shape=(len(rows), self.width))

    def scores(self, texts: Sequence[str], weights: np.ndarray) -> np.ndarray:
        """``(len(texts), weights.shape[1])``: each text's tf-idf row times ``weights``."""
        out = np.zeros((len(texts), weights.shape[1]), dtype=np.float32)
        for i, (cols, vals) in enumerate(self.rows(texts)):
            if len(cols):
                out[i] = vals @ weights[cols]
        return out
