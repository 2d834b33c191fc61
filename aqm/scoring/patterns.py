"""A rule wording compiled for matching (literal chunks and wildcard or name gaps), the
word forms compared, and the word-level checks of a fuzzy match (``aqm.scoring.matching``
uses them on every segment)."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from aqm.scoring.meaning import AGENT_SLOT
from aqm.scoring.text import NAME_SLOT, WILDCARD, fold, norm_tokens, phonetic

SHORT_PHRASE_WORDS = 4  # up to this many words, a fuzzy match may only lose a short word
TOKEN_RATIO = 70.0  # a word of a fuzzy match is found when this similar (or split in two)
# Vietnamese syllables (phonetic form) a short fuzzy match may lose: the copula, particles
_VI_LIGHT = frozenset({"la", "thi", "a", "ma", "cua", "voi", "nhe", "nha", "oi", "ha"})
_COMMON_WORDS = """
    sorry afraid glad happy calling here going not just really so very the a an about from
    with to for and is it this that your you we i me my our ok okay sure please thank thanks
    hello hi good morning afternoon evening speaking how what can may help bank customer
    service team calling also now still well right yes no im ive id ill youre were its lets
    thats theres anh chi em quy khach a da vang xin chao la cua da rat khong co goi ngan
    hang tong dai vien nhan cam on ho tro giup se dang muon duoc nguoi day thi oi nhe minh
    toi ban anything something nothing everything everyone someone anyone nobody
    are is am was be been who which they he she them us his her their there where when why
    """  # common words (folded) that are not a name
NOT_NAMES = frozenset(_COMMON_WORDS.split())

__all__ = ["NOT_NAMES", "Chunk", "Mode", "Pattern", "compile_phrase", "name_like",
           "same_split", "tokens_agree", "word_form"]


@dataclass(frozen=True)
class Chunk:
    """Literal words of a phrase: ``tokens`` in the fuzzy form, ``exact`` in the exact one."""

    tokens: tuple[str, ...]
    exact: tuple[str, ...]

    @functools.cached_property
    def compact(self) -> str:
        return "".join(self.tokens)

    @functools.cached_property
    def exact_compact(self) -> str:
        return "".join(self.exact)

    @functools.cached_property
    def ntok(self) -> int:
        return len(self.tokens)


@dataclass(frozen=True)
class Pattern:
    """Literal chunks with gaps: ``gaps[0]`` before the first chunk, ``gaps[-1]`` after
    the last; a gap is "" (none), ``*`` (one to three words; ``**`` two to six...) or
    ``@name`` (a name)."""

    phrase: str
    chunks: tuple[Chunk, ...]
    gaps: tuple[str, ...]


@dataclass(frozen=True)
class Mode:
    """Word forms to compare: exact ``raw`` or ``fold`` (no tones); fuzzy also ``phon``
    (Vietnamese: no tones, confusable initials merged)."""

    exact: str
    fuzzy: str

    @staticmethod
    def of(fold_diacritics: bool, language: str) -> Mode:
        if not fold_diacritics:
            return Mode("raw", "raw")
        return Mode("fold", "phon" if language == "vi" else "fold")


def word_form(token: str, mode: str) -> str:
    if mode == "raw":
        return token
    return phonetic(fold(token)) if mode == "phon" else fold(token)


@functools.lru_cache(maxsize=16384)
def compile_phrase(phrase: str, mode: Mode) -> Pattern | None:
    """``phrase`` as literal chunks and gaps (cached per process: the same rule wordings are
    compiled for every call)."""
    toks = norm_tokens(phrase.replace(AGENT_SLOT, f" {NAME_SLOT} "), keep_wildcards=True)
    chunks: list[Chunk] = []
    gaps = [""]
    group: list[str] = []

    def close() -> None:
        chunks.append(Chunk(tuple(word_form(t, mode.fuzzy) for t in group),
                             tuple(word_form(t, mode.exact) for t in group)))

    for t in toks:
        if t in (WILDCARD, NAME_SLOT):
            if group:
                close()
                gaps.append(t)
                group = []
            elif t == WILDCARD and gaps[-1].startswith(WILDCARD):
                gaps[-1] += t  # "* *": each wildcard one to three words
            else:
                gaps[-1] = t
        else:
            group.append(t)
    if group:
        close()
        gaps.append("")
    return Pattern(phrase, tuple(chunks), tuple(gaps)) if chunks else None


def _boundaries(tokens: Sequence[str]) -> set[int]:
    out, pos = set(), 0
    for t in tokens[:-1]:
        pos += len(t)
        out.add(pos)
    return out


def same_split(a: Sequence[str], b: Sequence[str]) -> bool:
    """Equal letters split compatibly: one's word breaks are a subset of the other's
    (``good bye`` = ``goodbye``; but ``trần ờ`` != ``trả nợ``, both ``trano``)."""
    x, y = _boundaries(a), _boundaries(b)
    return x <= y or y <= x


def _token_found(tok: str, words: Sequence[str], exact_words: bool) -> bool:
    """``tok`` is in ``words``: equal; for English also nearly equal, split over two of
    them, or a part of one (a split word seen from the other side)."""
    if tok in words:
        return True
    if exact_words:
        return False
    cands = list(words) + [a + b for a, b in zip(words, words[1:], strict=False)]
    return any(fuzz.ratio(tok, c, score_cutoff=TOKEN_RATIO) or (len(tok) >= 2 and tok in c)
               for c in cands)


def tokens_agree(chunk: Chunk, window: Sequence[str], exact_words: bool) -> bool:
    """Word-level check of a fuzzy match: the phrase's first and last words are in the
    window, and few words of the phrase are missing from the window, or the other way
    round (Vietnamese phrases share short syllables, so letters alone agree too easily;
    there, words must be equal in their ``phon`` form)."""
    n = chunk.ntok
    found = [_token_found(t, window, exact_words) for t in chunk.tokens]
    if not (found[0] and found[-1]):  # the phrase's first and last words anchor it
        return False
    missing = [t for t, ok in zip(chunk.tokens, found, strict=True) if not ok]
    extra = [t for t in window if not _token_found(t, chunk.tokens, exact_words)]
    if n <= SHORT_PHRASE_WORDS:  # only a short word ("i", "a", "ạ") may be lost or added
        if exact_words and not set(missing) <= _VI_LIGHT:  # Vietnamese: a syllable that
            return False  # carries meaning is not lost ("đã về tài khoản" is not "dạ tài
            # khoản", "mình đã hủy" not "mình là Huy"); "cháu Diệp" is "cháu là Diệp"
        return all(len(t) <= 2 for t in missing + extra) and max(len(missing),
                                                                  len(extra)) <= 1
    return max(len(missing), len(extra)) <= max(1, n // 4)


def name_like(tok: str) -> bool:
    return fold(tok) not in NOT_NAMES and not tok.startswith("[")
