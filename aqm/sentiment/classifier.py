"""The built-in classifier: multinomial logistic regression in numpy, saved as a plain ``.npz``
(no pickles: ``np.load(..., allow_pickle=False)``).

The file holds the weights, the feature standardisation, the label order, the cue phrases
(so the file alone defines the features besides the embedder), the SHA-256 of the embedder
it was trained on (checked when it loads) and of the training data, and the L2 strength.
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import numpy as np

from aqm.errors import ModelError
from aqm.sentiment.features import Cue, CueMatcher

FORMAT = 1
LABELS: tuple[Literal["negative"], Literal["neutral"], Literal["positive"]] = (
    "negative", "neutral", "positive")
EPOCHS = 400
LEARNING_RATE = 0.01  # Adam, full batch


@dataclass(frozen=True)
class LogisticModel:
    """Weights over standardised features; ``predict_proba`` gives (n, 3) in ``LABELS`` order."""

    weights: np.ndarray  # (features, 3)
    bias: np.ndarray  # (3,)
    mean: np.ndarray  # (features,)
    scale: np.ndarray  # (features,)
    cues: tuple[Cue, ...]
    embedder_sha256: str
    data_sha256: str
    l2: float

    def predict_proba(self, features: np.ndarray) -> np.ndarray:
        z = ((features - self.mean) / self.scale) @ self.weights + self.bias
        z = np.exp(z - z.max(axis=1, keepdims=True))
        return (z / z.sum(axis=1, keepdims=True)).astype(np.float32)

    def matcher(self) -> CueMatcher:
        return CueMatcher(self.cues)

    def to_bytes(self) -> bytes:
        buf = io.BytesIO()
        np.savez_compressed(
            buf, format=np.array(FORMAT), labels=np.array(LABELS),
            weights=self.weights.astype(np.float32), bias=self.bias.astype(np.float32),
            mean=self.mean.astype(np.float32), scale=self.scale.astype(np.float32),
            cue_lang=np.array([c.lang for c in self.cues]),
            cue_polarity=np.array([c.polarity for c in self.cues], dtype=np.int8),
            cue_phrase=np.array([c.phrase for c in self.cues]),
            embedder_sha256=np.array(self.embedder_sha256),
            data_sha256=np.array(self.data_sha256), l2=np.array(self.l2))
        return buf.getvalue()

    def save(self, path: Path) -> str:
        """Write the model; returns the file's SHA-256."""
        data = self.to_bytes()
        path.write_bytes(data)
        return hashlib.sha256(data).hexdigest()


def load_model(path: Path) -> LogisticModel:
    try:
        with np.load(path, allow_pickle=False) as z:
            if int(z["format"]) != FORMAT or tuple(str(x) for x in z["labels"]) != LABELS:
                raise ModelError(f"{path} is not an aqm sentiment classifier of format {FORMAT}")
            cues = tuple(Cue(str(a), int(b), str(c)) for a, b, c in
                         zip(z["cue_lang"], z["cue_polarity"], z["cue_phrase"], strict=True))
            return LogisticModel(z["weights"], z["bias"], z["mean"], z["scale"], cues,
                                 str(z["embedder_sha256"]), str(z["data_sha256"]),
                                 float(z["l2"]))
    except (OSError, KeyError, ValueError) as e:
        raise ModelError(f"cannot read the sentiment classifier {path}: {e}") from e


def fit(features: np.ndarray, labels: np.ndarray, l2: float, cues: tuple[Cue, ...] = (),
        embedder_sha256: str = "", data_sha256: str = "") -> LogisticModel:
    """Class-balanced softmax regression with L2 on standardised features (full-batch Adam
    from zero weights: deterministic)."""
    x = features.astype(np.float64)
    mean = x.mean(axis=0)
    scale = x.std(axis=0) + 1e-6
    z = (x - mean) / scale
    n, d = z.shape
    counts = np.bincount(labels, minlength=3).astype(np.float64)
    sample_w = (n / (3.0 * np.maximum(counts, 1.0)))[labels][:, None] / n
    onehot = np.eye(3)[labels]
    params = [np.zeros((d, 3)), np.zeros(3)]
    m1 = [np.zeros_like(p) for p in params]
    m2 = [np.zeros_like(p) for p in params]
    for t in range(1, EPOCHS + 1):
        logits = z @ params[0] + params[1]
        p = np.exp(logits - logits.max(axis=1, keepdims=True))
        p /= p.sum(axis=1, keepdims=True)
        g = (p - onehot) * sample_w
        grads = [z.T @ g + l2 * params[0], g.sum(axis=0)]
        for i, grad in enumerate(grads):
            m1[i] = 0.9 * m1[i] + 0.1 * grad
            m2[i] = 0.999 * m2[i] + 0.001 * grad * grad
            step = (m1[i] / (1 - 0.9 ** t)) / (np.sqrt(m2[i] / (1 - 0.999 ** t)) + 1e-8)
            params[i] -= LEARNING_RATE * step
    return LogisticModel(params[0].astype(np.float32), params[1].astype(np.float32),
                         mean.astype(np.float32), scale.astype(np.float32), cues,
                         embedder_sha256, data_sha256, float(l2))
