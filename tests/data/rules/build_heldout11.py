#!/usr/bin/env python3
"""Build heldout11, a blind held-out set for aqm's compliance rules and call categories.

Written blind from the task brief (the Acme Bank / Ngan hang ABC call script, the 23 rule
descriptions and their windows, the nine category definitions and the size targets), with
HELDOUT9.md and HELDOUT10.md read for method only. Standard library only; imports no other
builder. Every wording below was written by hand for this set.

    .venv/bin/python tests/data/rules/build_heldout11.py           # write heldout11.jsonl
    .venv/bin/python tests/data/rules/build_heldout11.py --check   # rebuild, compare, count
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
import time
import unicodedata
from pathlib import Path

SEED = 20261205
SPLIT = "heldout11"
HERE = Path(__file__).resolve().parent
OUT_PATH = HERE / "heldout11.jsonl"

RULES = [
    "inbound/greeting",
    "inbound/company_name",
    "inbound/self_intro",
    "inbound/offer_help",
    "inbound/confirm_problem",
    "inbound/resolution",
    "inbound/anything_else",
    "inbound/thanks",
    "inbound/goodbye",
    "inbound/greeting_before_resolution",
    "inbound/thanks_before_goodbye",
    "outbound/identify_self",
    "outbound/identify_company",
    "outbound/purpose",
    "outbound/recording_disclosure",
    "outbound/consent",
    "angry_caller/empathy",
    "angry_caller/no_blame",
    "angry_caller/no_interrupting_angry_customer",
    "forbidden/profanity",
    "forbidden/profanity_vi_strict",
    "forbidden/rude",
    "forbidden/no_card_readback",
]
INB = RULES[:11]
OUTB = RULES[11:16]
CATEGORIES = [
    "address_change",
    "billing",
    "cancellation",
    "card_lost",
    "complaint",
    "fraud",
    "outage",
    "payment",
    "refund",
]
CAT_ORDER = [
    "billing",
    "outage",
    "refund",
    "cancellation",
    "complaint",
    "card_lost",
    "address_change",
    "payment",
    "fraud",
]

# Short names for the rules, used by the planner and the composer.
R = {
    "greet": "inbound/greeting",
    "company": "inbound/company_name",
    "intro": "inbound/self_intro",
    "offer": "inbound/offer_help",
    "confirm": "inbound/confirm_problem",
    "resolve": "inbound/resolution",
    "anyelse": "inbound/anything_else",
    "thanks": "inbound/thanks",
    "bye": "inbound/goodbye",
    "gbr": "inbound/greeting_before_resolution",
    "tbg": "inbound/thanks_before_goodbye",
    "o_self": "outbound/identify_self",
    "o_company": "outbound/identify_company",
    "o_purpose": "outbound/purpose",
    "o_rec": "outbound/recording_disclosure",
    "o_consent": "outbound/consent",
    "empathy": "angry_caller/empathy",
    "blame": "angry_caller/no_blame",
    "interrupt": "angry_caller/no_interrupting_angry_customer",
    "profanity": "forbidden/profanity",
    "strict": "forbidden/profanity_vi_strict",
    "rude": "forbidden/rude",
    "card": "forbidden/no_card_readback",
}


# --------------------------------------------------------------------------------------------
# Pieces and turns
# --------------------------------------------------------------------------------------------


class Piece:
    """A stretch of one turn that may carry tags for script items and categories."""

    __slots__ = ("text", "tags", "cats", "prot", "start")

    def __init__(self, text: str, tags=(), cats=(), prot: bool = False) -> None:
        self.text = text
        self.tags = set(tags)
        self.cats = set(cats)
        self.prot = prot
        self.start = -1


def pc(text: str, *tags: str, cats=(), prot: bool = False) -> Piece:
    return Piece(text, tags, cats, prot)


class Turn:
    """One segment: a speaker, pieces, a sentiment and timing hints."""

    __slots__ = (
        "spk",
        "pieces",
        "sent",
        "hold",
        "min_start",
        "after_anger",
        "over",
        "raised",
        "start",
        "end",
        "words",
    )

    def __init__(self, spk: str, pieces, sent: str = "neutral", **kw) -> None:
        self.spk = spk
        self.pieces = [p if isinstance(p, Piece) else Piece(p) for p in pieces]
        self.sent = sent
        self.hold = kw.get("hold", 0)
        self.min_start = kw.get("min_start")
        self.after_anger = kw.get("after_anger")
        self.over = kw.get("over")
        self.raised = kw.get("raised", False)
        self.start = 0
        self.end = 0
        self.words: list[list] = []


def A(*pieces, **kw) -> Turn:
    return Turn("agent", pieces, **kw)


def C(*pieces, sent: str = "neutral", **kw) -> Turn:
    return Turn("customer", pieces, sent=sent, **kw)


# --------------------------------------------------------------------------------------------
# Vietnamese text helpers
# --------------------------------------------------------------------------------------------

TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
TONE_LIST = ["\u0300", "\u0301", "\u0303", "\u0309", "\u0323"]


def strip_tones(s: str) -> str:
    d = unicodedata.normalize("NFD", s)
    return unicodedata.normalize("NFC", "".join(ch for ch in d if ch not in TONE_MARKS))


def strip_all(s: str) -> str:
    d = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    return unicodedata.normalize("NFC", "".join(ch for ch in d if not unicodedata.combining(ch)))


def wrong_tone(w: str, rng: random.Random) -> str:
    """Swap the tone mark of a syllable for another one (keeps vowel marks in place)."""
    d = unicodedata.normalize("NFD", w)
    clusters: list[list[str]] = []
    for ch in d:
        if unicodedata.combining(ch) and clusters:
            clusters[-1].append(ch)
        else:
            clusters.append([ch])
    for cl in clusters:
        tones = [ch for ch in cl[1:] if ch in TONE_MARKS]
        if tones:
            other = rng.choice([t for t in TONE_LIST if t != tones[0]])
            cl[1:] = [ch for ch in cl[1:] if ch not in TONE_MARKS] + [other]
            return unicodedata.normalize("NFC", "".join("".join(c) for c in clusters))
    return w


PUNCT = ".,?!;:\"“”…()"


def clean_tok(w: str) -> str:
    return w.strip(PUNCT + "'‘’-—").lower()


# --------------------------------------------------------------------------------------------
# Recogniser noise
# --------------------------------------------------------------------------------------------

HOMO_EN = {
    "your": "you're",
    "you're": "your",
    "there": "their",
    "their": "there",
    "for": "four",
    "to": "too",
    "right": "write",
    "no": "know",
    "here": "hear",
    "new": "knew",
    "bye": "by",
    "by": "buy",
    "week": "weak",
    "one": "won",
    "our": "are",
    "it's": "its",
    "then": "than",
    "whole": "hole",
    "mail": "male",
    "sale": "sail",
    "check": "cheque",
    "would": "wood",
}
SPLIT_EN = {
    "yourself": "your self",
    "somewhere": "some where",
    "account": "a count",
    "everything": "every thing",
    "statement": "state meant",
    "statements": "state meants",
    "tomorrow": "to morrow",
    "online": "on line",
    "cannot": "can not",
    "someone": "some one",
    "myself": "my self",
    "into": "in to",
    "payment": "pay meant",
    "overdraft": "over draft",
    "because": "be cause",
}
JOIN_EN = {("a", "lot"), ("thank", "you"), ("all", "right"), ("in", "case"), ("no", "one")}
DIGITS_EN = {
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
    "ten": "10",
    "twenty": "20",
    "fifteen": "15",
    "thirty": "30",
    "first": "1st",
    "third": "3rd",
    "hundred": "100",
}
DROP_EN = {"the", "a", "to", "of", "and", "is", "it", "that", "just", "so"}
FILL_EN = ["um", "uh", "erm", "mm", "like"]
ACME_NOISE = ["ack me", "acmee", "at me", "akmi", "acme's"]

FILL_VI = ["ờ", "ừm", "à", "thì", "ơ", "dạ dạ"]
ABC_NOISE = ["a bê xê", "abc", "ây bi xi", "a bê c"]


FILLER_BEFORE_EN = {"and", "so", "but", "i", "i'm", "i've", "we", "it's", "the"}
FILLER_BEFORE_VI = {"dạ", "em", "anh", "chị", "thì", "mà", "là", "tôi", "tui", "bác", "cháu", "để",
                    "còn", "giờ", "vậy"}


def filler_ok(words: list[str], i: int, before: set) -> bool:
    """Fillers go at a clause start, never inside a word pair such as 'thank you'."""
    return i == 0 or words[i - 1][-1:] in ",.;?!" or words[i].lower() in before


def noise_en(text: str, lvl: int, rng: random.Random) -> str:
    words = text.split(" ")
    out: list[str] = []
    p = 0.05 + 0.05 * lvl
    for i, w in enumerate(words):
        core = w.strip(PUNCT)
        low = core.lower()
        if low == "acme" and rng.random() < 0.5:
            out.append(rng.choice(ACME_NOISE))
            continue
        r = rng.random()
        if low in HOMO_EN and r < p * 2.2:
            out.append(HOMO_EN[low])
        elif low in SPLIT_EN and r < p * 2.2:
            out.append(SPLIT_EN[low])
        elif low in DIGITS_EN and r < p * 3:
            out.append(DIGITS_EN[low])
        elif low in DROP_EN and r < p * 0.9:
            continue
        elif r < p * 0.25:
            out.append(w)
            out.append(w)
        elif r < p * 0.5 and filler_ok(words, i, FILLER_BEFORE_EN):
            out.append(rng.choice(FILL_EN))
            out.append(w)
        else:
            out.append(w)
    # joined words
    joined: list[str] = []
    i = 0
    while i < len(out):
        if (
            i + 1 < len(out)
            and (out[i].lower().strip(PUNCT), out[i + 1].lower().strip(PUNCT)) in JOIN_EN
            and rng.random() < 0.6
        ):
            joined.append(out[i] + out[i + 1])
            i += 2
            continue
        joined.append(out[i])
        i += 1
    s = " ".join(joined)
    if rng.random() < 0.85:
        s = s.lower()
    if rng.random() < 0.8:
        s = "".join(ch for ch in s if ch not in PUNCT)
    s = " ".join(x for x in s.split() if x)
    return s or text


def noise_vi(text: str, lvl: int, rng: random.Random) -> str:
    s = text
    if "ABC" in s and rng.random() < 0.5:
        s = s.replace("ABC", rng.choice(ABC_NOISE), 1)
    if rng.random() < 0.5:
        s = s.replace("Alô", "alo").replace("alô", "alo")
    words = s.split(" ")
    whole = rng.random() < 0.12 + 0.08 * lvl
    full = rng.random() < 0.25
    p = 0.06 + 0.06 * lvl
    out: list[str] = []
    for i, w in enumerate(words):
        r = rng.random()
        if whole:
            w2 = strip_all(w) if full else strip_tones(w)
        elif r < p * 1.6:
            w2 = strip_tones(w)
        elif r < p * 1.9:
            w2 = wrong_tone(w, rng)
        elif r < p * 2.1 and filler_ok(words, i, FILLER_BEFORE_VI):
            out.append(rng.choice(FILL_VI))
            w2 = w
        else:
            w2 = w
        out.append(w2)
    joined: list[str] = []
    i = 0
    while i < len(out):
        a = out[i]
        if (
            i + 1 < len(out)
            and a.isalpha()
            and out[i + 1].isalpha()
            and rng.random() < p * 0.5
        ):
            joined.append(a + out[i + 1])
            i += 2
            continue
        joined.append(a)
        i += 1
    s = " ".join(joined)
    if rng.random() < 0.7:
        s = s.lower()
    if rng.random() < 0.6:
        s = "".join(ch for ch in s if ch not in PUNCT)
    s = " ".join(x for x in s.split() if x)
    return s or text


# --------------------------------------------------------------------------------------------
# Timing
# --------------------------------------------------------------------------------------------


def word_cs(w: str, lang: str, rng: random.Random) -> int:
    n = len(w)
    base = 17 + 3.0 * n if lang == "en" else 19 + 2.6 * n
    return max(20, min(50, int(base) + rng.randint(-3, 7)))


def realise(turns: list[Turn], lang: str, rng: random.Random):
    """Give every word a time (centiseconds). Returns (end, anger, interruptions, raised)."""
    cursor = rng.randint(15, 80)
    anger = None
    intr: list[dict] = []
    raised: list[dict] = []
    prev: Turn | None = None
    for turn in turns:
        if turn.over and prev is not None and len(prev.words) >= 3:
            k = rng.randint(1, min(3, len(prev.words) - 1))
            start = prev.words[-k][0] + rng.randint(3, 12)
        else:
            start = cursor + rng.randint(35, 125) + int(turn.hold)
            if turn.min_start is not None:
                start = max(start, turn.min_start + rng.randint(0, 220))
            if turn.after_anger is not None and anger is not None:
                start = max(start, anger + turn.after_anger + rng.randint(0, 300))
        t = start
        words: list[list] = []
        for j, piece in enumerate(turn.pieces):
            if j:
                t += rng.randint(8, 40)
            piece.start = t
            for k, w in enumerate(piece.text.split(" ")):
                if k:
                    t += rng.randint(1, 9)
                d = word_cs(w, lang, rng)
                words.append([t, t + d, w])
                t += d
        turn.words = words
        turn.start = words[0][0]
        turn.end = words[-1][1]
        if turn.over and prev is not None and turn.start < prev.end:
            intr.append(
                {
                    "speaker": turn.spk,
                    "interrupted": prev.spk,
                    "start_s": turn.start / 100,
                    "overlap_s": round((min(prev.end, turn.end) - turn.start) / 100, 2),
                    "_neg": prev.sent == "negative" and prev.spk == "customer",
                }
            )
        if turn.spk == "customer" and turn.sent == "negative" and anger is None:
            anger = turn.start
        if turn.raised and turn.spk == "customer" and turn.sent == "negative":
            span = turn.end - turn.start
            s = turn.start + int(span * rng.uniform(0.05, 0.45))
            e = min(turn.end, s + max(80, int(span * rng.uniform(0.3, 0.5))))
            raised.append(
                {
                    "speaker": "customer",
                    "start_s": s / 100,
                    "end_s": e / 100,
                    "above_median_db": round(rng.uniform(6.0, 14.5), 1),
                }
            )
        cursor = max(cursor, turn.end)
        prev = turn
    return cursor, anger, intr, raised


# --------------------------------------------------------------------------------------------
# Truth from where the tagged pieces fall
# --------------------------------------------------------------------------------------------


def agent_pieces(turns: list[Turn]):
    for t in turns:
        if t.spk == "agent":
            for p in t.pieces:
                yield t, p


def compute_truth(turns, direction, lang, end, anger, intr) -> dict:
    truth = {k: "not_applicable" for k in RULES}

    def starts(tag, lo=-(10**9), hi=10**9):
        return sorted(
            p.start for _, p in agent_pieces(turns) if tag in p.tags and lo <= p.start < hi
        )

    def pf(ok: bool) -> str:
        return "pass" if ok else "fail"

    if direction == "inbound":
        last = end - 2500
        g = bool(starts("greet", hi=2000))
        res = bool(starts("resolve"))
        th = starts("thanks", lo=last)
        by = starts("bye", lo=last)
        truth[R["greet"]] = pf(g)
        truth[R["company"]] = pf(bool(starts("company", hi=2000)))
        truth[R["intro"]] = pf(bool(starts("intro", hi=3000)))
        truth[R["offer"]] = pf(bool(starts("offer", hi=4500)))
        truth[R["confirm"]] = pf(bool(starts("restate")))
        truth[R["resolve"]] = pf(res)
        truth[R["anyelse"]] = pf(bool(starts("anyelse")))
        truth[R["thanks"]] = pf(bool(th))
        truth[R["bye"]] = pf(bool(by))
        if g and res:
            truth[R["gbr"]] = pf(starts("resolve")[0] >= starts("greet")[0])
        if th and by:
            truth[R["tbg"]] = pf(th[0] <= by[0])
    else:
        truth[R["o_self"]] = pf(bool(starts("intro", hi=3000)))
        truth[R["o_company"]] = pf(bool(starts("company", hi=3000)))
        truth[R["o_purpose"]] = pf(bool(starts("purpose", hi=6000)))
        rec = bool(starts("rec", hi=6000))
        truth[R["o_rec"]] = pf(rec)
        if rec:
            truth[R["o_consent"]] = pf(bool(starts("consent", hi=9000)))
    if anger is not None:
        truth[R["empathy"]] = pf(bool(starts("empathy", lo=anger, hi=anger + 2001)))
        bad = [x for x in intr if x["speaker"] == "agent" and x["_neg"]]
        truth[R["interrupt"]] = pf(not bad)
    truth[R["blame"]] = pf(not starts("blame"))
    truth[R["profanity"]] = pf(not (starts("swear") or starts("strict")))
    if lang == "vi":
        truth[R["strict"]] = pf(not starts("strict"))
    truth[R["rude"]] = pf(not starts("rude"))
    truth[R["card"]] = pf(not starts("cardread"))
    return truth


def guards_ok(turns, direction, end, anger) -> bool:
    """No tagged piece (or its turn) within 2 s of a window edge, nor on the other side."""
    if direction == "inbound":
        edges = {
            "greet": [2000],
            "company": [2000],
            "intro": [3000],
            "offer": [4500],
            "resolve": [2000],
            "thanks": [end - 2500],
            "bye": [end - 2500],
        }
    else:
        edges = {
            "intro": [3000],
            "company": [3000],
            "purpose": [6000],
            "rec": [6000],
            "consent": [9000],
        }
    if anger is not None:
        edges["empathy"] = [anger, anger + 2000]
    for t, p in agent_pieces(turns):
        if "midthanks" in p.tags and p.start >= end - 2700:
            return False
        for tag in p.tags:
            for e in edges.get(tag, ()):
                if abs(p.start - e) < 200 or abs(t.start - e) < 200:
                    return False
                if (p.start < e) != (t.start < e):
                    return False
    return True


# --------------------------------------------------------------------------------------------
# English wordings (all written for this set)
# --------------------------------------------------------------------------------------------

EN_STYLES = {
    "upbeat": "upbeat, chatty",
    "script": "reads-the-script",
    "apologetic": "apologetic",
    "sales": "sales-minded",
    "multitask": "multitasking, long holds",
    "cold": "polite but cold",
    "leader": "team leader on an escalated call",
    "second": "second-language English",
}

EN_AGENTS = [
    ("Anwen Pritchard", "Anwen", "upbeat"),
    ("Farah Qureshi", "Farah", "upbeat"),
    ("Tobias Lindqvist", "Tobias", "script"),
    ("Lorcan Tierney", "Lorcan", "script"),
    ("Keziah Mensah", "Keziah", "apologetic"),
    ("Yusuf Demirel", "Yusuf", "apologetic"),
    ("Marisol Ortega", "Marisol", "sales"),
    ("Desmond Achterberg", "Desmond", "sales"),
    ("Hamish Carruthers", "Hamish", "multitask"),
    ("Perpetua Osei", "Perpetua", "multitask"),
    ("Odette Laurent", "Odette", "cold"),
    ("Ingrid Solberg", "Ingrid", "cold"),
    ("Declan Furey", "Declan", "leader"),
    ("Oonagh Reilly", "Oonagh", "leader"),
    ("Mateusz Wrona", "Mateusz", "second"),
    ("Benedikt Kraus", "Benedikt", "second"),
]

EN_SPEAKERS = [
    {
        "key": "india",
        "label": "Indian English",
        "names": ["Venkatesh Iyer", "Pooja Malhotra", "Arvind Kulkarni"],
        "lead": ["Actually, ", "See, ", "Yes, "],
        "tail": [" only", " itself", ", no?"],
        "repl": {},
    },
    {
        "key": "south_africa",
        "label": "South African",
        "names": ["Thabo Nkosi", "Marietjie van Wyk", "Sipho Dlamini"],
        "lead": ["Ag, ", "Eish, ", "Ja, "],
        "tail": [", hey", " just now"],
        "repl": {},
    },
    {
        "key": "philippines",
        "label": "Filipino",
        "names": ["Jerome Dela Cruz", "Maricel Santos", "Rowena Bautista"],
        "lead": ["Ay, ", "Okay po, "],
        "tail": [" po"],
        "repl": {},
    },
    {
        "key": "scotland",
        "label": "Scottish",
        "names": ["Morag Campbell", "Fraser McLeod", "Ishbel Munro"],
        "lead": ["Aye, ", "Och, "],
        "tail": [],
        "repl": {"small": "wee", "little": "wee", "can't": "cannae", "don't": "dinnae"},
    },
    {
        "key": "australia",
        "label": "Australian",
        "names": ["Bronwyn Hayes", "Shane Kowalczyk", "Tegan Doherty"],
        "lead": ["Look, ", "Yeah nah, "],
        "tail": [", mate", ", I reckon"],
        "repl": {"afternoon": "arvo"},
    },
    {
        "key": "singapore",
        "label": "Singaporean",
        "names": ["Tan Wei Ling", "Goh Boon Kiat", "Rajesh Pillai"],
        "lead": ["Eh, ", "Aiyah, "],
        "tail": [" lah", " leh", ", can or not"],
        "repl": {},
    },
    {
        "key": "teen",
        "label": "teenage",
        "names": ["Jaylen Brooks", "Saoirse Nolan", "Kai Okonjo"],
        "lead": ["So like, ", "Okay so basically, "],
        "tail": [", like", ", literally"],
        "repl": {},
    },
    {
        "key": "carer",
        "label": "carer or interpreter",
        "names": ["Edna Whitcombe", "Stanislaw Nowak", "Gwilym Parry"],
        "lead": ["Sorry, ", "Right, "],
        "tail": [],
        "repl": {},
        "frame": ["She says ", "He's saying ", "My mum wants me to say "],
    },
]

EN_IN = [
    {
        "key": "mortgage_overpayment",
        "queue": "mortgages",
        "cats": ["payment"],
        "prob": "I'd like to make a lump sum overpayment on my mortgage, five thousand pounds "
        "from my savings.",
        "more": "I just don't want to get stung by an early repayment charge.",
        "gist": "you want to put five thousand off the mortgage in one go without triggering an "
        "early repayment charge",
        "echo": "An overpayment?",
        "fix": [
            "Your deal lets you overpay up to ten percent a year, so five thousand is fine; "
            "I've taken the payment today and the new balance shows by tomorrow morning.",
        ],
    },
    {
        "key": "frozen_after_name_change",
        "queue": "account_services",
        "cats": [],
        "prob": "My account's been frozen ever since I sent in my marriage certificate to change "
        "my surname.",
        "gist": "the account locked up when the name change went through and you can't get at "
        "your money",
        "echo": "Frozen?",
        "fix": [
            "The name change was waiting on a second check; I've approved it just now, the block "
            "is off, and a card in your married name goes in the post today.",
        ],
    },
    {
        "key": "euro_cash_order",
        "queue": "travel_money",
        "cats": [],
        "prob": "I want to order some euros to collect, about eight hundred, before we fly to "
        "Lisbon on the ninth.",
        "gist": "you need eight hundred euros in cash ready to pick up before your flight on the "
        "ninth",
        "echo": "Euros?",
        "fix": [
            "I've placed the order for eight hundred euros at the Kingsway branch; it's ready from "
            "Thursday, and you just bring your passport to collect it.",
        ],
    },
    {
        "key": "safe_deposit_box_exit",
        "queue": "branch_services",
        "cats": ["cancellation", "refund"],
        "prob": "I want to give up my safe deposit box and get back the part of the yearly fee "
        "I won't be using.",
        "gist": "you're closing the safe deposit box and want the unused months of the annual fee "
        "returned",
        "echo": "The box?",
        "fix": [
            "I've booked you in to empty the box on Tuesday at ten, and once the key is handed "
            "in, the seven unused months go back to your current account the same day.",
        ],
    },
    {
        "key": "gym_chargeback",
        "decoy": "gym_membership_cancelled_not_bank_cancellation",
        "queue": "disputes",
        "cats": ["refund"],
        "prob": "I cancelled my gym membership in March but they've taken two more payments off "
        "my card and they won't give the money back.",
        "gist": "the gym carried on charging your card after you left and is refusing to pay back "
        "the two payments",
        "echo": "The gym?",
        "fix": [
            "I've opened a chargeback for both payments, reference CB 30418; the gym has fifteen "
            "days to answer, and a temporary credit lands within two working days.",
        ],
    },
    {
        "key": "pension_to_closed_account",
        "queue": "bereavement",
        "cats": [],
        "mood": "grieving",
        "prob": "My husband passed away in January and his pension is still being paid into his "
        "old account, which you've closed, so it keeps bouncing back.",
        "gist": "the pension keeps going to your late husband's closed account and bouncing, so "
        "it never reaches you",
        "echo": "His pension?",
        "fix": [
            "I've put a redirect on so anything sent to the old account lands in yours, and I've "
            "written to the pension provider with your details; the next payment arrives on the "
            "first.",
        ],
    },
    {
        "key": "card_terminal_rental",
        "queue": "business_banking",
        "cats": ["billing", "refund"],
        "prob": "I run a little bakery and you've charged me the card machine rental twice this "
        "month, I want one of them back.",
        "gist": "the bakery's card terminal rental was taken twice this month and you want the "
        "extra one returned",
        "echo": "Twice?",
        "fix": [
            "The second rental charge was a duplicate; I've reversed it and you'll see the money "
            "back on the business account by Friday.",
        ],
    },
    {
        "key": "child_savings_account",
        "queue": "savings",
        "cats": [],
        "prob": "I'm wanting to open a savings account for my daughter, she's six, so I can put "
        "her birthday money in.",
        "gist": "you'd like a savings account set up for your six year old so her birthday money "
        "can go in",
        "echo": "For your daughter?",
        "fix": [
            "I've started the junior saver in her name; the form is in your app inbox now, and "
            "once you sign it the account number comes through by text within the hour.",
        ],
    },
    {
        "key": "wedding_gift_transfer",
        "decoy": "sent_transfer_not_payment_request",
        "queue": "payments",
        "cats": [],
        "prob": "I sent my cousin a wedding present by bank transfer on Saturday and it's still "
        "showing as pending.",
        "gist": "the wedding gift you sent on Saturday hasn't reached your cousin and is stuck as "
        "pending",
        "echo": "Pending?",
        "fix": [
            "It was held for a routine check; I've released it, so it reaches your cousin's "
            "account within two hours, and you'll get a text when it lands.",
        ],
    },
    {
        "key": "tuition_instalments",
        "queue": "payments",
        "cats": ["payment"],
        "prob": "I need to pay my son's university tuition and I'd like to split it into monthly "
        "instalments if that's possible.",
        "gist": "you want to pay the tuition in monthly chunks rather than all at once",
        "echo": "Instalments?",
        "fix": [
            "I've set up a nine month instalment plan, first payment on the fifteenth, and the "
            "university receives the full amount from us this week.",
        ],
    },
    {
        "key": "duplicate_direct_debit",
        "queue": "payments",
        "cats": ["billing", "refund"],
        "prob": "My electricity direct debit has come out twice this month, a hundred and twelve "
        "pounds both times, and I want the second one back.",
        "gist": "the energy company took the same direct debit twice and you want the second one "
        "returned",
        "echo": "Twice?",
        "fix": [
            "I've made a direct debit guarantee claim for the second payment, so the hundred and "
            "twelve pounds goes back into your account tonight.",
        ],
    },
    {
        "key": "atm_kept_card",
        "decoy": "card_retained_not_lost",
        "queue": "cards",
        "cats": [],
        "prob": "The cash machine outside the Tesco on Mill Road has just kept my debit card and "
        "didn't give me any money.",
        "gist": "the Mill Road machine held on to your debit card and paid nothing out",
        "echo": "The Mill Road machine?",
        "fix": [
            "Retained cards are destroyed, so I've ordered a replacement to your home address, it "
            "arrives in three to five working days, and no cash left your account.",
        ],
    },
    {
        "key": "cashback_not_paid",
        "decoy": "cashback_not_refund",
        "queue": "complaints",
        "cats": ["complaint"],
        "prob": "I'm not happy about the cashback. You advertised five percent for three months, "
        "I've had nothing, and I want to make a formal complaint.",
        "gist": "the five percent cashback from the advert never got paid and you want it looked "
        "at formally",
        "echo": "The cashback?",
        "fix": [
            "I've logged a formal complaint, reference FC 77120, and credited the cashback you "
            "were owed, which will show tomorrow.",
        ],
    },
    {
        "key": "sim_swap_transfers",
        "queue": "fraud",
        "cats": ["fraud"],
        "mood": "frightened",
        "prob": "My phone lost signal yesterday and now there are three transfers out of my "
        "account that I never made.",
        "gist": "someone took over your phone number and three transfers went out that weren't "
        "you",
        "echo": "Three transfers?",
        "fix": [
            "I've frozen online banking, blocked your card and opened a fraud case, reference FR "
            "5521; a specialist rings your landline by six tonight, and the money is usually back "
            "within five days.",
        ],
    },
    {
        "key": "dormant_account_fee",
        "queue": "savings",
        "cats": ["billing", "refund"],
        "prob": "There's a dormant account fee of fifteen pounds on my old savings account and I "
        "want it taken off.",
        "gist": "you've been hit with a fifteen pound dormancy charge on the old savings and want "
        "it reversed",
        "echo": "A dormant fee?",
        "fix": [
            "I've refunded the fifteen pounds and reactivated the account, so it won't be charged "
            "again as long as there's one transaction a year.",
        ],
    },
    {
        "key": "statements_in_french",
        "queue": "account_services",
        "cats": ["billing"],
        "prob": "My statements have suddenly started coming in French and I can't read half of "
        "them.",
        "gist": "your statements have switched to French when they should be in English",
        "echo": "French?",
        "fix": [
            "The language on your profile was set wrongly; I've put it back to English and "
            "reordered this month's statement, which goes in the post tomorrow.",
        ],
    },
    {
        "key": "card_lost_at_festival",
        "queue": "cards",
        "cats": ["card_lost"],
        "prob": "I lost my card at a music festival at the weekend, I think it fell out of my "
        "bumbag.",
        "gist": "your card went missing at the festival and you've no idea where it ended up",
        "echo": "At a festival?",
        "fix": [
            "I've blocked that card, nothing has gone through since Friday, and a new one is on "
            "its way in three to five working days with the same PIN.",
        ],
    },
    {
        "key": "phone_case_card_stolen",
        "queue": "cards",
        "cats": ["card_lost"],
        "prob": "Someone nicked my phone on the train this morning and my debit card was in the "
        "case.",
        "gist": "your phone was stolen on the train with the debit card tucked in its case",
        "echo": "On the train?",
        "fix": [
            "The card is blocked as of now, a replacement is going out by express delivery for "
            "tomorrow, and nothing has been spent on it today.",
        ],
    },
    {
        "key": "moved_house",
        "queue": "account_services",
        "cats": ["address_change"],
        "prob": "We've just moved house and I need to update my address on all my accounts.",
        "gist": "you've moved and all of your accounts still have the old address",
        "echo": "You've moved?",
        "fix": [
            "I've put the new address on all three accounts, and a confirmation letter goes to "
            "the new house within a week.",
        ],
    },
    {
        "key": "sole_trader_premises",
        "queue": "business_banking",
        "cats": ["address_change"],
        "prob": "My plumbing business has moved premises and I need to change the business "
        "address on the account.",
        "gist": "the plumbing business has moved and its account still shows the old premises",
        "echo": "The business address?",
        "fix": [
            "I've changed the business address to the new unit, and it shows on everything from "
            "the next statement.",
        ],
    },
    {
        "key": "cancel_credit_card",
        "queue": "cards",
        "cats": ["cancellation"],
        "prob": "I want to cancel my credit card, I've got too many and I never use this one.",
        "gist": "you'd like the credit card closed because you never use it",
        "echo": "Cancel it?",
        "fix": [
            "The balance is zero, so I've closed the card today; cut it up, and a closure letter "
            "comes in about a week.",
        ],
    },
    {
        "key": "close_holiday_saver",
        "queue": "savings",
        "cats": ["cancellation"],
        "prob": "I'd like to close the holiday saver account and move whatever's in it to my "
        "current account.",
        "gist": "you want the holiday saver shut and its balance moved across to your current "
        "account",
        "echo": "The holiday saver?",
        "fix": [
            "I've closed the holiday saver and moved the whole balance across; it's in your "
            "current account now.",
        ],
    },
    {
        "key": "app_white_screen",
        "queue": "digital_banking",
        "cats": ["outage"],
        "prob": "Your app crashes every time I open it since the update on Tuesday, it just goes "
        "to a white screen.",
        "gist": "since Tuesday's update, the app goes white and shuts whenever you open it",
        "echo": "A white screen?",
        "fix": [
            "It's a known fault in that version; delete it and install version 8.4.1, which went "
            "out this morning, and online banking on the website works normally meanwhile.",
        ],
    },
    {
        "key": "council_tax_site_error",
        "queue": "digital_banking",
        "cats": ["outage", "payment"],
        "prob": "I'm trying to pay my council tax on your website and it keeps giving me an "
        "error page.",
        "gist": "the website throws up an error every time you try to pay the council tax",
        "echo": "An error page?",
        "fix": [
            "The payments page had a fault this morning that's now fixed; I can take the council "
            "tax payment with you over the phone now and give you a confirmation number.",
        ],
    },
    {
        "key": "transfer_cost_question",
        "decoy": "fee_question_not_billing",
        "queue": "international",
        "cats": [],
        "prob": "I'm only asking what it costs to send money to Canada, I haven't sent anything "
        "yet.",
        "gist": "you're looking into the cost of sending money to Canada before you send "
        "anything",
        "echo": "Canada?",
        "fix": [
            "It's a flat nine pounds a transfer plus our exchange rate, and I've emailed you the "
            "price sheet so you can compare before you send.",
        ],
    },
    {
        "key": "limit_after_old_fraud",
        "decoy": "past_fraud_already_resolved",
        "queue": "digital_banking",
        "cats": [],
        "prob": "I had fraud on my account last year, that's all sorted and closed now, but I'd "
        "like my daily transfer limit put back up.",
        "gist": "now the old case is closed, you want the daily transfer limit back where it was",
        "echo": "The limit?",
        "fix": [
            "I've raised the daily limit back to ten thousand, it's live now, and a text is on "
            "its way to confirm.",
        ],
    },
    {
        "key": "airline_cancelled_flight",
        "decoy": "cancelled_flight_not_bank_cancellation",
        "queue": "disputes",
        "cats": ["refund"],
        "prob": "The airline cancelled my flight to Dublin and they won't give me my money back, "
        "I paid on my credit card.",
        "gist": "the airline scrapped your Dublin flight and won't return what you paid on the "
        "card",
        "echo": "The airline?",
        "fix": [
            "I've raised a section 75 claim, reference S75 8830; send the airline's email to the "
            "address in the text I've just sent and we decide within fourteen days.",
        ],
    },
    {
        "key": "overdraft_interest",
        "queue": "current_accounts",
        "cats": ["billing"],
        "prob": "I've been charged overdraft interest and I thought the first two hundred and "
        "fifty was interest free.",
        "gist": "you were charged interest on an overdraft you thought was free up to two "
        "hundred and fifty",
        "echo": "Overdraft interest?",
        "fix": [
            "You went sixty over the free amount for four days, which is what the interest was "
            "for; I've refunded it as a one-off and it shows by tomorrow.",
        ],
    },
    {
        "key": "clear_credit_card",
        "queue": "cards",
        "cats": ["payment"],
        "prob": "I'd like to pay off my credit card balance in full from my current account "
        "today.",
        "gist": "you want the whole credit card balance cleared today from your current account",
        "echo": "The full balance?",
        "fix": [
            "I've taken the full balance from your current account; the card shows zero by this "
            "evening.",
        ],
    },
    {
        "key": "branch_treatment_escalation",
        "queue": "complaints",
        "cats": ["complaint"],
        "prob": "I want to escalate this. I was treated really badly at your Harbour Street "
        "branch and I want it on record.",
        "gist": "you were treated poorly at Harbour Street and want it escalated and put on "
        "record",
        "echo": "Harbour Street?",
        "fix": [
            "I've raised it with the area manager under complaint reference BR 20917; you'll get "
            "a call from them by Friday and a written reply within eight weeks.",
        ],
    },
    {
        "key": "builder_large_payment",
        "queue": "payments",
        "cats": ["payment"],
        "prob": "I need to pay my builder eleven thousand pounds today but the app says it's "
        "over my limit.",
        "gist": "you need to send eleven thousand to your builder today and the app's limit is "
        "stopping it",
        "echo": "Eleven thousand?",
        "fix": [
            "I've checked the payee details with you and I'm sending the eleven thousand now by "
            "faster payment; it's with the builder within two hours.",
        ],
    },
    {
        "key": "lithuanian_web_shop",
        "queue": "fraud",
        "cats": ["fraud"],
        "prob": "There are four payments on my card to some online shop in Lithuania and I've "
        "never bought anything from them.",
        "gist": "four card payments went to a Lithuanian web shop you've never used",
        "echo": "Lithuania?",
        "fix": [
            "I've stopped the card, disputed all four payments under fraud case FR 6190, and a "
            "card with a new number is on its way; the money is back within ten working days.",
        ],
    },
    {
        "key": "unknown_direct_debit",
        "queue": "fraud",
        "cats": ["fraud"],
        "prob": "A direct debit I never set up has appeared on my account, for some magazine, and "
        "it's already taken thirty pounds.",
        "gist": "a direct debit you never agreed to has started up and already taken thirty "
        "pounds",
        "echo": "A magazine?",
        "fix": [
            "I've stopped that direct debit, claimed the thirty pounds back under the guarantee "
            "and flagged the account; the money is back tonight.",
        ],
    },
    {
        "key": "bag_stolen_contactless",
        "queue": "fraud",
        "cats": ["card_lost", "fraud"],
        "mood": "frightened",
        "prob": "My bag was stolen at the bus station an hour ago and I can already see "
        "contactless payments I didn't make.",
        "gist": "your bag was taken with the card in it and someone is already tapping it for "
        "payments",
        "echo": "An hour ago?",
        "fix": [
            "The card is blocked now; I've raised the three payments as fraud, reference FR 7402, "
            "so they're back within five days, and the new card arrives in three.",
        ],
    },
    {
        "key": "card_left_in_taxi",
        "queue": "cards",
        "cats": ["card_lost"],
        "prob": "I think I left my debit card in a taxi last night and the taxi firm hasn't "
        "found it.",
        "gist": "your debit card got left behind in a taxi and it hasn't turned up",
        "echo": "In a taxi?",
        "fix": [
            "I've blocked it, there's been no spending since, and a new card arrives in three to "
            "five working days; your direct debits carry on as normal.",
        ],
    },
    {
        "key": "branch_cash_machines_down",
        "queue": "branch_services",
        "cats": ["outage"],
        "prob": "Every cash machine at your Broad Street branch has been out of order for three "
        "days and there's nowhere else to get cash round here.",
        "gist": "all the machines at Broad Street have been down for three days and there's no "
        "other cash nearby",
        "echo": "Broad Street?",
        "fix": [
            "The engineer is booked for nine tomorrow; until then you can take cash out at the "
            "counter with your card, or at the Post Office two doors down at no charge.",
        ],
    },
    {
        "key": "login_page_loop",
        "queue": "digital_banking",
        "cats": ["outage"],
        "prob": "Online banking keeps throwing me back to the login page every time I put my "
        "passcode in.",
        "gist": "the website sends you straight back to the login page each time you enter your "
        "passcode",
        "echo": "The login page?",
        "fix": [
            "There was a login fault on the website overnight that was fixed twenty minutes ago; "
            "clear your browser's cookies and you'll get straight in.",
        ],
    },
]

EN_OUT = [
    {
        "key": "kyc_passport_renewal",
        "queue": "kyc",
        "purpose": "I'm calling because the passport we hold for you has expired and we need an "
        "up to date ID document on file.",
        "react": ("Oh right, I did get a new one in the summer.", []),
        "body": [
            (
                "You can upload a photo of the new passport in the app under Documents.",
                "Okay, I can do that tonight.",
            )
        ],
        "fix": "Once it's uploaded we check it within two days and you'll get a text.",
    },
    {
        "key": "dormant_account_warning",
        "queue": "savings",
        "purpose": "I'm ringing because your easy saver hasn't been used in nearly two years and "
        "it'll be marked dormant next month.",
        "react": ("Oh, just close it then, I don't need it any more.", ["cancellation"]),
        "body": [("There's forty two pounds in it.", "Put that in my current account.")],
        "fix": "I've closed it and moved the forty two pounds to your current account today.",
    },
    {
        "key": "missed_mortgage_instalment",
        "queue": "collections",
        "purpose": "The reason for my call is that this month's mortgage instalment didn't go "
        "through.",
        "react": ("Oh no, I changed jobs. Can I pay it now over the phone?", ["payment"]),
        "body": [("The amount due is eight hundred and forty pounds.", "That's fine, go ahead.")],
        "fix": "I've taken the instalment from your current account, so the mortgage is up to "
        "date and nothing goes on your file.",
    },
    {
        "key": "card_expiring",
        "queue": "cards",
        "purpose": "I'm calling because your debit card expires at the end of the month and we "
        "want to make sure the new one reaches you.",
        "react": ("Good timing, I've actually moved, so you'll need to change my address.",
                  ["address_change"]),
        "body": [("What's the new address?", "Flat 3, 19 Quarry Road.")],
        "fix": "I've updated the address and the new card goes out there on Monday.",
    },
    {
        "key": "post_complaint_survey",
        "queue": "complaints",
        "purpose": "I'm calling to ask a few questions about how we handled your recent "
        "complaint.",
        "react": ("Honestly, I'm still not happy, nobody ever rang me back like they said.",
                  ["complaint"]),
        "body": [
            ("On a scale of one to ten, how would you rate the outcome?", "A three, at best.")
        ],
        "fix": "I've reopened it with the complaints manager, who'll call you on Thursday.",
    },
    {
        "key": "loyalty_rate_offer",
        "queue": "retention",
        "purpose": "I'm getting in touch because you've been with us ten years and you qualify "
        "for a loyalty savings rate.",
        "react": ("Oh, go on then, what's the rate?", []),
        "body": [("It's four point two percent for a year, fixed.", "That's decent, actually.")],
        "fix": "I've emailed you the offer, and you can accept it in the app until the end of "
        "the month.",
    },
    {
        "key": "new_device_login",
        "decoy": "own_login_not_fraud",
        "queue": "security",
        "purpose": "I'm calling about a login to your online banking from a new device last "
        "night, just to check it was you.",
        "react": ("Yes, that was me, I got a new laptop at the weekend.", []),
        "body": [("So you recognise the login at ten past eleven?", "Yes, that's me.")],
        "fix": "Great, I've marked the device as trusted, so you won't be asked again.",
    },
    {
        "key": "returned_manila_transfer",
        "queue": "international",
        "purpose": "I'm ringing because the transfer you sent to Manila on Monday was returned by "
        "the receiving bank.",
        "react": ("Oh no. Can I send it again today with the right details?", ["payment"]),
        "body": [("The account number had a digit missing.", "I'll read you the right one.")],
        "fix": "I've resent it with the corrected number and it arrives in one to two days.",
    },
    {
        "key": "castlegate_branch_closing",
        "queue": "branch_services",
        "purpose": "I'm calling to let you know that the Castlegate branch is closing on the "
        "thirtieth of June.",
        "react": ("Well, that's it then, I'd rather close my account altogether.",
                  ["cancellation"]),
        "body": [("Would the Parkside branch not work for you?", "No, it's two buses away.")],
        "fix": "I've booked a closure appointment at Castlegate on the twentieth at eleven.",
    },
    {
        "key": "overdraft_review",
        "queue": "current_accounts",
        "purpose": "I'm calling for your yearly overdraft review, to check the limit still suits "
        "you.",
        "react": ("It's fine as it is, I hardly touch it.", []),
        "body": [("So you'd like to keep it at five hundred?", "Yes please.")],
        "fix": "I've kept the limit at five hundred and logged the review as done.",
    },
    {
        "key": "large_cheque_check",
        "queue": "security",
        "purpose": "I'm calling to confirm a cheque for nine thousand pounds paid into your "
        "account this morning.",
        "react": ("Yes, that's from selling my car.", []),
        "body": [("And you know the person who wrote it?", "Yes, he's a neighbour.")],
        "fix": "That's confirmed, so the money clears as normal by Thursday.",
    },
    {
        "key": "paperless_switch",
        "queue": "account_services",
        "purpose": "I'm calling to see whether you'd like your statements to go paperless.",
        "react": ("Maybe, but you charged me two pounds for the last paper statement, can you "
                  "take that off?", ["billing"]),
        "body": [("That was the print fee from March.", "Well, I didn't know about it.")],
        "fix": "I've switched you to paperless and removed the two pound fee.",
    },
]

EN = {
    "lang": "en",
    "company": "Acme Bank",
    "agents": EN_AGENTS,
    "styles": EN_STYLES,
    "speakers": EN_SPEAKERS,
    "inbound": EN_IN,
    "outbound": EN_OUT,
    "g": {
        "*": ["Good morning!", "Good afternoon!", "Hello there!", "Hi, good morning!"],
        "upbeat": ["Hiya, good morning!", "Hello hello, good afternoon!", "Hey there!"],
        "script": ["Good morning,", "Good afternoon,"],
        "cold": ["Good afternoon.", "Hello."],
        "leader": ["Hello,", "Good afternoon,"],
        "second": ["Good morning to you,", "Hello, good day,"],
        "apologetic": ["Hello, good morning,", "Hi there,"],
        "multitask": ["Hello,", "Hi,"],
    },
    "c": {
        "*": ["you're through to Acme Bank.", "this is Acme Bank.", "Acme Bank personal banking."],
        "script": ["thank you for calling Acme Bank.", "you've reached Acme Bank customer "
                   "services."],
        "cold": ["Acme Bank."],
        "second": ["here is Acme Bank,", "you are calling to Acme Bank,"],
        "leader": ["this is the escalations desk at Acme Bank."],
        "upbeat": ["you've got Acme Bank on the line!", "welcome to Acme Bank!"],
        "apologetic": ["sorry for the wait, you're through to Acme Bank."],
    },
    "i": {
        "*": ["My name's {name}.", "{name} speaking.", "I'm {name}."],
        "script": ["My name is {name}."],
        "cold": ["{name} speaking."],
        "second": ["my name is {name},", "I am {name},"],
        "leader": ["my name's {name} and I lead the team here.",
                   "I'm {name}, the team leader on shift."],
        "upbeat": ["I'm {name}, lovely to have you!", "{name} here!"],
    },
    "o": {
        "*": ["How can I help you today?", "What can I help you with?", "How can I help?"],
        "script": ["How may I help you today?"],
        "cold": ["How may I assist?", "What do you need assistance with?"],
        "second": ["how I can help you today?", "what I can do for you, please?"],
        "leader": ["My colleague passed your call up to me, so tell me how I can help put this "
                   "right."],
        "upbeat": ["What can I help you with today?", "Right, what can I sort out for you?"],
    },
    "small_q": ["How's your day going so far?", "Lovely weather for it today, isn't it?",
                "Having a good week?"],
    "small_a": ["Not too bad, ta.", "Can't complain.", "Yeah, alright so far."],
    "hold_open": ["Could you bear with me one moment?", "Can you hold the line one second?"],
    "hold_cust": ["Hello? Are you there?", "Hello?"],
    "late_g": ["Hello again, good morning!", "Hi, good afternoon, I'm back with you now."],
    "cust_open": ["Hi, yes,", "Hello, hi,", "Oh hi,", "Yes hello,", "Hiya,"],
    "cust_hello": ["Hello? Hi,", "Hi there, hello,"],
    "ask_bank": ["Sorry, is this Acme Bank?", "Have I got the right number, is this Acme?"],
    "noname_yes": ["Yes, that's right.", "You have, yes.", "Correct."],
    "late_c": ["Yes, this is Acme Bank's customer line.", "That's right, you've reached Acme "
               "Bank."],
    "ask_name": ["Sorry, who am I speaking with?", "Can I get your name, by the way?",
                 "And you are?"],
    "late_i": ["Oh, it's {name}.", "Sorry, I'm {name}.", "You're speaking to {name}."],
    "late_o": ["Okay, you're all verified. So, how can I help today?",
               "That's you through security. What can I do for you?"],
    "id_q": ["Can I take your full name and date of birth, please?",
             "Before we start, can you confirm your name and postcode?",
             "What's the name on the account, and your date of birth?"],
    "id_a": ["It's {cust}, twelfth of June nineteen eighty one.",
             "{cust}, and the postcode is LS6 2QT.",
             "{cust}, born the third of March seventy four."],
    "verify_hold": ["One moment while I verify you.", "Let me just run those through."],
    "id_ok": ["Lovely, that all matches.", "Great, that's all in order.", "Okay, you're verified."],
    "restate": {
        "*": [
            "So, if I've got this right, {g}.",
            "Okay, so what's happened is {g}, is that it?",
            "Let me make sure I'm following: {g}.",
            "Right, so basically {g}.",
            "Just so I have it straight, {g}.",
            "So the short version is {g}.",
            "What I'm hearing is that {g}.",
            "Correct me if I'm wrong, but {g}.",
        ],
        "second": ["So, you are saying {g}, yes?", "Okay, so {g}, this is correct?"],
        "cold": ["Noted: {g}.", "So {g}."],
    },
    "cust_yes": ["Yes, exactly.", "That's it in a nutshell.", "Spot on.", "Yeah, that's right."],
    "nearmiss": [
        ("And which account is that on?", "The current account."),
        ("When did you first notice?", "A week or so ago."),
        ("Roughly how much are we talking about?", "A couple of hundred pounds."),
        ("Have you got a reference number for that?", "No, I don't think so."),
        ("Which branch do you normally use?", "The one in town."),
        ("Can you spell your surname for me?", "Sure, it's on the system already though."),
        ("Is this a personal or a business account?", "Personal."),
    ],
    "echo_a": ["Yes, that's what I said.", "Yep.", "Yes."],
    "check": ["Let me pull that up.", "Bear with me while I have a look.",
              "Give me a moment to check the system.", "Let me see what's going on there.",
              "One moment while I bring the account up."],
    "midthanks": ["Thanks for hanging on.", "Thank you for bearing with me.", "Cheers for waiting.",
                  "Thanks for your patience there."],
    "find": ["Right, I can see it on the system now.", "Okay, I've found what's happened.",
             "So, I've had a look."],
    "promise": [
        "I'll pass this on to the right people.",
        "Someone will probably be in touch at some point.",
        "I'll make a note and hopefully it gets sorted.",
        "I'll flag it up, though I can't promise anything.",
        "Let me have a think and see what can be done.",
        "That's really one for another team, so maybe try them.",
        "I'll send it upstairs and they'll decide.",
        "We'll see what we can do about it.",
    ],
    "cust_next": ["Right, so I'll go into the branch tomorrow myself then.",
                  "Okay, I'll ring back on Monday and chase it.",
                  "Fine, I'll email them myself tonight."],
    "ack": ["Oh, brilliant, that's a weight off.", "Great, that's exactly what I needed.",
            "Perfect, thanks for sorting that.", "Okay, lovely."],
    "ack_fail": ["Okay. I suppose.", "Right. Not much of an answer, but okay.", "Hmm, alright."],
    "follow_q": ["Will I get something in writing?", "Do I need to do anything my end?",
                 "How will I know it's gone through?"],
    "follow_ok": ["Yes, a confirmation text comes through within the hour.",
                  "Nothing at all, it's all done from here.",
                  "You'll get a text as soon as it's processed."],
    "follow_vague": ["Hard to say, really.", "Not sure, to be honest.", "You'd have to wait and "
                     "see."],
    "anyelse": {
        "*": ["Is there anything else I can help with today?",
              "Anything else I can do for you while you're on?",
              "Was there anything else at all?",
              "Is there something else you need today?",
              "Can I help with anything else?"],
        "second": ["Is there any other thing I can help you with?"],
        "cold": ["Anything else?"],
    },
    "cust_no": ["No, that's everything, ta.", "No, that's all for today.", "Nope, that's the lot.",
                "No, you've been great."],
    "cust_unasked": ["Right, that's all I rang about.", "Okay, I think that's me done."],
    "thanks": {
        "*": ["Thanks for calling Acme Bank.", "Thank you for your patience today.",
              "Thanks so much for ringing in.", "Cheers for calling, {cg}.",
              "Many thanks for getting in touch.", "I really appreciate you calling."],
        "second": ["Thank you very much for your calling."],
        "cold": ["Thank you for calling."],
    },
    "bye": {
        "*": ["Right, bye for now.", "Goodbye.", "Take care.", "Have a lovely evening.",
              "Enjoy the rest of your day.", "Look after yourself.", "Cheerio for now.",
              "Have a good weekend."],
        "second": ["Have a nice day, goodbye."],
        "cold": ["Goodbye."],
    },
    "tbg_thanks": ["Oh, and thank you for calling.", "And thanks again for ringing."],
    "cust_bye": ["Bye!", "Cheers, bye.", "Okay, bye bye.", "Thanks, bye."],
    "one_more": [
        ("Oh, sorry, one more thing, can you tell me my sort code?",
         "Your sort code is 40 22 19."),
        ("Actually, before you go, what's my balance now?",
         "The balance is one thousand two hundred and six pounds."),
        ("Oh wait, is my direct debit to the council still active?",
         "Yes, that's still active and due on the first."),
    ],
    "one_more_chk": ["One second.", "Let me look.", "Bear with me."],
    "wrap": ["Right, that's all done on my side.", "Okay, that's everything set up."],
    "angry": [
        "This is the fourth time I've phoned about this and nobody's fixed a thing!",
        "I've been on hold for forty minutes, it's absolutely ridiculous!",
        "Your bank made this mess and I'm the one paying for it!",
        "Every single time I call I get promised a callback that never comes!",
        "I'm furious, that's my money and you lot just sit on it!",
        "Frankly your service has gone downhill and I'm ready to move banks!",
        "Don't read me a script, I want this sorted today!",
        "Who on earth signed this off? It's a shambles!",
    ],
    "angry_swear": [
        "This is bloody useless!",
        "What the hell is going on with you people?",
        "It's a load of shit, honestly!",
        "This is a fucking joke!",
    ],
    "fear": [
        "I'm shaking, that was my rent money, what if they take the rest?",
        "I'm really scared, I don't know how they got in.",
    ],
    "grief": [
        "Sorry, it's still very raw, I keep crying when I talk about him.",
        "I'm sorry, I'm not coping very well at the moment.",
    ],
    "empathy": [
        "I'm really sorry, that sounds exhausting.",
        "That's a horrible position to be in, and I'm sorry.",
        "I can completely see why you're upset.",
        "Oh no, I'm so sorry you've been going round in circles.",
        "You've every right to be annoyed, and I'm sorry it's come to this.",
        "I'd be cross too, honestly, and I'm sorry.",
        "I hear you, and I'm sorry we've let you down.",
        "My apologies, nobody should have to chase this.",
    ],
    "empathy_fear": ["That must be really frightening, I'm sorry.",
                     "I'm so sorry, that's a horrible shock."],
    "empathy_grief": ["I'm so sorry for your loss, please take your time.",
                      "I'm very sorry, there's no rush at all."],
    "sympathy_pre": ["Oh dear, sorry to hear that.", "Ah, sorry about that."],
    "late_empathy": ["And I'm sorry about all the trouble today.",
                     "I do apologise for all of this, by the way."],
    "neutral": ["Okay. Can I take the account number?", "Right. Let me bring up your details.",
                "Noted. What's the postcode on the account?",
                "Okay, I'll need to go through security first."],
    "intr": ["Right, so what I can do is", "If I could just jump in there,",
             "Okay, so the system is showing", "Can I just grab your account number"],
    "after_intr": ["Let me finish, please!", "I haven't finished!"],
    "rude": [
        "Yeah, yeah, I heard you the first time.",
        "Can you get to the point? I've got a queue of people waiting.",
        "Wow, another app problem. Riveting.",
        "Do you actually know what a direct debit is?",
        "Whatever, it's your money, not mine.",
        "Look, that's really not my problem.",
        "Just stop talking for a second so I can type.",
        "Oh, brilliant, one of these calls.",
        "It's not rocket science, love.",
        "Take it or leave it, I'm not bending the rules for you.",
        "I haven't got time to hold your hand through this.",
    ],
    "blame": [
        "Well, if you'd read the terms, you'd have known about that.",
        "You should have checked the app before you paid anyone.",
        "That went wrong because you typed the sort code in wrong, not us.",
        "Ringing at ten to five on a Friday was always going to be a problem.",
        "You handed your PIN over yourself, so that part's down to you.",
        "Leaving the account untouched for two years is what caused this.",
        "If you'd kept your address current, none of this would have happened.",
        "You clicked the link in that text; that's how they got in.",
        "We sent you three letters about this and you ignored every one.",
        "You signed the form without reading it, that's the issue here.",
        "The mess is on your side, you missed the deadline.",
    ],
    "react": ["Excuse me?", "There's no need for that.", "Right. Okay then.", "Wow. Okay."],
    "swear": [
        "Oh for fuck's sake, the screen's frozen again.",
        "Shit, it's logged me out.",
        "This bloody system is a pile of crap.",
        "Bollocks, I've clicked the wrong account.",
        "What a shitshow this screen is.",
        "Bugger, it's thrown me back to the start.",
        "Pissing thing won't load.",
        "Damn it to hell, the page has timed out.",
        "Bastard thing's crashed on me.",
        "Holy shit, that's a long list.",
    ],
    "strict": [],
    "prof_extra": [],
    "card_ask": ["Can you read me the long number on the card?",
                 "What's the full card number, please?"],
    "card_give": ["Yeah, it's {card}.", "It's {card}."],
    "cvv_ask": ["And the three digits on the back?"],
    "cvv_give": ["It's {cvv}."],
    "card_fail": ["So that's {card}, correct?", "Let me repeat that back: {card}.",
                  "Reading it back, card number {card}."],
    "cvv_fail": ["So the security code is {cvv}, yes?", "{cvv} on the back, got it."],
    "card_pass": ["Got it, the card ending {last4}.", "Okay, that's the one ending in {last4}."],
    "phone_q": ["I'll put {phone} down as your contact number, is that right?"],
    "phone_a": ["Yes, that's the one.", "That's right."],
    "filler": [
        ("While I've got you, is the mobile ending {ph4} still the best one for you?",
         "Yes, that's still mine."),
        ("Do you mostly bank through the app or online?", "Mostly the app, to be honest."),
        ("Would you like text alerts when a payment over fifty pounds goes out?",
         "Go on then, that sounds useful."),
        ("I'll just mention that we never ask for your full PIN over the phone.",
         "Good to know."),
        ("Is your email still the Gmail one?", "No, it's the work one now, but leave it."),
        ("Can I confirm the postcode we've got is still right?", "Yep, nothing's changed there."),
        ("Are you set up for paperless at the moment?", "I think so, yes."),
        ("It's showing you've got an ISA with us as well, is that still in use?",
         "Yes, I top it up every April."),
        ("Has anyone else got access to your online banking?", "No, just me."),
        ("Are you still with the same employer, for our records?", "Yes, same job."),
        ("Would you like a summary of today's call by email?", "That'd be handy."),
        ("Did you know you can freeze your card yourself in the app?", "I didn't, actually."),
        ("Is it okay if I put a note on your file about today?", "Sure."),
        ("Have you had any letters from us lately that you weren't expecting?",
         "Not that I've noticed."),
        ("The system's a bit slow today, so it may take a moment.", "No problem."),
        ("Do you still want paper copies of the letters as well?", "Just email is fine."),
    ],
    "sales": [
        ("Before we finish, you'd qualify for our Everyday Rewards card with no annual charge "
         "for a year. Shall I send the details?", "Not right now, no."),
        ("Can I quickly mention our fixed saver at four point one percent? It might suit you.",
         "Maybe, send me something by email."),
        ("While I have you, have you thought about home insurance with us?", "I'm alright."),
    ],
    "quick": [
        ("Hi, quick one first, is the Kingsway branch open on Saturdays?",
         "Yes, it's open nine till one on Saturdays."),
        ("Hello, before anything, what's the sort code for the Leeds branch?",
         "That's 40 52 17."),
        ("Hiya, just quickly, has my salary gone in yet?", "Yes, it landed at six this morning."),
        ("Hi, can you just tell me my balance first?",
         "Your balance is three hundred and eighty pounds."),
        ("Quick question, what time do you close today?", "We're open till eight tonight."),
        ("Hi, is there a cash machine at the Eastgate centre?",
         "There is, on the ground floor by the lifts."),
    ],
    "oops_greet": ["Oh, and good morning, sorry!", "Sorry, I didn't even say hello!",
                   "And hi there, where are my manners!"],
    "after_quick": ["Great. Actually, the main reason I'm calling is this.",
                    "Okay, good. And the other thing is this."],
    "o_hello": ["Hello?", "Yeah, hello?", "Hello, who's calling?", "Speaking.", "Hi, yes?"],
    "o_greet": ["Hi there,", "Good afternoon,", "Hello,", "Good morning,"],
    "o_intro": ["my name's {name}", "it's {name} here", "this is {name}"],
    "o_company": ["calling from Acme Bank.", "from Acme Bank's customer team.",
                  "I'm ringing from Acme Bank."],
    "o_nocompany": ["calling about your account.", "from the customer team."],
    "o_idq": ["Am I speaking with {cust}?", "Is that {cust}?", "Could I speak to {cust}, please?"],
    "o_ida": ["Yes, speaking.", "That's me.", "Yes, it is."],
    "o_rec": ["Just so you know, this call is being recorded.",
              "I should mention our calls are recorded for training and quality.",
              "This conversation is recorded, as all our calls are."],
    "o_consent": ["Are you happy to carry on on that basis?", "Is that alright with you?",
                  "Are you okay with that before we go on?",
                  "Do I have your agreement to continue?"],
    "o_consent_a": ["Yes, that's fine.", "Sure, go ahead.", "Yep, no problem."],
    "o_ask_name": ["Sorry, what did you say your name was?", "Who am I talking to, sorry?"],
    "o_ask_company": ["Sorry, who did you say you're calling from?",
                      "Which company is this again?"],
    "o_late_i": ["It's {name}.", "Sorry, I'm {name}."],
    "o_late_c": ["Acme Bank.", "I'm calling from Acme Bank."],
    "o_dodge_i": ["I'm just from the customer team.", "It's the accounts team."],
    "o_sec_intro": ["Before I explain why I'm calling, I need to take you through security.",
                    "I just need to do a couple of security checks first."],
    "o_sec_q": ["Can you give me the second and fifth characters of your security word?",
                "Could you tell me roughly the amount of your last deposit?"],
    "o_sec_hold": ["Hang on, let me find it.", "Give me a minute, I've written it down "
                   "somewhere."],
    "o_sec_a": ["Right, it's B and K.", "About four hundred, I think."],
    "o_sec_ok": ["Lovely, that's you verified.", "Great, that all checks out."],
    "o_late_rec": ["Oh, I should have said at the start, this call is being recorded.",
                   "I forgot to mention that this call is recorded."],
    "o_late_consent": ["And I should have checked, are you happy for it to be recorded?",
                       "Is it alright with you that we're recording?"],
    "o_thanks": ["Thanks for your time today.", "Thank you for talking to me."],
    "o_bye": ["Bye for now.", "Have a good day."],
}


# --------------------------------------------------------------------------------------------
# Vietnamese wordings (all written for this set)
# --------------------------------------------------------------------------------------------

VI_STYLES = {
    "upbeat": "vui vẻ, nói nhiều (upbeat, chatty)",
    "script": "đọc đúng kịch bản (reads-the-script)",
    "apologetic": "hay xin lỗi (apologetic)",
    "sales": "hay chào mời sản phẩm (sales-minded)",
    "multitask": "vừa làm vừa nghe, giữ máy lâu (multitasking, long holds)",
    "cold": "lịch sự nhưng lạnh (polite but cold)",
    "leader": "trưởng nhóm nhận cuộc gọi chuyển lên (team leader)",
    "codeswitch": "chêm tiếng Anh (code-switching)",
}

VI_AGENTS = [
    ("Trần Ngọc Khuê", "Khuê", "upbeat"),
    ("Lê Thị Quyên", "Quyên", "upbeat"),
    ("Phạm Đức Thịnh", "Thịnh", "script"),
    ("Võ Minh Nguyệt", "Nguyệt", "script"),
    ("Đỗ Ngọc Diệp", "Diệp", "apologetic"),
    ("Hồ Bảo Uyên", "Uyên", "apologetic"),
    ("Ngô Thị Duyên", "Duyên", "sales"),
    ("Bùi Quốc Khánh", "Khánh", "sales"),
    ("Huỳnh Như Quỳnh", "Quỳnh", "multitask"),
    ("Lý Minh Khang", "Khang", "multitask"),
    ("Đặng Thu Trinh", "Trinh", "cold"),
    ("Vũ Thành Luân", "Luân", "cold"),
    ("Dương Hải Loan", "Loan", "leader"),
    ("Tô Gia Khiêm", "Khiêm", "leader"),
    ("Châu Mỹ Xuyến", "Xuyến", "codeswitch"),
    ("Lâm Tuấn Kiệt", "Kiệt", "codeswitch"),
]

VI_SPEAKERS = [
    {
        "key": "nghe_an",
        "label": "Nghệ An - Hà Tĩnh",
        "age": "adult",
        "self": "tui",
        "names": [("Hồ Văn Lực", "m"), ("Nguyễn Thị Hường", "f"), ("Phan Đình Sáu", "m")],
        "lead": ["Nhà bầy tui hỏi cái ni, ", "Ờ, "],
        "tail": [" rứa", " đó"],
        "repl": {"gì": "chi", "đâu": "mô", "vậy": "rứa", "sao": "răng", "này": "ni", "kia": "tê"},
    },
    {
        "key": "quang_nam",
        "label": "Quảng Nam - Đà Nẵng",
        "age": "adult",
        "self": "tui",
        "names": [("Trương Công Thạnh", "m"), ("Lê Thị Bích", "f"), ("Võ Văn Tám", "m")],
        "lead": ["Ờ, ", "Dạ, "],
        "tail": [" hỉ", " nghe"],
        "repl": {"gì": "chi", "này": "ni", "vậy": "rứa"},
    },
    {
        "key": "mekong",
        "label": "miền Tây (Mekong delta)",
        "age": "adult",
        "self": "tui",
        "names": [("Nguyễn Văn Út", "m"), ("Trần Thị Mười", "f"), ("Lâm Thị Bé", "f")],
        "lead": ["Dạ, ", "Ờ, "],
        "tail": [" nghen", " nha"],
        "repl": {"không": "hông", "vậy": "dzậy"},
    },
    {
        "key": "overseas",
        "label": "Việt kiều chêm tiếng Anh (overseas Vietnamese)",
        "age": "adult",
        "self": "tôi",
        "names": [("Kevin Nguyễn", "m"), ("Tiffany Trần", "f"), ("Jenny Phạm", "f")],
        "lead": ["Actually ", "Ok, "],
        "tail": [" đó, you know", " á"],
        "repl": {},
        "phrase": {"tài khoản": "account", "chuyển khoản": "transfer", "mã OTP": "OTP code"},
    },
    {
        "key": "office",
        "label": "dân văn phòng đang vội (office worker in a hurry)",
        "age": "office",
        "self": "",
        "names": [("Đinh Quang Huy", "m"), ("Phùng Thảo Vy", "f"), ("Mạc Hoàng Long", "m")],
        "lead": ["Em ơi nhanh giùm {t} nha, {t} đang họp, ", "Nói gọn giùm {t} nhé, "],
        "tail": [", nhanh nha em"],
        "repl": {},
    },
    {
        "key": "elderly",
        "label": "người rất lớn tuổi (very elderly)",
        "age": "elderly",
        "self": "bác",
        "names": [("Nguyễn Văn Hòe", "m"), ("Lê Thị Tý", "f"), ("Trịnh Văn Cẩn", "m")],
        "lead": ["Cháu ơi, ", "Bác hỏi cái này, "],
        "tail": [" cháu nhé", " nghe cháu"],
        "repl": {},
    },
]

VI_IN = [
    {
        "key": "li_xi_transfer_error",
        "queue": "ngan_hang_so",
        "cats": ["outage"],
        "prob": "{t} chuyển tiền lì xì Tết cho mấy đứa cháu mà cái app cứ báo lỗi hệ thống, bấm "
        "hoài không được.",
        "gist": "{kh} chuyển tiền lì xì trên app mà app báo lỗi hệ thống, không chuyển đi được",
        "echo": "Báo lỗi hả {kh}?",
        "fix": [
            "Dạ sáng nay hệ thống chuyển tiền nhanh bị gián đoạn, giờ đã chạy lại rồi; {kh} tắt "
            "app mở lại rồi chuyển lại là được, nếu còn lỗi em chuyển giúp {kh} qua điện thoại "
            "ngay ạ.",
        ],
    },
    {
        "key": "crop_loan_repayment",
        "queue": "cho_vay_nong_nghiep",
        "cats": ["payment"],
        "prob": "Nhà {t} mới thu hoạch lúa xong, giờ {t} muốn đóng tiền khoản vay mùa vụ luôn "
        "một lần.",
        "gist": "{kh} muốn trả dứt khoản vay mùa vụ bằng tiền bán lúa vừa thu hoạch",
        "echo": "Khoản vay mùa vụ ạ?",
        "fix": [
            "Dạ em đã lập lệnh thu từ tài khoản của {kh} vào khoản vay, chiều nay khoản vay đóng "
            "lại và sáng mai {kh} ra chi nhánh huyện nhận lại giấy tờ đất ạ.",
        ],
    },
    {
        "key": "motorbike_late_fee",
        "queue": "cho_vay_tieu_dung",
        "cats": ["billing", "refund"],
        "prob": "{t} đóng tiền góp xe máy đúng ngày mùng năm mà tháng này vẫn bị tính phí trễ "
        "hạn, {t} muốn lấy lại tiền phí đó.",
        "gist": "{kh} góp xe máy đúng hạn mà vẫn bị thu phí trễ hạn, và {kh} muốn được trả lại "
        "khoản phí đó",
        "echo": "Phí trễ hạn ạ?",
        "fix": [
            "Dạ mùng năm rơi vào chủ nhật nên hệ thống ghi nhận trễ một ngày; em đã hoàn lại "
            "tiền phạt, tối nay tiền về tài khoản {kh} ạ.",
        ],
    },
    {
        "key": "gold_savings_question",
        "decoy": "product_question_no_category",
        "queue": "tiet_kiem",
        "cats": [],
        "prob": "{t} nghe nói bên ngân hàng có tiết kiệm vàng, {t} muốn hỏi gửi thì tính lãi "
        "làm sao.",
        "gist": "{kh} đang tìm hiểu gói tiết kiệm vàng và muốn biết cách tính lãi",
        "echo": "Tiết kiệm vàng ạ?",
        "fix": [
            "Dạ gói này tính theo chỉ vàng, lãi trả bằng vàng khi đáo hạn; em đã gửi bảng chi "
            "tiết qua Zalo cho {kh}, muốn mở thì {kh} mang căn cước ra chi nhánh nào cũng được ạ.",
        ],
    },
    {
        "key": "remittance_from_korea",
        "queue": "kieu_hoi",
        "cats": [],
        "prob": "Thằng con {t} làm bên Hàn Quốc gửi tiền về từ thứ hai mà tới giờ {t} vẫn chưa "
        "nhận được.",
        "gist": "khoản tiền con trai {kh} gửi từ Hàn Quốc về từ thứ hai mà vẫn chưa vào tài "
        "khoản",
        "echo": "Từ Hàn Quốc ạ?",
        "fix": [
            "Dạ khoản tiền bị giữ lại vì tên người nhận thiếu dấu; em đã xác nhận và giải phóng "
            "rồi, trong vòng hai tiếng tiền vào tài khoản {kh} ạ.",
        ],
    },
    {
        "key": "japan_receiving_cost",
        "decoy": "fee_question_not_billing",
        "queue": "kieu_hoi",
        "cats": [],
        "prob": "Con gái {t} sắp qua Nhật làm việc, {t} hỏi trước là nhận tiền từ Nhật về thì "
        "bên mình lấy bao nhiêu tiền.",
        "gist": "{kh} muốn biết trước chi phí nhận tiền từ Nhật khi con gái {kh} sang đó làm",
        "echo": "Bên Nhật ạ?",
        "fix": [
            "Dạ nhận tiền từ Nhật về tài khoản bên em thì miễn phí, chỉ bên gửi tính phí; em đã "
            "nhắn mã SWIFT của chi nhánh cho {kh} để con gái {kh} dùng ạ.",
        ],
    },
    {
        "key": "taiwan_fee_twice",
        "queue": "kieu_hoi",
        "cats": ["billing", "refund"],
        "prob": "{t} nhận tiền chồng gửi từ Đài Loan mà bị trừ phí nhận hai lần, {t} muốn lấy "
        "lại một lần phí.",
        "gist": "khoản tiền từ Đài Loan về bị trừ phí nhận hai lần và {kh} muốn lấy lại lần thu "
        "thừa",
        "echo": "Hai lần ạ?",
        "fix": [
            "Dạ đúng là bị thu trùng; em đã hoàn lại phần phí thu thừa, sáng mai tiền về tài "
            "khoản {kh} ạ.",
        ],
    },
    {
        "key": "sim_swap_fraud",
        "queue": "chong_gian_lan",
        "cats": ["fraud"],
        "mood": "frightened",
        "prob": "Hôm qua điện thoại {t} tự nhiên mất sóng, sáng nay mở app thì thấy ba giao dịch "
        "chuyển tiền mà {t} không hề làm.",
        "gist": "sim của {kh} bị chiếm rồi có ba lệnh chuyển tiền không phải {kh} thực hiện",
        "echo": "Ba giao dịch ạ?",
        "fix": [
            "Dạ em đã khóa ngân hàng điện tử, khóa thẻ và mở hồ sơ tra soát số GD 66017; chuyên "
            "viên gọi {kh} trước năm giờ chiều nay, còn {kh} ra nhà mạng làm lại sim chính chủ ạ.",
        ],
    },
    {
        "key": "tuition_instalment",
        "queue": "thanh_toan",
        "cats": ["payment"],
        "prob": "{t} muốn đóng học phí đại học cho con mà xin chia ra trả góp từng tháng được "
        "không.",
        "gist": "{kh} muốn đóng học phí cho con theo kiểu trả góp hằng tháng",
        "echo": "Trả góp ạ?",
        "fix": [
            "Dạ em đã đăng ký trả góp sáu tháng, kỳ đầu trừ ngày mười lăm, còn trường nhận đủ "
            "học phí từ bên em trong tuần này ạ.",
        ],
    },
    {
        "key": "atm_kept_card",
        "decoy": "card_retained_not_lost",
        "queue": "the",
        "cats": [],
        "prob": "Cây ATM ở chợ Bến Thành nuốt thẻ của {t} rồi, tiền cũng không ra.",
        "gist": "máy ATM ở chợ Bến Thành giữ thẻ của {kh} mà không nhả tiền",
        "echo": "Ở chợ Bến Thành ạ?",
        "fix": [
            "Dạ tài khoản không bị trừ tiền; thẻ bị máy giữ sẽ hủy theo quy định, em đã làm thẻ "
            "mới, năm ngày làm việc nữa {kh} ra chi nhánh Bến Thành nhận nha.",
        ],
    },
    {
        "key": "wallet_lost_at_market",
        "queue": "the",
        "cats": ["card_lost"],
        "prob": "{t} làm rớt cái bóp ở chợ, trong đó có thẻ ngân hàng, tìm hoài không thấy.",
        "gist": "{kh} bị rơi ví ở chợ và thẻ ngân hàng nằm trong ví đó",
        "echo": "Ở chợ ạ?",
        "fix": [
            "Dạ em đã khóa thẻ rồi, từ hôm qua tới giờ chưa có giao dịch nào; thẻ mới phát hành "
            "trong năm ngày, {kh} nhận ở chi nhánh gần nhà ạ.",
        ],
    },
    {
        "key": "pickpocket_on_bus",
        "queue": "the",
        "cats": ["card_lost"],
        "prob": "{t} bị móc túi trên xe buýt sáng nay, mất luôn thẻ tín dụng.",
        "gist": "thẻ tín dụng của {kh} bị trộm mất khi {kh} đi xe buýt sáng nay",
        "echo": "Trên xe buýt ạ?",
        "fix": [
            "Dạ em khóa thẻ ngay rồi, không có giao dịch lạ, và thẻ thay thế được gửi chuyển "
            "phát nhanh về nhà {kh} trong hai ngày ạ.",
        ],
    },
    {
        "key": "moved_to_binh_duong",
        "queue": "dich_vu_tai_khoan",
        "cats": ["address_change"],
        "prob": "Nhà {t} mới dọn lên Bình Dương, {t} muốn cập nhật địa chỉ mới cho tài khoản.",
        "gist": "{kh} đã chuyển nhà lên Bình Dương và cần đổi địa chỉ trong hồ sơ",
        "echo": "Bình Dương ạ?",
        "fix": [
            "Dạ em đã cập nhật địa chỉ mới ở Thủ Dầu Một vào hồ sơ, sao kê tháng sau gửi về đó "
            "và {kh} nhận tin nhắn xác nhận ngay bây giờ ạ.",
        ],
    },
    {
        "key": "new_id_card_address",
        "queue": "dich_vu_tai_khoan",
        "cats": ["address_change"],
        "prob": "{t} mới làm căn cước mới, địa chỉ thường trú đổi rồi, giờ muốn sửa lại địa chỉ "
        "bên ngân hàng.",
        "gist": "{kh} có căn cước mới với địa chỉ thường trú mới và cần sửa hồ sơ cho khớp",
        "echo": "Căn cước mới ạ?",
        "fix": [
            "Dạ {kh} chụp hai mặt căn cước gửi trong app ở mục cập nhật hồ sơ, em đã mở sẵn yêu "
            "cầu, trong hai giờ làm việc địa chỉ mới sẽ được cập nhật ạ.",
        ],
    },
    {
        "key": "cancel_credit_card",
        "queue": "the",
        "cats": ["cancellation"],
        "prob": "{t} muốn hủy thẻ tín dụng, lâu rồi {t} không xài tới nữa.",
        "gist": "{kh} muốn đóng thẻ tín dụng vì không còn dùng tới",
        "echo": "Hủy thẻ ạ?",
        "fix": [
            "Dạ thẻ không còn dư nợ nên em đã hủy ngay hôm nay, {kh} cắt đôi thẻ cũ, thư xác "
            "nhận gửi về trong bảy ngày ạ.",
        ],
    },
    {
        "key": "close_online_savings",
        "queue": "tiet_kiem",
        "cats": ["cancellation"],
        "prob": "{t} muốn tất toán sổ tiết kiệm online rồi đóng luôn tài khoản tiết kiệm đó.",
        "gist": "{kh} muốn rút hết sổ tiết kiệm online và đóng tài khoản đó lại",
        "echo": "Sổ online ạ?",
        "fix": [
            "Dạ em đã tất toán sổ, cả gốc lẫn lãi đã về tài khoản thanh toán, và tài khoản tiết "
            "kiệm đã đóng ạ.",
        ],
    },
    {
        "key": "otp_not_arriving",
        "queue": "ngan_hang_so",
        "cats": ["outage"],
        "prob": "Mấy hôm nay {t} chuyển khoản mà không nhận được mã OTP, chờ hoài không có tin "
        "nhắn.",
        "gist": "{kh} chuyển khoản mà tin nhắn mã OTP không về",
        "echo": "Mã OTP ạ?",
        "fix": [
            "Dạ tổng đài tin nhắn bên nhà mạng đang trục trặc từ thứ ba, em đã chuyển {kh} sang "
            "nhận mã bằng Smart OTP trong app, {kh} mở app là dùng được ngay ạ.",
        ],
    },
    {
        "key": "web_banking_blank",
        "queue": "ngan_hang_so",
        "cats": ["outage"],
        "prob": "Trang web ngân hàng điện tử cứ hiện trang trắng, {t} đăng nhập không được từ "
        "tối qua.",
        "gist": "trang ngân hàng điện tử chỉ hiện trang trắng và {kh} không đăng nhập được từ "
        "tối qua",
        "echo": "Trang trắng ạ?",
        "fix": [
            "Dạ đêm qua bên em nâng cấp hệ thống và lỗi đã sửa lúc bảy giờ sáng; {kh} xóa bộ nhớ "
            "đệm trình duyệt rồi đăng nhập lại là vào được ạ.",
        ],
    },
    {
        "key": "dormant_fee",
        "queue": "dich_vu_tai_khoan",
        "cats": ["billing", "refund"],
        "prob": "Tài khoản cũ của {t} bị trừ phí tài khoản không hoạt động, {t} muốn được trả "
        "lại.",
        "gist": "tài khoản cũ của {kh} bị thu phí không hoạt động và {kh} muốn lấy lại khoản đó",
        "echo": "Phí không hoạt động ạ?",
        "fix": [
            "Dạ em đã hoàn khoản phí và kích hoạt lại tài khoản, chỉ cần mỗi năm có một giao dịch "
            "là không bị thu nữa ạ.",
        ],
    },
    {
        "key": "statement_in_english",
        "queue": "dich_vu_tai_khoan",
        "cats": ["billing"],
        "prob": "Sao kê tháng này gửi về toàn tiếng Anh, {t} đọc không hiểu gì hết.",
        "gist": "sao kê của {kh} bị gửi bằng tiếng Anh thay vì tiếng Việt",
        "echo": "Tiếng Anh ạ?",
        "fix": [
            "Dạ hồ sơ của {kh} bị chọn nhầm ngôn ngữ; em đã chỉnh về tiếng Việt và gửi lại sao "
            "kê tháng này qua email trong hôm nay ạ.",
        ],
    },
    {
        "key": "cashback_promo_unpaid",
        "decoy": "cashback_not_refund",
        "queue": "khieu_nai",
        "cats": ["complaint"],
        "prob": "{t} muốn khiếu nại, quảng cáo nói mở thẻ được tặng năm phần trăm ba tháng đầu "
        "mà tới giờ chẳng thấy đồng nào.",
        "gist": "ưu đãi năm phần trăm trong quảng cáo chưa được trả và {kh} muốn khiếu nại chính "
        "thức",
        "echo": "Ưu đãi mở thẻ ạ?",
        "fix": [
            "Dạ em đã lập khiếu nại mã KN 40962 và cộng bù tiền ưu đãi, ngày mai {kh} kiểm tra "
            "tài khoản thẻ là thấy ạ.",
        ],
    },
    {
        "key": "wedding_gift_pending",
        "decoy": "sent_transfer_not_payment_request",
        "queue": "thanh_toan",
        "cats": [],
        "prob": "{t} chuyển tiền mừng cưới cho đứa em họ từ thứ bảy mà bên đó báo chưa nhận, app "
        "thì ghi đang xử lý.",
        "gist": "khoản tiền mừng cưới {kh} chuyển từ thứ bảy vẫn đang treo, người nhận chưa có "
        "tiền",
        "echo": "Đang xử lý ạ?",
        "fix": [
            "Dạ lệnh bị giữ lại để kiểm tra theo quy định; em đã duyệt rồi, trong vòng hai tiếng "
            "người nhận sẽ có tiền và {kh} có tin nhắn báo ạ.",
        ],
    },
    {
        "key": "frozen_after_name_change",
        "queue": "dich_vu_tai_khoan",
        "cats": [],
        "prob": "{t} mới làm thủ tục đổi tên trên giấy tờ, giờ tài khoản bị phong tỏa, rút tiền "
        "không được.",
        "gist": "sau khi {kh} đổi tên trên giấy tờ thì tài khoản bị tạm khóa và {kh} không rút "
        "được tiền",
        "echo": "Bị phong tỏa ạ?",
        "fix": [
            "Dạ hồ sơ đổi tên đang chờ duyệt bước hai; em đã duyệt, tài khoản mở lại ngay, và thẻ "
            "in tên mới gửi về trong bảy ngày ạ.",
        ],
    },
    {
        "key": "safe_box_rental",
        "queue": "dich_vu_chi_nhanh",
        "cats": [],
        "prob": "{t} muốn thuê một cái két sắt ở chi nhánh để cất giấy tờ nhà với ít vàng.",
        "gist": "{kh} cần thuê két an toàn ở chi nhánh để cất sổ đỏ và vàng",
        "echo": "Két sắt ạ?",
        "fix": [
            "Dạ chi nhánh Lê Lợi còn két cỡ vừa; em đã giữ chỗ cho {kh} tới thứ sáu, {kh} mang "
            "căn cước ra ký hợp đồng là nhận chìa khóa luôn ạ.",
        ],
    },
    {
        "key": "pos_rental_doubled",
        "queue": "khach_hang_kinh_doanh",
        "cats": ["billing"],
        "prob": "Tiệm tạp hóa của {t} thuê máy quẹt thẻ bên mình, tháng này bị tính phí thuê "
        "cao gấp đôi.",
        "gist": "phí thuê máy quẹt thẻ của tiệm {kh} tháng này bị tính gấp đôi mức bình thường",
        "echo": "Máy quẹt thẻ ạ?",
        "fix": [
            "Dạ tháng này hệ thống áp nhầm biểu phí mới; em đã điều chỉnh và trả lại phần chênh "
            "lệch, ngày mai vào tài khoản kinh doanh của {kh} ạ.",
        ],
    },
    {
        "key": "child_savings_book",
        "queue": "tiet_kiem",
        "cats": [],
        "prob": "{t} muốn mở sổ tiết kiệm cho đứa con gái bảy tuổi để gửi tiền mừng tuổi của nó.",
        "gist": "{kh} muốn mở sổ tiết kiệm đứng tên bé bảy tuổi để gửi tiền mừng tuổi",
        "echo": "Cho bé ạ?",
        "fix": [
            "Dạ em đã tạo hồ sơ tiết kiệm cho bé, {kh} chỉ cần mang giấy khai sinh của bé ra chi "
            "nhánh ký là sổ có hiệu lực ngay ạ.",
        ],
    },
    {
        "key": "electricity_by_account",
        "queue": "thanh_toan",
        "cats": ["payment"],
        "prob": "{t} muốn trả tiền điện tháng này bằng tài khoản ngân hàng mà không biết làm sao.",
        "gist": "{kh} muốn trả tiền điện tháng này từ tài khoản của {kh}",
        "echo": "Tiền điện ạ?",
        "fix": [
            "Dạ em đã trả giúp {kh} tiền điện tháng này từ tài khoản thanh toán, và đăng ký luôn "
            "trích tự động từ tháng sau ạ.",
        ],
    },
    {
        "key": "teller_rudeness_escalation",
        "queue": "khieu_nai",
        "cats": ["complaint"],
        "prob": "{t} muốn khiếu nại cô giao dịch viên ở chi nhánh Quận 3, thái độ rất khó chịu, "
        "{t} muốn gặp cấp trên.",
        "gist": "{kh} bị giao dịch viên ở Quận 3 đối xử không đúng mực và muốn chuyển lên cấp "
        "quản lý",
        "echo": "Chi nhánh Quận 3 ạ?",
        "fix": [
            "Dạ em đã chuyển khiếu nại mã KN 51384 lên giám đốc chi nhánh, trong hai ngày làm việc "
            "sẽ có người gọi lại cho {kh} ạ.",
        ],
    },
    {
        "key": "flight_cancelled_card",
        "decoy": "cancelled_flight_not_bank_cancellation",
        "queue": "tra_soat",
        "cats": ["refund"],
        "prob": "Hãng bay hủy chuyến đi Đà Lạt của {t}, {t} trả bằng thẻ mà họ không chịu hoàn "
        "tiền.",
        "gist": "chuyến bay đi Đà Lạt bị hãng hủy, {kh} trả bằng thẻ mà hãng không trả lại tiền",
        "echo": "Hãng bay hủy ạ?",
        "fix": [
            "Dạ em đã mở yêu cầu tra soát bồi hoàn mã TS 27705; {kh} gửi email hủy chuyến của "
            "hãng vào mục hỗ trợ trong app, trong mười bốn ngày bên em trả kết quả ạ.",
        ],
    },
    {
        "key": "insurance_debited_twice",
        "queue": "thanh_toan",
        "cats": ["billing", "refund"],
        "prob": "Tiền bảo hiểm nhân thọ tháng này bị trích hai lần, {t} muốn lấy lại một lần.",
        "gist": "phí bảo hiểm tháng này bị trích trùng hai lần và {kh} muốn được trả lại một lần",
        "echo": "Bị trích hai lần ạ?",
        "fix": [
            "Dạ em đã hủy lệnh trích trùng và trả lại một lần phí, tối nay tiền về tài khoản {kh} "
            "ạ.",
        ],
    },
    {
        "key": "late_mother_savings",
        "queue": "thua_ke",
        "cats": [],
        "mood": "grieving",
        "prob": "Mẹ {t} mới mất tháng trước, {t} muốn hỏi làm sao rút tiền tiết kiệm của mẹ.",
        "gist": "mẹ {kh} vừa mất và {kh} cần biết thủ tục nhận số tiền tiết kiệm mẹ để lại",
        "echo": "Sổ của mẹ ạ?",
        "fix": [
            "Dạ {kh} cần giấy chứng tử và văn bản thỏa thuận thừa kế có công chứng; em đã đặt "
            "lịch cho {kh} ở chi nhánh Hai Bà Trưng chín giờ sáng thứ năm để làm thủ tục ạ.",
        ],
    },
    {
        "key": "limit_after_old_scam",
        "decoy": "past_fraud_already_resolved",
        "queue": "ngan_hang_so",
        "cats": [],
        "prob": "Năm ngoái {t} bị lừa đảo một lần, chuyện đó xong xuôi rồi, giờ {t} muốn nâng hạn "
        "mức chuyển khoản lên lại.",
        "gist": "vụ năm ngoái đã xong và giờ {kh} muốn nâng hạn mức chuyển khoản như cũ",
        "echo": "Hạn mức ạ?",
        "fix": [
            "Dạ em đã nâng hạn mức lên năm trăm triệu một ngày, có hiệu lực ngay, {kh} sẽ nhận "
            "tin nhắn xác nhận ạ.",
        ],
    },
    {
        "key": "won_cash_order",
        "queue": "ngoai_te",
        "cats": [],
        "prob": "{t} sắp đi du lịch Hàn Quốc, muốn đặt đổi ít tiền won mặt để lấy ở chi nhánh.",
        "gist": "{kh} muốn đặt trước tiền won mặt để lấy ở chi nhánh trước chuyến đi Hàn Quốc",
        "echo": "Tiền won ạ?",
        "fix": [
            "Dạ em đã đặt tiền won ở chi nhánh Nguyễn Du, thứ năm {kh} mang hộ chiếu ra nhận là "
            "được ạ.",
        ],
    },
    {
        "key": "foreign_card_charges",
        "queue": "chong_gian_lan",
        "cats": ["fraud"],
        "prob": "Thẻ tín dụng của {t} tự nhiên có bốn giao dịch ở nước ngoài, mà {t} có đi đâu "
        "đâu.",
        "gist": "thẻ tín dụng của {kh} phát sinh bốn giao dịch ở nước ngoài mà {kh} không hề "
        "thực hiện",
        "echo": "Ở nước ngoài ạ?",
        "fix": [
            "Dạ em đã khóa thẻ, lập hồ sơ tra soát gian lận mã GL 31847 cho cả bốn giao dịch và "
            "phát hành thẻ mới; trong mười ngày làm việc tiền được trả về thẻ ạ.",
        ],
    },
    {
        "key": "fake_sms_link",
        "queue": "chong_gian_lan",
        "cats": ["fraud"],
        "mood": "frightened",
        "prob": "{t} lỡ bấm vô cái link trong tin nhắn giả danh ngân hàng, xong tài khoản bị rút "
        "mất mười triệu.",
        "gist": "{kh} bấm vào đường link giả rồi tài khoản bị rút mười triệu mà {kh} không làm",
        "echo": "Mười triệu ạ?",
        "fix": [
            "Dạ em đã khóa toàn bộ dịch vụ điện tử và chuyển hồ sơ sang bộ phận chống gian lận mã "
            "GL 52210; chiều nay chuyên viên gọi lại, và {kh} nên trình báo công an phường ạ.",
        ],
    },
    {
        "key": "card_left_at_cafe",
        "queue": "the",
        "cats": ["card_lost"],
        "prob": "{t} để quên thẻ ở quán cà phê hôm qua, quay lại tìm thì không còn.",
        "gist": "{kh} bỏ quên thẻ ở quán cà phê và quay lại thì thẻ đã mất",
        "echo": "Ở quán cà phê ạ?",
        "fix": [
            "Dạ em đã khóa thẻ, chưa có giao dịch nào phát sinh, thẻ mới làm xong trong năm ngày "
            "và gửi về chi nhánh gần nhà {kh} ạ.",
        ],
    },
    {
        "key": "thu_duc_atms_down",
        "queue": "dich_vu_chi_nhanh",
        "cats": ["outage"],
        "prob": "Mấy cây ATM ở chi nhánh Thủ Đức báo lỗi ba ngày nay rồi, {t} rút tiền không "
        "được.",
        "gist": "các máy ATM ở chi nhánh Thủ Đức báo lỗi mấy ngày nay nên {kh} không rút tiền "
        "được",
        "echo": "Chi nhánh Thủ Đức ạ?",
        "fix": [
            "Dạ kỹ thuật hẹn sửa lúc tám giờ sáng mai; trong lúc chờ {kh} rút tiền tại quầy hoặc "
            "ở cây ATM trong siêu thị gần đó, không mất phí ạ.",
        ],
    },
    {
        "key": "app_closes_on_open",
        "queue": "ngan_hang_so",
        "cats": ["outage"],
        "prob": "Từ sáng tới giờ app ngân hàng mở lên là tắt, {t} cài lại rồi vẫn vậy.",
        "gist": "app ngân hàng cứ mở lên là tự tắt từ sáng dù {kh} đã cài lại",
        "echo": "Tự tắt ạ?",
        "fix": [
            "Dạ bản cập nhật sáng nay lỗi trên một số máy Android, bên em vừa phát hành bản sửa, "
            "{kh} vào cửa hàng ứng dụng cập nhật bản mới là dùng được ạ.",
        ],
    },
]

VI_OUT = [
    {
        "key": "kyc_chip_id_update",
        "queue": "kyc",
        "purpose": "Dạ em gọi để nhắc {kh} cập nhật căn cước gắn chip vì giấy tờ trong hồ sơ đã "
        "hết hạn ạ.",
        "react": ("Ờ, để {t} chụp gửi trong app.", []),
        "body": [("Dạ {kh} vào mục hồ sơ cá nhân rồi chụp hai mặt là xong ạ.", "Ừ, tối nay "
                  "{t} làm.")],
        "fix": "Dạ sau khi {kh} gửi, hai ngày làm việc bên em duyệt và nhắn tin báo ạ.",
    },
    {
        "key": "dormant_warning",
        "queue": "tiet_kiem",
        "purpose": "Dạ em gọi vì tài khoản tiết kiệm không kỳ hạn của {kh} gần hai năm chưa có "
        "giao dịch, tháng sau sẽ chuyển sang trạng thái ngủ đông ạ.",
        "react": ("Vậy đóng luôn đi em, {t} không xài nữa.", ["cancellation"]),
        "body": [("Dạ trong đó còn ba trăm nghìn ạ.", "Chuyển qua tài khoản chính giùm {t}.")],
        "fix": "Dạ em đã đóng tài khoản đó và chuyển số dư sang tài khoản chính của {kh} rồi ạ.",
    },
    {
        "key": "motorbike_instalment_missed",
        "queue": "thu_hoi_no",
        "purpose": "Dạ em gọi vì kỳ góp xe máy tháng này của {kh} chưa được thanh toán ạ.",
        "react": ("Chết, {t} quên mất, giờ {t} muốn đóng liền được không?", ["payment"]),
        "body": [("Dạ số tiền kỳ này là hai triệu một trăm nghìn ạ.", "Ừ, trừ trong tài khoản "
                  "luôn đi.")],
        "fix": "Dạ em đã trích kỳ góp từ tài khoản của {kh}, khoản vay đã đúng hạn lại rồi ạ.",
    },
    {
        "key": "debit_card_expiring",
        "queue": "the",
        "purpose": "Dạ em gọi báo thẻ ghi nợ của {kh} hết hạn cuối tháng này, bên em muốn chắc "
        "thẻ mới tới đúng chỗ ạ.",
        "react": ("{t} mới chuyển nhà, em đổi địa chỉ mới giùm {t} luôn.", ["address_change"]),
        "body": [("Dạ {kh} đọc giúp em địa chỉ mới ạ.", "Số 12 hẻm 45 đường Tô Hiến Thành.")],
        "fix": "Dạ em đã cập nhật địa chỉ và thẻ mới gửi về đó vào thứ hai tới ạ.",
    },
    {
        "key": "post_complaint_survey",
        "queue": "khieu_nai",
        "purpose": "Dạ em gọi để hỏi ý kiến {kh} về cách bên em xử lý khiếu nại vừa rồi ạ.",
        "react": ("Nói thiệt là {t} vẫn chưa hài lòng, hứa gọi lại mà có ai gọi đâu.",
                  ["complaint"]),
        "body": [("Dạ thang điểm mười thì {kh} chấm mấy điểm ạ?", "Ba điểm là cùng.")],
        "fix": "Dạ em đã mở lại hồ sơ và chuyển cho trưởng phòng khiếu nại, thứ năm sẽ gọi {kh} "
        "ạ.",
    },
    {
        "key": "loyalty_rate_offer",
        "queue": "giu_chan_khach_hang",
        "purpose": "Dạ em gọi vì {kh} là khách hàng mười năm nên được ưu đãi lãi suất tiết kiệm "
        "riêng ạ.",
        "react": ("Ờ, lãi bao nhiêu em?", []),
        "body": [("Dạ kỳ hạn mười hai tháng được cộng thêm nửa phần trăm ạ.", "Cũng được đó.")],
        "fix": "Dạ em đã gửi ưu đãi vào app, {kh} bấm nhận trước cuối tháng là được ạ.",
    },
    {
        "key": "new_device_login",
        "decoy": "own_login_not_fraud",
        "queue": "bao_mat",
        "purpose": "Dạ em gọi để xác nhận tối qua có đăng nhập ngân hàng điện tử từ một thiết bị "
        "mới ạ.",
        "react": ("À đúng rồi, {t} mới mua điện thoại.", []),
        "body": [("Dạ lúc mười một giờ đêm là {kh} đăng nhập đúng không ạ?", "Ừ, {t} đó.")],
        "fix": "Dạ em đã ghi nhận thiết bị mới là tin cậy, lần sau {kh} không bị hỏi lại ạ.",
    },
    {
        "key": "returned_transfer_australia",
        "queue": "chuyen_tien_quoc_te",
        "purpose": "Dạ em gọi vì khoản chuyển tiền đi Úc hôm thứ hai bị ngân hàng bên kia trả "
        "về ạ.",
        "react": ("Vậy {t} muốn chuyển lại ngay hôm nay.", ["payment"]),
        "body": [("Dạ số tài khoản người nhận bị thiếu một số ạ.", "Để {t} đọc lại số đúng.")],
        "fix": "Dạ em đã chuyển lại với số tài khoản đúng, một đến hai ngày tiền tới nơi ạ.",
    },
    {
        "key": "cho_lon_branch_closing",
        "queue": "dich_vu_chi_nhanh",
        "purpose": "Dạ em gọi báo chi nhánh Chợ Lớn sẽ ngưng hoạt động từ ngày ba mươi tháng sáu "
        "ạ.",
        "react": ("Vậy thôi {t} đóng tài khoản luôn cho rồi.", ["cancellation"]),
        "body": [("Dạ chi nhánh Quận 6 cũng gần {kh} mà ạ?", "Xa lắm, {t} đi không nổi.")],
        "fix": "Dạ em đã đặt lịch đóng tài khoản ở Chợ Lớn ngày hai mươi lúc mười giờ ạ.",
    },
    {
        "key": "savings_maturity",
        "queue": "tiet_kiem",
        "purpose": "Dạ em gọi báo sổ tiết kiệm mười hai tháng của {kh} đáo hạn vào thứ sáu này ạ.",
        "react": ("Em cứ tái tục giùm {t}.", []),
        "body": [("Dạ tái tục thêm mười hai tháng luôn nha {kh}?", "Ừ, như cũ.")],
        "fix": "Dạ em đã đặt tái tục mười hai tháng, thứ sáu sổ tự gia hạn ạ.",
    },
    {
        "key": "large_transfer_verify",
        "queue": "bao_mat",
        "purpose": "Dạ em gọi để xác nhận lệnh chuyển hai trăm triệu vào sáng nay ạ.",
        "react": ("Đúng, {t} chuyển tiền đặt cọc mua đất.", []),
        "body": [("Dạ {kh} có quen biết người nhận không ạ?", "Có, chỗ bà con.")],
        "fix": "Dạ em đã xác nhận, lệnh chuyển đi trong vòng ba mươi phút ạ.",
    },
    {
        "key": "paper_statement_switch",
        "queue": "dich_vu_tai_khoan",
        "purpose": "Dạ em gọi mời {kh} chuyển sang nhận sao kê điện tử ạ.",
        "react": ("Ừ, mà tháng rồi bị trừ phí sao kê giấy, em bỏ phí đó giùm được không?",
                  ["billing"]),
        "body": [("Dạ đó là phí in sao kê tháng ba ạ.", "Ai mà biết có phí đó.")],
        "fix": "Dạ em đã chuyển {kh} sang sao kê điện tử và hoàn phí sao kê giấy ạ.",
    },
]

VI = {
    "lang": "vi",
    "company": "Ngân hàng ABC",
    "agents": VI_AGENTS,
    "styles": VI_STYLES,
    "speakers": VI_SPEAKERS,
    "inbound": VI_IN,
    "outbound": VI_OUT,
    "g": {
        "*": ["Dạ xin chào anh chị,", "Em chào anh chị ạ,", "Xin chào quý khách,"],
        "upbeat": ["Dạ em chào anh chị nha,", "Alô, xin chào anh chị ạ,"],
        "script": ["Xin chào quý khách,"],
        "cold": ["Xin chào."],
        "leader": ["Dạ chào anh chị,"],
        "codeswitch": ["Dạ hello anh chị,", "Hi anh chị,"],
        "apologetic": ["Dạ em chào anh chị, em xin lỗi đã để mình chờ,"],
    },
    "c": {
        "*": ["đây là tổng đài Ngân hàng ABC.", "Ngân hàng ABC nghe ạ.",
              "bên em là Ngân hàng ABC."],
        "script": ["cảm ơn quý khách đã gọi đến Ngân hàng ABC."],
        "cold": ["Ngân hàng ABC."],
        "codeswitch": ["ABC bank đây ạ,", "bên em là ABC bank,"],
        "leader": ["em ở bộ phận xử lý khiếu nại của Ngân hàng ABC."],
        "upbeat": ["Ngân hàng ABC rất vui được nghe máy ạ!"],
    },
    "gc": ["Ngân hàng ABC xin chào ạ."],
    "i": {
        "*": ["Em là {name} ạ.", "Em tên {name}.", "Em {name} đang nghe máy ạ."],
        "script": ["Em tên là {name}, nhân viên chăm sóc khách hàng."],
        "cold": ["Em là {name}."],
        "leader": ["em là {name}, trưởng nhóm ca này.", "em {name}, trưởng nhóm ca chiều ạ."],
        "codeswitch": ["em là {name} nè,", "em tên {name} ạ,"],
        "upbeat": ["em là {name} nè!", "em {name} đây ạ!"],
    },
    "o": {
        "*": ["Em có thể giúp gì cho anh chị ạ?", "Anh chị cần em hỗ trợ việc gì ạ?",
              "Hôm nay mình cần em giúp chuyện gì ạ?"],
        "script": ["Quý khách cần hỗ trợ thông tin gì ạ?"],
        "cold": ["Quý khách cần gì?"],
        "codeswitch": ["em support gì được cho mình ạ?", "mình cần em help chuyện gì ạ?"],
        "leader": ["Bạn em đã chuyển cuộc gọi lên, anh chị cứ nói, em sẽ giúp xử lý cho xong "
                   "ạ."],
        "upbeat": ["Hôm nay em giúp gì được cho anh chị nè?"],
    },
    "small_q": ["Dạo này anh chị khỏe không ạ?", "Hôm nay trời mát ghê anh chị ha?"],
    "small_a": ["Ờ, cũng khỏe.", "Ừ, mát thiệt."],
    "hold_open": ["Anh chị vui lòng giữ máy giúp em một chút ạ.", "Anh chị chờ em xíu nha."],
    "hold_cust": ["Alô? Alô?", "Alô, còn đó không {e}?"],
    "late_g": ["Dạ em chào {kh}, em quay lại rồi ạ.", "Dạ xin chào {kh}, em nghe đây ạ."],
    "cust_open": ["Alô {e},", "Dạ alô,", "Ờ {e} ơi,", "Chào {e},"],
    "cust_hello": ["Alô, alô,", "Alô, có ai nghe không,"],
    "ask_bank": ["Đây có phải ngân hàng ABC không {e}?", "{e} ơi, {t} gọi đúng ngân hàng ABC "
                 "chưa?"],
    "noname_yes": ["Dạ đúng rồi ạ.", "Dạ phải ạ."],
    "late_c": ["Dạ đúng rồi, đây là tổng đài Ngân hàng ABC ạ.",
               "Dạ vâng, {kh} đang gọi tới Ngân hàng ABC ạ."],
    "ask_name": ["Mà {e} tên gì để {t} tiện xưng hô?", "Cho {t} hỏi {e} tên gì vậy?"],
    "late_i": ["Dạ em tên {name} ạ.", "Dạ {ag} là {name} ạ."],
    "late_o": ["Dạ thông tin khớp rồi, giờ {kh} cần em giúp gì ạ?",
               "Dạ xác minh xong rồi, {kh} cần hỗ trợ chuyện gì ạ?"],
    "id_q": ["Dạ {kh} cho em xin họ tên và ngày sinh ạ.",
             "Dạ {kh} đọc giúp em số căn cước được không ạ?",
             "Dạ cho em xin tên chủ tài khoản với số điện thoại đăng ký ạ."],
    "id_a": ["{cust}, sinh ngày mười hai tháng ba năm tám mốt.",
             "Số căn cước của {t} là 079 184 002 517.",
             "{cust}, số điện thoại là {phone}."],
    "verify_hold": ["Dạ {kh} chờ em xác minh chút ạ.", "Dạ em đối chiếu thông tin ạ."],
    "id_ok": ["Dạ thông tin khớp rồi ạ.", "Dạ đúng rồi ạ.", "Dạ em xác minh xong rồi ạ."],
    "restate": {
        "*": [
            "Dạ, như vậy là {g}, đúng không {kh}?",
            "Dạ em tóm lại: {g}.",
            "Dạ, tức là {g} phải không ạ?",
            "Để em nhắc lại cho chắc: {g}.",
            "Dạ, ý {kh} là {g}.",
            "Dạ, nghĩa là {g} ạ.",
            "Em nắm lại nha: {g}.",
        ],
        "codeswitch": ["Dạ em recap lại nha: {g}."],
        "cold": ["Tức là {g}."],
    },
    "cust_yes": ["Đúng rồi {e}.", "Ừ, đúng vậy đó.", "Phải rồi.", "Đúng y chang."],
    "nearmiss": [
        ("Dạ {kh} cho em xin số tài khoản ạ?", "Số tài khoản thì {t} không nhớ."),
        ("Dạ chuyện này bắt đầu từ ngày nào ạ?", "Chắc cũng tuần trước."),
        ("Dạ số tiền khoảng bao nhiêu ạ?", "Cũng vài triệu."),
        ("Dạ {kh} có mã giao dịch không ạ?", "Không, {t} không có."),
        ("Dạ {kh} hay giao dịch ở chi nhánh nào ạ?", "Chi nhánh gần nhà đó."),
        ("Dạ tài khoản cá nhân hay tài khoản doanh nghiệp ạ?", "Cá nhân."),
    ],
    "echo_a": ["Ừ, {t} nói rồi đó.", "Ừ.", "Đúng."],
    "check": ["Dạ để em kiểm tra ạ.", "Dạ {kh} chờ em xem hệ thống chút nha.",
              "Dạ em mở hồ sơ của {kh} ra xem ạ.", "Dạ em tra lại thông tin liền ạ."],
    "midthanks": ["Dạ em cảm ơn {kh} đã chờ ạ.", "Dạ cám ơn {kh} giữ máy ạ.",
                  "Dạ cảm ơn {kh} đợi em nha."],
    "find": ["Dạ em thấy trên hệ thống rồi ạ.", "Dạ em tìm ra nguyên nhân rồi ạ."],
    "promise": [
        "Dạ để em báo lên trên xem sao ạ.",
        "Dạ em ghi chú lại, khi nào có tin thì bên em báo sau.",
        "Dạ cái này chắc {kh} hỏi bộ phận khác nha.",
        "Dạ em chuyển thông tin đi, còn bao giờ xong thì em không nói trước được.",
        "Dạ em sẽ cố gắng xem thử ạ.",
        "Dạ để em hỏi lại rồi tính ạ.",
        "Dạ bên em sẽ xem xét trường hợp của {kh}.",
    ],
    "cust_next": ["Thôi để mai {t} tự ra chi nhánh hỏi.", "Vậy thứ hai {t} gọi lại hỏi tiếp.",
                  "Thôi {t} tự lên app làm lại."],
    "ack": ["Ờ vậy được rồi, may quá.", "Dạ vậy tốt quá.", "Ừ, cảm ơn {e} nha.",
            "Ờ, vậy là yên tâm rồi."],
    "ack_fail": ["Ờ, thôi cũng được.", "Vậy hả, thôi được.", "Ừm."],
    "follow_q": ["Rồi {t} có nhận tin nhắn báo không {e}?", "{t} có phải làm gì thêm không?",
                 "Làm sao {t} biết là xong?"],
    "follow_ok": ["Dạ có tin nhắn xác nhận trong vòng một tiếng ạ.",
                  "Dạ {kh} không cần làm gì thêm, bên em xử lý hết rồi ạ.",
                  "Dạ xong là hệ thống nhắn tin ngay cho {kh} ạ."],
    "follow_vague": ["Dạ cái đó em cũng không chắc.", "Dạ chắc phải chờ xem ạ.",
                     "Dạ em không biết nữa ạ."],
    "anyelse": {
        "*": ["Dạ {kh} còn cần em hỗ trợ thêm gì nữa không ạ?",
              "Dạ ngoài chuyện này {kh} còn thắc mắc gì khác không ạ?",
              "Dạ còn việc gì em làm được cho {kh} nữa không ạ?"],
        "codeswitch": ["Dạ {kh} còn cần em support gì nữa không ạ?"],
        "cold": ["Còn gì nữa không ạ?"],
    },
    "cust_no": ["Hết rồi {e}.", "Không còn gì nữa.", "Vậy thôi {e}."],
    "cust_unasked": ["Thôi {t} hỏi vậy thôi.", "Vậy là xong rồi hen."],
    "thanks": {
        "*": ["Dạ em cảm ơn {kh} đã gọi cho Ngân hàng ABC ạ.",
              "Dạ cám ơn {kh} đã kiên nhẫn với em ạ.", "Dạ em cảm ơn {kh} nhiều ạ.",
              "Dạ cảm ơn {kh} đã tin dùng dịch vụ bên em ạ."],
        "cold": ["Cảm ơn {kh} đã gọi."],
        "codeswitch": ["Dạ thank you so much {kh} ạ."],
    },
    "bye": {
        "*": ["Dạ em chào {kh} ạ.", "Chúc {kh} buổi chiều vui vẻ ạ.",
              "Chúc {kh} ngày mới nhiều may mắn ạ.", "Dạ chào {kh}, hẹn gặp lại ạ.",
              "Chúc {kh} và gia đình mạnh khỏe ạ.", "Chúc {kh} cuối tuần thảnh thơi ạ."],
        "cold": ["Chào {kh}."],
        "codeswitch": ["Dạ bye bye {kh} ạ."],
    },
    "tbg_thanks": ["À, em cảm ơn {kh} đã gọi ạ.", "Dạ mà em cảm ơn {kh} nhiều nha."],
    "cust_bye": ["Ừ chào {e}.", "Cảm ơn {e}, chào {e}.", "Rồi, chào nha.", "Ờ bye {e}."],
    "one_more": [
        ("À mà khoan, cho {t} hỏi số dư hiện giờ bao nhiêu?",
         "Dạ số dư hiện tại là mười hai triệu bốn trăm nghìn ạ."),
        ("À {e} ơi, cái thẻ phụ của {t} còn xài được không?",
         "Dạ thẻ phụ vẫn hoạt động bình thường ạ."),
        ("Khoan, cho {t} hỏi lãi suất tiết kiệm bây giờ bao nhiêu?",
         "Dạ kỳ hạn mười hai tháng đang là năm phẩy hai phần trăm ạ."),
    ],
    "one_more_chk": ["Dạ {kh} chờ em xíu.", "Dạ em coi liền ạ."],
    "wrap": ["Dạ phần của em xử lý xong rồi ạ.", "Dạ vậy là mọi thứ đã xong ạ."],
    "angry": [
        "Gọi ba lần rồi mà chưa ai xử lý dứt điểm cho {t}!",
        "Ngân hàng làm ăn kiểu gì vậy, tiền của {t} mà {t} không tự quyết được!",
        "Chờ máy hai mươi phút mới có người nghe, bực thiệt chớ!",
        "Lần nào gọi cũng hứa, hứa xong rồi bỏ đó!",
        "Mấy người làm sai mà bắt khách chạy tới chạy lui!",
        "Dịch vụ như vầy thì {t} rút hết tiền qua ngân hàng khác!",
        "Lỗi là của ngân hàng chứ đâu phải của {t}!",
        "{t} mất nguyên buổi sáng chỉ vì chuyện cỏn con này!",
    ],
    "angry_swear": [
        "Đkm, gọi hoài mà không ai giải quyết!",
        "Đéo hiểu sao ngân hàng làm ăn như vầy!",
        "Vãi thật, chờ cả tiếng đồng hồ!",
        "Mẹ kiếp, gọi hoài không ai bắt máy!",
    ],
    "fear": [
        "Trời ơi, tiền dành dụm của {t} mất hết rồi sao {e}, {t} run quá!",
        "{t} sợ lắm, lỡ tụi nó lấy luôn phần còn lại thì sao!",
    ],
    "grief": [
        "{t} xin lỗi, nói tới mẹ là {t} lại khóc.",
        "Mấy hôm nay {t} chưa quen được, buồn quá {e} ơi.",
    ],
    "empathy": [
        "Dạ em rất tiếc vì chuyện này làm {kh} mất thời gian.",
        "Dạ em thật lòng xin lỗi {kh}, để {kh} bực như vậy là bên em chưa tốt.",
        "Dạ em hiểu cảm giác của {kh} lúc này ạ.",
        "Dạ chuyện này đúng là làm {kh} khó chịu, em xin lỗi ạ.",
        "Dạ em thông cảm với {kh}, gọi nhiều lần mà chưa xong thì ai cũng mệt.",
        "Dạ {kh} nói đúng, bên em để {kh} chờ lâu quá, em xin lỗi.",
        "Dạ em rất áy náy về chuyện này ạ.",
    ],
    "empathy_fear": ["Dạ em hiểu {kh} đang rất lo, em ở đây xử lý cùng {kh} ngay ạ.",
                     "Dạ chuyện này đáng sợ thật, em rất tiếc ạ."],
    "empathy_grief": ["Dạ em xin chia buồn cùng gia đình {kh}.",
                      "Dạ em rất tiếc về sự mất mát của {kh}, {kh} cứ từ từ ạ."],
    "sympathy_pre": ["Dạ, em tiếc quá ạ.", "Dạ em xin lỗi vì sự bất tiện ạ."],
    "late_empathy": ["Dạ mà em cũng xin lỗi {kh} vì để {kh} chờ lâu nãy giờ.",
                     "Dạ em rất tiếc vì những phiền phức hôm nay ạ."],
    "neutral": ["Dạ {kh} đọc giúp em số tài khoản ạ.", "Dạ em cần xác minh thông tin trước ạ.",
                "Dạ {kh} đợi em mở hồ sơ ạ.", "Dạ để em mở hồ sơ."],
    "intr": ["Dạ dạ, bên em có quy trình là", "Dạ {kh} ơi, em kiểm tra thì",
             "Dạ cho em xin số tài khoản", "Dạ thì cái này"],
    "after_intr": ["Để {t} nói hết đã!", "{t} chưa nói xong mà!"],
    "rude": [
        "Thôi {kh} nói lẹ giùm, em còn cả chục cuộc đang chờ.",
        "Nói hoài một chuyện, {kh} nghe không hiểu hả?",
        "Chuyện này con nít cũng biết làm mà.",
        "Vậy {kh} tự lên chi nhánh mà hỏi, em không rảnh.",
        "Có chút xíu vậy mà cũng gọi tổng đài.",
        "Em nói rồi, {kh} có chịu nghe đâu.",
        "Tùy {kh}, muốn làm gì thì làm.",
        "Hỏi gì mà kỳ cục vậy trời.",
        "{kh} im một chút cho em làm việc được không?",
        "Thế {kh} có biết đọc tin nhắn không vậy?",
        "Không được là không được, {kh} nói nữa cũng vậy thôi.",
    ],
    "blame": [
        "Tại {kh} không đọc điều khoản nên mới ra nông nỗi này.",
        "Lỗi là do {kh} bấm sai số tài khoản chứ ngân hàng đâu có sai.",
        "{kh} tự đưa mã OTP cho người ta thì ngân hàng chịu sao được.",
        "Ai bảo {kh} để tài khoản nằm im hai năm.",
        "Do {kh} không cập nhật thông tin nên mới rắc rối vậy đó.",
        "{kh} gọi sát giờ đóng cửa thì sao kịp xử lý, lẽ ra phải gọi sớm hơn.",
        "Phần này là {kh} sai ngay từ lúc ký giấy mà không đọc.",
        "Tại {kh} quên đóng đúng hạn chứ hệ thống không lỗi.",
        "{kh} đổi sim mà không báo ngân hàng thì phải tự chịu thôi.",
        "Giấy tờ {kh} nộp thiếu nên hồ sơ mới bị treo.",
        "Bên em gửi thư ba lần rồi mà {kh} không đọc.",
    ],
    "react": ["Hả?", "Sao {e} nói vậy?", "Ờ, vậy hả.", "{e} nói vậy là sao?"],
    "swear": [],
    "prof_extra": ["Shit, máy lại treo rồi.", "Vkl, hệ thống chậm dữ.", "Đkm, lại văng ra rồi."],
    "strict": [
        "Cái máy này đéo chịu chạy.",
        "Địt, lại văng ra màn hình đầu.",
        "Đụ má, mạng rớt nữa rồi.",
        "Chậm vãi, chờ mãi không lên.",
        "Đéo hiểu sao hồ sơ này không lưu được.",
        "Vãi cả hệ thống, treo cứng luôn.",
        "Địt mẹ, bấm nhầm tài khoản rồi.",
        "Đụ, quên lưu lại rồi.",
        "Hệ thống gì mà giật vãi.",
        "Đéo ai sửa cái lỗi này hết.",
        "Lồn gì mà chậm thế.",
        "Đụ mẹ, màn hình đen thui.",
    ],
    "card_ask": ["Dạ {kh} đọc giúp em số thẻ ạ.", "Dạ cho em xin mười sáu số trên thẻ ạ."],
    "card_give": ["Số thẻ là {card}.", "Ờ, {card}."],
    "cvv_ask": ["Dạ còn ba số mặt sau thẻ ạ?"],
    "cvv_give": ["Là {cvv}."],
    "card_fail": ["Dạ em đọc lại số thẻ: {card}, đúng không {kh}?", "Dạ số thẻ {card} ạ.",
                  "Dạ em nhắc lại là {card} nha {kh}."],
    "cvv_fail": ["Dạ mã CVV là {cvv} phải không {kh}?", "Dạ ba số sau là {cvv} ạ."],
    "card_pass": ["Dạ thẻ có bốn số cuối {last4} đúng không ạ?",
                  "Dạ em thấy thẻ đuôi {last4} rồi ạ."],
    "phone_q": ["Dạ em ghi số liên hệ là {phone} nha {kh}?"],
    "phone_a": ["Ừ đúng rồi.", "Đúng số đó."],
    "filler": [
        ("Dạ số điện thoại đuôi {ph4} vẫn là số chính của {kh} phải không ạ?",
         "Ừ, vẫn số đó."),
        ("Dạ {kh} hay dùng app hay ra quầy giao dịch ạ?", "Chủ yếu dùng app."),
        ("Dạ {kh} có muốn nhận tin nhắn báo số dư không ạ?", "Có, bật giùm luôn."),
        ("Dạ em lưu ý là ngân hàng không bao giờ hỏi mã PIN qua điện thoại ạ.", "Ờ, biết rồi."),
        ("Dạ email của {kh} vẫn là email cũ phải không ạ?", "Ừ, chưa đổi."),
        ("Dạ địa chỉ liên lạc trong hồ sơ vẫn đúng chứ ạ?", "Đúng rồi, vẫn ở đó."),
        ("Dạ {kh} đang nhận sao kê qua email đúng không ạ?", "Chắc vậy."),
        ("Dạ em thấy {kh} còn một sổ tiết kiệm, sổ đó vẫn để đó hả {kh}?", "Ừ, để dành."),
        ("Dạ có ai khác dùng chung ngân hàng điện tử với {kh} không ạ?",
         "Không, có mình {t} thôi."),
        ("Dạ {kh} vẫn làm ở công ty cũ để em cập nhật hồ sơ ạ?", "Vẫn chỗ cũ."),
        ("Dạ {kh} có muốn em gửi tóm tắt cuộc gọi qua email không ạ?", "Ừ, gửi đi."),
        ("Dạ {kh} biết là có thể tự khóa thẻ trên app không ạ?", "Ủa, vậy hả?"),
        ("Dạ hệ thống hơi chậm, {kh} đợi em chút xíu ạ.", "Ừ, không sao."),
        ("Dạ em ghi chú cuộc gọi hôm nay vào hồ sơ nha {kh}?", "Ừ."),
        ("Dạ {kh} có nhận được thư nào lạ từ bên em gần đây không ạ?", "Không thấy."),
    ],
    "sales": [
        ("Dạ trước khi kết thúc, {kh} đủ điều kiện mở thẻ tín dụng miễn phí năm đầu, em gửi "
         "thông tin cho {kh} nha?", "Thôi, để sau đi {e}."),
        ("Dạ bên em đang có gói tiết kiệm lãi tốt, {kh} có muốn nghe thử không ạ?",
         "Nhắn tin đi, {t} coi sau."),
        ("Dạ {kh} đã có bảo hiểm sức khỏe chưa ạ, bên em có gói rất hợp với {kh}.",
         "Có rồi {e}."),
    ],
    "quick": [
        ("Alô {e}, cho hỏi nhanh chi nhánh Lê Lợi thứ bảy có làm việc không?",
         "Dạ thứ bảy chi nhánh làm buổi sáng, từ tám giờ tới mười một rưỡi ạ."),
        ("{e} ơi, lương tháng này vô tài khoản chưa?", "Dạ lương đã vào lúc sáu giờ sáng nay "
         "rồi ạ."),
        ("Cho hỏi nhanh, số dư tài khoản của {t} còn bao nhiêu?",
         "Dạ số dư hiện còn tám triệu hai trăm nghìn ạ."),
        ("{e} ơi, hôm nay tổng đài làm tới mấy giờ?", "Dạ tổng đài trực hai mươi bốn giờ ạ."),
        ("Cho hỏi cây ATM ở Co.op Mart Cống Quỳnh còn không {e}?",
         "Dạ vẫn còn, ở ngay cửa vào bên trái ạ."),
    ],
    "oops_greet": ["À, em quên, em chào {kh} ạ!", "Dạ xin lỗi, em chưa chào, em chào {kh} nha!",
                   "Ôi em chào {kh} ạ!"],
    "after_quick": ["Ờ. Mà chuyện chính {t} gọi là vầy.", "Ừ được. Còn chuyện này nữa."],
    "o_hello": ["Alô?", "Alô, ai đó?", "Dạ alô.", "Ờ alô, nghe."],
    "o_greet": ["Dạ em chào {kh},", "Dạ xin chào {kh},", "Alô, em chào {kh} ạ,"],
    "o_intro": ["em là {name}", "em tên {name}"],
    "o_company": ["gọi từ Ngân hàng ABC ạ.", "bên Ngân hàng ABC ạ.", "em gọi từ Ngân hàng ABC."],
    "o_nocompany": ["gọi về tài khoản của {kh} ạ.", "bên bộ phận chăm sóc khách hàng ạ."],
    "o_idq": ["Dạ cho em hỏi có phải {kh} {cg} không ạ?",
              "Dạ em đang nói chuyện với {kh} {cg} đúng không ạ?"],
    "o_ida": ["Ừ, đúng rồi.", "Phải, {t} đây.", "Ừ, ai vậy?"],
    "o_rec": ["Dạ cuộc gọi này được ghi âm để đảm bảo chất lượng dịch vụ ạ.",
              "Dạ em xin phép thông báo cuộc gọi đang được ghi âm ạ.",
              "Dạ cuộc trò chuyện này sẽ được ghi lại ạ."],
    "o_consent": ["Dạ {kh} đồng ý cho em tiếp tục chứ ạ?", "Dạ {kh} có đồng ý không ạ?",
                  "Dạ {kh} thấy vậy có được không ạ?"],
    "o_consent_a": ["Ừ, được.", "Ừ, cứ nói đi.", "Không sao, {e} nói đi."],
    "o_ask_name": ["Mà {e} tên gì vậy?", "{e} nói lại tên giùm {t} cái?"],
    "o_ask_company": ["{e} gọi từ đâu vậy?", "Khoan, {e} nói bên nào gọi?"],
    "o_late_i": ["Dạ em tên {name} ạ.", "Dạ em là {name}."],
    "o_late_c": ["Dạ em ở Ngân hàng ABC ạ.", "Dạ bên Ngân hàng ABC ạ."],
    "o_dodge_i": ["Dạ em bên bộ phận chăm sóc khách hàng ạ."],
    "o_sec_intro": ["Dạ trước khi nói lý do cuộc gọi, em cần xác minh vài thông tin ạ.",
                    "Dạ em xin phép kiểm tra bảo mật trước ạ."],
    "o_sec_q": ["Dạ {kh} cho em xin số căn cước ạ.",
                "Dạ {kh} đọc giúp em số tiền giao dịch gần nhất ạ."],
    "o_sec_hold": ["Chờ chút, để {t} lấy giấy tờ.", "Khoan, để {t} mở app coi."],
    "o_sec_a": ["Rồi, số là 079 184 002 517.", "Hình như là hai triệu."],
    "o_sec_ok": ["Dạ thông tin chính xác rồi ạ.", "Dạ xác minh xong rồi ạ."],
    "o_late_rec": ["Dạ em quên báo là cuộc gọi này có ghi âm ạ.",
                   "Dạ em xin nói thêm là cuộc gọi đang được ghi âm ạ."],
    "o_late_consent": ["Dạ em quên hỏi, {kh} có đồng ý cho ghi âm không ạ?",
                       "Dạ {kh} đồng ý việc ghi âm chứ ạ?"],
    "o_thanks": ["Dạ em cảm ơn {kh} đã dành thời gian ạ."],
    "o_bye": ["Dạ em chào {kh}.", "Chúc {kh} một ngày tốt lành ạ."],
}


# --------------------------------------------------------------------------------------------
# Call context: wording choice, placeholders, speaker touches
# --------------------------------------------------------------------------------------------

NOISE_P = [0.3, 0.6, 0.8, 0.95]
ELDER = {"em": "cháu", "Em": "Cháu"}


class Ctx:
    def __init__(self, spec: dict, L: dict, rng: random.Random) -> None:
        self.spec = spec
        self.L = L
        self.rng = rng
        self.lang = L["lang"]
        self.faults = {k for k, v in R.items() if v in spec["faults"]}
        self.style = spec["style"]
        self.decoys: list[str] = []
        self.vars = dict(spec["vars"])
        self.leads = 0
        self.in_opening = False
        self.tails = 0

    def dec(self, tag: str) -> None:
        if tag not in self.decoys:
            self.decoys.append(tag)

    def words(self, key: str) -> list[str]:
        v = self.L[key]
        if isinstance(v, dict):
            return v.get(self.style, v["*"])
        return v

    def pick(self, key: str) -> str:
        return self.rng.choice(self.words(key))

    def fill(self, text: str) -> str:
        s = text.format(**self.vars)
        toks = [x for x in s.split(" ") if x]
        if self.vars.get("elder") and not self.in_opening:
            toks = [ELDER.get(x, x) for x in toks]
        s = " ".join(toks)
        return s[:1].upper() + s[1:] if s else s

    def a(self, key_or_text: str, *tags: str, raw: bool = False, prot: bool = False) -> Piece:
        text = key_or_text if raw else self.pick(key_or_text)
        return Piece(self.fill(text), tags, (), prot)

    def c(self, key_or_text: str, cats=(), raw: bool = False, touch: bool = True,
          prot: bool = False, frame: bool = False) -> Piece:
        text = key_or_text if raw else self.pick(key_or_text)
        text = self.fill(text)
        if touch and not prot and (frame or len(text.split(" ")) >= 4):
            text = self.touch(text, frame)
        return Piece(text, (), cats, prot)

    def touch(self, text: str, frame: bool) -> str:
        prof = self.spec["speaker"]
        rng = self.rng
        for src, dst in prof.get("phrase", {}).items():
            if src in text and rng.random() < 0.7:
                text = text.replace(src, dst)
        repl = prof.get("repl", {})
        if repl:
            toks = text.split(" ")
            out = []
            for i, tok in enumerate(toks):
                core = tok.strip(PUNCT)
                low = core.lower()
                nxt = toks[i + 1].strip(PUNCT).lower() if i + 1 < len(toks) else ""
                if low in repl and not (low == "sao" and nxt.startswith("kê")):
                    new = repl[low]
                    if core[:1].isupper():
                        new = new[:1].upper() + new[1:]
                    tok = tok.replace(core, new, 1)
                out.append(tok)
            text = " ".join(out)
        if frame and prof.get("frame"):
            text = rng.choice(prof["frame"]) + low_first(text)
        elif prof["lead"] and self.leads < 1 and rng.random() < 0.3:
            self.leads += 1
            text = rng.choice(prof["lead"]).format(**self.vars) + low_first(text)
        if prof["tail"] and self.tails < 2 and rng.random() < 0.3 and text[-1:] in ".!?":
            self.tails += 1
            text = text[:-1] + rng.choice(prof["tail"]).format(**self.vars) + text[-1]
        return text


KEEP_CAPS = {"I", "I'm", "I've", "I'll", "I'd", "Acme", "Ngân", "ABC", "Smart", "OTP"}


def low_first(text: str) -> str:
    first = text.split(" ", 1)[0].strip(PUNCT)
    if first in KEEP_CAPS or (len(first) > 1 and first[1:2].isupper()):
        return text
    return text[:1].lower() + text[1:]


def flat(blocks) -> list[Turn]:
    return [t for b in blocks for t in b["turns"]]


def blk(*turns: Turn, opt: bool = False, slot: str = "", dec: str = "") -> dict:
    return {"turns": list(turns), "opt": opt, "slot": slot, "dec": dec}


# --------------------------------------------------------------------------------------------
# Anger block (shared by both directions)
# --------------------------------------------------------------------------------------------


def anger_piece(cx: Ctx) -> tuple[Piece, bool]:
    """The customer's anger piece and whether it adds `complaint`."""
    mood = cx.spec["mood"]
    if mood == "frightened":
        return cx.c("fear"), False
    if mood == "grieving":
        return cx.c("grief"), False
    if cx.rng.random() < 0.22:
        cx.dec("customer_swears")
        return cx.c("angry_swear", cats=("complaint",), touch=False, prot=True), True
    return cx.c("angry", cats=("complaint",)), True


def empathy_piece(cx: Ctx) -> Piece:
    mood = cx.spec["mood"]
    key = {"frightened": "empathy_fear", "grieving": "empathy_grief"}.get(mood, "empathy")
    return cx.a(key, "empathy")


def response_turns(cx: Ctx) -> list[Turn]:
    """Agent's answer to the first anger: empathy or not, interrupting or not."""
    emp_fail = "empathy" in cx.faults
    intr_fail = "interrupt" in cx.faults
    rng = cx.rng
    out: list[Turn] = []
    if intr_fail:
        cx.dec("agent_talks_over_angry_customer")
        first = [cx.a("intr")]
        emp_done = False
        if not emp_fail and (rng.random() < 0.5 or not cx.spec["long"]):
            first.append(empathy_piece(cx))
            emp_done = True
        out.append(A(*first, over=True))
        cats = ("complaint",) if cx.spec["mood"] == "angry" else ()
        out.append(C(cx.c("after_intr", cats=cats), sent="negative"))
        if not emp_fail and not emp_done:
            out.append(A(empathy_piece(cx)))
        elif emp_fail and cx.spec["long"]:
            out.append(A(cx.a("neutral")))
    elif emp_fail:
        out.append(A(cx.a("neutral")))
    else:
        out.append(A(empathy_piece(cx), cx.a("neutral")) if rng.random() < 0.4
                   else A(empathy_piece(cx)))
    return out


def angry_turn(cx: Ctx, base: list[Piece]) -> Turn:
    p, _ = anger_piece(cx)
    raised = cx.spec["mood"] == "angry" and cx.rng.random() < 0.4
    if raised:
        cx.dec("raised_voice")
    return C(*base, p, sent="negative", raised=raised)


# --------------------------------------------------------------------------------------------
# Extras: card read-backs, blame, rude, swearing, fillers, sales
# --------------------------------------------------------------------------------------------


def extra_blocks(cx: Ctx) -> list[dict]:
    rng = cx.rng
    f = cx.faults
    out: list[dict] = []
    spec = cx.spec
    if "card" in f:
        if rng.random() < 0.65:
            out.append(blk(A(cx.a("card_ask")),
                           C(cx.c("card_give", touch=False, prot=True)),
                           A(cx.a("card_fail", "cardread", prot=True))))
            cx.dec("full_card_read_back")
        else:
            out.append(blk(A(cx.a("cvv_ask")), C(cx.c("cvv_give", touch=False, prot=True)),
                           A(cx.a("cvv_fail", "cardread", prot=True))))
            cx.dec("security_code_read_back")
    elif rng.random() < 0.18:
        out.append(blk(A(cx.a("card_ask")), C(cx.c("card_give", touch=False, prot=True)),
                       A(cx.a("card_pass", prot=True)), opt=True,
                       dec="customer_reads_card_agent_last_four"))
    if rng.random() < 0.12:
        out.append(blk(A(cx.a("phone_q", prot=True)), C(cx.c("phone_a")), opt=True,
                       dec="phone_number_read_back"))
    if spec["long"]:
        for p in abuse_pieces(cx):
            out.append(blk(A(p), C(cx.c("react"))))
    rng.shuffle(out)
    return out


def abuse_pieces(cx: Ctx) -> list[Piece]:
    """Blame and rude lines: their own exchange on long calls, inline on short ones."""
    out = []
    if "blame" in cx.faults:
        out.append(cx.a(cx.L["blame"][cx.spec["blame_i"]], "blame", raw=True))
        cx.dec("agent_blames_customer")
    if "rude" in cx.faults:
        out.append(cx.a(cx.L["rude"][cx.spec["rude_i"]], "rude", raw=True))
        cx.dec("agent_rude")
    return out


def swear_piece(cx: Ctx) -> Piece | None:
    f = cx.faults
    spec = cx.spec
    if "strict" in f:
        cx.dec("agent_strict_swear")
        return cx.a(cx.L["strict"][spec["strict_i"]], "strict", raw=True, prot=True)
    if "profanity" in f:
        if cx.lang == "en":
            cx.dec("agent_swears")
            return cx.a(cx.L["swear"][spec["swear_i"]], "swear", raw=True, prot=True)
        cx.dec("agent_teencode_or_english_swear")
        return cx.a(cx.L["prof_extra"][spec["swear_i"]], "swear", raw=True, prot=True)
    return None


def filler_block(cx: Ctx, used: set) -> dict:
    pool = [i for i in range(len(cx.L["filler"])) if i not in used]
    i = cx.rng.choice(pool or list(range(len(cx.L["filler"]))))
    used.add(i)
    q, ans = cx.L["filler"][i]
    prot = "{ph4}" in q
    return blk(A(cx.a(q, raw=True, prot=prot)), C(cx.c(ans, raw=True)), opt=True, slot="fill")


# --------------------------------------------------------------------------------------------
# Inbound calls
# --------------------------------------------------------------------------------------------


def opening_inbound(cx: Ctx) -> tuple[list[dict], dict]:
    """Blocks for the opening and notes for later steps."""
    f = cx.faults
    rng = cx.rng
    style = cx.style
    has_g, has_c = "greet" not in f, "company" not in f
    has_i, has_o = "intro" not in f, "offer" not in f
    note = {"ask_c": False, "late_c": False, "late_i": False, "late_o": False, "cust_first": ""}
    blocks: list[dict] = []
    if not has_c:
        note["ask_c"] = rng.random() < 0.6
        note["late_c"] = note["ask_c"] and rng.random() < 0.5
    if not has_i:
        note["late_i"] = rng.random() < 0.6
    if not has_o:
        note["late_o"] = rng.random() < 0.5 and "gbr" not in f

    def cpi() -> list[Piece]:
        ps = []
        if has_c:
            ps.append(cx.a("c", "company"))
        if has_i:
            ps.append(cx.a("i", "intro"))
        return ps

    if "gbr" in f:
        q, ans = rng.choice(cx.L["quick"])
        blocks.append(blk(C(cx.c(q, raw=True))))
        ps = [cx.a(ans, "resolve", raw=True), cx.a("oops_greet", "greet")] + cpi()
        if has_o:
            ps.append(cx.a("o", "offer"))
        blocks.append(blk(A(*ps)))
        cx.dec("quick_answer_before_greeting")
        note["cust_first"] = "after_quick"
        return blocks, note

    if has_g and "resolve" not in f and rng.random() < 0.08:
        q, ans = rng.choice(cx.L["quick"])
        blocks.append(blk(C(cx.c(q, raw=True))))
        ps = [cx.a("g", "greet")] + cpi() + [cx.a(ans, "resolve", raw=True)]
        if has_o:
            ps.append(cx.a("o", "offer"))
        blocks.append(blk(A(*ps)))
        cx.dec("quick_answer_after_greeting")
        note["cust_first"] = "after_quick"
        return blocks, note

    late_g = not has_g and rng.random() < 0.5
    if late_g:
        ps = cpi() + [cx.a("hold_open")]
        t2 = [cx.a("late_g", "greet")]
        if has_o:
            t2.append(cx.a("o", "offer"))
        blocks.append(blk(A(*ps)))
        blocks.append(blk(C(cx.c("hold_cust"), hold=rng.randint(500, 900))))
        blocks.append(blk(A(*t2, min_start=2300)))
        cx.dec("greeting_only_after_hold")
        return blocks, note

    ps: list[Piece] = []
    if has_g:
        if cx.lang == "vi" and has_c and style not in ("codeswitch", "leader") and \
                rng.random() < 0.3:
            ps.append(cx.a("gc", "greet", "company"))
        else:
            ps.append(cx.a("g", "greet"))
            if has_c:
                ps.append(cx.a("c", "company"))
        if has_i:
            ps.append(cx.a("i", "intro"))
    else:
        ps = cpi()
        cx.dec("no_greeting")
    if has_o and style in ("upbeat", "sales") and rng.random() < 0.6:
        blocks.append(blk(A(*ps, cx.a("small_q"))))
        blocks.append(blk(C(cx.c("small_a"))))
        blocks.append(blk(A(cx.a("o", "offer"))))
        cx.dec("offer_after_small_talk")
    elif has_o and style == "multitask" and rng.random() < 0.5:
        blocks.append(blk(A(*ps, cx.a("hold_open"))))
        blocks.append(blk(A(cx.a("o", "offer"), hold=rng.randint(200, 600))))
        cx.dec("short_hold_before_offer")
    else:
        if has_o:
            ps.append(cx.a("o", "offer"))
        if not ps:
            ps = [cx.a("id_q")]
            note["id_done"] = True
            cx.dec("opens_with_id_check")
        blocks.append(blk(A(*ps)))
    if not has_g or not has_c:
        note["cust_first"] = "cust_hello"
    return blocks, note


def compose_inbound(cx: Ctx) -> list[dict]:
    f = cx.faults
    rng = cx.rng
    scen = cx.spec["scen"]
    mood = cx.spec["mood"]
    cx.in_opening = True
    blocks, note = opening_inbound(cx)
    cx.in_opening = False
    anger_at = cx.spec["anger_at"] if cx.spec["angry_any"] else ""

    # --- the customer's problem
    first: list[Piece] = []
    if note["cust_first"] == "after_quick":
        first.append(cx.c("after_quick"))
    elif note["cust_first"] == "cust_hello":
        first.append(cx.c("cust_hello"))
        cx.dec("customer_says_hello")
    elif rng.random() < 0.6:
        first.append(cx.c("cust_open"))
    prob = [cx.c(scen["prob"], cats=scen["cats"], raw=True, frame=True)]
    if scen.get("more") and rng.random() < 0.5:
        prob.append(cx.c(scen["more"], raw=True))
    if not scen["cats"]:
        cx.dec("no_category_topic")
    if scen.get("decoy"):
        cx.dec(scen["decoy"])

    if note["late_o"]:
        blocks.append(blk(C(*first) if first else C(cx.c("cust_open"))))
        blocks.append(blk(A(cx.a("id_q"))))
        blocks.append(blk(C(cx.c("id_a"))))
        blocks.append(blk(A(cx.a("verify_hold"))))
        blocks.append(blk(A(cx.a("id_ok"), cx.a("late_o", "offer"), min_start=4800)))
        cx.dec("offer_only_after_id_check")
        first = []
        note["id_done"] = True
    ptail: list[Piece] = []
    if note["ask_c"]:
        cx.dec("customer_names_bank")
        if not note["late_c"]:
            ptail.append(cx.c("ask_bank"))
    if anger_at == "early":
        blocks.append(blk(angry_turn(cx, first + prob + ptail)))
        cx.dec("anger_at_start")
    else:
        blocks.append(blk(C(*(first + prob + ptail))))
    if note["ask_c"] and not note["late_c"]:
        blocks.append(blk(A(cx.a("noname_yes"))))
        cx.dec("agent_confirms_bank_without_naming")
    if anger_at == "early":
        blocks.append(blk(*response_turns(cx)))

    # --- ID check
    if not note.get("id_done") and rng.random() < (0.75 if cx.spec["long"] else 0.4):
        blocks.append(blk(A(cx.a("id_q")), C(cx.c("id_a")), opt=True, dec="id_check"))

    blocks.append(blk(slot="fillslot"))

    # --- restatement or near-miss
    if "confirm" in f:
        if rng.random() < 0.35:
            blocks.append(blk(A(cx.a(scen["echo"], raw=True)), C(cx.c("echo_a"))))
            cx.dec("bare_echo")
        else:
            q, ans = rng.choice(cx.L["nearmiss"])
            blocks.append(blk(A(cx.a(q, raw=True)), C(cx.c(ans, raw=True))))
            cx.dec("question_for_new_information")
    else:
        if rng.random() < 0.2:
            q, ans = rng.choice(cx.L["nearmiss"])
            blocks.append(blk(A(cx.a(q, raw=True)), C(cx.c(ans, raw=True)), opt=True,
                              dec="question_for_new_information"))
        rs = [cx.a(cx.pick("restate").replace("{g}", scen["gist"]), "restate", raw=True)]
        if anger_at == "after_hold" and "empathy" in f and rng.random() < 0.75:
            rs.insert(0, cx.a("sympathy_pre"))
            cx.dec("sympathy_before_anger")
        blocks.append(blk(A(*rs)))
        cust = [cx.c("cust_yes")]
        if anger_at == "mid" and not note["late_c"]:
            blocks.append(blk(angry_turn(cx, cust)))
            blocks.append(blk(*response_turns(cx)))
            anger_at = "done"
        else:
            blocks.append(blk(C(*cust), opt=True))
    if note["late_c"]:
        blocks.append(blk(C(cx.c("ask_bank")), A(cx.a("late_c", "company"), min_start=2300)))
        cx.dec("company_only_after_window")
    if anger_at == "mid":
        blocks.append(blk(angry_turn(cx, [])))
        blocks.append(blk(*response_turns(cx)))

    # --- check, hold, result
    chk = [cx.a("check")]
    if not cx.spec["long"]:
        chk = abuse_pieces(cx) + chk
    sw = swear_piece(cx)
    if sw is not None:
        chk.insert(0, sw)
    hold = rng.randint(2500, 5500) if cx.style == "multitask" else rng.randint(600, 3500)
    if cx.style == "multitask":
        cx.dec("long_hold")
    res: list[Piece] = []
    if rng.random() < 0.6:
        res.append(cx.a("midthanks", "midthanks"))
        cx.dec("thanks_for_waiting_mid_call")
    late_emp = "empathy" in f and anger_at in ("early", "mid") and rng.random() < 0.6
    if late_emp:
        res.append(cx.a("late_empathy", "empathy"))
        cx.dec("empathy_after_window")
    if rng.random() < 0.5 and "resolve" not in f:
        res.append(cx.a("find"))
    if "resolve" in f:
        res.append(cx.a("promise"))
        cx.dec("bare_promise")
    else:
        res.append(cx.a(rng.choice(scen["fix"]), "resolve", raw=True))
    kw = {"hold": hold}
    if late_emp:
        kw["after_anger"] = 2300
    blocks.append(blk(A(*chk), A(*res, **kw)))
    if anger_at == "after_hold":
        blocks.append(blk(angry_turn(cx, [])))
        cx.dec("anger_after_hold")
        blocks.append(blk(*response_turns(cx)))
    if note["late_i"]:
        blocks.append(blk(C(cx.c("ask_name")), A(cx.a("late_i", "intro"), min_start=3300)))
        cx.dec("name_only_when_asked")
    if "resolve" in f:
        if rng.random() < 0.5:
            blocks.append(blk(C(cx.c("cust_next")), opt=True, dec="customer_states_next_step"))
        else:
            blocks.append(blk(C(cx.c("follow_q")), A(cx.a("follow_vague")), opt=True))
    else:
        sent = "positive" if rng.random() < 0.4 and mood != "grieving" else "neutral"
        blocks.append(blk(C(cx.c("ack"), sent=sent), opt=True))
        if rng.random() < 0.35:
            blocks.append(blk(C(cx.c("follow_q")), A(cx.a("follow_ok")), opt=True))

    # --- extras and fillers
    blocks.extend(extra_blocks(cx))
    blocks.append(blk(slot="fillslot"))
    if cx.style == "sales" and rng.random() < 0.8:
        q, ans = rng.choice(cx.L["sales"])
        blocks.append(blk(A(cx.a(q, raw=True)), C(cx.c(ans, raw=True)), opt=True,
                          dec="sales_pitch_before_close"))

    # --- anything else
    if "anyelse" in f:
        if rng.random() < 0.6:
            blocks.append(blk(C(cx.c("cust_unasked"))))
            cx.dec("customer_closes_unasked")
    else:
        blocks.append(blk(A(cx.a("anyelse", "anyelse")), C(cx.c("cust_no"))))

    # --- closing
    blocks.append(blk(*closing_inbound(cx)))
    return blocks


def closing_inbound(cx: Ctx) -> list[Turn]:
    f = cx.faults
    rng = cx.rng
    th_f, by_f = "thanks" in f, "bye" in f
    end_c = C(cx.c("cust_bye"), sent="positive" if rng.random() < 0.3 else "neutral")
    if "tbg" in f:
        cx.dec("goodbye_before_thanks")
        return [A(cx.a("bye", "bye"), cx.a("tbg_thanks", "thanks")), end_c]
    if th_f and by_f:
        cx.dec("customer_says_goodbye")
        return [A(cx.a("wrap")), end_c]
    if th_f:
        if rng.random() < 0.5 or "resolve" in f:
            return [A(cx.a("wrap"), cx.a("bye", "bye")), end_c]
        cx.dec("closing_thanks_too_early")
        q, ans = rng.choice(cx.L["one_more"])
        return [
            A(cx.a("thanks", "thanks")),
            C(cx.c(q, raw=True)),
            A(cx.a("one_more_chk")),
            A(cx.a(ans, raw=True, prot=True), cx.a("bye", "bye"), hold=rng.randint(1900, 3000)),
            end_c,
        ]
    if by_f:
        if rng.random() < 0.5 or "resolve" in f:
            cx.dec("customer_says_goodbye")
            return [A(cx.a("thanks", "thanks"), cx.a("wrap")), end_c]
        cx.dec("goodbye_too_early")
        q, ans = rng.choice(cx.L["one_more"])
        return [
            A(cx.a("thanks", "thanks"), cx.a("bye", "bye")),
            C(cx.c(q, raw=True)),
            A(cx.a("one_more_chk")),
            A(cx.a(ans, raw=True, prot=True), cx.a("thanks", "thanks"),
              hold=rng.randint(1900, 3000)),
            end_c,
        ]
    return [A(cx.a("thanks", "thanks"), cx.a("bye", "bye")), end_c]


# --------------------------------------------------------------------------------------------
# Outbound calls
# --------------------------------------------------------------------------------------------


def compose_outbound(cx: Ctx) -> list[dict]:
    f = cx.faults
    rng = cx.rng
    scen = cx.spec["scen"]
    has_i, has_c = "o_self" not in f, "o_company" not in f
    has_p, has_r, has_k = "o_purpose" not in f, "o_rec" not in f, "o_consent" not in f
    angry = cx.spec["angry_any"]
    blocks: list[dict] = [blk(C(cx.c("o_hello")))]
    late_i = not has_i and rng.random() < 0.5
    dodge_i = not has_i and not late_i and rng.random() < 0.4
    late_c = not has_c and rng.random() < 0.5
    ps = [cx.a("o_greet")]
    if has_i:
        ps.append(cx.a("o_intro", "intro"))
    ps.append(cx.a("o_company", "company") if has_c else cx.a("o_nocompany"))
    ps.append(cx.a("o_idq"))
    blocks.append(blk(A(*ps)))
    blocks.append(blk(C(cx.c("o_ida"))))
    if dodge_i:
        blocks.append(blk(C(cx.c("o_ask_name")), A(cx.a("o_dodge_i"))))
        cx.dec("agent_dodges_name")
    rec_block = None
    if has_r:
        rp = [cx.a("o_rec", "rec")]
        if has_k:
            rp.append(cx.a("o_consent", "consent"))
        rec_block = blk(A(*rp), C(cx.c("o_consent_a")))
    else:
        cx.dec("no_recording_notice")
    react_p = cx.c(scen["react"][0], cats=scen["react"][1], raw=True)
    if not scen["react"][1]:
        cx.dec("no_category_topic")
    if scen.get("decoy"):
        cx.dec(scen["decoy"])
    pur = A(cx.a(scen["purpose"], "purpose", raw=True))
    if has_p:
        if rec_block and rng.random() < 0.5:
            blocks.append(rec_block)
            blocks.append(blk(pur))
        else:
            blocks.append(blk(pur))
            if rec_block:
                blocks.append(rec_block)
    else:
        if rec_block:
            blocks.append(rec_block)
        sec = [A(cx.a("o_sec_intro"), cx.a("o_sec_q"))]
        if cx.spec["long"]:
            sec.append(C(cx.c("o_sec_hold")))
        sec.append(C(cx.c("o_sec_a", touch=False), hold=rng.randint(900, 2000)))
        blocks.append(blk(*sec))
        pur.pieces.insert(0, cx.a("o_sec_ok"))
        pur.min_start = 6300
        blocks.append(blk(pur))
        cx.dec("purpose_only_after_security")
    if angry:
        blocks.append(blk(angry_turn(cx, [react_p])))
        blocks.append(blk(*response_turns(cx)))
    else:
        blocks.append(blk(C(react_p)))
    if late_i or late_c:
        if late_i and late_c:
            ask = C(cx.c("o_ask_name"), cx.c("o_ask_company"))
            ans = A(cx.a("o_late_i", "intro"), cx.a("o_late_c", "company"), min_start=3300)
        elif late_i:
            ask = C(cx.c("o_ask_name"))
            ans = A(cx.a("o_late_i", "intro"), min_start=3300)
        else:
            ask = C(cx.c("o_ask_company"))
            ans = A(cx.a("o_late_c", "company"), min_start=3300)
        blocks.append(blk(ask, ans))
        cx.dec("identity_only_when_asked")
    for aq, ca in scen["body"]:
        blocks.append(blk(A(cx.a(aq, raw=True)), C(cx.c(ca, raw=True)), opt=True))
    sw = swear_piece(cx)
    fix = [cx.a(scen["fix"], raw=True)]
    if not cx.spec["long"]:
        fix = abuse_pieces(cx) + fix
    if sw is not None:
        fix.insert(0, sw)
    blocks.append(blk(A(*fix)))
    if "o_rec" in f and rng.random() < 0.5:
        lr = [cx.a("o_late_rec", "rec")]
        if rng.random() < 0.5:
            lr.append(cx.a("o_consent", "consent"))
        blocks.append(blk(A(cx.a("check")), A(*lr, min_start=6300), C(cx.c("o_consent_a"))))
        cx.dec("recording_notice_after_window")
    if "o_consent" in f and rng.random() < 0.5:
        blocks.append(blk(A(cx.a("check")), A(cx.a("o_late_consent", "consent"), min_start=9300),
                          C(cx.c("o_consent_a"))))
        cx.dec("consent_after_window")
    elif "o_consent" in f:
        cx.dec("recording_notice_without_consent")
    blocks.extend(extra_blocks(cx))
    blocks.append(blk(slot="fillslot"))
    if rng.random() < 0.5:
        blocks.append(blk(A(cx.a("anyelse")), C(cx.c("cust_no")), opt=True))
    end_c = C(cx.c("cust_bye"))
    blocks.append(blk(A(cx.a("o_thanks"), cx.a("o_bye")), end_c))
    return blocks


# --------------------------------------------------------------------------------------------
# One call: compose, noise, time, check; redraw until everything agrees
# --------------------------------------------------------------------------------------------


def fit_length(cx: Ctx, blocks: list[dict]) -> list[Turn] | None:
    rng = cx.rng
    n = len(flat(blocks))
    lo, hi = (21, 34) if cx.spec["long"] else (8, 15)
    target = rng.randint(lo, hi)
    opts = [b for b in blocks if b["opt"]]
    rng.shuffle(opts)
    while n > target and opts:
        b = opts.pop()
        n -= len(b["turns"])
        b["turns"] = []
    slots = [b for b in blocks if b["slot"] == "fillslot"]
    used: set = set()
    while n + 2 <= target:
        fb = filler_block(cx, used)
        rng.choice(slots)["turns"].extend(fb["turns"])
        n += 2
    if cx.spec["long"] and any(b["turns"] for b in slots):
        cx.dec("long_call_padding")
    for b in blocks:
        if b["dec"] and b["turns"]:
            cx.dec(b["dec"])
    turns = flat(blocks)
    if not lo <= len(turns) <= hi:
        return None
    return turns


def overlap_decoys(cx: Ctx, turns: list[Turn]) -> None:
    """Agents talking over calm customers and customers talking over agents (passes)."""
    rng = cx.rng

    def free(t: Turn) -> bool:
        return not (t.over or t.hold or t.min_start is not None or t.after_anger is not None)

    if rng.random() < 0.3:
        cands = [
            i for i in range(1, len(turns) - 1)
            if turns[i].spk == "agent" and turns[i - 1].spk == "customer"
            and turns[i - 1].sent != "negative" and free(turns[i]) and free(turns[i - 1])
            and turns[i - 1].pieces and len(turns[i - 1].pieces[-1].text.split(" ")) >= 4
        ]
        if cands:
            turns[rng.choice(cands)].over = True
    if rng.random() < 0.25:
        cands = [
            i for i in range(1, len(turns) - 2)
            if turns[i].spk == "customer" and turns[i - 1].spk == "agent"
            and turns[i].sent != "negative" and free(turns[i]) and free(turns[i - 1])
            and len(turns[i - 1].pieces[-1].text.split(" ")) >= 4
        ]
        if cands:
            turns[rng.choice(cands)].over = True
            cx.dec("customer_talks_over_agent")


def finish_text(cx: Ctx, turns: list[Turn]) -> None:
    """Close sentences, then add recogniser noise per segment."""
    rng = cx.rng
    lvl = cx.spec["noise"]
    names = {cx.vars["name"], cx.vars["cust"].split(" ")[0], cx.vars["cg"]}
    for t in turns:
        for j in range(1, len(t.pieces)):
            first = t.pieces[j].text.split(" ", 1)[0].strip(PUNCT)
            if t.pieces[j - 1].text[-1:] not in ".?!" and first not in names and \
                    not t.pieces[j].prot:
                t.pieces[j].text = low_first(t.pieces[j].text)
        last = t.pieces[-1]
        if last.text[-1:] not in ".?!,":
            last.text += "."
        if last.text.endswith(","):
            last.text = last.text[:-1] + "."
        if rng.random() >= NOISE_P[lvl]:
            continue
        for p in t.pieces:
            if p.prot or any(ch.isdigit() for ch in p.text):
                continue
            p.text = noise_en(p.text, lvl, rng) if cx.lang == "en" else noise_vi(p.text, lvl, rng)


def make_row(cx: Ctx, turns, end, anger, intr, raised, truth) -> dict:
    spec = cx.spec
    segs = []
    for t in turns:
        segs.append(
            {
                "speaker": t.spk,
                "start": t.start / 100,
                "end": t.end / 100,
                "text": " ".join(p.text for p in t.pieces),
                "words": [[a / 100, b / 100, w] for a, b, w in t.words],
            }
        )
    cats = set()
    for t in turns:
        if t.spk == "customer":
            for p in t.pieces:
                cats |= p.cats
    ctx = "{}/{}; {} speaker; {} agent; {} call; noise {}; {}".format(
        spec["direction"],
        spec["scen"]["key"],
        spec["speaker"]["label"],
        cx.L["styles"][spec["style"]],
        "long" if spec["long"] else "short",
        spec["noise"],
        spec["mood"],
    )
    return {
        "id": spec["id"],
        "split": SPLIT,
        "language": cx.lang,
        "metadata": {
            "direction": spec["direction"],
            "queue": spec["scen"]["queue"],
            "agent_name": spec["agent"][0],
            "language": cx.lang,
        },
        "faults": [k for k in RULES if k in spec["faults"]],
        "decoys": list(cx.decoys),
        "context": ctx,
        "segments": segs,
        "sentiment": [t.sent for t in turns],
        "metrics": {
            "speaker_separated": True,
            "interruptions": [{k: v for k, v in x.items() if k != "_neg"} for x in intr],
            "raised_voice": raised,
        },
        "truth": truth,
        "categories": sorted(cats),
    }


STATS = {"attempts": 0}


def build_call(spec: dict, L: dict) -> dict:
    for attempt in range(1500):
        STATS["attempts"] += 1
        rng = random.Random(f"{SEED}:{spec['id']}:{attempt}")
        cx = Ctx(spec, L, rng)
        blocks = compose_inbound(cx) if spec["direction"] == "inbound" else compose_outbound(cx)
        turns = fit_length(cx, blocks)
        if turns is None:
            continue
        overlap_decoys(cx, turns)
        for _, p in agent_pieces(turns):
            low = p.text.lower()
            if "bye" in p.tags and not any(w in low for w in ("bye", "chào", "bai")):
                cx.dec("closing_wish")
        finish_text(cx, turns)
        end, anger, intr, raised = realise(turns, cx.lang, rng)
        if not 5000 <= end <= 24000:
            continue
        if turns[-1].end != end:
            continue
        truth = compute_truth(turns, spec["direction"], cx.lang, end, anger, intr)
        fails = {k for k, v in truth.items() if v == "fail"}
        if fails != set(spec["faults"]):
            continue
        if not guards_ok(turns, spec["direction"], end, anger):
            continue
        if (anger is not None) != spec["angry_any"]:
            continue
        if any(x["speaker"] == "agent" and not x["_neg"] for x in intr):
            cx.dec("agent_overlaps_calm_customer")
        row = make_row(cx, turns, end, anger, intr, raised, truth)
        if text_check(row):
            continue
        return row
    raise RuntimeError(f"could not build {spec['id']}")


# --------------------------------------------------------------------------------------------
# Independent text check: works on the finished row (words, times, sentiment, metrics) only
# --------------------------------------------------------------------------------------------

KW = {
    "en": {
        "greet": ["hello", "hi", "hiya", "hey", "morning", "afternoon", "evening", "welcome",
                  "g'day", "good day", "howdy"],
        "company": ["acme", "acmee", "akmi", "acme's", "ack me", "at me"],
        "offer": ["help*", "assist*", "do for you", "sort out for you", "can i do"],
        "thanks": ["thank*", "cheers", "appreciat*", "grateful", "ta"],
        "bye": ["bye", "goodbye", "bye-bye", "byebye", "take care", "have a", "enjoy",
                "look after", "cheerio", "all the best", "good night", "good day", "farewell",
                "see you", "go well"],
        "empathy": ["sorry", "apolog*", "upset*", "frustrat*", "annoy*", "understand*",
                    "hear you", "see why", "must be", "must have", "imagine", "horrible", "awful",
                    "exhaust*", "shock*", "loss", "cross", "let you down", "fuming", "frighten*"],
        "rec": ["record*", "monitor*"],
        "anyelse": ["anything else", "something else", "anything more",
                    "other thing", "else i can", "else at all"],
        "swear": ["fuck*", "shit*", "bollock*", "bastard*", "piss*", "crap", "damn", "bloody",
                  "bugger", "hell", "arse*"],
    },
    "vi": {
        "greet": ["chào", "xin chào", "alô", "alo", "hello", "hi"],
        "company": ["abc", "a bê xê", "ây bi xi", "a bê c"],
        "offer": ["giúp", "hỗ trợ", "support", "help", "tư vấn", "phục vụ", "cần gì"],
        "thanks": ["cảm ơn", "cám ơn", "thank*", "thanks"],
        "bye": ["chào", "tạm biệt", "hẹn gặp", "chúc", "bye", "bai"],
        "empathy": ["xin lỗi", "thông cảm", "hiểu", "lo lắng", "bực", "chia buồn", "tiếc",
                    "sorry", "khó chịu", "mệt", "áy náy", "đáng sợ", "mất mát", "thương"],
        "rec": ["ghi âm", "ghi lại", "thu âm", "record*"],
        "anyelse": ["gì khác", "gì nữa", "thêm gì", "việc khác", "gì thêm", "chuyện khác"],
    },
}
VI_SWEAR_EXACT = {"đm", "dm", "đmm", "dmm", "vcl", "vl", "vkl", "đkm", "dkm", "clm", "đéo", "địt",
                  "đụ", "vãi", "lồn"}
VI_STRICT_EXACT = {"đéo", "địt", "đụ", "vãi", "lồn"}


def _keys(lang: str, name: str) -> list[list[str]]:
    out = []
    for k in KW[lang][name]:
        toks = k.split(" ")
        out.append(toks)
        if lang == "vi" and len(toks) > 1:
            out.append(["".join(toks)])
    return out


def tok_match(tok: str, key: str, lang: str) -> bool:
    if key.endswith("*"):
        return tok.startswith(key[:-1]) or strip_all(tok).startswith(strip_all(key[:-1]))
    if lang == "en":
        return tok == key
    if strip_all(tok) != strip_all(key):
        return False
    return tok == key or strip_tones(tok) == tok


def hits(segs, lang: str, name: str, speaker: str = "agent") -> list[float]:
    keys = _keys(lang, name)
    out = []
    for s in segs:
        if s["speaker"] != speaker:
            continue
        toks = [(w[0], clean_tok(w[2])) for w in s["words"]]
        for i in range(len(toks)):
            for key in keys:
                if i + len(key) <= len(toks) and all(
                    tok_match(toks[i + j][1], key[j], lang) for j in range(len(key))
                ):
                    out.append(toks[i][0])
    return sorted(out)


def text_check(row: dict) -> list[str]:
    bad: list[str] = []
    segs = row["segments"]
    lang = row["language"]
    faults = set(row["faults"])
    truth = row["truth"]
    inbound = row["metadata"]["direction"] == "inbound"
    # structure
    if list(truth) != RULES:
        bad.append("truth keys")
    if sorted(k for k, v in truth.items() if v == "fail") != sorted(faults):
        bad.append("faults differ from truth")
    if len(row["sentiment"]) != len(segs):
        bad.append("sentiment length")
    prev_start = -1.0
    for s in segs:
        ws = s["words"]
        if [w[2] for w in ws] != s["text"].split(" "):
            bad.append("words != text")
        if not ws or ws[0][0] != s["start"] or ws[-1][1] != s["end"]:
            bad.append("segment edges")
        for j, w in enumerate(ws):
            if not w[0] < w[1] or (j and w[0] < ws[j - 1][1]):
                bad.append("word order")
        if s["start"] < prev_start:
            bad.append("segment order")
        prev_start = s["start"]
    starts = {x["start_s"] for x in row["metrics"]["interruptions"]}
    for a, b in zip(segs, segs[1:], strict=False):
        if b["start"] < a["end"] and b["start"] not in starts:
            bad.append("unrecorded overlap")
    for rv in row["metrics"]["raised_voice"]:
        ok = any(
            s["speaker"] == "customer" and sent == "negative"
            and s["start"] <= rv["start_s"] < rv["end_s"] <= s["end"]
            for s, sent in zip(segs, row["sentiment"], strict=False)
        )
        if not ok:
            bad.append("raised voice outside a negative customer segment")
    end = segs[-1]["end"]
    if not 50 <= end <= 240:
        bad.append("duration")
    # windows, from words only
    full = row["metadata"]["agent_name"].split(" ")
    given = full[0] if lang == "en" else full[-1]

    def name_hits(hi: float) -> bool:
        for s in segs:
            if s["speaker"] != "agent":
                continue
            for w in s["words"]:
                if w[0] < hi and tok_match(clean_tok(w[2]), given.lower(), lang):
                    return True
        return False

    def before(name: str, hi: float) -> bool:
        return any(t < hi for t in hits(segs, lang, name))

    def after(name: str, lo: float) -> bool:
        return any(t >= lo for t in hits(segs, lang, name))

    if R["greet"] in faults and before("greet", 21):
        bad.append("greeting words in window")
    if R["company"] in faults and before("company", 21):
        bad.append("company in window")
    if R["o_company"] in faults and before("company", 31):
        bad.append("company in window")
    if (R["intro"] in faults or R["o_self"] in faults) and name_hits(31):
        bad.append("name in window")
    if R["offer"] in faults and before("offer", 46):
        bad.append("offer words in window")
    if R["thanks"] in faults and after("thanks", end - 26):
        bad.append("thanks in last 26 s")
    if R["bye"] in faults and after("bye", end - 26):
        bad.append("goodbye in last 26 s")
    if R["anyelse"] in faults and hits(segs, lang, "anyelse"):
        bad.append("anything-else words")
    if R["o_rec"] in faults and before("rec", 61):
        bad.append("recording words in window")
    if R["tbg"] in faults:
        th = [t for t in hits(segs, lang, "thanks") if t >= end - 25]
        by = [t for t in hits(segs, lang, "bye") if t >= end - 25]
        if not th or not by or by[0] > th[0]:
            bad.append("goodbye not before thanks")
    anger = None
    for s, sent in zip(segs, row["sentiment"], strict=False):
        if s["speaker"] == "customer" and sent == "negative":
            anger = s["start"]
            break
    if anger is None and truth[R["empathy"]] != "not_applicable":
        bad.append("empathy applicable without anger")
    if R["empathy"] in faults and any(anger <= t <= anger + 21 for t in hits(segs, lang,
                                                                               "empathy")):
        bad.append("empathy words in window")
    # swearing
    agent_toks = [clean_tok(w[2]) for s in segs if s["speaker"] == "agent" for w in s["words"]]
    if lang == "en":
        sw = any(tok_match(t, k, "en") for t in agent_toks for k in KW["en"]["swear"])
        strict = False
    else:
        sw = any(t in VI_SWEAR_EXACT or t.startswith(("shit", "fuck")) for t in agent_toks)
        strict = any(t in VI_STRICT_EXACT for t in agent_toks)
        if (truth[R["strict"]] == "fail") != strict:
            bad.append("strict swear label")
    if (truth[R["profanity"]] == "fail") != sw:
        bad.append("profanity label")
    # interruptions
    neg_cust = [(s["start"], s["end"]) for s, sent in zip(segs, row["sentiment"], strict=False)
                if s["speaker"] == "customer" and sent == "negative"]
    failing = [
        x for x in row["metrics"]["interruptions"]
        if x["speaker"] == "agent" and any(a < x["start_s"] < b for a, b in neg_cust)
    ]
    lab = truth[R["interrupt"]]
    if anger is None:
        if lab != "not_applicable":
            bad.append("interrupt label without anger")
    elif (lab == "fail") != bool(failing):
        bad.append("interrupt label")
    # direction
    for k in INB:
        if (truth[k] == "not_applicable") == inbound and k not in (R["gbr"], R["tbg"]):
            bad.append("direction n/a")
    for k in OUTB:
        if not inbound and k == R["o_consent"]:
            continue
        if (truth[k] != "not_applicable") == inbound:
            bad.append("direction n/a")
    return bad


# --------------------------------------------------------------------------------------------
# Plan: faults as tokens, handed to calls
# --------------------------------------------------------------------------------------------

IN_TOKENS = ["greet", "company", "intro", "offer", "confirm", "resolve", "anyelse", "thanks",
             "bye", "gbr", "tbg"]
OUT_TOKENS = ["o_self", "o_company", "o_purpose", "o_rec", "o_consent"]
INCOMPAT = [
    {"greet", "gbr"},
    {"resolve", "gbr"},
    {"thanks", "tbg"},
    {"bye", "tbg"},
    {"o_rec", "o_consent"},
    {"strict", "profanity"},
]


def compatible(have: set, tok: str) -> bool:
    if tok in have:
        return False
    for pair in INCOMPAT:
        if tok in pair and (pair - {tok}) & have:
            return False
    return not {"anyelse", "thanks", "bye"} <= (have | {tok})


def assign(tokens: list[str], idxs: list[int], n_free: int, triples: int,
           rng: random.Random) -> dict[int, list[str]]:
    m = len(idxs) - n_free
    pairs = len(tokens) - m - 2 * triples
    singles = m - pairs - triples
    assert pairs >= 0 and singles >= 0
    for _ in range(5000):
        sizes = [3] * triples + [2] * pairs + [1] * singles + [0] * n_free
        rng.shuffle(sizes)
        cap = dict(zip(idxs, sizes, strict=True))
        have: dict[int, set] = {i: set() for i in idxs}
        toks = list(tokens)
        rng.shuffle(toks)
        ok = True
        for tok in toks:
            cands = [i for i in idxs if len(have[i]) < cap[i] and compatible(have[i], tok)]
            if not cands:
                ok = False
                break
            have[rng.choice(cands)].add(tok)
        if ok:
            return {i: sorted(have[i]) for i in idxs}
    raise RuntimeError("token assignment failed")


def card_number(rng: random.Random, lang: str) -> str:
    head = "9704" if lang == "vi" else rng.choice(["4", "5"]) + "".join(
        str(rng.randint(0, 9)) for _ in range(3))
    rest = "".join(str(rng.randint(0, 9)) for _ in range(12))
    d = head + rest
    return " ".join(d[i:i + 4] for i in range(0, 16, 4))


def plan_language(L: dict, base: int, rng: random.Random) -> list[dict]:
    lang = L["lang"]
    dirs = ["inbound"] * 110 + ["outbound"] * 40
    rng.shuffle(dirs)
    idx_in = [i for i, d in enumerate(dirs) if d == "inbound"]
    idx_out = [i for i, d in enumerate(dirs) if d == "outbound"]
    long_set = set(rng.sample(idx_in, 37) + rng.sample(idx_out, 13))
    general: list[str] = []
    for k in ("empathy", "blame", "interrupt", "rude", "card"):
        general += [k] * 9
    if lang == "en":
        general += ["profanity"] * 9
    else:
        general += ["strict"] * 10 + ["profanity"] * 2
    rng.shuffle(general)
    g_out, g_in = general[:15], general[15:]
    tok_in = [k for k in IN_TOKENS for _ in range(9)] + g_in
    tok_out = [k for k in OUT_TOKENS for _ in range(9)] + g_out
    got = assign(tok_in, idx_in, 18, 4, rng)
    got.update(assign(tok_out, idx_out, 6, 1, rng))

    scen_in = list(L["inbound"])
    scen_out = list(L["outbound"])
    rng.shuffle(scen_in)
    rng.shuffle(scen_out)
    agents = list(L["agents"])
    rng.shuffle(agents)
    speakers = list(L["speakers"])
    rng.shuffle(speakers)
    picks: dict[str, list[int]] = {}
    for key, lst in (("rude", "rude"), ("blame", "blame"), ("strict", "strict")):
        picks[key] = rng.sample(range(len(L[lst])), len(L[lst])) if L[lst] else []
    sw_list = L["swear"] if lang == "en" else L["prof_extra"]
    picks["profanity"] = rng.sample(range(len(sw_list)), len(sw_list))
    used = {k: 0 for k in picks}

    specs = []
    n_in = n_out = 0
    for i, d in enumerate(dirs):
        toks = got[i]
        if d == "inbound":
            scen = scen_in[n_in % len(scen_in)]
            n_in += 1
        else:
            scen = scen_out[n_out % len(scen_out)]
            n_out += 1
        faults = sorted({R[t] for t in toks} | ({R["profanity"]} if "strict" in toks else set()))
        need = "empathy" in toks or "interrupt" in toks
        mood = scen.get("mood")
        if mood:
            angry, anger_at = True, "early"
        elif need or rng.random() < 0.18:
            mood = "angry"
            angry = True
            anger_at = rng.choices(["early", "mid", "after_hold"], [0.45, 0.25, 0.3])[0]
        else:
            mood = rng.choice(["calm", "calm", "cheerful"])
            angry, anger_at = False, ""
        if d == "outbound" and angry:
            anger_at = "react"
        agent = agents[i % len(agents)]
        prof = speakers[i % len(speakers)]
        spec = {
            "id": f"{lang}-{SPLIT}-{base + i:03d}",
            "direction": d,
            "faults": faults,
            "tokens": toks,
            "scen": scen,
            "long": i in long_set,
            "noise": rng.choice([0, 1, 2, 3]),
            "agent": agent,
            "style": agent[2],
            "speaker": prof,
            "mood": mood,
            "angry": mood == "angry",
            "angry_any": angry,
            "anger_at": anger_at,
        }
        for key in ("rude", "blame", "strict", "profanity"):
            if key in toks:
                spec[{"rude": "rude_i", "blame": "blame_i", "strict": "strict_i",
                      "profanity": "swear_i"}[key]] = picks[key][used[key]]
                used[key] += 1
        phone_d = ("07" if lang == "en" else "09") + "".join(
            str(rng.randint(0, 9)) for _ in range(8))
        phone = phone_d[:5] + " " + phone_d[5:] if lang == "en" else \
            phone_d[:4] + " " + phone_d[4:7] + " " + phone_d[7:]
        card = card_number(rng, lang)
        if lang == "en":
            cust = rng.choice(prof["names"])
            v = {"cust": cust, "cg": cust.split(" ")[0], "kh": "", "ag": "", "t": "", "e": ""}
        else:
            cust, gender = rng.choice(prof["names"])
            if prof["age"] == "elderly":
                kh, ag, t, e = "bác", "cháu", "bác", "cháu"
            else:
                kh = "anh" if gender == "m" else "chị"
                ag, e = "em", "em"
                t = kh if prof["age"] == "office" else prof["self"]
            v = {"cust": cust, "cg": cust.split(" ")[-1], "kh": kh, "ag": ag, "t": t, "e": e,
                 "elder": prof["age"] == "elderly"}
        v.update(
            {
                "name": agent[1],
                "card": card,
                "cvv": "".join(str(rng.randint(0, 9)) for _ in range(3)),
                "last4": card[-4:],
                "phone": phone,
                "ph4": phone_d[-4:],
            }
        )
        spec["vars"] = v
        specs.append(spec)
    return specs


# --------------------------------------------------------------------------------------------
# Whole set, counts, main
# --------------------------------------------------------------------------------------------


def build_all() -> list[dict]:
    rows = []
    for L, base in ((EN, 0), (VI, 150)):
        rng = random.Random(f"{SEED}:plan:{L['lang']}")
        for spec in plan_language(L, base, rng):
            rows.append(build_call(spec, L))
    return rows


def serialise(rows: list[dict]) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8")


def validate_counts(rows: list[dict]) -> list[str]:
    bad = []
    for lang in ("en", "vi"):
        rs = [r for r in rows if r["language"] == lang]
        if len(rs) != 150:
            bad.append(f"{lang}: {len(rs)} calls")
        for k in RULES:
            n = sum(r["truth"][k] == "fail" for r in rs)
            want = 9
            if k == R["strict"]:
                want = 0 if lang == "en" else 10
            elif k == R["profanity"] and lang == "vi":
                want = 12
            if n != want:
                bad.append(f"{lang} {k}: {n} fails")
        if sum(not r["faults"] for r in rs) != 24:
            bad.append(f"{lang}: fault-free calls")
        longs = [r for r in rs if len(r["segments"]) >= 21]
        if len(longs) != 50:
            bad.append(f"{lang}: {len(longs)} long calls")
        if sum(r["metadata"]["direction"] == "inbound" for r in rs) != 110:
            bad.append(f"{lang}: inbound count")
    for r in rows:
        n = len(r["segments"])
        if not (8 <= n <= 15 or 21 <= n <= 34):
            bad.append(f"{r['id']}: {n} segments")
        for p in text_check(r):
            bad.append(f"{r['id']}: {p}")
    return bad


def tables(rows: list[dict]) -> str:
    out = ["| rule | en fail | en pass | en n/a | vi fail | vi pass | vi n/a |",
           "|---|---|---|---|---|---|---|"]
    for k in RULES:
        cells = []
        for lang in ("en", "vi"):
            rs = [r for r in rows if r["language"] == lang]
            for v in ("fail", "pass", "not_applicable"):
                cells.append(str(sum(r["truth"][k] == v for r in rs)))
        out.append(f"| {k} | " + " | ".join(cells) + " |")
    out += ["", "| category | en | vi | total |", "|---|---|---|---|"]
    for c in CAT_ORDER + ["(none)"]:
        n = {}
        for lang in ("en", "vi"):
            rs = [r for r in rows if r["language"] == lang]
            n[lang] = sum((c in r["categories"]) if c != "(none)" else not r["categories"]
                          for r in rs)
        out.append(f"| {c} | {n['en']} | {n['vi']} | {n['en'] + n['vi']} |")
    per = {}
    for r in rows:
        per[len(r["faults"])] = per.get(len(r["faults"]), 0) + 1
    angry = [r for r in rows if "negative" in r["sentiment"]]
    moods = {}
    for r in angry:
        m = r["context"].rsplit("; ", 1)[-1]
        moods[m] = moods.get(m, 0) + 1
    raised = sum(bool(r["metrics"]["raised_voice"]) for r in rows)
    intr = sum(bool(r["metrics"]["interruptions"]) for r in rows)
    short = [len(r["segments"]) for r in rows if len(r["segments"]) <= 15]
    long_ = [len(r["segments"]) for r in rows if len(r["segments"]) >= 21]
    durs = [r["segments"][-1]["end"] for r in rows]
    out += [
        "",
        "Faults per call: " + ", ".join(f"{k} in {v}" for k, v in sorted(per.items())) + ".",
        f"{len(angry)} calls have customer anger ("
        + ", ".join(f"{v} {k}" for k, v in sorted(moods.items()))
        + f"; a raised-voice event in {raised}); {intr} calls record interruptions.",
        f"Segments: short calls {min(short)}-{max(short)}, long calls {min(long_)}-{max(long_)}; "
        f"{min(durs)}-{max(durs)} s.",
    ]
    return "\n".join(out)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="rebuild in memory and compare")
    args = ap.parse_args()
    t0 = time.time()
    rows = build_all()
    bad = validate_counts(rows)
    data = serialise(rows)
    took = time.time() - t0
    if bad:
        print("\n".join(bad[:50]), file=sys.stderr)
        print(f"{len(bad)} problems", file=sys.stderr)
        return 1
    print(tables(rows))
    print(f"\n{len(rows)} calls, {STATS['attempts']} draws, built in {took:.2f} s")
    if args.check:
        same = OUT_PATH.exists() and OUT_PATH.read_bytes() == data
        print(f"sha256 {hashlib.sha256(data).hexdigest()}")
        print("check: identical" if same else "check: DIFFERENT from the written file")
        return 0 if same else 1
    OUT_PATH.write_bytes(data)
    print(f"wrote {OUT_PATH.name}, sha256 {hashlib.sha256(data).hexdigest()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
