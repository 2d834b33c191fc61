"""Call metrics against calls whose truth is known by construction.

Real speech clips (``tests/data/metrics_clips``, cut to their speech bounds) are placed on the
agent and customer channels at chosen times, with chosen gaps, overlaps, holds (with sox-made
hold music) and a raised-voice turn, over a low noise floor (and line echo in two calls),
rendered as stereo 8 kHz mu-law WAV with PyAV and decoded by ``aqm.ingest.audio.load_audio``.
Metrics run without a transcript (no ASR), except for the speaking-rate test (tiny.en).
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from pathlib import Path

import av
import numpy as np
import pytest

from aqm.errors import InputError
from aqm.ingest.audio import load_audio
from aqm.metrics import CallMetrics, MetricsOptions, compute_metrics
from aqm.metrics.options import vad_identity
from aqm.types import CallMetadata, Speaker

CLIPS = Path(__file__).parent / "data" / "metrics_clips"
RATE = 8000
TOL_S = 0.25  # talk, silence and overtalk: seconds of error allowed per call
OPTIONS = MetricsOptions()
AGENT_CLIPS = {  # short name: (file, words)
    "hold": ("agent-pls-hold-while-try", "please hold while we try to connect you"),
    "transfer": ("agent-transfer", "please hold while i try that extension"),
    "check": ("agent-check-number-dial-again", "please check the number and dial again"),
    "confno": ("agent-conf-getconfno",
               "please enter your conference number followed by the pound key"),
    "fwd": ("agent-vm-msgforwarded", "your message has been successfully forwarded"),
    "weasels": ("agent-tt-weasels", "weasels have eaten our phone system"),
    "moment": ("agent-one-moment-please", "one moment please"),
    "thanks": ("agent-auth-thankyou", "thank you"),
}
CUSTOMER_CLIPS = {
    "ten": ("customer-cards-001", "ten of clubs"),
    "four": ("customer-cards-002", "four queen of clubs"),
    "seven": ("customer-cards-003", "seven of clubs"),
    "five": ("customer-cards-004", "five five"),
    "eight": ("customer-cards-005", "eight of spades four of clubs seven of hearts"),
    "l0880": ("customer-librivox-0880", "he was not an ill disposed young man"),
    "l0890": ("customer-librivox-0890",
              "unless to be rather cold hearted and rather selfish is to be ill disposed"),
    "l0930": ("customer-librivox-0930", "he might even have been made amiable himself"),
}


@dataclass(frozen=True)
class Turn:
    side: str  # agent | customer
    clip: str
    gap_s: float  # after the end of the call's speech so far (negative: overlap)
    gain_db: float = 0.0
    music_before: bool = False  # hold music on the agent side in the gap before this turn


def A(clip: str, gap_s: float = 0.0, gain_db: float = 0.0,  # noqa: N802
      music_before: bool = False) -> Turn:
    return Turn("agent", clip, gap_s, gain_db, music_before)


def C(clip: str, gap_s: float = 0.0, gain_db: float = 0.0) -> Turn:  # noqa: N802
    return Turn("customer", clip, gap_s, gain_db)


@dataclass(frozen=True)
class Spec:
    name: str
    turns: tuple[Turn, ...]
    echo_db: float | None = None  # each side leaks into the other this much, 30 ms late
    noise_dbfs: float = -66.0
    agent_right: bool = False
    level_db: float = 0.0  # gain on all speech (clips are at -24 dBFS active level)


@dataclass(frozen=True)
class Truth:
    agent: list[tuple[float, float]]
    customer: list[tuple[float, float]]
    holds: list[tuple[float, float, bool]]
    raised: list[tuple[str, float, float]]
    words: dict[str, int]


SPECS = [
    Spec("alternating", (A("hold"), C("l0880", 0.6), A("transfer", 0.8), C("four", 1.0),
                         A("check", 0.5), C("l0930", 0.7), A("fwd", 1.2), C("eight", 0.9),
                         A("thanks", 0.6))),
    Spec("silences", (A("confno"), C("l0890", 0.7), A("moment", 6.5), C("five", 0.8),
                      A("transfer", 3.5), C("four", 8.0), A("thanks", 0.6))),
    Spec("customer_interrupts", (A("weasels"), C("l0880", -1.0), A("check", 0.8),
                                 C("eight", 0.6), A("confno", 0.7), C("four", -1.2),
                                 A("thanks", 0.9))),
    Spec("agent_interrupts", (C("l0890"), A("moment", -1.5), C("seven", 0.8),
                              A("transfer", 0.6), C("l0930", 0.9), A("check", -1.0),
                              C("ten", 0.7), A("thanks", 0.5))),
    Spec("short_overlaps", (A("fwd"), C("l0930", -0.45), A("hold", 0.8), C("eight", -0.45),
                            A("weasels", 0.9), C("four", 0.6))),
    Spec("hold_music", (A("check"), C("l0880", 0.7), A("hold", 0.6), C("five", 0.5),
                        A("fwd", 26.0, music_before=True), C("eight", 0.8), A("thanks", 0.6))),
    Spec("hold_silent", (A("transfer"), C("l0930", 0.8), A("moment", 0.7), C("seven", 0.6),
                         A("fwd", 24.0), C("four", 0.9), A("thanks", 0.5))),
    Spec("short_music_hold", (A("hold"), C("l0880", 0.6), A("moment", 0.5),
                              A("confno", 12.0, music_before=True), C("l0890", 0.8),
                              A("check", 0.7), C("eight", 12.0), A("thanks", 0.6))),
    Spec("raised_voice", (A("hold"), C("l0890", 0.6), A("transfer", 0.7),
                          C("eight", 0.8, gain_db=10.0), A("check", 0.6), C("l0930", 0.7),
                          A("fwd", 0.8), C("l0880", 0.9), A("moment", 0.6), C("four", 0.6)),
         level_db=-10.0),
    Spec("fast_exchange", (A("moment"), C("five", 0.3), A("thanks", 0.35), C("ten", 0.4),
                           A("check", 0.3), C("seven", 0.25), A("transfer", 0.45),
                           C("four", 0.3))),
    Spec("echo_interrupts", (A("weasels"), C("l0880", -1.0), A("check", 0.8), C("eight", 0.6),
                             A("confno", 6.0), C("four", -1.2), A("thanks", 0.9)),
         echo_db=-30.0, noise_dbfs=-60.0),
    Spec("echo_hold", (A("check"), C("l0880", 0.7), A("hold", 0.6),
                       A("fwd", 22.0, music_before=True), C("eight", 0.8), A("thanks", 0.6)),
         echo_db=-30.0, noise_dbfs=-60.0),
    Spec("agent_right", (C("l0930"), A("transfer", 0.7), C("l0890", 5.5), A("check", -1.0),
                         C("four", 0.8), A("thanks", 0.4)), agent_right=True),
]


@functools.cache
def read_clip(name: str) -> np.ndarray:
    """A clip (or the hold music) as 8 kHz float64 samples."""
    with av.open(str(CLIPS / f"{name}.wav")) as container:
        resampler = av.AudioResampler(format="flt", layout="mono", rate=RATE)
        parts = [f.to_ndarray()[0] for frame in container.decode(audio=0)
                 for f in resampler.resample(frame)]
        parts += [f.to_ndarray()[0] for f in resampler.resample(None)]
    return np.concatenate(parts).astype(np.float64)


def clip_of(turn: Turn) -> tuple[str, str]:
    return (AGENT_CLIPS if turn.side == "agent" else CUSTOMER_CLIPS)[turn.clip]


def write_wav(path: Path, samples: np.ndarray) -> None:
    """(channels, n) float samples → 8 kHz mu-law WAV."""
    layout = "stereo" if samples.shape[0] == 2 else "mono"
    with av.open(str(path), "w", format="wav") as out:
        stream = out.add_stream("pcm_mulaw", rate=RATE, layout=layout)
        frame = av.AudioFrame.from_ndarray(np.ascontiguousarray(samples, dtype=np.float32),
                                           format="fltp", layout=layout)
        frame.sample_rate = RATE
        for packet in [*stream.encode(frame), *stream.encode(None)]:
            out.mux(packet)


def build(spec: Spec, path: Path, mono: bool = False) -> Truth:
    """Render ``spec`` to ``path``; return where each side speaks, holds and raised turns."""
    placed: list[tuple[Turn, float, np.ndarray]] = []
    now, last_end = 1.0, {"agent": -9.0, "customer": -9.0}
    holds, raised, words = [], [], {"agent": 0, "customer": 0}
    for i, turn in enumerate(spec.turns):
        x = read_clip(clip_of(turn)[0]) * 10 ** (turn.gain_db / 20)
        start = round(now + turn.gap_s, 3) if i else now
        assert start >= last_end[turn.side] + 0.5, f"{spec.name}: a side overlaps itself"
        if turn.gap_s >= OPTIONS.hold_threshold_s or turn.music_before:
            holds.append((now, start, turn.music_before))
        if turn.gain_db > 0:
            raised.append((turn.side, start, start + len(x) / RATE))
        placed.append((turn, start, x))
        words[turn.side] += len(clip_of(turn)[1].split())
        last_end[turn.side] = start + len(x) / RATE
        now = max(now, last_end[turn.side])
    y = np.zeros((2, int(round((now + 1.5) * RATE))))
    for turn, start, x in placed:
        i = int(round(start * RATE))
        y[0 if turn.side == "agent" else 1, i:i + len(x)] += x
    music = read_clip("hold-music")
    for start, end, with_music in holds:
        if with_music:
            i, j = int(round((start + 1.0) * RATE)), int(round((end - 1.0) * RATE))
            y[0, i:j] += np.tile(music, (j - i) // len(music) + 1)[:j - i]
    if spec.echo_db is not None:
        lag, gain = int(0.03 * RATE), 10 ** (spec.echo_db / 20)
        y[:, lag:] += gain * y[::-1, :-lag]
    y *= 10 ** (spec.level_db / 20)
    y += np.random.default_rng(7).standard_normal(y.shape) * 10 ** (spec.noise_dbfs / 20)
    if mono:
        y = y.sum(axis=0, keepdims=True)
    elif spec.agent_right:
        y = y[::-1]
    write_wav(path, np.clip(y, -1.0, 1.0))
    side = {s: [(st, st + len(x) / RATE) for t, st, x in placed if t.side == s]
            for s in ("agent", "customer")}
    return Truth(side["agent"], side["customer"], holds, raised, words)


def union(intervals: list[tuple[float, float]]) -> list[tuple[float, float]]:
    out: list[tuple[float, float]] = []
    for s, e in sorted(intervals):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(e, out[-1][1]))
        else:
            out.append((s, e))
    return out


def length(intervals: list[tuple[float, float]]) -> float:
    return sum(e - s for s, e in intervals)


@dataclass(frozen=True)
class Expected:
    agent: float
    customer: float
    talk: float
    overtalk: float
    overtalk_count: int
    interruptions: list[tuple[str, float]]
    silences: list[tuple[float, float]]
    longest_silence: float


def expected(truth: Truth) -> Expected:
    """The metrics by their definitions, on the truth intervals."""
    both = [(max(a0, c0), min(a1, c1)) for a0, a1 in truth.agent for c0, c1 in truth.customer
            if min(a1, c1) - max(a0, c0) >= OPTIONS.overtalk_min_s]
    interruptions = []
    for side, mine, theirs in (("agent", truth.agent, truth.customer),
                               ("customer", truth.customer, truth.agent)):
        for s, e in mine:
            for ts, te in theirs:
                if ts < s < te and min(e, te) - s >= OPTIONS.interruption_min_s:
                    interruptions.append((side, round(s, 3)))
    spoken = union(truth.agent + truth.customer)
    gaps = [(a[1], b[0]) for a, b in zip(spoken[:-1], spoken[1:], strict=True)]
    hold_starts = {round(h[0], 2) for h in truth.holds}
    plain = [g for g in gaps if round(g[0], 2) not in hold_starts]
    return Expected(
        agent=length(truth.agent), customer=length(truth.customer), talk=length(spoken),
        overtalk=length(both), overtalk_count=len(both),
        interruptions=sorted(interruptions, key=lambda x: x[1]),
        silences=[g for g in plain if g[1] - g[0] > OPTIONS.silence_threshold_s],
        longest_silence=max((e - s for s, e in plain), default=0.0),
    )


@pytest.fixture(scope="module")
def measured(tmp_path_factory: pytest.TempPathFactory
             ) -> dict[str, tuple[Spec, Truth, CallMetrics]]:
    folder = tmp_path_factory.mktemp("metrics_calls")
    out = {}
    for spec in SPECS:
        path = folder / f"{spec.name}.wav"
        truth = build(spec, path)
        layout = "agent=right" if spec.agent_right else "agent=left"
        out[spec.name] = (spec, truth, compute_metrics(load_audio(path), None, layout, OPTIONS))
    return out


def errors(truth: Truth, m: CallMetrics) -> dict[str, float]:
    want = expected(truth)
    agent, customer = m.speaker("agent"), m.speaker("customer")
    assert agent is not None and customer is not None
    return {
        "agent_talk": agent.talk_s - want.agent,
        "customer_talk": customer.talk_s - want.customer,
        "talk": m.talk_s - want.talk,
        "overtalk": (m.overtalk_s or 0.0) - want.overtalk,
        "silence": length(list(m.silences)) - length(want.silences),
        "longest_silence": m.longest_silence_s - want.longest_silence,
    }


@pytest.mark.parametrize("name", [s.name for s in SPECS])
def test_talk_silence_overtalk_match_truth(measured: dict[str, tuple[Spec, Truth, CallMetrics]],
                                           name: str) -> None:
    _, truth, m = measured[name]
    for key, err in errors(truth, m).items():
        assert abs(err) <= TOL_S, f"{name}: {key} off by {err:+.3f} s"
    want = expected(truth)
    assert m.overtalk_count == want.overtalk_count
    assert len(m.silences) == len(want.silences)
    for (s, e), (ts, te) in zip(m.silences, want.silences, strict=True):
        assert abs(s - ts) <= TOL_S and abs(e - te) <= TOL_S
    got = [(i.speaker, i.start_s) for i in m.interruptions]
    assert [g[0] for g in got] == [w[0] for w in want.interruptions]
    for (_, s), (_, ts) in zip(got, want.interruptions, strict=True):
        assert abs(s - ts) <= TOL_S


@pytest.mark.parametrize("name", [s.name for s in SPECS])
def test_holds_found(measured: dict[str, tuple[Spec, Truth, CallMetrics]], name: str) -> None:
    _, truth, m = measured[name]
    assert len(m.holds) == len(truth.holds)
    for hold, (start, end, music) in zip(m.holds, truth.holds, strict=True):
        assert abs(hold.start_s - start) <= TOL_S and abs(hold.end_s - end) <= TOL_S
        assert hold.music == music
    assert m.hold_s == pytest.approx(sum(e - s for s, e, _ in truth.holds), abs=2 * TOL_S)


def test_raised_voice_found_only_where_raised(
        measured: dict[str, tuple[Spec, Truth, CallMetrics]]) -> None:
    for name, (_, truth, m) in measured.items():
        if name == "raised_voice":
            assert len(m.raised_voice) == 1
            side, start, end = truth.raised[0]
            got = m.raised_voice[0]
            assert got.speaker == side and got.above_median_db >= OPTIONS.raised_voice_db
            assert abs(got.start_s - start) <= 0.5 and abs(got.end_s - end) <= 0.5
        else:
            assert m.raised_voice == (), name


def test_response_latency(measured: dict[str, tuple[Spec, Truth, CallMetrics]]) -> None:
    _, truth, m = measured["fast_exchange"]
    want = [a0 - c1 for c0, c1 in truth.customer for a0, _ in truth.agent
            if 0 < a0 - c1 < 1.0]
    assert len(m.responses) == len(want)
    assert m.response_latency_mean_s == pytest.approx(np.mean(want), abs=0.1)
    assert m.response_latency_max_s == pytest.approx(max(want), abs=0.1)
    _, _, hold = measured["hold_silent"]  # the agent's return from hold is not a response
    assert all(r.latency_s < OPTIONS.hold_threshold_s for r in hold.responses)


def test_agent_right_roles(measured: dict[str, tuple[Spec, Truth, CallMetrics]]) -> None:
    _, truth, m = measured["agent_right"]
    agent = m.speaker("agent")
    assert agent is not None and agent.channel == 1
    assert m.talk_ratio == pytest.approx(
        length(truth.agent) / (length(truth.agent) + length(truth.customer)), abs=0.02)
    assert [i.speaker for i in m.interruptions] == ["agent"]


def test_invariants(measured: dict[str, tuple[Spec, Truth, CallMetrics]]) -> None:
    for name, (_, _, m) in measured.items():
        assert m.talk_s + m.non_talk_s == pytest.approx(m.duration_s, abs=0.011), name
        events = sorted([*m.silences, *((h.start_s, h.end_s) for h in m.holds)])
        for (_, e0), (s1, _) in zip(events[:-1], events[1:], strict=True):
            assert e0 <= s1, name
        assert all(0 <= s < e <= m.duration_s for s, e in events), name
        assert sum(s.talk_s for s in m.speakers) >= m.talk_s - 1e-6, name
        assert m.clipping_ratio == 0.0 and m.peak_dbfs is not None and m.peak_dbfs < -1.0
        assert m.speaking_rate_wpm is None  # no transcript


def test_measured_errors(measured: dict[str, tuple[Spec, Truth, CallMetrics]],
                         capsys: pytest.CaptureFixture[str]) -> None:
    """Print the error table (always shown) and check the worst case per quantity."""
    table = {name: errors(truth, m) for name, (_, truth, m) in measured.items()}
    keys = list(next(iter(table.values())))
    worst = {k: max(abs(row[k]) for row in table.values()) for k in keys}
    with capsys.disabled():
        print(f"\nmetrics vs truth on {len(table)} calls (seconds, measured - truth)")
        print(f"{'call':22s}" + "".join(f"{k:>16s}" for k in keys))
        for name, row in table.items():
            print(f"{name:22s}" + "".join(f"{row[k]:+16.3f}" for k in keys))
        print(f"{'max abs':22s}" + "".join(f"{worst[k]:16.3f}" for k in keys))
    assert all(v <= TOL_S for v in worst.values())


def test_mono_call_gives_speaker_free_metrics(tmp_path: Path) -> None:
    spec = next(s for s in SPECS if s.name == "silences")
    truth = build(spec, tmp_path / "mono.wav", mono=True)
    m = compute_metrics(load_audio(tmp_path / "mono.wav"), None, "mono")
    want = expected(truth)
    assert not m.speaker_separated and m.speakers == ()
    assert m.talk_ratio is None and m.overtalk_s is None and m.interruptions == ()
    assert m.response_latency_mean_s is None
    assert abs(m.talk_s - want.talk) <= TOL_S
    assert len(m.silences) == len(want.silences) == 2
    assert {r.speaker for r in m.to_rows()} == {None}


def test_silent_call(tmp_path: Path) -> None:
    noise = np.random.default_rng(1).standard_normal((2, 20 * RATE)) * 10 ** (-60 / 20)
    write_wav(tmp_path / "silent.wav", noise)
    m = compute_metrics(load_audio(tmp_path / "silent.wav"), None, "agent=left")
    assert m.talk_s == 0.0 and m.non_talk_s == pytest.approx(20.0, abs=0.01)
    assert m.silences == () and m.holds == () and m.talk_ratio is None
    assert m.rms_dbfs is None and all(s.rms_dbfs is None for s in m.speakers)
    json.dumps(m.to_dict())


def test_clipping_measured(tmp_path: Path) -> None:
    spec = Spec("clipped", (A("hold"), C("eight", 0.6, gain_db=24.0), A("thanks", 0.6)))
    build(spec, tmp_path / "clipped.wav")
    m = compute_metrics(load_audio(tmp_path / "clipped.wav"), None, "agent=left")
    agent, customer = m.speaker("agent"), m.speaker("customer")
    assert agent is not None and customer is not None
    assert agent.clipping_ratio == 0.0 and customer.clipping_ratio > 0.01
    assert customer.peak_dbfs is not None and customer.peak_dbfs > -0.5


def test_rows_dict_and_lineage(measured: dict[str, tuple[Spec, Truth, CallMetrics]]) -> None:
    _, _, m = measured["customer_interrupts"]
    rows = m.to_rows()
    by_name = {(r.name, r.speaker): r for r in rows if r.start_s is None}
    assert by_name[("talk_s", "agent")].unit == "s"
    assert by_name[("talk_ratio", None)].value == m.talk_ratio
    assert by_name[("interruption_count", None)].value == len(m.interruptions) == 2
    events = [(r.name, r.start_s, r.end_s) for r in rows if r.start_s is not None]
    assert [e[0] for e in events].count("interruption") == 2
    assert all(end is not None and start <= end for _, start, end in events)
    d = json.loads(json.dumps(m.to_dict()))
    for key in ("duration_s", "talk_s", "talk_ratio", "non_talk_s", "longest_silence_s",
                "silences", "overtalk_s", "overtalk_count", "interruptions",
                "response_latency_mean_s", "response_latency_max_s", "speaking_rate_wpm",
                "rms_dbfs", "peak_dbfs", "clipping_ratio", "raised_voice", "holds"):
        assert key in d
    assert set(d["speakers"]) == {"agent", "customer"}
    assert d["speakers"]["agent"]["talk_s"] == m.speakers[0].talk_s
    name, digest = vad_identity()
    assert m.lineage.stage == "metrics" and m.lineage.model_sha256 == digest
    assert "silero_vad_v6" in name and "faster-whisper" in name
    assert m.lineage.options_hash == MetricsOptions().options_hash()
    assert MetricsOptions(silence_threshold_s=8.0).options_hash() != m.lineage.options_hash
    assert json.loads(m.lineage.options_json)["silence_threshold_s"] == 5.0


def test_gated_vad_matches_full_vad(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Silero runs only over stretches with sound (plus context): same speech as running it
    over the whole channel."""
    from aqm.metrics import speech

    calls = []
    for spec in (s for s in SPECS if s.name in ("alternating", "short_music_hold", "echo_hold")):
        build(spec, tmp_path / f"{spec.name}.wav")
        calls.append(load_audio(tmp_path / f"{spec.name}.wav"))
    gated = [compute_metrics(d, None, "agent=left") for d in calls]
    gated_vad = speech._vad
    monkeypatch.setattr(speech, "_vad", lambda signal, candidates, options: gated_vad(
        signal, np.ones_like(candidates), options))
    full = [compute_metrics(d, None, "agent=left") for d in calls]
    for g, f in zip(gated, full, strict=True):
        for role in ("agent", "customer"):
            gs, fs = g.speaker(role), f.speaker(role)
            assert gs is not None and fs is not None
            assert abs(gs.talk_s - fs.talk_s) <= 0.05
        assert len(g.silences) == len(f.silences) and len(g.holds) == len(f.holds)


def test_options_are_checked() -> None:
    with pytest.raises(InputError, match="silence_threshold_s"):
        MetricsOptions(silence_threshold_s=-1.0)
    with pytest.raises(InputError, match="vad_threshold"):
        MetricsOptions(vad_threshold=1.5)


def test_speaking_rate_from_tiny_en_words(tmp_path: Path) -> None:
    """Real word timings from faster-whisper tiny.en: speaking rate, and talk still exact."""
    from aqm.transcribe.backends import load_transcriber, plan_lineage
    from aqm.transcribe.base import TranscribeOptions
    from aqm.transcribe.channels import transcribe_call

    spec = next(s for s in SPECS if s.name == "alternating")
    truth = build(spec, tmp_path / "call.wav")
    decoded = load_audio(tmp_path / "call.wav")
    options = TranscribeOptions(model="tiny.en", language="en", cpu_threads=2)
    transcript = transcribe_call(decoded, CallMetadata(channel_layout="agent=left"),
                                 load_transcriber(options), options, plan_lineage(options))
    m = compute_metrics(decoded, transcript, "agent=left")
    sides: tuple[tuple[Speaker, list[tuple[float, float]]], ...] = (
        ("agent", truth.agent), ("customer", truth.customer))
    for side, intervals in sides:
        got = m.speaker(side)
        assert got is not None and got.speaking_rate_wpm is not None
        assert abs(got.talk_s - length(intervals)) <= TOL_S
        want_wpm = truth.words[side] / length(intervals) * 60
        assert got.speaking_rate_wpm == pytest.approx(want_wpm, rel=0.2), side
    assert m.speaking_rate_wpm is not None and 100 < m.speaking_rate_wpm < 260
