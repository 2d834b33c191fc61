"""A coaching report as an Excel workbook (xlsxwriter: one sheet per part, frozen headers,
percent formats, a native trend chart) or a PDF (reportlab tables) for a one-to-one."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from aqm.coaching.needs import Need
from aqm.coaching.report import CoachingReport
from aqm.errors import InputError

FORMATS = ("xlsx", "pdf")


def _pct(x: float | None) -> str:
    return "-" if x is None else f"{x:.0%}"


def _num(x: float | None, digits: int = 1) -> str:
    return "-" if x is None else f"{x:.{digits}f}"


def need_rows(needs: tuple[Need, ...]) -> list[list[Any]]:
    """Criterion, agent rate, calls, team rate, centre rate, gap, p, significant."""
    return [[n.criterion, n.agent.rate, n.agent.total, n.team.rate, n.centre.rate, n.gap,
             n.p_value, "yes" if n.significant and n.below_team else ""] for n in needs]


def sections(r: CoachingReport) -> list[tuple[str, list[str], list[list[Any]]]]:
    """(title, header, rows) of each part, shared by the two formats."""
    needs = ("Training needs", ["Criterion", "Agent", "Calls", "Team", "Centre", "Gap",
                                "p-value", "Significant"], need_rows(r.needs))
    trend = ("Trend", ["Week", "Calls", "QA score", "Ended negative", "Talk ratio",
                       "Longest silence s", "Interruptions", "AHT s"],
             [[w.week, w.calls, w.qa_score, w.ended_negative, w.talk_ratio,
               w.longest_silence_s, w.interruptions, w.aht_s] for w in r.trend])
    ex = ("Example calls", ["Criterion", "Kind", "Call", "Agent", "QA score", "At s"],
          [[e.criterion, kind, c.call_id, c.agent_id, c.qa_score, c.at_s]
           for e in r.examples for kind, calls in (("agent's worst", e.worst),
                                                   ("team's best", e.best)) for c in calls])
    angry = ("Angry callers", ["Aspect", "Agent", "Calls", "Team", "Gap", "p-value",
                               "Significant"],
             [[n.criterion, n.agent.rate, n.agent.total, n.team.rate, n.gap, n.p_value,
               "yes" if n.significant and n.below_team else ""] for n in r.angry.aspects])
    sessions = ("Coaching sessions", ["Held on", "Coach", "Criterion", "Before", "After",
                                      "Change", "Notes"],
                [[b.session.held_on, b.session.coach, b.criterion, b.before.rate,
                  b.after.rate, b.change, b.session.notes] for b in r.before_after])
    return [needs, trend, ex, angry, sessions]


PERCENT_COLUMNS = {"Agent", "Team", "Centre", "Gap", "Ended negative", "Talk ratio", "Before",
                   "After", "Change"}


def write_xlsx(r: CoachingReport, out: Path) -> None:
    import xlsxwriter

    book = xlsxwriter.Workbook(str(out))
    bold = book.add_format({"bold": True, "bg_color": "#DDEBF7", "border": 1})
    pct = book.add_format({"num_format": "0%"})
    num = book.add_format({"num_format": "0.0"})
    date = book.add_format({"num_format": "yyyy-mm-dd"})
    for title, header, rows in sections(r):
        sheet = book.add_worksheet(title[:31])
        sheet.write_row(0, 0, header, bold)
        sheet.freeze_panes(1, 0)
        for i, row in enumerate(rows, start=1):
            for j, value in enumerate(row):
                fmt = pct if header[j] in PERCENT_COLUMNS else (
                    date if hasattr(value, "isoformat") else (
                        num if isinstance(value, float) else None))
                if value is None:
                    sheet.write_blank(i, j, None)
                elif hasattr(value, "isoformat") and not isinstance(value, str):
                    sheet.write_datetime(i, j, _as_datetime(value), fmt)
                else:
                    sheet.write(i, j, value, fmt)
        sheet.set_column(0, len(header) - 1, 16)
        if title == "Trend" and rows:
            chart = book.add_chart({"type": "line"})
            chart.add_series({"name": "QA score", "categories": [sheet.name, 1, 0, len(rows), 0],
                              "values": [sheet.name, 1, 2, len(rows), 2]})
            chart.set_title({"name": f"{r.agent_name or r.agent_id}: QA score by week"})
            sheet.insert_chart(len(rows) + 2, 0, chart)
    book.close()


def _as_datetime(value: Any) -> Any:
    import datetime as dt

    return value if isinstance(value, dt.datetime) else dt.datetime.combine(value, dt.time())


def write_pdf(r: CoachingReport, out: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    from aqm.mis.pdf import _fonts

    regular, bold = _fonts()
    styles = getSampleStyleSheet()
    for s in styles.byName.values():
        s.fontName = regular
    story: list[Any] = [Paragraph(
        f"Coaching report: {r.agent_name or r.agent_id} ({r.agent_id}), team {r.team or '-'}, "
        f"{r.period}", styles["Title"]), Paragraph(f"Significance: {r.test}.", styles["Normal"])]
    for title, header, rows in sections(r):
        story += [Spacer(1, 8), Paragraph(title, styles["Heading2"])]
        if not rows:
            story.append(Paragraph("None.", styles["Normal"]))
            continue
        body = [[_cell(h, v) for h, v in zip(header, row, strict=True)] for row in rows]
        table = Table([header] + body, repeatRows=1)
        table.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), regular), ("FONTNAME", (0, 0), (-1, 0), bold),
            ("FONTSIZE", (0, 0), (-1, -1), 8), ("GRID", (0, 0), (-1, -1), 0.25, colors.grey),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDEBF7"))]))
        story.append(table)
    SimpleDocTemplate(str(out), pagesize=landscape(A4)).build(story)


def _cell(header: str, value: Any) -> str:
    if value is None:
        return "-"
    if header in PERCENT_COLUMNS and isinstance(value, float):
        return _pct(value)
    if header == "p-value" and isinstance(value, float):
        return f"{value:.3f}"
    if isinstance(value, float):
        return _num(value)
    return str(value)[:60]


def write_report(r: CoachingReport, fmt: str, out: str | Path) -> Path:
    path = Path(out)
    if fmt == "xlsx":
        write_xlsx(r, path)
    elif fmt == "pdf":
        write_pdf(r, path)
    else:
        raise InputError(f"coaching report format must be one of {', '.join(FORMATS)}")
    return path
