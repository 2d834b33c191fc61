"""faster-whisper (CTranslate2) backend, the default."""

from __future__ import annotations

from typing import Any

import ctranslate2
import numpy as np

from aqm.cpus import model_threads
from aqm.errors import ModelError
from aqm.transcribe.base import LanguageGuess, TranscribeOptions
from aqm.transcribe.models import ModelRef, resolve_model
from aqm.transcribe.speech import (
    SharedModels,
    SpeechFinder,
    language_guess,
    make_segment,
    make_word,
    one_blas_thread,
)
from aqm.types import Segment

BACKEND = "faster-whisper"
_MODELS: SharedModels[Any] = SharedModels()


def resolve_device(device: str) -> str:
    if device != "auto":
        return device
    try:
        return "cuda" if ctranslate2.get_cuda_device_count() > 0 else "cpu"
    except Exception:  # no CUDA runtime at all
        return "cpu"


def batched_decoding(options: TranscribeOptions) -> bool:
    """Batched inference (``BatchedInferencePipeline``): CUDA, ``batch_size`` > 0 and the VAD
    on (the batches are its speech chunks). Never on CPU: CPU runs decode as before."""
    return (options.batch_size > 0 and options.vad_filter
            and resolve_device(options.device) == "cuda")


def resolve_compute_type(compute_type: str, device: str) -> str:
    if compute_type != "auto":
        return compute_type
    return "float16" if device == "cuda" else "int8"


class FasterWhisperTranscriber:
    """Whisper through faster-whisper; the loaded model is shared within a process."""

    backend = BACKEND

    def __init__(self, options: TranscribeOptions) -> None:
        from faster_whisper import WhisperModel

        self.ref: ModelRef = resolve_model(options.model)
        self.device = resolve_device(options.device)
        self.compute_type = resolve_compute_type(options.compute_type, self.device)
        threads = options.cpu_threads or model_threads()

        def load() -> Any:
            try:
                return WhisperModel(str(self.ref.path), device=self.device,
                                    compute_type=self.compute_type, cpu_threads=threads,
                                    local_files_only=True)
            except (RuntimeError, ValueError, OSError) as e:
                raise ModelError(f"cannot load Whisper model {self.ref.name} from "
                                 f"{self.ref.path}: {e}") from e

        self._model = _MODELS.get((str(self.ref.path), self.device, self.compute_type, threads),
                                  load)
        self._batched: Any = None
        if self.device == "cuda" and batched_decoding(options):
            from faster_whisper import BatchedInferencePipeline

            self._batched = BatchedInferencePipeline(model=self._model)
        self._speech = SpeechFinder(options.vad_min_silence_duration_ms)
        self.model_name = self.ref.name
        self.model_sha256 = self.ref.sha256

    @property
    def multilingual(self) -> bool:
        return bool(self._model.model.is_multilingual)

    def has_speech(self, audio: np.ndarray) -> bool:
        return self._speech.has_speech(audio)

    def detect_language(self, audio: np.ndarray, candidates: tuple[str, ...]) -> LanguageGuess:
        """Most likely language among ``candidates`` (English for an English-only model)."""
        if not self.multilingual:
            return LanguageGuess("en", 1.0)
        speech, _ = self._speech.speech(audio)
        with one_blas_thread():
            _, _, all_probs = self._model.detect_language(speech, vad_filter=False)
        return language_guess(dict(all_probs), candidates)

    def transcribe(self, audio: np.ndarray, language: str,
                   options: TranscribeOptions) -> tuple[Segment, ...]:
        if not self.multilingual and language != "en":
            raise ModelError(f"model {self.model_name} is English-only; cannot transcribe "
                             f"language {language!r} (use --model base)")
        with one_blas_thread():
            return self._decode(audio, language, options)

    def _decode(self, audio: np.ndarray, language: str,
                options: TranscribeOptions) -> tuple[Segment, ...]:
        if self._batched is not None and batched_decoding(options):
            # GPU: the VAD's speech chunks decoded batch_size at a time (each chunk on its
            # own, so no previous-text conditioning; float16 by default on CUDA); timestamp
            # tokens on, so segments are utterances as in sequential decoding, not 30 s chunks
            segments, _info = self._batched.transcribe(
                audio, language=language, task="transcribe", beam_size=options.beam_size,
                temperature=list(options.temperatures),
                word_timestamps=options.word_timestamps, vad_filter=True,
                vad_parameters=self._speech.vad_options, batch_size=options.batch_size,
                without_timestamps=False,
            )
        else:
            segments, _info = self._model.transcribe(
                audio, language=language, task="transcribe", beam_size=options.beam_size,
                temperature=list(options.temperatures),
                word_timestamps=options.word_timestamps, vad_filter=options.vad_filter,
                vad_parameters=self._speech.vad_options,
                condition_on_previous_text=options.condition_on_previous_text,
            )
        out = []
        for seg in segments:  # a generator: decoding happens while iterating
            words = (make_word(w.start, w.end, w.word, w.probability) for w in seg.words or [])
            made = make_segment(seg.text, seg.start, seg.end, words, language,
                                seg.avg_logprob, seg.no_speech_prob)
            if made is not None:
                out.append(made)
        return tuple(out)
