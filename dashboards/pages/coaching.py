"""Coaching: pick an agent (within the coach's team) and a period; see the ranked training
needs with the significance test, the weekly trend against the team with past coaching
sessions marked, example calls that open at the evidence moment, angry-caller handling,
past sessions' before / after, and record a new session. Data: ``aqm.coaching``."""

from __future__ import annotations

import datetime as dt
from typing import Any

import dash
import dash_bootstrap_components as dbc
import plotly.graph_objects as go
from dash import Input, Output, State, callback, dcc, html
from dash.exceptions import PreventUpdate

from aqm.coaching import CoachingReport, Need, coaching_report, record_session
from aqm.errors import AqmError
from aqm.store.queries import filter_options
from dashboards.security import current, db_path, guarded, guarded_layout, store

dash.register_page(__name__, path="/coaching", title="aqm: coaching", name="Coaching",
                   permission="coaching.view", top_nav=True, nav_order=5)


def _pct(x: float | None) -> str:
    return "-" if x is None else f"{x:.0%}"


def _needs_table(needs: tuple[Need, ...], id_: str) -> Any:
    rows = [html.Tr([
        html.Td(n.criterion), html.Td(f"{_pct(n.agent.rate)} ({n.agent.total})"),
        html.Td(_pct(n.team.rate)), html.Td(_pct(n.centre.rate)),
        html.Td("-" if n.gap is None else f"{n.gap:+.0%}"),
        html.Td("-" if n.p_value is None else f"{n.p_value:.3f}"),
        html.Td(dbc.Badge("train", color="danger") if n.significant and n.below_team
                else "")]) for n in needs]
    return dbc.Table([html.Thead(html.Tr([html.Th(x) for x in (
        "Criterion", "Agent (calls)", "Team", "Centre", "Gap", "p", "")])),
        html.Tbody(rows)], size="sm", striped=True, id=id_)


def trend_figure(r: CoachingReport) -> go.Figure:
    fig = go.Figure()
    for rows, name, dash_ in ((r.trend, r.agent_name or r.agent_id, "solid"),
                              (r.team_trend, f"team {r.team}", "dot")):
        fig.add_trace(go.Scatter(x=[w.week for w in rows], y=[w.qa_score for w in rows],
                                 name=name, mode="lines+markers", line={"dash": dash_}))
    for s in r.sessions:
        fig.add_vline(x=dt.datetime.combine(s.held_on, dt.time()).timestamp() * 1000,
                      line_dash="dash", line_color="#6f42c1")
    fig.update_layout(height=260, margin={"l": 50, "r": 10, "t": 10, "b": 30},
                      yaxis={"title": "QA score", "range": [0, 100]},
                      legend={"orientation": "h"})
    return fig


def report_view(r: CoachingReport) -> Any:
    examples = []
    for e in r.examples:
        def links(calls: Any) -> list[Any]:
            return [html.A(f"{c.call_id[:10]}… ({c.agent_id})",
                           href=f"/calls/{c.call_id}" + (f"?t={c.at_s:.1f}" if c.at_s else ""),
                           className="me-2 small") for c in calls]
        examples.append(html.Li([html.B(e.criterion), ": the agent's worst ",
                                 *links(e.worst), " · the team's best ", *links(e.best)]))
    sessions = [html.Tr([html.Td(str(b.session.held_on)), html.Td(b.session.coach),
                         html.Td(b.criterion), html.Td(f"{_pct(b.before.rate)} "
                                                       f"({b.before.total})"),
                         html.Td(f"{_pct(b.after.rate)} ({b.after.total})"),
                         html.Td("-" if b.change is None else f"{b.change:+.0%}")])
                for b in r.before_after]
    return html.Div([
        html.H5(f"{r.agent_name or r.agent_id} ({r.agent_id}) · team {r.team or '-'} · "
                f"{r.period}"),
        html.P(f"Significance: {r.test}.", className="small text-muted"),
        html.H6("Training needs"), _needs_table(r.needs, "coaching-needs"),
        html.H6("Trend (QA score by week; dashed lines: coaching sessions)"),
        dcc.Graph(figure=trend_figure(r), id="coaching-trend",
                  config={"displayModeBar": False}),
        html.H6("Example calls"), html.Ul(examples or [html.Li("No training need.")],
                                          id="coaching-examples"),
        html.H6(["Angry-caller handling (", str(r.angry.calls), " calls) ",
                 dbc.Badge("flagged", color="danger") if r.angry.flagged else ""]),
        _needs_table(r.angry.aspects, "coaching-angry"),
        html.H6("Coaching sessions: before / after"),
        dbc.Table([html.Thead(html.Tr([html.Th(x) for x in (
            "Held on", "Coach", "Criterion", "Before", "After", "Change")])),
            html.Tbody(sessions)], size="sm", id="coaching-sessions") if sessions else
        html.P("No coaching sessions recorded.", className="text-muted"),
    ])


@guarded_layout(__name__)
def layout(agent: str | None = None, period: str | None = None, **_: Any) -> Any:
    user = current()
    assert user is not None
    opts = filter_options(store(), user.scope)
    return html.Div([
        html.H4("Coaching"),
        dbc.Row([
            dbc.Col(dcc.Dropdown(id="coaching-agent", value=agent, placeholder="agent",
                                 options=[{"label": f"{n} ({a})", "value": a}
                                          for a, n in opts.agents]), md=4),
            dbc.Col(dbc.Input(id="coaching-period", value=period or f"{dt.date.today():%Y-%m}",
                              placeholder="2026-11"), md=2),
            dbc.Col(dbc.Button("Show", id="coaching-show", color="primary"), md=1),
        ], className="mb-3"),
        html.Div(id="coaching-body"),
        dbc.Card(dbc.CardBody([
            html.H6("Record a coaching session"),
            dbc.Row([
                dbc.Col(dcc.DatePickerSingle(id="coaching-held-on",
                                             date=dt.date.today().isoformat()), md=3),
                dbc.Col(dbc.Input(id="coaching-criteria",
                                  placeholder="criteria, comma separated"), md=4),
                dbc.Col(dbc.Input(id="coaching-notes", placeholder="notes"), md=3),
                dbc.Col(dbc.Button("Save", id="coaching-save", color="secondary"), md=2),
            ]),
            html.Div(id="coaching-saved", className="mt-2"),
        ]), className="mt-3"),
    ])


@callback(Output("coaching-body", "children"), Input("coaching-show", "n_clicks"),
          State("coaching-agent", "value"), State("coaching-period", "value"),
          prevent_initial_call=True)
@guarded("coaching.view")
def show(n: int | None, agent: str | None, period: str | None) -> Any:
    if not n or not agent or not period:
        raise PreventUpdate
    user = current()
    assert user is not None
    try:
        report = coaching_report(db_path(), agent, period)
    except AqmError as e:
        return dbc.Alert(str(e), color="warning")
    if user.scope.team is not None and report.team != user.scope.team:
        return dbc.Alert("You may not coach this agent.", color="danger")
    return report_view(report)


@callback(Output("coaching-saved", "children"), Input("coaching-save", "n_clicks"),
          State("coaching-agent", "value"), State("coaching-held-on", "date"),
          State("coaching-criteria", "value"), State("coaching-notes", "value"),
          prevent_initial_call=True)
@guarded("coaching.view")
def save(n: int | None, agent: str | None, held_on: str | None, criteria: str | None,
         notes: str | None) -> Any:
    if not n:
        raise PreventUpdate
    user = current()
    assert user is not None
    try:
        if not agent or not held_on:
            raise ValueError("pick an agent and a date")
        if str(agent) not in {a for a, _ in filter_options(store(), user.scope).agents}:
            return dbc.Alert("You may not coach this agent.", color="danger")
        session = record_session(db_path(), user, agent, dt.date.fromisoformat(held_on[:10]),
                                 [c.strip() for c in (criteria or "").split(",") if c.strip()],
                                 notes or "")
    except (AqmError, ValueError) as e:
        return dbc.Alert(str(e), color="danger")
    return dbc.Alert(f"Session {session.session_id} saved.", color="success",
                     id="coaching-session-saved")
