"""The store: migrations, version checks, and the app reading/writing while a batch writes."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from aqm.errors import SchemaVersionError, StoreError
from aqm.store import Store
from aqm.store.schema import MIGRATIONS, SCHEMA_VERSION
from aqm.types import Quarantined

from .conftest import ROOT


def test_stor001_new_file_is_migrated_and_migrate_is_idempotent(tmp_path: Path) -> None:
    store = Store(tmp_path / "a.duckdb")
    assert store.migrate() == SCHEMA_VERSION == len(MIGRATIONS)
    assert store.migrate() == SCHEMA_VERSION
    with store.read() as con:
        names = [r[0] for r in con.execute("SELECT name FROM schema_migrations ORDER BY version")
                 .fetchall()]
    assert names == [name for name, _ in MIGRATIONS]
    assert names[0] == "m001_initial"


def test_stor002_other_versions_are_refused_with_advice(tmp_path: Path) -> None:
    store = Store(tmp_path / "a.duckdb")
    store.migrate()
    with store._connect(read_only=False) as con:
        con.execute("INSERT INTO schema_migrations VALUES (?, 'm999_future', now())",
                    [SCHEMA_VERSION + 1])
    with pytest.raises(SchemaVersionError, match="upgrade aqm"):
        store.status()
    with store._connect(read_only=False) as con:
        con.execute("DELETE FROM schema_migrations WHERE version >= ?", [SCHEMA_VERSION])
    with pytest.raises(SchemaVersionError, match="aqm db migrate"):
        store.status()


def test_stor003_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no database"):
        Store(tmp_path / "none.duckdb").status()


WRITER = textwrap.dedent("""
    import os, sys, time
    from aqm.store import Store
    from aqm.types import Quarantined
    store = Store(sys.argv[1])
    end = time.monotonic() + float(sys.argv[2])
    at_least = int(sys.argv[3]) if len(sys.argv) > 3 else 0  # commits, however slow the box
    stop = sys.argv[4] if len(sys.argv) > 4 else None  # the test says when it has had its turns
    i = 0
    while (time.monotonic() < end or i < at_least) and not (stop and os.path.exists(stop)):
        store.save_quarantine([(Quarantined(f"/batch/{i}.wav", "corrupt", "x"), None, "ingest")])
        i += 1
    print(i)
""")


def test_stor004_reads_and_review_writes_succeed_while_a_batch_writes(tmp_path: Path) -> None:
    """A writer process commits as fast as it can; this process reads and writes meanwhile."""
    db = tmp_path / "busy.duckdb"
    stop = tmp_path / "stop"
    Store(db).migrate()
    # the batch writes until this process has had its turns (at most 300 s): on a loaded
    # machine a fixed run time could end before a starved reader's third turn
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(db), "300", "0", str(stop)],
                              cwd=ROOT, stdout=subprocess.PIPE, text=True)
    store = Store(db, lock_timeout_s=30)
    reads = writes = batch_seen = 0
    deadline = time.monotonic() + 5
    time.sleep(0.5)
    # at least 5 s, and on to 3 reads and 3 writes here and 5 of the batch's commits seen (a
    # loaded machine slows the retries; CI once saw the batch's third commit only), all while
    # the writer still runs
    while time.monotonic() < deadline or min(reads, writes) < 3 or batch_seen < 5:
        assert writer.poll() is None, "the batch ended before this process got its turns"
        seen = store.status().quarantined
        batch_seen = sum(q.path.startswith("/batch/") for q in seen)
        reads += 1
        store.save_quarantine([(Quarantined(f"/app/{writes}.wav", "x", "y"), None, "review")])
        writes += 1
    assert writer.poll() is None, "the batch ended before this process got its turns"
    stop.touch()
    out, _ = writer.communicate(timeout=60)
    assert writer.returncode == 0
    batch_writes = int(out.strip())
    assert reads >= 3 and writes >= 3 and batch_writes >= batch_seen >= 5  # both progressed
    paths = {q.path for q in store.status().quarantined}
    assert len(paths) == batch_writes + writes


HOLDER = textwrap.dedent("""
    import sys, time, duckdb
    con = duckdb.connect(sys.argv[1])
    print("held", flush=True)
    time.sleep(float(sys.argv[2]))
""")


def test_stor005_a_lock_held_past_the_budget_is_a_clear_store_error(tmp_path: Path) -> None:
    db = tmp_path / "held.duckdb"
    Store(db).migrate()
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(db), "8"],
                              stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    started = time.monotonic()
    with pytest.raises(StoreError, match="stayed locked"):
        Store(db, lock_timeout_s=1.0).status()
    assert time.monotonic() - started < 5
    holder.kill()
    holder.wait()
    assert Store(db).status().calls == 0


def test_stor006_an_older_file_is_upgraded_by_db_migrate(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from aqm.cli import app

    db = tmp_path / "old.duckdb"
    store = Store(db)
    with store._connect(read_only=False) as con:  # a file written by the first release
        con.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, "
                    "name VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)")
        name, first = MIGRATIONS[0]
        first(con)
        con.execute("INSERT INTO schema_migrations VALUES (1, ?, now())", [name])
        con.execute("INSERT INTO segments (call_id, seg_idx, speaker, start_s, end_s, text, "
                    "run_key) VALUES ('c1', 0, 'agent', 0, 1, 'hello', 'k')")
    with pytest.raises(SchemaVersionError, match="aqm db migrate"):
        store.status()
    result = CliRunner().invoke(app, ["db", "migrate", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert f"schema version {SCHEMA_VERSION}" in result.output
    with store.read() as con:
        assert con.execute("SELECT text, backend FROM segments").fetchall() == [("hello", "")]


def test_stor007_reads_in_a_reading_block_share_one_connection(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A page's reads open the file once; a write inside the block closes the shared
    connection first (else this thread's gate refuses it) and later reads open it again;
    after the block the file is free for another process's writer."""
    from aqm.store import db as store_db

    path = tmp_path / "s.duckdb"
    store = Store(path)
    store.ensure()
    opened: list[bool] = []
    real = store_db.duckdb.connect

    def counting(*args: object, **kwargs: object) -> object:
        opened.append(bool(kwargs.get("read_only")))
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(store_db.duckdb, "connect", counting)
    with store.reading():
        for _ in range(3):
            with store.read() as con:
                assert con.execute("SELECT 1").fetchone() == (1,)
        # nested, another Store object of the same file
        with Store(str(path)).reading(), Store(str(path)).read() as con:
            con.execute("SELECT count(*) FROM calls").fetchone()
        assert opened == [True]
        store.save_quarantine([(Quarantined("/in/x.wav", "empty", "empty file"), None,
                                "ingest")])
        assert opened == [True, False]
        with store.read() as con:
            assert con.execute("SELECT count(*) FROM quarantine").fetchone() == (1,)
        with store.read() as con:
            con.execute("SELECT 1").fetchone()
        assert opened == [True, False, True]
    with store.read() as con:  # outside the block: a connection of its own again
        con.execute("SELECT 1").fetchone()
    assert opened == [True, False, True, True]
    other = subprocess.run(  # the block closed the file: another process can write it
        [sys.executable, "-c", "import duckdb, sys; c = duckdb.connect(sys.argv[1]); "
         "c.execute('CREATE TABLE t (x INT)'); c.close()", str(path)],
        capture_output=True, text=True, timeout=60)
    assert other.returncode == 0, other.stderr
