"""Saved searches (``saved_searches``, ``m012``): a name, the query as JSON, who saved it,
and the category file it was written to (``aqm.search.saved``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from aqm.store.db import Store


@dataclass(frozen=True)
class SavedSearchRow:
    name: str
    query_json: str
    created_by: str
    created_at: dt.datetime
    category_file: str | None


def put(store: Store, row: SavedSearchRow) -> None:
    """Insert or replace a saved search by name."""
    with store.write() as con:
        con.execute("DELETE FROM saved_searches WHERE name = ?", [row.name])
        con.execute("INSERT INTO saved_searches VALUES (?, ?, ?, ?, ?)",
                    [row.name, row.query_json, row.created_by, row.created_at,
                     row.category_file])


def get(store: Store, name: str) -> SavedSearchRow | None:
    with store.read() as con:
        row = con.execute("SELECT name, query_json, created_by, created_at, category_file "
                          "FROM saved_searches WHERE name = ?", [name]).fetchone()
    return None if row is None else SavedSearchRow(*row)


def all_rows(store: Store) -> tuple[SavedSearchRow, ...]:
    with store.read() as con:
        rows = con.execute("SELECT name, query_json, created_by, created_at, category_file "
                           "FROM saved_searches ORDER BY name").fetchall()
    return tuple(SavedSearchRow(*r) for r in rows)


def set_category_file(store: Store, name: str, path: str) -> None:
    with store.write() as con:
        con.execute("UPDATE saved_searches SET category_file = ? WHERE name = ?", [path, name])


def remove(store: Store, name: str) -> bool:
    with store.write() as con:
        n = con.execute("SELECT count(*) FROM saved_searches WHERE name = ?", [name]).fetchall()[0]
        con.execute("DELETE FROM saved_searches WHERE name = ?", [name])
    return bool(n and n[0])
