"""The schema of rule and category files (pydantic v2), and YAML reading that keeps lines.

Validation errors name the file, the line and the field::

    scorecards/rules/inbound.yaml:14: rules[2].match.fuzzy_threshold: Input should be
    less than or equal to 100

The YAML is composed into nodes first, so every value's line is known; pydantic's error
location is walked down that node tree (the deepest node that exists gives the line).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated, Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from aqm.errors import RuleError

Loc = tuple[str | int, ...]
ID_PATTERN = r"^[a-z][a-z0-9_]{0,63}$"
LANG_PATTERN = re.compile(r"^[a-z]{2,3}$")
Method = Literal["exact", "fuzzy", "sounds", "semantic", "classifier", "name", "restate"]
EventName = Literal["customer_negative", "customer_raised_voice", "customer_anger",
                    "agent_raised_voice", "agent_interruption", "customer_interruption"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class MatchSpec(_Model):
    """How phrases are matched. Unset fields come from the file's ``defaults.match``."""

    methods: list[Method] | None = Field(None, min_length=1)
    fuzzy_threshold: float | None = Field(None, ge=50, le=100)
    # one cosine for every language, or one per language ({en: 0.88, vi: 0.95, "*": 0.9}):
    # embeddings of some languages sit closer together than others'
    semantic_threshold: float | dict[str, float] | None = None
    diacritics: Literal["ignore", "strict"] | None = None
    # classifier: the per-item classifier's item (default: the rule's id) and the
    # probability a stretch of speech needs (one, or one per language)
    classifier_item: str | None = Field(None, min_length=1)
    classifier_threshold: float | dict[str, float] | None = None
    # words a wording may skip in the speech, per language ({en: [really, just]}): "you
    # really should have checked" says "you should have checked" (exact and fuzzy)
    skip_words: dict[str, list[str]] | None = None
    # classifier: the fewest words a stretch needs, and other items of the same classifier
    # whose probability a stretch's must beat ({classifier_rivals: [blame]})
    classifier_min_words: int | None = Field(None, ge=1, le=50)
    classifier_rivals: list[str] | None = Field(None, min_length=1)

    @field_validator("skip_words")
    @classmethod
    def _skip_words(cls, v: Any) -> Any:
        """One word each (no spaces), keyed by language code."""
        for lang, words in (v or {}).items():
            if not LANG_PATTERN.match(lang):
                raise ValueError(f"{lang!r} is not a language code (en, vi)")
            for w in words:
                if not w.strip() or len(w.split()) != 1:
                    raise ValueError(f"{w!r}: give single words")
        return v

    @field_validator("semantic_threshold", "classifier_threshold", mode="before")
    @classmethod
    def _cosines(cls, v: Any) -> Any:
        """One cosine in (0, 1], or one per language ({en: 0.88, vi: 0.95, "*": 0.9}):
        embeddings of some languages sit closer together than others'."""
        if v is None:
            return v
        for lang, x in (v.items() if isinstance(v, dict) else [("*", v)]):
            if isinstance(x, bool) or not isinstance(x, int | float):
                raise ValueError("give a number in (0, 1], or one per language "
                                 "({en: 0.88, vi: 0.95})")
            if not 0 < x <= 1:
                raise ValueError(f"{x} is not in (0, 1]")
            if lang != "*" and not (isinstance(lang, str) and LANG_PATTERN.match(lang)):
                raise ValueError(f"{lang!r} is not a language code (en, vi, or *)")
        return v


Phrases = list[str] | dict[str, list[str]]


class After(_Model):
    """A window that opens at an event: [event start, event end + within_s], or
    [event start, event start + within_s] with ``from: start``."""

    event: EventName
    within_s: float = Field(ge=0, le=600)
    occurrence: Literal["first", "each", "last"] = "first"
    counted_from: Literal["start", "end"] = Field("end", alias="from")


class Where(_Model):
    """Where in the call a phrase counts. At most one of the fields; none = anywhere."""

    first_s: float | None = Field(None, gt=0)
    last_s: float | None = Field(None, gt=0)
    after: After | None = None


class When(_Model):
    """When a rule applies. Every given field must hold."""

    direction: list[Literal["inbound", "outbound", "internal"]] | None = None
    queue: list[str] | None = None  # fnmatch patterns
    category: list[str] | None = None  # any of these categories found
    not_category: list[str] | None = None  # none of these found
    language: list[str] | None = None
    passed: list[str] | None = None  # rules of this file that must have passed
    # rules of this file whose wording must have been said, in their window or not
    said: list[str] | None = None


class _RuleBase(_Model):
    id: str = Field(pattern=ID_PATTERN)
    description: str = ""
    severity: Literal["info", "minor", "major", "critical"] = "major"
    weight: float = Field(1.0, ge=0)
    when: When | None = None


class _PhraseRule(_RuleBase):
    speaker: Literal["agent", "customer", "any"] | None = None
    where: Where | None = None
    phrases: Phrases
    examples: Phrases | None = None  # semantic examples (default: the phrases)
    # semantic: a stretch of speech closer to one of these than to every example is no match
    counter_examples: Phrases | None = None
    # wordings (matched exactly; tone marks kept unless a wording has none: "khong xu ly
    # duoc" excuses "không xử lý được") that excuse a hit they overlap: "that's our fault" is
    # an apology, not "that's your fault"; "đồ ngủ" is not "đồ ngu"
    exceptions: Phrases | None = None
    # wordings matched like ``phrases`` but with their tone marks kept, whatever the rule's
    # ``diacritics``: Vietnamese swear words that are everyday words without them ("đéo" is
    # not "đeo", "vãi" not "vài")
    strict_phrases: Phrases | None = None
    # rules above this one in the file whose restatement of the customer's problem (their
    # frame / restate evidence, its opening clause) a meaning match of this rule may not start
    # on: "so the card was taken" said back is not the card's resolution
    not_on: list[str] | None = None
    match: MatchSpec | None = None


class RequiredRule(_PhraseRule):
    kind: Literal["required"]


class ForbiddenRule(_PhraseRule):
    kind: Literal["forbidden"]


class AnswerFirstSpec(_Model):
    """The agent's answer to the caller's opening question, given before ``first``, counts
    as ``then``: at least ``min_words`` words that are not fillers, and no place of an
    ``unless`` rule among them."""

    min_words: int = Field(4, ge=1, le=50)
    unless: list[str] = Field(default_factory=list)


class OrderRule(_RuleBase):
    kind: Literal["order"]
    first: str = Field(pattern=ID_PATTERN)  # a rule id of this file
    then: str = Field(pattern=ID_PATTERN)
    answer_first: AnswerFirstSpec | None = None


class MetricSpec(_Model):
    event: Literal["interruption"]
    by: Literal["agent", "customer"]
    max_count: int = Field(0, ge=0)


class MetricRule(_RuleBase):
    kind: Literal["metric"]
    metric: MetricSpec
    where: Where | None = None


RuleModel = Annotated[RequiredRule | ForbiddenRule | OrderRule | MetricRule,
                      Field(discriminator="kind")]


class Defaults(_Model):
    speaker: Literal["agent", "customer", "any"] = "agent"
    match: MatchSpec = MatchSpec(methods=None, fuzzy_threshold=None, semantic_threshold=None,
                                 classifier_item=None, classifier_min_words=None,
                                 classifier_rivals=None)


class _FileBase(_Model):
    name: str = Field(pattern=ID_PATTERN)
    version: str | int | float
    description: str = ""
    variables: dict[str, Phrases] = {}

    @field_validator("version")
    @classmethod
    def _version_text(cls, v: str | int | float) -> str:
        return str(v)


class RuleFileModel(_FileBase):
    kind: Literal["rules"]
    defaults: Defaults = Defaults()
    rules: list[RuleModel] = Field(min_length=1)


class ClassifierAlone(_Model):
    """What a driver found by the classifier alone (one turn of the speaker, no wording in
    any turn) also needs: a turn of at least ``min_words`` words, a sentiment not in
    ``not_sentiment`` (when the call's sentiment is known), and one of the wordings
    ``needs`` in the turn (exact; a billing turn says something of money or charges)."""

    min_words: int | None = Field(None, ge=1)
    not_sentiment: list[Literal["negative", "neutral", "positive"]] | None = None
    needs: Phrases | None = None


class CategoryModel(_Model):
    id: str = Field(pattern=ID_PATTERN)
    description: str = ""
    speaker: Literal["agent", "customer", "any"] | None = None
    where: Where | None = None
    phrases: Phrases
    examples: Phrases | None = None
    # wordings (matched exactly, tone marks ignored as the category's matching says) that
    # excuse a hit they overlap in the same segment, a whole-segment classifier hit included:
    # "the ATM swallowed my card" is no lost card, "locked after three wrong passwords" no outage
    exceptions: Phrases | None = None
    match: MatchSpec | None = None
    min_hits: int = Field(1, ge=1)
    classifier_alone: ClassifierAlone | None = None  # unset fields: the file's defaults


class CategoryDefaults(_Model):
    speaker: Literal["agent", "customer", "any"] = "any"
    classifier_alone: ClassifierAlone = ClassifierAlone(min_words=None, not_sentiment=None)
    match: MatchSpec = MatchSpec(methods=None, fuzzy_threshold=None, semantic_threshold=None,
                                 classifier_item=None, classifier_min_words=None,
                                 classifier_rivals=None)


class CategoryFileModel(_FileBase):
    kind: Literal["categories"]
    defaults: CategoryDefaults = CategoryDefaults()
    categories: list[CategoryModel] = Field(min_length=1)


FileModel = RuleFileModel | CategoryFileModel


# --- YAML with line numbers -------------------------------------------------------------


class Lines:
    """The line (1-based) of every value in a YAML document, by its path."""

    def __init__(self) -> None:
        self.by_path: dict[Loc, int] = {}

    def line(self, loc: Loc) -> int:
        """The line of ``loc``, or of its deepest parent present in the file."""
        path = tuple(loc)
        while path:
            if path in self.by_path:
                return self.by_path[path]
            path = path[:-1]
        return self.by_path.get((), 1)


MAX_YAML_VALUES = 200_000  # a file expanding past this (aliases of aliases) is refused
MAX_YAML_DEPTH = 64


class _TooBig(Exception):
    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line


def _walk(node: yaml.Node, path: Loc, lines: Lines, problems: list[tuple[int, str]],
          budget: list[int], open_nodes: set[int]) -> None:
    """Record the line of every value and find duplicate keys. Anchors and aliases are
    followed, but a file that expands past ``MAX_YAML_VALUES`` values ("billion laughs"),
    nests deeper than ``MAX_YAML_DEPTH`` or holds an alias of itself raises ``_TooBig``."""
    line = node.start_mark.line + 1
    budget[0] -= 1
    if budget[0] < 0:
        raise _TooBig(line, f"the file expands to more than {MAX_YAML_VALUES} values "
                            f"(anchors and aliases?)")
    if len(path) > MAX_YAML_DEPTH:
        raise _TooBig(line, f"nested more than {MAX_YAML_DEPTH} levels deep")
    lines.by_path.setdefault(path, line)
    if not isinstance(node, yaml.MappingNode | yaml.SequenceNode):
        return
    if id(node) in open_nodes:
        raise _TooBig(line, f"{dotted(path)}: an alias refers to a value that contains it")
    open_nodes.add(id(node))
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key, value in node.value:
            name = str(key.value)
            if name in seen:
                problems.append((key.start_mark.line + 1,
                                 f"{dotted(path + (name,))}: duplicate key"))
            seen.add(name)
            lines.by_path[path + (name,)] = key.start_mark.line + 1
            _walk(value, path + (name,), lines, problems, budget, open_nodes)
    else:
        for i, item in enumerate(node.value):
            _walk(item, path + (i,), lines, problems, budget, open_nodes)
    open_nodes.discard(id(node))


def dotted(loc: Loc) -> str:
    """``('rules', 2, 'match')`` -> ``rules[2].match``; an odd key (empty, spaces, line
    breaks: a fuzzed or mistyped file) is quoted, so each problem stays on one line."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
            continue
        name = str(part)
        if not re.fullmatch(r"[\w{}*/-]+", name):
            name = repr(name)
        out += f".{name}" if out else name
    return out or "(file)"


def utf8_problem(path: Path, raw: bytes, e: UnicodeDecodeError) -> RuleError:
    """The error for a file that is not UTF-8, with the line of the first bad byte."""
    line = raw[:e.start].count(b"\n") + 1
    return RuleError(f"{path}:{line}: not UTF-8 text (byte {e.start})")


def one_line(text: str) -> str:
    """A problem message on one line (a value quoted in it may hold line breaks)."""
    return text.replace("\r", "\\r").replace("\n", "\\n")


def read_yaml(path: Path, text: str) -> tuple[Any, Lines]:
    """The document in ``text`` and its lines. Raises ``RuleError`` naming file and line."""
    lines = Lines()
    problems: list[tuple[int, str]] = []
    try:
        loader = yaml.SafeLoader(text)
        try:
            node = loader.get_single_node()
            if node is not None:  # walked first: it refuses what would hang constructing
                _walk(node, (), lines, problems, [MAX_YAML_VALUES], set())
            data = loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        line = mark.line + 1 if mark is not None else 1
        raise RuleError(f"{path}:{line}: not valid YAML: "
                        f"{one_line(str(e.problem or e.context))}") from e
    except yaml.reader.ReaderError as e:  # a character YAML does not allow (NUL, ...)
        line = text[:e.position].count("\n") + 1
        char = f"U+{e.character:04X}" if isinstance(e.character, int) else repr(e.character)
        raise RuleError(f"{path}:{line}: not valid YAML: character {char} is not "
                        f"allowed") from e
    except yaml.YAMLError as e:
        raise RuleError(f"{path}:1: not valid YAML: {one_line(str(e))}") from e
    except _TooBig as e:
        raise RuleError(f"{path}:{e.line}: {e}") from e
    except RecursionError as e:
        raise RuleError(f"{path}:1: nested too deeply") from e
    except (ValueError, TypeError, OverflowError) as e:  # e.g. a date 2026-13-45
        raise RuleError(f"{path}:1: a value cannot be read: {one_line(str(e))}") from e
    if node is None:
        raise RuleError(f"{path}:1: the file is empty")
    if problems:
        raise RuleError("\n".join(f"{path}:{line}: {msg}" for line, msg in problems))
    return data, lines


def validate_model(path: Path, data: Any, lines: Lines) -> FileModel:
    """The file's model; a ``RuleError`` lists every problem with its line and field."""
    if not isinstance(data, dict):
        raise RuleError(f"{path}:1: expected a mapping with kind, name, version, ...")
    kind = data.get("kind")
    model: type[RuleFileModel] | type[CategoryFileModel]
    if kind == "rules":
        model = RuleFileModel
    elif kind == "categories":
        model = CategoryFileModel
    else:
        raise RuleError(f"{path}:{lines.line(('kind',))}: kind: must be 'rules' or "
                        f"'categories', got {kind!r}")
    try:
        return model.model_validate(data)
    except ValidationError as e:
        raise RuleError("\n".join(_messages(path, e, lines, data))) from e


_TAGS = {"required", "forbidden", "order", "metric", "list[str]", "dict[str,list[str]]",
         "str", "int", "float"}


def _messages(path: Path, e: ValidationError, lines: Lines, data: Any) -> list[str]:
    out: list[str] = []
    seen: set[str] = set()
    for err in e.errors(include_url=False):
        loc = tuple(p for p in err["loc"] if not (isinstance(p, str) and p in _TAGS))
        if err["type"] == "union_tag_invalid":
            msg = "kind: must be one of required, forbidden, order, metric"
        else:
            msg = f"{dotted(loc)}: {one_line(err['msg'])}"
        text = f"{path}:{lines.line(loc)}: {msg}"
        if text not in seen:  # unions report one problem once per branch
            seen.add(text)
            out.append(text)
    return out
