"""Evidence from the call itself, beside the rule's wordings (``methods: [..., name]`` and
``[..., restate]``).

* ``name``: the agent says their own given name (from the call's metadata; English: the
  first word of the name, Vietnamese: the last) in an introduction frame — a cue word
  right before it ("I'm", "this is", "you've got", "em", "cháu", "là", "tên", the
  company's name: "Acme Bank, Fiona, what do you need?") or right
  after it ("speaking", "here", "with you", "at", "go ahead", "xin nghe", "đây", "bên", "ở",
  "đang"), or as the last word of a short turn ("Morning. Acme, Raj.").
  The name may be misheard: a word (or two words run together, "lin da") as similar as
  ``NAME_RATIO`` to it counts (names of four letters or more). Vietnamese compares
  syllables without tone marks unless the transcript has them, and whole but right after
  "tên": one letter makes another word ("Nhung" / "chung", "Oanh" / "anh", since round 15).
  The customer saying the name is not evidence (the rule's speaker decides which segments
  are looked at).
* ``restate``: the agent restates what the customer said earlier — a stretch of agent
  speech (segment or 10-word window, as the classifier sees them) shares at least
  ``RESTATE_MIN_OVERLAP`` content words (no tone marks, no function words, numbers, months
  or polite words) with the customer's earlier turns, and the rule's classifier item
  gives it at least ``RESTATE_MIN_PROBABILITY`` and more than any of ``RESTATE_RIVALS``; a
  question about the problem ("which station was the ATM at") is none.
  Read-backs of dates, numbers and addresses, ID checks and "let me confirm that for you"
  share no problem words (short answers to an identity check are left out, since round 8)
  or get a low probability; a resolution or an apology naming the
  problem is likelier its own item; the agent's own earlier words do not count.
"""

from __future__ import annotations

from collections.abc import Sequence

from rapidfuzz import fuzz

from aqm.scoring.hits import Hit, make_hit
from aqm.scoring.text import SegmentTokens, fold

NAME_RATIO = 80.0  # rapidfuzz ratio of a said word to the given name ("lynda" = "linda")
NAME_FUZZY_MIN_CHARS = 4  # shorter names must be said exactly (no tone marks)
# content words shared with the customer's earlier turns (Vietnamese counts syllables:
# "ứng dụng" is one word, two syllables)
RESTATE_MIN_OVERLAP = {"en": 2, "vi": 3}
RESTATE_MIN_PROBABILITY = 0.1  # the classifier item's probability the stretch needs too
# ... and no likelier one of these items: a resolution or an apology that names the
# customer's problem ("I've refunded the second phone bill payment") is not a restatement
RESTATE_RIVALS = ("resolution", "empathy", "offer_help", "anything_else", "purpose")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# cue words right before / right after the name (folded); English also two-word cues
# before it ("through to Sam": not a bare "to", as in "passed it to Sam")
# round 15: the name right after the company's ("Morning. Acme Bank. Fiona. What do you
# need?", "chào anh chị ABC Yên cần gì ạ": "a bê xê", "abêxê")
# round 20: right after the greeting ("Afternoon, Mona. Go ahead, how can I help?"): the name
# is the agent's own (the metadata's), not the customer's
# round 21: after a team's name ("cards team, Jo, go ahead")
_EN_BEFORE = _words("im am is its name names called got reached bank morning afternoon "
                    "evening hello hi team")
_EN_BEFORE_TWO = frozenset({"speaking to", "speaking with", "through to", "talking to",
                            "talking with"})
# "Callum at Acme Bank speaking"; round 9: "Owen picking up", "Aroha on the card team",
# "Sam taking your call"; round 21: "Acme, Jo, go ahead"
_EN_AFTER = _words("speaking here calling from with at picking on taking helping answering "
                   "go")
# round 21: a short opening turn that ends in the name ("Morning. Acme, Raj.")
SHORT_TURN_WORDS = 6
# round 15: a name said with other tone marks than its own ("Yên" for Yến, "Lưu" for Lựu:
# the recogniser swaps them) counts right after the company ("a bê xê Yên cần gì ạ") or
# between "xin nghe" and "đang nghe máy"
_VI_COMPANY = _words("abc abexe xe")
_VI_HEARING = _words("nghe")
# ... and a name a letter off ("em tên Oan" for Oanh) only after "tên" ("vậy là anh": "là"
# is too common)
_VI_NAMING = _words("ten")
_VI_BEFORE = _words("em toi minh chau la ten vien") | _VI_COMPANY
# "chị đang nói chuyện với Trúc ạ" (you are talking with Trúc): not a bare "với"
_VI_BEFORE_TWO = frozenset({"chuyen voi"})
# "Hằng ở ngân hàng ABC", "Yến đang hỗ trợ chị"; round 9: "Duyên ngân hàng ABC nghe"
_VI_AFTER = _words("xin day nghe ben phu o dang ngan")

_EN_STOP = _words("""
    a an the and or but so if then than that this these those there here is are was were be
    been being am do does did done have has had having will would shall should can could
    may might must not no yes yeah yep ok okay right well just really very quite also too
    i me my mine we us our ours you your yours youre youve youd youll he she it its they
    them their what which who whom whose when where why how all any some more most other
    such only own same about above after again against at before below between by down
    during for from further in into of off on once out over through to under until up
    with please thank thanks sorry hello hi um uh er erm hmm mm oh got get getting let lets
    im ive id ill dont didnt doesnt cant couldnt wont wouldnt isnt arent wasnt werent
    hasnt havent hadnt thats theres whats understand understood confirm correct saying
    said say tell telling told mean meaning see check checking sure today now
    one two three four five six seven eight nine ten eleven twelve thirteen fourteen
    fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy
    eighty ninety hundred thousand first second third fourth fifth sixth seventh eighth
    ninth tenth january february march april june july august september october
    november december monday tuesday wednesday thursday friday saturday sunday
    number date birth name address postcode street road
    """)
_VI_STOP = _words("""
    à ạ ah ơi dạ vâng ừ ok oke em anh chị quý khách tôi mình bạn cô chú ông bà là của và
    thì mà cho với này đó đấy kia rồi đã được bị sẽ đang có không gì nào nhé nhỉ vậy như thế
    tức nghĩa ý hiểu xác nhận lại đúng phải để xin giúp ra vào lên xuống ở tại từ trong
    ngoài khi lúc bây giờ hôm nay một hai ba bốn năm sáu bảy tám chín mười mươi lăm nghìn
    triệu trăm tháng ngày sinh tên số địa chỉ điện thoại họ nhé luôn cũng thôi ạ
    """)
_VI_STOP_FOLDED = frozenset(fold(w) for w in _VI_STOP)


def given_name(agent_names: Sequence[str], language: str) -> str:
    """The agent's given name (folded): English, the first word of the full name;
    Vietnamese, the last."""
    if not agent_names:
        return ""
    words = agent_names[0].split()
    return fold(words[-1] if language == "vi" else words[0])


def _name_at(seg: SegmentTokens, i: int, name: str, toned: str, marks: bool = True,
             fuzzy: bool = True) -> int:
    """How many tokens from ``i`` say ``name`` (0: none): one word, or two run together;
    with ``marks``, a word said with tone marks must have the name's; with ``fuzzy``, a
    word like it counts."""
    for n in (1, 2):
        if i + n > len(seg.tokens):
            break
        said = "".join(seg.folded[i:i + n])
        if (marks and seg.tokens[i:i + n] != seg.folded[i:i + n]
                and "".join(seg.tokens[i:i + n]) != toned):
            continue  # said with tone marks: they must be the name's ("lần" is not "Lan")
        if said == name or (fuzzy and len(name) >= NAME_FUZZY_MIN_CHARS
                            and fuzz.ratio(said, name) >= NAME_RATIO):
            return n
    return 0


def name_hits(segments: Sequence[SegmentTokens], allowed: set[int],
              agent_names: Sequence[str], language: str) -> list[Hit]:
    """Where the agent says their given name in an introduction frame."""
    name = given_name(agent_names, language)
    if not name:
        return []
    words = agent_names[0].split()
    toned = words[-1] if language == "vi" else words[0]
    vi = language == "vi"
    before, after = (_VI_BEFORE, _VI_AFTER) if vi else (_EN_BEFORE, _EN_AFTER)
    out = []
    for seg in segments:
        if seg.index not in allowed:
            continue
        for i in range(len(seg.tokens)):
            prev = seg.folded[i - 1] if i else ""
            n = _name_at(seg, i, name, toned, fuzzy=not vi or prev in _VI_NAMING)
            if not n and vi:  # tone marks swapped, in a firm frame only
                n = _name_at(seg, i, name, toned, marks=False, fuzzy=False)
                nxt = seg.folded[i + n] if n and i + n < len(seg.folded) else ""
                if not (prev in _VI_COMPANY or (prev in _VI_HEARING and nxt in after)):
                    n = 0
            if not n:
                continue
            two = " ".join(seg.folded[max(0, i - 2):i])
            nxt = seg.folded[i + n] if i + n < len(seg.folded) else ""
            cued_before = prev in before or two in (_VI_BEFORE_TWO if language == "vi"
                                                    else _EN_BEFORE_TWO)
            closes_short = i + n == len(seg.tokens) and len(seg.tokens) <= SHORT_TURN_WORDS
            if cued_before or nxt in after or closes_short:
                s = max(0, i - 1) if cued_before else i
                e = min(len(seg.tokens), i + n + (0 if cued_before else 1))
                out.append(make_hit(seg, s, e, "", "name", 1.0))
    return out


def content_words(tokens: Sequence[str], language: str) -> set[str]:
    """Folded tokens that carry content: no function words, numbers or polite words."""
    vi = language == "vi"
    min_len = 2 if vi else 3
    out = set()
    for t in tokens:
        f = fold(t)
        # Vietnamese: a toneless word is a function word when any toned form of it is
        # ("the" may be "thế"); a toned one only when it is itself ("thẻ" is a card)
        stop = (t in _VI_STOP or (t == f and f in _VI_STOP_FOLDED)) if vi else f in _EN_STOP
        if len(f) >= min_len and not stop and not f.isdigit() and not f.startswith("["):
            out.add(f)
    return out


class _CustomerWords:
    """Each customer turn's content words, worked out once per call, but for short answers
    to an identity check (the frame route's rule, ``confirm_frame``: reading back a name or
    an address is no restatement); ``before(t)``: those of the turns that began before
    ``t``."""

    def __init__(self, segments: Sequence[SegmentTokens], language: str) -> None:
        from aqm.scoring.confirm_frame import customer_turns

        self.turns = [(seg.seg_start_s, words)
                      for seg, words in customer_turns(segments, language)]
        self._before: dict[float, set[str]] = {}

    def before(self, start_s: float) -> set[str]:
        if start_s not in self._before:
            self._before[start_s] = set().union(*(w for t, w in self.turns if t < start_s))
        return self._before[start_s]


# a question about the problem ("which station was the ATM at", "chị mất thẻ khi nào") is
# no restatement of it (folded words)
DISCOURSE = _words("okay ok right alright so and oh ah well yeah yes sure um")
_ASK_FIRST = _words("did do does have has is are was were can could would")
_ASK_EN = _words("when where which what how why")
_ASK_VI = tuple(fold(p) for p in ("khi nào", "bao giờ", "ở đâu", "bao nhiêu", "mấy giờ",
                                 "tại sao", "vì sao", "thế nào",
                                 # round 11: "ví điện tử ạ, bác nạp vào ví nào ạ?"
                                 "lúc nào", "nào ạ", "nào vậy", "gì ạ", "gì vậy", "ai ạ",
                                 "chưa ạ", "hay không"))
# round 11: a question after a bare echo of the customer's words ("the market? do you have
# any other cards with us?", "an overdraft fee? was that on the current account?"): an
# auxiliary and its subject within the first words
_ASK_AUX = _words("do does did is are was were have has")
_ASK_SUBJECT = _words("you your youre that it they there he she this")
ECHO_MAX_WORDS = 3


def asks(folded: Sequence[str], language: str) -> bool:
    """The stretch (folded words) asks a question: English opens (after "okay", "so" ...)
    with an auxiliary, has a wh-word in its first three words or an auxiliary and its subject
    after an echo of up to three words; Vietnamese holds a question word."""
    if language == "vi":
        padded = f" {' '.join(folded)} "
        return any(f" {p} " in padded for p in _ASK_VI)
    words = [w for w in folded if w not in DISCOURSE]
    return bool(words) and (words[0] in _ASK_FIRST or bool(_ASK_EN & set(words[:3])) or any(
        words[k] in _ASK_AUX and words[k + 1] in _ASK_SUBJECT
        for k in range(1, min(ECHO_MAX_WORDS + 1, len(words) - 1))))


def restate_hits(segments: Sequence[SegmentTokens],
                 units: Sequence[tuple[tuple[int, int, int], float, float]], language: str,
                 min_probability: float = RESTATE_MIN_PROBABILITY) -> list[Hit]:
    """Stretches ``(segment, first word, end word)`` that restate the customer's earlier
    words, given with their item probability and their rivals' highest."""
    min_overlap = RESTATE_MIN_OVERLAP.get(language, RESTATE_MIN_OVERLAP["en"])
    customer = _CustomerWords(segments, language)
    out = []
    for (s, i, j), p, rival in units:
        if p < min_probability or p <= rival:
            continue
        seg = segments[s]
        said = customer.before(seg.seg_start_s)
        if len(content_words(seg.tokens[i:j], language) & said) >= min_overlap and not asks(
                seg.folded[i:j], language):
            out.append(make_hit(seg, i, j, "", "restate", round(float(p), 4)))
    return out
