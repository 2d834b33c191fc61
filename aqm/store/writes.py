"""Row building and bulk inserts for one call's results (used inside one transaction)."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import pyarrow as pa

from aqm import faults
from aqm.store.facts import refresh_call_facts
from aqm.types import Call, Lineage, Transcript

if TYPE_CHECKING:
    from aqm.metrics import CallMetrics
    from aqm.redact.audio import RedactedAudio
    from aqm.redact.redactor import RedactedSpan
    from aqm.scoring import ComplianceResult, Scorecard
    from aqm.sentiment import CallSentiment


@dataclass(frozen=True)
class StoredCall:
    """What one call's processing produced. ``None`` parts keep what is already stored."""

    call: Call
    transcript: Transcript | None = None  # already redacted
    redaction: Lineage | None = None  # how it was redacted
    spans: tuple[RedactedSpan, ...] = ()
    media: RedactedAudio | None = None
    metrics: CallMetrics | None = None
    sentiment: CallSentiment | None = None
    compliance: ComplianceResult | None = None
    scoring: tuple[Lineage, tuple[Scorecard, ...]] | None = None  # the run, its scorecards


SEGMENTS = pa.schema([
    ("call_id", pa.string()), ("seg_idx", pa.int32()), ("speaker", pa.string()),
    ("channel", pa.int32()), ("start_s", pa.float64()), ("end_s", pa.float64()),
    ("text", pa.string()), ("language", pa.string()), ("avg_logprob", pa.float64()),
    ("no_speech_prob", pa.float64()), ("run_key", pa.string()), ("backend", pa.string()),
    ("speaker_label", pa.string()),
])
SPEAKER_ROLES = pa.schema([
    ("call_id", pa.string()), ("label", pa.string()), ("role", pa.string()),
    ("confidence", pa.float64()), ("method", pa.string()), ("talk_s", pa.float64()),
    ("evidence", pa.string()), ("run_key", pa.string()),
])
WORDS = pa.schema([
    ("call_id", pa.string()), ("seg_idx", pa.int32()), ("word_idx", pa.int32()),
    ("start_s", pa.float64()), ("end_s", pa.float64()), ("text", pa.string()),
    ("probability", pa.float64()),
])
REDACTIONS = pa.schema([
    ("call_id", pa.string()), ("seg_idx", pa.int32()), ("entity", pa.string()),
    ("speaker", pa.string()), ("channel", pa.int32()), ("start_s", pa.float64()),
    ("end_s", pa.float64()), ("word_start", pa.int32()), ("word_end", pa.int32()),
    ("occurrence", pa.int32()), ("value_hash", pa.string()), ("run_key", pa.string()),
])
METRIC_VALUES = pa.schema([
    ("call_id", pa.string()), ("name", pa.string()), ("speaker", pa.string()),
    ("value", pa.float64()), ("unit", pa.string()), ("start_s", pa.float64()),
    ("end_s", pa.float64()),
])


def insert(con: Any, table: str, rows: pa.Table) -> None:
    """Bulk insert an Arrow table by column name (no row loops)."""
    if rows.num_rows == 0:
        return
    name = f"_new_{table}"
    con.register(name, rows)
    cols = ", ".join(rows.column_names)
    con.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM {name}")
    con.unregister(name)


def upsert_run(con: Any, lin: Lineage, now: dt.datetime) -> None:
    con.execute("INSERT OR IGNORE INTO runs VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", [
        lin.run_key, lin.stage, lin.backend, lin.model_name, lin.model_sha256,
        lin.options_json, lin.options_hash, lin.aqm_version, now])


def write_transcript(con: Any, call_id: str, transcript: Transcript, redaction: Lineage,
                     spans: tuple[RedactedSpan, ...], now: dt.datetime) -> None:
    """Replace a call's transcript, segments, words and redaction spans (and, from m013 on,
    the diarised speakers' roles; an older file being migrated has none of those yet)."""
    lin = transcript.lineage
    upsert_run(con, lin, now)
    upsert_run(con, redaction, now)
    diarised = bool(con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = "
                                "'speaker_roles'").fetchone()[0])
    for table in ("transcripts", "segments", "words", "redactions") + (
            ("speaker_roles",) if diarised else ()):
        con.execute(f"DELETE FROM {table} WHERE call_id = ?", [call_id])
    con.execute("INSERT INTO transcripts (call_id, run_key, language, language_probability, "
                "channel_languages, segment_count, created_at, redact_key) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", [
                    call_id, lin.run_key, transcript.language,
                    transcript.language_probability, list(transcript.channel_languages),
                    len(transcript.segments), now, redaction.run_key])
    segs = transcript.segments
    rows = pa.Table.from_pylist([{
        "call_id": call_id, "seg_idx": i, "speaker": s.speaker, "channel": s.channel,
        "start_s": s.start_s, "end_s": s.end_s, "text": s.text, "language": s.language,
        "avg_logprob": s.avg_logprob, "no_speech_prob": s.no_speech_prob,
        "run_key": lin.run_key, "backend": s.backend, "speaker_label": s.speaker_label,
    } for i, s in enumerate(segs)], schema=SEGMENTS)
    if diarised:
        con.execute("UPDATE transcripts SET diarisation = ? WHERE call_id = ?",
                    [transcript.diarisation or None, call_id])
        insert(con, "speaker_roles", pa.Table.from_pylist([{
            "call_id": call_id, "label": r.label, "role": r.role,
            "confidence": r.confidence, "method": r.method, "talk_s": r.talk_s,
            "evidence": r.evidence, "run_key": lin.run_key,
        } for r in transcript.speakers], schema=SPEAKER_ROLES))
    insert(con, "segments", rows if diarised else rows.drop_columns(["speaker_label"]))
    insert(con, "words", pa.Table.from_pylist([{
        "call_id": call_id, "seg_idx": i, "word_idx": j, "start_s": w.start_s,
        "end_s": w.end_s, "text": w.text, "probability": w.probability,
    } for i, s in enumerate(segs) for j, w in enumerate(s.words)], schema=WORDS))
    insert(con, "redactions", pa.Table.from_pylist([{
        "call_id": call_id, "seg_idx": r.segment_index, "entity": str(r.entity),
        "speaker": r.speaker, "channel": r.channel, "start_s": r.start_s, "end_s": r.end_s,
        "word_start": r.word_start, "word_end": r.word_end, "occurrence": r.occurrence,
        "value_hash": r.value_hash, "run_key": redaction.run_key,
    } for r in spans], schema=REDACTIONS))


def write_call(con: Any, stored: StoredCall, now: dt.datetime) -> None:
    """All of one call's rows; the caller holds the transaction."""
    call = stored.call
    m, a = call.metadata, call.audio
    con.execute("DELETE FROM calls WHERE call_id = ?", [call.call_id])
    insert(con, "calls", pa.Table.from_pylist([{
        "call_id": call.call_id, "source_path": call.source_path,
        "file_sha256": a.file_sha256, "file_size": a.file_size, "container": a.container,
        "codec": a.codec, "sample_rate_hz": a.sample_rate_hz, "channels": a.channels,
        "duration_s": a.duration_s, "agent_id": m.agent_id, "agent_name": m.agent_name,
        "team": m.team, "queue": m.queue, "direction": m.direction,
        "started_at": m.started_at, "language_hint": m.language,
        "channel_layout": m.channel_layout, "extra_json": json.dumps(dict(m.extra)),
        "ingested_at": now,
    }]))
    con.execute("DELETE FROM call_paths WHERE call_id = ? AND path = ?",
                [call.call_id, call.source_path])
    con.execute("INSERT INTO call_paths VALUES (?, ?, ?)", [call.call_id, call.source_path, now])
    faults.point("store.calls")  # crash-test hooks (aqm.faults), inside the transaction
    if stored.transcript is not None:
        assert stored.redaction is not None, "a transcript is stored only redacted"
        write_transcript(con, call.call_id, stored.transcript, stored.redaction, stored.spans,
                         now)
    faults.point("store.transcript")
    if stored.media is not None:
        con.execute("DELETE FROM media WHERE call_id = ? AND kind = 'redacted'", [call.call_id])
        con.execute("INSERT INTO media VALUES (?, 'redacted', ?, ?, ?, ?)", [
            call.call_id, stored.media.path, stored.media.sha256, stored.media.masked_s, now])
    if stored.metrics is not None:
        met = stored.metrics
        upsert_run(con, met.lineage, now)
        con.execute("DELETE FROM call_metrics WHERE call_id = ?", [call.call_id])
        con.execute("DELETE FROM metric_values WHERE call_id = ?", [call.call_id])
        con.execute("INSERT INTO call_metrics VALUES (?, ?, ?, ?)", [
            call.call_id, met.lineage.run_key, json.dumps(met.to_dict()), now])
        insert(con, "metric_values", pa.Table.from_pylist([{
            "call_id": call.call_id, "name": r.name, "speaker": r.speaker, "value": r.value,
            "unit": r.unit, "start_s": r.start_s, "end_s": r.end_s,
        } for r in met.to_rows()], schema=METRIC_VALUES))
    faults.point("store.metrics")
    if stored.sentiment is not None:
        from aqm.store.analysis_writes import write_sentiment

        write_sentiment(con, call.call_id, stored.sentiment, now)
    if stored.compliance is not None:
        from aqm.store.analysis_writes import write_compliance

        write_compliance(con, call.call_id, stored.compliance, now)
    if stored.scoring is not None:
        from aqm.store.analysis_writes import write_scorecards

        write_scorecards(con, call.call_id, *stored.scoring, now)
    faults.point("store.analysis")
    con.execute("DELETE FROM quarantine WHERE path = ?", [call.source_path])
    refresh_call_facts(con, call.call_id, now)
    faults.point("store.facts")

