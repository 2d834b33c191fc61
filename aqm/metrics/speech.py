"""Where each side speaks: Silero VAD, refined, on a 10 ms frame grid.

Steps per channel (16 kHz float32):

1. Frame energy (dBFS per 10 ms) and the noise floor (its 10th percentile).
2. Leak: with two channels, a frame whose level is explained by the other channel's speech
   leaking in (line echo) is not this side's speech. The echo level is measured per call as
   the median level difference while the other side speaks loudly.
3. Silero VAD (faster-whisper's ONNX model) runs only over stretches with sound above the
   noise floor, with 0.3 s of context each side so its LSTM settles (silence cannot be
   speech; this halves the work on a typical call).
4. Words from the transcript mark speech where the frame has sound.
5. Each speech run's edges move to where the energy crosses the floor + ``edge_margin_db``
   (at most ``edge_max_shift_ms``), pauses shorter than ``vad_min_silence_ms`` are closed and
   bursts shorter than ``vad_min_speech_ms`` dropped.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from aqm.errors import ModelError
from aqm.ingest.audio import SAMPLE_RATE_HZ
from aqm.metrics.options import MetricsOptions

FRAME_S = 0.01
HOP = int(SAMPLE_RATE_HZ * FRAME_S)  # samples per frame
SILENT_DB = -100.0  # level of digital silence
FLOOR_PERCENTILE = 10
ECHO_LAG_FRAMES = 8  # echo arrives up to 80 ms after the other side's speech
ECHO_LOUD_DB = 20.0  # "the other side speaks loudly": this far above its own floor
ECHO_MIN_FRAMES = 50  # fewer loud frames than this: no echo estimate, no leak removal
MAX_ECHO_DB = -15.0  # an estimate above this is speech in both channels, not echo
VAD_CONTEXT_FRAMES = 30  # context either side of a sound stretch: Silero's LSTM settles
EDGE_BRIDGE_FRAMES = 3  # an edge may move across dips this short


@dataclass(frozen=True)
class ChannelSpeech:
    """One channel on the frame grid: speech, sound level and noise floor."""

    speech: np.ndarray  # bool per frame
    db: np.ndarray  # dBFS per frame
    floor_db: float
    leak: np.ndarray  # bool per frame: the other side's echo


def frame_db(signal: np.ndarray, frames: int) -> np.ndarray:
    """Level of each 10 ms frame in dBFS (digital silence: ``SILENT_DB``)."""
    x = np.asarray(signal[:frames * HOP], dtype=np.float32)
    if len(x) < frames * HOP:
        x = np.pad(x, (0, frames * HOP - len(x)))
    blocks = x.reshape(frames, HOP)
    power = np.einsum("ij,ij->i", blocks, blocks).astype(np.float64) / HOP
    return np.maximum(10.0 * np.log10(np.maximum(power, 1e-12)), SILENT_DB)


def runs(mask: np.ndarray) -> np.ndarray:
    """(start, end) frame index pairs of the True runs of ``mask``, shape (k, 2)."""
    edges = np.flatnonzero(np.diff(np.concatenate(([0], mask.astype(np.int8), [0]))))
    return edges.reshape(-1, 2)


def _dilate(mask: np.ndarray, frames: int) -> np.ndarray:
    if frames <= 0 or not mask.any():
        return mask.copy()
    kernel = np.ones(2 * frames + 1, dtype=np.int32)
    return np.convolve(mask.astype(np.int32), kernel, mode="same") > 0


def _leak(db: np.ndarray, other_db: np.ndarray, other_floor: float,
          options: MetricsOptions) -> np.ndarray:
    recent = other_db.copy()  # loudest the other side was over the echo lag
    for lag in range(1, ECHO_LAG_FRAMES + 1):
        recent[lag:] = np.maximum(recent[lag:], other_db[:-lag])
    loud = other_db > other_floor + ECHO_LOUD_DB
    if loud.sum() < ECHO_MIN_FRAMES:
        return np.zeros(len(db), dtype=bool)
    relative = db - recent
    echo_db = min(float(np.median(relative[loud])), MAX_ECHO_DB)
    return relative < echo_db + options.crosstalk_margin_db


def _vad(signal: np.ndarray, candidates: np.ndarray, options: MetricsOptions) -> np.ndarray:
    """Silero VAD over the candidate stretches only; speech per frame."""
    from faster_whisper.vad import VadOptions, get_speech_timestamps

    vad_options = VadOptions(threshold=options.vad_threshold,
                             min_speech_duration_ms=options.vad_min_speech_ms,
                             min_silence_duration_ms=options.vad_min_silence_ms,
                             speech_pad_ms=options.vad_speech_pad_ms)
    speech = np.zeros(len(candidates), dtype=bool)
    for start, end in runs(_dilate(candidates, VAD_CONTEXT_FRAMES)):
        chunk = np.ascontiguousarray(signal[start * HOP:end * HOP], dtype=np.float32)
        if len(chunk) == 0:
            continue
        try:
            found = get_speech_timestamps(chunk, vad_options, sampling_rate=SAMPLE_RATE_HZ)
        except Exception as e:  # onnxruntime raises its own exception types
            raise ModelError(f"Silero VAD failed: {type(e).__name__}: {e}") from e
        for ts in found:
            a = start + int(round(ts["start"] / HOP))
            b = start + int(round(ts["end"] / HOP))
            speech[a:min(b, end)] = True
    return speech


def _reach(above: np.ndarray, edge: int, step: int, limit: int) -> int:
    """How far an edge can move outwards over frames with sound (dips allowed)."""
    best, j, dip = edge, edge, 0
    for _ in range(limit):
        probe = j - 1 if step < 0 else j
        if probe < 0 or probe >= len(above):
            break
        if above[probe]:
            dip = 0
            j += step
            best = j
        else:
            dip += 1
            if dip > EDGE_BRIDGE_FRAMES:
                break
            j += step
    return best


def _refine_edges(speech: np.ndarray, above: np.ndarray, limit: int) -> np.ndarray:
    """Move each run's edges out over sound, or in over silence, by at most ``limit``."""
    out = speech.copy()
    for a, b in runs(speech):
        start = _reach(above, int(a), -1, limit)
        if start < a:
            out[start:a] = True
        else:
            quiet = np.flatnonzero(above[a:min(b, a + limit)])
            cut = int(quiet[0]) if len(quiet) else min(b - a, limit)
            out[a:a + cut] = False
            start = a + cut
        end = _reach(above, int(b), 1, limit)
        if end > b:
            out[b:end] = True
        else:
            tail = above[max(start, b - limit):b]
            loud = np.flatnonzero(tail)
            cut = len(tail) - 1 - int(loud[-1]) if len(loud) else len(tail)
            out[b - cut:b] = False
    return out


def _close(speech: np.ndarray, gap_frames: int, min_frames: int) -> np.ndarray:
    out = speech.copy()
    found = runs(speech)
    for (_, end), (start, _) in zip(found[:-1], found[1:], strict=True):
        if start - end < gap_frames:
            out[end:start] = True
    for a, b in runs(out):
        if b - a < min_frames:
            out[a:b] = False
    return out


def word_frames(words: Sequence[tuple[float, float]], frames: int) -> np.ndarray:
    mask = np.zeros(frames, dtype=bool)
    for start_s, end_s in words:
        a, b = int(round(start_s / FRAME_S)), int(round(end_s / FRAME_S))
        mask[max(a, 0):min(b, frames)] = True
    return mask


def detect_speech(signals: Sequence[np.ndarray], words: Sequence[Sequence[tuple[float, float]]],
                  frames: int, options: MetricsOptions) -> list[ChannelSpeech]:
    """Speech per channel (one or two channels of the same call, same length)."""
    dbs = [frame_db(s, frames) for s in signals]
    floors = [float(np.percentile(d, FLOOR_PERCENTILE)) for d in dbs]
    out = []
    for i, signal in enumerate(signals):
        db, floor = dbs[i], floors[i]
        if len(signals) == 2:
            leak = _leak(db, dbs[1 - i], floors[1 - i], options)
        else:
            leak = np.zeros(frames, dtype=bool)
        above = (db > floor + options.edge_margin_db) & ~leak
        speech = _vad(signal, above, options) & ~leak
        if options.use_word_timestamps and words[i]:
            speech |= word_frames(words[i], frames) & above
        speech = _refine_edges(speech, above, int(options.edge_max_shift_ms / 1000 / FRAME_S))
        speech = _close(speech, int(round(options.vad_min_silence_ms / 1000 / FRAME_S)),
                        int(round(options.vad_min_speech_ms / 1000 / FRAME_S)))
        out.append(ChannelSpeech(speech=speech, db=db, floor_db=floor, leak=leak))
    return out
