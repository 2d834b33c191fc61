"""The options that shape sentiment results, and the lineage a sentiment run records."""

from __future__ import annotations

import dataclasses
import hashlib
import json
from dataclasses import dataclass

from aqm.errors import InputError

STAGE = "sentiment"
BUILTIN = "builtin"
ALGORITHM_REVISION = 1  # bump when the summaries change for the same options
SENTIMENT_LABELS = ("negative", "neutral", "positive")


@dataclass(frozen=True)
class SentimentOptions:
    """How utterances are classified and calls summarised. All fields but ``batch_size``
    (which does not change results) are hashed.

    Attributes:
        model: ``"builtin"`` (aqm's classifier over multilingual sentence embeddings, English
            and Vietnamese) or the path of a transformers text-classification model folder
            (``config.json``, weights, tokenizer), run through ``transformers.pipeline``.
        label_map: for a transformers model, ``(model label, aqm label)`` pairs, where aqm
            labels are negative / neutral / positive. Labels not listed are mapped by name
            (containing "neg", "neu" or "pos"); a label that maps to nothing is an error.
        edge_fraction: the "start" and "end" of a speaker are the segments in the first and
            last this share of that speaker's talk time (at least one segment each).
        summary_threshold: a window whose talk-weighted mean polarity is at least this is
            positive, at most minus this negative, else neutral.
        trend_min_change: end minus start polarity of at least this is "improved", at most
            minus this "worsened", else "unchanged".
        moment_max_polarity: a negative segment at or below this polarity is a frustration
            moment; with a raised-voice moment of the same speaker (from the call metrics)
            overlapping it, an anger moment.
        raised_voice_slack_s: a raised-voice moment this close to a segment overlaps it.
        batch_size: texts per model call.
    """

    model: str = BUILTIN
    label_map: tuple[tuple[str, str], ...] = ()
    edge_fraction: float = 0.25
    summary_threshold: float = 0.2
    trend_min_change: float = 0.3
    moment_max_polarity: float = -0.5
    raised_voice_slack_s: float = 0.5
    batch_size: int = 32

    def __post_init__(self) -> None:
        if not self.model:
            raise InputError("sentiment option model must be 'builtin' or a model folder")
        for name, value in self.label_map:
            if value not in SENTIMENT_LABELS:
                raise InputError(f"sentiment label_map maps {name!r} to {value!r}; "
                                 f"expected one of {', '.join(SENTIMENT_LABELS)}")
        if not 0.0 < self.edge_fraction <= 0.5:
            raise InputError(f"sentiment option edge_fraction must be in (0, 0.5], "
                             f"got {self.edge_fraction}")
        for name in ("summary_threshold", "trend_min_change"):
            if not 0.0 <= getattr(self, name) <= 2.0:
                raise InputError(f"sentiment option {name} must be in [0, 2], "
                                 f"got {getattr(self, name)}")
        if not -1.0 <= self.moment_max_polarity <= 0.0:
            raise InputError(f"sentiment option moment_max_polarity must be in [-1, 0], "
                             f"got {self.moment_max_polarity}")
        if self.raised_voice_slack_s < 0:
            raise InputError("sentiment option raised_voice_slack_s must not be negative")
        if self.batch_size < 1:
            raise InputError("sentiment option batch_size must be at least 1")

    @property
    def is_builtin(self) -> bool:
        return self.model == BUILTIN

    def to_json(self) -> str:
        fields = dataclasses.asdict(self)
        fields["label_map"] = sorted(list(p) for p in self.label_map)
        del fields["batch_size"]
        return json.dumps({**fields, "algorithm_revision": ALGORITHM_REVISION}, sort_keys=True)

    def options_hash(self) -> str:
        return hashlib.sha256(self.to_json().encode()).hexdigest()[:16]
