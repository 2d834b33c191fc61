"""Benchmark: Vietnamese ASR, Whisper base against viet-asr, side by side, at 8 and 16 kHz.

    python benchmarks/vietnamese.py [--repeat 3] [--skip-english] [--skip-word-times]
                                    [--fit] [--whisper-align]

1. WER and real-time factor (audio seconds per wall second, the minimum over ``--repeat``
   runs) of both paths on the six real vieneu clips: 8 kHz (``tests/data/vi``) and 16 kHz
   (``tests/data/vi16``). Each clip is decoded as aqm decodes (16 kHz float) and given to
   the backend as aqm does: Whisper base through faster-whisper, int8, beam 5, language vi,
   with aqm's VAD; viet-asr through ``VietAsrTranscriber`` (VAD chunks, streamed).
2. Whisper base WER on the 38 real English asterisk prompts (``tests/data/prompts``) and the
   ratio Vietnamese / English (goal: viet-asr at 8 kHz within 1.5x of English).
3. viet-asr word-time error. The clips are joined into a channel with known pauses: most
   pauses are 0-0.4 s, so the VAD keeps several clips in one chunk and a clip's first and
   last word are words inside a chunk ("inner"); two pauses are long, so some are at chunk
   edges ("edge"). A clip's true speech start and end are where its 10 ms frame energy
   first/last comes within 35 dB of its peak (the clips are clean studio recordings). The
   first and last word of each clip, where the recogniser got them (an equal or substituted
   word in the alignment), are compared with those times. Draws 11-16 are reported; the lags
   in ``aqm.transcribe.vietasr`` were fitted on draws 1-8 (``--fit`` refits them).
   ``--whisper-align`` also times the words by Whisper base forced alignment (cross-attention
   DTW on the viet-asr text, one encoder pass per chunk) for comparison, with its cost.

WER normalisation (both sides): Unicode NFC, lowercase, digits spelled as Vietnamese words
for Vietnamese ("19" -> "mười chín"; viet-asr writes numbers as words), punctuation other
than apostrophes replaced by spaces, spaces collapsed; WER is jiwer's over the whole set.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
import unicodedata
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
DATA = ROOT / "tests" / "data"
SAMPLE_RATE_HZ = 16000
ENERGY_FRAME_S = 0.01
ENERGY_RANGE_DB = 35.0
FIT_DRAWS = (1, 2, 3, 4, 5, 6, 7, 8)  # the lags in aqm.transcribe.vietasr were fitted on these
REPORT_DRAWS = (11, 12, 13, 14, 15, 16)  # and are checked on these

_DIGITS = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")


def vi_number_words(n: int) -> str:
    """Vietnamese reading of 0 <= n < 10**9 ("19" -> "mười chín", "105" -> "một trăm linh năm")."""
    if n < 10:
        return _DIGITS[n]
    if n < 100:
        tens, unit = divmod(n, 10)
        head = "mười" if tens == 1 else f"{_DIGITS[tens]} mươi"
        if unit == 0:
            return head
        word = {1: "mốt" if tens > 1 else "một", 4: "tư" if tens > 1 else "bốn",
                5: "lăm"}.get(unit, _DIGITS[unit])
        return f"{head} {word}"
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        head = f"{_DIGITS[hundreds]} trăm"
        if rest == 0:
            return head
        return f"{head} linh {_DIGITS[rest]}" if rest < 10 else f"{head} {vi_number_words(rest)}"
    for size, name in ((10**6, "triệu"), (1000, "nghìn")):
        if n >= size:
            high, rest = divmod(n, size)
            head = f"{vi_number_words(high)} {name}"
            if rest == 0:
                return head
            if rest < 100:
                return f"{head} không trăm {vi_number_words(rest)}" if rest >= 10 \
                    else f"{head} không trăm linh {_DIGITS[rest]}"
            return f"{head} {vi_number_words(rest)}"
    raise ValueError(n)


def normalise(text: str, language: str = "vi") -> str:
    """WER normalisation, see the module docstring."""
    text = unicodedata.normalize("NFC", text).lower()
    if language == "vi":
        text = re.sub(r"\d+", lambda m: f" {vi_number_words(int(m.group()))} ", text)
    text = re.sub(r"[^\w\s']", " ", text)
    return " ".join(text.split())


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
    from aqm.transcribe.vietasr import END_LAG_S, START_LAG_S

    lags = (START_LAG_S if start_lag_s is None else start_lag_s,
            END_LAG_S if end_lag_s is None else end_lag_s)
    return [(w.text, w.start_s, w.end_s, i) for i, c in enumerate(chunks)
            for s in c.segments(True, *lags) for w in s.words]


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


def rtf_and_wer(transcribe: Callable[[np.ndarray], str], clips: Sequence[Clip], repeat: int,
                language: str) -> tuple[float, float]:
    audio_s = sum(len(c.audio) for c in clips) / SAMPLE_RATE_HZ
    best = float("inf")
    hyps: list[str] = []
    for _ in range(repeat):
        started = time.perf_counter()
        hyps = [transcribe(c.audio) for c in clips]
        best = min(best, time.perf_counter() - started)
    refs = [normalise(c.text, language) for c in clips]
    wer = float(jiwer.wer(refs, [normalise(h, language) for h in hyps]))
    return wer, audio_s / best


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
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--skip-english", action="store_true")
    ap.add_argument("--skip-word-times", action="store_true")
    ap.add_argument("--fit", action="store_true", help="refit the word-time lags on draws 1-8")
    ap.add_argument("--whisper-align", action="store_true",
                    help="also time words by Whisper forced alignment")
    args = ap.parse_args()

    from aqm.transcribe.base import TranscribeOptions
    from aqm.transcribe.faster import FasterWhisperTranscriber
    from aqm.transcribe.vietasr import VietAsrTranscriber, model_name

    opts = TranscribeOptions(model="base", compute_type="int8", beam_size=5)
    whisper = FasterWhisperTranscriber(opts)
    viet = VietAsrTranscriber(opts)
    backends: dict[str, Callable[[np.ndarray], str]] = {
        "whisper-base int8 b5": lambda a: " ".join(s.text for s in
                                                   whisper.transcribe(a, "vi", opts)),
        model_name(): lambda a: " ".join(s.text for s in viet.transcribe(a, "vi", opts)),
    }
    sets = {"8 kHz": load_clips(DATA / "vi"), "16 kHz": load_clips(DATA / "vi16")}
    audio_s = sum(len(c.audio) for c in sets["8 kHz"]) / SAMPLE_RATE_HZ
    print(f"Vietnamese: 6 real vieneu clips, {audio_s:.1f} s; min of {args.repeat} runs; "
          "RTF = audio s / wall s")
    print(f"  {'backend':<24} {'rate':<7} {'WER':>7} {'RTF':>7}")
    results: dict[tuple[str, str], float] = {}
    for rate, clips in sets.items():
        for name, fn in backends.items():
            wer, rtf = rtf_and_wer(fn, clips, args.repeat, "vi")
            results[(name, rate)] = wer
            print(f"  {name:<24} {rate:<7} {wer:>7.2%} {rtf:>6.1f}x")

    if not args.skip_english:
        prompts = load_prompts()
        en_s = sum(len(c.audio) for c in prompts) / SAMPLE_RATE_HZ
        en_wer, en_rtf = rtf_and_wer(
            lambda a: " ".join(s.text for s in whisper.transcribe(a, "en", opts)),
            prompts, args.repeat, "en")
        vi_wer = results[(model_name(), "8 kHz")]
        print(f"English: {len(prompts)} real asterisk prompts at 8 kHz, {en_s:.1f} s")
        print(f"  {'whisper-base int8 b5':<24} {'8 kHz':<7} {en_wer:>7.2%} {en_rtf:>6.1f}x")
        ratio = vi_wer / en_wer if en_wer else float("inf")
        print(f"  viet-asr 8 kHz WER / English WER = {ratio:.2f} (goal <= 1.5: "
              f"{'met' if ratio <= 1.5 else 'NOT met'})")

    if args.skip_word_times:
        return
    clips = sets["8 kHz"]
    if args.fit:
        fit(viet, clips, opts)
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
        if args.whisper_align:
            started = time.perf_counter()
            timed = whisper_aligned(whisper, audio, chunks)
            align_s += time.perf_counter() - started
            for key, errs in boundary_errors(placed, timed).items():
                aligned_errors.setdefault(key, []).extend(errs)
    print(f"viet-asr word times, draws {REPORT_DRAWS}, {channel_s:.0f} s of 8 kHz channel "
          f"(decoded at {channel_s / decode_s:.1f}x):")
    print(summarise(errors))
    print("Baseline, words spread evenly over each VAD chunk:")
    print(summarise(even_errors))
    if args.whisper_align:
        print(f"Whisper base forced alignment of the same text (extra {align_s:.1f} s, "
              f"{channel_s / align_s:.1f}x on its own):")
        print(summarise(aligned_errors))


def fit(viet: VietAsrTranscriber, clips: Sequence[Clip], opts: TranscribeOptions) -> None:
    """Grid-search the two lags on ``FIT_DRAWS`` (mean |error| of inner boundaries)."""
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
    print(f"fitted on draws {FIT_DRAWS}: START_LAG_S={best[1]:.3f} END_LAG_S={best[2]:.3f} "
          f"(inner mean |err| {best[0]:.3f} s)")


if __name__ == "__main__":
    main()
