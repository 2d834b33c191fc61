"""Restatements the customer confirms: the third route of ``restate`` (round 16).

An agent's reply to the customer's turn restates the problem, in words of its own, when
the customer's very next turn confirms it ("the licence payment came out twice and you
need the duplicate back" - "yes, that's exactly it"; "tiền điện anh đã thanh toán nhưng
bên điện lực chưa ghi nhận" - "đúng rồi em"). Paraphrases share few of the customer's
words, so the frame route (``confirm_frame``) asks more of them than such a reply has; the
customer's confirmation stands in for the frame. The reply still has to:

* come right after a customer turn and right before a short confirmation ("that's right",
  "exactly", "spot on", "đúng rồi", "chính xác"; no "no" / "nope" / "still" / "không" /
  "vẫn" in it: "nope, that's it" closes the call, "yes, that's still mine" answers a
  details check);
* say something (``CONFIRMED_MIN_WORDS`` content words before any identity question and
  after any sympathy: no bare "okay, I understand", no "that must be so stressful" -
  "exactly!") and share ``CONFIRMED_MIN_OVERLAP`` of them with what the
  customer said of their problem (answers to identity checks left out, so an address read
  back is no restatement): in English none, since a paraphrase may share no word ("you'd
  like to clear the vehicle loan ahead of schedule" for "I want to pay off my car finance
  early"); in Vietnamese one syllable (on the spent sets, none let an address check or a
  hold through);
* not ask the customer to wait ("chị vui lòng chờ máy em xem hệ thống ạ") nor read details
  back ("so that's 14 Mill Lane, BS3 2AB": two or more tokens with digits; a redacted
  number; "is the email on file still ...", "cháu đọc lại ...").

Its evidence says ``frame``, as the frame route's; the score is the share of the reply's
content words that the customer said.
"""

from __future__ import annotations

from collections.abc import Sequence

from aqm.scoring.confirm_frame import (
    before_id_ask,
    problem_turns,
    restart_after_sympathy,
    shared_words,
)
from aqm.scoring.confirm_words import DETAILS
from aqm.scoring.context_match import content_words
from aqm.scoring.hits import Hit, make_hit
from aqm.scoring.order_answer import asks_to_wait
from aqm.scoring.text import SegmentTokens, has_phrase

CONFIRMED_MIN_WORDS = {"en": 3, "vi": 4}
CONFIRMED_MIN_OVERLAP = {"en": 0, "vi": 1}
# a confirmation is a short turn
CONFIRM_MAX_TOKENS = 8
# more tokens with digits than this read details back ("so that's 14 Mill Lane, BS3 2AB");
# "it came out 2 times" still restates
MAX_DIGIT_TOKENS = 1

_CONFIRMS = {
    "en": tuple(p.split() for p in (
        "thats right", "that is right", "thats it", "exactly", "spot on", "correct",
        "youve got it", "you got it", "got it in one", "precisely", "thats the one",
        "bang on", "right on", "absolutely right", "yes thats", "yeah thats")),
    "vi": tuple(p.split() for p in (
        "dung roi", "dung vay", "dung y", "chinh xac", "phai roi", "dung do", "dung a",
        "dung the", "dung luon", "dung nhu vay",
        # round 17: "ừ, vậy đó" ("that's it")
        "vay do", "vay day",
        # round 20: a bare "ừ đúng", "phải đó"
        "dung", "phai do", "phai day")),
}
_DENIES = {"en": frozenset(["no", "nope", "not", "still"]),
           "vi": frozenset(["khong", "chua", "van"])}


# the customer's name is no content of a restatement: "Mrs Pennington, the card?" is a
# one-word echo ("card"), not three words of one (round 19)
TITLES = frozenset({"mr", "mrs", "ms", "miss", "mister", "dr", "doctor", "sir", "madam",
                    "reverend", "rev"})


def less_address(tokens: Sequence[str]) -> list[str]:
    """``tokens`` without a title and the name after it ("mrs pennington the card" ->
    "the card")."""
    out: list[str] = []
    skip = False
    for t in tokens:
        word = t.lower().strip(".,?!")
        if not skip and word in TITLES:
            skip = True
            continue
        if not skip:
            out.append(t)
        skip = False
    return out


def customer_confirms(seg: SegmentTokens, language: str) -> bool:
    """A short customer turn that says yes to what the agent just said."""
    lang = "vi" if language == "vi" else "en"
    folded = [f for f in seg.folded if not f.startswith("[")]
    if (seg.speaker != "customer" or not folded or len(folded) > CONFIRM_MAX_TOKENS
            or _DENIES[lang] & set(folded)):
        return False
    return has_phrase(folded, _CONFIRMS[lang])


def confirmed_hits(segments: Sequence[SegmentTokens], allowed: set[int],
                   language: str) -> list[Hit]:
    """Agent replies in ``allowed`` that the customer's next turn confirms and that say
    something of the customer's problem."""
    lang = "vi" if language == "vi" else "en"
    turns: list[tuple[float, set[str]]] | None = None
    out = []
    for k in range(1, len(segments) - 1):
        seg = segments[k]
        if (seg.index not in allowed or seg.speaker != "agent"
                or segments[k - 1].speaker != "customer"
                or not customer_confirms(segments[k + 1], lang)):
            continue
        cut = before_id_ask(seg.folded, lang)
        folded = seg.folded[:cut]
        digits = sum(any(c.isdigit() for c in f) for f in folded)
        if (not cut or asks_to_wait(folded, lang) or digits > MAX_DIGIT_TOKENS
                or any(f.startswith("[") for f in folded)
                or has_phrase(folded, DETAILS[lang])):
            continue
        # sympathy ("that must be so stressful" - "exactly!") restates nothing: the words
        # after it, if any, count
        start = restart_after_sympathy(folded, lang)
        if start is None:
            continue
        mine = content_words(less_address(seg.tokens[start:cut]), lang)
        if len(mine) < CONFIRMED_MIN_WORDS[lang]:
            continue
        if turns is None:
            turns = problem_turns(segments, lang)
        said = set().union(*(w for t, w in turns if t < seg.seg_start_s))
        shared = shared_words(mine, said, lang)
        if len(shared) >= CONFIRMED_MIN_OVERLAP[lang]:
            out.append(make_hit(seg, start, cut, "", "frame",
                                round(len(shared) / len(mine), 4)))
    return out
