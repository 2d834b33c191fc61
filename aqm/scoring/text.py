"""Text normalisation and timed tokens for rule matching.

Normalised text is NFC, lower case, without punctuation and apostrophes (``You're`` ->
``youre``), spaces collapsed. Redaction tags stay one token (``[CARD]`` -> ``[card]``) so a
rule can look for them. ``fold`` also drops Vietnamese tone marks and ``đ`` -> ``d``: ASR drops
and swaps tones, so rules match toneless by default.

A segment's tokens come from its text; times come from its words where the two agree
(difflib alignment), else they are spread over the segment by character position.
"""

from __future__ import annotations

import dataclasses
import difflib
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from aqm.types import Segment

_TAG = re.compile(r"\[[A-Za-z_]+\]")
_APOSTROPHE = re.compile(r"['’`´]")
_NON_WORD = re.compile(r"[^\w\[\]]+")
_PIECE = re.compile(r"\[[A-Za-z_]+\]|[^\s]+")
WILDCARD = "*"  # one to three words
NAME_SLOT = "@name"  # one or two words that are not common words (an unknown name)
FILLERS = frozenset({"uh", "um", "uhm", "er", "erm", "hmm", "mm", "ờ", "ừm", "ơ"})
# Vietnamese initials that ASR (and regional speech) confuse, folded to one spelling
_INITIALS = (("ngh", "ng"), ("gh", "g"), ("kh", "kh"), ("tr", "ch"), ("gi", "d"), ("r", "d"),
             ("s", "x"), ("k", "c"))


def fold(text: str) -> str:
    """Lower case without diacritics: ``Cảm ơn`` -> ``cam on``, ``đã`` -> ``da``."""
    decomposed = unicodedata.normalize("NFD", text.lower().replace("đ", "d").replace("Đ", "d"))
    return unicodedata.normalize("NFC", "".join(c for c in decomposed
                                                if not unicodedata.combining(c)))


def phonetic(folded_token: str) -> str:
    """A toneless Vietnamese syllable with confusable initials merged (``tr`` -> ``ch``,
    ``s`` -> ``x``, ``gi``/``r`` -> ``d``...): ``trả`` and ``chả`` both give ``cha``."""
    for a, b in _INITIALS:
        if folded_token.startswith(a):
            return b + folded_token[len(a):]
    return folded_token


def norm_tokens(text: str, *, keep_wildcards: bool = False) -> list[str]:
    """Normalised tokens of ``text`` (tone marks kept; see ``fold``)."""
    text = unicodedata.normalize("NFC", text).lower()
    out: list[str] = []
    for piece in _PIECE.findall(text):
        if _TAG.fullmatch(piece):
            out.append(piece)
            continue
        if keep_wildcards and piece in (WILDCARD, NAME_SLOT):
            out.append(piece)
            continue
        piece = _APOSTROPHE.sub("", piece)
        tag = _TAG.search(piece)
        if tag:  # "[CARD]," or "là[CARD]": the tag and what is around it
            out += norm_tokens(piece[:tag.start()]) + [tag.group().lower()] + \
                norm_tokens(piece[tag.end():])
            continue
        out += [t for t in _NON_WORD.sub(" ", piece).replace("_", " ").split() if t]
    return out


def has_phrase(tokens: Sequence[str], phrases: Iterable[Sequence[str]]) -> bool:
    """Does one of ``phrases`` (each a token sequence) occur, token for token, in
    ``tokens``?"""
    seq = tuple(tokens)
    return any(seq[i:i + len(p)] == tuple(p) for p in phrases for i in range(len(seq)))


def normalise(text: str, *, diacritics: bool = True) -> str:
    """One normalised line; ``diacritics=False`` folds tone marks too."""
    joined = " ".join(norm_tokens(text))
    return joined if diacritics else fold(joined)


SENTENCE_ENDS = (".", "?", "!", ";")


@dataclass(frozen=True)
class SegmentTokens:
    """A segment's normalised tokens with the original words and times.

    ``tokens`` keep tone marks, ``folded`` drop them (same length, same positions).
    ``originals[i]`` is the text piece token ``i`` came from (for evidence)."""

    index: int
    speaker: str
    tokens: tuple[str, ...]
    folded: tuple[str, ...]
    originals: tuple[str, ...]
    starts: tuple[float, ...]
    ends: tuple[float, ...]
    seg_start_s: float
    seg_end_s: float

    def span_text(self, i: int, j: int) -> str:
        """The original words of tokens ``i``..``j`` (exclusive), without repeats."""
        out: list[str] = []
        for piece in self.originals[i:j]:
            if not out or out[-1] is not piece:
                out.append(piece)
        return " ".join(out)

    def times(self, i: int, j: int) -> tuple[float, float]:
        return self.starts[i], self.ends[max(i, j - 1)]

    def sentence_starts(self) -> list[int]:
        """Tokens that open a sentence after the first: the word before ends with a
        sentence mark (none in ASR output written without them)."""
        return [i for i in range(1, len(self.tokens))
                if self.originals[i] is not self.originals[i - 1]
                and self.originals[i - 1].rstrip().endswith(SENTENCE_ENDS)]


@dataclass(frozen=True)
class SegmentView:
    """A segment's words less some (a rule's ``skip_words``): ``keep[i]`` is where word
    ``i`` of ``seg`` stands in the whole segment."""

    seg: SegmentTokens
    keep: tuple[int, ...]


def without_words(seg: SegmentTokens, skip: frozenset[str]) -> SegmentView | None:
    """``seg`` without the words of ``skip`` (one written with tone marks is left out with
    them only, one without any with or without them); None when it holds none of them."""
    keep = tuple(i for i, (t, f) in enumerate(zip(seg.tokens, seg.folded, strict=True))
                 if t not in skip and f not in skip)
    if len(keep) == len(seg.tokens):
        return None
    return SegmentView(dataclasses.replace(
        seg, tokens=tuple(seg.tokens[i] for i in keep),
        folded=tuple(seg.folded[i] for i in keep),
        originals=tuple(seg.originals[i] for i in keep),
        starts=tuple(seg.starts[i] for i in keep), ends=tuple(seg.ends[i] for i in keep)),
        keep)


def segment_tokens(index: int, seg: Segment) -> SegmentTokens:
    """Tokens of ``seg`` with a start and end time each."""
    pieces: list[tuple[str, int]] = []  # (token, piece index)
    originals_by_piece: list[str] = []
    positions: list[int] = []  # character offset of each piece
    for m in _PIECE.finditer(seg.text):
        toks = [t for t in norm_tokens(m.group()) if t not in FILLERS]
        if not toks:
            continue
        originals_by_piece.append(m.group())
        positions.append(m.start())
        pieces += [(t, len(originals_by_piece) - 1) for t in toks]
    tokens = tuple(t for t, _ in pieces)
    originals = tuple(originals_by_piece[p] for _, p in pieces)
    n = len(tokens)
    starts, ends = _interpolated(seg, [positions[p] for _, p in pieces], len(seg.text))
    if seg.words and n:
        word_tokens: list[tuple[str, int]] = []
        for wi, w in enumerate(seg.words):
            word_tokens += [(t, wi) for t in norm_tokens(w.text)]
        matcher = difflib.SequenceMatcher(a=list(tokens), b=[t for t, _ in word_tokens],
                                          autojunk=False)
        for block in matcher.get_matching_blocks():
            for k in range(block.size):
                w = seg.words[word_tokens[block.b + k][1]]
                starts[block.a + k], ends[block.a + k] = w.start_s, w.end_s
    return SegmentTokens(index=index, speaker=seg.speaker, tokens=tokens,
                         folded=tuple(fold(t) for t in tokens), originals=originals,
                         starts=tuple(starts), ends=tuple(ends), seg_start_s=seg.start_s,
                         seg_end_s=seg.end_s)


def _interpolated(seg: Segment, offsets: list[int], length: int) -> tuple[list[float],
                                                                            list[float]]:
    """Times spread over the segment by character offset (when words are missing)."""
    dur = max(0.0, seg.end_s - seg.start_s)
    length = max(1, length)
    starts = [round(seg.start_s + dur * o / length, 3) for o in offsets]
    ends = starts[1:] + [seg.end_s]
    return starts, ends


