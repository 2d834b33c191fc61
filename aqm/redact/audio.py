"""Redacted audio: the copy of a call that aqm serves and plays; the original is never touched.

Every redacted span (card number, CVV, ...) is replaced, on every channel, by a quiet tone
from ``pad_s`` before its first word to ``pad_s`` after its last: speech leaks between
channels (echo, crosstalk), so one channel alone is not enough. The copy is written as FLAC at
the decoded rate, atomically (temporary file, then rename), so a kill never leaves half a file.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import av
import numpy as np

from aqm import faults
from aqm.errors import AudioError
from aqm.ingest.audio import SAMPLE_RATE_HZ, DecodedAudio
from aqm.redact.redactor import RedactedSpan
from aqm.store.files import pid_alive

PAD_S = 0.15  # masked before and after each span (word times are approximate)
TONE_HZ = 1000.0
TONE_DBFS = -24.0


@dataclass(frozen=True)
class RedactedAudio:
    path: str
    sha256: str
    masked_s: float  # total time replaced by the tone
    spans: int


def mask_intervals(spans: Sequence[RedactedSpan], duration_s: float,
                   pad_s: float = PAD_S) -> list[tuple[float, float]]:
    """Merged, padded time intervals to mask."""
    raw = sorted((max(0.0, s.start_s - pad_s), min(duration_s, s.end_s + pad_s)) for s in spans)
    merged: list[tuple[float, float]] = []
    for start, end in raw:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        elif end > start:
            merged.append((start, end))
    return merged


def redacted_samples(decoded: DecodedAudio, spans: Sequence[RedactedSpan],
                     pad_s: float = PAD_S) -> tuple[np.ndarray, float]:
    """A copy of the samples with every span replaced by the tone; and the masked seconds."""
    samples = decoded.samples.copy()
    amplitude = 10 ** (TONE_DBFS / 20)
    masked = 0.0
    for start, end in mask_intervals(spans, decoded.info.duration_s, pad_s):
        a, b = int(start * SAMPLE_RATE_HZ), int(end * SAMPLE_RATE_HZ)
        t = np.arange(b - a, dtype=np.float32) / SAMPLE_RATE_HZ
        samples[:, a:b] = (amplitude * np.sin(2 * np.pi * TONE_HZ * t)).astype(np.float32)
        masked += (b - a) / SAMPLE_RATE_HZ
    return samples, masked


def write_redacted_audio(decoded: DecodedAudio, spans: Sequence[RedactedSpan],
                         out_path: str | Path, pad_s: float = PAD_S) -> RedactedAudio:
    """Write the served copy of a call (FLAC) with ``spans`` masked."""
    samples, masked = redacted_samples(decoded, spans, pad_s)
    out = Path(out_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    pcm = (np.clip(samples, -1.0, 1.0) * 32767).astype(np.int16)
    layout = "mono" if pcm.shape[0] == 1 else "stereo"
    if pcm.shape[0] > 2:
        pcm = pcm[:2]
    try:
        with av.open(str(tmp), "w", format="flac") as container:
            stream = container.add_stream("flac", rate=SAMPLE_RATE_HZ, layout=layout)
            frame = av.AudioFrame.from_ndarray(np.ascontiguousarray(pcm.T.reshape(1, -1)),
                                               format="s16", layout=layout)
            frame.sample_rate = SAMPLE_RATE_HZ
            for packet in stream.encode(frame):
                container.mux(packet)
            for packet in stream.encode(None):
                container.mux(packet)
        digest = hashlib.sha256(tmp.read_bytes()).hexdigest()
        faults.point("media")  # crash-test hook (aqm.faults): written, not yet renamed
        os.replace(tmp, out)
    except (av.error.FFmpegError, OSError) as e:
        tmp.unlink(missing_ok=True)
        raise AudioError(f"cannot write the redacted audio copy {out}: {e}",
                         reason="write_failed") from e
    return RedactedAudio(path=str(out), sha256=digest, masked_s=round(masked, 3),
                         spans=len(spans))


def remove_unfinished(media_dir: Path) -> int:
    """Delete the half-written copies (``.<name>.<pid>.tmp``) of writers that are gone: a
    batch killed while writing one leaves it behind, and nothing else would ever remove it
    (not even ``aqm delete``). Run at the start of a batch. Returns how many."""
    removed = 0
    for tmp in media_dir.glob(".*.tmp") if media_dir.is_dir() else ():
        pid = tmp.name.rsplit(".", 2)[-2]
        if pid.isdigit() and not pid_alive(int(pid)):
            tmp.unlink(missing_ok=True)
            removed += 1
    return removed

