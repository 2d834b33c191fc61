"""Spoken numbers in English and Vietnamese to digit strings, with their source words.

Whisper writes a number read aloud in many ways: ``4111``, ``4.`` ``1,``, ``four one one``,
``forty one eleven``, ``double five``, ``bốn một một``, ``hai mươi tám``, or mixed
(``4 one 1 một``). :func:`parse_numbers` turns a sequence of words into
:class:`NumberGroup` s: the digits each spoken number stands for and the word indices it
came from. Digits read one by one give one group per word; a cardinal said in words
(``one hundred and twenty``, ``một trăm hai mươi nghìn``) gives one group.

Vietnamese number words are matched exactly (NFC, lower case) when written with their
diacritics. When Whisper dropped the tones (a plain ASCII word), they are matched on
their toneless form only where the caller says the text is Vietnamese (``toneless_vi``):
toneless ``ba``, ``sau``, ``nam``, ``lam`` are everyday English/Vietnamese words too.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

__all__ = [
    "NumberGroup",
    "fold",
    "has_digit",
    "norm",
    "parse_numbers",
    "to_digits",
    "tokenize",
]


class Kind(Enum):
    UNIT = "unit"  # 0..9: one word, one digit (zero, oh, một, mốt, tư, lăm, ...)
    TEEN = "teen"  # 10..19 in English
    TENS = "tens"  # 20..90 in English
    VI_TEN = "vi_ten"  # mười (10); a unit may follow
    VI_TENS = "vi_tens"  # mươi: the unit before it counts tens
    VI_MUOI = "vi_muoi"  # toneless "muoi": mươi after a unit 2..9, else mười
    ZERO_FILL = "zero_fill"  # linh / lẻ inside a hundred (một trăm linh năm)
    HUNDRED = "hundred"
    SCALE = "scale"  # thousand / million / nghìn / triệu
    REPEAT = "repeat"  # double / triple
    AND = "and"  # "one hundred and five"
    ORDINAL = "ordinal"  # first .. thirty-first
    NUMERAL = "numeral"  # a word with digits in it: 4111, 4., 12/28, $120


@dataclass(frozen=True)
class Lexeme:
    kind: Kind
    value: int = 0


@dataclass(frozen=True)
class NumberGroup:
    """One spoken number: ``digits`` from words ``start`` up to (not including) ``end``.

    ``amount``: said or written like a quantity ("one hundred and twenty", "50 triệu",
    "1.200.000", "$120"), which no one reads a card or phone number as.
    """

    digits: str
    start: int
    end: int
    ordinal: bool = False
    amount: bool = False


_EN_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_EN_TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
             "seventeen", "eighteen", "nineteen"]
_EN_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_EN_ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
                "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"]

EN_WORDS: dict[str, Lexeme] = {
    **{w: Lexeme(Kind.UNIT, i) for i, w in enumerate(_EN_UNITS)},
    "oh": Lexeme(Kind.UNIT, 0), "nought": Lexeme(Kind.UNIT, 0), "naught": Lexeme(Kind.UNIT, 0),
    **{w: Lexeme(Kind.TEEN, 10 + i) for i, w in enumerate(_EN_TEENS)},
    **{w: Lexeme(Kind.TENS, 20 + 10 * i) for i, w in enumerate(_EN_TENS)},
    "fourty": Lexeme(Kind.TENS, 40),
    **{w: Lexeme(Kind.ORDINAL, 1 + i) for i, w in enumerate(_EN_ORDINALS)},
    "twentieth": Lexeme(Kind.ORDINAL, 20), "thirtieth": Lexeme(Kind.ORDINAL, 30),
    "hundred": Lexeme(Kind.HUNDRED, 100),
    "thousand": Lexeme(Kind.SCALE, 1000), "million": Lexeme(Kind.SCALE, 10**6),
    "billion": Lexeme(Kind.SCALE, 10**9),
    "double": Lexeme(Kind.REPEAT, 2), "triple": Lexeme(Kind.REPEAT, 3),
    "and": Lexeme(Kind.AND),
}

# Written with diacritics (NFC). Toneless forms are derived with fold().
VI_WORDS: dict[str, Lexeme] = {
    "không": Lexeme(Kind.UNIT, 0), "một": Lexeme(Kind.UNIT, 1), "mốt": Lexeme(Kind.UNIT, 1),
    "hai": Lexeme(Kind.UNIT, 2), "ba": Lexeme(Kind.UNIT, 3), "bốn": Lexeme(Kind.UNIT, 4),
    "tư": Lexeme(Kind.UNIT, 4), "năm": Lexeme(Kind.UNIT, 5), "lăm": Lexeme(Kind.UNIT, 5),
    "nhăm": Lexeme(Kind.UNIT, 5), "sáu": Lexeme(Kind.UNIT, 6), "bảy": Lexeme(Kind.UNIT, 7),
    "bẩy": Lexeme(Kind.UNIT, 7), "tám": Lexeme(Kind.UNIT, 8), "chín": Lexeme(Kind.UNIT, 9),
    "mười": Lexeme(Kind.VI_TEN, 10), "mươi": Lexeme(Kind.VI_TENS, 10),
    "linh": Lexeme(Kind.ZERO_FILL), "lẻ": Lexeme(Kind.ZERO_FILL),
    "trăm": Lexeme(Kind.HUNDRED, 100),
    "nghìn": Lexeme(Kind.SCALE, 1000), "ngàn": Lexeme(Kind.SCALE, 1000),
    "triệu": Lexeme(Kind.SCALE, 10**6), "tỷ": Lexeme(Kind.SCALE, 10**9),
    "tỉ": Lexeme(Kind.SCALE, 10**9),
}

_EDGE_PUNCT = re.compile(r"^[^\w@+]+|[^\w]+$")
_DIGIT = re.compile(r"\d")
_TOKEN = re.compile(r"\S+")
# Thousands separators or a currency sign: 1,200 / 120.000 / $120 / 120k / 50.000đ
_AMOUNT = re.compile(r"^\D*\d{1,3}([.,]\d{3})+(\D|$)|[$€£₫]|\d(k|đ|usd|vnd)\b", re.IGNORECASE)


def fold(text: str) -> str:
    """Lower case without diacritics: ``Bốn`` -> ``bon``, ``đồng`` -> ``dong``."""
    decomposed = unicodedata.normalize("NFD", text.lower().replace("đ", "d").replace("Đ", "d"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def norm(word: str) -> str:
    """NFC lower case with punctuation stripped at both ends (``" Bốn,"`` -> ``"bốn"``)."""
    return _EDGE_PUNCT.sub("", unicodedata.normalize("NFC", word.strip().lower()))


def has_digit(word: str) -> bool:
    return _DIGIT.search(word) is not None


def tokenize(text: str) -> list[str]:
    """Whitespace-separated words, as written."""
    return _TOKEN.findall(text)


def _vi_toneless() -> dict[str, Lexeme]:
    table: dict[str, Lexeme] = {}
    for word, lexeme in VI_WORDS.items():
        key = fold(word)
        if key == "muoi":  # mười and mươi fold alike: resolved in the parser
            lexeme = Lexeme(Kind.VI_MUOI, 10)
        table.setdefault(key, lexeme)
    return table


VI_TONELESS = _vi_toneless()


def lexeme(word: str, toneless_vi: bool = False) -> Lexeme | None:
    """What one written word is as a number word, or None."""
    key = norm(word)
    if not key:
        return None
    if has_digit(key):
        return Lexeme(Kind.NUMERAL)
    found = EN_WORDS.get(key) or VI_WORDS.get(key)
    if found is None and toneless_vi and key.isascii():
        found = VI_TONELESS.get(key)
    if found is None and "-" in key:  # forty-two, twenty-first: first part decides here
        head = EN_WORDS.get(key.split("-", 1)[0])
        return head if head is not None and head.kind is Kind.TENS else None
    return found


def _hyphen_tail(word: str) -> Lexeme | None:
    parts = norm(word).split("-")
    if len(parts) == 2 and parts[0] in EN_WORDS:
        tail = EN_WORDS.get(parts[1])
        if tail is not None and tail.kind in (Kind.UNIT, Kind.ORDINAL) and 0 < tail.value < 10:
            return tail
    return None


class _Builder:
    """Accumulates one cardinal number said in words."""

    def __init__(self, start: int) -> None:
        self.start = start
        self.end = start
        self.total = 0  # the part already multiplied by a scale
        self.current = 0  # the part below the last scale
        self.last: Kind | None = None
        self.last_unit = 0
        self.ordinal = False

    def group(self) -> NumberGroup:
        scaled = self.total > 0 or self.current >= 100
        return NumberGroup(str(self.total + self.current), self.start, self.end, self.ordinal,
                           amount=scaled)

    def add(self, lex: Lexeme, index: int, next_lex: Lexeme | None) -> bool:
        """Take ``lex`` into this number if it continues it; False if it starts another."""
        last, kind = self.last, lex.kind
        after_big = last in (Kind.HUNDRED, Kind.SCALE)
        if kind is Kind.UNIT:
            ends_tens = next_lex is not None and next_lex.kind in (
                Kind.VI_TENS, Kind.VI_MUOI, Kind.HUNDRED)
            after_tens = last in (Kind.TENS, Kind.VI_TEN, Kind.VI_TENS) and lex.value > 0
            if not ((after_tens and not ends_tens) or after_big or last is Kind.ZERO_FILL):
                return False
            self.current += lex.value
            self.last, self.last_unit = Kind.UNIT, lex.value
        elif kind is Kind.ORDINAL:
            if not (last is Kind.TENS and lex.value < 10) and not after_big:
                return False
            self.current += lex.value
            self.last, self.ordinal = Kind.ORDINAL, True
        elif kind in (Kind.TEEN, Kind.TENS):
            if not after_big:
                return False
            self.current += lex.value
            self.last = kind
        elif kind is Kind.VI_MUOI:
            tens = last is Kind.UNIT and 2 <= self.last_unit <= 9
            return self.add(Lexeme(Kind.VI_TENS if tens else Kind.VI_TEN, 10), index, next_lex)
        elif kind is Kind.VI_TEN:
            if not (after_big or last is Kind.ZERO_FILL):
                return False
            self.current += 10
            self.last = Kind.VI_TEN
        elif kind is Kind.VI_TENS:
            if last is not Kind.UNIT or self.last_unit < 1:
                return False
            self.current += self.last_unit * 9
            self.last = Kind.VI_TENS
        elif kind is Kind.ZERO_FILL:
            if not after_big:
                return False
            self.last = Kind.ZERO_FILL
        elif kind is Kind.HUNDRED:
            if last is Kind.HUNDRED or self.current >= 100:
                return False
            self.current = (self.current or 1) * 100
            self.last = Kind.HUNDRED
        elif kind is Kind.SCALE:
            if last is Kind.SCALE:
                return False
            if self.current == 0 and self.total:
                self.total *= lex.value  # "nghìn tỷ"
            else:
                self.total += (self.current or 1) * lex.value
            self.current = 0
            self.last = Kind.SCALE
        else:
            return False
        self.end = index + 1
        return True


def _unit_only(lex: Lexeme | None) -> bool:
    return lex is not None and lex.kind is Kind.UNIT


def _lexemes(words: Sequence[str], toneless_vi: Sequence[bool], skip: Sequence[bool] | None,
             transparent: Sequence[bool] | None) -> list[Lexeme | None]:
    """Each word's lexeme. A toneless Vietnamese one counts only next to another number
    word (``transparent`` words between don't count): alone, "sau" is "after" (not sáu)
    and "nam" is "south" (not năm)."""
    n = len(words)
    exact = [None if skip is not None and skip[i] else lexeme(words[i]) for i in range(n)]
    loose = [lexeme(words[i], True) if exact[i] is None and toneless_vi[i] and not (
        skip is not None and skip[i]) else None for i in range(n)]

    def neighbour_is_number(i: int, step: int) -> bool:
        i += step
        while 0 <= i < n and transparent is not None and transparent[i]:
            i += step
        found = (exact[i] or loose[i]) if 0 <= i < n else None
        return found is not None and found.kind is not Kind.AND

    return [exact[i] or (loose[i] if neighbour_is_number(i, -1) or neighbour_is_number(i, 1)
                         else None) for i in range(n)]


def parse_numbers(words: Sequence[str], toneless_vi: Sequence[bool] | bool = False,
                  skip: Sequence[bool] | None = None,
                  transparent: Sequence[bool] | None = None) -> list[NumberGroup]:
    """The spoken numbers in ``words``, in order.

    ``toneless_vi`` (one flag, or one per word) allows Vietnamese number words without
    diacritics. ``skip`` marks words that are never numbers (e.g. part of "three digit
    code", already read as context); ``transparent`` marks hesitations that don't keep a
    toneless number word from its neighbour.
    """
    n = len(words)
    flags = [toneless_vi] * n if isinstance(toneless_vi, bool) else list(toneless_vi)
    lexes = _lexemes(words, flags, skip, transparent)
    groups: list[NumberGroup] = []
    builder: _Builder | None = None
    i = 0
    while i < n:
        lex = lexes[i]
        nxt = lexes[i + 1] if i + 1 < n else None
        if lex is not None and lex.kind is Kind.AND and builder is not None and (
                builder.last in (Kind.HUNDRED, Kind.SCALE) and nxt is not None
                and nxt.kind in (Kind.UNIT, Kind.TEEN, Kind.TENS, Kind.ORDINAL)):
            i += 1  # "one hundred and five": the "and" belongs to the number
            continue
        if builder is not None and lex is not None and builder.add(lex, i, nxt):
            tail = _hyphen_tail(words[i]) if lex.kind is Kind.TENS else None
            if tail is not None:
                builder.current += tail.value
            i += 1
            continue
        if builder is not None:
            groups.append(builder.group())
            builder = None
        if lex is None or lex.kind is Kind.AND:
            i += 1
            continue
        if lex.kind is Kind.NUMERAL:
            groups.append(NumberGroup("".join(_DIGIT.findall(words[i])), i, i + 1,
                                      amount=_AMOUNT.search(words[i]) is not None))
        elif lex.kind is Kind.REPEAT:
            if _unit_only(nxt) and nxt is not None:
                groups.append(NumberGroup(str(nxt.value) * lex.value, i, i + 2))
                i += 1
            elif nxt is not None and nxt.kind is Kind.NUMERAL and len(norm(words[i + 1])) == 1:
                groups.append(NumberGroup(norm(words[i + 1]) * lex.value, i, i + 2))
                i += 1
        elif lex.kind is Kind.UNIT:
            joins = nxt is not None and (
                nxt.kind in (Kind.HUNDRED, Kind.SCALE)
                or (nxt.kind is Kind.VI_TENS and lex.value > 0)
                or (nxt.kind is Kind.VI_MUOI and lex.value >= 2))
            if joins:
                builder = _Builder(i)
                builder.current, builder.last, builder.last_unit = lex.value, Kind.UNIT, lex.value
                builder.end = i + 1
            else:
                groups.append(NumberGroup(str(lex.value), i, i + 1))
        elif lex.kind is Kind.ORDINAL:
            groups.append(NumberGroup(str(lex.value), i, i + 1, ordinal=True))
        elif lex.kind in (Kind.ZERO_FILL, Kind.VI_TENS):
            pass  # not a number on its own
        else:
            builder = _Builder(i)
            builder.last, builder.end = lex.kind, i + 1
            if lex.kind is Kind.VI_MUOI:  # toneless muoi with no unit before: mười
                builder.current, builder.last = 10, Kind.VI_TEN
            elif lex.kind is Kind.HUNDRED:
                builder.current = 100
            elif lex.kind is Kind.SCALE:
                builder.total = lex.value
            else:
                builder.current = lex.value
                tail = _hyphen_tail(words[i]) if lex.kind is Kind.TENS else None
                if tail is not None:
                    builder.current += tail.value
                    builder.last = Kind.UNIT
        i += 1
    if builder is not None:
        groups.append(builder.group())
    return groups


def to_digits(text: str, language: str = "en") -> str:
    """Every digit ``text`` says, numbers in words included, run together ("4 one" -> "41")."""
    words = tokenize(text)
    return "".join(g.digits for g in parse_numbers(words, toneless_vi=language == "vi"))
