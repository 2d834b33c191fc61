"""The report as an Excel workbook (xlsxwriter): one formatted sheet per report table (the
same cells as the CSV files: header row, then values, no merged titles), frozen header and
label columns, autofilter, number formats by unit, and a Charts sheet with native Excel
charts over those sheets."""

from __future__ import annotations

from pathlib import Path
from typing import IO, Any

import xlsxwriter

from aqm.mis.report import ALL_LABEL, MisReport, Table

NUMBER_FORMATS = {"count": "#,##0", "seconds": "#,##0.0", "rate": "0.0%", "score": "0.0",
                  "polarity": "+0.00;-0.00;0.00", "number": "0.00"}
MAX_WIDTH = 60
CHART_BARS = 25


def sheet_name(table: Table) -> str:
    return table.name.capitalize()


def _width(table: Table, i: int) -> float:
    longest = max([len(str(r[i])) for r in table.rows if r[i] is not None]
                  + [len(table.columns[i].label)])
    return min(MAX_WIDTH, max(9, longest * 1.1 + 2))


def _write_table(book: Any, table: Table, fmts: dict[str, Any]) -> Any:
    ws = book.add_worksheet(sheet_name(table))
    ws.write_row(0, 0, [c.label for c in table.columns], fmts["header"])
    for j, col in enumerate(table.columns):
        ws.set_column(j, j, _width(table, j), fmts.get(col.unit))
    for i, row in enumerate(table.rows, start=1):
        unit_row = table.row_units[i - 1] if table.row_units else None
        for j, (col, value) in enumerate(zip(table.columns, row, strict=True)):
            unit = unit_row if col.unit == "value" and unit_row else col.unit
            if value is None:
                continue
            if isinstance(value, str):
                ws.write_string(i, j, value)
            else:
                ws.write_number(i, j, value, fmts.get(unit))
    ws.freeze_panes(1, table.keys)
    if table.rows:
        ws.autofilter(0, 0, len(table.rows), len(table.columns) - 1)
    return ws


def _index(table: Table, key: str) -> int:
    return [c.key for c in table.columns].index(key)


def _series(table: Table, key: str, first: int, last: int, **kw: Any) -> dict[str, Any]:
    j = _index(table, key)
    name = sheet_name(table)
    out = {"name": [name, 0, j], "categories": [name, first, 0, last, 0],
           "values": [name, first, j, last, j]}
    out.update(kw)
    return out


def _charts(book: Any, report: MisReport) -> None:
    ws = book.add_worksheet("Charts")
    t = report.trend
    n = len(t.rows)
    placed = 0

    def place(chart: Any) -> None:
        nonlocal placed
        chart.set_size({"width": 760, "height": 340})
        ws.insert_chart(1 + 18 * (placed // 2), 1 + 13 * (placed % 2), chart)
        placed += 1

    if n:
        vol = book.add_chart({"type": "column", "subtype": "stacked"})
        vol.add_series(_series(t, "answered", 1, n, fill={"color": "#2A6F97"}))
        vol.add_series(_series(t, "abandoned", 1, n, fill={"color": "#E07A5F"}))
        sl = book.add_chart({"type": "line"})
        sl.add_series(_series(t, "service_level", 1, n, y2_axis=True,
                              line={"color": "#3D405B"}))
        vol.combine(sl)
        vol.set_title({"name": f"Inbound calls and service level by {report.grain}"})
        vol.set_y_axis({"name": "calls"})
        sl.set_y2_axis({"name": "service level", "num_format": "0%"})
        vol.set_legend({"position": "bottom"})
        place(vol)
        times = book.add_chart({"type": "line"})
        times.add_series(_series(t, "aht_s", 1, n, line={"color": "#81B29A"}))
        times.add_series(_series(t, "asa_s", 1, n, line={"color": "#F2CC8F"}))
        times.set_title({"name": f"AHT and ASA by {report.grain} (s)"})
        times.set_legend({"position": "bottom"})
        place(times)
    b = report.breakdown
    if b is not None and b.rows:
        k = min(len(b.rows), CHART_BARS)
        bar = book.add_chart({"type": "bar"})
        bar.add_series(_series(b, "volume_in", 1, k, fill={"color": "#2A6F97"}))
        bar.set_title({"name": f"Inbound calls by {', '.join(report.request.by)}"
                       + (f" (first {k})" if k < len(b.rows) else "")})
        bar.set_legend({"none": True})
        place(bar)
    for table, key in ((report.compliance, "compliance_rate"), (report.categories, "share")):
        totals = sum(1 for r in table.rows if all(v == ALL_LABEL for v in r[1:table.keys]))
        if not totals:  # the totals ("(all)") rows come first
            continue
        last = min(totals, CHART_BARS)
        col = book.add_chart({"type": "column"})
        col.add_series(_series(table, key, 1, last, fill={"color": "#2A6F97"}))
        col.set_title({"name": table.title})
        col.set_y_axis({"num_format": "0%", "min": 0})
        col.set_legend({"none": True})
        place(col)


def write_xlsx(report: MisReport, target: str | Path | IO[bytes]) -> None:
    """Write the workbook to a path or a binary file object."""
    book = xlsxwriter.Workbook(target if not isinstance(target, Path) else str(target),
                               {"in_memory": True, "strings_to_numbers": False,
                                "strings_to_formulas": False, "strings_to_urls": False})
    fmts: dict[str, Any] = {u: book.add_format({"num_format": f})
                            for u, f in NUMBER_FORMATS.items()}
    fmts["header"] = book.add_format({"bold": True, "bg_color": "#DCE6F1", "border": 1,
                                      "text_wrap": True, "valign": "top"})
    book.set_properties({"title": f"MIS report {report.period.label}", "author": "aqm"})
    for table in report.tables():
        _write_table(book, table, fmts)
    _charts(book, report)
    book.close()
