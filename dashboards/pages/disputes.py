"""Disputes: QA leads see every dispute and uphold or reject the open ones with a comment
(``aqm.scoring.people.resolve_dispute``: an upheld one revises the review, history kept);
agents see their own; coaches their team's (read only). Agents raise disputes on the call
page."""

from __future__ import annotations

from typing import Any

import dash
import dash_bootstrap_components as dbc
from dash import ALL, Input, Output, State, callback, ctx, dcc, html
from dash.exceptions import PreventUpdate

from aqm.auth import User
from aqm.errors import AqmError
from aqm.scoring.people import resolve_dispute
from aqm.store.qa_views import DisputeRow, dispute_rows
from dashboards.security import current, db_path, guarded, guarded_layout, store

dash.register_page(__name__, path="/disputes", title="aqm: disputes", name="Disputes",
                   permission="calls.view", top_nav=True, nav_order=3)

STATUS_COLORS = {"open": "warning", "upheld": "success", "rejected": "secondary"}


def _rows_for(user: User) -> list[DisputeRow]:
    if user.role == "agent":
        return dispute_rows(store(), agent_id=user.agent_id or "\0")
    if user.can("disputes.resolve"):
        return dispute_rows(store())
    return dispute_rows(store(), team=user.team)


def _table(user: User) -> Any:
    rows = _rows_for(user)
    if not rows:
        return html.P("No disputes.", className="text-muted", id="disputes-empty")
    lead = user.can("disputes.resolve")
    body = []
    for r in rows:
        d = r.dispute
        action: Any = ""
        if lead and d.status == "open":
            action = html.Div([
                dcc.Dropdown(id={"type": "dispute-answer", "d": d.dispute_id},
                             options=["yes", "no", "na"], value=d.asked_answer,
                             clearable=False, style={"minWidth": "6rem"}, className="mb-1"),
                html.Div(dbc.Input(id={"type": "dispute-comment", "d": d.dispute_id},
                                   placeholder="comment", size="sm", className="mb-1"),
                         id=f"dispute-comment-{d.dispute_id}"),
                dbc.ButtonGroup([
                    dbc.Button("Uphold", id={"type": "dispute-uphold", "d": d.dispute_id},
                               color="success", size="sm"),
                    dbc.Button("Reject", id={"type": "dispute-reject", "d": d.dispute_id},
                               color="secondary", size="sm")]),
            ], id=f"dispute-act-{d.dispute_id}")
        body.append(html.Tr([
            html.Td(html.A(d.call_id, href=f"/calls/{d.call_id}")),
            html.Td(f"{r.agent_name or '-'} ({r.agent_id or '-'})"),
            html.Td(d.question_id or "(whole review)"),
            html.Td(d.asked_answer or "-"), html.Td(d.reason, className="small"),
            html.Td(d.raised_at.strftime("%Y-%m-%d %H:%M")),
            html.Td(dbc.Badge(d.status, color=STATUS_COLORS.get(d.status, "secondary"))),
            html.Td([d.resolution or "", html.Br() if d.resolution else "",
                     f"{d.score_before} → {d.score_after}" if d.score_after is not None
                     else ""], className="small"),
            html.Td(action)], id=f"dispute-{d.dispute_id}"))
    return dbc.Table([html.Thead(html.Tr([html.Th(x) for x in (
        "Call", "Agent", "Question", "Asked", "Reason", "Raised (UTC)", "Status",
        "Resolution", "")])), html.Tbody(body)], size="sm", id="disputes-table")


@guarded_layout(__name__)
def layout(**_: Any) -> Any:
    user = current()
    assert user is not None
    return html.Div([html.H4("Disputes"), html.Div(id="disputes-result"),
                     html.Div(_table(user), id="disputes-body")])


@callback(
    Output("disputes-result", "children"), Output("disputes-body", "children"),
    Input({"type": "dispute-uphold", "d": ALL}, "n_clicks"),
    Input({"type": "dispute-reject", "d": ALL}, "n_clicks"),
    State({"type": "dispute-answer", "d": ALL}, "value"),
    State({"type": "dispute-answer", "d": ALL}, "id"),
    State({"type": "dispute-comment", "d": ALL}, "value"),
    prevent_initial_call=True,
)
@guarded("disputes.resolve")
def resolve(_up: list[Any], _down: list[Any], answers: list[Any],
            ids: list[dict[str, str]], comments: list[Any]) -> tuple[Any, Any]:
    trigger = ctx.triggered_id
    if not isinstance(trigger, dict) or not any(t["value"] for t in ctx.triggered):
        raise PreventUpdate
    user = current()
    assert user is not None
    dispute_id = str(trigger["d"])
    index = next(i for i, id_ in enumerate(ids) if id_["d"] == dispute_id)
    uphold = trigger["type"] == "dispute-uphold"
    try:
        done = resolve_dispute(db_path(), user, dispute_id, uphold,
                               str(comments[index] or ""), new_answer=answers[index])
    except AqmError as e:
        return dbc.Alert(str(e), color="danger", id="disputes-error"), dash.no_update
    return (dbc.Alert(f"Dispute {done.dispute_id} {done.status}.", color="success",
                      id="disputes-done"), _table(user))
