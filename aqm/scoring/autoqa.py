"""Auto-QA: fill a form for one call from its compliance results, metrics and sentiment.

How the machine answers (``Question.auto``):

- ``rules``: the bound rules' statuses. Rules that do not apply are left out; when none
  applies the answer is ``na``. Yes/no: ``yes`` when all (``mode: all``) or any
  (``mode: any``) of the applicable rules pass. Scale: min + the share of applicable rules
  passed times (max - min), rounded.
- ``metric``: the call metric (or the speaker's, with ``speaker``) within ``min``/``max`` is
  ``yes``; a metric the call does not have (mono call, no speech) gives ``na``.
- ``sentiment``: the speaker's start and end windows. ``not_worse``: the trend is not
  "worsened"; ``ends_not_negative``: the end is not negative; ``improved``: the trend is
  "improved". No such speaker (mono call) gives ``na``.

Confidence (0..1, stored with each answer, used for review sampling and to compare the
machine with people): a rule that passed, its best evidence score (exact 1, fuzzy ratio,
semantic similarity); a required rule that failed, the ASR confidence of the rule's speaker
(mean word probability: a phrase missed by a weak transcript may still have been said); a
forbidden rule that failed, the evidence score; for several rules the lowest. A metric,
0.5 + the distance from the bound relative to the bound (capped at 1). Sentiment, 0.5 + half
the distance of the deciding polarity from the label threshold (capped at 1).

Scoring (``score_answers``, shared with human review): a question's value is 1 for yes, 0 for
no, (x - min) / (max - min) on a scale; ``na`` and unanswered questions leave the
denominator. Section score = sum(weight x value) / sum(weight) over its answered questions;
total = 100 x sum(section weight x section score) / sum(section weight) over sections with an
answered question. A ``no`` on an ``auto_fail`` question makes the total 0.
"""

from __future__ import annotations

import hashlib
import json

from aqm import __version__
from aqm.scoring.forms import Auto, Form, Question
from aqm.scoring.results import RuleResult
from aqm.scoring.scorecard import Answer, QaInputs, Scorecard, SpeakerFeeling, score_answers
from aqm.transcribe.routing import combined_sha256
from aqm.types import Lineage

STAGE = "score"
BACKEND = "aqm-forms"
REVISION = 1  # bump when answers change for the same forms and inputs


def scoring_lineage(forms: tuple[Form, ...], input_keys: tuple[str, ...]) -> Lineage:
    """The lineage of scoring calls with ``forms`` on inputs made by runs ``input_keys``."""
    options = json.dumps({"revision": REVISION, "inputs": list(input_keys)}, sort_keys=True)
    return Lineage(stage=STAGE, backend=BACKEND,
                   model_name="+".join(f"{f.name}@{f.label}" for f in forms) or "(no forms)",
                   model_sha256=combined_sha256([f.sha256 for f in forms]) if forms
                   else hashlib.sha256(b"").hexdigest(),
                   options_json=options,
                   options_hash=hashlib.sha256(options.encode()).hexdigest()[:16],
                   aqm_version=__version__)


def scorecard_id(call_id: str, form: Form, run_key: str) -> str:
    return hashlib.sha256(f"{call_id}\n{form.sha256}\n{run_key}".encode()).hexdigest()[:24]


def fill_forms(forms: tuple[Form, ...], inputs: QaInputs, lineage: Lineage
               ) -> tuple[Scorecard, ...]:
    """A scorecard for each form that applies to the call."""
    return tuple(fill_form(f, inputs, lineage) for f in forms
                 if f.applies_to(inputs.direction, inputs.queue, inputs.language))


def fill_form(form: Form, inputs: QaInputs, lineage: Lineage) -> Scorecard:
    answers = tuple(_answer(s.id, q, inputs) for s in form.sections for q in s.questions)
    return Scorecard(scorecard_id=scorecard_id(inputs.call_id, form, lineage.run_key),
                     call_id=inputs.call_id, form=form, answers=answers,
                     result=score_answers(form, answers), lineage=lineage)


def _answer(section_id: str, q: Question, inputs: QaInputs) -> Answer:
    auto = q.auto
    if auto is None:
        return Answer(section_id, q.id, None, 0.0, (), "answered by people")
    if auto.rules:
        return _from_rules(section_id, q, auto, inputs)
    if auto.metric is not None:
        return _from_metric(section_id, q, auto, inputs)
    return _from_sentiment(section_id, q, auto, inputs)


def _from_rules(section_id: str, q: Question, auto: Auto, inputs: QaInputs) -> Answer:
    found: list[RuleResult] = []
    missing: list[str] = []
    for file, rule_id in auto.rules:
        r = inputs.rule(file, rule_id)
        if r is None:
            missing.append(f"{file}/{rule_id}")
        elif r.status != "not_applicable":
            found.append(r)
    evidence = tuple({"rule": f"{r.file}/{r.rule_id}", "status": r.status, "reason": r.reason,
                      **e.to_dict()} for r in found for e in r.evidence) + tuple(
        {"rule": f"{r.file}/{r.rule_id}", "status": r.status, "reason": r.reason}
        for r in found if not r.evidence)
    if not found:
        why = "rules not run: " + ", ".join(missing) if missing else "no bound rule applies"
        return Answer(section_id, q.id, "na", 1.0 if not missing else 0.0, (), why)
    passed = [r for r in found if r.status == "pass"]
    confidence = min(_rule_confidence(r, inputs) for r in found)
    if q.type == "scale":
        assert q.scale is not None
        lo, hi = q.scale
        value = lo + round(len(passed) / len(found) * (hi - lo))
        return Answer(section_id, q.id, str(value), confidence, evidence,
                      f"{len(passed)} of {len(found)} rules passed")
    ok = len(passed) == len(found) if auto.mode == "all" else bool(passed)
    return Answer(section_id, q.id, "yes" if ok else "no", confidence, evidence,
                  f"{len(passed)} of {len(found)} rules passed ({auto.mode} needed)")


def _rule_confidence(r: RuleResult, inputs: QaInputs) -> float:
    best = max((e.score for e in r.evidence if e.method != "metric"), default=None)
    if r.status == "pass":
        return round(min(1.0, best), 3) if best is not None else 1.0
    if r.kind == "required":
        return inputs.asr_confidence_of("agent")
    return round(min(1.0, best), 3) if best is not None else 1.0


def _from_metric(section_id: str, q: Question, auto: Auto, inputs: QaInputs) -> Answer:
    bound = auto.metric
    assert bound is not None
    value = inputs.metric(bound.name, bound.speaker)
    if value is None:
        return Answer(section_id, q.id, "na", 1.0, (),
                      f"the call has no {bound.name} metric")
    ok = (bound.min is None or value >= bound.min) and (bound.max is None or value <= bound.max)
    limits = [x for x in (bound.min, bound.max) if x is not None]
    limit = min(limits, key=lambda x: abs(value - x))
    confidence = round(min(1.0, 0.5 + abs(value - limit) / max(abs(limit), 1e-6)), 3)
    events = inputs.events_for(bound.name, bound.speaker)
    evidence = ({"metric": bound.name, "speaker": bound.speaker, "value": value,
                 "min": bound.min, "max": bound.max},) + tuple(
        {"metric": bound.name, "event": m.name, "speaker": m.speaker, "start": m.start_s,
         "end": m.end_s, "value": m.value} for m in events)
    return Answer(section_id, q.id, "yes" if ok else "no", confidence, evidence,
                  f"{bound.name} = {value:g}")


def _from_sentiment(section_id: str, q: Question, auto: Auto, inputs: QaInputs) -> Answer:
    bound = auto.sentiment
    assert bound is not None
    feel = inputs.feeling(bound.speaker)
    if feel is None:
        return Answer(section_id, q.id, "na", 1.0, (), f"no {bound.speaker} sentiment")
    if bound.check == "ends_not_negative":
        ok = feel.end_label != "negative"
        margin = abs(feel.end_polarity - (-inputs.summary_threshold))
    else:
        ok = feel.trend != "worsened" if bound.check == "not_worse" else feel.trend == "improved"
        margin = abs(abs(feel.change) - inputs.trend_threshold)
    evidence = ({"speaker": feel.speaker, "window": "start", "label": feel.start_label,
                 "polarity": feel.start_polarity, "start": feel.start_s[0],
                 "end": feel.start_s[1]},
                {"speaker": feel.speaker, "window": "end", "label": feel.end_label,
                 "polarity": feel.end_polarity, "start": feel.end_s[0], "end": feel.end_s[1]})
    return Answer(section_id, q.id, "yes" if ok else "no",
                  round(min(1.0, 0.5 + margin / 2), 3), evidence,
                  f"{feel.speaker} {feel.start_label} -> {feel.end_label} ({feel.trend})")


__all__ = ["BACKEND", "STAGE", "Answer", "QaInputs", "Scorecard", "SpeakerFeeling",
           "fill_form", "fill_forms", "scorecard_id", "scoring_lineage"]
