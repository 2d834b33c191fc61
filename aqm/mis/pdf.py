"""The report as a PDF (reportlab): summary with the previous period, the plotly charts as
images (rendered by kaleido, which drives Chromium), the breakdown's headline KPIs,
compliance per rule, top call drivers and the KPI definitions. Landscape A4; DejaVu Sans
when installed (Vietnamese names), else reportlab's bundled Vera."""

from __future__ import annotations

import io
import warnings
from pathlib import Path
from typing import IO, Any

from aqm.errors import ReportError
from aqm.mis import kpis as K
from aqm.mis.charts import report_figures
from aqm.mis.report import ALL_LABEL, MisReport, Table

FONT_DIRS = (Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu"))
CHART_W_PX, CHART_H_PX = 1100, 340  # two charts a page
MAX_ROWS = 400  # breakdown rows in the PDF (the xlsx and CSV have all)


def _fonts() -> tuple[str, str]:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if "aqm-sans" in pdfmetrics.getRegisteredFontNames():
        return "aqm-sans", "aqm-sans-bold"
    for d in FONT_DIRS:
        if (d / "DejaVuSans.ttf").is_file() and (d / "DejaVuSans-Bold.ttf").is_file():
            regular, bold = d / "DejaVuSans.ttf", d / "DejaVuSans-Bold.ttf"
            break
    else:
        import reportlab

        base = Path(reportlab.__file__).parent / "fonts"
        regular, bold = base / "Vera.ttf", base / "VeraBd.ttf"
    pdfmetrics.registerFont(TTFont("aqm-sans", str(regular)))
    pdfmetrics.registerFont(TTFont("aqm-sans-bold", str(bold)))
    return "aqm-sans", "aqm-sans-bold"


def chart_images(report: MisReport) -> list[tuple[str, bytes]]:
    """(title, PNG) of every chart; ReportError when kaleido/Chromium cannot render."""
    try:
        import kaleido
        import plotly.io as pio

        charts = report_figures(report)
        kaleido.start_sync_server(silence_warnings=True)
        try:
            with warnings.catch_warnings():  # "kopts ignored when using a server"
                warnings.simplefilter("ignore", UserWarning)
                return [(c.title, pio.to_image(c.figure, format="png", width=CHART_W_PX,
                                               height=CHART_H_PX, scale=2)) for c in charts]
        finally:
            kaleido.stop_sync_server(silence_warnings=True)
    except Exception as e:  # kaleido, choreographer and Chromium raise their own kinds
        raise ReportError(f"the PDF's charts could not be rendered ({type(e).__name__}: {e}); "
                          f"plotly's kaleido needs Chromium (apt-get install chromium), or "
                          f"write the PDF without charts (--no-charts)") from e


def _cell(unit: str, value: Any) -> str:
    return K.display(unit, value)


def _table(rows: list[list[str]], fonts: tuple[str, str], widths: list[float] | None = None,
           keys: int = 1) -> Any:
    from reportlab.lib import colors
    from reportlab.platypus import Table as RLTable
    from reportlab.platypus import TableStyle

    t = RLTable(rows, repeatRows=1, colWidths=widths)
    t.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), fonts[0]), ("FONTNAME", (0, 0), (-1, 0), fonts[1]),
        ("FONTSIZE", (0, 0), (-1, -1), 7.5), ("BACKGROUND", (0, 0), (-1, 0),
                                              colors.HexColor("#DCE6F1")),
        ("ALIGN", (keys, 1), (-1, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#B0B7C3")),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#F4F6F9")]),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    return t


def _summary_rows(report: MisReport) -> list[list[str]]:
    s = report.summary
    rows = [["KPI", report.period.label, report.previous.label, "Change", "Change %"]]
    for r, unit in zip(s.rows, s.row_units or (), strict=True):
        change, pct = r[4], r[5]
        rows.append([str(r[1]), _cell(unit, r[2]), _cell(unit, r[3]),
                     "–" if not isinstance(change, int | float)
                     else ("+" if change > 0 else "") + _cell(unit, change),
                     "–" if not isinstance(pct, int | float) else f"{pct * 100:+.1f}%"])
    return rows


def _pick(table: Table, keys: list[str], only_totals: bool = False) -> list[list[str]]:
    idx = [[c.key for c in table.columns].index(k) for k in keys]
    rows = [[table.columns[i].label for i in idx]]
    for r in table.rows:
        if only_totals and not all(v == ALL_LABEL for v in r[1:table.keys]):
            continue
        rows.append([_cell(table.columns[i].unit, r[i]) for i in idx])
    return rows


def write_pdf(report: MisReport, target: str | Path | IO[bytes], charts: bool = True) -> None:
    """Write the PDF to a path or a binary file object."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import Image, PageBreak, Paragraph, SimpleDocTemplate, Spacer

    fonts = _fonts()
    h1 = ParagraphStyle("h1", fontName=fonts[1], fontSize=16, leading=20, spaceAfter=4)
    h2 = ParagraphStyle("h2", fontName=fonts[1], fontSize=11.5, leading=15, spaceBefore=8,
                        spaceAfter=4)
    body = ParagraphStyle("body", fontName=fonts[0], fontSize=8.5, leading=11)
    images = chart_images(report) if charts else []
    about = dict((str(r[0]), str(r[1])) for r in report.about.rows)
    story: list[Any] = [
        Paragraph(f"MIS report {report.period.label}", h1),
        Paragraph(f"Period {about['Period']} · previous {about['Previous period']} · "
                  f"time zone {about['Time zone']} · generated {about['Generated (UTC)']} UTC",
                  body),
        Paragraph(f"Grouped by {about['Grouped by']}; filters: {about['Filters']}; "
                  f"{about['Convention']}.", body),
        Paragraph("Summary", h2), _table(_summary_rows(report), fonts,
                                         [7 * cm, 3.5 * cm, 3.5 * cm, 3 * cm, 2.5 * cm])]
    width = landscape(A4)[0] - 3 * cm
    for _title, png in images:
        story += [Spacer(1, 0.3 * cm), Image(io.BytesIO(png), width=width,
                                             height=width * CHART_H_PX / CHART_W_PX)]
    b = report.breakdown
    if b is not None:
        keys = [c.key for c in b.columns[:b.keys]] + list(K.HEADLINE)
        rows = _pick(b, keys)
        more = len(rows) - 1 - MAX_ROWS
        story += [PageBreak(), Paragraph(b.title, h2), _table(rows[:MAX_ROWS + 1], fonts,
                                                              keys=b.keys)]
        if more > 0:
            story.append(Paragraph(f"{more} more rows in the xlsx / CSV report.", body))
    t = report.trend
    story += [PageBreak(), Paragraph(t.title, h2),
              _table(_pick(t, ["bucket"] + list(K.HEADLINE)), fonts)]
    c = report.compliance
    story += [Paragraph(c.title, h2), _table(_pick(c, [
        "rule_id", "passed", "failed", "not_applicable", "compliance_rate",
        "prev_compliance_rate"], only_totals=True), fonts)]
    g = report.categories
    story += [Paragraph(g.title, h2), _table(_pick(g, [
        "category", "calls", "share", "prev_calls", "prev_share"], only_totals=True), fonts)]
    d = report.definitions
    story += [PageBreak(), Paragraph(d.title, h2), _table(
        [[c.label for c in d.columns]] + [[Paragraph(str(v), body) for v in r] for r in d.rows],
        fonts, [3.5 * cm, 4 * cm, 2.5 * cm, width - 10 * cm])]
    doc = SimpleDocTemplate(target if not isinstance(target, Path) else str(target),
                            pagesize=landscape(A4), leftMargin=1.5 * cm, rightMargin=1.5 * cm,
                            topMargin=1.2 * cm, bottomMargin=1.2 * cm,
                            title=f"MIS report {report.period.label}", author="aqm")
    doc.build(story)
