"""``aqm run --engine ray``: the calls worked on by a pool of Ray actors, stored by one writer.

The parent plans the jobs as the local engine does (``aqm.pipeline``). Then Ray Data takes
them (``ray.data.from_items``) and ``map_batches`` hands batches of ``calls_per_shard`` jobs
to an actor pool (``_CallWorker``): each actor loads the ASR model and the sentiment model once
(on CPU, or on a GPU with ``num_gpus``), runs the same per-call work as the local engine
(``aqm.callwork.work_call``: decode, transcribe, redact, metrics, sentiment, compliance, QA
forms) and writes the batch's results as one Parquet shard (``aqm.scale.shards``), returning
only the shard's path. The parent streams those paths back, reads each finished shard and
yields its calls to the single writer (``run_batch``), which stores each call in its own
transaction with the same ``Store`` code, so both engines give the same records.

Idempotency: Ray Data restarts a dead actor and retries its batch (Ray Data's defaults,
``max_restarts=-1``, ``max_task_retries=-1``); the retried batch rewrites the same shard name,
and the parent yields each call once (by audio hash), so no call is written twice. A call
already stored with the same models and options was never planned. If the cluster fails for
good, what was stored stays stored and a rerun does the rest.
"""

from __future__ import annotations

import contextlib
import logging
import shutil
import time
import uuid
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from aqm.callwork import CallJob, WorkContext, WorkResult, work_call
from aqm.errors import AqmError, EngineError
from aqm.scale.options import INSTALL_HINT, RayOptions
from aqm.scale.shards import job_from_json, job_to_json, read_shard, write_shard
from aqm.sentiment import SentimentModel, load_sentiment_model
from aqm.transcribe.backends import load_transcriber
from aqm.transcribe.base import Transcriber

log = logging.getLogger("aqm.scale.ray")


class _CallWorker:
    """A Ray Data actor: one loaded model, many calls; writes a shard per batch."""

    def __init__(self, ctx: WorkContext, shard_dir: str, transcribe: bool,
                 sentiment: bool) -> None:
        self.ctx = ctx
        self.shard_dir = Path(shard_dir)
        options = ctx.options
        self.transcriber: Transcriber | None = (
            load_transcriber(options.transcribe, options.backend) if transcribe else None)
        self.model: SentimentModel | None = (
            load_sentiment_model(options.sentiment) if sentiment else None)

    def __call__(self, batch: dict[str, Any]) -> dict[str, list[str]]:
        results = []
        for blob in batch["job"]:
            job = job_from_json(blob)
            started = time.monotonic()
            results.append((work_call(job, self.transcriber, self.model, self.ctx),
                            time.monotonic() - started))
        shard = str(write_shard(self.shard_dir, results))
        return {"sha256": [r.job.sha256 for r, _ in results], "shard": [shard] * len(results)}


def process_on_ray(jobs: list[CallJob], ctx: WorkContext, db: str | Path) -> Iterator[WorkResult]:
    """Work on ``jobs`` on Ray; yields each job's result once, as its shard is finished."""
    ray = _import_ray()
    ropts: RayOptions = ctx.options.ray
    run_dir = Path(ropts.shard_dir or f"{db}.ray") / (
        time.strftime("run-%Y%m%dT%H%M%S-") + uuid.uuid4().hex[:8])
    started_here = _connect(ray, ropts)
    try:
        yield from _stream(ray, jobs, ctx, run_dir)
    except AqmError:
        raise
    except Exception as e:  # Ray's own failures: an actor failing for good, a lost cluster
        raise EngineError(f"the Ray run failed ({type(e).__name__}); calls already stored "
                          f"stay stored, a rerun does the rest: {e}") from e
    finally:
        if started_here:
            ray.shutdown()
        if not ropts.keep_shards:
            shutil.rmtree(run_dir, ignore_errors=True)
            if ropts.shard_dir is None:  # the default <db>.ray/, when no other run uses it
                with contextlib.suppress(OSError):
                    run_dir.parent.rmdir()


def _stream(ray: Any, jobs: list[CallJob], ctx: WorkContext, run_dir: Path) -> Iterator[WorkResult]:
    ropts: RayOptions = ctx.options.ray
    topts = ctx.options.transcribe
    gpus = ropts.gpus(topts.device)
    threads = topts.cpu_threads or max(1, int(ropts.cpus_per_actor))
    ctx = replace(ctx, options=replace(ctx.options, transcribe=replace(
        topts, cpu_threads=threads)))
    batches = -(-len(jobs) // ropts.calls_per_shard)
    actors = min(batches, ropts.actors or _fit(ray, ropts.cpus_per_actor, gpus))
    log.info("ray: %d calls in %d shards on %d actors (%.1f CPU, %.2f GPU each) -> %s",
             len(jobs), batches, actors, ropts.cpus_per_actor, gpus, run_dir)
    data_ctx = ray.data.DataContext.get_current()
    data_ctx.enable_progress_bars = False
    run_dir.mkdir(parents=True, exist_ok=True)
    ds = ray.data.from_items([{"sha256": j.sha256, "job": job_to_json(j)} for j in jobs],
                             override_num_blocks=batches)
    out = ds.map_batches(
        _CallWorker, batch_size=ropts.calls_per_shard,
        compute=ray.data.ActorPoolStrategy(size=actors),
        num_cpus=ropts.cpus_per_actor, num_gpus=gpus or None,
        fn_constructor_kwargs={
            "ctx": ctx, "shard_dir": str(run_dir),
            "transcribe": any(j.transcribe for j in jobs),
            "sentiment": any(j.sentiment for j in jobs)})
    by_sha = {j.sha256: j for j in jobs}
    done: set[str] = set()
    loaded: set[str] = set()
    for row in out.iter_rows():
        shard = str(row["shard"])
        if shard in loaded:
            continue
        loaded.add(shard)
        for item in read_shard(Path(shard)):
            if item.sha256 in done or item.sha256 not in by_sha:
                continue  # a retried batch's call that was already yielded
            done.add(item.sha256)
            log.info("ray: call %s done on %s in %.1f s", item.call_id, item.worker,
                     item.work_s)
            yield WorkResult(by_sha[item.sha256], stored=item.stored, problem=item.problem,
                          stage=item.stage)
    if len(done) != len(by_sha):  # Ray Data finished without them: should not happen
        raise EngineError(f"the Ray run returned {len(done)} of {len(by_sha)} calls; "
                          f"a rerun does the rest")


def _fit(ray: Any, cpus: float, gpus: float) -> int:
    """How many actors the cluster holds at once."""
    res = ray.cluster_resources()
    n = int(res.get("CPU", 1) // cpus)
    if gpus:
        n = min(n, int(res.get("GPU", 0) // gpus))
    if n < 1:
        raise EngineError(f"the Ray cluster has no room for one actor ({cpus} CPU, {gpus} GPU; "
                          f"it has {res.get('CPU', 0)} CPU, {res.get('GPU', 0)} GPU)")
    return n


def _connect(ray: Any, ropts: RayOptions) -> bool:
    """Join or start Ray; True when this call started it (and so shuts it down)."""
    if ray.is_initialized():
        return False
    try:
        ray.init(address=ropts.address, include_dashboard=False,
                 logging_level=logging.WARNING, log_to_driver=True)
    except Exception as e:  # Ray raises several kinds for a bad or unreachable address
        raise EngineError(f"cannot reach the Ray cluster at {ropts.address or 'local'}: "
                          f"{e}") from e
    return True


def _import_ray() -> Any:
    try:
        import ray
        import ray.data
    except ImportError as e:
        raise EngineError(f"--engine ray needs Ray: {INSTALL_HINT} ({e})") from e
    return ray
