"""Benchmark: Vietnamese ASR, Whisper base against viet-asr, side by side, at 8 and 16 kHz.

    python benchmarks/vietnamese.py [--repeat 2] [--skip-english] [--skip-word-times]
                                    [--errors] [--phases] [--fit] [--whisper-align]

1. WER and real-time factor (audio seconds per wall second, the minimum over ``--repeat``
   runs) of Whisper base (faster-whisper, int8, beam 5, language vi, aqm's VAD) and of
   viet-asr as aqm runs it (``VietAsrTranscriber``: VAD chunks, streamed), once with one pass
   per chunk and once with ``TranscribeOptions.vi_passes`` (default 5, the passes vote), on
   every real Vietnamese recording with a transcript we could find in the package registries
   (only the six ``vieneu`` voice samples, 88 words; see README "Measured"), as rows:

   - ``vieneu 8k`` / ``vieneu 16k``: the six clips one by one (``tests/data/vi``, ``vi16``);
   - ``vieneu long``: the six clips four times over in one 2-minute channel with pauses of
     0.1-3 s, so the VAD both joins and splits them (chunk edges inside running speech);
   - ``call customer``: the customer channel of ``samples/vi_inbound_good.wav`` (three of
     the clips through a phone chain: 200 Hz high-pass, 8 kHz mu-law, line noise; its
     synthetic card line muted);
   - ``call agent``: its agent channel, espeak-ng ``vi`` synthetic speech (not real speech:
     shown apart, not in the totals).

   ``--errors`` prints each reference / hypothesis pair of viet-asr at 8 kHz and the
   aligned errors. ``--phases`` shows how one-pass WER changes when every chunk starts
   ``k / 8`` of viet-asr's decoding step later (the reason for the passes).
2. Whisper base WER on the 38 real English asterisk prompts (``tests/data/prompts``) and the
   ratio Vietnamese / English (goal: viet-asr at 8 kHz within 1.5x of English).
3. viet-asr word-time error. The clips are joined into a channel with known pauses: most
   pauses are 0-0.4 s, so the VAD keeps several clips in one chunk and a clip's first and
   last word are words inside a chunk ("inner"); two pauses are long, so some are at chunk
   edges ("edge"). A clip's true speech start and end are where its 10 ms frame energy
   first/last comes within 35 dB of its peak (the clips are clean studio recordings). The
   first and last word of each clip, where the recogniser got them (an equal or substituted
   word in the alignment), are compared with those times, with one pass and with
   ``vi_passes`` (default 5) passes a chunk. Draws 11-16 are reported; the lags in
   ``aqm.transcribe.viet_times`` (``word_lags``: one pair for one pass, one for several passes,
   whose word times are the mean over the passes) were fitted on draws 1-8 (``--fit``
   refits both).
   ``--whisper-align`` also times the words by Whisper base forced alignment (cross-attention
   DTW on the viet-asr text, one encoder pass per chunk) for comparison, with its cost.

WER normalisation: ``benchmarks/wer.py``, one for both languages and every backend (NFC, lower
case, punctuation dropped, numbers to digits by aqm's own number parser on both sides,
Vietnamese spelling variants made one); WER is jiwer's over each row's whole set.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import jiwer
import numpy as np

if TYPE_CHECKING:
    from aqm.transcribe.base import TranscribeOptions
    from aqm.transcribe.faster import FasterWhisperTranscriber
    from aqm.transcribe.vietasr import DecodedChunk, VietAsrTranscriber

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
from benchmarks.wer import normalise  # noqa: E402  (needs ROOT on sys.path when run as a script)

DATA = ROOT / "tests" / "data"
SAMPLE_CALL = ROOT / "samples" / "vi_inbound_good"
SAMPLE_RATE_HZ = 16000
ENERGY_FRAME_S = 0.01
ENERGY_RANGE_DB = 35.0
FIT_DRAWS = (1, 2, 3, 4, 5, 6, 7, 8)  # the lags in aqm.transcribe.viet_times were fitted on these
REPORT_DRAWS = (11, 12, 13, 14, 15, 16)  # and are checked on these
LONG_CHANNEL_SEED = 17  # the long channel of tests/test_vietnamese.py
PHASES = 8  # --phases: one-pass WER with each chunk started k/8 of a decoding step later


@dataclass(frozen=True)
class Clip:
    name: str
    audio: np.ndarray  # 16 kHz float32 mono, as aqm decodes it
    text: str


def load_clips(folder: Path) -> list[Clip]:
    from aqm.ingest.audio import load_audio

    paths = sorted(folder.glob("*.flac"))
    if not paths:
        raise SystemExit(f"no clips in {folder}: run tests/data/build_test_data.py")
    return [Clip(p.stem, load_audio(p).mono(), p.with_suffix(".txt").read_text("utf-8"))
            for p in paths]


def load_prompts() -> list[Clip]:
    from aqm.ingest.audio import load_audio

    rows = (DATA / "prompts" / "prompts.tsv").read_text("utf-8").splitlines()[1:]
    pairs = [r.split("\t", 1) for r in rows if r.strip()]
    return [Clip(name, load_audio(DATA / "prompts" / name).mono(), text) for name, text in pairs]


def speech_bounds(audio: np.ndarray) -> tuple[float, float]:
    """Where a clean clip's speech starts and ends (frame energy within 35 dB of its peak)."""
    frame = int(ENERGY_FRAME_S * SAMPLE_RATE_HZ)
    n = len(audio) // frame
    rms = np.sqrt(np.mean(audio[:n * frame].reshape(n, frame) ** 2, axis=1)) + 1e-9
    db = 20 * np.log10(rms)
    loud = np.nonzero(db > db.max() - ENERGY_RANGE_DB)[0]
    return float(loud[0] * ENERGY_FRAME_S), float((loud[-1] + 1) * ENERGY_FRAME_S)


@dataclass(frozen=True)
class Placed:
    """A clip placed in a built channel: its true speech span there and its text."""

    start_s: float
    end_s: float
    text: str


def build_channel(clips: Sequence[Clip], gaps_s: Sequence[float], tail_s: float = 1.0
                  ) -> tuple[np.ndarray, list[Placed]]:
    """Clips joined with ``gaps_s[i]`` of silence before clip i; returns audio and truth."""
    parts: list[np.ndarray] = []
    placed: list[Placed] = []
    pos = 0
    for clip, gap in zip(clips, gaps_s, strict=True):
        silence = int(gap * SAMPLE_RATE_HZ)
        parts.append(np.zeros(silence, np.float32))
        pos += silence
        a, b = speech_bounds(clip.audio)
        placed.append(Placed(pos / SAMPLE_RATE_HZ + a, pos / SAMPLE_RATE_HZ + b, clip.text))
        parts.append(clip.audio)
        pos += len(clip.audio)
    parts.append(np.zeros(int(tail_s * SAMPLE_RATE_HZ), np.float32))
    return np.concatenate(parts), placed


def word_draw(clips: Sequence[Clip], seed: int) -> tuple[list[Clip], list[float]]:
    """A draw for the word-time check: clip order and the pause before each clip."""
    rng = np.random.default_rng(seed)
    order = [clips[i] for i in rng.permutation(len(clips))]
    gaps = [float(g) for g in rng.uniform(0.0, 0.4, size=len(order))]
    gaps[0], gaps[len(order) // 2] = 1.0, 1.5
    return order, gaps


def hits_by_ref_word(refs: list[str], hyps: list[str]) -> dict[int, int]:
    """Reference word index -> hypothesis word index, for equal or substituted words."""
    out = jiwer.process_words(" ".join(refs), " ".join(hyps))
    pairs: dict[int, int] = {}
    for chunk in out.alignments[0]:
        if chunk.type in ("equal", "substitute"):
            for j in range(chunk.ref_end_idx - chunk.ref_start_idx):
                pairs[chunk.ref_start_idx + j] = chunk.hyp_start_idx + j
    return pairs


Timed = list[tuple[str, float, float, int]]  # (word, start_s, end_s, VAD chunk index)


def chunk_words(chunks: Sequence[DecodedChunk], start_lag_s: float | None = None,
                end_lag_s: float | None = None) -> Timed:
    """Each chunk's words, timed with these lags (None: aqm's for the chunk's passes)."""
    return [(w.text, w.start_s, w.end_s, i) for i, c in enumerate(chunks)
            for s in c.segments(True, start_lag_s, end_lag_s) for w in s.words]


def even_split(chunks: Sequence[DecodedChunk]) -> Timed:
    """Baseline: each chunk's words share its VAD speech span evenly, one share a syllable."""
    out: Timed = []
    for i, c in enumerate(chunks):
        words = [t.text for line in c.lines for t in line]
        step = (c.speech_end_s - c.speech_start_s) / max(len(words), 1)
        out += [(w, c.speech_start_s + k * step, c.speech_start_s + (k + 1) * step, i)
                for k, w in enumerate(words)]
    return out


def boundary_errors(placed: list[Placed], words: Timed) -> dict[str, list[float]]:
    """Errors (s) of each clip's first word start and last word end. A word that opens or
    closes its VAD chunk is an "edge" word, else "inner"."""
    refs: list[str] = []
    owner: list[int] = []
    for i, p in enumerate(placed):
        ws = normalise(p.text).split()
        refs += ws
        owner += [i] * len(ws)
    pairs = hits_by_ref_word(refs, [w[0] for w in words])
    errors: dict[str, list[float]] = {}
    for i, p in enumerate(placed):
        idx = [k for k, o in enumerate(owner) if o == i]
        for kind, ref_i, truth in (("start", idx[0], p.start_s), ("end", idx[-1], p.end_s)):
            if ref_i not in pairs:
                continue
            h = pairs[ref_i]
            _, a, b, chunk = words[h]
            near = h - 1 if kind == "start" else h + 1
            edge = not 0 <= near < len(words) or words[near][3] != chunk
            key = f"{'edge' if edge else 'inner'} {kind}"
            errors.setdefault(key, []).append((a if kind == "start" else b) - truth)
    return errors


def whisper_aligned(whisper: FasterWhisperTranscriber, audio: np.ndarray,
                    chunks: Sequence[DecodedChunk]) -> Timed:
    """Word times of viet-asr's text by Whisper forced alignment, one encoder pass a chunk."""
    from faster_whisper.audio import pad_or_trim
    from faster_whisper.tokenizer import Tokenizer

    from aqm.transcribe.vietasr import CHUNK_PAD_S

    model = whisper._model
    tokenizer = Tokenizer(model.hf_tokenizer, True, task="transcribe", language="vi")
    out: Timed = []
    for i, chunk in enumerate(chunks):
        text = [t.text for line in chunk.lines for t in line]
        if not text:
            continue
        lo = max(0.0, chunk.speech_start_s - CHUNK_PAD_S)
        hi = chunk.speech_end_s + CHUNK_PAD_S
        piece = audio[int(lo * SAMPLE_RATE_HZ):int(hi * SAMPLE_RATE_HZ)]
        features = model.feature_extractor(piece)
        encoded = model.encode(pad_or_trim(features))
        tokens = tokenizer.encode(" " + " ".join(text))
        aligned = model.find_alignment(tokenizer, [tokens], encoded, features.shape[-1] - 1)[0]
        out += [(w["word"].strip(), lo + w["start"], lo + w["end"], i) for w in aligned
                if w["word"].strip()]
    return out


def summarise(errors: dict[str, list[float]]) -> str:
    lines = []
    for key in ("inner start", "inner end", "edge start", "edge end"):
        e = np.array(errors.get(key, []))
        if len(e):
            lines.append(f"    {key:<12} n={len(e):>2}  mean {e.mean():+.3f} s  "
                         f"mean |err| {np.abs(e).mean():.3f} s  "
                         f"p90 |err| {np.percentile(np.abs(e), 90):.3f} s  "
                         f"max {np.abs(e).max():.3f} s")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--skip-english", action="store_true")
    ap.add_argument("--skip-word-times", action="store_true")
    ap.add_argument("--errors", action="store_true",
                    help="print viet-asr's aligned errors on each 8 kHz clip")
    ap.add_argument("--phases", action="store_true",
                    help="one-pass WER with chunks started at other points of a decoding step")
    ap.add_argument("--fit", action="store_true", help="refit the word-time lags on draws 1-8")
    ap.add_argument("--whisper-align", action="store_true",
                    help="also time words by Whisper forced alignment")
    args = ap.parse_args()

    from aqm.transcribe.base import TranscribeOptions
    from aqm.transcribe.faster import FasterWhisperTranscriber
    from aqm.transcribe.vietasr import VietAsrTranscriber, model_name
    from benchmarks.vi_rows import build_rows, phase_spread, print_errors, run_row

    opts = TranscribeOptions(model="base", compute_type="int8", beam_size=5)
    one = dataclasses.replace(opts, vi_passes=1)
    whisper = FasterWhisperTranscriber(opts)
    viet = VietAsrTranscriber(opts)
    backends: dict[str, Callable[[np.ndarray], str]] = {
        "whisper-base int8 b5": lambda a: " ".join(s.text for s in
                                                   whisper.transcribe(a, "vi", opts)),
        f"{model_name()} x1": lambda a: " ".join(s.text for s in viet.transcribe(a, "vi", one)),
        f"{model_name()} x{opts.vi_passes}": lambda a: " ".join(
            s.text for s in viet.transcribe(a, "vi", opts)),
    }
    rows = build_rows()
    print(f"Vietnamese, min of {args.repeat} runs; RTF = audio s / wall s (all of each row's "
          "audio, silence included); xN = viet-asr passes per chunk")
    print(f"  {'row':<14} {'s':>6} {'words':>5}  " + "  ".join(
        f"{name:>26}" for name in backends))
    results: dict[tuple[str, str], float] = {}
    for row in rows:
        cells = []
        for name, fn in backends.items():
            wer, rtf, hyps = run_row(fn, row, args.repeat)
            results[(name, row.name)] = wer
            cells.append(f"{wer:>9.1%} WER {rtf:>6.1f}x RTF")
            if args.errors and row.name == "vieneu 8k" and name.endswith(f"x{opts.vi_passes}"):
                shown = (hyps, row)
        print(f"  {row.name:<14} {row.seconds:>6.1f} {row.words:>5}  " + "  ".join(
            f"{c:>26}" for c in cells) + ("" if row.real else "  (synthetic espeak speech)"))
    if args.errors:
        from benchmarks.vietnamese import DATA

        print(f"viet-asr x{opts.vi_passes} errors on the 8 kHz clips:")
        names = [p.stem for p in sorted((DATA / "vi").glob("*.flac"))]
        print_errors(names, shown[1].texts, shown[0])
    if args.phases:
        phase_spread(viet, opts, [r for r in rows if r.name != "vieneu 16k"], PHASES)

    if not args.skip_english:
        from benchmarks.vi_rows import Row

        prompts = load_prompts()
        en = Row("english", tuple(c.audio for c in prompts), tuple(c.text for c in prompts))
        en_wer, en_rtf, _ = run_row(
            lambda a: " ".join(s.text for s in whisper.transcribe(a, "en", opts)), en,
            args.repeat)
        print(f"English: {len(prompts)} real asterisk prompts at 8 kHz, {en.seconds:.1f} s, "
              f"{en.words} words")
        print(f"  {'whisper-base int8 b5':<24} {en_wer:>7.2%} WER {en_rtf:>6.1f}x RTF")
        for name in list(backends)[1:]:
            vi_wer = results[(name, "vieneu 8k")]
            ratio = vi_wer / en_wer if en_wer else float("inf")
            print(f"  {name} vieneu 8k WER / English WER = {ratio:.2f} (goal <= 1.5: "
                  f"{'met' if ratio <= 1.5 else 'NOT met'})")

    if args.skip_word_times:
        return
    clips = load_clips(DATA / "vi")
    for passes_opts in (one, opts):  # the lags differ with the number of passes
        if args.fit:
            fit(viet, clips, passes_opts)
        word_time_errors(viet, clips, passes_opts, whisper if args.whisper_align else None)


def word_time_errors(viet: VietAsrTranscriber, clips: Sequence[Clip], opts: TranscribeOptions,
                     whisper: FasterWhisperTranscriber | None) -> None:
    """Print the word-time errors on ``REPORT_DRAWS`` (and the baselines)."""
    errors: dict[str, list[float]] = {}
    even_errors: dict[str, list[float]] = {}
    aligned_errors: dict[str, list[float]] = {}
    align_s = decode_s = channel_s = 0.0
    for seed in REPORT_DRAWS:
        order, gaps = word_draw(clips, seed)
        audio, placed = build_channel(order, gaps)
        channel_s += len(audio) / SAMPLE_RATE_HZ
        started = time.perf_counter()
        chunks = list(viet.decode_chunks(audio, opts))
        decode_s += time.perf_counter() - started
        for key, errs in boundary_errors(placed, chunk_words(chunks)).items():
            errors.setdefault(key, []).extend(errs)
        for key, errs in boundary_errors(placed, even_split(chunks)).items():
            even_errors.setdefault(key, []).extend(errs)
        if whisper is not None:
            started = time.perf_counter()
            timed = whisper_aligned(whisper, audio, chunks)
            align_s += time.perf_counter() - started
            for key, errs in boundary_errors(placed, timed).items():
                aligned_errors.setdefault(key, []).extend(errs)
    print(f"viet-asr word times, {opts.vi_passes} pass(es), draws {REPORT_DRAWS}, "
          f"{channel_s:.0f} s of 8 kHz channel (decoded at {channel_s / decode_s:.1f}x):")
    print(summarise(errors))
    print("Baseline, words spread evenly over each VAD chunk:")
    print(summarise(even_errors))
    if whisper is not None:
        print(f"Whisper base forced alignment of the same text (extra {align_s:.1f} s, "
              f"{channel_s / align_s:.1f}x on its own):")
        print(summarise(aligned_errors))


def fit(viet: VietAsrTranscriber, clips: Sequence[Clip], opts: TranscribeOptions) -> None:
    """Grid-search the two lags on ``FIT_DRAWS`` (mean |error| of inner boundaries) for
    ``opts.vi_passes`` passes (``aqm.transcribe.viet_times.word_lags``)."""
    draws = []
    for seed in FIT_DRAWS:
        order, gaps = word_draw(clips, seed)
        audio, placed = build_channel(order, gaps)
        draws.append((placed, list(viet.decode_chunks(audio, opts))))
    best = (float("inf"), 0.0, 0.0)
    for start_lag in np.arange(0.3, 0.9, 0.025):
        for end_lag in np.arange(0.0, 0.6, 0.025):
            inner: list[float] = []
            for placed, chunks in draws:
                errs = boundary_errors(placed, chunk_words(chunks, float(start_lag),
                                                           float(end_lag)))
                inner += errs.get("inner start", []) + errs.get("inner end", [])
            best = min(best, (float(np.mean(np.abs(inner))), float(start_lag), float(end_lag)))
    print(f"{opts.vi_passes} pass(es), fitted on draws {FIT_DRAWS}: start lag {best[1]:.3f} s, "
          f"end lag {best[2]:.3f} s (inner mean |err| {best[0]:.3f} s)")


if __name__ == "__main__":
    main()
