"""What rule and category files become: frozen, checked rules (see ``aqm.scoring.rules``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

ANY_LANGUAGE = "*"
AGENT_VARIABLE = "agent"
DEFAULT_METHODS: tuple[str, ...] = ("exact", "fuzzy")
DEFAULT_FUZZY_THRESHOLD = 88.0
DEFAULT_SEMANTIC_THRESHOLD = 0.88  # e5 cosines sit high: unrelated ~0.8
DEFAULT_CLASSIFIER_THRESHOLD = 0.5
MEANING_METHODS = ("semantic", "classifier", "restate")  # need the sentence embedder
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
    # classifier: the script item asked about (see ``aqm.scoring.items``), the probability
    # a stretch of speech needs, and per-language probabilities that replace it
    classifier_item: str = ""
    classifier_threshold: float = DEFAULT_CLASSIFIER_THRESHOLD
    classifier_by_language: tuple[tuple[str, float], ...] = ()
    # per language, words the speech may hold inside a wording (lower case; one written with
    # tone marks is found with them only, one without any with or without them)
    skip_words: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # classifier: the fewest words a stretch needs ("Sure." is no rudeness), and items of the
    # same classifier a stretch's probability must beat (a blaming line is no rude one)
    classifier_min_words: int = 0
    classifier_rivals: tuple[str, ...] = ()

    def skip_words_for(self, language: str) -> frozenset[str]:
        """The words a wording may skip in a call of ``language``."""
        return frozenset(dict(self.skip_words).get(language, ()))

    def semantic_threshold_for(self, language: str) -> float:
        """The cosine a semantic match needs in a call of ``language``."""
        return dict(self.semantic_by_language).get(language, self.semantic_threshold)

    def classifier_threshold_for(self, language: str) -> float:
        """The probability a classifier match needs in a call of ``language``."""
        return dict(self.classifier_by_language).get(language, self.classifier_threshold)


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
    counted_from: str = "end"  # within_s counts from the event's start or its end


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
    said: tuple[str, ...] | None = None


@dataclass(frozen=True)
class AnswerFirst:
    """An order rule's ``answer_first``: the agent's answer to the caller's opening question
    before ``first`` counts as ``then`` (aqm.scoring.order_answer)."""

    min_words: int
    unless: tuple[str, ...] = ()  # rules of the same file whose places mean no answer


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
    answer_first: AnswerFirst | None = None
    metric: MetricCheck | None = None
    line: int = 0
    # semantic: speech closer to one of these than to every example does not match
    counter_examples: PhraseSet | None = None
    # a hit overlapped by one of these (exact, same segment) does not count; tone marks kept
    # unless a wording is written without any
    exceptions: PhraseSet | None = None
    # wordings matched like ``phrases`` with their tone marks kept, whatever ``matching`` says
    strict_phrases: PhraseSet | None = None
    # rules of the same file whose restatement a meaning match of this one may not start on
    not_on: tuple[str, ...] = ()


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
    # a hit (phrase, or the classifier's whole segment) overlapped by one of these does not
    # count (exact; tone marks as ``matching`` says)
    exceptions: PhraseSet | None = None
    # found by the classifier alone (one turn, no wording): the turn needs this many words,
    # none of these sentiments and, when set, one of the ``alone_needs`` wordings (exact)
    alone_min_words: int = 0
    alone_not_sentiment: tuple[str, ...] = ()
    alone_needs: PhraseSet | None = None


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
        """Some rule or category matches by meaning (needs the sentence embedder)."""
        return any(m in MEANING_METHODS for r in self.rules for m in r.matching.methods) or \
            any(m in MEANING_METHODS for c in self.categories for m in c.matching.methods)

    @property
    def uses_classifier(self) -> bool:
        return any(m in ("classifier", "restate") for r in self.rules
                   for m in r.matching.methods) or \
            any("classifier" in c.matching.methods for c in self.categories)


@dataclass(frozen=True)
class LoadedFile:
    info: RuleFile
    rules: tuple[Rule, ...] = ()
    categories: tuple[Category, ...] = ()

