"""Diarisation of mono calls: DER, words given the right speaker, roles, and its cost.

For every call of ``tests/data/diarize`` (mono 8 kHz calls mixed from real speakers, with
exact truth; ``tests/data/build_diarize_calls.py``) and each model in ``--models``: the call
is transcribed with diarisation off (``transcribe_call``, language English, the manifest's
direction and agent name), then ``diarize_mono`` runs on that transcript, as
``transcribe_call`` does with diarisation on. Runs are repeated (``--repeat``) and the
min of each timing is kept, as the machine may be shared.

Prints per call and in total:

* DER (pyannote.metrics, +-0.25 s collar, overlapped speech scored) of the turns;
* words given the right speaker (diarised labels mapped one to one to the real speakers
  so that most words match) and the right role (agent / customer);
* role right: every real speaker's words mostly went to a diarised speaker with the right
  role (the call counts as wrong otherwise);
* time: diarisation / transcription (goal: under 10%).

Usage: python benchmarks/diarize.py [--models tiny.en base] [--repeat 2] [--threads 2]
       [--data tests/data/diarize] [--calls c01 c02 ...] [--window-s 1.5] [--hop-s 1.0]
"""

from __future__ import annotations

import argparse
import csv
import dataclasses
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from aqm.diarize.evaluate import CallTruth, der, load_truth, score_words, word_mapping
from aqm.diarize.mono import MonoResult, diarize_mono
from aqm.diarize.options import DiarizeOptions
from aqm.ingest.audio import DecodedAudio, load_audio
from aqm.transcribe.backends import load_transcriber, plan_lineage
from aqm.transcribe.base import TranscribeOptions, Transcriber
from aqm.transcribe.channels import transcribe_call
from aqm.types import CallMetadata, Lineage, Transcript

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "diarize"


@dataclass(frozen=True)
class CallRun:
    name: str
    audio_s: float
    asr_s: float
    diarize_s: float
    der: float
    der_errors_s: float
    der_total_s: float
    words: int
    right_speaker: int
    right_role: int
    role_right: bool
    speakers: int
    truth_speakers: int


def metadata_rows(folder: Path) -> dict[str, CallMetadata]:
    out = {}
    with open(folder / "manifest.csv", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            out[row["path"]] = CallMetadata(
                agent_name=row.get("agent_name") or None, language=row.get("language") or None,
                direction=row.get("direction") or "unknown",  # type: ignore[arg-type]
                channel_layout=row.get("channel_layout") or None)
    return out


def roles_right(truth: CallTruth, result: MonoResult) -> bool:
    """Every real speaker's mapped diarised speaker has the real speaker's role."""
    to_truth = word_mapping(truth, result.segments)
    label_of = {person: label for label, person in to_truth.items()}
    role_of = {r.label: r.role for r in result.speakers}
    return all(role_of.get(label_of.get(person, ""), "") == role
               for person, role in truth.roles.items())


def run_call(decoded: DecodedAudio, metadata: CallMetadata, truth: CallTruth,
             transcriber: Transcriber, options: TranscribeOptions, lineage: Lineage,
             repeat: int) -> CallRun:
    plain = dataclasses.replace(options, diarize=DiarizeOptions(enabled=False))
    asr_times, diarize_times = [], []
    transcript: Transcript | None = None
    result: MonoResult | None = None
    for _ in range(repeat):
        t0 = time.perf_counter()
        transcript = transcribe_call(decoded, metadata, transcriber, plain, lineage)
        asr_times.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        result = diarize_mono(decoded.mono(), transcript.segments, metadata,
                              transcript.language, lineage, options.diarize)
        diarize_times.append(time.perf_counter() - t0)
    assert result is not None
    scored = der(truth, result.turns)
    words = score_words(truth, result.segments)
    return CallRun(truth.name, decoded.info.duration_s, min(asr_times), min(diarize_times),
                   scored.der, scored.missed_s + scored.false_alarm_s + scored.confusion_s,
                   scored.total_s, words.words, words.right_speaker, words.right_role,
                   roles_right(truth, result), len(result.speakers), len(truth.roles))


def report(model: str, runs: Sequence[CallRun]) -> None:
    print(f"\n== {model}")
    print(f"{'call':24s} {'audio':>6s} {'DER':>6s} {'words':>7s} {'role':>6s} {'roles':>5s} "
          f"{'spk':>5s} {'asr s':>6s} {'diar s':>6s} {'ratio':>6s}")
    for r in runs:
        print(f"{r.name:24s} {r.audio_s:6.1f} {r.der * 100:5.1f}% "
              f"{r.right_speaker / max(r.words, 1) * 100:6.1f}% "
              f"{r.right_role / max(r.words, 1) * 100:5.1f}% "
              f"{'ok' if r.role_right else 'WRONG':>5s} "
              f"{r.speakers}/{r.truth_speakers:<3d} {r.asr_s:6.2f} {r.diarize_s:6.2f} "
              f"{r.diarize_s / r.asr_s * 100:5.1f}%")
    words = sum(r.words for r in runs)
    asr, diar = sum(r.asr_s for r in runs), sum(r.diarize_s for r in runs)
    print(f"DER (all speech pooled): {sum(r.der_errors_s for r in runs) / sum(r.der_total_s for r in runs) * 100:.1f}%"  # noqa: E501
          f"   mean per call: {sum(r.der for r in runs) / len(runs) * 100:.1f}%"
          f"   worst: {max(r.der for r in runs) * 100:.1f}%")
    print(f"words given the right speaker: {sum(r.right_speaker for r in runs) / words * 100:.1f}%"
          f"   right role: {sum(r.right_role for r in runs) / words * 100:.1f}%   ({words} words)")
    print(f"roles right: {sum(r.role_right for r in runs)}/{len(runs)} calls"
          f"   speaker count right: {sum(r.speakers == r.truth_speakers for r in runs)}"
          f"/{len(runs)}")
    audio = sum(r.audio_s for r in runs)
    print(f"time: diarisation {diar:.1f} s, transcription {asr:.1f} s for {audio:.0f} s of audio;"
          f" diarisation / transcription = {diar / asr * 100:.1f}%"
          f" (diarisation {audio / diar:.0f}x real time)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--models", nargs="+", default=["tiny.en", "base"])
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--calls", nargs="*", default=None, help="name prefixes to run")
    parser.add_argument("--window-s", type=float, default=DiarizeOptions().window_s)
    parser.add_argument("--hop-s", type=float, default=DiarizeOptions().hop_s)
    args = parser.parse_args()
    diarize = DiarizeOptions(window_s=args.window_s, hop_s=args.hop_s)
    meta = metadata_rows(args.data)
    files = sorted(p for p in args.data.glob("*.wav")
                   if not args.calls or any(p.name.startswith(c) for c in args.calls))
    calls = [(load_audio(p), meta[p.name], load_truth(p.with_name(p.stem + ".truth.json")))
             for p in files]
    for model in args.models:
        options = TranscribeOptions(model=model, languages=("en",), cpu_threads=args.threads,
                                    diarize=diarize)
        transcriber = load_transcriber(options)
        lineage = plan_lineage(options)
        decoded, metadata, truth = calls[0]  # warm-up: model loads, first-call compilation
        run_call(decoded, metadata, truth, transcriber, options, lineage, 1)
        report(model, [run_call(d, m, t, transcriber, options, lineage, args.repeat)
                       for d, m, t in calls])


if __name__ == "__main__":
    main()
