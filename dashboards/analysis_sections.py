"""Call page sections: the sentiment timeline (per speaker, on the call's time axis, anger
and frustration moments marked) and the compliance results with their evidence (each time
is a link that plays the audio from there: ``data-seek``, see ``assets/transcript.js``)."""

from __future__ import annotations

from typing import Any

import dash_bootstrap_components as dbc
import plotly.graph_objects as go
from dash import dcc, html

from aqm.auth import User
from aqm.store.qa_views import CallQa, call_qa
from aqm.store.queries import CallView
from dashboards.sections import call_section
from dashboards.security import store

SPEAKER_COLORS = {"agent": "#0d6efd", "customer": "#198754", "unknown": "#6c757d"}
STATUS_COLORS = {"pass": "success", "fail": "danger", "not_applicable": "secondary"}


def clock(seconds: float | None) -> str:
    s = max(0, int(seconds or 0))
    return f"{s // 60}:{s % 60:02d}"


def seek_link(start: float | None, text: str | None = None, end: float | None = None) -> Any:
    """A link that plays the call from ``start``."""
    attrs = {"data-seek": f"{float(start or 0):.2f}"}
    label = text or (clock(start) + (f"–{clock(end)}" if end is not None else ""))
    return html.A(label, href="#", className="aqm-seek me-2", **attrs)  # type: ignore[arg-type]


def qa_of(view: CallView) -> CallQa:
    """The call's QA data, read once per request for all the sections."""
    import flask

    cache = flask.g.setdefault("aqm_call_qa", {})
    key = view.header.call_id
    if key not in cache:
        cache[key] = call_qa(store(), key)
    return cache[key]


def sentiment_figure(qa: CallQa, duration_s: float) -> go.Figure:
    """Each segment's polarity (-1..1) at its middle, one line per speaker; moments as
    markers."""
    fig = go.Figure()
    speakers = sorted({p.speaker or "unknown" for p in qa.points if p.kind == "segment"})
    for who in speakers:
        pts = [p for p in qa.points if p.kind == "segment" and (p.speaker or "unknown") == who]
        fig.add_trace(go.Scatter(
            x=[((p.start_s or 0) + (p.end_s or 0)) / 2 for p in pts], y=[p.value for p in pts],
            mode="lines+markers", name=who, line={"shape": "hv", "width": 2},
            marker={"color": SPEAKER_COLORS.get(who, "#6c757d")},
            text=[f"{who} {clock(p.start_s)} {p.label}" for p in pts],
            hovertemplate="%{text}<br>polarity %{y:.2f}<extra></extra>"))
    moments = [p for p in qa.points if p.kind in ("anger", "frustration")]
    if moments:
        fig.add_trace(go.Scatter(
            x=[p.start_s for p in moments], y=[p.value for p in moments], mode="markers",
            name="moments", marker={"symbol": "x", "size": 12, "color": "#dc3545"},
            text=[f"{p.kind} ({p.speaker}) {clock(p.start_s)}" for p in moments],
            hovertemplate="%{text}<extra></extra>"))
    fig.update_layout(
        height=200, margin={"l": 90, "r": 10, "t": 10, "b": 30}, legend={"orientation": "h"},
        xaxis={"range": [0, duration_s], "ticksuffix": " s", "showgrid": True},
        yaxis={"range": [-1.05, 1.05], "title": "polarity", "fixedrange": True,
               "zeroline": True},
        plot_bgcolor="#f8f9fa", paper_bgcolor="white")
    return fig


@call_section("Sentiment", order=20)
def sentiment_section(view: CallView, user: User, params: dict[str, str]) -> Any:
    qa = qa_of(view)
    if qa.sentiment is None:
        return None
    rows = []
    for who, s in qa.sentiment.get("speakers", {}).items():
        worst = s.get("most_negative")
        rows.append(html.Tr([
            html.Td(who), html.Td(f"{s['start']['label']} ({s['start']['polarity']:+.2f})"),
            html.Td(f"{s['end']['label']} ({s['end']['polarity']:+.2f})"), html.Td(s["trend"]),
            html.Td(seek_link(worst["start_s"]) if worst else "-")]))
    ended = qa.sentiment.get("customer_ended_negative")
    return html.Div([
        dcc.Graph(id="call-sentiment", figure=sentiment_figure(qa, view.header.duration_s),
                  config={"displayModeBar": False}, style={"height": "200px"}),
        dbc.Table([html.Thead(html.Tr([html.Th(x) for x in (
            "Speaker", "Start", "End", "Trend", "Most negative")])), html.Tbody(rows)],
            size="sm", id="call-sentiment-table"),
        html.P("The customer ended negative." if ended else
               ("The customer did not end negative." if ended is False else
                "No customer side (mono call)."), className="small text-muted"),
    ])


@call_section("Compliance", order=30)
def compliance_section(view: CallView, user: User, params: dict[str, str]) -> Any:
    if params.get("calibration"):
        return None  # blind scoring: the machine's rule results would give answers away
    qa = qa_of(view)
    if qa.compliance is None:
        return None
    rows = []
    for r in qa.compliance.get("rules", []):
        evidence = [seek_link(e["start"], end=e["end"]) for e in r.get("evidence", [])
                    if e.get("start") is not None]
        rows.append(html.Tr([
            html.Td(f"{r['file']}/{r['rule']}"),
            html.Td(dbc.Badge(r["status"].replace("_", " "),
                              color=STATUS_COLORS.get(r["status"], "secondary"))),
            html.Td(r.get("severity") or ""), html.Td(r.get("reason") or "",
                                                       className="small"),
            html.Td(evidence or "-")]))
    cats = [dbc.Badge(c["category"], color="info", className="me-1") for c in qa.categories]
    return html.Div([
        html.Div(cats or html.Span("No call driver found.", className="text-muted small"),
                 id="call-categories", className="mb-2"),
        dbc.Table([html.Thead(html.Tr([html.Th(x) for x in (
            "Rule", "Status", "Severity", "Why", "Evidence")])), html.Tbody(rows)],
            size="sm", striped=True, id="call-compliance"),
    ])
