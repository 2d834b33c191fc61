"""Score diarisation against known truth: DER, words given the right speaker, roles.

Truth files are the ``<call>.truth.json`` written by ``tests/data/build_diarize_calls.py``
and ``samples/build_samples.py``: ``turns`` with ``speaker``, ``start``, ``end`` and (for
the diarisation calls) ``role``; where there is no ``role``, the speaker is the role.

* DER: ``pyannote.metrics`` ``DiarizationErrorRate`` (missed speech + false alarm +
  speaker confusion, over the truth's speech, overlapped speech counted once per speaker),
  with a collar of +-0.25 s around every truth boundary (pyannote's ``collar=0.5`` is the
  collar's total width), optimal one-to-one mapping of speakers.
* Words: each transcript word whose middle lies in exactly one truth speaker's speech is
  counted; it is right when its diarised speaker maps to that truth speaker (labels mapped
  one to one so that the most words match), and right in role when its segment's
  ``speaker`` is that truth speaker's role.

``pyannote.metrics`` is a development dependency (``pip install pyannote.metrics``).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from aqm.diarize.cluster import SpeakerTurn
from aqm.errors import InputError
from aqm.types import Segment

COLLAR_S = 0.25  # each side of a truth boundary


@dataclass(frozen=True)
class TruthTurn:
    speaker: str
    role: str  # agent | customer
    start_s: float
    end_s: float


@dataclass(frozen=True)
class CallTruth:
    name: str
    direction: str
    turns: tuple[TruthTurn, ...]
    duration_s: float | None = None  # scored span: the whole call (else the speech's extent)

    @property
    def roles(self) -> dict[str, str]:
        return {t.speaker: t.role for t in self.turns}

    @property
    def speech_s(self) -> float:
        return sum(t.end_s - t.start_s for t in self.turns)


@dataclass(frozen=True)
class DerResult:
    der: float  # (missed + false_alarm + confusion) / total
    missed_s: float
    false_alarm_s: float
    confusion_s: float
    total_s: float  # truth speech scored (per speaker, outside the collars)
    mapping: tuple[tuple[str, str], ...]  # diarised label -> truth speaker


@dataclass(frozen=True)
class WordScore:
    words: int  # words with one truth speaker
    right_speaker: int
    right_role: int


def load_truth(path: str | Path) -> CallTruth:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    turns = tuple(TruthTurn(str(t["speaker"]), str(t.get("role", t["speaker"])),
                            float(t["start"]), float(t["end"])) for t in data["turns"])
    duration = data.get("duration_s")
    return CallTruth(str(data.get("name", Path(path).stem)), str(data.get("direction", "")),
                     turns, float(duration) if duration is not None else None)


def der(truth: CallTruth, turns: Sequence[SpeakerTurn], collar_s: float = COLLAR_S
        ) -> DerResult:
    """Diarisation error rate of ``turns`` against ``truth`` (pyannote.metrics), scored
    over the whole call (``truth.duration_s``, else the extent of all speech)."""
    try:
        from pyannote.core import Annotation, Timeline
        from pyannote.core import Segment as Span
        from pyannote.metrics.diarization import DiarizationErrorRate
    except ImportError as e:
        raise InputError("scoring diarisation needs pyannote.metrics "
                         "(pip install pyannote.metrics)") from e
    reference, hypothesis = Annotation(), Annotation()
    for i, t in enumerate(truth.turns):
        reference[Span(t.start_s, t.end_s), i] = t.speaker
    for i, h in enumerate(turns):
        hypothesis[Span(h.start_s, h.end_s), i] = h.speaker
    end = max([truth.duration_s or 0.0] + [t.end_s for t in truth.turns]
              + [h.end_s for h in turns])
    uem = Timeline([Span(0.0, end)])
    metric = DiarizationErrorRate(collar=2 * collar_s)
    parts = metric(reference, hypothesis, uem=uem, detailed=True)
    mapping = metric.optimal_mapping(reference, hypothesis, uem=uem)
    total = float(parts["total"])
    return DerResult(der=float(parts["diarization error rate"]) if total else 0.0,
                     missed_s=float(parts["missed detection"]),
                     false_alarm_s=float(parts["false alarm"]),
                     confusion_s=float(parts["confusion"]), total_s=total,
                     mapping=tuple(sorted((str(k), str(v)) for k, v in mapping.items())))


def truth_speaker_at(truth: CallTruth, t: float) -> str | None:
    """The one truth speaker speaking at ``t`` (None: nobody or several)."""
    found = {x.speaker for x in truth.turns if x.start_s <= t < x.end_s}
    return found.pop() if len(found) == 1 else None


def word_mapping(truth: CallTruth, segments: Sequence[Segment]) -> dict[str, str]:
    """Diarised label -> truth speaker, one to one, matching the most words."""
    from scipy.optimize import linear_sum_assignment

    labels = sorted({s.speaker_label for s in segments if s.speaker_label is not None})
    people = sorted(truth.roles)
    counts = np.zeros((len(labels), len(people)))
    for seg in segments:
        if seg.speaker_label is None:
            continue
        for w in seg.words:
            who = truth_speaker_at(truth, (w.start_s + w.end_s) / 2)
            if who is not None:
                counts[labels.index(seg.speaker_label), people.index(who)] += 1
    rows, cols = linear_sum_assignment(counts, maximize=True)
    return {labels[r]: people[c] for r, c in zip(rows, cols, strict=True)}


def score_words(truth: CallTruth, segments: Sequence[Segment]) -> WordScore:
    """Words given the right speaker (diarised labels mapped one to one to the truth's
    speakers so that most words match) and the right role (agent / customer)."""
    to_truth = word_mapping(truth, segments)
    roles = truth.roles
    words = right = right_role = 0
    for seg in segments:
        for w in seg.words:
            who = truth_speaker_at(truth, (w.start_s + w.end_s) / 2)
            if who is None:
                continue
            words += 1
            right += int(seg.speaker_label is not None
                         and to_truth.get(seg.speaker_label) == who)
            right_role += int(seg.speaker == roles[who])
    return WordScore(words, right, right_role)
