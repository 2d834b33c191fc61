"""The MIS aggregation: every KPI's SQL, run by DuckDB for a report period and the one
before, over the MIS tables that every write keeps up to date (``aqm.store.mis_facts``:
``mis_calls``, ``mis_rules``, ``mis_categories``).

``KPI_SQL`` holds one SQL expression per KPI key of ``aqm.mis.kpis.KPIS`` (formulas and
meanings are documented there and in docs/kpis.md), over additive ``PARTS`` (counts and
sums) summed first per period, time bucket and group, so the grouping sets roll up a few
thousand rows, not every call. The rows (CTE ``base``) are ``mis_calls`` rows in the
window: phone-system records and recordings, one row per record, per recording, or per
record and its linked recording (``call_key`` set, ``has_rec``), each with the dimensions
(queue and direction from the phone system, agent, team and language from the recording,
each falling back to the other), the period it falls in and its time bucket. A recording
linked to a phone-system record belongs to the record's start time, so a call and its
recording land in the same period. Compliance and call drivers are counted from
``mis_rules`` / ``mis_categories`` rows (one per recorded pair and rule result / driver)
in the window, per period, item and group first, then rolled up.

``run_mis_query(..., straight=True)`` computes the same rows from the source tables
(``acd_records``, ``call_facts``, ``compliance_results``, ``call_categories``) instead: the
reference the tests hold the maintained tables to.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from typing import Any

import duckdb

from aqm.errors import StoreError
from aqm.store.db import Store
from aqm.store.mis_facts import (
    LIVE_STATE,
    PAIR_COLUMNS,
    PAIR_KEYS,
    STATUSES,
    mis_fresh,
    repair_mis,
)

log = logging.getLogger("aqm.store.mis_queries")

# report dimension -> column in mis_calls
DIMENSIONS: dict[str, str] = {"agent": "agent_id", "team": "team", "queue": "queue",
                              "direction": "direction", "language": "language"}
GRAINS = ("hour", "day", "week", "month", "year")
NONE_LABEL = "(none)"

# Stage 1, over the rows of ``base``: plain additive parts per period, time bucket, group
# and class of phone-system record (a_dir, outcome; NULL for a recording without a record).
PARTS: dict[str, str] = {
    "n": "count(*)",
    "wait_sum": "fsum(wait_s)",
    "wait_n": "count(wait_s)",
    "wait_within": "sum((wait_s <= $sl)::INTEGER)",
    "wait_over": "sum((wait_s > $sl)::INTEGER)",
    "handle_sum": "fsum(coalesce(talk_s, 0) + coalesce(hold_s, 0) + coalesce(wrap_s, 0))",
    "talk_sum": "fsum(talk_s)",
    "talk_n": "count(talk_s)",
    "hold_sum": "fsum(hold_s)",
    "hold_n": "count(hold_s)",
    "wrap_sum": "fsum(wrap_s)",
    "wrap_n": "count(wrap_s)",
    "rec_n": "sum(has_rec::INTEGER)",
    "silence_sum": "fsum(greatest(r_non_talk_s - coalesce(r_hold_s, 0), 0))",
    "silence_dur": "fsum(r_duration_s) FILTER (WHERE r_non_talk_s IS NOT NULL)",
    "overtalk_sum": "fsum(r_overtalk_s)",
    "overtalk_talk": "fsum(r_talk_s) FILTER (WHERE r_overtalk_s IS NOT NULL)",
    "overtalks_sum": "fsum(r_overtalk_count)",
    "overtalks_n": "count(r_overtalk_count)",
    "qa_sum": "fsum(qa_score)",
    "qa_n": "count(qa_score)",
    "af_sum": "sum(qa_auto_fail::INTEGER)",
    "af_n": "count(qa_auto_fail)",
    "sent_sum": "fsum(sentiment_end)",
    "sent_n": "count(sentiment_end)",
    "neg_sum": "sum(ended_negative::INTEGER)",
    "neg_n": "count(ended_negative)",
}
_IN = "a_dir = 'inbound'"
_IN_ANS = "a_dir = 'inbound' AND outcome = 'answered'"
_IN_AB = "a_dir = 'inbound' AND outcome = 'abandoned'"
_ANS = "outcome = 'answered'"


def _sum(part: str) -> str:
    """Doubles are summed with fsum (compensated summation), so that the order in which
    parallel aggregation adds them does not change the rounded report values."""
    return f"{'f' if PARTS[part].startswith('fsum') else ''}sum({part})"


def _ratio(num: str, den: str) -> str:
    return f"{_sum(num)} / nullif({_sum(den)}, 0)"


def _f(expr: str, cond: str) -> str:
    return f"{_sum(expr)} FILTER (WHERE {cond})"


# Stage 2, over the parts: each KPI of aqm.mis.kpis.KPIS (same keys, same formulas).
KPI_SQL: dict[str, str] = {
    "volume_in": _f("n", _IN),
    "volume_out": _f("n", "a_dir = 'outbound'"),
    "answered": _f("n", _IN_ANS),
    "abandoned": _f("n", _IN_AB),
    "abandon_rate": f"{_f('n', _IN_AB)} / nullif({_f('n', _IN)}, 0)",
    "asa_s": f"{_f('wait_sum', _IN_ANS)} / nullif({_f('wait_n', _IN_ANS)}, 0)",
    "service_level": f"coalesce({_f('wait_within', _IN_ANS)}, 0) "
                     f"/ nullif(coalesce({_f('wait_n', _IN_ANS)}, 0)"
                     f" + coalesce({_f('wait_over', _IN_AB)}, 0), 0)",
    "aht_s": f"{_f('handle_sum', _ANS)} / nullif({_f('n', _ANS)}, 0)",
    "avg_talk_s": f"{_f('talk_sum', _ANS)} / nullif({_f('talk_n', _ANS)}, 0)",
    "avg_hold_s": f"{_f('hold_sum', _ANS)} / nullif({_f('hold_n', _ANS)}, 0)",
    "avg_wrap_s": f"{_f('wrap_sum', _ANS)} / nullif({_f('wrap_n', _ANS)}, 0)",
    "recorded": "sum(rec_n)",
    "silence_pct": _ratio("silence_sum", "silence_dur"),
    "overtalk_pct": _ratio("overtalk_sum", "overtalk_talk"),
    "overtalk_per_call": _ratio("overtalks_sum", "overtalks_n"),
    "qa_avg": _ratio("qa_sum", "qa_n"),
    "auto_fail_rate": _ratio("af_sum", "af_n"),
    "sentiment_avg": _ratio("sent_sum", "sent_n"),
    "ended_negative_rate": _ratio("neg_sum", "neg_n"),
}
TABLE_KPIS = ("compliance_rate", "category_share")  # per rule / driver: mis_rules, mis_categories

# The rows: ``mis_calls`` (aqm.store.mis_facts), or the same pairs computed from the source
# tables (``straight``), in the window, with their period and time bucket.
_BASE = """
WITH base AS (
  SELECT * FROM (
    SELECT * REPLACE ({dims_none}),
           CASE WHEN ts >= $cur_lo THEN 'current' ELSE 'previous' END AS period,
           {bucket} AS bucket
    FROM {calls} WHERE ts >= $prev_lo AND ts < $cur_hi)
  WHERE {filters})"""
# Rule results / call drivers of the recorded pairs in the window, with the pair's period.
_ITEMS = """
WITH x AS (
  SELECT * FROM (
    SELECT * REPLACE ({dims_none}),
           CASE WHEN ts >= $cur_lo THEN 'current' ELSE 'previous' END AS period
    FROM {items} WHERE ts >= $prev_lo AND ts < $cur_hi)
  WHERE {filters})"""


def _straight() -> tuple[str, str, str]:
    """``mis_calls``, ``mis_rules`` and ``mis_categories`` as subqueries over the source
    tables: the reference the maintained tables are checked against (slow: every call)."""
    pairs = (f"(SELECT {', '.join(f'{sql} AS {c}' for c, sql in PAIR_COLUMNS)} "
             "FROM acd_records a FULL OUTER JOIN call_facts f ON f.call_id = a.call_id)")
    keys = ", ".join(f"p.{c}" for c in PAIR_KEYS.split(", "))
    rules = (f"(SELECT {keys}, r.rule_id, r.status FROM {pairs} p JOIN (SELECT DISTINCT "
             "call_id, rule_id, status FROM compliance_results WHERE coalesce(evidence_rank, 0)"
             f" = 0 AND status IN {STATUSES}) r ON r.call_id = p.call_id WHERE p.has_rec)")
    cats = (f"(SELECT {keys}, c.category FROM {pairs} p JOIN (SELECT DISTINCT call_id, "
            "category FROM call_categories) c ON c.call_id = p.call_id WHERE p.has_rec)")
    return pairs, rules, cats


@dataclass(frozen=True)
class MisQuery:
    """One report's window and grouping. Times are naive UTC; ``prev_hi`` is ``cur_lo``."""

    prev_lo: dt.datetime
    cur_lo: dt.datetime
    cur_hi: dt.datetime
    dims: tuple[str, ...]  # keys of DIMENSIONS
    grain: str  # one of GRAINS: the time series' bucket
    tz: str  # buckets are local times in this zone
    offset_s: int | None  # the zone's fixed UTC offset over the window, None if it changes
    sl_threshold_s: float = 20.0
    filters: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (dimension, allowed values)


@dataclass(frozen=True)
class MisRows:
    """Raw result rows. ``kpis``: (grp, period, bucket, *dims, *KPI_SQL values) with grp
    total | group | bucket; ``compliance``: (grp, period, rule_id, *dims, passed, failed,
    not_applicable); ``categories``: (grp, period, category, *dims, calls); ``agent_names``:
    agent_id -> latest name."""

    kpis: tuple[tuple[Any, ...], ...]
    compliance: tuple[tuple[Any, ...], ...]
    categories: tuple[tuple[Any, ...], ...]
    agent_names: dict[str, str]


def _dims_none() -> str:
    return ", ".join(f"coalesce({c}, '{NONE_LABEL}') AS {c}" for c in DIMENSIONS.values())


def _filters(q: MisQuery) -> str:
    return " AND ".join([f"list_contains($f{i}, {DIMENSIONS[d]})"
                         for i, (d, _) in enumerate(q.filters)] or ["true"])


def _base_sql(q: MisQuery, calls: str) -> str:
    if q.grain not in GRAINS:
        raise ValueError(q.grain)
    if q.offset_s is not None:
        local = f"ts + INTERVAL ({int(q.offset_s)}) SECOND"
    else:
        local = "timezone($tz, ts AT TIME ZONE 'UTC')"
    return _BASE.format(dims_none=_dims_none(), bucket=f"date_trunc('{q.grain}', {local})",
                        calls=calls, filters=_filters(q))


def _items_sql(q: MisQuery, items: str) -> str:
    return _ITEMS.format(dims_none=_dims_none(), items=items, filters=_filters(q))


def _params(q: MisQuery, with_tz: bool = True) -> dict[str, Any]:
    p: dict[str, Any] = {"prev_lo": q.prev_lo, "cur_lo": q.cur_lo, "cur_hi": q.cur_hi}
    if q.offset_s is None and with_tz:
        p["tz"] = q.tz
    for i, (_, values) in enumerate(q.filters):
        p[f"f{i}"] = list(values)
    return p


def _grp(cols: list[str], with_bucket: bool) -> str:
    parts = []
    if with_bucket:
        parts.append("WHEN grouping(bucket) = 0 THEN 'bucket'")
    if cols:
        parts.append(f"WHEN grouping({cols[0]}) = 0 THEN 'group'")
    return f"CASE {' '.join(parts)} ELSE 'total' END" if parts else "'total'"


def _sets(key: str, cols: list[str], with_bucket: bool) -> str:
    sets = [f"(period{key})"]
    if cols:
        sets.append(f"(period{key}, {', '.join(cols)})")
    if with_bucket:
        sets.append("(period, bucket)")
    return ", ".join(sets)


def _sql(q: MisQuery, straight: bool = False) -> dict[str, str]:
    calls, rules, cats = _straight() if straight else ("mis_calls", "mis_rules",
                                                        "mis_categories")
    cols = [DIMENSIONS[d] for d in q.dims]
    dim_sel = "".join(f", {c}" for c in cols)
    parts = ", ".join(f"{sql} AS {key}" for key, sql in PARTS.items())
    base = _base_sql(q, calls)
    kpis = ", ".join(f"{sql} AS {key}" for key, sql in KPI_SQL.items())
    return {
        "parts": f"""
            CREATE TEMP TABLE mis_parts AS {base}
            SELECT period, bucket{dim_sel}, a_dir, outcome, {parts} FROM base
            GROUP BY period, bucket{dim_sel}, a_dir, outcome""",
        "kpis": f"""
            SELECT {_grp(cols, True)} AS grp, period, bucket{dim_sel}, {kpis}
            FROM mis_parts GROUP BY GROUPING SETS ({_sets('', cols, True)})""",
        # counted per period, rule and group first, then rolled up
        "rules": f"""{_items_sql(q, rules)},
            n AS (SELECT period, rule_id{dim_sel},
                         count(*) FILTER (WHERE status = 'pass') AS passed,
                         count(*) FILTER (WHERE status = 'fail') AS failed,
                         count(*) FILTER (WHERE status = 'not_applicable') AS na
                  FROM x GROUP BY period, rule_id{dim_sel})
            SELECT {_grp(cols, False)} AS grp, period, rule_id{dim_sel},
                   sum(passed)::BIGINT, sum(failed)::BIGINT, sum(na)::BIGINT
            FROM n GROUP BY GROUPING SETS ({_sets(', rule_id', cols, False)})""",
        "cats": f"""{_items_sql(q, cats)},
            n AS (SELECT period, category{dim_sel}, count(*) AS calls
                  FROM x GROUP BY period, category{dim_sel})
            SELECT {_grp(cols, False)} AS grp, period, category{dim_sel}, sum(calls)::BIGINT
            FROM n GROUP BY GROUPING SETS ({_sets(', category', cols, False)})""",
        "names": f"""{base}
            SELECT agent_id, arg_max(agent_name, ts) FROM base
            WHERE agent_name IS NOT NULL GROUP BY agent_id""",
    }


def _run(con: Any, sql: dict[str, str], q: MisQuery) -> MisRows:
    params = _params(q)
    con.execute("SET enable_progress_bar = false")
    con.execute(sql["parts"], {**params, "sl": q.sl_threshold_s})
    kpi_rows = con.execute(sql["kpis"]).fetchall()
    con.execute("DROP TABLE mis_parts")
    items = _params(q, with_tz=False)
    rule_rows = con.execute(sql["rules"], items).fetchall()
    cat_rows = con.execute(sql["cats"], items).fetchall()
    names: dict[str, str] = {}
    if "agent" in q.dims:  # ACD-only agents are named from the records
        names = dict(con.execute(sql["names"], params).fetchall())
    return MisRows(tuple(kpi_rows), tuple(rule_rows), tuple(cat_rows), names)


def run_mis_query(store: Store, q: MisQuery, straight: bool = False) -> MisRows:
    """Run the KPI, compliance and category aggregations in one read of the file, over the
    MIS tables (``aqm.store.mis_facts``; first repaired when a write bypassed their upkeep),
    or with ``straight`` over the source tables themselves (the reference, slow)."""
    sql = _sql(q, straight)
    try:
        with store.read() as con:
            if straight or mis_fresh(con):
                return _run(con, sql, q)
        with store.write() as con:
            if not mis_fresh(con):
                log.warning("MIS tables of %s behind the calls: repairing", store.path)
                repair_mis(con)
        with store.read() as con:
            return _run(con, sql, q)
    except duckdb.Error as e:
        raise StoreError(f"MIS query on {store.path} failed: {e}") from e


def data_version(store: Store) -> tuple[Any, ...]:
    """Changes whenever MIS inputs change: every write of a call's results refreshes its
    ``call_facts`` row (``refreshed_at``), every import or link touches ``acd_records``
    (``updated_at``); rows are never changed without that."""
    try:
        with store.read() as con:
            return tuple(con.execute(LIVE_STATE).fetchone())
    except duckdb.Error as e:
        raise StoreError(f"cannot read {store.path}: {e}") from e


def data_range(store: Store) -> tuple[dt.datetime | None, dt.datetime | None]:
    """First and last call start (UTC) over phone-system records and recordings."""
    with store.read() as con:
        row = con.execute("""
            SELECT least(min(a), min(f)), greatest(max(a2), max(f2)) FROM
              (SELECT min(started_at) a, max(started_at) a2 FROM acd_records),
              (SELECT min(started_at) f, max(started_at) f2 FROM call_facts)""").fetchone()
    return row[0], row[1]
