"""Calibration: sessions where several reviewers score the same calls blind. Reviewers open
each call with ``?calibration=<session>`` (the call page then hides the machine's answers
and the rule results); QA leads open sessions and read the agreement report
(``aqm.scoring.calibration``), which reviewers do not see."""

from __future__ import annotations

from typing import Any

import dash
import dash_bootstrap_components as dbc
from dash import Input, Output, State, callback, dcc, html
from dash.exceptions import PreventUpdate

from aqm import auth
from aqm.errors import AqmError
from aqm.scoring.calibration import CalibrationReport, calibration_report, create_session
from aqm.store.qa_views import session_rows
from aqm.store.sampling import get_session
from dashboards.security import current, db_path, guarded, guarded_layout, store

dash.register_page(__name__, path="/calibration", title="aqm: calibration",
                   name="Calibration", permission="calibration.join", top_nav=True,
                   nav_order=4)


def _f(x: float | None) -> str:
    return "-" if x is None else f"{x:.2f}"


def report_view(report: CalibrationReport) -> Any:
    q_rows = [html.Tr([html.Td(q.question_id), html.Td(q.calls), html.Td(_f(q.people_agreement)),
                       html.Td(_f(q.fleiss_kappa)), html.Td(_f(q.calibrator_agreement)),
                       html.Td(_f(q.machine_agreement)), html.Td(_f(q.machine_kappa))])
              for q in report.questions]
    d_rows = [html.Tr([html.Td(d.reviewer), html.Td(d.calls), html.Td(_f(d.mean_score_diff)),
                       html.Td(_f(d.mean_abs_score_diff)), html.Td(_f(d.disagreement))])
              for d in report.deviations]
    return html.Div([
        dbc.Table([html.Thead(html.Tr([html.Th(x) for x in (
            "Question", "Calls", "People agree", "Fleiss kappa", "Agree with calibrator",
            "Machine agrees", "Machine kappa")])), html.Tbody(q_rows)], size="sm",
            id="calibration-questions"),
        dbc.Table([html.Thead(html.Tr([html.Th(x) for x in (
            "Reviewer", "Calls", "Score diff", "Abs score diff",
            "Answers unlike calibrator")])), html.Tbody(d_rows)], size="sm",
            id="calibration-reviewers"),
    ])


def _sessions(lead: bool) -> Any:
    rows = session_rows(store())
    if not rows:
        return html.P("No calibration sessions yet.", className="text-muted")
    items = []
    for s in rows:
        session = get_session(store(), s.session_id)
        calls = [html.A(c, href=f"/calls/{c}?calibration={s.session_id}",
                        className="me-2 small") for c in (session.call_ids if session else ())]
        body: list[Any] = [html.P([f"form {s.form_id} · calibrator {s.calibrator} · "
                                   f"{s.calls} calls · {s.reviews} reviews · score blind: ",
                                   *calls])]
        if lead:
            try:
                body.append(report_view(calibration_report(db_path(), s.session_id)))
            except AqmError as e:
                body.append(dbc.Alert(str(e), color="danger"))
        items.append(dbc.AccordionItem(body, title=f"{s.name} ({s.session_id})",
                                       item_id=s.session_id))
    return dbc.Accordion(items, id="calibration-sessions", always_open=True,
                         active_item=[rows[0].session_id])


@guarded_layout(__name__)
def layout(**_: Any) -> Any:
    user = current()
    assert user is not None
    lead = user.can("disputes.resolve")
    parts: list[Any] = [html.H4("Calibration")]
    if lead:
        raters = [u.username for u in auth.list_users(db_path())
                  if u.can("calibration.join")]
        parts.append(dbc.Card(dbc.CardBody([
            html.H6("New session"),
            dbc.Row([
                dbc.Col(dbc.Input(id="calibration-name", placeholder="name"), md=3),
                dbc.Col(dbc.Input(id="calibration-form", placeholder="form id",
                                  value="inbound_qa"), md=2),
                dbc.Col(dcc.Dropdown(id="calibration-calibrator", options=raters,
                                     placeholder="calibrator"), md=2),
                dbc.Col(dbc.Textarea(id="calibration-calls",
                                     placeholder="call ids, one per line"), md=4),
                dbc.Col(dbc.Button("Open", id="calibration-create", color="primary"), md=1),
            ]),
            html.Div(id="calibration-result", className="mt-2"),
        ]), className="mb-3"))
    parts.append(html.Div(_sessions(lead), id="calibration-body"))
    return html.Div(parts)


@callback(
    Output("calibration-result", "children"), Output("calibration-body", "children"),
    Input("calibration-create", "n_clicks"),
    State("calibration-name", "value"), State("calibration-form", "value"),
    State("calibration-calibrator", "value"), State("calibration-calls", "value"),
    prevent_initial_call=True,
)
@guarded("disputes.resolve")
def create(n: int | None, name: str | None, form: str | None, calibrator: str | None,
           calls: str | None) -> tuple[Any, Any]:
    if not n:
        raise PreventUpdate
    user = current()
    assert user is not None
    ids = [c.strip() for c in (calls or "").split() if c.strip()]
    try:
        s = create_session(db_path(), user, name or "", ids, form or "", calibrator or "")
    except AqmError as e:
        return dbc.Alert(str(e), color="danger", id="calibration-error"), dash.no_update
    return (dbc.Alert(f"Session {s.session_id} opened on {len(s.call_ids)} calls.",
                      color="success", id="calibration-opened"), _sessions(True))
