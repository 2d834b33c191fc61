"""Rows of the text stages (compliance and categories; sentiment when present)."""

from __future__ import annotations

import datetime as dt
import json
from typing import TYPE_CHECKING, Any

import pyarrow as pa

from aqm.store.writes import insert, upsert_run

if TYPE_CHECKING:
    from aqm.scoring import ComplianceResult

COMPLIANCE_ROWS = pa.schema([
    ("call_id", pa.string()), ("rule_id", pa.string()), ("file", pa.string()),
    ("file_sha256", pa.string()), ("status", pa.string()), ("severity", pa.string()),
    ("weight", pa.float64()), ("reason", pa.string()), ("evidence_rank", pa.int32()),
    ("seg_idx", pa.int32()), ("speaker", pa.string()), ("start_s", pa.float64()),
    ("end_s", pa.float64()), ("method", pa.string()), ("score", pa.float64()),
    ("text", pa.string()), ("run_key", pa.string()),
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
