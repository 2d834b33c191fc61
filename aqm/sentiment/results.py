"""What the sentiment stage finds about a call: frozen records, flattened for the store and
the export. Times are seconds from the start of the call; polarity is P(positive) minus
P(negative), in [-1, 1]."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Literal

from aqm.types import Lineage, Speaker

Label = Literal["negative", "neutral", "positive"]
Trend = Literal["improved", "worsened", "unchanged"]
MomentKind = Literal["anger", "frustration"]


@dataclass(frozen=True)
class SegmentSentiment:
    """One transcript segment (``index`` into ``Transcript.segments``)."""

    index: int
    speaker: Speaker
    label: Label
    polarity: float
    start_s: float
    end_s: float

    def to_dict(self) -> dict[str, Any]:
        """Each exported segment's ``sentiment`` field."""
        return {"label": self.label, "polarity": self.polarity}


@dataclass(frozen=True)
class Window:
    """A speaker's start or end: talk-weighted mean polarity of its segments."""

    label: Label
    polarity: float
    start_s: float
    end_s: float
    segments: tuple[int, ...]  # segment indices

    def to_dict(self) -> dict[str, Any]:
        return {"label": self.label, "polarity": self.polarity, "start_s": self.start_s,
                "end_s": self.end_s, "segments": list(self.segments)}


@dataclass(frozen=True)
class SpeakerSentiment:
    """One speaker's sentiment over the call."""

    speaker: Speaker
    segment_count: int
    talk_s: float  # summed segment durations
    polarity: float  # talk-weighted mean over the whole call
    label: Label
    start: Window  # first ``edge_fraction`` of this speaker's talk
    end: Window  # last ``edge_fraction``
    trend: Trend
    change: float  # end minus start polarity
    most_negative: SegmentSentiment | None  # lowest-polarity negative segment, if any

    def to_dict(self) -> dict[str, Any]:
        worst = self.most_negative
        return {"segments": self.segment_count, "talk_s": self.talk_s,
                "polarity": self.polarity, "label": self.label,
                "start": self.start.to_dict(), "end": self.end.to_dict(),
                "trend": self.trend, "change": self.change,
                "most_negative": None if worst is None else {
                    "segment": worst.index, "start_s": worst.start_s, "end_s": worst.end_s,
                    "polarity": worst.polarity}}


@dataclass(frozen=True)
class Moment:
    """A strongly negative segment: ``anger`` when the speaker's voice was raised during it
    (call metrics), ``frustration`` otherwise."""

    kind: MomentKind
    speaker: Speaker
    segment: int
    start_s: float
    end_s: float
    polarity: float
    raised_voice_db: float | None  # loudest overlapping raised-voice moment, above median


@dataclass(frozen=True)
class SentimentRow:
    """One flat row for the store. ``kind``: segment, start, end, call (speaker's whole call),
    trend (``label`` improved/worsened/unchanged, ``value`` the change), most_negative,
    anger, frustration, customer_ended_negative (``value`` 1 or 0)."""

    kind: str
    speaker: Speaker | None
    segment: int | None
    label: str | None
    value: float
    start_s: float | None = None
    end_s: float | None = None


@dataclass(frozen=True)
class CallSentiment:
    """Sentiment of one call: per segment, per speaker, and the call flags."""

    segments: tuple[SegmentSentiment, ...]  # in transcript order, one per segment
    speakers: tuple[SpeakerSentiment, ...]  # in order of first appearance
    customer_ended_negative: bool | None  # None: no customer side (mono, or silent)
    moments: tuple[Moment, ...]
    voice_checked: bool  # call metrics were given: anger could be told from frustration
    lineage: Lineage
    data_sha256: str | None  # training data of the model, when known
    embedder: tuple[str, str] | None  # (name, sha256), built-in model only

    def speaker(self, role: Speaker) -> SpeakerSentiment | None:
        return next((s for s in self.speakers if s.speaker == role), None)

    def segment_dicts(self) -> list[dict[str, Any]]:
        """The ``sentiment`` field of each exported segment, in transcript order."""
        return [s.to_dict() for s in self.segments]

    def to_dict(self) -> dict[str, Any]:
        """The export's call-level ``sentiment`` field (plain JSON types)."""
        lin = self.lineage
        return {
            "speakers": {s.speaker: s.to_dict() for s in self.speakers},
            "customer_ended_negative": self.customer_ended_negative,
            "moments": [{"kind": m.kind, "speaker": m.speaker, "segment": m.segment,
                         "start_s": m.start_s, "end_s": m.end_s, "polarity": m.polarity,
                         "raised_voice_db": m.raised_voice_db} for m in self.moments],
            "voice_checked": self.voice_checked,
            "lineage": {"stage": lin.stage, "backend": lin.backend, "model": lin.model_name,
                        "model_sha256": lin.model_sha256, "data_sha256": self.data_sha256,
                        "embedder": None if self.embedder is None else self.embedder[0],
                        "embedder_sha256": None if self.embedder is None else self.embedder[1],
                        "options": json.loads(lin.options_json),
                        "options_hash": lin.options_hash, "aqm_version": lin.aqm_version},
        }

    def to_rows(self) -> list[SentimentRow]:
        """Flat rows for a store table: segments, then speaker summaries, then events."""
        rows = [SentimentRow("segment", s.speaker, s.index, s.label, s.polarity, s.start_s,
                             s.end_s) for s in self.segments]
        for sp in self.speakers:
            rows.append(SentimentRow("call", sp.speaker, None, sp.label, sp.polarity))
            for kind, w in (("start", sp.start), ("end", sp.end)):
                rows.append(SentimentRow(kind, sp.speaker, None, w.label, w.polarity,
                                         w.start_s, w.end_s))
            rows.append(SentimentRow("trend", sp.speaker, None, sp.trend, sp.change))
            if sp.most_negative is not None:
                m = sp.most_negative
                rows.append(SentimentRow("most_negative", sp.speaker, m.index, m.label,
                                         m.polarity, m.start_s, m.end_s))
        if self.customer_ended_negative is not None:
            rows.append(SentimentRow("customer_ended_negative", "customer", None, None,
                                     float(self.customer_ended_negative)))
        rows += [SentimentRow(m.kind, m.speaker, m.segment, None, m.polarity, m.start_s,
                              m.end_s) for m in self.moments]
        return rows
