"""Calls: a server-side paged, sorted and filtered grid (dash-ag-grid, infinite row model).

The grid asks for rows block by block (``getRowsRequest``: start, end, sort model); the
callback turns that and the filter bar into one ``queries.calls_page`` call (one LIMIT/OFFSET
query plus a count on ``call_facts``) within the user's scope: an agent only ever gets
their own calls. Changing a filter empties the grid's cache (clientside), which asks again.
"""

from __future__ import annotations

import datetime as dt
import math
import threading
import time
from collections import OrderedDict
from typing import Any

import dash
import dash_ag_grid as dag
import dash_bootstrap_components as dbc
from dash import Input, Output, State, callback, clientside_callback, dcc, html
from dash.exceptions import PreventUpdate

from aqm.store import queries as q
from dashboards.security import current, db_path, guarded, guarded_layout, store

dash.register_page(__name__, path="/calls", title="aqm: calls", name="Calls",
                   permission="calls.list", top_nav=True, nav_order=1)

BLOCK_ROWS = 100
OPTIONS_TTL_S = 60.0  # filter menus may lag new agents/teams by this
TOTAL_TTL_S = 10.0  # the "N matching" count is reused this long while scrolling
MAX_BOOKMARKS = 20_000
MAX_SEEK_ROWS = 5_000  # from a bookmark this far back, OFFSET; farther, from the top
_options: dict[tuple[str, q.CallScope], tuple[float, q.FilterOptions]] = {}
_lock = threading.Lock()
# (db, scope, filter, sort) → row number → the sort values of the row before it: the grid asks
# for block after block, and each is read after its predecessor's last row (keyset paging)
GridKey = tuple[str, q.CallScope, q.CallFilter, tuple[q.SortKey, ...]]  # db first
_bookmarks: OrderedDict[tuple[GridKey, int], tuple[Any, ...]] = OrderedDict()
_totals: dict[GridKey, tuple[float, int]] = {}

COLUMNS: list[dict[str, Any]] = [
    {"field": "call_id", "headerName": "Call", "cellRenderer": "CallLink", "width": 130},
    {"field": "started_at", "headerName": "Started (UTC)", "width": 150, "sort": "desc"},
    {"field": "duration_s", "headerName": "Duration", "width": 100, "type": "rightAligned"},
    {"field": "qa_score", "headerName": "QA score", "width": 105, "type": "rightAligned"},
    {"field": "qa_auto_fail", "headerName": "Auto-fail", "width": 100},
    {"field": "review_state", "headerName": "Review", "width": 105},
    {"field": "customer_sentiment_end", "headerName": "Customer at end", "width": 140,
     "type": "rightAligned"},
    {"field": "agent_name", "headerName": "Agent", "width": 150},
    {"field": "agent_id", "headerName": "Agent id", "width": 100},
    {"field": "team", "headerName": "Team", "width": 140},
    {"field": "queue", "headerName": "Queue", "width": 130},
    {"field": "direction", "headerName": "Direction", "width": 105},
    {"field": "language", "headerName": "Lang", "width": 80},
    {"field": "redaction_count", "headerName": "Redactions", "width": 110,
     "type": "rightAligned"},
    {"field": "talk_ratio", "headerName": "Agent talk", "width": 110, "type": "rightAligned"},
    {"field": "longest_silence_s", "headerName": "Longest silence", "width": 140,
     "type": "rightAligned"},
    {"field": "overtalk_s", "headerName": "Overtalk", "width": 105, "type": "rightAligned"},
    {"field": "hold_s", "headerName": "Hold", "width": 90, "type": "rightAligned"},
    {"field": "interruption_count", "headerName": "Interruptions", "width": 125,
     "type": "rightAligned"},
]
FILTER_IDS = ("calls-dates", "calls-agent", "calls-team", "calls-queue", "calls-direction",
              "calls-language", "calls-redacted", "calls-talk-ratio", "calls-silence-min",
              "calls-silence-max", "calls-score", "calls-auto-fail", "calls-ended-negative",
              "calls-review-state", "calls-category", "calls-failed-rule")
YES_NO = [{"label": "yes", "value": "yes"}, {"label": "no", "value": "no"}]
REVIEW_STATES = [{"label": "not reviewed", "value": "auto"},
                 {"label": "reviewed", "value": "reviewed"},
                 {"label": "disputed", "value": "disputed"},
                 {"label": "not scored", "value": "none"}]


def _pack_options() -> tuple[list[str], list[str]]:
    """Category ids and rule ids (file/rule) of the active rule files, for the menus."""
    from aqm.errors import AqmError
    from aqm.scoring import load_pack

    try:
        pack = load_pack()
    except AqmError:
        return [], []
    return (sorted(c.id for c in pack.categories),
            sorted(f"{r.file}/{r.id}" for r in pack.rules))


def _filter_options(scope: q.CallScope) -> q.FilterOptions:
    now = time.monotonic()
    key = (db_path(), scope)
    with _lock:
        hit = _options.get(key)
    if hit is not None and now - hit[0] < OPTIONS_TTL_S:
        return hit[1]
    opts = q.filter_options(store(), scope)
    with _lock:
        _options[key] = (now, opts)
    return opts


def fetch_rows(scope: q.CallScope, flt: q.CallFilter, sort: tuple[q.SortKey, ...],
               start: int, end: int) -> q.Page:
    """Rows ``start``…``end`` of the grid, read after the nearest bookmark when there is one
    (keyset paging) and counted at most every ``TOTAL_TTL_S``."""
    key: GridKey = (db_path(), scope, flt, sort)
    now = time.monotonic()
    with _lock:
        mark_row = next((r for r in range(start, max(-1, start - MAX_SEEK_ROWS), -BLOCK_ROWS)
                         if (key, r) in _bookmarks), None) if start else None
        after = _bookmarks.get((key, mark_row)) if mark_row is not None else None
        total = _totals.get(key)
    fresh = total is not None and now - total[0] < TOTAL_TTL_S
    page = q.calls_page(store(), flt, scope, sort,
                        offset=start - mark_row if after is not None and mark_row else start,
                        limit=end - start, after=after, count=not fresh)
    with _lock:
        if page.last is not None:
            _bookmarks[(key, start + len(page.rows))] = page.last
            while len(_bookmarks) > MAX_BOOKMARKS:
                _bookmarks.popitem(last=False)
        if fresh and total is not None:
            page = q.Page(rows=page.rows, total=total[1], offset=page.offset, last=page.last)
        else:
            if len(_totals) > MAX_BOOKMARKS:
                _totals.clear()
            _totals[key] = (now, page.total)
    return page


def _dropdown(id_: str, placeholder: str, values: list[dict[str, str]]) -> Any:
    return dcc.Dropdown(id=id_, options=values, multi=True, placeholder=placeholder,
                        className="mb-2")


@guarded_layout(__name__)
def layout(**_: Any) -> Any:
    user = current()
    assert user is not None
    opts = _filter_options(user.scope)
    categories, rules = _pack_options()
    plain = lambda values: [{"label": v, "value": v} for v in values]  # noqa: E731
    filters = dbc.Card(dbc.CardBody([
        dbc.Row([
            dbc.Col([dbc.Label("Started (UTC)"),
                     dcc.DatePickerRange(id="calls-dates", clearable=True,
                                         display_format="YYYY-MM-DD",
                                         className="d-block mb-2")], md=3),
            dbc.Col([dbc.Label("Agent"), _dropdown(
                "calls-agent", "any agent",
                [{"label": f"{name} ({aid})", "value": aid} for aid, name in opts.agents])],
                md=3),
            dbc.Col([dbc.Label("Team"), _dropdown("calls-team", "any team",
                                                  plain(opts.teams))], md=2),
            dbc.Col([dbc.Label("Queue"), _dropdown("calls-queue", "any queue",
                                                   plain(opts.queues))], md=2),
            dbc.Col([dbc.Label("Direction"), _dropdown("calls-direction", "any",
                                                       plain(opts.directions))], md=2),
        ]),
        dbc.Row([
            dbc.Col([dbc.Label("Language"), _dropdown("calls-language", "any",
                                                      plain(opts.languages))], md=2),
            dbc.Col([dbc.Label("Redactions"), dcc.Dropdown(
                id="calls-redacted", clearable=True, placeholder="any",
                options=[{"label": "with redactions", "value": "yes"},
                         {"label": "without", "value": "no"}])], md=2),
            dbc.Col([dbc.Label("Agent talk ratio"), dcc.RangeSlider(
                id="calls-talk-ratio", min=0, max=1, step=0.05, value=[0, 1],
                marks={0: "0%", 0.5: "50%", 1: "100%"}, allowCross=False)], md=4),
            dbc.Col([dbc.Label("Longest silence (s)"), dbc.InputGroup([
                dbc.Input(id="calls-silence-min", type="number", min=0, placeholder="min",
                          debounce=True),
                dbc.Input(id="calls-silence-max", type="number", min=0, placeholder="max",
                          debounce=True)])], md=3),
        ], className="mt-1"),
        dbc.Row([
            dbc.Col([dbc.Label("QA score"), dcc.RangeSlider(
                id="calls-score", min=0, max=100, step=5, value=[0, 100],
                marks={0: "0", 50: "50", 100: "100"}, allowCross=False)], md=3),
            dbc.Col([dbc.Label("Auto-fail"), dcc.Dropdown(
                id="calls-auto-fail", clearable=True, placeholder="any", options=YES_NO)],
                md=1),
            dbc.Col([dbc.Label("Customer ended negative"), dcc.Dropdown(
                id="calls-ended-negative", clearable=True, placeholder="any",
                options=YES_NO)], md=2),
            dbc.Col([dbc.Label("Review"), _dropdown("calls-review-state", "any",
                                                    REVIEW_STATES)], md=2),
            dbc.Col([dbc.Label("Call driver"), _dropdown("calls-category", "any",
                                                         plain(categories))], md=2),
            dbc.Col([dbc.Label("Rule failed"), _dropdown("calls-failed-rule", "any",
                                                         plain(rules))], md=2),
        ], className="mt-1"),
    ]), className="mb-3")
    columns = COLUMNS if user.can("calls.view") else [  # no links for those who may not open
        {k: v for k, v in c.items() if k != "cellRenderer"} for c in COLUMNS]
    grid = dag.AgGrid(
        id="calls-grid", columnDefs=columns, rowModelType="infinite",
        defaultColDef={"sortable": True, "resizable": True, "filter": False},
        dashGridOptions={"cacheBlockSize": BLOCK_ROWS, "maxBlocksInCache": 20,
                         "infiniteInitialRowCount": 1, "rowBuffer": 0,
                         "maxConcurrentDatasourceRequests": 1, "rowHeight": 34},
        style={"height": "62vh"}, className="ag-theme-alpine")
    search_box = html.Form([  # a plain GET to the Search page (/search?q=...)
        dbc.InputGroup([
            dbc.Input(name="q", id="calls-search", placeholder="search what was said "
                      "(phrase; Vietnamese with or without tone marks)"),
            dbc.Button("Search transcripts", id="calls-search-go", type="submit",
                       color="secondary")], size="sm")], action="/search", method="get",
        className="mb-2")
    return html.Div([
        search_box if user.can("calls.view") else "",
        filters,
        html.Div([html.H5("Calls", className="d-inline me-3"),
                  html.Span(id="calls-count", className="text-muted")], className="mb-2"),
        grid,
        dcc.Store(id="calls-purged"),
    ])


def _num(value: Any) -> float | None:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    return float(value)


def _date(value: Any) -> dt.date | None:
    return dt.date.fromisoformat(str(value)[:10]) if value else None


def build_filter(start: Any, end: Any, agents: Any, teams: Any, queues: Any, directions: Any,
                 languages: Any, redacted: Any, talk: Any, silence_min: Any,
                 silence_max: Any, score: Any = None, auto_fail: Any = None,
                 ended_negative: Any = None, review_states: Any = None,
                 categories: Any = None, failed_rules: Any = None) -> q.CallFilter:
    """The filter bar's values (as the browser sent them) as a ``CallFilter``."""
    tup = lambda v: tuple(str(x) for x in (v or ()))  # noqa: E731
    ranges = []
    if talk and (talk[0] > 0 or talk[1] < 1):
        ranges.append(q.MetricRange("talk_ratio", float(talk[0]), float(talk[1])))
    if silence_min is not None or silence_max is not None:
        ranges.append(q.MetricRange("longest_silence_s", _num(silence_min), _num(silence_max)))
    if score and (score[0] > 0 or score[1] < 100):
        ranges.append(q.MetricRange("qa_score", float(score[0]), float(score[1])))
    flags = tuple((column, value == "yes") for column, value in (
        ("qa_auto_fail", auto_fail), ("customer_ended_negative", ended_negative)) if value)
    return q.CallFilter(
        flags=flags, review_states=tup(review_states), categories=tup(categories),
        failed_rules=tup(failed_rules),
        date_from=_date(start), date_to=_date(end), agent_ids=tup(agents), teams=tup(teams),
        queues=tup(queues), directions=tup(directions), languages=tup(languages),
        has_redactions=None if not redacted else redacted == "yes", ranges=tuple(ranges))


def _fmt_row(row: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in row.items():
        if value is None or (isinstance(value, float) and math.isnan(value)):
            out[key] = None
        elif key == "started_at":
            out[key] = value.strftime("%Y-%m-%d %H:%M") if hasattr(value, "strftime") else value
        elif key == "duration_s":
            out[key] = f"{int(value) // 60}:{int(value) % 60:02d}"
        elif key == "talk_ratio":
            out[key] = f"{value:.0%}"
        elif isinstance(value, bool):
            out[key] = "yes" if value else "no"
        elif key.endswith("_count"):
            out[key] = int(value)
        elif isinstance(value, float):
            out[key] = round(value, 1)
        else:
            out[key] = value
    return out


@callback(
    Output("calls-grid", "getRowsResponse"), Output("calls-count", "children"),
    Input("calls-grid", "getRowsRequest"),
    State("calls-dates", "start_date"), State("calls-dates", "end_date"),
    *(State(i, "value") for i in FILTER_IDS[1:]),
)
@guarded("calls.list")
def rows(request: dict[str, Any] | None, *filters: Any) -> tuple[dict[str, Any], str]:
    if not request:
        raise PreventUpdate
    user = current()
    assert user is not None
    start = int(request.get("startRow") or 0)
    end = int(request.get("endRow") or start + BLOCK_ROWS)
    sort = tuple(q.SortKey(str(s["colId"]), s.get("sort") == "desc")
                 for s in request.get("sortModel") or () if s.get("colId") in q.GRID_COLUMNS)
    page = fetch_rows(user.scope, build_filter(*filters), sort, start, end)
    data = [_fmt_row({str(k): v for k, v in r.items()}) for r in page.rows.to_dict("records")]
    return {"rowData": data, "rowCount": page.total}, f"{page.total:,} matching"


clientside_callback(
    """
    function () {
        dash_ag_grid.getApiAsync("calls-grid").then(function (api) {
            api.purgeInfiniteCache();
        });
        return Date.now();
    }
    """,
    Output("calls-purged", "data"),
    Input("calls-dates", "start_date"), Input("calls-dates", "end_date"),
    *(Input(i, "value") for i in FILTER_IDS[1:]),
    prevent_initial_call=True,
)
