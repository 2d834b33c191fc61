"""Word-level voting over several decodes of the same speech (ROVER, Fiscus 1997).

viet-asr decodes in fixed steps of audio, and what it hears depends on where a chunk starts
relative to those steps: the same chunk fed with 0.09 s more lead-in can come back with
other words (``aqm.transcribe.vietasr``). Its errors change from one start to the next far
more than its right words do, so aqm decodes each chunk several times, shifted, and lets the
decodes vote word by word:

1. The pivot is the decode closest to all the others (least total word edit distance;
   ties go to the earliest decode).
2. Every decode is aligned to the pivot (Levenshtein, words). Each pivot word gets the
   word each decode has there, or "nothing"; the most frequent wins (ties keep the pivot's).
3. A word that decodes put between two pivot words is kept when more than half of them
   have it there.

Only words and the pivot's positions come out; the caller times them
(``aqm.transcribe.viet_times``: the mean over the decodes that have the word there).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Voted:
    """One word of the vote: at pivot word ``anchor`` (``inserted``: just before it, or after
    the last pivot word when ``anchor`` equals the pivot's length)."""

    text: str
    anchor: int
    inserted: bool = False


Pair = tuple[int | None, int | None]


def align(a: Sequence[str], b: Sequence[str]) -> list[Pair]:
    """A minimum edit-distance alignment of ``a`` and ``b``: (index in a, index in b) pairs,
    None where one side has no word."""
    n, m = len(a), len(b)
    cost = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n + 1):
        cost[i][0] = i
    for j in range(m + 1):
        cost[0][j] = j
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            cost[i][j] = min(cost[i - 1][j] + 1, cost[i][j - 1] + 1,
                             cost[i - 1][j - 1] + (a[i - 1] != b[j - 1]))
    pairs: list[Pair] = []
    i, j = n, m
    while i or j:  # on a tie: a match, then a word missing on one side, then a substitution
        if i and j and a[i - 1] == b[j - 1] and cost[i][j] == cost[i - 1][j - 1]:
            pairs.append((i - 1, j - 1))
            i, j = i - 1, j - 1
        elif i and cost[i][j] == cost[i - 1][j] + 1:
            pairs.append((i - 1, None))
            i -= 1
        elif j and cost[i][j] == cost[i][j - 1] + 1:
            pairs.append((None, j - 1))
            j -= 1
        else:
            pairs.append((i - 1, j - 1))
            i, j = i - 1, j - 1
    return pairs[::-1]


def distance(a: Sequence[str], b: Sequence[str]) -> int:
    return sum(1 for x, y in align(a, b) if x is None or y is None or a[x] != b[y])


def pivot(decodes: Sequence[Sequence[str]]) -> int:
    """Index of the decode with the least total edit distance to the others."""
    totals = [sum(distance(d, other) for other in decodes) for d in decodes]
    return min(range(len(decodes)), key=lambda i: (totals[i], i))


def vote(decodes: Sequence[Sequence[str]]) -> tuple[int, list[Voted]]:
    """The pivot's index and the voted words (see the module docstring)."""
    if not decodes:
        return 0, []
    p = pivot(decodes)
    base = decodes[p]
    slots: list[Counter[str]] = [Counter() for _ in base]
    gaps: list[Counter[str]] = [Counter() for _ in range(len(base) + 1)]
    for words in decodes:
        gap = 0
        for x, y in align(base, words):
            if x is not None:
                slots[x][words[y] if y is not None else ""] += 1
                gap = x + 1
            elif y is not None:
                gaps[gap][words[y]] += 1
    out: list[Voted] = []
    for k in range(len(base) + 1):
        if gaps[k]:
            word, count = max(gaps[k].items(), key=lambda kv: (kv[1], kv[0]))
            if 2 * count > len(decodes):
                out.append(Voted(word, k, inserted=True))
        if k < len(base):
            word, _ = max(slots[k].items(), key=lambda kv: (kv[1], kv[0] == base[k], kv[0]))
            if word:
                out.append(Voted(word, k))
    return p, out
