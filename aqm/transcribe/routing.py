"""Send each channel's speech to the backend made for its language.

``RoutingTranscriber`` wraps a default backend (Whisper) and per-language ones (viet-asr for
``vi``). The default finds speech and identifies the language, as before; ``transcribe``
hands the audio to the backend routed for that language, else to the default. Every segment
says which backend made it (``Segment.backend``). ``aqm.transcribe.backends`` builds one
when ``TranscribeOptions.vi_backend`` is ``viet-asr``.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Mapping, Sequence

import numpy as np

from aqm.transcribe.base import LanguageGuess, TranscribeOptions, Transcriber
from aqm.types import Segment

JOIN = "+"  # composite names: "faster-whisper+viet-asr", "whisper-base+viet-asr-0.1.0.dev11"


def combined_sha256(hashes: Sequence[str]) -> str:
    """One hash for several models: sha256 of their hashes joined by newlines, in order."""
    if len(hashes) == 1:
        return hashes[0]
    return hashlib.sha256("\n".join(hashes).encode()).hexdigest()


class RoutingTranscriber:
    """Whisper detects; each language goes to its routed backend (default: Whisper)."""

    def __init__(self, default: Transcriber, routes: Mapping[str, Transcriber]) -> None:
        self.default = default
        self.routes = dict(routes)
        members = [default, *self.routes.values()]
        self.backend = JOIN.join(t.backend for t in members)
        self.model_name = JOIN.join(t.model_name for t in members)
        self.model_sha256 = combined_sha256([t.model_sha256 for t in members])
        self.compute_type = JOIN.join(t.compute_type for t in members)

    def backend_for(self, language: str) -> Transcriber:
        return self.routes.get(language, self.default)

    def has_speech(self, audio: np.ndarray) -> bool:
        return self.default.has_speech(audio)

    def detect_language(self, audio: np.ndarray, candidates: tuple[str, ...]) -> LanguageGuess:
        return self.default.detect_language(audio, candidates)

    def transcribe(self, audio: np.ndarray, language: str,
                   options: TranscribeOptions) -> tuple[Segment, ...]:
        target = self.backend_for(language)
        found = target.transcribe(audio, language, options)
        return tuple(s if s.backend else dataclasses.replace(s, backend=target.backend)
                     for s in found)
