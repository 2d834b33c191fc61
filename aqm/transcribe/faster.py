"""faster-whisper (CTranslate2) backend, the default."""

from __future__ import annotations

import os
import threading
from typing import Any

import ctranslate2
import numpy as np

from aqm.errors import ModelError
from aqm.transcribe.base import LanguageGuess, TranscribeOptions
from aqm.transcribe.models import ModelRef, resolve_model
from aqm.types import Segment, Word

BACKEND = "faster-whisper"
_CACHE: dict[tuple[str, str, str, int], Any] = {}
_LOCK = threading.Lock()


def resolve_device(device: str) -> str:
    if device != "auto":
        return device
    try:
        return "cuda" if ctranslate2.get_cuda_device_count() > 0 else "cpu"
    except Exception:  # no CUDA runtime at all
        return "cpu"


def resolve_compute_type(compute_type: str, device: str) -> str:
    if compute_type != "auto":
        return compute_type
    return "float16" if device == "cuda" else "int8"


class FasterWhisperTranscriber:
    """Whisper through faster-whisper; the loaded model is shared within a process."""

    backend = BACKEND

    def __init__(self, options: TranscribeOptions) -> None:
        from faster_whisper import WhisperModel
        from faster_whisper.vad import VadOptions

        self.ref: ModelRef = resolve_model(options.model)
        self.device = resolve_device(options.device)
        self.compute_type = resolve_compute_type(options.compute_type, self.device)
        threads = options.cpu_threads or (os.cpu_count() or 1)
        key = (str(self.ref.path), self.device, self.compute_type, threads)
        with _LOCK:
            if key not in _CACHE:
                try:
                    _CACHE[key] = WhisperModel(str(self.ref.path), device=self.device,
                                               compute_type=self.compute_type,
                                               cpu_threads=threads, local_files_only=True)
                except (RuntimeError, ValueError, OSError) as e:
                    raise ModelError(f"cannot load Whisper model {self.ref.name} from "
                                     f"{self.ref.path}: {e}") from e
        self._model = _CACHE[key]
        self._vad = VadOptions(min_silence_duration_ms=options.vad_min_silence_duration_ms)
        self._last_vad: tuple[np.ndarray, list[dict[str, int]]] | None = None
        self.model_name = self.ref.name
        self.model_sha256 = self.ref.sha256

    @property
    def multilingual(self) -> bool:
        return bool(self._model.model.is_multilingual)

    def _speech(self, audio: np.ndarray) -> list[dict[str, int]]:
        """Silero VAD speech chunks, computed once per signal (kept for language detection)."""
        from faster_whisper.vad import get_speech_timestamps

        if self._last_vad is None or self._last_vad[0] is not audio:
            self._last_vad = (audio, get_speech_timestamps(audio, self._vad))
        return self._last_vad[1]

    def has_speech(self, audio: np.ndarray) -> bool:
        return bool(self._speech(audio))

    def detect_language(self, audio: np.ndarray, candidates: tuple[str, ...]) -> LanguageGuess:
        """Most likely language among ``candidates`` (English for an English-only model)."""
        if not self.multilingual:
            return LanguageGuess("en", 1.0)
        from faster_whisper.vad import collect_chunks

        chunks = self._speech(audio)
        speech = np.concatenate(collect_chunks(audio, chunks)[0]) if chunks else audio
        _, _, all_probs = self._model.detect_language(speech, vad_filter=False)
        probs = dict(all_probs)
        allowed = {c: probs.get(c, 0.0) for c in candidates} if candidates else probs
        best = max(allowed, key=lambda c: allowed[c])
        total = sum(allowed.values()) or 1.0
        return LanguageGuess(best, round(allowed[best] / total, 4))

    def transcribe(self, audio: np.ndarray, language: str,
                   options: TranscribeOptions) -> tuple[Segment, ...]:
        if not self.multilingual and language != "en":
            raise ModelError(f"model {self.model_name} is English-only; cannot transcribe "
                             f"language {language!r} (use --model base)")
        segments, _info = self._model.transcribe(
            audio, language=language, task="transcribe", beam_size=options.beam_size,
            temperature=list(options.temperatures),
            word_timestamps=options.word_timestamps, vad_filter=options.vad_filter,
            vad_parameters=self._vad,
            condition_on_previous_text=options.condition_on_previous_text,
        )
        out = []
        for seg in segments:  # a generator: decoding happens while iterating
            text = seg.text.strip()
            if not text:
                continue
            words = tuple(
                Word(start_s=round(float(w.start), 3), end_s=round(float(w.end), 3),
                     text=w.word.strip(), probability=round(float(w.probability), 4))
                for w in (seg.words or []) if w.word.strip()
            )
            out.append(Segment(
                speaker="unknown", channel=None, start_s=round(float(seg.start), 3),
                end_s=round(float(seg.end), 3), text=text, language=language, words=words,
                avg_logprob=round(float(seg.avg_logprob), 4),
                no_speech_prob=round(float(seg.no_speech_prob), 4),
            ))
        return tuple(out)
