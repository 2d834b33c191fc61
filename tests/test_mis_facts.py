"""The MIS tables that writes keep up to date (``aqm.store.mis_facts``) give the same reports
as the straight SQL over the source tables, after every kind of write that changes a KPI
input: the bulk load, reviews, re-scored and re-run calls, phone-system imports (replaced,
relinked and new records), deletions; a write that bypasses the upkeep is repaired before the
next report; the migration fills the tables of an existing database."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import shutil
from pathlib import Path
from typing import Any

import duckdb
import pytest

from aqm.auth import add_user, load_user
from aqm.mis import ReportRequest, build_report, import_acd
from aqm.mis.acd import AcdImportOptions
from aqm.retention import delete_calls
from aqm.scoring.people import PersonAnswer, submit_review
from aqm.store import Store
from aqm.store.facts import refresh_call_facts
from aqm.store.mis_facts import mis_fresh, rebuild_mis
from aqm.store.records import load_records
from aqm.store.schema import SCHEMA_VERSION
from aqm.store.writes import StoredCall
from aqm.synth import SynthOptions, synthesize

from .mis_data import hand_db

HCM = "Asia/Ho_Chi_Minh"
TABLES = ("mis_calls", "mis_rules", "mis_categories")


def _requests(team: str) -> list[ReportRequest]:
    return [
        ReportRequest(period="2026-11", by=("team", "queue"), tz=HCM),
        ReportRequest(period="2026-11", by=("agent",)),
        ReportRequest(period="2026-11", by=("direction", "language"), tz="America/New_York"),
        ReportRequest(period="2026-W46", by=("queue",), tz="Asia/Kolkata",
                      filters=(("team", (team, "(none)")),)),
        ReportRequest(period="2026-11-20", by=("team",), tz=HCM, grain="hour"),
        ReportRequest(period="2026", by=("team",), tz=HCM),
    ]


def _same_reports(db: Path, team: str, requests: list[ReportRequest] | None = None) -> int:
    """Every request's report, fast and straight, table by table (all but "about", which
    holds the time it was made); returns the cells compared."""
    cells = 0
    for request in requests or _requests(team):
        fast = build_report(db, request, cache=False)
        straight = build_report(db, request, straight=True)
        for a, b in zip(fast.tables(), straight.tables(), strict=True):
            if a.name != "about":
                assert a == b, (request, a.name)
                cells += len(a.rows) * len(a.columns)
    return cells


def _table_rows(con: Any) -> dict[str, list[tuple[Any, ...]]]:
    return {t: sorted(con.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in TABLES}


class _Undo(Exception):
    """Rolls a ``Store.write`` block back."""


def _same_as_rebuilt(db: Path) -> None:
    """The maintained tables hold exactly what a rebuild from scratch writes (the rebuild
    is rolled back)."""
    with pytest.raises(_Undo), Store(db).write() as con:
        assert mis_fresh(con)
        kept = _table_rows(con)
        rebuild_mis(con)
        assert _table_rows(con) == kept
        raise _Undo


def _check(db: Path, team: str) -> None:
    _same_as_rebuilt(db)
    assert _same_reports(db, team) > 500


@pytest.fixture(scope="module")
def centre(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("misf") / "centre.duckdb"
    synthesize(db, SynthOptions(calls=1500, start=dt.date(2026, 10, 1),
                                end=dt.date(2026, 11, 30), agents=8, teams=3, seed=5))
    return db


def _team(db: Path) -> str:
    with Store(db).read() as con:
        return str(con.execute("SELECT min(team) FROM call_facts").fetchone()[0])


def test_misf001_fast_path_matches_straight_sql_on_the_hand_set(tmp_path: Path) -> None:
    db = hand_db(tmp_path / "hand.duckdb")
    _check(db, "T1")
    r = build_report(db, ReportRequest(period="2026-11", by=("team",)), cache=False)
    assert (r.value("volume_in"), r.value("recorded"), r.value("service_level")) == (6, 5, 0.5)


def test_misf002_every_write_keeps_the_tables_right(centre: Path, tmp_path: Path) -> None:
    db = Path(shutil.copy(centre, tmp_path / "c.duckdb"))
    team = _team(db)
    _check(db, team)  # the bulk load (aqm synth)
    with Store(db).read() as con:
        linked = [r[0] for r in con.execute(
            "SELECT call_id FROM acd_records WHERE call_id IS NOT NULL AND started_at >= "
            "'2026-11-01' ORDER BY call_key LIMIT 6").fetchall()]
        keys = dict(con.execute("SELECT call_id, call_key FROM acd_records WHERE call_id IN "
                                "(SELECT unnest($ids))", {"ids": linked}).fetchall())
    before = build_report(db, ReportRequest(period="2026-11", tz=HCM), cache=False)

    # a person's review changes the final QA score
    add_user(db, "qa1", "qa1-password-x", "qa")
    qa1 = load_user(db, "qa1")
    assert qa1 is not None
    submit_review(db, qa1, linked[0], [PersonAnswer("greeting", "no")])
    # a re-run with a new model: the call's metadata, rule results and drivers change
    with Store(db).read() as con:
        record = next(load_records(con, [linked[1]]))
    call = dataclasses.replace(record.call, metadata=dataclasses.replace(
        record.call.metadata, team="Rerun team", queue="rerun_q"))
    Store(db).save_call(StoredCall(call=call))
    with Store(db).write() as con:
        con.execute("DELETE FROM compliance_results WHERE call_id = ?", [linked[1]])
        con.execute("INSERT INTO compliance_results (call_id, rule_id, file, file_sha256, "
                    "status, evidence_rank, run_key) VALUES (?, 'new_rule', 'r.yaml', 'x', "
                    "'fail', 0, 'rerun')", [linked[1]])
        con.execute("INSERT INTO call_categories (call_id, category, file, run_key) VALUES "
                    "(?, 'rerun_driver', 'c.yaml', 'rerun')", [linked[1]])
        refresh_call_facts(con, linked[1], dt.datetime.now(dt.timezone.utc).replace(
            tzinfo=None))
    _check(db, team)
    after = build_report(db, ReportRequest(period="2026-11", by=("team",), tz=HCM),
                         cache=False)
    assert after.value("qa_avg") != before.value("qa_avg")
    assert [r for r in after.breakdown.rows if r[0] == "Rerun team"]  # type: ignore[union-attr]

    # phone-system import: a record replaced without its link (its recording is then
    # alone), a new record linked to that recording by call id, a record relinked with a
    # new queue, a new abandoned call
    rows = [["call_key", "started_at", "queue", "direction", "outcome", "wait_s", "agent_id",
             "talk_s", "hold_s", "wrap_s", "call_id"],
            [keys[linked[2]], "2026-11-10T09:00:00", "q_new", "inbound", "answered", "95",
             "", "60", "0", "5", ""],
            ["NEW-1", "2026-11-10T09:05:00", "q_new", "inbound", "answered", "3", "A1001",
             "40", "0", "2", linked[2]],
            [keys[linked[3]], "2026-11-11T10:00:00", "q_moved", "inbound", "answered", "7",
             "", "50", "0", "5", linked[3]],
            ["NEW-2", "2026-11-12T11:00:00", "q_new", "inbound", "abandoned", "80", "", "",
             "", "", ""]]
    path = tmp_path / "acd.csv"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)
    load = import_acd(db, path, AcdImportOptions(tz="UTC")).load
    assert (load.new, load.replaced, load.linked_call_id) == (2, 2, 2)
    _check(db, team)
    moved = build_report(db, ReportRequest(period="2026-11", by=("queue",)), cache=False)
    assert {r[0] for r in moved.breakdown.rows} >= {"q_new", "q_moved"}  # type: ignore[union-attr]

    # deletion: the calls go, their phone-system records stay (unlinked)
    delete_calls(db, call_ids=linked[4:6], reason="test", username="admin", compact=False)
    _check(db, team)
    gone = build_report(db, ReportRequest(period="2026-11", tz=HCM), cache=False)
    assert gone.value("recorded") == int(moved.value("recorded") or 0) - 2
    assert gone.value("volume_in") == moved.value("volume_in")

    # the rewrites above appended old calls' rows at the tables' ends; compaction puts them
    # back in time order (a month reads only its own row groups) and changes no number
    assert not _in_time_order(db)
    with Store(db).read() as con:
        kept = _table_rows(con)
    Store(db).compact()
    assert _in_time_order(db)
    with Store(db).read() as con:
        assert _table_rows(con) == kept
    _check(db, team)


def _in_time_order(db: Path) -> bool:
    """Whether each MIS table's rows are stored (rowid order) by start time."""
    with Store(db).read() as con:
        return all(con.execute(
            f"SELECT bool_and(ts >= prev) FROM (SELECT ts, lag(ts) OVER (ORDER BY rowid) "
            f"AS prev FROM {t}) WHERE ts IS NOT NULL AND prev IS NOT NULL").fetchone()[0]
            for t in TABLES)


def test_misf003_a_write_that_bypasses_the_upkeep_is_repaired(centre: Path,
                                                              tmp_path: Path) -> None:
    db = Path(shutil.copy(centre, tmp_path / "c.duckdb"))
    con = duckdb.connect(str(db))
    con.execute("INSERT INTO acd_records (call_key, started_at, queue, direction, outcome, "
                "wait_s, source, updated_at) VALUES ('RAW-1', '2026-11-05 03:00', 'raw_q', "
                "'inbound', 'abandoned', 40, 'raw', now()::TIMESTAMP)")
    con.execute("DELETE FROM call_facts WHERE call_id = (SELECT min(call_id) FROM call_facts)")
    con.close()
    with Store(db).read() as c:
        assert not mis_fresh(c)
    r = build_report(db, ReportRequest(period="2026-11", by=("queue",)), cache=False)
    assert "raw_q" in {row[0] for row in r.breakdown.rows}  # type: ignore[union-attr]
    _check(db, _team(db))


def test_misf004_the_migration_fills_the_tables_of_an_older_database(centre: Path,
                                                                    tmp_path: Path) -> None:
    db = Path(shutil.copy(centre, tmp_path / "old.duckdb"))
    con = duckdb.connect(str(db))  # the file as the previous aqm left it
    for table in (*TABLES, "mis_state"):
        con.execute(f"DROP TABLE {table}")
    con.execute("CREATE TABLE mis_call_extras (call_id VARCHAR)")
    con.execute("DELETE FROM schema_migrations WHERE name = 'm015_mis_facts'")
    con.close()
    assert Store(db).migrate(create=False) == SCHEMA_VERSION
    with Store(db).read() as c:
        assert c.execute("SELECT count(*) FROM mis_calls WHERE has_rec").fetchone() == (1500,)
    _check(db, _team(db))


def test_misf005_calls_saved_and_saved_again_by_the_pipeline(samples_db: Path,
                                                             english_manifest: Path,
                                                             tmp_path: Path) -> None:
    """Real calls written by ``aqm run`` (tiny.en), then re-run with new metric settings
    (every call saved again): the tables follow each save."""
    from aqm.metrics import MetricsOptions
    from aqm.pipeline import RunOptions, run_batch
    from aqm.transcribe.base import TranscribeOptions

    db = Path(shutil.copy(samples_db, tmp_path / "samples.duckdb"))
    with Store(db).read() as con:
        first, n = con.execute("SELECT min(started_at), count(*) FROM call_facts").fetchone()
    month = f"{first:%Y-%m}"
    requests = [ReportRequest(period=month, by=("agent", "queue")),
                ReportRequest(period=month, by=("language",), tz=HCM, grain="hour")]
    _same_as_rebuilt(db)
    assert _same_reports(db, "", requests) > 100
    before = build_report(db, requests[0], cache=False)
    report = run_batch([english_manifest], db, RunOptions(
        TranscribeOptions(model="tiny.en"), metrics=MetricsOptions(silence_threshold_s=0.2)))
    assert (report.transcribed, report.updated) == (0, n)
    _same_as_rebuilt(db)
    assert _same_reports(db, "", requests) > 100
    after = build_report(db, requests[0], cache=False)
    assert after.value("recorded") == before.value("recorded") == n
