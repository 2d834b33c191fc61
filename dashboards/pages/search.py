"""Search: find what was said across calls (``aqm.search``): a phrase (Vietnamese with or
without tone marks) or a meaning (semantic), filtered by speaker, time in call, agent, team,
queue, date, category, QA score and the customer's sentiment, within the user's scope. Each
hit links to ``/calls/<id>?t=<seconds>``, which opens the call at that moment.

Admins also get a small form to delete a call everywhere (``aqm.retention.delete_calls``:
every table, the redacted audio, the search index and embeddings; audited, then the file is
rewritten). Searches are audited with their mode and hit count (never the text found).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import dash
import dash_bootstrap_components as dbc
from dash import Input, Output, State, callback, dcc, html
from dash.exceptions import PreventUpdate

from aqm import auth
from aqm.errors import AqmError
from aqm.search import SearchQuery, search
from aqm.store import queries as q
from dashboards.security import current, db_path, guarded, guarded_layout, store

dash.register_page(__name__, path="/search", title="aqm: search", name="Search",
                   permission="calls.view", top_nav=True, nav_order=2)

PAGE = 50
SPEAKERS = [{"label": s, "value": s} for s in ("customer", "agent", "unknown")]
SENTIMENTS = [{"label": "customer ended negative", "value": "negative"},
              {"label": "customer did not end negative", "value": "not_negative"}]
FILTERS = (("search-mode", "value"), ("search-speaker", "value"),
           ("search-in-first", "value"), ("search-in-last", "value"),
           ("search-dates", "start_date"), ("search-dates", "end_date"),
           ("search-agent", "value"), ("search-team", "value"), ("search-queue", "value"),
           ("search-category", "value"), ("search-score-min", "value"),
           ("search-score-max", "value"), ("search-sentiment", "value"))


def _categories() -> list[str]:
    from aqm.scoring import load_pack

    try:
        return sorted(c.id for c in load_pack().categories)
    except AqmError:
        return []


def _menu(id_: str, placeholder: str, options: Any, multi: bool = True) -> Any:
    return dbc.Col(dcc.Dropdown(id=id_, options=options, multi=multi,
                                placeholder=placeholder), md=2)


def _number(id_: str, placeholder: str) -> Any:
    return dbc.Col(dbc.Input(id=id_, type="number", placeholder=placeholder, size="sm"), md=1)


def _delete_form() -> Any:
    return dbc.Card(dbc.CardBody([
        html.H6("Delete a call everywhere (admin)"),
        dbc.Row([
            dbc.Col(dbc.Input(id="search-del-call", placeholder="call id", size="sm"), md=3),
            dbc.Col(dbc.Input(id="search-del-reason", placeholder="reason (audited)",
                              size="sm"), md=5),
            dbc.Col(dbc.Checkbox(id="search-del-confirm", label="I am sure", value=False),
                    md=2),
            dbc.Col(dbc.Button("Delete", id="search-del-go", color="danger", size="sm"),
                    md=2)]),
        html.Div(id="search-del-result", className="mt-2")]), className="mt-4",
        id="search-delete")


@guarded_layout(__name__)
def layout(**params: Any) -> Any:
    user = current()
    assert user is not None
    opts = q.filter_options(store(), user.scope)
    agents = [{"label": f"{name} ({aid})", "value": aid} for aid, name in opts.agents]
    return html.Div([
        html.H4("Search"),
        dbc.Row([
            dbc.Col(dbc.Input(id="search-text", placeholder="words said, e.g. hủy thẻ / "
                              "refund; or a meaning with 'semantic'", debounce=False,
                              value=str(params.get("q") or "")[:200]), md=6),
            dbc.Col(dbc.RadioItems(id="search-mode", value="phrase", inline=True, options=[
                {"label": "phrase", "value": "phrase"},
                {"label": "semantic", "value": "semantic"}]), md=3),
            dbc.Col(dbc.Button("Search", id="search-go", color="primary"), md=1)],
            className="mb-2 g-2"),
        dbc.Row([
            _menu("search-speaker", "speaker", SPEAKERS, multi=False),
            _number("search-in-first", "first s"), _number("search-in-last", "last s"),
            dbc.Col(dcc.DatePickerRange(id="search-dates", display_format="YYYY-MM-DD",
                                        clearable=True), md=3),
            _menu("search-agent", "agent", agents),
            _menu("search-team", "team", list(opts.teams))], className="mb-2 g-2"),
        dbc.Row([
            _menu("search-queue", "queue", list(opts.queues)),
            _menu("search-category", "category", _categories()),
            _number("search-score-min", "score ≥"), _number("search-score-max", "score ≤"),
            _menu("search-sentiment", "customer sentiment", SENTIMENTS, multi=False)],
            className="mb-3 g-2"),
        dcc.Loading(html.Div(id="search-results")),
        _delete_form() if user.can("calls.delete") else html.Div(),
    ])


def _date(value: Any) -> dt.date | None:
    return dt.date.fromisoformat(str(value)[:10]) if value else None


def _query(text: str, mode: str, speaker: Any, in_first: Any, in_last: Any, start: Any,
           end: Any, agents: Any, teams: Any, queues: Any, categories: Any, score_min: Any,
           score_max: Any, sentiment: Any) -> SearchQuery:
    return SearchQuery(
        text=text, mode="semantic" if mode == "semantic" else "phrase",
        speaker=speaker or None,
        in_first_s=float(in_first) if in_first else None,
        in_last_s=float(in_last) if in_last else None, date_from=_date(start),
        date_to=_date(end), agents=tuple(agents or ()), teams=tuple(teams or ()),
        queues=tuple(queues or ()), categories=tuple(categories or ()),
        score_min=float(score_min) if score_min not in (None, "") else None,
        score_max=float(score_max) if score_max not in (None, "") else None,
        sentiment=sentiment or None)


def _clock(seconds: float) -> str:
    return f"{int(seconds // 60)}:{int(seconds % 60):02d}"


def _table(page: Any, semantic: bool) -> Any:
    rows = []
    for i, h in enumerate(page.hits):
        link = f"/calls/{h.call_id}?t={h.start_s:.1f}"
        rows.append(html.Tr([
            html.Td(h.started_at.strftime("%Y-%m-%d %H:%M") if h.started_at else "-"),
            html.Td(f"{h.agent_name or '-'} ({h.agent_id or '-'})"), html.Td(h.queue or "-"),
            html.Td(h.speaker),
            html.Td(html.A(_clock(h.start_s), href=link, id=f"search-hit-link-{i}")),
            html.Td(h.text, className="small"),
            *([html.Td(f"{h.score:.3f}")] if semantic else [])], id=f"search-hit-{i}"))
    head = ["Started (UTC)", "Agent", "Queue", "Speaker", "At", "Said",
            *(["Similarity"] if semantic else [])]
    note = [] if not page.unindexed else [dbc.Alert(
        f"{page.unindexed} calls are not searchable yet (aqm searches index"
        f"{' --embed' if semantic else ''}).", color="secondary", className="py-1")]
    if not rows:
        return html.Div([*note, html.P("No matches.", className="text-muted",
                                       id="search-empty")])
    return html.Div([*note, html.P(f"{len(rows)} matching segments"
                                   f"{' (first ' + str(PAGE) + ')' if len(rows) == PAGE else ''}",
                                   id="search-count"),
                     dbc.Table([html.Thead(html.Tr([html.Th(x) for x in head])),
                                html.Tbody(rows)], size="sm", id="search-table")])


@callback(
    Output("search-results", "children"),
    Input("search-go", "n_clicks"), Input("search-text", "n_submit"),
    State("search-text", "value"), *[State(i, p) for i, p in FILTERS],
    prevent_initial_call=True,
)
@guarded("calls.view")
def run_search(_clicks: Any, _submit: Any, text: Any, *filters: Any) -> Any:
    if not (text or "").strip():
        raise PreventUpdate
    user = current()
    assert user is not None
    try:
        query = _query(str(text), *filters)
        page = search(db_path(), query, user, limit=PAGE)
    except AqmError as e:
        return dbc.Alert(str(e), color="danger", id="search-error")
    auth.audit(db_path(), user, "search", detail=f"{query.mode}, {len(page.hits)} hits")
    return _table(page, query.mode == "semantic")


@callback(
    Output("search-del-result", "children"),
    Input("search-del-go", "n_clicks"),
    State("search-del-call", "value"), State("search-del-reason", "value"),
    State("search-del-confirm", "value"),
    prevent_initial_call=True,
)
@guarded("calls.delete")
def delete_call(_clicks: Any, call_id: Any, reason: Any, sure: Any) -> Any:
    from aqm.retention import delete_calls

    if not sure:
        return dbc.Alert("Tick 'I am sure' first.", color="warning", id="search-del-error")
    user = current()
    assert user is not None
    call_id = (call_id or "").strip()
    if not call_id:
        return dbc.Alert("Which call?", color="warning", id="search-del-error")
    try:
        report = delete_calls(db_path(), call_ids=[call_id], reason=str(reason or ""),
                              user=user)
    except AqmError as e:
        return dbc.Alert(str(e), color="danger", id="search-del-error")
    if not report.calls:
        return dbc.Alert("No such call.", color="secondary", id="search-del-error")
    return dbc.Alert(f"Deleted 1 call ({sum(report.rows.values())} rows, "
                     f"{report.media.removed} audio files). Reference {report.ref}.",
                     color="success", id="search-del-done")
