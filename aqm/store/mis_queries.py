"""The MIS aggregation: every KPI's SQL, run by DuckDB over ``acd_records`` and ``call_facts``
(compliance and call drivers through ``mis_call_extras``) for a report period and the one
before.

``KPI_SQL`` holds one SQL expression per KPI key of ``aqm.mis.kpis.KPIS`` (formulas and
meanings are documented there and in docs/kpis.md), over additive ``PARTS`` (counts and
sums) summed first per period, time bucket and group, so the grouping sets roll up a few
thousand rows, not every call. The rows (CTE ``base``) are phone-system records and
recordings in the window, each with the dimensions (queue and direction from the phone
system, agent, team and language from the recording, each falling back to the other), the
period it falls in and its time bucket: one row per record, per recording, or per record
and its linked recording (``has_acd``, ``has_rec``). A recording linked to a phone-system
record belongs to the record's start time, so a call and its recording land in the same
period.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import duckdb

from aqm.errors import StoreError
from aqm.store.db import Store
from aqm.store.mis_extras import extras_stale, refresh_extras

# report dimension -> column in mis_base
DIMENSIONS: dict[str, str] = {"agent": "agent_id", "team": "team", "queue": "queue",
                              "direction": "direction", "language": "language"}
GRAINS = ("hour", "day", "week", "month", "year")
NONE_LABEL = "(none)"
PAD = dt.timedelta(days=1)  # recordings start after their record's queue entry, within this

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
TABLE_KPIS = ("compliance_rate", "category_share")  # per rule / category: mis_call_extras

_BASE = """
WITH fw AS (
  SELECT call_id, started_at, agent_id, agent_name, team, queue, direction, language,
         duration_s, non_talk_s, hold_s, talk_s, overtalk_s, overtalk_count, qa_score,
         qa_auto_fail, customer_sentiment_end, customer_ended_negative
  FROM call_facts WHERE started_at >= $pad_lo AND started_at < $pad_hi),
aw AS (
  SELECT call_id, started_at, agent_id, agent_name, team, queue, direction, language,
         outcome, wait_s, talk_s, hold_s, wrap_s
  FROM acd_records WHERE started_at >= $pad_lo AND started_at < $pad_hi),
pairs AS (                -- a record, a recording, or a record and its recording
  SELECT a.started_at IS NOT NULL AS has_acd, f.call_id IS NOT NULL AS has_rec,
         coalesce(a.started_at, f.started_at) AS ts, f.call_id,
         coalesce(a.queue, f.queue) AS queue, coalesce(a.direction, f.direction) AS direction,
         coalesce(f.agent_id, a.agent_id) AS agent_id,
         coalesce(f.agent_name, a.agent_name) AS agent_name,
         coalesce(f.team, a.team) AS team, coalesce(f.language, a.language) AS language,
         a.direction AS a_dir, a.outcome, a.wait_s, a.talk_s, a.hold_s, a.wrap_s,
         f.duration_s AS r_duration_s, f.non_talk_s AS r_non_talk_s, f.hold_s AS r_hold_s,
         f.talk_s AS r_talk_s, f.overtalk_s AS r_overtalk_s,
         f.overtalk_count AS r_overtalk_count, f.qa_score, f.qa_auto_fail,
         f.customer_sentiment_end AS sentiment_end,
         f.customer_ended_negative AS ended_negative
  FROM aw a FULL OUTER JOIN fw f ON f.call_id = a.call_id),
base AS (
  SELECT * REPLACE ({dims_none}),
         CASE WHEN ts >= $cur_lo THEN 'current' ELSE 'previous' END AS period,
         {bucket} AS bucket
  FROM pairs
  WHERE ts >= $prev_lo AND ts < $cur_hi AND {filters})"""


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


def _base_sql(q: MisQuery) -> str:
    if q.grain not in GRAINS:
        raise ValueError(q.grain)
    if q.offset_s is not None:
        local = f"ts + INTERVAL ({int(q.offset_s)}) SECOND"
    else:
        local = "timezone($tz, ts AT TIME ZONE 'UTC')"
    dims_none = ", ".join(f"coalesce({c}, '{NONE_LABEL}') AS {c}" for c in DIMENSIONS.values())
    filters = " AND ".join([f"list_contains($f{i}, {DIMENSIONS[d]})"
                            for i, (d, _) in enumerate(q.filters)] or ["true"])
    return _BASE.format(dims_none=dims_none, bucket=f"date_trunc('{q.grain}', {local})",
                        filters=filters)


def _params(q: MisQuery) -> dict[str, Any]:
    p: dict[str, Any] = {"pad_lo": q.prev_lo - PAD, "pad_hi": q.cur_hi + PAD,
                         "prev_lo": q.prev_lo, "cur_lo": q.cur_lo, "cur_hi": q.cur_hi}
    if q.offset_s is None:
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


def _sql(q: MisQuery) -> dict[str, str]:
    cols = [DIMENSIONS[d] for d in q.dims]
    dim_sel = "".join(f", {c}" for c in cols)
    parts = ", ".join(f"{sql} AS {key}" for key, sql in PARTS.items())
    base = _base_sql(q)
    kpis = ", ".join(f"{sql} AS {key}" for key, sql in KPI_SQL.items())
    lists = " UNION ALL ".join(
        f"SELECT period{dim_sel}, unnest({col}) AS rule_id, '{status}' AS status FROM mis_x"
        for col, status in (("rules_pass", "pass"), ("rules_fail", "fail"),
                            ("rules_na", "not_applicable")))
    return {
        "parts": f"""
            CREATE TEMP TABLE mis_parts AS {base}
            SELECT period, bucket{dim_sel}, a_dir, outcome, {parts} FROM base
            GROUP BY period, bucket{dim_sel}, a_dir, outcome""",
        "kpis": f"""
            SELECT {_grp(cols, True)} AS grp, period, bucket{dim_sel}, {kpis}
            FROM mis_parts GROUP BY GROUPING SETS ({_sets('', cols, True)})""",
        "x": f"""
            CREATE TEMP TABLE mis_x AS {base}
            SELECT b.period{dim_sel}, e.rules_pass, e.rules_fail, e.rules_na, e.categories
            FROM (SELECT * FROM base WHERE has_rec) b
            JOIN (SELECT * FROM mis_call_extras
                  WHERE started_at >= $pad_lo AND started_at < $pad_hi) e
                ON e.call_id = b.call_id""",
        "rules": f"""
            SELECT {_grp(cols, False)} AS grp, period, rule_id{dim_sel},
                   count(*) FILTER (WHERE status = 'pass'),
                   count(*) FILTER (WHERE status = 'fail'),
                   count(*) FILTER (WHERE status = 'not_applicable')
            FROM ({lists})
            GROUP BY GROUPING SETS ({_sets(', rule_id', cols, False)})""",
        "cats": f"""
            SELECT {_grp(cols, False)} AS grp, period, category{dim_sel}, count(*)
            FROM (SELECT period{dim_sel}, unnest(categories) AS category FROM mis_x)
            GROUP BY GROUPING SETS ({_sets(', category', cols, False)})""",
        "names": f"""{base}
            SELECT agent_id, arg_max(agent_name, ts) FROM base
            WHERE agent_name IS NOT NULL GROUP BY agent_id""",
    }


def run_mis_query(store: Store, q: MisQuery) -> MisRows:
    """Run the KPI, compliance and category aggregations in one read of the file (first
    bringing ``mis_call_extras`` up to date when calls changed since)."""
    sql = _sql(q)
    params = _params(q)
    try:
        for attempt in range(2):
            with store.read() as con:
                if attempt == 0 and extras_stale(con):
                    stale = True
                else:
                    stale = False
                    con.execute("SET enable_progress_bar = false")
                    con.execute(sql["parts"], {**params, "sl": q.sl_threshold_s})
                    kpi_rows = con.execute(sql["kpis"]).fetchall()
                    con.execute(sql["x"], params)
                    rule_rows = con.execute(sql["rules"]).fetchall()
                    cat_rows = con.execute(sql["cats"]).fetchall()
                    names: dict[str, str] = {}
                    if "agent" in q.dims:  # ACD-only agents are named from the records
                        names = dict(con.execute(sql["names"], params).fetchall())
                    con.execute("DROP TABLE mis_parts")
                    con.execute("DROP TABLE mis_x")
            if not stale:
                return MisRows(tuple(kpi_rows), tuple(rule_rows), tuple(cat_rows), names)
            with store.write() as con:
                refresh_extras(con)
    except duckdb.Error as e:
        raise StoreError(f"MIS query on {store.path} failed: {e}") from e
    raise AssertionError("unreachable")


def data_version(store: Store) -> tuple[Any, ...]:
    """Changes whenever MIS inputs change: every write of a call's results refreshes its
    ``call_facts`` row (``refreshed_at``), every import or link touches ``acd_records``
    (``updated_at``); rows are never changed without that."""
    try:
        with store.read() as con:
            return tuple(con.execute("""
                SELECT (SELECT count(*) FROM call_facts),
                       (SELECT max(refreshed_at) FROM call_facts),
                       (SELECT count(*) FROM acd_records),
                       (SELECT max(updated_at) FROM acd_records)
            """).fetchone())
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
