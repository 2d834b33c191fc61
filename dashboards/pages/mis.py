"""MIS: the KPIs of a period beside the previous one, by the chosen dimensions, with the
report's charts and its tables; the export buttons download the same report as xlsx, pdf,
html or csv. The numbers on the page and in the files come from one ``aqm.mis.build_report``
call (``render_report`` renders the files)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import dash
import dash_bootstrap_components as dbc
from dash import Input, Output, State, callback, ctx, dcc, html
from dash.exceptions import PreventUpdate

from aqm.errors import AqmError
from aqm.mis import MisReport, ReportRequest, Table, build_report, render_report, report_figures
from aqm.mis.kpis import display
from dashboards.security import db_path, guarded, guarded_layout

dash.register_page(__name__, path="/mis", title="aqm: MIS", name="MIS",
                   permission="reports.view", top_nav=True, nav_order=6)

DIMENSIONS = ("team", "queue", "agent", "direction", "language")
MIME = {"xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "pdf": "application/pdf", "html": "text/html", "csv": "application/zip"}
MAX_ROWS = 300  # on screen; the files have every row


def table_view(t: Table, id_: str) -> Any:
    units = [c.unit for c in t.columns]
    rows = []
    for r, row in enumerate(t.rows[:MAX_ROWS]):
        cells = []
        for i, value in enumerate(row):
            unit = t.row_units[r] if t.row_units and i >= t.keys else units[i]
            cells.append(html.Td(display(unit, value) if unit != "text" else (value or "–"),
                                 className="text-end" if i >= t.keys else ""))
        rows.append(html.Tr(cells))
    more = [html.P(f"{len(t.rows) - MAX_ROWS} more rows in the files.",
                   className="small text-muted")] if len(t.rows) > MAX_ROWS else []
    return html.Div([html.H6(t.title), dbc.Table(
        [html.Thead(html.Tr([html.Th(c.label) for c in t.columns])), html.Tbody(rows)],
        size="sm", striped=True, responsive=True, id=id_), *more])


def report_view(r: MisReport, charts: bool = True) -> Any:
    graphs = [dcc.Graph(figure=c.figure, id=f"mis-chart-{c.name}",
                        config={"displayModeBar": False}) for c in report_figures(r)] \
        if charts else []
    parts = [html.P(f"{r.period.label} (previous {r.previous.label}), {r.request.tz}; "
                    f"generated {r.generated_at:%Y-%m-%d %H:%M} UTC",
                    className="text-muted small", id="mis-caption"),
             table_view(r.summary, "mis-summary"), *graphs]
    if r.breakdown is not None:
        parts.append(table_view(r.breakdown, "mis-breakdown"))
    parts += [table_view(r.compliance, "mis-compliance"),
              table_view(r.categories, "mis-categories")]
    return html.Div(parts)


@guarded_layout(__name__)
def layout(period: str | None = None, **_: Any) -> Any:
    return html.Div([
        html.H4("MIS reports"),
        dbc.Row([
            dbc.Col([dbc.Label("Period"), dbc.Input(
                id="mis-period", value=period or f"{dt.date.today():%Y-%m}",
                placeholder="2026, 2026-11, 2026-W47, 2026-11-23")], md=2),
            dbc.Col([dbc.Label("By"), dcc.Dropdown(id="mis-by", options=list(DIMENSIONS),
                                                   value=["team"], multi=True)], md=3),
            dbc.Col([dbc.Label("Time zone"), dbc.Input(id="mis-tz", value="UTC")], md=2),
            dbc.Col([dbc.Label("\u00a0"), dbc.Button("Show", id="mis-show", color="primary",
                                                     className="d-block")], md=1),
            dbc.Col([dbc.Label("Export"), dbc.ButtonGroup([
                dbc.Button(f.upper(), id=f"mis-export-{f}", color="secondary",
                           outline=True, size="sm") for f in ("xlsx", "pdf", "html", "csv")],
                className="d-block")], md=4),
        ], className="mb-3"),
        html.Div(id="mis-error"),
        dcc.Loading(html.Div(id="mis-body")),
        dcc.Download(id="mis-download"),
    ])


def _request(period: str | None, by: list[str] | None, tz: str | None) -> ReportRequest:
    return ReportRequest(period=(period or "").strip(), by=tuple(by or ()),
                         tz=(tz or "UTC").strip())


@callback(Output("mis-body", "children"), Output("mis-error", "children"),
          Input("mis-show", "n_clicks"),
          State("mis-period", "value"), State("mis-by", "value"), State("mis-tz", "value"))
@guarded("reports.view")
def show(n: int | None, period: str | None, by: list[str] | None, tz: str | None
         ) -> tuple[Any, Any]:
    if not n:
        raise PreventUpdate
    try:
        report = build_report(db_path(), _request(period, by, tz))
    except AqmError as e:
        return dash.no_update, dbc.Alert(str(e), color="danger", id="mis-failed")
    return report_view(report), None


@callback(Output("mis-download", "data"), Output("mis-error", "children",
                                                  allow_duplicate=True),
          *(Input(f"mis-export-{f}", "n_clicks") for f in ("xlsx", "pdf", "html", "csv")),
          State("mis-period", "value"), State("mis-by", "value"), State("mis-tz", "value"),
          prevent_initial_call=True)
@guarded("reports.view")
def export(*args: Any) -> tuple[Any, Any]:
    trigger = ctx.triggered_id
    if not isinstance(trigger, str) or not any(args[:4]):
        raise PreventUpdate
    fmt = trigger.removeprefix("mis-export-")
    period, by, tz = args[4:]
    try:
        report = build_report(db_path(), _request(period, by, tz))
        data = render_report(report, fmt)
    except AqmError as e:
        return dash.no_update, dbc.Alert(str(e), color="danger", id="mis-failed")
    name = "-".join(("aqm", report.period.label, *report.request.by))
    return (dcc.send_bytes(data, f"{name}.{'zip' if fmt == 'csv' else fmt}", type=MIME[fmt]),
            None)
