"""Stored sentence embeddings of segments (``segment_embeddings``, ``m012``).

One vector per segment of an indexed call, written once (``aqm.search.embed_pending``, or
the pipeline hook) and dropped with the call's index rows when it is re-transcribed or
deleted. Vectors are L2-normalised (``aqm.embeddings``) and stored as int8 (value * 127,
rounded): 384 bytes a segment instead of 1,536, and the cosine ranking barely moves.
``search_calls.embedded_with`` records the embedder a call was embedded with, so a new
embedder model re-embeds.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

import numpy as np
import pyarrow as pa

from aqm.store.db import Store
from aqm.store.queries import CallFilter, CallScope
from aqm.store.search import (
    ANY_CALL,
    ANY_SEGMENT,
    EVERY_CALL,
    SegmentFilter,
    doc_conditions,
    register,
)

DIM = 384
SCALE = 127.0


def quantise(vectors: np.ndarray) -> np.ndarray:
    """float vectors with |v_i| <= 1 -> int8."""
    return np.clip(np.rint(vectors * SCALE), -127, 127).astype(np.int8)


def calls_to_embed(store: Store, embedder: str, limit: int) -> list[tuple[str, str]]:
    """(call_id, transcript_key) of indexed calls not embedded with ``embedder`` yet."""
    with store.read() as con:
        rows = con.execute("SELECT call_id, transcript_key FROM search_calls WHERE "
                           "embedded_with IS DISTINCT FROM ? "
                           "ORDER BY started_at NULLS FIRST, call_id LIMIT ?",
                           [embedder, int(limit)]).fetchall()
    return [(r[0], r[1]) for r in rows]


def index_keys(store: Store, call_ids: Sequence[str]) -> list[tuple[str, str]]:
    """(call_id, transcript_key) of these calls as indexed."""
    if not call_ids:
        return []
    with store.read() as con:
        register(con, "_emb_ids", pa.table({"call_id": list(call_ids)}))
        rows = con.execute("SELECT call_id, transcript_key FROM search_calls "
                           "WHERE call_id IN (SELECT call_id FROM _emb_ids)").fetchall()
    return [(r[0], r[1]) for r in rows]


def segment_texts(store: Store, call_ids: Sequence[str]) -> list[tuple[str, int, str]]:
    """(call_id, seg_idx, redacted text) of these calls' indexed segments."""
    if not call_ids:
        return []
    with store.read() as con:
        register(con, "_emb_ids", pa.table({"call_id": list(call_ids)}))
        rows = con.execute("""
            SELECT s.call_id, s.seg_idx, s.text FROM segments s
            JOIN search_docs d ON d.call_id = s.call_id AND d.seg_idx = s.seg_idx
            WHERE s.call_id IN (SELECT call_id FROM _emb_ids)
            ORDER BY s.call_id, s.seg_idx""").fetchall()
    return [(r[0], int(r[1]), r[2]) for r in rows]


def save_embeddings(store: Store, calls: Sequence[tuple[str, str]],
                    keys: Sequence[tuple[str, int]], vectors: np.ndarray, embedder: str) -> int:
    """Replace these calls' embeddings with ``vectors`` (rows in ``keys`` order) and mark
    them embedded; ``calls`` are (call_id, transcript_key) as ``calls_to_embed`` gave them.
    A call indexed again meanwhile is skipped (embedded later). Returns vectors written."""
    q = quantise(vectors).reshape(-1)
    table = pa.table({
        "call_id": pa.array([k[0] for k in keys], pa.string()),
        "seg_idx": pa.array([k[1] for k in keys], pa.int32()),
        "embedder": pa.array([embedder] * len(keys), pa.string()),
        "vec": pa.FixedSizeListArray.from_arrays(pa.array(q, pa.int8()), DIM)})
    with store.write() as con:
        register(con, "_emb_asked", pa.table({"call_id": [c for c, _ in calls],
                                             "transcript_key": [k for _, k in calls]}))
        register(con, "_emb_new", table)
        con.execute("CREATE TEMP TABLE _emb_ids AS SELECT call_id FROM search_calls "
                    "JOIN _emb_asked USING (call_id, transcript_key)")
        con.execute("DELETE FROM segment_embeddings WHERE call_id IN "
                    "(SELECT call_id FROM _emb_ids)")
        con.execute("""
            INSERT INTO segment_embeddings
            SELECT n.call_id, n.seg_idx, n.embedder, n.vec::TINYINT[384] FROM _emb_new n
            JOIN _emb_ids USING (call_id)
            JOIN search_docs d ON d.call_id = n.call_id AND d.seg_idx = n.seg_idx""")
        written = int(con.execute("SELECT count(*) FROM segment_embeddings WHERE call_id IN "
                                  "(SELECT call_id FROM _emb_ids)").fetchall()[0][0])
        con.execute("UPDATE search_calls SET embedded_with = ? WHERE call_id IN "
                    "(SELECT call_id FROM _emb_ids)", [embedder])
        con.execute("DROP TABLE _emb_ids")
    return written


def embedded_counts(store: Store, embedder: str) -> tuple[int, int]:
    """(calls embedded with ``embedder``, indexed calls)."""
    with store.read() as con:
        row = con.execute("SELECT count(*) FILTER (WHERE embedded_with = ?), count(*) "
                          "FROM search_calls", [embedder]).fetchall()[0]
    return int(row[0]), int(row[1])


def scan(store: Store, embedder: str, seg: SegmentFilter = ANY_SEGMENT,
         flt: CallFilter = ANY_CALL, scope: CallScope = EVERY_CALL,
         batch_rows: int = 65_536) -> Iterator[tuple[list[tuple[Any, ...]], np.ndarray]]:
    """The filtered segments' embeddings in batches: (keys, int8 matrix), a key being
    (call_id, seg_idx, speaker, start_s, end_s, started_at). Memory: one batch at a time."""
    parts, params = doc_conditions(seg, flt, scope)
    where = " AND ".join(["e.embedder = ?"] + parts)
    sql = ("SELECT d.call_id, d.seg_idx, d.speaker, d.start_s, d.end_s, d.started_at, e.vec "
           "FROM segment_embeddings e JOIN search_docs d "
           "ON d.call_id = e.call_id AND d.seg_idx = e.seg_idx WHERE " + where)
    with store.read() as con:
        con.execute("SELECT 1").fetchall()  # finish the version check's result first
        reader = con.sql(sql, params=[embedder] + params).to_arrow_reader(batch_rows)
        for batch in reader:
            if not batch.num_rows:
                continue
            vec = batch.column(6)
            matrix = np.asarray(vec.flatten().to_numpy(zero_copy_only=False),
                                dtype=np.int8).reshape(batch.num_rows, DIM)
            cols = [batch.column(i).to_pylist() for i in range(6)]
            yield list(zip(*cols, strict=True)), matrix
