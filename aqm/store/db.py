"""The DuckDB store. Only this package imports duckdb.

Concurrency design
------------------
DuckDB lets one process open a file read-write, and while it does, no other process can open
the file at all, not even read-only. A batch runs for hours and the app must keep reading and
must save reviews meanwhile, so **no process holds the file for long**:

- every operation opens the file, does its work in one transaction and closes it again
  (``Store.write()`` / ``Store.read()``); a call's rows are written in one such transaction
  after the slow work (decoding, ASR) is done, so the lock is held for milliseconds;
- a process that finds the file locked retries with backoff for up to ``lock_timeout_s``
  (default 60 s), then raises ``StoreError`` naming the file;
- reads open the file read-only, so they never take the write lock from a writer for long;
- within one process (the app's request threads) DuckDB refuses a read-write connection while
  a read-only one to the same file is open, and the other way round, so threads take turns
  through a per-file gate: reads share it, a write has it alone, and a waiting write goes
  before new reads (``_FileGate``).

A kill at any point leaves either all of a call's rows or none: a rerun redoes only what is
missing. ``tests/test_store.py`` runs a writer and readers in separate processes to check it;
``tests/test_crash.py`` kills batches at 20 points (``aqm.faults``), ``tests/test_concurrency.py``
runs 8 app users beside a batch.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import random
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import duckdb
import pyarrow as pa

from aqm import faults
from aqm.errors import SchemaVersionError, StoreError
from aqm.store.files import create_whole
from aqm.store.gate import SHARED, _gate
from aqm.store.maintenance import compact, compact_owed, mark_compact_pending
from aqm.store.records import load_records, load_spans, load_transcripts
from aqm.store.schema import MIGRATIONS, SCHEMA_VERSION
from aqm.store.writes import StoredCall, write_call
from aqm.types import CallRecord, Quarantined, Transcript

if TYPE_CHECKING:
    from aqm.redact.redactor import RedactedSpan

LOCK_TIMEOUT_S = 60.0
REWRITE_AFTER_VERSION = 3  # files older than m003 held raw text: rewritten after migrating
LOCK_RETRY_FIRST_S = 0.02
LOCK_RETRY_MAX_S = 0.5


@dataclass(frozen=True)
class CallState:
    """Which stage results a stored call has (None: missing)."""

    call_id: str
    source_path: str
    transcript_key: str | None
    redact_key: str | None
    has_media: bool
    metrics_key: str | None
    compliance_key: str | None
    sentiment_key: str | None = None
    score_key: str | None = None
    transcript_expired: bool = False  # retention removed the transcript: do not redo it
    media_expired: bool = False  # retention removed the redacted audio: do not recreate it


@dataclass(frozen=True)
class StoredText:
    """A stored call's text results, reused when a rerun does not transcribe again."""

    transcript: Transcript  # redacted
    spans: tuple[RedactedSpan, ...]
    metrics_json: str | None  # the export's ``metrics`` field
    sentiment_labels: tuple[str, ...] | None  # each segment's sentiment label, when run
    sentiment_json: str | None = None  # the export's call-level ``sentiment``
    compliance_json: str | None = None  # the export's ``compliance``


@dataclass(frozen=True)
class StoreStatus:
    schema_version: int
    calls: int
    transcribed: int
    with_metrics: int
    redacted_spans: int
    segments: int
    words: int
    audio_hours: float
    quarantined: tuple[Quarantined, ...]


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


def _is_lock_error(e: Exception) -> bool:
    text = str(e)
    return "lock" in text.lower() and ("Conflicting" in text or "Could not set" in text)


class Store:
    """A DuckDB file holding calls, transcripts and their lineage."""

    def __init__(self, path: str | Path, lock_timeout_s: float = LOCK_TIMEOUT_S) -> None:
        self.path = Path(path)
        self.lock_timeout_s = lock_timeout_s

    # -- connections ---------------------------------------------------------------------
    @contextlib.contextmanager
    def _connect(self, read_only: bool) -> Iterator[Any]:
        deadline = time.monotonic() + self.lock_timeout_s
        gate = _gate(self.path)
        if not gate.acquire(write=not read_only, deadline=deadline):
            raise StoreError(f"{self.path} stayed busy in this process for more than "
                             f"{self.lock_timeout_s:.0f} s")
        try:
            with self._connect_file(read_only, deadline) as con:
                yield con
        finally:
            gate.release(write=not read_only)

    @contextlib.contextmanager
    def _connect_file(self, read_only: bool, deadline: float) -> Iterator[Any]:
        wait = LOCK_RETRY_FIRST_S
        while True:
            try:
                con = duckdb.connect(str(self.path), read_only=read_only)
                break
            except duckdb.Error as e:
                if not _is_lock_error(e):
                    raise StoreError(f"cannot open {self.path}: {e}") from e
                if time.monotonic() > deadline:
                    raise StoreError(
                        f"{self.path} stayed locked by another process for more than "
                        f"{self.lock_timeout_s:.0f} s") from e
                time.sleep(wait * (0.5 + random.random()))
                wait = min(wait * 2, LOCK_RETRY_MAX_S)
        try:
            yield con
        finally:
            con.close()

    @contextlib.contextmanager
    def write(self) -> Iterator[Any]:
        """One short read-write transaction, schema checked; commits or rolls back. Inside a
        ``reading`` block, the shared read-only connection is closed first (the next read
        opens it again)."""
        self._close_shared()
        with self._connect(read_only=False) as con:
            self._check_version(con)
            con.execute("BEGIN TRANSACTION")
            try:
                yield con
            except BaseException:
                con.execute("ROLLBACK")
                raise
            try:
                con.execute("COMMIT")
            except duckdb.Error as e:
                raise StoreError(f"commit to {self.path} failed: {e}") from e

    @contextlib.contextmanager
    def read(self) -> Iterator[Any]:
        """A read-only connection, schema checked (inside a ``reading`` block: the block's)."""
        if not self.path.exists():
            raise StoreError(f"no database at {self.path}; run `aqm run ... --db {self.path}`")
        key = os.path.realpath(self.path)
        if key in SHARED.held:
            entry = SHARED.held[key]
            if entry is None:
                stack = contextlib.ExitStack()
                try:
                    con = stack.enter_context(self._connect(read_only=True))
                    self._check_version(con)
                except BaseException:
                    stack.close()
                    raise
                SHARED.held[key] = entry = (stack, con)
            yield entry[1]
            return
        with self._connect(read_only=True) as con:
            self._check_version(con)
            yield con

    @contextlib.contextmanager
    def reading(self) -> Iterator[None]:
        """Reads of this thread inside the block share one read-only connection, opened by
        the first and closed when the block ends: a page that makes several reads opens the
        file once (about 15 ms each at a million calls), and still holds it only while the
        page is built. Nested blocks share the outer one."""
        key = os.path.realpath(self.path)
        if key in SHARED.held:
            yield
            return
        SHARED.held[key] = None
        try:
            yield
        finally:
            self._close_shared()
            SHARED.held.pop(key, None)

    def _close_shared(self) -> None:
        key = os.path.realpath(self.path)
        entry = SHARED.held.get(key)
        if entry is not None:
            SHARED.held[key] = None
            entry[0].close()

    # -- schema --------------------------------------------------------------------------
    @staticmethod
    def _version(con: Any) -> int:
        has = con.execute("SELECT count(*) FROM information_schema.tables "
                          "WHERE table_name = 'schema_migrations'").fetchone()[0]
        if not has:
            return 0
        return int(con.execute("SELECT coalesce(max(version), 0) FROM schema_migrations")
                   .fetchone()[0])

    def _check_version(self, con: Any) -> None:
        version = self._version(con)
        if version != SCHEMA_VERSION:
            newer = version > SCHEMA_VERSION
            raise SchemaVersionError(
                f"{self.path} is at schema version {version}, this aqm uses {SCHEMA_VERSION}: "
                + ("upgrade aqm" if newer else f"run `aqm db migrate --db {self.path}`"))

    def migrate(self, create: bool = True) -> int:
        """Apply pending migrations in order, each in its own transaction. Returns the version.

        With ``create=False`` an existing file is required (``aqm db migrate``). A new file is
        built under a temporary name and linked into place whole (``aqm.store.files``): a
        process killed while creating it leaves no half-migrated file behind."""
        if not self.path.exists():
            if not create:
                raise StoreError(f"no database at {self.path}")
            create_whole(self.path, lambda tmp: Store(tmp, self.lock_timeout_s)._apply(True))
        return self._apply(False)

    def _apply(self, new: bool) -> int:
        with self._connect(read_only=False) as con:
            con.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY "
                        "KEY, name VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)")
            current = self._version(con)
            if current > SCHEMA_VERSION:
                raise SchemaVersionError(f"{self.path} is at schema version {current}, newer "
                                         f"than this aqm ({SCHEMA_VERSION}): upgrade aqm")
            pending = [(v, m) for v, m in enumerate(MIGRATIONS, start=1) if v > current]
            # a file that held raw text (older than m003) migrates in ONE transaction that
            # also records the rewrite as owed: a kill anywhere leaves it at its old version,
            # never redacted-but-not-rewritten without the mark
            rewrite = 0 < current < REWRITE_AFTER_VERSION
            for group in [pending] if rewrite else [[p] for p in pending]:
                con.execute("BEGIN TRANSACTION")
                name = group[0][1][0]
                try:
                    for version, (name, fn) in group:
                        fn(con)
                        faults.point("migrate")  # crash-test hook (aqm.faults)
                        con.execute("INSERT INTO schema_migrations VALUES (?, ?, ?)",
                                    [version, name, _now()])
                    if rewrite:
                        mark_compact_pending(con)
                    con.execute("COMMIT")
                except duckdb.Error as e:
                    con.execute("ROLLBACK")
                    raise StoreError(f"migration {name} failed on {self.path}: {e}") from e
            version = self._version(con)
            owed = not new and compact_owed(con)  # (autocommit)
            if new:
                con.execute("CHECKPOINT")  # all in the file itself, no write-ahead log
        if owed:
            self.compact()
        return version

    def compact(self) -> None:
        """Rewrite the file into a fresh one, then swap it in: deleted rows leave no bytes
        behind in free pages. Safe against kills and other processes: see
        ``aqm.store.maintenance.compact``."""
        compact(self, self._connect(read_only=False))

    def ensure(self) -> None:
        """Create a new file at the current schema; refuse an existing one at another."""
        if not self.path.exists():
            self.migrate()
        else:
            with self.read():
                pass

    # -- writes --------------------------------------------------------------------------
    def save_call(self, stored: StoredCall) -> None:
        """Write one call's results (replacing older ones) in one transaction."""
        with self.write() as con:
            write_call(con, stored, _now())
        faults.point("store.saved")  # crash-test hook (aqm.faults): committed, not indexed

    def add_alias(self, call_id: str, path: str) -> None:
        """Record that a call's audio was seen again under another path."""
        with self.write() as con:
            con.execute("DELETE FROM call_paths WHERE call_id = ? AND path = ?", [call_id, path])
            con.execute("INSERT INTO call_paths VALUES (?, ?, ?)", [call_id, path, _now()])
            con.execute("DELETE FROM quarantine WHERE path = ?", [path])

    def save_quarantine(self, items: list[tuple[Quarantined, str | None, str]]) -> None:
        """Record unusable files: (item, file sha256 or None, stage). Replaces older entries."""
        if not items:
            return
        now = _now()
        table = pa.Table.from_pylist([
            {"path": q.path, "file_sha256": sha, "stage": stage, "reason": q.reason,
             "detail": q.detail, "seen_at": now} for q, sha, stage in items])
        with self.write() as con:
            con.register("new_quarantine", table)
            con.execute("DELETE FROM quarantine WHERE path IN (SELECT path FROM new_quarantine)")
            con.execute("INSERT INTO quarantine SELECT * FROM new_quarantine")
            con.unregister("new_quarantine")

    # -- reads ---------------------------------------------------------------------------
    def call_states(self) -> dict[str, CallState]:
        """What is stored for every call: the keys of its transcript, redaction and metrics."""
        if not self.path.exists():
            return {}
        with self.read() as con:
            rows = con.execute("""
                SELECT c.call_id, c.source_path, t.run_key, t.redact_key, m.call_id IS NOT NULL,
                       cm.run_key, cc.run_key, cs.run_key, sc.run_key,
                       coalesce(rt.transcript_deleted_at IS NOT NULL, false),
                       coalesce(rt.media_deleted_at IS NOT NULL, false)
                FROM calls c
                LEFT JOIN transcripts t USING (call_id)
                LEFT JOIN (SELECT DISTINCT call_id FROM media WHERE kind = 'redacted') m
                    USING (call_id)
                LEFT JOIN call_metrics cm USING (call_id)
                LEFT JOIN call_compliance cc USING (call_id)
                LEFT JOIN call_sentiment cs USING (call_id)
                LEFT JOIN call_scoring sc USING (call_id)
                LEFT JOIN (SELECT call_id, max(transcript_deleted_at) AS transcript_deleted_at,
                                  max(media_deleted_at) AS media_deleted_at
                           FROM call_retention GROUP BY call_id) rt USING (call_id)""")\
                .fetchall()
        return {r[0]: CallState(*r) for r in rows}

    def load_transcript(self, call_id: str) -> StoredText:
        """A stored (redacted) transcript, its redaction spans, metrics and sentiment labels,
        to reuse without ASR."""
        with self.read() as con:
            transcripts = load_transcripts(con, [call_id])
            if call_id not in transcripts:
                raise StoreError(f"no transcript stored for call {call_id}")
            row = con.execute("SELECT metrics_json FROM call_metrics WHERE call_id = ?",
                              [call_id]).fetchone()
            sent = con.execute("SELECT segments_json, sentiment_json FROM call_sentiment "
                               "WHERE call_id = ?", [call_id]).fetchone()
            rules = con.execute("SELECT compliance_json FROM call_compliance WHERE call_id = ?",
                                [call_id]).fetchone()
            return StoredText(
                transcripts[call_id], load_spans(con, [call_id]).get(call_id, ()),
                None if row is None else str(row[0]),
                None if sent is None else tuple(s["label"] for s in json.loads(sent[0])),
                None if sent is None else str(sent[1]),
                None if rules is None else str(rules[0]))

    def known_paths(self) -> dict[str, str]:
        """path → call_id for every path already stored (lets a rerun skip re-hashing)."""
        if not self.path.exists():
            return {}
        with self.read() as con:
            return dict(con.execute("SELECT path, call_id FROM call_paths").fetchall())

    def status(self) -> StoreStatus:
        with self.read() as con:
            calls, hours = con.execute(
                "SELECT count(*), coalesce(sum(duration_s), 0) / 3600 FROM calls").fetchone()
            transcribed = con.execute("SELECT count(*) FROM transcripts").fetchone()[0]
            with_metrics = con.execute("SELECT count(*) FROM call_metrics").fetchone()[0]
            spans = con.execute("SELECT count(*) FROM redactions").fetchone()[0]
            segments = con.execute("SELECT count(*) FROM segments").fetchone()[0]
            words = con.execute("SELECT count(*) FROM words").fetchone()[0]
            quarantined = tuple(Quarantined(p, r, d) for p, r, d in con.execute(
                "SELECT path, reason, detail FROM quarantine ORDER BY path").fetchall())
            version = self._version(con)
        return StoreStatus(version, calls, transcribed, with_metrics, spans, segments, words,
                           round(hours, 4), quarantined)

    def iter_records(self, batch_size: int = 200) -> Iterator[CallRecord]:
        """Every call with its transcript, in call-start then call-id order, in batches."""
        with self.read() as con:
            ids = [r[0] for r in con.execute(
                "SELECT call_id FROM calls ORDER BY started_at NULLS LAST, call_id").fetchall()]
        for start in range(0, len(ids), batch_size):
            with self.read() as con:
                yield from load_records(con, ids[start:start + batch_size])

