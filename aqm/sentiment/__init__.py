"""Sentiment per utterance and per call, Vietnamese and English.

    from aqm.sentiment import SentimentOptions, analyze, load_sentiment_model
    model = load_sentiment_model(SentimentOptions())          # once per process
    s = analyze(transcript, SentimentOptions(), metrics=call_metrics_or_none, model=model)
    s.segments[i].label, s.segments[i].polarity                # per segment
    s.speaker("customer").start / .end / .trend / .most_negative
    s.customer_ended_negative, s.moments, s.to_dict(), s.segment_dicts(), s.to_rows()

The built-in model is aqm's own classifier over multilingual sentence embeddings
(``aqm.embeddings``), trained on utterances written for aqm (``aqm.sentiment.train``);
``SentimentOptions(model=PATH)`` runs a transformers text-classification folder instead.

Modules: ``options`` (``SentimentOptions``), ``models`` (the model seam), ``analyze``
(per-call work), ``results`` (frozen records), ``corpus`` / ``features`` / ``classifier`` /
``ngrams`` / ``train`` / ``baselines`` (the built-in model, how it is made and measured).
"""

from __future__ import annotations

from aqm.sentiment.analyze import analyze, classify, sentiment_lineage
from aqm.sentiment.models import SentimentModel, load_sentiment_model
from aqm.sentiment.options import SentimentOptions
from aqm.sentiment.results import (
    CallSentiment,
    Moment,
    SegmentSentiment,
    SentimentRow,
    SpeakerSentiment,
    Window,
)
from aqm.sentiment.train import TrainReport, train

__all__ = [
    "CallSentiment", "Moment", "SegmentSentiment", "SentimentModel", "SentimentOptions",
    "SentimentRow", "SpeakerSentiment", "TrainReport", "Window", "analyze", "classify",
    "load_sentiment_model", "sentiment_lineage", "train",
]
