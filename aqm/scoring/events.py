"""Call events that rule windows can hang on, and the windows themselves.

Events come from segment sentiment (``customer_negative``: a customer segment labelled
negative) and call metrics (raised voice, interruptions). An event whose source is missing
(no sentiment given, no metrics, a mono call) is *unknown*, and a rule that needs it is not
applicable; an event source that is there but found nothing makes the rule not applicable
too (no anger, no empathy needed), with a different reason.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from aqm.errors import InputError
from aqm.scoring.rules import Window
from aqm.types import Transcript

if TYPE_CHECKING:
    from aqm.metrics import CallMetrics

SENTIMENT_LABELS = ("negative", "neutral", "positive")
Interval = tuple[float, float]


@dataclass(frozen=True)
class Event:
    name: str
    start_s: float
    end_s: float
    speaker: str
    segment_index: int | None = None
    value: float = 0.0  # dB above median, or overlap seconds


class CallEvents:
    """The events of one call, by name; ``None`` for a name whose source is missing."""

    def __init__(self, transcript: Transcript, metrics: CallMetrics | None,
                 sentiment: Sequence[str | None] | None) -> None:
        self.by_name: dict[str, tuple[Event, ...] | None] = {}
        negative: tuple[Event, ...] | None = None
        if sentiment is not None:
            if len(sentiment) != len(transcript.segments):
                raise InputError(f"segment_sentiment has {len(sentiment)} labels for "
                                 f"{len(transcript.segments)} segments")
            bad = {s for s in sentiment if s is not None and s not in SENTIMENT_LABELS}
            if bad:
                raise InputError(f"unknown sentiment labels {sorted(bad)}; "
                                 f"expected {', '.join(SENTIMENT_LABELS)}")
            pairs = enumerate(zip(transcript.segments, sentiment, strict=True))
            negative = tuple(Event("customer_negative", s.start_s, s.end_s, s.speaker, i)
                             for i, (s, label) in pairs
                             if label == "negative" and s.speaker == "customer")
        self.by_name["customer_negative"] = negative
        separated = metrics is not None and metrics.speaker_separated
        for who in ("customer", "agent"):
            self.by_name[f"{who}_raised_voice"] = None if not separated or metrics is None \
                else tuple(Event(f"{who}_raised_voice", r.start_s, r.end_s, r.speaker,
                                 value=r.above_median_db)
                           for r in metrics.raised_voice if r.speaker == who)
            self.by_name[f"{who}_interruption"] = None if not separated or metrics is None \
                else tuple(Event(f"{who}_interruption", i.start_s,
                                 round(i.start_s + i.overlap_s, 3), i.speaker,
                                 value=i.overlap_s)
                           for i in metrics.interruptions
                           if i.speaker == who and i.interrupted != who)
        loud = self.by_name["customer_raised_voice"]
        if negative is None and loud is None:
            self.by_name["customer_anger"] = None
        else:
            both = (negative or ()) + (loud or ())
            self.by_name["customer_anger"] = tuple(
                Event("customer_anger", e.start_s, e.end_s, e.speaker, e.segment_index,
                      e.value) for e in sorted(both, key=lambda e: (e.start_s, e.end_s)))

    def get(self, name: str) -> tuple[Event, ...] | None:
        return self.by_name.get(name)


@dataclass(frozen=True)
class Scope:
    """Where a rule looks: time intervals (None: the whole call), or why it cannot look."""

    intervals: tuple[Interval, ...] | None
    reason: str = ""  # set when the rule is not applicable
    events: tuple[Event, ...] = ()

    @property
    def applicable(self) -> bool:
        return not self.reason

    @staticmethod
    def _in_window(start_s: float, end_s: float, window: Window, bounds: Interval) -> bool:
        first, last = bounds
        if window.first_s is not None and start_s > first + window.first_s:
            return False
        return window.last_s is None or end_s >= last - window.last_s

    def contains(self, start_s: float, end_s: float, window: Window, bounds: Interval) -> bool:
        """Does a match at [start_s, end_s] count?"""
        if not self._in_window(start_s, end_s, window, bounds):
            return False
        if self.intervals is None:
            return True
        return any(a <= start_s <= b for a, b in self.intervals)

    def overlaps(self, start_s: float, end_s: float, window: Window, bounds: Interval) -> bool:
        """Could a match inside [start_s, end_s] count? (to skip segments early)"""
        if not self._in_window(start_s, end_s, window, bounds):
            return False
        if self.intervals is None:
            return True
        return any(start_s <= b and a <= end_s for a, b in self.intervals)


def scope(window: Window, events: CallEvents) -> Scope:
    """The intervals a window covers, given the call's events."""
    if window.after is None:
        return Scope(None)
    after = window.after
    found = events.get(after.event)
    if found is None:
        source = "segment sentiment" if after.event == "customer_negative" else \
            "speaker-separated metrics" if "interruption" in after.event or \
            after.event.endswith("raised_voice") else "sentiment or metrics"
        return Scope((), reason=f"{after.event} unknown (needs {source})")
    if not found:
        return Scope((), reason=f"no {after.event} in the call")
    chosen = found[:1] if after.occurrence == "first" else \
        found[-1:] if after.occurrence == "last" else found
    return Scope(tuple((e.start_s, round((e.start_s if after.counted_from == "start" else e.end_s)
                                         + after.within_s, 3)) for e in chosen),
                 events=chosen)
