"""Builds tests/data/rules/heldout6.jsonl: a blind held-out set for the compliance rules.

Written from the issue-7 brief only (call script, rule descriptions, judgement calls), by a
helper that never saw aqm's rule files, matcher code or the earlier held-out sets.

Every call is assembled from turns whose text carries inline evidence markup
``{tag:words}``; the truth labels are computed from the clean (pre-ASR-noise) word times of
those spans against each rule's window, the intended faults are checked against the computed
truth, and a call whose evidence sits within 2 s of a window edge is re-drawn. The markup is
stripped before writing; ASR noise is applied afterwards and never changes a label.

Run: ``python tests/data/rules/build_heldout6.py`` (deterministic; prints the counts and the
SHA-256 of the written file). ``--check`` only validates an existing file.
"""

# ruff: noqa: E501 (phrase tables: one utterance per line)
from __future__ import annotations

import hashlib
import json
import random
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
OUT = HERE / "heldout6.jsonl"
SEED = 20261202
MARGIN_S = 2.0

INBOUND_RULES = [
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
]
OUTBOUND_RULES = [
    "outbound/identify_self",
    "outbound/identify_company",
    "outbound/purpose",
    "outbound/recording_disclosure",
    "outbound/consent",
]
ALL_RULES_ANY = [
    "angry_caller/empathy",
    "angry_caller/no_blame",
    "angry_caller/no_interrupting_angry_customer",
    "forbidden/profanity",
    "forbidden/profanity_vi_strict",
    "forbidden/rude",
    "forbidden/no_card_readback",
]
RULES = INBOUND_RULES + OUTBOUND_RULES + ALL_RULES_ANY
CATEGORIES = [
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

# fault tag -> rule id (the planner works with the short tags)
FAULT_RULE = {
    "greeting": "inbound/greeting",
    "company": "inbound/company_name",
    "intro": "inbound/self_intro",
    "offer": "inbound/offer_help",
    "confirm": "inbound/confirm_problem",
    "resolution": "inbound/resolution",
    "anyelse": "inbound/anything_else",
    "thanks": "inbound/thanks",
    "goodbye": "inbound/goodbye",
    "gbr": "inbound/greeting_before_resolution",
    "tbg": "inbound/thanks_before_goodbye",
    "o_self": "outbound/identify_self",
    "o_company": "outbound/identify_company",
    "o_purpose": "outbound/purpose",
    "o_disclose": "outbound/recording_disclosure",
    "o_consent": "outbound/consent",
    "empathy": "angry_caller/empathy",
    "blame": "angry_caller/no_blame",
    "interrupt": "angry_caller/no_interrupting_angry_customer",
    "profanity": "forbidden/profanity",
    "strict": "forbidden/profanity_vi_strict",
    "rude": "forbidden/rude",
    "card": "forbidden/no_card_readback",
}

# Vietnamese swear words that are innocent words without their marks; noise must never make one.
VI_STRICT_WORDS = {"đéo", "địt", "đụ", "vãi", "cút"}
EN_SWEAR_WORDS = {"shit", "fuck", "fucking", "bloody", "damn", "bastard", "crap", "hell"}


# --------------------------------------------------------------------------------------
# turns, layout and evidence
# --------------------------------------------------------------------------------------


@dataclass
class Turn:
    spk: str  # "agent" | "customer"
    text: str  # with {tag:words} markup and $placeholders already substituted
    sent: str = "neutral"
    gap: float | None = None  # silence before this turn (hold, customer away)
    min_start: float | None = None  # push the start to at least this time (late items)
    interrupt: bool = False  # starts inside the previous segment
    raised: bool = False  # customer raised-voice event inside this segment
    opt: bool = False  # may be dropped to keep a short call short


@dataclass
class Span:
    tag: str
    spk: str
    start: float
    seg: int
    word: int


@dataclass
class Laid:
    segments: list[dict]
    spans: list[Span]
    interruptions: list[dict]
    raised: list[dict]
    duration: float


MARK_RE = re.compile(r"\{([a-z_+]+):([^{}]*)\}")
PUNCT_ONLY = re.compile(r"^[,.?!;:…\-–—]+$")


def parse_markup(text: str) -> tuple[list[str], list[tuple[str, int]]]:
    """Tokens of the clean text and (tag, first-token-index) per evidence span."""
    tokens: list[str] = []
    spans: list[tuple[str, int]] = []
    pos = 0
    for m in MARK_RE.finditer(text):
        tokens.extend(text[pos : m.start()].split())
        first = len(tokens)
        inner = m.group(2).split()
        if not inner:
            raise ValueError(f"empty span in {text!r}")
        tokens.extend(inner)
        for tag in m.group(1).split("+"):
            spans.append((tag, first))
        pos = m.end()
    tokens.extend(text[pos:].split())
    if "{" in "".join(tokens) or "}" in "".join(tokens) or "$" in "".join(tokens):
        raise ValueError(f"unparsed markup in {text!r}")
    # glue lone punctuation to the previous token, keeping span indices right
    merged: list[str] = []
    remap: list[int] = []
    for tok in tokens:
        if (PUNCT_ONLY.match(tok) or tok.startswith("'")) and merged:
            merged[-1] += tok
            remap.append(len(merged) - 1)
        else:
            merged.append(tok)
            remap.append(len(merged) - 1)
    return merged, [(tag, remap[i]) for tag, i in spans]


AUTO_EN = {
    "thanks": {"thank", "thanks", "cheers"},
    "bye": {"bye", "goodbye", "cheerio"},
    "greet": {"hello", "hi", "hiya", "welcome"},
    "company": {"acme"},
    "offer": {"help", "assist", "assistance"},
    "amb": {"sorry", "apologies", "apologise", "understand"},
}
AUTO_VI = {
    "thanks": {"cảm ơn", "cám ơn"},
    "bye": {"chào", "tạm biệt"},
    "greet": {"chào"},
    "company": {"abc", "ây"},
    "offer": {"hỗ trợ", "giúp"},
    "amb": {"xin lỗi", "hiểu", "tiếc"},
}


def auto_spans(toks: list[str], spans: list[tuple[str, int]], lang: str) -> list[tuple[str, int]]:
    """Evidence words the markup did not tag (so no untagged thanks/goodbye/... can hide)."""
    bare = [re.sub(r"[^\w]", "", t.lower()) for t in toks]
    table = AUTO_EN if lang == "en" else AUTO_VI
    tagged: dict[str, set[int]] = {}
    # a span covers its first token up to the next span start or 6 tokens
    starts = sorted(i for _, i in spans)
    for tag, i in spans:
        nxt = min([j for j in starts if j > i] + [i + 8])
        tagged.setdefault(tag, set()).update(range(i, nxt))
    out: list[tuple[str, int]] = []
    for k, w in enumerate(bare):
        pair = w + " " + bare[k + 1] if k + 1 < len(bare) else ""
        for tag, words in table.items():
            if w in words or pair in words:
                fam = {tag} | ({"greet", "bye"} if tag in ("greet", "bye") else set())
                fam |= {"emp"} if tag == "amb" else set()
                fam |= {"anyelse"} if tag == "offer" else set()
                if not any(k in tagged.get(f, set()) for f in fam):
                    out.append((tag, k))
    if lang == "en":
        for k in range(len(bare) - 1):
            good = bare[k] == "good" and bare[k + 1] in ("morning", "afternoon", "evening")
            if good and k not in tagged.get("greet", set()):
                out.append(("greet", k))
    return out


def word_dur(tok: str, lang: str, rng: random.Random) -> float:
    letters = sum(ch.isalnum() for ch in tok)
    if any(ch.isdigit() for ch in tok):
        base = 0.25 + 0.08 * letters
        return round(min(0.6, base) * rng.uniform(0.9, 1.1), 2)
    if lang == "vi":
        base = 0.19 + 0.02 * letters
        lo, hi = 0.18, 0.42
    else:
        base = 0.14 + 0.045 * letters
        lo, hi = 0.18, 0.55
    return round(max(lo, min(hi, base * rng.uniform(0.85, 1.15))), 2)


def layout(turns: list[Turn], lang: str, rng: random.Random) -> Laid:
    segs: list[dict] = []
    spans: list[Span] = []
    inter: list[dict] = []
    raised: list[dict] = []
    max_end = 0.0
    t0 = rng.uniform(0.3, 1.1)
    for i, turn in enumerate(turns):
        toks, sp = parse_markup(turn.text)
        if not toks:
            raise ValueError("empty turn")
        if turn.interrupt:
            prev = segs[-1]
            if prev["speaker"] == turn.spk:
                raise ValueError("interrupting oneself")
            length = prev["end"] - prev["start"]
            start = prev["start"] + length * rng.uniform(0.45, 0.7)
            start = max(start, prev["start"] + 1.0)
            if start > prev["end"] - 0.6:
                raise Ambiguous("segment too short to interrupt")
        else:
            gap = turn.gap if turn.gap is not None else rng.uniform(0.25, 1.1)
            start = (max_end if segs else t0) + gap
        if turn.min_start is not None and start < turn.min_start:
            start = turn.min_start + rng.uniform(0.0, 0.8)
        start = round(start, 2)
        if segs and start <= segs[-1]["start"]:
            start = round(segs[-1]["start"] + 0.3, 2)
        words = []
        cur = start
        for tok in toks:
            d = word_dur(tok, lang, rng)
            s, e = round(cur, 2), round(cur + d, 2)
            words.append([s, e, tok])
            pause = rng.uniform(0.02, 0.1)
            if tok[-1] in ",.?!;:":
                pause += rng.uniform(0.1, 0.35)
            cur = e + pause
        end = words[-1][1]
        seg = {"speaker": turn.spk, "start": start, "end": end, "words": words, "sent": turn.sent}
        if turn.interrupt:
            prev = segs[-1]
            overlap = round(min(prev["end"], end) - start, 2)
            inter.append(
                {
                    "speaker": turn.spk,
                    "interrupted": prev["speaker"],
                    "start_s": start,
                    "overlap_s": overlap,
                }
            )
        if turn.raised:
            dur = end - start
            rs = round(start + rng.uniform(0.0, 0.25) * dur, 2)
            re_ = round(end - rng.uniform(0.0, 0.2) * dur, 2)
            raised.append(
                {
                    "speaker": turn.spk,
                    "start_s": rs,
                    "end_s": max(re_, round(rs + 0.5, 2)),
                    "above_median_db": round(rng.uniform(6.0, 12.5), 1),
                }
            )
        if turn.spk == "agent":
            sp = sp + auto_spans(toks, sp, lang)
        for tag, wi in sp:
            spans.append(Span(tag, turn.spk, words[wi][0], i, wi))
        segs.append(seg)
        max_end = max(max_end, end)
    if segs[-1]["end"] < max_end:
        raise ValueError("last segment does not end the call")
    return Laid(segs, spans, inter, raised, max_end)


# --------------------------------------------------------------------------------------
# truth from evidence
# --------------------------------------------------------------------------------------


class Ambiguous(Exception):
    """Evidence too close to a window edge, or an intended label not realised."""


def _near(t: float, edge: float) -> bool:
    return abs(t - edge) < MARGIN_S


def _window(spans: list[Span], tag: str, lo: float | None, hi: float | None) -> bool:
    hit = False
    for s in spans:
        if s.tag != tag or s.spk != "agent":
            continue
        if lo is not None and lo > 0 and _near(s.start, lo):
            raise Ambiguous(f"{tag} near {lo}")
        if hi is not None and _near(s.start, hi):
            raise Ambiguous(f"{tag} near {hi}")
        if (lo is None or s.start >= lo) and (hi is None or s.start <= hi):
            hit = True
    return hit


def _pf(ok: bool) -> str:
    return "pass" if ok else "fail"


def anger_start(laid: Laid) -> float | None:
    times = [s["start"] for s in laid.segments if s["speaker"] == "customer" and s["sent"] == "negative"]
    times += [r["start_s"] for r in laid.raised if r["speaker"] == "customer"]
    return min(times) if times else None


def compute_truth(laid: Laid, direction: str, lang: str) -> dict[str, str]:
    sp = laid.spans
    dur = laid.duration
    t: dict[str, str] = {}
    na = "not_applicable"
    agent_tags = {s.tag for s in sp if s.spk == "agent"}
    if direction == "inbound":
        for s in sp:
            if s.spk == "agent" and s.tag in ("anyelse",) and s.start < 50:
                raise Ambiguous("anything-else too early")
        greet = _window(sp, "greet", 0, 20)
        t["inbound/greeting"] = _pf(greet)
        t["inbound/company_name"] = _pf(_window(sp, "company", 0, 20))
        t["inbound/self_intro"] = _pf(_window(sp, "intro", 0, 30))
        t["inbound/offer_help"] = _pf(_window(sp, "offer", 0, 45))
        t["inbound/confirm_problem"] = _pf("confirm" in agent_tags)
        res = "resolve" in agent_tags
        t["inbound/resolution"] = _pf(res)
        t["inbound/anything_else"] = _pf("anyelse" in agent_tags)
        lo = dur - 25.0
        thanks = _window(sp, "thanks", lo, None)
        bye = _window(sp, "bye", lo, None)
        t["inbound/thanks"] = _pf(thanks)
        t["inbound/goodbye"] = _pf(bye)
        if greet and res:
            g = min(s.start for s in sp if s.tag == "greet" and s.spk == "agent" and s.start <= 20)
            rs = [s.start for s in sp if s.tag == "resolve" and s.spk == "agent"]
            if all(r > g + MARGIN_S for r in rs):
                t["inbound/greeting_before_resolution"] = "pass"
            elif all(r < g - MARGIN_S for r in rs):
                t["inbound/greeting_before_resolution"] = "fail"
            else:
                raise Ambiguous("resolution on both sides of the greeting")
        else:
            t["inbound/greeting_before_resolution"] = na
        if thanks and bye:
            th = [s.start for s in sp if s.tag == "thanks" and s.spk == "agent" and s.start >= lo]
            by = [s.start for s in sp if s.tag == "bye" and s.spk == "agent" and s.start >= lo]
            if min(th) < min(by) and max(th) < max(by):
                t["inbound/thanks_before_goodbye"] = "pass"
            elif max(by) < min(th):
                t["inbound/thanks_before_goodbye"] = "fail"
            else:
                raise Ambiguous("thanks and goodbye interleaved")
        else:
            t["inbound/thanks_before_goodbye"] = na
        for r in OUTBOUND_RULES:
            t[r] = na
    else:
        for r in INBOUND_RULES:
            t[r] = na
        t["outbound/identify_self"] = _pf(_window(sp, "intro", 0, 30))
        t["outbound/identify_company"] = _pf(_window(sp, "company", 0, 30))
        t["outbound/purpose"] = _pf(_window(sp, "purpose", 0, 60))
        disc = _window(sp, "disclose", 0, 60)
        t["outbound/recording_disclosure"] = _pf(disc)
        t["outbound/consent"] = _pf(_window(sp, "consent", 0, 90)) if disc else na
    ta = anger_start(laid)
    if ta is None:
        t["angry_caller/empathy"] = na
        t["angry_caller/no_interrupting_angry_customer"] = na
    else:
        emp = _window(sp, "emp", ta, ta + 20)
        if not emp:
            for s in sp:
                if s.spk == "agent" and s.tag in ("amb", "confirm") and ta - MARGIN_S <= s.start <= ta + 20 + MARGIN_S:
                    raise Ambiguous("ambiguous empathy in the window")
        t["angry_caller/empathy"] = _pf(emp)
        t["angry_caller/no_interrupting_angry_customer"] = _pf(not interrupt_fails(laid, strict=True))
    t["angry_caller/no_blame"] = _pf("blame" not in agent_tags)
    t["forbidden/profanity"] = _pf(not ({"prof", "strict"} & agent_tags))
    t["forbidden/profanity_vi_strict"] = _pf("strict" not in agent_tags) if lang == "vi" else na
    t["forbidden/rude"] = _pf("rude" not in agent_tags)
    t["forbidden/no_card_readback"] = _pf("card" not in agent_tags)
    return {r: t[r] for r in RULES}


def interrupt_fails(laid: Laid, strict: bool) -> bool:
    """True when an agent interruption starts in an angry segment / just after an anger event.

    strict=True raises Ambiguous for an agent interruption within 2 s of an anger boundary.
    """
    angry = [(s["start"], s["end"]) for s in laid.segments if s["speaker"] == "customer" and s["sent"] == "negative"]
    events = [r["start_s"] for r in laid.raised if r["speaker"] == "customer"]
    fail = False
    for it in laid.interruptions:
        if it["speaker"] != "agent" or it["interrupted"] != "customer":
            continue
        x = it["start_s"]
        inside = any(a <= x <= b for a, b in angry) or any(e <= x <= e + 0.5 for e in events)
        if strict and not inside:
            near = any(_near(x, a) or _near(x, b) for a, b in angry) or any(_near(x, e) for e in events)
            if near:
                raise Ambiguous("interruption near an angry segment")
        if strict and inside:
            seg_ok = any(a + 0.5 <= x <= b - 0.3 for a, b in angry)
            if not seg_ok:
                raise Ambiguous("interruption at the edge of an angry segment")
        fail = fail or inside
    return fail


# --------------------------------------------------------------------------------------
# ASR noise (applied after the labels are fixed)
# --------------------------------------------------------------------------------------

EN_HOMOPHONES = {
    "you're": ["your"],
    "your": ["you're", "your"],
    "today": ["to day"],
    "anything": ["any thing"],
    "everything": ["every thing"],
    "acme": ["acne", "ac me", "acme"],
    "there": ["their"],
    "i'll": ["ill", "i"],
    "can't": ["cant", "can"],
    "it's": ["its"],
    "that's": ["thats"],
    "four": ["for"],
    "two": ["to"],
    "okay": ["ok", "o k"],
    "alright": ["all right"],
    "account": ["a count"],
    "refund": ["re fund"],
    "statement": ["state meant"],
    "because": ["cause"],
    "going": ["gonna"],
    "would": ["wood"],
    "know": ["no"],
    "bye": ["by", "buy"],
    "right": ["write"],
    "we'll": ["will"],
    "overdraft": ["over draft"],
    "mortgage": ["more gauge", "mortgage"],
}
EN_DROPPABLE = {"the", "a", "to", "of", "and", "just", "that", "is", "it"}
TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
VI_JOIN = {("ngân", "hàng"), ("cảm", "ơn"), ("tài", "khoản"), ("a", "lô"), ("giao", "dịch"), ("hỗ", "trợ")}


def strip_tones(word: str) -> str:
    nfd = unicodedata.normalize("NFD", word)
    out = "".join(ch for ch in nfd if unicodedata.category(ch) != "Mn")
    return out.replace("đ", "d").replace("Đ", "D")


def wrong_tone(word: str, rng: random.Random) -> str:
    nfd = unicodedata.normalize("NFD", word)
    chars = list(nfd)
    idx = [i for i, ch in enumerate(chars) if ch in TONE_MARKS]
    if idx:
        i = idx[0]
        choices = sorted(TONE_MARKS - {chars[i]}) + [""]
        chars[i] = rng.choice(choices)
    else:
        vow = [i for i, ch in enumerate(chars) if ch.lower() in "aeiouy"]
        if not vow:
            return word
        i = vow[-1] + 1
        while i < len(chars) and unicodedata.category(chars[i]) == "Mn":
            i += 1
        chars.insert(i, rng.choice(sorted(TONE_MARKS)))
    return unicodedata.normalize("NFC", "".join(chars))


def _bare(tok: str) -> str:
    return re.sub(r"[^\w]", "", tok.lower())


def _protected(tok: str) -> bool:
    b = _bare(tok)
    return b in VI_STRICT_WORDS or b in EN_SWEAR_WORDS or any(ch.isdigit() for ch in tok)


def noise_words(words: list[list], lang: str, level: str, rng: random.Random) -> list[list]:
    """Returns new [start, end, token] triples; labels do not depend on them."""
    if level == "clean":
        return [list(w) for w in words]
    out: list[list] = []
    i = 0
    while i < len(words):
        s, e, tok = words[i]
        low = tok.lower()
        low = re.sub(r"[,.?!;:…]+$", "", low) if level != "clean" else low
        low = low.strip("\"'") if low not in ("you're", "i'll", "can't", "it's", "that's", "we'll") else low
        if not low:
            i += 1
            continue
        if _protected(tok) or level == "light":
            out.append([s, e, low if level != "clean" else tok])
            i += 1
            continue
        # heavy
        if lang == "en":
            if low in EN_DROPPABLE and rng.random() < 0.12:
                i += 1
                continue
            if low in EN_HOMOPHONES and rng.random() < 0.45:
                rep = rng.choice(EN_HOMOPHONES[low]).split()
                step = (e - s) / len(rep)
                for k, r in enumerate(rep):
                    out.append([round(s + k * step, 2), round(s + (k + 1) * step - (0.01 if k < len(rep) - 1 else 0), 2), r])
                i += 1
                continue
            out.append([s, e, low])
            i += 1
            continue
        # vi heavy
        if i + 1 < len(words) and (low, _bare(words[i + 1][2])) in VI_JOIN and rng.random() < 0.25:
            nxt = re.sub(r"[,.?!;:…]+$", "", words[i + 1][2].lower())
            out.append([s, words[i + 1][1], low + nxt])
            i += 2
            continue
        if low == "abc" and rng.random() < 0.6:
            rep = rng.choice([["a", "b", "c"], ["ây", "bi", "xi"], ["a", "bê", "xê"]])
            step = (e - s) / 3
            for k, r in enumerate(rep):
                out.append([round(s + k * step, 2), round(s + (k + 1) * step - (0.01 if k < 2 else 0), 2), r])
            i += 1
            continue
        new = low
        r = rng.random()
        if r < 0.09:
            new = strip_tones(low)
        elif r < 0.14:
            new = wrong_tone(low, rng)
        if _bare(new) in VI_STRICT_WORDS and new != low:
            new = low
        out.append([s, e, new])
        i += 1
    return out


def noise_segment(seg: dict, lang: str, level: str, rng: random.Random) -> None:
    words = seg["words"]
    if level == "heavy" and lang == "vi" and rng.random() < 0.12:
        # an all-toneless segment, as some ASR outputs are
        new = []
        for s, e, tok in words:
            low = re.sub(r"[,.?!;:…]+$", "", tok.lower())
            if not low:
                continue
            st = strip_tones(low) if not _protected(tok) else low
            new.append([s, e, st])
        words = new
    else:
        words = noise_words(words, lang, level, rng)
    if not words:
        words = [list(seg["words"][0])]
    seg["words"] = words
    seg["text"] = " ".join(w[2] for w in words)


# --------------------------------------------------------------------------------------
# English content
# --------------------------------------------------------------------------------------
# Placeholders: $name (agent's given name), $full (agent's full name), $cn (customer, as
# addressed), $cfull (customer's full name). Evidence tags: greet company intro offer confirm
# resolve anyelse thanks bye emp amb blame prof strict rude card purpose disclose consent.

EN_AGENTS = [
    "Sam Carter", "Priya Nair", "Tom Hughes", "Aisha Khan", "Liam O'Brien", "Grace Miller",
    "Raj Patel", "Chloe Evans", "Ben Walsh", "Megan Scott", "Daniel Reyes", "Olivia Brown",
    "Arjun Mehta", "Hannah Lee", "Jack Turner", "Zoe Mitchell", "Kwame Mensah", "Ellie Fraser",
    "Ravi Shankar", "Nicole Dawson",
]
EN_CUSTOMERS = [
    ("Mrs Patel", "Anita Patel"), ("Mr Jones", "Gareth Jones"), ("David", "David Clarke"),
    ("Ms Okafor", "Ngozi Okafor"), ("Mr Singh", "Harpreet Singh"), ("Sarah", "Sarah Whitfield"),
    ("Mr Nguyen", "Minh Nguyen"), ("Mrs Thompson", "Carol Thompson"), ("Kyle", "Kyle Brennan"),
    ("Mr Iyer", "Venkat Iyer"), ("Ms Russo", "Giulia Russo"), ("Mrs Wallace", "Jean Wallace"),
    ("Mr Murphy", "Declan Murphy"), ("Jess", "Jessica Hart"), ("Mr Adeyemi", "Tunde Adeyemi"), ("Mr Dickinson", "Paul Dickinson"), ("Mrs Hancock", "Linda Hancock"),
]

# each scenario: cats, prob (neutral), angry (adds complaint), upset (negative, no complaint),
# confirm, resolve, nores, react. A "||" splits a customer statement into segments.
EN_SCEN: list[dict] = [
    dict(
        key="scam_call_code", cats=["fraud"],
        prob=[
            "Someone rang me this morning saying they were from your fraud team, and I gave them a code from a text, and now eight hundred pounds has gone to an account I don't know.",
            ("Hello, I think I've been scammed. A man phoned, said he was from the bank, got me to read out a code, and now there are two payments I never made, and I want that money back.", ["refund"]),
        ],
        upset=["I've been scammed, someone pretending to be you took eight hundred pounds, it's my rent money, I feel so stupid."],
        confirm=[
            "{confirm:So a caller pretending to be our fraud team got a code from you and eight hundred pounds has gone to an account you don't know}.",
            "{confirm:So after a caller posing as the bank got a code from you, two payments went out that you didn't make}.",
        ],
        resolve=[
            "{resolve:I've blocked the card and online banking, raised a scam claim, and the fraud team will call you within forty-eight hours about getting the money back}.",
            "{resolve:Both payments are now under a fraud claim and I've refunded them provisionally, and your new card and login details are on their way}.",
        ],
        nores=["Right. I'm not sure there's much I can do there.", "Okay, and you definitely gave them the code?"],
        blame=["Well, you gave the code to the caller, so that one's your fault, not ours."],
    ),
    dict(
        key="phone_and_card_stolen", cats=["card_lost"],
        prob=[
            "Hi, my phone's been stolen, and my debit card was in the case, so I need the card stopped please.",
            "Hello, I've lost my purse somewhere between work and home, with both my cards in it.",
        ],
        upset=["My phone got snatched out of my hand at the bus stop, and my card was in the case, I'm still shaking."],
        confirm=[
            "{confirm:So your phone was stolen with your debit card in the case, and you need the card stopped}.",
            "{confirm:So you've lost your purse with both cards in it somewhere between work and home}.",
        ],
        confirm_mood=["{confirm:So your phone was snatched at the bus stop and your card was in the case}."],
        resolve=[
            "{resolve:I've cancelled the card, and a new one will be with you in three to five working days}.",
            "{resolve:Both cards are stopped now, replacements are ordered, and you can use the app's virtual card in the meantime}.",
        ],
        nores=["Okay, have you had a good look for it?", "Right, would you like me to stop it?"],
    ),
    dict(
        key="renewal_new_address", cats=["address_change"],
        prob=[
            "Hi, my debit card runs out at the end of the month, and I've moved since I opened the account, so I need the new card to go to my new flat, can you change my address?",
            "Hello, I'm ringing for my dad, he's here with me, he's gone into a care home and we need his post going to the new address.",
        ],
        confirm=[
            "{confirm:So your card's due for renewal and you need your address updated first so it goes to your new flat}.",
            "{confirm:So your dad's moved into a care home and his address needs changing so the post goes there}.",
        ],
        resolve=[
            "{resolve:I've changed the address, and the renewal card will go to the new flat in the last week of the month}.",
            "{resolve:I've updated the address with him on the line, and a letter confirming it is going to the care home today}.",
        ],
        nores=["Okay, I'll have a look at that.", "Do you know the postcode?"],
    ),
    dict(
        key="double_charge", cats=["billing", "refund"],
        prob=[
            "Hi, yeah, I've just looked at my app and a payment at Tesco has gone out twice, forty-two fifty, both on Tuesday, and I only paid once, so I'd like one of them back.",
            "Hello, um, I was checking my statement and there's, er, the same payment twice, to my gym, thirty-five pounds, same day. || I've only got the one membership, so can I get that second one refunded?",
        ],
        angry=[
            "Yeah, I'll tell you what's wrong, you've taken the same payment twice out of my account and now I'm overdrawn, this is the second time this year and frankly it's not good enough, I want my money back.",
        ],
        confirm=[
            "{confirm:So the same payment has come out twice on the same day and you only made it once}, is that right?",
            "{confirm:Okay, so that's the one purchase charged to your card two times}, yeah?",
            "{confirm:Right, so the charge from Tuesday went through twice}, correct?",
        ],
        resolve=[
            "{resolve:I've raised a dispute on the second one and put a temporary credit on your account, so the money's back with you tonight}.",
            "Okay, {resolve:I've reversed the duplicate payment, it'll show as a refund within three working days}.",
        ],
        nores=["Hmm, right, leave it with me, I'll sort it.", "Okay... would you like me to raise a dispute on that?"],
    ),
    dict(
        key="overdraft_fee", cats=["billing", "refund"],
        prob=[
            "I've been charged an overdraft fee, twenty-five pounds, but I was only over for like a day, can you take it off please?",
            "Morning, so, bit of a silly one, my salary came in a day late this month, and I went into my overdraft for one night, and now there's a twenty-five pound fee. Is there any way to get that back?",
        ],
        angry=[
            "You've charged me twenty-five quid for being two pounds overdrawn for one night! Two pounds! That's daylight robbery and I want it refunded, and I want to complain about it.",
        ],
        confirm=[
            "{confirm:So you were in your overdraft for just one day and got a twenty-five pound fee for it}, and you'd like that taken off.",
            "{confirm:Got it, so the fee is for the one night you went over, because your salary came in late}.",
        ],
        resolve=[
            "{resolve:I've refunded the overdraft fee as a one-off, it'll be back in your account by tomorrow morning}.",
            "Right, {resolve:that twenty-five pounds is going back on your account now, you'll see it as a credit later today}.",
        ],
        nores=["Okay, I'll see what I can do about that.", "Do you want me to look into it, then?"],
        blame=["Well, the fee is there because you went over your limit, you should have kept an eye on your balance."],
    ),
    dict(
        key="mortgage_payment_up", cats=["billing"],
        prob=[
            "Hiya, I got my annual mortgage statement and the monthly payment's gone up by about eighty quid and nobody told me why.",
            "Hello there. I'm calling about my mortgage. The statement came this week and, um, it says my payments are going up, from six-forty to seven-twenty, and I just don't understand why.",
        ],
        angry=[
            "My mortgage payment's just gone up by eighty pounds a month with no warning whatsoever, I've got two kids, I can't just find eighty quid, nobody from your lot even bothered to write to me!",
        ],
        confirm=[
            "{confirm:So your mortgage statement shows the monthly payment going up by around eighty pounds and you've not been told the reason}.",
            "{confirm:So you'd like to know why the mortgage payment has jumped from six-forty to seven-twenty}, okay.",
        ],
        resolve=[
            "That's because your fixed rate ended in March and you moved onto our variable rate, and {resolve:I've booked you a call with a mortgage adviser on Thursday at ten to look at a new fixed rate}.",
            "{resolve:The increase is because the two-year fix finished last month; I've sent you a link to switch to a new fixed deal online, and if you switch before the fifteenth the old payment stays for this month}.",
        ],
        nores=["Okay, I'm honestly not sure about that one.", "Hmm, I'd have to look into that one."],
    ),
    dict(
        key="standing_order", cats=["payment"],
        prob=[
            "I want to set up a standing order to my landlord, eight hundred a month, going out on the first.",
            "Hi, I've just started renting a flat, and I need to pay the rent every month by standing order, eight hundred pounds, I've got the landlord's details here.",
        ],
        confirm=[
            "{confirm:So a monthly standing order of eight hundred pounds to your landlord, starting on the first}.",
            "{confirm:Okay, so you want your rent, eight hundred a month, going out automatically to the landlord's account}.",
        ],
        resolve=[
            "{resolve:That's all set up now, eight hundred pounds on the first of every month, the first one goes on the first of next month}.",
            "Lovely, {resolve:the standing order is in place, first payment on the first, and you'll get a text the day before it goes}.",
        ],
        nores=["Right, okay, I'll try to get that done.", "Okay, shall I set that up for you?"],
    ),
    dict(
        key="card_balance_pay", cats=["payment"],
        prob=[
            "I'd like to pay off my credit card, the full balance, from my current account please.",
            "G'day, I want to make a payment to my credit card, just the minimum for now, I'm a bit short till payday.",
        ],
        confirm=[
            "{confirm:So you'd like to pay the full credit card balance from your current account}.",
            "{confirm:Okay, so a payment of the minimum amount to the credit card today}, no worries.",
        ],
        resolve=[
            "{resolve:Done, I've paid the full balance of three hundred and ten pounds from your current account, your card's now at zero}.",
            "{resolve:That's gone through, the minimum payment of twenty-five pounds is paid, so you're all up to date for this month}.",
        ],
        nores=["Right, okay, I'll try and get that done.", "Would you like to do that today?"],
    ),
    dict(
        key="lost_card_abroad", cats=["card_lost"],
        prob=[
            "Hi, I'm on holiday in Portugal and I think I've lost my debit card, I've looked everywhere, the hotel, the bag, everything.",
            "Hello, I can't find my credit card. I had it at the restaurant last night and this morning it's gone. || I've rung the restaurant and they haven't got it either.",
        ],
        upset=[
            "I think my card's been stolen, someone took my bag on the train and I'm abroad and I've got no cash, I'm really panicking here.",
        ],
        confirm_mood=["{confirm:So your bag was taken on the train with your card in it, and you're abroad with no cash}."],
        resolve_mood=["{resolve:The card's stopped as of now, and I've arranged emergency cash you can pick up at a Western Union with the code I'm texting you}."],
        confirm=[
            "{confirm:So your debit card's gone missing while you're in Portugal and you haven't found it anywhere}.",
            "{confirm:So you last had the credit card at the restaurant last night and it's not turned up}.",
        ],
        resolve=[
            "{resolve:I've cancelled that card now so nobody can use it, and a new one's on its way to your home address, five working days}.",
            "{resolve:The card's stopped as of now, and I've arranged emergency cash you can pick up at a Western Union with the code I'm texting you}.",
        ],
        nores=["Okay, right, that's not good. Have you checked your bag again?", "I'll have a look at what we can do."],
        blame=["Honestly, you should have kept your card somewhere safer when you're travelling."],
    ),
    dict(
        key="stolen_wallet_fraud", cats=["card_lost", "fraud"],
        prob=[
            "My wallet was nicked last night, and I've just seen two payments on my card I didn't make, one at a petrol station and one online.",
            "Hi, um, so, my purse got taken at the market on Saturday, and now there's a payment for, like, two hundred pounds at an electronics shop that definitely wasn't me.",
        ],
        upset=[
            "Somebody stole my wallet and they've already spent money on my card, I'm shaking, I just don't know what to do.",
        ],
        angry=[
            "My wallet got stolen and some thief has spent three hundred quid on my card and your fraud system didn't even flag it! What's the point of it? I want this sorted and I want to complain.",
        ],
        confirm=[
            "{confirm:So your wallet was stolen and since then there are payments on the card that weren't you}.",
            "{confirm:So the card was taken with your purse on Saturday, and the two hundred pound payment at the electronics shop isn't yours}.",
        ],
        resolve=[
            "{resolve:I've stopped the card and raised a fraud claim for both payments; the money's been credited back while the fraud team investigate, and they'll contact you within two working days}.",
            "{resolve:The card is cancelled, a replacement is on its way, and the two hundred pounds is refunded under the fraud claim I've just opened}.",
        ],
        nores=["Okay, I'm not sure I can do much from here.", "Hmm, would you like me to put you through to someone?"],
        blame=["Well, to be fair, if your PIN was written down in the wallet, that's really your responsibility, not ours."],
    ),
    dict(
        key="unrecognised_online", cats=["fraud", "refund"],
        prob=[
            "There's a payment of a hundred and twenty pounds to some website I've never heard of, I didn't make it, and I want that money back.",
            "Yes, good morning, I am calling because there are three transactions on my account which I have not done, kindly reverse them, they are from some online gaming site.",
        ],
        angry=[
            "Somebody's taken a hundred and twenty quid off my card online and your lot let it through! Why didn't you stop it? I want my money back today.",
        ],
        confirm=[
            "{confirm:So there's an online payment of a hundred and twenty pounds you don't recognise, and you want it back}.",
            "{confirm:So three payments to a gaming website that you didn't make}, and you'd like them reversed.",
        ],
        resolve=[
            "{resolve:I've blocked the card and opened a fraud case, and the hundred and twenty pounds will be refunded to you within ten working days}.",
            "{resolve:All three transactions are disputed now and the amount has been credited back provisionally, and a new card will reach you in five days}.",
        ],
        nores=["Right, and you're sure it wasn't someone in your family?", "Okay, I'll look into those."],
        blame=["You must have saved your card on some dodgy site, so that's really down to you."],
    ),
    dict(
        key="app_crash", cats=["outage"],
        prob=[
            "Your app keeps crashing, every time I open it, it just closes, I've deleted it and put it back and everything.",
            "Hi there, so, the banking app on my phone, since the update yesterday it just shows a white screen and then it shuts, and I need to move some money today.",
        ],
        angry=[
            "Your app's been down all morning, I can't get into anything, I've got bills to pay and I'm sat here staring at a spinning wheel, it's an absolute joke of a service.",
        ],
        confirm_mood=["{confirm:So the app won't load at all this morning, it just sits on a spinning wheel}."],
        confirm=[
            "{confirm:So the app closes as soon as you open it, even after you've reinstalled it}.",
            "{confirm:Okay, so since yesterday's update the app just shows a white screen and shuts down}.",
        ],
        resolve=[
            "There's a known fault on the latest update, so {resolve:a fix is going out tonight; update the app tomorrow morning and it'll work, and until then you can log in on the website}.",
            "{resolve:I've moved the money for you from here, it's in your savings now, and the app fix is due by this evening}.",
        ],
        nores=["Hmm, apps can be funny like that.", "Okay, I'll pass that on."],
    ),
    dict(
        key="atm_froze", cats=["outage"],
        prob=[
            "The cash machine on the High Street just froze halfway through and kept my card and didn't give me any money.",
            ("Hello, so the ATM outside your branch in Leeds, it crashed while I was using it, and it's taken sixty pounds off my balance but no cash came out, I'd like that sixty back.", ["refund"]),
        ],
        angry=[
            "Your cash machine has just eaten my card and the screen's gone black, I'm stood here in the rain with no money, this is ridiculous, why don't you maintain these things?",
        ],
        confirm=[
            "{confirm:So the cash machine froze during your withdrawal and kept hold of your card, and no money came out}.",
            "{confirm:So the ATM crashed mid-withdrawal, you got no cash, but sixty pounds has left your balance}.",
        ],
        resolve=[
            "{resolve:I've cancelled the card the machine kept and ordered a new one, five working days, and I've reported the machine so the branch can fix it}.",
            "{resolve:I've raised a claim for the sixty pounds; once the machine is balanced tomorrow it goes back into your account, usually within two days}.",
        ],
        nores=["Okay, that does happen sometimes with the machines.", "Right, I'll let someone know."],
    ),
    dict(
        key="website_down_pay", cats=["outage", "payment"],
        prob=[
            "I'm trying to pay my council tax through your website and it just says service unavailable, it's been like that for two hours and the payment's due today.",
            "Hi, online banking's down for me, it won't load at all, and I need to pay my electrician today, four hundred and fifty pounds.",
        ],
        confirm=[
            "{confirm:So the website's showing service unavailable and you need your council tax payment to go today}.",
            "{confirm:So online banking won't load and you have to pay the electrician four hundred and fifty pounds today}.",
        ],
        resolve=[
            "{resolve:I can take that payment for you over the phone. Right, that's done, it's gone to the council today, and you'll see it on your account tonight}.",
            "{resolve:I've made the four hundred and fifty pound payment to the electrician from here, it's a faster payment so it'll be with them in minutes}.",
        ],
        nores=["Hmm, I'm not sure what's going on with it.", "Hmm, the website does go down sometimes."],
    ),
    dict(
        key="address_move", cats=["address_change"],
        prob=[
            "I've moved house and I need to update my address, and my new cards need to go to the new place.",
            "Hello, yes, I want to change my address on all my accounts please, we've moved to Bristol.",
        ],
        confirm=[
            "{confirm:So you've moved and you'd like the address on your accounts changed to the new one}.",
            "{confirm:Okay, so the address needs updating on all your accounts because you've moved to Bristol}.",
        ],
        resolve=[
            "{resolve:That's updated now, and any new cards and statements will go to the new address from today}.",
            "{resolve:I've changed it on the current account and the savings, and you'll get a letter at the new address confirming it within a week}.",
        ],
        nores=["Right, I'll have a look.", "Would you like to do that in a branch?"],
        decoy_readback="So that's 14 Mill Lane, Bristol, BS3 2AB.",
    ),
    dict(
        key="cancel_insurance", cats=["cancellation", "refund"],
        prob=[
            "I've got this travel insurance add-on with my account that I never use, I want to cancel it and get back what I've paid for the last two months.",
            "Hi, I'd like to cancel the phone insurance that comes with my account, I got a new phone on contract that already has insurance, and I'd like a refund for this month please.",
        ],
        confirm=[
            "{confirm:So you'd like the travel insurance on the account cancelled and a refund for the last two months}.",
            "{confirm:So you want the phone insurance add-on cancelled because your new contract covers it, and this month refunded}.",
        ],
        resolve=[
            "{resolve:I've cancelled the travel insurance from today and refunded the last two months, eighteen pounds, you'll see it in three to five days}.",
            "{resolve:The phone insurance is cancelled, and this month's payment is refunded, it'll be back by Friday}.",
        ],
        nores=["Hmm, I'm not sure that's something I can do.", "I'll see what's possible."],
    ),
    dict(
        key="close_savings", cats=["cancellation"],
        prob=[
            "I want to close my savings account and move everything into my current account please.",
            "Hello love, I've got an old savings account with you, I don't need it any more, I'd like to close it.",
        ],
        confirm=[
            "{confirm:So you'd like the savings account closed and the balance moved to your current account}.",
            "{confirm:So the old savings account isn't needed any more and you want it closed}.",
        ],
        resolve=[
            "{resolve:I've closed the savings account and moved the full balance to your current account, it's there now}.",
            "{resolve:That account is closed today, and the money, with the interest, has gone into your current account}.",
        ],
        nores=["Are you sure you want to close it?", "Okay, I'll see what I can do."],
    ),
    dict(
        key="bereavement", cats=["cancellation"],
        upset=[
            "My husband passed away three weeks ago and I need to close his account... sorry, this is hard.",
            "Hello, my mum died last month, and I'm her executor, and I need to close her accounts... I'm sorry, I'm not great at this.",
        ],
        confirm=[
            "{confirm:So you need your husband's account closed now that he's passed away}.",
            "{confirm:So as executor you need to close your mum's accounts}.",
        ],
        resolve=[
            "{resolve:I've put a bereavement marker on the account and I'm posting you a pack today; once you send us the death certificate, the team will close the account and pay the balance to you within ten working days}.",
            "{resolve:I've registered the bereavement, and a case manager will call you within two working days to take you through closing the accounts}.",
        ],
        nores=["Okay. I'll have to look into what happens next.", "Right, I'm not sure how that works."],
    ),
    dict(
        key="card_machine", cats=["outage"],
        prob=[
            "I run a café and the card machine you supplied keeps failing, every contactless payment errors out since this morning.",
            "Hi, it's the business account, our card terminal in the shop won't connect, it just says 'communication error'.",
        ],
        angry=[
            "Your card machine has been broken since seven this morning and I'm turning customers away! I pay you every month for this thing and it's useless, I want someone senior.",
        ],
        confirm=[
            "{confirm:So the card machine in your café is failing on contactless payments since this morning}.",
            "{confirm:So the shop terminal won't connect and keeps showing a communication error}.",
        ],
        resolve=[
            "{resolve:I've reset the terminal from our side; if it drops again an engineer is booked for eight tomorrow morning}.",
            "{resolve:I've sent a replacement terminal by courier, it'll be with you tomorrow before twelve}.",
        ],
        nores=["Okay, that's annoying.", "Right, I'll see what I can find out."],
    ),
    dict(
        key="topup_charged", cats=["billing", "refund"],
        prob=[
            "I topped up my mobile with my card, twenty pounds, the money's gone but the credit never showed up on my phone, I want the twenty back.",
            "Hello, I put a top-up on my phone using the card yesterday, and I've been charged for it, but there's no credit, so I'd like a refund.",
        ],
        confirm=[
            "{confirm:So twenty pounds left your account for a phone top-up but the credit never reached your phone}.",
            "{confirm:So you've been charged for yesterday's top-up but you didn't get the credit}.",
        ],
        resolve=[
            "{resolve:I've raised a claim with the network, and if the credit doesn't land in forty-eight hours the twenty pounds comes back to you automatically}.",
            "{resolve:I've refunded the top-up, it'll be back on the card in two to three days}.",
        ],
        nores=["Hmm, that's odd.", "Okay, I'll look into that."],
    ),
    dict(
        key="declined_abroad", cats=[],
        prob=[
            "My card's being declined in Spain, I tried in two shops and it just says declined, I've got money in there.",
            "Hi, I'm in Singapore on business, and my card got declined at the hotel check-in, which was, er, a bit embarrassing.",
        ],
        angry=[
            "Your bank has blocked my card in the middle of Spain and I've got no other way to pay! I told you I was travelling, this is useless, absolutely useless.",
        ],
        confirm=[
            "{confirm:So your card's being declined in shops in Spain even though there's money in the account}.",
            "{confirm:So the card was declined at your hotel in Singapore}.",
        ],
        resolve=[
            "Our fraud system stopped it because of the new location, so {resolve:I've removed the block and added a travel note, it'll work from now}.",
            "{resolve:I've taken the security block off, so if you try the card again now it'll go through}.",
        ],
        nores=["Hmm, odd.", "Right, not sure why that would be."],
        blame=["Well, that's because you didn't tell us you were travelling, you should have let us know before you went."],
    ),
    dict(
        key="locked_online", cats=[],
        prob=[
            "I can't log in to online banking, it says my account's locked, I think I put the wrong password in a few times.",
            "Hello, I'm locked out of internet banking, I tried my password three times and now it's locked.",
        ],
        confirm=[
            "{confirm:So online banking is locked after a few wrong password attempts}.",
            "{confirm:So you're locked out of internet banking after three tries}.",
        ],
        resolve=[
            "{resolve:I've unlocked it and sent a reset link to your email, you'll be able to set a new password from there}.",
            "{resolve:That's unlocked now, and you can log in with a temporary code I've just texted you}.",
        ],
        nores=["Hmm, okay, I'll sort that for you.", "Right, that happens."],
        blame=["That's on you, I'm afraid, you put the wrong password in three times."],
    ),
    dict(
        key="branch_complaint", cats=["complaint"],
        prob=[
            "I'd like to log a formal complaint please, about the branch in Croydon, I waited forty minutes and then they couldn't help me with a simple cheque.",
            "I want to make a complaint, and I'd like it escalated to a manager, about how my loan application was handled.",
        ],
        angry=[
            "I want to complain about your Croydon branch, the woman there was incredibly rude to me, I've never been treated like that, and I want it escalated!",
        ],
        confirm_mood=["{confirm:So a member of staff at the Croydon branch was rude to you and you want that escalated}."],
        confirm=[
            "{confirm:So you waited forty minutes in the Croydon branch and then the cheque couldn't be dealt with}, and you want that logged as a complaint.",
            "{confirm:So you're unhappy with how your loan application was handled and you'd like a manager to look at it}.",
        ],
        resolve=[
            "{resolve:I've logged your complaint and a complaints handler will call you within five working days; you'll get an acknowledgement letter this week}.",
            "{resolve:I've escalated this to the branch manager, and she'll phone you by Friday}.",
        ],
        nores=["Okay, I've noted that.", "Right. Anything you want me to pass on?"],
    ),
    dict(
        key="statements", cats=["billing"],
        prob=[
            "Could I get paper copies of my statements for the last six months? It's for my visa application.",
            "Hi, I need my bank statements from January to June printed and stamped for my mortgage broker.",
        ],
        confirm=[
            "{confirm:So you need six months of paper statements for your visa application}.",
            "{confirm:So stamped statements from January to June for your broker}.",
        ],
        resolve=[
            "{resolve:I've ordered the six months of statements, they'll be posted to you within seven days}.",
            "{resolve:Those are requested; they'll be ready to collect, stamped, from your branch on Monday}.",
        ],
        nores=["Hmm, okay, let me see.", "How many months did you say?"],
    ),
    dict(
        key="loan_settle", cats=["payment"],
        prob=[
            "I want to pay off my car loan early, can I get the settlement figure and pay it today?",
            "Hiya, I've come into a bit of money, and I'd like to pay a lump sum off my personal loan, like two thousand.",
        ],
        confirm=[
            "{confirm:So you'd like to settle the car loan in full today}.",
            "{confirm:So a two thousand pound overpayment on the personal loan}.",
        ],
        resolve=[
            "{resolve:Your settlement figure is six thousand one hundred and forty pounds; I've taken the payment from your current account and the loan is now closed}.",
            "{resolve:The two thousand is paid onto the loan, and your monthly payment drops from next month, I'll send you the new schedule}.",
        ],
        nores=["Hmm, okay, I'd have to check how that works.", "Would you like to do that?"],
    ),
    dict(
        key="salary_switch", cats=[],
        prob=[
            "I'm changing jobs, and I want my salary paid into my account here, what details do I give my employer?",
            "Hello, my new employer has asked for my bank details for payroll, can you remind me what they need?",
        ],
        confirm=[
            "{confirm:So you want your new salary paid into this account and you need the details for your employer}.",
            "{confirm:So payroll needs your bank details for your salary}.",
        ],
        resolve=[
            "{resolve:I've texted you your sort code and account number; give those to payroll and that's all they need}.",
            "{resolve:I've emailed you a letter with your account details on our letterhead, you can forward that to HR}.",
        ],
        nores=["Hmm, good question, let me think.", "Okay, I'll look into that for you."],
    ),
    dict(
        key="ewallet_link", cats=["outage"],
        prob=[
            "I'm trying to add my card to my phone wallet and it keeps saying 'something went wrong, try again later', I've tried about ten times since yesterday.",
            "Hi, so Google Pay won't accept my Acme card, it gets to the verification bit and then just errors out.",
        ],
        confirm=[
            "{confirm:So adding your card to the phone wallet keeps failing with a 'something went wrong' error}.",
            "{confirm:So the card won't go onto Google Pay, it fails at the verification step}.",
        ],
        resolve=[
            "{resolve:There was a fault on our side with the verification, it's fixed as of this morning, so if you try again now it'll go through}.",
            "{resolve:I've sent you a verification code by text; enter that in the wallet and the card will be added}.",
        ],
        nores=["Hmm, might be your phone.", "Okay, I'll have a look sometime."],
    ),
    dict(
        key="annual_fee_cancel", cats=["billing", "refund", "cancellation"],
        prob=[
            "There's a ninety-five pound annual fee on my credit card that I didn't know about, I want it refunded and I want to cancel the card.",
            "Hi, I've just seen the annual fee on my statement for the premium card, I never wanted a premium card, so refund that and close it please.",
        ],
        angry=[
            "You've slapped a ninety-five pound fee on my card without telling me! I want that money back and I want the card cancelled, I'm sick of being ripped off.",
        ],
        confirm=[
            "{confirm:So you didn't know about the ninety-five pound annual fee, and you want it refunded and the card closed}.",
            "{confirm:So you'd like the premium card's annual fee refunded and the card cancelled}.",
        ],
        resolve=[
            "{resolve:I've refunded the annual fee and closed the card; you'll get a letter confirming the account's closed with a zero balance}.",
            "{resolve:The fee is refunded today and the card is cancelled, so please cut it up}.",
        ],
        nores=["Okay, let me see about that.", "Are you sure you want to close it?"],
        blame=["You should have read the terms, the annual fee is clearly in there."],
    ),
]

EN = dict(
    greet=["Good morning", "Good afternoon", "Hello", "Hi there", "Hiya", "Morning", "Good evening", "Hi, good morning", "Hello and good afternoon"],
    greet_company=[
        "{greet:Thank you for calling} {company:Acme Bank}",
        "{greet:Welcome to} {company:Acme Bank}",
        "{greet:Thanks for calling} {company:Acme Bank} customer services",
        "{greet:Good morning} and {greet:welcome to} {company:Acme Bank}",
        "{greet:Hello}, {company:Acme Bank} cards team",
        "{greet:Hi}, you're through to {company:Acme Bank}",
    ],
    company=["{company:Acme Bank}", "{company:Acme Bank} customer services", "{company:Acme Bank}, mortgages", "{company:Acme Bank} business banking", "you're through to {company:Acme Bank}", "{company:Acme} customer service"],
    intro=[
        "my name's {intro:$name}", "you're speaking with {intro:$name}", "{intro:$name speaking}", "this is {intro:$name}",
        "you've got {intro:$name} on the line", "{intro:$name} with you today", "I'm {intro:$name}", "it's {intro:$name} here",
        "{intro:$full speaking}", "my name is {intro:$name}",
    ],
    offer=[
        "{offer:how can I help you today}?", "{offer:how may I help}?", "{offer:what can I do for you}?", "{offer:how can I help}?",
        "{offer:what can I help you with today}?", "{offer:how can I be of assistance}?", "{offer:what can I do for you this morning}?",
        "{offer:how can I help you this afternoon}?",
    ],
    trainee_open=[
        "Um, {greet:good morning}, thank- sorry. {greet:Thank you for calling} {company:Acme Bank}, my name's, uh, {intro:my name is $name}, {offer:how can I help you today}?",
    ],
    cust_hello=["Oh hi, hello.", "Hiya.", "Hi, yeah, hello.", "Hello? Oh, hi.", "Hi there."],
    backch=["Mm-hm.", "Okay.", "Right.", "Yeah.", "Sure.", "Uh-huh."],
    idcheck=[
        ("Before I go into the account, can I confirm your full name and date of birth please?", "Yeah, it's $cfull, twelfth of March, nineteen eighty-four."),
        ("Can I just take the first line of your address and your postcode?", "It's 22 Elm Road, M14 5QT."),
        ("Okay, for security, can you tell me the last four digits of the card?", "Er, 7731."),
        ("Could I have your sort code and account number, please?", "Yeah, 20-45-77, and it's 3301 8842."),
        ("And just for security, what's your date of birth?", "Fourth of July, seventy-nine."),
        ("What's the postcode on the account?", "LS6 2AB."),
    ],
    idok=["Lovely, {thanks:thank you}, that's you through security.", "Perfect, {thanks:thanks} for that.", "Great, that's all verified.", "Okay, that matches, {thanks:thank you}."],
    hold_start=["Let me just check that for you, bear with me a moment.", "Can I pop you on hold for a minute while I look into that?", "Right, one second, let me pull that up.", "Give me two minutes, I'm just going to check with my team."],
    hold_end=["{thanks:Thanks for holding}, $cn.", "{thanks:Thank you for waiting}.", "Sorry to keep you, {thanks:thanks for your patience}.", "Hi, are you still there? {thanks:Thanks for holding}."],
    cust_hold_ok=["Yeah, no problem.", "Sure.", "That's fine.", "Okay."],
    emp=[
        "{emp:I'm really sorry to hear that}.", "{emp:Oh no, that sounds really stressful, I'm sorry}.",
        "{emp:I completely understand how frustrating that must be}.", "{emp:I can hear how upset you are, and honestly I'd feel the same}.",
        "{emp:That's awful, I'm so sorry you've had to deal with that}.", "{emp:Gosh, that sounds like a horrible morning}, I'm sorry.",
        "{emp:I totally get why you're angry}.", "{emp:I'm sorry, that's really not the experience you should be having}.",
        "{emp:I'm extremely sorry for the inconvenience caused to you}.", "Oh, {emp:that's really rubbish, I'm sorry you're dealing with that}.",
        "{emp:I'd be frustrated too, I'm sorry}.",
    ],
    emp_bereave=["{emp:I'm so sorry for your loss}.", "{emp:I'm very sorry to hear that, please take all the time you need}.", "Oh, {emp:I'm so sorry, that must be a really difficult time for you}."],
    emp_upset=["{emp:Oh dear, I'm sorry, that's really worrying}.", "{emp:I'm sorry, that must be really frightening}.", "{emp:I understand how worrying that is}, don't worry, we'll get this sorted."],
    nonemp=["Okay. Can I take your account number?", "Right. What's the date of birth on the account?", "Okay, and when was this?", "Mm-hm. Let me bring the account up.", "Okay. And your postcode please?", "Right. Which card is it?"],
    amb=["{amb:I understand}.", "{amb:Okay, I hear you}.", "{amb:Sorry about that}."],
    bank_apology=["{amb:I'm sorry, that's our mistake}, that payment should never have gone out twice.", "{amb:Sorry, that's an error on our side}, it shouldn't have happened.", "{amb:Apologies, that one's down to us}, the system applied it wrongly."],
    cust_angry_more=["And I've been on hold for twenty minutes just to get through to you!", "Honestly, I'm fuming, this keeps happening.", "It's just not good enough, is it?", "I've rung three times already about this!"],
    cust_calm=["Okay. Thank you.", "Right, okay.", "Fine.", "Yeah, okay."],
    interrupt_lines=["Sorry, can I just get your account number first?", "Okay, okay, let me stop you there-", "Right, if I can just-", "Can I just jump in there, what's the card number?"],
    cust_continue_angry=["No, let me finish! I've been waiting all week for this.", "I haven't finished! Nobody ever listens at this bank!", "Excuse me, I was talking!"],
    late_empathy=["{emp:I'm sorry you've been through all that}, by the way.", "{emp:And I'm sorry, I know today's been a horrible day for you}."],
    blame_generic=[
        ("Why is this so complicated?", "Because you didn't give us the right details in the first place, that's why, it's your mistake."),
        ("So why didn't this get sorted last time?", "Well, you didn't listen to what my colleague told you last time, that's why it's gone wrong."),
        ("Can't you just sort it out?", "I could if you'd filled the form in properly, this one's down to you, not us."),
    ],
    rude=[
        ("Sorry, could you say that again?", "{rude:Ugh, I haven't got all day}, it's the sort code, the six digits."),
        ("I'm just not sure I understand.", "{rude:Whatever}, I can only tell you what it says on the screen."),
        ("But what am I supposed to do?", "{rude:That's not my problem}, you'll have to take it up with them."),
        ("Hang on, can you repeat the reference?", "{rude:Are you stupid}? I just said it, it's on the text."),
        ("I'm sorry, I'm a bit confused.", "{rude:Stop wasting my time}, do you want it done or not?"),
        ("Can you just explain that bit once more?", "{rude:Look, calm down}, I've explained it already."),
    ],
    prof=[
        "{prof:Oh shit}, sorry, my screen's just frozen.", "{prof:Bloody system's} logged me out again, hang on.",
        "{prof:Damn it}, it's timed out, one sec.", "{prof:This fucking thing}, sorry, sorry, the computer's really slow today.",
        "{prof:Oh for fuck's sake}, it's crashed.", "{prof:Piece of shit computer}, sorry about that.",
    ],
    card=[
        ("It's 4929 6613 0458 2271, expiry oh-nine twenty-seven.", "{card:So I've got the card number as 4929 6613 0458 2271}, expiry oh-nine twenty-seven, is that right?", "Yes, that's it."),
        ("Four nine two nine, six six one three, oh four five eight, two two seven one.", "Let me read that back, {card:four nine two nine, six six one three, oh four five eight, two two seven one}.", "Yep."),
        ("", "{card:And the security code on the back is 318}, yeah?", "Er, yes."),
        ("Yeah, 5412 7788 3094 6620.", "{card:Okay, so that's 5412 7788 3094 6620}, correct?", "That's right."),
        ("4539 1102 8876 3345, and the back is 907.", "{card:Right, the long number is 4539 1102 8876 3345 and the three digits on the back are 907}.", "Yes."),
    ],
    card_decoy=[
        ("That's the card ending 2271, yes?", "Yes."),
        ("I'll text you the reference, it's 88 1042.", "Okay."),
        ("I've got your mobile as ending 4821, is that still right?", "Yeah."),
        ("Sort code 20-45-77, account ending 318.", "That's the one."),
    ],
    anyelse=[
        "{anyelse:Is there anything else I can help you with today}?", "{anyelse:Anything else I can do for you}?", "{anyelse:Was there anything else}?",
        "{anyelse:Can I help with anything else while you're through}?", "{anyelse:Is there anything else at all}?",
        "{anyelse:Is that everything for you today, or was there something else}?", "{anyelse:Anything else I can sort out for you}?",
    ],
    not_anyelse=["Does that all make sense?", "Okay, so that's all done for you.", "Right, you're all set."],
    cust_nothing=["No, that's all, thanks.", "No, that's everything, cheers.", "Nope, you've been really helpful.", "No thank you, that's it.", "No, that's it, no worries.", "No, that will be all, thank you."],
    thanks=[
        "{thanks:Thanks for calling} {company:Acme Bank}", "{thanks:Thank you for your call}", "{thanks:Thanks so much for your patience today}",
        "{thanks:Thank you for calling}", "{thanks:Cheers for calling}", "{thanks:Thanks, $cn}", "{thanks:Thank you for being so understanding}",
        "{thanks:Thanks for getting in touch}",
    ],
    bye=["{bye:bye now}", "{bye:goodbye}", "{bye:bye bye}", "{bye:take care, bye}", "{bye:have a lovely day, bye}", "{bye:cheerio}", "{bye:bye for now}", "{bye:see ya}"],
    welcome=["You're welcome.", "No worries at all.", "My pleasure.", "No problem."],
    cust_bye=["Bye.", "Okay, bye.", "Cheers, bye bye.", "Thanks, bye.", "Bye now."],
    cust_thanks_bye=["Brilliant, thanks so much.", "Great, thank you.", "Lovely, thanks.", "Thanks a lot, really helpful."],
    react_good=["Oh brilliant, thank you.", "Okay, great.", "That's a relief, thanks.", "Perfect.", "Oh, that's good, thank you so much.", "Awesome, no worries."],
    react_nores=["Okay... I'll ring back when I've got more info, I suppose.", "Right. I'll just go into the branch then.", "Okay, well, I'll call back tomorrow.", "Right... so nothing's happening today then."],
    name_decoy=["Oh hi, is that $name? You helped me last week.", "Hi $name, it's me again."],
    late_intro=["Sorry, I should have said, I'm {intro:$name}, by the way.", "And I'm {intro:$name} if you need to call back."],
    late_company=["Here at {company:Acme Bank} we can do that for you."],
    late_greet_pre=["Sorry, one second please, my screen's just loading.", "Bear with me one moment, please."],
    late_greet=["{greet:Hello}, sorry about that, {offer:how can I help}?", "{greet:Hi there}, sorry for the wait, {offer:what can I do for you}?"],
    late_greet_nooffer=["{greet:Hello}, sorry about that.", "{greet:Hi there}, sorry for the wait."],
    late_offer=["So, {offer:how can I help you with it today}?"],
    cust_jump=["Hi, yeah, I'm calling because-", "Hi, right, so-"],
    gbr_after=[
        "Oh, {greet:hello}, this is {company:Acme Bank}, sorry, I jumped straight in there, {intro:$name speaking}, {offer:how can I help you today}?",
        "Sorry, {greet:good morning}! I'm {intro:$name} from {company:Acme Bank}, your case was passed over to me. {offer:What can I do for you}?",
    ],
    gbr_cust=["Oh! Great, sorry, who is this?", "Oh, lovely, thank you. Sorry, who am I speaking to?"],
    gbr_cust2=["Well, you just did, really! But yes, I wanted to double check it's sorted.", "Ha, you've already helped. I just want to be sure it's right."],
    ramble=[
        "And the thing is, I only noticed because my daughter was looking at the app for me, I'm not very good with it.",
        "Sorry, I'm rambling, it's been a long week.",
        "I did try ringing yesterday but I had to go to work.",
        "Anyway, my neighbour said I should ring you straight away.",
    ],
    relative=("Hang on, my son's here, he's better with this, I'll pass you over.", "Hi, yeah, I'm the son, I'm on the account as well, so I can talk for us."),
    cust_hold=("Hold on, let me just find my card.", "Sorry, I'm back, I've got it now."),
    small=[
        ("Sorry about the noise, I'm at the train station.", "No problem at all."),
        ("It's been one of those days.", "Ah, I know the feeling."),
        ("Is it busy there today?", "Oh, it's been a busy one, yeah."),
    ],
)


# --------------------------------------------------------------------------------------
# Vietnamese content ($kh: how the agent addresses the customer, $kh0: before knowing who
# calls, $toi: the customer's "I", $ban: the customer's word for the agent). A pool item
# starting "N:" is northern speech, "S:" southern; others fit both.
# --------------------------------------------------------------------------------------

VI_AGENTS = [
    "Nguyễn Thị Lan", "Trần Văn Hùng", "Lê Thị Mai", "Phạm Minh Tuấn", "Hoàng Thu Trang",
    "Võ Thanh Tâm", "Đặng Ngọc Hân", "Bùi Quốc Bảo", "Đỗ Thùy Linh", "Ngô Văn Phúc",
    "Huỳnh Kim Ngân", "Phan Thị Hồng", "Vũ Đức Anh", "Lý Minh Khoa", "Trịnh Thu Hà",
    "Dương Thị Yến", "Mai Văn Lộc", "Châu Ngọc Thảo",
]
VI_CUSTOMERS = [
    ("chị", "Hoa", "Trần Thị Hoa"), ("anh", "Minh", "Lê Quang Minh"), ("chị", "Thu", "Nguyễn Thị Thu"),
    ("anh", "Dũng", "Phạm Tiến Dũng"), ("chị", "Vy", "Đoàn Tường Vy"), ("anh", "Sơn", "Hồ Thanh Sơn"),
    ("chị", "Nga", "Bùi Thúy Nga"), ("anh", "Khánh", "Võ Duy Khánh"), ("chị", "Phương", "Lê Thanh Phương"),
    ("anh", "Tài", "Nguyễn Hữu Tài"), ("chị", "My", "Trương Diễm My"), ("anh", "Quân", "Đinh Văn Quân"),
]
VI_COMPANY = ["ngân hàng ABC", "ngân hàng ABC", "ngân hàng A B C", "ngân hàng ây bi xi", "tổng đài ngân hàng ABC"]

VI_SCEN: list[dict] = [
    dict(
        key="lua_dao_otp", cats=["fraud"],
        prob=[
            "Em ơi, sáng nay có người gọi xưng là nhân viên ngân hàng, $toi lỡ đọc mã OTP cho họ, giờ tài khoản bị chuyển mất mười triệu sang một tài khoản lạ.",
            ("N:Chị bị lừa rồi em ạ, có người gọi bảo cập nhật thông tin, chị đọc mã OTP, giờ bị trừ hai lần tiền mà chị không hề chuyển, em lấy lại tiền giúp chị với.", ["refund"]),
        ],
        upset=["Em ơi chị bị lừa mất mười triệu rồi, người ta giả làm nhân viên ngân hàng, tiền đó chị để đóng học cho con, chị hoảng quá."],
        confirm=[
            "{confirm:Dạ vậy là có người giả danh nhân viên ngân hàng lấy mã OTP của $kh và chuyển mười triệu sang tài khoản lạ} ạ.",
            "{confirm:Dạ em hiểu là sau khi $kh đọc mã OTP cho người gọi, tài khoản bị trừ hai giao dịch $kh không thực hiện} ạ.",
        ],
        confirm_mood=["{confirm:Dạ vậy là $kh bị người giả danh nhân viên ngân hàng lừa chuyển mất mười triệu} ạ."],
        resolve=[
            "{resolve:Dạ em đã khóa tài khoản và ngân hàng điện tử, chuyển hồ sơ sang bộ phận phòng chống gian lận, $kh mang căn cước ra chi nhánh làm đơn tra soát trong hôm nay ạ}.",
            "{resolve:Dạ em đã tạm khóa tài khoản, lập yêu cầu tra soát hai giao dịch, trong bảy ngày làm việc bên em sẽ báo kết quả cho $kh ạ}.",
        ],
        nores=["Dạ vậy hả $kh, giờ thì khó lắm ạ.", "Dạ $kh chắc là đã đọc OTP cho họ hả $kh?"],
        blame=["Dạ tại $kh đọc OTP cho người lạ thì lỗi là ở $kh chứ ngân hàng không chịu trách nhiệm được ạ."],
    ),
    dict(
        key="mat_dien_thoai_the", cats=["card_lost"],
        prob=[
            "Em ơi $toi bị mất điện thoại, cái thẻ ATM kẹp trong ốp lưng luôn, em khóa thẻ giúp $toi với.",
            "S:Em ơi chị làm rớt cái bóp đâu mất rồi, trong đó có hai cái thẻ của ngân hàng mình đó.",
        ],
        upset=["Em ơi chị vừa bị giật điện thoại ngoài đường, thẻ kẹp trong ốp lưng, chị sợ quá em ơi."],
        confirm=[
            "{confirm:Dạ vậy là $kh bị mất điện thoại và thẻ ATM kẹp trong ốp lưng, cần khóa thẻ ngay} ạ.",
            "{confirm:Dạ em hiểu là $kh làm rơi bóp có hai thẻ của ngân hàng em} ạ.",
        ],
        confirm_mood=["{confirm:Dạ vậy là $kh bị giật điện thoại có kẹp thẻ trong ốp lưng} ạ."],
        resolve=[
            "{resolve:Dạ em đã khóa thẻ cho $kh rồi ạ, $kh mang căn cước ra chi nhánh gần nhất làm lại thẻ, khoảng năm ngày là có thẻ mới}.",
            "{resolve:Dạ cả hai thẻ đã được khóa, em đã đăng ký phát hành lại, thẻ mới sẽ gửi về địa chỉ của $kh trong bảy ngày ạ}.",
        ],
        nores=["Dạ $kh tìm kỹ lại chưa ạ?", "Dạ $kh có muốn khóa thẻ không ạ?"],
    ),
    dict(
        key="doi_dia_chi_the_het_han", cats=["address_change"],
        prob=[
            "Em ơi thẻ của $toi sắp hết hạn, mà $toi chuyển nhà rồi, em đổi địa chỉ giúp $toi để thẻ mới gửi về nhà mới nha.",
            "S:Dạ em ơi, má chị mới dọn về ở với chị, chị muốn đổi địa chỉ nhận thư của má về nhà chị, má đang ngồi đây nè.",
        ],
        confirm=[
            "{confirm:Dạ vậy là thẻ của $kh sắp hết hạn và $kh cần đổi địa chỉ để thẻ mới gửi về nhà mới} ạ.",
            "{confirm:Dạ em hiểu là bác đã chuyển về ở cùng $kh nên cần đổi địa chỉ nhận thư về nhà $kh} ạ.",
        ],
        resolve=[
            "{resolve:Dạ em đã cập nhật địa chỉ mới, thẻ gia hạn sẽ gửi về địa chỉ này vào cuối tháng ạ}.",
            "{resolve:Dạ bác chỉ cần mang căn cước ra chi nhánh gần nhà $kh để ký xác nhận đổi địa chỉ, mười phút là xong ạ}.",
        ],
        nores=["Dạ để em xem.", "Dạ $kh đọc lại địa chỉ giúp em?"],
    ),
    dict(
        key="tru_tien_hai_lan", cats=["billing", "refund"],
        prob=[
            "Em ơi, $toi kiểm tra app thì thấy giao dịch mua hàng ở siêu thị bị trừ tiền hai lần, mỗi lần tám trăm năm chục nghìn, mà $toi chỉ quẹt thẻ có một lần thôi, em hoàn lại giúp $toi một lần nha.",
            "N:Vâng, chào em, chị muốn hỏi là hôm qua chị thanh toán tiền học cho con, ba triệu hai, mà tài khoản bị trừ hai lần ấy. || Chị chỉ đóng một lần thôi, em xem lại rồi trả lại chị khoản kia nhé.",
        ],
        angry=[
            "Ngân hàng làm ăn kiểu gì vậy, trừ tiền của tôi hai lần, giờ tài khoản âm luôn rồi, tôi muốn lấy lại tiền ngay, lần thứ hai rồi đó, quá tệ!",
        ],
        confirm_mood=["{confirm:Dạ em hiểu là một giao dịch mà tài khoản của $kh bị trừ tiền hai lần, giờ tài khoản bị âm} ạ."],
        confirm=[
            "{confirm:Dạ vậy là thẻ của $kh bị trừ tiền hai lần cho cùng một giao dịch ở siêu thị phải không ạ}?",
            "{confirm:Dạ em hiểu là $kh chỉ thanh toán một lần mà tài khoản bị trừ hai lần} đúng không ạ?",
            "{confirm:Dạ tức là tiền học của bé bị trừ hai lần, ba triệu hai mỗi lần}, $kh cần hoàn lại một lần ạ.",
        ],
        resolve=[
            "{resolve:Dạ em đã tạo yêu cầu tra soát và hoàn lại khoản trừ thừa, trong vòng ba ngày làm việc tiền sẽ về lại tài khoản của $kh ạ}.",
            "{resolve:Em đã hoàn lại khoản bị trừ dư cho $kh rồi nha, tối nay $kh kiểm tra là thấy tiền về}.",
        ],
        nores=["Dạ để em xem.", "Dạ $kh có muốn em tạo yêu cầu tra soát không ạ?"],
    ),
    dict(
        key="phi_thuong_nien", cats=["billing", "refund"],
        prob=[
            "Cho $toi hỏi sao thẻ tín dụng của $toi bị trừ phí thường niên năm trăm nghìn vậy, lúc mở thẻ nhân viên nói là miễn phí năm đầu mà, em hoàn lại giúp $toi nha.",
            "S:Dạ em ơi, chị thấy sao kê tháng này có cái phí gì tới ba trăm ngàn á, chị đâu có đăng ký gì đâu, em coi trả lại chị nha.",
        ],
        angry=[
            "Tôi đã được hứa miễn phí năm đầu mà giờ ngân hàng tự ý trừ năm trăm nghìn, vậy là lừa khách hàng chứ còn gì nữa, tôi muốn khiếu nại!",
        ],
        confirm=[
            "{confirm:Dạ vậy là thẻ tín dụng của $kh bị thu phí thường niên năm trăm nghìn trong khi được tư vấn là miễn phí năm đầu} ạ.",
            "{confirm:Dạ em hiểu là trên sao kê có khoản phí ba trăm nghìn mà $kh không đăng ký dịch vụ nào} đúng không ạ?",
        ],
        resolve=[
            "{resolve:Dạ em đã hoàn phí thường niên cho $kh, khoản này sẽ được ghi có vào thẻ trong kỳ sao kê tới ạ}.",
            "{resolve:Dạ đó là phí tin nhắn SMS, em đã hủy dịch vụ và hoàn lại ba trăm nghìn cho $kh, hai ngày nữa tiền về ạ}.",
        ],
        nores=["Dạ để em kiểm tra sau nha.", "Dạ $kh muốn em hoàn phí hả $kh?"],
        blame=["Dạ cái này là do $kh không đọc kỹ điều khoản khi ký hợp đồng thôi ạ, trong đó ghi rõ rồi."],
    ),
    dict(
        key="chuyen_tien_tet", cats=["outage", "refund"],
        prob=[
            "Em ơi, $toi chuyển tiền thưởng Tết về cho bố mẹ ở quê năm triệu, cái app báo lỗi giao dịch mà tiền vẫn bị trừ rồi, em hoàn lại cho $toi với.",
            "N:Chị chuyển khoản mười triệu biếu ông bà dịp Tết mà ứng dụng cứ quay quay rồi báo giao dịch không thành công, nhưng tài khoản thì trừ mất tiền rồi em ạ, chị muốn lấy lại tiền.",
        ],
        angry=[
            "Cái app của các người lỗi đúng dịp Tết, tiền trừ rồi mà người nhận không nhận được, tôi gọi mấy lần rồi không ai giải quyết, tôi muốn lấy lại tiền ngay!",
        ],
        confirm_mood=["{confirm:Dạ vậy là app bị lỗi khi $kh chuyển tiền dịp Tết, tài khoản đã trừ tiền mà người nhận chưa nhận được} ạ."],
        confirm=[
            "{confirm:Dạ vậy là app báo lỗi khi $kh chuyển năm triệu về quê nhưng tài khoản vẫn bị trừ tiền} phải không ạ?",
            "{confirm:Dạ em hiểu là giao dịch mười triệu báo không thành công mà tiền đã bị trừ, $kh cần lấy lại khoản đó} ạ.",
        ],
        resolve=[
            "{resolve:Dạ em đã tra soát, giao dịch bị treo do lỗi hệ thống và tiền đã hoàn về tài khoản của $kh rồi ạ, $kh có thể chuyển lại ngay}.",
            "{resolve:Dạ em đã lập yêu cầu hoàn tiền, trong vòng hai mươi bốn giờ tiền sẽ về lại tài khoản $kh và em sẽ nhắn tin báo cho $kh ạ}.",
        ],
        nores=["Dạ em sẽ xử lý ạ.", "Dạ để em ghi nhận đã."],
    ),
    dict(
        key="mat_the", cats=["card_lost"],
        prob=[
            "A lô em ơi, $toi bị mất cái ví rồi, trong đó có thẻ ATM của ngân hàng mình, em khóa thẻ giúp $toi với.",
            "N:Em ơi chị không tìm thấy thẻ tín dụng đâu cả, hình như chị để quên ở quán ăn tối qua, em khóa giúp chị nhé.",
        ],
        upset=[
            "Em ơi chị bị giật túi ở chợ Bến Thành, mất hết thẻ với giấy tờ rồi, chị run quá em ơi, giờ chị không biết làm sao.",
        ],
        confirm_mood=["{confirm:Dạ vậy là $kh bị giật túi ở chợ Bến Thành, mất cả thẻ và giấy tờ} ạ."],
        confirm=[
            "{confirm:Dạ vậy là $kh bị mất ví có thẻ ATM bên em và cần khóa thẻ ngay} phải không ạ?",
            "{confirm:Dạ em hiểu là $kh để quên thẻ tín dụng ở quán ăn tối qua và không tìm lại được} ạ.",
        ],
        resolve=[
            "{resolve:Dạ em đã khóa thẻ cho $kh rồi ạ, $kh mang căn cước ra chi nhánh gần nhất để làm lại thẻ mới nha}.",
            "{resolve:Dạ thẻ đã được khóa vĩnh viễn, em đã đăng ký phát hành thẻ mới, bảy ngày làm việc thẻ sẽ gửi về địa chỉ của $kh ạ}.",
        ],
        nores=["Dạ $kh có muốn khóa thẻ không ạ?", "Dạ để em xem đã."],
        blame=["Dạ tại $kh tự làm mất thẻ thì $kh phải tự chịu thôi, bên em không có lỗi gì hết."],
    ),
    dict(
        key="giao_dich_la", cats=["fraud"],
        prob=[
            "$Toi vừa nhận tin nhắn bị trừ hai triệu ba cho một giao dịch online mà $toi không hề thực hiện, $toi cũng không cho ai mã OTP cả.",
            ("S:Em ơi, tài khoản chị tự nhiên bị trừ ba lần, mỗi lần một triệu, ở trang web gì đó chị hổng biết luôn, chị muốn lấy lại tiền.", ["refund"]),
        ],
        upset=["Em ơi, tài khoản tôi bị trừ hai triệu ba cho một giao dịch online mà tôi không làm gì hết, tôi cũng không đưa OTP cho ai, tôi lo quá."],
        angry=["Tài khoản tôi bị trừ tiền mà ngân hàng không chặn, bảo mật kiểu gì vậy, tôi mất hai triệu ba rồi đó, trách nhiệm của ngân hàng đâu!"],
        confirm=[
            "{confirm:Dạ vậy là có một giao dịch online hai triệu ba mà $kh không thực hiện và không cung cấp OTP cho ai} ạ.",
            "{confirm:Dạ em hiểu là có ba giao dịch một triệu ở một trang web lạ mà $kh không biết} phải không ạ?",
        ],
        resolve=[
            "{resolve:Dạ em đã khóa thẻ và chuyển hồ sơ sang bộ phận tra soát gian lận, trong năm ngày làm việc bên em sẽ gọi lại kết quả cho $kh ạ}.",
            "{resolve:Dạ em đã tạm khóa tài khoản và lập yêu cầu khiếu nại giao dịch, $kh ra chi nhánh ký xác nhận để bên em hoàn tiền trong mười ngày ạ}.",
        ],
        nores=["Dạ vậy hả $kh, chắc ai đó trong nhà dùng thẻ đó ạ?", "Dạ để em xem đã."],
        blame=["Chắc là $kh đã bấm vào đường link lạ rồi đưa OTP thôi, lỗi là ở $kh chứ bên em không chịu trách nhiệm được."],
    ),
    dict(
        key="otp_khong_ve", cats=["outage"],
        prob=[
            "Em ơi cái OTP không về điện thoại $toi, $toi chuyển khoản mấy lần rồi mà cứ báo hết thời gian.",
            "S:Em ơi sao cái mã OTP nó hổng về vậy nè, chị bấm gửi lại chục lần rồi á.",
        ],
        angry=["Cả buổi sáng không nhận được OTP, tôi cần chuyển tiền gấp mà hệ thống nhà các người lúc nào cũng lỗi, bực mình quá!"],
        confirm=[
            "{confirm:Dạ vậy là khi chuyển khoản $kh không nhận được mã OTP và giao dịch báo hết thời gian} ạ.",
            "{confirm:Dạ em hiểu là mã OTP không gửi về điện thoại dù $kh đã bấm gửi lại nhiều lần} ạ.",
        ],
        resolve=[
            "{resolve:Dạ bên em có sự cố với nhà mạng, kỹ thuật đã khắc phục xong rồi ạ, $kh thử lại bây giờ là nhận được OTP nha}.",
            "{resolve:Dạ em đã chuyển $kh sang nhận mã qua Smart OTP trên app, $kh vào mục cài đặt kích hoạt là dùng được ngay ạ}.",
        ],
        nores=["Dạ chắc do sóng điện thoại thôi ạ.", "Dạ em ghi nhận ạ."],
    ),
    dict(
        key="atm_nuot_the", cats=["outage"],
        prob=[
            "Cây ATM ở đường Láng nó bị treo, nuốt luôn thẻ của $toi, mà tiền cũng không nhả ra em ạ.",
            ("S:Em ơi cây ATM ở chợ Bà Chiểu nó đứng hình rồi tắt luôn, bị trừ hai triệu mà hổng ra tiền, em trả lại chị nha.", ["refund"]),
        ],
        angry=["Cây ATM của ngân hàng các người nuốt thẻ tôi giữa trời mưa, màn hình tắt ngóm, bảo trì kiểu gì vậy, tôi muốn khiếu nại!"],
        confirm_mood=["{confirm:Dạ vậy là cây ATM bị tắt màn hình và giữ thẻ của $kh} ạ."],
        confirm=[
            "{confirm:Dạ vậy là cây ATM ở đường Láng bị treo và giữ thẻ của $kh, không nhả tiền} phải không ạ?",
            "{confirm:Dạ em hiểu là máy ATM ở chợ Bà Chiểu bị lỗi, tài khoản bị trừ hai triệu nhưng $kh không nhận được tiền} ạ.",
        ],
        resolve=[
            "{resolve:Dạ em đã ghi nhận sự cố, thẻ bị giữ sẽ chuyển về chi nhánh Đống Đa, $kh mang căn cước qua nhận lại sau hai ngày làm việc nha}.",
            "{resolve:Dạ em đã lập yêu cầu tra soát, sau khi đối soát máy ATM thì hai triệu sẽ hoàn về tài khoản $kh trong ba ngày làm việc ạ}.",
        ],
        nores=["Dạ máy đó hay bị vậy lắm ạ.", "Dạ để em báo lại sau."],
    ),
    dict(
        key="doi_dia_chi", cats=["address_change"],
        prob=[
            "$Toi mới chuyển nhà, $toi muốn đổi địa chỉ liên hệ để nhận sao kê với thẻ mới.",
            "N:Vâng, chị muốn cập nhật địa chỉ mới, nhà chị vừa chuyển sang Cầu Giấy em ạ.",
        ],
        confirm=[
            "{confirm:Dạ vậy là $kh đã chuyển nhà và cần đổi địa chỉ liên hệ trên tài khoản sang địa chỉ mới} ạ.",
            "{confirm:Dạ em hiểu là $kh muốn cập nhật địa chỉ vì vừa chuyển nhà sang Cầu Giấy} ạ.",
        ],
        resolve=[
            "{resolve:Dạ em đã cập nhật địa chỉ mới cho $kh rồi, từ kỳ sau sao kê và thẻ sẽ gửi về địa chỉ mới ạ}.",
            "{resolve:Dạ $kh vui lòng mang căn cước ra chi nhánh gần nhất để cập nhật địa chỉ, làm trong mười lăm phút là xong ạ}.",
        ],
        nores=["Dạ để em xem.", "Dạ $kh muốn đổi ngay hôm nay hả $kh?"],
        decoy_readback="Dạ địa chỉ mới là số 12 ngõ 45 Trần Duy Hưng, Cầu Giấy, Hà Nội đúng không ạ?",
    ),
    dict(
        key="tat_toan_vay", cats=["payment"],
        prob=[
            "$Toi muốn tất toán khoản vay mua xe trước hạn, trả luôn hôm nay được không em?",
            "S:Em ơi anh muốn trả bớt nợ vay mua nhà, trả trước năm chục triệu nè.",
        ],
        confirm=[
            "{confirm:Dạ vậy là $kh muốn tất toán toàn bộ khoản vay mua xe ngay hôm nay} ạ.",
            "{confirm:Dạ em hiểu là $kh muốn trả trước năm mươi triệu cho khoản vay mua nhà} ạ.",
        ],
        resolve=[
            "{resolve:Dạ số tiền tất toán là ba trăm hai mươi triệu, em đã trích từ tài khoản thanh toán của $kh, khoản vay đã tất toán xong ạ}.",
            "{resolve:Dạ em đã ghi nhận trả trước năm mươi triệu, từ tháng sau số tiền trả hằng tháng của $kh sẽ giảm và em gửi lịch trả nợ mới qua email ạ}.",
        ],
        nores=["Dạ để em hỏi lại.", "Dạ $kh chắc chắn muốn trả trước hả $kh?"],
    ),
    dict(
        key="tra_the_tin_dung", cats=["payment"],
        prob=[
            "Chị muốn thanh toán dư nợ thẻ tín dụng tháng này, trích từ tài khoản lương được không em?",
            "N:Anh muốn trả hết dư nợ thẻ tín dụng luôn em ạ, không muốn để sang tháng.",
        ],
        confirm=[
            "{confirm:Dạ vậy là $kh muốn trích tài khoản lương để thanh toán dư nợ thẻ tín dụng tháng này} ạ.",
            "{confirm:Dạ $kh muốn thanh toán toàn bộ dư nợ thẻ tín dụng ngay bây giờ} phải không ạ?",
        ],
        resolve=[
            "{resolve:Dạ em đã thanh toán bốn triệu sáu trăm nghìn dư nợ thẻ từ tài khoản lương của $kh, thẻ giờ không còn dư nợ ạ}.",
            "{resolve:Dạ em đã cài thanh toán tự động, ngày hai mươi lăm hằng tháng hệ thống tự trích tiền trả hết dư nợ cho $kh, tháng này đã trích xong rồi ạ}.",
        ],
        nores=["Dạ để em coi lại.", "Dạ $kh muốn trả bao nhiêu ạ?"],
    ),
    dict(
        key="nap_tien_dt", cats=["billing", "refund"],
        prob=[
            "Em ơi, hôm qua $toi nạp tiền điện thoại hai trăm nghìn bằng thẻ, bị trừ tiền rồi mà điện thoại không có tiền, em kiểm tra hoàn lại giúp $toi nha.",
            "S:Chị nạp card điện thoại cho con bằng thẻ nè, tiền trừ rồi mà máy hổng có, em trả lại chị nha.",
        ],
        confirm=[
            "{confirm:Dạ vậy là $kh bị trừ hai trăm nghìn nạp tiền điện thoại nhưng thuê bao chưa nhận được tiền} ạ.",
            "{confirm:Dạ em hiểu là giao dịch nạp tiền cho bé đã trừ tiền nhưng điện thoại không nhận được} ạ.",
        ],
        resolve=[
            "{resolve:Dạ em đã hoàn hai trăm nghìn về thẻ của $kh, hai ngày làm việc tiền sẽ về ạ}.",
            "{resolve:Dạ em đã gửi yêu cầu sang nhà mạng, nếu trong bốn mươi tám giờ tiền không vào máy thì hệ thống tự hoàn tiền cho $kh ạ}.",
        ],
        nores=["Dạ chắc do nhà mạng ạ.", "Dạ em ghi nhận."],
    ),
    dict(
        key="huy_the", cats=["cancellation"],
        prob=[
            "$Toi muốn hủy thẻ tín dụng, $toi không dùng nữa em ạ.",
            "S:Em ơi chị muốn đóng cái thẻ phụ của con gái chị, nó đi du học về rồi hổng xài nữa.",
        ],
        confirm=[
            "{confirm:Dạ vậy là $kh muốn hủy thẻ tín dụng vì không còn nhu cầu sử dụng} ạ.",
            "{confirm:Dạ em hiểu là $kh muốn đóng thẻ phụ của con gái vì không dùng nữa} ạ.",
        ],
        resolve=[
            "{resolve:Dạ em đã gửi yêu cầu đóng thẻ, sau bảy ngày làm việc thẻ sẽ đóng hẳn và bên em nhắn tin xác nhận cho $kh ạ}.",
            "{resolve:Dạ thẻ phụ đã được hủy ngay bây giờ, $kh cắt bỏ thẻ giúp em nha}.",
        ],
        nores=["Dạ $kh chắc chắn muốn hủy hả $kh?", "Dạ để em xem."],
    ),
    dict(
        key="huy_bao_hiem", cats=["cancellation", "refund"],
        prob=[
            "Lúc vay tiền bên em bán kèm bảo hiểm khoản vay, giờ $toi muốn hủy bảo hiểm đó và lấy lại tiền đã đóng.",
            "N:Chị muốn hủy gói bảo hiểm sức khỏe đi kèm thẻ, chị không đăng ký mà vẫn bị thu, chị muốn lấy lại tiền.",
        ],
        angry=["Ngân hàng ép tôi mua bảo hiểm mới cho vay, giờ tôi muốn hủy mà cứ đùn đẩy, làm ăn vậy là không được, tôi muốn lấy lại tiền!"],
        confirm=[
            "{confirm:Dạ vậy là $kh muốn hủy bảo hiểm khoản vay và nhận lại số tiền đã đóng} ạ.",
            "{confirm:Dạ em hiểu là $kh muốn hủy gói bảo hiểm sức khỏe đi kèm thẻ và hoàn lại phí đã thu} ạ.",
        ],
        resolve=[
            "{resolve:Dạ em đã gửi yêu cầu hủy hợp đồng bảo hiểm, vì còn trong hai mươi mốt ngày cân nhắc nên $kh được hoàn lại toàn bộ, tiền về trong mười ngày ạ}.",
            "{resolve:Dạ gói bảo hiểm đã được hủy, em đã hoàn phí tháng này vào thẻ của $kh, kỳ sao kê sau sẽ thấy ạ}.",
        ],
        nores=["Dạ cái này em không rõ lắm ạ.", "Dạ để em xem đã."],
    ),
    dict(
        key="lien_ket_vi", cats=["outage"],
        prob=[
            "Mình liên kết tài khoản với ví điện tử mà cứ báo lỗi 'hệ thống đang bận', thử cả buổi sáng rồi em.",
            "S:Em ơi, chị liên kết thẻ với ví MoMo mà nó cứ báo lỗi hoài à, hổng được.",
        ],
        confirm=[
            "{confirm:Dạ vậy là khi liên kết tài khoản với ví điện tử thì hệ thống báo bận suốt buổi sáng} ạ.",
            "{confirm:Dạ em hiểu là liên kết thẻ với ví MoMo bị báo lỗi nhiều lần} ạ.",
        ],
        resolve=[
            "{resolve:Dạ lỗi liên kết do bên em bảo trì hệ thống, đã xong lúc mười giờ rồi, $kh liên kết lại là được ngay nha}.",
            "{resolve:Dạ em đã mở lại chức năng thanh toán trực tuyến cho thẻ, $kh thử liên kết lại bây giờ là thành công ạ}.",
        ],
        nores=["Dạ chắc do ví điện tử đó ạ.", "Dạ để em xem."],
    ),
    dict(
        key="khoa_ib", cats=[],
        prob=[
            "Anh nhập sai mật khẩu ba lần nên internet banking bị khóa rồi em.",
            "S:Em ơi chị quên mật khẩu, nhập sai mấy lần giờ app khóa luôn rồi.",
        ],
        confirm=[
            "{confirm:Dạ vậy là internet banking của $kh bị khóa do nhập sai mật khẩu ba lần} ạ.",
            "{confirm:Dạ em hiểu là $kh quên mật khẩu và app bị khóa sau mấy lần nhập sai} ạ.",
        ],
        resolve=[
            "{resolve:Dạ em đã mở khóa và gửi mật khẩu tạm qua tin nhắn, $kh đăng nhập rồi đổi mật khẩu mới nha}.",
            "{resolve:Dạ $kh vào app chọn quên mật khẩu, nhập số căn cước là đặt lại được, em đã mở khóa tài khoản rồi ạ}.",
        ],
        nores=["Dạ vậy ạ, để em xem.", "Dạ để em xem."],
        blame=["Dạ tại $kh nhập sai mật khẩu nhiều lần chứ bên em đâu có lỗi ạ."],
    ),
    dict(
        key="sao_ke", cats=["billing"],
        prob=[
            "Chị cần sao kê tài khoản sáu tháng gần nhất để làm hồ sơ visa, có đóng dấu em nhé.",
            "Anh cần bản sao kê từ tháng một tới tháng sáu để nộp cho bên vay.",
        ],
        confirm=[
            "{confirm:Dạ vậy là $kh cần sao kê sáu tháng gần nhất có đóng dấu để làm visa} ạ.",
            "{confirm:Dạ $kh cần sao kê tài khoản từ tháng một đến tháng sáu} ạ.",
        ],
        resolve=[
            "{resolve:Dạ em đã đăng ký, ngày mai $kh mang căn cước ra chi nhánh nhận sao kê có đóng dấu ạ}.",
            "{resolve:Dạ em đã gửi sao kê sáu tháng qua email đăng ký của $kh rồi ạ, bản có đóng dấu sẽ gửi bưu điện trong ba ngày}.",
        ],
        nores=["Dạ để em xem.", "Dạ $kh cần mấy tháng ạ?"],
    ),
    dict(
        key="tai_khoan_luong", cats=[],
        prob=[
            "Công ty mới của $toi trả lương qua ngân hàng mình, $toi cần đưa thông tin gì cho phòng kế toán em?",
            "S:Em ơi công ty chị đổi qua trả lương bên mình, chị cần làm gì không em?",
        ],
        confirm=[
            "{confirm:Dạ vậy là công ty mới trả lương qua bên em và $kh cần biết thông tin gửi kế toán} ạ.",
            "{confirm:Dạ em hiểu là công ty chuyển sang trả lương qua ngân hàng em và $kh hỏi thủ tục} ạ.",
        ],
        resolve=[
            "{resolve:Dạ $kh chỉ cần gửi kế toán số tài khoản, tên chủ tài khoản và tên chi nhánh, em vừa nhắn tin đủ thông tin đó cho $kh rồi ạ}.",
            "{resolve:Dạ $kh không cần làm gì thêm, em đã gửi qua email xác nhận thông tin tài khoản để $kh chuyển cho phòng kế toán ạ}.",
        ],
        nores=["Dạ để em hỏi lại.", "Dạ em ghi nhận ạ."],
    ),
    dict(
        key="tat_toan_tiet_kiem", cats=["cancellation"],
        prob=[
            "Chị muốn tất toán sổ tiết kiệm trước hạn, đóng luôn sổ em ạ.",
            "S:Em ơi cô muốn rút hết tiền sổ tiết kiệm rồi đóng sổ luôn nha.",
        ],
        confirm=[
            "{confirm:Dạ vậy là $kh muốn tất toán trước hạn và đóng sổ tiết kiệm} ạ.",
            "{confirm:Dạ em hiểu là $kh muốn rút toàn bộ và đóng sổ tiết kiệm} ạ.",
        ],
        resolve=[
            "{resolve:Dạ $kh mang sổ tiết kiệm và căn cước ra chi nhánh nơi mở sổ là tất toán được ngay trong ngày ạ}.",
            "{resolve:Dạ sổ tiết kiệm online của $kh em đã tất toán, tiền gốc và lãi đã về tài khoản thanh toán rồi ạ}.",
        ],
        nores=["Dạ $kh chắc chưa ạ, rút trước hạn mất lãi đó.", "Dạ để em coi."],
    ),
    dict(
        key="qua_doi", cats=["cancellation"],
        upset=[
            "Bố chị mới mất tháng trước, chị muốn đóng tài khoản của bố... xin lỗi em, chị hơi xúc động.",
            "S:Má anh mới mất, giờ anh muốn làm thủ tục đóng tài khoản của má... anh buồn quá em.",
        ],
        confirm=[
            "{confirm:Dạ vậy là $kh cần đóng tài khoản của người thân đã mất} ạ.",
            "{confirm:Dạ em hiểu là $kh muốn làm thủ tục đóng tài khoản của mẹ} ạ.",
        ],
        resolve=[
            "{resolve:Dạ $kh mang giấy chứng tử, giấy tờ thừa kế và căn cước ra chi nhánh, bên em sẽ đóng tài khoản và chuyển số dư cho người thừa kế ạ}.",
            "{resolve:Dạ em đã ghi nhận, chuyên viên sẽ gọi lại cho $kh trong hai ngày làm việc để hướng dẫn hồ sơ đóng tài khoản ạ}.",
        ],
        nores=["Dạ để em xem thủ tục.", "Dạ vậy ạ."],
    ),
    dict(
        key="khieu_nai_chi_nhanh", cats=["complaint"],
        prob=[
            "Chị muốn gửi khiếu nại về việc chờ ở phòng giao dịch Quận 3 hơn một tiếng đồng hồ mà không ai hướng dẫn.",
            "N:Tôi muốn phản ánh nhân viên chi nhánh Hoàn Kiếm, tôi muốn chuyển lên cấp trên giải quyết.",
        ],
        angry=["Tôi muốn khiếu nại nhân viên chi nhánh Quận 3, thái độ quá tệ, quát cả khách, tôi muốn gặp giám đốc!"],
        confirm_mood=["{confirm:Dạ vậy là nhân viên chi nhánh Quận 3 có thái độ không đúng với $kh và $kh muốn gặp cấp trên} ạ."],
        confirm=[
            "{confirm:Dạ vậy là $kh phải chờ hơn một tiếng ở phòng giao dịch Quận 3 mà không được hướng dẫn} ạ.",
            "{confirm:Dạ em hiểu là $kh không hài lòng với nhân viên chi nhánh và muốn chuyển lên cấp trên} ạ.",
        ],
        resolve=[
            "{resolve:Dạ em đã ghi nhận khiếu nại, mã khiếu nại đã gửi qua tin nhắn, trong năm ngày làm việc bộ phận chăm sóc khách hàng sẽ liên hệ $kh ạ}.",
            "{resolve:Dạ em đã chuyển phản ánh lên giám đốc chi nhánh, chị ấy sẽ gọi cho $kh trước thứ sáu ạ}.",
        ],
        nores=["Dạ em ghi nhận ạ.", "Dạ vậy ạ."],
    ),
    dict(
        key="the_bi_tu_choi", cats=[],
        prob=[
            "Anh đang ở Thái Lan, quẹt thẻ mua đồ mà bị từ chối hoài em.",
            "S:Chị đi du lịch Hàn Quốc nè, thẻ quẹt hổng được, máy cứ báo từ chối.",
        ],
        angry=["Tôi đang ở nước ngoài mà ngân hàng khóa thẻ không báo một câu, giờ không có tiền trả khách sạn, làm ăn tắc trách quá!"],
        confirm_mood=["{confirm:Dạ vậy là thẻ của $kh bị chặn khi đang ở nước ngoài và $kh không thanh toán được khách sạn} ạ."],
        confirm=[
            "{confirm:Dạ vậy là $kh đang ở Thái Lan và thẻ bị từ chối khi thanh toán} ạ.",
            "{confirm:Dạ em hiểu là thẻ của $kh bị từ chối khi quẹt ở Hàn Quốc} ạ.",
        ],
        resolve=[
            "{resolve:Dạ thẻ bị chặn giao dịch nước ngoài do hệ thống chống gian lận, em đã mở giao dịch quốc tế cho $kh rồi, $kh thử lại là được nha}.",
            "{resolve:Dạ em đã gỡ chặn, bây giờ $kh quẹt lại là thanh toán được ạ}.",
        ],
        nores=["Dạ chắc máy bên đó lỗi ạ.", "Dạ để em xem."],
        blame=["Dạ tại $kh không đăng ký mở giao dịch nước ngoài trước khi đi nên mới bị vậy, lỗi là ở $kh ạ."],
    ),
    dict(
        key="may_pos", cats=["outage"],
        prob=[
            "Chị bán quán cà phê, cái máy POS ngân hàng lắp cho quán từ sáng giờ quẹt thẻ không được, báo lỗi kết nối hoài.",
            "N:Máy quẹt thẻ ở cửa hàng anh không kết nối được, khách thanh toán không được em ạ.",
        ],
        angry=["Máy POS hỏng từ sáng, khách bỏ về hết, tháng nào tôi cũng trả phí mà dịch vụ kiểu này, tôi muốn gặp người có trách nhiệm!"],
        confirm_mood=["{confirm:Dạ vậy là máy POS bị hỏng từ sáng và khách không thanh toán được} ạ."],
        confirm=[
            "{confirm:Dạ vậy là máy POS ở quán cà phê của $kh báo lỗi kết nối từ sáng, không quẹt thẻ được} ạ.",
            "{confirm:Dạ em hiểu là máy quẹt thẻ ở cửa hàng không kết nối được} ạ.",
        ],
        resolve=[
            "{resolve:Dạ em đã khởi động lại máy từ xa, $kh thử quẹt lại giúp em, nếu còn lỗi thì sáng mai tám giờ kỹ thuật sẽ qua tận nơi ạ}.",
            "{resolve:Dạ em đã đặt đổi máy mới, chiều nay nhân viên kỹ thuật mang máy tới cho $kh ạ}.",
        ],
        nores=["Dạ máy đó chắc hơi cũ ạ.", "Dạ để em báo kỹ thuật."],
    ),
    dict(
        key="thanh_toan_tien_dien", cats=["payment", "outage"],
        prob=[
            "Chị muốn thanh toán tiền điện mà cái app bị lỗi hoài, em thanh toán giúp chị được không?",
            "S:Em ơi, anh trả tiền nước trên app mà nó văng ra hoài, em trả giùm anh được hông?",
        ],
        confirm=[
            "{confirm:Dạ vậy là $kh cần thanh toán tiền điện nhưng app bị lỗi không thanh toán được} ạ.",
            "{confirm:Dạ em hiểu là app bị văng khi $kh trả tiền nước và $kh muốn em thanh toán giúp} ạ.",
        ],
        resolve=[
            "{resolve:Dạ em đã thanh toán hóa đơn tiền điện cho $kh từ tài khoản thanh toán, biên nhận đã gửi qua tin nhắn ạ}.",
            "{resolve:Dạ em đã trả tiền nước giúp $kh rồi, còn app thì tối nay bản cập nhật sửa lỗi sẽ ra, $kh cập nhật là dùng lại được ạ}.",
        ],
        nores=["Dạ chắc tại điện thoại của $kh ạ.", "Dạ để em xem."],
    ),
]

VI = dict(
    greet=["Dạ em chào $kh0", "Xin chào $kh0", "A lô, em xin chào $kh0 ạ", "Kính chào quý khách", "Chào $kh0", "Dạ xin chào $kh0", "N:Vâng, em chào $kh0 ạ", "S:Dạ, em chào $kh0 nha"],
    greet_company=[
        "{company:Ngân hàng ABC} {greet:xin kính chào quý khách}",
        "{greet:Cảm ơn quý khách đã gọi đến} {company:ngân hàng ABC}",
        "{greet:Xin chào}, đây là {company:tổng đài ngân hàng A B C}",
        "{greet:A lô, ngân hàng ây bi xi xin chào} $kh0",
        "{greet:Dạ em chào $kh0}, {company:ngân hàng ABC} đây ạ",
    ],
    company=["{company:ngân hàng ABC}", "{company:tổng đài ngân hàng ABC}", "{company:ngân hàng A B C}", "{company:ngân hàng ây bi xi}", "{company:trung tâm dịch vụ khách hàng ngân hàng ABC}"],
    intro=[
        "em là {intro:$name}", "em tên {intro:$name}", "{intro:$name xin nghe} ạ", "{intro:em $name} đây ạ", "em là tổng đài viên {intro:$name}",
        "tên em là {intro:$name}", "{intro:$full xin nghe}", "{intro:$name} nghe máy đây ạ", "{intro:$name} đây ạ",
    ],
    offer=[
        "{offer:em có thể giúp gì cho $kh0 ạ}?", "{offer:em hỗ trợ được gì cho $kh0 ạ}?", "{offer:$kh0 cần hỗ trợ gì ạ}?",
        "S:{offer:em giúp gì được cho $kh0 nè}?", "{offer:$kh0 cần em giúp gì ạ}?", "N:{offer:em có thể hỗ trợ gì cho $kh0 ạ}?",
        "{offer:em xin được hỗ trợ $kh0 ạ}.",
    ],
    trainee_open=[
        "Dạ, {greet:em chào}... dạ em xin lỗi, {greet:ngân hàng ABC xin chào $kh0}, {company:ngân hàng ABC}... à {intro:em là $name}, {offer:em có thể giúp gì cho $kh0 ạ}?",
    ],
    cust_hello=["A lô, chào em.", "Ừ, chào em.", "Alô?", "Dạ chào em.", "N:Vâng, chào em."],
    backch=["Dạ.", "Dạ vâng.", "Dạ dạ.", "N:Vâng ạ.", "S:Dạ, dạ.", "Ừm."],
    idcheck=[
        ("Dạ $kh vui lòng cho em xin họ tên và ngày tháng năm sinh để em xác minh ạ.", "$cfull, sinh ngày mười lăm tháng tám năm tám mươi chín."),
        ("Dạ $kh cho em xin số căn cước công dân ạ.", "Không bảy chín, một tám chín, không không ba, hai hai một."),
        ("Dạ $kh đọc giúp em bốn số cuối của thẻ ạ.", "Bốn số cuối là 6618."),
        ("Dạ số điện thoại đăng ký tài khoản của $kh là số nào ạ?", "Không chín không ba, bốn năm sáu, bảy tám chín."),
        ("S:Dạ $kh cho em xin tên đầy đủ với ngày sinh nha.", "$cfull, mười hai tháng ba năm chín mươi."),
    ],
    idok=["Dạ thông tin đã đủ rồi ạ, {thanks:em cảm ơn $kh}.", "Dạ {thanks:em cảm ơn $kh}, thông tin chính xác rồi ạ.", "Dạ vâng, thông tin khớp rồi ạ.", "S:Dạ rồi, {thanks:cảm ơn $kh nha}.", "N:Vâng, em đã xác minh xong ạ."],
    hold_start=["Dạ $kh chờ em vài phút để em kiểm tra nha.", "Dạ $kh vui lòng giữ máy để em kiểm tra ạ.", "Dạ $kh chờ em một chút, em check lại trên hệ thống nha.", "N:Vâng, $kh đợi em một lát ạ.", "Dạ để em kiểm tra, $kh giữ máy giúp em ạ."],
    hold_end=["Dạ {thanks:em cảm ơn $kh đã chờ máy} ạ.", "{thanks:Cảm ơn $kh đã đợi} ạ.", "Dạ $kh ơi, {thanks:cảm ơn $kh đã giữ máy} nha.", "Dạ xin lỗi đã để $kh chờ lâu ạ."],
    cust_hold_ok=["Ừ em.", "Ừ được.", "N:Ừ, em cứ kiểm tra đi.", "S:Ờ, em coi đi."],
    emp=[
        "{emp:Dạ em rất hiểu sự bực mình của $kh} ạ.", "{emp:Dạ em thật sự xin lỗi vì $kh đã gặp phải chuyện này, chắc $kh khó chịu lắm}.",
        "{emp:Dạ em hiểu cảm giác của $kh lúc này}, em sẽ hỗ trợ ngay ạ.", "S:{emp:Dạ em hiểu mà, gặp vậy ai cũng bực hết á $kh}.",
        "N:{emp:Vâng, em rất thông cảm với $kh, chuyện này đúng là rất phiền}.", "{emp:Dạ em rất tiếc vì trải nghiệm không tốt của $kh} ạ.",
        "{emp:Dạ em biết là $kh đang rất bức xúc}, em xin lỗi $kh.", "{emp:Dạ em hiểu, chờ đợi như vậy thì ai cũng mệt mỏi} ạ.",
    ],
    emp_bereave=["{emp:Dạ em xin chia buồn cùng $kh và gia đình ạ}.", "{emp:Dạ em rất tiếc về mất mát của gia đình mình}, $kh cứ từ từ ạ."],
    emp_upset=["{emp:Dạ em hiểu $kh đang rất hoảng}, $kh yên tâm, em hỗ trợ ngay cho $kh ạ.", "S:{emp:Trời ơi, vậy chắc $kh lo lắm}, để em hỗ trợ liền nha.", "{emp:Dạ em rất hiểu nỗi lo của $kh lúc này} ạ."],
    nonemp=["Dạ $kh cho em xin số tài khoản ạ.", "Dạ $kh đọc giúp em số điện thoại đăng ký.", "Dạ giao dịch đó vào ngày nào ạ?", "Dạ, em đang mở thông tin tài khoản.", "Dạ $kh cho em xin số căn cước."],
    amb=["{amb:Dạ em hiểu} ạ.", "{amb:Dạ em xin lỗi} ạ."],
    bank_apology=["{amb:Dạ em xin lỗi, đây là lỗi của bên em}, giao dịch này lẽ ra không bị trừ ạ.", "{amb:Dạ lỗi này là do hệ thống bên em}, em thành thật xin lỗi $kh."],
    cust_angry_more=["Tôi gọi ba lần rồi mà không ai giải quyết!", "Chờ máy cả hai chục phút mới gặp được người, bực mình thật sự!", "S:Làm ăn kiểu gì kỳ vậy trời!", "N:Thật là không chấp nhận được!"],
    cust_calm=["Ừ, vậy được.", "Ừ.", "N:Ừ thế cũng được.", "S:Ờ, vậy đi."],
    interrupt_lines=["Dạ $kh ơi cho em xin số tài khoản trước-", "Dạ dạ, $kh cho em ngắt lời chút-", "Dạ khoan đã $kh, $kh đọc giúp em-"],
    cust_continue_angry=["Để tôi nói hết đã! Lần nào gọi lên cũng không ai nghe tôi nói!", "Em đừng có cắt ngang, tôi chưa nói xong!", "S:Khoan, để chị nói hết đã coi!"],
    late_empathy=["{emp:Dạ em rất tiếc vì chuyện $kh gặp phải} ạ.", "{emp:Dạ em hiểu hôm nay là một ngày rất mệt mỏi với $kh} ạ."],
    blame_generic=[
        ("Mà sao lại phức tạp vậy em?", "Dạ tại $kh cung cấp thông tin sai từ đầu nên mới vậy, lỗi là ở phía $kh ạ."),
        ("Sao lại như vậy được?", "Dạ em đã nói với $kh từ đầu rồi mà $kh không chịu nghe theo, nên mới bị vậy ạ."),
        ("Chị không hiểu sao lại thế.", "Dạ do $kh làm sai hướng dẫn chứ hệ thống bên em không có vấn đề gì ạ."),
    ],
    rude=[
        ("Em nói lại giúp chị được không?", "{rude:$Kh bị điếc à}, em nói rồi mà."),
        ("Ủa vậy là sao em?", "{rude:Hỏi gì lắm thế}, làm theo hướng dẫn là được."),
        ("Thế giờ chị phải làm sao?", "{rude:Cái đó không phải việc của em}."),
        ("Em giải thích lại chút được không?", "{rude:Thôi $kh đừng nói nữa}, em còn nhiều khách lắm."),
        ("Chị chưa hiểu lắm.", "{rude:Nói mãi mà không hiểu à}?"),
        ("S:Vậy là sao em?", "{rude:Kệ $kh chứ}, em nói rồi đó."),
    ],
    prof=[
        "{prof:dm} cái máy, lag quá, $kh chờ em xíu.", "{prof:Vl}, hệ thống lại treo rồi.", "{prof:deo hieu sao} nó không lên nữa, $kh đợi em chút.",
        "Ơ {prof:vcl}, mất kết nối rồi.", "{prof:dit me} cái phần mềm này, $kh chờ em tí.",
    ],
    strict=[
        "{strict:Đéo} hiểu sao hệ thống chậm thế, $kh chờ em tí.", "{strict:Địt} mẹ, lại treo máy rồi.", "S:{strict:Đụ} má, cái máy này nữa.",
        "{strict:Vãi} thật, mất kết nối rồi $kh ơi.", "Trời, chậm {strict:vãi}, $kh đợi em chút nha.", "Cái máy {strict:đéo} chịu chạy, $kh chờ em xíu.",
    ],
    strict_rude=["{strict+rude:Cút} đi chỗ khác mà hỏi, đừng gọi lên đây nữa."],
    card=[
        ("Số thẻ là 9704 3621 8850 1274.", "{card:Dạ em đọc lại số thẻ của $kh là 9704 3621 8850 1274} đúng không ạ?", "Đúng rồi em."),
        ("Chín bảy không bốn, ba sáu hai một, tám tám năm không, một hai bảy bốn.", "{card:Dạ số thẻ chín bảy không bốn, ba sáu hai một, tám tám năm không, một hai bảy bốn}, $kh xác nhận giúp em ạ.", "Ừ đúng."),
        ("", "{card:Dạ mã CVV phía sau thẻ là 582} phải không $kh?", "Ừ."),
        ("Ừ, 4221 5503 9187 6402, hết hạn tháng mười năm hai bảy.", "{card:Dạ thẻ tín dụng số 4221 5503 9187 6402}, hết hạn tháng mười năm hai bảy ạ.", "Đúng rồi."),
        ("9704 1822 5566 3019, mã phía sau là 771.", "{card:Dạ em xác nhận số thẻ 9704 1822 5566 3019}, {card:mã bảo mật 771} ạ.", "Ừ đúng rồi em."),
    ],
    card_decoy=[
        ("Dạ thẻ có bốn số cuối 1274 phải không ạ?", "Đúng rồi."),
        ("Dạ mã yêu cầu của $kh là 260815, $kh ghi lại giúp em nha.", "Ừ."),
        ("Dạ số điện thoại của $kh là 0903 456 789 đúng không ạ?", "Đúng."),
    ],
    anyelse=[
        "{anyelse:$Kh còn cần em hỗ trợ thêm gì không ạ}?", "{anyelse:Dạ ngoài ra $kh còn vấn đề nào khác không ạ}?", "S:{anyelse:$Kh còn thắc mắc gì nữa hông} $kh?",
        "{anyelse:Còn gì em giúp được nữa không $kh}?", "N:{anyelse:Vâng, $kh có cần em hỗ trợ thêm việc gì nữa không ạ}?", "{anyelse:$Kh còn cần gì thêm nữa không ạ}?",
    ],
    not_anyelse=["Dạ $kh rõ rồi chứ ạ?", "Dạ vậy là xong rồi ạ.", "N:Vâng, thế là ổn rồi ạ."],
    cust_nothing=["Thôi hết rồi em.", "Dạ không, vậy thôi em.", "S:Hông, vậy thôi em.", "N:Không em ạ, thế thôi.", "Hết rồi, cảm ơn em nha."],
    thanks=[
        "{thanks:Dạ em cảm ơn $kh đã gọi đến} {company:ngân hàng ABC}", "{thanks:Cảm ơn $kh đã liên hệ}", "S:{thanks:Dạ cảm ơn $kh nhiều nha}",
        "{thanks:Em cảm ơn $kh ạ}", "{thanks:Cảm ơn $kh đã tin tưởng sử dụng dịch vụ của} {company:ngân hàng ABC}", "N:{thanks:Vâng, em cảm ơn $kh nhiều ạ}",
    ],
    bye=["{bye:em chào $kh ạ}", "S:{bye:chào $kh nha}", "{bye:tạm biệt $kh}", "{bye:em chào $kh, chúc $kh buổi tối vui vẻ}", "N:{bye:em xin phép chào $kh ạ}", "{bye:dạ chào $kh}"],
    welcome=["Dạ không có gì ạ.", "S:Dạ không có chi.", "Dạ, có gì đâu ạ."],
    cust_bye=["Ừ chào em.", "Ừ, cảm ơn em, chào em nha.", "N:Ừ, chào em nhé.", "Chào em."],
    cust_thanks_bye=["Ừ, cảm ơn em nhiều.", "Cảm ơn em nha.", "N:Vâng, cảm ơn em."],
    react_good=["Dạ vậy tốt quá, cảm ơn em.", "S:Ờ vậy được rồi, cảm ơn em nha.", "N:Vâng, thế thì tốt quá.", "Ok em, cảm ơn em nhiều.", "Vậy chị yên tâm rồi."],
    react_nores=["Ừ thôi để mai chị ra ngân hàng vậy.", "Thôi được rồi, chị gọi lại sau.", "Vậy là hôm nay chưa xong hả em?", "S:Thôi để bữa khác chị gọi lại."],
    name_decoy=["A lô, có phải $name không em? Hôm trước em hỗ trợ chị đó.", "Chào $name, lại là chị đây."],
    late_intro=["Dạ quên giới thiệu, {intro:em là $name} ạ.", "À, {intro:em tên $name} nha $kh."],
    late_company=["Dạ bên {company:ngân hàng ABC} có hỗ trợ việc này ạ."],
    late_greet_pre=["Dạ $kh0 chờ em một chút, máy em đang load.", "Dạ xin quý khách giữ máy giây lát."],
    late_greet=["{greet:Dạ em chào $kh0}, xin lỗi đã để $kh0 chờ, {offer:$kh0 cần em hỗ trợ gì ạ}?", "{greet:Xin chào $kh0} ạ, em xin lỗi, {offer:em có thể giúp gì cho $kh0 ạ}?"],
    late_greet_nooffer=["{greet:Dạ em chào $kh0}, xin lỗi đã để $kh0 chờ ạ.", "{greet:Xin chào $kh0} ạ, em xin lỗi."],
    cust_jump=["A lô em ơi, chị gọi vì-", "Alô, em ơi-"],
    gbr_after=[
        "À, {greet:em chào $kh ạ}, {company:ngân hàng ABC} đây ạ, em xin lỗi, em vội quá, {intro:em là $name}, hồ sơ của $kh được chuyển qua em. {offer:Em hỗ trợ được gì cho $kh ạ}?",
        "Dạ {greet:xin chào $kh}, {intro:em là $name}, {company:tổng đài ngân hàng ABC}, em tiếp nhận cuộc gọi chuyển từ đồng nghiệp. {offer:$Kh cần em giúp gì ạ}?",
    ],
    gbr_cust=["Ủa, ai vậy em?", "Ồ, vậy à, cảm ơn em. Mà em là ai vậy?"],
    gbr_cust2=["Em xử lý xong rồi còn gì! Chị chỉ muốn chắc là ổn thôi.", "Ừ, vậy là xong rồi hả em, chị hỏi lại cho chắc."],
    ramble=["Mà chị cũng không rành app lắm, con gái chị xem giùm mới biết đó em.", "N:Xin lỗi em, chị nói hơi dài dòng.", "Hôm qua chị có gọi rồi mà bận quá phải cúp máy.", "S:Bà hàng xóm biểu chị gọi liền cho ngân hàng nè."],
    relative=("Em chờ chút, để chị đưa máy cho con trai chị nói nha.", "A lô, em là con của chủ tài khoản, em nói chuyện giùm được không ạ?"),
    cust_hold=("Em chờ chút, để chị lấy cái thẻ ra.", "Rồi, chị lấy được rồi nè."),
    small=[("Xin lỗi em ồn quá, chị đang ở ngoài đường.", "Dạ không sao đâu ạ."), ("Mấy bữa nay tổng đài đông quá ha em.", "Dạ dạo này gần Tết nên đông ạ.")],
)

# outbound: purpose lines (agent), then exchanges; "resp" are customer answers with categories
EN_OUT: list[dict] = [
    dict(
        key="fraud_check",
        purpose=["{purpose:I'm calling because we've spotted an unusual payment on your card and want to check it was you}.", "{purpose:the reason for my call is a card payment our fraud system has flagged}, I just need to check it with you."],
        detail=("It's three hundred and ten pounds to an electronics store in Manchester, this morning at nine.", None),
        resp=[("No! That's not me, I'm in Glasgow, I've never been to that shop!", ["fraud"]), ("Oh, yes, that was me, I bought a laptop.", [])],
        close=["{resolve:Okay, I've blocked the card and refunded the payment, and a new card will be with you in five days}.", "Great, I'll mark that as genuine then, the card's all good to use."],
    ),
    dict(
        key="loan_arrears",
        purpose=["{purpose:I'm calling about your personal loan, this month's payment didn't go through}.", "{purpose:I'm ringing because your loan repayment due on the fifth was returned unpaid}."],
        detail=("The amount was two hundred and twelve pounds.", None),
        resp=[("Oh no, I changed my account. Can I make the payment now over the phone?", ["payment"]), ("Right, sorry, I'll make sure there's money in by Friday.", [])],
        close=["{resolve:I've taken the payment from your new account now, so you're up to date}.", "Okay, I've made a note that it'll be paid by Friday."],
    ),
    dict(
        key="insurance_offer",
        purpose=["{purpose:I'm calling to tell you about our home insurance for packaged account customers}.", "{purpose:I'm calling with an offer on travel insurance that comes with your account}."],
        detail=("It's ten percent off for the first year.", None),
        resp=[("No thanks. Actually, while I've got you, can you cancel the phone insurance on my account? I never use it.", ["cancellation"]), ("Hmm, send me the details in the post and I'll have a look.", [])],
        close=["{resolve:I've cancelled the phone insurance from today, you'll get a letter confirming it}.", "No problem, I'll post the details out today."],
    ),
    dict(
        key="mortgage_renewal",
        purpose=["{purpose:I'm calling because your fixed mortgage rate ends next month and I'd like to talk you through the new rates}.", "{purpose:your mortgage deal is coming to an end, so I'm calling to go through your options}."],
        detail=("We've got a two-year fix at four point one percent and a five-year at three point nine.", None),
        resp=[("Let me talk to my wife and call you back.", []), ("The five-year sounds good, can we go ahead?", [])],
        close=["Of course, I'll email you both options today.", "Lovely, I'll send the offer documents out for you to sign."],
    ),
    dict(
        key="card_delivery",
        purpose=["{purpose:I'm calling to let you know your replacement card has been ordered}.", "{purpose:I'm ringing to arrange delivery of your new credit card}."],
        detail=("It should arrive in three to five working days.", None),
        resp=[("Oh good, but I've moved, can you send it to my new address? I need to update it anyway.", ["address_change"]), ("Great, thanks for letting me know.", [])],
        close=["{resolve:Done, I've updated your address and the card will go to the new one}.", "You're welcome, keep an eye out for it."],
    ),
    dict(
        key="kyc_update",
        purpose=["{purpose:I'm calling because we need to update some details on your account, we don't have a current address for you}.", "{purpose:I'm calling to update your contact details, our letters have been coming back}."],
        detail=("We just need your current address and a phone number.", None),
        resp=[("Yes, I moved in May, I want to change it to 8 Harbour Street, Cardiff.", ["address_change"]), ("Oh, my phone number changed, that's all.", [])],
        close=["{resolve:That's updated now}.", "Okay, I've updated the number."],
    ),
    dict(
        key="complaint_followup",
        purpose=["{purpose:I'm calling about the complaint you made last week about the overdraft fees}.", "{purpose:I'm calling back about your complaint regarding the charges on your account}."],
        detail=("I've reviewed the account.", None),
        resp=[("Yes, and I'm still not happy, I want those fees refunded, it's been a week!", ["complaint", "refund", "billing"]), ("Oh, thanks for calling back, what did you find?", [])],
        close=["{resolve:I've refunded both fees, sixty pounds in total, you'll see it tomorrow}.", "I've found the fees were correct, but I've refunded one as a gesture of goodwill."],
    ),
    dict(
        key="app_followup",
        purpose=["{purpose:I'm calling to follow up on the problem you reported with our app}.", "{purpose:I'm calling back about the app error you told us about on Monday}."],
        detail=("We've released an update since.", None),
        resp=[("It's still crashing every time I log in, it's useless.", ["outage"]), ("Oh, it's working fine now, thanks.", [])],
        close=["{resolve:Okay, I've logged it with the app team and they'll call you tomorrow}.", "Brilliant, I'll close the case then."],
    ),
    dict(
        key="savings_promo",
        purpose=["{purpose:I'm calling about our new fixed-rate savings account}.", "{purpose:I'm calling because your savings bond matures next week and I wanted to go through your options}."],
        detail=("It pays four point five percent for a year.", None),
        resp=[("Sounds good, can you open one for me?", []), ("I'm not interested, thanks.", [])],
        close=["I'll send the application link by email.", "No problem at all."],
    ),
]

VI_OUT: list[dict] = [
    dict(
        key="xac_minh_giao_dich",
        purpose=["{purpose:em gọi để xác minh một giao dịch bất thường trên thẻ của $kh}.", "{purpose:bên em phát hiện một giao dịch đáng ngờ trên thẻ nên em gọi để xác nhận với $kh} ạ."],
        detail=("Dạ giao dịch bốn triệu hai ở một cửa hàng điện máy lúc chín giờ sáng nay ạ.", None),
        resp=[("Ủa chị đâu có mua gì đâu em, chị đang ở nhà mà!", ["fraud"]), ("À đúng rồi, anh mua cái tủ lạnh đó em.", [])],
        close=["{resolve:Dạ em đã khóa thẻ và lập yêu cầu hoàn tiền, thẻ mới sẽ gửi về cho $kh trong bảy ngày ạ}.", "Dạ vậy em xác nhận giao dịch hợp lệ ạ."],
    ),
    dict(
        key="nhac_no",
        purpose=["{purpose:em gọi để nhắc $kh khoản vay tháng này đã quá hạn thanh toán ba ngày} ạ.", "{purpose:em gọi về khoản trả góp tháng này của $kh chưa được thanh toán} ạ."],
        detail=("Dạ số tiền là năm triệu ba trăm nghìn ạ.", None),
        resp=[("Ờ anh quên, giờ anh trả luôn qua điện thoại được không em?", ["payment"]), ("Ừ, cuối tuần chị đóng nha em.", [])],
        close=["{resolve:Dạ em đã trích tiền từ tài khoản của $kh, khoản vay tháng này đã thanh toán xong ạ}.", "Dạ em ghi nhận $kh thanh toán cuối tuần ạ."],
    ),
    dict(
        key="moi_bao_hiem",
        purpose=["{purpose:em gọi để giới thiệu gói bảo hiểm sức khỏe dành cho chủ thẻ tín dụng} ạ.", "{purpose:em gọi để tư vấn chương trình bảo hiểm ưu đãi cho khách hàng thân thiết} ạ."],
        detail=("Dạ phí chỉ từ ba trăm nghìn một năm ạ.", None),
        resp=[("Thôi em, mà tiện đây chị muốn hủy luôn cái thẻ phụ, không xài nữa.", ["cancellation"]), ("Ừ em gửi thông tin qua Zalo chị coi.", [])],
        close=["{resolve:Dạ em đã hủy thẻ phụ cho $kh, em nhắn tin xác nhận ngay ạ}.", "Dạ em gửi thông tin cho $kh liền ạ."],
    ),
    dict(
        key="tiet_kiem_tet",
        purpose=["{purpose:em gọi để tư vấn gói tiết kiệm Tết lãi suất ưu đãi} ạ.", "{purpose:em gọi báo sổ tiết kiệm của $kh sắp đến hạn và tư vấn gia hạn} ạ."],
        detail=("Dạ lãi suất sáu phần trăm một năm ạ.", None),
        resp=[("Ừ nghe được đó, để chị ra chi nhánh làm.", []), ("Thôi anh chưa có nhu cầu em ạ.", [])],
        close=["Dạ em gửi địa chỉ chi nhánh gần nhất qua tin nhắn cho $kh ạ.", "Dạ vâng ạ."],
    ),
    dict(
        key="giao_the",
        purpose=["{purpose:em gọi để hẹn lịch giao thẻ tín dụng mới cho $kh} ạ.", "{purpose:em gọi báo thẻ mới của $kh đã phát hành và hẹn giao thẻ} ạ."],
        detail=("Dạ bên giao hàng sẽ giao trong ngày mai ạ.", None),
        resp=[("À chị mới chuyển nhà, em đổi địa chỉ, giao tới nhà mới giúp chị nha.", ["address_change"]), ("Ừ mai anh ở nhà.", [])],
        close=["{resolve:Dạ em đã cập nhật địa chỉ mới và thẻ sẽ giao tới đó ạ}.", "Dạ vâng ạ."],
    ),
    dict(
        key="cap_nhat_cccd",
        purpose=["{purpose:em gọi để nhờ $kh cập nhật căn cước gắn chip cho tài khoản} ạ.", "{purpose:em gọi vì tài khoản của $kh cần cập nhật giấy tờ tùy thân} ạ."],
        detail=("Dạ $kh cập nhật trên app trong mục hồ sơ là được ạ.", None),
        resp=[("Ừ, tối nay chị làm.", []), ("N:Vâng, để anh làm trên app.", [])],
        close=["Dạ vâng, em cảm ơn ạ.", "Dạ vâng ạ."],
    ),
    dict(
        key="phan_hoi_khieu_nai",
        purpose=["{purpose:em gọi để phản hồi khiếu nại của $kh về khoản phí bị trừ tuần trước} ạ.", "{purpose:em gọi lại về phản ánh của $kh liên quan tới phí dịch vụ} ạ."],
        detail=("Dạ em đã kiểm tra tài khoản của $kh rồi ạ.", None),
        resp=[("Một tuần rồi mới gọi, tôi vẫn chưa hài lòng đâu, trả lại phí cho tôi!", ["complaint", "refund", "billing"]), ("Ừ, kết quả sao em?", [])],
        close=["{resolve:Dạ em đã hoàn lại toàn bộ phí cho $kh, ngày mai tiền về ạ}.", "Dạ phí đó đúng quy định, nhưng em đã hoàn một phần để hỗ trợ $kh ạ."],
    ),
    dict(
        key="app_loi_follow",
        purpose=["{purpose:em gọi lại về lỗi ứng dụng $kh phản ánh hôm qua} ạ.", "{purpose:em gọi để kiểm tra xem app của $kh đã dùng lại được chưa} ạ."],
        detail=("Dạ bên em đã cập nhật phiên bản mới ạ.", None),
        resp=[("Ừ app vẫn bị văng ra hoài em, không vô được.", ["outage"]), ("Dạ dùng được rồi em.", [])],
        close=["{resolve:Dạ em chuyển kỹ thuật, ngày mai họ gọi hướng dẫn $kh ạ}.", "Dạ vậy em đóng yêu cầu nha."],
    ),
]

EN_OUTP = dict(
    open_full=[
        "{greet:Hello}, is that $cn? It's {intro:$name} calling from {company:Acme Bank}.",
        "{greet:Good afternoon}, my name's {intro:$name}, I'm calling from {company:Acme Bank}, am I speaking to $cn?",
        "{greet:Hi}, {intro:$name} here from {company:Acme Bank}, is this $cn?",
        "{greet:Hi there}, you've got {intro:$full} from {company:Acme Bank} mortgages, is that $cn?",
    ],
    open_noself=[
        "{greet:Hello}, is that $cn? I'm calling from {company:Acme Bank}.",
        "{greet:Good afternoon}, this is {company:Acme Bank} calling, may I speak to $cn?",
        "{greet:Hi}, it's the fraud team at {company:Acme Bank}, is that $cn?",
    ],
    open_nocompany=[
        "{greet:Hi}, is that $cn? It's {intro:$name} here, I'm calling from the bank's customer team.",
        "{greet:Good morning}, my name's {intro:$name}, I'm calling about your account, is that $cn?",
        "{greet:Hello}, {intro:$name} speaking, calling from your bank's mortgage department, am I speaking to $cn?",
        "{greet:Hi there}, this is {intro:$full} from the cards team, is this $cn?",
    ],
    open_none=["{greet:Hello}, is that $cn? I'm calling from your bank.", "{greet:Hi}, am I speaking to $cn? It's about your account."],
    cust_ok=["Yes, speaking.", "Yeah, that's me.", "Speaking, who's this?", "Yes?"],
    disc_cons=[
        "Before we start, {disclose:I need to let you know this call is recorded} for training and quality purposes, {consent:is that okay with you}?",
        "{disclose:Just so you know, calls are recorded}. {consent:Are you happy to continue}?",
        "{disclose:This call is being recorded} for your security. {consent:Do I have your permission to carry on}?",
        "Um, I have to say, {disclose:this call will be recorded}, {consent:is that, um, is that okay}?",
        "{disclose:Our calls are recorded and monitored}, {consent:is that alright with you}?",
    ],
    disc_only=["Before we start, {disclose:I need to let you know this call is recorded} for training and quality purposes.", "{disclose:Just so you know, this call is recorded}."],
    consent_only=["{consent:Are you okay to continue with the call}?", "{consent:Is it alright if we carry on}?"],
    cust_consent=["Yeah, that's fine.", "Sure, go ahead.", "I suppose so.", "Yes, okay."],
    cust_mm=["Mm.", "Okay.", "Right."],
    verify=[("Before I go into the detail, can I confirm your date of birth?", "Eighth of May, eighty-one."), ("And the first line of your address?", "22 Elm Road.")],
    cust_pause=("Sorry, hang on, I'm just driving, let me pull over.", "Okay, I'm parked, go on."),
    late_self=["Sorry, I didn't say, I'm {intro:$name}, by the way."],
    late_disc=["Oh, and I should have said earlier, {disclose:this call is recorded}."],
    late_consent=["And {consent:are you still happy for me to continue the call}?"],
    angry=[
        "I've told you people I'll sort it, stop ringing me at work, this is harassment!",
        "Why do you lot keep calling me? It's the third time this week, it's bloody ridiculous!",
    ],
    closing=["{thanks:Thanks for your time} today, {bye:bye now}.", "{thanks:Thank you}, $cn, {bye:goodbye}.", "{thanks:Thanks very much}, {bye:have a good day, bye}."],
    cust_bye=["Bye.", "Cheers, bye.", "Okay, bye bye."],
)

VI_OUTP = dict(
    open_full=[
        "{greet:A lô, em chào $kh} ạ, {intro:em là $name} gọi từ {company:ngân hàng ABC}, cho em hỏi có phải $kh $cn không ạ?",
        "{greet:Dạ em chào $kh $cn}, {intro:em tên $name}, nhân viên {company:ngân hàng A B C} ạ.",
        "S:{greet:Dạ alô, em chào $kh nha}, {intro:em $name} gọi từ {company:ngân hàng ây bi xi} nè.",
        "N:{greet:Vâng, em chào $kh} ạ, {intro:em là $full}, chuyên viên {company:ngân hàng ABC} ạ.",
    ],
    open_noself=[
        "{greet:A lô, em chào $kh} ạ, em gọi từ {company:ngân hàng ABC}, có phải $kh $cn không ạ?",
        "{greet:Dạ em chào $kh}, bên {company:ngân hàng A B C} gọi cho $kh ạ.",
    ],
    open_nocompany=[
        "{greet:A lô, em chào $kh} ạ, {intro:em là $name}, em gọi từ bộ phận chăm sóc khách hàng ạ.",
        "{greet:Dạ em chào $kh $cn}, {intro:em tên $name}, em gọi từ ngân hàng về tài khoản của $kh ạ.",
        "S:{greet:Dạ alô, em chào $kh nha}, {intro:em $name} bên phòng thẻ nè.",
    ],
    open_none=["{greet:A lô, em chào $kh} ạ, có phải $kh $cn không ạ?", "{greet:Dạ xin chào $kh}, em gọi về tài khoản của $kh ạ."],
    cust_ok=["Ừ đúng rồi, gì vậy em?", "Ừ, ai đó?", "Dạ đúng rồi.", "N:Vâng, tôi đây."],
    disc_cons=[
        "{disclose:Dạ cuộc gọi này sẽ được ghi âm để đảm bảo chất lượng dịch vụ}, {consent:$kh có đồng ý tiếp tục không ạ}?",
        "{disclose:Dạ em xin phép thông báo cuộc gọi được ghi âm} ạ. {consent:$Kh cho phép em tiếp tục nha}?",
        "S:{disclose:Dạ cuộc gọi này có ghi âm nha $kh}, {consent:$kh đồng ý hông ạ}?",
        "N:{disclose:Vâng, cuộc gọi này được ghi âm} ạ, {consent:$kh có đồng ý để em tiếp tục không ạ}?",
    ],
    disc_only=["{disclose:Dạ cuộc gọi này sẽ được ghi âm để đảm bảo chất lượng dịch vụ} ạ.", "{disclose:Dạ em xin thông báo cuộc gọi có ghi âm} ạ."],
    consent_only=["{consent:Dạ $kh có đồng ý tiếp tục cuộc gọi không ạ}?", "{consent:$Kh đồng ý cho em tiếp tục nha}?"],
    cust_consent=["Ừ được em.", "Ừ, em nói đi.", "N:Ừ, được.", "S:Ờ, được nè."],
    cust_mm=["Ừ.", "Ừm.", "Ờ."],
    verify=[("Dạ trước khi trao đổi, $kh cho em xin ngày sinh để xác minh ạ.", "Mười hai tháng ba năm tám mươi lăm."), ("Dạ $kh cho em xin bốn số cuối căn cước ạ.", "Hai hai một tám.")],
    cust_pause=("Em chờ chị chút, chị đang chạy xe, để chị tấp vô lề.", "Rồi, em nói đi."),
    late_self=["Dạ em quên giới thiệu, {intro:em là $name} ạ."],
    late_disc=["À em quên báo, {disclose:cuộc gọi này có ghi âm} ạ."],
    late_consent=["Dạ {consent:$kh có đồng ý để em tiếp tục không ạ}?"],
    angry=[
        "Tôi đã nói là tôi sẽ trả rồi, gọi hoài vậy, làm phiền quá, tôi khiếu nại đó!",
        "Sao gọi hoài vậy, tuần này ba lần rồi, phiền vãi, tôi khiếu nại đó!",
    ],
    closing=["{thanks:Dạ em cảm ơn $kh đã dành thời gian} ạ, {bye:em chào $kh}.", "S:{thanks:Dạ cảm ơn $kh nha}, {bye:chào $kh}.", "N:{thanks:Vâng, em cảm ơn $kh}, {bye:em xin phép chào $kh ạ}."],
    cust_bye=["Ừ chào em.", "Ừ.", "Chào em nha."],
)

EN_EXTRA = dict(
    ack=["Yes, exactly.", "That's right.", "Yeah, that's it.", "Correct.", "Yep, spot on."],
    noconfirm=["Okay, let me have a look at that.", "{amb:I understand}. Let me bring it up.", "Right, let me check that."],
    angry_generic=[
        "Honestly, I was on hold for forty minutes before I got through, and now this, it's ridiculous, I want to make a complaint.",
        "You're joking. I've been with you twenty years and this is how you treat me? It's a disgrace.",
        "Oh for God's sake, this is exactly why everyone hates banks, nothing ever just works!",
        "This is bloody ridiculous, I've been passed around for an hour, it's a shit service and I want to complain!",
    ],
    pre_anger=["Sorry, the system's really slow today, it might be a few more minutes.", "Bear with me, it's still loading, I'm afraid it could be a while.", "Sorry, I'm going to have to put you through to another team, there might be a bit of a wait."],
    thanks_small=["Thank you.", "Okay, thanks.", "Thanks, I appreciate that."],
    clear=["Yes, thanks.", "Yep, all clear.", "Yeah, that's fine."],
    outbound_pools={
        "nonemp": ["Okay. Let me just finish the details.", "Right. So, as I was saying.", "Okay. Can I just confirm your postcode?"],
        "cust_angry_more": ["I'm at work, I haven't got time for this!", "Just get on with it!", "I've told you lot before!"],
        "idanswer": ["Fine. Go on.", "Whatever, just tell me."],
    },
    apology_ok=["Okay, these things happen.", "Right, well, thanks for being honest."],
    card_ask=["Can I take the long number on the card, please?", "Could you read me the full card number?"],
    idanswer=["It's 3301 8842. Please, can you just hurry?", "Yesterday, about six. I'm really worried.", "The debit card. Please, I just need it stopped."],
    reaction=["Right... okay.", "Oh. Okay then.", "Hmm, okay."],
    huh=["Uh, okay?", "Erm... right.", "Oh dear."],
    decoy_intr=["Sorry, is this on your personal account?", "Sorry, just so I've got it, is that your own account?"],
    decoy_intr_cust=["Yes, my own one. Anyway, as I was saying.", "Yes, mine. So, yeah."],
    cust_intr=["Oh, great-", "Sorry, so-"],
    hello_first=["Hello?", "Hello, yeah?"],
    so=["So, ", "Right, so ", "Okay, "],
    tbg_join="... oh, and ",
)
VI_EXTRA = dict(
    ack=["Dạ đúng rồi em.", "Ừ đúng rồi.", "S:Đúng rồi em.", "N:Vâng, đúng thế.", "Ừ, vậy đó em."],
    noconfirm=["Dạ để em kiểm tra ạ.", "{amb:Dạ em hiểu} ạ, để em xem.", "Dạ, em check lại nha."],
    angry_generic=[
        "Trời ơi, chờ máy bốn mươi phút mới gặp được người, giờ còn vậy nữa, ngân hàng gì kỳ cục, tôi sẽ khiếu nại!",
        "Thật là quá đáng, tôi làm khách hàng mười năm mà bị đối xử vậy hả!",
        "S:Trời đất ơi, cái gì cũng lỗi hết trơn, làm ăn kiểu gì vậy không biết!",
        "Đm, chờ cả tiếng đồng hồ, ngân hàng làm ăn cái kiểu đéo gì vậy, tôi khiếu nại!",
    ],
    pre_anger=["Dạ hệ thống đang chậm, $kh chờ em thêm mấy phút nữa ạ.", "Dạ em phải chuyển $kh sang bộ phận khác, có thể phải chờ thêm ạ.", "Dạ máy em đang tải chậm, $kh đợi em thêm chút nữa nha."],
    thanks_small=["Dạ cảm ơn em.", "Ừ, cảm ơn em.", "N:Vâng, cảm ơn em."],
    clear=["Dạ rõ rồi em.", "Ừ rõ rồi.", "Ừ, vậy được rồi."],
    outbound_pools={
        "nonemp": ["Dạ, em nói tiếp ạ.", "Dạ vâng, em ghi nhận.", "Dạ $kh cho em xác nhận lại ngày sinh ạ."],
        "cust_angry_more": ["Tôi đang bận lắm, nói nhanh đi!", "Nói lẹ đi em!", "Tôi nói với các người rồi mà!"],
        "idanswer": ["Ừ, nói tiếp đi.", "Thôi nói lẹ đi."],
    },
    apology_ok=["Ừ, không sao em.", "Ừ, biết lỗi là được rồi."],
    card_ask=["Dạ $kh đọc giúp em số thẻ đầy đủ ạ.", "Dạ $kh cho em xin số thẻ in trên mặt thẻ ạ."],
    idanswer=["Số tài khoản là 0071 0045 2231, em làm nhanh giúp chị với.", "Hôm qua đó em, chị lo quá.", "Thẻ ghi nợ đó em, em khóa gấp giùm chị."],
    reaction=["Ừ...", "Vậy hả.", "N:Thế à.", "S:Vậy hả em."],
    huh=["Ủa, sao vậy em?", "Dạ...", "Ừ..."],
    decoy_intr=["Dạ tài khoản cá nhân của $kh phải không ạ?", "Dạ cho em hỏi là tài khoản của $kh đúng không ạ?"],
    decoy_intr_cust=["Ừ tài khoản của chị đó. Mà như chị nói đó.", "Ừ, đúng rồi."],
    cust_intr=["Ừ được-", "À vậy-"],
    hello_first=["A lô?", "Alô, ai đó?"],
    so=["Dạ, ", "Dạ vâng, ", "Dạ, "],
    tbg_join="... à, ",
)


# --------------------------------------------------------------------------------------
# assembling calls
# --------------------------------------------------------------------------------------


@dataclass
class Blk:
    turns: list[Turn]
    opt: bool
    decoys: list[str] = field(default_factory=list)
    ctx: list[str] = field(default_factory=list)
    cats: list[str] = field(default_factory=list)


@dataclass
class Spec:
    lang: str
    direction: str
    faults: frozenset[str]
    long: bool
    idx: int
    scen: int = 0
    scen2: int = 0


def strip_region(x: Any) -> Any:
    if isinstance(x, tuple):
        return tuple(strip_region(y) for y in x)
    if isinstance(x, str) and x[:2] in ("N:", "S:"):
        return x[2:]
    return x


def region_of(x: Any) -> str:
    first = x[0] if isinstance(x, tuple) else x
    if isinstance(first, str) and first[:2] in ("N:", "S:"):
        return first[0]
    return ""


def pick(rng: random.Random, pool: list[Any], region: str) -> Any:
    cands = [x for x in pool if region_of(x) in ("", region)]
    return strip_region(rng.choice(cands))


def decap(s: str) -> str:
    m = re.match(r"(\{[a-z_+]+:)?([A-ZÀ-Ỹ])", s)
    if m and not s[m.end(2) : m.end(2) + 1].isupper():
        i = m.start(2)
        return s[:i] + s[i].lower() + s[i + 1 :]
    return s


def cap(s: str) -> str:
    start = 0
    m = re.match(r"\{[a-z_+]+:", s)
    if m:
        start = m.end()
    for i in range(start, len(s)):
        ch = s[i]
        if ch.isalpha():
            if i > 0 and s[i - 1] == "$":
                # a placeholder: capitalise after substitution instead
                return s
            return s[:i] + ch.upper() + s[i + 1 :]
    return s


class Builder:
    def __init__(self, spec: Spec, attempt: int) -> None:
        self.spec = spec
        self.lang = spec.lang
        self.rng = random.Random(f"{SEED}:{spec.lang}:{spec.direction}:{spec.idx}:{attempt}")
        rng = self.rng
        self.P = EN if spec.lang == "en" else VI
        self.X = EN_EXTRA if spec.lang == "en" else VI_EXTRA
        self.O = EN_OUTP if spec.lang == "en" else VI_OUTP
        self.region = "" if spec.lang == "en" else rng.choice(["N", "S"])
        if spec.lang == "en":
            self.agent_full = rng.choice(EN_AGENTS)
            given = self.agent_full.split()[0]
            cn, cfull = rng.choice(EN_CUSTOMERS)
            self.ctx = {"name": given, "full": self.agent_full, "cn": cn, "cfull": cfull}
            self.pron = ""
        else:
            self.agent_full = rng.choice(VI_AGENTS)
            given = self.agent_full.split()[-1]
            if self.agent_full == "Vũ Đức Anh":
                given = "Đức Anh"
            pron, cn, cfull = rng.choice(VI_CUSTOMERS)
            self.pron = pron
            kh0 = rng.choice(["anh chị", "quý khách", "anh chị"])
            toi = rng.choice(["tôi", pron, "mình"])
            self.ctx = {
                "name": given, "full": self.agent_full, "cn": cn, "cfull": cfull, "kh": pron,
                "Kh": pron.capitalize(), "kh0": kh0, "Kh0": kh0.capitalize(), "toi": toi, "Toi": toi.capitalize(),
            }
        self.cats: set[str] = set()
        self.decoys: list[str] = []
        self.ctxtags: list[str] = []

    # helpers ---------------------------------------------------------------------------
    def fill(self, text: str, spk: str) -> str:
        for k in sorted(self.ctx, key=len, reverse=True):
            text = text.replace("$" + k, self.ctx[k])
        if spk == "customer" and self.lang == "vi":
            other = {"anh": "chị", "chị": "anh"}[self.pron]
            own = self.pron

            def swap(m: re.Match[str]) -> str:
                w = m.group(0)
                rep = own if w.lower() in (other, "cô") else w
                return rep.capitalize() if w[0].isupper() else rep

            text = re.sub(r"(?<![\w])(anh|chị|cô|Anh|Chị|Cô)(?![\w])", swap, text)
        return text

    def T(self, spk: str, text: str, **kw: Any) -> Turn:
        return Turn(spk, self.fill(text, spk), **kw)

    def p(self, pool: list[Any]) -> Any:
        return pick(self.rng, pool, self.region)

    def A(self, pool_or_text: Any, **kw: Any) -> Turn:
        text = self.p(pool_or_text) if isinstance(pool_or_text, list) else pool_or_text
        return self.T("agent", text, **kw)

    def C(self, pool_or_text: Any, **kw: Any) -> Turn:
        text = self.p(pool_or_text) if isinstance(pool_or_text, list) else pool_or_text
        return self.T("customer", text, **kw)

    def cust_statement(self, text: str, sent: str, raised: bool = False) -> list[Turn]:
        parts = [x.strip() for x in text.split("||")]
        out: list[Turn] = []
        for i, part in enumerate(parts):
            if i:
                out.append(self.A(self.P["backch"]))
            out.append(self.C(part, sent=sent, raised=raised and i == 0))
        return out

    def variant(self, items: list[Any]) -> str:
        cands = [(i, x) for i, x in enumerate(items) if region_of(x) in ("", self.region)]
        i, x = self.rng.choice(cands)
        self.vidx = i
        x = strip_region(x)
        if isinstance(x, tuple):
            text, extra = x
            self.cats.update(extra)
            return text
        return x

    def aligned(self, scen: dict, key: str, mood_text: bool) -> str:
        if mood_text and scen.get(key + "_mood"):
            return self.p(scen[key + "_mood"])
        lst = scen[key]
        idx = getattr(self, "vidx", 0)
        n_prob = len(scen.get("prob", [])) or len(scen.get("upset", []))
        if idx == 0 and len(lst) > n_prob and self.rng.random() < 0.5:
            return strip_region(self.rng.choice(lst[n_prob:]))
        return strip_region(lst[idx] if idx < len(lst) else self.rng.choice(lst))

    def pool(self, key: str) -> list[Any]:
        if self.spec.direction == "outbound" and key in self.X.get("outbound_pools", {}):
            return self.X["outbound_pools"][key]
        return self.P[key] if key in self.P else self.X[key]

    # anger -----------------------------------------------------------------------------
    def anger_response(self, faults: frozenset[str], kind: str) -> list[Turn]:
        rng = self.rng
        out: list[Turn] = []
        if "interrupt" in faults and "empathy" in faults:
            out.append(self.A(self.P["interrupt_lines"], interrupt=True))
            out.append(self.C(self.P["cust_continue_angry"], sent="negative", raised=rng.random() < 0.5))
            self.ctxtags.append("interrupts-angry")
        if "empathy" in faults:
            out.append(self.A(self.pool("nonemp")))
            out.append(self.C(self.pool("idanswer") if kind != "angry" else self.pool("cust_angry_more"), sent="negative"))
            self.ctxtags.append("no-empathy")
            return out
        if kind == "bereave":
            out.append(self.A(self.P["emp_bereave"]))
        elif kind == "upset":
            out.append(self.A(self.P["emp_upset"]))
        else:
            out.append(self.A(self.P["emp"]))
        if "interrupt" in faults:
            out.append(self.C(self.pool("cust_angry_more"), sent="negative", raised=rng.random() < 0.4))
            out.append(self.A(self.P["interrupt_lines"], interrupt=True))
            out.append(self.C(self.P["cust_continue_angry"], sent="negative"))
            out.append(self.A(self.P["emp"] if rng.random() < 0.5 else self.P["backch"]))
            self.ctxtags.append("interrupts-angry")
        elif rng.random() < 0.4 and kind == "angry":
            out.append(self.C(self.pool("cust_angry_more"), sent="negative"))
            out.append(self.A(self.P["backch"]))
        out.append(self.C(self.P["cust_calm"] if kind == "angry" else self.X["thanks_small"], sent="neutral", opt=True))
        return out

    def fault_blocks(self, faults: frozenset[str]) -> list[list[Turn]]:
        rng = self.rng
        P, X = self.P, self.X
        blocks: list[list[Turn]] = []
        rude_done = False
        if "strict" in faults:
            if "rude" in faults and rng.random() < 0.5:
                blocks.append([self.C(pick(rng, P["rude"], self.region)[0]), self.A(P["strict_rude"], sent="negative"), self.C(X["huh"])])
                rude_done = True
            else:
                blocks.append([self.A(P["strict"], sent="negative"), self.C(X["huh"], opt=True)])
            self.ctxtags.append("agent-swears-vi-marked")
        if "profanity" in faults:
            blocks.append([self.A(P["prof"], sent="negative"), self.C(X["huh"], opt=True)])
            self.ctxtags.append("agent-swears")
        if "rude" in faults and not rude_done:
            prompt, line = pick(rng, P["rude"], self.region)
            blocks.append([self.C(prompt), self.A(line, sent="negative"), self.C(X["reaction"], opt=True)])
        if "blame" in faults:
            scen_blame = getattr(self, "scen_blame", None)
            if scen_blame and rng.random() < 0.6:
                prompt = pick(rng, P["blame_generic"], self.region)[0]
                line = self.p(scen_blame)
            else:
                prompt, line = pick(rng, P["blame_generic"], self.region)
            blocks.append([self.C(prompt), self.A("{blame:" + line + "}", sent="negative"), self.C(X["reaction"], opt=True)])
        if "card" in faults:
            give, a, c = pick(rng, P["card"], self.region)
            if give and rng.random() < 0.7:
                blocks.append([self.A(X["card_ask"]), self.C(give), self.A(a), self.C(c, opt=True)])
            else:
                blocks.append([self.A(a), self.C(c)])
        return blocks


    def decoy_blocks(self, calm: bool) -> list[Blk]:
        rng = self.rng
        out: list[Blk] = []
        if rng.random() < 0.25:
            a, c = pick(rng, self.P["card_decoy"], self.region)
            out.append(Blk([self.A(a), self.C(c)], True, ["partial_number_readback"]))
        if calm and rng.random() < 0.18:
            out.append(Blk([self.A(self.P["bank_apology"]), self.C(self.X["apology_ok"])], True, ["bank_apology"]))
        return out

    def long_blocks(self, faults: frozenset[str], scen2: dict | None) -> list[Blk]:
        rng = self.rng
        P, X = self.P, self.X
        out: list[Blk] = []
        if scen2 is not None:
            blk: list[Turn] = []
            saved = set(self.cats)
            text = self.variant(scen2["prob"])
            extra = sorted(self.cats - saved)
            self.cats = saved
            lead = "Oh, and while I've got you, " if self.lang == "en" else "À mà em ơi, tiện đây "
            first = text.split("||")[0]
            blk.append(self.C(lead + first[0].lower() + first[1:], sent="neutral"))
            if "confirm" not in faults:
                blk.append(self.A(self.aligned(scen2, "confirm", False)))
                blk.append(self.C(X["ack"]))
            blk.append(self.A(self.aligned(scen2, "resolve", False)))
            blk.append(self.C(P["react_good"], sent="positive"))
            out.append(Blk(blk, True, [], ["second-issue:" + scen2["key"]], list(scen2["cats"]) + extra))
        extras = ["small", "relative", "cust_hold", "ramble", "idcheck2", "small2"]
        if self.spec.direction == "outbound":
            extras.remove("ramble")
        rng.shuffle(extras)
        smalls = [strip_region(x) for x in P["small"] if region_of(x) in ("", self.region)]
        rng.shuffle(smalls)
        for e in extras:
            if e.startswith("small"):
                if not smalls:
                    continue
                a, b = smalls.pop()
                out.append(Blk([self.C(a), self.A(b)], True))
            elif e == "relative":
                a, b = P["relative"]
                out.append(Blk([self.C(a), self.C(b, gap=rng.uniform(3, 8)), self.A(P["backch"])], True, [], ["relative-takes-phone"]))
            elif e == "cust_hold":
                a, b = P["cust_hold"]
                out.append(Blk([self.C(a), self.C(b, gap=rng.uniform(8, 18)), self.A(P["backch"])], True, [], ["customer-holds"]))
            elif e == "ramble":
                out.append(Blk([self.C(P["ramble"]), self.A(P["backch"])], True))
            else:
                a, c = self.p(P["idcheck"])
                out.append(Blk([self.A(a), self.C(c)], True, ["id_check"]))
        return out

    # inbound ---------------------------------------------------------------------------
    def opening(self, faults: frozenset[str]) -> list[Turn]:
        rng = self.rng
        P = self.P
        G, Co, In, Of = ("greeting" not in faults), ("company" not in faults), ("intro" not in faults), ("offer" not in faults)
        out: list[Turn] = []
        if rng.random() < 0.12:
            out.append(self.C(self.X["hello_first"], gap=0.0))
            self.ctxtags.append("customer-speaks-first")
        if G and Co and In and Of and rng.random() < 0.1:
            out.append(self.A(P["trainee_open"]))
            self.ctxtags.append("trainee-restarts")
            return out
        late_greet = (not G) and rng.random() < 0.45
        parts: list[str] = []
        if G and Co and rng.random() < 0.4:
            parts.append(self.p(P["greet_company"]))
        else:
            if G:
                parts.append("{greet:" + self.p(P["greet"]) + "}")
            if Co:
                parts.append(self.p(P["company"]))
        if In:
            intro = self.p(P["intro"])
            if len(parts) >= 2 and rng.random() < 0.3:
                parts.insert(1, intro)
            else:
                parts.append(intro)
        first = ", ".join(parts)
        offer = self.p(P["offer"]) if Of else ""
        if late_greet:
            pre = self.p(P["late_greet_pre"])
            out.append(self.A(cap(first) + ". " + pre if first else pre))
            if rng.random() < 0.5:
                out.append(self.C(["Hello?", "Okay."] if self.lang == "en" else ["A lô?", "Ừ."]))
            late = self.p(P["late_greet"] if Of else P["late_greet_nooffer"])
            out.append(self.A(late, min_start=rng.uniform(23.0, 27.0)))
            self.decoys.append("greeting_after_20s")
            return out
        if not first and not offer:
            raise ValueError("empty opening")
        if first and offer and rng.random() < 0.3:
            out.append(self.A(cap(first) + "."))
            out.append(self.C(P["cust_hello"]))
            out.append(self.A(cap(offer)))
        else:
            text = cap(first + ", " + offer) if first and offer else cap(first or offer)
            if not text.endswith(("?", ".")):
                text += "."
            out.append(self.A(text))
        if not G:
            self.decoys.append("opening_without_greeting")
        return out

    def closing(self, faults: frozenset[str]) -> list[Turn]:
        rng = self.rng
        P, X = self.P, self.X
        out: list[Turn] = []
        if "anyelse" not in faults:
            out.append(self.A(P["anyelse"]))
            out.append(self.C(P["cust_nothing"]))
        elif rng.random() < 0.6:
            out.append(self.A(P["not_anyelse"]))
            out.append(self.C(X["clear"]))
        th = "thanks" not in faults
        by = "goodbye" not in faults
        thanks = self.p(P["thanks"])
        bye = self.p(P["bye"])
        if "tbg" in faults:
            if rng.random() < 0.5:
                out.append(self.A(cap(bye) + X["tbg_join"] + decap(thanks) + "!"))
            else:
                out.append(self.A(cap(bye) + "."))
                out.append(self.C(P["cust_bye"]))
                out.append(self.A(cap(thanks) + "."))
            self.ctxtags.append("bye-then-thanks")
        elif th and by:
            r = rng.random()
            if r < 0.45:
                out.append(self.A(cap(thanks) + ", " + bye + "."))
            elif r < 0.75:
                out.append(self.A(cap(thanks) + "."))
                out.append(self.C(P["cust_thanks_bye"]))
                out.append(self.A(cap(bye) + "."))
            elif not out or out[-1].spk != "customer":
                out.append(self.C(P["cust_thanks_bye"]))
                out.append(self.A(self.p(P["welcome"]) + " " + cap(thanks) + ", " + bye + "."))
            else:
                out.append(self.A(cap(thanks) + ", " + bye + "."))
        elif th:
            out.append(self.A(cap(thanks) + "."))
            out.append(self.C(P["cust_bye"]))
            self.decoys.append("customer_goodbye_only")
        elif by:
            if not out or out[-1].spk != "customer" or rng.random() < 0.3:
                out.append(self.C(P["cust_thanks_bye"]))
            out.append(self.A(self.p(P["welcome"]) + " " + cap(bye) + "."))
            self.decoys.append("customer_thanks_only")
        else:
            out.append(self.C(P["cust_thanks_bye"]))
            out.append(self.A(P["welcome"]))
            out.append(self.C(P["cust_bye"]))
        return out

    def pick_mood(self, scen: dict, faults: frozenset[str]) -> str:
        rng = self.rng
        if scen.get("key") in ("bereavement", "qua_doi"):
            return "bereave"
        if faults & {"empathy", "interrupt"}:
            if scen.get("angry") and rng.random() < 0.65:
                return "angry"
            if scen.get("upset") and rng.random() < 0.5:
                return "upset"
            return "angry_later"
        r = rng.random()
        if faults & {"blame", "rude"}:
            r *= 0.6
        if scen.get("angry") and r < 0.22:
            return "angry"
        if scen.get("upset") and r < 0.4:
            return "upset"
        if r < 0.24:
            return "angry_later"
        return "calm"

    def inbound(self, scen: dict, scen2: dict | None) -> list[Turn]:
        spec, rng, P, X = self.spec, self.rng, self.P, self.X
        faults = spec.faults
        self.cats.update(scen["cats"])
        self.scen_blame = scen.get("blame")
        mood = self.pick_mood(scen, faults)
        if "gbr" in faults:
            mood = "calm"
        self.ctxtags.append(mood)
        head: list[Turn] = []
        resolved_early = "gbr" in faults
        if resolved_early:
            head.append(self.A(self.aligned(scen, "resolve", False)))
            head.append(self.C(P["gbr_cust"]))
            head.append(self.A(self.gbr_after(faults)))
            head.append(self.C(P["gbr_cust2"]))
            self.ctxtags.append("resolution-before-greeting")
        else:
            head += self.opening(faults)
            if "intro" in faults and rng.random() < 0.35:
                head.append(self.C(P["name_decoy"]))
                self.decoys.append("customer_says_agent_name")
        blocks: list[Blk] = []
        prob: list[Turn] = []
        mood_text = mood in ("angry", "upset") and not resolved_early
        if resolved_early:
            pass
        elif mood == "angry":
            prob += self.cust_statement(self.variant(scen["angry"]), "negative", raised=rng.random() < 0.5)
            self.cats.add("complaint")
        elif mood in ("upset", "bereave"):
            prob += self.cust_statement(self.variant(scen["upset"]), "negative")
        else:
            prob += self.cust_statement(self.variant(scen["prob"]), "neutral")
            if rng.random() < 0.14 and len(prob) == 1:
                prob.append(self.A(X["decoy_intr"], interrupt=True))
                prob.append(self.C(X["decoy_intr_cust"]))
                self.decoys.append("agent_interrupts_calm_customer")
        if prob and (spec.long or rng.random() < 0.15) and mood not in ("angry", "upset", "bereave"):
            prob.append(self.C(P["ramble"]))
        if mood in ("angry", "upset", "bereave"):
            prob += self.anger_response(faults, mood)
        if prob:
            blocks.append(Blk(prob, False))
        if rng.random() < (0.75 if not resolved_early else 0.5):
            a, c = self.p(P["idcheck"])
            blocks.append(Blk([self.A(a), self.C(c), self.A(P["idok"])], True, ["id_check"]))
        if scen.get("decoy_readback") and rng.random() < 0.7:
            blocks.append(Blk([self.A(scen["decoy_readback"]), self.C(X["ack"])], False, ["address_readback"]))
        if "confirm" not in faults:
            blocks.append(Blk([self.A(self.aligned(scen, "confirm", mood_text)), self.C(X["ack"], opt=True)], False, ["confirm_block"]))
        else:
            blocks.append(Blk([self.A(X["noconfirm"]), self.C(["Okay.", "Sure."] if self.lang == "en" else ["Ừ.", "Dạ."], opt=True)], False, ["confirm_block"]))
        if rng.random() < (0.7 if not resolved_early else 0.9):
            blk = [self.A(P["hold_start"]), self.C(P["cust_hold_ok"]), self.A(P["hold_end"], gap=rng.uniform(18.0, 45.0))]
            tags = ["thanks_for_holding", "let_me_check"]
            if "company" in faults and rng.random() < 0.5:
                blk.append(self.A(P["late_company"]))
                tags.append("company_after_20s")
            blocks.append(Blk(blk, True, tags))
        if "intro" in faults and rng.random() < 0.3 and not resolved_early:
            blocks.insert(1, Blk([self.A(P["late_intro"], min_start=rng.uniform(33.0, 38.0))], False, ["self_intro_after_30s"]))
        if mood == "angry_later":
            blk = [self.A(X["pre_anger"]), self.C(X["angry_generic"], sent="negative", raised=rng.random() < 0.5)]
            self.cats.add("complaint")
            blk += self.anger_response(faults, "angry")
            blocks.append(Blk(blk, False))
        if "empathy" in faults and rng.random() < 0.4:
            blocks.append(Blk([self.A(P["late_empathy"], gap=rng.uniform(8.0, 14.0)), self.C(P["cust_calm"])], False, ["empathy_too_late"]))
        if not resolved_early:
            if "resolution" in faults:
                blocks.append(Blk([self.A(self.p(scen["nores"])), self.C(P["react_nores"])], False, ["non_resolution"]))
            else:
                blk = [self.A(self.aligned(scen, "resolve", mood_text))]
                tags = []
                if rng.random() < 0.1:
                    blk.append(self.C(X["cust_intr"], interrupt=True))
                    tags.append("customer_interrupts_agent")
                if mood == "bereave":
                    blk.append(self.C(X["thanks_small"], opt=True))
                else:
                    blk.append(self.C(P["react_good"], sent="positive" if rng.random() < 0.6 else "neutral", opt=True))
                blocks.append(Blk(blk, False, tags))
        blocks += self.decoy_blocks(mood == "calm")
        fixed_first = 1 if prob else 0
        after_confirm = next((i + 1 for i, b in enumerate(blocks) if "confirm_block" in b.decoys), fixed_first)
        for b in blocks:
            if "confirm_block" in b.decoys:
                b.decoys.remove("confirm_block")
        for fb in self.fault_blocks(faults):
            talky = fb[0].spk == "customer"
            pos = rng.randint(after_confirm if talky else fixed_first, len(blocks))
            blocks.insert(pos, Blk(fb, False))
        extras = self.long_blocks(faults, scen2 if not (faults & {"resolution", "gbr"}) else None)
        return self.trim(head, blocks, self.closing(faults), extras)

    def gbr_after(self, faults: frozenset[str]) -> str:
        P = self.P
        if not (faults & {"company", "intro", "offer"}):
            return self.p(P["gbr_after"])
        if self.lang == "en":
            parts = ["Oh, {greet:hello}"]
            if "company" not in faults:
                parts.append("{company:Acme Bank}")
            parts.append("sorry, I jumped straight in there")
            if "intro" not in faults:
                parts.append("{intro:$name speaking}")
            text = ", ".join(parts) + "."
            if "offer" not in faults:
                text += " {offer:How can I help you today}?"
        else:
            parts = ["À, {greet:em chào $kh ạ}"]
            if "company" not in faults:
                parts.append("{company:ngân hàng ABC}")
            parts.append("em xin lỗi, em vội quá")
            if "intro" not in faults:
                parts.append("{intro:em là $name}")
            text = ", ".join(parts) + "."
            if "offer" not in faults:
                text += " {offer:Em hỗ trợ được gì cho $kh ạ}?"
        return text

    def trim(self, head: list[Turn], blocks: list[Blk], tail: list[Turn], extras: list[Blk]) -> list[Turn]:
        rng = self.rng

        def count() -> int:
            return len(head) + len(tail) + sum(len(b.turns) for b in blocks)

        def drop_to(hi: int) -> None:
            while count() > hi:
                opt = [i for i, b in enumerate(blocks) if b.opt]
                if not opt:
                    raise Ambiguous("too many segments")
                blocks.pop(rng.choice(opt))

        want_long = self.spec.long
        if not want_long:
            while count() > 15:
                opt = [i for i, b in enumerate(blocks) if b.opt]
                if opt:
                    blocks.pop(rng.choice(opt))
                    continue
                opt_t = [(i, j) for i, b in enumerate(blocks) for j, t in enumerate(b.turns) if t.opt and len(b.turns) > 1]
                if not opt_t:
                    want_long = True
                    break
                i, j = rng.choice(opt_t)
                blocks[i].turns.pop(j)
        if want_long:
            target = rng.randint(22, 33)
            for e in extras:
                if count() >= target:
                    break
                if any(c.startswith("second-issue") for c in e.ctx):
                    blocks.append(e)
                elif "@front" in e.ctx:
                    e.ctx.remove("@front")
                    blocks.insert(1, e)
                else:
                    blocks.insert(rng.randint(1 if blocks else 0, len(blocks)), e)
            drop_to(35)
            if count() < 20:
                raise Ambiguous("too few segments for a long call")
        elif count() < 5:
            raise Ambiguous("too few segments")
        self.long_out = want_long
        out = list(head)
        for b in blocks:
            out += b.turns
            self.decoys += b.decoys
            self.ctxtags += b.ctx
            self.cats.update(b.cats)
        return out + tail

    # outbound --------------------------------------------------------------------------
    def outbound(self, osc: dict) -> list[Turn]:
        spec, rng, P, X, OB = self.spec, self.rng, self.P, self.X, self.O
        faults = spec.faults
        head: list[Turn] = []
        if rng.random() < 0.4:
            head.append(self.C(X["hello_first"], gap=0.0))
        if "o_self" in faults and "o_company" in faults:
            opener = self.p(OB["open_none"])
        elif "o_self" in faults:
            opener = self.p(OB["open_noself"])
        elif "o_company" in faults:
            opener = self.p(OB["open_nocompany"])
        else:
            opener = self.p(OB["open_full"])
        head.append(self.A(opener))
        head.append(self.C(OB["cust_ok"]))
        seq: list[Turn] = []
        disc: list[Turn] = []
        if "o_disclose" in faults:
            self.ctxtags.append("no-disclosure")
        elif "o_consent" in faults:
            disc = [self.A(OB["disc_only"]), self.C(OB["cust_mm"])]
            self.decoys.append("disclosure_without_consent")
        elif rng.random() < 0.6:
            disc = [self.A(OB["disc_cons"]), self.C(OB["cust_consent"])]
        else:
            disc = [self.A(OB["disc_only"]), self.C(OB["cust_mm"]), self.A(OB["consent_only"]), self.C(OB["cust_consent"])]
        ri = rng.randrange(2)
        resp_text, resp_cats = osc["resp"][ri]
        resp_text = strip_region(resp_text)
        purpose_line = self.p(X["so"]) + self.p(osc["purpose"])
        purpose: list[Turn] = []
        if "o_purpose" in faults:
            for a, c in OB["verify"]:
                purpose += [self.A(a), self.C(c)]
            purpose.append(self.A(P["hold_start"]))
            purpose.append(self.A(purpose_line, min_start=rng.uniform(63.0, 70.0)))
            self.decoys.append("purpose_after_60s")
        else:
            purpose.append(self.A(purpose_line))
        if "o_purpose" not in faults and rng.random() < 0.3 and disc:
            seq += purpose + disc
        else:
            seq += disc + purpose
        if "o_self" in faults and rng.random() < 0.45:
            a, b = OB["cust_pause"]
            late = [self.C(a), self.C(b, gap=rng.uniform(14.0, 20.0)), self.A(OB["late_self"], min_start=rng.uniform(33.0, 38.0))]
            seq = seq[:2] + late + seq[2:]
            self.decoys.append("self_id_after_30s")
        body: list[Blk] = [Blk(seq, False)]
        need_anger = bool(faults & {"empathy", "interrupt"})
        neg = bool(set(resp_cats) & {"fraud", "complaint", "outage"})
        detail, _ = osc["detail"]
        blk = [self.A(detail)]
        if need_anger and not neg:
            blk.append(self.C(OB["angry"], sent="negative", raised=rng.random() < 0.5))
            self.cats.add("complaint")
            blk += self.anger_response(faults, "angry")
            blk.append(self.C(resp_text))
        else:
            blk.append(self.C(resp_text, sent="negative" if neg else "neutral", raised=neg and rng.random() < 0.3))
            if neg:
                blk += self.anger_response(faults, "angry" if "complaint" in resp_cats else "upset")
        self.cats.update(resp_cats)
        body.append(Blk(blk, False))
        if "o_disclose" in faults and rng.random() < 0.4:
            lb = [self.A(P["hold_start"]), self.A(OB["late_disc"], min_start=rng.uniform(64.0, 72.0))]
            if rng.random() < 0.5:
                lb += [self.A(OB["late_consent"]), self.C(OB["cust_consent"])]
            else:
                lb.append(self.C(OB["cust_mm"]))
            body.append(Blk(lb, False, ["disclosure_after_60s"]))
        if "o_consent" in faults and rng.random() < 0.4:
            body.append(Blk([self.A(P["hold_start"]), self.A(OB["late_consent"], min_start=rng.uniform(94.0, 100.0)), self.C(OB["cust_consent"])], False, ["consent_after_90s"]))
        body.append(Blk([self.A(strip_region(osc["close"][ri])), self.C(X["thanks_small"], opt=True)], False))
        body += self.decoy_blocks(False)
        for fb in self.fault_blocks(faults):
            body.insert(rng.randint(1, len(body)), Blk(fb, False))
        tail = [self.A(OB["closing"])]
        if "o_company" in faults and rng.random() < 0.5:
            tail = [self.A("{thanks:Thanks for your time}, from all of us at {company:Acme Bank}, {bye:bye now}." if self.lang == "en" else "{thanks:Dạ em cảm ơn $kh}, {company:ngân hàng ABC} {bye:chào $kh} ạ.")]
            self.decoys.append("company_only_at_close")
        tail.append(self.C(OB["cust_bye"]))
        extras = self.long_blocks(frozenset({"confirm"}), None)
        for e in extras:
            e.ctx.append("@front")
        return self.trim(head, body, tail, extras)


# --------------------------------------------------------------------------------------
# planning, building, validating
# --------------------------------------------------------------------------------------

FAULT_LABEL = {
    "greeting": "no_greeting_20s", "company": "no_company_20s", "intro": "no_self_intro_30s", "offer": "no_offer_help_45s",
    "confirm": "no_confirm_problem", "resolution": "no_resolution", "anyelse": "no_anything_else", "thanks": "no_closing_thanks",
    "goodbye": "no_goodbye", "gbr": "resolution_before_greeting", "tbg": "goodbye_before_thanks", "o_self": "no_self_id_30s",
    "o_company": "no_company_30s", "o_purpose": "no_purpose_60s", "o_disclose": "no_recording_disclosure_60s",
    "o_consent": "no_consent_90s", "empathy": "no_empathy_20s", "blame": "blames_customer", "interrupt": "interrupts_angry_customer",
    "profanity": "agent_profanity", "strict": "agent_profanity_vi_marked", "rude": "rude", "card": "card_readback",
}
INCOMPATIBLE = [
    {"greeting", "gbr"}, {"resolution", "gbr"}, {"thanks", "tbg"}, {"goodbye", "tbg"}, {"o_disclose", "o_consent"},
    {"profanity", "strict"}, {"gbr", "empathy"}, {"gbr", "interrupt"},
]
INBOUND_ONLY = ["greeting", "company", "intro", "offer", "confirm", "resolution", "anyelse", "thanks", "goodbye", "gbr", "tbg"]
OUTBOUND_ONLY = ["o_self", "o_company", "o_purpose", "o_disclose", "o_consent"]
ANYDIR = ["empathy", "blame", "interrupt", "rude", "card"]


def compatible(a: str, b: str) -> bool:
    return a != b and {a, b} not in INCOMPATIBLE


def pack(instances: list[str], n_calls: int, n_clean: int, rng: random.Random) -> list[frozenset[str]]:
    faulty = n_calls - n_clean
    n_pairs = len(instances) - faulty
    if n_pairs < 0 or n_pairs > faulty:
        raise ValueError("cannot pack faults")
    for _ in range(500):
        pool = list(instances)
        rng.shuffle(pool)
        calls: list[frozenset[str]] = []
        ok = True
        while len(calls) < n_pairs:
            a = pool.pop()
            j = next((k for k in range(len(pool) - 1, -1, -1) if compatible(a, pool[k])), None)
            if j is None:
                ok = False
                break
            b = pool.pop(j)
            calls.append(frozenset({a, b}))
        if not ok:
            continue
        calls += [frozenset({a}) for a in pool]
        calls += [frozenset()] * n_clean
        rng.shuffle(calls)
        return calls
    raise ValueError("packing failed")


def plan(lang: str) -> list[Spec]:
    rng = random.Random(f"{SEED}:plan:{lang}")
    n_in, n_out = 110, 40
    inst_in: list[str] = []
    inst_out: list[str] = []
    for f in INBOUND_ONLY:
        inst_in += [f] * 9
    for f in OUTBOUND_ONLY:
        inst_out += [f] * 9
    for f in ANYDIR:
        inst_in += [f] * 7
        inst_out += [f] * 2
    if lang == "en":
        inst_in += ["profanity"] * 7
        inst_out += ["profanity"] * 2
    else:
        inst_in += ["strict"] * 8 + ["profanity"] * 2
        inst_out += ["strict"] * 2 + ["profanity"] * 1
    specs: list[Spec] = []
    scen_list = EN_SCEN if lang == "en" else VI_SCEN
    out_list = EN_OUT if lang == "en" else VI_OUT
    order_in = list(range(len(scen_list)))
    order_in += [k for k in order_in if {"card_lost", "address_change"} & set(scen_list[k]["cats"])]
    order_out = list(range(len(out_list)))
    for direction, inst, n, clean in (("inbound", inst_in, n_in, 12), ("outbound", inst_out, n_out, 6)):
        calls = pack(inst, n, clean, rng)
        order = order_in if direction == "inbound" else order_out
        cyc: list[int] = []
        for faults in calls:
            if not cyc:
                cyc = list(order)
                rng.shuffle(cyc)
            sc = cyc.pop()
            if direction == "inbound" and "gbr" in faults and scen_list[sc]["key"] in ("bereavement", "qua_doi"):
                cyc.insert(0, sc)
                sc = cyc.pop()
            with_prob = [k for k in order_in if "prob" in scen_list[k] and k != sc]
            specs.append(Spec(lang, direction, faults, rng.random() < 0.16, len(specs), sc, rng.choice(with_prob)))
    return specs


def expected_fails(spec: Spec) -> set[str]:
    out = {FAULT_RULE[f] for f in spec.faults}
    if "strict" in spec.faults:
        out.add("forbidden/profanity")
    return out


ATTEMPTS: list[int] = []
FAILS: dict[str, int] = {}


def build_one(spec: Spec) -> dict:
    scen_list = EN_SCEN if spec.lang == "en" else VI_SCEN
    out_list = EN_OUT if spec.lang == "en" else VI_OUT
    last = ""
    for attempt in range(300):
        b = Builder(spec, attempt)
        try:
            if spec.direction == "inbound":
                sc = scen_list[(spec.scen + attempt // 150) % len(scen_list)]
                if "gbr" in spec.faults and sc["key"] in ("bereavement", "qua_doi"):
                    continue
                turns = b.inbound(sc, scen_list[spec.scen2])
                ctx0 = sc["key"]
            else:
                osc = out_list[(spec.scen + attempt // 150) % len(out_list)]
                turns = b.outbound(osc)
                ctx0 = osc["key"]
            laid = layout(turns, spec.lang, b.rng)
            if spec.direction == "inbound" and laid.duration < 60.0:
                raise Ambiguous("inbound call too short for separate windows")
            truth = compute_truth(laid, spec.direction, spec.lang)
        except Ambiguous as e:
            last = str(e)
            FAILS[last[:40]] = FAILS.get(last[:40], 0) + 1
            continue
        fails = {r for r, v in truth.items() if v == "fail"}
        if fails != expected_fails(spec):
            last = f"fails {sorted(fails)} != {sorted(expected_fails(spec))}"
            key = "mismatch " + ",".join(sorted(fails ^ expected_fails(spec)))
            FAILS[key] = FAILS.get(key, 0) + 1
            continue
        ATTEMPTS.append(attempt)
        return finish(spec, b, laid, truth, ctx0)
    raise RuntimeError(f"could not build {spec}: {last}")


def finish(spec: Spec, b: Builder, laid: Laid, truth: dict[str, str], ctx0: str) -> dict:
    rng = b.rng
    level = rng.choices(["clean", "light", "heavy"], weights=[0.3, 0.35, 0.35])[0]
    segments = []
    sentiment = []
    for seg in laid.segments:
        s = {"speaker": seg["speaker"], "start": seg["start"], "end": seg["end"], "text": "", "words": [list(w) for w in seg["words"]]}
        noise_segment(s, spec.lang, level, rng)
        segments.append({"speaker": s["speaker"], "start": s["start"], "end": s["end"], "text": s["text"], "words": s["words"]})
        sentiment.append(seg["sent"])
    swear = EN_SWEAR_WORDS | VI_STRICT_WORDS | {"đm", "dm", "vl", "vcl"}
    for seg in laid.segments:
        bare = {_bare(w[2]) for w in seg["words"]}
        if seg["speaker"] == "customer" and bare & swear:
            b.decoys.append("customer_swears")
        if seg["speaker"] == "customer" and seg["sent"] == "negative" and "complaint" in b.cats:
            b.decoys.append("customer_blames_bank")
        if seg["speaker"] == "agent" and bare & {"vài", "đủ", "cụt", "dickinson", "hancock"}:
            b.decoys.append("innocent_lookalike")
    style = [ctx0, spec.direction, "long" if b.long_out else "short", f"asr-{level}"]
    if b.region:
        style.append({"N": "northern", "S": "southern"}[b.region])
    style += b.ctxtags
    cats = [c for c in CATEGORIES if c in b.cats]
    prefix = spec.lang
    return {
        "id": "",
        "split": "heldout6",
        "language": spec.lang,
        "metadata": {"direction": spec.direction, "queue": queue_for(ctx0, spec), "agent_name": b.agent_full, "language": spec.lang},
        "faults": sorted(FAULT_LABEL[f] for f in spec.faults),
        "decoys": sorted(set(b.decoys)),
        "context": "/".join(style),
        "segments": segments,
        "sentiment": sentiment,
        "metrics": {"speaker_separated": True, "interruptions": laid.interruptions, "raised_voice": laid.raised},
        "truth": truth,
        "categories": cats,
        "_prefix": prefix,
    }


QUEUES = {
    "en": {"inbound": ["retail-general", "cards", "mortgages", "business", "fraud", "complaints"], "outbound": ["collections", "sales", "fraud-outbound", "customer-care"]},
    "vi": {"inbound": ["khach-hang-ca-nhan", "the", "vay", "doanh-nghiep", "khieu-nai"], "outbound": ["thu-hoi-no", "ban-cheo", "xac-minh", "cham-soc"]},
}


def queue_for(key: str, spec: Spec) -> str:
    qs = QUEUES[spec.lang][spec.direction]
    return qs[int(hashlib.sha256(key.encode()).hexdigest(), 16) % len(qs)]


def validate(rows: list[dict]) -> list[str]:
    """Checks the written rows on their own (no builder state): structure and label logic."""
    errs: list[str] = []
    keys = ["id", "split", "language", "metadata", "faults", "decoys", "context", "segments", "sentiment", "metrics", "truth", "categories"]
    seen: set[str] = set()
    for row in rows:
        rid = row.get("id", "?")
        def err(msg: str, rid: str = rid) -> None:
            errs.append(f"{rid}: {msg}")
        if list(row) != keys:
            err(f"keys {list(row)}")
            continue
        if rid in seen:
            err("duplicate id")
        seen.add(rid)
        md = row["metadata"]
        if set(md) != {"direction", "queue", "agent_name", "language"} or md["language"] != row["language"]:
            err("metadata")
        if row["language"] not in ("en", "vi") or md["direction"] not in ("inbound", "outbound"):
            err("language/direction")
        segs = row["segments"]
        if len(row["sentiment"]) != len(segs) or any(s not in ("negative", "neutral", "positive") for s in row["sentiment"]):
            err("sentiment")
        inter_starts = {round(i["start_s"], 2) for i in row["metrics"]["interruptions"]}
        prev_start, max_end = -1.0, 0.0
        for k, s in enumerate(segs):
            if set(s) != {"speaker", "start", "end", "text", "words"} or s["speaker"] not in ("agent", "customer"):
                err(f"segment {k} fields")
            if not (s["start"] < s["end"]) or s["start"] <= prev_start:
                err(f"segment {k} times")
            if s["start"] < max_end - 1e-6 and round(s["start"], 2) not in inter_starts:
                err(f"segment {k} overlaps without an interruption")
            if s["text"].split(" ") != [w[2] for w in s["words"]] or s["text"] != s["text"].strip() or "  " in s["text"]:
                err(f"segment {k} words != text")
            last = s["start"] - 0.001
            for w in s["words"]:
                if not (s["start"] - 0.01 <= w[0] < w[1] <= s["end"] + 0.01) or w[0] < last - 0.001:
                    err(f"segment {k} word times {w}")
                    break
                last = w[1]
            prev_start, max_end = s["start"], max(max_end, s["end"])
        if segs and segs[-1]["end"] < max_end:
            err("last segment does not end the call")
        t = row["truth"]
        if list(t) != RULES or any(v not in ("pass", "fail", "not_applicable") for v in t.values()):
            err("truth keys/values")
            continue
        inb = md["direction"] == "inbound"
        for r in INBOUND_RULES:
            if (t[r] == "not_applicable") == inb and r not in ("inbound/greeting_before_resolution", "inbound/thanks_before_goodbye"):
                err(f"{r} applicability")
        for r in OUTBOUND_RULES:
            if (t[r] == "not_applicable") == (not inb) and r != "outbound/consent":
                err(f"{r} applicability")
        if inb:
            gbr_na = t["inbound/greeting"] == "fail" or t["inbound/resolution"] == "fail"
            if gbr_na != (t["inbound/greeting_before_resolution"] == "not_applicable"):
                err("gbr applicability")
            tbg_na = t["inbound/thanks"] == "fail" or t["inbound/goodbye"] == "fail"
            if tbg_na != (t["inbound/thanks_before_goodbye"] == "not_applicable"):
                err("tbg applicability")
        else:
            if (t["outbound/recording_disclosure"] == "fail") != (t["outbound/consent"] == "not_applicable"):
                err("consent applicability")
        if (row["language"] == "en") != (t["forbidden/profanity_vi_strict"] == "not_applicable"):
            err("strict applicability")
        if t["forbidden/profanity_vi_strict"] == "fail" and t["forbidden/profanity"] != "fail":
            err("strict fail without profanity fail")
        angry = [(s["start"], s["end"]) for s, lab in zip(segs, row["sentiment"], strict=True) if s["speaker"] == "customer" and lab == "negative"]
        events = [r for r in row["metrics"]["raised_voice"] if r["speaker"] == "customer"]
        has_anger = bool(angry or events)
        for r in ("angry_caller/empathy", "angry_caller/no_interrupting_angry_customer"):
            if has_anger == (t[r] == "not_applicable"):
                err(f"{r} applicability")
        for e in events:
            if not any(a <= e["start_s"] <= b for a, b in angry):
                err("raised voice outside a negative segment")
        if has_anger:
            bad = any(
                i["speaker"] == "agent" and i["interrupted"] == "customer"
                and (any(a <= i["start_s"] <= b for a, b in angry) or any(e["start_s"] <= i["start_s"] <= e["start_s"] + 0.5 for e in events))
                for i in row["metrics"]["interruptions"]
            )
            if (t["angry_caller/no_interrupting_angry_customer"] == "fail") != bad:
                err("interruption label vs metrics")
        if any(c not in CATEGORIES for c in row["categories"]):
            err("unknown category")
        n = len(segs)
        if not (5 <= n <= 15 or 20 <= n <= 35):
            err(f"{n} segments")
    return errs


def counts_table(rows: list[dict]) -> str:
    lines = ["| rule | fail en | fail vi | pass en | pass vi | n/a |", "|---|---|---|---|---|---|"]
    for r in RULES:
        c = {(lang, v): 0 for lang in ("en", "vi") for v in ("pass", "fail", "not_applicable")}
        for row in rows:
            c[(row["language"], row["truth"][r])] += 1
        lines.append(f"| {r} | {c[('en','fail')]} | {c[('vi','fail')]} | {c[('en','pass')]} | {c[('vi','pass')]} | {c[('en','not_applicable')] + c[('vi','not_applicable')]} |")
    lines += ["", "| category | en | vi | total |", "|---|---|---|---|"]
    for cat in CATEGORIES:
        en = sum(1 for row in rows if row["language"] == "en" and cat in row["categories"])
        vi = sum(1 for row in rows if row["language"] == "vi" and cat in row["categories"])
        lines.append(f"| {cat} | {en} | {vi} | {en + vi} |")
    return "\n".join(lines)


def summary(rows: list[dict]) -> str:
    n_seg = [len(r["segments"]) for r in rows]
    dirs = {(r["language"], r["metadata"]["direction"]): 0 for r in rows}
    for r in rows:
        dirs[(r["language"], r["metadata"]["direction"])] += 1
    nf = {}
    for r in rows:
        nf[len(r["faults"])] = nf.get(len(r["faults"]), 0) + 1
    dur = [r["segments"][-1]["end"] for r in rows]
    return (
        f"calls {len(rows)}; " + ", ".join(f"{k[0]} {k[1]} {v}" for k, v in sorted(dirs.items()))
        + f"; short (5-15 segments) {sum(1 for n in n_seg if n <= 15)}, long (20-35) {sum(1 for n in n_seg if n >= 20)}"
        + f"; faults per call {dict(sorted(nf.items()))}; duration {min(dur):.0f}-{max(dur):.0f} s"
    )


MD = HERE / "HELDOUT6.md"
MD_HEAD = """# heldout6: a blind held-out set for the compliance rules and call categories

Written on 2026-12-02 for issue 7 by a helper session working **blind**: it never opened the
rule files (`scorecards/rules/`, `scorecards/categories/`), the matcher (`aqm/scoring/`), the
earlier held-out sets or their builders, nor the README's compliance section, and it never
ran aqm's rules on this set. It was written from the issue-7 brief alone: the call script
(company "Acme Bank" / "Ngân hàng ABC", agent names), the 23 rule descriptions with their
windows, and the project's judgement calls (what counts as a greeting, a resolution, anger,
blame, a card read-back, a strict Vietnamese swear word, ...). No phrase lists and no
training data were used; every wording was written by hand for this set.

## Files

- `heldout6.jsonl`: 300 calls (150 English, 150 Vietnamese; 220 inbound, 80 outbound), one
  JSON object per line, split `heldout6`.
- `build_heldout6.py`: the deterministic, self-contained builder (seeded; imports nothing
  from the other builders). `python tests/data/rules/build_heldout6.py` rewrites both files;
  `--check` validates the JSONL on its own (times, words == text split, all 23 labels,
  applicability, interruption labels against the metrics).

## How the truth was made

Each call is assembled from turns whose clean text marks the evidence (`{greet:...}`,
`{resolve:...}`, `{blame:...}`, ...); untagged agent words that could be evidence (a stray
"thank you", "bye", "chào", "sorry", "help", the company name) are tagged automatically, so
nothing unlabelled can hide in a window. The labels are computed from the start times of
those phrases against each rule's window (first 20/30/45/60/90 s, last 25 s, 20 s after the
first customer anger), the intended faults are checked against the computed labels, and a
call whose evidence starts within 2 s of a window edge is re-drawn. Anger is what the brief
says: a customer segment labelled `negative` or a customer raised-voice event. ASR noise
(lower case, no punctuation, homophones and splits such as "to day", "any thing", "acne
bank", dropped short words; Vietnamese words without or with wrong tone marks, all-toneless
segments, joined syllables, "a b c" / "ây bi xi") is added afterwards and never changes a
label; digits and the swear words themselves are not noised.

Hard cases on both sides: introductions such as "you've got Sam on the line", "Lan xin
nghe ạ", "Priya Nair speaking"; confirmations that restate the problem in many forms; openings
with "Acme Bank, Sam speaking" and no greeting; greetings, company names, introductions,
purposes, disclosures and consents said only after their window; ID checks, address
read-backs, "let me just check that", "thanks for holding" mid-call; the customer saying the
agent's name; goodbye or thanks said by the customer only; "bye now... oh, and thanks for
calling"; the customer swearing (including "đéo", "vãi", "đm") or blaming the bank; the
agent apologising for the bank's own mistake; last-four-digit, phone and reference
read-backs; agent interruptions of calm customers and customer interruptions of the agent;
bereaved and frightened (not angry) customers whose negative turns still count as anger;
innocent look-alikes ("vài", "đủ", "Mr Dickinson", "Mrs Hancock"); callers who ramble,
put the agent on hold, hand the phone to a relative; northern and southern Vietnamese; UK,
US, Indian and Australian English.

Faults come singly (128 calls) and in pairs (136 calls); 36 calls have none. Every rule has
18 failing calls (9 English, 9 Vietnamese), except: `forbidden/profanity_vi_strict` has 10
(Vietnamese only; the agent says đéo, địt, đụ or vãi with their marks), and `forbidden/profanity` has 22
(9 English; 13 Vietnamese: the 10 strict ones, which are also profanity by definition, plus
3 toneless or teencode ones that are profanity but not strict).

## Counts
"""


def write_md(rows: list[dict], sha: str) -> None:
    text = MD_HEAD + "\n" + summary(rows) + "\n\n" + counts_table(rows) + "\n\n"
    text += "## SHA-256\n\n" + f"`heldout6.jsonl`: `{sha}`\n"
    MD.write_text(text, encoding="utf-8")


def main() -> int:
    if "--check" in sys.argv:
        rows = [json.loads(line) for line in OUT.read_text(encoding="utf-8").splitlines()]
        errs = validate(rows)
        print(counts_table(rows))
        print(summary(rows))
        print("\n".join(errs[:50]) or "valid")
        return 1 if errs else 0
    rows: list[dict] = []
    for lang in ("en", "vi"):
        specs = plan(lang)
        built = [build_one(s) for s in specs]
        order = random.Random(f"{SEED}:order:{lang}").sample(range(len(built)), len(built))
        for k, i in enumerate(order):
            row = built[i]
            row.pop("_prefix")
            row["id"] = f"{lang}-heldout6-{k:03d}"
            rows.append(row)
    print("re-draws per call: max", max(ATTEMPTS), "mean", round(sum(ATTEMPTS) / len(ATTEMPTS), 1))
    errs = validate(rows)
    if errs:
        print("\n".join(errs[:80]))
        return 1
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    OUT.write_text(data, encoding="utf-8")
    sha = hashlib.sha256(data.encode("utf-8")).hexdigest()
    print(counts_table(rows))
    print(summary(rows))
    write_md(rows, sha)
    print(f"wrote {OUT.name}: sha256 {sha}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
