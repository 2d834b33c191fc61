"""The seam every ASR backend implements, and the options that shape a transcript."""

from __future__ import annotations

import dataclasses
import hashlib
import json
from dataclasses import dataclass
from typing import Protocol

import numpy as np

from aqm.diarize.options import DiarizeOptions
from aqm.types import Segment

HASH_EXCLUDED = frozenset({"cpu_threads", "device"})  # change speed, not the result


@dataclass(frozen=True)
class TranscribeOptions:
    """How a call is transcribed. Everything but ``HASH_EXCLUDED`` goes into the options hash.

    Attributes:
        model: ``base`` (default, multilingual), ``tiny.en`` or a CTranslate2 folder path;
            for the openai-whisper backend also a ``.pt`` file, for transformers a model
            folder or a cached model id (``aqm.transcribe.openai_backend``, ``hf_backend``).
        languages: candidate languages for per-channel detection (ISO 639-1).
        language: forced language for every call (a manifest's ``language`` wins per call).
        beam_size: beam search width.
        word_timestamps: word start/end times (needed by redaction and click-to-seek).
        vad_filter: drop non-speech with Silero VAD before decoding.
        vad_min_silence_duration_ms: silence that splits speech chunks.
        condition_on_previous_text: feed the previous text as prompt (off: fewer loops).
        compute_type: CTranslate2 compute type; ``auto`` is int8 on CPU, float16 on CUDA
            (the PyTorch backends always run float32 on CPU, float16 on CUDA).
        device: ``auto``, ``cpu`` or ``cuda``.
        cpu_threads: threads per model (0: all cores).
        default_layout: channel roles when a stereo call's manifest says nothing.
        temperatures: decoding temperatures; ``(0.0,)`` (default) is deterministic beam search,
            so a rerun gives the same text; Whisper's fallback ``(0.0, 0.2, ..., 1.0)`` samples at
            random when a window decodes badly (slower on poor audio, not reproducible).
        vi_backend: what transcribes Vietnamese speech: ``viet-asr`` (default, a dedicated
            Vietnamese model; Whisper still detects the language) or ``whisper``. Used when
            ``vi`` is among ``languages`` or is the forced ``language``.
        vi_passes: viet-asr decodes each speech chunk this many times, each start shifted by
            a fraction of its decoding step, and the decodes vote word by word
            (``aqm.transcribe.vote``); 1 decodes once (5x faster, more errors).
        diarize: speaker diarisation and roles of mono calls (``aqm.diarize``); its
            options, the speaker encoder's hash and the role rules' hashes are hashed too.
        batch_size: on CUDA, faster-whisper decodes this many speech chunks of a channel at
            once (``BatchedInferencePipeline``); 0 decodes them one after another. Ignored on
            CPU and by the other backends, and then left out of the hash (CPU runs are
            unchanged); on CUDA it is hashed (batched decoding cuts the speech differently).
    """

    model: str = "base"
    languages: tuple[str, ...] = ("vi", "en")
    language: str | None = None
    beam_size: int = 5
    word_timestamps: bool = True
    vad_filter: bool = True
    vad_min_silence_duration_ms: int = 500
    condition_on_previous_text: bool = False
    compute_type: str = "auto"
    device: str = "auto"
    cpu_threads: int = 0
    default_layout: str = "agent=left"
    temperatures: tuple[float, ...] = (0.0,)
    vi_backend: str = "viet-asr"
    vi_passes: int = 5
    diarize: DiarizeOptions = DiarizeOptions()
    batch_size: int = 16

    def hashed_fields(self) -> dict[str, object]:
        fields = {k: v for k, v in dataclasses.asdict(self).items() if k not in HASH_EXCLUDED}
        fields["diarize"] = self.diarize.lineage_fields()
        if not self.batch_size:  # sequential decoding: hashes as before batching existed
            del fields["batch_size"]
        if self.vi_backend != "viet-asr" or "vi" not in (*self.languages, self.language):
            del fields["vi_passes"]  # viet-asr is not used: no reason to transcribe again
        return fields

    def to_json(self) -> str:
        return json.dumps(self.hashed_fields(), sort_keys=True, default=list)

    def options_hash(self) -> str:
        return hashlib.sha256(self.to_json().encode()).hexdigest()[:16]


@dataclass(frozen=True)
class LanguageGuess:
    language: str
    probability: float


class Transcriber(Protocol):
    """One ASR backend. Segments come back with speaker ``unknown`` and channel ``None``;
    times are seconds from the start of ``audio`` (16 kHz mono float32)."""

    backend: str
    model_name: str
    model_sha256: str
    compute_type: str

    def has_speech(self, audio: np.ndarray) -> bool: ...

    def detect_language(self, audio: np.ndarray, candidates: tuple[str, ...]) -> LanguageGuess: ...

    def transcribe(self, audio: np.ndarray, language: str,
                   options: TranscribeOptions) -> tuple[Segment, ...]: ...
