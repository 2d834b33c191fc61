"""Bulk loads of Arrow batches (``aqm synth``, benchmarks, hand-built test data sets).

Each batch (table name → Arrow table) goes in with ``INSERT … SELECT`` from the registered
Arrow object in one transaction; the ART indexes are dropped for the load and built again
after it, and ``call_facts`` (then the MIS tables, ``aqm.store.mis_facts``) is rebuilt in
one set-based pass at the end.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

import duckdb
import pyarrow as pa

from aqm.errors import StoreError
from aqm.store.db import Store
from aqm.store.facts import rebuild_call_facts
from aqm.store.mis_facts import rebuild_mis
from aqm.store.writes import insert

# (index, table, column): the indexes the schema creates on per-call tables.
INDEXES: tuple[tuple[str, str, str], ...] = (
    ("segments_call", "segments", "call_id"), ("words_call", "words", "call_id"),
    ("metric_values_call", "metric_values", "call_id"),
    ("call_facts_call", "call_facts", "call_id"), ("transcripts_call", "transcripts", "call_id"),
    ("media_call", "media", "call_id"),
    ("compliance_results_call", "compliance_results", "call_id"),
    ("call_categories_call", "call_categories", "call_id"),
    ("call_sentiment_call", "call_sentiment", "call_id"),
    ("sentiment_values_call", "sentiment_values", "call_id"),
    ("scorecards_call", "scorecards", "call_id"),
    ("scorecard_answers_card", "scorecard_answers", "scorecard_id"),
    ("acd_records_key", "acd_records", "call_key"), ("acd_records_call", "acd_records", "call_id"),
    ("mis_calls_call", "mis_calls", "call_id"),
)


@dataclass(frozen=True)
class BulkLoadResult:
    rows: Mapping[str, int]  # rows inserted per table
    call_facts: int  # rows in call_facts after the rebuild
    wall_s: float


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


def count_rows(store: Store, table: str) -> int:
    """Rows in one table (0 when the file does not exist yet)."""
    if not store.path.exists():
        return 0
    with store.read() as con:
        return int(con.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def bulk_load(store: Store, batches: Iterable[Mapping[str, pa.Table]],
              progress: Callable[[Mapping[str, int]], None] | None = None) -> BulkLoadResult:
    """Insert every batch (one transaction each), then rebuild ``call_facts`` and the indexes.

    The file is migrated first. ``progress`` gets the running row counts after each batch."""
    t0 = time.monotonic()
    store.migrate()
    rows: dict[str, int] = {}
    try:
        with store.write() as con:
            con.execute("SET enable_progress_bar = false")
            for name, _, _ in INDEXES:
                con.execute(f"DROP INDEX IF EXISTS {name}")
        for batch in batches:
            with store.write() as con:
                for table, data in batch.items():
                    insert(con, table, data)
                    rows[table] = rows.get(table, 0) + data.num_rows
            if progress is not None:
                progress(dict(rows))
        with store.write() as con:
            con.execute("SET enable_progress_bar = false")
            facts = rebuild_call_facts(con, _now())
            rebuild_mis(con)
    except duckdb.Error as e:
        raise StoreError(f"bulk load into {store.path} failed: {e}") from e
    finally:
        with store.write() as con:
            for name, table, column in INDEXES:
                con.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {table} ({column})")
    return BulkLoadResult(rows, facts, time.monotonic() - t0)


def checkpoint(store: Store) -> None:
    """Fold the write-ahead log into the file (after a large load)."""
    try:
        with store._connect(read_only=False) as con:
            con.execute("CHECKPOINT")
    except duckdb.Error as e:
        raise StoreError(f"checkpoint of {store.path} failed: {e}") from e
