"""The built-in classifier: multinomial logistic regression, saved as a plain ``.npz`` (no
pickles: ``np.load(..., allow_pickle=False)``) and run with numpy.

Two kinds of input: dense features (the sentence embedding and the cue features, standardised)
and, from format 2, the character n-grams of the folded text (``aqm.sentiment.ngrams``), whose
weights are stored per n-gram. The file holds the weights, the standardisation, the label
order, the cue phrases and the n-gram vocabulary with its idf (so the file alone defines the
features besides the embedder), the SHA-256 of the embedder it was trained on (checked when
it loads) and of the training data, and the regularisation. Format 1 files (dense only) still
load.

``fit`` uses scikit-learn's L-BFGS solver (deterministic) with class-balanced weights.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import numpy as np

from aqm.errors import ModelError
from aqm.sentiment.features import Cue, CueMatcher
from aqm.sentiment.ngrams import NgramVocab

FORMAT = 2
LABELS: tuple[Literal["negative"], Literal["neutral"], Literal["positive"]] = (
    "negative", "neutral", "positive")
MAX_ITER = 3000  # L-BFGS iterations


@dataclass(frozen=True)
class LogisticModel:
    """Weights over standardised dense features plus per-n-gram weights; ``predict_proba``
    gives (n, 3) in ``LABELS`` order."""

    weights: np.ndarray  # (dense features, 3)
    bias: np.ndarray  # (3,)
    mean: np.ndarray  # (dense features,)
    scale: np.ndarray  # (dense features,)
    cues: tuple[Cue, ...]
    embedder_sha256: str
    data_sha256: str
    c: float  # inverse regularisation strength (scikit-learn's C); format 1: the L2 strength
    ngrams: NgramVocab | None = None
    ngram_weights: np.ndarray | None = None  # (len(ngrams.grams), 3), scale folded in
    ngram_scale: float = 0.0  # how much the n-gram block was scaled up before fitting

    def predict_proba(self, features: np.ndarray, texts: Sequence[str] = ()) -> np.ndarray:
        """Probabilities from the dense ``features`` and, when the model has n-gram weights,
        the ``texts`` themselves."""
        z = ((features - self.mean) / self.scale) @ self.weights + self.bias
        if self.ngrams is not None and self.ngram_weights is not None:
            if len(texts) != len(features):
                raise ModelError("this sentiment classifier needs the texts with the features")
            z = z + self.ngrams.scores(texts, self.ngram_weights)
        z = np.exp(z - z.max(axis=1, keepdims=True))
        return (z / z.sum(axis=1, keepdims=True)).astype(np.float32)

    def matcher(self) -> CueMatcher:
        return CueMatcher(self.cues)

    def to_bytes(self) -> bytes:
        ngrams = self.ngrams or NgramVocab((), np.zeros(0, np.float32))
        ngram_weights = (self.ngram_weights if self.ngram_weights is not None
                         else np.zeros((0, 3), np.float32))
        buf = io.BytesIO()
        np.savez_compressed(
            buf, format=np.array(FORMAT), labels=np.array(LABELS),
            weights=self.weights.astype(np.float32), bias=self.bias.astype(np.float32),
            mean=self.mean.astype(np.float32), scale=self.scale.astype(np.float32),
            cue_lang=np.array([c.lang for c in self.cues]),
            cue_polarity=np.array([c.polarity for c in self.cues], dtype=np.int8),
            cue_phrase=np.array([c.phrase for c in self.cues]),
            ngram=np.array(ngrams.grams, dtype=str), ngram_idf=ngrams.idf.astype(np.float32),
            ngram_weights=ngram_weights.astype(np.float32),
            ngram_scale=np.array(self.ngram_scale),
            embedder_sha256=np.array(self.embedder_sha256),
            data_sha256=np.array(self.data_sha256), c=np.array(self.c))
        return buf.getvalue()

    def save(self, path: Path) -> str:
        """Write the model; returns the file's SHA-256."""
        data = self.to_bytes()
        path.write_bytes(data)
        return hashlib.sha256(data).hexdigest()


def load_model(path: Path) -> LogisticModel:
    try:
        with np.load(path, allow_pickle=False) as z:
            version = int(z["format"])
            if version not in (1, FORMAT) or tuple(str(x) for x in z["labels"]) != LABELS:
                raise ModelError(f"{path} is not an aqm sentiment classifier of format {FORMAT}")
            cues = tuple(Cue(str(a), int(b), str(c)) for a, b, c in
                         zip(z["cue_lang"], z["cue_polarity"], z["cue_phrase"], strict=True))
            ngrams, ngram_weights, scale = None, None, 0.0
            if version >= 2 and len(z["ngram"]):
                ngrams = NgramVocab(tuple(str(g) for g in z["ngram"]), z["ngram_idf"])
                ngram_weights, scale = z["ngram_weights"], float(z["ngram_scale"])
            return LogisticModel(z["weights"], z["bias"], z["mean"], z["scale"], cues,
                                 str(z["embedder_sha256"]), str(z["data_sha256"]),
                                 float(z["c"] if version >= 2 else z["l2"]), ngrams,
                                 ngram_weights, scale)
    except (OSError, KeyError, ValueError) as e:
        raise ModelError(f"cannot read the sentiment classifier {path}: {e}") from e


def fit(features: np.ndarray, labels: np.ndarray, c: float, ngram_matrix: Any = None,
        ngrams: NgramVocab | None = None, ngram_scale: float = 0.0,
        cues: tuple[Cue, ...] = (), embedder_sha256: str = "", data_sha256: str = ""
        ) -> LogisticModel:
    """Class-balanced softmax regression on standardised ``features`` and, when given,
    ``ngram_scale`` times the n-gram tf-idf rows (``ngram_matrix``, scipy CSR, from
    ``ngrams``). ``c``: scikit-learn's C (smaller is stronger regularisation)."""
    from scipy import sparse
    from sklearn.linear_model import LogisticRegression

    x = features.astype(np.float64)
    mean = x.mean(axis=0)
    scale = x.std(axis=0) + 1e-6
    z: Any = (x - mean) / scale
    use_ngrams = ngram_matrix is not None and ngrams is not None and ngram_scale > 0
    if use_ngrams:
        z = sparse.hstack([sparse.csr_matrix(z), ngram_scale * ngram_matrix], format="csr")
    clf = LogisticRegression(C=c, max_iter=MAX_ITER, class_weight="balanced")
    clf.fit(z, labels)
    if list(clf.classes_) != [0, 1, 2]:
        raise ModelError("the sentiment training data must hold all three labels")
    w = clf.coef_.T  # (features, 3)
    d = features.shape[1]
    return LogisticModel(
        w[:d].astype(np.float32), clf.intercept_.astype(np.float32), mean.astype(np.float32),
        scale.astype(np.float32), cues, embedder_sha256, data_sha256, float(c),
        ngrams if use_ngrams else None,
        (ngram_scale * w[d:]).astype(np.float32) if use_ngrams else None,
        float(ngram_scale) if use_ngrams else 0.0)
