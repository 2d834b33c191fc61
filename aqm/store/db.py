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
- reads open the file read-only, so they never take the write lock from a writer for long.

A kill at any point leaves either all of a call's rows or none: a rerun redoes only what is
missing. ``tests/test_store.py`` runs a writer and readers in separate processes to check it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import random
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd
import pyarrow as pa

from aqm.errors import SchemaVersionError, StoreError
from aqm.store.schema import MIGRATIONS, SCHEMA_VERSION
from aqm.types import (
    AudioInfo,
    Call,
    CallMetadata,
    CallRecord,
    Lineage,
    Quarantined,
    Segment,
    Transcript,
    Word,
)

LOCK_TIMEOUT_S = 60.0
LOCK_RETRY_FIRST_S = 0.02
LOCK_RETRY_MAX_S = 0.5


@dataclass(frozen=True)
class StoreStatus:
    schema_version: int
    calls: int
    transcribed: int
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
        """One short read-write transaction, schema checked; commits or rolls back."""
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
        """A read-only connection, schema checked."""
        if not self.path.exists():
            raise StoreError(f"no database at {self.path}; run `aqm run ... --db {self.path}`")
        with self._connect(read_only=True) as con:
            self._check_version(con)
            yield con

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

        With ``create=False`` an existing file is required (``aqm db migrate``)."""
        if not create and not self.path.exists():
            raise StoreError(f"no database at {self.path}")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self._connect(read_only=False) as con:
            con.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY "
                        "KEY, name VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)")
            current = self._version(con)
            if current > SCHEMA_VERSION:
                raise SchemaVersionError(f"{self.path} is at schema version {current}, newer "
                                         f"than this aqm ({SCHEMA_VERSION}): upgrade aqm")
            for version, (name, fn) in enumerate(MIGRATIONS, start=1):
                if version <= current:
                    continue
                con.execute("BEGIN TRANSACTION")
                try:
                    fn(con)
                    con.execute("INSERT INTO schema_migrations VALUES (?, ?, ?)",
                                [version, name, _now()])
                    con.execute("COMMIT")
                except duckdb.Error as e:
                    con.execute("ROLLBACK")
                    raise StoreError(f"migration {name} failed on {self.path}: {e}") from e
            return self._version(con)

    def ensure(self) -> None:
        """Create a new file at the current schema; refuse an existing one at another."""
        if not self.path.exists():
            self.migrate()
        else:
            with self.read():
                pass

    # -- writes --------------------------------------------------------------------------
    def save_call(self, call: Call, transcript: Transcript) -> None:
        """Write one call with its transcript, replacing an older transcript, atomically."""
        now = _now()
        m = call.metadata
        a = call.audio
        call_row = pa.Table.from_pylist([{
            "call_id": call.call_id, "source_path": call.source_path,
            "file_sha256": a.file_sha256, "file_size": a.file_size, "container": a.container,
            "codec": a.codec, "sample_rate_hz": a.sample_rate_hz, "channels": a.channels,
            "duration_s": a.duration_s, "agent_id": m.agent_id, "agent_name": m.agent_name,
            "team": m.team, "queue": m.queue, "direction": m.direction,
            "started_at": m.started_at, "language_hint": m.language,
            "channel_layout": m.channel_layout, "extra_json": json.dumps(dict(m.extra)),
            "ingested_at": now,
        }])
        seg_rows = [{
            "call_id": call.call_id, "seg_idx": i, "speaker": s.speaker, "channel": s.channel,
            "start_s": s.start_s, "end_s": s.end_s, "text": s.text, "language": s.language,
            "avg_logprob": s.avg_logprob, "no_speech_prob": s.no_speech_prob,
            "run_key": transcript.lineage.run_key, "backend": s.backend,
        } for i, s in enumerate(transcript.segments)]
        word_rows = [{
            "call_id": call.call_id, "seg_idx": i, "word_idx": j, "start_s": w.start_s,
            "end_s": w.end_s, "text": w.text, "probability": w.probability,
        } for i, s in enumerate(transcript.segments) for j, w in enumerate(s.words)]
        lin = transcript.lineage
        with self.write() as con:
            self._upsert_run(con, lin, now)
            con.execute("DELETE FROM calls WHERE call_id = ?", [call.call_id])
            _insert(con, "calls", call_row)
            con.execute("DELETE FROM call_paths WHERE call_id = ? AND path = ?",
                        [call.call_id, call.source_path])
            con.execute("INSERT INTO call_paths VALUES (?, ?, ?)",
                        [call.call_id, call.source_path, now])
            for table in ("transcripts", "segments", "words"):
                con.execute(f"DELETE FROM {table} WHERE call_id = ?", [call.call_id])
            con.execute("INSERT INTO transcripts VALUES (?, ?, ?, ?, ?, ?, ?)", [
                call.call_id, lin.run_key, transcript.language,
                transcript.language_probability, list(transcript.channel_languages),
                len(transcript.segments), now])
            if seg_rows:
                _insert(con, "segments", pa.Table.from_pylist(seg_rows, schema=_SEGMENTS))
            if word_rows:
                _insert(con, "words", pa.Table.from_pylist(word_rows, schema=_WORDS))
            con.execute("DELETE FROM quarantine WHERE path = ?", [call.source_path])

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

    @staticmethod
    def _upsert_run(con: Any, lin: Lineage, now: dt.datetime) -> None:
        con.execute("INSERT OR IGNORE INTO runs VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", [
            lin.run_key, lin.stage, lin.backend, lin.model_name, lin.model_sha256,
            lin.options_json, lin.options_hash, lin.aqm_version, now])

    # -- reads ---------------------------------------------------------------------------
    def done_calls(self, run_key: str) -> dict[str, str]:
        """call_id → source path of every call already transcribed with ``run_key``."""
        if not self.path.exists():
            return {}
        with self.read() as con:
            rows = con.execute("SELECT t.call_id, c.source_path FROM transcripts t JOIN calls c "
                               "USING (call_id) WHERE t.run_key = ?", [run_key]).fetchall()
        return {r[0]: r[1] for r in rows}

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
            segments = con.execute("SELECT count(*) FROM segments").fetchone()[0]
            words = con.execute("SELECT count(*) FROM words").fetchone()[0]
            quarantined = tuple(Quarantined(p, r, d) for p, r, d in con.execute(
                "SELECT path, reason, detail FROM quarantine ORDER BY path").fetchall())
            version = self._version(con)
        return StoreStatus(version, calls, transcribed, segments, words, round(hours, 4),
                           quarantined)

    def iter_records(self, batch_size: int = 200) -> Iterator[CallRecord]:
        """Every call with its transcript, in call-start then call-id order, in batches."""
        with self.read() as con:
            ids = [r[0] for r in con.execute(
                "SELECT call_id FROM calls ORDER BY started_at NULLS LAST, call_id").fetchall()]
        for start in range(0, len(ids), batch_size):
            with self.read() as con:
                yield from _load_records(con, ids[start:start + batch_size])


_SEGMENTS = pa.schema([
    ("call_id", pa.string()), ("seg_idx", pa.int32()), ("speaker", pa.string()),
    ("channel", pa.int32()), ("start_s", pa.float64()), ("end_s", pa.float64()),
    ("text", pa.string()), ("language", pa.string()), ("avg_logprob", pa.float64()),
    ("no_speech_prob", pa.float64()), ("run_key", pa.string()), ("backend", pa.string()),
])
_WORDS = pa.schema([
    ("call_id", pa.string()), ("seg_idx", pa.int32()), ("word_idx", pa.int32()),
    ("start_s", pa.float64()), ("end_s", pa.float64()), ("text", pa.string()),
    ("probability", pa.float64()),
])


def _insert(con: Any, table: str, rows: pa.Table) -> None:
    """Bulk insert an Arrow table by column name (no row loops)."""
    name = f"_new_{table}"
    con.register(name, rows)
    cols = ", ".join(rows.column_names)
    con.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM {name}")
    con.unregister(name)


def _load_records(con: Any, ids: list[str]) -> Iterator[CallRecord]:
    if not ids:
        return
    calls = con.execute("SELECT * FROM calls WHERE call_id IN (SELECT unnest(?)) ", [ids]).df()
    trans = con.execute("SELECT t.*, r.* EXCLUDE (run_key, created_at) FROM transcripts t "
                        "JOIN runs r USING (run_key) WHERE call_id IN (SELECT unnest(?))",
                        [ids]).df()
    segs = con.execute("SELECT * FROM segments WHERE call_id IN (SELECT unnest(?)) "
                       "ORDER BY call_id, seg_idx", [ids]).df()
    words = con.execute("SELECT * FROM words WHERE call_id IN (SELECT unnest(?)) "
                        "ORDER BY call_id, seg_idx, word_idx", [ids]).df()
    words_by: dict[tuple[str, int], list[Word]] = {}
    for w in words.itertuples(index=False):
        words_by.setdefault((w.call_id, int(w.seg_idx)), []).append(
            Word(float(w.start_s), float(w.end_s), str(w.text), float(w.probability)))
    segs_by: dict[str, list[Segment]] = {}
    for s in segs.itertuples(index=False):
        segs_by.setdefault(str(s.call_id), []).append(Segment(
            speaker=s.speaker, channel=None if _isnull(s.channel) else int(s.channel),
            start_s=float(s.start_s), end_s=float(s.end_s), text=str(s.text),
            language=str(s.language), words=tuple(words_by.get((s.call_id, int(s.seg_idx)), [])),
            avg_logprob=float(s.avg_logprob), no_speech_prob=float(s.no_speech_prob),
            backend=str(s.backend or "")))
    trans_by = {str(t.call_id): t for t in trans.itertuples(index=False)}
    order = {cid: i for i, cid in enumerate(ids)}
    for c in sorted(calls.itertuples(index=False), key=lambda c: order[str(c.call_id)]):
        call = _row_to_call(c)
        t = trans_by.get(call.call_id)
        transcript = None
        if t is not None:
            lineage = Lineage(stage=t.stage, backend=t.backend, model_name=t.model_name,
                              model_sha256=t.model_sha256, options_json=t.options_json,
                              options_hash=t.options_hash, aqm_version=t.aqm_version)
            transcript = Transcript(
                language=str(t.language or ""),
                language_probability=float(t.language_probability or 0.0),
                channel_languages=tuple(str(x) for x in t.channel_languages),
                segments=tuple(segs_by.get(call.call_id, [])), lineage=lineage)
        processed = None if t is None else t.created_at.to_pydatetime()
        yield CallRecord(call=call, transcript=transcript, processed_at=processed)


def _isnull(value: Any) -> bool:
    return value is None or bool(pd.isna(value))


def _opt(value: Any) -> Any:
    return None if _isnull(value) else value


def _row_to_call(c: Any) -> Call:
    started = _opt(c.started_at)
    if started is not None and hasattr(started, "to_pydatetime"):
        started = started.to_pydatetime()
    meta = CallMetadata(
        agent_id=_opt(c.agent_id), agent_name=_opt(c.agent_name), team=_opt(c.team),
        queue=_opt(c.queue), direction=c.direction or "unknown", started_at=started,
        language=_opt(c.language_hint), channel_layout=_opt(c.channel_layout),
        extra=tuple(sorted(json.loads(c.extra_json or "{}").items())),
    )
    audio = AudioInfo(file_sha256=c.file_sha256, file_size=int(c.file_size),
                      container=str(c.container), codec=str(c.codec),
                      sample_rate_hz=int(c.sample_rate_hz), channels=int(c.channels),
                      duration_s=float(c.duration_s))
    return Call(call_id=str(c.call_id), source_path=str(c.source_path), audio=audio,
                metadata=meta)
