"""Benchmark: search across a synthetic centre of 1,000,000 calls (``aqm.search``).

The database is written once with ``aqm.synth`` (agents, teams, queues, dates over 2026,
scores, sentiment, call drivers) plus ``--segments`` transcript segments per call, whose
text is drawn from the project's 4,200 contact-centre utterances in the call's language
(``aqm/sentiment/data/utterances.jsonl``: English, and Vietnamese with and without tone
marks), then indexed with ``aqm.search.index``. Kept in ``--dir`` and reused.

Measured, each the minimum of ``--repeat`` runs (median in brackets):

- filtered phrase searches, first page (20 hits), as ``aqm.search.search`` returns them
  (the app and the CLI call it): common and rare phrases, Vietnamese with and without tone
  marks, filters on speaker, queue, team, date, score, sentiment, category, time in call,
  and a phrase nobody said;
- side by side, the same queries on an inverted index (term -> segment postings, sorted by
  term, in an attached DuckDB file): candidates from the rarest word's postings, phrase
  checked on the folded text, same filters. This is the design the index did not take;
- with ``--embed-calls N``: embedding N calls' segments, and a semantic search over them;
- with ``--delete``: deleting one call (every table) and rewriting the file (compaction),
  on a copy of the database.

Usage: python benchmarks/search.py [--calls 1000000] [--segments 8] [--dir /tmp/aqm-search-bench]
       [--repeat 5] [--no-postings] [--embed-calls 200] [--delete]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import shutil
import statistics
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import duckdb
import numpy as np
import pyarrow as pa

from aqm.search import SearchQuery, index, search
from aqm.store import Store
from aqm.store.bulk import bulk_load, checkpoint, count_rows
from aqm.store.search import query_terms
from aqm.store.writes import SEGMENTS
from aqm.synth import SynthOptions, batches

ROOT = Path(__file__).resolve().parent.parent
UTTERANCES = ROOT / "aqm" / "sentiment" / "data" / "utterances.jsonl"
D = dt.date
QUERIES: tuple[tuple[str, SearchQuery], ...] = (
    ("refund, customer, billing, Nov-Dec", SearchQuery(
        "refund", speaker="customer", queues=("billing",), date_from=D(2026, 11, 1))),
    ("'hủy thẻ', customer", SearchQuery("hủy thẻ", speaker="customer")),
    ("'huy the' (no tone marks), cards, from June", SearchQuery(
        "huy the", queues=("cards",), date_from=D(2026, 6, 1))),
    ("'thank you', agent, general, score <= 60", SearchQuery(
        "thank you", speaker="agent", queues=("general",), score_max=60)),
    ("'speak to a manager', team Cards, ended negative", SearchQuery(
        "speak to a manager", teams=("Cards",), sentiment="negative")),
    ("'i want a refund' (nobody says it), customer, 2026", SearchQuery(
        "i want a refund", speaker="customer", date_from=D(2026, 1, 1))),
    ("'cancel', category complaint, first 120 s", SearchQuery(
        "cancel", categories=("complaint",), in_first_s=120)),
    ("'zzqx' (no such word)", SearchQuery("zzqx")),
)


def timed(fn: Callable[[], object], repeat: int) -> tuple[float, float, object]:
    times, result = [], None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return min(times), statistics.median(times), result


def synth_batches(options: SynthOptions, segments: int) -> Iterator[dict[str, pa.Table]]:
    """aqm.synth's calls (no transcript detail) plus ``segments`` segments a call, evenly
    spread, speakers alternating, text drawn from the utterances in the call's language."""
    pools: dict[str, list[str]] = {}
    for line in UTTERANCES.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        pools.setdefault(row["lang"], []).append(row["text"])
    arrays = {k: np.array(v, dtype=object) for k, v in pools.items()}
    rng = np.random.default_rng(options.seed)
    for batch in batches(options):
        ids = batch["calls"].column("call_id").to_numpy(zero_copy_only=False)
        dur = batch["calls"].column("duration_s").to_numpy()
        lang = np.repeat(batch["transcripts"].column("language")
                         .to_numpy(zero_copy_only=False), segments)
        n = len(ids) * segments
        idx = np.tile(np.arange(segments, dtype=np.int32), len(ids))
        start = np.round(idx * np.repeat(dur / segments, segments), 3)
        text = np.empty(n, dtype=object)
        for key, pool in arrays.items():
            mask = lang == key
            text[mask] = pool[rng.integers(0, len(pool), int(mask.sum()))]
        cols = {"call_id": np.repeat(ids, segments), "seg_idx": idx,
                "speaker": np.where(idx % 2 == 0, "agent", "customer"), "channel": idx % 2,
                "start_s": start, "end_s": start + np.repeat(dur / segments * 0.9, segments),
                "text": text, "language": lang,
                "run_key": np.full(n, "transcribe:bench", dtype=object)}
        batch["segments"] = pa.table({f.name: (pa.array(cols[f.name], f.type) if f.name in cols
                                               else pa.nulls(n, f.type)) for f in SEGMENTS},
                                     schema=SEGMENTS)
        yield batch


def ensure_db(path: Path, calls: int, segments: int) -> None:
    if path.exists():
        Store(path).migrate(create=False)
        if count_rows(Store(path), "calls") == calls:
            return
        path.unlink()
    t0 = time.perf_counter()
    bulk_load(Store(path), synth_batches(SynthOptions(calls=calls), segments))
    checkpoint(Store(path))
    print(f"synthetic centre: {calls:,} calls, {calls * segments:,} segments in "
          f"{time.perf_counter() - t0:.0f} s", flush=True)


def build_postings(db: Path, postings: Path) -> None:
    """The inverted index alternative: (term, doc_id) sorted by term, in its own file."""
    if postings.exists():
        return
    t0 = time.perf_counter()
    con = duckdb.connect(str(postings))
    con.execute("SET memory_limit = '4GB'")  # a shared machine: spill rather than grow
    con.execute(f"ATTACH '{db}' AS m (READ_ONLY)")
    con.execute("""CREATE TABLE postings AS SELECT DISTINCT
        unnest(string_split(trim(folded), ' ')) AS term, doc_id FROM m.search_docs
        ORDER BY term, doc_id""")
    con.close()
    print(f"postings baseline built in {time.perf_counter() - t0:.0f} s", flush=True)


def scan_query(con: duckdb.DuckDBPyConnection, q: SearchQuery) -> list[tuple[object, ...]]:
    """The index's own first-page queries (``aqm.store.search.phrase_page`` without opening
    the file, the word check and the hits' metadata)."""
    from aqm.store.queries import CallScope
    from aqm.store.search import phrase_conditions, windowed

    parts, params = phrase_conditions(query_terms(q.text), q.segment_filter(),
                                      q.call_filter(), CallScope())
    return [(r[0], r[1]) for r in windowed(con, parts, params, 20)]


def postings_query(con: duckdb.DuckDBPyConnection, q: SearchQuery) -> list[tuple[object, ...]]:
    """The same first page through the rarest word's postings."""
    from aqm.store.queries import CallScope
    from aqm.store.search import doc_conditions

    terms = query_terms(q.text)
    dfs = dict(con.execute(f"SELECT term, df FROM search_terms WHERE term IN "
                           f"({', '.join('?' for _ in terms)})", list(terms)).fetchall())
    if len(dfs) < len(set(terms)):
        return []
    parts, params = doc_conditions(q.segment_filter(), q.call_filter(), CallScope())
    rarest = min(terms, key=lambda t: dfs[t])
    sql = ("SELECT d.call_id, d.seg_idx FROM search_docs d WHERE contains(d.folded, ?) AND "
           "d.doc_id IN (SELECT doc_id FROM p.postings WHERE term = ?)"
           + "".join(f" AND {p}" for p in parts)
           + " ORDER BY d.started_at DESC NULLS LAST, d.call_id, d.seg_idx LIMIT 20")
    return con.execute(sql, [" " + " ".join(terms) + " ", rarest, *params]).fetchall()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--calls", type=int, default=1_000_000)
    ap.add_argument("--segments", type=int, default=8)
    ap.add_argument("--dir", type=Path, default=Path("/tmp/aqm-search-bench"))
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--no-postings", action="store_true")
    ap.add_argument("--embed-calls", type=int, default=0)
    ap.add_argument("--delete", action="store_true")
    args = ap.parse_args()
    args.dir.mkdir(parents=True, exist_ok=True)
    db = args.dir / f"search-{args.calls}-{args.segments}.duckdb"
    ensure_db(db, args.calls, args.segments)
    t0 = time.perf_counter()
    report = index(db, batch_calls=20_000)
    if report.calls:
        took = time.perf_counter() - t0
        print(f"index: {report.calls:,} calls, {report.segments:,} segments in {took:.0f} s "
              f"({took / max(1, report.segments) * 1e6:.0f} µs a segment)", flush=True)
    print(f"database: {db.stat().st_size / 2**30:.2f} GiB", flush=True)
    con = None
    if not args.no_postings:
        postings = args.dir / f"postings-{args.calls}-{args.segments}.duckdb"
        build_postings(db, postings)
        con = duckdb.connect(str(db), read_only=True)
        con.execute(f"ATTACH '{postings}' AS p (READ_ONLY)")
    print(f"first page (20 hits), {args.calls:,} calls; min of {args.repeat} [median]; "
          "search() end to end, then the page's query alone on an open connection")
    for name, q in QUERIES:
        t0 = time.perf_counter()
        search(db, q)
        first = time.perf_counter() - t0
        best, med, page = timed(lambda q=q: search(db, q), args.repeat)  # type: ignore[misc]
        hits = len(page.hits)  # type: ignore[attr-defined]
        line = (f"  {name:52} {best * 1000:7.1f} ms [{med * 1000:.1f}] first {first * 1000:.0f}"
                f" ms, {hits} hits")
        if con is not None:
            sb, sm, srows = timed(lambda q=q: scan_query(con, q), args.repeat)  # type: ignore[misc]
            pb, pm, rows = timed(lambda q=q: postings_query(con, q), args.repeat)  # type: ignore[misc]
            assert [(h.call_id, h.seg_idx) for h in page.hits] == rows, name  # type: ignore[attr-defined]
            if page.plan == "scan":  # type: ignore[attr-defined]
                assert rows == srows, name  # same page both ways
            line += (f" | query alone: scan {sb * 1000:.1f} ms [{sm * 1000:.1f}], postings "
                     f"{pb * 1000:.1f} ms [{pm * 1000:.1f}]")
        print(line, flush=True)
    if con is not None:
        con.close()
    if args.embed_calls:
        from aqm.search.semantic import embed_pending

        t0 = time.perf_counter()
        calls, segs = embed_pending(db, limit=args.embed_calls)
        took = time.perf_counter() - t0
        print(f"embedded {calls} calls, {segs} segments in {took:.1f} s "
              f"({took / max(1, segs) * 1000:.1f} ms a segment)")
        q = SearchQuery("the customer wants to cancel the card", mode="semantic")
        best, med, page = timed(lambda: search(db, q), args.repeat)
        print(f"semantic search over the embedded segments: {best * 1000:.0f} ms "
              f"[{med * 1000:.0f}], {len(page.hits)} hits")  # type: ignore[attr-defined]
    if args.delete:  # on a copy: the benchmark's database stays as it is
        from aqm.retention import delete_calls

        copy = args.dir / "delete-copy.duckdb"
        shutil.copyfile(db, copy)
        victim = search(copy, QUERIES[0][1]).hits[0].call_id
        t0 = time.perf_counter()
        rep = delete_calls(copy, call_ids=[victim], reason="benchmark", username="bench",
                           compact=False)
        t1 = time.perf_counter()
        Store(copy).compact()
        t2 = time.perf_counter()
        copy.unlink()
        print(f"delete one call: {t1 - t0:.2f} s ({sum(rep.rows.values())} rows); "
              f"rewrite of the file: {t2 - t1:.0f} s")


if __name__ == "__main__":
    main()
