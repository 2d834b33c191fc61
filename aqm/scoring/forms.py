"""QA scorecard forms (YAML, ``kind: form``): sections with weights, questions with weights,
N/A and auto-fail, each optionally answered by the machine from compliance rules, a metric
threshold or the customer's sentiment. Validated like rule files: an error names the file,
line and field. A form's version is its content hash (``sha256``); ``version`` in the file
is the label people read.

    kind: form
    name: inbound_qa                 # the form id
    version: 1
    title: Inbound call quality
    applies: {direction: [inbound]}  # optional: direction, queue, language
    sections:
      - id: opening
        title: Opening
        weight: 25                   # share of the total, relative to the other sections
        questions:
          - id: greeting
            text: Greeted the caller and gave the company name
            weight: 2                # share of the section, relative to its other questions
            auto: {rules: [inbound/greeting, inbound/company_name]}   # all must pass
          - id: card_read_back
            text: Never read a card number back
            auto_fail: true          # "no" scores the whole call 0
            auto: {rules: [forbidden/no_card_readback]}
          - id: no_long_silence
            auto: {metric: {name: longest_silence_s, max: 30}}
          - id: customer_not_worse
            auto: {sentiment: {speaker: customer, check: not_worse}}
          - id: empathy
            type: scale              # 1..5 (``scale: {min, max}``); rules give the share passed
            auto: {rules: [angry_caller/empathy], mode: any}

A question without ``auto`` is answered by people only (the machine leaves it unanswered).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from aqm.errors import RuleError
from aqm.scoring.rules import RulePack, default_scorecards_dir
from aqm.scoring.schema import ID_PATTERN, Lines, _messages, read_yaml, utf8_problem

QuestionType = Literal["yes_no", "scale"]
SentimentCheck = Literal["not_worse", "ends_not_negative", "improved"]
RULE_REF = r"^[a-z][a-z0-9_]{0,63}/[a-z][a-z0-9_]{0,63}$"
FORMS_DIR = "forms"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class MetricBound(_Model):
    name: str = Field(pattern=ID_PATTERN)  # a call metric (see ``aqm export`` metrics)
    speaker: Literal["agent", "customer"] | None = None
    min: float | None = None
    max: float | None = None

    @model_validator(mode="after")
    def _one_bound(self) -> MetricBound:
        if self.min is None and self.max is None:
            raise ValueError("give min, max or both")
        if self.min is not None and self.max is not None and self.min > self.max:
            raise ValueError("min is above max")
        return self


class SentimentBound(_Model):
    speaker: Literal["agent", "customer"] = "customer"
    check: SentimentCheck = "not_worse"


class AutoModel(_Model):
    rules: list[str] | None = Field(None, min_length=1)
    mode: Literal["all", "any"] = "all"
    metric: MetricBound | None = None
    sentiment: SentimentBound | None = None

    @model_validator(mode="after")
    def _exactly_one(self) -> AutoModel:
        given = [k for k in ("rules", "metric", "sentiment") if getattr(self, k) is not None]
        if len(given) != 1:
            raise ValueError("give exactly one of rules, metric, sentiment")
        for ref in self.rules or []:
            if not re.match(RULE_REF, ref):
                raise ValueError(f"rule reference {ref!r} must be file/rule_id")
        return self


class ScaleModel(_Model):
    min: int = 1
    max: int = 5

    @model_validator(mode="after")
    def _order(self) -> ScaleModel:
        if self.max <= self.min:
            raise ValueError("max must be above min")
        return self


class QuestionModel(_Model):
    id: str = Field(pattern=ID_PATTERN)
    text: str = Field(min_length=1)
    type: QuestionType = "yes_no"
    scale: ScaleModel | None = None
    weight: float = Field(1.0, ge=0, le=1000)
    auto_fail: bool = False
    na_allowed: bool = True
    auto: AutoModel | None = None

    @model_validator(mode="after")
    def _scale(self) -> QuestionModel:
        if self.type == "yes_no" and self.scale is not None:
            raise ValueError("scale is only for type: scale")
        if self.type == "scale" and self.auto is not None and self.auto.rules is None:
            raise ValueError("a scale question is answered automatically from rules only")
        if self.type == "scale" and self.auto_fail:
            raise ValueError("auto_fail is for yes_no questions")
        return self


class SectionModel(_Model):
    id: str = Field(pattern=ID_PATTERN)
    title: str = Field(min_length=1)
    weight: float = Field(1.0, gt=0, le=1000)
    questions: list[QuestionModel] = Field(min_length=1)


class AppliesModel(_Model):
    direction: list[Literal["inbound", "outbound", "internal"]] | None = None
    queue: list[str] | None = None
    language: list[str] | None = None


class FormModel(_Model):
    kind: Literal["form"]
    name: str = Field(pattern=ID_PATTERN)
    version: str | int | float
    title: str = Field(min_length=1)
    description: str = ""
    applies: AppliesModel = AppliesModel()
    sections: list[SectionModel] = Field(min_length=1)


@dataclass(frozen=True)
class Auto:
    """How the machine answers a question (exactly one of the three)."""

    rules: tuple[tuple[str, str], ...] = ()  # (rule file name, rule id)
    mode: Literal["all", "any"] = "all"
    metric: MetricBound | None = None
    sentiment: SentimentBound | None = None


@dataclass(frozen=True)
class Question:
    id: str
    text: str
    type: QuestionType
    scale: tuple[int, int] | None  # (min, max) for scale questions
    weight: float
    auto_fail: bool
    na_allowed: bool
    auto: Auto | None


@dataclass(frozen=True)
class Section:
    id: str
    title: str
    weight: float
    questions: tuple[Question, ...]


@dataclass(frozen=True)
class Form:
    """A validated form. ``sha256`` (of the file bytes) is the version results store."""

    name: str
    label: str  # the file's ``version``, for people
    title: str
    path: str
    sha256: str
    directions: tuple[str, ...] | None
    queues: tuple[str, ...] | None
    languages: tuple[str, ...] | None
    sections: tuple[Section, ...]

    def applies_to(self, direction: str | None, queue: str | None, language: str | None
                   ) -> bool:
        for allowed, value in ((self.directions, direction), (self.queues, queue),
                               (self.languages, language)):
            if allowed is not None and value not in allowed:
                return False
        return True

    def question(self, question_id: str) -> tuple[Section, Question]:
        for s in self.sections:
            for q in s.questions:
                if q.id == question_id:
                    return s, q
        raise KeyError(question_id)


def is_form_file(path: Path) -> bool:
    """Forms live in a ``forms`` folder (rule packs skip it)."""
    return FORMS_DIR in path.parts


def form_files(paths: list[str | Path] | None = None) -> list[Path]:
    """Form files among ``paths`` (files, or folders searched for ``forms/*.yaml``);
    default: the bundled ``scorecards/forms``."""
    out: list[Path] = []
    for p in ([default_scorecards_dir()] if paths is None else paths):
        path = Path(p)
        if path.is_dir():
            inner = path if path.name == FORMS_DIR else path / FORMS_DIR
            out += sorted(f for f in inner.rglob("*") if f.suffix in (".yaml", ".yml"))
        elif path.is_file():
            out.append(path)
        else:
            raise RuleError(f"{path}: no such form file or folder")
    return out


def load_form(path: str | Path, pack: RulePack | None = None) -> Form:
    """One form, validated (and its rule references checked against ``pack`` when given).
    Raises ``RuleError`` naming the file, line and field."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise RuleError(f"{path}: cannot read: {e.strerror}") from e
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        raise utf8_problem(path, raw, e) from e
    data, lines = read_yaml(path, text)
    if not isinstance(data, dict) or data.get("kind") != "form":
        raise RuleError(f"{path}:{lines.line(('kind',))}: kind: must be 'form'")
    try:
        model = FormModel.model_validate(data)
    except ValidationError as e:
        raise RuleError("\n".join(_messages(path, e, lines, data))) from e
    _check(path, model, lines, pack)
    return Form(
        name=model.name, label=str(model.version), title=model.title, path=str(path),
        sha256=hashlib.sha256(raw).hexdigest(),
        directions=_tup(model.applies.direction), queues=_tup(model.applies.queue),
        languages=_tup(model.applies.language),
        sections=tuple(Section(s.id, s.title, s.weight, tuple(
            Question(q.id, q.text, q.type,
                     None if q.type == "yes_no" else
                     ((q.scale or ScaleModel()).min, (q.scale or ScaleModel()).max),
                     q.weight, q.auto_fail, q.na_allowed, _auto(q.auto))
            for q in s.questions)) for s in model.sections))


def load_forms(paths: list[str | Path] | None = None, pack: RulePack | None = None
               ) -> tuple[Form, ...]:
    """Every form under ``paths`` (default: bundled); names must be unique."""
    forms = tuple(load_form(p, pack) for p in form_files(paths))
    seen: dict[str, str] = {}
    for f in forms:
        if f.name in seen:
            raise RuleError(f"{f.path}:1: name: {f.name!r} is also the name of {seen[f.name]}")
        seen[f.name] = f.path
    return forms


def _tup(values: Sequence[str] | None) -> tuple[str, ...] | None:
    return None if values is None else tuple(values)


def _auto(model: AutoModel | None) -> Auto | None:
    if model is None:
        return None
    refs = tuple((r.split("/")[0], r.split("/")[1]) for r in model.rules or [])
    return Auto(rules=refs, mode=model.mode, metric=model.metric, sentiment=model.sentiment)


def _check(path: Path, model: FormModel, lines: Lines, pack: RulePack | None) -> None:
    """What the schema cannot check: unique ids, rule references, a non-zero weight."""
    problems: list[str] = []
    known = None if pack is None else {(r.file, r.id) for r in pack.rules}
    sections: set[str] = set()
    questions: set[str] = set()
    for i, s in enumerate(model.sections):
        if s.id in sections:
            problems.append(f"{path}:{lines.line(('sections', i, 'id'))}: sections[{i}].id: "
                            f"duplicate section {s.id!r}")
        sections.add(s.id)
        for j, q in enumerate(s.questions):
            loc = ("sections", i, "questions", j)
            where = f"sections[{i}].questions[{j}]"
            if q.id in questions:
                problems.append(f"{path}:{lines.line(loc + ('id',))}: {where}.id: duplicate "
                                f"question {q.id!r} (ids are unique in a form)")
            questions.add(q.id)
            for k, ref in enumerate(q.auto.rules or [] if q.auto else []):
                pair = tuple(ref.split("/"))
                if known is not None and pair not in known:
                    problems.append(f"{path}:{lines.line(loc + ('auto', 'rules', k))}: "
                                    f"{where}.auto.rules[{k}]: no rule {ref!r} in the rule "
                                    f"files loaded")
        if not any(q.weight > 0 for q in s.questions):
            problems.append(f"{path}:{lines.line(('sections', i))}: sections[{i}]: every "
                            f"question has weight 0")
    if problems:
        raise RuleError("\n".join(problems))
