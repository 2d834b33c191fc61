"""Scorecards: the answers to a form for one call, their scores, and what auto-QA reads.

``QaInputs`` is what the machine answers from (built from the stage results of a run, or
from what is stored, for ``aqm score``); ``Answer`` one question's answer (machine's or a
person's); ``score_answers`` the form arithmetic shared by auto-QA and human review (see
``aqm.scoring.autoqa`` for the rules); ``Scorecard`` the stored and exported record.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from aqm.scoring.forms import Form, Question
from aqm.scoring.results import Evidence, RuleResult
from aqm.types import Call, CallMetadata, Lineage, Metric

if TYPE_CHECKING:
    from aqm.metrics import CallMetrics
    from aqm.scoring.results import ComplianceResult
    from aqm.sentiment import CallSentiment
    from aqm.types import Transcript

# metric name -> the event rows (``CallMetrics.to_rows``) that show where it happened
EVENTS = {"longest_silence_s": "silence", "silence_count": "silence", "hold_s": "hold",
          "hold_count": "hold", "overtalk_s": "overtalk", "overtalk_count": "overtalk",
          "interruption_count": "interruption", "raised_voice_count": "raised_voice",
          "response_latency_max_s": "response_latency"}
NO_ANSWER = None


@dataclass(frozen=True)
class SpeakerFeeling:
    """A speaker's sentiment at the start and end of the call."""

    speaker: str
    start_label: str
    start_polarity: float
    start_s: tuple[float, float]
    end_label: str
    end_polarity: float
    end_s: tuple[float, float]
    trend: str  # improved | worsened | unchanged
    change: float


@dataclass(frozen=True)
class QaInputs:
    """Everything auto-QA reads about one call."""

    call_id: str
    direction: str | None
    queue: str | None
    language: str | None
    rules: tuple[RuleResult, ...]
    metrics: tuple[Metric, ...]
    feelings: tuple[SpeakerFeeling, ...]
    asr_confidence: tuple[tuple[str, float], ...]  # (speaker, mean word probability)
    summary_threshold: float = 0.2  # the sentiment options the feelings were made with
    trend_threshold: float = 0.3

    def rule(self, file: str, rule_id: str) -> RuleResult | None:
        return next((r for r in self.rules if r.file == file and r.rule_id == rule_id), None)

    def metric(self, name: str, speaker: str | None) -> float | None:
        return next((m.value for m in self.metrics if m.name == name and m.speaker == speaker
                     and m.start_s is None), None)

    def events_for(self, name: str, speaker: str | None) -> list[Metric]:
        event = EVENTS.get(name)
        found = [m for m in self.metrics if m.name == event and m.start_s is not None
                 and (speaker is None or m.speaker == speaker)]
        if name in ("longest_silence_s", "response_latency_max_s") and found:
            return [max(found, key=lambda m: m.value)]
        return found[:10]

    def feeling(self, speaker: str) -> SpeakerFeeling | None:
        return next((f for f in self.feelings if f.speaker == speaker), None)

    def asr_confidence_of(self, speaker: str) -> float:
        return next((c for s, c in self.asr_confidence if s == speaker), 0.5)

    @classmethod
    def from_results(cls, call_id: str, metadata: CallMetadata, transcript: Transcript,
                     compliance: ComplianceResult | None, metrics: CallMetrics | None,
                     sentiment: CallSentiment | None) -> QaInputs:
        """From a run's stage results."""
        feelings = () if sentiment is None else tuple(SpeakerFeeling(
            s.speaker, s.start.label, s.start.polarity, (s.start.start_s, s.start.end_s),
            s.end.label, s.end.polarity, (s.end.start_s, s.end.end_s), s.trend, s.change)
            for s in sentiment.speakers)
        opts = json.loads(sentiment.lineage.options_json) if sentiment is not None else {}
        return cls(call_id, metadata.direction, metadata.queue,
                   transcript.language or metadata.language,
                   compliance.results if compliance is not None else (),
                   tuple(metrics.to_rows()) if metrics is not None else (), feelings,
                   asr_confidence(transcript),
                   float(opts.get("summary_threshold", 0.2)),
                   float(opts.get("trend_min_change", 0.3)))

    @classmethod
    def from_stored(cls, call_id: str, metadata: CallMetadata, language: str | None,
                    compliance: dict[str, Any] | None, metrics: Sequence[Metric],
                    sentiment: dict[str, Any] | None,
                    confidence: tuple[tuple[str, float], ...]) -> QaInputs:
        """From the export-shaped JSON the store keeps (``aqm score`` on stored calls)."""
        rules = tuple(RuleResult(
            r["rule"], r["file"], r["kind"], r["severity"], float(r["weight"]), r["status"],
            r["reason"], tuple(Evidence(e["segment"], e["speaker"], e["start"], e["end"],
                                        e["text"], e["method"], e["score"], e.get("phrase", ""),
                                        tuple(e.get("scores", {}).items()))
                               for e in r["evidence"]))
            for r in (compliance or {}).get("rules", []))
        feelings = tuple(SpeakerFeeling(
            role, s["start"]["label"], s["start"]["polarity"],
            (s["start"]["start_s"], s["start"]["end_s"]), s["end"]["label"],
            s["end"]["polarity"], (s["end"]["start_s"], s["end"]["end_s"]), s["trend"],
            s["change"]) for role, s in (sentiment or {}).get("speakers", {}).items())
        opts = (sentiment or {}).get("lineage", {}).get("options", {})
        return cls(call_id, metadata.direction, metadata.queue, language or metadata.language,
                   rules, tuple(metrics), feelings, confidence,
                   float(opts.get("summary_threshold", 0.2)),
                   float(opts.get("trend_min_change", 0.3)))


def qa_inputs(call: Call, transcript: Transcript, compliance: ComplianceResult | None,
              metrics: CallMetrics | None, sentiment: CallSentiment | None,
              stored_compliance_json: str | None = None,
              stored_sentiment_json: str | None = None) -> QaInputs:
    """Auto-QA's inputs: this run's results, else what is stored for the call (a rerun that
    redid only some stages)."""
    base = QaInputs.from_results(call.call_id, call.metadata, transcript, compliance, metrics,
                                 sentiment)
    if (compliance is not None or stored_compliance_json is None) and \
            (sentiment is not None or stored_sentiment_json is None):
        return base
    old = QaInputs.from_stored(
        call.call_id, call.metadata, transcript.language,
        json.loads(stored_compliance_json) if stored_compliance_json else None, base.metrics,
        json.loads(stored_sentiment_json) if stored_sentiment_json else None,
        base.asr_confidence)
    if compliance is None:
        base = replace(base, rules=old.rules)
    if sentiment is None:
        base = replace(base, feelings=old.feelings, summary_threshold=old.summary_threshold,
                       trend_threshold=old.trend_threshold)
    return base


def asr_confidence(transcript: Transcript) -> tuple[tuple[str, float], ...]:
    """Mean word probability per speaker (how far a transcript can be trusted)."""
    sums: dict[str, list[float]] = {}
    for seg in transcript.segments:
        for w in seg.words:
            if w.probability is not None:
                sums.setdefault(seg.speaker, []).append(float(w.probability))
    return tuple((k, round(sum(v) / len(v), 3)) for k, v in sorted(sums.items()) if v)


@dataclass(frozen=True)
class Answer:
    """One question's answer: ``yes`` / ``no`` / ``na``, a scale value as text, or None
    (unanswered: people must answer). ``evidence`` items are export-shaped JSON objects."""

    section_id: str
    question_id: str
    answer: str | None
    confidence: float
    evidence: tuple[dict[str, Any], ...]
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return {"answer": self.answer, "confidence": self.confidence, "reason": self.reason,
                "evidence": list(self.evidence)}


@dataclass(frozen=True)
class QuestionScore:
    section_id: str
    question_id: str
    value: float | None  # 0..1; None: na or unanswered
    points: float | None  # weight x value
    max_points: float | None  # the weight, when it counts
    failed_call: bool  # a "no" on an auto-fail question


@dataclass(frozen=True)
class SectionScore:
    section_id: str
    score: float | None  # 0..1 over answered questions; None when none
    weight: float


@dataclass(frozen=True)
class ScoreResult:
    score: float | None  # 0..100; None when nothing was answered
    points: float  # sum(section weight x section score)
    max_points: float  # sum(section weight) over sections that count
    auto_fail: bool
    questions: tuple[QuestionScore, ...]
    sections: tuple[SectionScore, ...]
    unanswered: int


def question_value(q: Question, answer: str | None) -> float | None:
    """1 for yes, 0 for no, the scale position; None for na / unanswered. Raises
    ``ValueError`` for an answer the question does not take."""
    if answer is None or answer == "na":
        if answer == "na" and not q.na_allowed:
            raise ValueError(f"question {q.id} cannot be answered N/A")
        return None
    if q.type == "yes_no":
        if answer not in ("yes", "no"):
            raise ValueError(f"question {q.id} takes yes, no or na, not {answer!r}")
        return 1.0 if answer == "yes" else 0.0
    assert q.scale is not None
    lo, hi = q.scale
    try:
        x = int(answer)
    except ValueError:
        x = lo - 1
    if not lo <= x <= hi:
        raise ValueError(f"question {q.id} takes a value from {lo} to {hi}, not {answer!r}")
    return (x - lo) / (hi - lo)


def score_answers(form: Form, answers: Sequence[Answer]) -> ScoreResult:
    """The form's arithmetic (see ``aqm.scoring.autoqa``) over one answer per question."""
    given = {a.question_id: a.answer for a in answers}
    qs: list[QuestionScore] = []
    sections: list[SectionScore] = []
    for s in form.sections:
        got = total = 0.0
        for q in s.questions:
            value = question_value(q, given.get(q.id))
            counts = value is not None and q.weight > 0
            qs.append(QuestionScore(s.id, q.id, value,
                                    q.weight * value if value is not None else None,
                                    q.weight if value is not None else None,
                                    q.auto_fail and value == 0.0))
            if counts:
                assert value is not None
                got += q.weight * value
                total += q.weight
        sections.append(SectionScore(s.id, got / total if total else None, s.weight))
    counted = [x for x in sections if x.score is not None]
    points = sum(x.weight * (x.score or 0.0) for x in counted)
    max_points = sum(x.weight for x in counted)
    failed = any(q.failed_call for q in qs)
    score = None if not counted else (0.0 if failed else round(100.0 * points / max_points, 2))
    unanswered = sum(1 for s in form.sections for q in s.questions if given.get(q.id) is None)
    return ScoreResult(score, round(points, 6), round(max_points, 6), failed, tuple(qs),
                       tuple(sections), unanswered)


@dataclass(frozen=True)
class Scorecard:
    """The machine's filled form for one call (never overwritten once stored)."""

    scorecard_id: str
    call_id: str
    form: Form
    answers: tuple[Answer, ...]
    result: ScoreResult
    lineage: Lineage

    def to_dict(self) -> dict[str, Any]:
        """The export's entry under ``scores`` (the form's layout travels with it, so a
        review can be scored after the form file changed)."""
        f, r = self.form, self.result
        by_q = {a.question_id: a for a in self.answers}
        qscore = {q.question_id: q for q in r.questions}
        sec_score = {s.section_id: s.score for s in r.sections}
        return {
            "scorecard_id": self.scorecard_id, "form": f.name, "form_title": f.title,
            "form_label": f.label, "form_version": f.sha256, "form_file": f.path,
            "score": r.score, "auto_fail": r.auto_fail, "points": r.points,
            "max_points": r.max_points, "unanswered": r.unanswered, "by": "machine",
            "sections": [{
                "id": s.id, "title": s.title, "weight": s.weight, "score": sec_score[s.id],
                "questions": [{
                    "id": q.id, "text": q.text, "type": q.type,
                    "scale": list(q.scale) if q.scale else None, "weight": q.weight,
                    "auto_fail": q.auto_fail, "na_allowed": q.na_allowed,
                    "points": qscore[q.id].points, "max_points": qscore[q.id].max_points,
                    **by_q[q.id].to_dict(),
                } for q in s.questions]} for s in f.sections],
            "lineage": {"stage": self.lineage.stage, "backend": self.lineage.backend,
                        "forms": self.lineage.model_name,
                        "forms_sha256": self.lineage.model_sha256,
                        "options": json.loads(self.lineage.options_json),
                        "run_key": self.lineage.run_key,
                        "aqm_version": self.lineage.aqm_version},
        }
