"""Rule and category files (YAML) -> frozen, checked rules.

A QA lead writes what agents must and must not say in ``scorecards/rules/*.yaml``, and
what marks a call's driver in ``scorecards/categories/*.yaml``. Example::

    kind: rules
    name: inbound
    version: 3
    variables:
      company: {en: [acme bank], vi: [ngân hàng abc]}
    defaults:
      speaker: agent
      match: {methods: [exact, fuzzy], fuzzy_threshold: 88, diacritics: ignore}
    rules:
      - id: greeting
        kind: required                 # required | forbidden | order | metric
        when: {direction: [inbound]}
        where: {first_s: 20}           # or last_s, or after: {event, within_s, occurrence}
        phrases:
          en: [hello, good morning, thank you for calling {company}]
          vi: [xin chào, cảm ơn quý khách đã gọi]
      - id: thanks_before_goodbye
        kind: order
        first: thanks
        then: goodbye

``{name}`` in a phrase takes each wording of variable ``name``; ``{agent}`` is the agent's
name from the call's metadata (any one or two words when unknown); ``*`` is any one to
three words. Loading validates the schema (``aqm.scoring.schema``) and the references
between rules; every problem names the file, the line and the field.
"""

from __future__ import annotations

import hashlib
import itertools
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from aqm.errors import RuleError
from aqm.scoring.schema import (
    After,
    CategoryFileModel,
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
    read_yaml,
    utf8_problem,
    validate_model,
)
from aqm.scoring.text import WILDCARD, norm_tokens

SCORECARDS_ENV = "AQM_SCORECARDS"
ANY_LANGUAGE = "*"
AGENT_VARIABLE = "agent"
DEFAULT_METHODS: tuple[str, ...] = ("exact", "fuzzy")
DEFAULT_FUZZY_THRESHOLD = 88.0
DEFAULT_SEMANTIC_THRESHOLD = 0.88  # e5 cosines sit high: unrelated ~0.8
_VAR = re.compile(r"\{([a-z][a-z0-9_]*)\}")
RuleKind = Literal["required", "forbidden", "order", "metric"]


@dataclass(frozen=True)
class Matching:
    """How a rule's phrases are matched (all methods enabled are tried; scores kept)."""

    methods: tuple[str, ...]
    fuzzy_threshold: float  # rapidfuzz ratio, 0-100, over word windows
    semantic_threshold: float  # cosine similarity of sentence embeddings (any language)
    fold_diacritics: bool  # match without Vietnamese tone marks
    # per-language cosines that replace ``semantic_threshold`` for that language
    semantic_by_language: tuple[tuple[str, float], ...] = ()

    def semantic_threshold_for(self, language: str) -> float:
        """The cosine a semantic match needs in a call of ``language``."""
        return dict(self.semantic_by_language).get(language, self.semantic_threshold)


@dataclass(frozen=True)
class PhraseSet:
    """Wordings per language (``*``: any language). Phrases may hold ``{agent}``."""

    by_language: tuple[tuple[str, tuple[str, ...]], ...]

    def for_language(self, language: str) -> tuple[str, ...] | None:
        table = dict(self.by_language)
        return table.get(language, table.get(ANY_LANGUAGE))

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(lang for lang, _ in self.by_language)


@dataclass(frozen=True)
class EventWindow:
    event: str  # customer_negative, customer_raised_voice, customer_anger, ...
    within_s: float
    occurrence: str  # first | each | last


@dataclass(frozen=True)
class Window:
    """Where a phrase counts: within ``first_s`` of the first speech, the last ``last_s``
    before the end of the last speech, after an event, or anywhere (all None)."""

    first_s: float | None = None
    last_s: float | None = None
    after: EventWindow | None = None


@dataclass(frozen=True)
class Conditions:
    directions: tuple[str, ...] | None = None
    queues: tuple[str, ...] | None = None
    categories: tuple[str, ...] | None = None
    not_categories: tuple[str, ...] | None = None
    languages: tuple[str, ...] | None = None
    passed: tuple[str, ...] | None = None


@dataclass(frozen=True)
class MetricCheck:
    event: str  # interruption
    by: str  # agent | customer
    max_count: int


@dataclass(frozen=True)
class Rule:
    id: str
    file: str  # the rule file's ``name``
    kind: RuleKind
    description: str
    severity: str
    weight: float
    speaker: str  # agent | customer | any
    when: Conditions
    where: Window
    phrases: PhraseSet | None  # required / forbidden
    examples: PhraseSet | None  # semantic examples (the phrases when not given)
    matching: Matching
    first: str | None = None  # order rules: rule ids of the same file
    then: str | None = None
    metric: MetricCheck | None = None
    line: int = 0
    # semantic: speech closer to one of these than to every example does not match
    counter_examples: PhraseSet | None = None


@dataclass(frozen=True)
class Category:
    id: str
    file: str
    description: str
    speaker: str
    where: Window
    phrases: PhraseSet
    examples: PhraseSet | None
    matching: Matching
    min_hits: int
    line: int = 0


@dataclass(frozen=True)
class RuleFile:
    """Where a file came from: results store its name, version and SHA-256."""

    path: str
    name: str
    kind: str  # rules | categories
    version: str
    sha256: str


@dataclass(frozen=True)
class RulePack:
    files: tuple[RuleFile, ...]
    rules: tuple[Rule, ...]
    categories: tuple[Category, ...]

    @property
    def uses_semantic(self) -> bool:
        return any("semantic" in r.matching.methods for r in self.rules) or \
            any("semantic" in c.matching.methods for c in self.categories)


@dataclass(frozen=True)
class LoadedFile:
    info: RuleFile
    rules: tuple[Rule, ...] = ()
    categories: tuple[Category, ...] = ()


def default_scorecards_dir() -> Path:
    """``$AQM_SCORECARDS``, else the ``scorecards/`` folder shipped beside the package."""
    env = os.environ.get(SCORECARDS_ENV)
    return Path(env) if env else Path(__file__).resolve().parents[2] / "scorecards"


def scorecard_files(root: Path | None = None) -> list[Path]:
    """Every rule and category file under ``root`` (default: the bundled scorecards); QA
    forms (``forms/``, see ``aqm.scoring.forms``) are not rule files."""
    root = root or default_scorecards_dir()
    return sorted(p for p in root.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file()
                  and "forms" not in p.relative_to(root).parts)


def load_pack(paths: Iterable[str | Path] | None = None) -> RulePack:
    """Rules and categories from files and folders (default: the bundled scorecards)."""
    files: list[Path] = []
    for p in ([default_scorecards_dir()] if paths is None else paths):
        path = Path(p)
        if path.is_dir():
            files += scorecard_files(path)
        elif path.is_file():
            files.append(path)
        else:
            raise RuleError(f"{path}: no such rule file or folder")
    loaded = [load_file(f) for f in files]
    names: dict[str, str] = {}
    for lf in loaded:
        if lf.info.name in names:
            raise RuleError(f"{lf.info.path}:1: name: {lf.info.name!r} is also the name of "
                            f"{names[lf.info.name]}")
        names[lf.info.name] = lf.info.path
    cat_ids: dict[str, str] = {}
    for lf in loaded:
        for c in lf.categories:
            if c.id in cat_ids:
                raise RuleError(f"{lf.info.path}:{c.line}: category {c.id!r} is also in "
                                f"{cat_ids[c.id]}")
            cat_ids[c.id] = lf.info.path
    return RulePack(files=tuple(lf.info for lf in loaded),
                    rules=tuple(r for lf in loaded for r in lf.rules),
                    categories=tuple(c for lf in loaded for c in lf.categories))


def validate_file(path: str | Path) -> list[str]:
    """Problems of one file (empty when it is valid); each names file, line and field.
    A QA form (``kind: form``) is checked too, its rule references against the bundled
    rule files."""
    try:
        head = Path(path).read_bytes()[:65536].decode("utf-8", "replace")
        if re.search(r"^kind:\s*form\s*$", head, re.MULTILINE):
            from aqm.scoring.forms import load_form

            load_form(path, load_pack())
        else:
            load_file(path)
    except OSError as e:
        return [f"{path}: cannot read: {e.strerror}"]
    except RuleError as e:
        return str(e).splitlines()
    return []


def load_file(path: str | Path) -> LoadedFile:
    """One rule or category file, validated. Raises ``RuleError``."""
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
    model = validate_model(path, data, lines)
    info = RuleFile(path=str(path), name=model.name, kind=model.kind, version=str(model.version),
                    sha256=hashlib.sha256(raw).hexdigest())
    build = _Builder(path, model, lines)
    if isinstance(model, RuleFileModel):
        return LoadedFile(info, rules=build.rules(model))
    return LoadedFile(info, categories=build.categories(model))


class _Builder:
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
                out.append(Rule(**common, speaker="any", where=Window(), phrases=None,
                                examples=None, matching=self._matching(None, model.defaults
                                                                       .match, loc),
                                first=r.first, then=r.then))
            elif isinstance(r, MetricRule):
                out.append(Rule(**common, speaker=r.metric.by, where=self._where(r.where, loc),
                                phrases=None, examples=None,
                                matching=self._matching(None, model.defaults.match, loc),
                                metric=MetricCheck(r.metric.event, r.metric.by,
                                                   r.metric.max_count)))
            else:
                matching = self._matching(r.match, model.defaults.match, loc)
                phrases = self._phrase_set(r.phrases, loc + ("phrases",))
                examples = (self._phrase_set(r.examples, loc + ("examples",))
                            if r.examples is not None else None)
                counter = (self._phrase_set(r.counter_examples, loc + ("counter_examples",))
                           if r.counter_examples is not None else None)
                out.append(Rule(**common, speaker=r.speaker or model.defaults.speaker,
                                where=self._where(r.where, loc), phrases=phrases,
                                examples=examples, matching=matching,
                                counter_examples=counter))
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
            out.append(Category(
                id=c.id, file=model.name, description=c.description,
                speaker=c.speaker or model.defaults.speaker, where=self._where(c.where, loc),
                phrases=self._phrase_set(c.phrases, loc + ("phrases",)),
                examples=(self._phrase_set(c.examples, loc + ("examples",))
                          if c.examples is not None else None),
                matching=self._matching(c.match, model.defaults.match, loc),
                min_hits=c.min_hits, line=self.lines.line(loc)))
        self.done()
        return tuple(out)

    def _matching(self, spec: MatchSpec | None, default: MatchSpec,
                  loc: tuple[str | int, ...]) -> Matching:
        def pick(name: str) -> Any:
            value = getattr(spec, name) if spec is not None else None
            return value if value is not None else getattr(default, name)

        methods = tuple(dict.fromkeys(pick("methods") or DEFAULT_METHODS))
        fuzzy = pick("fuzzy_threshold")
        semantic = pick("semantic_threshold")
        by_language: dict[str, float] = {}
        if isinstance(semantic, dict):  # {en: 0.88, vi: 0.95, "*": 0.9}
            by_language = {k: float(v) for k, v in semantic.items()}
            semantic = by_language.pop(ANY_LANGUAGE, None)
        return Matching(methods=methods,
                        fuzzy_threshold=float(fuzzy if fuzzy is not None
                                              else DEFAULT_FUZZY_THRESHOLD),
                        semantic_threshold=float(semantic if semantic is not None
                                                 else DEFAULT_SEMANTIC_THRESHOLD),
                        fold_diacritics=(pick("diacritics") or "ignore") == "ignore",
                        semantic_by_language=tuple(sorted(by_language.items())))

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
                          after.event, after.within_s, after.occurrence))

    def _when(self, when: Any, loc: tuple[str | int, ...], earlier: set[str]) -> Conditions:
        if when is None:
            return Conditions()
        for j, ref in enumerate(when.passed or ()):
            if ref not in earlier:
                self.fail(loc + ("when", "passed", j), f"{ref!r} is not a rule above this one "
                                                       f"in this file")
        for j, lang in enumerate(when.language or ()):
            self._language(lang, loc + ("when", "language", j))

        def tup(v: list[str] | None) -> tuple[str, ...] | None:
            return None if v is None else tuple(v)

        return Conditions(directions=tup(when.direction), queues=tup(when.queue),
                          categories=tup(when.category), not_categories=tup(when.not_category),
                          languages=tup(when.language), passed=tup(when.passed))

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
