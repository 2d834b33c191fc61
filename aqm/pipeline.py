"""Wire the stages: find recordings → hash → see what is missing → decode → transcribe →
redact → metrics → sentiment → compliance → auto-QA scorecards → store.

Each call needs only the stages whose stored results are missing or were made with other
models or options (``Store.call_states``): a rerun with new metric thresholds decodes and
measures again but does not transcribe again. Decoding, ASR and measuring run outside any
database transaction; each finished call is written in one short transaction (see
``aqm.store.db``), so a kill loses at most the calls in flight. Raw transcript text only ever
lives in memory: it is redacted before it reaches the store, an export or a log. Per-call
problems are quarantined and the batch goes on.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field, replace
from multiprocessing import get_context
from pathlib import Path

from aqm.callwork import CallJob, StageKeys, WorkContext, WorkResult, work_call
from aqm.cpus import thread_cap, usable_cores
from aqm.errors import AqmError, AudioError
from aqm.ingest.audio import MAX_DURATION_S, file_sha256
from aqm.ingest.sources import iter_sources
from aqm.metrics import MetricsOptions, metrics_lineage
from aqm.redact.audio import remove_unfinished
from aqm.redact.lineage import redaction_lineage
from aqm.redact.redactor import RedactionOptions
from aqm.scale.options import LOCAL, RAY, RayOptions, check_engine
from aqm.scoring import (
    ComplianceOptions,
    compliance_lineage,
    load_forms,
    load_pack,
    scoring_lineage,
)
from aqm.sentiment import (
    SentimentModel,
    SentimentOptions,
    load_sentiment_model,
    sentiment_lineage,
)
from aqm.store import Store
from aqm.store.db import CallState
from aqm.store.files import batch_lock
from aqm.transcribe.backends import DEFAULT_BACKEND, load_transcriber, plan_lineage
from aqm.transcribe.base import TranscribeOptions, Transcriber
from aqm.types import CallSource, Quarantined

log = logging.getLogger("aqm.pipeline")


@dataclass(frozen=True)
class RunOptions:
    """A batch run. ``workers`` processes decode, transcribe and measure; the parent writes.

    Attributes:
        media_dir: where the redacted audio copies go (default: ``<db>.media`` beside the
            database file).
        rule_paths: rule and category files or folders (default: the bundled scorecards/,
            or ``$AQM_SCORECARDS``).
        form_paths: QA form files or folders (default: the ``forms/`` folder of the bundled
            scorecards, or of the folders among ``rule_paths`` when those are given).
        engine: ``local`` (default: this machine, ``workers`` processes) or ``ray`` (an actor
            pool on a Ray cluster, ``aqm.scale.ray_engine``; needs ``aqm[ray]``), shaped by
            ``ray``. Same planning, same records, same single writer.
        batch_wait_s: while another batch holds this database (``aqm.store.files``), wait
            up to this long for it, then give up with ``BatchBusy`` (0: give up at once).
        max_duration_s: longer recordings are quarantined (``too_long``), refused from the
            header before decoding when it says so; bounds the memory a call can take.
    """

    transcribe: TranscribeOptions = TranscribeOptions()
    backend: str = DEFAULT_BACKEND
    workers: int = 1
    redaction: RedactionOptions = field(default_factory=RedactionOptions.from_env)
    metrics: MetricsOptions = MetricsOptions()
    media_dir: Path | None = None
    rule_paths: tuple[str, ...] | None = None
    compliance: ComplianceOptions = ComplianceOptions()
    sentiment: SentimentOptions = SentimentOptions()
    form_paths: tuple[str, ...] | None = None
    engine: str = LOCAL
    ray: RayOptions = RayOptions()
    batch_wait_s: float = 0.0
    max_duration_s: float = MAX_DURATION_S


@dataclass(frozen=True)
class CallDone:
    """Progress event: one call finished (transcribed, updated, skipped or quarantined)."""

    path: str
    outcome: str  # transcribed | updated | skipped | quarantined
    audio_s: float


@dataclass(frozen=True)
class BatchReport:
    total: int
    transcribed: int  # calls that went through ASR
    updated: int  # calls whose metrics or audio copy were redone without ASR
    skipped: int
    quarantined: tuple[Quarantined, ...]
    audio_s: float
    wall_s: float
    run_key: str

    @property
    def ok(self) -> bool:
        return not self.quarantined


Progress = Callable[[CallDone], None]


def run_batch(inputs: list[str | Path], db: str | Path, options: RunOptions = RunOptions(),
              progress: Progress | None = None,
              on_total: Callable[[int], None] | None = None) -> BatchReport:
    """Process every recording named by ``inputs`` into ``db``; returns what happened.
    One batch per database at a time: see ``RunOptions.batch_wait_s``."""
    with batch_lock(db, options.batch_wait_s, on_wait=lambda m: log.warning("%s", m)):
        return _run_batch(inputs, db, options, progress, on_total)


def _run_batch(inputs: list[str | Path], db: str | Path, options: RunOptions,
               progress: Progress | None,
               on_total: Callable[[int], None] | None) -> BatchReport:
    started = time.monotonic()
    if options.rule_paths is not None:  # mono calls' roles come from the same rule files
        options = replace(options, transcribe=replace(options.transcribe, diarize=replace(
            options.transcribe.diarize, rule_paths=options.rule_paths)))
    check_engine(options.engine, options.ray)  # bad options fail before the db is touched
    pack = load_pack(options.rule_paths)
    forms = load_forms(_form_paths(options), pack)
    metrics_key, sentiment_key = metrics_lineage(options.metrics), \
        sentiment_lineage(options.sentiment)
    compliance_key = compliance_lineage(pack, options.compliance)
    keys = StageKeys(plan_lineage(options.transcribe, options.backend),
                 redaction_lineage(options.redaction), metrics_key, sentiment_key,
                 compliance_key, scoring_lineage(forms, (
                     metrics_key.run_key, sentiment_key.run_key, compliance_key.run_key)))
    sources = list(iter_sources(inputs))
    store = Store(db)
    store.ensure()
    ctx = WorkContext(options, keys, Path(options.media_dir or f"{db}.media"), pack, forms)
    remove_unfinished(ctx.media_dir)  # audio copies half-written by a killed batch
    if on_total:
        on_total(len(sources))
    states = store.call_states()
    problems: list[Quarantined] = []
    pending: list[CallJob] = []
    first_seen: dict[str, str] = {}
    skipped = 0

    def finish(path: str, outcome: str, audio_s: float = 0.0) -> None:
        if progress:
            progress(CallDone(path, outcome, audio_s))

    for src in sources:
        if isinstance(src, Quarantined):  # refused while reading the inputs
            _quarantine(store, problems, src, None, "ingest")
            finish(src.path, "quarantined")
            continue
        try:
            sha, _ = file_sha256(src.path)
        except AudioError as e:
            _quarantine(store, problems, Quarantined(src.path, e.reason, str(e)), None, "ingest")
            finish(src.path, "quarantined")
            continue
        call_id = sha[:20]
        if call_id in first_seen:
            store.add_alias(call_id, src.path)
            skipped += 1
            finish(src.path, "skipped")
            continue
        first_seen[call_id] = src.path
        job = _plan(store, src, sha, states.get(call_id), keys)
        if job is None:
            if src.path != states[call_id].source_path:
                store.add_alias(call_id, src.path)
            skipped += 1
            finish(src.path, "skipped")
        else:
            pending.append(job)

    transcribed = updated = 0
    audio_s = 0.0
    for result in _process(pending, ctx, db):
        src = result.job.source
        if result.problem is not None:
            _quarantine(store, problems, result.problem, result.job.sha256, result.stage)
            finish(src.path, "quarantined")
            continue
        assert result.stored is not None
        store.save_call(result.stored)
        call = result.stored.call
        if result.stored.transcript is not None:
            _index_for_search(db, call.call_id)
        if result.job.transcribe:
            transcribed += 1
        else:
            updated += 1
        audio_s += call.audio.duration_s
        log.info("stored call %s (%.1f s)", call.call_id, call.audio.duration_s)
        finish(src.path, "transcribed" if result.job.transcribe else "updated",
               call.audio.duration_s)
    _catch_up_search(db, list(first_seen))
    return BatchReport(total=len(sources), transcribed=transcribed, updated=updated,
                       skipped=skipped, quarantined=tuple(problems), audio_s=round(audio_s, 3),
                       wall_s=round(time.monotonic() - started, 3),
                       run_key=keys.transcript.run_key)


def _index_for_search(db: str | Path, call_id: str) -> None:
    """Index a stored call for search and store its segment embeddings (its own short write).
    The call is stored already: a failure here is logged, and `aqm searches index --embed`
    catches up later."""
    from aqm.search import after_calls_saved

    try:
        after_calls_saved(db, [call_id])
    except AqmError as e:
        log.warning("search index of call %s not updated: %s", call_id, type(e).__name__)


def _catch_up_search(db: str | Path, call_ids: list[str]) -> None:
    """Index the batch's calls that a killed earlier batch stored but did not index."""
    from aqm.search.query import catch_up

    try:
        catch_up(db, call_ids)
    except AqmError as e:
        log.warning("search index not brought up to date: %s", type(e).__name__)


def _plan(store: Store, src: CallSource, sha: str, state: CallState | None,
          keys: StageKeys) -> CallJob | None:
    """The stages this call still needs, or None when everything is stored and current.
    A call whose transcript retention removed is left alone (it is not transcribed again),
    and its redacted audio is not recreated once retention removed it."""
    if state is not None and state.transcript_expired:
        return None
    if state is None or state.transcript_key != keys.transcript.run_key \
            or state.redact_key != keys.redaction.run_key:
        return CallJob(src, sha, transcribe=True, metrics=True, media=True, compliance=True)
    need_metrics = state.metrics_key != keys.metrics.run_key
    # anger moments use the metrics; rules use the metrics and each segment's sentiment
    need_sentiment = need_metrics or state.sentiment_key != keys.sentiment.run_key
    need_rules = need_sentiment or state.compliance_key != keys.compliance.run_key
    need_score = need_rules or state.score_key != keys.score.run_key
    need_media = not state.has_media and not state.media_expired
    if not need_score and not need_media:
        return None
    return CallJob(src, sha, transcribe=False, metrics=need_metrics, media=need_media,
                compliance=need_rules, sentiment=need_sentiment, score=need_score,
                stored=store.load_transcript(state.call_id))


def _form_paths(options: RunOptions) -> list[str | Path] | None:
    if options.form_paths is not None:
        return list(options.form_paths)
    if options.rule_paths is None:
        return None
    return [p for p in options.rule_paths if Path(p, "forms").is_dir() or Path(p).name == "forms"]


def _quarantine(store: Store, problems: list[Quarantined], item: Quarantined, sha: str | None,
                stage: str) -> None:
    # the call id, never the path: recorders put callers' numbers and agents' names in them
    log.info("quarantined %s: %s", f"call {sha[:20]}" if sha else "a file", item.reason)
    store.save_quarantine([(item, sha, stage)])
    problems.append(item)


def _process(jobs: list[CallJob], ctx: WorkContext, db: str | Path) -> Iterator[WorkResult]:
    if not jobs:
        return
    options = ctx.options
    if options.engine == RAY:
        from aqm.scale.ray_engine import process_on_ray

        yield from process_on_ray(jobs, ctx, db)
        return
    if options.workers <= 1:
        transcriber = (load_transcriber(options.transcribe, options.backend)
                       if any(j.transcribe for j in jobs) else None)
        model = load_sentiment_model(options.sentiment) if any(j.sentiment for j in jobs) \
            else None
        for job in jobs:
            yield work_call(job, transcriber, model, ctx)
        return
    # AQM_THREADS is per model; else the usable cores are shared among the workers
    threads = thread_cap() or max(1, usable_cores() // options.workers)
    topts = replace(options.transcribe, cpu_threads=options.transcribe.cpu_threads or threads)
    ctx = replace(ctx, options=replace(options, transcribe=topts))
    with ProcessPoolExecutor(max_workers=options.workers, mp_context=get_context("spawn"),
                             initializer=_init_worker, initargs=(ctx,)) as pool:
        queue = iter(jobs)
        running: set[Future[WorkResult]] = set()
        for job in queue:  # keep at most 2 jobs per worker in flight
            running.add(pool.submit(_work_in_worker, job))
            if len(running) >= 2 * options.workers:
                break
        while running:
            finished, running = wait(running, return_when=FIRST_COMPLETED)
            for fut in finished:
                yield fut.result()
                nxt = next(queue, None)
                if nxt is not None:
                    running.add(pool.submit(_work_in_worker, nxt))


_WORKER: tuple[Transcriber, SentimentModel, WorkContext] | None = None


def _init_worker(ctx: WorkContext) -> None:
    global _WORKER
    _WORKER = (load_transcriber(ctx.options.transcribe, ctx.options.backend),
               load_sentiment_model(ctx.options.sentiment), ctx)


def _work_in_worker(job: CallJob) -> WorkResult:
    assert _WORKER is not None
    return work_call(job, *_WORKER)
