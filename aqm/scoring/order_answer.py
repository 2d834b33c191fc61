"""An order rule's answer before its first item: the agent answers the caller's opening
question before greeting ("Yes, it's open nine till one on Saturdays. Oh, and good morning,
Acme Bank ..."). The answer resolves that question, so it comes before the greeting.

Used by ``greeting_before_resolution`` (rule option ``answer_first``): where the customer
speaks first, the agent's words from then until the first item's first place, less fillers,
are an answer when at least ``min_words`` remain and no place of an ``unless`` rule (the
company name: "Acme Bank, xin chào" is no answer) falls among them.
"""

from __future__ import annotations

from collections.abc import Sequence

from aqm.scoring.hits import Hit, make_hit
from aqm.scoring.text import SegmentTokens, fold

# words that carry no answer: hesitations, discourse markers and politeness particles
_FILLERS = {
    "en": frozenset(["um", "uh", "er", "erm", "ah", "oh", "hmm", "mm", "and", "so", "okay",
                     "ok", "right", "well", "sorry"]),
    "vi": frozenset(fold(w) for w in ["dạ", "à", "ạ", "ờ", "ừ", "ừm", "ơ", "thì", "vâng",
                                      "ôi", "á", "nha"]),
}


def answer_before(segments: Sequence[SegmentTokens], first: Hit, language: str,
                  min_words: int, blockers: Sequence[Hit]) -> Hit | None:
    """The agent's answer before ``first`` (the first item's first place), if any: a hit
    on the answer's words in the first agent segment that holds them, method ``answer``,
    score the share of those words that are not fillers."""
    asked = [s.seg_start_s for s in segments
             if s.speaker == "customer" and s.seg_start_s < first.start_s]
    if not asked:
        return None
    since, fillers = min(asked), _FILLERS.get(language, frozenset())
    if any(since <= b.start_s < first.start_s for b in blockers):
        return None
    content: list[tuple[SegmentTokens, int]] = []
    words = 0
    for seg in segments:
        if seg.speaker != "agent" or seg.seg_end_s < since or seg.seg_start_s >= first.start_s:
            continue
        for i, start in enumerate(seg.starts):
            if since <= start < first.start_s and not (
                    seg.index == first.segment_index and i >= first.token_start):
                words += 1
                if seg.folded[i] not in fillers:
                    content.append((seg, i))
    if len(content) < min_words:
        return None
    seg = content[0][0]
    idx = [i for s, i in content if s is seg]
    return make_hit(seg, idx[0], idx[-1] + 1, "", "answer", round(len(content) / words, 3))
