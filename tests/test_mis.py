"""MIS: KPIs on a hand-computed data set, period and time-zone boundaries, ACD import and
linking, the synthetic centre, and the report files (xlsx against CSV cell by cell, PDF
text)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import shutil
import zipfile
from pathlib import Path

import openpyxl
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from pypdf import PdfReader
from typer.testing import CliRunner

from aqm.cli import app
from aqm.errors import InputError, StoreError
from aqm.mis import KPIS, ReportRequest, build_report, import_acd, parse_period, write_report
from aqm.mis.acd import AcdImportOptions
from aqm.mis.reports import render_report
from aqm.mis.xlsx import sheet_name
from aqm.store import Store
from aqm.store.mis_queries import KPI_SQL
from aqm.synth import SynthOptions, synthesize

from .conftest import ROOT
from .mis_data import T, hand_db, load

runner = CliRunner()


@pytest.fixture(scope="module")
def hand(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return hand_db(tmp_path_factory.mktemp("mis") / "hand.duckdb")


@pytest.fixture(scope="module")
def synth_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("mis") / "synth.duckdb"
    synthesize(db, SynthOptions(calls=3000, start=dt.date(2026, 10, 1),
                                end=dt.date(2026, 11, 30), agents=12, teams=3, seed=11))
    return db


def _row(table: object, **match: object) -> dict[str, object]:
    cols = [c.key for c in table.columns]  # type: ignore[attr-defined]
    for r in table.rows:  # type: ignore[attr-defined]
        d = dict(zip(cols, r, strict=True))
        if all(d[k] == v for k, v in match.items()):
            return d
    raise AssertionError(f"no row {match}")


def test_mis001_kpis_match_hand_computed_values(hand: Path) -> None:
    r = build_report(hand, ReportRequest(period="2026-11", by=("team",)), cache=False)
    expected = {  # see tests/mis_data.py for the rows; docs/kpis.md for the formulas
        "volume_in": 6, "volume_out": 1, "answered": 4, "abandoned": 2,
        "abandon_rate": round(2 / 6, 6),
        "asa_s": 20.0,  # (10 + 30 + 20) / 3: abandoned K3, K4 and unknown-wait K7 left out
        "service_level": 0.5,  # K1, K5 within 20 s / (3 known answered + K4 abandoned > 20 s)
        "aht_s": 176.0, "avg_talk_s": 142.0, "avg_hold_s": 20.0, "avg_wrap_s": 18.0,
        "recorded": 5, "silence_pct": round(110 / 840, 6), "overtalk_pct": round(15 / 380, 6),
        "overtalk_per_call": 1.75, "qa_avg": 60.0, "auto_fail_rate": 0.25,
        "sentiment_avg": -0.05, "ended_negative_rate": 0.5,
    }
    assert set(expected) == set(KPI_SQL)
    for key, value in expected.items():
        assert r.value(key) == value, key
    assert r.value("volume_in", "previous") == 1 and r.value("asa_s", "previous") == 40.0
    assert r.value("service_level", "previous") == 0.0
    assert r.value("volume_in", "change") == 5 and r.value("volume_in", "change_pct") == 5.0
    assert r.value("qa_avg", "previous") is None and r.value("qa_avg", "change") is None

    b = r.breakdown
    assert b is not None
    t1, t2, none = _row(b, team="T1"), _row(b, team="T2"), _row(b, team="(none)")
    assert (t1["volume_in"], t1["asa_s"], t1["service_level"], t1["recorded"]) == (3, 15.0,
                                                                                   1.0, 3)
    assert (t2["volume_in"], t2["volume_out"], t2["aht_s"], t2["service_level"]) == (1, 1,
                                                                                    305.0, 0.0)
    assert (none["abandoned"], none["abandon_rate"], none["asa_s"], none["service_level"]) \
        == (2, 1.0, None, 0.0)
    assert t1["prev_volume_in"] == 1 and t1["prev_asa_s"] == 40.0

    greeting = _row(r.compliance, rule_id="greeting", team="(all)")
    assert (greeting["passed"], greeting["failed"], greeting["not_applicable"],
            greeting["compliance_rate"]) == (2, 1, 1, round(2 / 3, 6))
    assert _row(r.compliance, rule_id="resolution", team="(all)")["compliance_rate"] == 0.5
    billing = _row(r.categories, category="billing", team="(all)")
    assert (billing["calls"], billing["share"]) == (3, 0.6)
    assert [row[0] for row in r.categories.rows[:3]] == ["billing", "payment", "refund"]
    days = dict((row[0], row[1]) for row in r.trend.rows)
    assert len(days) == 30 and days["2026-11-03"] == 2 and days["2026-11-30"] == 0


def test_mis002_kpis_are_defined_once_and_documented() -> None:
    docs = (ROOT / "docs" / "kpis.md").read_text(encoding="utf-8")
    row_kpis = [k.key for k in KPIS if k.source in ("acd", "recordings")]
    assert row_kpis == list(KPI_SQL)
    for k in KPIS:
        assert f"`{k.key}`" in docs, k.key
        assert k.formula in " ".join(docs.split()), f"docs/kpis.md lacks the formula of {k.key}"


@pytest.mark.parametrize(("text", "start", "end", "prev"), [
    ("2026", "2026-01-01", "2027-01-01", "2025"), ("2026-11", "2026-11-01", "2026-12-01",
                                                    "2026-10"),
    ("2026-03", "2026-03-01", "2026-04-01", "2026-02"),
    ("2026-W47", "2026-11-16", "2026-11-23", "2026-W46"),
    ("2026-W01", "2025-12-29", "2026-01-05", "2025-W52"),
    ("2026-11-23", "2026-11-23", "2026-11-24", "2026-11-22"),
    ("2026-03-01", "2026-03-01", "2026-03-02", "2026-02-28")])
def test_mis003_periods(text: str, start: str, end: str, prev: str) -> None:
    p = parse_period(text)
    assert (p.start.isoformat(), p.end.isoformat(), p.previous().label) == (start, end, prev)


@pytest.mark.parametrize("bad", ["2026-13", "2026-W54", "26-11", "2026-02-30", "nov"])
def test_mis004_bad_periods_are_input_errors(bad: str) -> None:
    with pytest.raises(InputError):
        parse_period(bad)


def test_mis005_midnight_month_ends_and_time_zones(tmp_path: Path) -> None:
    hcm = "Asia/Ho_Chi_Minh"  # UTC+7
    calls = [("m1", T(2026, 11, 30, 17, 0, 20), "A1", "T1", "q", "inbound", 420.0)]
    acd = [  # waits in queue from 23:59:50 local, answered 00:00:20 on 1 December
        ("M1", T(2026, 11, 30, 16, 59, 50), "inbound", "answered", 30.0, "A1", None, "q",
         420.0, 0.0, 10.0, "m1"),
        ("M2", T(2026, 11, 30, 17, 30), "inbound", "answered", 5.0, "A1", "T1", "q",
         60.0, 0.0, 5.0, None),  # 00:30 local on 1 December, still 30 November in UTC
        ("M3", T(2026, 10, 31, 23, 59, 59), "inbound", "abandoned", 50.0, None, None, "q",
         None, None, None, None),
        ("M4", T(2026, 11, 1, 0, 0, 0), "inbound", "abandoned", 50.0, None, None, "q",
         None, None, None, None),
    ]
    db = load(tmp_path / "tz.duckdb", calls, acd)

    def kpis(period: str, tz: str) -> tuple[object, ...]:
        r = build_report(db, ReportRequest(period=period, tz=tz), cache=False)
        return r.value("volume_in"), r.value("recorded"), r.value("volume_in", "previous")

    # UTC: M3 on 31 October, M1, M2, M4 in November; the recording follows its record
    assert kpis("2026-11", "UTC") == (3, 1, 1)
    assert kpis("2026-10-31", "UTC") == (1, 0, 0)
    # local time: M1 (and its recording that starts after midnight) on 30 November,
    # M2 on 1 December; M3 and M4 both on 1 November (06:59:59 and 07:00 local)
    assert kpis("2026-11", hcm) == (3, 1, 0)
    assert kpis("2026-11-30", hcm) == (1, 1, 0)
    assert kpis("2026-12-01", hcm) == (1, 0, 1)
    assert kpis("2026-12", hcm) == (1, 0, 3)
    hours = build_report(db, ReportRequest(period="2026-11-30", tz=hcm), cache=False).trend
    assert [r[0] for r in hours.rows if r[1]] == ["2026-11-30 23:00"]
    # a zone with DST: 29 March 2026 has 23 hours in London; 01:30 UTC is 02:30 BST
    london = load(tmp_path / "dst.duckdb", [], [
        ("L1", T(2026, 3, 29, 1, 30), "inbound", "answered", 5.0, "A", "T", "q", 60.0, 0.0,
         0.0, None),
        ("L2", T(2026, 3, 28, 23, 30), "inbound", "answered", 5.0, "A", "T", "q", 60.0, 0.0,
         0.0, None)])
    r = build_report(london, ReportRequest(period="2026-03-29", tz="Europe/London"),
                     cache=False)
    assert r.value("volume_in") == 1 and r.value("volume_in", "previous") == 1
    assert [row[0] for row in r.trend.rows if row[1]] == ["2026-03-29 02:00"]


def _write_csv(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerows(rows)
    return path


ACD_HEADER = ["Call_Key", "started_at", "queue", "direction", "outcome", "wait_s", "agent_id",
              "talk_s", "hold_s", "wrap_s"]


def test_mis006_import_acd_links_keeps_unmatched_and_is_idempotent(tmp_path: Path) -> None:
    calls = [("r1", T(2026, 11, 2, 3, 0, 12), "A1", "T1", "q1", "inbound", 100.0,
              {"call_key": "0042"}),
             ("r2", T(2026, 11, 2, 4, 0, 40), "A2", "T2", "q1", "inbound", 100.0),
             ("r3", T(2026, 11, 2, 5, 0, 0), "A2", "T2", "q1", "inbound", 100.0)]
    db = load(tmp_path / "acd.duckdb", calls, [])
    f = _write_csv(tmp_path / "acd.csv", ACD_HEADER, [
        ["0042", "2026-11-02T10:00:00+07:00", "q1", "inbound", "answered", "12", "A1", "80",
         "0", "15"],  # by key (leading zeros kept)
        ["0043", "2026-11-02 11:00:10", "q1", "Inbound", "answered", "25", "A2", "90", "5",
         "20"],  # naive: read in Asia/Ho_Chi_Minh; answered 04:00:35 UTC, recording +5 s
        ["0044", "2026-11-02 12:30:00", "q1", "inbound", "answered", "10", "A2", "90", "", ""],
        ["0045", "2026-11-02 12:31:00", "q2", "inbound", "abandoned", "61", "", "", "", ""]])
    opts = AcdImportOptions(tz="Asia/Ho_Chi_Minh", tolerance_s=30)
    first = import_acd(db, f, opts).load
    assert (first.rows, first.new, first.linked_key, first.linked_agent_time,
            first.unmatched, first.abandoned) == (4, 4, 1, 1, 1, 1)
    assert first.unmatched_sample == ("0044",)
    again = import_acd(db, f, opts).load
    assert (again.rows, again.new, again.replaced, again.linked_key,
            again.linked_agent_time, again.unmatched) == (4, 0, 4, 1, 1, 1)
    with Store(db).read() as con:
        rows = con.execute("SELECT call_key, call_id, link_method, link_delta_s, started_at "
                           "FROM acd_records ORDER BY call_key").fetchall()
    assert [r[:3] for r in rows] == [("0042", "r1", "key"), ("0043", "r2", "agent_time"),
                                     ("0044", None, None), ("0045", None, None)]
    assert rows[1][3] == 5.0 and rows[0][4] == T(2026, 11, 2, 3, 0)
    # Parquet, and the unmatched row of the first file linked once its recording exists
    later = load(tmp_path / "acd.duckdb", [("r4", T(2026, 11, 2, 5, 30, 5), "A2", "T2", "q1",
                                             "inbound", 60.0)], [])
    pq.write_table(pa.table({c: ["0099"] if c == "Call_Key" else [v] for c, v in zip(
        ACD_HEADER, ["", "2026-11-02T12:00:00", "q1", "outbound", "answered", "0", "A9",
                     "30", "0", "5"], strict=True)}), tmp_path / "more.parquet")
    more = import_acd(later, tmp_path / "more.parquet", opts).load
    assert (more.rows, more.unmatched, more.relinked_earlier) == (1, 1, 1)


def test_mis007_import_acd_errors_name_columns_and_rows(tmp_path: Path) -> None:
    db = tmp_path / "e.duckdb"
    f = _write_csv(tmp_path / "missing.csv", ["call_key", "started_at", "queue"], [["1", "x",
                                                                                    "q"]])
    with pytest.raises(InputError, match="missing columns: direction, outcome, wait_s"):
        import_acd(db, f)
    f = _write_csv(tmp_path / "bad.csv", ACD_HEADER, [
        ["1", "2026-11-02 10:00", "q", "inbound", "answered", "10", "A", "1", "0", "0"],
        ["2", "02/11/2026 10:00", "q", "inbound", "answered", "10", "A", "1", "0", "0"],
        ["3", "2026-11-02 10:00", "q", "sideways", "answered", "10", "A", "1", "0", "0"],
        ["4", "2026-11-02 10:00", "q", "inbound", "answered", "-3", "A", "1", "0", "0"],
        ["1", "2026-11-02 10:00", "q", "inbound", "hung up", "10", "A", "1", "0", "0"]])
    with pytest.raises(InputError) as e:
        import_acd(db, f)
    text = str(e.value)
    for part in ("data row 2: started_at 02/11/2026 10:00", "data row 3: direction sideways",
                 "data row 4: wait_s -3", "data row 5: outcome hung up",
                 "data rows 1, 5: call_key '1' repeated", "nothing imported"):
        assert part in text
    with Store(db).read() as con:
        assert con.execute("SELECT count(*) FROM acd_records").fetchone() == (0,)
    result = runner.invoke(app, ["import-acd", str(f), "--db", str(db)])
    assert result.exit_code == 2 and "data row 2" in result.output


def test_mis008_synth_is_deterministic_with_a_weak_agent(synth_db: Path, tmp_path: Path
                                                        ) -> None:
    again = tmp_path / "again.duckdb"
    synthesize(again, SynthOptions(calls=3000, start=dt.date(2026, 10, 1),
                                   end=dt.date(2026, 11, 30), agents=12, teams=3, seed=11))
    request = ReportRequest(period="2026-11", by=("agent",), tz="Asia/Ho_Chi_Minh")
    a, b = build_report(synth_db, request), build_report(again, request)
    assert a.tables()[:5] == b.tables()[:5]
    assert a.value("recorded") > 1000 and a.value("abandoned") > 0
    assert 0.5 < a.value("service_level") < 1 and 0 < a.value("auto_fail_rate") < 0.2
    i = [c.key for c in a.compliance.columns].index("compliance_rate")
    rates = {r[1]: r[i] for r in a.compliance.rows if r[0] == "confirm_problem"
             and r[1] != "(all)"}
    assert min(rates, key=lambda k: rates[k]) == "A1007" and rates["A1007"] < 0.6
    with pytest.raises(InputError, match="already has calls"):
        synthesize(again, SynthOptions(calls=10))


def test_mis009_xlsx_matches_csv_cell_by_cell(synth_db: Path, tmp_path: Path) -> None:
    report = build_report(synth_db, ReportRequest(period="2026-11", by=("team", "queue"),
                                                  tz="Asia/Ho_Chi_Minh"))
    write_report(report, "xlsx", tmp_path / "r.xlsx")
    files = write_report(report, "csv", tmp_path / "csv")
    assert len(files.paths) == len(report.tables()) == 7
    book = openpyxl.load_workbook(tmp_path / "r.xlsx")
    checked = 0
    for table in report.tables():
        ws = book[sheet_name(table)]
        with open(tmp_path / "csv" / f"{table.name}.csv", newline="", encoding="utf-8") as fh:
            rows = list(csv.reader(fh))
        assert ws.max_row == len(rows) == len(table.rows) + 1, table.name
        for i, row in enumerate(rows, start=1):
            for j, text in enumerate(row, start=1):
                cell = ws.cell(i, j).value
                if text == "":
                    assert cell is None, (table.name, i, j)
                elif isinstance(cell, str):
                    assert cell == text, (table.name, i, j)
                else:
                    assert float(text) == cell, (table.name, i, j, text, cell)
                checked += 1
        assert ws.freeze_panes == f"{openpyxl.utils.get_column_letter(table.keys + 1)}2"
    assert checked > 2000
    ws = book["Breakdown"]
    header = [c.value for c in ws[1]]
    assert header[:2] == ["Team", "Queue"]
    assert ws.cell(2, header.index("Service level (20 s)") + 1).number_format == "0.0%"
    assert ws.cell(2, header.index("Inbound calls") + 1).number_format == "#,##0"
    with zipfile.ZipFile(tmp_path / "r.xlsx") as z:
        charts = [n for n in z.namelist() if n.startswith("xl/charts/chart")]
    assert len(charts) >= 4
    assert render_report(report, "csv")[:2] == b"PK"


def _pdf_text(data: bytes) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)


def test_mis010_pdf_and_html_show_the_same_numbers(hand: Path) -> None:
    report = build_report(hand, ReportRequest(period="2026-11", by=("team",)))
    data = render_report(report, "pdf")
    text = _pdf_text(data)
    for part in ("MIS report 2026-11", "Service level (20 s)", "50.0%", "176.0", "Inbound calls",
                 "T1", "(none)", "greeting", "66.7%", "billing", "60.0%", "KPI definitions"):
        assert part in text, part
    reader = PdfReader(io.BytesIO(data))
    images = sum(len(p.images) for p in reader.pages)
    assert images >= 5  # the charts
    html = render_report(report, "html", charts=False).decode()
    assert "<td class=\"n\">50.0%</td>" in html and "176.0" in html
    assert len(re.findall(r"<table>", html)) == 6  # all but "about" (shown as text)
    no_charts = render_report(report, "pdf", charts=False)
    assert sum(len(p.images) for p in PdfReader(io.BytesIO(no_charts)).pages) == 0


def test_mis011_report_cli_and_cache(hand: Path, tmp_path: Path) -> None:
    hand = Path(shutil.copy(hand, tmp_path / "hand.duckdb"))
    out = tmp_path / "nov.xlsx"
    result = runner.invoke(app, ["report", "--period", "2026-11", "--by", "team,queue",
                                 "--format", "xlsx", "--out", str(out), "--db", str(hand)])
    assert result.exit_code == 0, result.output
    assert openpyxl.load_workbook(out)["Summary"]["C2"].value == 6
    bad = runner.invoke(app, ["report", "--period", "2026-13", "--out", str(out), "--db",
                              str(hand)])
    assert bad.exit_code == 2 and "2026-13" in bad.output
    bad = runner.invoke(app, ["report", "--period", "2026-11", "--by", "colour", "--out",
                              str(out), "--db", str(hand)])
    assert bad.exit_code == 2
    missing = runner.invoke(app, ["report", "--period", "2026-11", "--out", str(out), "--db",
                                  str(tmp_path / "none.duckdb")])
    assert missing.exit_code == StoreError.exit_code
    request = ReportRequest(period="2026-11", filters=(("team", ("T2",)),))
    first = build_report(hand, request)
    assert build_report(hand, request) is first
    assert first.value("volume_in") == 1 and first.value("volume_out") == 1
    load(hand, [], [("K8", T(2026, 11, 9, 9, 0), "inbound", "abandoned", 3.0, None, "T2",
                     "q1", None, None, None, None)])
    changed = build_report(hand, request)
    assert changed is not first and changed.value("abandoned") == 1


def test_mis012_compliance_follows_a_rewritten_call(hand: Path, tmp_path: Path) -> None:
    """A call's results rewritten the way the pipeline does it (its rows replaced and its
    call_facts row refreshed in one transaction) show in the next report."""
    from aqm.store.facts import refresh_call_facts

    hand = Path(shutil.copy(hand, tmp_path / "hand.duckdb"))
    request = ReportRequest(period="2026-11")
    before = _row(build_report(hand, request).compliance, rule_id="greeting")
    assert (before["passed"], before["failed"]) == (2, 1)
    with Store(hand).write() as con:
        con.execute("DELETE FROM compliance_results WHERE call_id = 'c2'")
        con.execute("INSERT INTO compliance_results (call_id, rule_id, file, file_sha256, "
                    "status, evidence_rank, run_key) VALUES ('c2', 'greeting', 'r.yaml', 'x', "
                    "'pass', 0, 't'), ('c2', 'empathy', 'r.yaml', 'x', 'fail', NULL, 't')")
        refresh_call_facts(con, "c2", dt.datetime.now(dt.timezone.utc).replace(tzinfo=None))
    after = build_report(hand, request)
    greeting = _row(after.compliance, rule_id="greeting")
    assert (greeting["passed"], greeting["failed"], greeting["compliance_rate"]) == (3, 0, 1.0)
    assert _row(after.compliance, rule_id="empathy")["failed"] == 1
    resolution = _row(after.compliance, rule_id="resolution")  # c2's pass is gone
    assert (resolution["passed"], resolution["failed"]) == (0, 1)


def test_mis013_synthetic_scorecards_read_like_the_machines(synth_db: Path) -> None:
    """The app's call page, reviews and the export read ``scorecard_json``; the synthetic
    centre writes it as ``Scorecard.to_dict`` does, agreeing with its own answer rows."""
    import duckdb

    from aqm.store.reviews import scorecard_json

    con = duckdb.connect(str(synth_db), read_only=True)
    cards = con.execute("SELECT call_id, score, auto_fail FROM scorecards ORDER BY call_id "
                        "LIMIT 200").fetchall()
    answers = con.execute(
        "SELECT call_id, question_id, answer, points FROM scorecard_answers WHERE call_id IN "
        "(SELECT call_id FROM scorecards ORDER BY call_id LIMIT 200)").fetchall()
    con.close()
    by_call: dict[str, dict[str, tuple[str, float | None]]] = {}
    for call_id, qid, answer, points in answers:
        by_call.setdefault(call_id, {})[qid] = (answer, points)
    seen = set()
    for call_id, score, auto_fail in cards:
        found = scorecard_json(Store(synth_db), call_id)
        assert found is not None
        card_id, card = found
        assert card["scorecard_id"] == card_id == f"sc-{call_id}"
        assert card["score"] == pytest.approx(score) and card["auto_fail"] == auto_fail
        got = {q["id"]: (q["answer"], q["points"])
               for s in card["sections"] for q in s["questions"]}
        assert got == by_call[call_id]
        seen.add((card["auto_fail"], tuple(a for a, _ in got.values())))
    assert len(seen) > 5  # several answer patterns, auto-fails among them
    assert any(af for af, _ in seen)
