"""Benchmark: the three ASR backends on the same calls, same model, CPU, side by side.

Each backend (faster-whisper at its default int8 and at fp32, openai-whisper, transformers)
transcribes the same calls through aqm's own ASR path (``load_transcriber``, ``call_channels``:
each stereo channel on its own; Silero VAD, language identification) with the same model and
the default decoding options (beam 5, temperature 0; ``--beam-size 1`` for greedy). Each run is
a fresh process that loads the model and warms up on a short prompt first (model load and
first-call compilation are reported apart, not timed); the backends alternate, A B C D A B C D,
and the minimum of the repeats is reported (noise only ever adds time). Prints each real-time
factor (audio seconds per wall second) and the ratio of faster-whisper's to each other's
(goal: faster-whisper >= 4x openai-whisper).

    python benchmarks/backends.py [--model base|tiny.en] [--repeat 3] [--beam-size 5]
                                  [--calls F ...]

``--compare`` instead checks that the backends agree: greedy decoding, faster-whisper in fp32
(the others' precision) and int8, on the 38 English prompts and the mono sample call (tiny.en;
the call's speech fills two 30 s windows) and on the six Vietnamese clips (base); prints word
agreement and the largest word-time differences.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

from aqm.ingest.audio import DecodedAudio
from aqm.transcribe.base import TranscribeOptions, Transcriber

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
DATA = ROOT / "tests" / "data"
DEFAULT_CALLS = ("en_inbound_good.wav",)  # add vi_inbound_good.wav for Vietnamese Whisper
WARM_UP = DATA / "prompts" / "conf-placeintoconf.wav"
RUNS = (("faster-whisper", "auto"), ("faster-whisper", "float32"), ("openai-whisper", "auto"),
        ("transformers", "auto"))


def _options(model: str, beam_size: int, compute_type: str) -> TranscribeOptions:
    languages = ("en",) if model.endswith(".en") else ("vi", "en")
    return TranscribeOptions(model=model, languages=languages, beam_size=beam_size,
                             compute_type=compute_type, vi_backend="whisper")


def _transcribe_call(transcriber: Transcriber, options: TranscribeOptions,
                     decoded: DecodedAudio) -> int:
    """aqm's per-channel ASR (``call_channels``: each stereo channel on its own; speech,
    language, transcript); returns the number of words."""
    from aqm.transcribe.channels import call_channels

    words = 0
    for _, _, signal in call_channels(decoded, None):
        if transcriber.has_speech(signal):
            language = transcriber.detect_language(signal, options.languages).language
            words += sum(len(s.words) for s in transcriber.transcribe(signal, language, options))
    return words


def worker(backend: str, compute_type: str, model: str, beam_size: int, calls: list[str]
           ) -> None:
    """One timed run in this process; prints a JSON line."""
    from aqm.ingest.audio import load_audio
    from aqm.transcribe.backends import load_transcriber

    options = _options(model, beam_size, compute_type)
    started = time.perf_counter()
    transcriber = load_transcriber(options, backend)
    load_s = time.perf_counter() - started
    decoded = [load_audio(c) for c in calls]
    started = time.perf_counter()
    _transcribe_call(transcriber, options, load_audio(WARM_UP))
    warm_s = time.perf_counter() - started
    started = time.perf_counter()
    words = sum(_transcribe_call(transcriber, options, audio) for audio in decoded)
    wall_s = time.perf_counter() - started
    print(json.dumps({"load_s": load_s, "warm_s": warm_s, "wall_s": wall_s, "words": words,
                      "audio_s": sum(a.info.duration_s for a in decoded),
                      "compute_type": transcriber.compute_type}))


def speed(args: argparse.Namespace) -> None:
    calls = [str(SAMPLES / c) if not Path(c).exists() else c for c in args.calls]
    if args.model.endswith(".en"):
        calls = [c for c in calls if not Path(c).name.startswith("vi_")]
    best: dict[str, dict[str, float]] = {}
    for i in range(args.repeat):
        for backend, compute_type in RUNS:
            cmd = [sys.executable, __file__, "--worker", backend, compute_type, "--model",
                   args.model, "--beam-size", str(args.beam_size), "--calls", *calls]
            proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, check=False)
            if proc.returncode != 0:
                sys.exit(f"{backend} failed:\n{proc.stderr[-3000:]}")
            run = json.loads(proc.stdout.strip().splitlines()[-1])
            key = f"{backend} ({run['compute_type']})"
            print(f"  repeat {i + 1}: {key}: {run['wall_s']:.1f} s "
                  f"(load {run['load_s']:.1f} s, warm-up {run['warm_s']:.1f} s, "
                  f"{run['words']} words)", flush=True)
            if key not in best or run["wall_s"] < best[key]["wall_s"]:
                best[key] = run
    audio_s = next(iter(best.values()))["audio_s"]
    print(f"\n{len(calls)} calls, {audio_s:.1f} s of audio, model {args.model}, beam "
          f"{args.beam_size}, CPU, min of {args.repeat}:")
    reference = best["faster-whisper (int8)"]["wall_s"] if "faster-whisper (int8)" in best \
        else next(iter(best.values()))["wall_s"]
    for key, run in best.items():
        print(f"  {key:30s} {audio_s / run['wall_s']:6.2f}x real time   "
              f"faster-whisper (default) is {run['wall_s'] / reference:5.2f}x as fast")


def compare() -> None:
    """Greedy decoding: do the backends give the same words at the same times?"""
    import numpy as np

    from aqm.ingest.audio import load_audio
    from aqm.transcribe.backends import BACKENDS, load_transcriber

    sets = [("tiny.en", [*sorted((DATA / "prompts").glob("*.wav")),
                         SAMPLES / "mono_en_call.wav"]),  # 37 s of speech: two windows
            ("base", sorted((DATA / "vi").glob("*.flac")))]
    for model, files in sets:
        runs = [(b, "float32" if b == "faster-whisper" else "auto") for b in BACKENDS]
        runs.append(("faster-whisper", "int8"))
        words: dict[tuple[str, str], list[list[tuple[str, float, float]]]] = {}
        for backend, compute_type in runs:
            options = _options(model, 1, compute_type)
            transcriber = load_transcriber(options, backend)
            words[(backend, compute_type)] = []
            for f in files:
                audio = load_audio(f).mono()
                language = transcriber.detect_language(audio, options.languages)
                segs = transcriber.transcribe(audio, language.language, options)
                words[(backend, compute_type)].append(
                    [(w.text, w.start_s, w.end_s) for s in segs for w in s.words])
        ref = words[runs[0]]
        print(f"\n{model}: {len(files)} files, {sum(len(w) for w in ref)} words "
              f"(reference: faster-whisper fp32, greedy)")
        for run in runs[1:]:
            same, gaps, differing = 0, [], []
            for f, a, b in zip(files, ref, words[run], strict=True):
                if [w[0] for w in a] == [w[0] for w in b]:
                    same += 1
                    gaps += [max(abs(x[1] - y[1]), abs(x[2] - y[2])) for x, y in zip(a, b,
                                                                                     strict=True)]
                else:
                    differing.append(f"{f.name}: {' '.join(w[0] for w in a)!r} vs "
                                     f"{' '.join(w[0] for w in b)!r}")
            print(f"  {run[0]} ({run[1]}): same words in {same}/{len(files)} files; word times "
                  f"max {max(gaps, default=0):.3f} s, mean {np.mean(gaps) if gaps else 0:.4f} s")
            for line in differing:
                print(f"    differs: {line}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", default="base")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--beam-size", type=int, default=5)
    ap.add_argument("--calls", nargs="+", default=list(DEFAULT_CALLS))
    ap.add_argument("--compare", action="store_true")
    ap.add_argument("--worker", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        worker(args.worker[0], args.worker[1], args.model, args.beam_size, args.calls)
    elif args.compare:
        compare()
    else:
        speed(args)


if __name__ == "__main__":
    main()
