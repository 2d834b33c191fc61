"""Coaching on a synthetic centre where one agent is weak on a known criterion and another on
angry-caller handling: ranking, significance, example calls, before / after, report files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from typer.testing import CliRunner

from aqm.auth import add_user, load_user
from aqm.cli import app
from aqm.coaching import Rate, coaching_report, record_session
from aqm.coaching.needs import two_proportion, wilson
from aqm.errors import InputError, PermissionDenied
from aqm.store import Store
from aqm.synth import SynthOptions, synthesize

runner = CliRunner()
WEAK, ANGRY = "A1007", "A1012"  # one weak on a criterion, one on angry callers
CRITERION = "qa:contact_qa/confirm_problem"


@pytest.fixture(scope="module")
def centre(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("coaching") / "centre.duckdb"
    synthesize(db, SynthOptions(calls=24_000, start=dt.date(2026, 10, 1),
                                end=dt.date(2026, 11, 30), weak_agent=WEAK,
                                weak_criterion="confirm_problem", angry_weak_agent=ANGRY))
    add_user(db, "coach1", "coach-password-1", "coach")
    add_user(db, "agent7", "agent-password-1", "agent", agent_id=WEAK)
    return db


def test_coach001_significance_formulas() -> None:
    from statistics import NormalDist

    z, p = two_proportion(Rate(45, 100), Rate(60, 100))
    pooled = 105 / 200
    se = (pooled * (1 - pooled) * (2 / 100)) ** 0.5
    assert z == pytest.approx((0.45 - 0.60) / se)
    assert p == pytest.approx(2 * (1 - NormalDist().cdf(abs(z))))
    low, high = wilson(Rate(0, 10)) or (None, None)
    assert low == 0.0 and high == pytest.approx(0.2775, abs=1e-4)  # textbook Wilson interval
    assert wilson(Rate(5, 10)) == pytest.approx((0.2366, 0.7634), abs=1e-4)
    assert two_proportion(Rate(0, 0), Rate(3, 4)) == (None, None)


def test_coach002_weak_criterion_ranks_first_and_examples_point_at_it(centre: Path) -> None:
    report = coaching_report(centre, WEAK, "2026-11")
    top = report.needs[0]
    assert top.criterion in (CRITERION, "rule:inbound/confirm_problem")
    assert top.significant and top.below_team and top.p_value is not None
    assert top.p_value < 1e-6 and top.gap is not None and top.gap < -0.3
    normal = coaching_report(centre, "A1008", "2026-11")
    assert not any(n.significant and n.below_team and "confirm_problem" in n.criterion
                   for n in normal.needs)
    shown = next(e for e in report.examples if e.criterion == top.criterion)
    assert shown.worst and all(c.agent_id == WEAK and not c.passed for c in shown.worst)
    assert shown.best and all(c.agent_id != WEAK and c.passed for c in shown.best)
    with Store(centre).read() as con:
        teams = dict(con.execute("SELECT DISTINCT agent_id, team FROM calls").fetchall())
        for c in shown.worst:
            answer = con.execute(
                "SELECT a.answer FROM scorecard_answers a WHERE a.call_id = ? AND "
                "a.question_id = 'confirm_problem'", [c.call_id]).fetchone() \
                if top.criterion == CRITERION else con.execute(
                "SELECT status FROM compliance_results WHERE call_id = ? AND "
                "rule_id = 'confirm_problem'", [c.call_id]).fetchone()
            assert answer is not None and answer[0] in ("no", "fail")
    assert {teams[c.agent_id] for c in shown.best} == {report.team}
    assert report.trend and report.team_trend and report.trend[-1].week <= dt.date(2026, 11, 30)


def test_coach003_angry_caller_handling_is_flagged_for_the_right_agent(centre: Path) -> None:
    angry = coaching_report(centre, ANGRY, "2026-11").angry
    assert angry.calls >= 10 and angry.flagged
    flagged = {n.criterion for n in angry.aspects if n.significant and n.below_team}
    assert flagged & {"angry:listened", "angry:empathy", "angry:calmer"}
    assert not coaching_report(centre, WEAK, "2026-11").angry.flagged


def test_coach004_sessions_before_after_exact(centre: Path) -> None:
    coach, agent = load_user(centre, "coach1"), load_user(centre, "agent7")
    assert coach is not None and agent is not None
    with pytest.raises(PermissionDenied):
        record_session(centre, agent, WEAK, dt.date(2026, 11, 1), [CRITERION], "self")
    with pytest.raises(InputError):
        record_session(centre, coach, WEAK, dt.date(2026, 11, 1), ["confirm"], "")
    record_session(centre, coach, WEAK, dt.date(2026, 11, 1), [CRITERION],
                   "listen, then confirm", follow_up=dt.date(2026, 11, 29))
    (change,) = coaching_report(centre, WEAK, "2026-11").before_after
    with Store(centre).read() as con:
        def rate(a: str, b: str) -> tuple[int, int]:
            row = con.execute("""
                SELECT count(*) FILTER (WHERE a.answer = 'yes'), count(*)
                FROM scorecard_answers a JOIN calls c USING (call_id)
                WHERE c.agent_id = ? AND a.question_id = 'confirm_problem'
                  AND a.answer IN ('yes', 'no') AND c.started_at >= ? AND c.started_at < ?
                """, [WEAK, a, b]).fetchone()
            assert row is not None
            return int(row[0]), int(row[1])

        before = rate("2026-10-04", "2026-11-01")
        after = rate("2026-11-01", "2026-11-29")
    assert (change.before.passed, change.before.total) == before
    assert (change.after.passed, change.after.total) == after
    assert change.change == pytest.approx(after[0] / after[1] - before[0] / before[1])


def test_coach005_report_files(centre: Path, tmp_path: Path) -> None:
    import openpyxl
    from pypdf import PdfReader

    xlsx, pdf = tmp_path / "r.xlsx", tmp_path / "r.pdf"
    for fmt, path in (("xlsx", xlsx), ("pdf", pdf)):
        result = runner.invoke(app, ["coaching", "report", "--agent", WEAK, "--period",
                                     "2026-11", "--format", fmt, "--out", str(path),
                                     "--db", str(centre)])
        assert result.exit_code == 0, result.output
        assert "top need" in result.output and "confirm_problem" in result.output
    book = openpyxl.load_workbook(xlsx)
    needs = book["Training needs"]
    assert needs["A1"].value == "Criterion" and "confirm_problem" in str(needs["A2"].value)
    assert needs["H2"].value == "yes" and needs["B2"].number_format == "0%"
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert WEAK in text and "confirm_problem" in text and "Angry callers" in text
    bad = runner.invoke(app, ["coaching", "report", "--agent", "NOPE", "--period", "2026-11",
                              "--out", str(tmp_path / "x.xlsx"), "--db", str(centre)])
    assert bad.exit_code == 2 and "no scored calls" in bad.output
