"""openai-whisper backend: OpenAI's reference implementation (PyTorch).

Which weights (``TranscribeOptions.model``):

- ``base``, ``tiny.en`` or a CTranslate2 folder: the same weights as the faster-whisper backend,
  converted once into an openai-whisper checkpoint (``aqm.transcribe.convert``, cached under
  ``$AQM_MODEL_DIR/converted``); nothing is downloaded.
- a ``.pt`` file: a checkpoint you bring (``{"dims", "model_state_dict"}``). One of OpenAI's own
  files is recognised by its hash, and gets its published word-timing heads.
- ``tiny``, ``small``, ``large-v3``... (any name ``whisper.available_models()`` lists but the
  bundled two): OpenAI's file already in openai-whisper's cache (``~/.cache/whisper``); it is
  never downloaded.

Decoding follows the faster-whisper backend's options: same speech (Silero VAD) and language
identification, temperatures ``TranscribeOptions.temperatures`` (default 0: deterministic),
beam search of ``beam_size`` (1: greedy), ``word_timestamps=True``, openai-whisper's default
thresholds (the same as faster-whisper's). fp32 on CPU, fp16 on CUDA.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import numpy as np

from aqm.errors import ModelError
from aqm.transcribe.base import LanguageGuess, TranscribeOptions
from aqm.transcribe.convert import OPENAI, ensure_converted
from aqm.transcribe.models import ModelRef, resolve_model, sha256_file
from aqm.transcribe.speech import (
    SharedModels,
    SpeechFinder,
    language_guess,
    restore_times,
    segments_from_dicts,
    torch_setup,
)
from aqm.types import Segment

BACKEND = "openai-whisper"
BUNDLED = ("base", "tiny.en")
BEST_OF = 5  # candidates when a temperature above 0 samples (openai-whisper's CLI default)
_MODELS: SharedModels[Any] = SharedModels()
_HASHES: dict[tuple[str, int, float], str] = {}


def _whisper() -> Any:
    try:
        import whisper
    except ImportError as e:
        raise ModelError("the openai-whisper backend needs the openai-whisper package: "
                         "`pip install --no-deps openai-whisper numba tiktoken more-itertools` "
                         f"(or `make setup`): {e}") from e
    return whisper


def whisper_cache() -> Path:
    """Where openai-whisper keeps the checkpoints it downloaded."""
    return Path(os.getenv("XDG_CACHE_HOME", Path.home() / ".cache")) / "whisper"


def _file_sha256(path: Path) -> str:
    st = path.stat()
    key = (str(path), st.st_size, st.st_mtime)
    if key not in _HASHES:
        _HASHES[key] = sha256_file(path)
    return _HASHES[key]


def official_name(sha256: str) -> str | None:
    """OpenAI's model name for one of its checkpoints (the hash is in its download URL)."""
    for name, url in _whisper()._MODELS.items():
        if f"/{sha256}/" in url:
            return str(name)
    return None


def resolve_openai_model(name_or_path: str) -> ModelRef:
    """The checkpoint the openai-whisper backend loads for ``TranscribeOptions.model``."""
    path = Path(name_or_path).expanduser()
    if name_or_path not in BUNDLED and path.suffix == ".pt":
        if not path.is_file():
            raise ModelError(f"no openai-whisper checkpoint at {path}")
        sha = _file_sha256(path)
        return ModelRef(path.stem, path.resolve(), sha, multilingual=not path.stem.endswith(".en"))
    if name_or_path not in BUNDLED and not path.exists():
        models = _whisper()._MODELS
        if name_or_path in models:
            cached = whisper_cache() / os.path.basename(models[name_or_path])
            if not cached.is_file():
                raise ModelError(f"openai-whisper model {name_or_path!r} is not in "
                                 f"{whisper_cache()} and aqm downloads nothing; use base, "
                                 "tiny.en or a .pt file")
            return ModelRef(f"whisper-{name_or_path}", cached, _file_sha256(cached),
                            multilingual=not name_or_path.endswith(".en"))
    source = resolve_model(name_or_path)  # bundled or a CTranslate2 folder: convert once
    converted = ensure_converted(source, OPENAI)
    return ModelRef(source.name, converted.path, converted.sha256, source.multilingual)


def _load(ref: ModelRef, device: str) -> Any:
    import torch

    whisper = _whisper()
    try:
        checkpoint = torch.load(ref.path, map_location=device, weights_only=False)
        model = whisper.model.Whisper(whisper.model.ModelDimensions(**checkpoint["dims"]))
        model.load_state_dict(checkpoint["model_state_dict"])
    except (OSError, RuntimeError, KeyError, TypeError, ValueError) as e:
        raise ModelError(f"cannot load openai-whisper checkpoint {ref.path}: {e}") from e
    heads = checkpoint.get("alignment_heads")
    name = official_name(ref.sha256) if heads is None else None
    if name is not None:
        heads = whisper._ALIGNMENT_HEADS[name]
    if heads is not None:  # else openai-whisper's default: the later half of the decoder
        model.set_alignment_heads(heads)
    return model.to(device).eval()


class OpenAIWhisperTranscriber:
    """Whisper through openai-whisper; the loaded model is shared within a process."""

    backend = BACKEND

    def __init__(self, options: TranscribeOptions) -> None:
        self.ref = resolve_openai_model(options.model)
        self.device, self.compute_type = torch_setup(options)
        self._model = _MODELS.get((str(self.ref.path), self.device),
                                  lambda: _load(self.ref, self.device))
        self._speech = SpeechFinder(options.vad_min_silence_duration_ms)
        self.model_name = self.ref.name
        self.model_sha256 = self.ref.sha256

    @property
    def multilingual(self) -> bool:
        return bool(self._model.is_multilingual)

    def has_speech(self, audio: np.ndarray) -> bool:
        return self._speech.has_speech(audio)

    def detect_language(self, audio: np.ndarray, candidates: tuple[str, ...]) -> LanguageGuess:
        """Most likely language among ``candidates`` on the first 30 s of speech."""
        if not self.multilingual:
            return LanguageGuess("en", 1.0)
        import torch

        whisper = _whisper()
        speech, _ = self._speech.speech(audio)
        mel = whisper.log_mel_spectrogram(whisper.pad_or_trim(speech.astype(np.float32)),
                                          self._model.dims.n_mels).to(self.device)
        if self.compute_type == "float16":
            mel = mel.half()
        with torch.no_grad():
            _, probs = self._model.detect_language(mel)
        return language_guess(probs, candidates)

    def transcribe(self, audio: np.ndarray, language: str,
                   options: TranscribeOptions) -> tuple[Segment, ...]:
        if not self.multilingual and language != "en":
            raise ModelError(f"model {self.model_name} is English-only; cannot transcribe "
                             f"language {language!r} (use --model base)")
        speech, chunks = (self._speech.speech(audio) if options.vad_filter else (audio, []))
        if speech.size == 0:
            return ()
        whisper = _whisper()
        try:
            result = whisper.transcribe(
                self._model, speech.astype(np.float32), language=language, task="transcribe",
                temperature=options.temperatures,
                beam_size=options.beam_size if options.beam_size > 1 else None,
                best_of=BEST_OF, word_timestamps=options.word_timestamps,
                condition_on_previous_text=options.condition_on_previous_text,
                fp16=self.compute_type == "float16", verbose=None)
        except RuntimeError as e:
            raise ModelError(f"openai-whisper failed on {self.model_name}: {e}") from e
        return restore_times(segments_from_dicts(result["segments"], language), chunks)
