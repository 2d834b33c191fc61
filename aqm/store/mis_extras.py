"""``mis_call_extras``: each recording's compliance per rule and call drivers as lists, for
MIS reports (migration ``m009_acd_records``).

Reports would otherwise join ``compliance_results`` (several rows per call and rule, millions
of rows) for every period they show; this table has one row per call with the lists, stored
with the call's start so that a period reads only its own rows. It is derived data: rebuilt
here for every call whose ``call_facts`` row changed (every write of a call's results
refreshes that row and its ``refreshed_at``), checked before each report by comparing the
row count and latest ``refreshed_at`` of the two tables.
"""

from __future__ import annotations

from typing import Any

_STATE = """
    SELECT (SELECT count(*) FROM call_facts), (SELECT max(refreshed_at) FROM call_facts),
           (SELECT count(*) FROM mis_call_extras), (SELECT max(refreshed_at) FROM mis_call_extras)
"""
_STALE_NEWER = """
    CREATE TEMP TABLE mis_stale AS
    SELECT call_id, started_at, refreshed_at FROM call_facts WHERE refreshed_at > $since"""
_STALE_ALL = """
    CREATE TEMP TABLE mis_stale AS
    SELECT f.call_id, f.started_at, f.refreshed_at FROM call_facts f
    LEFT JOIN mis_call_extras e ON e.call_id = f.call_id AND e.refreshed_at = f.refreshed_at
    WHERE e.call_id IS NULL"""
_DELETE = """
    DELETE FROM mis_call_extras WHERE call_id IN (SELECT call_id FROM mis_stale)"""
_DELETE_ORPHANS = """
    DELETE FROM mis_call_extras WHERE call_id NOT IN (SELECT call_id FROM call_facts)"""
_INSERT = """
    INSERT INTO mis_call_extras
    SELECT s.call_id, s.started_at, s.refreshed_at,
           coalesce(r.pass, []), coalesce(r.fail, []), coalesce(r.na, []), coalesce(c.cats, [])
    FROM mis_stale s
    LEFT JOIN (
        SELECT call_id,
               list(DISTINCT rule_id) FILTER (WHERE status = 'pass') AS pass,
               list(DISTINCT rule_id) FILTER (WHERE status = 'fail') AS fail,
               list(DISTINCT rule_id) FILTER (WHERE status = 'not_applicable') AS na
        FROM compliance_results
        WHERE coalesce(evidence_rank, 0) = 0 AND call_id IN (SELECT call_id FROM mis_stale)
        GROUP BY call_id) r ON r.call_id = s.call_id
    LEFT JOIN (
        SELECT call_id, list(DISTINCT category) AS cats FROM call_categories
        WHERE call_id IN (SELECT call_id FROM mis_stale) GROUP BY call_id) c
        ON c.call_id = s.call_id
    ORDER BY s.started_at NULLS LAST, s.call_id"""


def extras_stale(con: Any) -> bool:
    """Whether some call's row is missing or older than its ``call_facts`` row."""
    facts_n, facts_max, extras_n, extras_max = con.execute(_STATE).fetchone()
    return bool(facts_n != extras_n or facts_max != extras_max)


def _rebuild(con: Any, stale_sql: str, params: dict[str, Any] | None = None) -> int:
    con.execute("DROP TABLE IF EXISTS mis_stale")
    con.execute(stale_sql, params)
    n = int(con.execute("SELECT count(*) FROM mis_stale").fetchone()[0])
    if n:
        con.execute(_DELETE)
        con.execute(_INSERT)
    con.execute("DROP TABLE mis_stale")
    return n


def refresh_extras(con: Any) -> int:
    """Rebuild the rows of every new or changed call (the caller holds a write transaction);
    returns how many calls were rebuilt.

    Calls refreshed after the newest row here are rebuilt (a cheap scan: writes stamp
    ``refreshed_at`` inside their transaction); when the row counts still disagree, every
    row is compared and rows of calls no longer in ``call_facts`` are dropped."""
    _, facts_max, _, extras_max = con.execute(_STATE).fetchone()
    n = 0
    if extras_max is not None and facts_max is not None and facts_max > extras_max:
        n = _rebuild(con, _STALE_NEWER, {"since": extras_max})
    if extras_stale(con):
        con.execute(_DELETE_ORPHANS)
        n += _rebuild(con, _STALE_ALL)
    return n
