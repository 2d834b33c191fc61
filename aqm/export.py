"""Export calls as JSON Lines, CSV or Parquet: one record per call.

The record layout is a stable contract: ``call_id``, ``source_path``, ``metadata``,
``duration_s``, ``language``, ``channels``, ``segments`` (``speaker``, ``start``, ``end``,
``text``, ``words`` with ``start``/``end``), then per-stage results as later stages add them
(``metrics``, ``sentiment``, ``compliance``, ``categories``, ``scores``). Fields are added,
never renamed.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import pyarrow as pa
import pyarrow.parquet as pq

from aqm.errors import InputError
from aqm.store import Store
from aqm.types import CallRecord

FORMATS = ("jsonl", "csv", "parquet")
PARQUET_BATCH = 500


def record_dict(rec: CallRecord) -> dict[str, Any]:
    """The exported form of one call (plain JSON types)."""
    call, m, t = rec.call, rec.call.metadata, rec.transcript
    feel = json.loads(rec.segment_sentiment_json) if rec.segment_sentiment_json else []
    if t is not None and len(feel) != len(t.segments):
        feel = []  # made for another transcript: never pair a segment with another's result
    return {
        "call_id": call.call_id,
        "source_path": call.source_path,
        "metadata": {
            "agent_id": m.agent_id, "agent_name": m.agent_name, "team": m.team,
            "queue": m.queue, "direction": m.direction,
            "started_at": m.started_at.isoformat() if m.started_at else None,
            "language": m.language, "channel_layout": m.channel_layout,
            "extra": dict(m.extra),
        },
        "duration_s": call.audio.duration_s,
        "language": t.language if t else None,
        "language_probability": t.language_probability if t else None,
        "channels": call.audio.channels,
        "sample_rate_hz": call.audio.sample_rate_hz,
        "codec": call.audio.codec,
        "file_sha256": call.audio.file_sha256,
        "segments": [] if t is None else [{
            "speaker": s.speaker, "channel": s.channel, "start": s.start_s, "end": s.end_s,
            "text": s.text, "language": s.language, "backend": s.backend,
            "speaker_label": s.speaker_label,
            "words": [{"start": w.start_s, "end": w.end_s, "text": w.text,
                       "probability": w.probability} for w in s.words],
            "sentiment": feel[i] if feel else None,
        } for i, s in enumerate(t.segments)],
        "speakers": [] if t is None else [{
            "label": r.label, "role": r.role, "confidence": r.confidence, "method": r.method,
            "talk_s": r.talk_s, "evidence": r.evidence} for r in t.speakers],
        "diarisation": t.diarisation if t else None,
        "transcript_lineage": None if t is None else {
            "backend": t.lineage.backend, "model": t.lineage.model_name,
            "model_sha256": t.lineage.model_sha256, "options": json.loads(t.lineage.options_json),
            "options_hash": t.lineage.options_hash, "aqm_version": t.lineage.aqm_version,
        },
        "processed_at": rec.processed_at.isoformat() if rec.processed_at else None,
        "redactions": [{
            "entity": r.entity, "speaker": r.speaker, "channel": r.channel, "start": r.start_s,
            "end": r.end_s, "segment": r.segment_index, "occurrence": r.occurrence,
            "value_hash": r.value_hash,
        } for r in rec.redactions],
        "audio": rec.audio_path,
        "metrics": json.loads(rec.metrics_json) if rec.metrics_json else None,
        "sentiment": json.loads(rec.sentiment_json) if rec.sentiment_json else None,
        "compliance": json.loads(rec.compliance_json) if rec.compliance_json else None,
        "categories": json.loads(rec.categories_json) if rec.categories_json else [],
        "scores": [json.loads(s) for s in rec.scores_json],
    }


def iter_export(db: str | Path) -> Iterator[dict[str, Any]]:
    for rec in Store(db).iter_records():
        yield record_dict(rec)


def export(db: str | Path, fmt: str, out: str | Path | None = None) -> int:
    """Write every call in ``db`` to ``out`` (stdout when None, not for parquet).
    Returns the number of records written."""
    if fmt not in FORMATS:
        raise InputError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt == "parquet":
        if out is None:
            raise InputError("parquet export needs --out PATH")
        return _parquet(db, Path(out))
    if out is None:
        return _text(db, fmt, sys.stdout)
    with open(out, "w", encoding="utf-8", newline="") as fh:
        return _text(db, fmt, fh)


def _text(db: str | Path, fmt: str, fh: IO[str]) -> int:
    n = 0
    if fmt == "jsonl":
        for rec in iter_export(db):
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
            n += 1
        return n
    import csv

    writer: csv.DictWriter[str] | None = None
    for rec in iter_export(db):
        row = _flat(rec)
        if writer is None:
            writer = csv.DictWriter(fh, fieldnames=list(row))
            writer.writeheader()
        writer.writerow(row)
        n += 1
    return n


def _flat(rec: dict[str, Any]) -> dict[str, Any]:
    """A CSV row: scalars as columns, metadata flattened, nested parts as JSON text."""
    row: dict[str, Any] = {}
    for key, value in rec.items():
        if key == "metadata":
            row.update({f"metadata.{k}": (json.dumps(v, ensure_ascii=False)
                                          if isinstance(v, dict) else v)
                        for k, v in value.items()})
        elif isinstance(value, (dict, list)):
            row[key] = json.dumps(value, ensure_ascii=False)
        else:
            row[key] = value
    return row


_WORD = pa.struct([("start", pa.float64()), ("end", pa.float64()), ("text", pa.string()),
                   ("probability", pa.float64())])
_SEGMENT = pa.struct([
    ("speaker", pa.string()), ("channel", pa.int32()), ("start", pa.float64()),
    ("end", pa.float64()), ("text", pa.string()), ("language", pa.string()),
    ("backend", pa.string()), ("words", pa.list_(_WORD)), ("speaker_label", pa.string()),
    ("sentiment", pa.struct([("label", pa.string()), ("polarity", pa.float64())])),
])
PARQUET_SCHEMA = pa.schema([
    ("call_id", pa.string()), ("source_path", pa.string()),
    ("metadata", pa.struct([(k, pa.string()) for k in (
        "agent_id", "agent_name", "team", "queue", "direction", "started_at", "language",
        "channel_layout", "extra")])),
    ("duration_s", pa.float64()), ("language", pa.string()),
    ("language_probability", pa.float64()), ("channels", pa.int32()),
    ("sample_rate_hz", pa.int32()), ("codec", pa.string()), ("file_sha256", pa.string()),
    ("segments", pa.list_(_SEGMENT)),
    ("speakers", pa.list_(pa.struct([
        ("label", pa.string()), ("role", pa.string()), ("confidence", pa.float64()),
        ("method", pa.string()), ("talk_s", pa.float64()), ("evidence", pa.string())]))),
    ("diarisation", pa.string()),
    ("transcript_lineage", pa.struct([(k, pa.string()) for k in (
        "backend", "model", "model_sha256", "options", "options_hash", "aqm_version")])),
    ("processed_at", pa.string()),
    ("redactions", pa.list_(pa.struct([
        ("entity", pa.string()), ("speaker", pa.string()), ("channel", pa.int32()),
        ("start", pa.float64()), ("end", pa.float64()), ("segment", pa.int32()),
        ("occurrence", pa.int32()), ("value_hash", pa.string())]))),
    ("audio", pa.string()),
    ("metrics", pa.string()),  # JSON text: its shape grows with later versions
    ("sentiment", pa.string()),  # JSON text
    ("compliance", pa.string()),  # JSON text
    ("categories", pa.string()),  # JSON text
    ("scores", pa.string()),  # JSON text
])


def _parquet(db: str | Path, out: Path) -> int:
    """Parquet with a fixed schema (free-form parts as JSON text), written in batches."""
    n = 0
    batch: list[dict[str, Any]] = []
    with pq.ParquetWriter(out, PARQUET_SCHEMA) as writer:
        for rec in iter_export(db):
            rec["metadata"]["extra"] = json.dumps(rec["metadata"]["extra"], ensure_ascii=False)
            if rec["transcript_lineage"] is not None:
                rec["transcript_lineage"]["options"] = json.dumps(
                    rec["transcript_lineage"]["options"], sort_keys=True)
            for key in ("metrics", "sentiment", "compliance", "categories", "scores"):
                if rec[key] is not None:
                    rec[key] = json.dumps(rec[key], ensure_ascii=False)
            batch.append(rec)
            n += 1
            if len(batch) >= PARQUET_BATCH:
                writer.write_table(pa.Table.from_pylist(batch, schema=PARQUET_SCHEMA))
                batch.clear()
        if batch:
            writer.write_table(pa.Table.from_pylist(batch, schema=PARQUET_SCHEMA))
    return n
