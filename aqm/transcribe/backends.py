"""Choose and load an ASR backend; plan a run's lineage without loading the model.

Three Whisper backends give the same typed segments and words (``aqm.transcribe.speech``):
``faster-whisper`` (default, CTranslate2), ``openai-whisper`` (the reference implementation)
and ``transformers`` (Hugging Face). With a bundled model (``base``, ``tiny.en``) or a
CTranslate2 folder, the two PyTorch backends run the same weights, converted once
(``aqm.transcribe.convert``). The lineage records the backend and the SHA-256 of the weights
it loaded.

When Vietnamese is configured (``"vi"`` among ``TranscribeOptions.languages`` or forced by
``language``) and ``vi_backend`` is ``viet-asr`` (the default), the Whisper backend is wrapped
in a ``RoutingTranscriber`` that sends Vietnamese to viet-asr; the lineage then names both
models (``faster-whisper+viet-asr``) and its hash covers both, so upgrading either reruns
the calls. An English-only configuration neither loads viet-asr nor depends on it (a
manifest that forces ``vi`` in such a run gets Whisper, as before). If viet-asr cannot be
imported or loaded, Vietnamese goes to Whisper with a warning, and the lineage says so.
"""

from __future__ import annotations

import dataclasses
import logging

from aqm import __version__
from aqm.errors import InputError, ModelError
from aqm.transcribe import vietasr
from aqm.transcribe.base import TranscribeOptions, Transcriber
from aqm.transcribe.faster import (
    BACKEND as FASTER_WHISPER,
)
from aqm.transcribe.faster import (
    FasterWhisperTranscriber,
    batched_decoding,
    resolve_compute_type,
    resolve_device,
)
from aqm.transcribe.hf_backend import BACKEND as TRANSFORMERS
from aqm.transcribe.hf_backend import TransformersWhisperTranscriber, resolve_hf_model
from aqm.transcribe.models import ModelRef, resolve_model
from aqm.transcribe.openai_backend import BACKEND as OPENAI_WHISPER
from aqm.transcribe.openai_backend import OpenAIWhisperTranscriber, resolve_openai_model
from aqm.transcribe.routing import JOIN, RoutingTranscriber, combined_sha256
from aqm.transcribe.speech import torch_compute_type, torch_device
from aqm.types import Lineage

BACKENDS = (FASTER_WHISPER, OPENAI_WHISPER, TRANSFORMERS)
DEFAULT_BACKEND = FASTER_WHISPER
VI_BACKENDS = (vietasr.BACKEND, "whisper")  # values of TranscribeOptions.vi_backend
STAGE = "transcribe"

log = logging.getLogger("aqm.transcribe.backends")


def _check(backend: str) -> None:
    if backend not in BACKENDS:
        raise InputError(f"unknown ASR backend {backend!r}; choose one of {', '.join(BACKENDS)}")


def _wants_viet_asr(options: TranscribeOptions) -> bool:
    """viet-asr is asked for and Vietnamese can come up in this run."""
    if options.vi_backend not in VI_BACKENDS:
        raise InputError(f"unknown Vietnamese backend {options.vi_backend!r}; choose one of "
                         f"{', '.join(VI_BACKENDS)}")
    vietnamese = vietasr.LANGUAGE in options.languages or options.language == vietasr.LANGUAGE
    return vietnamese and options.vi_backend == vietasr.BACKEND


def whisper_model(options: TranscribeOptions, backend: str = DEFAULT_BACKEND) -> ModelRef:
    """The weights ``backend`` loads for ``options.model`` (converted once if need be)."""
    _check(backend)
    if backend == OPENAI_WHISPER:
        return resolve_openai_model(options.model)
    if backend == TRANSFORMERS:
        return resolve_hf_model(options.model)
    return resolve_model(options.model)


def compute_type(options: TranscribeOptions, backend: str = DEFAULT_BACKEND) -> str:
    """What ``backend`` computes in with these options (without loading the model)."""
    if backend == FASTER_WHISPER:
        return resolve_compute_type(options.compute_type, resolve_device(options.device))
    return torch_compute_type(torch_device(options.device))


def plan_lineage(options: TranscribeOptions, backend: str = DEFAULT_BACKEND) -> Lineage:
    """The lineage (and so the run key) a run with these options will have."""
    ref = whisper_model(options, backend)
    compute = compute_type(options, backend)
    batched = backend == FASTER_WHISPER and batched_decoding(options)
    opts = dataclasses.replace(options, compute_type=compute,
                               batch_size=options.batch_size if batched else 0)
    backends, names, hashes = [backend], [ref.name], [ref.sha256]
    if _wants_viet_asr(options) and vietasr.unavailable_reason() is None:
        backends.append(vietasr.BACKEND)
        names.append(vietasr.model_name())
        hashes.append(vietasr.model_sha256())
    return Lineage(stage=STAGE, backend=JOIN.join(backends), model_name=JOIN.join(names),
                   model_sha256=combined_sha256(hashes), options_json=opts.to_json(),
                   options_hash=opts.options_hash(), aqm_version=__version__)


def load_transcriber(options: TranscribeOptions, backend: str = DEFAULT_BACKEND) -> Transcriber:
    _check(backend)
    wants_vi = _wants_viet_asr(options)
    whisper: Transcriber
    if backend == OPENAI_WHISPER:
        whisper = OpenAIWhisperTranscriber(options)
    elif backend == TRANSFORMERS:
        whisper = TransformersWhisperTranscriber(options)
    else:
        whisper = FasterWhisperTranscriber(options)
    if not wants_vi:
        return whisper
    try:
        reason = vietasr.unavailable_reason()
        if reason is not None:
            raise ModelError(reason)
        viet = vietasr.VietAsrTranscriber(options)
    except ModelError as e:
        log.warning("viet-asr unavailable, Vietnamese speech goes to Whisper instead: %s", e)
        return whisper
    return RoutingTranscriber(whisper, {vietasr.LANGUAGE: viet})
