"""What every Whisper backend shares: finding speech, picking a language, shaping segments.

All three Whisper backends (faster-whisper, openai-whisper, transformers) find speech with the
same Silero VAD (the copy bundled with faster-whisper), identify the language on that speech
alone, and hand back the same typed ``Segment``/``Word`` records, rounded alike. With
``TranscribeOptions.vad_filter`` a backend decodes only the speech, joined end to end, and
maps times back to the original signal the way faster-whisper does
(``restore_speech_timestamps``): each word by the chunk holding its middle, a segment from its
first word's start to its last word's end.
"""

from __future__ import annotations

import contextlib
import dataclasses
import threading
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import numpy as np

from aqm.cpus import thread_cap
from aqm.transcribe.base import LanguageGuess
from aqm.types import Segment, Word

if TYPE_CHECKING:
    from aqm.transcribe.base import TranscribeOptions

SAMPLE_RATE_HZ = 16000
TIME_DECIMALS = 3
PROBABILITY_DECIMALS = 4

Chunk = dict[str, int]  # {"start": sample, "end": sample}, faster-whisper's VAD output
T = TypeVar("T")


class SharedModels(Generic[T]):
    """A backend's loaded models, one per key for the whole process; a load runs under the
    lock, so threads starting together load a model once."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._models: dict[Hashable, T] = {}

    def get(self, key: Hashable, load: Callable[[], T]) -> T:
        with self._lock:
            if key not in self._models:
                self._models[key] = load()
            return self._models[key]


_BLAS_LOCK = threading.Lock()
_BLAS: list[Any] = []  # the process's threadpoolctl controller, made once


@contextlib.contextmanager
def one_blas_thread() -> Iterator[None]:
    """numpy's BLAS on one thread while a backend computes its features.

    Whisper's log-mel features are a BLAS matrix product, and its float sums depend on the
    BLAS thread count: OpenBLAS on AVX2 (AMD EPYC) gave other words for a sample call with
    1 thread than with 2. Ray starts each actor with ``OMP_NUM_THREADS`` = its CPUs (1 by
    default), a local run has all cores; one thread in both gives a call the same transcript
    on either engine. The product is small: a minute of audio's features took 40 ms on one
    thread against 36 ms on two (best of 5), nothing next to decoding.
    """
    from threadpoolctl import ThreadpoolController

    with _BLAS_LOCK:
        if not _BLAS:
            _BLAS.append(ThreadpoolController())
        controller = _BLAS[0]
    with controller.limit(limits=1, user_api="blas"):
        yield


class SpeechFinder:
    """Silero VAD speech chunks of a signal, computed once per signal (by identity)."""

    def __init__(self, min_silence_duration_ms: int) -> None:
        from faster_whisper.vad import VadOptions

        self.vad_options = VadOptions(min_silence_duration_ms=min_silence_duration_ms)
        self._last: tuple[np.ndarray, list[Chunk]] | None = None

    def chunks(self, audio: np.ndarray) -> list[Chunk]:
        from faster_whisper.vad import get_speech_timestamps

        if self._last is None or self._last[0] is not audio:
            self._last = (audio, get_speech_timestamps(audio, self.vad_options))
        return self._last[1]

    def has_speech(self, audio: np.ndarray) -> bool:
        return bool(self.chunks(audio))

    def speech(self, audio: np.ndarray) -> tuple[np.ndarray, list[Chunk]]:
        """The speech of ``audio`` joined end to end, and the chunks it came from; ``audio``
        itself (and no chunks) when the VAD finds nothing."""
        from faster_whisper.vad import collect_chunks

        chunks = self.chunks(audio)
        if not chunks:
            return audio, []
        return np.concatenate(collect_chunks(audio, chunks)[0]), chunks


def language_guess(probabilities: Mapping[str, float], candidates: tuple[str, ...]
                   ) -> LanguageGuess:
    """The most likely language among ``candidates`` (all when empty), its probability
    renormalised over the candidates."""
    allowed = ({c: float(probabilities.get(c, 0.0)) for c in candidates} if candidates
               else {k: float(v) for k, v in probabilities.items()})
    best = max(allowed, key=lambda c: allowed[c])
    total = sum(allowed.values()) or 1.0
    return LanguageGuess(best, round(allowed[best] / total, PROBABILITY_DECIMALS))


def make_word(start_s: float, end_s: float, text: str, probability: float) -> Word | None:
    text = text.strip()
    if not text:
        return None
    return Word(start_s=round(float(start_s), TIME_DECIMALS),
                end_s=round(float(end_s), TIME_DECIMALS), text=text,
                probability=round(float(probability), PROBABILITY_DECIMALS))


def make_segment(text: str, start_s: float, end_s: float, words: Iterable[Word | None],
                 language: str, avg_logprob: float = 0.0, no_speech_prob: float = 0.0
                 ) -> Segment | None:
    """A segment of speaker ``unknown``, or None when its text is empty."""
    text = text.strip()
    if not text:
        return None
    return Segment(speaker="unknown", channel=None, start_s=round(float(start_s), TIME_DECIMALS),
                   end_s=round(float(end_s), TIME_DECIMALS), text=text, language=language,
                   words=tuple(w for w in words if w is not None),
                   avg_logprob=round(float(avg_logprob), PROBABILITY_DECIMALS),
                   no_speech_prob=round(float(no_speech_prob), PROBABILITY_DECIMALS))


def restore_times(segments: Sequence[Segment], chunks: list[Chunk]) -> tuple[Segment, ...]:
    """Map times measured on the joined speech back to the original signal."""
    if not chunks:
        return tuple(segments)
    from faster_whisper.vad import SpeechTimestampsMap

    ts_map = SpeechTimestampsMap(chunks, SAMPLE_RATE_HZ)
    out = []
    for seg in segments:
        if seg.words:
            words = []
            for w in seg.words:
                index = ts_map.get_chunk_index((w.start_s + w.end_s) / 2)
                words.append(dataclasses.replace(
                    w, start_s=round(ts_map.get_original_time(w.start_s, index), TIME_DECIMALS),
                    end_s=round(ts_map.get_original_time(w.end_s, index), TIME_DECIMALS)))
            out.append(dataclasses.replace(seg, words=tuple(words), start_s=words[0].start_s,
                                           end_s=words[-1].end_s))
        else:
            out.append(dataclasses.replace(
                seg, start_s=round(ts_map.get_original_time(seg.start_s), TIME_DECIMALS),
                end_s=round(ts_map.get_original_time(seg.end_s, is_end=True), TIME_DECIMALS)))
    return tuple(out)


def segments_from_dicts(found: Iterable[Mapping[str, Any]], language: str
                        ) -> list[Segment]:
    """openai-whisper-shaped results (``start``, ``end``, ``text``, ``words`` with ``word``,
    ``start``, ``end``, ``probability``) as typed segments."""
    out = []
    for seg in found:
        words = (make_word(w["start"], w["end"], w["word"], w["probability"])
                 for w in seg.get("words") or [])
        made = make_segment(seg["text"], seg["start"], seg["end"], words, language,
                            seg.get("avg_logprob", 0.0), seg.get("no_speech_prob", 0.0))
        if made is not None:
            out.append(made)
    return out


def torch_device(device: str) -> str:
    """``TranscribeOptions.device`` for a PyTorch backend: CUDA when asked for (or ``auto``)
    and present, else CPU."""
    import torch

    available = torch.cuda.is_available()
    if device == "cuda" and not available:
        from aqm.errors import ModelError

        raise ModelError("--device cuda asked for, but torch sees no CUDA device")
    return "cuda" if device in ("auto", "cuda") and available else "cpu"


def torch_compute_type(device: str) -> str:
    """What a PyTorch backend computes in: fp16 on CUDA, fp32 on CPU."""
    return "float16" if device == "cuda" else "float32"


def torch_setup(options: TranscribeOptions) -> tuple[str, str]:
    """(device, compute type) of a PyTorch backend, with ``options.cpu_threads`` applied."""
    import torch

    device = torch_device(options.device)
    threads = options.cpu_threads or thread_cap()
    if threads:
        torch.set_num_threads(threads)
    return device, torch_compute_type(device)
