#!/usr/bin/env python3
"""Rebuild the clips in this folder from their Debian sources (not run by the tests).

Each source recording is resampled to 8 kHz, then cut to its speech bounds: the edges of the
first and last run of three 10 ms frames whose energy is above ``max(noise floor + 12 dB,
loudest frames - 40 dB)``, with 5 ms fades. It is scaled to an active speech level of
``LEVEL_DBFS`` and written as 8 kHz mu-law WAV, so a clip's speech lasts exactly as long as
the clip. The hold music is ``sox synth`` output. The build is deterministic (``sox -D``).

Needs: numpy, sox, and the Debian packages asterisk-core-sounds-en-wav and
pocketsphinx-testdata. Usage: ``python3 tests/data/metrics_clips/make_clips.py``
"""

from __future__ import annotations

import subprocess
import tempfile
import wave
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
ASTERISK = Path("/usr/share/asterisk/sounds/en")
SPHINX = Path("/usr/share/pocketsphinx/test/data")
LEVEL_DBFS = -24.0
FRAME_S = 0.01
FADE_S = 0.005
MIN_RUN = 3  # frames

AGENT = ["pls-hold-while-try", "transfer", "check-number-dial-again", "conf-getconfno",
         "vm-msgforwarded", "tt-weasels", "one-moment-please", "auth-thankyou"]
CUSTOMER = {
    "cards-001": SPHINX / "cards/001.wav", "cards-002": SPHINX / "cards/002.wav",
    "cards-003": SPHINX / "cards/003.wav", "cards-004": SPHINX / "cards/004.wav",
    "cards-005": SPHINX / "cards/005.wav",
    "librivox-0880": SPHINX / "librivox/sense_and_sensibility_01_austen_64kb-0880.wav",
    "librivox-0890": SPHINX / "librivox/sense_and_sensibility_01_austen_64kb-0890.wav",
    "librivox-0930": SPHINX / "librivox/sense_and_sensibility_01_austen_64kb-0930.wav",
}
# A quiet hold tune to loop: four 1.5 s chords, each a sine bass under three plucked notes.
MUSIC_CHORDS = [("C3", "C4", "E4", "G4"), ("A2", "A3", "C4", "E4"), ("F2", "F3", "A3", "C4"),
                ("G2", "G3", "B3", "D4")]
MUSIC_CHORD_S = 1.5
MUSIC_LEVEL_DBFS = -30.0  # peak level; hold music on a recorded line is quiet


def read_pcm16(path: Path) -> tuple[np.ndarray, int]:
    with wave.open(str(path)) as w:
        rate, n = w.getframerate(), w.getnframes()
        x = np.frombuffer(w.readframes(n), dtype=np.int16).astype(np.float64) / 32768
    return x, rate


def speech_bounds(x: np.ndarray, rate: int) -> tuple[int, int, float]:
    hop = int(rate * FRAME_S)
    frames = x[: len(x) // hop * hop].reshape(-1, hop)
    db = 10 * np.log10((frames**2).mean(axis=1) + 1e-12)
    threshold = max(np.percentile(db, 5) + 12, np.percentile(db, 95) - 40)
    above = db > threshold
    # a speech bound is the edge of a run of at least MIN_RUN frames (not a lone click)
    runs = np.convolve(above.astype(int), np.ones(MIN_RUN, dtype=int), mode="valid")
    starts = np.flatnonzero(runs == MIN_RUN)
    start, end = starts[0] * hop, (starts[-1] + MIN_RUN) * hop
    level = 10 * np.log10((frames[above] ** 2).mean())
    return start, end, level


def write_clip(name: str, source: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        band = Path(tmp) / "band.wav"  # telephone band first: bounds are measured on it
        subprocess.run(["sox", "-D", str(source), "-r", "8000", "-b", "16", str(band)],
                       check=True)
        x, rate = read_pcm16(band)
        start, end, level = speech_bounds(x, rate)
        y = x[start:end] * 10 ** ((LEVEL_DBFS - level) / 20)
        fade = int(rate * FADE_S)
        ramp = np.linspace(0.0, 1.0, fade)
        y[:fade] *= ramp
        y[-fade:] *= ramp[::-1]
        cut = Path(tmp) / "cut.wav"
        with wave.open(str(cut), "wb") as w:
            w.setnchannels(1)
            w.setsampwidth(2)
            w.setframerate(rate)
            w.writeframes((np.clip(y, -1, 1) * 32767).astype("<i2").tobytes())
        subprocess.run(["sox", "-D", str(cut), "-e", "mu-law", str(HERE / f"{name}.wav")],
                       check=True)


def write_music() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        parts = []
        for i, (bass, *notes) in enumerate(MUSIC_CHORDS):
            part = str(Path(tmp) / f"chord{i}.wav")
            synth = ["synth", str(MUSIC_CHORD_S), "sine", bass]
            for note in notes:
                synth += ["pluck", note]
            subprocess.run(["sox", "-D", "-n", "-r", "8000", "-c", "1", part, *synth,
                            "remix", "-"], check=True)
            parts.append(part)
        subprocess.run(["sox", "-D", *parts, "-e", "mu-law", str(HERE / "hold-music.wav"),
                        "gain", "-n", str(MUSIC_LEVEL_DBFS)], check=True)


def main() -> None:
    for name in AGENT:
        write_clip(f"agent-{name}", ASTERISK / f"{name}.wav")
    for name, path in CUSTOMER.items():
        write_clip(f"customer-{name}", path)
    write_music()


if __name__ == "__main__":
    main()
