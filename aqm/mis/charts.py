"""The report's charts as plotly figures: the same figures go into the PDF (as images), the
HTML report and the app's MIS page. Built only from a ``MisReport``'s tables."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from aqm.mis.report import ALL_LABEL, Cell, MisReport, Table

if TYPE_CHECKING:
    import plotly.graph_objects as go

MAX_BARS = 25
COLOURS = {"answered": "#2a6f97", "abandoned": "#e07a5f", "service_level": "#3d405b",
           "abandon_rate": "#e07a5f", "aht_s": "#81b29a", "asa_s": "#f2cc8f",
           "qa_avg": "#2a6f97", "bars": "#2a6f97"}


@dataclass(frozen=True)
class Chart:
    name: str
    title: str
    figure: go.Figure


def _col(table: Table, key: str) -> list[Cell]:
    return table.column(key)


def _num(value: Cell) -> float:
    return float(value) if isinstance(value, int | float) else 0.0


def _layout(fig: go.Figure, title: str, y_title: str, y2_title: str | None = None) -> None:
    fig.update_layout(title=title, template="plotly_white", height=340,
                      margin={"l": 60, "r": 60, "t": 50, "b": 60},
                      legend={"orientation": "h", "y": -0.18}, font={"size": 12},
                      yaxis={"title": y_title})
    if y2_title:
        fig.update_layout(yaxis2={"title": y2_title, "overlaying": "y", "side": "right",
                                  "tickformat": ".0%", "rangemode": "tozero"})


def _group_labels(table: Table) -> list[str]:
    keys = [c.key for c in table.columns[:table.keys] if c.key != "agent_name"]
    rows = zip(*[table.column(k) for k in keys], strict=True)
    return [" / ".join(str(v) for v in row) for row in rows]


def report_figures(report: MisReport) -> tuple[Chart, ...]:
    """Volume and service level by time bucket, handle and answer times by bucket, the
    breakdown's volume and QA per group, compliance per rule and the top call drivers."""
    import plotly.graph_objects as go

    t = report.trend
    x = [str(v) for v in _col(t, "bucket")]
    charts = []
    fig = go.Figure()
    fig.add_bar(x=x, y=_col(t, "answered"), name="Answered",
                marker_color=COLOURS["answered"])
    fig.add_bar(x=x, y=_col(t, "abandoned"), name="Abandoned",
                marker_color=COLOURS["abandoned"])
    fig.add_scatter(x=x, y=_col(t, "service_level"), name="Service level", yaxis="y2",
                    mode="lines+markers", line={"color": COLOURS["service_level"]})
    fig.update_layout(barmode="stack")
    _layout(fig, f"Inbound calls and service level by {report.grain}", "calls", "service level")
    charts.append(Chart("volume", "Inbound volume and service level", fig))

    fig = go.Figure()
    for key, name in (("aht_s", "AHT"), ("asa_s", "ASA")):
        fig.add_scatter(x=x, y=_col(t, key), name=name, mode="lines+markers",
                        line={"color": COLOURS[key]})
    fig.add_scatter(x=x, y=_col(t, "abandon_rate"), name="Abandonment rate", yaxis="y2",
                    mode="lines", line={"color": COLOURS["abandon_rate"], "dash": "dot"})
    _layout(fig, f"Handle and answer times by {report.grain}", "seconds", "abandonment")
    charts.append(Chart("times", "Handle and answer times", fig))

    fig = go.Figure()
    fig.add_scatter(x=x, y=_col(t, "qa_avg"), name="Avg QA score", mode="lines+markers",
                    line={"color": COLOURS["qa_avg"]})
    fig.add_scatter(x=x, y=_col(t, "ended_negative_rate"), name="Ended negative", yaxis="y2",
                    mode="lines", line={"color": COLOURS["abandoned"], "dash": "dot"})
    _layout(fig, f"Quality and sentiment by {report.grain}", "QA score", "ended negative")
    charts.append(Chart("quality", "Quality and sentiment", fig))

    b = report.breakdown
    if b is not None and b.rows:
        volume = _col(b, "volume_in")
        order = sorted(range(len(b.rows)), key=lambda i: -_num(volume[i]))[:MAX_BARS]
        labels = _group_labels(b)
        fig = go.Figure()
        fig.add_bar(x=[labels[i] for i in order],
                    y=[_col(b, "volume_in")[i] for i in order], name="Inbound calls",
                    marker_color=COLOURS["bars"])
        fig.add_scatter(x=[labels[i] for i in order], y=[_col(b, "qa_avg")[i] for i in order],
                        name="Avg QA score", yaxis="y2", mode="markers",
                        marker={"color": COLOURS["abandoned"], "size": 9})
        _layout(fig, f"Inbound calls and QA by {', '.join(report.request.by)}", "calls")
        fig.update_layout(yaxis2={"title": "QA score", "overlaying": "y", "side": "right",
                                  "range": [0, 100]})
        charts.append(Chart("breakdown", "Breakdown", fig))

    for table, key, title in ((report.compliance, "compliance_rate", "Compliance rate per rule"),
                              (report.categories, "share", "Top call drivers (share of calls)")):
        dims = [c.key for c in table.columns[1:table.keys]]
        rows = [r for r in table.rows if all(r[1 + i] == ALL_LABEL for i in range(len(dims)))]
        rows = rows[:MAX_BARS]
        i = [c.key for c in table.columns].index(key)
        fig = go.Figure(go.Bar(x=[r[0] for r in rows], y=[r[i] for r in rows],
                               marker_color=COLOURS["bars"]))
        _layout(fig, title, "")
        fig.update_layout(yaxis={"tickformat": ".0%", "rangemode": "tozero"})
        charts.append(Chart(table.name, title, fig))
    return tuple(charts)
