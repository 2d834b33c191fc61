"""Reviews: the review queue of a period (``aqm.scoring.sampling``): build it (risk picks,
then random calls per agent; never a call twice) and open each call to review it."""

from __future__ import annotations

import datetime as dt
from typing import Any

import dash
import dash_bootstrap_components as dbc
from dash import Input, Output, State, callback, html
from dash.exceptions import PreventUpdate

from aqm.errors import AqmError
from aqm.scoring.sampling import SamplingOptions, build_review_queue, review_queue
from dashboards.security import current, db_path, guarded, guarded_layout

dash.register_page(__name__, path="/reviews", title="aqm: reviews", name="Reviews",
                   permission="reviews.submit", top_nav=True, nav_order=2)

STATE_COLORS = {"auto": "warning", "reviewed": "success", "disputed": "danger"}


def queue_table(period: str) -> Any:
    rows = review_queue(db_path(), period)
    if not rows:
        return html.P(f"No calls are queued for {period}.", className="text-muted",
                      id="reviews-empty")
    return dbc.Table([
        html.Thead(html.Tr([html.Th(x) for x in ("Call", "Agent", "Why", "", "State")])),
        html.Tbody([html.Tr([
            html.Td(html.A(p.call_id, href=f"/calls/{p.call_id}")), html.Td(p.agent_id or "-"),
            html.Td(p.reason.replace("_", " ")), html.Td(p.detail, className="small"),
            html.Td(dbc.Badge("to review" if state == "auto" else state,
                              color=STATE_COLORS.get(state, "secondary")))])
            for p, state in rows])], size="sm", striped=True, id="reviews-queue")


@guarded_layout(__name__)
def layout(period: str | None = None, **_: Any) -> Any:
    period = period or f"{dt.date.today():%Y-%m}"
    return html.Div([
        html.H4("Review queue"),
        dbc.Row([
            dbc.Col([dbc.Label("Period"), dbc.Input(id="reviews-period", value=period,
                                                    placeholder="2026-11")], md=2),
            dbc.Col([dbc.Label("Random calls per agent"), dbc.Input(
                id="reviews-per-agent", type="number", min=0, value=2)], md=2),
            dbc.Col([dbc.Label("Calls per risk"), dbc.Input(
                id="reviews-per-reason", type="number", min=0, value=10)], md=2),
            dbc.Col([dbc.Label("Time zone"), dbc.Input(id="reviews-tz", value="UTC")], md=2),
            dbc.Col([dbc.Label("\u00a0"), dbc.Button("Pick calls", id="reviews-build",
                                                     color="primary", className="d-block")],
                    md=2),
        ], className="mb-3"),
        html.Div(id="reviews-result"),
        html.Div(_safe_table(period), id="reviews-body"),
    ])


def _safe_table(period: str) -> Any:
    try:
        return queue_table(period)
    except AqmError as e:
        return dbc.Alert(str(e), color="danger")


@callback(
    Output("reviews-result", "children"), Output("reviews-body", "children"),
    Input("reviews-build", "n_clicks"),
    State("reviews-period", "value"), State("reviews-per-agent", "value"),
    State("reviews-per-reason", "value"), State("reviews-tz", "value"),
    prevent_initial_call=True,
)
@guarded("reviews.submit")
def build(n: int | None, period: str | None, per_agent: Any, per_reason: Any,
          tz: str | None) -> tuple[Any, Any]:
    if not n or not period:
        raise PreventUpdate
    user = current()
    assert user is not None
    try:
        options = SamplingOptions(per_agent=int(per_agent or 0),
                                  per_reason=int(per_reason or 0), tz=tz or "UTC")
        picks = build_review_queue(db_path(), user, period, options)
    except (AqmError, ValueError) as e:
        return dbc.Alert(str(e), color="danger", id="reviews-error"), dash.no_update
    return (dbc.Alert(f"{len(picks)} calls picked.", color="success", id="reviews-picked"),
            _safe_table(period))
