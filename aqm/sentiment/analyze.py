"""Sentiment of a call: each segment classified, each speaker summarised, moments found.

Work happens when ``analyze`` is called: one model call per ``batch_size`` segments (the
built-in model embeds each segment's text once; ``benchmarks/sentiment.py`` measures it
beside transcription). Segments with no text are neutral and never reach the model. Nothing
here logs or returns transcript text.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from aqm.metrics import CallMetrics
from aqm.sentiment.classifier import LABELS
from aqm.sentiment.models import SentimentModel, load_sentiment_model
from aqm.sentiment.options import STAGE, SentimentOptions
from aqm.sentiment.results import (
    CallSentiment,
    Label,
    Moment,
    SegmentSentiment,
    SpeakerSentiment,
    Trend,
    Window,
)
from aqm.types import Lineage, Speaker, Transcript

MIN_WEIGHT_S = 0.2  # a segment weighs at least this much in a talk-weighted mean
_LABELS: tuple[Label, Label, Label] = LABELS


def sentiment_lineage(options: SentimentOptions, model: SentimentModel | None = None
                      ) -> Lineage:
    """The lineage (and so the run key) of a sentiment run with these options."""
    from aqm import __version__

    model = model or load_sentiment_model(options)
    return Lineage(stage=STAGE, backend=model.backend, model_name=model.name,
                   model_sha256=model.sha256, options_json=options.to_json(),
                   options_hash=options.options_hash(), aqm_version=__version__)


def classify(texts: Sequence[str], model: SentimentModel, batch_size: int = 32
             ) -> tuple[list[Label], list[float]]:
    """(label, polarity) of each text; blank texts are neutral, polarity 0."""
    labels: list[Label] = ["neutral"] * len(texts)
    polarity = [0.0] * len(texts)
    todo = [i for i, t in enumerate(texts) if t.strip()]
    for a in range(0, len(todo), batch_size):
        idx = todo[a:a + batch_size]
        probs = model.predict([texts[i] for i in idx])
        for i, p in zip(idx, probs, strict=True):
            labels[i] = _LABELS[int(np.argmax(p))]
            polarity[i] = round(float(np.clip(p[2] - p[0], -1.0, 1.0)), 4)
    return labels, polarity


def _label(polarity: float, threshold: float) -> Label:
    if polarity >= threshold and polarity > 0:
        return "positive"
    if polarity <= -threshold and polarity < 0:
        return "negative"
    return "neutral"


def _window(segs: Sequence[SegmentSentiment], threshold: float) -> Window:
    weights = np.array([max(s.end_s - s.start_s, MIN_WEIGHT_S) for s in segs])
    pol = round(float(np.dot(weights, [s.polarity for s in segs]) / weights.sum()), 4)
    return Window(_label(pol, threshold), pol, min(s.start_s for s in segs),
                  max(s.end_s for s in segs), tuple(s.index for s in segs))


def _speaker(role: Speaker, segs: list[SegmentSentiment], options: SentimentOptions
             ) -> SpeakerSentiment:
    """Start and end are the segments that begin in the first ``edge_fraction`` of the
    speaker's talk and those that end in the last, talk counted segment by segment."""
    durations = np.array([max(s.end_s - s.start_s, 0.0) for s in segs])
    talk = float(durations.sum())
    before = np.concatenate(([0.0], np.cumsum(durations)[:-1]))
    after = before + durations
    edge = options.edge_fraction * talk
    first = [s for s, b in zip(segs, before, strict=True) if b < edge] or segs[:1]
    last = [s for s, e in zip(segs, after, strict=True) if e > talk - edge] or segs[-1:]
    start = _window(first, options.summary_threshold)
    end = _window(last, options.summary_threshold)
    whole = _window(segs, options.summary_threshold)
    change = round(end.polarity - start.polarity, 4)
    trend: Trend = ("improved" if change >= options.trend_min_change
                    else "worsened" if change <= -options.trend_min_change else "unchanged")
    negative = [s for s in segs if s.label == "negative"]
    worst = min(negative, key=lambda s: s.polarity) if negative else None
    return SpeakerSentiment(role, len(segs), round(talk, 3), whole.polarity, whole.label,
                            start, end, trend, change, worst)


def _moments(segs: Sequence[SegmentSentiment], metrics: CallMetrics | None,
             options: SentimentOptions) -> list[Moment]:
    out = []
    slack = options.raised_voice_slack_s
    for s in segs:
        if s.label != "negative" or s.polarity > options.moment_max_polarity:
            continue
        loud = [] if metrics is None else [
            r.above_median_db for r in metrics.raised_voice
            if r.speaker == s.speaker and r.start_s <= s.end_s + slack
            and s.start_s - slack <= r.end_s]
        out.append(Moment("anger" if loud else "frustration", s.speaker, s.index, s.start_s,
                          s.end_s, s.polarity, max(loud) if loud else None))
    return out


def analyze(transcript: Transcript, options: SentimentOptions | None = None,
            metrics: CallMetrics | None = None, model: SentimentModel | None = None
            ) -> CallSentiment:
    """Sentiment per segment, per speaker and per call.

    ``metrics`` (optional) lets raised voice turn frustration moments into anger moments.
    ``model`` defaults to ``load_sentiment_model(options)`` (loaded once per process).
    Raises ``ModelError`` when the model cannot be loaded or run.
    """
    options = options or SentimentOptions()
    model = model or load_sentiment_model(options)
    labels, polarity = classify([s.text for s in transcript.segments], model,
                                options.batch_size)
    segs = tuple(SegmentSentiment(i, s.speaker, lab, pol, s.start_s, s.end_s)
                 for i, (s, lab, pol) in enumerate(zip(transcript.segments, labels, polarity,
                                                       strict=True)))
    by_speaker: dict[Speaker, list[SegmentSentiment]] = {}
    for s in segs:
        if transcript.segments[s.index].text.strip():
            by_speaker.setdefault(s.speaker, []).append(s)
    speakers = tuple(_speaker(role, sorted(items, key=lambda x: (x.start_s, x.index)), options)
                     for role, items in by_speaker.items())
    customer = next((s for s in speakers if s.speaker == "customer"), None)
    return CallSentiment(
        segments=segs, speakers=speakers,
        customer_ended_negative=None if customer is None else customer.end.label == "negative",
        moments=tuple(_moments(segs, metrics, options)), voice_checked=metrics is not None,
        lineage=sentiment_lineage(options, model), data_sha256=model.data_sha256,
        embedder=model.embedder)
