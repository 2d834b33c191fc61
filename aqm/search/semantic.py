"""Semantic search: segments whose meaning is close to the query ("customer threatens to
cancel"), with the sentence embeddings the compliance and sentiment stages use
(``aqm.embeddings``: multilingual e5-small, so an English query finds Vietnamese segments).

Embeddings are stored once per segment (``segment_embeddings``, int8), computed at pipeline
time by the hook ``aqm.search.after_calls_saved`` or afterwards by ``aqm searches index
--embed`` (``embed_pending``); a search never computes them, it only embeds the query and
counts the calls still missing (``HitPage.unindexed``). Ranking is an exact scan of the
filtered segments' vectors in batches (one batch in memory at a time): cosine similarity
over ``min_similarity``, best first.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from aqm.embeddings import embedder_identity, encode
from aqm.store import Store
from aqm.store import semantic as sem
from aqm.store.queries import CallScope
from aqm.store.search import HitPage, hits_for, unindexed_count

if TYPE_CHECKING:
    from aqm.search.query import SearchQuery

EMBED_BATCH_CALLS = 100


def embedder_tag() -> str:
    """The embedder's name and a prefix of its model file's hash, stored with vectors."""
    name, sha = embedder_identity()
    return f"{name}:{sha[:16]}"


def _embed(store: Store, calls: list[tuple[str, str]], tag: str) -> int:
    rows = sem.segment_texts(store, [c for c, _ in calls])
    vectors = encode([t for _, _, t in rows]) if rows else np.zeros((0, sem.DIM), np.float32)
    return sem.save_embeddings(store, calls, [(c, i) for c, i, _ in rows], vectors, tag)


def embed_calls(db: str | Path, call_ids: list[str]) -> tuple[int, int]:
    """Embed these indexed calls' segments now (the pipeline hook). (calls, segments)."""
    store = Store(db)
    calls = sem.index_keys(store, call_ids)
    return len(calls), _embed(store, calls, embedder_tag()) if calls else 0


def embed_pending(db: str | Path, limit: int | None = None,
                  batch_calls: int = EMBED_BATCH_CALLS,
                  progress: Callable[[int, int], None] | None = None) -> tuple[int, int]:
    """Embed indexed calls that have no embeddings from this embedder yet, a batch at a
    time (resumable: stop it any time). Returns (calls, segments)."""
    store = Store(db)
    tag = embedder_tag()
    calls = segments = 0
    while limit is None or calls < limit:
        todo = sem.calls_to_embed(store, tag, batch_calls if limit is None
                                  else min(batch_calls, limit - calls))
        if not todo:
            break
        segments += _embed(store, todo, tag)
        calls += len(todo)
        if progress is not None:
            progress(calls, segments)
    return calls, segments


def semantic_page(db: str | Path, query: SearchQuery, scope: CallScope, offset: int = 0,
                  limit: int = 20) -> HitPage:
    """The segments most similar to ``query.text`` (at least ``min_similarity``), best
    first, within the query's filters."""
    store = Store(db)
    tag = embedder_tag()
    want = max(0, offset) + max(1, limit)
    vector = encode([query.text])[0].astype(np.float32) / sem.SCALE
    best: list[tuple[float, int, tuple[Any, ...]]] = []  # min-heap of the top `want`
    order = 0
    for keys, matrix in sem.scan(store, tag, query.segment_filter(), query.call_filter(),
                                 scope):
        scores = matrix.astype(np.float32) @ vector
        for i in np.flatnonzero(scores >= query.min_similarity):
            item = (float(scores[i]), -order, keys[i])
            order += 1
            if len(best) < want:
                heapq.heappush(best, item)
            elif item > best[0]:
                heapq.heapreplace(best, item)
    ranked = sorted(best, reverse=True)[max(0, offset):want]
    hits = hits_for(store, [(k[0], int(k[1])) for _, _, k in ranked],
                    [round(s, 4) for s, _, _ in ranked])
    embedded, indexed = sem.embedded_counts(store, tag)
    with store.read() as con:
        missing = unindexed_count(con)
    return HitPage(hits, max(0, offset), "semantic", missing + indexed - embedded)
