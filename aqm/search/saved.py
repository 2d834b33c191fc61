"""Saved searches, and a saved search turned into a call category.

A saved search is a name and a ``SearchQuery`` (``saved_searches`` table). ``to_category``
writes it as one entry of a category file (``kind: categories``, default
``scorecards/categories/saved_searches.yaml`` of the bundled rules or ``$AQM_SCORECARDS``),
which ``aqm run`` loads with the other rule files: from then on every new call is
categorised by it, with evidence, exactly like the hand-written call drivers (``aqm score``
or a rule-file change re-runs stored calls). What carries over is what a category can say
about a call's words: the phrase (exact match, tone marks ignored) or, for a semantic
search, the query as the semantic example and its similarity as the threshold; the speaker;
the first / last N seconds. Filters on calls (agent, team, queue, dates, categories, score,
sentiment) select calls rather than describe them: they are listed in ``dropped``.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from aqm.errors import InputError, RuleError
from aqm.scoring.rules import default_scorecards_dir, load_pack
from aqm.scoring.schema import ID_PATTERN
from aqm.search.query import SearchQuery
from aqm.store import Store
from aqm.store import saved_searches as rows

FILE_NAME = "saved_searches"
CALL_FILTERS = ("date_from", "date_to", "agents", "teams", "queues", "categories", "score_min",
                "score_max", "sentiment")


@dataclass(frozen=True)
class SavedSearch:
    name: str
    query: SearchQuery
    created_by: str
    created_at: dt.datetime
    category_file: str | None


@dataclass(frozen=True)
class CategoryWritten:
    name: str
    file: str
    dropped: tuple[str, ...]  # the query's call filters a category cannot express


def _row(r: rows.SavedSearchRow) -> SavedSearch:
    return SavedSearch(r.name, SearchQuery.from_json(r.query_json), r.created_by, r.created_at,
                       r.category_file)


def save_search(db: str | Path, name: str, query: SearchQuery, username: str) -> SavedSearch:
    """Save (or replace) ``query`` under ``name`` (a category id: a-z, 0-9, _)."""
    if not re.match(ID_PATTERN, name):
        raise InputError(f"saved search name {name!r}: lower-case letters, digits and _, "
                         "starting with a letter (it can become a category id)")
    now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
    store = Store(db)
    store.ensure()
    rows.put(store, rows.SavedSearchRow(name, query.to_json(), username, now, None))
    return SavedSearch(name, query, username, now, None)


def saved_searches(db: str | Path) -> tuple[SavedSearch, ...]:
    return tuple(_row(r) for r in rows.all_rows(Store(db)))


def saved_search(db: str | Path, name: str) -> SavedSearch:
    found = rows.get(Store(db), name)
    if found is None:
        raise InputError(f"no saved search {name!r} (aqm search ... --save NAME)")
    return _row(found)


def default_category_file() -> Path:
    return default_scorecards_dir() / "categories" / f"{FILE_NAME}.yaml"


def category_entry(name: str, query: SearchQuery) -> dict[str, Any]:
    """The category file entry for a saved search."""
    if query.in_first_s is not None and query.in_last_s is not None:
        raise InputError("a category can be limited to the first or the last seconds of a "
                         "call, not both")
    entry: dict[str, Any] = {"id": name, "description": f"saved search: {query.text}"[:200],
                             "speaker": query.speaker or "any"}
    if query.in_first_s is not None:
        entry["where"] = {"first_s": float(query.in_first_s)}
    if query.in_last_s is not None:
        entry["where"] = {"last_s": float(query.in_last_s)}
    entry["phrases"] = [query.text.strip()]
    if query.mode == "semantic":
        entry["examples"] = [query.text.strip()]
        entry["match"] = {"methods": ["semantic"],
                          "semantic_threshold": float(query.min_similarity)}
    else:
        entry["match"] = {"methods": ["exact"], "diacritics": "ignore"}
    return entry


def to_category(db: str | Path, name: str, file: str | Path | None = None) -> CategoryWritten:
    """Write saved search ``name`` into a category file (replacing its entry there), check
    the file and the whole rule set with it, and remember the file on the saved search.
    On a problem the file is left as it was and ``RuleError`` says why."""
    saved = saved_search(db, name)
    path = Path(file) if file is not None else default_category_file()
    old = path.read_text(encoding="utf-8") if path.exists() else None
    data: dict[str, Any] = yaml.safe_load(old) if old else {}
    if old and (not isinstance(data, dict) or data.get("kind") != "categories"):
        raise RuleError(f"{path}: not a category file (kind: categories)")
    if not data:
        data = {"kind": "categories", "name": FILE_NAME, "version": 1,
                "description": "Saved searches turned into categories (aqm searches "
                               "category); each runs on every new call.",
                "categories": []}
    cats = [c for c in data.get("categories") or [] if c.get("id") != name]
    data["categories"] = cats + [category_entry(name, saved.query)]
    data["version"] = int(data.get("version", 0) or 0) + 1 if old else 1
    _write(path, yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100))
    try:
        root = default_scorecards_dir()
        inside = path.resolve().is_relative_to(root.resolve())
        load_pack([root] if inside else [root, path])
    except RuleError:
        if old is None:
            path.unlink(missing_ok=True)
        else:
            _write(path, old)
        raise
    rows.set_category_file(Store(db), name, str(path))
    dropped = tuple(f for f in CALL_FILTERS if getattr(saved.query, f) not in (None, ()))
    return CategoryWritten(name, str(path), dropped)


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(text)
    os.replace(tmp, path)
