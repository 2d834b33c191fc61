"""Benchmark: p95 latency of the app's calls grid and call page on a million-call database
under 8 concurrent users (goal: under 1 s).

1. ``generate()`` writes a synthetic database with ``aqm.synth`` (the generator behind
   ``aqm synth``, through the real schema and ``aqm.store.bulk``): ``--calls`` calls
   (default 1,000,000) over 500 agents, 25 teams and 180 days, a transcript row,
   ``--segments`` segments of ``--words`` words, the call-level metric values, speaker values
   and a few timed events per call, some redactions, the media row, sentiment, scorecards,
   compliance and categories; then ``call_facts`` in one set-based pass. It is kept
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
from collections.abc import Callable, Mapping
from pathlib import Path

from aqm.synth import SynthOptions, synthesize

BENCH_AGENT = "A1017"  # the agent user's calls


def bench_options(calls: int, segments: int = 8, words: int = 8, seed: int = 7
                  ) -> SynthOptions:
    return SynthOptions(calls=calls, start=dt.date(2026, 5, 1), end=dt.date(2026, 10, 27),
                        seed=seed, agents=500, teams=25, segments_per_call=segments,
                        words_per_segment=words)


def generate(db: Path, calls: int, segments: int = 8, words: int = 8, seed: int = 7) -> None:
    """Write a synthetic database of ``calls`` calls (see the module docstring)."""
    t0 = time.monotonic()

    def progress(rows: Mapping[str, int]) -> None:
        done = rows.get("calls", 0)
        print(f"  {done:,} calls ({time.monotonic() - t0:.0f} s)", flush=True)

    report = synthesize(db, bench_options(calls, segments, words, seed), progress)
    print(f"generated {report.calls:,} calls in {report.wall_s:.0f} s "
          f"({report.size_bytes / 2**30:.2f} GiB)", flush=True)


# -- the load ------------------------------------------------------------------------------
PASSWORD = "bench-password-1"


def _ensure_users(db: Path) -> None:
    from aqm import auth

    known = {u.username for u in auth.list_users(db)}
    for name, role, agent in (("bench-qa", "qa", None), ("bench-agent", "agent", BENCH_AGENT)):
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
    teams = list(bench_options(1).team_names)
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
    agent_calls = list(q.calls_page(store, scope=q.CallScope(agent_id=BENCH_AGENT), limit=200)
                       .rows.call_id)
    total = q.calls_page(store, limit=1).total
    all_calls = [str(c) for c in q.calls_page(store, sort=(q.SortKey("call_id"),), limit=1000,
                                              offset=min(12_345, total // 2)).rows.call_id]
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
