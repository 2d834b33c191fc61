"""Choose and load an ASR backend; plan a run's lineage without loading the model."""

from __future__ import annotations

import dataclasses

from aqm import __version__
from aqm.errors import InputError
from aqm.transcribe.base import TranscribeOptions, Transcriber
from aqm.transcribe.faster import (
    BACKEND as FASTER_WHISPER,
)
from aqm.transcribe.faster import (
    FasterWhisperTranscriber,
    resolve_compute_type,
    resolve_device,
)
from aqm.transcribe.models import resolve_model
from aqm.types import Lineage

BACKENDS = (FASTER_WHISPER,)
DEFAULT_BACKEND = FASTER_WHISPER
STAGE = "transcribe"


def _check(backend: str) -> None:
    if backend not in BACKENDS:
        raise InputError(f"unknown ASR backend {backend!r}; choose one of {', '.join(BACKENDS)}")


def plan_lineage(options: TranscribeOptions, backend: str = DEFAULT_BACKEND) -> Lineage:
    """The lineage (and so the run key) a run with these options will have."""
    _check(backend)
    ref = resolve_model(options.model)
    compute_type = resolve_compute_type(options.compute_type, resolve_device(options.device))
    opts = dataclasses.replace(options, compute_type=compute_type)
    return Lineage(stage=STAGE, backend=backend, model_name=ref.name, model_sha256=ref.sha256,
                   options_json=opts.to_json(), options_hash=opts.options_hash(),
                   aqm_version=__version__)


def load_transcriber(options: TranscribeOptions, backend: str = DEFAULT_BACKEND) -> Transcriber:
    _check(backend)
    return FasterWhisperTranscriber(options)
