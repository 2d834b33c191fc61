"""What the metrics stage finds about a call: frozen records, flattened for the store and the
export. Times are seconds from the start of the call; levels are dBFS."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from aqm.types import Lineage, Metric, Speaker

Interval = tuple[float, float]


@dataclass(frozen=True)
class Interruption:
    """``speaker`` started speaking while ``interrupted`` was speaking, at ``start_s``, and
    both went on together for ``overlap_s``."""

    speaker: Speaker
    interrupted: Speaker
    start_s: float
    overlap_s: float


@dataclass(frozen=True)
class Hold:
    """A long stretch with no speech on either side; ``music`` when non-speech sound (hold
    music) fills most of it."""

    start_s: float
    end_s: float
    music: bool

    @property
    def duration_s(self) -> float:
        return round(self.end_s - self.start_s, 3)


@dataclass(frozen=True)
class RaisedVoice:
    """A stretch where ``speaker`` was ``above_median_db`` louder than their own median."""

    speaker: Speaker
    start_s: float
    end_s: float
    above_median_db: float


@dataclass(frozen=True)
class Response:
    """The agent started speaking ``latency_s`` after a customer turn ended."""

    customer_end_s: float
    agent_start_s: float

    @property
    def latency_s(self) -> float:
        return round(self.agent_start_s - self.customer_end_s, 3)


@dataclass(frozen=True)
class SpeakerMetrics:
    """One side of a speaker-separated (stereo) call."""

    speaker: Speaker
    channel: int | None
    talk_s: float
    turn_count: int  # speech runs (pauses under ``vad_min_silence_ms`` do not split)
    interruption_count: int  # times this side started speaking over the other
    word_count: int | None  # None without a transcript
    speaking_rate_wpm: float | None  # words per minute of this side's talk
    rms_dbfs: float | None  # active speech level; None when this side never speaks
    peak_dbfs: float | None  # loudest sample of the channel; None for digital silence
    clipping_ratio: float  # share of the channel's samples at full scale
    raised_voice_count: int


@dataclass(frozen=True)
class CallMetrics:
    """Talk, silence, overtalk and voice metrics of one call.

    Silences and holds are gaps between the first and the last speech of the call; the
    ringing before and the quiet after are only in ``non_talk_s``. Holds are not silences.
    On a mono call (``speaker_separated`` False) the fields that need two sides are None or
    empty and ``speakers`` is empty.
    """

    duration_s: float
    speaker_separated: bool
    talk_s: float  # either side speaking
    non_talk_s: float
    talk_ratio: float | None  # agent's share of agent + customer talk
    longest_silence_s: float  # longest gap between speech that is not a hold
    silences: tuple[Interval, ...]  # gaps longer than ``silence_threshold_s``
    overtalk_s: float | None
    overtalk_count: int | None
    overtalks: tuple[Interval, ...]
    interruptions: tuple[Interruption, ...]
    responses: tuple[Response, ...]  # agent answers to customer turns
    response_latency_mean_s: float | None
    response_latency_max_s: float | None
    holds: tuple[Hold, ...]
    hold_s: float
    speaking_rate_wpm: float | None  # all words over all talk; None without a transcript
    rms_dbfs: float | None
    peak_dbfs: float | None
    clipping_ratio: float
    raised_voice: tuple[RaisedVoice, ...]
    speakers: tuple[SpeakerMetrics, ...]
    lineage: Lineage

    def speaker(self, role: Speaker) -> SpeakerMetrics | None:
        return next((s for s in self.speakers if s.speaker == role), None)

    def to_dict(self) -> dict[str, Any]:
        """The export's ``metrics`` field (plain JSON types)."""
        return {
            "duration_s": self.duration_s, "speaker_separated": self.speaker_separated,
            "talk_s": self.talk_s, "non_talk_s": self.non_talk_s, "talk_ratio": self.talk_ratio,
            "longest_silence_s": self.longest_silence_s,
            "silences": [list(s) for s in self.silences],
            "overtalk_s": self.overtalk_s, "overtalk_count": self.overtalk_count,
            "overtalks": [list(s) for s in self.overtalks],
            "interruptions": [{"speaker": i.speaker, "interrupted": i.interrupted,
                               "start_s": i.start_s, "overlap_s": i.overlap_s}
                              for i in self.interruptions],
            "response_latency_mean_s": self.response_latency_mean_s,
            "response_latency_max_s": self.response_latency_max_s,
            "responses": [{"customer_end_s": r.customer_end_s, "agent_start_s": r.agent_start_s,
                           "latency_s": r.latency_s} for r in self.responses],
            "holds": [{"start_s": h.start_s, "end_s": h.end_s, "music": h.music}
                      for h in self.holds],
            "hold_s": self.hold_s, "speaking_rate_wpm": self.speaking_rate_wpm,
            "rms_dbfs": self.rms_dbfs, "peak_dbfs": self.peak_dbfs,
            "clipping_ratio": self.clipping_ratio,
            "raised_voice": [{"speaker": r.speaker, "start_s": r.start_s, "end_s": r.end_s,
                              "above_median_db": r.above_median_db} for r in self.raised_voice],
            "speakers": {s.speaker: {
                "channel": s.channel, "talk_s": s.talk_s, "turn_count": s.turn_count,
                "interruption_count": s.interruption_count, "word_count": s.word_count,
                "speaking_rate_wpm": s.speaking_rate_wpm, "rms_dbfs": s.rms_dbfs,
                "peak_dbfs": s.peak_dbfs, "clipping_ratio": s.clipping_ratio,
                "raised_voice_count": s.raised_voice_count,
            } for s in self.speakers},
            "lineage": {"stage": self.lineage.stage, "vad": self.lineage.backend,
                        "vad_model": self.lineage.model_name,
                        "vad_model_sha256": self.lineage.model_sha256,
                        "options": json.loads(self.lineage.options_json),
                        "options_hash": self.lineage.options_hash,
                        "aqm_version": self.lineage.aqm_version},
        }

    def to_rows(self) -> list[Metric]:
        """Flat rows for the store: call values (speaker None), speaker values, then events
        with their times. Values that do not apply (None) are left out."""
        rows: list[Metric] = []

        def add(name: str, speaker: Speaker | None, value: float | None, unit: str) -> None:
            if value is not None:
                rows.append(Metric(name, speaker, float(value), unit))

        for name, value, unit in (
            ("duration_s", self.duration_s, "s"), ("talk_s", self.talk_s, "s"),
            ("non_talk_s", self.non_talk_s, "s"), ("talk_ratio", self.talk_ratio, "ratio"),
            ("longest_silence_s", self.longest_silence_s, "s"),
            ("silence_count", len(self.silences), "count"),
            ("overtalk_s", self.overtalk_s, "s"), ("overtalk_count", self.overtalk_count, "count"),
            ("interruption_count",
             len(self.interruptions) if self.speaker_separated else None, "count"),
            ("response_latency_mean_s", self.response_latency_mean_s, "s"),
            ("response_latency_max_s", self.response_latency_max_s, "s"),
            ("hold_count", len(self.holds), "count"), ("hold_s", self.hold_s, "s"),
            ("speaking_rate_wpm", self.speaking_rate_wpm, "wpm"),
            ("rms_dbfs", self.rms_dbfs, "dBFS"), ("peak_dbfs", self.peak_dbfs, "dBFS"),
            ("clipping_ratio", self.clipping_ratio, "ratio"),
            ("raised_voice_count", len(self.raised_voice), "count"),
        ):
            add(name, None, value, unit)
        for s in self.speakers:
            for name, value, unit in (
                ("talk_s", s.talk_s, "s"), ("turn_count", s.turn_count, "count"),
                ("interruption_count", s.interruption_count, "count"),
                ("word_count", s.word_count, "count"),
                ("speaking_rate_wpm", s.speaking_rate_wpm, "wpm"),
                ("rms_dbfs", s.rms_dbfs, "dBFS"), ("peak_dbfs", s.peak_dbfs, "dBFS"),
                ("clipping_ratio", s.clipping_ratio, "ratio"),
                ("raised_voice_count", s.raised_voice_count, "count"),
            ):
                add(name, s.speaker, value, unit)
        events: list[Metric] = []
        events += [Metric("silence", None, round(e - s, 3), "s", s, e) for s, e in self.silences]
        events += [Metric("overtalk", None, round(e - s, 3), "s", s, e)
                   for s, e in self.overtalks]
        events += [Metric("hold_music" if h.music else "hold", None, h.duration_s, "s",
                          h.start_s, h.end_s) for h in self.holds]
        events += [Metric("interruption", i.speaker, i.overlap_s, "s", i.start_s,
                          round(i.start_s + i.overlap_s, 3)) for i in self.interruptions]
        events += [Metric("response_latency", "agent", r.latency_s, "s", r.customer_end_s,
                          r.agent_start_s) for r in self.responses]
        events += [Metric("raised_voice", r.speaker, r.above_median_db, "dB", r.start_s, r.end_s)
                   for r in self.raised_voice]
        events.sort(key=lambda m: (m.start_s or 0.0, m.name))
        return rows + events
