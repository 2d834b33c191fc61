"""The work on one call, shared by every engine (local processes, Ray actors).

``work_call(job, transcriber, model, ctx)`` decodes, transcribes, redacts, measures, scores
sentiment, checks compliance and fills the QA forms of one call, and returns a ``WorkResult``
holding a ``StoredCall`` (or the reason the call is quarantined). It never touches the
database: planning the jobs and writing their results stay with the single writer
(``aqm.pipeline.run_batch``). Everything here pickles, so a job and its result can cross to
a worker process or a Ray actor and back.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from aqm.errors import AqmError, AudioError, ModelError
from aqm.ingest.audio import load_audio
from aqm.metrics import compute_metrics
from aqm.redact.audio import write_redacted_audio
from aqm.redact.redactor import redact_transcript
from aqm.scoring import (
    Form,
    RuleContext,
    RulePack,
    check_compliance,
    fill_forms,
    metrics_from_dict,
    qa_inputs,
)
from aqm.sentiment import CallSentiment, SentimentModel, analyze
from aqm.store.db import StoredText
from aqm.store.writes import StoredCall
from aqm.transcribe.base import Transcriber
from aqm.transcribe.channels import transcribe_call
from aqm.types import Call, CallSource, Lineage, Quarantined

if TYPE_CHECKING:
    from aqm.pipeline import RunOptions

log = logging.getLogger("aqm.pipeline")


@dataclass(frozen=True)
class StageKeys:
    transcript: Lineage
    redaction: Lineage
    metrics: Lineage
    sentiment: Lineage
    compliance: Lineage
    score: Lineage


@dataclass(frozen=True)
class WorkContext:
    """Everything a worker needs besides the job."""

    options: RunOptions
    keys: StageKeys
    media_dir: Path
    pack: RulePack
    forms: tuple[Form, ...]


@dataclass(frozen=True)
class CallJob:
    source: CallSource
    sha256: str
    transcribe: bool
    metrics: bool
    media: bool
    compliance: bool
    sentiment: bool = True
    score: bool = True
    stored: StoredText | None = None  # what is stored, when not transcribing


@dataclass(frozen=True)
class WorkResult:
    job: CallJob
    stored: StoredCall | None = None
    problem: Quarantined | None = None
    stage: str = "ingest"


def work_call(job: CallJob, transcriber: Transcriber | None, model: SentimentModel | None,
          ctx: WorkContext) -> WorkResult:
    src = job.source
    try:
        decoded = load_audio(src.path, job.sha256, ctx.options.max_duration_s)
    except AudioError as e:
        return WorkResult(job, problem=Quarantined(src.path, e.reason, str(e)))
    except Exception as e:  # noqa: BLE001 - load_audio maps decoder errors; belt and braces
        log.error("decoding of a call failed: %s", type(e).__name__)
        return WorkResult(job, problem=Quarantined(src.path, "internal_error",
                                                f"decoding failed: {type(e).__name__}"))
    call = Call(call_id=decoded.info.call_id, source_path=src.path, audio=decoded.info,
                metadata=src.metadata)
    layout = src.metadata.channel_layout or ctx.options.transcribe.default_layout
    stage = "transcribe"
    try:
        if job.transcribe:
            assert transcriber is not None
            raw = transcribe_call(decoded, src.metadata, transcriber, ctx.options.transcribe,
                                  ctx.keys.transcript)
            stage = "redact"
            redacted = redact_transcript(raw, ctx.options.redaction)
            del raw  # raw text never leaves this function
            transcript, spans = redacted.transcript, redacted.spans
        else:
            assert job.stored is not None
            transcript, spans = job.stored.transcript, job.stored.spans
        stage = "media"
        media = (write_redacted_audio(decoded, spans, ctx.media_dir / f"{call.call_id}.flac")
                 if job.media else None)
        stage = "metrics"
        metrics = (compute_metrics(decoded, transcript, layout, ctx.options.metrics)
                   if job.metrics else None)
        known = metrics
        if known is None and job.stored is not None and job.stored.metrics_json:
            known = metrics_from_dict(json.loads(job.stored.metrics_json))
        stage = "sentiment"
        sentiment: CallSentiment | None = None
        if job.sentiment:
            assert model is not None
            sentiment = analyze(transcript, ctx.options.sentiment, metrics=known, model=model)
        stage = "compliance"
        compliance = None
        if job.compliance:
            labels = ([s.label for s in sentiment.segments] if sentiment is not None
                      else job.stored.sentiment_labels if job.stored is not None else None)
            compliance = check_compliance(
                transcript, ctx.pack, RuleContext(metadata=src.metadata, metrics=known,
                                                  segment_sentiment=labels),
                ctx.options.compliance)
        stage = "score"
        cards = None
        if job.score:
            stored = job.stored
            cards = fill_forms(ctx.forms, qa_inputs(
                call, transcript, compliance, known, sentiment,
                stored.compliance_json if stored else None,
                stored.sentiment_json if stored else None), ctx.keys.score)
    except ModelError as e:
        return WorkResult(job, problem=Quarantined(src.path, "model_error", str(e)), stage=stage)
    except AqmError as e:
        return WorkResult(job, problem=Quarantined(src.path, "failed", str(e)), stage=stage)
    except Exception as e:  # an unexpected bug or backend crash: record it, keep the batch going
        log.error("%s of call %s failed: %s", stage, job.sha256[:20], type(e).__name__)
        return WorkResult(job, problem=Quarantined(src.path, "internal_error",
                                                f"{stage} failed: {type(e).__name__}"),
                       stage=stage)
    scoring = None if cards is None else (ctx.keys.score, cards)
    if not job.transcribe:
        return WorkResult(job, StoredCall(call=call, media=media, metrics=metrics,
                                       sentiment=sentiment, compliance=compliance,
                                       scoring=scoring))
    return WorkResult(job, StoredCall(call=call, transcript=transcript,
                                   redaction=ctx.keys.redaction, spans=spans, media=media,
                                   metrics=metrics, sentiment=sentiment,
                                   compliance=compliance, scoring=scoring))
