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

from aqm.scoring.context_match import DISCOURSE, asks, content_words
from aqm.scoring.hits import Hit, make_hit
from aqm.scoring.text import SegmentTokens, fold

# content words (vi: syllables) said by the customer that a confirmation needs: framed by a
# weak lead, and by a strong lead or a tag question
FRAME_MIN_OVERLAP = {"en": 2, "vi": 3}
STRONG_MIN_OVERLAP = {"en": 1, "vi": 2}
# English words agree when their stems (these endings cut, 3 letters kept) are equal or
# share their first STEM_MIN letters: "pay" ~ "payment", "moved" ~ "moving"
_SUFFIXES = ("ments", "ment", "ings", "ing", "ied", "ies", "ed", "es", "s", "e")
STEM_MIN = 5


def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _phrases(text: str, fold_marks: bool = True) -> tuple[str, ...]:
    return tuple(" ".join((fold(p) if fold_marks else p).split()) for p in text.split("|")
                 if p.strip())


# leads: anywhere in the segment (folded, without apostrophes)
_LEADS = {
    "en": _phrases("""
        so youre saying|what youre saying|youre telling me|what im hearing|so basically
        |to sum up|to summarise|to summarize|in other words|let me make sure|make sure i follow
        |make sure i understand|make sure ive got|make sure i have got|make sure i got
        |just to clarify|just so im clear|just to be clear|just so i understand
        |let me repeat|repeat that back|if i understand|if i understood|if ive got
        |if i have got|if i heard|if im hearing|have i got that|did i get that|i get that right
        |it sounds like|sounds like you|so it sounds|so the issue is|so the problem is
        |so what happened|so youd like|so you would like|so you want|so youre looking to
        |so youre calling|youre calling about|youre calling because|youre ringing about
        |youre phoning about|you mentioned|from what you|let me see if i|so if i follow
        |so you said|as you said|what youve said|understand you|i understand that you
        |i understand your|correct me if|to recap|just to recap|let me recap|so in short
        |what i understand|from what i understand|youre after|youre looking to
        |youre wanting to|you want to know|youd like to know|your question is|i gather
        |i take it|so what youre|so its about|so this is about|issue is|problem is
        """),
    "vi": _phrases("""
        vậy là|vậy thì là|tức là|nghĩa là|có nghĩa|em hiểu là|em hiểu rồi|em hiểu ý
        |em hiểu vấn đề|mình hiểu là|ý anh là|ý chị là|ý là|như vậy là|như vậy thì
        |em xác nhận|nhắc lại|tóm tắt lại|tóm lại|nói gọn lại|để em xem em hiểu|em nắm được
        |em đã nắm
        |em ghi nhận|có phải anh|có phải chị|có phải quý khách|có phải là
        |anh đang muốn|chị đang muốn|anh chị đang muốn|quý khách đang muốn|anh đang gặp
        |chị đang gặp|quý khách đang gặp|anh vừa nói|chị vừa nói|anh nói là|chị nói là
        """),
}
# round 18: lead words that praise instead ("dạ anh gọi sớm vậy là rất đúng ạ": calling
# early was right)
_NOT_LEADS = {"en": (), "vi": _phrases("vậy là rất|vậy là đúng|vậy là tốt|vậy là hay")}
# tags: at the end of the segment (English: the last words; Vietnamese: within the last
# four syllables, before "ạ", "chị", "anh"...)
_TAGS = {
    "en": _phrases("""
        is that right|is that correct|have i got that right|did i get that right|am i right
        |got that right|is that the problem|is that the issue|is that it|is that what happened
        |is that what youre after|is that what you mean|right|correct|isnt it|wasnt it
        |didnt it|did it|havent you|didnt you|dont you|werent you|arent you|wasnt it|is it
        """),
    "vi": _phrases("""
        phải không|đúng không|có đúng không|có phải không|đúng chưa|phải chưa|đúng ko
        |phải ko|đúng hông|phải hông|đúng hem|phải hem|đúng vậy không|phải vậy không
        |đúng không nhỉ|phải không nhỉ|hả|nhỉ
        """),
}
# weak leads: a restatement opened by "so ..." ("right, so your card was kept by the ATM"),
# "dạ chị bị ..." — only near the start of the segment and with no sign of a resolution or
# an instruction in it ("so your new card will arrive", "dạ em đã khóa thẻ cho chị")
_WEAK_LEADS = {
    "en": _phrases("""
        so you|so your|so youre|so youve|so youd|so the|so theres|so its|so someone
        |so somebody|so basically|so this|so that|so a|so an|so some|so it|so they|so there
        |so two|so one|youd like|you would like|you want|you wanted|you need|youre looking
        |youre asking|you were asking|youre after
        """),
    "vi": _phrases("""
        anh bị|chị bị|quý khách bị|anh muốn|chị muốn|quý khách muốn|anh cần|chị cần
        |anh không|chị không|anh đang|chị đang|bên anh bị|bên chị bị
        """),
}
# round 11: the other forms of address, found with their tone marks only (without them
# "cô muốn" is "có muốn", a question; "bà" is "ba", three)
_WEAK_LEADS_TONED = tuple(f"{you} {verb}" for you in ("cô", "chú", "bác", "bà", "ông", "dì",
                                                       "bạn")
                          for verb in ("bị", "muốn", "cần", "không", "đang", "làm"))
WEAK_LEAD_WITHIN = 4  # tokens from the start of the segment
_NOT_A_RESTATEMENT = {
    "en": _phrases("""
        will|ill|youll|itll|well|ive|weve|have been|has been|going to|gonna|can|cant|could
        |should|need to|please|let me|just need|thats done|all done|sorted|thats been|its been
        |has now|is now|on its way
        """),
    # without tone marks, "đã" (done) is "dạ" (yes): those are looked for with their marks
    "vi": _phrases("vui lòng|làm ơn|bên em|em sẽ|có thể|em vừa|xong"),
}
_NOT_A_RESTATEMENT_TONED = ("đã", "sẽ", "hãy", "chờ", "xin", "giúp")
# "đã" after the customer or their family is what they did ("mẹ bác đã vào viện dưỡng
# lão", "cô đã báo công an chưa"), not what the agent has done
_CUSTOMER_SIDE = frozenset({"anh", "chị", "khách", "cô", "chú", "bác", "bà", "ông", "bạn",
                            "dì", "mẹ", "bố", "ba", "má", "vợ", "chồng"})
_VI_TAIL = frozenset({"a", "ah", "nhe", "nha", "chi", "anh", "em", "ban", "khach", "quy",
                      "co", "chu", "ba", "ong", "oi"})
# the agent asks for (or reads back) identity details: not a confirmation of the problem,
# and the customer's next turn is an answer, not the problem
_ID_ASK = {
    "en": _phrases("""
        date of birth|birthday|postcode|post code|zip code|security|verify|verification
        |full name|your name|first line|maiden|memorable|sort code|spelt|spelled|card number
        """),
    "vi": _phrases("""
        ngày sinh|năm sinh|sinh năm|sinh ngày|xác minh|xác thực|bảo mật|cmnd|cccd|căn cước
        |chứng minh|họ tên|họ và tên|số tài khoản|số điện thoại|địa chỉ là|số thẻ|dãy số
        """),
}
# the customer states identity details
_ID_STATE = {
    "en": _ID_ASK["en"] + _phrases("""
        my name is|name is|address is|born on|my number is|account number|phone number
        |mobile number|last four digits
        """),
    "vi": _ID_ASK["vi"] + _phrases("""
        tên tôi|tên em là|tên chị là|tên anh là|tôi tên|em tên|chị tên|anh tên
        |địa chỉ của tôi là|địa chỉ tôi là|nhà tôi ở số|tôi ở số
        """),
}
# the direct reply route: the agent's turn right after the customer's, up to the first hold,
# question for details or thanks ("okay so the card isn't working abroad | let me have a
# look"), says the customer's words again, and neither asks about them nor resolves them
_CLAUSE_END = {
    "en": _phrases("""
        let me|one moment|bear with|hang on|hold on|on hold|while i|give me|just a moment
        |two seconds|a second|a sec|pop you|ill|i will|can you|could you|can i|may i
        |would you|thanks for|thank you
        """),
    "vi": _phrases("""
        giữ máy|cho em|để em|em kiểm tra|em xem|vui lòng|xin số|đọc giúp|xác nhận giúp
        |em check|em coi|doi em
        """),
}
_CLAUSE_END_TONED = _phrases("""
    chờ em|đợi em|chờ một|đợi một|chờ chút|đợi chút|chờ xíu|đợi xíu|chờ tí|đợi tí|chờ máy
    """, fold_marks=False)
# sympathy first ("I'm so sorry about the phone bill"): a restatement starts again after it
_SYMPATHY = {"en": _phrases("""
                 sorry|apologise|apologize|apologies|annoying|frustrating|must be|awful
                 |understand how|can hear|get why|difficult
                 """),
             "vi": _phrases("xin lỗi|rất tiếc|chia buồn|thông cảm|hiểu cảm giác|bực|lo lắng")}
_RESTART = {"en": _wordset("so okay ok right now"), "vi": _wordset("da vay")}
_VI_OPENERS = _wordset("da vang a oi")
_YOU = {"en": _wordset("so you your youre youve youd yours"),
        "vi": _wordset("anh chi quy khach minh ban co chu")}
# the reply route needs this many shared words when its clause addresses the customer
REPLY_MIN_OVERLAP = {"en": 1, "vi": 2}
# ... nor resolves, offers or instructs
_RESOLVED = {
    "en": _phrases("""
        ive|weve|has been|have been|is now|all done|sorted|removed|fixed|will|youll|itll
        |i can|we can|i could|happy to|help|try|please|need to|you can|you should|go to
        |pop into|make sure
        """),
    "vi": _phrases("xong|được rồi|em có thể|em giúp|em hỗ trợ|bên em|vui lòng"),
}
_RESOLVED_TONED = ("đã", "sẽ", "thử", "hãy", "giúp")
# a customer turn this long (content words) after an ID question still counts: it holds
# more than the answer
ID_ANSWER_MAX_WORDS = 6


def _has(words: Sequence[str], phrases: Sequence[str]) -> bool:
    padded = f" {' '.join(words)} "
    return any(f" {p} " in padded for p in phrases)


def _has_lead(words: Sequence[str], lang: str) -> bool:
    padded = f" {' '.join(words)} "
    for p in _NOT_LEADS[lang]:
        padded = padded.replace(f" {p} ", " | ")
    return any(f" {p} " in padded for p in _LEADS[lang])


def _has_toned(tokens: Sequence[str], words: Sequence[str]) -> bool:
    """``_has`` for words with tone marks; "đã" counts only where the customer's side did
    not do it."""
    return any(t in words and not (t == "đã" and k and tokens[k - 1] in _CUSTOMER_SIDE)
               for k, t in enumerate(tokens))


STRONG, WEAK = 2, 1  # how a segment is framed as a confirmation (0: not)


def _tagged(words: list[str], lang: str) -> bool:
    """Whether ``words`` end in a tag question."""
    if lang == "vi":
        while words and words[-1] in _VI_TAIL:
            words = words[:-1]
        tags, tail = _TAGS["vi"], " " + " ".join(words[-4:])
    else:
        if len(words) < 3 or words[-2:] == ["all", "right"]:
            return False
        tags, tail = _TAGS["en"], " " + " ".join(words[-6:])
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
    if ((_has(folded[:WEAK_LEAD_WITHIN + 1], _WEAK_LEADS[lang])
         or (lang == "vi" and _has(tokens[:WEAK_LEAD_WITHIN + 1], _WEAK_LEADS_TONED)))
            and not _has(folded[:end], _NOT_A_RESTATEMENT[lang])
            and not (lang == "vi" and _has_toned(tokens[:end], _NOT_A_RESTATEMENT_TONED))):
        return WEAK
    return 0


# round 15: the words that open an identity question ("..., could you confirm your
# postcode for me", "what's the first line of your address", "chị cho em xin ngày tháng năm
# sinh ạ"); the segment's restatement, if any, comes before them
_ID_LEAD = {
    "en": _wordset("""
        could can may would will you i me we please confirm your the of first line what
        whats is and just give tell read out start with for have get check also then now
        """),
    "vi": _wordset("""
        anh chi co chu bac ba ong ban quy khach cho em chau xin doc giup ngay thang nam lai
        vui long a va voi minh de nhe roi
        """),
}


# words that make identity details a request ("the card you replaced" is no request for
# the card number; "chị làm căn cước mới" is no request for the ID card)
_ID_REQUEST = {"en": _wordset("could can may what whats confirm give tell read please"),
               "vi": _wordset("xin doc")}


def before_id_ask(folded: Sequence[str], language: str) -> int:
    """How many tokens of an agent segment come before its identity question (all of them
    when it asks none): a restatement followed by "could you confirm your postcode" in the
    same turn still restates. Identity words open a question when it starts the segment,
    or when one of the words just before them, or "please" just after, asks for them."""
    lang = "vi" if language == "vi" else "en"
    for at in range(len(folded)):
        if _first_at(folded[at:at + 4], _ID_ASK[lang]) != 0:
            continue
        start = at
        while start and folded[start - 1] in _ID_LEAD[lang]:
            start -= 1
        if (not start or _ID_REQUEST[lang] & set(folded[start:at])
                or "please" in folded[at:at + 6]):
            return start
    return len(folded)


def id_talk(folded: Sequence[str], language: str, *, customer: bool = False) -> bool:
    """The agent asks for identity details (``customer``: the customer states them)."""
    lists = _ID_STATE if customer else _ID_ASK
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
_FILLERS = _wordset("uh uhh um umm ahm erm er hmm you know o thi a ma")
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
    fillers = _RESTART[lang] | _VI_OPENERS | DISCOURSE | _FILLERS
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
_CUT_IN = {"en": _phrases("sorry to jump in|just to jump in|sorry to interrupt"),
           "vi": _phrases("cho em chen ngang|em xin chen ngang|cho em ngắt lời|cho em xen vào")}


def opening_clause(tokens: Sequence[str], folded: Sequence[str], language: str) -> int:
    """How many tokens a segment's opening clause has: up to a hold, a question for
    details or thanks (``tokens`` with tone marks, ``folded`` without), past a cut-in."""
    lang = "vi" if language == "vi" else "en"
    skip = next((i + len(p.split()) for i in range(min(WEAK_LEAD_WITHIN, len(folded)))
                 for p in _CUT_IN[lang] if " ".join(folded[i:i + len(p.split())]) == p), 0)
    end = skip + _first_at(folded[skip:], _CLAUSE_END[lang])
    if lang == "vi":
        end = min(end, skip + _first_at(tokens[skip:], _CLAUSE_END_TONED))
    return end


def _addresses_customer(folded: Sequence[str], language: str) -> bool:
    """The clause opens by speaking of the customer or with "so" ("okay so the card...",
    "you weren't treated well", "dạ anh đang chờ...", "dạ tức là")."""
    words = [w for w in folded if w not in DISCOURSE - {"so"} and w not in _VI_OPENERS]
    if not words:
        return False
    return words[0] in _YOU[language if language == "vi" else "en"] or (
        language == "vi" and _first_at(words, _LEADS["vi"]) == 0)


def restart_after_sympathy(folded: Sequence[str], language: str) -> int | None:
    """Where a restatement may start in a clause: 0, or after its sympathy and a restart
    ("so", "okay", "dạ"); None when sympathy is all there is."""
    lang = "vi" if language == "vi" else "en"
    last = -1
    for i in range(len(folded)):
        if _first_at(folded[i:i + 4], _SYMPATHY[lang]) == 0:
            last = i
    if last < 0:
        return 0
    return next((i for i in range(last + 1, len(folded)) if folded[i] in _RESTART[lang]), None)


def _asks_or_resolves(tokens: Sequence[str], folded: Sequence[str], language: str) -> bool:
    if language == "vi":
        return (asks(folded, language) or _has(folded, _RESOLVED["vi"])
                or _has_toned(tokens, _RESOLVED_TONED))
    return asks(folded, language) or _has(folded, _RESOLVED["en"])


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
        framed = confirmation_frame(tokens, folded, language)
        if framed:
            need = (STRONG_MIN_OVERLAP if framed == STRONG else FRAME_MIN_OVERLAP)
            routes.append((0, len(tokens),
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
