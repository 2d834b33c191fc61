"""Turn a validated rule or category file model into frozen rules (``aqm.scoring.rules``
loads; this checks what the schema cannot: references, variables, wordings, items)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from aqm.errors import RuleError
from aqm.scoring.rule_types import (
    AGENT_VARIABLE,
    ANY_LANGUAGE,
    DEFAULT_CLASSIFIER_THRESHOLD,
    DEFAULT_FUZZY_THRESHOLD,
    DEFAULT_METHODS,
    DEFAULT_SEMANTIC_THRESHOLD,
    AnswerFirst,
    Category,
    Conditions,
    EventWindow,
    Matching,
    MetricCheck,
    PhraseSet,
    Rule,
    Window,
)
from aqm.scoring.schema import (
    After,
    CategoryFileModel,
    ClassifierAlone,
    FileModel,
    Lines,
    MatchSpec,
    MetricRule,
    OrderRule,
    Phrases,
    RuleFileModel,
    Where,
    dotted,
    one_line,
)
from aqm.scoring.text import WILDCARD, norm_tokens

_VAR = re.compile(r"\{([a-z][a-z0-9_]*)\}")


class Builder:
    """Turns a validated model into rules, checking what the schema cannot."""

    def __init__(self, path: Path, model: FileModel, lines: Lines) -> None:
        self.path, self.model, self.lines = path, model, lines
        self.problems: list[str] = []
        self.variables = {k: self._phrase_set(v, ("variables", k), expand=False)
                          for k, v in model.variables.items()}

    def fail(self, loc: tuple[str | int, ...], msg: str) -> None:
        self.problems.append(f"{self.path}:{self.lines.line(loc)}: {dotted(loc)}: "
                             f"{one_line(msg)}")

    def done(self) -> None:
        if self.problems:
            raise RuleError("\n".join(self.problems))

    def rules(self, model: RuleFileModel) -> tuple[Rule, ...]:
        out: list[Rule] = []
        kinds: dict[str, str] = {}  # rules above the current one
        for i, r in enumerate(model.rules):
            loc: tuple[str | int, ...] = ("rules", i)
            if r.id in kinds:
                self.fail(loc + ("id",), f"duplicate rule id {r.id!r}")
            when = self._when(r.when, loc, set(kinds))
            common: dict[str, Any] = dict(
                id=r.id, file=model.name, kind=r.kind, description=r.description,
                severity=r.severity, weight=r.weight, when=when, line=self.lines.line(loc))
            if isinstance(r, OrderRule):
                for field, ref in (("first", r.first), ("then", r.then)):
                    if kinds.get(ref) != "required":
                        self.fail(loc + (field,), f"{ref!r} is not a required rule above "
                                                  f"this one in this file")
                answer = None
                if r.answer_first is not None:
                    for k, ref in enumerate(r.answer_first.unless):
                        if kinds.get(ref) != "required":
                            self.fail(loc + ("answer_first", "unless", k),
                                      f"{ref!r} is not a required rule above this one in "
                                      f"this file")
                    answer = AnswerFirst(r.answer_first.min_words,
                                         tuple(r.answer_first.unless))
                out.append(Rule(**common, speaker="any", where=Window(), phrases=None,
                                examples=None,
                                matching=self._matching(None, model.defaults.match, loc,
                                                        phrases=False),
                                first=r.first, then=r.then, answer_first=answer))
            elif isinstance(r, MetricRule):
                out.append(Rule(**common, speaker=r.metric.by, where=self._where(r.where, loc),
                                phrases=None, examples=None,
                                matching=self._matching(None, model.defaults.match, loc,
                                                        phrases=False),
                                metric=MetricCheck(r.metric.event, r.metric.by,
                                                   r.metric.max_count)))
            else:
                matching = self._matching(r.match, model.defaults.match, loc)
                phrases = self._phrase_set(r.phrases, loc + ("phrases",))
                examples = (self._phrase_set(r.examples, loc + ("examples",))
                            if r.examples is not None else None)
                counter = (self._phrase_set(r.counter_examples, loc + ("counter_examples",))
                           if r.counter_examples is not None else None)
                excused = (self._phrase_set(r.exceptions, loc + ("exceptions",))
                           if r.exceptions is not None else None)
                strict = (self._phrase_set(r.strict_phrases, loc + ("strict_phrases",))
                          if r.strict_phrases is not None else None)
                for j, ref in enumerate(r.not_on or ()):
                    if ref not in kinds:
                        self.fail(loc + ("not_on", j), f"{ref!r} is not a rule above this "
                                                       f"one in this file")
                out.append(Rule(**common, speaker=r.speaker or model.defaults.speaker,
                                where=self._where(r.where, loc), phrases=phrases,
                                examples=examples, matching=matching,
                                counter_examples=counter, exceptions=excused,
                                strict_phrases=strict, not_on=tuple(r.not_on or ())))
            kinds.setdefault(r.id, r.kind)
        self.done()
        return tuple(out)

    def categories(self, model: CategoryFileModel) -> tuple[Category, ...]:
        out: list[Category] = []
        ids: set[str] = set()
        for i, c in enumerate(model.categories):
            loc: tuple[str | int, ...] = ("categories", i)
            if c.id in ids:
                self.fail(loc + ("id",), f"duplicate category id {c.id!r}")
            ids.add(c.id)
            base = model.defaults.classifier_alone
            own = c.classifier_alone or base
            out.append(Category(
                id=c.id, file=model.name, description=c.description,
                speaker=c.speaker or model.defaults.speaker, where=self._where(c.where, loc),
                phrases=self._phrase_set(c.phrases, loc + ("phrases",)),
                examples=(self._phrase_set(c.examples, loc + ("examples",))
                          if c.examples is not None else None),
                matching=self._matching(c.match, model.defaults.match, loc),
                min_hits=c.min_hits, line=self.lines.line(loc),
                exceptions=(self._phrase_set(c.exceptions, loc + ("exceptions",))
                            if c.exceptions is not None else None),
                alone_min_words=(own.min_words or base.min_words or 0),
                alone_not_sentiment=tuple(own.not_sentiment if own.not_sentiment is not None
                                          else base.not_sentiment or ()),
                alone_needs=self._alone_needs(c.classifier_alone, base, loc)))
        self.done()
        return tuple(out)

    def _alone_needs(self, own: ClassifierAlone | None, base: ClassifierAlone,
                     loc: tuple[str | int, ...]) -> PhraseSet | None:
        """A category's ``classifier_alone.needs`` (its own, else the file's default)."""
        if own is not None and own.needs is not None:
            return self._phrase_set(own.needs, loc + ("classifier_alone", "needs"))
        if base.needs is not None:
            return self._phrase_set(base.needs, ("defaults", "classifier_alone", "needs"))
        return None

    def _matching(self, spec: MatchSpec | None, default: MatchSpec,
                  loc: tuple[str | int, ...], phrases: bool = True) -> Matching:
        """How a rule's (or category's) phrases match; ``phrases`` False: an order or metric
        rule, whose matching is never used (its classifier item is not checked)."""
        def pick(name: str) -> Any:
            value = getattr(spec, name) if spec is not None else None
            return value if value is not None else getattr(default, name)

        methods = tuple(dict.fromkeys(pick("methods") or DEFAULT_METHODS))
        fuzzy = pick("fuzzy_threshold")
        semantic, by_language = _per_language(pick("semantic_threshold"))
        classifier, classifier_by = _per_language(pick("classifier_threshold"))
        item = ""
        if ("classifier" in methods or "restate" in methods) and phrases:
            named = pick("classifier_item")
            item = named or loc_id(self.model, loc)  # default: the rule's id
            known = _classifier_items()
            if item not in known:
                self.fail(loc + (("match", "classifier_item") if named else ("id",)),
                          f"the item classifier has no item {item!r}; give "
                          f"match.classifier_item, one of {', '.join(known)}")
        rivals = tuple(pick("classifier_rivals") or ())
        if rivals and item in _classifier_items():
            same = _same_model_items(item)
            for k, r in enumerate(rivals):
                if r not in same or r == item:
                    self.fail(loc + ("match", "classifier_rivals", k),
                              f"{r!r} is no other item of the classifier that answers "
                              f"{item!r}: give one of "
                              f"{', '.join(x for x in same if x != item)}")
        return Matching(methods=methods,
                        fuzzy_threshold=float(fuzzy if fuzzy is not None
                                              else DEFAULT_FUZZY_THRESHOLD),
                        semantic_threshold=float(semantic if semantic is not None
                                                 else DEFAULT_SEMANTIC_THRESHOLD),
                        fold_diacritics=(pick("diacritics") or "ignore") == "ignore",
                        semantic_by_language=by_language, classifier_item=item,
                        classifier_threshold=float(classifier if classifier is not None
                                                   else DEFAULT_CLASSIFIER_THRESHOLD),
                        classifier_by_language=classifier_by,
                        skip_words=tuple(sorted(
                            (lang, tuple(sorted({w.lower() for w in words})))
                            for lang, words in (pick("skip_words") or {}).items())),
                        classifier_min_words=int(pick("classifier_min_words") or 0),
                        classifier_rivals=rivals)

    def _where(self, where: Where | None, loc: tuple[str | int, ...]) -> Window:
        if where is None:
            return Window()
        given = [n for n in ("first_s", "last_s", "after") if getattr(where, n) is not None]
        if len(given) > 1:
            self.fail(loc + ("where",), f"give one of first_s, last_s, after, not "
                                        f"{' and '.join(given)}")
        after: After | None = where.after
        return Window(first_s=where.first_s, last_s=where.last_s,
                      after=None if after is None else EventWindow(
                          after.event, after.within_s, after.occurrence, after.counted_from))

    def _when(self, when: Any, loc: tuple[str | int, ...], earlier: set[str]) -> Conditions:
        if when is None:
            return Conditions()
        for field in ("passed", "said"):
            for j, ref in enumerate(getattr(when, field) or ()):
                if ref not in earlier:
                    self.fail(loc + ("when", field, j), f"{ref!r} is not a rule above this "
                                                        f"one in this file")
        for j, lang in enumerate(when.language or ()):
            self._language(lang, loc + ("when", "language", j))

        def tup(v: list[str] | None) -> tuple[str, ...] | None:
            return None if v is None else tuple(v)

        return Conditions(directions=tup(when.direction), queues=tup(when.queue),
                          categories=tup(when.category), not_categories=tup(when.not_category),
                          languages=tup(when.language), passed=tup(when.passed),
                          said=tup(when.said))

    def _language(self, lang: str, loc: tuple[str | int, ...]) -> None:
        if lang != ANY_LANGUAGE and not re.fullmatch(r"[a-z]{2,3}", lang):
            self.fail(loc, f"{lang!r} is not a language code (en, vi, ...) or '*'")

    def _phrase_set(self, phrases: Phrases, loc: tuple[str | int, ...],
                    expand: bool = True) -> PhraseSet:
        table = {ANY_LANGUAGE: phrases} if isinstance(phrases, list) else dict(phrases)
        if isinstance(phrases, list) and expand:  # per language when its variables are
            langs = {lang for p in phrases for name in _VAR.findall(p)
                     if name in self.variables for lang in self.variables[name].languages}
            if langs - {ANY_LANGUAGE}:
                table = {lang: phrases for lang in sorted(langs)}
        out: list[tuple[str, tuple[str, ...]]] = []
        for lang, items in table.items():
            lloc = loc if isinstance(phrases, list) else loc + (lang,)
            self._language(lang, lloc)
            if not items:
                self.fail(lloc, "needs at least one phrase")
            expanded: list[str] = []
            for j, p in enumerate(items):
                ploc = lloc + (j,)
                for text in (self._expand(p, lang, ploc) if expand else [p]):
                    toks = norm_tokens(text, keep_wildcards=True)
                    if not [t for t in toks if t != WILDCARD]:
                        self.fail(ploc, f"phrase {p!r} has no words")
                    elif toks[0] == WILDCARD and len(toks) == 1:
                        self.fail(ploc, "a phrase cannot be only a wildcard")
                    expanded.append(text)
            out.append((lang, tuple(dict.fromkeys(expanded))))
        return PhraseSet(tuple(out))

    def _expand(self, phrase: str, lang: str, loc: tuple[str | int, ...]) -> list[str]:
        """``phrase`` with each ``{variable}`` replaced by each of its wordings."""
        names = _VAR.findall(phrase)
        choices: list[Sequence[str]] = []
        for name in names:
            if name == AGENT_VARIABLE:
                choices.append(["{agent}"])  # filled per call
                continue
            var = self.variables.get(name)
            values = var.for_language(lang) if var is not None else None
            if var is None:
                self.fail(loc, f"unknown variable {{{name}}}; define it under variables")
                return []
            if values is None:
                self.fail(loc, f"variable {{{name}}} has no wordings for language {lang!r}")
                return []
            choices.append(values)
        if not names:
            return [phrase]
        out = []
        for combo in itertools.product(*choices):
            pieces = _VAR.split(phrase)  # text, name, text, name, ..., text
            text = "".join(p if k % 2 == 0 else combo[k // 2] for k, p in enumerate(pieces))
            out.append(text)
        return out


def _per_language(value: Any) -> tuple[Any, tuple[tuple[str, float], ...]]:
    """(the any-language value, per-language values) of ``0.9`` or ``{en: 0.88, "*": 0.9}``."""
    if not isinstance(value, dict):
        return value, ()
    by_language = {k: float(v) for k, v in value.items()}
    return by_language.pop(ANY_LANGUAGE, None), tuple(sorted(by_language.items()))


def loc_id(model: FileModel, loc: tuple[str | int, ...]) -> str:
    """The ``id`` of the rule or category at ``loc`` ("" for the file's defaults)."""
    if len(loc) >= 2 and loc[0] in ("rules", "categories") and isinstance(loc[1], int):
        entries = getattr(model, str(loc[0]))
        return str(entries[loc[1]].id)
    return ""


def _classifier_items() -> tuple[str, ...]:
    """The items the shipped item and conduct classifiers know (their files, not the
    embedder)."""
    from aqm.errors import ModelError
    from aqm.scoring.items import known_items

    try:
        return known_items()
    except ModelError as e:
        raise RuleError(str(e)) from e


def _same_model_items(item: str) -> tuple[str, ...]:
    """The items of the classifier file that answers ``item``."""
    from aqm.errors import ModelError
    from aqm.scoring.items import item_path, model_items

    try:
        return model_items(item_path(item))
    except ModelError as e:
        raise RuleError(str(e)) from e
