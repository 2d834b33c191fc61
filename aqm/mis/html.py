"""The report as one self-contained HTML page: the tables (formatted as on screen) and the
interactive plotly charts, with plotly.js embedded once (works offline, no CDN)."""

from __future__ import annotations

import html

from aqm.mis import kpis as K
from aqm.mis.charts import report_figures
from aqm.mis.report import MisReport, Table

CSS = """
body{font-family:"DejaVu Sans",Arial,sans-serif;margin:24px;color:#222}
h1{font-size:22px;margin:0 0 4px} h2{font-size:16px;margin:24px 0 6px}
p.meta{color:#555;font-size:13px;margin:2px 0}
table{border-collapse:collapse;font-size:12px;margin:4px 0 12px}
th{background:#dce6f1;text-align:left;position:sticky;top:0}
th,td{border:1px solid #c8ced8;padding:3px 6px} td.n{text-align:right}
tr:nth-child(even) td{background:#f4f6f9} .up{color:#1b7f3b} .down{color:#b3261e}
"""


def _cell(unit: str, value: object) -> str:
    text = html.escape(K.display(unit, value))  # type: ignore[arg-type]
    return f'<td class="n">{text}</td>' if not isinstance(value, str) else f"<td>{text}</td>"


def table_html(table: Table) -> str:
    """One report table as an HTML table (the values as the PDF shows them)."""
    head = "".join(f"<th>{html.escape(c.label)}</th>" for c in table.columns)
    body = []
    for i, row in enumerate(table.rows):
        unit_row = table.row_units[i] if table.row_units else None
        cells = []
        for col, value in zip(table.columns, row, strict=True):
            unit = unit_row if col.unit == "value" and unit_row else col.unit
            cells.append(_cell(unit, value))
        body.append("<tr>" + "".join(cells) + "</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def render_html(report: MisReport, charts: bool = True) -> str:
    about = {str(r[0]): str(r[1]) for r in report.about.rows}
    parts = [f"<!doctype html><html><head><meta charset='utf-8'><title>MIS report "
             f"{html.escape(report.period.label)}</title><style>{CSS}</style></head><body>",
             f"<h1>MIS report {html.escape(report.period.label)}</h1>"]
    for key in ("Period", "Previous period", "Time zone", "Grouped by", "Filters",
                "Generated (UTC)", "Convention"):
        parts.append(f"<p class='meta'>{html.escape(key)}: {html.escape(about[key])}</p>")
    parts += ["<h2>Summary</h2>", table_html(report.summary)]
    if charts:
        first = True
        for chart in report_figures(report):
            parts.append(chart.figure.to_html(full_html=False, include_plotlyjs=first,
                                              config={"displaylogo": False}))
            first = False
    for table in report.tables()[1:]:
        if table.name == "about":
            continue
        parts += [f"<h2>{html.escape(table.title)}</h2>", table_html(table)]
    parts.append("</body></html>")
    return "\n".join(parts)
