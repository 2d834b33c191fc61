"""A corpus of hostile inputs, written at test time (nothing big is committed).

``build_corpus(root)`` writes an input folder ``root/in`` and a file outside it (the target of
a symlink), and returns ``Corpus``: every bad entry with the quarantine reason aqm must give
it, and every good entry (stored as a call). Files are small on disk: three hours of digital
silence is a 3 h FLAC of a few hundred kB.
"""

from __future__ import annotations

import os
import shutil
import struct
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import av
import numpy as np

from .conftest import DATA

GOOD_CALL = DATA / "formats" / "pcm16k.wav"  # a real 3.2 s telephone prompt
SILENCE_HOURS = 3.0
METACHAR_NAME = "$(rm -rf x); `id` 'q' \"d\" [red]x [bold] & |.wav"


@dataclass
class Corpus:
    root: Path  # the input folder that is walked
    bad: dict[str, str] = field(default_factory=dict)  # name under root -> reason code
    good: list[str] = field(default_factory=list)  # names under root stored as calls
    outside: Path | None = None  # the file the symlink points to (outside root)


def wav_header(*, channels: int, rate: int, bits: int = 16, data_bytes: int,
               fmt_tag: int = 1) -> bytes:
    """A canonical 44-byte RIFF/WAVE header declaring what it is told (true or not)."""
    block = max(1, channels) * bits // 8
    riff = min(0xFFFFFFFF, 36 + data_bytes)
    return (b"RIFF" + struct.pack("<I", riff) + b"WAVE"
            + b"fmt " + struct.pack("<IHHIIHH", 16, fmt_tag, channels, rate, rate * block,
                                    block, bits)
            + b"data" + struct.pack("<I", min(0xFFFFFFFF, data_bytes)))


def write_audio(path: Path, samples: np.ndarray, rate: int, codec: str = "pcm_s16le",
                fmt: str | None = None) -> Path:
    """Encode ``samples`` (channels, n) float in [-1, 1] with PyAV."""
    channels = samples.shape[0]
    layout = {1: "mono", 2: "stereo", 8: "7.1"}[channels]
    with open(path, "wb") as fh, av.open(fh, "w", format=fmt or path.suffix[1:]) as out:
        stream = out.add_stream(codec, rate=rate, layout=layout)
        assert isinstance(stream, av.audio.stream.AudioStream)
        pcm = (np.clip(samples, -1, 1) * 32767).astype(np.int16)
        step = rate * 10
        _mux(out, stream, rate, layout, (
            np.ascontiguousarray(pcm[:, start:start + step].T.reshape(1, -1))
            for start in range(0, pcm.shape[1], step)))
    return path


def _mux(out: Any, stream: Any, rate: int, layout: str, chunks: Iterator[np.ndarray]) -> None:
    """Encode interleaved int16 ``chunks`` (1, n x channels) into ``stream`` and flush it."""
    for chunk in chunks:
        frame = av.AudioFrame.from_ndarray(chunk, format="s16", layout=layout)
        frame.sample_rate = rate
        for packet in stream.encode(frame):
            out.mux(packet)
    for packet in stream.encode(None):
        out.mux(packet)


def write_silence(path: Path, hours: float, rate: int = 8000) -> Path:
    """Hours of digital silence as FLAC, encoded a minute at a time (small in memory and on
    disk)."""
    minute = np.zeros((1, rate * 60), dtype=np.int16)
    with av.open(str(path), "w") as out:
        stream = out.add_stream("flac", rate=rate, layout="mono")
        _mux(out, stream, rate, "mono", (minute for _ in range(int(hours * 60))))
    return path


def tone(seconds: float, rate: int, hz: float, channels: int = 1) -> np.ndarray:
    t = np.arange(int(seconds * rate)) / rate
    sig = 0.3 * np.sin(2 * np.pi * hz * t)
    return np.stack([sig * (1 + 0.1 * c) for c in range(channels)])


def build_corpus(base: Path) -> Corpus:
    root = base / "in"
    root.mkdir(parents=True)
    c = Corpus(root=root)
    good_bytes = GOOD_CALL.read_bytes()

    def bad(name: str, data: bytes, reason: str) -> None:
        (root / name).write_bytes(data)
        c.bad[name] = reason

    # the one good real call, plus odd but usable audio that must be stored
    shutil.copyfile(GOOD_CALL, root / "good call.wav")
    c.good.append("good call.wav")
    write_audio(root / "noise.wav", np.random.default_rng(4).uniform(-0.5, 0.5, (1, 32000)),
                8000)
    c.good.append("noise.wav")
    write_audio(root / "eight channels.wav", tone(2.0, 8000, 440, channels=8), 8000)
    c.good.append("eight channels.wav")
    write_audio(root / "appel reçu 通話 ☎.wav", tone(1.5, 8000, 523), 8000)
    c.good.append("appel reçu 通話 ☎.wav")
    write_audio(root / METACHAR_NAME, tone(1.5, 8000, 659), 8000)
    c.good.append(METACHAR_NAME)
    write_audio(root / "really an mp3.wav", tone(2.0, 16000, 330), 16000, codec="mp3",
                fmt="mp3")
    c.good.append("really an mp3.wav")

    # bad files
    bad("zero bytes.wav", b"", "empty")
    bad("truncated header.wav", good_bytes[:30], "truncated_header")
    flac = write_audio(base / "x.flac", tone(2.0, 8000, 440), 8000, codec="flac")
    bad("truncated header.flac", flac.read_bytes()[:20], "truncated_header")
    mp3 = write_audio(base / "x.mp3", tone(2.0, 16000, 440), 16000, codec="mp3", fmt="mp3")
    bad("truncated header.mp3", mp3.read_bytes()[:3], "truncated_header")
    bad("notes.wav", b"Call notes: customer asked about a refund.\n" * 20, "not_audio")
    pcm = good_bytes[44:44 + 16000 * 2]  # one second of real 16 kHz audio
    bad("huge declared size.wav",
        wav_header(channels=1, rate=16000, data_bytes=0xFFFFFFF0) + pcm, "truncated")
    write_silence(root / "three hours of silence.flac", SILENCE_HOURS)
    c.bad["three hours of silence.flac"] = "too_long"
    bad("zero channels.wav", wav_header(channels=0, rate=8000, data_bytes=len(pcm)) + pcm,
        "no_channels")
    bad("one hertz.wav", wav_header(channels=1, rate=1, data_bytes=len(pcm)) + pcm,
        "bad_sample_rate")
    bad("one megahertz.wav", wav_header(channels=1, rate=1_000_000, data_bytes=len(pcm)) + pcm,
        "bad_sample_rate")
    nan = np.full(16000, np.nan, dtype=np.float32).tobytes()
    bad("not a number.wav", wav_header(channels=1, rate=16000, bits=32, fmt_tag=3,
                                       data_bytes=len(nan)) + nan, "corrupt")
    bad("tiny.wav", wav_header(channels=1, rate=16000, data_bytes=3200) + pcm[:3200],
        "too_short")
    bad("bad;name `$(touch pwned)` [bold].wav", b"\x00" * 4096, "not_audio")
    # not files
    (root / "folder.wav").mkdir()
    c.bad["folder.wav"] = "not_a_file"
    os.mkfifo(root / "pipe.wav")
    c.bad["pipe.wav"] = "not_a_file"
    c.outside = base / "secret.wav"
    shutil.copyfile(GOOD_CALL, c.outside)
    (root / "link out.wav").symlink_to(c.outside)
    c.bad["link out.wav"] = "outside_input"
    (root / "dangling.wav").symlink_to(root / "gone.wav")
    c.bad["dangling.wav"] = "missing"
    if os.geteuid() != 0:  # root reads a chmod 000 file anyway: only then is it skipped
        locked = root / "locked.wav"
        locked.write_bytes(good_bytes)
        locked.chmod(0)
        c.bad["locked.wav"] = "unreadable"
    return c


def write_hostile_manifest(base: Path, corpus: Corpus) -> tuple[Path, dict[str, str]]:
    """A manifest (UTF-8 with a byte-order mark, one blank line) beside ``corpus``: a good row
    naming a file outside the walked folder (a manifest may), the same row again, a bad
    date, a missing file and an agent name without an agent id. Returns it and the reason
    expected for each quarantined entry (by file name)."""
    assert corpus.outside is not None
    rows = [
        "path,agent_id,agent_name,direction,started_at,language,crm_ticket",
        f"{corpus.outside.name},A7,Agent Seven,inbound,2026-11-02T09:14:05+07:00,en,T1",
        f"{corpus.outside.name},A7,Agent Seven,inbound,2026-11-02T09:14:05+07:00,en,T1",
        "late.wav,A7,Agent Seven,inbound,yesterday,en,T2",
        "",
        "no such file.wav,A8,,outbound,2026-11-03,en,T3",
        "in/noise.wav,,Someone Unlinked,inbound,2026-11-04T10:00:00,en,T4",
    ]
    path = base / "calls.csv"
    path.write_bytes(b"\xef\xbb\xbf" + "\r\n".join(rows).encode() + b"\r\n")
    return path, {"late.wav": "bad_manifest_row", "no such file.wav": "missing"}
