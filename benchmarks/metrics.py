"""Time the metrics stage against transcription on the same audio, in the same run.

Prints wall and CPU seconds per audio hour for ``compute_metrics`` (no transcript, and with
one) and for transcription with tiny.en and base (``transcribe_call``, language forced to
English), and the ratios metrics / transcription. Runs are interleaved (``--repeat``
transcriptions, three metrics runs after each) and the min of each is reported, as the
machine may be shared. The metrics' VAD uses one thread; ASR uses ``--threads``.
Goal: metrics under 3% of transcription time.

The audio is a stereo 8 kHz mu-law call of ``--minutes`` built from the real speech clips in
``tests/data/metrics_clips`` (alternating turns, gaps, overlaps, a 30 s music hold every
5 minutes), or the recordings given as arguments (their channel layout: ``--layout``).

Usage: python benchmarks/metrics.py [--minutes 10] [--repeat 3] [--models tiny.en base]
       [--threads 2] [FILE ...]
"""

from __future__ import annotations

import argparse
import functools
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import av
import numpy as np

from aqm.ingest.audio import DecodedAudio, load_audio
from aqm.metrics import compute_metrics
from aqm.transcribe.backends import load_transcriber, plan_lineage
from aqm.transcribe.base import TranscribeOptions, Transcriber
from aqm.transcribe.channels import transcribe_call
from aqm.types import CallMetadata, Lineage, Transcript

CLIPS = Path(__file__).resolve().parent.parent / "tests" / "data" / "metrics_clips"
RATE = 8000


def _clip(path: Path) -> np.ndarray:
    with av.open(str(path)) as container:
        resampler = av.AudioResampler(format="flt", layout="mono", rate=RATE)
        parts = [f.to_ndarray()[0] for frame in container.decode(audio=0)
                 for f in resampler.resample(frame)]
    return np.concatenate(parts).astype(np.float64)


def build_call(path: Path, minutes: float, seed: int = 0) -> None:
    """Alternating agent/customer turns with 0.3-2.5 s gaps, some overlaps, a 30 s music
    hold every 5 minutes, -66 dBFS noise; written as stereo 8 kHz mu-law WAV."""
    rng = np.random.default_rng(seed)
    sides = [[_clip(p) for p in sorted(CLIPS.glob(f"{who}-*.wav"))]
             for who in ("agent", "customer")]
    music = _clip(CLIPS / "hold-music.wav")
    total = int(minutes * 60 * RATE)
    y = np.zeros((2, total))
    t, side, next_hold = RATE, 0, 150 * RATE
    while True:
        x = sides[side][rng.integers(len(sides[side]))]
        if t + len(x) >= total:
            break
        y[side, t:t + len(x)] += x
        t += len(x) + int(rng.choice([-0.8, 0.3, 0.6, 1.0, 1.5, 2.5]) * RATE)
        side = 1 - side if rng.random() < 0.8 else side
        t = max(t, int(np.flatnonzero(y[side])[-1]) + RATE // 2 if y[side].any() else t)
        if t > next_hold and t + 32 * RATE < total:
            reps = np.tile(music, 30 * RATE // len(music) + 1)[:30 * RATE]
            y[0, t + RATE:t + 31 * RATE] += reps
            t += 32 * RATE
            next_hold += 300 * RATE
    y += np.random.default_rng(seed + 1).standard_normal(y.shape) * 10 ** (-66 / 20)
    with av.open(str(path), "w", format="wav") as out:
        stream = out.add_stream("pcm_mulaw", rate=RATE, layout="stereo")
        frame = av.AudioFrame.from_ndarray(np.clip(y, -1, 1).astype(np.float32),
                                           format="fltp", layout="stereo")
        frame.sample_rate = RATE
        for packet in [*stream.encode(frame), *stream.encode(None)]:
            out.mux(packet)


def _timed(fn: Callable[[], object]) -> tuple[float, float]:
    """(wall seconds, CPU seconds of all this process's threads) of one call."""
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - wall, time.process_time() - cpu


def _best(runs: list[tuple[float, float]]) -> tuple[float, float]:
    """Min wall and min CPU time over repeats (the min is the least disturbed run)."""
    return min(r[0] for r in runs), min(r[1] for r in runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--models", nargs="+", default=["tiny.en", "base"])
    parser.add_argument("--threads", type=int, default=2, help="ASR cpu_threads")
    parser.add_argument("--layout", default="agent=left")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        files = args.files
        if not files:
            files = [Path(tmp) / "call.wav"]
            build_call(files[0], args.minutes)
        calls: list[DecodedAudio] = [load_audio(f) for f in files]
    hours = sum(d.info.duration_s for d in calls) / 3600
    layout = args.layout
    print(f"audio: {len(calls)} file(s), {hours * 60:.1f} min, "
          f"{calls[0].info.channels} channel(s), min of {args.repeat} runs")

    def metrics(transcripts: list[Transcript] | None) -> None:
        for i, d in enumerate(calls):
            compute_metrics(d, transcripts[i] if transcripts else None, layout)

    for model in args.models:
        options = TranscribeOptions(model=model, language="en", cpu_threads=args.threads)
        transcriber = load_transcriber(options)
        lineage = plan_lineage(options)
        meta = CallMetadata(channel_layout=layout)

        def transcribe_all(t: Transcriber = transcriber, o: TranscribeOptions = options,
                           lin: Lineage = lineage, m: CallMetadata = meta) -> list[Transcript]:
            return [transcribe_call(d, m, t, o, lin) for d in calls]

        transcripts = transcribe_all()  # warm-up
        asr, plain, words = [], [], []
        for _ in range(args.repeat):  # interleaved, so both see the same machine load
            asr.append(_timed(transcribe_all))
            plain += [_timed(functools.partial(metrics, None)) for _ in range(3)]
            words += [_timed(functools.partial(metrics, transcripts)) for _ in range(3)]
        asr_t = _best(asr)
        print(f"{'transcribe ' + model:26s} {asr_t[0] / hours:7.1f} s wall, "
              f"{asr_t[1] / hours:7.1f} s CPU per audio hour "
              f"(real-time factor {hours * 3600 / asr_t[0]:.1f}x)")
        for label, runs in (("metrics", plain), ("metrics with words", words)):
            t = _best(runs)
            print(f"{label:26s} {t[0] / hours:7.1f} s wall, {t[1] / hours:7.1f} s CPU per "
                  f"audio hour: {100 * t[0] / asr_t[0]:.2f} % of {model} wall, "
                  f"{100 * t[1] / asr_t[1]:.2f} % of its CPU")


if __name__ == "__main__":
    main()
