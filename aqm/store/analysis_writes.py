"""Rows of the text stages: sentiment, compliance and categories, auto-QA scorecards."""

from __future__ import annotations

import datetime as dt
import json
from typing import TYPE_CHECKING, Any

import pyarrow as pa

from aqm.store.writes import insert, upsert_run

if TYPE_CHECKING:
    from aqm.scoring import ComplianceResult, Scorecard
    from aqm.sentiment import CallSentiment
    from aqm.types import Lineage

COMPLIANCE_ROWS = pa.schema([
    ("call_id", pa.string()), ("rule_id", pa.string()), ("file", pa.string()),
    ("file_sha256", pa.string()), ("status", pa.string()), ("severity", pa.string()),
    ("weight", pa.float64()), ("reason", pa.string()), ("evidence_rank", pa.int32()),
    ("seg_idx", pa.int32()), ("speaker", pa.string()), ("start_s", pa.float64()),
    ("end_s", pa.float64()), ("method", pa.string()), ("score", pa.float64()),
    ("text", pa.string()), ("run_key", pa.string()),
])
SENTIMENT_ROWS = pa.schema([
    ("call_id", pa.string()), ("kind", pa.string()), ("speaker", pa.string()),
    ("seg_idx", pa.int32()), ("label", pa.string()), ("value", pa.float64()),
    ("start_s", pa.float64()), ("end_s", pa.float64()), ("run_key", pa.string()),
])
CATEGORY_ROWS = pa.schema([
    ("call_id", pa.string()), ("category", pa.string()), ("file", pa.string()),
    ("score", pa.float64()), ("run_key", pa.string()),
])


def write_compliance(con: Any, call_id: str, result: ComplianceResult,
                     now: dt.datetime) -> None:
    """Replace a call's compliance results and categories."""
    key = result.lineage.run_key
    upsert_run(con, result.lineage, now)
    for table in ("call_compliance", "compliance_results", "call_categories"):
        con.execute(f"DELETE FROM {table} WHERE call_id = ?", [call_id])
    con.execute("INSERT INTO call_compliance VALUES (?, ?, ?, ?, ?)", [
        call_id, key, json.dumps(result.to_dict(), ensure_ascii=False),
        json.dumps(result.categories_to_dict(), ensure_ascii=False), now])
    insert(con, "compliance_results", pa.Table.from_pylist([{
        "call_id": call_id, "rule_id": h.rule_id, "file": h.file,
        "file_sha256": h.file_sha256, "status": h.status, "severity": h.severity,
        "weight": h.weight, "reason": h.reason, "evidence_rank": h.evidence_rank,
        "seg_idx": h.segment_index, "speaker": h.speaker, "start_s": h.start_s,
        "end_s": h.end_s, "method": h.method, "score": h.score, "text": h.text, "run_key": key,
    } for h in result.to_rows()], schema=COMPLIANCE_ROWS))
    insert(con, "call_categories", pa.Table.from_pylist([{
        "call_id": call_id, "category": c.category, "file": c.file, "score": c.score,
        "run_key": key,
    } for c in result.categories], schema=CATEGORY_ROWS))


def write_sentiment(con: Any, call_id: str, result: CallSentiment, now: dt.datetime) -> None:
    """Replace a call's sentiment: the export's JSON and the flat rows for reports."""
    key = result.lineage.run_key
    upsert_run(con, result.lineage, now)
    for table in ("call_sentiment", "sentiment_values"):
        con.execute(f"DELETE FROM {table} WHERE call_id = ?", [call_id])
    con.execute("INSERT INTO call_sentiment VALUES (?, ?, ?, ?, ?)", [
        call_id, key, json.dumps(result.to_dict(), ensure_ascii=False),
        json.dumps(result.segment_dicts()), now])
    insert(con, "sentiment_values", pa.Table.from_pylist([{
        "call_id": call_id, "kind": r.kind, "speaker": r.speaker, "seg_idx": r.segment,
        "label": r.label, "value": r.value, "start_s": r.start_s, "end_s": r.end_s,
        "run_key": key,
    } for r in result.to_rows()], schema=SENTIMENT_ROWS))


ANSWER_ROWS = pa.schema([
    ("scorecard_id", pa.string()), ("call_id", pa.string()), ("section_id", pa.string()),
    ("question_id", pa.string()), ("answer", pa.string()), ("points", pa.float64()),
    ("max_points", pa.float64()), ("confidence", pa.float64()), ("auto_fail", pa.bool_()),
    ("evidence_json", pa.string()),
])


def write_scorecards(con: Any, call_id: str, lineage: Lineage, cards: tuple[Scorecard, ...],
                     now: dt.datetime) -> int:
    """Add the machine's scorecards a call does not have yet (a scorecard is never
    overwritten: the same form version on the same inputs has the same id), and record the
    scoring run the call is now current with. Returns how many scorecards were new."""
    upsert_run(con, lineage, now)
    have = {r[0] for r in con.execute("SELECT scorecard_id FROM scorecards WHERE call_id = ?",
                                      [call_id]).fetchall()}
    new = [c for c in cards if c.scorecard_id not in have]
    if new:
        insert(con, "scorecards", pa.Table.from_pylist([{
            "scorecard_id": c.scorecard_id, "call_id": call_id, "form_id": c.form.name,
            "form_version": c.form.sha256, "form_file": c.form.path, "run_key": lineage.run_key,
            "score": c.result.score, "points": c.result.points,
            "max_points": c.result.max_points, "auto_fail": c.result.auto_fail,
            "scorecard_json": json.dumps(c.to_dict(), ensure_ascii=False), "created_at": now,
        } for c in new]))
        insert(con, "scorecard_answers", pa.Table.from_pylist([{
            "scorecard_id": c.scorecard_id, "call_id": call_id, "section_id": q.section_id,
            "question_id": q.question_id, "answer": a.answer or "", "points": q.points,
            "max_points": q.max_points, "confidence": a.confidence, "auto_fail": q.failed_call,
            "evidence_json": json.dumps(list(a.evidence), ensure_ascii=False),
        } for c in new for a, q in zip(c.answers, c.result.questions, strict=True)],
            schema=ANSWER_ROWS))
    con.execute("DELETE FROM call_scoring WHERE call_id = ?", [call_id])
    con.execute("INSERT INTO call_scoring VALUES (?, ?, ?)", [call_id, lineage.run_key, now])
    return len(new)
