"""Benchmark: `aqm run` on the bundled samples against plain faster-whisper, side by side.

Both run as whole processes (start-up and model load included), alternating A B A B, on the
same audio with the same model and decoding options; the minimum of the repeats is reported
(the minimum, not the mean: noise only ever adds time). Prints each real-time factor (audio
seconds per wall second) and the ratio aqm / plain (goal: <= 1.10).

    python benchmarks/pipeline.py [--model base|tiny.en] [--repeat 3]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"


def plain(model: str, files: list[str]) -> None:
    """What a user would write with faster-whisper alone: each stereo channel on its own."""
    import av
    from faster_whisper import WhisperModel, decode_audio

    from aqm.transcribe.base import TranscribeOptions
    from aqm.transcribe.faster import resolve_compute_type, resolve_device
    from aqm.transcribe.models import resolve_model

    opts = TranscribeOptions(model=model)
    device = resolve_device(opts.device)
    m = WhisperModel(str(resolve_model(model).path), device=device,
                     compute_type=resolve_compute_type(opts.compute_type, device))
    for f in files:
        with av.open(f) as container:
            stereo = container.streams.audio[0].channels == 2
        audio = decode_audio(f, split_stereo=stereo)
        channels = audio if isinstance(audio, tuple) else (audio,)
        for ch in channels:
            segments, _ = m.transcribe(
                ch, beam_size=opts.beam_size, temperature=list(opts.temperatures),
                word_timestamps=True, vad_filter=True,
                vad_parameters={"min_silence_duration_ms": opts.vad_min_silence_duration_ms},
                condition_on_previous_text=False,
                language="en" if model.endswith(".en") else None)
            for _ in segments:
                pass


def timed(cmd: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(cmd, check=False, cwd=ROOT, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", default="base")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--plain", nargs="*", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.plain is not None:
        plain(args.model, args.plain)
        return
    from aqm.ingest.audio import load_audio

    files = sorted(str(p) for p in SAMPLES.glob("*.wav"))
    if args.model.endswith(".en"):
        files = [f for f in files if not Path(f).name.startswith("vi_")]
    audio_s = sum(load_audio(f).info.duration_s for f in files)
    langs = "en" if args.model.endswith(".en") else "vi,en"
    aqm_times, plain_times = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(args.repeat):
            db = Path(tmp) / f"bench{i}.duckdb"
            aqm_times.append(timed([sys.executable, "-m", "aqm", "run", *files, "--db", str(db),
                                    "--model", args.model, "--language", langs]))
            plain_times.append(timed([sys.executable, __file__, "--model", args.model,
                                      "--plain", *files]))
            print(f"repeat {i + 1}: aqm {aqm_times[-1]:.1f} s, plain {plain_times[-1]:.1f} s",
                  flush=True)
    a, p = min(aqm_times), min(plain_times)
    ratios = sorted(x / y for x, y in zip(aqm_times, plain_times, strict=True))
    print(f"\n{len(files)} calls, {audio_s / 60:.1f} min of audio, model {args.model}, "
          f"{args.repeat} repeats (min)")
    print(f"aqm run          : {a:6.1f} s  real-time factor {audio_s / a:5.1f}x")
    print(f"plain faster-whisper: {p:6.1f} s  real-time factor {audio_s / p:5.1f}x")
    print(f"ratio aqm / plain: {a / p:.3f} (pairwise median {ratios[len(ratios) // 2]:.3f}; "
          "goal <= 1.10)")


if __name__ == "__main__":
    main()
