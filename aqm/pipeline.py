"""Wire the stages: find recordings → hash → skip what is done → decode → transcribe → store.

Decoding and ASR run outside any database transaction; each finished call is written in one
short transaction (see ``aqm.store.db``), so a kill loses at most the calls in flight and a
rerun does only what is missing. Per-call problems are quarantined and the batch goes on.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, replace
from multiprocessing import get_context
from pathlib import Path

from aqm.errors import AqmError, AudioError, ModelError
from aqm.ingest.audio import file_sha256, load_audio
from aqm.ingest.sources import iter_sources
from aqm.store import Store
from aqm.transcribe.backends import DEFAULT_BACKEND, load_transcriber, plan_lineage
from aqm.transcribe.base import TranscribeOptions, Transcriber
from aqm.transcribe.channels import transcribe_call
from aqm.types import Call, CallSource, Lineage, Quarantined, Transcript

log = logging.getLogger("aqm.pipeline")


@dataclass(frozen=True)
class RunOptions:
    """A batch run. ``workers`` processes decode and transcribe; the parent alone writes."""

    transcribe: TranscribeOptions = TranscribeOptions()
    backend: str = DEFAULT_BACKEND
    workers: int = 1


@dataclass(frozen=True)
class CallDone:
    """Progress event: one call finished (transcribed, skipped or quarantined)."""

    path: str
    outcome: str  # transcribed | skipped | quarantined | failed
    audio_s: float


@dataclass(frozen=True)
class BatchReport:
    total: int
    transcribed: int
    skipped: int
    quarantined: tuple[Quarantined, ...]
    audio_s: float
    wall_s: float
    run_key: str

    @property
    def ok(self) -> bool:
        return not self.quarantined


Progress = Callable[[CallDone], None]


@dataclass(frozen=True)
class _Job:
    source: CallSource
    sha256: str


@dataclass(frozen=True)
class _Result:
    job: _Job
    call: Call | None = None
    transcript: Transcript | None = None
    problem: Quarantined | None = None
    stage: str = "ingest"


def run_batch(inputs: list[str | Path], db: str | Path, options: RunOptions = RunOptions(),
              progress: Progress | None = None,
              on_total: Callable[[int], None] | None = None) -> BatchReport:
    """Process every recording named by ``inputs`` into ``db``; returns what happened."""
    started = time.monotonic()
    store = Store(db)
    store.ensure()
    lineage = plan_lineage(options.transcribe, options.backend)
    sources = list(iter_sources(inputs))
    if on_total:
        on_total(len(sources))
    done = store.done_calls(lineage.run_key)
    problems: list[Quarantined] = []
    pending: list[_Job] = []
    first_seen: dict[str, str] = {}
    skipped = 0

    def finish(path: str, outcome: str, audio_s: float = 0.0) -> None:
        if progress:
            progress(CallDone(path, outcome, audio_s))

    for src in sources:
        try:
            sha, _ = file_sha256(src.path)
        except AudioError as e:
            _quarantine(store, problems, Quarantined(src.path, e.reason, str(e)), None, "ingest")
            finish(src.path, "quarantined")
            continue
        call_id = sha[:20]
        if call_id in done or call_id in first_seen:
            if src.path != done.get(call_id, first_seen.get(call_id)):
                store.add_alias(call_id, src.path)
            skipped += 1
            finish(src.path, "skipped")
            continue
        first_seen[call_id] = src.path
        pending.append(_Job(src, sha))

    transcribed = 0
    audio_s = 0.0
    for result in _process(pending, options, lineage):
        src = result.job.source
        if result.problem is not None:
            _quarantine(store, problems, result.problem, result.job.sha256, result.stage)
            finish(src.path, "quarantined")
            continue
        assert result.call is not None and result.transcript is not None
        store.save_call(result.call, result.transcript)
        transcribed += 1
        audio_s += result.call.audio.duration_s
        log.info("stored call %s (%.1f s, %d segments)", result.call.call_id,
                 result.call.audio.duration_s, len(result.transcript.segments))
        finish(src.path, "transcribed", result.call.audio.duration_s)
    return BatchReport(total=len(sources), transcribed=transcribed, skipped=skipped,
                       quarantined=tuple(problems), audio_s=round(audio_s, 3),
                       wall_s=round(time.monotonic() - started, 3), run_key=lineage.run_key)


def _quarantine(store: Store, problems: list[Quarantined], item: Quarantined, sha: str | None,
                stage: str) -> None:
    log.info("quarantined %s: %s", item.path, item.reason)
    store.save_quarantine([(item, sha, stage)])
    problems.append(item)


def _process(jobs: list[_Job], options: RunOptions, lineage: Lineage) -> Iterator[_Result]:
    if not jobs:
        return
    if options.workers <= 1:
        transcriber = load_transcriber(options.transcribe, options.backend)
        for job in jobs:
            yield _work(job, transcriber, options.transcribe, lineage)
        return
    threads = max(1, (os.cpu_count() or 1) // options.workers)
    topts = replace(options.transcribe, cpu_threads=options.transcribe.cpu_threads or threads)
    with ProcessPoolExecutor(max_workers=options.workers, mp_context=get_context("spawn"),
                             initializer=_init_worker,
                             initargs=(topts, options.backend, lineage)) as pool:
        queue = iter(jobs)
        running: set[Future[_Result]] = set()
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


_WORKER: tuple[Transcriber, TranscribeOptions, Lineage] | None = None


def _init_worker(options: TranscribeOptions, backend: str, lineage: Lineage) -> None:
    global _WORKER
    _WORKER = (load_transcriber(options, backend), options, lineage)


def _work_in_worker(job: _Job) -> _Result:
    assert _WORKER is not None
    return _work(job, *_WORKER)


def _work(job: _Job, transcriber: Transcriber, options: TranscribeOptions,
          lineage: Lineage) -> _Result:
    src = job.source
    try:
        decoded = load_audio(src.path, job.sha256)
    except AudioError as e:
        return _Result(job, problem=Quarantined(src.path, e.reason, str(e)))
    call = Call(call_id=decoded.info.call_id, source_path=src.path, audio=decoded.info,
                metadata=src.metadata)
    try:
        transcript = transcribe_call(decoded, src.metadata, transcriber, options, lineage)
    except ModelError as e:
        return _Result(job, problem=Quarantined(src.path, "model_error", str(e)),
                       stage="transcribe")
    except AqmError as e:
        return _Result(job, problem=Quarantined(src.path, "failed", str(e)), stage="transcribe")
    except Exception as e:  # an unexpected bug or backend crash: record it, keep the batch going
        log.exception("transcription of %s failed", src.path)
        return _Result(job, problem=Quarantined(src.path, "internal_error",
                                                f"transcription failed: {type(e).__name__}"),
                       stage="transcribe")
    return _Result(job, call=call, transcript=transcript)
