"""Confirming the customer's problem by its form: the second route of ``restate``.

An agent segment restates the problem when it is **framed as a confirmation** and **says
the customer's problem again**:

* the frame: a confirmation lead anywhere in the segment ("let me make sure I follow", "so
  to sum up", "so you'd like to", "em hiểu là", "vậy là", "ý chị là") or a tag question at
  its end ("..., is that right?", "have I got that right", "right?", "... đúng không ạ",
  "phải không chị"), compared without tone marks or punctuation (ASR output has neither);
* the problem said again: at least ``FRAME_MIN_OVERLAP`` content words (English words
  compared by their stems, "pay" ~ "payment", "moved" ~ "moving"; Vietnamese syllables
  without tone marks) shared with what the customer said earlier, **leaving out their
  answers to identity checks** (a turn right after the agent asked for a date of birth, a
  postcode or "the first line of your address", or one that states a name, an address or a
  date of birth), so reading back an address or a name is not a confirmation;
* not an identity check itself (date of birth, postcode, security, "ngày sinh", "xác
  minh"...).

No classifier is asked: the classifier's probability of ``confirm_problem`` is low on
restatements whose words are those of another item ("you need your address updated" reads
as a resolution), which is what this route is for. Its evidence says ``frame`` (the
classifier route's says ``restate``); the score is the share of the segment's content
words that the customer said.
"""

from __future__ import annotations

from collections.abc import Sequence

from rapidfuzz import fuzz

from aqm.scoring.confirm_words import (
    CLAUSE_END,
    CLAUSE_END_TONED,
    CUSTOMER_SIDE,
    ID_ASK,
    ID_LEAD,
    ID_REQUEST,
    ID_STATE,
    LEADS,
    NOT_A_RESTATEMENT,
    NOT_A_RESTATEMENT_TONED,
    NOT_LEADS,
    READ_BACK,
    RESOLVED,
    RESOLVED_TONED,
    RESTART,
    SYMPATHY,
    TAGS,
    VI_OPENERS,
    VI_TAIL,
    WEAK_LEADS,
    WEAK_LEADS_TONED,
    YOU,
    phrases,
    wordset,
)
from aqm.scoring.context_match import DISCOURSE, asks, content_words
from aqm.scoring.hits import Hit, make_hit
from aqm.scoring.text import SegmentTokens, has_phrase

# content words (vi: syllables) said by the customer that a confirmation needs: framed by a
# weak lead, and by a strong lead or a tag question
FRAME_MIN_OVERLAP = {"en": 2, "vi": 3}
STRONG_MIN_OVERLAP = {"en": 1, "vi": 2}
# English words agree when their stems (these endings cut, 3 letters kept) are equal or
# share their first STEM_MIN letters: "pay" ~ "payment", "moved" ~ "moving"
_SUFFIXES = ("ments", "ment", "ings", "ing", "ied", "ies", "ed", "es", "s", "e")
STEM_MIN = 5
WEAK_LEAD_WITHIN = 4  # tokens from the start of the segment
# the reply route needs this many shared words when its clause addresses the customer
REPLY_MIN_OVERLAP = {"en": 1, "vi": 2}
# a customer turn this long (content words) after an ID question still counts: it holds
# more than the answer
ID_ANSWER_MAX_WORDS = 6




def _has(words: Sequence[str], phrases: Sequence[str]) -> bool:
    padded = f" {' '.join(words)} "
    return any(f" {p} " in padded for p in phrases)


def _has_lead(words: Sequence[str], lang: str) -> bool:
    padded = f" {' '.join(words)} "
    for p in NOT_LEADS[lang]:
        padded = padded.replace(f" {p} ", " | ")
    return any(f" {p} " in padded for p in LEADS[lang])


def _has_toned(tokens: Sequence[str], words: Sequence[str]) -> bool:
    """``_has`` for words with tone marks; "đã" counts only where the customer's side did
    not do it."""
    return any(t in words and not (t == "đã" and k and tokens[k - 1] in CUSTOMER_SIDE)
               for k, t in enumerate(tokens))


STRONG, WEAK = 2, 1  # how a segment is framed as a confirmation (0: not)


def _tagged(words: list[str], lang: str) -> bool:
    """Whether ``words`` end in a tag question."""
    if lang == "vi":
        while words and words[-1] in VI_TAIL:
            words = words[:-1]
        tags, tail = TAGS["vi"], " " + " ".join(words[-4:])
    else:
        if len(words) < 3 or words[-2:] == ["all", "right"]:
            return False
        tags, tail = TAGS["en"], " " + " ".join(words[-6:])
    return len(words) > 1 and any(tail.endswith(f" {t}") for t in tags)


def confirmation_frame(tokens: Sequence[str], folded: Sequence[str], language: str) -> int:
    """``STRONG``: a confirmation lead anywhere, or a tag question at the end of the
    segment or of its opening clause (before a hold); ``WEAK``: a weak lead near the start
    of a segment whose opening clause resolves or instructs nothing; else 0 (``tokens``
    with tone marks, ``folded`` without)."""
    lang = "vi" if language == "vi" else "en"
    end = opening_clause(tokens, folded, lang)  # a hold after it does not count against it
    if (_has_lead(folded, lang) or _tagged(list(folded), lang)
            or _tagged(list(folded[:end]), lang)):
        return STRONG
    if ((_has(folded[:WEAK_LEAD_WITHIN + 1], WEAK_LEADS[lang])
         or (lang == "vi" and _has(tokens[:WEAK_LEAD_WITHIN + 1], WEAK_LEADS_TONED)))
            and not _has(folded[:end], NOT_A_RESTATEMENT[lang])
            and not (lang == "vi" and _has_toned(tokens[:end], NOT_A_RESTATEMENT_TONED))):
        return WEAK
    return 0



def before_id_ask(folded: Sequence[str], language: str) -> int:
    """How many tokens of an agent segment come before its identity question (all of them
    when it asks none): a restatement followed by "could you confirm your postcode" in the
    same turn still restates. Identity words open a question when it starts the segment,
    or when one of the words just before them, or "please" just after, asks for them."""
    lang = "vi" if language == "vi" else "en"
    for at in range(len(folded)):
        if _first_at(folded[at:at + 4], ID_ASK[lang]) != 0:
            continue
        start = at
        while start and folded[start - 1] in ID_LEAD[lang]:
            start -= 1
        if (not start or ID_REQUEST[lang] & set(folded[start:at])
                or "please" in folded[at:at + 6]):
            return start
    return len(folded)


def id_talk(folded: Sequence[str], language: str, *, customer: bool = False) -> bool:
    """The agent asks for identity details (``customer``: the customer states them)."""
    lists = ID_STATE if customer else ID_ASK
    return _has(folded, lists["vi" if language == "vi" else "en"])


def _stem(word: str) -> str:
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[:-len(suffix)]
    return word


def _same_word(a: str, b: str) -> bool:
    a, b = _stem(a), _stem(b)
    return a == b or (min(len(a), len(b)) >= STEM_MIN and a[:STEM_MIN] == b[:STEM_MIN])


def shared_words(mine: set[str], theirs: set[str], language: str) -> set[str]:
    """Words of ``mine`` that ``theirs`` holds (English: by their start too)."""
    if language == "vi":
        return mine & theirs
    return {w for w in mine if w in theirs or any(_same_word(w, t) for t in theirs)}


def customer_turns(segments: Sequence[SegmentTokens], language: str
                   ) -> list[tuple[SegmentTokens, set[str]]]:
    """(segment, content words) of the customer's turns but short answers to an identity
    check (reading back a name or an address is no restatement of the problem)."""
    out = []
    last_agent_id = False
    for seg in segments:
        if seg.speaker == "agent":
            last_agent_id = id_talk(seg.folded, language)
        elif seg.speaker == "customer":
            words = content_words(seg.tokens, language)
            answer = (last_agent_id or id_talk(seg.folded, language, customer=True)
                      or "[card]" in seg.tokens)
            if not (answer and len(words) <= ID_ANSWER_MAX_WORDS):
                out.append((seg, words))
    return out


def problem_turns(segments: Sequence[SegmentTokens], language: str
                  ) -> list[tuple[float, set[str]]]:
    """(start, words) of the customer's turns that are not answers to an identity check:
    content words, and in Vietnamese every syllable without tone marks (a toneless "ho" may
    be "hồ sơ" as well as "họ"; the agent's side decides what counts as content)."""
    return [(seg.seg_start_s, words | {f for f in seg.folded
                                       if not f.isdigit() and not f.startswith("[")}
             if language == "vi" else words)
            for seg, words in customer_turns(segments, language)]


PARROT_MIN_WORDS = 6  # the agent's words, fillers at the start left out
PARROT_SIMILARITY = 92  # rapidfuzz partial_ratio against one customer turn
_FILLERS = wordset("uh uhh um umm ahm erm er hmm you know o thi a ma")
# the customer's "I" kept in the agent's words ("toi" too: ASR may drop every tone mark)
_FIRST_PERSON = {"en": frozenset(["i", "i'm", "im", "i've", "ive", "i'd", "my", "me", "mine",
                                  "myself"]),
                 "vi": frozenset(["tôi", "tui", "toi", "tớ", "tao"])}


def parrots(tokens: Sequence[str], folded: Sequence[str], before: Sequence[SegmentTokens],
            language: str) -> bool:
    """The agent reads the customer's own words back, their "I" included ("okay I want to
    close my old savings account I don't use it any more"; "cây xăng nuốt thẻ của tôi"): no
    confirmation in the agent's own words. A Vietnamese agent may restate word for word when
    both call the customer the same ("bác muốn đổi địa chỉ"): that one counts. ``tokens``
    and ``folded``: the agent's words with and without tone marks; ``before``: the segments
    said before them."""
    lang = "vi" if language == "vi" else "en"
    if not _FIRST_PERSON[lang] & {t.lower() for t in tokens}:
        return False
    fillers = RESTART[lang] | VI_OPENERS | DISCOURSE | _FILLERS
    words = [f for f in folded if not f.startswith("[")]
    while words and words[0] in fillers:
        words = words[1:]
    if len(words) < PARROT_MIN_WORDS:
        return False
    mine = " ".join(words)
    return any(fuzz.partial_ratio(mine, " ".join(s.folded)) >= PARROT_SIMILARITY
               for s in before if s.speaker == "customer" and len(s.folded) >= len(words) - 2)


def _first_at(tokens: Sequence[str], phrases: Sequence[str]) -> int:
    """Where the first of ``phrases`` starts in ``tokens`` (their length if nowhere)."""
    for i in range(len(tokens)):
        rest = f" {' '.join(tokens[i:i + 4])} "
        if any(rest.startswith(f" {p} ") for p in phrases):
            return i
    return len(tokens)


# round 19: the agent cutting in ("dạ cho em chen ngang chút, chị thấy phí ... tăng"): its
# "cho em" asks for nothing, so the clause goes on after it
_CUT_IN = {"en": phrases("sorry to jump in|just to jump in|sorry to interrupt"),
           "vi": phrases("cho em chen ngang|em xin chen ngang|cho em ngắt lời|cho em xen vào")}


def opening_clause(tokens: Sequence[str], folded: Sequence[str], language: str) -> int:
    """How many tokens a segment's opening clause has: up to a hold, a question for
    details or thanks (``tokens`` with tone marks, ``folded`` without), past a cut-in."""
    lang = "vi" if language == "vi" else "en"
    skip = next((i + len(p.split()) for i in range(min(WEAK_LEAD_WITHIN, len(folded)))
                 for p in _CUT_IN[lang] if " ".join(folded[i:i + len(p.split())]) == p), 0)
    end = skip + _first_at(folded[skip:], CLAUSE_END[lang])
    if lang == "vi":
        end = min(end, skip + _first_at(tokens[skip:], CLAUSE_END_TONED))
    return end


def _addresses_customer(folded: Sequence[str], language: str) -> bool:
    """The clause opens by speaking of the customer or with "so" ("okay so the card...",
    "you weren't treated well", "dạ anh đang chờ...", "dạ tức là")."""
    words = [w for w in folded if w not in DISCOURSE - {"so"} and w not in VI_OPENERS]
    if not words:
        return False
    return words[0] in YOU[language if language == "vi" else "en"] or (
        language == "vi" and _first_at(words, LEADS["vi"]) == 0)


def restart_after_sympathy(folded: Sequence[str], language: str) -> int | None:
    """Where a restatement may start in a clause: 0, or after its sympathy and a restart
    ("so", "okay", "dạ"); None when sympathy is all there is."""
    lang = "vi" if language == "vi" else "en"
    last = -1
    for i in range(len(folded)):
        if _first_at(folded[i:i + 4], SYMPATHY[lang]) == 0:
            last = i
    if last < 0:
        return 0
    return next((i for i in range(last + 1, len(folded)) if folded[i] in RESTART[lang]), None)


def _asks_or_resolves(tokens: Sequence[str], folded: Sequence[str], language: str) -> bool:
    if language == "vi":
        return (asks(folded, language) or _has(folded, RESOLVED["vi"])
                or _has_toned(tokens, RESOLVED_TONED))
    return asks(folded, language) or _has(folded, RESOLVED["en"])


def _tag_sentence(seg: SegmentTokens, cut: int, language: str) -> int:
    """Where the words a closing tag question asks about start: a segment framed by its
    tag alone, with sentence marks in it, restates in its last sentence (with the one
    before it when the last holds the tag and little else: "So the card was stolen. Is
    that right?"), not in what came before ("We've blocked the card. Well, you gave them
    the details yourself, didn't you?" asks about the blame); else 0."""
    lang = "vi" if language == "vi" else "en"
    folded = seg.folded[:cut]
    if _has_lead(folded, lang) or not _tagged(list(folded), lang):
        return 0
    starts = [i for i in seg.sentence_starts() if i < cut]
    if not starts:
        return 0
    if len(content_words(seg.tokens[starts[-1]:cut], lang)) < 2:
        return starts[-2] if len(starts) > 1 else 0
    return starts[-1]


def frame_hits(segments: Sequence[SegmentTokens], allowed: set[int],
               language: str) -> list[Hit]:
    """Agent segments in ``allowed`` framed as a confirmation that say the customer's
    problem again, or whose opening clause, right after the customer's turn, does."""
    turns: list[tuple[float, set[str]]] | None = None
    out = []
    for k, seg in enumerate(segments):
        # only the words before an identity question, if the segment asks one
        cut = before_id_ask(seg.folded, language)
        if seg.index not in allowed or not cut:
            continue
        tokens, folded = seg.tokens[:cut], seg.folded[:cut]
        if turns is None:
            turns = problem_turns(segments, language)
        # (first token, end token, the customer's words, how many must be shared) per route
        routes: list[tuple[int, int, set[str], int]] = []
        if has_phrase(list(folded), READ_BACK["vi" if language == "vi" else "en"]):
            continue  # details checked or read back ("that's your account ending 3104, is it?")
        framed = confirmation_frame(tokens, folded, language)
        if framed:
            need = (STRONG_MIN_OVERLAP if framed == STRONG else FRAME_MIN_OVERLAP)
            routes.append((_tag_sentence(seg, cut, language), len(tokens),
                           set().union(*(w for t, w in turns if t < seg.seg_start_s)),
                           need.get(language, need["en"])))
        if k and segments[k - 1].speaker == "customer":  # the agent's reply
            end = opening_clause(tokens, folded, language)
            start = restart_after_sympathy(folded[:end], language)
            if start is not None and not _asks_or_resolves(tokens[start:end],
                                                           folded[start:end], language):
                since = max((s.seg_start_s for s in segments[:k] if s.speaker == "agent"),
                            default=-1.0)
                need = (REPLY_MIN_OVERLAP if _addresses_customer(folded[start:end], language)
                        else FRAME_MIN_OVERLAP)
                routes.append((start, end, set().union(
                    *(w for t, w in turns if since < t < seg.seg_start_s)),
                    need.get(language, need["en"])))
        for start, end, said, n in routes:
            mine = content_words(tokens[start:end], language)
            shared = shared_words(mine, said, language)
            if len(shared) >= n:
                out.append(make_hit(seg, start, end, "", "frame",
                                    round(len(shared) / len(mine), 4)))
                break
    return out
