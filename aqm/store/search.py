"""The search index over redacted transcripts, and phrase queries on it (``m012``).

Index (DuckDB tables, filled by ``index_calls``):

- ``search_docs``: one row per segment with ``folded``, its text normalised and folded
  without tone marks by ``aqm.scoring.text.normalise`` (the rules' normalisation), padded
  with spaces, plus what the filters need without a join (speaker, times, the call's start
  and length) and the redacted text to show; rows are written in call-start order;
- ``search_terms`` (term, df): every folded word and in how many segments it is, so a
  phrase with a word nobody said answers at once; a word leaves with its last segment;
- ``search_calls``: the transcript (run key and time written) each call was indexed from,
  so a re-transcribed call is indexed again and a deleted one leaves nothing.

A phrase query folds its words the same way. A word no segment holds: no match, at once.
Otherwise segments are read newest call first in widening windows of call start (the last
7, 31, 92, 366 days back from the newest indexed call, then the rest) until the page is
full, one query a window: ``contains(folded, ' a b ')`` (DuckDB pushes it into the scan) with
the filters, reading only narrow columns; the page's texts are then fetched by row id.
Common phrases fill the page from the newest window; a rare phrase costs about one pass.
Call-level filters are the calls grid's (``queries.CallFilter`` / ``CallScope``, a semi-join
on ``call_facts``; dates are on the segments themselves). ``benchmarks/search.py`` measures
this on a million calls beside an inverted index (term -> segment postings), the design
not taken, and the README's *Search across calls* gives the figures.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

import numpy as np
import pyarrow as pa

from aqm.scoring.text import normalise
from aqm.store.db import Store
from aqm.store.queries import CallFilter, CallScope, _where

MAX_PAGE = 500
WINDOW_DAYS = (7, 31, 92, 366)  # newest-first windows of call start, then the rest
_KEY = "t.run_key || '@' || CAST(t.created_at AS VARCHAR)"


def fold_text(text: str) -> str:
    """A segment's searchable form: `` tokens folded without tone marks ``."""
    return " " + normalise(text, diacritics=False) + " "


def query_terms(text: str) -> tuple[str, ...]:
    """The folded words of a query, in order."""
    return tuple(normalise(text, diacritics=False).split())


@dataclass(frozen=True)
class SegmentFilter:
    """Segment-level filters: who spoke, and where in the call (seconds)."""

    speaker: str | None = None  # agent | customer | unknown
    in_first_s: float | None = None  # segment starts within the call's first N seconds
    in_last_s: float | None = None  # segment ends within the call's last N seconds


ANY_SEGMENT = SegmentFilter()
ANY_CALL = CallFilter()
EVERY_CALL = CallScope()


@dataclass(frozen=True)
class SearchHit:
    """One matching segment (its redacted text) with its call's metadata."""

    call_id: str
    seg_idx: int
    speaker: str
    start_s: float
    end_s: float
    text: str
    started_at: dt.datetime | None
    agent_id: str | None
    agent_name: str | None
    team: str | None
    queue: str | None
    score: float | None = None  # semantic similarity (None for phrase hits)


@dataclass(frozen=True)
class HitPage:
    hits: tuple[SearchHit, ...]
    offset: int
    plan: str  # none (a word nobody said) | scan | semantic
    unindexed: int  # calls with a transcript that are not in the index yet


# -- index maintenance --------------------------------------------------------------------
def register(con: Any, name: str, table: pa.Table) -> None:
    """``con.register`` after finishing any half-read result (DuckDB refuses it then)."""
    con.execute("SELECT 1").fetchall()
    con.register(name, table)


def _register_ids(con: Any, name: str, call_ids: Sequence[str]) -> None:
    register(con, name, pa.table({"call_id": pa.array(list(call_ids), pa.string())}))


def pending_calls(con: Any, limit: int | None = None) -> list[str]:
    """Calls whose transcript is not indexed (new, re-transcribed, or their start changed),
    and indexed calls whose transcript is gone; in call-start order (the index's order)."""
    rows = con.execute(f"""
        SELECT call_id FROM (
            SELECT t.call_id, c.started_at FROM transcripts t JOIN calls c USING (call_id)
            LEFT JOIN search_calls s ON s.call_id = t.call_id
            WHERE s.call_id IS NULL OR s.transcript_key <> {_KEY}
               OR s.started_at IS DISTINCT FROM c.started_at
            UNION ALL
            SELECT s.call_id, NULL FROM search_calls s ANTI JOIN transcripts t USING (call_id))
        ORDER BY started_at NULLS FIRST, call_id
        {'' if limit is None else f'LIMIT {int(limit)}'}""").fetchall()
    return [r[0] for r in rows]


_DOC_TERMS = """SELECT term, count(*) AS n FROM (
    SELECT DISTINCT doc_id, unnest(string_split(trim(folded), ' ')) AS term
    FROM {docs} WHERE {where}) GROUP BY term"""


def unindex_calls(con: Any, ids_table: str) -> int:
    """Remove the calls in the registered table ``ids_table`` (column ``call_id``) from the
    index and drop their embeddings; words left in no segment go too. Returns segments."""
    where = f"call_id IN (SELECT call_id FROM {ids_table})"
    gone = int(con.execute(f"SELECT count(*) FROM search_docs WHERE {where}").fetchall()[0][0])
    if gone:
        con.execute(f"""
            UPDATE search_terms SET df = search_terms.df - g.n
            FROM ({_DOC_TERMS.format(docs="search_docs", where=where)}) g
            WHERE search_terms.term = g.term""")
        con.execute("DELETE FROM search_terms WHERE df <= 0")
        con.execute(f"DELETE FROM search_docs WHERE {where}")
    for table in ("search_calls", "segment_embeddings"):
        con.execute(f"DELETE FROM {table} WHERE {where}")
    return gone


def index_calls(con: Any, call_ids: Sequence[str], now: dt.datetime) -> int:
    """(Re)index these calls' stored segments; the caller holds the write transaction.
    Returns the segments indexed. Calls without a transcript are only removed."""
    if not call_ids:
        return 0
    _register_ids(con, "_ix_ids", call_ids)
    unindex_calls(con, "_ix_ids")
    con.execute("SELECT 1").fetchall()
    seg = con.sql("""
        SELECT s.call_id, s.seg_idx, s.speaker, s.start_s, s.end_s, c.started_at,
               c.duration_s, s.text
        FROM segments s JOIN calls c USING (call_id) JOIN _ix_ids USING (call_id)
        WHERE s.call_id IN (SELECT call_id FROM transcripts)
        ORDER BY c.started_at NULLS FIRST, s.call_id, s.seg_idx""").to_arrow_table()
    n = seg.num_rows
    if n:
        base = int(con.execute("SELECT coalesce(max(doc_id), 0) FROM search_docs").fetchall()[0][0])
        folded = [fold_text(t) for t in seg.column("text").to_pylist()]
        docs = seg.add_column(
            0, "doc_id", pa.array(np.arange(base + 1, base + 1 + n, dtype=np.int64))) \
            .append_column("folded", pa.array(folded, pa.string()))
        register(con, "_ix_docs", docs)
        cols = "doc_id, call_id, seg_idx, speaker, start_s, end_s, started_at, duration_s, " \
               "folded, text"
        con.execute(f"INSERT INTO search_docs ({cols}) SELECT {cols} FROM _ix_docs")
        con.execute(f"""
            INSERT INTO search_terms {_DOC_TERMS.format(docs="_ix_docs", where="true")}
            ON CONFLICT (term) DO UPDATE SET df = search_terms.df + excluded.df""")
        con.unregister("_ix_docs")
    con.execute(f"""
        INSERT INTO search_calls (call_id, transcript_key, started_at, indexed_at)
        SELECT t.call_id, {_KEY}, c.started_at, ?
        FROM transcripts t JOIN calls c USING (call_id) JOIN _ix_ids USING (call_id)""", [now])
    con.unregister("_ix_ids")
    return n


def refresh(store: Store, batch_calls: int = 2000, limit: int | None = None) -> tuple[int, int]:
    """Index what ``pending_calls`` lists, ``batch_calls`` calls per write transaction.
    Returns (calls, segments) indexed."""
    calls = segments = 0
    while limit is None or calls < limit:
        with store.write() as con:
            todo = pending_calls(con, batch_calls)
            if not todo:
                break
            segments += index_calls(con, todo, _now())
            calls += len(todo)
        if len(todo) < batch_calls:
            break
    return calls, segments


def lagging(store: Store, call_ids: Sequence[str], embedder: str) -> list[str]:
    """Those of ``call_ids`` whose stored transcript is not indexed as it is now, or whose
    segments were not embedded with ``embedder`` (a batch killed after storing a call and
    before indexing it leaves such calls; the next batch catches up)."""
    if not call_ids:
        return []
    with store.read() as con:
        _register_ids(con, "_lag_ids", call_ids)
        rows = con.execute(f"""
            SELECT t.call_id FROM transcripts t JOIN calls c USING (call_id)
            JOIN _lag_ids USING (call_id) LEFT JOIN search_calls s ON s.call_id = t.call_id
            WHERE s.call_id IS NULL OR s.transcript_key <> {_KEY}
               OR s.started_at IS DISTINCT FROM c.started_at
               OR s.embedded_with IS DISTINCT FROM ?
            ORDER BY t.call_id""", [embedder]).fetchall()
    return [r[0] for r in rows]


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


def unindexed_count(con: Any) -> int:
    """Transcripts not in the index (a cheap difference of counts)."""
    row = con.execute("SELECT (SELECT count(*) FROM transcripts) - "
                      "(SELECT count(*) FROM search_calls)").fetchall()[0]
    return max(0, int(row[0]))


# -- queries ------------------------------------------------------------------------------
def doc_conditions(seg: SegmentFilter, flt: CallFilter, scope: CallScope,
                   alias: str = "d") -> tuple[list[str], list[Any]]:
    """Conditions on ``search_docs`` (or a table with the same columns) for these filters."""
    parts: list[str] = []
    params: list[Any] = []
    if seg.speaker:
        parts.append(f"{alias}.speaker = ?")
        params.append(seg.speaker)
    if seg.in_first_s is not None:
        parts.append(f"{alias}.start_s < ?")
        params.append(float(seg.in_first_s))
    if seg.in_last_s is not None:
        parts.append(f"{alias}.end_s > {alias}.duration_s - ?")
        params.append(float(seg.in_last_s))
    if flt.date_from is not None:  # also on the docs' own column: prunes row groups
        parts.append(f"{alias}.started_at >= ?")
        params.append(dt.datetime.combine(flt.date_from, dt.time()))
    if flt.date_to is not None:
        parts.append(f"{alias}.started_at < ?")
        params.append(dt.datetime.combine(flt.date_to + dt.timedelta(days=1), dt.time()))
    # dates are on the docs already: the join with call_facts only for the other filters
    where, call_params = _where(replace(flt, date_from=None, date_to=None), scope)
    if where:
        parts.append(f"{alias}.call_id IN (SELECT call_id FROM call_facts{where})")
        params.extend(call_params)
    return parts, params


_ORDER = " ORDER BY d.started_at DESC NULLS LAST, d.call_id, d.seg_idx"


def phrase_page(store: Store, terms: Sequence[str], seg: SegmentFilter = ANY_SEGMENT,
                flt: CallFilter = ANY_CALL, scope: CallScope = EVERY_CALL,
                offset: int = 0, limit: int = 20) -> HitPage:
    """Segments holding the folded words ``terms`` in this order, newest call first."""
    limit = max(1, min(int(limit), MAX_PAGE))
    offset = max(0, int(offset))
    with store.read() as con:
        unindexed = unindexed_count(con)
        wanted = sorted(set(terms))
        if not wanted:
            return HitPage((), offset, "none", unindexed)
        known = con.execute(f"SELECT count(*) FROM search_terms WHERE term IN "
                            f"({', '.join('?' for _ in wanted)})", wanted).fetchall()[0][0]
        if known < len(wanted):
            return HitPage((), offset, "none", unindexed)
        parts, params = phrase_conditions(terms, seg, flt, scope)
        rows = windowed(con, parts, params, offset + limit)[offset:]
        if rows:  # the page's texts, by row id (the scans above read no text)
            texts = dict(con.execute(
                f"SELECT rowid, text FROM search_docs WHERE rowid IN "
                f"({', '.join(str(int(r[-1])) for r in rows)})").fetchall())
            rows = [(*r[:-1], texts[r[-1]]) for r in rows]
        return HitPage(_hits(con, rows), offset, "scan", unindexed)


def phrase_conditions(terms: Sequence[str], seg: SegmentFilter, flt: CallFilter,
                      scope: CallScope) -> tuple[list[str], list[Any]]:
    """Conditions on ``search_docs d`` for the phrase ``terms`` and the filters."""
    parts, params = doc_conditions(seg, flt, scope)
    return ["contains(d.folded, ?)", *parts], [" " + " ".join(terms) + " ", *params]


def _rows(con: Any, parts: list[str], params: list[Any], n: int) -> list[tuple[Any, ...]]:
    sql = (f"SELECT d.call_id, d.seg_idx, d.speaker, d.start_s, d.end_s, d.started_at, "
           f"d.rowid FROM search_docs d WHERE {' AND '.join(parts)}{_ORDER} LIMIT {int(n)}")
    return [tuple(r) for r in con.execute(sql, params).fetchall()]


def windowed(con: Any, parts: list[str], params: list[Any], n: int) -> list[tuple[Any, ...]]:
    """The first ``n`` rows, newest call first: windows of call start back from the newest
    indexed call (``WINDOW_DAYS``, then all older ones), then calls without a start."""
    newest = con.execute("SELECT max(started_at) FROM search_docs").fetchall()[0][0]
    out: list[tuple[Any, ...]] = []
    if newest is not None:
        upper = newest + dt.timedelta(seconds=1)
        for days in (*WINDOW_DAYS, None):
            lower = None if days is None else newest - dt.timedelta(days=days)
            cond = ["d.started_at < ?"] + ([] if lower is None else ["d.started_at >= ?"])
            out += _rows(con, parts + cond, params + [upper] + ([] if lower is None
                                                                else [lower]), n - len(out))
            if len(out) >= n or lower is None:
                break
            upper = lower
    if len(out) < n:
        out += _rows(con, parts + ["d.started_at IS NULL"], params, n - len(out))
    return out


def _hits(con: Any, keys: Sequence[tuple[Any, ...]],
          scores: Sequence[float | None] | None = None) -> tuple[SearchHit, ...]:
    """Hits for (call_id, seg_idx, speaker, start_s, end_s, started_at, text) rows, with
    their calls' metadata (one lookup)."""
    if not keys:
        return ()
    ids = sorted({k[0] for k in keys})
    meta = {r[0]: r[1:] for r in con.execute(
        f"SELECT call_id, agent_id, agent_name, team, queue FROM calls "
        f"WHERE call_id IN ({', '.join('?' for _ in ids)})", ids).fetchall()}
    out = []
    for i, (call_id, seg_idx, speaker, start_s, end_s, started_at, text) in enumerate(keys):
        agent_id, agent_name, team, queue = meta.get(call_id, (None, None, None, None))
        out.append(SearchHit(
            call_id=call_id, seg_idx=int(seg_idx), speaker=speaker, start_s=float(start_s),
            end_s=float(end_s), text=text, started_at=started_at, agent_id=agent_id,
            agent_name=agent_name, team=team, queue=queue,
            score=None if scores is None else scores[i]))
    return tuple(out)


def hits_for(store: Store, keys: Sequence[tuple[str, int]],
             scores: Sequence[float | None] | None = None) -> tuple[SearchHit, ...]:
    """Hits for (call_id, seg_idx) pairs found elsewhere (semantic search), in that order."""
    if not keys:
        return ()
    _pairs = pa.table({"call_id": [k[0] for k in keys], "seg_idx": pa.array(
        [k[1] for k in keys], pa.int32()), "rank": pa.array(range(len(keys)), pa.int32())})
    with store.read() as con:
        register(con, "_pairs", _pairs)
        rows = con.execute("""
            SELECT p.call_id, p.seg_idx, d.speaker, d.start_s, d.end_s, d.started_at, d.text
            FROM _pairs p JOIN search_docs d ON d.call_id = p.call_id AND d.seg_idx = p.seg_idx
            ORDER BY p.rank""").fetchall()
        by_key = {(r[0], r[1]): tuple(r) for r in rows}
        found = [(by_key[k], None if scores is None else scores[i])
                 for i, k in enumerate(keys) if k in by_key]
        return _hits(con, [k for k, _ in found], [s for _, s in found])
