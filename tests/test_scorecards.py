"""QA scorecards: form files, the score arithmetic on hand-checked examples, auto-QA on the
sample calls with evidence, re-scoring that keeps old scorecards."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from aqm.cli import app
from aqm.errors import RuleError
from aqm.export import iter_export
from aqm.scoring import Answer, load_form, load_forms, load_pack, score_answers, validate_file
from aqm.store import Store

from .conftest import ROOT

runner = CliRunner()

FORM = """\
kind: form
name: hand_checked
version: 3
title: Hand-checked arithmetic
sections:
  - id: a
    title: A
    weight: 60
    questions:
      - {id: q1, text: One, weight: 2}
      - {id: q2, text: Two, weight: 1}
      - {id: q3, text: Three, weight: 1}
  - id: b
    title: B
    weight: 40
    questions:
      - {id: q4, text: Four, type: scale, scale: {min: 1, max: 5}, weight: 1}
      - {id: q5, text: Five, weight: 3}
  - id: c
    title: C
    weight: 10
    questions:
      - {id: fatal, text: Fatal, auto_fail: true, na_allowed: false}
"""


def _form(tmp_path: Path, text: str = FORM, name: str = "f") -> Path:
    path = tmp_path / "forms" / f"{name}.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _answers(**given: str | None) -> list[Answer]:
    sections = {"q1": "a", "q2": "a", "q3": "a", "q4": "b", "q5": "b", "fatal": "c"}
    return [Answer(sections[q], q, a, 1.0, (), "") for q, a in given.items()]


def test_score001_weights_na_scale_and_auto_fail_by_hand(tmp_path: Path) -> None:
    form = load_form(_form(tmp_path))
    assert form.label == "3" and len(form.sha256) == 64
    # A: q1 yes (2), q2 no (0 of 1), q3 na -> 2/3; B: q4 = 4 on 1..5 -> 0.75, q5 yes -> 3.75/4
    # C: fatal yes -> 1. Total = (60 x 2/3 + 40 x 0.9375 + 10 x 1) / 110 x 100 = 79.545...
    r = score_answers(form, _answers(q1="yes", q2="no", q3="na", q4="4", q5="yes",
                                     fatal="yes"))
    assert r.score == pytest.approx(100 * (40 + 37.5 + 10) / 110, abs=0.01)
    assert [s.score for s in r.sections] == pytest.approx([2 / 3, 0.9375, 1.0])
    assert r.auto_fail is False and r.unanswered == 0
    # a section with nothing answered leaves the denominator: B unanswered, C yes
    r = score_answers(form, _answers(q1="yes", q2="yes", q3="yes", fatal="yes"))
    assert r.score == 100.0 and r.unanswered == 2 and r.max_points == 70
    # "no" on the auto-fail question: the whole call scores 0, the sections keep their scores
    r = score_answers(form, _answers(q1="yes", q2="yes", q3="yes", q4="5", q5="yes",
                                     fatal="no"))
    assert r.score == 0.0 and r.auto_fail is True and r.sections[0].score == 1.0
    assert score_answers(form, []).score is None
    with pytest.raises(ValueError, match="cannot be answered N/A"):
        score_answers(form, _answers(fatal="na"))
    with pytest.raises(ValueError, match="from 1 to 5"):
        score_answers(form, _answers(q4="9"))
    with pytest.raises(ValueError, match="yes, no or na"):
        score_answers(form, _answers(q1="maybe"))


def test_score002_bad_forms_name_file_line_and_field(tmp_path: Path) -> None:
    bad_weight = _form(tmp_path, FORM.replace("{id: q2, text: Two, weight: 1}",
                                              "{id: q2, text: Two, weight: -1}"))
    with pytest.raises(RuleError, match=r"f\.yaml:11: sections\[0\]\.questions\[1\]\.weight"):
        load_form(bad_weight)
    dup = _form(tmp_path, FORM.replace("{id: q3, text: Three", "{id: q1, text: Three"))
    with pytest.raises(RuleError, match=r"f\.yaml:12: .*duplicate question 'q1'"):
        load_form(dup)
    unknown = _form(tmp_path, FORM.replace(
        "{id: q5, text: Five, weight: 3}",
        "{id: q5, text: Five, weight: 3, auto: {rules: [inbound/no_such_rule]}}"), "unknown")
    with pytest.raises(RuleError, match=r"unknown\.yaml:18: .*no rule 'inbound/no_such_rule'"):
        load_form(unknown, load_pack())
    both = _form(tmp_path, FORM.replace(
        "{id: q5, text: Five, weight: 3}",
        "{id: q5, text: Five, auto: {rules: [inbound/greeting], "
        "metric: {name: talk_ratio, max: 0.7}}}"), "both")
    problems = validate_file(both)
    assert problems and "exactly one of rules, metric, sentiment" in problems[0]
    assert problems[0].startswith(f"{both}:18:")
    assert validate_file(ROOT / "scorecards" / "forms" / "inbound.yaml") == []
    result = runner.invoke(app, ["rules", "check", str(unknown)])
    assert result.exit_code == 5 and "no_such_rule" in result.output


def test_score003_bundled_forms_on_the_sample_calls(samples_db: Path) -> None:
    records = {Path(r["source_path"]).stem: r for r in iter_export(samples_db)}
    forms = {f.name for f in load_forms(None, load_pack())}
    assert forms == {"inbound_qa", "outbound_qa"}

    def answers(name: str) -> dict[str, dict[str, object]]:
        (card,) = records[name]["scores"]  # inbound calls: the inbound form only
        assert card["form"] == "inbound_qa" and card["by"] == "machine"
        return {q["id"]: q for s in card["sections"] for q in s["questions"]}

    good = answers("en_inbound_good")
    for q in ("self_intro", "offer_help", "resolution", "anything_else", "thanks_goodbye",
              "no_card_readback", "no_profanity", "no_long_silence", "customer_not_worse"):
        assert good[q]["answer"] == "yes", (q, good[q])
    assert good["notes"]["answer"] is None  # people only
    assert good["empathy"]["answer"] == "na"  # the customer never got upset
    resolution = good["resolution"]["evidence"]
    assert resolution and all({"segment", "start", "end", "text", "rule"} <= set(e)
                              for e in resolution)  # type: ignore[union-attr]
    angry = answers("en_angry_caller")
    assert angry["empathy"]["answer"] == "yes"
    empathy = angry["empathy"]["evidence"][0]  # type: ignore[index]
    assert empathy["speaker"] == "agent" and empathy["start"] < 40.0
    silence = answers("en_long_hold")["no_long_silence"]
    assert silence["evidence"][0]["metric"] == "longest_silence_s"  # type: ignore[index]
    mono = answers("mono_en_call")
    assert mono["talk_balance"]["answer"] == "na"  # no talk ratio without two channels
    assert mono["customer_not_worse"]["answer"] == "yes"  # diarisation finds the customer
    for name, rec in records.items():
        card = rec["scores"][0]
        assert 0.0 <= card["score"] <= 100.0, name
        assert all(0.0 <= q["confidence"] <= 1.0 for s in card["sections"]
                   for q in s["questions"])
    with Store(samples_db).read() as con:
        facts = con.execute("SELECT count(*) FROM call_facts WHERE qa_score IS NOT NULL AND "
                            "review_state = 'auto'").fetchone()
        answers_rows = con.execute("SELECT count(*) FROM scorecard_answers").fetchone()
    assert facts == (5,) and answers_rows == (5 * 16,)


def test_score004_a_new_form_version_adds_a_scorecard_and_keeps_the_old(
        samples_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    shutil.copyfile(samples_db, db)
    result = runner.invoke(app, ["score", "--db", str(db)])
    assert result.exit_code == 0 and "0 scored" in result.output  # current already
    v2 = tmp_path / "forms" / "inbound.yaml"
    v2.parent.mkdir()
    v2.write_text((ROOT / "scorecards" / "forms" / "inbound.yaml").read_text()
                  .replace("version: 1", "version: 2").replace("weight: 25", "weight: 50"))
    result = runner.invoke(app, ["score", "--db", str(db), "--forms", str(v2)])
    assert result.exit_code == 0 and "5 scored (5 new scorecards)" in result.output
    with Store(db).read() as con:
        rows = con.execute("SELECT call_id, count(*), count(DISTINCT form_version) "
                           "FROM scorecards GROUP BY call_id").fetchall()
        latest = con.execute("""
            SELECT count(*) FROM call_facts f JOIN scorecards s
              ON s.call_id = f.call_id AND s.score = f.qa_score
            WHERE s.form_version = ?""", [load_form(v2).sha256]).fetchone()
    assert len(rows) == 5 and all(r[1:] == (2, 2) for r in rows)
    assert latest == (5,)  # the grid shows the newest scorecard
    again = runner.invoke(app, ["score", "--db", str(db), "--forms", str(v2)])
    assert "0 scored" in again.output and "5 already current" in again.output
    exported = next(iter(iter_export(db)))
    assert [s["form_label"] for s in exported["scores"]] == ["1", "2"]
    assert json.dumps(exported["scores"])  # plain JSON
