"""Benchmark: p95 latency of the app's calls grid and call page on a million-call database
under 8 concurrent users (goal: under 1 s).

1. ``generate()`` writes a synthetic database through the real schema (``Store.migrate``):
   ``--calls`` calls (default 1,000,000) with metadata spread over 500 agents, 25 teams,
   12 queues and 180 days, a transcript row, ``--segments`` segments of ``--words`` words,
   ~30 metric values and a few timed events per call (like the metrics stage writes), some
   redactions, the media row; then ``call_facts`` in one set-based pass. Everything goes
   in as Arrow batches (``INSERT … SELECT``), indexes are built after the load. It is kept
   (``--db``) and reused when it already has the calls.
2. The app (``dashboards.app.create_app``) runs on waitress on 127.0.0.1 (threads as in
   ``aqm serve``); ``--users`` threads, each logged in with its own session (one agent among
   them), send a mix for ``--seconds``: the grid's first page, a filtered and sorted page, a
   deeper page, and a call page (layout through the Dash router callback: header, transcript,
   metrics, events, redactions, an audit row). Each request's wall time is recorded; p50,
   p95 and max are printed per kind. Requests go to 127.0.0.1 only and stop after
   ``--seconds``.

Usage: python benchmarks/app_latency.py [--db /tmp/aqm-bench.duckdb] [--calls 1000000]
       [--users 8] [--seconds 60]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import statistics
import threading
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pyarrow as pa

from aqm.store import Store
from aqm.store.facts import FACT_METRICS, rebuild_call_facts
from aqm.store.writes import METRIC_VALUES, REDACTIONS, SEGMENTS, WORDS

BATCH_CALLS = 50_000
AGENTS = 500
TEAMS = 25
QUEUES = ("billing", "cards", "loans", "complaints", "fraud", "mortgage", "savings",
          "lost_stolen", "card_payments", "card_services", "insurance", "general")
LANGUAGES = ("vi", "en")
START = dt.datetime(2026, 5, 1)
RUN_KEY = "transcribe:faster-whisper:bench:bench"
INDEXES = (("segments_call", "segments"), ("words_call", "words"),
           ("metric_values_call", "metric_values"), ("call_facts_call", "call_facts"),
           ("transcripts_call", "transcripts"), ("media_call", "media"))
WORDS_TEXT = np.array(["thank", "you", "for", "calling", "how", "can", "i", "help", "today",
                       "card", "account", "payment", "balance", "please", "hold", "one",
                       "moment", "the", "yes", "no", "sure", "okay"])
SPEAKER_METRICS = ("talk_s", "turn_count", "interruption_count", "word_count",
                   "speaking_rate_wpm", "rms_dbfs", "peak_dbfs", "clipping_ratio",
                   "raised_voice_count")


def _ids(rng: np.random.Generator, n: int) -> np.ndarray:
    raw = rng.integers(0, 2**63 - 1, size=(n, 2), dtype=np.int64)
    return np.array([f"{a:016x}{b:016x}"[:20] for a, b in raw])


def _calls_batch(rng: np.random.Generator, n: int, now: dt.datetime) -> pa.Table:
    ids = _ids(rng, n)
    agent = rng.integers(0, AGENTS, n)
    team = agent % TEAMS
    duration = np.round(np.clip(rng.lognormal(5.5, 0.6, n), 20, 3600), 2)
    started = (np.datetime64(START) + (rng.random(n) * 180 * 86400).astype("timedelta64[s]"))
    direction = rng.choice(["inbound", "outbound", "internal"], n, p=[0.8, 0.18, 0.02])
    lang = rng.choice(LANGUAGES, n, p=[0.6, 0.4])
    return pa.table({
        "call_id": ids, "source_path": np.char.add("/archive/", np.char.add(ids, ".wav")),
        "file_sha256": np.char.add(ids, "0" * 44), "file_size": (duration * 16000).astype(int),
        "container": np.full(n, "wav"), "codec": np.full(n, "pcm_mulaw"),
        "sample_rate_hz": np.full(n, 8000, dtype=np.int32),
        "channels": np.full(n, 2, dtype=np.int32), "duration_s": duration,
        "agent_id": np.char.add("A", agent.astype(str)),
        "agent_name": np.char.add("Agent ", agent.astype(str)),
        "team": np.char.add("Team ", team.astype(str)),
        "queue": rng.choice(QUEUES, n), "direction": direction,
        "started_at": started.astype("datetime64[us]"), "language_hint": lang,
        "channel_layout": np.full(n, "agent=left"), "extra_json": np.full(n, "{}"),
        "ingested_at": pa.array([now] * n, pa.timestamp("us")),
    })


def _children(rng: np.random.Generator, calls: pa.Table, n_seg: int, n_words: int
              ) -> dict[str, pa.Table]:
    ids = calls.column("call_id").to_numpy(zero_copy_only=False)
    duration = calls.column("duration_s").to_numpy()
    lang = calls.column("language_hint").to_numpy(zero_copy_only=False)
    n = len(ids)
    out: dict[str, pa.Table] = {}
    out["transcripts"] = pa.table({
        "call_id": ids, "run_key": np.full(n, RUN_KEY), "language": lang,
        "language_probability": np.full(n, 0.97),
        "channel_languages": pa.array([[x, x] for x in lang], pa.list_(pa.string())),
        "segment_count": np.full(n, n_seg, dtype=np.int32),
        "created_at": pa.array([START] * n, pa.timestamp("us")),
        "redact_key": np.full(n, "redact:bench"),
    })
    # segments: evenly spread over the call, alternating speakers
    seg_call = np.repeat(ids, n_seg)
    seg_idx = np.tile(np.arange(n_seg, dtype=np.int32), n)
    span = np.repeat(duration / n_seg, n_seg)
    seg_start = np.round(seg_idx * span, 3)
    seg_end = np.round(seg_start + span * 0.9, 3)
    words = rng.choice(WORDS_TEXT, size=(n * n_seg, n_words))
    text = np.array([" ".join(w) for w in words])
    out["segments"] = pa.table({
        "call_id": seg_call, "seg_idx": seg_idx,
        "speaker": np.where(seg_idx % 2 == 0, "agent", "customer"),
        "channel": (seg_idx % 2).astype(np.int32), "start_s": seg_start, "end_s": seg_end,
        "text": text, "language": np.repeat(lang, n_seg),
        "avg_logprob": np.full(n * n_seg, -0.2), "no_speech_prob": np.full(n * n_seg, 0.01),
        "run_key": np.full(n * n_seg, RUN_KEY), "backend": np.full(n * n_seg, "faster-whisper"),
    }, schema=SEGMENTS)
    if n_words:
        w_step = np.repeat(span * 0.9 / n_words, n_words)
        w_start = np.round(np.repeat(seg_start, n_words) + np.tile(np.arange(n_words), n * n_seg)
                           * w_step, 3)
        out["words"] = pa.table({
            "call_id": np.repeat(seg_call, n_words), "seg_idx": np.repeat(seg_idx, n_words),
            "word_idx": np.tile(np.arange(n_words, dtype=np.int32), n * n_seg),
            "start_s": w_start, "end_s": np.round(w_start + w_step * 0.8, 3),
            "text": words.reshape(-1), "probability": np.full(n * n_seg * n_words, 0.9),
        }, schema=WORDS)
    # call-level metric values (speaker NULL), speaker values and a few timed events
    m_names = list(FACT_METRICS) + ["duration_s", "rms_dbfs", "peak_dbfs", "clipping_ratio",
                                    "response_latency_max_s"]
    k = len(m_names)
    values = rng.random((n, k))
    scale = {"talk_ratio": 1, "longest_silence_s": 40, "overtalk_s": 20, "hold_s": 120,
             "talk_s": 300, "non_talk_s": 100, "speaking_rate_wpm": 200, "rms_dbfs": -30}
    for j, name in enumerate(m_names):
        values[:, j] *= scale.get(name, 5)
        if name.endswith("count"):
            values[:, j] = np.floor(values[:, j])
    sp_values = rng.random((n, 2 * len(SPEAKER_METRICS))) * 100
    ev_per_call = rng.integers(0, 5, n)
    ev_call = np.repeat(ids, ev_per_call)
    ev_dur = np.repeat(duration, ev_per_call)
    ev_start = np.round(rng.random(len(ev_call)) * ev_dur * 0.9, 2)
    ev_len = np.round(rng.random(len(ev_call)) * 8 + 0.3, 2)
    ev_name = rng.choice(["silence", "overtalk", "hold", "interruption", "raised_voice"],
                         len(ev_call))
    sp_names = [(s, m) for s in ("agent", "customer") for m in SPEAKER_METRICS]
    out["metric_values"] = pa.concat_tables([
        pa.table({"call_id": np.repeat(ids, k), "name": np.tile(m_names, n),
                  "speaker": pa.nulls(n * k, pa.string()), "value": values.reshape(-1),
                  "unit": np.full(n * k, "s"), "start_s": pa.nulls(n * k, pa.float64()),
                  "end_s": pa.nulls(n * k, pa.float64())}, schema=METRIC_VALUES),
        pa.table({"call_id": np.repeat(ids, len(sp_names)),
                  "name": np.tile([m for _, m in sp_names], n),
                  "speaker": np.tile([s for s, _ in sp_names], n),
                  "value": sp_values.reshape(-1), "unit": np.full(n * len(sp_names), "s"),
                  "start_s": pa.nulls(n * len(sp_names), pa.float64()),
                  "end_s": pa.nulls(n * len(sp_names), pa.float64())}, schema=METRIC_VALUES),
        pa.table({"call_id": ev_call, "name": ev_name,
                  "speaker": pa.array(np.full(len(ev_call), "customer"),
                                      mask=~np.isin(ev_name, ["interruption", "raised_voice"])),
                  "value": ev_len, "unit": np.full(len(ev_call), "s"), "start_s": ev_start,
                  "end_s": ev_start + ev_len}, schema=METRIC_VALUES),
    ])
    red = rng.random(n) < 0.05
    r_ids = ids[red]
    r_start = np.round(duration[red] * 0.3, 2)
    out["redactions"] = pa.table({
        "call_id": r_ids, "seg_idx": np.full(len(r_ids), 1, dtype=np.int32),
        "entity": np.full(len(r_ids), "CARD"), "speaker": np.full(len(r_ids), "customer"),
        "channel": np.full(len(r_ids), 1, dtype=np.int32), "start_s": r_start,
        "end_s": r_start + 6.0, "word_start": np.full(len(r_ids), 2, dtype=np.int32),
        "word_end": np.full(len(r_ids), 6, dtype=np.int32),
        "occurrence": np.zeros(len(r_ids), dtype=np.int32),
        "value_hash": pa.nulls(len(r_ids), pa.string()),
        "run_key": np.full(len(r_ids), "redact:bench")}, schema=REDACTIONS)
    out["media"] = pa.table({
        "call_id": ids, "kind": np.full(n, "redacted"),
        "path": np.char.add("/media/", np.char.add(ids, ".flac")),
        "sha256": np.char.add(ids, "0" * 44), "masked_s": np.where(red, 6.0, 0.0),
        "created_at": pa.array([START] * n, pa.timestamp("us"))})
    return out


def _insert(con: object, table: str, rows: pa.Table) -> None:
    con.register("_batch", rows)  # type: ignore[attr-defined]
    cols = ", ".join(rows.column_names)
    con.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM _batch")  # type: ignore[attr-defined]
    con.unregister("_batch")  # type: ignore[attr-defined]


def generate(db: Path, calls: int, segments: int = 8, words: int = 8, seed: int = 7) -> None:
    """Write a synthetic database of ``calls`` calls (see the module docstring)."""
    store = Store(db)
    store.migrate()
    rng = np.random.default_rng(seed)
    now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
    t0 = time.monotonic()
    with store.write() as con:
        con.execute("SET enable_progress_bar = false")
        for name, _ in INDEXES:
            con.execute(f"DROP INDEX IF EXISTS {name}")
    done = 0
    while done < calls:
        n = min(BATCH_CALLS, calls - done)
        batch = _calls_batch(rng, n, now)
        children = _children(rng, batch, segments, words)
        with store.write() as con:
            _insert(con, "calls", batch)
            for table, rows in children.items():
                _insert(con, table, rows)
        done += n
        print(f"  {done:,} calls ({time.monotonic() - t0:.0f} s)", flush=True)
    with store.write() as con:
        con.execute("SET enable_progress_bar = false")
        rebuild_call_facts(con, now)
        for name, table in INDEXES:
            con.execute(f"CREATE INDEX {name} ON {table} (call_id)")
    print(f"generated {calls:,} calls in {time.monotonic() - t0:.0f} s "
          f"({db.stat().st_size / 2**30:.2f} GiB)", flush=True)


# -- the load ------------------------------------------------------------------------------
PASSWORD = "bench-password-1"


def _ensure_users(db: Path) -> None:
    from aqm import auth

    known = {u.username for u in auth.list_users(db)}
    for name, role, agent in (("bench-qa", "qa", None), ("bench-agent", "agent", "A17")):
        if name not in known:
            auth.add_user(db, name, PASSWORD, role, agent_id=agent)


def _start_server(db: Path, threads: int) -> tuple[str, Callable[[], None]]:
    import logging

    from waitress.server import create_server

    from dashboards.app import create_app

    logging.getLogger("waitress.queue").setLevel(logging.ERROR)  # "queue depth" notices

    app = create_app(db, secret_key="bench")
    server = create_server(app.server, host="127.0.0.1", port=0, threads=threads)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    return f"http://127.0.0.1:{server.effective_port}", server.close


def _user_loop(base: str, username: str, call_ids: list[str], until: float, seed: int,
               times: dict[str, list[float]], errors: list[str], lock: threading.Lock) -> None:
    import requests

    from dashboards.client import calls_rows_body, page_body

    rng = random.Random(seed)
    s = requests.Session()
    r = s.post(f"{base}/auth/login", data={"username": username, "password": PASSWORD},
               allow_redirects=False)
    if r.status_code != 302 or "error" in r.headers.get("Location", ""):
        errors.append(f"login {username}: {r.status_code}")
        return
    teams = [f"Team {i}" for i in range(TEAMS)]
    scroll = 0
    sort = [{"colId": "started_at", "sort": "desc"}]
    while time.monotonic() < until:
        kind = rng.choice(("grid_first", "grid_filtered", "grid_scroll", "call_page"))
        if kind == "grid_first":
            body = calls_rows_body(0, 100, sort)
        elif kind == "grid_filtered":
            body = calls_rows_body(0, 100, [{"colId": rng.choice(
                ["talk_ratio", "longest_silence_s", "duration_s", "team"]), "sort": "desc"}],
                team=[rng.choice(teams)], talk_ratio=[0.2, 0.8],
                dates_start_date="2026-06-01", dates_end_date="2026-09-30")
        elif kind == "grid_scroll":  # the next block of the same grid, as when scrolling
            scroll = scroll + 100 if scroll < 3000 else 0
            body = calls_rows_body(scroll, scroll + 100, sort)
        else:
            body = page_body(f"/calls/{rng.choice(call_ids)}")
        t0 = time.perf_counter()
        resp = s.post(f"{base}/_dash-update-component", data=json.dumps(body),
                      headers={"Content-Type": "application/json"})
        elapsed = time.perf_counter() - t0
        with lock:
            if resp.status_code != 200:
                errors.append(f"{kind} {resp.status_code}")
            times.setdefault(kind, []).append(elapsed)


def _pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def run_load(db: Path, users: int, seconds: float) -> dict[str, list[float]]:
    """``users`` threads (one an agent, the rest QA) for ``seconds``; returns times by kind."""
    from aqm.store import Store
    from aqm.store import queries as q

    _ensure_users(db)
    store = Store(db)
    agent_calls = list(q.calls_page(store, scope=q.CallScope(agent_id="A17"), limit=200)
                       .rows.call_id)
    all_calls = [str(c) for c in q.calls_page(store, sort=(q.SortKey("call_id"),), limit=1000,
                                              offset=12_345).rows.call_id]
    base, stop = _start_server(db, threads=users)
    times: dict[str, list[float]] = {}
    errors: list[str] = []
    lock = threading.Lock()
    until = time.monotonic() + seconds
    threads = [threading.Thread(target=_user_loop, args=(
        base, "bench-agent" if i == 0 else "bench-qa", agent_calls if i == 0 else all_calls,
        until, i, times, errors, lock)) for i in range(users)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    stop()
    if errors:
        print(f"errors: {len(errors)} (first: {errors[:3]})")
    return times


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", type=Path, default=Path("/tmp/aqm-bench.duckdb"))
    ap.add_argument("--calls", type=int, default=1_000_000)
    ap.add_argument("--segments", type=int, default=8)
    ap.add_argument("--words", type=int, default=8)
    ap.add_argument("--users", type=int, default=8)
    ap.add_argument("--seconds", type=float, default=60.0)
    args = ap.parse_args()
    from aqm.store import Store
    from aqm.store import queries as q

    if not args.db.exists() or q.count_calls(Store(args.db)) < args.calls:
        args.db.unlink(missing_ok=True)
        Path(f"{args.db}.wal").unlink(missing_ok=True)
        generate(args.db, args.calls, args.segments, args.words)
    n = q.count_calls(Store(args.db))
    print(f"{n:,} calls in {args.db}; {args.users} concurrent users for {args.seconds:.0f} s")
    times = run_load(args.db, args.users, args.seconds)
    print(f"{'request':<15}{'n':>6}{'p50 ms':>9}{'p95 ms':>9}{'max ms':>9}")
    every = []
    for kind in ("grid_first", "grid_filtered", "grid_scroll", "call_page"):
        ts = times.get(kind, [])
        every += ts
        if ts:
            print(f"{kind:<15}{len(ts):>6}{statistics.median(ts) * 1000:>9.0f}"
                  f"{_pct(ts, 95) * 1000:>9.0f}{max(ts) * 1000:>9.0f}")
    grid = [t for k in ("grid_first", "grid_filtered", "grid_scroll") for t in times.get(k, [])]
    page = times.get("call_page", [])
    if grid and page:
        print(f"p95 calls grid: {_pct(grid, 95) * 1000:.0f} ms; p95 call page: "
              f"{_pct(page, 95) * 1000:.0f} ms (goal < 1000 ms)")


if __name__ == "__main__":
    main()
