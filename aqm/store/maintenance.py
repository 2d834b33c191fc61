"""Store maintenance still owed after a crash (table ``store_maintenance``).

A deletion removes rows in one transaction, then rewrites the file (``Store.compact``) so the
deleted bytes leave no trace in free pages. A process killed between the two, or during the
rewrite, leaves the rows gone but their bytes possibly still in the file, and a rerun of the
same deletion finds nothing left to delete. So the deletion's own transaction marks a
compaction as owed (``mark_compact_pending``), the rewritten file is written without the
mark, and the next deletion or retention run compacts when ``compact_pending`` says so.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

import duckdb

from aqm import faults
from aqm.errors import StoreError
from aqm.store.mis_facts import resort_mis

if TYPE_CHECKING:
    from aqm.store.db import Store

COMPACT = "compact"


def mark_compact_pending(con: Any) -> None:
    """Inside a deletion's transaction: the file must be rewritten."""
    con.execute("INSERT OR IGNORE INTO store_maintenance VALUES (?, ?)",
                [COMPACT, dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)])


def compact_owed(con: Any) -> bool:
    """Whether a compaction is owed (on a connection to a file at the current schema)."""
    return bool(con.execute("SELECT count(*) FROM store_maintenance WHERE task = ?",
                            [COMPACT]).fetchone()[0])


def compact_pending(store: Store) -> bool:
    """Whether a compaction is owed (a deletion's rewrite did not finish)."""
    if not store.path.exists():
        return False
    with store.read() as con:
        return compact_owed(con)


def compact(store: Store, connection: contextlib.AbstractContextManager[Any]) -> None:
    """``Store.compact``: copy every table into ``<db>.compact``, then swap it in.

    The swap happens while this process still holds the old file (``connection``: the
    store's read-write connection), checkpointed, so no other process can write to the old
    file between the copy and the swap (they wait, then open the new one). Killed at any
    moment, it leaves the old file or the new one, whole; the owed mark is only absent from
    the new one. A stale copy and its write-ahead log from a killed rewrite go first."""
    path = store.path
    fresh = path.with_name(path.name + ".compact")
    for stale in (fresh, Path(f"{fresh}.wal")):
        stale.unlink(missing_ok=True)
    with connection as con:
        try:
            if con.execute("SELECT count(*) FROM duckdb_tables() WHERE database_name = "
                           "current_database() AND table_name = 'mis_calls'").fetchone()[0]:
                con.execute("BEGIN")
                resort_mis(con)  # rows of old calls rewritten since: back in time order
                con.execute("COMMIT")
            con.execute("ATTACH '{}' AS fresh".format(str(fresh).replace("'", "''")))
            con.execute('COPY FROM DATABASE "{}" TO fresh'.format(str(
                con.execute("SELECT current_database()").fetchone()[0]).replace('"', '""')))
            faults.point("compact.copied")  # crash-test hook (aqm.faults)
            if con.execute("SELECT count(*) FROM duckdb_tables() WHERE database_name = "
                           "'fresh' AND table_name = 'store_maintenance'").fetchone()[0]:
                con.execute("DELETE FROM fresh.store_maintenance WHERE task = ?", [COMPACT])
            con.execute("DETACH fresh")  # checkpoints it: no write-ahead log beside it
            con.execute("CHECKPOINT")  # nor beside the old one, for the new one to inherit
        except duckdb.Error as e:
            fresh.unlink(missing_ok=True)
            Path(f"{fresh}.wal").unlink(missing_ok=True)
            raise StoreError(f"cannot rewrite {path}: {e}") from e
        faults.point("compact.swap")
        os.replace(fresh, path)
