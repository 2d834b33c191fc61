"""Redact card numbers and personal data from a transcript, or from free text.

Example::

    result = redact_transcript(transcript, RedactionOptions.from_env())
    store(result.transcript)          # entity words replaced by "[CARD]", "[CVV]", ...
    audit(result.spans)               # where, what kind, keyed hash; never the value

The work happens when called; a call's transcript is small. Each redacted word keeps its
timings and gets the tag as text; a segment's text is rebuilt so that no digit of an
entity is left in it, also where the text holds words the word list lacks.
"""

from __future__ import annotations

import dataclasses
import hashlib
import hmac
import json
import logging
import os
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from aqm.errors import InputError
from aqm.redact.context import ALL_ENTITIES, EntityType
from aqm.redact.entities import DetectionSettings, EntitySpan, Token, detect_call
from aqm.types import Segment, Speaker, Transcript, Word

__all__ = [
    "ALL_ENTITIES",
    "DEFAULT_ENTITIES",
    "KEY_ENV",
    "RedactedSpan",
    "RedactionOptions",
    "RedactionResult",
    "entity_names",
    "redact_text",
    "redact_transcript",
]

log = logging.getLogger(__name__)

KEY_ENV = "AQM_REDACTION_KEY"  # deployment key for keyed value hashes (optional)
MIN_KEY_BYTES = 16
DEFAULT_ENTITIES: frozenset[EntityType] = frozenset({"CARD", "CVV", "EXPIRY", "NATIONAL_ID"})
TEXT_WORD_S = 0.4  # pseudo duration of one word of free text, for gaps and context windows
_TRAILING_PUNCT = re.compile(r"[.,!?;:…]+$")
_WORD = re.compile(r"\S+")

Key = tuple[int, int, int]  # (segment index, word index, layer): layer 0 words, 1 text words


@dataclass(frozen=True)
class RedactionOptions:
    """What is redacted and how. Set per deployment; ``hash_key`` is never in the hash.

    Attributes:
        entities: entity types to redact. Default: cards and their data (CARD, CVV,
            EXPIRY) and national IDs, as PCI DSS requires; PHONE, EMAIL, BANK_ACCOUNT
            and DOB are opt-in, since QA often checks them (e.g. a verified callback
            number). ``ALL_ENTITIES`` turns everything on.
        max_gap_s: longest pause inside one number read aloud.
        context_window_s: how long after context words ("card number", "mã bảo mật")
            a number is taken as that entity.
        context_gap_s: longest pause between two parts of one number read after its
            context (the agent confirms each group of four).
        min_context_card_digits: digits read after card context that are redacted as a
            card although not Luhn-valid (Whisper drops or repeats digits).
        hash_key: deployment secret; when set, each span carries HMAC-SHA256 of the
            normalised value so repeats can be matched without storing the value.
    """

    entities: frozenset[EntityType] = DEFAULT_ENTITIES
    max_gap_s: float = 3.0
    context_window_s: float = 20.0
    context_gap_s: float = 10.0
    min_context_card_digits: int = 8
    hash_key: bytes | None = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        entities = frozenset(self.entities)
        unknown = sorted(set(entities) - set(ALL_ENTITIES))
        if unknown:
            raise InputError(f"unknown redaction entities {unknown}; known: {ALL_ENTITIES}")
        object.__setattr__(self, "entities", entities)
        if min(self.max_gap_s, self.context_window_s, self.context_gap_s) < 0:
            raise InputError("redaction gaps and windows must not be negative")
        if self.hash_key is not None and len(self.hash_key) < MIN_KEY_BYTES:
            raise InputError(f"the redaction hash key must be at least {MIN_KEY_BYTES} bytes")

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None,
                 **overrides: object) -> RedactionOptions:
        """Options with ``hash_key`` from ``$AQM_REDACTION_KEY`` (UTF-8) when it is set."""
        value = (os.environ if environ is None else environ).get(KEY_ENV, "")
        key = value.encode() if value else None
        return cls(**{"hash_key": key, **overrides})  # type: ignore[arg-type]

    def to_json(self) -> str:
        fields = {f.name: getattr(self, f.name) for f in dataclasses.fields(self)
                  if f.name != "hash_key"}
        fields["entities"] = sorted(self.entities)
        fields["keyed"] = self.hash_key is not None
        return json.dumps(fields, sort_keys=True)

    def options_hash(self) -> str:
        return hashlib.sha256(self.to_json().encode()).hexdigest()[:16]

    def settings(self) -> DetectionSettings:
        return DetectionSettings(self.entities, self.max_gap_s, self.context_window_s,
                                 self.context_gap_s, self.min_context_card_digits)


@dataclass(frozen=True)
class RedactedSpan:
    """Words ``word_start``..``word_end`` (exclusive) of one segment were one entity.

    Word indices count ``segment.words``, or the whitespace-separated words of
    ``segment.text`` when the segment has no word timings (times are then spread over
    the segment). An entity read over several segments gives one span per segment, with
    the same ``occurrence``. ``value_hash`` is HMAC-SHA256 (hex) of ``"ENTITY:value"``
    under the deployment key, or None without a key; the value itself is never kept.
    An empty word range means the entity was only in ``segment.text``.
    """

    entity: EntityType
    speaker: Speaker
    channel: int | None
    start_s: float
    end_s: float
    segment_index: int
    word_start: int
    word_end: int
    value_hash: str | None
    occurrence: int = 0


@dataclass(frozen=True)
class RedactionResult:
    transcript: Transcript  # a new transcript; the input is unchanged
    spans: tuple[RedactedSpan, ...]  # in segment, then word order
    options_hash: str


@dataclass(frozen=True)
class _Mark:
    entity: EntityType
    occurrence: int
    value: str


def tag(entity: str) -> str:
    return f"[{entity}]"


def _text_tokens(text: str, start_s: float, end_s: float, segment: int,
                 vi: bool) -> tuple[list[Token], list[tuple[int, int]]]:
    """Whitespace words of ``text`` as tokens, times spread by character position."""
    spans = [m.span() for m in _WORD.finditer(text)]
    scale = (end_s - start_s) / max(len(text), 1)
    tokens = [Token(text[a:b], start_s + a * scale, start_s + b * scale, (segment, j, 1), vi)
              for j, (a, b) in enumerate(spans)]
    return tokens, spans


def _word_spans(text: str, words: Sequence[Word]) -> list[tuple[int, int]] | None:
    """Where each word is in ``text``, or None if the words don't spell the text."""
    spans, at = [], 0
    for word in words:
        piece = word.text.strip()
        while at < len(text) and text[at].isspace():
            at += 1
        if not text.startswith(piece, at):
            return None
        spans.append((at, at + len(piece)))
        at += len(piece)
    return spans if not text[at:].strip() else None


class _Layout:
    """How one transcript's segments become tokens, and back."""

    def __init__(self, segments: Sequence[Segment]) -> None:
        self.words: list[list[Token]] = []  # layer 0 (or text tokens when no words)
        self.text: list[list[Token]] = []  # tokens that segment.text is rebuilt from
        self.text_spans: list[list[tuple[int, int]]] = []
        self.aligned: list[bool] = []
        for i, seg in enumerate(segments):
            vi = seg.language.lower().startswith("vi")
            text_tokens, text_spans = _text_tokens(seg.text, seg.start_s, seg.end_s, i, vi)
            word_spans = _word_spans(seg.text, seg.words) if seg.words else None
            words = [Token(w.text, w.start_s, w.end_s, (i, j, 0), vi)
                     for j, w in enumerate(seg.words)]
            self.aligned.append(word_spans is not None)
            self.words.append(words or text_tokens)
            self.text.append(words if word_spans is not None else text_tokens)
            self.text_spans.append(word_spans if word_spans is not None else text_spans)

    def streams(self, segments: Sequence[Segment], layer: list[list[Token]]
                ) -> list[list[Token]]:
        """One stream per speaker channel in segment order, then the whole call by time."""
        groups: dict[tuple[Speaker, int | None], list[Token]] = {}
        for seg, tokens in zip(segments, layer, strict=True):
            groups.setdefault((seg.speaker, seg.channel), []).extend(tokens)
        streams = list(groups.values())
        if len(streams) > 1:
            whole = [t for tokens in layer for t in tokens]
            streams.append(sorted(whole, key=lambda t: (t.start_s, t.key)))
        return streams


def _marks(streams: Sequence[Sequence[Token]], found: Sequence[Sequence[EntitySpan]],
           marks: dict[Key, _Mark], occurrence: int) -> int:
    for tokens, spans in zip(streams, found, strict=True):
        for span in spans:
            occurrence += 1
            for token in tokens[span.start:span.end]:
                marks.setdefault(token.key, _Mark(span.entity, occurrence, span.value))
    return occurrence


def _tagged(piece: str, entity: str) -> str:
    """``piece`` with its word replaced by the tag; spaces and end punctuation stay."""
    lead = piece[:len(piece) - len(piece.lstrip())]
    trail = _TRAILING_PUNCT.search(piece.rstrip())
    return lead + tag(entity) + (trail.group() if trail else "")


def _rebuild(text: str, spans: Sequence[tuple[int, int]],
             marks: Sequence[_Mark | None]) -> str:
    """``text`` with marked words replaced; one tag for neighbouring words of one entity."""
    out, at, i = [], 0, 0
    while i < len(spans):
        mark = marks[i]
        if mark is None:
            i += 1
            continue
        last = i
        while last + 1 < len(spans) and marks[last + 1] == mark:
            last += 1
        a, b = spans[i][0], spans[last][1]
        out.append(text[at:a])
        out.append(_tagged(text[spans[last][0]:b], mark.entity))
        at, i = b, last + 1
    out.append(text[at:])
    return "".join(out)


def _value_hash(key: bytes | None, mark: _Mark) -> str | None:
    if key is None:
        return None
    return hmac.new(key, f"{mark.entity}:{mark.value}".encode(), hashlib.sha256).hexdigest()


def _spans(segments: Sequence[Segment], layout: _Layout, marks: Mapping[Key, _Mark],
           key: bytes | None) -> list[RedactedSpan]:
    spans: list[RedactedSpan] = []
    for i, seg in enumerate(segments):
        blocks: list[tuple[_Mark, int, int]] = []
        for j, token in enumerate(layout.words[i]):
            mark = marks.get(token.key)
            if mark is None:
                continue
            if blocks and blocks[-1][0] == mark and blocks[-1][2] == j:
                blocks[-1] = (mark, blocks[-1][1], j + 1)
            else:
                blocks.append((mark, j, j + 1))
        if seg.words and not layout.aligned[i]:  # found in segment.text only
            in_words = {b[0].entity for b in blocks}
            only_text: dict[_Mark, list[Token]] = {}
            for token in layout.text[i]:
                mark = marks.get(token.key)
                if mark is not None and mark.entity not in in_words:
                    only_text.setdefault(mark, []).append(token)
            for mark, tokens in only_text.items():
                spans.append(RedactedSpan(mark.entity, seg.speaker, seg.channel,
                                          tokens[0].start_s, tokens[-1].end_s, i, 0, 0,
                                          _value_hash(key, mark), mark.occurrence))
        for mark, a, b in blocks:
            tokens = layout.words[i]
            spans.append(RedactedSpan(mark.entity, seg.speaker, seg.channel,
                                      tokens[a].start_s, tokens[b - 1].end_s, i, a, b,
                                      _value_hash(key, mark), mark.occurrence))
    return spans


def _numbered(spans: list[RedactedSpan]) -> list[RedactedSpan]:
    """Occurrences numbered 1, 2, ... in the order they are first said."""
    order: dict[int, int] = {}
    for span in sorted(spans, key=lambda s: s.start_s):
        order.setdefault(span.occurrence, len(order) + 1)
    return [dataclasses.replace(s, occurrence=order[s.occurrence]) for s in spans]


def redact_transcript(transcript: Transcript,
                      options: RedactionOptions | None = None) -> RedactionResult:
    """A new transcript with ``options.entities`` replaced by tags, and where they were."""
    options = options or RedactionOptions()
    segments = transcript.segments
    layout = _Layout(segments)
    settings = options.settings()
    marks: dict[Key, _Mark] = {}
    streams = layout.streams(segments, layout.words)
    occurrence = _marks(streams, detect_call(streams, settings), marks, 0)
    if not all(layout.aligned[i] for i, seg in enumerate(segments) if seg.words):
        text_streams = layout.streams(segments, layout.text)
        _marks(text_streams, detect_call(text_streams, settings), marks, occurrence)
    new_segments = []
    for i, seg in enumerate(segments):
        words = tuple(
            dataclasses.replace(w, text=_tagged(w.text, marks[(i, j, 0)].entity))
            if (i, j, 0) in marks else w for j, w in enumerate(seg.words))
        text = _rebuild(seg.text, layout.text_spans[i],
                        [marks.get(t.key) for t in layout.text[i]])
        new_segments.append(dataclasses.replace(seg, text=text, words=words))
    spans = _numbered(_spans(segments, layout, marks, options.hash_key))
    log.debug("redaction: %d spans over %d segments", len(spans), len(segments))
    return RedactionResult(dataclasses.replace(transcript, segments=tuple(new_segments)),
                           tuple(spans), options.options_hash())


def redact_text(text: str, language: str = "en",
                options: RedactionOptions | None = None) -> str:
    """``text`` (a comment, a log line) with entities replaced by tags.

    ``language`` "vi" also reads Vietnamese number words written without tones.
    """
    options = options or RedactionOptions()
    vi = language.lower().startswith("vi")
    spans = [m.span() for m in _WORD.finditer(text)]
    tokens = [Token(text[a:b], j * TEXT_WORD_S, (j + 1) * TEXT_WORD_S, (0, j, 1), vi)
              for j, (a, b) in enumerate(spans)]
    marks: dict[Key, _Mark] = {}
    _marks([tokens], detect_call([tokens], options.settings()), marks, 0)
    return _rebuild(text, spans, [marks.get(t.key) for t in tokens])


def entity_names(entities: Iterable[str]) -> frozenset[EntityType]:
    """Entity names from configuration text, checked: ``"card, cvv"`` style input."""
    names = frozenset(e.strip().upper() for e in entities if e.strip())
    unknown = sorted(names - set(ALL_ENTITIES))
    if unknown:
        raise InputError(f"unknown redaction entities {unknown}; known: {ALL_ENTITIES}")
    return frozenset(e for e in ALL_ENTITIES if e in names)
