"""``build_report``: the numbers of one MIS report, the same for every file format and the
app's MIS page. DuckDB aggregates (``aqm.store.mis_queries``); this module only parses the
request and lays the (small) result out as tables."""

from __future__ import annotations

import datetime as dt
import os
import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from aqm.errors import InputError
from aqm.mis import kpis as K
from aqm.mis.periods import (
    DEFAULT_GRAIN,
    Period,
    bucket_label,
    bucket_starts,
    fixed_offset_s,
    parse_period,
    to_utc,
    zone,
)
from aqm.store import Store
from aqm.store.mis_queries import (
    DIMENSIONS,
    GRAINS,
    KPI_SQL,
    MisQuery,
    MisRows,
    data_version,
    run_mis_query,
)

Cell = str | int | float | None
ALL_LABEL = "(all)"
DIM_LABELS = {"agent_id": "Agent ID", "agent_name": "Agent", "team": "Team", "queue": "Queue",
              "direction": "Direction", "language": "Language"}


@dataclass(frozen=True)
class ReportRequest:
    """What to report. ``period``: 2026, 2026-11, 2026-W47 or 2026-11-23, local to ``tz``.

    Attributes:
        by: group the breakdown by these dimensions (agent, team, queue, direction,
            language), in this order.
        grain: the trend's time bucket (hour, day, week, month, year); default: hours for
            a day, days for a week or month, months for a year.
        tz: IANA time zone of the period and buckets (the store is UTC).
        sl_threshold_s: the service level's answer-time threshold T.
        top_categories: call drivers listed per group.
        filters: only rows whose dimension is one of the values, e.g.
            (("team", ("Cards",)),).
    """

    period: str
    by: tuple[str, ...] = ()
    grain: str | None = None
    tz: str = "UTC"
    sl_threshold_s: float = K.DEFAULT_SL_THRESHOLD_S
    top_categories: int = 10
    filters: tuple[tuple[str, tuple[str, ...]], ...] = ()


@dataclass(frozen=True)
class Column:
    key: str
    label: str
    unit: str  # "text" or a KPI unit (count, seconds, rate, score, polarity, number)


@dataclass(frozen=True)
class Table:
    """One sheet of the report (one CSV file). The first ``keys`` columns are labels."""

    name: str
    title: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[Cell, ...], ...]
    keys: int = 1
    row_units: tuple[str, ...] | None = None  # per-row unit (summary: each row a KPI)

    def column(self, key: str) -> list[Cell]:
        i = [c.key for c in self.columns].index(key)
        return [r[i] for r in self.rows]


@dataclass(frozen=True)
class MisReport:
    request: ReportRequest
    period: Period
    previous: Period
    grain: str
    db: str
    generated_at: dt.datetime  # UTC
    summary: Table
    breakdown: Table | None
    trend: Table
    compliance: Table
    categories: Table
    about: Table
    definitions: Table

    def tables(self) -> tuple[Table, ...]:
        """The sheets, in order (CSV writes one file each)."""
        out = [self.summary] + ([self.breakdown] if self.breakdown else [])
        return tuple(out + [self.trend, self.compliance, self.categories, self.about,
                            self.definitions])

    def value(self, key: str, which: str = "current") -> Cell:
        """A summary value: ``which`` is current, previous, change or change_pct."""
        row = next(r for r in self.summary.rows if r[0] == key)
        return row[{"current": 2, "previous": 3, "change": 4, "change_pct": 5}[which]]


def _check(req: ReportRequest) -> tuple[Period, str]:
    period = parse_period(req.period)
    zone(req.tz)
    bad = [d for d in req.by if d not in DIMENSIONS]
    if bad or len(set(req.by)) != len(req.by):
        raise InputError(f"--by {','.join(req.by)}: each of {', '.join(DIMENSIONS)} at most "
                         f"once")
    grain = req.grain or DEFAULT_GRAIN[period.kind]
    if grain not in GRAINS:
        raise InputError(f"grain {grain!r} is not one of {', '.join(GRAINS)}")
    if req.sl_threshold_s <= 0 or req.top_categories < 1:
        raise InputError("the service level threshold must be > 0 s and top categories >= 1")
    for dim, values in req.filters:
        if dim not in DIMENSIONS or not values:
            raise InputError(f"filter {dim}={','.join(values)}: dimension must be one of "
                             f"{', '.join(DIMENSIONS)}, with values")
    return period, grain


def _change(kpi: K.Kpi, cur: Any, prev: Any) -> tuple[Cell, Cell]:
    if cur is None or prev is None:
        return None, None
    diff = K.rounded(kpi, cur - prev)
    pct = round((cur - prev) / abs(prev), 6) if prev else None
    return diff, pct


def _dim_columns(by: Sequence[str]) -> list[Column]:
    cols = []
    for d in by:
        col = DIMENSIONS[d]
        cols.append(Column(col, DIM_LABELS[col], "text"))
        if d == "agent":
            cols.append(Column("agent_name", DIM_LABELS["agent_name"], "text"))
    return cols


def _dims(row: Sequence[Any], by: Sequence[str], names: dict[str, str]) -> tuple[Cell, ...]:
    out: list[Cell] = []
    for d, v in zip(by, row, strict=True):
        out.append(v)
        if d == "agent":
            out.append(names.get(str(v), ""))
    return tuple(out)


def _sort_key(dims: tuple[Any, ...]) -> tuple[tuple[bool, str], ...]:
    return tuple((str(v) in ("(none)", ALL_LABEL), str(v)) for v in dims)


def _kpi_tables(req: ReportRequest, period: Period, grain: str, rows: MisRows,
                labels: dict[str, str]) -> tuple[Table, Table | None, Table]:
    n = len(req.by)
    keys = list(KPI_SQL)
    found: dict[tuple[str, str, Any], dict[str, Any]] = {}
    for r in rows.kpis:
        grp, per, bucket, dims, vals = r[0], r[1], r[2], tuple(r[3:3 + n]), r[3 + n:]
        ident = bucket if grp == "bucket" else (dims if grp == "group" else None)
        found[(grp, per, ident)] = dict(zip(keys, vals, strict=True))
    row_kpis = K.ROW_KPIS
    total = {p: found.get(("total", p, None), {}) for p in ("current", "previous")}
    summary_rows = []
    for k in row_kpis:
        cur, prev = total["current"].get(k.key), total["previous"].get(k.key)
        cur, prev = K.rounded(k, cur), K.rounded(k, prev)
        summary_rows.append((k.key, labels[k.key], cur, prev, *_change(k, cur, prev)))
    summary = Table("summary", f"Summary {period.label} (previous {period.previous().label})",
                    (Column("kpi", "KPI key", "text"), Column("label", "KPI", "text"),
                     Column("current", period.label, "value"),
                     Column("previous", period.previous().label, "value"),
                     Column("change", "Change", "value"), Column("change_pct", "Change %", "rate")),
                    tuple(summary_rows), keys=2, row_units=tuple(k.unit for k in row_kpis))
    breakdown = None
    if req.by:
        groups = sorted({ident for (g, _, ident) in found if g == "group"}, key=_sort_key)
        out = []
        for dims in groups:
            cur, prev = found.get(("group", "current", dims), {}), \
                found.get(("group", "previous", dims), {})
            out.append(_dims(dims, req.by, rows.agent_names)
                       + tuple(K.rounded(k, cur.get(k.key)) for k in row_kpis)
                       + tuple(K.rounded(k, prev.get(k.key)) for k in row_kpis))
        dcols = _dim_columns(req.by)
        breakdown = Table("breakdown", f"By {', '.join(req.by)}, {period.label}",
                          tuple(dcols + [Column(k.key, labels[k.key], k.unit)
                                         for k in row_kpis]
                                + [Column(f"prev_{k.key}", f"Prev: {labels[k.key]}", k.unit)
                                   for k in row_kpis]),
                          tuple(out), keys=len(dcols))
    trend_rows = []
    for start in bucket_starts(period, grain):
        at = found.get(("bucket", "current", start), {})
        trend_rows.append((bucket_label(start, grain),)
                          + tuple(K.rounded(k, at.get(k.key)) for k in row_kpis))
    trend = Table("trend", f"By {grain}, {period.label}",
                  tuple([Column("bucket", grain.capitalize(), "text")]
                        + [Column(k.key, labels[k.key], k.unit) for k in row_kpis]),
                  tuple(trend_rows))
    return summary, breakdown, trend


def _grouped(rows: Sequence[tuple[Any, ...]], n: int
             ) -> dict[tuple[str, Any, tuple[Any, ...]], tuple[Any, ...]]:
    """(period, item, dims) -> counts; dims is () for the totals."""
    out = {}
    for r in rows:
        dims = tuple(r[3:3 + n]) if r[0] == "group" else ()
        out[(r[1], r[2], dims)] = tuple(r[3 + n:])
    return out


def _dims_or_all(dims: tuple[Any, ...], req: ReportRequest, names: dict[str, str]
                 ) -> tuple[Cell, ...]:
    if dims:
        return _dims(dims, req.by, names)
    return tuple(ALL_LABEL for _ in _dim_columns(req.by))


def _compliance(req: ReportRequest, rows: MisRows) -> Table:
    kpi = K.BY_KEY["compliance_rate"]
    data = _grouped(rows.compliance, len(req.by))
    idents = sorted({(dims, rule) for (_, rule, dims) in data},
                    key=lambda x: (bool(x[0]), _sort_key(x[0]), x[1]))
    out = []
    for dims, rule in idents:
        passed, failed, na = data.get(("current", rule, dims), (0, 0, 0))
        p_pass, p_fail, _ = data.get(("previous", rule, dims), (0, 0, 0))
        rate = K.rounded(kpi, passed / (passed + failed)) if passed + failed else None
        prev = K.rounded(kpi, p_pass / (p_pass + p_fail)) if p_pass + p_fail else None
        out.append((rule,) + _dims_or_all(dims, req, rows.agent_names)
                   + (passed, failed, na, rate, prev, _change(kpi, rate, prev)[0]))
    dcols = _dim_columns(req.by)
    return Table("compliance", "Compliance rate per rule",
                 tuple([Column("rule_id", "Rule", "text")] + dcols
                       + [Column("passed", "Passed", "count"), Column("failed", "Failed", "count"),
                          Column("not_applicable", "Not applicable", "count"),
                          Column("compliance_rate", "Compliance rate", "rate"),
                          Column("prev_compliance_rate", "Prev: compliance rate", "rate"),
                          Column("change", "Change", "rate")]),
                 tuple(out), keys=1 + len(dcols))


def _categories(req: ReportRequest, rows: MisRows, recorded: dict[tuple[Any, ...], Any]
                ) -> Table:
    kpi = K.BY_KEY["category_share"]
    data = _grouped(rows.categories, len(req.by))
    by_group: dict[tuple[Any, ...], list[tuple[int, str]]] = {}
    for (per, cat, dims), (calls,) in data.items():
        if per == "current":
            by_group.setdefault(dims, []).append((-int(calls), str(cat)))
    out = []
    for dims in sorted(by_group, key=lambda d: (bool(d), _sort_key(d))):
        base, prev_base = recorded.get(("current", dims)), recorded.get(("previous", dims))
        for neg, cat in sorted(by_group[dims])[:req.top_categories]:
            prev = data.get(("previous", cat, dims), (None,))[0]
            out.append((cat,) + _dims_or_all(dims, req, rows.agent_names) + (
                -neg, K.rounded(kpi, -neg / base) if base else None, prev,
                K.rounded(kpi, prev / prev_base) if prev is not None and prev_base else None))
    dcols = _dim_columns(req.by)
    return Table("categories", f"Top {req.top_categories} call drivers",
                 tuple([Column("category", "Category", "text")] + dcols
                       + [Column("calls", "Calls", "count"), Column("share", "Share", "rate"),
                          Column("prev_calls", "Prev: calls", "count"),
                          Column("prev_share", "Prev: share", "rate")]),
                 tuple(out), keys=1 + len(dcols))


_CACHE: OrderedDict[tuple[Any, ...], MisReport] = OrderedDict()
_CACHE_LOCK = threading.Lock()
CACHE_SIZE = 32


def build_report(db: str | Path, request: ReportRequest, cache: bool = True,
                 straight: bool = False) -> MisReport:
    """Compute one report (the numbers every format and the app show).

    With ``cache`` (the default) a report asked again in the same process while the data
    has not changed (``aqm.store.mis_queries.data_version``) is returned as computed then.
    ``straight`` computes it from the source tables instead of the MIS tables that writes
    keep up to date (slow: the reference those tables are tested against; never cached)."""
    if not cache or straight:
        return _build(db, request, straight)
    _check(request)
    key = (os.path.realpath(db), request, data_version(Store(db)))
    with _CACHE_LOCK:
        hit = _CACHE.get(key)
        if hit is not None:
            _CACHE.move_to_end(key)
            return hit
    report = _build(db, request)
    with _CACHE_LOCK:
        _CACHE[key] = report
        while len(_CACHE) > CACHE_SIZE:
            _CACHE.popitem(last=False)
    return report


def _build(db: str | Path, request: ReportRequest, straight: bool = False) -> MisReport:
    period, grain = _check(request)
    prev = period.previous()
    query = MisQuery(prev_lo=to_utc(prev.start, request.tz),
                     cur_lo=to_utc(period.start, request.tz),
                     cur_hi=to_utc(period.end, request.tz), dims=request.by, grain=grain,
                     tz=request.tz, offset_s=fixed_offset_s(prev.start, period.end, request.tz),
                     sl_threshold_s=request.sl_threshold_s, filters=request.filters)
    rows = run_mis_query(Store(db), query, straight)
    labels = {k.key: K.label(k, request.sl_threshold_s) for k in K.KPIS}
    summary, breakdown, trend = _kpi_tables(request, period, grain, rows, labels)
    rec_i = 3 + len(request.by) + list(KPI_SQL).index("recorded")
    recorded = {(r[1], tuple(r[3:3 + len(request.by)]) if r[0] == "group" else ()): r[rec_i]
                for r in rows.kpis if r[0] in ("total", "group")}
    now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None, microsecond=0)
    filters = "; ".join(f"{d} in {', '.join(v)}" for d, v in request.filters) or "none"
    about = Table("about", "About this report", (Column("field", "Field", "text"),
                                                 Column("value", "Value", "text")), (
        ("Report", f"MIS report {period.label}"), ("Period", _span(period)),
        ("Previous period", _span(prev)), ("Time zone", request.tz),
        ("Trend by", grain), ("Grouped by", ", ".join(request.by) or "none"),
        ("Filters", filters), ("Service level threshold", f"{request.sl_threshold_s:g} s"),
        ("Generated (UTC)", now.isoformat(sep=" ")), ("Database", str(db)),
        ("Convention", "store in UTC; a call counts wholly in the period where it started "
                       "(queue entry or dial), in the time zone above")))
    definitions = Table("definitions", "KPI definitions", (
        Column("key", "Key", "text"), Column("label", "KPI", "text"),
        Column("source", "Source", "text"), Column("formula", "Formula", "text")),
        tuple((k.key, labels[k.key], k.source, k.formula) for k in K.KPIS), keys=2)
    return MisReport(request, period, prev, grain, str(db), now, summary, breakdown, trend,
                     _compliance(request, rows), _categories(request, rows, recorded), about,
                     definitions)


def _span(p: Period) -> str:
    return f"{p.label}: {p.start.isoformat()} to {(p.end - dt.timedelta(days=1)).isoformat()}"
