"""Crash safety: `aqm run` killed with SIGKILL at 20 points, each followed by a rerun.

Named points (``aqm.faults``, ``AQM_FAULT=<point>:<n>``) cover creating a new database,
decoding, transcription, writing the redacted audio copy, every part of a call's store
transaction, the moment after its commit, the search index, and a migration of an older
database; the rest are kills from outside at random moments (seeded). After every kill,
what the app reads (the calls grid and each call's page) shows each call whole or not at all,
and every per-call table holds either all of a call's rows or none. After the last, uncrashed
run every call is there exactly once in every per-call table, nothing is quarantined, nothing
is orphaned or left half-written, and the export equals that of an uncrashed run (run
timestamps aside).
"""

from __future__ import annotations

import hashlib
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from aqm.store import Store
from aqm.store import queries as q
from aqm.store.schema import MIGRATIONS, SCHEMA_VERSION

from .conftest import ROOT
from .crash_support import (
    aqm_run,
    call_ids,
    missing_parts,
    normalised_export,
    per_call_counts,
    quarantined,
    search_terms,
    short_calls,
)

SEED = 20261115
AFTER_COMMIT = ("search_calls", "search_docs", "segment_embeddings")  # written after the call
# A new database, two calls: each kill leaves the next one its point to reach.
NAMED = ("migrate:5", "decode:1", "transcribe:2", "media:1", "store.calls:1",
         "store.transcript:1", "store.metrics:1", "store.analysis:1", "store.facts:1",
         "store.saved:1", "search.indexed:1")
RANDOM_KILLS = 8  # + the 11 above + one inside a migration of an older database = 20
LOG: list[str] = []
RUN_S: list[float] = []  # how long the uncrashed run took here


@pytest.fixture(scope="module")
def calls(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return short_calls(tmp_path_factory.mktemp("calls"))


@pytest.fixture(scope="module")
def reference(calls: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The same calls by one uncrashed `aqm run` (its wall time sets the random kills')."""
    db = tmp_path_factory.mktemp("ref") / "ref.duckdb"
    started = time.monotonic()
    proc = aqm_run(calls, db)
    out, errors = proc.communicate(timeout=300)
    assert proc.returncode == 0, errors
    RUN_S.append(time.monotonic() - started)
    counts = per_call_counts(db)
    assert set(counts["calls"]) == call_ids(calls)
    for table in ("transcripts", "segments", "words", "call_metrics", "call_sentiment",
                  "call_compliance", "compliance_results", "scorecards", "call_facts",
                  "media", "search_docs", "segment_embeddings"):
        assert set(counts[table]) == set(counts["calls"]), table  # each call has them all
    return db


def check_whole(db: Path, ref_counts: dict[str, dict[str, int]]) -> int:
    """After a kill: each call all there or absent, in the tables and in the app's reads.
    Returns how many calls are stored."""
    if not db.exists():
        return 0
    counts = per_call_counts(db)
    stored = set(counts.get("calls", {}))
    for call_id in stored:
        assert not missing_parts(counts, ref_counts, call_id, AFTER_COMMIT), call_id
    for table, by_call in counts.items():  # no row of a call that is not stored
        assert set(by_call) <= stored, table
    store = Store(db)
    grid = q.calls_page(store)
    assert grid.total == len(stored) and set(grid.rows.call_id) == stored
    for call_id in stored:
        view = q.call_view(store, call_id)
        assert view is not None and view.metrics
        assert len(view.segments) == ref_counts["segments"][call_id]
    assert not quarantined(db)
    return len(stored)


def check_complete(db: Path, ref: Path, ref_counts: dict[str, dict[str, int]]) -> None:
    """After the last, uncrashed run: every call exactly once everywhere, as uncrashed."""
    assert per_call_counts(db) == ref_counts
    assert search_terms(db) == search_terms(ref)
    assert normalised_export(db) == normalised_export(ref)
    assert not quarantined(db)
    with Store(db).read() as con:
        media = con.execute("SELECT path, sha256 FROM media").fetchall()
    for path, sha in media:  # the served audio copies are whole
        assert hashlib.sha256(Path(path).read_bytes()).hexdigest() == sha
    assert not list(db.parent.glob(f".{db.name}.*")), "a temporary file was left behind"
    assert {Path(p) for p, _ in media} == set(Path(f"{db}.media").iterdir())  # no stray files


def finish(proc: subprocess.Popen[str], timeout: float = 300) -> int:
    proc.communicate(timeout=timeout)
    return proc.returncode


def test_crash001_named_points_then_rerun(calls: Path, reference: Path, tmp_path: Path) -> None:
    ref_counts = per_call_counts(reference)
    db = tmp_path / "a.duckdb"
    stored = []
    for fault in NAMED:
        rc = finish(aqm_run(calls, db, fault=fault))
        assert rc == -signal.SIGKILL, f"{fault}: the run was not killed there (rc {rc})"
        if fault.startswith("migrate"):  # killed while creating the file: no file at all
            assert not db.exists()
        stored.append(check_whole(db, ref_counts))
    assert stored[-2:] == [1, 2]  # store.saved: call 1 committed; search.indexed: call 2 too
    assert finish(aqm_run(calls, db)) == 0
    check_complete(db, reference, ref_counts)
    LOG.append(f"named: {len(NAMED)} kills, calls stored after each {stored}")
    print("\n" + LOG[-1])


def _at_version(db: Path, ref: Path, version: int) -> None:
    """``db`` at schema ``version`` holding the reference's rows (what an older aqm wrote)."""
    store = Store(db)
    with store._connect(read_only=False) as con:
        con.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, "
                    "name VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)")
        for number, (name, fn) in enumerate(MIGRATIONS[:version], start=1):
            fn(con)
            con.execute("INSERT INTO schema_migrations VALUES (?, ?, now())", [number, name])
        con.execute(f"ATTACH '{ref}' AS ref (READ_ONLY)")
        tables = [r[0] for r in con.execute(
            "SELECT table_name FROM duckdb_tables() WHERE database_name = current_database() "
            "AND table_name <> 'schema_migrations' AND table_name IN (SELECT table_name "
            "FROM duckdb_tables() WHERE database_name = 'ref')").fetchall()]
        # (a table that a later migration dropped has no rows in the reference)
        for table in tables:
            cols = ", ".join(r[0] for r in con.execute(
                "SELECT column_name FROM duckdb_columns() WHERE database_name = "
                "current_database() AND table_name = ?", [table]).fetchall())
            con.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM ref.{table}")
        con.execute("DETACH ref")


def test_crash002_killed_inside_a_migration_then_migrated(reference: Path,
                                                          tmp_path: Path) -> None:
    ref_counts = per_call_counts(reference)
    db = tmp_path / "old.duckdb"
    _at_version(db, reference, SCHEMA_VERSION - 1)
    env_cmd = [sys.executable, "-m", "aqm", "db", "migrate", "--db", str(db)]
    with Store(db)._connect(read_only=True) as con:
        old_columns = _raw_columns(con)
    killed = subprocess.run(env_cmd, cwd=ROOT, capture_output=True, text=True,
                            env={**os.environ, "AQM_FAULT": "migrate:1"})
    assert killed.returncode == -signal.SIGKILL
    with Store(db)._connect(read_only=True) as con:  # still the old version, untouched
        assert Store._version(con) == SCHEMA_VERSION - 1
        assert _raw_columns(con) == old_columns
    done = subprocess.run(env_cmd, cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert per_call_counts(db) == ref_counts
    fresh = tmp_path / "fresh.duckdb"
    Store(fresh).migrate()
    assert _columns(db) == _columns(fresh)
    assert normalised_export(db) == normalised_export(reference)
    LOG.append(f"migration: 1 kill inside {MIGRATIONS[-1][0]}, migrated cleanly on the rerun")
    print("\n" + LOG[-1])


def _raw_columns(con: Any) -> list[tuple[str, str, str]]:
    return [tuple(r) for r in con.execute(
        "SELECT table_name, column_name, data_type FROM information_schema.columns "
        "WHERE table_schema = 'main' ORDER BY table_name, column_name").fetchall()]


def _columns(db: Path) -> list[tuple[str, str, str]]:
    with Store(db).read() as con:
        return _raw_columns(con)


def test_crash003_random_kills_then_rerun(calls: Path, reference: Path, tmp_path: Path) -> None:
    """Kills from outside at seeded random moments of `aqm run` (startup, model loading,
    decoding, ASR, storing, indexing), each followed by a rerun. A run that ends before its
    kill is checked as complete, and the next run starts a new database, so that every
    kill has work left to interrupt whatever the machine's speed."""
    ref_counts = per_call_counts(reference)
    rng = random.Random(SEED)
    kills, runs, chains, done, stored = 0, 0, 1, 0, []
    db = tmp_path / "r1.duckdb"
    run_s = RUN_S[0]  # how long a run lasts here now: shrinks when one ends before its kill
    while kills < RANDOM_KILLS:
        assert runs < 4 * RANDOM_KILLS, f"only {kills} kills landed in {runs} runs"
        runs += 1
        started = time.monotonic()
        proc = aqm_run(calls, db)
        try:  # anywhere from startup to the end of the second call
            proc.wait(timeout=rng.uniform(0.1, 0.9) * run_s)
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGKILL)
        rc = finish(proc)
        if rc == -signal.SIGKILL:
            kills += 1
            stored.append(check_whole(db, ref_counts))
            continue
        assert rc == 0
        run_s = min(run_s, time.monotonic() - started)
        check_complete(db, reference, ref_counts)
        done += 1
        chains += 1
        db = tmp_path / f"r{chains}.duckdb"
    assert finish(aqm_run(calls, db)) == 0
    check_complete(db, reference, ref_counts)
    LOG.append(f"random: {kills} kills in {runs} runs on {chains} databases ({done} runs ended "
               f"before their kill), calls stored after each kill {stored}")
    print("\n" + LOG[-1])


# -- kills while a deletion rewrites the file (Store.compact) ------------------------------
COMPACT_POINTS = ("compact.copied:1", "compact.swap:1")
COMPACT_RANDOM_KILLS = 3
ADMIN_PW = "crash-admin-pw-1"


def _deletable_copy(ref: Path, db: Path) -> None:
    """``db``: the reference's calls, with their own copies of the redacted audio (a
    deletion removes those) and an admin to delete as."""
    import shutil

    from aqm import auth

    shutil.copy(ref, db)
    shutil.copytree(f"{ref}.media", f"{db}.media")
    with Store(db).write() as con:
        con.execute("UPDATE media SET path = replace(path, ?, ?)", [f"{ref}.media",
                                                                     f"{db}.media"])
    auth.add_user(db, "admin", ADMIN_PW, "admin")


def _delete(db: Path, call_id: str, fault: str | None = None) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if k != "AQM_FAULT"}
    if fault:
        env["AQM_FAULT"] = fault
    return subprocess.Popen([sys.executable, "-m", "aqm", "delete", "--call", call_id,
                             "--reason", "erasure request (crash test)", "--as", "admin",
                             "--db", str(db)], cwd=ROOT, env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _after_deletion(db: Path, ref_counts: dict[str, dict[str, int]], gone: str,
                    kept: str) -> None:
    """The database opens; the deleted call is absent from every table and the app; the
    other call is whole (all its rows, as before) and readable by the app."""
    counts = per_call_counts(db)
    assert all(gone not in by_call for by_call in counts.values())
    assert not missing_parts(counts, ref_counts, kept)
    store = Store(db)
    assert set(q.calls_page(store).rows.call_id) == {kept}
    view = q.call_view(store, kept)
    assert view is not None and len(view.segments) == ref_counts["segments"][kept]
    assert q.call_view(store, gone) is None


def _rerun_completes(db: Path, gone: str) -> None:
    """The same deletion again: it rewrites the file (the kill left it owed), leaves no
    temporary file, and no byte of the file holds the deleted call's id."""
    from aqm.store.maintenance import compact_pending

    done = _delete(db, gone)
    out, err = done.communicate(timeout=120)
    assert done.returncode == 0, err
    assert "deleted 0 calls" in out
    assert not compact_pending(Store(db))
    assert not list(db.parent.glob(f"{db.name}.compact*"))
    assert gone.encode() not in db.read_bytes()


def test_crash004_killed_while_a_deletion_compacts_then_rerun(reference: Path,
                                                              tmp_path: Path) -> None:
    """SIGKILL inside ``Store.compact`` (at its two points, then from outside at seeded random
    moments while the fresh copy exists): nothing lost, the file opens, and running the same
    deletion again finishes the rewrite."""
    from aqm.store.maintenance import compact_pending

    ref_counts = per_call_counts(reference)
    gone, kept = sorted(ref_counts["calls"])
    left = []  # whether the deleted call's bytes were still in the file after the kill
    for i, fault in enumerate(COMPACT_POINTS):
        db = tmp_path / f"c{i}.duckdb"
        _deletable_copy(reference, db)
        assert finish(_delete(db, gone, fault=fault), 120) == -signal.SIGKILL, fault
        _after_deletion(db, ref_counts, gone, kept)
        assert compact_pending(Store(db))  # the rewrite is owed, and known to be
        left.append(gone.encode() in db.read_bytes())
        _rerun_completes(db, gone)
    # an uncrashed deletion: how long the fresh copy exists (the window for random kills)
    db = tmp_path / "timed.duckdb"
    _deletable_copy(reference, db)
    proc, window = _delete(db, gone), 0.0
    fresh = Path(f"{db}.compact")
    while proc.poll() is None:
        if fresh.exists():
            t0 = time.monotonic()
            while proc.poll() is None:
                time.sleep(0.001)
            window = time.monotonic() - t0
        time.sleep(0.001)
    assert proc.returncode == 0 and window > 0, "the rewrite was not seen"
    rng = random.Random(SEED)
    kills, tries = 0, 0
    while kills < COMPACT_RANDOM_KILLS:
        assert tries < 6 * COMPACT_RANDOM_KILLS, f"only {kills} kills landed in {tries} tries"
        tries += 1
        db = tmp_path / f"r{tries}.duckdb"
        _deletable_copy(reference, db)
        fresh = Path(f"{db}.compact")
        proc = _delete(db, gone)
        while not fresh.exists() and proc.poll() is None:
            time.sleep(0.001)
        time.sleep(rng.uniform(0.0, 1.0) * window)
        proc.send_signal(signal.SIGKILL)
        if finish(proc, 120) != -signal.SIGKILL:
            continue  # it finished first: try again
        kills += 1
        _after_deletion(db, ref_counts, gone, kept)
        _rerun_completes(db, gone)
    LOG.append(f"compact: {len(COMPACT_POINTS)} kills at named points (deleted call's bytes "
               f"still in the file after them: {left}) and {kills} random kills in {tries} "
               f"tries within a {window * 1000:.0f} ms rewrite; the deletion rerun finished "
               "each time")
    print("\n" + LOG[-1])
