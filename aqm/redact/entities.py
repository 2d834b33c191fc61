"""Find card numbers and personal data in a call's word streams.

A stream is the words of one speaker channel in time order, or of the whole call. A
number read aloud becomes a *run*: number groups (:mod:`aqm.redact.numbers`) that follow
each other with only hesitations or punctuation between them and pauses no longer than
``max_gap_s``. Runs become entities by these rules, in this order:

1. CARD: a run of 13-19 digits (leading zeros dropped) that passes the Luhn check, also
   once an echo is taken out ("4111" "4111" "1111" "1111"), or a run holding a stretch
   of whole groups (longer runs: any stretch) with a card brand's prefix and length that
   passes it (``checks.py``).
2. EXPIRY, DOB: the date said within a few words after their context words.
3. Context (``context.py``, any speaker, within ``context_window_s`` before the run): a
   run is what the nearest context whose digit count it suits says, if that entity is
   enabled. Card context
   takes runs of at least ``min_context_card_digits`` digits, so a card whose digits
   Whisper dropped (no longer Luhn-valid) is still redacted; CVV takes 2-4 digits.
   A run right after a taken one on the same stream (pause up to ``context_gap_s``, no
   words between) joins it while the digit count still fits.
   Amounts ("120.000 đồng", "one hundred dollars", "50 triệu") are never taken by
   context or by the rules below.
4. Without context: a 12-digit run shaped like a Vietnamese citizen ID (CCCD), and a
   valid Vietnamese mobile number (``phonenumbers``) or one said with a leading plus.
4b. A whole run of 15-16 digits shaped like a card (brand prefix and length) that fails
   the Luhn check is still a card (a digit misheard), unless one of the
   ``NOT_CARD_LOOKBACK_WORDS`` words before it names something else ("reference", "mã hồ
   sơ": ``NOT_CARD``).
5. A run partly taken whose other digits repeat the taken ones (the whole call
   interleaves the customer's digits with the agent saying them back) is all taken.
6. A run of 8 or more digits that repeats (or holds) a card, phone, ID or account number
   taken on another stream is the same entity: the customer reads the card with no context
   word, the agent reads it back after "card number". A date is never part of a number
   longer than 8 digits (a card read right after the other speaker's "expiry date").
EMAIL is found on its own: written (``a.b@c.com``) or spoken (``john dot smith at gmail
dot com``, ``a còng``, ``chấm``).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

from aqm.redact.checks import card_number, card_shaped, citizen_id, valid_phone, without_echo
from aqm.redact.context import (
    CURRENCY,
    DATE_LINKS,
    FILLERS,
    MONTHS,
    NOT_CARD,
    EntityType,
    find_context,
    in_set,
)
from aqm.redact.emails import find_emails
from aqm.redact.numbers import Kind, NumberGroup, lexeme, norm, parse_numbers

__all__ = ["DetectionSettings", "EntitySpan", "Token", "detect_call"]

_LEFTOVER = (Kind.VI_TENS, Kind.ZERO_FILL, Kind.REPEAT)
_KHONG = frozenset({"không", "khong", "hông", "hong"})
MAX_BRIDGE_WORDS = 3  # hesitations or acknowledgements between two digit groups of a run
DATE_LOOKAHEAD_WORDS = 6  # words allowed between a date's context and the date
DATE_MAX_WORDS = 10
DATE_MAX_DIGITS = 8
# the least digits of a number said again on another stream that make it the same entity
MIN_REPEAT_DIGITS = 8
NOT_CARD_LOOKBACK_WORDS = 8  # words before a card-shaped run searched for a NOT_CARD word
REPEATABLE: frozenset[EntityType] = frozenset({"CARD", "PHONE", "NATIONAL_ID", "BANK_ACCOUNT"})
# Digit counts each context accepts (inclusive); CARD's lower bound is a setting.
CONTEXT_DIGITS: dict[EntityType, tuple[int, int]] = {
    "CARD": (8, 99), "CVV": (2, 4), "PHONE": (7, 15), "NATIONAL_ID": (9, 12),
    "BANK_ACCOUNT": (6, 19),
}


@dataclass(frozen=True)
class Token:
    """One written word of a stream. ``key`` says where it came from, for the caller."""

    text: str
    start_s: float
    end_s: float
    key: tuple[int, int, int]
    toneless_vi: bool = False  # a Vietnamese segment: number words may lack diacritics


@dataclass(frozen=True)
class EntitySpan:
    """Stream words ``start``..``end`` (exclusive) are one ``entity`` with this value.

    ``value`` is the normalised value (digits, lower-case address) for keyed hashing; it
    must never be logged or stored.
    """

    entity: EntityType
    start: int
    end: int
    value: str


@dataclass(frozen=True)
class DetectionSettings:
    entities: frozenset[EntityType]
    max_gap_s: float = 3.0
    context_window_s: float = 20.0
    context_gap_s: float = 10.0
    min_context_card_digits: int = 8


@dataclass(frozen=True)
class _Run:
    stream: int
    groups: tuple[NumberGroup, ...]
    start_s: float
    end_s: float
    amount: bool  # money or a quantity: "120.000 đồng", "one hundred and twenty dollars"
    digits: str

    @property
    def start(self) -> int:
        return self.groups[0].start

    @property
    def end(self) -> int:
        return self.groups[-1].end


@dataclass(frozen=True)
class _Hit:
    entity: EntityType
    start_s: float
    end_s: float


class _Stream:
    """One stream, read once: its context phrases, number groups and runs."""

    def __init__(self, index: int, tokens: Sequence[Token], settings: DetectionSettings) -> None:
        self.index, self.tokens = index, tokens
        words = [t.text for t in tokens]
        toneless = [t.toneless_vi for t in tokens]
        self.norms = [norm(w) for w in words]
        self.context = find_context(words, toneless)
        in_context = [False] * len(tokens)
        for hit in self.context:
            in_context[hit.start:hit.end] = [True] * (hit.end - hit.start)
        fillers = [not w or in_set(w, FILLERS, t) for w, t in zip(self.norms, toneless,
                                                                 strict=True)]
        self.groups = parse_numbers(words, toneless, skip=in_context, transparent=fillers)
        self.group_at = {i: g for g in self.groups for i in range(g.start, g.end)}
        self.runs = self._runs(settings.max_gap_s)
        self.run_at = {i: r for r in self.runs for i in range(r.start, r.end)}
        self.starts = [t.start_s for t in tokens]
        self.in_order = all(a <= b for a, b in zip(self.starts, self.starts[1:], strict=False))

    def bridges(self, i: int) -> bool:
        """Word ``i`` may sit inside a number read aloud: a hesitation, punctuation, or a
        number word left over by the parser ("mươi", "double" out of place)."""
        word, toneless = self.norms[i], self.tokens[i].toneless_vi
        if not word or in_set(word, FILLERS, toneless):
            return True
        lex = lexeme(word, toneless)
        return lex is not None and lex.kind in _LEFTOVER and i not in self.group_at

    def _runs(self, max_gap_s: float) -> list[_Run]:
        runs: list[_Run] = []
        current: list[NumberGroup] = []
        for group in self.groups:
            if current and self._joins(current[-1], group, max_gap_s):
                current.append(group)
                continue
            if current:
                runs.append(self._run(current))
            current = [group]
        if current:
            runs.append(self._run(current))
        return runs

    def _joins(self, left: NumberGroup, right: NumberGroup, max_gap_s: float) -> bool:
        between = range(left.end, right.start)
        if len(between) > MAX_BRIDGE_WORDS or not all(self.bridges(i) for i in between):
            return False
        return all(self.tokens[i + 1].start_s - self.tokens[i].end_s <= max_gap_s
                   for i in range(left.end - 1, right.start))

    def _run(self, groups: list[NumberGroup]) -> _Run:
        end = groups[-1].end
        unit = end < len(self.tokens) and in_set(self.norms[end], CURRENCY,
                                                 self.tokens[end].toneless_vi)
        return _Run(self.index, tuple(groups), self.tokens[groups[0].start].start_s,
                    self.tokens[end - 1].end_s, unit or any(g.amount for g in groups),
                    "".join(g.digits for g in groups))

    def first_from(self, time_s: float) -> int | None:
        """The first word that starts at or after ``time_s``."""
        if self.in_order:
            i = bisect.bisect_left(self.starts, time_s)
            return i if i < len(self.tokens) else None
        return next((i for i, t in enumerate(self.tokens) if t.start_s >= time_s), None)

    def hits(self) -> list[_Hit]:
        return [_Hit(h.entity, self.tokens[h.start].start_s, self.tokens[h.end - 1].end_s)
                for h in self.context]

    def plus_before(self, run: _Run) -> bool:
        first = self.tokens[run.start].text.strip()
        before = self.norms[run.start - 1] if run.start > 0 else ""
        return first.startswith("+") or before in ("plus", "cộng", "+")


class _Detector:
    def __init__(self, streams: Sequence[Sequence[Token]], settings: DetectionSettings) -> None:
        self.settings = settings
        self.streams = [_Stream(i, tokens, settings) for i, tokens in enumerate(streams)]
        self.found: list[list[EntitySpan]] = [[] for _ in streams]
        self.taken: dict[tuple[int, int, int], EntityType] = {}
        self.hits = sorted({h for s in self.streams for h in s.hits()},
                           key=lambda h: (h.start_s, h.end_s))

    def enabled(self, entity: EntityType) -> bool:
        return entity in self.settings.entities

    def free(self, stream: _Stream, start: int, end: int) -> bool:
        return not any(stream.tokens[i].key in self.taken for i in range(start, end))

    def take(self, stream: _Stream, entity: EntityType, start: int, end: int,
             value: str) -> None:
        self.found[stream.index].append(EntitySpan(entity, start, end, value))
        for i in range(start, end):
            self.taken.setdefault(stream.tokens[i].key, entity)

    def run(self) -> list[list[EntitySpan]]:
        runs = sorted((r for s in self.streams for r in s.runs),
                      key=lambda r: (r.start_s, r.stream))
        if self.enabled("CARD"):
            for run in runs:
                card = card_number(run.groups)
                stream = self.streams[run.stream]
                # Also where another stream took part of it: the whole call holds both
                # the customer's digits and the agent's repeat.
                if card is not None and not all(
                        stream.tokens[i].key in self.taken for i in range(run.start, run.end)):
                    self.take(stream, "CARD", run.start, run.end, card)
        for entity in ("EXPIRY", "DOB"):
            if self.enabled(entity):
                self.dates(entity)
        self.by_context(runs)
        for run in runs:
            self.standalone(run)
        if self.enabled("CARD"):
            for run in runs:
                self.misheard_card(run)
        for run in runs:
            self.spread(run)
        for run in runs:
            self.repeated(run)
        return self.found

    def misheard_card(self, run: _Run) -> None:
        """A whole run shaped like a card that fails Luhn (rule 4b)."""
        stream = self.streams[run.stream]
        if run.amount or not card_shaped(run.digits) or not self.free(stream, run.start,
                                                                       run.end):
            return
        lo = max(0, run.start - NOT_CARD_LOOKBACK_WORDS)
        before = stream.norms[lo:run.start]
        pairs = [" ".join(before[i:i + 2]) for i in range(len(before) - 1)]
        toneless = stream.tokens[run.start].toneless_vi
        if not any(in_set(w, NOT_CARD, toneless) for w in (*before, *pairs)):
            self.take(stream, "CARD", run.start, run.end, run.digits)

    def spread(self, run: _Run) -> None:
        """A run partly taken is all taken when the rest repeats it: on the whole call,
        the customer's digits interleave with the agent saying them back."""
        stream = self.streams[run.stream]
        taken, blocks, entity = "", [""], None  # blocks: the untaken stretches
        for group in run.groups:
            keys = [stream.tokens[i].key for i in range(group.start, group.end)]
            if all(k in self.taken for k in keys):
                taken += group.digits
                entity = entity or self.taken[keys[0]]
                blocks.append("")
            else:
                blocks[-1] += group.digits
        blocks = [b for b in blocks if b]
        repeats = len("".join(blocks)) >= 2 and all(b in taken for b in blocks)
        if entity is not None and blocks and (repeats or without_echo(run.groups)):
            self.take(stream, entity, run.start, run.end, run.digits)

    def repeated(self, run: _Run) -> None:
        """A number said again is the same entity: a run of ``MIN_REPEAT_DIGITS`` or more
        untaken digits that repeats (or holds) the value of an entity taken on another
        stream, or the other way round (the customer reads the card without its context
        word, the agent reads it back after "card number") is taken too."""
        stream = self.streams[run.stream]
        if run.amount or len(run.digits) < MIN_REPEAT_DIGITS or not self.free(
                stream, run.start, run.end):
            return
        for index, spans in enumerate(self.found):
            for span in spans:
                value = span.value
                if index != run.stream and span.entity in REPEATABLE and len(value) >= (
                        MIN_REPEAT_DIGITS) and value.isdigit() and (
                        value in run.digits or run.digits in value):
                    self.take(stream, span.entity, run.start, run.end, run.digits)
                    return

    def dates(self, entity: EntityType) -> None:
        for hit in (h for h in self.hits if h.entity == entity):
            for stream in self.streams:
                span = self.date_after(stream, hit)
                if span is not None and self.free(stream, *span) and not self.in_long_run(
                        stream, *span):
                    value = "".join(stream.group_at[i].digits for i in range(*span)
                                    if i in stream.group_at and stream.group_at[i].start == i)
                    self.take(stream, entity, span[0], span[1], value)

    def date_after(self, stream: _Stream, hit: _Hit) -> tuple[int, int] | None:
        """Words of the first date said after ``hit`` on ``stream``, if close enough."""
        tokens, limit = stream.tokens, hit.end_s + self.settings.context_window_s
        first = stream.first_from(hit.end_s - 0.01)
        if first is None:
            return None
        for start in range(first, min(first + DATE_LOOKAHEAD_WORDS + 1, len(tokens))):
            if tokens[start].start_s > limit:
                return None
            if start in stream.group_at or self.is_month(stream, start):
                break
        else:
            return None
        end, digits = start, 0
        while end < len(tokens) and end - start < DATE_MAX_WORDS:
            if end > start and tokens[end].start_s - tokens[end - 1].end_s > (
                    self.settings.max_gap_s):
                break
            group = stream.group_at.get(end)
            link = in_set(stream.norms[end], DATE_LINKS, tokens[end].toneless_vi)
            if group is not None:
                # "năm" is five, or "year" before the year: it doesn't count
                digits += len(group.digits) if group.start == end and not link else 0
                if digits > DATE_MAX_DIGITS:
                    break
            elif not (link or self.is_month(stream, end) or stream.bridges(end)):
                break
            end += 1
        while end > start and end - 1 not in stream.group_at and not self.is_month(stream,
                                                                                     end - 1):
            end -= 1  # no trailing "of", "tháng"
        month = any(self.is_month(stream, i) for i in range(start, end))
        digits = sum(len(stream.group_at[i].digits) for i in range(start, end)
                     if i in stream.group_at and stream.group_at[i].start == i)
        return (start, end) if digits >= 2 or (month and digits) else None  # not "one moment"

    @staticmethod
    def in_long_run(stream: _Stream, start: int, end: int) -> bool:
        """Words ``start``..``end`` hold part of a number too long to be a date (a card read
        after the other speaker's "expiry date" is no date)."""
        return any(len(stream.run_at[i].digits) > DATE_MAX_DIGITS
                   for i in range(start, end) if i in stream.run_at)

    @staticmethod
    def is_month(stream: _Stream, i: int) -> bool:
        return stream.norms[i] in MONTHS

    def by_context(self, runs: list[_Run]) -> None:
        used: set[tuple[_Hit, int]] = set()  # a context is used once on each stream
        starts = [h.start_s for h in self.hits]
        reach = self.settings.context_window_s + max(
            (h.end_s - h.start_s for h in self.hits), default=0.0)
        for run in runs:
            stream = self.streams[run.stream]
            if not self.free(stream, run.start, run.end):
                continue
            best: _Hit | None = None
            near = self.hits[bisect.bisect_left(starts, run.start_s - reach):
                             bisect.bisect_right(starts, run.start_s)]
            for hit in near:  # the nearest context before the run that fits it
                if (hit, run.stream) in used or not self.accepts(hit, run):
                    continue
                if run.start_s <= hit.end_s + self.settings.context_window_s and (
                        best is None or hit.end_s >= best.end_s):
                    best = hit
            if best is None:
                continue
            used.update((h, run.stream) for h in self.hits
                        if h.entity == best.entity and h.end_s <= best.end_s)
            if self.enabled(best.entity):
                self.take_with_followers(stream, run, best.entity)

    def accepts(self, hit: _Hit, run: _Run) -> bool:
        if hit.entity not in CONTEXT_DIGITS or run.amount or self.only_khong(run):
            return False
        if hit.entity == "PHONE" and card_shaped(run.digits):
            return False  # a card said after "text message": an earlier card word may take it
        low, high = CONTEXT_DIGITS[hit.entity]
        if hit.entity == "CARD":
            low = self.settings.min_context_card_digits
        return low <= len(run.digits) <= high

    def only_khong(self, run: _Run) -> bool:
        """The run's digits are all "không" (zero, and also "no" / "not"): "còn việc gì
        khác không ạ?" - "không, vậy thôi" is no number said after "mặt sau thẻ"."""
        stream = self.streams[run.stream]
        return all(stream.norms[i] in _KHONG for g in run.groups
                   for i in range(g.start, g.end))

    def take_with_followers(self, stream: _Stream, run: _Run, entity: EntityType) -> None:
        end, digits, last_end_s = run.end, run.digits, run.end_s
        high = CONTEXT_DIGITS[entity][1]
        for follower in stream.runs:
            if follower.start < end:
                continue
            gap_ok = follower.start_s - last_end_s <= self.settings.context_gap_s
            between_ok = all(stream.bridges(i) for i in range(end, follower.start))
            if not (gap_ok and between_ok and len(digits) + len(follower.digits) <= high
                    and self.free(stream, follower.start, follower.end)):
                break
            end, digits, last_end_s = follower.end, digits + follower.digits, follower.end_s
        self.take(stream, entity, run.start, end, digits)

    def standalone(self, run: _Run) -> None:
        stream = self.streams[run.stream]
        if run.amount or not self.free(stream, run.start, run.end):
            return
        digits = run.digits
        if self.enabled("NATIONAL_ID") and citizen_id(digits):
            self.take(stream, "NATIONAL_ID", run.start, run.end, digits)
            return
        plus = stream.plus_before(run)
        shaped = plus or (len(digits) == 10 and digits[:2] in ("03", "05", "07", "08", "09"))
        if self.enabled("PHONE") and shaped and valid_phone(digits, plus):
            said_plus = run.start > 0 and stream.norms[run.start - 1] in ("plus", "cộng")
            self.take(stream, "PHONE", run.start - said_plus, run.end, digits)


def detect_call(streams: Sequence[Sequence[Token]],
                settings: DetectionSettings) -> list[list[EntitySpan]]:
    """Entities in each stream of one call; context counts across all streams.

    A word (by ``Token.key``) belongs to at most one entity: the first rule that takes it.
    """
    found = _Detector(streams, settings).run()
    if "EMAIL" in settings.entities:
        for i, tokens in enumerate(streams):
            found[i].extend(EntitySpan("EMAIL", a, b, value) for a, b, value in find_emails(
                [norm(t.text) for t in tokens], [t.toneless_vi for t in tokens]))
    return found


