"""Where a rule's wording matched: ``Hit``, and merging overlapping hits to the best.

Shared by text matching (``aqm.scoring.matching``) and matching by meaning
(``aqm.scoring.meaning``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from aqm.scoring.text import SegmentTokens

METHOD_ORDER = ("exact", "fuzzy", "sounds", "name", "semantic", "classifier", "restate", "frame")
_RANK = {"exact": 3, "fuzzy": 2, "sounds": 2, "name": 2, "classifier": 1, "restate": 1, "frame": 1,
         "semantic": 0}


@dataclass(frozen=True)
class Hit:
    """One place a phrase matched, with how and how well."""

    segment_index: int
    speaker: str
    start_s: float
    end_s: float
    text: str  # the matched words as transcribed (redacted text)
    phrase: str  # the rule's wording or example that matched ("" for meaning methods)
    method: str  # exact | fuzzy | sounds | semantic | classifier | name | restate | frame
    # 0..1: 1.0 exact and name, ratio / 100 fuzzy, cosine semantic, probability classifier
    # and restate, share of the segment's content words the customer said frame
    score: float
    scores: tuple[tuple[str, float], ...] = ()  # best score of each method tried here
    token_start: int = 0
    token_end: int = 0


def make_hit(seg: SegmentTokens, i: int, j: int, phrase: str, method: str,
             score: float) -> Hit:
    """A hit on words ``i:j`` of ``seg``, timed by those words."""
    start, end = seg.times(i, j)
    return Hit(segment_index=seg.index, speaker=seg.speaker, start_s=round(start, 3),
               end_s=round(end, 3), text=seg.span_text(i, j), phrase=phrase,
               method=method, score=score, scores=((method, score),), token_start=i,
               token_end=j)


def best_places(hits: list[Hit]) -> list[Hit]:
    """Per segment, the best of overlapping matches (exact beats fuzzy beats classifier
    beats semantic at equal score); the other methods' best scores on the place are kept in
    ``scores``."""
    by_seg: dict[int, list[Hit]] = {}
    for h in hits:
        by_seg.setdefault(h.segment_index, []).append(h)
    out: list[Hit] = []
    for seg_hits in by_seg.values():
        seg_hits.sort(key=lambda h: (-h.score, -_RANK[h.method], h.token_start))
        kept: list[Hit] = []
        extra: list[dict[str, float]] = []
        for h in seg_hits:
            for k, other in enumerate(kept):
                if h.token_start < other.token_end and other.token_start < h.token_end:
                    best = extra[k]
                    best[h.method] = max(best.get(h.method, 0.0), h.score)
                    break
            else:
                kept.append(h)
                extra.append({h.method: h.score})
        for h, best in zip(kept, extra, strict=True):
            out.append(_with_scores(h, best))
    out.sort(key=lambda h: (h.start_s, h.segment_index, h.token_start))
    return out


def _with_scores(h: Hit, best: dict[str, Any]) -> Hit:
    return Hit(h.segment_index, h.speaker, h.start_s, h.end_s, h.text, h.phrase, h.method,
               h.score, tuple((m, float(best[m])) for m in METHOD_ORDER if m in best),
               h.token_start, h.token_end)


def not_overlapped(hits: list[Hit], by: list[Hit]) -> list[Hit]:
    """``hits`` less those one of ``by`` overlaps in the same segment (exceptions)."""
    return [h for h in hits
            if not any(e.segment_index == h.segment_index and e.token_start < h.token_end
                       and h.token_start < e.token_end for e in by)]
