"""MIS: phone-system (ACD) records, KPI definitions and daily / weekly / monthly / yearly
reports (xlsx, csv, pdf, html), computed by DuckDB.

The app's MIS page and ``aqm report`` call the same functions:

- ``build_report(db, ReportRequest(period="2026-11", by=("team", "queue"), tz=...))`` →
  ``MisReport`` (summary with the previous period, breakdown, trend, compliance per rule,
  top call drivers; every table a ``Table`` of rounded values);
- ``report_figures(report)`` → the plotly figures (the same in the PDF and HTML);
- ``render_report(report, fmt)`` → bytes of xlsx, pdf or html (csv: a zip of the tables),
  ``write_report(report, fmt, out)`` → files.
"""

from __future__ import annotations

from aqm.mis.acd import AcdImportOptions, AcdImportReport, import_acd
from aqm.mis.charts import Chart, report_figures
from aqm.mis.kpis import KPIS, Kpi
from aqm.mis.periods import Period, parse_period
from aqm.mis.report import Column, MisReport, ReportRequest, Table, build_report
from aqm.mis.reports import FORMATS, ReportFiles, render_report, write_report

__all__ = ["FORMATS", "KPIS", "AcdImportOptions", "AcdImportReport", "Chart", "Column", "Kpi",
           "MisReport", "Period", "ReportFiles", "ReportRequest", "Table", "build_report",
           "import_acd", "parse_period", "render_report", "report_figures", "write_report"]
