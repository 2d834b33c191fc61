"""Time ``check_compliance`` per call on the sample calls, for a rule pack.

Transcribes the sample calls once (``samples/manifest.csv``: English with tiny.en, the
Vietnamese call with base, routed to viet-asr as ``aqm run`` does), then times
``check_compliance`` over them: "cold" with the per-process embedding cache emptied before
each run (nothing embedded yet), "after sentiment" with each segment's text embedded first
(as the sentiment stage does before compliance). The first call of the process (loading the
embedder and the item classifier) is printed apart. Min of ``--repeat`` runs (the machine
may be shared). Run it with the previous rule files too (``--rules DIR``) to compare.

Usage: python benchmarks/compliance.py [--repeat 3] [--rules DIR ...]
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

from aqm.embeddings import clear_cache, encode
from aqm.ingest.audio import load_audio
from aqm.ingest.sources import iter_sources
from aqm.scoring import RuleContext, check_compliance, load_pack
from aqm.transcribe.backends import load_transcriber, plan_lineage
from aqm.transcribe.base import TranscribeOptions
from aqm.transcribe.channels import transcribe_call
from aqm.types import CallSource, Transcript

SAMPLES = Path(__file__).resolve().parent.parent / "samples" / "manifest.csv"


def _timed(fn: Callable[[], object]) -> tuple[float, float]:
    """(wall seconds, CPU seconds of this process) of one call."""
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - wall, time.process_time() - cpu


def transcripts() -> list[tuple[CallSource, Transcript]]:
    out = []
    for source in (s for s in iter_sources([SAMPLES]) if isinstance(s, CallSource)):
        english = (source.metadata.language or "en") == "en"
        topts = TranscribeOptions(model="tiny.en" if english else "base", cpu_threads=2)
        out.append((source, transcribe_call(load_audio(source.path), source.metadata,
                                            load_transcriber(topts), topts,
                                            plan_lineage(topts))))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--rules", nargs="*", default=None,
                        help="rule files or folders (default: the bundled scorecards)")
    args = parser.parse_args()
    pack = load_pack(args.rules)
    calls = transcripts()

    def check_all() -> None:
        for source, t in calls:
            check_compliance(t, pack, RuleContext(source.metadata))

    first_s, _ = _timed(check_all)
    print(f"{len(calls)} calls; first run (loads the embedder, classifier, examples): "
          f"{first_s:.2f} s")

    def cold() -> None:
        clear_cache()
        check_all()

    def after_sentiment() -> None:
        clear_cache()
        for _, t in calls:
            encode([s.text for s in t.segments])
        wall, cpu = _timed(check_all)
        runs.append((wall, cpu))

    cold_runs = [_timed(cold) for _ in range(args.repeat)]
    runs: list[tuple[float, float]] = []
    for _ in range(args.repeat):
        after_sentiment()
    n = len(calls)
    for name, rs in (("cold", cold_runs), ("after sentiment", runs)):
        wall, cpu = min(r[0] for r in rs), min(r[1] for r in rs)
        print(f"  {name:16} {1000 * cpu / n:6.0f} ms CPU / {1000 * wall / n:6.0f} ms wall "
              f"per call")


if __name__ == "__main__":
    main()
