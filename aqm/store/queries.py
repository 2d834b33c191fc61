"""Every query the app makes, as library functions over a ``Store`` (the app has no SQL).

Each function opens the file for one short read-only (or write) operation through
``Store.read()`` / ``Store.write()``, so the app keeps answering while a batch writes the same
file. Results are frozen dataclasses (``aqm.types`` records where they exist) or DataFrames
for grids. User input never reaches SQL text: filters are parameters and sort columns are
checked against ``GRID_COLUMNS``.

The calls grid reads ``call_facts`` (one narrow row per call, see ``aqm.store.facts``): a page
is one scan with ``ORDER BY … LIMIT … OFFSET``, the count one ``count(*)`` over the same
filter, fast on a million calls. A call page reads its own rows by ``call_id = ?`` (indexed).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from aqm.store.db import Store
from aqm.store.facts import FACT_METRICS
from aqm.types import Metric, Segment, Word

# Columns the grid shows, filters and sorts on, in display order.
GRID_COLUMNS: tuple[str, ...] = (
    "call_id", "started_at", "duration_s", "agent_id", "agent_name", "team", "queue",
    "direction", "language", "redaction_count", "talk_ratio", "longest_silence_s",
    "overtalk_s", "hold_s", "interruption_count", "silence_count", "response_latency_mean_s",
    "speaking_rate_wpm", "qa_score", "qa_auto_fail", "review_state",
    "customer_sentiment_start", "customer_sentiment_end", "customer_ended_negative",
)
RANGE_COLUMNS: frozenset[str] = frozenset((*FACT_METRICS, "duration_s", "redaction_count",
                                           "qa_score", "customer_sentiment_start",
                                           "customer_sentiment_end"))
FLAG_COLUMNS: frozenset[str] = frozenset(("qa_auto_fail", "customer_ended_negative"))
DEFAULT_SORT = ("started_at", True)
MAX_PAGE_ROWS = 1000
TIMELINE_EVENTS = ("silence", "overtalk", "hold", "hold_music", "interruption", "raised_voice")


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


# -- calls grid ---------------------------------------------------------------------------
@dataclass(frozen=True)
class CallScope:
    """Which calls someone may see: every call (both None), one agent's or one team's."""

    agent_id: str | None = None
    team: str | None = None
    nothing: bool = False  # e.g. an agent account without an agent id

    def allows(self, agent_id: str | None, team: str | None) -> bool:
        if self.nothing:
            return False
        if self.agent_id is not None and agent_id != self.agent_id:
            return False
        return self.team is None or team == self.team


@dataclass(frozen=True)
class MetricRange:
    """``low <= column <= high`` (either bound may be None); ``column`` in RANGE_COLUMNS."""

    column: str
    low: float | None = None
    high: float | None = None


@dataclass(frozen=True)
class CallFilter:
    """The calls grid's filters; empty tuples and None mean "any". Dates are UTC days,
    ``date_to`` inclusive."""

    date_from: dt.date | None = None
    date_to: dt.date | None = None
    agent_ids: tuple[str, ...] = ()
    teams: tuple[str, ...] = ()
    queues: tuple[str, ...] = ()
    directions: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    has_redactions: bool | None = None
    ranges: tuple[MetricRange, ...] = ()
    flags: tuple[tuple[str, bool], ...] = ()  # (column in FLAG_COLUMNS, wanted value)
    review_states: tuple[str, ...] = ()  # auto | reviewed | disputed | none (not scored)
    categories: tuple[str, ...] = ()  # any of these call drivers
    failed_rules: tuple[str, ...] = ()  # any of these rules failed ("file/rule" or "rule")


@dataclass(frozen=True)
class SortKey:
    column: str
    descending: bool = False


@dataclass(frozen=True)
class Page:
    """Rows ``offset`` … ``offset + len(rows)`` of a filtered, sorted list (calls: the
    ``GRID_COLUMNS``; audit log: ``AUDIT_COLUMNS``) and how many rows match in all."""

    rows: pd.DataFrame
    total: int  # -1 when not counted
    offset: int
    last: tuple[Any, ...] | None = None  # the last row's sort values: ``after`` of the next


@dataclass(frozen=True)
class FilterOptions:
    """The values the grid's filter menus offer (within the user's scope)."""

    agents: tuple[tuple[str, str], ...]  # (agent_id, agent_name or agent_id)
    teams: tuple[str, ...]
    queues: tuple[str, ...]
    directions: tuple[str, ...]
    languages: tuple[str, ...]


def _where(flt: CallFilter, scope: CallScope) -> tuple[str, list[Any]]:
    parts: list[str] = []
    params: list[Any] = []
    if scope.nothing:
        parts.append("false")
    if scope.agent_id is not None:
        parts.append("agent_id = ?")
        params.append(scope.agent_id)
    if scope.team is not None:
        parts.append("team = ?")
        params.append(scope.team)
    if flt.date_from is not None:
        parts.append("started_at >= ?")
        params.append(dt.datetime.combine(flt.date_from, dt.time()))
    if flt.date_to is not None:
        parts.append("started_at < ?")
        params.append(dt.datetime.combine(flt.date_to + dt.timedelta(days=1), dt.time()))
    for column, values in (("agent_id", flt.agent_ids), ("team", flt.teams),
                           ("queue", flt.queues), ("direction", flt.directions),
                           ("language", flt.languages)):
        if values:
            parts.append(f"{column} IN ({', '.join('?' for _ in values)})")
            params.extend(values)
    if flt.has_redactions is not None:
        parts.append("redaction_count > 0" if flt.has_redactions else "redaction_count = 0")
    for column, wanted in flt.flags:
        if column not in FLAG_COLUMNS:
            raise ValueError(f"cannot filter calls on {column!r}")
        parts.append(f"coalesce({column}, false) = ?")
        params.append(bool(wanted))
    if flt.review_states:
        parts.append("coalesce(review_state, 'none') IN "
                     f"({', '.join('?' for _ in flt.review_states)})")
        params.extend(flt.review_states)
    if flt.categories:
        parts.append("call_id IN (SELECT call_id FROM call_categories WHERE category IN "
                     f"({', '.join('?' for _ in flt.categories)}))")
        params.extend(flt.categories)
    if flt.failed_rules:
        parts.append("call_id IN (SELECT call_id FROM compliance_results WHERE status = 'fail' "
                     "AND (rule_id IN ({0}) OR file || '/' || rule_id IN ({0})))".format(
                         ", ".join("?" for _ in flt.failed_rules)))
        params.extend(flt.failed_rules * 2)
    for r in flt.ranges:
        if r.column not in RANGE_COLUMNS:
            raise ValueError(f"cannot filter calls on {r.column!r}")
        if r.low is not None:
            parts.append(f"{r.column} >= ?")
            params.append(float(r.low))
        if r.high is not None:
            parts.append(f"{r.column} <= ?")
            params.append(float(r.high))
    return (" WHERE " + " AND ".join(parts)) if parts else "", params


# NULLs sort last either way: each sort column is compared through coalesce(col, sentinel)
_TEXT_COLUMNS = frozenset({"call_id", "agent_id", "agent_name", "team", "queue", "direction",
                           "language", "review_state"})


def _sort_expr(key: SortKey) -> str:
    if key.column not in GRID_COLUMNS:
        raise ValueError(f"cannot sort calls by {key.column!r}")
    if key.column == "call_id":
        return "call_id"
    if key.column in _TEXT_COLUMNS:
        sentinel = "''" if key.descending else "chr(1114111)"
    elif key.column == "started_at":
        sentinel = "'-infinity'::TIMESTAMP" if key.descending else "'infinity'::TIMESTAMP"
    else:
        sentinel = "'-inf'::DOUBLE" if key.descending else "'inf'::DOUBLE"
        if key.column in FLAG_COLUMNS:
            return f"coalesce(CAST({key.column} AS DOUBLE), {sentinel})"
    return f"coalesce({key.column}, {sentinel})"


def _keys(sort: tuple[SortKey, ...]) -> tuple[SortKey, ...]:
    keys = sort or (SortKey(DEFAULT_SORT[0], DEFAULT_SORT[1]),)
    if all(k.column != "call_id" for k in keys):
        keys = (*keys, SortKey("call_id"))  # a total order: pages neither repeat nor skip
    return keys


def _order(keys: tuple[SortKey, ...]) -> str:
    return " ORDER BY " + ", ".join(
        f"{_sort_expr(k)} {'DESC' if k.descending else 'ASC'}" for k in keys)


def _after(keys: tuple[SortKey, ...], values: tuple[Any, ...]) -> tuple[str, list[Any]]:
    """Rows after the row whose sort values are ``values`` (keyset paging)."""
    ors: list[str] = []
    params: list[Any] = []
    for i, key in enumerate(keys):
        ands = [f"{_sort_expr(k)} = ?" for k in keys[:i]]
        ands.append(f"{_sort_expr(key)} {'<' if key.descending else '>'} ?")
        ors.append("(" + " AND ".join(ands) + ")")
        params.extend(values[:i + 1])
    return "(" + " OR ".join(ors) + ")", params


def calls_page(store: Store, flt: CallFilter = CallFilter(), scope: CallScope = CallScope(),
               sort: tuple[SortKey, ...] = (), offset: int = 0, limit: int = 100,
               after: tuple[Any, ...] | None = None, count: bool = True) -> Page:
    """One page of the calls grid and the number of matching calls, in one read.

    ``offset`` rows are skipped after the row whose sort values are ``after`` (a previous
    page's ``Page.last``), or from the start: a grid scrolled block by block passes
    ``after`` and pays for one page, not for sorting everything before it (OFFSET). The
    page's rows are picked by ``rowid`` first and only then read in full."""
    limit = max(0, min(int(limit), MAX_PAGE_ROWS))
    offset = max(0, int(offset))
    keys = _keys(sort)
    where, params = _where(flt, scope)
    if after is not None:
        cond, extra = _after(keys, tuple(after))
        where = f"{where} AND {cond}" if where else f" WHERE {cond}"
        params = params + extra
    order = _order(keys)
    sort_values = ", ".join(f"{_sort_expr(k)} AS _k{i}" for i, k in enumerate(keys))
    sql = (f"SELECT {', '.join(GRID_COLUMNS)}, {sort_values} FROM call_facts "
           f"WHERE rowid IN (SELECT rowid FROM call_facts{where}{order} "
           f"LIMIT {limit} OFFSET {offset}){order}")
    with store.read() as con:
        rows = con.execute(sql, params).df()
        total = -1
        if count:
            base_where, base_params = _where(flt, scope)
            total = int(con.execute(f"SELECT count(*) FROM call_facts{base_where}",
                                    base_params).fetchone()[0])
    key_cols = [f"_k{i}" for i in range(len(keys))]
    last = None
    if len(rows):
        last = tuple(v.to_pydatetime() if hasattr(v, "to_pydatetime") else
                     (v.item() if hasattr(v, "item") else v)
                     for v in rows.iloc[-1][key_cols])
    return Page(rows=rows.drop(columns=key_cols), total=total, offset=offset, last=last)


def count_calls(store: Store, flt: CallFilter = CallFilter(),
                scope: CallScope = CallScope()) -> int:
    where, params = _where(flt, scope)
    with store.read() as con:
        return int(con.execute(f"SELECT count(*) FROM call_facts{where}", params)
                   .fetchone()[0])


def filter_options(store: Store, scope: CallScope = CallScope()) -> FilterOptions:
    where, params = _where(CallFilter(), scope)
    with store.read() as con:
        # few distinct combinations: grouped once in DuckDB, split into menus here
        rows = con.execute(
            "SELECT agent_id, any_value(agent_name), team, queue, direction, language "
            f"FROM call_facts{where} GROUP BY agent_id, team, queue, direction, language",
            params).fetchall()
    agents: dict[str, str] = {}
    teams: set[str] = set()
    queues: set[str] = set()
    directions: set[str] = set()
    languages: set[str] = set()
    for agent_id, name, team, queue, direction, language in rows:
        if agent_id is not None:
            agents.setdefault(str(agent_id), str(name or agent_id))
        for bucket, value in ((teams, team), (queues, queue), (directions, direction),
                              (languages, language)):
            if value is not None:
                bucket.add(str(value))
    return FilterOptions(agents=tuple(sorted(agents.items(), key=lambda a: (a[1], a[0]))),
                         teams=tuple(sorted(teams)), queues=tuple(sorted(queues)),
                         directions=tuple(sorted(directions)),
                         languages=tuple(sorted(languages)))


# -- one call -----------------------------------------------------------------------------
@dataclass(frozen=True)
class CallHeader:
    """What the call page shows first, and what access checks need (agent, team)."""

    call_id: str
    agent_id: str | None
    agent_name: str | None
    team: str | None
    queue: str | None
    direction: str
    started_at: dt.datetime | None
    duration_s: float
    channels: int
    language: str | None
    has_audio: bool


@dataclass(frozen=True)
class RedactionItem:
    """Where a redacted entity was: its type, speaker and times (never its value)."""

    entity: str
    speaker: str
    start_s: float
    end_s: float


@dataclass(frozen=True)
class CallView:
    """Everything the call page shows. ``segments`` are redacted; ``metrics`` are values
    (no times) and ``events`` the timed ones, both as ``aqm.types.Metric``."""

    header: CallHeader
    segments: tuple[Segment, ...]
    metrics: tuple[Metric, ...]
    events: tuple[Metric, ...]
    redactions: tuple[RedactionItem, ...]


def _header(con: Any, call_id: str) -> CallHeader | None:
    """Indexed point lookups only (calls, transcripts, media by call_id)."""
    row = con.execute(
        "SELECT call_id, agent_id, agent_name, team, queue, direction, started_at, duration_s, "
        "channels, language_hint FROM calls WHERE call_id = ?", [call_id]).fetchone()
    if row is None:
        return None
    lang = con.execute("SELECT language FROM transcripts WHERE call_id = ?", [call_id])\
        .fetchone()
    audio = con.execute("SELECT count(*) FROM media WHERE call_id = ? AND kind = 'redacted'",
                        [call_id]).fetchone()[0]
    return CallHeader(call_id=row[0], agent_id=row[1], agent_name=row[2], team=row[3],
                      queue=row[4], direction=row[5] or "unknown", started_at=row[6],
                      duration_s=float(row[7]), channels=int(row[8] or 1),
                      language=(lang[0] if lang and lang[0] else row[9]),
                      has_audio=bool(audio))


def call_header(store: Store, call_id: str) -> CallHeader | None:
    """The call's header, or None when there is no such call (cheap: for access checks)."""
    with store.read() as con:
        return _header(con, call_id)


def _opt_float(value: Any) -> float | None:
    return None if value is None else float(value)


def call_view(store: Store, call_id: str) -> CallView | None:
    """The call page's data in one read, or None when there is no such call."""
    with store.read() as con:
        header = _header(con, call_id)
        if header is None:
            return None
        seg_rows = con.execute(
            "SELECT seg_idx, speaker, channel, start_s, end_s, text, language, avg_logprob, "
            "no_speech_prob, backend FROM segments WHERE call_id = ? ORDER BY seg_idx",
            [call_id]).fetchall()
        word_rows = con.execute(
            "SELECT seg_idx, start_s, end_s, text, probability FROM words WHERE call_id = ? "
            "ORDER BY seg_idx, word_idx", [call_id]).fetchall()
        metric_rows = con.execute(
            "SELECT name, speaker, value, unit, start_s, end_s FROM metric_values "
            "WHERE call_id = ? ORDER BY start_s NULLS FIRST, name, speaker NULLS FIRST",
            [call_id]).fetchall()
        red_rows = con.execute(
            "SELECT entity, speaker, start_s, end_s FROM redactions WHERE call_id = ? "
            "ORDER BY start_s", [call_id]).fetchall()
    words: dict[int, list[Word]] = {}
    for seg_idx, start, end, text, prob in word_rows:
        words.setdefault(int(seg_idx), []).append(
            Word(float(start), float(end), str(text), float(prob or 0.0)))
    segments = tuple(Segment(
        speaker=speaker, channel=None if channel is None else int(channel),
        start_s=float(start), end_s=float(end), text=str(text), language=str(lang or ""),
        words=tuple(words.get(int(idx), ())), avg_logprob=float(lp or 0.0),
        no_speech_prob=float(nsp or 0.0), backend=str(backend or ""))
        for idx, speaker, channel, start, end, text, lang, lp, nsp, backend in seg_rows)
    metrics: list[Metric] = []
    events: list[Metric] = []
    for name, speaker, value, unit, start, end in metric_rows:
        m = Metric(str(name), speaker, float(value), str(unit), _opt_float(start),
                   _opt_float(end))
        (metrics if start is None else events).append(m)
    return CallView(header=header, segments=segments, metrics=tuple(metrics),
                    events=tuple(events),
                    redactions=tuple(RedactionItem(str(e), str(s), float(a), float(b))
                                     for e, s, a, b in red_rows))


def media_path(store: Store, call_id: str) -> str | None:
    """The path of the call's redacted audio copy (the only audio the app serves)."""
    with store.read() as con:
        row = con.execute("SELECT path FROM media WHERE call_id = ? AND kind = 'redacted' "
                          "ORDER BY created_at DESC LIMIT 1", [call_id]).fetchone()
    return None if row is None else str(row[0])


# -- users --------------------------------------------------------------------------------
@dataclass(frozen=True)
class UserRecord:
    """An app user as stored, without the password hash."""

    username: str
    role: str
    agent_id: str | None
    team: str | None
    display_name: str | None
    active: bool
    created_at: dt.datetime


_USER_COLUMNS = "username, role, agent_id, team, display_name, active, created_at"


def get_user(store: Store, username: str) -> UserRecord | None:
    with store.read() as con:
        row = con.execute(f"SELECT {_USER_COLUMNS} FROM users WHERE username = ?",
                          [username]).fetchone()
    return None if row is None else UserRecord(*row)


def get_credentials(store: Store, username: str) -> tuple[UserRecord, str] | None:
    """The user and their password hash (for logging in only)."""
    with store.read() as con:
        row = con.execute(f"SELECT {_USER_COLUMNS}, password_hash FROM users "
                          "WHERE username = ?", [username]).fetchone()
    return None if row is None else (UserRecord(*row[:-1]), str(row[-1]))


def list_users(store: Store) -> tuple[UserRecord, ...]:
    with store.read() as con:
        rows = con.execute(f"SELECT {_USER_COLUMNS} FROM users ORDER BY role, username")\
            .fetchall()
    return tuple(UserRecord(*r) for r in rows)


def insert_user(store: Store, user: UserRecord, password_hash: str) -> None:
    """Add a user; ``StoreError`` if the name is taken (checked by the caller first)."""
    with store.write() as con:
        con.execute("INSERT INTO users (username, password_hash, role, agent_id, team, "
                    "display_name, active, created_at, updated_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [user.username, password_hash, user.role, user.agent_id, user.team,
                     user.display_name, user.active, user.created_at, user.created_at])


def set_password_hash(store: Store, username: str, password_hash: str) -> None:
    with store.write() as con:
        con.execute("UPDATE users SET password_hash = ?, updated_at = ? WHERE username = ?",
                    [password_hash, _now(), username])


# -- audit log ----------------------------------------------------------------------------
@dataclass(frozen=True)
class AuditEntry:
    """Who did what to which call, when (``detail`` never holds transcript text)."""

    username: str
    role: str | None
    action: str
    call_id: str | None = None
    detail: str = ""
    logged_at: dt.datetime = field(default_factory=_now)


AUDIT_COLUMNS = ("logged_at", "username", "role", "action", "call_id", "detail")


def write_audit(store: Store, *entries: AuditEntry) -> None:
    """Append audit rows in one short write transaction."""
    if not entries:
        return
    with store.write() as con:
        for e in entries:
            con.execute("INSERT INTO audit_log (logged_at, username, role, action, call_id, "
                        "detail) VALUES (?, ?, ?, ?, ?, ?)",
                        [e.logged_at, e.username, e.role, e.action, e.call_id, e.detail])


def audit_log(store: Store, offset: int = 0, limit: int = 100, username: str | None = None,
              call_id: str | None = None, action: str | None = None) -> Page:
    """Audit rows, newest first, with the number matching (``rows`` has AUDIT_COLUMNS)."""
    parts: list[str] = []
    params: list[Any] = []
    for column, value in (("username", username), ("call_id", call_id), ("action", action)):
        if value:
            parts.append(f"{column} = ?")
            params.append(value)
    where = (" WHERE " + " AND ".join(parts)) if parts else ""
    limit = max(0, min(int(limit), MAX_PAGE_ROWS))
    offset = max(0, int(offset))
    with store.read() as con:
        rows = con.execute(f"SELECT {', '.join(AUDIT_COLUMNS)} FROM audit_log{where} "
                           f"ORDER BY logged_at DESC LIMIT {limit} OFFSET {offset}",
                           params).df()
        total = int(con.execute(f"SELECT count(*) FROM audit_log{where}", params)
                    .fetchone()[0])
    return Page(rows=rows, total=total, offset=offset)
