"""The options that shape call metrics, and the lineage a metrics run records."""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from aqm.errors import InputError, ModelError
from aqm.types import Lineage

STAGE = "metrics"
VAD_BACKEND = "silero-vad"
VAD_MODEL_FILE = "silero_vad_v6.onnx"  # Silero VAD v6, shipped inside faster-whisper
# Bump when the measuring code changes results for the same options: it is hashed with them,
# so stored metrics of an older revision are recomputed (no ASR needed).
ALGORITHM_REVISION = 2


@dataclass(frozen=True)
class MetricsOptions:
    """How talk, silence, overtalk and voice metrics are measured. All fields are hashed,
    with ``ALGORITHM_REVISION``.

    Speech is what Silero VAD (the ONNX model bundled with faster-whisper) calls speech,
    with its edges moved to where the channel's energy rises above its noise floor, leaked
    speech of the other channel (line echo) removed, and pauses shorter than
    ``vad_min_silence_ms`` inside a speaker's speech counted as talk.

    Attributes:
        silence_threshold_s: a gap with neither side speaking longer than this is a silence.
        hold_threshold_s: a gap at least this long is a hold, music or not; holds are
            counted apart from silences.
        hold_music_min_s: a shorter gap (down to this) is a hold when non-speech sound
            (hold music) fills at least ``hold_music_fraction`` of it.
        hold_music_fraction: share of a gap's frames with non-speech sound to call it music.
        hold_music_margin_db: non-speech sound is this far above the channel's noise floor.
        overtalk_min_s: both sides speaking for at least this long counts as overtalk.
        interruption_min_s: starting to speak while the other side speaks, and going on
            together for at least this long, is an interruption by the one who started.
        raised_voice_db: a window this much louder than the speaker's own median is a
            raised-voice moment.
        raised_voice_window_s: loudness window (hop is half of it); windows need speech in
            at least half of their frames.
        clip_level_dbfs: samples at or above this level count as clipped (mu-law tops out
            at -0.17 dBFS and resampling smears peaks, so not exactly 0 dBFS).
        vad_threshold: Silero speech probability that starts speech.
        vad_min_speech_ms: shorter speech bursts are dropped.
        vad_min_silence_ms: pauses shorter than this inside one side's speech are talk.
        vad_speech_pad_ms: padding Silero puts around speech before edges are refined.
        edge_margin_db: speech edges move to where energy crosses noise floor + this.
        edge_max_shift_ms: how far an edge may move from where Silero put it.
        crosstalk_margin_db: a frame is the other side's leak when it is within this of the
            echo level measured for the call (relative to the other channel's level).
        use_word_timestamps: words in the transcript mark speech too (where there is sound).
    """

    silence_threshold_s: float = 5.0
    hold_threshold_s: float = 20.0
    hold_music_min_s: float = 5.0
    hold_music_fraction: float = 0.5
    hold_music_margin_db: float = 10.0
    overtalk_min_s: float = 0.3
    interruption_min_s: float = 0.6
    raised_voice_db: float = 6.0
    raised_voice_window_s: float = 1.0
    clip_level_dbfs: float = -0.5
    vad_threshold: float = 0.5
    vad_min_speech_ms: int = 100
    vad_min_silence_ms: int = 300
    vad_speech_pad_ms: int = 30
    edge_margin_db: float = 8.0
    edge_max_shift_ms: int = 300
    crosstalk_margin_db: float = 6.0
    use_word_timestamps: bool = True

    def __post_init__(self) -> None:
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            if f.name == "clip_level_dbfs":
                if not -20.0 <= value <= 0.0:
                    raise InputError(f"metrics option {f.name} must be in [-20, 0], got {value}")
            elif not isinstance(value, bool) and value < 0:
                raise InputError(f"metrics option {f.name} must not be negative, got {value}")
        if not 0.0 < self.vad_threshold < 1.0:
            raise InputError(f"metrics option vad_threshold must be in (0, 1), "
                             f"got {self.vad_threshold}")
        if not 0.0 < self.hold_music_fraction <= 1.0:
            raise InputError(f"metrics option hold_music_fraction must be in (0, 1], "
                             f"got {self.hold_music_fraction}")

    def to_json(self) -> str:
        return json.dumps({**dataclasses.asdict(self), "algorithm_revision": ALGORITHM_REVISION},
                          sort_keys=True)

    def options_hash(self) -> str:
        return hashlib.sha256(self.to_json().encode()).hexdigest()[:16]


def vad_model_path() -> Path:
    """Where faster-whisper keeps the Silero VAD ONNX model."""
    from faster_whisper.utils import get_assets_path

    return Path(get_assets_path()) / VAD_MODEL_FILE


@functools.lru_cache(maxsize=1)
def vad_identity() -> tuple[str, str]:
    """(name with version, SHA-256 of the model file) of the VAD in use."""
    path = vad_model_path()
    try:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError as e:
        raise ModelError(f"the Silero VAD model is missing from faster-whisper ({path}): "
                         f"{e.strerror}; reinstall faster-whisper") from e
    version = metadata.version("faster-whisper")
    return f"{path.stem}@faster-whisper-{version}", digest


def metrics_lineage(options: MetricsOptions) -> Lineage:
    """The lineage (and so the run key) of a metrics run with these options."""
    from aqm import __version__

    name, digest = vad_identity()
    return Lineage(stage=STAGE, backend=VAD_BACKEND, model_name=name, model_sha256=digest,
                   options_json=options.to_json(), options_hash=options.options_hash(),
                   aqm_version=__version__)
