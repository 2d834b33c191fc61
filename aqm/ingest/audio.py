"""Decode a recording with PyAV (FFmpeg's libraries), keeping its channels.

``load_audio`` returns the decoded channels resampled to 16 kHz float32 plus what was found
out about the file; anything unusable raises ``AudioError`` with a short ``reason`` code and a
plain-language message, so the pipeline can quarantine it and go on. Hostile files are
refused before they cost memory: a path that is not a regular file is never opened (a FIFO
would block), the sample rate and channel count are checked before decoding, a header that
declares more than ``max_duration_s`` of audio is refused before decoding, and decoding
stops as soon as it passes ``max_duration_s`` (a header may lie). Memory is bounded by about
``max_duration_s`` x 2 channels x 64 kB/s (16 kHz float32): more than two channels are mixed
down to one while decoding (aqm transcribes them as one mixed stream anyway).
"""

from __future__ import annotations

import hashlib
import os
import stat
import struct
from dataclasses import dataclass
from pathlib import Path

import av
import numpy as np

from aqm.errors import AudioError
from aqm.types import AudioInfo

SAMPLE_RATE_HZ = 16000  # what every ASR backend is fed
MIN_DURATION_S = 0.5  # shorter recordings are quarantined
MAX_DURATION_S = 2 * 3600.0  # default maximum (RunOptions.max_duration_s, --max-duration-h)
MIN_RATE_HZ = 2000  # a declared sample rate outside these is not a recording
MAX_RATE_HZ = 768_000
MAX_KEPT_CHANNELS = 2  # more are mixed down to one while decoding
TRUNCATED_RATIO = 0.9  # decoded/declared duration below this (and >1 s short) means truncated
HASH_CHUNK_BYTES = 1 << 20
WAV_SIZE_PLACEHOLDERS = frozenset({0, 0xFFFFFFFF})  # recorders still writing leave these
# magic bytes -> format, to say "a FLAC file cut short" rather than "not audio"
_MAGIC: tuple[tuple[int, bytes, str], ...] = (
    (0, b"RIFF", "WAV"), (0, b"RF64", "WAV"), (0, b"fLaC", "FLAC"), (0, b"ID3", "MP3"),
    (0, b"OggS", "Ogg"), (4, b"ftyp", "MP4/M4A"), (0, b"#!AMR", "AMR"), (0, b"FORM", "AIFF"),
    (0, b".snd", "AU"), (0, b"\x1aE\xdf\xa3", "Matroska/WebM"),
)


@dataclass(frozen=True)
class DecodedAudio:
    """A decoded recording: ``samples`` has shape (1 or 2, n) at ``SAMPLE_RATE_HZ``
    (``info.channels`` is the file's own count; more than two are mixed down to one)."""

    info: AudioInfo
    samples: np.ndarray

    def channel(self, index: int) -> np.ndarray:
        return np.ascontiguousarray(self.samples[index])

    def mono(self) -> np.ndarray:
        return np.ascontiguousarray(self.samples.mean(axis=0, dtype=np.float32))


def check_regular_file(path: str | Path) -> int:
    """The size of ``path``, or ``AudioError`` when it is missing (also a dangling link), not
    a regular file (a folder, a FIFO, a device: never opened) or cannot be looked at."""
    try:
        st = os.stat(path)
    except FileNotFoundError as e:
        raise AudioError("the file does not exist (or is a link to nothing)",
                         reason="missing") from e
    except OSError as e:
        raise AudioError(f"cannot read file: {e.strerror}", reason="unreadable") from e
    if not stat.S_ISREG(st.st_mode):
        kind = "a folder" if stat.S_ISDIR(st.st_mode) else "not a regular file (pipe, device)"
        raise AudioError(f"{kind}, not a recording", reason="not_a_file")
    return st.st_size


def file_sha256(path: str | Path) -> tuple[str, int]:
    """Hash of the file's bytes (the call id comes from it) and its size."""
    check_regular_file(path)
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


def load_audio(path: str | Path, sha256: str | None = None,
               max_duration_s: float = MAX_DURATION_S) -> DecodedAudio:
    """Decode ``path`` to 16 kHz float32 channels. Raises ``AudioError`` when unusable
    (never another exception: whatever a decoder raises on a hostile file is mapped)."""
    if sha256 is None:
        sha256, size = file_sha256(path)
    else:
        size = check_regular_file(path)
    if size == 0:
        raise AudioError("the file is empty (0 bytes)", reason="empty")
    try:
        return _load(Path(path), sha256, size, max_duration_s)
    except AudioError:
        raise
    except MemoryError as e:
        raise AudioError("the recording does not fit in memory", reason="too_long") from e
    except Exception as e:  # noqa: BLE001 - a decoder's surprise on a hostile file
        raise AudioError(f"the file cannot be decoded ({type(e).__name__})",
                         reason="corrupt") from e


def _load(path: Path, sha256: str, size: int, max_duration_s: float) -> DecodedAudio:
    try:
        container = av.open(str(path), metadata_errors="ignore")
    except av.error.FFmpegError as e:
        kind = _sniff(path)
        if kind is not None:
            raise AudioError(f"the file starts like {kind} audio but its header is cut "
                             f"short or damaged", reason="truncated_header") from e
        if isinstance(e, av.error.InvalidDataError):
            raise AudioError("not a recognisable audio file (no audio container or codec "
                             "found)", reason="not_audio") from e
        raise AudioError(f"cannot open as audio: {e}", reason="unreadable") from e
    except OSError as e:
        raise AudioError(f"cannot open as audio: {e.strerror}", reason="unreadable") from e
    with container:
        if not container.streams.audio:
            raise AudioError("the file has no audio stream", reason="no_audio_stream")
        stream = container.streams.audio[0]
        channels = int(stream.codec_context.channels or 0)
        if channels < 1:
            raise AudioError("the file declares 0 audio channels", reason="no_channels")
        rate = int(stream.sample_rate or 0)
        if not MIN_RATE_HZ <= rate <= MAX_RATE_HZ:
            raise AudioError(f"the file declares a sample rate of {rate} Hz; a recording has "
                             f"{MIN_RATE_HZ}-{MAX_RATE_HZ} Hz", reason="bad_sample_rate")
        codec = stream.codec_context.name
        declared_s = _declared_duration(container, stream)
        wav_s = _wav_declared_duration(path)
        if wav_s is not None and (declared_s is None or wav_s > declared_s):
            declared_s = wav_s
        if declared_s is not None and declared_s > max_duration_s:
            _check_not_cut(path, declared_s, size, stream)
            raise AudioError(f"the recording is too long (its header says "
                             f"{declared_s / 3600:.1f} h, maximum {_hours(max_duration_s)})",
                             reason="too_long")
        samples = _decode(container, stream, channels, max_duration_s)
        container_name = container.format.name
    if samples.shape[1] == 0:
        raise AudioError("no audio could be decoded from the file", reason="not_audio")
    duration = samples.shape[1] / SAMPLE_RATE_HZ
    if declared_s is not None and duration < declared_s * TRUNCATED_RATIO \
            and declared_s - duration > 1.0:
        raise AudioError(
            f"the file is truncated: its header promises {_span(declared_s)} "
            f"but only {duration:.1f} s of audio is there", reason="truncated")
    if duration < MIN_DURATION_S:
        raise AudioError(f"the recording is too short ({duration:.2f} s, minimum "
                         f"{MIN_DURATION_S} s)", reason="too_short")
    if not np.isfinite(samples).all():
        raise AudioError("the decoded audio contains invalid samples", reason="corrupt")
    info = AudioInfo(
        file_sha256=sha256, file_size=size, container=container_name, codec=codec,
        sample_rate_hz=rate, channels=channels, duration_s=round(duration, 3),
    )
    return DecodedAudio(info=info, samples=samples)


def _hours(seconds: float) -> str:
    return f"{seconds / 3600:g} h"


def _span(seconds: float) -> str:
    return f"{seconds / 3600:.1f} h" if seconds >= 3600 else f"{seconds:.1f} s"


def _sniff(path: Path) -> str | None:
    """The format a file's first bytes announce, if any."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(16)
    except OSError:
        return None
    for offset, magic, kind in _MAGIC:
        if head[offset:offset + len(magic)] == magic:
            return kind
    if len(head) >= 2 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0:
        return "MP3"
    return None


def _check_not_cut(path: Path, declared_s: float, size: int,
                   stream: av.audio.stream.AudioStream) -> None:
    """A header promising hours on a file far too small to hold them (uncompressed audio,
    whose bytes per second are known) is a cut file, not a long one."""
    bit_rate = stream.bit_rate or 0
    if stream.codec_context.name.startswith("pcm_") and bit_rate > 0:
        held_s = size * 8 / bit_rate
        if held_s < declared_s * TRUNCATED_RATIO:
            raise AudioError(f"the file is truncated: its header promises {_span(declared_s)} "
                             f"but the file holds at most {held_s:.1f} s", reason="truncated")


def _declared_duration(container: av.container.InputContainer,
                       stream: av.audio.stream.AudioStream) -> float | None:
    if stream.duration is not None and stream.time_base is not None:
        return float(stream.duration * stream.time_base)
    if container.duration is not None:
        return container.duration / 1_000_000
    return None


def _wav_declared_duration(path: Path) -> float | None:
    """What a RIFF/WAVE header's ``data`` chunk declares (FFmpeg clips it to the file size,
    hiding a header that promises gigabytes); None for other files and size placeholders."""
    try:
        with open(path, "rb") as fh:
            if fh.read(12)[8:12] != b"WAVE":
                return None
            byte_rate = 0
            for _ in range(64):  # chunks before 'data': fmt, LIST, fact, ...
                head = fh.read(8)
                if len(head) < 8:
                    return None
                kind, length = head[:4], struct.unpack("<I", head[4:])[0]
                if kind == b"fmt ":
                    fmt = fh.read(min(length, 16))
                    if len(fmt) < 16:
                        return None
                    byte_rate = struct.unpack("<I", fmt[8:12])[0]
                    fh.seek(length - len(fmt) + (length & 1), os.SEEK_CUR)
                elif kind == b"data":
                    if length in WAV_SIZE_PLACEHOLDERS or byte_rate <= 0:
                        return None
                    return length / byte_rate
                else:
                    fh.seek(length + (length & 1), os.SEEK_CUR)
    except OSError:
        return None
    return None


def _decode(container: av.container.InputContainer, stream: av.audio.stream.AudioStream,
            channels: int, max_duration_s: float) -> np.ndarray:
    """Decode and resample, at most ``max_duration_s`` (+1 s); one (channels, n) array
    filled chunk by chunk (no second full-size copy)."""
    # more than two are mixed down here: aqm transcribes them mixed anyway, and PyAV crashes
    # (segfault) reading back 8-channel planar frames
    layout = "stereo" if channels == MAX_KEPT_CHANNELS else "mono"
    resampler = av.AudioResampler(format="fltp", layout=layout, rate=SAMPLE_RATE_HZ)
    limit = int((max_duration_s + 1.0) * SAMPLE_RATE_HZ)
    chunks: list[np.ndarray] = []
    total = 0
    try:
        for frame in container.decode(stream):
            for out in resampler.resample(frame):
                chunks.append(out.to_ndarray())
                total += chunks[-1].shape[1]
            if total > limit:
                raise AudioError(f"the recording is too long (more than "
                                 f"{_hours(max_duration_s)})", reason="too_long")
        for out in resampler.resample(None):
            chunks.append(out.to_ndarray())
            total += chunks[-1].shape[1]
    except av.error.FFmpegError as e:
        raise AudioError(f"the audio data is corrupt and cannot be decoded ({type(e).__name__})",
                         reason="corrupt") from e
    width = 2 if layout == "stereo" else 1
    samples = np.empty((width, total), dtype=np.float32)
    pos = 0
    chunks.reverse()
    while chunks:  # free each chunk once copied: the peak stays near one copy
        chunk = chunks.pop()
        samples[:, pos:pos + chunk.shape[1]] = chunk
        pos += chunk.shape[1]
    return samples
