"""Time the sentiment stage against transcription of the same calls, in the same run.

Transcribes the sample calls (``samples/manifest.csv``: English with tiny.en and base, the
Vietnamese call with base, routed to viet-asr as ``aqm run`` does), then times ``analyze``
on the transcripts with the model already loaded (its one-off load is printed apart) and
the per-process embedding cache emptied before each run (a new call's segments are new).
Runs are interleaved (``--repeat`` transcriptions, three sentiment runs after each) and the
min of each is reported, as the machine may be shared. Prints sentiment seconds per 1,000
segments and the ratio to transcription. Goal: sentiment under 5% of transcription time.

Usage: python benchmarks/sentiment.py [--repeat 3] [--models tiny.en base] [--threads 2]
       [--sentiment-model builtin|PATH]
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

from aqm.embeddings import clear_cache
from aqm.ingest.audio import DecodedAudio, load_audio
from aqm.ingest.sources import iter_sources
from aqm.sentiment import SentimentOptions, analyze, load_sentiment_model
from aqm.transcribe.backends import load_transcriber, plan_lineage
from aqm.transcribe.base import TranscribeOptions, Transcriber
from aqm.transcribe.channels import transcribe_call
from aqm.types import CallSource, Lineage, Transcript

SAMPLES = Path(__file__).resolve().parent.parent / "samples" / "manifest.csv"


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
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--models", nargs="+", default=["tiny.en", "base"])
    parser.add_argument("--threads", type=int, default=2, help="ASR cpu_threads")
    parser.add_argument("--sentiment-model", default="builtin")
    args = parser.parse_args()

    sources = [s for s in iter_sources([SAMPLES]) if isinstance(s, CallSource)]
    audio: dict[str, DecodedAudio] = {s.path: load_audio(s.path) for s in sources}
    options = SentimentOptions(model=args.sentiment_model)
    load_s, _ = _timed(lambda: load_sentiment_model(options))
    model = load_sentiment_model(options)
    warm_s, _ = _timed(lambda: model.predict(["warm up"]))
    print(f"sentiment model {model.name}: load {load_s:.2f} s, first call {warm_s:.2f} s "
          f"(once per process, not counted below)")

    for name in args.models:
        english_only = name.endswith(".en")
        calls: list[CallSource] = [s for s in sources if not english_only
                                   or (s.metadata.language or "en") == "en"]
        topts = TranscribeOptions(model=name, cpu_threads=args.threads)
        transcriber = load_transcriber(topts)
        lineage = plan_lineage(topts)

        def transcribe_all(calls: list[CallSource] = calls, topts: TranscribeOptions = topts,
                           transcriber: Transcriber = transcriber, lineage: Lineage = lineage,
                           ) -> list[Transcript]:
            return [transcribe_call(audio[c.path], c.metadata, transcriber, topts, lineage)
                    for c in calls]

        transcripts = transcribe_all()  # warm-up
        segments = sum(len(t.segments) for t in transcripts)
        minutes = sum(audio[c.path].info.duration_s for c in calls) / 60

        def sentiment(transcripts: list[Transcript] = transcripts) -> None:
            clear_cache()  # each run embeds every segment, as a new call does
            for t in transcripts:
                analyze(t, options, model=model)

        asr_runs, sent_runs = [], []
        for _ in range(args.repeat):  # interleaved, so both see the same machine load
            asr_runs.append(_timed(transcribe_all))
            sent_runs += [_timed(sentiment) for _ in range(3)]
        asr, sent = _best(asr_runs), _best(sent_runs)
        per_k = 1000.0 / max(segments, 1)
        print(f"{name}: {len(calls)} calls, {minutes:.1f} min of audio, {segments} segments")
        print(f"  transcribe  {asr[0] * per_k:8.1f} s wall, {asr[1] * per_k:8.1f} s CPU "
              f"per 1,000 segments")
        print(f"  sentiment   {sent[0] * per_k:8.1f} s wall, {sent[1] * per_k:8.1f} s CPU "
              f"per 1,000 segments: {100 * sent[0] / asr[0]:.2f} % of transcription wall, "
              f"{100 * sent[1] / asr[1]:.2f} % of its CPU")


if __name__ == "__main__":
    main()
