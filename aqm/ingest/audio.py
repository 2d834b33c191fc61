"""Decode a recording with PyAV (FFmpeg's libraries), keeping its channels.

``load_audio`` returns the decoded channels resampled to 16 kHz float32 plus what was found
out about the file; anything unusable raises ``AudioError`` with a short ``reason`` code and a
plain-language message, so the pipeline can quarantine it and go on.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import av
import numpy as np

from aqm.errors import AudioError
from aqm.types import AudioInfo

SAMPLE_RATE_HZ = 16000  # what every ASR backend is fed
MIN_DURATION_S = 0.5  # shorter recordings are quarantined
MAX_DURATION_S = 4 * 3600.0  # longer recordings are quarantined (memory bound)
TRUNCATED_RATIO = 0.9  # decoded/declared duration below this (and >1 s short) means truncated
HASH_CHUNK_BYTES = 1 << 20


@dataclass(frozen=True)
class DecodedAudio:
    """A decoded recording: ``samples`` has shape (channels, n) at ``SAMPLE_RATE_HZ``."""

    info: AudioInfo
    samples: np.ndarray

    def channel(self, index: int) -> np.ndarray:
        return np.ascontiguousarray(self.samples[index])

    def mono(self) -> np.ndarray:
        return np.ascontiguousarray(self.samples.mean(axis=0, dtype=np.float32))


def file_sha256(path: str | Path) -> tuple[str, int]:
    """Hash of the file's bytes (the call id comes from it) and its size."""
    digest = hashlib.sha256()
    size = 0
    try:
        with open(path, "rb") as fh:
            while chunk := fh.read(HASH_CHUNK_BYTES):
                digest.update(chunk)
                size += len(chunk)
    except OSError as e:
        raise AudioError(f"cannot read file: {e.strerror}", reason="unreadable") from e
    return digest.hexdigest(), size


def load_audio(path: str | Path, sha256: str | None = None) -> DecodedAudio:
    """Decode ``path`` to 16 kHz float32 channels. Raises ``AudioError`` when unusable."""
    if sha256 is None:
        sha256, size = file_sha256(path)
    else:
        size = Path(path).stat().st_size
    if size == 0:
        raise AudioError("the file is empty (0 bytes)", reason="empty")
    try:
        container = av.open(str(path), metadata_errors="ignore")
    except av.error.InvalidDataError as e:
        raise AudioError("not a recognisable audio file (no audio container or codec found)",
                         reason="not_audio") from e
    except (av.error.FFmpegError, OSError) as e:
        raise AudioError(f"cannot open as audio: {e}", reason="unreadable") from e
    with container:
        if not container.streams.audio:
            raise AudioError("the file has no audio stream", reason="no_audio_stream")
        stream = container.streams.audio[0]
        codec = stream.codec_context.name
        rate = int(stream.sample_rate or 0)
        declared_s = _declared_duration(container, stream)
        samples = _decode(container, stream, path)
    if samples.shape[1] == 0:
        raise AudioError("no audio could be decoded from the file", reason="not_audio")
    duration = samples.shape[1] / SAMPLE_RATE_HZ
    if declared_s is not None and duration < declared_s * TRUNCATED_RATIO \
            and declared_s - duration > 1.0:
        raise AudioError(
            f"the file is truncated: its header promises {declared_s:.1f} s "
            f"but only {duration:.1f} s of audio is there", reason="truncated")
    if duration < MIN_DURATION_S:
        raise AudioError(f"the recording is too short ({duration:.2f} s, minimum "
                         f"{MIN_DURATION_S} s)", reason="too_short")
    if duration > MAX_DURATION_S:
        raise AudioError(f"the recording is too long ({duration / 3600:.1f} h, maximum "
                         f"{MAX_DURATION_S / 3600:.0f} h)", reason="too_long")
    if not np.isfinite(samples).all():
        raise AudioError("the decoded audio contains invalid samples", reason="corrupt")
    info = AudioInfo(
        file_sha256=sha256, file_size=size, container=container.format.name, codec=codec,
        sample_rate_hz=rate, channels=samples.shape[0], duration_s=round(duration, 3),
    )
    return DecodedAudio(info=info, samples=samples)


def _declared_duration(container: av.container.InputContainer,
                       stream: av.audio.stream.AudioStream) -> float | None:
    if stream.duration is not None and stream.time_base is not None:
        return float(stream.duration * stream.time_base)
    if container.duration is not None:
        return container.duration / 1_000_000
    return None


def _decode(container: av.container.InputContainer, stream: av.audio.stream.AudioStream,
            path: str | Path) -> np.ndarray:
    layout = stream.layout.name if stream.layout else "mono"
    resampler = av.AudioResampler(format="fltp", layout=layout, rate=SAMPLE_RATE_HZ)
    chunks: list[np.ndarray] = []
    try:
        for frame in container.decode(stream):
            for out in resampler.resample(frame):
                chunks.append(out.to_ndarray())
        for out in resampler.resample(None):
            chunks.append(out.to_ndarray())
    except av.error.FFmpegError as e:
        raise AudioError(f"the audio data is corrupt and cannot be decoded ({type(e).__name__})",
                         reason="corrupt") from e
    if not chunks:
        return np.zeros((max(1, stream.channels or 1), 0), dtype=np.float32)
    return np.concatenate(chunks, axis=1).astype(np.float32, copy=False)
