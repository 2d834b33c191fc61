"""Benchmark: the local engine against the Ray engine on the same machine, and (only when CUDA
is there) batched GPU transcription.

1. Local vs Ray: the English sample calls (or all samples with ``--model base``) through
   ``run_batch`` into a fresh database each time, local engine (``--workers``) and Ray engine
   (a local Ray started once, ``--actors`` actors of ``--cpus-per-actor`` cores), alternating
   A B A B; the minimum of ``--repeat`` runs is reported. Prints each wall time and real-time
   factor (audio seconds per wall second) and the ratio Ray / local (the Ray overhead; Ray's
   own start-up is printed apart).
2. GPU (skipped without CUDA): faster-whisper's ``BatchedInferencePipeline`` through aqm's
   backend (float16, ``--batch-size``) on every channel of the samples, ``--gpu-rounds``
   times after a warm-up: the batched real-time factor (goal with base on one data-centre
   GPU: >= 150x); then the whole pipeline on Ray with one GPU actor: calls per hour.

    python benchmarks/scale.py [--model tiny.en|base] [--repeat 2] [--actors 2]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from aqm.pipeline import RunOptions, run_batch  # noqa: E402
from aqm.scale.options import RayOptions  # noqa: E402
from aqm.transcribe.base import TranscribeOptions  # noqa: E402
from tests.conftest import ENGLISH_SAMPLES, sample_rows, write_manifest  # noqa: E402


def _run(manifest: Path, tmp: Path, name: str, options: RunOptions) -> tuple[float, float]:
    db = tmp / f"{name}.duckdb"
    report = run_batch([manifest], db, options)
    assert report.ok and report.transcribed == report.total, report
    return report.wall_s, report.audio_s


def local_vs_ray(args: argparse.Namespace, tmp: Path, manifest: Path) -> None:
    import ray

    base = RunOptions(TranscribeOptions(model=args.model), workers=args.workers)
    on_ray = replace(base, engine="ray", ray=RayOptions(
        actors=args.actors, cpus_per_actor=args.cpus_per_actor,
        calls_per_shard=args.calls_per_shard))
    started = time.perf_counter()
    ray.init(num_cpus=args.actors * args.cpus_per_actor, include_dashboard=False)
    print(f"ray.init: {time.perf_counter() - started:.1f} s")
    local_t, ray_t, audio_s = [], [], 0.0
    try:
        for i in range(args.repeat):
            wall, audio_s = _run(manifest, tmp, f"local{i}", base)
            local_t.append(wall)
            print(f"  local run {i + 1}: {wall:.1f} s")
            wall, _ = _run(manifest, tmp, f"ray{i}", on_ray)
            ray_t.append(wall)
            print(f"  ray   run {i + 1}: {wall:.1f} s")
    finally:
        ray.shutdown()
    lo, ra = min(local_t), min(ray_t)
    print(f"{audio_s:.0f} s of audio, model {args.model}")
    print(f"local engine ({args.workers} worker(s)): {lo:.1f} s, {audio_s / lo:.1f}x real time")
    print(f"ray engine ({args.actors} actors x {args.cpus_per_actor} CPU): {ra:.1f} s, "
          f"{audio_s / ra:.1f}x real time")
    pairs = sorted(r / loc for r, loc in zip(ray_t, local_t, strict=True))
    print(f"ratio ray / local wall time: {ra / lo:.2f} (min of each); pairwise "
          f"{', '.join(f'{x:.2f}' for x in pairs)}")


def gpu(args: argparse.Namespace, tmp: Path, manifest: Path) -> None:
    import ctranslate2
    import numpy as np

    if ctranslate2.get_cuda_device_count() < 1:
        print("GPU: no CUDA device, section skipped")
        return
    from aqm.ingest.audio import load_audio
    from aqm.transcribe.faster import FasterWhisperTranscriber

    opts = TranscribeOptions(model="base", device="cuda", batch_size=args.batch_size,
                             languages=("en",), language="en")
    asr = FasterWhisperTranscriber(opts)
    channels: list[np.ndarray] = []
    for row in sample_rows():
        decoded = load_audio(row["path"])
        channels.extend(decoded.channel(i) for i in range(decoded.samples.shape[0]))
    audio_s = sum(len(c) for c in channels) / 16000
    for ch in channels:  # warm-up
        asr.transcribe(ch, "en", opts)
    started = time.perf_counter()
    for _ in range(args.gpu_rounds):
        for ch in channels:
            asr.transcribe(ch, "en", opts)
    wall = time.perf_counter() - started
    print(f"GPU batched (base, {asr.compute_type}, batch {args.batch_size}): "
          f"{audio_s * args.gpu_rounds / wall:.0f}x real time (goal >= 150x)")
    import ray

    ray.init(include_dashboard=False)
    try:
        on_gpu = RunOptions(opts, engine="ray", ray=RayOptions(actors=1, gpus_per_actor=1,
                                                              cpus_per_actor=2))
        wall, _ = _run(manifest, tmp, "gpu", on_gpu)
    finally:
        ray.shutdown()
    calls = len(ENGLISH_SAMPLES)
    print(f"GPU pipeline on Ray (1 actor, 1 GPU): {calls} calls in {wall:.1f} s, "
          f"{calls / wall * 3600:.0f} calls per hour")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", default="tiny.en")
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--workers", type=int, default=1, help="local engine processes")
    ap.add_argument("--actors", type=int, default=2)
    ap.add_argument("--cpus-per-actor", type=int, default=1)
    ap.add_argument("--calls-per-shard", type=int, default=1)
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--gpu-rounds", type=int, default=3)
    ap.add_argument("--skip-cpu", action="store_true", help="only the GPU section")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        manifest = write_manifest(sample_rows(), Path(tmp) / "calls.csv")
        if not args.skip_cpu:
            local_vs_ray(args, Path(tmp), manifest)
        gpu(args, Path(tmp), manifest)


if __name__ == "__main__":
    main()
