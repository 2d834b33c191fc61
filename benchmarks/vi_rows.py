"""The Vietnamese WER rows of ``benchmarks/vietnamese.py``: data sets, error listing, phases.

Each row is a set of (audio, reference) pairs of real Vietnamese speech (the ``call agent``
row is synthetic and kept apart). WER is over the row's whole set (``benchmarks/wer.py``).
"""

from __future__ import annotations

import dataclasses
import json
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import jiwer
import numpy as np

from benchmarks.wer import normalise

if TYPE_CHECKING:
    from aqm.transcribe.base import TranscribeOptions
    from aqm.transcribe.vietasr import VietAsrTranscriber, WordTrack

SAMPLE_RATE_HZ = 16000


@dataclass(frozen=True)
class Row:
    """One row of the table: a name, its audio pieces and their reference texts."""

    name: str
    audio: tuple[np.ndarray, ...]
    texts: tuple[str, ...]
    real: bool = True  # real human speech (else synthetic: reported apart)

    @property
    def seconds(self) -> float:
        return sum(len(a) for a in self.audio) / SAMPLE_RATE_HZ

    @property
    def words(self) -> int:
        return sum(len(normalise(t).split()) for t in self.texts)


def build_rows() -> list[Row]:
    """vieneu clips at 8 and 16 kHz, the long channel, the sample call's two channels."""
    from aqm.ingest.audio import load_audio
    from benchmarks.vietnamese import (
        DATA,
        LONG_CHANNEL_SEED,
        SAMPLE_CALL,
        build_channel,
        load_clips,
    )

    clips8, clips16 = load_clips(DATA / "vi"), load_clips(DATA / "vi16")
    rng = np.random.default_rng(LONG_CHANNEL_SEED)
    order = [clips8[i] for _ in range(4) for i in rng.permutation(len(clips8))]
    gaps = [float(g) for g in rng.choice([0.1, 0.3, 0.8, 1.5, 3.0], size=len(order))]
    long_audio, placed = build_channel(order, gaps)
    call = load_audio(SAMPLE_CALL.with_suffix(".wav"))
    turns = json.loads(SAMPLE_CALL.with_suffix(".truth.json").read_text("utf-8"))["turns"]

    def said(speaker: str, real: bool | None = None) -> str:
        return " ".join(t["text"] for t in turns if t["speaker"] == speaker
                        and real in (None, _real(t)))

    customer = call.channel(1).copy()  # its real speech only: the espeak card line muted
    for t in turns:
        if t["speaker"] == "customer" and not _real(t):
            lo, hi = float(t["start"]) - 0.1, float(t["end"]) + 0.1
            customer[int(max(lo, 0.0) * SAMPLE_RATE_HZ):int(hi * SAMPLE_RATE_HZ)] = 0.0

    return [
        Row("vieneu 8k", tuple(c.audio for c in clips8), tuple(c.text for c in clips8)),
        Row("vieneu 16k", tuple(c.audio for c in clips16), tuple(c.text for c in clips16)),
        Row("vieneu long", (long_audio,), (" ".join(p.text for p in placed),)),
        Row("call customer", (customer,), (said("customer", real=True),)),
        Row("call agent", (call.channel(0),), (said("agent"),), real=False),
    ]


def _real(turn: dict[str, object]) -> bool:
    """A truth-file turn of real recorded speech (not synthesised)."""
    return str(turn["source"]).startswith(("vieneu:", "asterisk:"))


def run_row(transcribe: Callable[[np.ndarray], str], row: Row, repeat: int
            ) -> tuple[float, float, list[str]]:
    """WER, real-time factor (min over ``repeat``) and the hypotheses of one row."""
    best = float("inf")
    hyps: list[str] = []
    for _ in range(repeat):
        started = time.perf_counter()
        hyps = [transcribe(a) for a in row.audio]
        best = min(best, time.perf_counter() - started)
    wer = float(jiwer.wer([normalise(t) for t in row.texts], [normalise(h) for h in hyps]))
    return wer, row.seconds / best, hyps


def print_errors(names: Sequence[str], refs: Sequence[str], hyps: Sequence[str]) -> None:
    """Reference, hypothesis and each aligned error (benchmark output, not product logs)."""
    for name, ref, hyp in zip(names, refs, hyps, strict=True):
        r, h = normalise(ref).split(), normalise(hyp).split()
        print(f"    {name}\n      REF: {' '.join(r)}\n      HYP: {' '.join(h)}")
        for a in jiwer.process_words(" ".join(r), " ".join(h)).alignments[0]:
            if a.type != "equal":
                print(f"      {a.type:<10} {' '.join(r[a.ref_start_idx:a.ref_end_idx]) or '-'}"
                      f" -> {' '.join(h[a.hyp_start_idx:a.hyp_end_idx]) or '-'}")


def phase_spread(viet: VietAsrTranscriber, options: TranscribeOptions, rows: Sequence[Row],
                 phases: int) -> None:
    """One-pass viet-asr WER per row when every chunk starts k/phases of a decoding step
    later (quiet noise as lead-in, as the passes do)."""
    from aqm.transcribe.vietasr import DECODE_STEP_S, with_lead_in

    one = dataclasses.replace(options, vi_passes=1)
    decode = viet._decode
    print(f"viet-asr, one pass, each chunk started k/{phases} of a {DECODE_STEP_S} s step "
          "later:")
    table: dict[str, list[float]] = {r.name: [] for r in rows}
    try:
        for k in range(phases):
            lead = k * DECODE_STEP_S / phases

            def shifted(audio: np.ndarray, offset_s: float, lead: float = lead
                        ) -> list[list[WordTrack]]:
                return decode(with_lead_in(audio, lead), offset_s - lead)

            viet._decode = shifted  # type: ignore[method-assign]
            for r in rows:
                hyps = [" ".join(s.text for s in viet.transcribe(a, "vi", one)) for a in r.audio]
                table[r.name].append(float(jiwer.wer([normalise(t) for t in r.texts],
                                                     [normalise(h) for h in hyps])))
    finally:
        viet._decode = decode  # type: ignore[method-assign]
    for name, wers in table.items():
        print(f"  {name:<14} " + " ".join(f"{w:6.1%}" for w in wers)
              + f"  mean {np.mean(wers):.1%}, min {min(wers):.1%}, max {max(wers):.1%}")
