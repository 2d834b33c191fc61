"""Sentiment models behind one seam: ``predict(texts) -> (n, 3)`` probabilities of
negative, neutral, positive.

- ``BuiltinModel``: ``data/classifier.npz`` (logistic regression, numpy) over the shared
  multilingual sentence embeddings (``aqm.embeddings``) and cue features. It refuses to run
  on another embedder than the one it was trained on.
- ``TransformersModel``: any local transformers text-classification folder, through
  ``transformers.pipeline`` on the CPU, labels mapped by name or by ``label_map``. Nothing is
  fetched from a hub: the folder must hold the config, weights and tokenizer.

``load_sentiment_model`` loads once per process and options (cached).
"""

from __future__ import annotations

import functools
import hashlib
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from aqm.errors import InputError, ModelError
from aqm.sentiment.classifier import LABELS, load_model
from aqm.sentiment.options import SentimentOptions

BUILTIN_PATH = Path(__file__).resolve().parent / "data" / "classifier.npz"


class SentimentModel(Protocol):
    """What ``analyze`` needs from a model."""

    name: str  # model name with version
    backend: str  # aqm-builtin | transformers
    sha256: str  # of the model file (builtin) or of the model folder's files
    data_sha256: str | None  # of the training data, when known (builtin)
    embedder: tuple[str, str] | None  # (name, sha256) of the embedder, builtin only

    def predict(self, texts: Sequence[str]) -> np.ndarray:
        """(len(texts), 3) probabilities in ``LABELS`` order; rows sum to 1."""
        ...


class BuiltinModel:
    backend = "aqm-builtin"

    def __init__(self, path: Path = BUILTIN_PATH) -> None:
        from aqm.embeddings import embedder_identity

        try:
            data = path.read_bytes()
        except OSError as e:
            raise ModelError(f"the built-in sentiment classifier is missing ({path}): "
                             f"{e.strerror}; run `aqm sentiment train`") from e
        self.sha256 = hashlib.sha256(data).hexdigest()
        self._model = load_model(path)
        emb_name, emb_sha = embedder_identity()
        if self._model.embedder_sha256 != emb_sha:
            raise ModelError("the built-in sentiment classifier was trained on another "
                             f"embedder (sha256 {self._model.embedder_sha256[:12]}) than the "
                             f"installed {emb_name} ({emb_sha[:12]}); run `aqm sentiment train`")
        self.embedder: tuple[str, str] | None = (emb_name, emb_sha)
        self.data_sha256: str | None = self._model.data_sha256
        self.name = f"aqm-sentiment-logreg/{emb_name}"
        self._matcher = self._model.matcher()

    def predict(self, texts: Sequence[str]) -> np.ndarray:
        from aqm.embeddings import encode
        from aqm.sentiment.features import feature_matrix

        if not texts:
            return np.zeros((0, 3), dtype=np.float32)
        return self._model.predict_proba(feature_matrix(encode(texts), texts, self._matcher),
                                         texts)


def folder_sha256(path: Path) -> str:
    """SHA-256 over a model folder: every file's relative path and bytes, in name order."""
    digest = hashlib.sha256()
    files = sorted(p for p in path.rglob("*") if p.is_file()
                   and not any(part.startswith(".") for part in p.relative_to(path).parts))
    for file in files:
        digest.update(str(file.relative_to(path)).encode() + b"\0")
        with open(file, "rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                digest.update(block)
    return digest.hexdigest()


def map_labels(id2label: dict[int, str], label_map: dict[str, str]) -> dict[str, int]:
    """Model label -> column in ``LABELS``, by ``label_map`` first, then by name."""
    out: dict[str, int] = {}
    for name in id2label.values():
        target = label_map.get(name)
        if target is None:
            low = name.lower()
            hits = [lab for lab, key in zip(LABELS, ("neg", "neu", "pos"), strict=True)
                    if key in low]
            target = hits[0] if len(hits) == 1 else None
        if target is None:
            raise InputError(f"sentiment model label {name!r} does not say negative, neutral "
                             f"or positive; give a label map (model labels: "
                             f"{', '.join(sorted(id2label.values()))})")
        out[name] = LABELS.index(target)
    return out


class TransformersModel:
    backend = "transformers"
    data_sha256: str | None = None
    embedder: tuple[str, str] | None = None

    def __init__(self, path: Path, label_map: dict[str, str], batch_size: int) -> None:
        if not (path / "config.json").is_file():
            raise InputError(f"{path} is not a transformers model folder (no config.json)")
        os.environ.setdefault("HF_HUB_OFFLINE", "1")  # a local folder: never ask a hub
        try:
            import transformers
            from transformers import AutoConfig, pipeline
        except ImportError as e:
            raise ModelError("--sentiment-model needs the transformers package: "
                             "pip install transformers") from e
        try:
            config = AutoConfig.from_pretrained(str(path), local_files_only=True)
            self._columns = map_labels(dict(config.id2label), label_map)
            self._pipe: Any = pipeline("text-classification", model=str(path),
                                       tokenizer=str(path), device=-1, top_k=None)
        except (OSError, ValueError, KeyError) as e:
            raise ModelError(f"cannot load the sentiment model in {path}: {e}") from e
        limit = int(getattr(self._pipe.tokenizer, "model_max_length", 0) or 0)
        positions = int(getattr(config, "max_position_embeddings", 512) or 512)
        # tokenizers saved without a limit say 1e30; RoBERTa-style models (PhoBERT) reserve
        # two positions for padding offsets
        self._max_length = limit if 0 < limit <= positions else max(positions - 2, 8)
        self.sha256 = folder_sha256(path)
        self.name = f"{path.name}@transformers-{transformers.__version__}"
        self._batch_size = batch_size

    def predict(self, texts: Sequence[str]) -> np.ndarray:
        out = np.zeros((len(texts), 3), dtype=np.float32)
        if not texts:
            return out
        try:
            results = self._pipe(list(texts), batch_size=self._batch_size, truncation=True,
                                 max_length=self._max_length)
        except (RuntimeError, ValueError) as e:
            raise ModelError(f"the sentiment model failed: {type(e).__name__}") from e
        for i, scores in enumerate(results):
            for item in scores:
                out[i, self._columns[item["label"]]] += float(item["score"])
        total = out.sum(axis=1, keepdims=True)
        np.divide(out, total, out=out, where=total > 0)
        return out


@functools.lru_cache(maxsize=4)
def _load(model: str, label_map: tuple[tuple[str, str], ...], batch_size: int
          ) -> SentimentModel:
    if model == "builtin":
        return BuiltinModel()
    path = Path(model).expanduser()
    if not path.is_dir():
        raise InputError(f"sentiment model {model!r} is neither 'builtin' nor a folder")
    return TransformersModel(path.resolve(), dict(label_map), batch_size)


def load_sentiment_model(options: SentimentOptions) -> SentimentModel:
    """The model ``options`` name, loaded once per process."""
    return _load(options.model, options.label_map, options.batch_size)

