"""The batch: rerun skips, bad files quarantined, kill -9 then rerun gives every call once."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest
from typer.testing import CliRunner

from aqm.cli import app
from aqm.pipeline import RunOptions, run_batch
from aqm.store import Store
from aqm.transcribe.base import TranscribeOptions

from .conftest import DATA, ROOT, SAMPLES

TINY = RunOptions(TranscribeOptions(model="tiny.en"))


def _rows(db: Path) -> dict[str, list[tuple[object, ...]]]:
    with Store(db).read() as con:
        return {
            "calls": con.execute("SELECT * EXCLUDE (ingested_at) FROM calls "
                                 "ORDER BY call_id").fetchall(),
            "segments": con.execute("SELECT * FROM segments ORDER BY call_id, seg_idx")
            .fetchall(),
            "words": con.execute("SELECT * FROM words ORDER BY call_id, seg_idx, word_idx")
            .fetchall(),
            "transcripts": con.execute("SELECT * EXCLUDE (created_at) FROM transcripts "
                                       "ORDER BY call_id").fetchall(),
        }


def test_pipe001_rerun_transcribes_nothing_and_rows_are_identical(
        samples_db: Path, english_manifest: Path, tmp_path: Path) -> None:
    db = tmp_path / "copy.duckdb"
    shutil.copyfile(samples_db, db)
    before = _rows(db)
    report = run_batch([english_manifest], db, TINY)
    assert report.transcribed == 0
    assert report.skipped == report.total == 5
    assert _rows(db) == before
    assert len(before["calls"]) == 5 and len(before["words"]) > 300


def test_pipe002_bad_files_are_quarantined_and_the_batch_goes_on(tmp_path: Path) -> None:
    batch = tmp_path / "batch"
    batch.mkdir()
    shutil.copyfile(SAMPLES / "en_long_hold.wav", batch / "good.wav")
    for name in ("corrupt.wav", "empty.wav", "notes.wav"):
        shutil.copyfile(DATA / "bad" / name, batch / name)
    db = tmp_path / "aqm.duckdb"
    result = CliRunner().invoke(app, ["run", str(batch), "--db", str(db), "--model", "tiny.en"])
    assert result.exit_code == 1, result.output
    status = Store(db).status()
    assert status.calls == status.transcribed == 1
    reasons = {Path(q.path).name: q.reason for q in status.quarantined}
    assert set(reasons) == {"corrupt.wav", "empty.wav", "notes.wav"}
    assert reasons["empty.wav"] == "empty"
    assert reasons["notes.wav"] == "not_audio"
    assert all(q.detail for q in status.quarantined)
    shown = CliRunner().invoke(app, ["status", "--db", str(db)])
    assert shown.exit_code == 0
    assert "notes.wav" in shown.output and "empty" in shown.output


def test_pipe003_same_audio_twice_in_a_batch_is_one_call(tmp_path: Path) -> None:
    batch = tmp_path / "b"
    batch.mkdir()
    shutil.copyfile(SAMPLES / "en_long_hold.wav", batch / "a.wav")
    shutil.copyfile(SAMPLES / "en_long_hold.wav", batch / "a-copy.wav")
    db = tmp_path / "x.duckdb"
    report = run_batch([batch], db, TINY)
    assert (report.transcribed, report.skipped) == (1, 1)
    with Store(db).read() as con:
        assert con.execute("SELECT count(*) FROM calls").fetchone() == (1,)
        assert con.execute("SELECT count(*) FROM call_paths").fetchone() == (2,)


def _count(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        return Store(db, lock_timeout_s=5).status().transcribed
    except Exception:
        return 0


@pytest.mark.timeout(600)
def test_pipe004_sigkill_mid_batch_then_rerun_gives_every_call_once(tmp_path: Path) -> None:
    batch = tmp_path / "calls"
    batch.mkdir()
    # eight distinct recordings: the prompts are real speech; 2 s apart keeps them distinct
    prompts = sorted((DATA / "prompts").glob("*.wav"))[:8]
    for p in prompts:
        shutil.copyfile(p, batch / p.name)
    db = tmp_path / "k.duckdb"
    cmd = [sys.executable, "-m", "aqm", "run", str(batch), "--db", str(db),
           "--model", "tiny.en"]
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 300
    while _count(db) < 2 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.2)
    assert proc.poll() is None, "the batch ended before it could be killed"
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    done_before = Store(db).status().transcribed
    assert 2 <= done_before < len(prompts)
    report = run_batch([batch], db, TINY)
    assert (report.skipped, report.transcribed) == (done_before, len(prompts) - done_before), \
        (report, done_before)
    with Store(db).read() as con:
        assert con.execute("SELECT count(*), count(DISTINCT call_id) FROM calls").fetchone() \
            == (len(prompts), len(prompts))
        assert con.execute("SELECT count(*), count(DISTINCT call_id) FROM transcripts") \
            .fetchone() == (len(prompts), len(prompts))
        dup = con.execute("SELECT count(*) FROM (SELECT call_id, seg_idx, count(*) n FROM "
                          "segments GROUP BY ALL HAVING n > 1)").fetchone()
        assert dup == (0,)
        orphans = con.execute("SELECT count(*) FROM segments WHERE call_id NOT IN "
                              "(SELECT call_id FROM transcripts)").fetchone()
        assert orphans == (0,)


def test_pipe005_workers_give_the_same_rows(tmp_path: Path, samples_db: Path,
                                            english_manifest: Path) -> None:
    db = tmp_path / "w.duckdb"
    opts = RunOptions(TranscribeOptions(model="tiny.en"), workers=2)
    report = run_batch([english_manifest], db, opts)
    assert report.transcribed == 5 and report.ok
    a, b = _rows(db), _rows(samples_db)
    assert [r[0] for r in a["calls"]] == [r[0] for r in b["calls"]]
    texts_a = [r[6] for r in a["segments"]]
    texts_b = [r[6] for r in b["segments"]]
    assert texts_a == texts_b


def test_pipe006_new_metric_settings_redo_metrics_only(samples_db: Path, english_manifest: Path,
                                                       tmp_path: Path) -> None:
    from aqm.metrics import MetricsOptions

    db = tmp_path / "m.duckdb"
    shutil.copyfile(samples_db, db)
    before = _rows(db)
    opts = replace(TINY, metrics=MetricsOptions(silence_threshold_s=2.0))
    report = run_batch([english_manifest], db, opts)
    assert (report.transcribed, report.updated, report.skipped) == (0, 5, 0)
    after = _rows(db)
    assert after["segments"] == before["segments"] and after["words"] == before["words"]
    with Store(db).read() as con:
        thresholds = con.execute("SELECT DISTINCT json_extract(metrics_json, "
                                 "'$.lineage.options.silence_threshold_s') FROM call_metrics") \
            .fetchall()
    assert thresholds == [("2.0",)]
    again = run_batch([english_manifest], db, opts)
    assert (again.transcribed, again.updated, again.skipped) == (0, 0, 5)


def test_pipe007_compliance_and_categories_are_stored_and_exported(samples_db: Path) -> None:
    from aqm.export import iter_export

    records = {Path(r["source_path"]).stem: r for r in iter_export(samples_db)}
    good = records["en_inbound_good"]
    status = {r["rule"]: r["status"] for r in good["compliance"]["rules"]
              if r["file"] == "inbound"}
    for rule in ("greeting", "self_intro", "offer_help", "anything_else", "thanks", "goodbye"):
        assert status[rule] == "pass", (rule, status)
    assert {"billing", "refund"} <= {c["category"] for c in good["categories"]}
    assert "complaint" in {c["category"] for c in records["en_angry_caller"]["categories"]}
    with Store(samples_db).read() as con:
        rows = con.execute("SELECT count(DISTINCT call_id), count(*) FROM compliance_results") \
            .fetchone()
    assert rows is not None and rows[0] == 5 and rows[1] > 40


def test_pipe008_an_edited_rule_file_redoes_compliance_only(
        samples_db: Path, english_manifest: Path, tmp_path: Path) -> None:
    db = tmp_path / "r.duckdb"
    shutil.copyfile(samples_db, db)
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "scorecards", rules)
    inbound = rules / "rules" / "inbound.yaml"
    text = inbound.read_text()
    version = text.split("\nversion: ", 1)[1].split("\n", 1)[0]
    bumped = str(int(version) + 1)
    inbound.write_text(text.replace(f"\nversion: {version}\n", f"\nversion: {bumped}\n", 1))
    before = _rows(db)
    report = run_batch([english_manifest], db, replace(TINY, rule_paths=(str(rules),)))
    assert (report.transcribed, report.updated) == (0, 5)
    assert _rows(db)["segments"] == before["segments"]
    with Store(db).read() as con:
        files = [json.loads(r[0]) for r in con.execute(
            "SELECT json_extract(compliance_json, '$.files') FROM call_compliance").fetchall()]
    assert all({"inbound": bumped}.items() <= {f["name"]: f["version"] for f in fs}.items()
               for fs in files)


def test_pipe009_sentiment_is_stored_exported_and_feeds_the_facts(samples_db: Path) -> None:
    from aqm.export import iter_export

    records = {Path(r["source_path"]).stem: r for r in iter_export(samples_db)}
    angry = records["en_angry_caller"]["sentiment"]["speakers"]["customer"]
    assert angry["start"]["label"] == "negative"  # "This is the third time I am calling"
    assert angry["most_negative"]["start_s"] < 25.0
    good = records["en_inbound_good"]["sentiment"]
    assert good["speakers"]["customer"]["end"]["label"] == "positive"
    assert good["customer_ended_negative"] is False
    # the mono call's customer is found by diarisation: "No, that's all. Thanks."
    assert records["mono_en_call"]["sentiment"]["customer_ended_negative"] is False
    for rec in records.values():
        labels = [s["sentiment"]["label"] for s in rec["segments"]]
        assert len(labels) == len(rec["segments"]) and set(labels) <= {
            "negative", "neutral", "positive"}
    with Store(samples_db).read() as con:
        facts = dict(con.execute(
            "SELECT c.source_path, f.customer_sentiment_start FROM call_facts f "
            "JOIN calls c USING (call_id)").fetchall())
        segs = con.execute("SELECT count(*) FROM sentiment_values WHERE kind = 'segment'") \
            .fetchone()
        lineage = con.execute("SELECT count(*) FROM runs WHERE stage = 'sentiment'").fetchone()
    assert facts[str(SAMPLES / "en_angry_caller.wav")] < -0.2
    assert facts[str(SAMPLES / "mono_en_call.wav")] is not None
    assert segs is not None and segs[0] == sum(len(r["segments"]) for r in records.values())
    assert lineage == (1,)


def test_pipe010_new_sentiment_options_redo_sentiment_and_rules_only(
        samples_db: Path, english_manifest: Path, tmp_path: Path) -> None:
    from aqm.sentiment import SentimentOptions

    db = tmp_path / "s.duckdb"
    shutil.copyfile(samples_db, db)
    before = _rows(db)
    opts = replace(TINY, sentiment=SentimentOptions(edge_fraction=0.5))
    report = run_batch([english_manifest], db, opts)
    assert (report.transcribed, report.updated, report.skipped) == (0, 5, 0)
    assert _rows(db)["segments"] == before["segments"]
    with Store(db).read() as con:
        edges = con.execute("SELECT DISTINCT json_extract(sentiment_json, "
                            "'$.lineage.options.edge_fraction') FROM call_sentiment").fetchall()
        rules = con.execute("SELECT count(DISTINCT call_id) FROM call_compliance").fetchone()
    assert edges == [("0.5",)] and rules == (5,)
    again = run_batch([english_manifest], db, opts)
    assert (again.transcribed, again.updated, again.skipped) == (0, 0, 5)


def test_pipe011_mono_diarisation_roles_are_stored_and_exported(samples_db: Path) -> None:
    from aqm.export import iter_export

    records = {Path(r["source_path"]).stem: r for r in iter_export(samples_db)}
    mono = records["mono_en_call"]
    roles = {s["role"] for s in mono["speakers"]}
    assert roles == {"agent", "customer"} and mono["diarisation"]
    assert all(0.0 < s["confidence"] <= 1.0 and s["method"] and s["talk_s"] > 0
               for s in mono["speakers"])
    role_of = {s["label"]: s["role"] for s in mono["speakers"]}
    assert all(seg["speaker"] == role_of[seg["speaker_label"]] for seg in mono["segments"])
    stereo = records["en_inbound_good"]
    assert stereo["speakers"] == [] and {s["speaker_label"] for s in stereo["segments"]} == {None}
    with Store(samples_db).read() as con:
        stored = con.execute("SELECT count(*) FROM speaker_roles").fetchone()
    assert stored == (len(mono["speakers"]),)
