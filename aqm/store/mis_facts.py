"""The MIS report's derived tables (migration ``m015_mis_facts``), kept up to date by every
write that changes a KPI input, in that write's transaction.

- ``mis_calls``: the phone-system records joined with the recordings, resolved once: one row
  per record, per recording without a record, or per record and its linked recording
  (``acd_records`` FULL OUTER JOIN ``call_facts`` on ``call_id``), with the call's start
  (the record's, else the recording's: ``ts``), its dimensions (queue and direction from the
  phone system, agent, team and language from the recording, each falling back to the
  other) and every KPI input; no list columns; in ``ts`` order, so that a period reads only
  its own row groups (DuckDB's min/max per row group).
- ``mis_rules``: one row per recorded pair of ``mis_calls`` and compliance rule result
  (``compliance_results``: the first evidence row, pass / fail / not_applicable), with the
  pair's start and dimensions.
- ``mis_categories``: one row per recorded pair and call driver (``call_categories``).
  Only ``mis_calls`` has an index (``call_id``); a call's rows in the other two are found by
  its start times (the tables are in start order, so DuckDB reads one or two row groups).
- ``mis_state``: what ``call_facts`` and ``acd_records`` held (row counts, latest
  ``refreshed_at`` / ``updated_at``) when the tables were last brought up to date. Every
  maintained write moves it by what it changed; a report whose live counts differ (a write
  that bypassed the maintenance) repairs the tables first (``repair_mis``), so the numbers
  stay right.

Writers: ``refresh_mis_call`` (every ``refresh_call_facts``: the pipeline's ``save_call``,
reviews, disputes, re-scoring), ``refresh_mis`` for sets of calls and phone-system keys
(``aqm import-acd``, deletion and retention), ``rebuild_mis`` (bulk loads, ``aqm synth``,
the migration's backfill).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

# mis_calls columns, in table order, and how each is made from a record ``a`` and a
# recording ``f`` (either may be missing).
PAIR_COLUMNS: tuple[tuple[str, str], ...] = (
    ("ts", "coalesce(a.started_at, f.started_at)"),
    ("call_key", "a.call_key"),
    ("call_id", "coalesce(f.call_id, a.call_id)"),
    ("has_rec", "f.call_id IS NOT NULL"),
    ("queue", "coalesce(a.queue, f.queue)"),
    ("direction", "coalesce(a.direction, f.direction)"),
    ("agent_id", "coalesce(f.agent_id, a.agent_id)"),
    ("agent_name", "coalesce(f.agent_name, a.agent_name)"),
    ("team", "coalesce(f.team, a.team)"),
    ("language", "coalesce(f.language, a.language)"),
    ("a_dir", "a.direction"),
    ("outcome", "a.outcome"),
    ("wait_s", "a.wait_s"),
    ("talk_s", "a.talk_s"),
    ("hold_s", "a.hold_s"),
    ("wrap_s", "a.wrap_s"),
    ("r_duration_s", "f.duration_s"),
    ("r_non_talk_s", "f.non_talk_s"),
    ("r_hold_s", "f.hold_s"),
    ("r_talk_s", "f.talk_s"),
    ("r_overtalk_s", "f.overtalk_s"),
    ("r_overtalk_count", "f.overtalk_count"),
    ("qa_score", "f.qa_score"),
    ("qa_auto_fail", "f.qa_auto_fail"),
    ("sentiment_end", "f.customer_sentiment_end"),
    ("ended_negative", "f.customer_ended_negative"),
)
# the pair's start and dimensions, copied onto its rule and category rows
PAIR_KEYS = "ts, call_id, queue, direction, agent_id, team, language"
STATUSES = ("pass", "fail", "not_applicable")
ORDER = "ORDER BY ts NULLS LAST, call_id"

_PAIRS = (f"INSERT INTO mis_calls SELECT {', '.join(f'{sql} AS {c}' for c, sql in PAIR_COLUMNS)} "
          "FROM ({acd}) a FULL OUTER JOIN ({facts}) f ON f.call_id = a.call_id {order}")
# The calls' rows come from plain call_id filters first (materialised: an equality on
# call_id alone lets DuckDB use the call_id indexes), then are joined and made distinct.
_ITEM_CALLS = f"""
    m AS MATERIALIZED (SELECT {PAIR_KEYS}, has_rec FROM mis_calls WHERE {{calls}})"""
_RULES = f"""
    INSERT INTO mis_rules
    WITH {_ITEM_CALLS},
    r AS MATERIALIZED (SELECT call_id, rule_id, status, evidence_rank
                       FROM compliance_results WHERE {{calls}})
    SELECT {', '.join(f'm.{c}' for c in PAIR_KEYS.split(', '))}, r.rule_id, r.status
    FROM m JOIN (SELECT DISTINCT call_id, rule_id, status FROM r
                 WHERE coalesce(evidence_rank, 0) = 0 AND status IN {STATUSES}) r
      ON r.call_id = m.call_id WHERE m.has_rec AND m.ts IS NOT NULL {{order}}"""
_CATEGORIES = f"""
    INSERT INTO mis_categories
    WITH {_ITEM_CALLS},
    c AS MATERIALIZED (SELECT call_id, category FROM call_categories WHERE {{calls}})
    SELECT {', '.join(f'm.{c}' for c in PAIR_KEYS.split(', '))}, c.category
    FROM m JOIN (SELECT DISTINCT call_id, category FROM c) c ON c.call_id = m.call_id
    WHERE m.has_rec AND m.ts IS NOT NULL {{order}}"""

# What the tables were built from; the same four values as ``mis_queries.data_version``.
LIVE_STATE = """
    SELECT (SELECT count(*) FROM call_facts), (SELECT max(refreshed_at) FROM call_facts),
           (SELECT count(*) FROM acd_records), (SELECT max(updated_at) FROM acd_records)"""
_SET_LIVE = ("DELETE FROM mis_state", f"INSERT INTO mis_state {LIVE_STATE}")
_FRESH = f"""
    SELECT s.facts_n = l.facts_n AND s.facts_max IS NOT DISTINCT FROM l.facts_max
       AND s.acd_n = l.acd_n AND s.acd_max IS NOT DISTINCT FROM l.acd_max
    FROM mis_state s,
         ({LIVE_STATE}) l(facts_n, facts_max, acd_n, acd_max)"""
# A write that wrote ``facts`` / ``acd`` rows stamped $now (and removed some) moves the
# state by that much: a state that was right stays right, one that was behind stays behind.
_BUMP = """
    UPDATE mis_state SET facts_n = facts_n + $facts, acd_n = acd_n + $acd,
        facts_max = CASE WHEN $facts_now THEN greatest(facts_max, $now) ELSE facts_max END,
        acd_max = CASE WHEN $acd_now THEN greatest(acd_max, $now) ELSE acd_max END"""


def _run(con: Any, sql: str, params: dict[str, Any]) -> Any:
    """Execute with the parameters that ``sql`` names (DuckDB refuses unused ones)."""
    return con.execute(sql, {k: v for k, v in params.items()
                             if re.search(rf"\${k}\b", sql)} or None)


def set_live(con: Any) -> None:
    """Record that the tables match what ``call_facts`` and ``acd_records`` hold now."""
    for sql in _SET_LIVE:
        con.execute(sql)


def bump_state(con: Any, now: dt.datetime | None, facts: int = 0, acd: int = 0,
               facts_written: bool = False, acd_written: bool = False) -> None:
    """Record a maintained write: ``facts`` / ``acd`` rows added (negative: removed), and
    whether it stamped rows of either table with ``now``."""
    con.execute(_BUMP, {"facts": facts, "acd": acd, "now": now, "facts_now": facts_written,
                        "acd_now": acd_written})


def after_facts_removed(con: Any, removed: int) -> None:
    """``call_facts`` lost ``removed`` rows (deletion): the latest ``refreshed_at`` may drop
    to the newest row left, never above what the state already had."""
    con.execute("""
        UPDATE mis_state SET facts_n = facts_n - $n,
            facts_max = (SELECT CASE WHEN m IS NOT NULL THEN least(facts_max, m) END
                         FROM (SELECT max(refreshed_at) AS m FROM call_facts))""",
                {"n": removed})


def mis_fresh(con: Any) -> bool:
    """Whether the tables match what ``call_facts`` and ``acd_records`` hold now."""
    row = con.execute(_FRESH).fetchone()
    return bool(row and row[0])


def _delete_items(con: Any, calls: str, params: dict[str, Any]) -> None:
    """Delete the rule and driver rows of the calls ``calls`` picks in ``mis_calls`` (before
    their ``mis_calls`` rows go): those two tables have no index, so the calls' start times
    bound the scan to the row groups that hold them."""
    lo, hi = _run(con, f"SELECT min(ts), max(ts) FROM mis_calls WHERE {calls}",
                  params).fetchone()
    if lo is not None:
        for table in ("mis_rules", "mis_categories"):
            _run(con, f"DELETE FROM {table} WHERE ts BETWEEN $lo AND $hi AND {calls}",
                 {**params, "lo": lo, "hi": hi})


def refresh_mis_call(con: Any, call_id: str) -> None:
    """Rebuild one call's rows from ``call_facts``, its linked records and its rule results
    and drivers (after its ``call_facts`` row was refreshed; the caller holds the
    transaction and moves the state)."""
    p = {"id": call_id}
    _delete_items(con, "call_id = $id", p)
    con.execute("DELETE FROM mis_calls WHERE call_id = $id", p)
    con.execute(_PAIRS.format(acd="SELECT * FROM acd_records WHERE call_id = $id",
                              facts="SELECT * FROM call_facts WHERE call_id = $id", order=""), p)
    con.execute(_RULES.format(calls="call_id = $id", order=""), p)
    con.execute(_CATEGORIES.format(calls="call_id = $id", order=""), p)


def refresh_mis(con: Any, calls_sql: str = "SELECT NULL::VARCHAR", keys_sql: str =
                "SELECT NULL::VARCHAR", params: dict[str, Any] | None = None) -> int:
    """Rebuild the rows of a set of recordings (``calls_sql`` selects call ids) and phone-
    system records (``keys_sql`` selects call keys), set-based, with every record and
    recording linked to them now or before; returns how many ``mis_calls`` rows were
    written. The caller holds the transaction and moves the state."""
    q = [
        "DROP TABLE IF EXISTS mis_todo_calls", "DROP TABLE IF EXISTS mis_todo_keys",
        f"CREATE TEMP TABLE mis_todo_keys AS SELECT * FROM ({keys_sql}) k(call_key) "
        "WHERE call_key IS NOT NULL",
        f"""CREATE TEMP TABLE mis_todo_calls AS
            SELECT * FROM ({calls_sql}) c(call_id) WHERE call_id IS NOT NULL
            UNION SELECT call_id FROM acd_records WHERE call_id IS NOT NULL
                AND call_key IN (SELECT call_key FROM mis_todo_keys)
            UNION SELECT call_id FROM mis_calls WHERE call_id IS NOT NULL
                AND call_key IN (SELECT call_key FROM mis_todo_keys)""",
        """INSERT INTO mis_todo_keys
            SELECT call_key FROM acd_records WHERE call_id IN (SELECT call_id FROM mis_todo_calls)
            UNION SELECT call_key FROM mis_calls WHERE call_key IS NOT NULL
                AND call_id IN (SELECT call_id FROM mis_todo_calls)
            EXCEPT SELECT call_key FROM mis_todo_keys""",
        """INSERT INTO mis_todo_calls
            SELECT call_id FROM acd_records WHERE call_id IS NOT NULL
                AND call_key IN (SELECT call_key FROM mis_todo_keys)
            EXCEPT SELECT call_id FROM mis_todo_calls""",
    ]
    for sql in q:
        _run(con, sql, params or {})
    in_calls = "call_id IN (SELECT call_id FROM mis_todo_calls)"
    _delete_items(con, in_calls, {})
    con.execute(f"DELETE FROM mis_calls WHERE {in_calls} "
                "OR call_key IN (SELECT call_key FROM mis_todo_keys)")
    n = con.execute(_PAIRS.format(
        acd="SELECT * FROM acd_records WHERE call_key IN (SELECT call_key FROM mis_todo_keys) "
            f"OR {in_calls}",
        facts=f"SELECT * FROM call_facts WHERE {in_calls}", order=ORDER)).fetchone()[0]
    con.execute(_RULES.format(calls=in_calls, order=ORDER))
    con.execute(_CATEGORIES.format(calls=in_calls, order=ORDER))
    con.execute("DROP TABLE mis_todo_calls")
    con.execute("DROP TABLE mis_todo_keys")
    return int(n)


def rebuild_mis(con: Any) -> int:
    """Rebuild the three tables from scratch in ``ts`` order (bulk loads, the migration's
    backfill, repairs) and set the state; returns the ``mis_calls`` rows."""
    for table in ("mis_calls", "mis_rules", "mis_categories"):
        con.execute(f"DELETE FROM {table}")
    n = con.execute(_PAIRS.format(acd="SELECT * FROM acd_records",
                                  facts="SELECT * FROM call_facts", order=ORDER)).fetchone()[0]
    con.execute(_RULES.format(calls="true", order=ORDER))
    con.execute(_CATEGORIES.format(calls="true", order=ORDER))
    set_live(con)
    return int(n)


def resort_mis(con: Any) -> None:
    """Put the three tables back in ``ts`` order. Rewrites of old calls' rows (reviews,
    re-runs, relinked records) are appended at the end, so over time a month's rows spread
    over more row groups; ``Store.compact`` calls this before it copies the file."""
    for table in ("mis_calls", "mis_rules", "mis_categories"):
        con.execute(f"CREATE TEMP TABLE _mis_sorted AS SELECT * FROM {table} {ORDER}")
        con.execute(f"DELETE FROM {table}")
        con.execute(f"INSERT INTO {table} SELECT * FROM _mis_sorted")
        con.execute("DROP TABLE _mis_sorted")


def repair_mis(con: Any) -> int:
    """Bring the tables up to date after writes that bypassed the maintenance; returns the
    ``mis_calls`` rows rewritten. Recordings refreshed and records updated after the state
    are rebuilt; when rows are still missing or left over, everything is rebuilt."""
    state = con.execute("SELECT facts_max, acd_max FROM mis_state").fetchone()
    n = 0
    if state is not None:
        n = refresh_mis(con, "SELECT call_id FROM call_facts WHERE refreshed_at > "
                             "coalesce($f, '-infinity'::TIMESTAMP)",
                        "SELECT call_key FROM acd_records WHERE updated_at > "
                        "coalesce($a, '-infinity'::TIMESTAMP)", {"f": state[0], "a": state[1]})
        complete = con.execute("""
            SELECT count(DISTINCT call_id) FILTER (WHERE has_rec)
                       = (SELECT count(*) FROM call_facts)
                   AND count(call_key) = (SELECT count(*) FROM acd_records)
            FROM mis_calls""").fetchone()[0]
        if complete:
            set_live(con)
            return n
    return rebuild_mis(con)
