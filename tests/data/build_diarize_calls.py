#!/usr/bin/env python3
"""Build the mono test calls for speaker diarisation in ``tests/data/diarize/``.

Every call is one channel mixed from real recordings of different people, placed with numpy
at chosen times, so who speaks when is known exactly. Sources (Debian packages):

* ``asterisk-core-sounds-en-wav``: telephone prompts read by Allison Smith (CC-BY-SA-3.0);
  her opening lines carry real greetings ("Thank you for calling ...", "Hello.");
* ``pocketsphinx-testdata``: a LibriVox reader (Sense and Sensibility, public domain), the
  CMU ``cards`` speaker and the AN4 speaker of ``goforward``/``numbers``/``something`` (BSD-2);
* ``codec2-examples``: radio speech of three more people (``ve9qrp``, ``vk5qi``, ``g3plx``;
  LGPL-2.1);
* festival (``festvox-kallpc16k``, ``festvox-us-slt-hts``) speaks the agent's scripted
  lines in two calls (``c11``, ``c12``), the only synthesised voices here.

Each call has turns with gaps, overlaps (the next speaker starts before the other ends) and
short back-channels over the other speaker's long turns; one call (``c13``) has a transfer
to a second agent after a hold. Levels differ per side, a telephone band-pass and a low noise
floor are applied, and the result is written as 8 kHz WAV (``cNN_*.wav``): mu-law for the
odd-numbered calls, GSM 6.10 for the even ones (both common in call recorders).

``<call>.truth.json`` lists the speech of each placed clip (``turns``: speaker, role,
start, end, source; pauses of 0.3 s or more inside a clip split it), the speakers and their
roles, and who speaks first. ``manifest.csv`` gives direction, ``channel_layout`` mono,
language and, for the festival agents, the agent's name. The build is deterministic (fixed
seeds; sox run with ``-D``). Tools: sox, text2wave (festival), python3 + numpy.

Usage::

    python3 tests/data/build_diarize_calls.py [--out DIR]
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

RATE = 16000  # mixing rate; the files are written at 8 kHz
FRAME = 160  # 10 ms
ASTERISK = Path("/usr/share/asterisk/sounds/en")
ASTERISK_TXT = Path("/usr/share/doc/asterisk-core-sounds-en/core-sounds-en.txt.gz")
SPHINX = Path("/usr/share/pocketsphinx/test/data")
CODEC2 = Path("/usr/share/codec2")
PAUSE_S = 0.3  # a pause this long inside a clip splits its truth turns
ALLISON_LINES = [
    "followme/pls-hold-while-try", "followme/status", "followme/sorry", "queue-thankyou",
    "priv-introsaved", "cannot-complete-as-dialed", "check-number-dial-again",
    "conf-onlyperson", "conf-placeintoconf", "agent-loginok", "vm-nobodyavail",
    "dir-instr", "demo-thanks", "vm-options", "vm-changeto", "vm-isunavail", "pbx-invalid",
    "pbx-transfer", "privacy-unident", "transfer", "vm-reachoper", "ss-noservice",
    "call-fwd-no-ans", "conf-getpin", "vm-sorry", "vm-passchanged"]
ALLISON_SHORT = ["auth-thankyou", "activated", "added", "cancelled", "vm-goodbye", "calling"]
C11_AGENT = ("voice_kal_diphone", [
    "Good afternoon, thank you for calling Acme Bank, my name is Peter, how can I help you?",
    "I see. Let me check that on your account for you.",
    "Thank you. The payment was received on Monday and your balance is up to date.",
    "Is there anything else I can help you with today?",
    "You are welcome. Have a lovely day, goodbye."])
C12_AGENT = ("voice_cmu_us_slt_arctic_hts", [
    "Hello, this is Mary calling from Acme Bank.",
    "I'm calling about the new card you asked for last week.",
    "It is ready, and we can send it to your home address.",
    "Great. You should receive it within five working days.",
    "Thank you for your time, goodbye."])


@dataclass(frozen=True)
class Clip:
    audio: np.ndarray  # 16 kHz float32, trimmed to speech
    source: str
    text: str = ""
    level_db: float = 0.0  # speech threshold (dBFS per 10 ms) of its recording


@dataclass(frozen=True)
class CallSpec:
    name: str
    agent: str
    customer: str
    direction: str
    seed: int
    customer_first: bool = False
    agent2: str | None = None  # a transfer: the second agent takes over after a hold
    agent_name: str = ""
    turns: int = 10
    opening: tuple[str, ...] = ("open",)  # Allison's first lines: "open" (thank you for
    # calling Super Awesome Company...), "hello"


CALLS = [
    CallSpec("c01_allison_librivox", "allison", "librivox", "inbound", 1),
    CallSpec("c02_allison_ve9qrp", "allison", "ve9qrp", "inbound", 2, customer_first=True,
             opening=("hello", "open")),
    CallSpec("c03_allison_vk5qi", "allison", "vk5qi", "inbound", 3, opening=("hello", "open")),
    CallSpec("c04_allison_an4", "allison", "an4", "inbound", 4, turns=8),
    CallSpec("c05_allison_cards", "allison", "cards", "inbound", 5, customer_first=True,
             turns=8),
    CallSpec("c06_allison_g3plx", "allison", "g3plx", "inbound", 6, opening=("hello",)),
    CallSpec("c07_ve9qrp_librivox", "ve9qrp", "librivox", "outbound", 7),
    CallSpec("c08_librivox_vk5qi", "librivox", "vk5qi", "inbound", 8, turns=8),
    CallSpec("c09_ve9qrp_allison", "ve9qrp", "allison", "inbound", 9),
    CallSpec("c10_g3plx_ve9qrp", "g3plx", "ve9qrp", "inbound", 10, turns=8),
    CallSpec("c11_kal_librivox", "kal", "librivox", "inbound", 11, customer_first=True,
             agent_name="Peter Hall"),
    CallSpec("c12_slt_cards", "slt", "cards", "outbound", 12, agent_name="Mary Jones"),
    CallSpec("c13_transfer", "allison", "vk5qi", "inbound", 13, agent2="ve9qrp", turns=14),
]


def sox_load(path: Path, raw_rate: int | None = None) -> np.ndarray:
    raw = ["-t", "raw", "-r", str(raw_rate), "-e", "signed", "-b", "16", "-c", "1"] \
        if raw_rate else []
    out = subprocess.run(["sox", "-D", *raw, str(path), "-t", "f32", "-r", str(RATE), "-c", "1",
                          "-"], capture_output=True, check=True).stdout
    return np.frombuffer(out, np.float32).copy()


def frame_db(x: np.ndarray) -> np.ndarray:
    n = len(x) // FRAME
    blocks = x[:n * FRAME].reshape(n, FRAME).astype(np.float64)
    return 10 * np.log10(np.maximum((blocks ** 2).mean(1), 1e-12))


def speech_level(x: np.ndarray) -> float:
    """The level (dBFS per 10 ms) above which a frame of this recording is speech."""
    db = frame_db(x)
    floor, peak = np.percentile(db, 10), np.percentile(db, 97)
    return float(max(floor + 6.0, peak - 35.0, floor + 0.3 * (peak - floor)))


def speech_runs(x: np.ndarray, min_pause_s: float, level_db: float | None = None
                ) -> list[tuple[int, int]]:
    """(start, end) samples of speech in ``x``: frames over the level, short pauses closed."""
    db = frame_db(x)
    if len(db) == 0:
        return []
    on = db > (speech_level(x) if level_db is None else level_db)
    edges = np.flatnonzero(np.diff(np.concatenate(([0], on.astype(np.int8), [0]))))
    found = [[int(a), int(b)] for a, b in edges.reshape(-1, 2)]
    merged: list[list[int]] = []
    for a, b in found:
        if merged and a - merged[-1][1] < min_pause_s * 100:
            merged[-1][1] = b
        else:
            merged.append([a, b])
    return [(a * FRAME, b * FRAME) for a, b in merged if b - a >= 8]


def trimmed(x: np.ndarray, source: str, text: str = "", level_db: float | None = None) -> Clip:
    level = speech_level(x) if level_db is None else level_db
    found = speech_runs(x, PAUSE_S, level)
    if not found:
        raise SystemExit(f"no speech in {source}")
    pad = FRAME * 3
    return Clip(x[max(found[0][0] - pad, 0):found[-1][1] + pad], source, text, level)


def pieces(x: np.ndarray, source: str, rng: np.random.Generator) -> tuple[list[Clip],
                                                                          list[Clip]]:
    """A long recording cut at its pauses into utterances (1-6 s) and short bits (<1 s)."""
    level = speech_level(x)
    runs = speech_runs(x, 0.12, level)
    utterances, short = [], []
    i = 0
    while i < len(runs):
        target = rng.uniform(1.0, 4.0) * RATE
        a, b = runs[i]
        if b - a < 0.9 * RATE and b - a > 0.25 * RATE:
            short.append(trimmed(x[max(a - 480, 0):b + 480], source, level_db=level))
        j = i
        while j + 1 < len(runs) and runs[j + 1][1] - a < target:
            j += 1
        if runs[j][1] - a >= 0.8 * RATE:
            utterances.append(trimmed(x[max(a - 480, 0):runs[j][1] + 480], source,
                                      level_db=level))
        i = j + 1
    return utterances, short


def festival(voice: str, lines: list[str], tmp: Path) -> list[Clip]:
    out = []
    for k, line in enumerate(lines):
        wav = tmp / f"{voice}_{k}.wav"
        subprocess.run(["text2wave", "-eval", f"({voice})", "-o", str(wav)],
                       input=line.encode(), check=True, capture_output=True)
        out.append(trimmed(sox_load(wav), f"festival:{voice}", line))
    return out


def load_speakers(tmp: Path, rng: np.random.Generator) -> dict[str, dict[str, list[Clip]]]:
    texts = {}
    with gzip.open(ASTERISK_TXT, "rt", encoding="utf-8", errors="replace") as fh:
        for line in fh:
            if ": " in line and not line.startswith(";"):
                key, text = line.split(": ", 1)
                texts[key.strip()] = text.strip()

    def prompt(name: str) -> Clip:
        return trimmed(sox_load(ASTERISK / f"{name}.wav"), f"asterisk:{name}",
                       texts.get(name, ""))

    ivr = sox_load(ASTERISK / "basic-pbx-ivr-main.wav")
    first = speech_runs(ivr, 0.12)[:2]  # "Thank you for calling Super Awesome Company, ..."
    opening = trimmed(ivr[max(first[0][0] - 480, 0):first[1][1] + 480],
                      "asterisk:basic-pbx-ivr-main",
                      texts["basic-pbx-ivr-main"].split(".")[0] + ".", speech_level(ivr))
    speakers: dict[str, dict[str, list[Clip]]] = {"allison": {
        "open": [opening], "hello": [prompt("hello")],
        "lines": [prompt(n) for n in ALLISON_LINES if (ASTERISK / f"{n}.wav").is_file()],
        "short": [prompt(n) for n in ALLISON_SHORT]}}
    recordings = {
        "librivox": np.concatenate([sox_load(p) for p in sorted(
            (SPHINX / "librivox").glob("*.wav"))]),
        "cards": np.concatenate([sox_load(p) for p in sorted((SPHINX / "cards").glob("*.wav"))]),
        "ve9qrp": sox_load(CODEC2 / "wav/ve9qrp.wav"),
        "vk5qi": sox_load(CODEC2 / "wav/vk5qi.wav"),
        "g3plx": sox_load(CODEC2 / "raw/g3plx.raw", 8000),
        "an4": np.concatenate([sox_load(SPHINX / f"{n}.raw", 16000)
                               for n in ("goforward", "numbers", "something")]),
    }
    for name, audio in recordings.items():
        utts, short = pieces(audio, f"{name}", rng)
        speakers[name] = {"lines": utts, "short": short or utts[:1]}
    for name, (voice, lines) in (("kal", C11_AGENT), ("slt", C12_AGENT)):
        clips = festival(voice, lines, tmp)
        speakers[name] = {"open": clips[:1], "lines": clips[1:], "short": []}
    return speakers


class Mixer:
    """Places clips on one channel and keeps the truth."""

    def __init__(self, rng: np.random.Generator) -> None:
        self.rng = rng
        self.placed: list[tuple[float, np.ndarray, str, str, Clip]] = []

    def put(self, t: float, clip: Clip, label: str, role: str) -> float:
        self.placed.append((t, clip.audio, label, role, clip))
        return t + len(clip.audio) / RATE

    def render(self, gains_db: dict[str, float], noise_db: float) -> tuple[np.ndarray, list]:
        end = max(t + len(a) / RATE for t, a, *_ in self.placed) + 0.6
        out = np.zeros(int(end * RATE), np.float32)
        turns = []
        for t, audio, label, role, clip in self.placed:
            rms = np.sqrt(np.mean(audio ** 2)) + 1e-9
            scaled = audio / rms * 10 ** (gains_db[label] / 20)
            a = int(round(t * RATE))
            out[a:a + len(scaled)] += scaled
            for s, e in speech_runs(audio, PAUSE_S, clip.level_db):
                turns.append({"speaker": label, "role": role, "start": round(t + s / RATE, 3),
                              "end": round(t + e / RATE, 3), "source": clip.source,
                              "text": clip.text})
        out += self.rng.normal(0, 10 ** (noise_db / 20), len(out)).astype(np.float32)
        turns.sort(key=lambda x: (x["start"], x["end"]))
        return out, turns


def build_call(spec: CallSpec, speakers: dict[str, dict[str, list[Clip]]]) -> tuple[
        np.ndarray, dict]:
    rng = np.random.default_rng(spec.seed)
    mix = Mixer(rng)
    agent, customer = speakers[spec.agent], speakers[spec.customer]

    def pick(pool: list[Clip]) -> Clip:
        return pool[int(rng.integers(len(pool)))]

    t = float(rng.uniform(0.4, 1.2))
    if spec.customer_first:
        t = mix.put(t, pick(customer["lines"]), spec.customer, "customer") + rng.uniform(0.4, 0.9)
    if spec.agent == "allison":
        opening = [agent[k][0] for k in spec.opening]
    else:
        opening = agent.get("open") or [pick(agent["lines"])]
    for clip in opening:
        t = mix.put(t, clip, spec.agent, "agent") + 0.35
    lines = {spec.agent: list(agent["lines"]), spec.customer: list(customer["lines"])}
    talker, current = spec.customer, spec.agent
    agent_label = spec.agent
    for k in range(spec.turns):
        if spec.agent2 and k == spec.turns // 2:  # transfer: hold, then the second agent
            t = mix.put(t, speakers["allison"]["lines"][0], spec.agent, "agent") + 4.0
            agent_label = spec.agent2
            lines[agent_label] = list(speakers[spec.agent2]["lines"])
            talker, current = agent_label, spec.customer
        role = "customer" if talker == spec.customer else "agent"
        if not lines[talker]:  # every line used: they come round again
            lines[talker] = list(speakers[talker]["lines"])
        pool = lines[talker]
        clip = pool.pop(0 if talker in ("kal", "slt") else int(rng.integers(len(pool))))
        start = t
        t = mix.put(t, clip, talker, role)
        if rng.random() < 0.35 and t - start > 2.0:  # the listener back-channels
            shorts = speakers[current]["short"]
            if shorts:
                mix.put(start + (t - start) * rng.uniform(0.4, 0.7), pick(shorts), current,
                        "customer" if current == spec.customer else "agent")
        overlap = rng.random() < 0.3
        t += -rng.uniform(0.2, 0.6) if overlap else rng.uniform(0.2, 0.9)
        current, talker = talker, (spec.customer if talker != spec.customer else agent_label)
    gains = {spec.agent: float(rng.uniform(-21, -17)), spec.customer: float(rng.uniform(-27, -19))}
    if spec.agent2:
        gains[spec.agent2] = float(rng.uniform(-22, -17))
    audio, turns = mix.render(gains, float(rng.uniform(-62, -55)))
    roles = {spec.agent: "agent", spec.customer: "customer"}
    if spec.agent2:
        roles[spec.agent2] = "agent"
    truth = {"name": spec.name, "direction": spec.direction, "layout": "mono",
             "sample_rate": 8000, "encoding": "mu-law" if spec.seed % 2 else "gsm",
             "duration_s": round(len(audio) / RATE, 3),
             "speakers": roles, "first_speaker": turns[0]["speaker"],
             "synthesised": [s for s in roles if s in ("kal", "slt")], "turns": turns}
    return audio, truth


def write_call(audio: np.ndarray, path: Path, encoding: str) -> None:
    peak = float(np.max(np.abs(audio)))
    if peak > 0.99:
        audio = audio * (0.99 / peak)
    block = 4 * 320  # whole GSM 6.10 blocks (320 samples at 8 kHz), an even number of them:
    # FFmpeg reads the RIFF pad byte after an odd-sized data chunk as a packet and fails
    audio = np.pad(audio, (0, -len(audio) % block))
    codec = ["-e", "u-law", "-b", "8"] if encoding == "mu-law" else ["-e", "gsm-full-rate"]
    subprocess.run(["sox", "-D", "-t", "f32", "-r", str(RATE), "-c", "1", "-",
                    "-r", "8000", *codec, str(path), "sinc", "300-3400"],
                   input=audio.astype(np.float32).tobytes(), check=True)


NOTICE = """Mono test calls for speaker diarisation, built by build_diarize_calls.py from:

- Asterisk Core Sounds (Debian asterisk-core-sounds-en-wav), recorded by Allison Smith,
  CC-BY-SA-3.0 (https://creativecommons.org/licenses/by-sa/3.0/).
- CMU pocketsphinx test data (Debian pocketsphinx-testdata): a LibriVox reading of
  "Sense and Sensibility" (public domain) and the "cards" recordings, BSD-2-Clause.
- Codec 2 examples (Debian codec2-examples), Copyright 2007-2019 David Rowe, LGPL-2.1.
- festival voices kal_diphone and cmu_us_slt_arctic_hts (Debian festvox-kallpc16k,
  festvox-us-slt-hts) for the scripted agent lines of c11 and c12.

Changes: cut at pauses, level-adjusted, mixed into one channel with a telephone band-pass
and a noise floor, written as 8 kHz mu-law or GSM 6.10 WAV. The mixes are CC-BY-SA-3.0 where they
contain Asterisk prompts.
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "diarize")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        speakers = load_speakers(Path(tmp), np.random.default_rng(0))
    rows = []
    for spec in CALLS:
        audio, truth = build_call(spec, speakers)
        write_call(audio, args.out / f"{spec.name}.wav", truth["encoding"])
        (args.out / f"{spec.name}.truth.json").write_text(
            json.dumps(truth, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        rows.append({"path": f"{spec.name}.wav", "agent_name": spec.agent_name,
                     "direction": spec.direction, "language": "en", "channel_layout": "mono"})
        print(f"{spec.name}: {truth['duration_s']:.1f} s, {len(truth['turns'])} turns")
    with open(args.out / "manifest.csv", "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    (args.out / "NOTICE").write_text(NOTICE, encoding="utf-8")


if __name__ == "__main__":
    main()
