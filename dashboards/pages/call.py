"""Call page: the redacted audio, the transcript by speaker (click a word to play from it; the
playing word is highlighted: ``assets/transcript.js``), the talk/silence/overtalk strip on
the call's time axis, metrics and the redactions list (entity and times only).

Opening it is a transcript view and is audited. The page's data comes from one
``queries.call_view`` read; the audio from ``/audio/<call_id>`` (``dashboards/media.py``).
Later features add sections through ``dashboards.sections.call_section``.
"""

from __future__ import annotations

from typing import Any

import dash
import dash_bootstrap_components as dbc
import plotly.graph_objects as go
from dash import Input, Output, clientside_callback, dcc, html

from aqm import auth
from aqm.store import queries as q
from aqm.types import Metric
from dashboards.sections import CALL_SECTIONS
from dashboards.security import current, db_path, guarded_layout, message, store

dash.register_page(__name__, path_template="/calls/<call_id>", title="aqm: call",
                   name="Call", permission="calls.view", call_param="call_id",
                   top_nav=False)

LANES = ("agent", "customer", "speaker", "silence", "overtalk", "hold", "interruption",
         "raised voice", "redacted")
COLORS = {"agent": "#0d6efd", "customer": "#198754", "speaker": "#6c757d",
          "silence": "#adb5bd", "overtalk": "#dc3545", "hold": "#fd7e14",
          "interruption": "#d63384", "raised voice": "#6f42c1", "redacted": "#212529"}
EVENT_LANES = {"silence": "silence", "overtalk": "overtalk", "hold": "hold",
               "hold_music": "hold", "interruption": "interruption",
               "raised_voice": "raised voice"}
LABELS = {
    "duration_s": "Duration", "talk_s": "Talk", "non_talk_s": "Not talking",
    "talk_ratio": "Agent talk ratio", "longest_silence_s": "Longest silence",
    "silence_count": "Silences", "overtalk_s": "Overtalk", "overtalk_count": "Overtalks",
    "interruption_count": "Interruptions", "response_latency_mean_s": "Response latency (mean)",
    "response_latency_max_s": "Response latency (max)", "hold_count": "Holds",
    "hold_s": "Hold time", "speaking_rate_wpm": "Speaking rate", "rms_dbfs": "Level",
    "peak_dbfs": "Peak", "clipping_ratio": "Clipping", "raised_voice_count": "Raised voice",
    "turn_count": "Turns", "word_count": "Words",
}


def _clock(seconds: float) -> str:
    s = max(0, int(seconds))
    return f"{s // 60}:{s % 60:02d}"


def _value(m: Metric) -> str:
    if m.unit == "ratio":
        return f"{m.value:.0%}" if m.name == "talk_ratio" else f"{m.value:.3f}"
    if m.unit == "count":
        return str(int(m.value))
    if m.unit == "s":
        return f"{m.value:.1f} s"
    return f"{m.value:.1f} {m.unit}"


def strip_figure(view: q.CallView) -> go.Figure:
    """Speech per speaker, silences, overtalk, holds, interruptions, raised voice and redacted
    stretches as bars on the call's time axis (seconds)."""
    bars: dict[str, list[tuple[float, float, str]]] = {lane: [] for lane in LANES}
    separated = any(s.speaker != "unknown" for s in view.segments)
    for s in view.segments:
        lane: str = s.speaker if separated and s.speaker in ("agent", "customer") else "speaker"
        bars[lane].append((s.start_s, s.end_s, f"{s.speaker} {_clock(s.start_s)}"))
    for e in view.events:
        event_lane = EVENT_LANES.get(e.name)
        if event_lane and e.start_s is not None and e.end_s is not None:
            who = f" ({e.speaker})" if e.speaker else ""
            bars[event_lane].append((e.start_s, max(e.end_s, e.start_s + 0.15),
                               f"{e.name}{who} {e.end_s - e.start_s:.1f} s"))
    for r in view.redactions:
        bars["redacted"].append((r.start_s, r.end_s, f"{r.entity} ({r.speaker})"))
    lanes = [lane for lane in LANES if bars[lane] or lane in ("silence", "overtalk")]
    fig = go.Figure()
    for lane in lanes:
        items = bars[lane]
        fig.add_trace(go.Bar(
            y=[lane] * len(items), x=[b - a for a, b, _ in items], base=[a for a, _, _ in items],
            orientation="h", name=lane, marker_color=COLORS[lane], text=[t for *_, t in items],
            hovertemplate="%{text}<br>%{base:.1f}–%{x:.1f} s<extra></extra>",
            textposition="none", showlegend=False))
    fig.update_layout(
        barmode="overlay", height=60 + 28 * len(lanes), margin={"l": 90, "r": 10, "t": 10,
                                                                "b": 30},
        xaxis={"title": None, "range": [0, view.header.duration_s], "ticksuffix": " s",
               "showgrid": True, "zeroline": False},
        yaxis={"categoryorder": "array", "categoryarray": list(reversed(lanes)),
               "fixedrange": True},
        plot_bgcolor="#f8f9fa", paper_bgcolor="white", bargap=0.25)
    return fig


def _seek(start: float, end: float | None = None) -> Any:
    """``data-*`` attributes read by ``assets/transcript.js`` (typed Any for Dash's stubs)."""
    attrs = {"data-seek": f"{start:.2f}"}
    if end is not None:
        attrs.update({"data-start": f"{start:.2f}", "data-end": f"{end:.2f}"})
    return attrs


def _transcript(view: q.CallView) -> Any:
    if not view.segments:
        return html.P("No speech was transcribed in this call.", className="text-muted")
    rows = []
    for i, s in enumerate(view.segments):
        if s.words:
            words: list[Any] = []
            for w in s.words:
                text = w.text.strip()
                words.append(html.Span(text, className="aqm-word" + (
                    " aqm-redacted" if text.startswith("[") else ""),
                    **_seek(w.start_s, w.end_s)))
                words.append(" ")
        else:
            words = [html.Span(s.text, className="aqm-word", **_seek(s.start_s, s.end_s))]
        rows.append(html.Div([
            html.Div([
                html.Span(s.speaker, className=f"badge aqm-badge-{s.speaker} me-2"),
                html.A(_clock(s.start_s), href="#", className="aqm-time small",
                       **_seek(s.start_s)),
            ], className="aqm-seg-head"),
            html.Div(words, className="aqm-seg-text"),
        ], className=f"aqm-seg aqm-seg-{s.speaker}", id=f"call-seg-{i}"))
    return html.Div(rows, id="call-transcript", className="aqm-transcript")


def _metrics(view: q.CallView) -> Any:
    order = {name: i for i, name in enumerate(LABELS)}
    call_level = sorted((m for m in view.metrics if m.speaker is None),
                        key=lambda m: (order.get(m.name, len(order)), m.name))
    by_speaker: dict[str, dict[str, Metric]] = {}
    for m in view.metrics:
        if m.speaker is not None:
            by_speaker.setdefault(m.speaker, {})[m.name] = m
    table = dbc.Table([html.Tbody([
        html.Tr([html.Th(LABELS.get(m.name, m.name), className="fw-normal"),
                 html.Td(_value(m), className="text-end")]) for m in call_level])],
        size="sm", striped=True, className="mb-2", id="call-metrics")
    if not by_speaker:
        return table
    speakers = sorted(by_speaker)
    names = [n for n in LABELS if any(n in by_speaker[s] for s in speakers)]
    side = dbc.Table([
        html.Thead(html.Tr([html.Th("")] + [html.Th(s, className="text-end") for s in speakers])),
        html.Tbody([html.Tr([html.Th(LABELS.get(n, n), className="fw-normal")] + [
            html.Td(_value(by_speaker[s][n]) if n in by_speaker[s] else "",
                    className="text-end") for s in speakers]) for n in names])],
        size="sm", striped=True, id="call-speaker-metrics")
    return html.Div([table, side])


def _redactions(view: q.CallView) -> Any:
    if not view.redactions:
        return html.P("Nothing was redacted.", className="text-muted", id="call-redactions")
    return dbc.Table([
        html.Thead(html.Tr([html.Th("Entity"), html.Th("Speaker"), html.Th("From"),
                            html.Th("To")])),
        html.Tbody([html.Tr([
            html.Td(html.A(r.entity, href="#", **_seek(r.start_s))),
            html.Td(r.speaker), html.Td(_clock(r.start_s)), html.Td(_clock(r.end_s))])
            for r in view.redactions])], size="sm", id="call-redactions")


def _header(h: q.CallHeader) -> Any:
    items = [("Agent", f"{h.agent_name or '-'} ({h.agent_id or '-'})"), ("Team", h.team),
             ("Queue", h.queue), ("Direction", h.direction),
             ("Started (UTC)", h.started_at.strftime("%Y-%m-%d %H:%M") if h.started_at else None),
             ("Duration", _clock(h.duration_s)), ("Language", h.language)]
    return html.Dl([x for k, v in items for x in (html.Dt(k, className="col-5"),
                                                  html.Dd(v or "-", className="col-7"))],
                   className="row mb-0 small", id="call-header")


def _start_at(value: Any) -> float | None:
    try:
        t = float(value)
    except (TypeError, ValueError):
        return None
    return t if 0 < t < 86_400 else None


@guarded_layout(__name__)
def layout(call_id: str | None = None, **params: Any) -> Any:
    user = current()
    assert user is not None and call_id is not None
    view = q.call_view(store(), call_id)
    if view is None:
        return message("Not found", "There is no such call.", "secondary")
    start = _start_at(params.get("t"))  # ?t=SECONDS: open at that moment (media fragment)
    player = html.Audio(id="call-audio", src=f"/audio/{call_id}" + (
        f"#t={start:.2f}" if start else ""), controls=True,
        preload="metadata" if start else "none", className="w-100") \
        if view.header.has_audio else \
        html.P("No redacted audio is stored for this call.", className="text-muted")
    sections = [html.Div([html.H5(s.title), body], className="mt-3",
                         id=f"call-section-{s.title.lower().replace(' ', '-')}")
                for s in CALL_SECTIONS
                if (body := s.build(view, user, {k: str(v) for k, v in params.items()}))
                is not None]
    # written once the page's reads are done, so that they share one connection (see
    # Store.reading) and the write opens the file once more, not twice
    auth.audit(db_path(), user, "transcript_view", call_id=call_id)
    return html.Div([
        html.H4(["Call ", html.Code(call_id, id="call-id")], className="mb-3"),
        dbc.Row([
            dbc.Col([
                html.Div(player, className="aqm-player"),
                dcc.Graph(id="call-strip", figure=(fig := strip_figure(view)),
                          config={"displayModeBar": False},
                          style={"height": f"{fig.layout.height}px"}, className="mb-2"),
                html.H5("Transcript"),
                _transcript(view),
                *sections,
            ], lg=8),
            dbc.Col([
                dbc.Card(dbc.CardBody(_header(view.header)), className="mb-3"),
                html.H5("Metrics"), _metrics(view),
                html.H5("Redactions", className="mt-3"), _redactions(view),
            ], lg=4),
        ]),
        dcc.Store(id="call-seek"),
    ])


clientside_callback(
    """
    function (click) {
        var pt = click && click.points && click.points[0];
        var audio = document.getElementById("call-audio");
        if (!pt || !audio) { return window.dash_clientside.no_update; }
        audio.currentTime = pt.base || 0;
        return pt.base || 0;
    }
    """,
    Output("call-seek", "data"),
    Input("call-strip", "clickData"),
    prevent_initial_call=True,
)
