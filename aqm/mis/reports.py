"""Writing a ``MisReport`` in a file format: xlsx, csv, pdf or html.

CSV is one plain file per table (``summary.csv``, ``breakdown.csv``, ``trend.csv``,
``compliance.csv``, ``categories.csv``, ``about.csv``, ``definitions.csv``), with the same
header and cells as the xlsx sheet of the same name (numbers unformatted: rates are
fractions). ``write_report`` writes them into the ``--out`` folder; ``render_report``
returns them as one zip (for a download button).
"""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

from aqm.errors import InputError
from aqm.mis.report import MisReport, Table

FORMATS = ("xlsx", "csv", "pdf", "html")


@dataclass(frozen=True)
class ReportFiles:
    format: str
    paths: tuple[str, ...]


def _check(fmt: str) -> None:
    if fmt not in FORMATS:
        raise InputError(f"--format {fmt!r} is not one of {', '.join(FORMATS)}")


def table_csv(table: Table) -> str:
    """One table as CSV text: header of labels, then the values (None empty)."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow([c.label for c in table.columns])
    for row in table.rows:
        w.writerow(["" if v is None else v for v in row])
    return buf.getvalue()


def render_report(report: MisReport, fmt: str, charts: bool = True) -> bytes:
    """The report as bytes: xlsx, pdf, html, or csv (a zip of one file per table)."""
    _check(fmt)
    if fmt == "csv":
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
            for table in report.tables():
                z.writestr(f"{table.name}.csv", table_csv(table))
        return buf.getvalue()
    if fmt == "html":
        from aqm.mis.html import render_html

        return render_html(report, charts).encode("utf-8")
    buf = io.BytesIO()
    if fmt == "xlsx":
        from aqm.mis.xlsx import write_xlsx

        write_xlsx(report, buf)
    else:
        from aqm.mis.pdf import write_pdf

        write_pdf(report, buf, charts)
    return buf.getvalue()


def write_report(report: MisReport, fmt: str, out: str | Path, charts: bool = True
                 ) -> ReportFiles:
    """Write the report to ``out``: a file (xlsx, pdf, html) or, for csv, a folder."""
    _check(fmt)
    out = Path(out)
    if fmt == "csv":
        if out.exists() and not out.is_dir():
            raise InputError(f"--out {out}: CSV reports are a folder of files, one per table")
        out.mkdir(parents=True, exist_ok=True)
        paths = []
        for table in report.tables():
            path = out / f"{table.name}.csv"
            path.write_text(table_csv(table), encoding="utf-8")
            paths.append(str(path))
        return ReportFiles(fmt, tuple(paths))
    if out.is_dir():
        raise InputError(f"--out {out} is a folder; give a file name (e.g. report.{fmt})")
    data = render_report(report, fmt, charts)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".part")
    tmp.write_bytes(data)
    tmp.replace(out)
    return ReportFiles(fmt, (str(out),))
