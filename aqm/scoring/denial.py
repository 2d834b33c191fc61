"""The customer turning a restatement down.

"Just so I'm clear, is this about ordering a new chequebook?" - "no no, nothing to do with
chequebooks": the agent said something of a problem, but not the customer's, and the
customer said so. A restatement is a check that the agent understood; one the customer
rejects shows they did not, so it confirms nothing (a later one the customer accepts still
counts). ``denied`` reads the customer's next turn after an agent segment: it denies when it
opens (fillers, "dạ", "ờ" aside) with a refusal of what was said ("no, that's not it", "not
that", "nothing to do with", "không phải đâu", "sai rồi", "chưa đúng").

A plain "no", or "no no", is not enough: it is also how a customer agrees with a restatement
in the negative ("so you never made that payment?" - "no no, never").
"""

from __future__ import annotations

from collections.abc import Sequence

from aqm.scoring.text import FILLERS, SegmentTokens, has_phrase

REPLY_WITHIN_S = 10.0  # the customer's reply starts this soon after the agent's segment ends
OPENING_WORDS = 6  # the refusal is within this many words of the reply's start
_OPENERS = {"en": frozenset({"oh", "well", "sorry", "erm", "um", "uh", "hmm", "ah"}),
            "vi": frozenset({"da", "a", "o", "u", "ui", "oi", "thi", "ay"})}
_DENIALS = {  # folded, apostrophes dropped
    "en": ("no thats not", "no its not", "no it isnt", "no not that", "not that",
           "thats not it", "thats not what", "thats not right", "thats wrong",
           "nothing to do with", "not what i said", "not what i meant", "youve got it wrong",
           "you got it wrong", "no wrong", "wrong thing",
           # round 22: "no no, nothing like that, it's the app like I said"
           "nothing like that", "nothing of the sort", "not at all what"),
    "vi": ("khong phai", "sai roi", "khong dung", "chua dung", "nham roi",
           "khong co lien quan", "khong lien quan"),
}


def _opening(folded: Sequence[str], lang: str) -> list[str]:
    words = [w for w in folded if w not in FILLERS]
    k = 0
    while k < len(words) - 1 and words[k] in _OPENERS[lang]:
        k += 1
    return words[k:k + OPENING_WORDS]


def denied(segments: Sequence[SegmentTokens], k: int, language: str) -> bool:
    """Whether the customer's next turn after agent segment ``segments[k]`` turns it down."""
    lang = "vi" if language == "vi" else "en"
    seg = segments[k]
    for nxt in segments[k + 1:]:
        if nxt.seg_start_s > seg.seg_end_s + REPLY_WITHIN_S:
            return False
        if nxt.speaker == "customer" and nxt.seg_start_s > seg.seg_start_s:
            opening = _opening(nxt.folded, lang)
            return has_phrase(opening, [p.split() for p in _DENIALS[lang]])
        if nxt.speaker == "agent" and nxt.seg_start_s >= seg.seg_end_s:
            return False  # the agent went on first: no reply to this segment
    return False
