"""viet-asr backend: Vietnamese speech through a dedicated Vietnamese model.

PyPI ``viet-asr`` (pinned ``0.1.0.dev11``) is a native library with an embedded streaming
Vietnamese model and its own onnxruntime; nothing is downloaded. It knows Vietnamese only
(English comes out as Vietnamese syllables), so Whisper still identifies the language and
``aqm.transcribe.routing`` sends only Vietnamese here. Its other modules (punctuation, ITN,
emotion, gender, dialect) are placeholders and are not used; numbers stay words
("mười chín"), which the redaction engine reads itself.

How a channel is transcribed:

1. Silero VAD (faster-whisper's bundled copy) cuts the channel into speech chunks: a
   silence longer than ``TranscribeOptions.vad_min_silence_duration_ms`` splits, and no
   chunk is longer than ``MAX_CHUNK_S``. viet-asr keeps only its last few utterances of a
   long input, so it never sees more than one chunk at a time; each chunk gets up to
   ``CHUNK_PAD_S`` of context either side, taken from the silence around it only.
2. Each chunk streams through a fresh viet-asr session, ``FEED_STEP_S`` at a time, and the
   running text is read after every step. viet-asr gives no times, but it emits words as it
   decodes, so words are timed from when they show up (``aqm.transcribe.viet_times``, with
   its measured error). Lines the recogniser rolls out of its running text are kept.
3. What viet-asr hears depends on where a chunk starts relative to its decoding steps: on
   the six vieneu clips at 8 kHz, starting each chunk k/8 of a step later gave from 6.8% to
   12.5% WER (mean 8.9%; ``benchmarks/vietnamese.py --phases``). So each chunk is decoded
   ``TranscribeOptions.vi_passes`` times (default 5), pass k with ``k / passes`` of a
   decoding step of extra lead-in (seeded noise at ``LEAD_NOISE_DBFS``: digital silence
   made it worse), and the passes vote word by word (``aqm.transcribe.vote``); a voted
   word's times are the mean over the passes that heard it (``viet_times.voted_lines``).
4. Each line of viet-asr's result (its own end-pointing) becomes a ``Segment``.

viet-asr reports no confidences: words get ``WORD_PROBABILITY``, segments avg_logprob 0.
"""

from __future__ import annotations

import atexit
import importlib.metadata
import importlib.util
import logging
import os
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from aqm.errors import ModelError
from aqm.transcribe.base import LanguageGuess, TranscribeOptions
from aqm.transcribe.models import sha256_file
from aqm.transcribe.viet_times import (
    DECODE_STEP_S,
    WordTrack,
    voted_lines,
    word_lags,
    word_times,
)
from aqm.types import Segment, Word

BACKEND = "viet-asr"
PINNED_VERSION = "0.1.0.dev11"  # the lags in viet_times were measured with this version
COMPUTE_TYPE = "onnx"
LANGUAGE = "vi"
SAMPLE_RATE_HZ = 16000
PRESET = "transcribe"
MAX_CHUNK_S = 20.0  # longest VAD chunk fed in one go
CHUNK_PAD_S = 0.3  # context fed either side of a chunk (from silence only)
FEED_STEP_S = 0.02  # audio pushed into the stream between two looks at its text
LEAD_NOISE_DBFS = -66.0  # level of the lead-in noise of passes 2.. (a phone line's floor)
LEAD_NOISE_SEED = 5
WORD_PROBABILITY = 1.0  # viet-asr gives no confidences
NATIVE_LOG_LEVEL = 3  # the library's own stderr log: warnings and errors only (2 adds INFO)
NATIVE_LIBRARY = "libvietasr.so"  # holds the embedded model; its hash is the model hash

log = logging.getLogger("aqm.transcribe.vietasr")
_PIPELINES: dict[str, Any] = {}
_HASHES: dict[tuple[str, int, int], str] = {}
_LOCK = threading.Lock()


def native_library() -> Path:
    """The native library (with the embedded model) that ``vietasr`` loads; not loaded here."""
    override = os.environ.get("VIETASR_LIBRARY_PATH")
    if override:
        return Path(override)
    spec = importlib.util.find_spec("vietasr")
    if spec is None or not spec.submodule_search_locations:
        raise ModelError(f"viet-asr is not installed (pip install viet-asr=={PINNED_VERSION})")
    return Path(next(iter(spec.submodule_search_locations))) / "_native" / NATIVE_LIBRARY


def model_version() -> str:
    try:
        return importlib.metadata.version("viet-asr")
    except importlib.metadata.PackageNotFoundError as e:
        raise ModelError(f"viet-asr is not installed (pip install viet-asr=={PINNED_VERSION})"
                         ) from e


def model_name() -> str:
    return f"viet-asr-{model_version()}"


def model_sha256() -> str:
    """sha256 of the native library that embeds the model (computed once per file)."""
    path = native_library()
    try:
        stat = path.stat()
    except OSError as e:
        raise ModelError(f"viet-asr native library missing at {path}: {e.strerror}") from e
    key = (str(path), stat.st_size, stat.st_mtime_ns)
    with _LOCK:
        if key not in _HASHES:
            _HASHES[key] = sha256_file(path)
        return _HASHES[key]


def unavailable_reason() -> str | None:
    """Why viet-asr cannot be used here (not installed, native library fails to load), or
    None. Imports the package (which loads the native library) but not the model."""
    try:
        import vietasr  # noqa: F401

        model_sha256()
    except ModelError as e:
        return str(e)
    except Exception as e:  # ImportError, OSError from dlopen, anything its import raises
        return f"cannot import viet-asr: {type(e).__name__}: {e}"
    return None


def _close_pipelines() -> None:
    """Free the native pipelines before interpreter teardown (its ``__del__`` fails then)."""
    with _LOCK:
        for pipe in _PIPELINES.values():
            pipe.close()
        _PIPELINES.clear()


def _load_pipeline() -> Any:
    with _LOCK:
        if PRESET not in _PIPELINES:
            try:
                import vietasr
                from vietasr.ffi import native

                native.lib.vietasr_set_log_level(NATIVE_LOG_LEVEL)
                _PIPELINES[PRESET] = vietasr.Pipeline.preset(PRESET)
                if len(_PIPELINES) == 1:
                    atexit.register(_close_pipelines)
            except Exception as e:  # ImportError, OSError from dlopen, its PipelineError
                raise ModelError(f"cannot load viet-asr: {type(e).__name__}: {e}") from e
        return _PIPELINES[PRESET]


@dataclass(frozen=True)
class DecodedChunk:
    """One VAD chunk as viet-asr heard it: its speech span and its lines of word tracks."""

    speech_start_s: float
    speech_end_s: float
    lines: tuple[tuple[WordTrack, ...], ...]
    passes: int = 1  # decodes voted into ``lines`` (their lags differ: ``word_lags``)

    def segments(self, with_words: bool = True, start_lag_s: float | None = None,
                 end_lag_s: float | None = None) -> list[Segment]:
        """One segment per line, words timed by ``word_times`` (lags: ``word_lags``)."""
        lags = word_lags(self.passes)
        times = word_times([t for line in self.lines for t in line], self.speech_start_s,
                           self.speech_end_s,
                           lags[0] if start_lag_s is None else start_lag_s,
                           lags[1] if end_lag_s is None else end_lag_s)
        segments = []
        first = 0
        for line in self.lines:
            spans = times[first:first + len(line)]
            first += len(line)
            words = tuple(Word(start_s=round(a, 3), end_s=round(b, 3), text=t.text,
                               probability=WORD_PROBABILITY)
                          for t, (a, b) in zip(line, spans, strict=True))
            segments.append(Segment(
                speaker="unknown", channel=None, start_s=words[0].start_s,
                end_s=words[-1].end_s, text=" ".join(t.text for t in line), language=LANGUAGE,
                words=words if with_words else (), backend=BACKEND,
            ))
        return segments


class _Tracker:
    """Follows a stream's running text; keeps lines the recogniser rolls out of it."""

    def __init__(self) -> None:
        self.done: list[list[WordTrack]] = []
        self.lines: list[list[WordTrack]] = []
        self.texts: list[str] = []

    def update(self, text: str, now_s: float) -> None:
        new = [" ".join(line.split()) for line in text.split("\n") if line.strip()]
        dropped = self._dropped(new)
        if dropped:
            self.done.extend(self.lines[:dropped])
            del self.lines[:dropped]
        for i, line in enumerate(new):
            if i == len(self.lines):
                self.lines.append([])
            track = self.lines[i]
            words = line.split()
            for k, word in enumerate(words):
                if k == len(track):
                    track.append(WordTrack(word, now_s, now_s))
                elif track[k].text != word:
                    track[k] = WordTrack(word, track[k].first_s, now_s)
            del track[len(words):]
        del self.lines[len(new):]
        self.texts = new

    def _dropped(self, new: list[str]) -> int:
        """How many leading lines left the running text (earlier lines are final)."""
        old = self.texts
        if len(old) < 2 or not new or new[0] == old[0]:
            return 0
        for d in range(1, len(old) - 1):
            if old[d] == new[0]:
                return d
        return len(old) - 1  # what is left is the line that was still growing

    def all_lines(self) -> list[list[WordTrack]]:
        return [line for line in self.done + self.lines if line]


def speech_chunks(audio: np.ndarray, min_silence_ms: int) -> list[tuple[int, int]]:
    """(start, end) samples of each VAD speech chunk, unpadded, at most ``MAX_CHUNK_S`` long."""
    from faster_whisper.vad import VadOptions, get_speech_timestamps

    vad = VadOptions(min_silence_duration_ms=min_silence_ms, speech_pad_ms=0,
                     max_speech_duration_s=MAX_CHUNK_S)
    return [(int(c["start"]), int(c["end"])) for c in get_speech_timestamps(audio, vad)]


def with_lead_in(audio: np.ndarray, lead_s: float) -> np.ndarray:
    """``audio`` after ``lead_s`` of quiet seeded noise (the same noise every time)."""
    n = int(round(lead_s * SAMPLE_RATE_HZ))
    if not n:
        return audio
    level = 10 ** (LEAD_NOISE_DBFS / 20)
    noise = np.random.default_rng(LEAD_NOISE_SEED).normal(0.0, level, n).astype(np.float32)
    return np.concatenate([noise, audio])


class VietAsrTranscriber:
    """viet-asr for Vietnamese; one loaded model shared within a process."""

    backend = BACKEND
    compute_type = COMPUTE_TYPE

    def __init__(self, options: TranscribeOptions) -> None:
        self.model_name = model_name()
        self.model_sha256 = model_sha256()
        if model_version() != PINNED_VERSION:
            log.warning("viet-asr %s is installed but aqm was measured with %s; word times "
                        "may be off", model_version(), PINNED_VERSION)
        self._pipe = _load_pipeline()
        self._min_silence_ms = options.vad_min_silence_duration_ms

    def has_speech(self, audio: np.ndarray) -> bool:
        return bool(speech_chunks(audio, self._min_silence_ms))

    def detect_language(self, audio: np.ndarray, candidates: tuple[str, ...]) -> LanguageGuess:
        """viet-asr knows one language; Whisper identifies languages (see routing)."""
        return LanguageGuess(LANGUAGE, 1.0)

    def transcribe(self, audio: np.ndarray, language: str,
                   options: TranscribeOptions) -> tuple[Segment, ...]:
        """Segments of Vietnamese speech; decodes the whole channel before returning."""
        if language != LANGUAGE:
            raise ModelError(f"viet-asr transcribes Vietnamese only, not {language!r}")
        return tuple(seg for chunk in self.decode_chunks(audio, options)
                     for seg in chunk.segments(options.word_timestamps))

    def decode_chunks(self, audio: np.ndarray, options: TranscribeOptions
                      ) -> Iterator[DecodedChunk]:
        """Decode ``audio`` (16 kHz mono) chunk by chunk; yields as each chunk is done."""
        chunks = speech_chunks(audio, options.vad_min_silence_duration_ms)
        pad = int(CHUNK_PAD_S * SAMPLE_RATE_HZ)
        passes = max(1, options.vi_passes)
        for i, (start, end) in enumerate(chunks):
            lo = max(start - pad, chunks[i - 1][1] if i else 0)
            hi = min(end + pad, chunks[i + 1][0] if i + 1 < len(chunks) else len(audio))
            decodes = [self._decode(with_lead_in(audio[lo:hi], k * DECODE_STEP_S / passes),
                                    lo / SAMPLE_RATE_HZ - k * DECODE_STEP_S / passes)
                       for k in range(passes)]
            lines = voted_lines(decodes) if passes > 1 else decodes[0]
            yield DecodedChunk(start / SAMPLE_RATE_HZ, end / SAMPLE_RATE_HZ,
                               tuple(tuple(line) for line in lines), passes)

    def _decode(self, audio: np.ndarray, offset_s: float) -> list[list[WordTrack]]:
        pcm = (np.clip(audio, -1.0, 1.0) * 32767.0).astype(np.int16)
        step = int(FEED_STEP_S * SAMPLE_RATE_HZ)
        tracker = _Tracker()
        session = self._pipe.stream(float(SAMPLE_RATE_HZ))
        try:
            for pos in range(0, len(pcm), step):
                session.accept(np.ascontiguousarray(pcm[pos:pos + step]))
                now = offset_s + min(pos + step, len(pcm)) / SAMPLE_RATE_HZ
                tracker.update(session.partial().text, now)
            tracker.update(session.final().text, offset_s + len(pcm) / SAMPLE_RATE_HZ)
        except Exception as e:  # the native side reports failures as exceptions of its own
            raise ModelError(f"viet-asr failed: {type(e).__name__}: {e}") from e
        finally:
            session.close()
        return tracker.all_lines()
