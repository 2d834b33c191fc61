"""Deletion that reaches everywhere, and retention rules on a synthetic year.

After a deletion the database file (after its rewrite), the data folder and fresh exports
hold no trace of the call id, its file hash, its customer key or its words; every table with
a ``call_id`` column is covered (a new table fails ``ret001`` until deletion handles it)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from aqm.auth import add_user, audit, load_user
from aqm.cli import app
from aqm.errors import InputError, PermissionDenied
from aqm.export import export
from aqm.retention import RetentionRules, apply_retention, delete_calls, load_rules
from aqm.search import SearchQuery, index, search
from aqm.store import Store
from aqm.store.deletion import CALL_TABLES

from .conftest import ROOT
from .search_support import copy_samples, synth_centre

runner = CliRunner()
COMPLAINT = "86629ee1efbfdd22357d"  # en_angry_caller, crm_ticket CRM-2026-110517
TICKET = "CRM-2026-110517"
OTHER = "eff0e9efd3d3d9871410"  # en_inbound_good


def _con(db: Path, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    return duckdb.connect(str(db), read_only=read_only)


def test_ret001_every_table_with_a_call_id_is_covered(tmp_path: Path) -> None:
    db = tmp_path / "fresh.duckdb"
    Store(db).migrate()
    con = _con(db, read_only=True)
    tables = {r[0] for r in con.execute("SELECT table_name FROM information_schema.columns "
                                        "WHERE column_name = 'call_id'").fetchall()}
    con.close()
    assert tables and tables <= set(CALL_TABLES), (
        f"deletion does not know {sorted(tables - set(CALL_TABLES))}: add them to "
        f"aqm.store.deletion.CALL_TABLES (delete their rows, or unlink them)")


def _people_rows(db: Path, call_id: str) -> None:
    """Rows that point at the call from the people side, as the app and CLI write them."""
    add_user(db, "admin1", "admin1-password", "admin")
    add_user(db, "qa1", "qa1-password-x", "qa")
    admin = load_user(db, "admin1")
    audit(db, admin, "transcript_view", call_id=call_id)
    audit(db, admin, "denied", call_id=None, detail=f"/calls/{call_id}/scorecard")
    now = dt.datetime(2026, 11, 20, 10)
    con = _con(db)
    con.execute("INSERT INTO reviews (review_id, call_id, form_id, form_version, reviewer, "
                "kind, status, score, comment, created_at) VALUES ('r1', ?, 'inbound', 'v', "
                "'qa1', 'review', 'submitted', 40, 'rude; said ridiculous', ?)",
                [call_id, now])
    con.execute("INSERT INTO review_answers VALUES ('r1', 'empathy', '\"no\"', NULL, 0, "
                "'quote: I want it fixed', ?)", [now])
    con.execute("INSERT INTO disputes (dispute_id, review_id, call_id, raised_by, reason, "
                "status, raised_at) VALUES ('d1', 'r1', ?, 'agent', 'I apologised', 'open', ?)",
                [call_id, now])
    con.execute("INSERT INTO review_queue VALUES ('2026-11', ?, 'A1002', 'low_score', '', "
                "'qa1', ?)", [call_id, now])
    con.execute("INSERT INTO calibration_sessions VALUES ('s1', 'nov', 'inbound', 'qa1', "
                "'qa1', ?, NULL)", [now])
    con.execute("INSERT INTO calibration_calls VALUES ('s1', ?)", [call_id])
    con.execute("INSERT INTO coaching_sessions VALUES ('c1', 'A1002', 'qa1', DATE '2026-11-21',"
                " '[]', 'listened to two calls', ?, NULL, ?)",
                [json.dumps([call_id, OTHER]), now])
    con.execute("INSERT INTO acd_records (call_key, started_at, queue, direction, outcome, "
                "wait_s, agent_id, talk_s, call_id, link_method, source, source_row, "
                "updated_at) VALUES ('PBX-778812', ?, 'complaints', 'inbound', 'answered', "
                "12, 'A1002', 50, ?, 'agent_time', 'cdr.csv', 7, ?)", [now, call_id, now])
    sha = con.execute("SELECT file_sha256 FROM calls WHERE call_id = ?", [call_id]).fetchall()
    con.execute("INSERT INTO quarantine VALUES ('/in/again.wav', ?, 'transcribe', 'failed', "
                "'model error', ?)", [sha[0][0], now])
    con.close()


def _needles(db: Path, call_id: str) -> list[bytes]:
    """What must not survive: ids, hashes, keys and the call's own words."""
    con = _con(db, read_only=True)
    sha, extra = con.execute("SELECT file_sha256, extra_json FROM calls WHERE call_id = ?",
                             [call_id]).fetchall()[0]
    mine = " ".join(r[0] for r in con.execute(
        "SELECT text FROM segments WHERE call_id = ?", [call_id]).fetchall()).lower()
    others = " ".join(r[0] for r in con.execute(
        "SELECT text FROM segments WHERE call_id <> ?", [call_id]).fetchall()).lower()
    con.close()
    rules = " ".join(p.read_text(encoding="utf-8").lower()
                     for p in (ROOT / "scorecards").rglob("*.yaml"))  # quoted by other calls
    # words of five letters or more: the rule files (above) grow every round and take some
    words = sorted({w for w in re.findall(r"[a-z]{5,}", mine)
                    if w not in others and w not in rules})
    assert len(words) >= 3, words
    return [call_id.encode(), sha.encode(), json.loads(extra)["crm_ticket"].encode(),
            b"PBX-778812", *(w.encode() for w in words)]


def _files_holding(folder: Path, needles: list[bytes]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes().lower()
            hits = [n.decode() for n in needles if n.lower() in data
                    or n.decode().lower() in path.name.lower()]
            if hits:
                found[str(path.relative_to(folder))] = hits
    return found


def test_ret002_delete_by_customer_key_leaves_no_trace(samples_db: Path, tmp_path: Path) -> None:
    db = copy_samples(samples_db, tmp_path / "data")
    folder = db.parent
    _people_rows(db, COMPLAINT)
    assert index(db, embed=True).embedded_calls == 0  # `aqm run` indexed and embedded them
    with Store(db).read() as con:
        embedded = con.execute("SELECT count(DISTINCT call_id) FROM segment_embeddings")\
            .fetchone()
        vectors, its_vectors = con.execute(
            "SELECT count(*), count(*) FILTER (WHERE call_id = ?) FROM segment_embeddings",
            [COMPLAINT]).fetchone()
    assert embedded == (5,) and its_vectors > 0
    assert search(db, SearchQuery("cancel my account")).hits
    needles = _needles(db, COMPLAINT)
    Store(db).compact()  # control: the scan sees these bytes while the call is there
    before = _files_holding(folder, needles)
    seen = {n for hits in before.values() for n in hits}
    # every needle: the 4 ids and the call's own words (at least 3; _needles keeps the words
    # no other call and no rule file has, so how many follows the rule files)
    assert {COMPLAINT, TICKET, "PBX-778812"} <= seen, before
    assert seen == {n.decode() for n in needles} and len(seen) >= 7, before
    assert any(f.endswith(f"{COMPLAINT}.flac") for f in before)
    acd_before = _con(db, True).execute("SELECT count(*) FROM acd_records").fetchall()[0][0]

    res = runner.invoke(app, ["delete", "--customer-key", TICKET, "--key-column",
                              "crm_ticket", "--reason", f"erasure request {TICKET} / "
                              f"{COMPLAINT}", "--as", "admin1", "--db", str(db)])
    assert res.exit_code == 0, res.output
    assert "deleted 1 calls" in res.output and "1 redacted audio files" in res.output

    assert _files_holding(folder, needles) == {}
    for fmt in ("jsonl", "csv", "parquet"):
        out = tmp_path / f"export.{fmt}"
        assert export(db, fmt, out) == 4
        data = out.read_bytes().lower()
        assert not [n for n in needles if n.lower() in data], fmt
    assert search(db, SearchQuery("cancel my account")).hits == ()
    assert search(db, SearchQuery("thank you for calling"), limit=50).hits
    con = _con(db, read_only=True)
    assert con.execute("SELECT count(*) FROM acd_records").fetchall()[0][0] == acd_before
    link = con.execute("SELECT call_id, link_method, talk_s, call_key FROM acd_records "
                       "WHERE queue = 'complaints'").fetchall()
    assert [(r[0], r[1], r[2]) for r in link] == [(None, "deleted", 50.0)]
    ref, who, kind, calls, reason = con.execute(
        "SELECT ref, username, kind, calls, reason FROM deletions").fetchall()[0]
    assert (who, kind, calls) == ("admin1", "customer_key", 1)
    assert reason == f"erasure request [customer key] / {ref}#1"
    rows = con.execute("SELECT action, call_id, detail FROM audit_log ORDER BY logged_at")\
        .fetchall()
    assert ("transcript_view", f"{ref}#1", "") in rows
    assert any(a == "denied" and d == f"/calls/{ref}#1/scorecard" for a, _, d in rows)
    deletion = [json.loads(d) for a, _, d in rows if a == "delete"]
    assert deletion == [{"calls": 1, "files": 1, "kind": "customer_key", "ref": ref,
                         "reason": reason}]
    sessions = con.execute("SELECT calls_json FROM coaching_sessions").fetchall()
    assert json.loads(sessions[0][0]) == [f"{ref}#1", OTHER]
    for table in ("reviews", "review_answers", "disputes", "review_queue",
                  "calibration_calls", "quarantine", "segment_embeddings"):
        assert con.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0] == \
            (vectors - its_vectors if table == "segment_embeddings" else 0), table
    con.close()


def test_ret003_delete_selectors_permissions_and_dry_run(samples_db: Path,
                                                         tmp_path: Path) -> None:
    db = copy_samples(samples_db, tmp_path / "data")
    add_user(db, "admin1", "admin1-password", "admin")
    add_user(db, "qa1", "qa1-password-x", "qa")
    with pytest.raises(PermissionDenied):
        delete_calls(db, call_ids=[OTHER], reason="x", user=load_user(db, "qa1"))
    with pytest.raises(InputError):
        delete_calls(db, call_ids=[OTHER], reason=" ", user=load_user(db, "admin1"))
    with pytest.raises(InputError):
        delete_calls(db, reason="nothing selected", user=load_user(db, "admin1"))
    res = runner.invoke(app, ["delete", "--call", OTHER, "--reason", "test", "--as", "qa1",
                              "--db", str(db)])
    assert res.exit_code == 8, res.output
    con = _con(db, read_only=True)
    expected = {r[0] for r in con.execute("SELECT call_id FROM calls WHERE started_at < "
                                          "TIMESTAMP '2026-11-05 00:00:00'").fetchall()}
    con.close()
    assert expected and len(expected) < 5
    dry = delete_calls(db, before=dt.date(2026, 11, 5), reason="old", dry_run=True,
                       user=load_user(db, "admin1"))
    assert dry.calls == len(expected) and dry.dry_run
    assert _con(db, True).execute("SELECT count(*) FROM calls").fetchall()[0][0] == 5
    done = delete_calls(db, before=dt.date(2026, 11, 5), reason="old",
                        user=load_user(db, "admin1"))
    assert done.calls == len(expected) and done.compacted and not done.errors
    con = _con(db, read_only=True)
    left = {r[0] for r in con.execute("SELECT call_id FROM calls").fetchall()}
    con.close()
    assert left.isdisjoint(expected) and len(left) == 5 - len(expected)
    none = delete_calls(db, call_ids=["0" * 20], reason="not there", username="ops")
    assert none.calls == 0


def _ages(db: Path) -> dict[str, dt.datetime]:
    con = _con(db, read_only=True)
    out = dict(con.execute("SELECT call_id, coalesce(started_at, ingested_at) FROM calls")
               .fetchall())
    con.close()
    return out


def test_ret004_retention_on_a_synthetic_year(tmp_path: Path) -> None:
    db = synth_centre(tmp_path / "year.duckdb", 1500, segments=3, seed=11)
    index(db)
    media = Path(str(db) + ".media")
    media.mkdir()
    originals = tmp_path / "recordings"
    originals.mkdir()
    ages = _ages(db)
    con = _con(db)
    con.execute("UPDATE media SET path = ? || '/' || call_id || '.flac'", [str(media)])
    for call_id in ages:
        (media / f"{call_id}.flac").write_bytes(b"fLaC" + call_id.encode())
    recorded = sorted(ages)[:60]  # 60 calls with their original recording on disk
    for i, call_id in enumerate(recorded):
        body = f"RIFF recording {call_id}".encode()
        path = originals / f"{call_id}.wav"
        path.write_bytes(body)
        sha = hashlib.sha256(body).hexdigest()
        if i == 0:  # this file was replaced since: it is not the call's recording any more
            path.write_bytes(b"another recording")
        con.execute("UPDATE calls SET source_path = ?, file_sha256 = ? WHERE call_id = ?",
                    [str(path), sha, call_id])
    acd = con.execute("SELECT count(*) FROM acd_records").fetchall()[0][0]
    con.close()
    rules_file = tmp_path / "retention.yaml"
    rules_file.write_text("# test rules\ncalls_days: 300\ntranscripts_days: 180\n"
                          "redacted_audio_days: 90\noriginal_audio_days: 30\n")
    rules = load_rules(rules_file)
    assert rules == RetentionRules(30, 90, 180, 300)
    assert load_rules(ROOT / "docs" / "retention.example.yaml").transcripts_days == 180
    today = dt.date(2027, 1, 1)

    def before(days: int) -> set[str]:
        cut = dt.datetime.combine(today - dt.timedelta(days=days), dt.time())
        return {c for c, t in ages.items() if t < cut}

    gone, no_text, no_media, no_orig = before(300), before(180), before(90), before(30)
    assert 0 < len(gone) < len(no_text) < len(no_media) < len(no_orig) < len(ages)

    res = runner.invoke(app, ["retention", "apply", "--rules", str(rules_file), "--db",
                              str(db), "--today", "2027-01-01", "--json"])
    assert res.exit_code == 0, res.output
    report = json.loads(res.output)
    counts = {s["rule"]: s["calls"] for s in report["steps"]}
    assert counts == {"calls_days": len(gone), "transcripts_days": len(no_text - gone),
                      "redacted_audio_days": len(no_media - gone),
                      "original_audio_days": len(no_orig - gone)}
    assert report["compacted"] and report["errors"] == []

    con = _con(db, read_only=True)

    def ids(sql: str) -> set[str]:
        return {r[0] for r in con.execute(sql).fetchall()}

    assert ids("SELECT call_id FROM calls") == set(ages) - gone
    assert ids("SELECT call_id FROM transcripts") == set(ages) - no_text
    assert ids("SELECT DISTINCT call_id FROM segments") == set(ages) - no_text
    assert ids("SELECT DISTINCT call_id FROM search_docs") == set(ages) - no_text
    assert ids("SELECT call_id FROM media") == set(ages) - no_media
    assert {p.stem for p in media.iterdir()} == set(ages) - no_media
    assert ids("SELECT call_id FROM scorecards") == set(ages) - gone  # scores stay
    assert ids("SELECT DISTINCT call_id FROM compliance_results WHERE text IS NOT NULL") <= \
        set(ages) - no_text
    assert ids("SELECT call_id FROM call_facts WHERE NOT transcribed") == no_text - gone
    assert con.execute("SELECT count(*) FROM acd_records").fetchall()[0][0] == acd
    assert con.execute("SELECT count(*) FROM acd_records WHERE link_method = 'deleted'")\
        .fetchall()[0][0] == len(gone)
    assert ids("SELECT call_id FROM call_retention WHERE original_audio_deleted_at IS NOT "
               "NULL") == no_orig - gone
    con.close()
    kept = {p.stem for p in originals.iterdir()}
    removed = (set(recorded) & (no_orig - gone)) - {recorded[0]}  # [0] was replaced: kept
    assert removed and kept == set(recorded) - removed  # (whole-call deletion keeps them)
    assert search(db, SearchQuery("the", date_to=dt.date(2026, 6, 1))).hits == ()

    again = apply_retention(db, rules, today=today)
    assert [s.calls for s in again.steps] == [0, 0, 0, 0] and not again.compacted
    res = runner.invoke(app, ["retention", "apply", "--rules", str(rules_file), "--db",
                              str(db), "--today", "2027-01-01"])
    assert res.exit_code == 0 and "transcripts_days=180 (before 2026-07-05): 0 calls" in \
        res.output
    rules_file.write_text("transcripts_days: -3\nvoice_days: 2\n")
    res = runner.invoke(app, ["retention", "apply", "--rules", str(rules_file), "--db",
                              str(db)])
    assert res.exit_code == 2 and "transcripts_days" in res.output and "voice_days" in \
        res.output


def test_ret005_a_rerun_does_not_bring_back_what_retention_removed(
        samples_db: Path, english_manifest: Path, tmp_path: Path) -> None:
    from aqm.pipeline import RunOptions, run_batch
    from aqm.retention import apply_retention, load_rules
    from aqm.store import Store
    from aqm.transcribe.base import TranscribeOptions

    db = copy_samples(samples_db, tmp_path / "kept")  # its own media: retention deletes them
    rules = tmp_path / "rules.yaml"
    rules.write_text("transcripts_days: 10\nredacted_audio_days: 10\n", encoding="utf-8")
    apply_retention(db, load_rules(rules), today=dt.date(2027, 6, 1))
    with Store(db).read() as con:
        before = con.execute("SELECT count(*) FROM transcripts").fetchone()
    assert before == (0,)
    report = run_batch([english_manifest], db,
                       RunOptions(TranscribeOptions(model="tiny.en")))
    assert (report.transcribed, report.updated, report.skipped) == (0, 0, 5)
    with Store(db).read() as con:
        after = con.execute("SELECT (SELECT count(*) FROM transcripts), "
                            "(SELECT count(*) FROM media)").fetchone()
    assert after == (0, 0)
