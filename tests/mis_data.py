"""Small hand-built MIS data sets (phone-system records and recordings) for tests/test_mis.py.

Every value of the KPI test is computed by hand from these rows in test_mis.py."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pyarrow as pa

from aqm.store import Store
from aqm.store.bulk import bulk_load

T = dt.datetime
NOW = T(2026, 12, 1, 12, 0)

# (key, started_at UTC, direction, outcome, wait_s, agent, team, queue, talk, hold, wrap, call)
ACD = [
    ("K1", T(2026, 11, 2, 10, 0), "inbound", "answered", 10.0, "A1", None, "q1",
     100.0, 20.0, 30.0, "c1"),
    ("K2", T(2026, 11, 3, 11, 0), "inbound", "answered", 30.0, "A2", None, "q1",
     200.0, 0.0, 10.0, "c2"),
    ("K3", T(2026, 11, 3, 12, 0), "inbound", "abandoned", 5.0, None, None, "q1",
     None, None, None, None),
    ("K4", T(2026, 11, 4, 9, 0), "inbound", "abandoned", 45.0, None, None, "q2",
     None, None, None, None),
    ("K5", T(2026, 11, 5, 9, 0), "inbound", "answered", 20.0, "A1", "T1", "q2",
     50.0, None, 10.0, None),
    ("K6", T(2026, 11, 6, 14, 0), "outbound", "answered", 0.0, "A2", None, "sales",
     300.0, 60.0, 40.0, "c3"),
    ("K7", T(2026, 11, 7, 15, 0), "inbound", "answered", None, "A1", None, "q1",
     60.0, 0.0, 0.0, "c4"),
    ("K0", T(2026, 10, 15, 9, 0), "inbound", "answered", 40.0, "A1", "T1", "q1",
     100.0, 0.0, 20.0, None),
]
# (call, started_at UTC, agent, team, queue, direction, duration, non_talk, hold, talk,
#  overtalk_s, overtalk_count, qa_score, auto_fail, sentiment_end, ended_negative)
RECORDINGS = [
    ("c1", T(2026, 11, 2, 10, 0, 10), "A1", "T1", "q1", "inbound", 120.0, 30.0, 20.0, 90.0,
     2.0, 1.0, 80.0, False, 0.5, False),
    ("c2", T(2026, 11, 3, 11, 0, 30), "A2", "T2", "q1", "inbound", 200.0, 20.0, 0.0, 180.0,
     9.0, 3.0, 60.0, False, -0.5, True),
    ("c3", T(2026, 11, 6, 14, 0, 5), "A2", "T2", "sales", "outbound", 360.0, 100.0, 60.0,
     260.0, None, None, 0.0, True, None, None),
    ("c4", T(2026, 11, 7, 15, 0, 40), "A1", "T1", "q1", "inbound", 60.0, 10.0, 0.0, 50.0,
     1.0, 1.0, None, None, 0.1, False),
    ("c5", T(2026, 11, 20, 8, 0), "A1", "T1", "q1", "inbound", 100.0, 40.0, 10.0, 60.0,
     3.0, 2.0, 100.0, False, -0.3, True),
]
# (call, rule, status, evidence rank)
COMPLIANCE = [("c1", "greeting", "pass", 0), ("c1", "greeting", "pass", 1),
              ("c1", "resolution", "fail", None), ("c2", "greeting", "fail", None),
              ("c2", "resolution", "pass", 0), ("c3", "greeting", "not_applicable", None),
              ("c5", "greeting", "pass", 0)]
CATEGORIES = [("c1", "billing"), ("c2", "billing"), ("c2", "refund"), ("c3", "payment"),
              ("c5", "billing")]


def _ts(values: list[Any]) -> pa.Array:
    return pa.array(values, pa.timestamp("us"))


def calls_table(rows: list[tuple[Any, ...]]) -> pa.Table:
    """``calls`` rows: (call_id, started_at, agent, team, queue, direction, duration[, extra])."""
    n = len(rows)
    return pa.table({
        "call_id": [r[0] for r in rows], "source_path": [f"/rec/{r[0]}.wav" for r in rows],
        "file_sha256": [r[0] * 4 for r in rows], "file_size": [1000] * n,
        "duration_s": pa.array([r[6] for r in rows], pa.float64()),
        "agent_id": pa.array([r[2] for r in rows], pa.string()),
        "agent_name": pa.array([None if r[2] is None else f"Agent {r[2]}" for r in rows],
                               pa.string()),
        "team": pa.array([r[3] for r in rows], pa.string()),
        "queue": pa.array([r[4] for r in rows], pa.string()),
        "direction": [r[5] for r in rows], "started_at": _ts([r[1] for r in rows]),
        "language_hint": ["en"] * n,
        "extra_json": [json.dumps(r[7] if len(r) > 7 else {}) for r in rows],
        "ingested_at": _ts([NOW] * n)})


def acd_table(rows: list[tuple[Any, ...]]) -> pa.Table:
    n = len(rows)
    f64 = pa.float64()
    return pa.table({
        "call_key": [r[0] for r in rows], "started_at": _ts([r[1] for r in rows]),
        "direction": [r[2] for r in rows], "outcome": [r[3] for r in rows],
        "wait_s": pa.array([r[4] for r in rows], f64),
        "agent_id": pa.array([r[5] for r in rows], pa.string()),
        "team": pa.array([r[6] for r in rows], pa.string()),
        "queue": pa.array([r[7] for r in rows], pa.string()),
        "talk_s": pa.array([r[8] for r in rows], f64),
        "hold_s": pa.array([r[9] for r in rows], f64),
        "wrap_s": pa.array([r[10] for r in rows], f64),
        "call_id": pa.array([r[11] for r in rows], pa.string()),
        "link_method": pa.array([None if r[11] is None else "key" for r in rows], pa.string()),
        "source": ["test"] * n, "updated_at": _ts([NOW] * n)})


def analysis_tables(recs: list[tuple[Any, ...]]) -> dict[str, pa.Table]:
    metric_rows, sentiment_rows, cards = [], [], []
    for r in recs:
        call = r[0]
        for name, value in (("non_talk_s", r[7]), ("hold_s", r[8]), ("talk_s", r[9]),
                            ("overtalk_s", r[10]), ("overtalk_count", r[11])):
            if value is not None:
                metric_rows.append({"call_id": call, "name": name, "value": value, "unit": "s"})
        if r[14] is not None:
            sentiment_rows += [
                {"call_id": call, "kind": "end", "speaker": "customer", "value": r[14],
                 "run_key": "t"},
                {"call_id": call, "kind": "customer_ended_negative", "speaker": "customer",
                 "value": float(r[15]), "run_key": "t"}]
        if r[12] is not None:
            cards.append({"scorecard_id": f"sc-{call}", "call_id": call, "form_id": "f",
                          "form_version": "1", "form_file": "f.yaml", "run_key": "t",
                          "score": r[12], "points": r[12], "max_points": 100.0,
                          "auto_fail": r[13], "scorecard_json": "{}", "created_at": NOW})
    return {
        "metric_values": pa.Table.from_pylist(metric_rows),
        "sentiment_values": pa.Table.from_pylist(sentiment_rows),
        "scorecards": pa.Table.from_pylist(cards),
        "compliance_results": pa.table({
            "call_id": [c[0] for c in COMPLIANCE], "rule_id": [c[1] for c in COMPLIANCE],
            "file": ["rules.yaml"] * len(COMPLIANCE), "file_sha256": ["x"] * len(COMPLIANCE),
            "status": [c[2] for c in COMPLIANCE],
            "evidence_rank": pa.array([c[3] for c in COMPLIANCE], pa.int32()),
            "run_key": ["t"] * len(COMPLIANCE)}),
        "call_categories": pa.table({
            "call_id": [c[0] for c in CATEGORIES], "category": [c[1] for c in CATEGORIES],
            "file": ["drivers.yaml"] * len(CATEGORIES), "run_key": ["t"] * len(CATEGORIES)}),
    }


def hand_db(path: Path) -> Path:
    """The hand-computed data set of test_mis001."""
    recs = [(r[0], r[1], r[2], r[3], r[4], r[5], r[6]) for r in RECORDINGS]
    tables = {"calls": calls_table(recs), "acd_records": acd_table(ACD)}
    tables.update(analysis_tables(RECORDINGS))
    bulk_load(Store(path), [tables])
    return path


def load(path: Path, calls: list[tuple[Any, ...]], acd: list[tuple[Any, ...]]) -> Path:
    """A data set of just calls and phone-system records."""
    tables = {}
    if calls:
        tables["calls"] = calls_table(calls)
    if acd:
        tables["acd_records"] = acd_table(acd)
    bulk_load(Store(path), [tables])
    return path
