"""Build tests/data/rules/heldout9.jsonl: a blind held-out set for aqm's compliance rules.

Written from the call script and the rule descriptions only (see HELDOUT9.md). Self-contained
and deterministic (seed 20261203): ``python tests/data/rules/build_heldout9.py`` rewrites the
file byte for byte and prints per-rule and per-category counts.

Every call is composed from turns made of pieces; a piece carries tags such as ``greeting`` or
``resolution`` for the agent's script items. Truth is computed from where the tagged pieces fall
in time, and a call is re-drawn whenever the truth differs from the faults planned for it or a
tagged piece starts within 2 s of a window edge.
"""

# ruff: noqa: E501  (the wordings below are data; long lines keep each one whole and greppable)
from __future__ import annotations

import hashlib
import json
import random
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

SEED = 20261203
OUT = Path(__file__).with_name("heldout9.jsonl")
MARGIN_S = 2.0

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
IN_FAULTS = [
    "greeting",
    "company_name",
    "self_intro",
    "offer_help",
    "confirm_problem",
    "resolution",
    "anything_else",
    "thanks",
    "goodbye",
    "greeting_before_resolution",
    "thanks_before_goodbye",
]
OUT_FAULTS = ["identify_self", "identify_company", "purpose", "recording_disclosure", "consent"]
ANY_FAULTS = [
    "empathy",
    "no_blame",
    "no_interrupting_angry_customer",
    "profanity",
    "rude",
    "no_card_readback",
]
PACK = (
    {f: "inbound" for f in IN_FAULTS}
    | {f: "outbound" for f in OUT_FAULTS}
    | {
        "empathy": "angry_caller",
        "no_blame": "angry_caller",
        "no_interrupting_angry_customer": "angry_caller",
        "profanity": "forbidden",
        "profanity_vi_strict": "forbidden",
        "rude": "forbidden",
        "no_card_readback": "forbidden",
    }
)


@dataclass
class Piece:
    text: str
    tags: tuple[str, ...] = ()


@dataclass
class Turn:
    speaker: str
    pieces: list[Piece]
    sentiment: str = "neutral"
    raised: bool = False
    interrupt: bool = False  # starts inside the previous (customer) segment
    gap_before: float | None = None  # e.g. a hold
    optional: bool = False  # may be dropped to keep a short call short
    note: str = ""  # the decoy this optional turn carries
    group: int = 0  # optional turns with the same group are dropped together


@dataclass
class Ctx:
    rng: random.Random
    lang: str
    T: dict
    agent_given: str
    cust: str
    noisy: float
    faults: set[str]
    cats: set[str] = field(default_factory=set)
    decoys: list[str] = field(default_factory=list)
    outbound: bool = False
    ctx: str = ""
    used: set[str] = field(default_factory=set)


def P(text: str, *tags: str) -> Piece:
    return Piece(text, tuple(tags))


def pick(c: Ctx, key: str, **kw: str) -> str:
    s = c.rng.choice(c.T[key])
    if key.startswith("empathy"):  # never the same sympathy line twice in a call
        while s in c.used and not set(c.T[key]) <= c.used:
            s = c.rng.choice(c.T[key])
        c.used.add(s)
    return fill(c, s, **kw)


def fill(c: Ctx, s: str, **kw: str) -> str:
    vals = dict(name=c.agent_given, cust=c.cust, co=c.rng.choice(c.T["company_spoken"]))
    vals.update(kw)
    for k, v in vals.items():
        s = s.replace("{" + k + "}", v)
    return s


# ----------------------------------------------------------------------------- ASR-like noise
def strip_tones(s: str) -> str:
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(ch for ch in unicodedata.normalize("NFD", s) if unicodedata.category(ch) != "Mn")


EN_SWAPS = [
    ("you're", "your"),
    ("today", "to day"),
    ("anything", "any thing"),
    ("acme", "acne"),
    ("alright", "all right"),
    ("can't", "cant"),
    ("i'm", "im"),
    ("goodbye", "good bye"),
    ("there's", "theres"),
    ("we'll", "well"),
    ("they're", "there"),
    ("okay", "ok"),
    ("cancel", "cancer"),
    ("card", "cod"),
]
VI_SWAPS = [
    ("cảm ơn", "cám ơn"),
    ("hỗ trợ", "hổ trợ"),
    ("alô", "a lô"),
    ("ngân hàng", "ngânhàng"),
    ("không", "khong"),
    ("được", "đươc"),
    ("giúp", "giup"),
    ("chị", "chi"),
    ("vui lòng", "vui long"),
    ("tài khoản", "tai khoản"),
    ("dạ", "da"),
]


PRONOUNS = ("anh chị", "chị", "anh", "chú", "cô", "bác")


def harmonise(c: Ctx, text: str, speaker: str) -> str:
    """Uses the one form of address that fits this call's customer (Vietnamese)."""
    if c.lang != "vi":
        return text
    pr = c.cust.split()[0]
    if speaker == "agent":  # the agent's generic "anh chị" becomes this customer's form too
        text = re.sub(r"\banh chị\b", pr, text)
    text = re.sub(r"\banh chị\b", "\x00", text).replace("chúc cô chú", "chúc \x01")
    text = re.sub(r"(?<![\w])(chị|anh|chú|cô|bác)(?![\w])", pr, text)
    text = re.sub(r"(?<![\w])(Chị|Anh|Chú|Cô|Bác)(?![\w])", pr.capitalize(), text)
    return text.replace("\x00", "anh chị").replace("\x01", "cả nhà")


def noisify(c: Ctx, text: str, protect: bool) -> str:
    rng = c.rng
    if rng.random() > c.noisy:
        return text
    t = text.lower()
    t = re.sub(r"[,.?!;:](?=\s|$)|[\"“”]", "", t)
    t = t.replace(" - ", " ").replace("—", " ")
    swaps = EN_SWAPS if c.lang == "en" else VI_SWAPS
    for a, b in swaps:
        if a in t and rng.random() < 0.35:
            if c.lang == "en" and a == "card" and protect:
                continue
            t = t.replace(a, b, 1)
    words = t.split()
    if c.lang == "en":
        words = [w for w in words if not (w in ("a", "the", "to", "and") and rng.random() < 0.12)]
    elif not protect:
        if rng.random() < 0.18:
            words = [strip_tones(w) for w in words]
        else:
            words = [strip_tones(w) if rng.random() < 0.15 else w for w in words]
    return " ".join(words) if words else text


# ----------------------------------------------------------------------------- timing
def lay_out(c: Ctx, turns: list[Turn]) -> tuple[list[dict], list[tuple[str, float, int]], dict]:
    """Times turns; returns segments, (tag, start_s, seg_index) list and metrics."""
    rng = c.rng
    t = rng.uniform(0.3, 1.4)
    segs: list[dict] = []
    tags: list[tuple[str, float, int]] = []
    interruptions: list[dict] = []
    raised: list[dict] = []
    per_word = rng.uniform(0.27, 0.36) if c.lang == "en" else rng.uniform(0.22, 0.3)
    for i, turn in enumerate(turns):
        if turn.interrupt and (not segs or segs[-1]["speaker"] == turn.speaker):
            turn.interrupt = False  # nobody to talk over
        if segs:
            prev = segs[-1]
            if turn.interrupt:
                pdur = prev["end"] - prev["start"]
                t = round(prev["start"] + pdur * rng.uniform(0.55, 0.8), 2)
            elif turn.gap_before is not None:
                t = prev["end"] + turn.gap_before
            else:
                t = prev["end"] + rng.uniform(0.25, 1.1)
        start = round(t, 2)
        words: list[list] = []
        texts: list[str] = []
        cur = start
        for pc in turn.pieces:
            protect = "prof_strict" in pc.tags or "readback" in pc.tags
            txt = noisify(c, harmonise(c, pc.text, turn.speaker), protect).strip()
            pws = txt.split()
            if not pws:
                continue
            first = round(cur, 2)
            for tg in pc.tags:
                tags.append((tg, first, i))
            for w in pws:
                d = per_word * rng.uniform(0.8, 1.35) + 0.03 * len(w) ** 0.5
                d = min(max(d, 0.2), 0.5)
                words.append([round(cur, 2), round(cur + d, 2), w])
                cur += d + rng.uniform(0.02, 0.09)
            texts.append(" ".join(pws))
        end = round(words[-1][1] + 0.05, 2)
        seg = {
            "speaker": turn.speaker,
            "start": start,
            "end": end,
            "text": " ".join(texts),
            "words": words,
        }
        if turn.interrupt:
            prev = segs[-1]
            interruptions.append(
                {
                    "speaker": turn.speaker,
                    "interrupted": prev["speaker"],
                    "start_s": start,
                    "overlap_s": round(prev["end"] - start, 2),
                }
            )
        if turn.raised:
            rs = round(start + min(0.6, (end - start) / 4), 2)
            re_ = round(max(rs + 1.0, end - 0.4), 2)
            raised.append(
                {
                    "speaker": turn.speaker,
                    "start_s": rs,
                    "end_s": re_,
                    "above_median_db": round(rng.uniform(6.5, 11.0), 1),
                }
            )
        segs.append(seg)
        t = end
    metrics = {"speaker_separated": True, "interruptions": interruptions, "raised_voice": raised}
    return segs, tags, metrics


# ----------------------------------------------------------------------------- truth
def compute_truth(
    direction: str,
    lang: str,
    segs: list[dict],
    sentiments: list[str],
    tags: list[tuple[str, float, int]],
    metrics: dict,
) -> tuple[dict, list[str]]:
    """Truth from tagged pieces; also returns margin problems (pieces near a window edge)."""
    end = segs[-1]["end"]
    probs: list[str] = []

    def first(tag: str, lo: float = -1.0, hi: float = 1e9) -> float | None:
        xs = [s for tg, s, _ in tags if tg == tag and lo <= s <= hi]
        return min(xs) if xs else None

    def near(tag: str, edge: float) -> None:
        for tg, s, _ in tags:
            if tg == tag and abs(s - edge) < MARGIN_S:
                probs.append(f"{tag}@{s:.1f}~{edge:.1f}")

    tr: dict[str, str] = {}
    pf = {True: "pass", False: "fail"}
    if direction == "inbound":
        g = first("greeting", hi=20)
        r = first("resolution")
        th = first("thanks", lo=end - 25)
        gb = first("goodbye", lo=end - 25)
        tr["inbound/greeting"] = pf[g is not None]
        tr["inbound/company_name"] = pf[first("company", hi=20) is not None]
        tr["inbound/self_intro"] = pf[first("self_intro", hi=30) is not None]
        tr["inbound/offer_help"] = pf[first("offer_help", hi=45) is not None]
        tr["inbound/confirm_problem"] = pf[first("confirm") is not None]
        tr["inbound/resolution"] = pf[r is not None]
        tr["inbound/anything_else"] = pf[first("anything_else") is not None]
        tr["inbound/thanks"] = pf[th is not None]
        tr["inbound/goodbye"] = pf[gb is not None]
        tr["inbound/greeting_before_resolution"] = (
            "not_applicable" if g is None or r is None else pf[g < r]
        )
        tr["inbound/thanks_before_goodbye"] = (
            "not_applicable" if th is None or gb is None else pf[th < gb]
        )
        for tg, e in (
            ("greeting", 20),
            ("company", 20),
            ("self_intro", 30),
            ("offer_help", 45),
            ("thanks", end - 25),
            ("goodbye", end - 25),
            ("thanks_other", end - 25),
        ):
            near(tg, e)
        for tg in ("thanks_other", "thanks_early"):
            if first(tg, lo=end - 25 - MARGIN_S) is not None:
                probs.append(tg + " in closing window")
        if first("offer_help", hi=45) is None and first("anything_else", hi=45 + MARGIN_S):
            probs.append("anything-else question could pass for an offer of help")
        if g is not None and r is not None and abs(g - r) < 0.5:
            probs.append("greeting~resolution")
        for k in [x for x in RULES if x.startswith("outbound/")]:
            tr[k] = "not_applicable"
    else:
        for k in [x for x in RULES if x.startswith("inbound/")]:
            tr[k] = "not_applicable"
        tr["outbound/identify_self"] = pf[first("self_intro", hi=30) is not None]
        tr["outbound/identify_company"] = pf[first("company", hi=30) is not None]
        tr["outbound/purpose"] = pf[first("purpose", hi=60) is not None]
        rec = first("recording", hi=60) is not None
        tr["outbound/recording_disclosure"] = pf[rec]
        tr["outbound/consent"] = (
            pf[first("consent", hi=90) is not None] if rec else "not_applicable"
        )
        for tg, e in (
            ("self_intro", 30),
            ("company", 30),
            ("purpose", 60),
            ("recording", 60),
            ("consent", 90),
        ):
            near(tg, e)
    # anger
    angry_starts = [
        s["start"]
        for s, lab in zip(segs, sentiments, strict=True)
        if s["speaker"] == "customer" and lab == "negative"
    ]
    angry_starts += [r["start_s"] for r in metrics["raised_voice"] if r["speaker"] == "customer"]
    if not angry_starts:
        tr["angry_caller/empathy"] = "not_applicable"
        tr["angry_caller/no_interrupting_angry_customer"] = "not_applicable"
    else:
        a = min(angry_starts)
        emp = [s for tg, s, _ in tags if tg == "empathy" and a < s <= a + 20]
        tr["angry_caller/empathy"] = pf[bool(emp)]
        near("empathy", a + 20)
        for tg, s, _ in tags:
            if tg == "empathy" and abs(s - a) < 0.5:
                probs.append("empathy at anger start")
        bad = False
        spans = [
            (s["start"], s["end"])
            for s, lab in zip(segs, sentiments, strict=True)
            if s["speaker"] == "customer" and lab == "negative"
        ]
        spans += [
            (r["start_s"], r["end_s"])
            for r in metrics["raised_voice"]
            if r["speaker"] == "customer"
        ]
        for it in metrics["interruptions"]:
            if it["speaker"] == "agent" and it["interrupted"] == "customer":
                for s0, s1 in spans:
                    if s0 <= it["start_s"] <= max(s1, s0 + 0.5):
                        bad = True
        tr["angry_caller/no_interrupting_angry_customer"] = pf[not bad]
    tr["angry_caller/no_blame"] = pf[first("blame") is None]
    tr["forbidden/profanity"] = pf[first("profanity") is None]
    tr["forbidden/profanity_vi_strict"] = (
        "not_applicable" if lang == "en" else pf[first("prof_strict") is None]
    )
    tr["forbidden/rude"] = pf[first("rude") is None]
    tr["forbidden/no_card_readback"] = pf[first("readback") is None]
    return {k: tr[k] for k in RULES}, probs


# ----------------------------------------------------------------------------- composition
def scen_pick(c: Ctx, want: list[str] | None = None) -> dict:
    pool = c.T["scenarios"]
    if want:
        pool = [s for s in pool if set(want) & set(s["cats"])] or pool
    return c.rng.choice(pool)


def opening_inbound(c: Ctx) -> list[Turn]:
    f, rng = c.faults, c.rng
    items = []
    g = "greeting" not in f and "greeting_before_resolution" not in f
    co = "company_name" not in f
    si = "self_intro" not in f
    oh = "offer_help" not in f
    late: list[str] = []
    if "greeting" in f:
        (late.append("greeting") if rng.random() < 0.4 else c.decoys.append("no_greeting_at_all"))
    if not co:
        (late.append("company") if rng.random() < 0.4 else None)
    if not si:
        (late.append("self_intro") if rng.random() < 0.45 else None)
    if not oh:
        (late.append("offer_help") if rng.random() < 0.5 else None)
    style = rng.random()
    if "greeting_before_resolution" in f:
        # a brisk opening, so the late-remembered greeting still falls in the first 20 s
        shortest = sorted(c.T["co_self"], key=len)[:3]
        offers = sorted(c.T["offer"], key=len)[:4]
        c._late = []  # type: ignore[attr-defined]
        return [
            Turn(
                "agent",
                [
                    P(fill(c, rng.choice(shortest)), "company", "self_intro"),
                    P(fill(c, rng.choice(offers)), "offer_help"),
                ],
            )
        ]
    # the opening sentence, in a random order
    if g:
        items.append(P(pick(c, "greet"), "greeting"))
    if co:
        items.append(P(pick(c, "company"), "company"))
    if si:
        items.append(P(pick(c, "self"), "self_intro"))
    if g and co and si and style < 0.3:
        items = [P(pick(c, "greet_co_self"), "greeting", "company", "self_intro")]
    elif co and si and style < 0.5:
        items = [x for x in items if "company" not in x.tags and "self_intro" not in x.tags]
        items.append(P(pick(c, "co_self"), "company", "self_intro"))
    elif rng.random() < 0.3 and len(items) > 1:
        items[0], items[1] = items[1], items[0]
    if not g and not co and not si:
        items.append(P(pick(c, "bare_open")))
    turns: list[Turn] = []
    smalltalk = oh and rng.random() < 0.3
    if oh and not smalltalk:
        items.append(P(pick(c, "offer"), "offer_help"))
    turns.append(Turn("agent", items, "positive" if g else "neutral"))
    if smalltalk:
        k = rng.randrange(len(c.T["cust_smalltalk"]))
        turns.append(Turn("customer", [P(c.T["cust_smalltalk"][k])]))
        turns.append(
            Turn(
                "agent",
                [P(c.T["agent_smalltalk"][k]), P(pick(c, "offer"), "offer_help")],
                "positive",
            )
        )
        c.decoys.append("offer_after_smalltalk")
    elif not oh and rng.random() < 0.5:
        c.decoys.append("customer_asks_for_help")
    c._late = late  # type: ignore[attr-defined]
    return turns


def late_turn(c: Ctx) -> Turn | None:
    late = getattr(c, "_late", [])
    if not late:
        return None
    pcs = []
    for tg in late:
        key = {
            "greeting": "late_greet",
            "company": "late_company",
            "self_intro": "late_self",
            "offer_help": "offer",
        }[tg]
        pcs.append(P(pick(c, key), tg))
        c.decoys.append("late_" + tg)
    c._late = []  # type: ignore[attr-defined]
    return Turn("agent", pcs)


def id_check(c: Ctx, long: bool = False) -> list[Turn]:
    out = [Turn("agent", [P(pick(c, "id_ask"))]), Turn("customer", [P(pick(c, "id_answer"))])]
    if long or c.rng.random() < 0.5:
        addr, readback = c.rng.choice(c.T["addr"])
        out += [Turn("agent", [P(pick(c, "id_ask2"))]), Turn("customer", [P(addr)])]
        if c.rng.random() < 0.5:
            out.append(
                Turn("agent", [P(readback)], optional=True, note="address_readback", group=1)
            )
            out.append(Turn("customer", [P(pick(c, "yes"))], optional=True, group=1))
            c.decoys.append("address_readback")
    c.decoys.append("id_check")
    return out


def anger_block(c: Ctx, after_problem: bool) -> list[Turn]:
    f, rng = c.faults, c.rng
    kind = "grief" if rng.random() < 0.18 else "bank"
    key = "anger_grief" if kind == "grief" else ("anger_ob" if c.outbound else "anger_bank")
    raised = kind == "bank" and rng.random() < 0.45
    swear = kind == "bank" and rng.random() < 0.3
    txt = pick(c, "cust_swear") if swear else pick(c, key)
    if swear:
        c.decoys.append("customer_swears")
    if kind == "bank":
        c.cats.add("complaint")
    else:
        c.decoys.append("bereaved_customer")
    turns = [Turn("customer", [P(txt)], "negative", raised=raised)]
    interrupt = "no_interrupting_angry_customer" in f
    emp_key = "empathy_grief" if kind == "grief" else "empathy"
    if "empathy" in f:
        mode = rng.choice(["none", "late", "before"])
        resp = [P(pick(c, "procedural"))]
        turns.append(Turn("agent", resp, interrupt=interrupt))
        turns.append(Turn("customer", [P(pick(c, "id_answer"))]))
        if mode == "late":
            turns[-1].gap_before = None
            turns.append(Turn("agent", [P(pick(c, "hold_start"))]))
            turns.append(
                Turn(
                    "agent",
                    [P(pick(c, "hold_back"), "thanks_other"), P(pick(c, emp_key), "empathy")],
                    gap_before=rng.uniform(24, 40),
                )
            )
            c.decoys.append("empathy_too_late")
        elif mode == "before":
            turns.insert(0, Turn("agent", [P(pick(c, "empathy_soft"), "empathy")]))
            c.decoys.append("sympathy_before_anger")
    else:
        turns.append(Turn("agent", [P(pick(c, emp_key), "empathy")], interrupt=interrupt))
    if interrupt:
        c.decoys.append("agent_cuts_in_on_angry_customer")
    if rng.random() < 0.35:  # a second angry turn later does not change the first
        turns.append(
            Turn(
                "customer",
                [P(pick(c, "anger_bank" if kind == "bank" else "grief_more"))],
                "negative",
                optional=True,
            )
        )
    return turns


def problem_turns(c: Ctx, sc: dict, confirm: bool, resolve: bool, hold: bool) -> list[Turn]:
    rng = c.rng
    out: list[Turn] = []
    v = rng.randrange(len(sc["cust"]))

    def var(key: str) -> str:
        xs = sc[key]
        return xs[v] if len(sc["cust"]) > 1 and len(xs) == len(sc["cust"]) else rng.choice(xs)

    neg = bool(sc.get("neg"))
    for i, line in enumerate(sc["cust"][v]):
        out.append(Turn("customer", [P(fill(c, line))], "negative" if neg else "neutral"))
        if i == 0 and rng.random() < 0.15:
            out.append(Turn("agent", [P(pick(c, "backchannel"))], optional=True))
    c.cats.update(sc["cats"])
    if not c.ctx:
        c.ctx = sc.get("ctx") or ("/".join(sc["cats"]) or "no category") + " call"
    lead: list[Piece] = []
    if neg and "empathy" not in c.faults:
        lead = [P(pick(c, "empathy"), "empathy")]
    if confirm:
        cf = fill(c, var("confirm"))
        out.append(
            Turn(
                "agent",
                lead
                + (
                    [P(pick(c, "confirm_lead")), P(cf, "confirm")]
                    if rng.random() < 0.4
                    else [P(cf, "confirm")]
                ),
            )
        )
        if not neg and out[-2].speaker == "customer" and rng.random() < 0.15:
            out[-1].interrupt = True  # cuts in on a calm customer: not an angry one
            c.decoys.append("agent_interrupts_calm_customer")
        out.append(Turn("customer", [P(pick(c, "yes_that"))], optional=True))
    else:
        out.append(Turn("agent", lead + [P(pick(c, "not_confirm"))]))
        c.decoys.append("acknowledge_without_restating")
    if hold:
        out.append(Turn("agent", [P(pick(c, "hold_start"))]))
        out.append(
            Turn("agent", [P(pick(c, "hold_back"), "thanks_other")], gap_before=rng.uniform(18, 45))
        )
        c.decoys.append("hold_with_thanks")
    if resolve:
        out.append(Turn("agent", [P(fill(c, var("resolve")), "resolution")]))
        if out[-2].speaker == "customer" and rng.random() < 0.3:
            out[-1].interrupt = True  # starts over the customer's calm "yes, that's it"
            c.decoys.append("agent_interrupts_calm_customer")
    else:
        out.append(Turn("agent", [P(pick(c, "stall"))]))
        if rng.random() < 0.5:
            out.append(Turn("customer", [P(pick(c, "cust_next_step"))]))
            out.append(Turn("agent", [P(pick(c, "mm_ok"))]))
            c.decoys.append("customer_states_next_step")
        c.decoys.append("promise_without_content")
    out.append(
        Turn(
            "customer",
            [P(pick(c, "cust_ack" if resolve else "cust_unsure"))],
            "positive" if resolve else "neutral",
            optional=True,
        )
    )
    if resolve and rng.random() < 0.12:
        out[-1].interrupt = True
        out[-1].note = "customer_interrupts_agent"
        c.decoys.append("customer_interrupts_agent")
    return out


def forbidden_turns(c: Ctx) -> list[Turn]:
    f, rng = c.faults, c.rng
    out: list[Turn] = []
    if "no_card_readback" in f:
        give, backs = rng.choice(c.T["cards"])
        out.append(Turn("customer", [P(give)]))
        out.append(Turn("agent", [P(fill(c, rng.choice(backs)), "readback")]))
        out.append(Turn("customer", [P(pick(c, "yes"))], optional=True))
    elif rng.random() < 0.3:
        out.append(
            Turn(
                "agent",
                [P(pick(c, "last4"))],
                optional=True,
                note="last_four_or_reference_only",
                group=2,
            )
        )
        out.append(Turn("customer", [P(pick(c, "yes"))], optional=True, group=2))
        c.decoys.append("last_four_or_reference_only")
    if "profanity" in f:
        strict = "profanity_vi_strict" in f
        key = "prof_strict" if strict else "prof"
        tags = ("profanity", "prof_strict") if strict else ("profanity",)
        out.append(Turn("agent", [P(pick(c, key), *tags)], "negative"))
        out.append(Turn("customer", [P(pick(c, "cust_uh"))], optional=True))
    if "rude" in f:
        out.append(Turn("customer", [P(pick(c, "cust_question"))]))
        out.append(Turn("agent", [P(pick(c, "rude"), "rude")], "negative"))
    if "no_blame" in f:
        out.append(Turn("customer", [P(pick(c, "cust_question"))]))
        out.append(Turn("agent", [P(pick(c, "blame"), "blame")], "negative"))
    elif rng.random() < 0.3:
        out.append(
            Turn(
                "agent",
                [P(pick(c, rng.choice(["own_fault", "policy"])))],
                optional=True,
                note="apology_or_policy_not_blame",
            )
        )
        c.decoys.append("apology_or_policy_not_blame")
    if c.lang == "vi" and "profanity" not in f and rng.random() < 0.35:
        out.append(
            Turn("agent", [P(pick(c, "vi_lookalike"))], optional=True, note="innocent_lookalike")
        )
        c.decoys.append("innocent_lookalike")
    return out


def closing_inbound(c: Ctx) -> list[Turn]:
    f, rng = c.faults, c.rng
    out: list[Turn] = []
    if "anything_else" not in f:
        out.append(Turn("agent", [P(pick(c, "anything_else"), "anything_else")]))
        out.append(Turn("customer", [P(pick(c, "cust_no_more"))], "positive", optional=True))
    elif rng.random() < 0.4:
        out.append(Turn("customer", [P(pick(c, "cust_no_more"))], "positive"))
        c.decoys.append("customer_says_thats_all_unasked")
    th = "thanks" not in f
    gb = "goodbye" not in f
    order_fail = "thanks_before_goodbye" in f
    if not th and rng.random() < 0.5:
        # thanks said, then the call runs on for > 25 s
        out.append(Turn("agent", [P(pick(c, "thanks_close"), "thanks_early")]))
        out.append(Turn("customer", [P(pick(c, "cust_one_more"))]))
        out.append(Turn("agent", [P(pick(c, "hold_start"))]))
        out.append(Turn("agent", [P(pick(c, "one_more_answer"))], gap_before=rng.uniform(16, 26)))
        out.append(Turn("customer", [P(pick(c, "cust_ack"))], "positive"))
        c.decoys.append("thanks_too_early")
    pcs: list[Piece] = []
    if order_fail:
        pcs = [P(pick(c, "bye"), "goodbye"), P(pick(c, "thanks_close"), "thanks")]
        c.decoys.append("goodbye_before_thanks")
    else:
        if th:
            pcs.append(P(pick(c, "thanks_close"), "thanks"))
        if gb:
            pcs.append(P(pick(c, rng.choice(["bye", "wish"])), "goodbye"))
        if not th and not gb:
            pcs.append(P(pick(c, "plain_close")))
    if not th and not order_fail:
        c.decoys.append("no_closing_thanks")
    if not gb:
        c.decoys.append("customer_only_goodbye")
    out.append(Turn("agent", pcs, "positive"))
    out.append(Turn("customer", [P(pick(c, "cust_bye"))], "positive", optional=True))
    return out


def build_inbound(c: Ctx, long: bool) -> list[Turn]:
    f, rng = c.faults, c.rng
    turns = opening_inbound(c)
    sc = scen_pick(c, getattr(c, "_want", None))
    if "greeting_before_resolution" in f:
        # quick follow-up: the answer comes before the (late-remembered) greeting
        q = rng.choice(c.T["quick"])
        c.cats.update(q["cats"])
        c.ctx = "quick follow-up, answered before the greeting"
        turns.append(Turn("customer", [P(fill(c, q["ask"]))]))
        qp = [P(fill(c, q["confirm"]), "confirm")] if "confirm_problem" not in f else []
        turns.append(
            Turn(
                "agent",
                qp
                + [P(fill(c, q["resolve"]), "resolution"), P(pick(c, "greet_after"), "greeting")],
            )
        )
        turns.append(Turn("customer", [P(pick(c, "cust_ack"))], "positive"))
        c.decoys.append("answer_before_greeting")
        if "no_card_readback" in f or rng.random() < 0.5:
            turns += id_check(c)
    else:
        anger_first = (
            "empathy" in f or "no_interrupting_angry_customer" in f or rng.random() < 0.18
        ) and rng.random() < 0.3
        if anger_first:
            turns += anger_block(c, False)
        late = list(getattr(c, "_late", []))
        if late:
            # security questions (and a wait for the account to load) push the item late
            turns += id_check(c, long=True)
            lt = late_turn(c)
            assert lt is not None
            if "offer_help" in late or rng.random() < 0.8:
                turns.append(Turn("agent", [P(pick(c, "ob_checking"))]))
                lt.gap_before = rng.uniform(22, 34) if "offer_help" in late else rng.uniform(10, 24)
            turns.append(lt)
        elif rng.random() < (0.2 if not long else 1.0):
            turns += id_check(c)
        pt = problem_turns(
            c,
            sc,
            "confirm_problem" not in f,
            "resolution" not in f,
            rng.random() < (0.6 if long else 0.25),
        )
        need_anger = not anger_first and (
            "empathy" in f or "no_interrupting_angry_customer" in f or rng.random() < 0.22
        )
        if need_anger:
            # once the customer has told the problem, before the agent answers
            first_agent = next(
                i for i, t in enumerate(pt) if t.speaker == "agent" and not t.optional
            )
            k = first_agent
            pt = pt[:k] + anger_block(c, True) + pt[k:]
        turns += pt
    turns += forbidden_turns(c)
    if long:
        sc2 = scen_pick(c, [x for x in CATEGORIES if x not in c.cats])
        turns.append(Turn("customer", [P(pick(c, "cust_also"))]))
        turns += problem_turns(
            c,
            sc2,
            rng.random() < 0.6,
            rng.random() < 0.5 and "resolution" not in f and "greeting_before_resolution" not in f,
            rng.random() < 0.5,
        )
    turns += closing_inbound(c)
    return turns


def build_outbound(c: Ctx, long: bool) -> list[Turn]:
    f, rng = c.faults, c.rng
    ob = rng.choice(c.T["outbound"])
    c.cats.update(ob.get("cats", []))
    c.ctx = "outbound: " + ob["ctx"]
    opening: list[Piece] = [P(pick(c, "ob_hello"))]
    turns: list[Turn] = []
    late: list[tuple[str, str]] = []
    if "identify_self" in f and rng.random() < 0.4:
        late.append(("self_intro", "ob_self"))
    if "identify_company" in f and rng.random() < 0.4:
        late.append(("company", "ob_company"))
    both = "identify_self" not in f and "identify_company" not in f and rng.random() < 0.5
    if both:
        opening.append(P(pick(c, "ob_self_co"), "self_intro", "company"))
    else:
        if "identify_self" not in f:
            opening.append(P(pick(c, "ob_self"), "self_intro"))
        if "identify_company" not in f:
            opening.append(P(pick(c, "ob_company"), "company"))
    turns.append(Turn("agent", opening, "positive"))
    turns.append(Turn("customer", [P(pick(c, "ob_cust_yes"))]))
    purpose_late = "purpose" in f  # never left unsaid: the body would give the reason away
    rec_late = "recording_disclosure" in f and rng.random() < 0.5
    consent_late = "consent" in f and rng.random() < 0.5
    pcs: list[Piece] = []
    if "purpose" not in f:
        pcs.append(P(fill(c, rng.choice(ob["purpose"])), "purpose"))
    if "recording_disclosure" not in f:
        pcs.append(P(pick(c, "ob_record"), "recording"))
        if "consent" not in f and not consent_late:
            pcs.append(P(pick(c, "ob_consent"), "consent"))
    if rng.random() < 0.3 and len(pcs) > 1 and "purpose" in pcs[0].tags:
        pcs = pcs[1:] + pcs[:1]  # disclosure (and consent) first, then the purpose
    if pcs:
        turns.append(Turn("agent", pcs))
        turns.append(Turn("customer", [P(pick(c, "ob_cust_ok"))]))
    if late:
        turns.append(Turn("agent", [P(pick(c, "ob_sorry_first"))], gap_before=rng.uniform(2, 6)))
        turns.append(Turn("customer", [P(pick(c, "ob_cust_who"))]))
        lp0 = []
        for tg, key in late:
            lp0.append(P(pick(c, key), tg))
            c.decoys.append("late_" + tg)
        turns.append(Turn("agent", lp0))
    if purpose_late or rec_late or consent_late:
        turns += id_check(c, long=long)
        turns.append(Turn("agent", [P(pick(c, "ob_checking"))]))
        lp: list[Piece] = [P(pick(c, "hold_back"), "thanks_other")]
        if purpose_late:
            lp.append(P(fill(c, rng.choice(ob["purpose"])), "purpose"))
            c.decoys.append("late_purpose")
        if rec_late:
            lp.append(P(pick(c, "ob_record"), "recording"))
            c.decoys.append("late_recording")
            if "consent" not in f:
                lp.append(P(pick(c, "ob_consent"), "consent"))
        if consent_late:
            lp.append(P(pick(c, "ob_consent_late"), "consent"))
            c.decoys.append("late_consent")
        turns.append(Turn("agent", lp, gap_before=rng.uniform(22, 34)))
        turns.append(Turn("customer", [P(pick(c, "ob_cust_ok"))], optional=True))
    else:
        if rng.random() < 0.5:
            turns += id_check(c)
    if "purpose" in f and not purpose_late:
        c.decoys.append("no_purpose_stated")
    if "consent" in f and not consent_late:
        c.decoys.append("disclosure_without_consent")
    # body
    for line in rng.choice(ob["body"]):
        spk, txt = line
        turns.append(Turn(spk, [P(fill(c, txt))]))
    angry = "empathy" in f or "no_interrupting_angry_customer" in f or rng.random() < 0.15
    if angry:
        turns += anger_block(c, True)
    turns += forbidden_turns(c)
    if long:
        sc = scen_pick(c)
        turns.append(Turn("customer", [P(pick(c, "cust_also"))]))
        turns += problem_turns(c, sc, True, True, rng.random() < 0.5)
    turns.append(Turn("agent", [P(pick(c, "ob_close"))], "positive"))
    turns.append(Turn("customer", [P(pick(c, "cust_bye"))], "positive", optional=True))
    return turns


def expected(direction: str, lang: str, faults: set[str]) -> dict[str, str]:
    """Fail set the plan asks for (pass/NA computed, compared on fails only)."""
    return {f"{PACK[x]}/{x}": "fail" for x in faults}


def make_call(
    idx: int,
    lang: str,
    direction: str,
    faults: set[str],
    long: bool,
    rng: random.Random,
    want: list[str] | None,
) -> dict:
    T = EN if lang == "en" else VI
    why: dict[str, int] = {}
    for _attempt in range(400):
        agent = rng.choice(T["agents"])
        given = agent.split()[0] if lang == "en" else agent.split()[-1]
        c = Ctx(
            rng,
            lang,
            T,
            given,
            rng.choice(T["customers"]),
            rng.choice([0.0, 0.3, 0.6, 0.9, 1.0]),
            set(faults),
        )
        c._want = want  # type: ignore[attr-defined]
        c.outbound = direction == "outbound"
        turns = build_inbound(c, long) if direction == "inbound" else build_outbound(c, long)
        while not long and len(turns) > 15:
            opt = [i for i, t in enumerate(turns) if t.optional]
            if not opt:
                break
            gone = turns.pop(rng.choice(opt))
            if gone.group:
                turns = [t for t in turns if t.group != gone.group]
            if gone.note and not any(t.note == gone.note for t in turns):
                c.decoys = [d for d in c.decoys if d != gone.note]
        segs, tags, metrics = lay_out(c, turns)
        sents = [t.sentiment for t in turns]
        truth, probs = compute_truth(direction, lang, segs, sents, tags, metrics)
        fails = {k for k, v in truth.items() if v == "fail"}
        exp = set(expected(direction, lang, faults))
        n = len(segs)
        reason = ""
        if fails != exp:
            reason = "fails+" + ",".join(sorted(fails - exp)) + "-" + ",".join(sorted(exp - fails))
        elif probs:
            reason = "margin " + probs[0].split("@")[0]
        elif long and not 20 <= n <= 35 or not long and not 5 <= n <= 15:
            reason = f"length {'long' if long else 'short'} {n}"
        elif segs[-1]["end"] < 50:
            reason = "too short"
        if reason:
            why[reason] = why.get(reason, 0) + 1
            continue
        cats = [x for x in CATEGORIES if x in c.cats]
        who = {i["speaker"] for i in metrics["interruptions"]}
        stale = set() if "agent" in who else {"agent_interrupts_calm_customer"}
        stale |= set() if "customer" in who else {"customer_interrupts_agent"}
        c.decoys = [d for d in c.decoys if d not in stale]
        return {
            "id": f"{lang}-heldout9-{idx:03d}",
            "split": "heldout9",
            "language": lang,
            "metadata": {
                "direction": direction,
                "queue": rng.choice(T["queues"]),
                "agent_name": agent,
                "language": lang,
            },
            "faults": sorted(faults),
            "decoys": sorted(set(c.decoys)),
            "context": c.ctx or ("outbound call" if direction == "outbound" else "inbound call"),
            "segments": segs,
            "sentiment": sents,
            "metrics": metrics,
            "truth": truth,
            "categories": cats,
        }
    raise RuntimeError(
        f"could not draw call {lang} {idx} {direction} {sorted(faults)} long={long} {why}"
    )


# ----------------------------------------------------------------------------- English wordings
EN: dict = {
    "company_spoken": ["Acme Bank"],
    "agents": [
        "Callum Reid",
        "Priya Nair",
        "Siobhan Kelly",
        "Marcus Bell",
        "Aisha Bello",
        "Tom Hughes",
        "Grace Adeyemi",
        "Rohan Mehta",
        "Fiona McLeod",
        "Dylan Foster",
        "Nadia Rahman",
        "Owen Price",
        "Zara Ahmed",
        "Leo Martins",
        "Hannah Brooks",
        "Kwame Mensah",
        "Orla Byrne",
        "Jun Hao Lim",
    ],
    "customers": [
        "Mrs Okafor",
        "Mr Tan",
        "Ms Byrne",
        "Mr Campbell",
        "Mrs Iyer",
        "Mr Delaney",
        "Miss Chua",
        "Mr Adebayo",
        "Mrs Fraser",
        "Mr Sharma",
        "Ms Quinn",
        "Mr Ng",
    ],
    "queues": [
        "cards",
        "loans",
        "general",
        "mortgages",
        "digital",
        "savings",
        "payments",
        "complaints",
        "collections",
        "fraud",
    ],
    "greet": [
        "hello",
        "good morning",
        "hiya",
        "hi there",
        "morning",
        "good afternoon",
        "hello hello",
        "good evening",
        "hi, hello",
        "uh, hello, good morning",
    ],
    "company": [
        "you're through to {co}",
        "{co} customer care",
        "this is {co}",
        "{co} cards and loans",
        "you've reached {co}",
        "{co} customer line",
    ],
    "self": [
        "{name} speaking",
        "you've got {name} on the line",
        "{name} with you today",
        "my name's {name}",
        "it's {name} here",
        "I'm {name}",
        "{name} here",
        "um, my name is, uh, {name}",
    ],
    "greet_co_self": [
        "good morning and welcome to {co}, {name} speaking",
        "hi, thanks for calling {co}, you've got {name}",
        "hello, {co}, {name} with you",
        "welcome to {co}, it's {name} on the line",
        "afternoon, {name} at {co}",
        "hello there, {co}, my name's {name}",
        "good morning, {co}, uh, this is, um, {name} speaking",
    ],
    "co_self": [
        "{co}, {name} speaking",
        "you're through to {name} at {co}",
        "{name} from {co} here",
        "{co} card team, it's {name}",
        "this is {co}, and you've got {name}",
    ],
    "bare_open": ["yep, go ahead", "line's open, go ahead", "mm, yes?"],
    "offer": [
        "how can I help you today?",
        "what can I sort out for you?",
        "I'm all yours, what do you need?",
        "what can I do for you this morning?",
        "how may I assist you today?",
        "tell me what you need and I'll get on it",
        "happy to help with whatever you need today",
        "what's brought you to us today, and how can I help?",
        "so, how can I help?",
        "what can I help you with?",
    ],
    "cust_smalltalk": [
        "oh hiya, how's your day going?",
        "hello, god it's miserable out there isn't it",
        "hi, sorry, I'm in the car, can you hear me alright?",
        "hello, is this the right number for cards?",
    ],
    "agent_smalltalk": [
        "not too bad at all, busy morning but we're surviving",
        "it's pouring here too, proper Glasgow weather",
        "loud and clear, no bother",
        "you're in the right place, don't worry",
    ],
    "late_greet": [
        "oh, and hello, sorry, I never even said hi, good to have you with us",
        "sorry, hello by the way, I was miles away there",
        "hi {cust}, good morning, sorry, I was pulling your file up",
    ],
    "late_company": [
        "just so you know, you're through to {co} card services",
        "this is the {co} lending desk, by the way, so you're in the right place",
    ],
    "late_self": [
        "I'm {name}, by the way, I'll be looking after you today",
        "oh, and it's {name} you're speaking to, I should have said",
    ],
    "greet_after": [
        "oh, and hello, good morning, sorry, I jumped straight in there",
        "ha, hello by the way, I answered before I even said hi",
        "and good afternoon to you, sorry",
    ],
    "id_ask": [
        "before we go any further can I confirm your full name and date of birth please",
        "okay, can I get your date of birth for security",
        "I just need to run through security, what's your date of birth?",
        "can you confirm your date of birth for me?",
    ],
    "id_answer": [
        "yeah it's the twelfth of june nineteen eighty two",
        "third of may sixty one",
        "ehm, twenty ninth of february nineteen ninety two",
        "fourteenth of the tenth seventy eight",
        "it's nine nine two thousand and five",
    ],
    "addr": [
        [
            "fourteen Glenview Road, G12 8QQ",
            "lovely, so that's fourteen Glenview Road, G12 8QQ, yeah?",
        ],
        ["flat 3, 22 Harbour Lane, Cork", "great, flat 3, 22 Harbour Lane in Cork, correct?"],
        [
            "block 118 Tampines Street 11, hash 05-212",
            "okay, block 118 Tampines Street 11, unit 05-212, is that right?",
        ],
        ["twelve Ikoyi Crescent", "twelve Ikoyi Crescent, perfect, got that"],
    ],
    "id_ask2": [
        "and the first line of your address and the postcode?",
        "and can I have your address please?",
    ],
    "yes": ["yes", "yeah", "that's right", "correct", "yep"],
    "anger_bank": [
        "honestly this is the third time I've rung about this and nobody has done a single thing",
        "I'm absolutely raging, you lot took my rent money and now my landlord's on my back",
        "this is a joke, forty minutes on hold and now I'm getting a different story again",
        "no, I'm not having it, every time I call somebody promises and nothing happens",
        "do you people even talk to each other? I'm so fed up with this bank",
        "I've had it up to here, it's a shambles and I want it fixed today",
    ],
    "cust_swear": [
        "this bloody app has eaten my money again, it's a total shambles",
        "I'm sick of this crap, you lot need to sort it out",
        "what the hell is going on with your bank, seriously",
        "it's a load of bollocks, nobody at your place knows what they're doing",
    ],
    "anger_grief": [
        "sorry, it's been awful, my husband passed away three weeks ago and I don't even know where to start",
        "I'm struggling a bit, my dad died last month and I'm the one sorting everything out",
        "sorry, I'm a bit all over the place, we lost my mum on Sunday",
    ],
    "cust_unsure": ["er, okay then", "right... okay", "hm, alright", "I suppose so, yeah"],
    "stall": [
        "I'll look into it for you",
        "leave it with me",
        "let me see what I can do",
        "I'll sort it",
        "I'll have a think about that one",
        "right, I'll see about that",
    ],
    "anger_ob": [
        "and while you're on, I'm still furious about the mess your lot made of my mortgage last year",
        "to be honest I'm fed up with you people ringing me at work, it's every week",
        "you know what, nobody from your bank ever calls back when I need something, it's a disgrace",
    ],
    "grief_more": [
        "it's just a lot to deal with on my own",
        "sorry, I keep getting upset, it's all so raw",
    ],
    "procedural": [
        "okay, can I take your date of birth first?",
        "right, I'll need your date of birth",
        "can you give me your date of birth please",
        "okay, date of birth for me?",
    ],
    "empathy": [
        "oh no, that sounds really stressful, I'm sorry you've been going round in circles",
        "I can hear how fed up you are, and honestly I'd feel exactly the same",
        "that's a horrible position to be left in, I'm really sorry",
        "I completely get why you're annoyed, three calls for one thing is too many",
        "ugh, that's not what you needed this week at all, I'm sorry",
        "gosh, I really do understand, that must be so frustrating for you",
        "you've every right to be upset about that, I'm sorry it's dragged on",
    ],
    "empathy_grief": [
        "oh, I'm so sorry for your loss, please take all the time you need",
        "I'm really sorry to hear about your dad, we'll take this one step at a time",
        "that's so hard, I'm very sorry, let me take as much of this off you as I can",
    ],
    "empathy_soft": [
        "oh dear, sorry to hear you've had a rough morning",
        "aw, sorry to hear that, that's a pain",
    ],
    "hold_start": [
        "let me just check that for you, bear with me a sec",
        "I'm going to pop you on hold for a moment while I look into it",
        "give me two ticks to look at the system",
        "can you hold the line for me while I check?",
    ],
    "hold_back": [
        "thanks for holding",
        "thank you for waiting there",
        "cheers for bearing with me",
        "thanks for hanging on",
    ],
    "backchannel": ["mm hm", "right", "okay", "yeah"],
    "confirm_lead": [
        "okay, just to make sure I've got this right:",
        "let me play that back to you:",
        "right, let me check I've understood:",
        "okay, bear with me while I note this:",
    ],
    "yes_that": [
        "yes that's it exactly",
        "yeah, spot on",
        "that's the one",
        "exactly, yeah",
        "yes, correct",
    ],
    "not_confirm": [
        "okay, let me have a look",
        "right, I understand",
        "sure, give me a second",
        "mm hm, okay",
        "alright, no worries",
    ],
    "cust_next_step": [
        "so I'll just pop into the branch tomorrow then, will I?",
        "right, I suppose I'll just wait and see then",
    ],
    "mm_ok": ["mm, okay", "alright", "yep", "okay then"],
    "cust_ack": [
        "okay great, that's brilliant",
        "oh thank god, okay",
        "right, fair enough",
        "cool, that works",
        "lovely, okay",
    ],
    "cards": [
        [
            "the card number's 4539 1488 0343 6467 and the code on the back is 712",
            [
                "so that's 4539 1488 0343 6467, and the three digits on the back were 712, yeah?",
                "so 4539 1488 0343, and then the last bit 6467?",
                "and the security code on the back is 712, is that right?",
            ],
        ],
        ["it's 5412 7534 9821 0046", ["okay, let me read it back, 5412 7534 9821 0046, correct?"]],
        [
            "the long number is 4024 0071 5336 2190",
            [
                "four zero two four, zero zero seven one, five three three six, two one nine zero, have I got that right?"
            ],
        ],
    ],
    "last4": [
        "that's the card ending 6467, isn't it?",
        "your reference for this is RX 40 77 19",
        "I've got your mobile as 07700 900 312, still right?",
        "the account ending 2231, sort code 80 22 60, yeah?",
    ],
    "prof": [
        "oh shit, sorry, the screen's just gone blank on me",
        "bloody hell, this system is slow today",
        "ah for fuck's sake, it's logged me out again",
        "this fucking thing, sorry, give me a second",
        "oh crap, shit, I've clicked the wrong box",
    ],
    "cust_uh": ["uh, okay", "er, right", "oh, okay then", "ha, okay"],
    "cust_question": [
        "so what am I supposed to do now?",
        "is that really the best you can do?",
        "why does this keep happening to me?",
        "but why did nobody tell me this before?",
    ],
    "rude": [
        "look, that's not my problem, I just work here",
        "whatever, it is what it is",
        "calm down, it's not the end of the world",
        "stop wasting my time, I've got other calls waiting",
        "are you stupid or something? it's not complicated",
        "yeah, yeah, whatever you say",
    ],
    "blame": [
        "well, that's on you, not us",
        "you should have read the terms before you signed up for it",
        "if you'd been a bit more careful this wouldn't have happened",
        "you didn't listen to what I said the first time",
        "I already told you that, twice now",
        "honestly, that's your own fault, to be fair",
    ],
    "own_fault": [
        "and I'm sorry you had to chase us on this, that one's on us",
        "honestly, that's our mistake, not yours, so apologies for the hassle",
    ],
    "policy": [
        "just so you know, the terms give you a hundred and twenty days to dispute anything, so you're well within that",
        "for your info, our policy is that anything over ten thousand goes through a manual check, that's standard",
    ],
    "anything_else": [
        "is there anything else I can help with?",
        "anything else on your list today?",
        "what else can I do for you while you're on?",
        "was there something else you needed?",
        "before you go, is there anything else I can look at for you?",
        "anything else at all today?",
        "is that everything, or can I help with anything more?",
    ],
    "cust_no_more": [
        "no that's everything, cheers",
        "no, you've been great, that's all",
        "nope, that's me sorted",
        "no no, that's grand",
    ],
    "thanks_close": [
        "thanks so much for calling",
        "thank you for your patience today",
        "cheers for ringing in",
        "thanks for being so patient with me",
        "really appreciate you calling us",
        "thank you for calling {co}",
        "thanks ever so much",
    ],
    "cust_one_more": [
        "oh, actually, one more quick thing, is my direct debit still going out on friday?",
        "sorry, before you go, can you check my standing order's still set up?",
    ],
    "one_more_answer": [
        "yep, that's still set for friday, nothing's changed there",
        "all good, the standing order is still there, same amount",
    ],
    "bye": ["bye now", "goodbye", "take care, bye", "bye bye", "speak soon, bye", "bye for now"],
    "wish": [
        "have a lovely weekend",
        "enjoy the rest of your day",
        "mind how you go",
        "have a good one",
        "look after yourself",
    ],
    "plain_close": [
        "right, that's all done then",
        "okay, it's all sorted on my end",
        "that's everything noted",
    ],
    "cust_bye": ["cheers, bye", "thanks, bye now", "bye", "thank you, bye bye", "ta, bye"],
    "cust_also": ["oh, and while I've got you, there's something else", "one other thing actually"],
    "scenarios": [
        {
            "cats": ["billing", "refund"],
            "cust": [
                [
                    "hi, I paid for my groceries with contactless on tuesday and it's gone out twice",
                    "the same forty two pounds, twice, and I'd like the second one back please",
                ],
                [
                    "my contactless payment at the chemist got taken two times",
                    "can I get one of them refunded?",
                ],
            ],
            "confirm": [
                "so the forty two pounds from tuesday went through twice and you want the duplicate back, right?",
                "so that's a double charge on the one purchase, and you're after the extra one refunded",
            ],
            "resolve": [
                "I've raised the refund for the duplicate, you'll see it back by thursday",
                "right, the second one's reversed now, it'll show in two to three working days",
            ],
        },
        {
            "cats": ["outage"],
            "cust": [
                ["the app crashes every time I try to scan the QR code at the market stall"],
                [
                    "your app just closes itself when I open the scan to pay bit",
                    "it's been doing it since the update",
                ],
            ],
            "confirm": [
                "so the app shuts down the moment you open the QR scanner, since the latest update?",
                "okay, so scan to pay is crashing the app for you",
            ],
            "resolve": [
                "that's a known fault from monday's update, the fix goes out tonight, so update the app tomorrow morning and it'll work",
                "I've logged it with the app team under ticket 5521, and until the patch lands on friday you can pay by card at the stall",
            ],
        },
        {
            "cats": ["outage"],
            "cust": [
                ["the cash machine on Dame Street kept my card and the screen just froze"],
                ["the ATM outside the station swallowed my card, didn't give me any cash either"],
            ],
            "confirm": [
                "so the machine froze and held on to your card, and no cash came out?",
                "okay, the ATM kept the card and never paid out",
            ],
            "resolve": [
                "I've cancelled that card and ordered a new one, it'll be with you in five working days",
                "I've put a block on it and a replacement's on its way, should land by wednesday",
            ],
        },
        {
            "cats": ["card_lost"],
            "cust": [
                ["I think I left my card in a taxi last night", "I can't find it anywhere"],
                ["my purse got nicked on the bus, the card was in it"],
            ],
            "confirm": [
                "so your card went missing in a taxi last night, and you haven't used it since?",
                "okay, so your purse was stolen with the debit card inside",
            ],
            "resolve": [
                "I've stopped the card just now, and a new one will be posted today, you'll have it by friday",
                "the old card's cancelled and I've ordered you a replacement, five working days",
            ],
        },
        {
            "cats": ["address_change"],
            "cust": [
                ["I've moved house and need to update my address", "it's 9 Leith Walk now"],
                ["hi, I've moved to a new flat, can you change my address on the account?"],
            ],
            "confirm": [
                "so you'd like the address moved over to the new flat on Leith Walk",
                "right, so you've moved and the account still has the old address on it",
            ],
            "resolve": [
                "done, the new address is on the account, your next statement will go there",
                "that's updated now, you'll get a letter confirming it within seven days",
            ],
        },
        {
            "cats": ["payment"],
            "cust": [
                ["I'd like to pay this month's car loan instalment over the phone please"],
                ["can I make a payment on my credit card? I want to pay off the full balance"],
            ],
            "confirm": [
                "so you want to pay this month's car loan instalment now by debit card",
                "okay, so you're looking to clear the whole credit card balance today",
            ],
            "resolve": [
                "that's the payment taken, three hundred and ten pounds, it'll be on the loan by tomorrow",
                "payment's gone through, your balance will show as zero by tomorrow morning",
            ],
        },
        {
            "cats": ["fraud"],
            "cust": [
                ["there are two payments on my account from some website I've never even heard of"],
                [
                    "I've got transactions from Lagos on my card and I've never been there",
                    "I don't recognise any of them",
                ],
            ],
            "confirm": [
                "so there are two payments to a website you've never used, and you didn't make either of them?",
                "okay, so these card payments from Lagos aren't yours at all",
            ],
            "resolve": [
                "I've blocked the card and raised a fraud claim, the team will call you within five working days",
                "I've stopped the card, opened a dispute for both payments, and you'll get the money back while we investigate, within ten days",
            ],
        },
        {
            "cats": ["cancellation"],
            "cust": [
                ["I need to cancel the standing order for the rent on my old flat"],
                ["I want to close the joint account I had with my ex-husband, we're divorced now"],
            ],
            "confirm": [
                "so the rent standing order for the old flat needs to stop",
                "okay, so you'd like the joint account closed now that you've separated",
            ],
            "resolve": [
                "that standing order's cancelled, nothing more will go out from the first",
                "both of you need to sign the closure form, I'm emailing it to you now and once it's back the account closes within three days",
            ],
        },
        {
            "cats": ["complaint"],
            "neg": True,
            "cust": [
                [
                    "I want to make a formal complaint about the way my mother was treated at your Govan branch"
                ],
                ["I'd like to speak to a manager please, I've been fobbed off at the branch twice"],
            ],
            "confirm": [
                "so your mum was treated badly at the Govan branch and you want it formally investigated",
                "so you've been turned away at the branch twice and you want this escalated",
            ],
            "resolve": [
                "I've logged a formal complaint, reference C 2291, and a manager will ring you by thursday",
                "I've escalated it to the branch manager, she'll call you before five o'clock tomorrow",
            ],
        },
        {
            "cats": ["billing"],
            "cust": [
                [
                    "there's a fee on my statement I don't understand, twelve euro for something called an account service charge"
                ],
                [
                    "my bill for the credit card is higher than it should be, there's interest on it and I paid in full"
                ],
            ],
            "confirm": [
                "so there's a twelve euro service charge on the statement you weren't expecting",
                "so you cleared the card in full but you've still been charged interest",
            ],
            "resolve": [
                "that charge is for the paper statements, I've switched you to online statements so it stops from next month",
                "that interest shouldn't be there, I've taken it off, you'll see the credit within two days",
            ],
        },
        {
            "cats": ["refund"],
            "cust": [
                [
                    "I topped up my e-wallet with fifty dollars and it just vanished, it's not in the wallet",
                    "I want that money back",
                ],
                [
                    "the cashback from the summer promotion was never paid",
                    "I want the money I was promised",
                ],
            ],
            "confirm": [
                "so the fifty dollar top-up left your account but never reached the wallet",
                "okay, so the summer cashback never came through to you",
            ],
            "resolve": [
                "I've raised a refund for the fifty dollars, it'll be back in your account within three working days",
                "I've added the cashback manually, twenty five pounds, you'll see it by monday",
            ],
        },
        {
            "cats": ["billing", "complaint"],
            "neg": True,
            "cust": [
                [
                    "a cheque I paid in bounced and now you've charged me a fee for it, that's not fair",
                    "I want to complain about that",
                ]
            ],
            "confirm": [
                "so the cheque you deposited bounced and you've been hit with a returned cheque fee on top",
                "okay, so you've been charged because someone else's cheque bounced, and you're not happy about it",
            ],
            "resolve": [
                "I've refunded the fee and logged your complaint, you'll get a letter with the reference this week",
                "the fee's been taken off and your complaint is logged, reference 77 12, someone will call you within five days",
            ],
        },
        {
            "cats": [],
            "cust": [
                ["my salary didn't arrive this month, my employer says they sent it on friday"],
                [
                    "I want to set up power of attorney so I can help my elderly dad with his account"
                ],
            ],
            "confirm": [
                "so your wages were sent on friday but they haven't landed in the account yet",
                "so you'd like to be added with power of attorney for your dad's account",
            ],
            "resolve": [
                "I can see it came in this morning, it's in your balance now",
                "bring the registered power of attorney to any branch and they'll add you the same day",
            ],
        },
        {
            "cats": ["cancellation", "refund"],
            "cust": [
                [
                    "I want to cancel the travel insurance on my card, I never use it",
                    "and can I get back the premium I paid this month?",
                ]
            ],
            "confirm": [
                "so you want the travel cover on the card cancelled and this month's premium refunded",
                "okay, cancel the card's travel insurance and return this month's fee",
            ],
            "resolve": [
                "that's cancelled, and the nine pounds for this month is going back to you today",
                "the cover's ended as of today and the premium will be refunded within three days",
            ],
        },
        {
            "cats": ["payment"],
            "cust": [
                ["can you help me pay my student loan instalment, the direct debit failed"],
                ["I want to make a payment to my mortgage, I'm a month behind"],
            ],
            "confirm": [
                "so the direct debit for the student loan didn't go through and you want to pay it now",
                "so you're a month behind on the mortgage and you'd like to make that payment today",
            ],
            "resolve": [
                "that's paid, you'll get a receipt by email in the next few minutes",
                "payment of eight hundred and forty pounds taken, your account is up to date now",
            ],
        },
        {
            "cats": ["address_change", "card_lost"],
            "cust": [
                [
                    "I lost my card when I was moving",
                    "and I've moved so the new one needs to come to the new address",
                ]
            ],
            "confirm": [
                "so the card was lost in the move and the replacement needs to go to your new place",
                "so you need a new card, sent to the new address, because the old one went missing in the move",
            ],
            "resolve": [
                "I've updated the address and cancelled the lost card, the new one will be at your new address by tuesday",
                "new address saved, old card stopped, replacement arriving in five working days",
            ],
        },
        {
            "cats": ["card_lost"],
            "ctx": "scottish caller, card left in a taxi",
            "cust": [
                [
                    "aye hiya, I think I've left my bank card in a taxi last night",
                    "I cannae find it anywhere, I've turned the flat upside down",
                ]
            ],
            "confirm": [
                "so your card's likely in a taxi from last night and you've not found it at home either?"
            ],
            "resolve": [
                "right, that card's stopped as of now, and a new one's being posted today, with you by friday"
            ],
        },
        {
            "cats": ["outage"],
            "ctx": "singaporean caller, QR payment at a hawker centre",
            "cust": [
                [
                    "hello, your app crash already lah, every time I scan the QR at the hawker centre it close by itself",
                    "can fix or not?",
                ]
            ],
            "confirm": [
                "so the app closes on you every time you scan a QR code to pay at the hawker stalls?"
            ],
            "resolve": [
                "there's an update out since this morning that fixes exactly that, version 8.2, once you install it the QR scan will work"
            ],
        },
        {
            "cats": ["cancellation"],
            "ctx": "indian caller, rent standing order",
            "cust": [
                [
                    "good morning, kindly cancel the standing order for my rent, the tenancy has ended"
                ]
            ],
            "confirm": [
                "so the monthly rent standing order should stop, now that the tenancy's finished?"
            ],
            "resolve": ["done, it's cancelled, the payment due on the first won't go out"],
        },
        {
            "cats": ["fraud"],
            "ctx": "nigerian caller, debits not recognised",
            "cust": [
                [
                    "please, there are two debits on my account that I did not do",
                    "one is for eight hundred pounds, I don't know who did it",
                ]
            ],
            "confirm": [
                "so two payments have left your account that you didn't make, one of them eight hundred pounds?"
            ],
            "resolve": [
                "I've frozen the card and opened a fraud case, reference F 90 12, and our fraud team will call you by tomorrow evening"
            ],
        },
        {
            "cats": ["card_lost"],
            "ctx": "irish caller, lost card",
            "cust": [
                ["I'm after losing my card somewhere in town, I'd say it fell out of my pocket"]
            ],
            "confirm": [
                "so the card's gone missing in town today, probably fell out of your pocket?"
            ],
            "resolve": [
                "grand, it's cancelled now and a new one will be with you in five working days"
            ],
        },
        {
            "cats": [],
            "ctx": "american expat, remittance from family",
            "cust": [
                ["hey, so my mom wired me money from Ohio on monday and it still isn't showing up"]
            ],
            "confirm": [
                "so a transfer your mum sent from the US on monday hasn't reached your account yet?"
            ],
            "resolve": [
                "I can see it, it was held for a routine check and it's been released now, it'll be in your balance within the hour"
            ],
        },
        {
            "cats": [],
            "ctx": "card declined abroad (fraud block, not an outage)",
            "cust": [["I'm in Spain and my card keeps getting declined in shops"]],
            "confirm": ["so your card's being declined everywhere you try it in Spain?"],
            "resolve": [
                "our system blocked it as a precaution, I've lifted the block and added a travel note until the twentieth, so it'll work now"
            ],
        },
        {
            "cats": [],
            "ctx": "online banking locked after wrong passwords (not an outage)",
            "cust": [
                [
                    "I've locked myself out of online banking, I put the wrong password in too many times"
                ]
            ],
            "confirm": ["so online banking's locked after a few wrong password attempts?"],
            "resolve": [
                "I've unlocked it, you'll get a text with a temporary code in the next five minutes"
            ],
        },
        {
            "cats": ["outage", "payment"],
            "ctx": "website down, wants to pay by phone",
            "cust": [
                [
                    "your website's been down all morning and I need to pay my credit card bill today",
                    "can I pay it over the phone instead?",
                ]
            ],
            "confirm": [
                "so the website isn't loading and you want to make your credit card payment by phone today?"
            ],
            "resolve": [
                "payment's done, a hundred and twenty pounds, so you're all set before the due date"
            ],
        },
        {
            "cats": ["outage"],
            "ctx": "taxi driver on speakerphone, card reader",
            "cust": [
                [
                    "I'm a taxi driver, the card reader you gave me keeps failing, passengers can't pay me",
                    "it's been like that since yesterday",
                ]
            ],
            "confirm": [
                "so the card reader in your cab has been failing payments since yesterday?"
            ],
            "resolve": [
                "I've booked a replacement reader, it'll be couriered to you tomorrow before noon"
            ],
        },
        {
            "cats": [],
            "ctx": "teenager, first account, contactless",
            "cust": [
                [
                    "um hi, it's my first bank account and my card didn't work for contactless at the shop",
                    "is there like a limit or something",
                ]
            ],
            "confirm": [
                "so your new card got turned down on contactless, and you're wondering if there's a limit?"
            ],
            "resolve": [
                "new cards need one chip and pin payment first, so pop it in a card machine once with your pin and contactless will work after that"
            ],
        },
        {
            "cats": [],
            "ctx": "nurse on a break, credit-limit increase",
            "cust": [
                [
                    "could I get my credit limit increased? I'm on my break so I've only got a few minutes"
                ]
            ],
            "confirm": [
                "so you're after a higher limit on your credit card, and you're short on time?"
            ],
            "resolve": ["I've approved an increase to three thousand, it's live straight away"],
        },
        {
            "cats": ["refund"],
            "ctx": "car loan paid twice",
            "cust": [
                [
                    "I paid my car loan twice this month by mistake, I'd like the extra one sent back to me"
                ]
            ],
            "confirm": [
                "so the car loan got paid twice this month and you want one of those payments returned?"
            ],
            "resolve": [
                "I've sent the extra two hundred and ten pounds back to your current account, it'll arrive tomorrow"
            ],
        },
        {
            "cats": ["address_change"],
            "ctx": "elderly caller, moved in with daughter",
            "cust": [
                [
                    "hello dear, I'm eighty four and I've moved in with my daughter",
                    "I need the bank letters to come to her house now",
                ]
            ],
            "confirm": [
                "so you've moved in with your daughter and the letters need to go to her address from now on?"
            ],
            "resolve": [
                "that's all changed, the next letter goes to your daughter's house, and you'll get a confirmation there within a week"
            ],
        },
    ],
    "quick": [
        {
            "cats": ["card_lost"],
            "ask": "hiya, quick one, did the replacement for the card I lost get posted yet?",
            "confirm": "checking your replacement card's been posted?",
            "resolve": "yes, posted yesterday, it'll be with you thursday.",
        },
        {
            "cats": ["refund"],
            "ask": "hi, just checking the refund you lot promised me went through",
            "confirm": "checking the forty pound refund's landed?",
            "resolve": "yep, paid back this morning, showing by tomorrow.",
        },
        {
            "cats": ["address_change"],
            "ask": "hello, I rang last week to change my address, has it been done?",
            "confirm": "checking your address change went through?",
            "resolve": "yes, it was done friday, letters go there now.",
        },
        {
            "cats": ["payment"],
            "ask": "morning, did my payment to the car loan go through?",
            "confirm": "checking your car loan payment went in?",
            "resolve": "it did, taken yesterday, the loan's up to date.",
        },
    ],
    "outbound": [
        {
            "cats": [],
            "ctx": "car loan decision",
            "purpose": [
                "I'm calling about the car loan application you sent us on monday",
                "it's about your car finance application",
            ],
            "body": [
                [
                    (
                        "agent",
                        "good news, it's been approved at seven point nine percent over five years",
                    ),
                    ("customer", "oh brilliant, that's a relief"),
                    ("agent", "the paperwork will be in your inbox this afternoon"),
                ]
            ],
        },
        {
            "cats": [],
            "ctx": "credit-limit increase",
            "purpose": [
                "I'm ringing about the credit limit increase you asked for",
                "it's about the higher limit you requested on your card",
            ],
            "body": [
                [
                    ("agent", "we can move it up to four thousand from tomorrow"),
                    ("customer", "perfect, thank you"),
                ]
            ],
        },
        {
            "cats": ["fraud"],
            "ctx": "suspicious card payment",
            "purpose": [
                "we've stopped a payment on your card that looks unusual and I wanted to check it with you",
                "I'm calling to check a transaction we flagged on your card last night",
            ],
            "body": [
                [
                    ("agent", "it's one hundred and ninety dollars to an electronics store online"),
                    ("customer", "no, I didn't make that, I've never heard of that shop"),
                    ("agent", "right, I've blocked the card and a new one will be sent out"),
                ]
            ],
        },
        {
            "cats": [],
            "ctx": "term deposit maturing",
            "purpose": [
                "your term deposit certificate matures next week and I wanted to go over the options",
                "I'm calling because your fixed deposit is due to mature on the fourteenth",
            ],
            "body": [
                [
                    (
                        "agent",
                        "you can roll it over at four point one percent or move it to your current account",
                    ),
                    ("customer", "roll it over please"),
                    ("agent", "done, I'll send the new certificate by post"),
                ]
            ],
        },
        {
            "cats": ["payment"],
            "ctx": "student loan repayment returned",
            "purpose": [
                "your student loan repayment didn't go through this month",
                "I'm ringing because this month's loan payment was returned",
            ],
            "body": [
                [
                    ("customer", "oh no, can I just pay it now over the phone?"),
                    ("agent", "of course, that's taken now, you're all up to date"),
                ]
            ],
        },
        {
            "cats": ["address_change"],
            "ctx": "returned post, address",
            "purpose": [
                "some post we sent you came back to us marked not known at this address",
                "I'm calling because a letter to you was returned to us",
            ],
            "body": [
                [
                    ("customer", "ah yes, I moved in august, I need to update my address with you"),
                    ("agent", "no problem, I've put the new one on, thirty one Ocean Drive"),
                ]
            ],
        },
        {
            "cats": [],
            "ctx": "travel insurance renewal",
            "purpose": [
                "it's about the travel insurance on your card, it renews next month",
                "I'm calling to remind you your card's travel cover is up for renewal",
            ],
            "body": [
                [
                    ("customer", "okay, what's the price this year?"),
                    ("agent", "it stays at forty nine pounds, I'll send you the policy wording"),
                ]
            ],
        },
    ],
    "ob_hello": [
        "hi there, am I speaking with {cust}?",
        "good afternoon, is that {cust}?",
        "hello, could I speak to {cust} please?",
        "morning, {cust}?",
    ],
    "ob_self": [
        "this is {name}",
        "my name's {name}",
        "it's {name} here",
        "you're speaking with {name}",
    ],
    "ob_company": [
        "calling from {co}",
        "I'm ringing from {co}",
        "from the lending team at {co}",
        "I work for {co}",
    ],
    "ob_self_co": [
        "{name} from {co} here",
        "you're speaking to {name} at {co}",
        "it's {name}, calling on behalf of {co}",
    ],
    "ob_cust_yes": ["yes, speaking", "yeah, that's me", "yes, who's this?", "speaking, yeah"],
    "ob_sorry_first": [
        "sorry, the line's terrible, can you hear me okay now?",
        "apologies, you broke up there for a second",
    ],
    "ob_cust_who": [
        "yes I can hear you now, sorry, who did you say it was?",
        "yeah, go on, sorry, who is this again?",
    ],
    "ob_record": [
        "just to let you know, this call is recorded for training and quality",
        "before we go on, I have to mention our calls are recorded",
        "heads up, this conversation is being recorded",
        "I should say the call's being recorded today",
    ],
    "ob_consent": [
        "is that alright with you?",
        "are you happy to carry on?",
        "do I have your okay to continue?",
        "is that okay by you?",
    ],
    "ob_consent_late": [
        "and sorry, I should have asked, are you okay with the call being recorded?",
        "oh, and is it alright with you that we're recording this?",
    ],
    "ob_cust_ok": ["yeah that's fine", "sure, go ahead", "no problem", "yep, fine"],
    "ob_checking": ["let me just pull your file up", "bear with me while the system loads"],
    "ob_close": [
        "thanks for your time, bye now",
        "that's everything, cheers, take care",
        "thanks a million, bye",
        "lovely, thanks, have a nice evening",
    ],
}


# ----------------------------------------------------------------------------- Vietnamese wordings
VI: dict = {
    "company_spoken": ["Ngân hàng ABC", "ngân hàng A B C", "ngân hàng ây bi xi", "ngân hàng ABC"],
    "agents": [
        "Nguyễn Thị Lan",
        "Trần Văn Hùng",
        "Phạm Minh Tuấn",
        "Võ Thị Diễm",
        "Đặng Quốc Bảo",
        "Huỳnh Ngọc Trâm",
        "Bùi Thanh Tâm",
        "Đỗ Văn Phúc",
        "Hoàng Thị Mai",
        "Ngô Đức Thắng",
        "Trương Thị Yến",
        "Châu Gia Huy",
        "Mai Thị Hồng",
        "Lâm Văn Khoa",
        "Lê Thị Thảo",
        "Phan Quang Vinh",
        "Tôn Nữ Hạnh",
        "Kiều Minh Nhật",
    ],
    "customers": [
        "chị Hoa",
        "anh Minh",
        "chú Sáu",
        "cô Tư",
        "anh Khánh",
        "chị Ngọc",
        "bác Hải",
        "cô Vy",
        "anh Phong",
        "chị Thủy",
    ],
    "queues": [
        "the",
        "vay",
        "tong-dai",
        "ngan-hang-so",
        "tiet-kiem",
        "khieu-nai",
        "thanh-toan",
        "kieu-hoi",
        "thu-hoi-no",
    ],
    "greet": [
        "xin chào",
        "em chào anh chị ạ",
        "dạ em chào chị",
        "alô xin chào",
        "kính chào quý khách",
        "dạ alô, em chào anh ạ",
        "chào chú ạ",
        "dạ, ơ, em xin chào ạ",
    ],
    "company": [
        "{co} xin nghe",
        "đây là tổng đài {co} ạ",
        "{co} đây ạ",
        "tổng đài chăm sóc khách hàng {co}",
        "dạ {co} ạ",
    ],
    "self": [
        "em là {name}",
        "{name} xin nghe ạ",
        "em tên {name} ạ",
        "tổng đài viên {name} đây ạ",
        "em {name} đang nghe máy ạ",
        "em là, dạ, em là {name} ạ",
        "{name} đây ạ",
    ],
    "greet_co_self": [
        "{co} xin chào, em là {name} ạ",
        "dạ em chào anh chị, {co}, {name} xin nghe ạ",
        "alô, {co} kính chào quý khách, em tên {name}",
        "xin chào, {name} ở {co} đây ạ",
        "dạ {co} xin kính chào, tổng đài viên {name} ạ",
        "em chào chị ạ, em {name} bên {co} đây",
    ],
    "co_self": [
        "{co}, {name} xin nghe",
        "dạ {name} bên {co} nghe ạ",
        "{co}, em là {name}",
        "tổng đài {co}, {name} đây ạ",
    ],
    "bare_open": ["dạ em nghe đây ạ", "dạ, alô", "vâng, em nghe"],
    "offer": [
        "em có thể giúp gì cho anh chị ạ?",
        "anh chị cần hỗ trợ gì ạ?",
        "chị cần em hỗ trợ việc gì ạ?",
        "em sẵn sàng hỗ trợ mình ạ, mình cần gì cứ nói em nghe",
        "mình cần giúp gì cứ nói em nghe nha",
        "em giúp được gì cho chú ạ?",
        "dạ anh cần em hỗ trợ chuyện chi ạ?",
        "hôm nay em hỗ trợ gì được cho chị ạ?",
        "chị cứ nói, em giúp chị liền",
    ],
    "cust_smalltalk": [
        "alô, em ơi nghe rõ không, chỗ chị đang ồn quá",
        "ờ chào em, trời mưa quá hả",
        "alo, đây có phải số tổng đài thẻ không em?",
        "ừ chào em, cho chú hỏi chút",
    ],
    "agent_smalltalk": [
        "dạ em nghe rõ ạ, chị cứ nói bình thường",
        "dạ ngoài này cũng mưa quá chị ơi",
        "dạ đúng rồi ạ, chị gọi đúng số rồi",
        "dạ chú cứ từ từ ạ",
    ],
    "late_greet": [
        "à em quên chưa chào, em chào chị ạ, xin lỗi nãy em vội quá",
        "dạ em chào chú ạ, nãy em mở hồ sơ nên chưa kịp chào",
        "à xin chào anh nha, em xin lỗi",
    ],
    "late_company": [
        "dạ đây là tổng đài {co} ạ, chị gọi đúng chỗ rồi",
        "dạ bên em là {co}, bộ phận thẻ ạ",
    ],
    "late_self": [
        "à em là {name}, em sẽ hỗ trợ chị cuộc gọi này ạ",
        "dạ em tên {name}, có gì chị cứ gọi lại gặp em ạ",
    ],
    "greet_after": [
        "à em chào chị ạ, em trả lời luôn mà quên chào",
        "dạ, mà em chào anh ạ, em vội quá chưa chào",
    ],
    "id_ask": [
        "dạ chị cho em xin họ tên và ngày sinh để em xác minh ạ",
        "dạ anh đọc giúp em ngày tháng năm sinh ạ",
        "em xin phép xác thực thông tin, ngày sinh của chú là ngày mấy ạ?",
        "dạ cho em xin ngày sinh của mình ạ",
    ],
    "id_answer": [
        "mười hai tháng sáu năm tám mươi hai",
        "ngày ba tháng năm năm sáu mốt",
        "hai mươi chín tháng hai năm chín hai",
        "mùng bốn tháng mười năm bảy tám",
        "ờ, ngày chín tháng chín năm hai ngàn lẻ năm",
    ],
    "addr": [
        [
            "số 14 Lê Lợi, phường Phú Hội, Huế",
            "dạ số 14 Lê Lợi, phường Phú Hội, thành phố Huế đúng không ạ?",
        ],
        ["ấp Mỹ Hòa, xã Tân Phú, Cần Thơ", "dạ ấp Mỹ Hòa, xã Tân Phú, Cần Thơ phải không chú?"],
        ["ngõ 52 Tô Ngọc Vân, Tây Hồ", "dạ ngõ 52 Tô Ngọc Vân, quận Tây Hồ, em ghi đúng chưa ạ?"],
        ["kiệt 30 Ông Ích Khiêm, Đà Nẵng", "dạ kiệt 30 Ông Ích Khiêm, Đà Nẵng ạ"],
    ],
    "id_ask2": ["dạ địa chỉ hiện tại của mình là ở đâu ạ?", "chị đọc giúp em địa chỉ đăng ký ạ"],
    "yes": ["ừ", "đúng rồi", "dạ phải", "ừ đúng", "dạ"],
    "anger_bank": [
        "chị gọi lên đây ba lần rồi mà không ai giải quyết hết, bực mình lắm",
        "làm ăn kiểu gì vậy, tiền của tôi mất mà bên em cứ bảo chờ hoài",
        "mô răng kỳ rứa, tui gọi cả tuần chừ mà không ai làm chi hết",
        "trời ơi chờ máy nửa tiếng rồi giờ lại nói khác, chán bên em lắm luôn",
        "tui nói thiệt, ngân hàng gì mà làm ăn tắc trách quá trời",
        "ảo thật đấy, lần nào gọi cũng hứa xong rồi để đấy",
    ],
    "cust_swear": [
        "đm cái app ngân hàng lỗi hoài, bực thiệt",
        "mẹ nó, thẻ lại bị khóa nữa rồi, làm ăn kiểu gì vậy",
        "vãi thật, gọi mãi không ai nghe, bên em làm cái gì vậy",
        "dit me, tiền của tao đâu rồi, bên mày làm ăn như cc",
    ],
    "anger_grief": [
        "dạ... ba cháu mới mất tháng trước, cháu rối quá không biết làm sao",
        "mẹ tui mới mất hồi tuần rồi, giờ không biết giấy tờ chi hết",
        "má tui mới mất, tui buồn quá mà còn phải lo mấy cái sổ này",
    ],
    "cust_unsure": ["ờ, vậy hả", "ừ thôi được", "ờ... rồi", "vậy cũng được"],
    "stall": [
        "dạ để em xem",
        "dạ em ghi nhận ạ",
        "dạ em sẽ xem lại ạ",
        "dạ để em tìm hiểu thêm",
        "dạ em sẽ cố gắng ạ",
        "vâng, để em coi sao",
    ],
    "anger_ob": [
        "mà nói thiệt, bên em gọi hoài trong giờ làm việc, bực lắm à nghen",
        "còn vụ lần trước bên em làm sai mà chưa ai xin lỗi tui, tui bực lắm",
        "ngân hàng gì mà lúc cần thì không ai nghe máy, chán thiệt sự",
    ],
    "grief_more": ["giờ một mình lo hết, mệt quá em ơi", "xin lỗi em, nói tới là buồn quá"],
    "procedural": [
        "dạ chị cho em xin ngày sinh ạ",
        "dạ anh đọc ngày sinh giúp em",
        "vâng, trước tiên em cần ngày sinh của mình ạ",
        "dạ ngày sinh của chú là ngày nào ạ?",
    ],
    "empathy": [
        "dạ em rất hiểu cảm giác của chị lúc này ạ, em xin lỗi vì chị phải gọi nhiều lần",
        "dạ chị phải chờ lâu vậy chắc mệt lắm, em thật sự thông cảm với chị",
        "dạ em hiểu, gặp chuyện này ai cũng bực hết đó chị",
        "trời, vậy là anh phải đợi cả tuần rồi, em hiểu anh sốt ruột lắm ạ",
        "dạ em biết chú đang rất bực, em xin lỗi chú vì chuyện này",
        "dạ em nghe chị nói mà em cũng thấy áy náy lắm, chắc chị khó chịu lắm ạ",
    ],
    "empathy_grief": [
        "dạ em xin chia buồn cùng gia đình mình ạ, mình cứ từ từ nói em nghe",
        "dạ em rất tiếc về mất mát của cô, cô đừng lo, em hướng dẫn từng bước ạ",
        "dạ em thành thật chia buồn với anh ạ",
    ],
    "empathy_soft": ["dạ em rất tiếc khi nghe vậy ạ", "ôi, tội chị quá, em hiểu ạ"],
    "hold_start": [
        "chị chờ máy em kiểm tra một chút nhé",
        "dạ anh vui lòng giữ máy giúp em ạ",
        "để em xem trên hệ thống, chú đợi em xíu nha",
        "dạ mình giữ máy em kiểm tra ạ",
    ],
    "hold_back": ["em cảm ơn chị đã chờ máy ạ", "dạ cảm ơn anh đã đợi", "dạ cám ơn chú đã giữ máy"],
    "backchannel": ["dạ", "vâng", "dạ vâng", "dạ em nghe"],
    "confirm_lead": [
        "dạ em xin tóm tắt lại:",
        "dạ để em nhắc lại xem em hiểu đúng chưa:",
        "dạ em ghi nhận nha:",
    ],
    "yes_that": ["đúng rồi em", "ừ đúng vậy", "phải phải", "dạ đúng", "đúng rồi đó"],
    "not_confirm": [
        "dạ em hiểu rồi ạ",
        "dạ để em xem",
        "vâng, chị đợi em tí",
        "dạ vâng",
        "dạ em ghi nhận ạ",
    ],
    "cust_next_step": [
        "thôi để mai chị ra chi nhánh hỏi vậy",
        "vậy chắc tui chờ thêm vài bữa coi sao",
    ],
    "mm_ok": ["dạ vâng", "dạ", "vâng ạ"],
    "cust_ack": ["ừ được rồi em", "vậy được, cảm ơn em", "ờ ok em", "dạ được rồi", "vậy là ổn rồi"],
    "cards": [
        [
            "số thẻ là 9704 2233 1456 7788",
            ["dạ số thẻ của chị là 9704 2233 1456 7788 đúng không ạ?"],
        ],
        [
            "thẻ số 9704 0612 8834 5501 nè em",
            [
                "dạ em đọc lại, chín bảy không bốn, không sáu một hai, tám tám ba bốn, năm năm không một ạ"
            ],
        ],
        [
            "số thẻ 4213 8856 0091 3347, mã sau thẻ là 381",
            [
                "dạ mã CVV mặt sau thẻ là 381 phải không chị?",
                "vậy là 4213 8856 0091 rồi 3347 đúng không anh?",
            ],
        ],
    ],
    "last4": [
        "dạ thẻ đuôi 7788 phải không chị?",
        "mã yêu cầu của chị là 240 518 ạ",
        "số điện thoại đăng ký là 0905 112 334 đúng không ạ?",
        "tài khoản đuôi 6021 đúng không anh?",
    ],
    "prof": [
        "đm máy lại treo rồi",
        "vl chậm quá, chị đợi em tí",
        "deo hieu sao he thong loi nua",
        "dit me cai may nay",
        "vcl lag quá chị ơi",
    ],
    "prof_strict": [
        "đéo hiểu sao hệ thống lại đứng nữa",
        "địt mẹ, máy lại treo rồi",
        "đụ má, lỗi nữa rồi",
        "vãi thật, chương trình đơ luôn",
        "hệ thống đéo chịu chạy chị ơi",
        "vãi cả lúa, lại văng ra rồi",
    ],
    "cust_uh": ["ờ...", "hả?", "ờ, rồi", "ừ..."],
    "cust_question": [
        "rồi giờ chị phải làm sao?",
        "vậy là hết cách rồi hả em?",
        "sao chuyện này cứ xảy ra với chị hoài vậy?",
        "vậy sao hồi trước không ai nói cho tui biết?",
    ],
    "rude": [
        "chị bị điếc à",
        "hỏi gì lắm thế",
        "kệ chị, chuyện đó em không biết",
        "thôi chị tự lên mạng mà đọc",
        "bình tĩnh đi chị, có gì đâu mà làm quá lên",
        "chuyện đó không phải việc của em",
    ],
    "blame": [
        "tại chị không đọc kỹ điều khoản đó chị",
        "cái này là lỗi của chị chứ bên em đâu có lỗi",
        "em đã nói với chị rồi mà chị không chịu nghe",
        "chị cẩn thận hơn thì đâu có chuyện này",
        "ai bảo chị không hỏi kỹ trước, giờ lại trách",
    ],
    "own_fault": [
        "dạ để chị phải chờ lâu là lỗi của bên em, em thành thật xin lỗi chị",
        "dạ để chị phải gọi nhiều lần là sơ suất của bên em, em xin lỗi chị ạ",
    ],
    "policy": [
        "dạ theo quy định thì mình có 120 ngày để khiếu nại, chị vẫn còn trong thời hạn ạ",
        "dạ quy định bên em là giao dịch trên 500 triệu phải kiểm tra thủ công, chị yên tâm ạ",
    ],
    "vi_lookalike": [
        "chị chờ giúp em vài phút nhé, hồ sơ cần đủ giấy tờ ạ",
        "dạ nhà chú ở trong hẻm cụt đó phải không ạ?",
        "phí chỉ vài nghìn thôi ạ, chị chuẩn bị đủ tiền trong tài khoản là được",
        "dạ đủ rồi ạ, mất vài ngày là xong",
    ],
    "anything_else": [
        "anh chị còn cần em hỗ trợ gì thêm không ạ?",
        "còn việc gì khác em giúp được không chị?",
        "ngoài chuyện này chú còn cần hỏi gì nữa không ạ?",
        "mình còn thắc mắc gì nữa không anh?",
        "dạ chị có cần em kiểm tra thêm gì nữa không ạ?",
        "còn chi nữa không chị, em làm luôn cho?",
    ],
    "cust_no_more": [
        "dạ hết rồi em",
        "không em, vậy được rồi",
        "hết rồi, cảm ơn em nha",
        "thôi hết rồi con",
    ],
    "thanks_close": [
        "em cảm ơn chị đã gọi ạ",
        "cảm ơn anh đã liên hệ {co}",
        "dạ em cảm ơn chú nhiều ạ",
        "cám ơn chị đã kiên nhẫn với em ạ",
        "dạ cảm ơn mình đã tin tưởng {co}",
        "thank you chị nha",
    ],
    "cust_one_more": [
        "à em ơi cho chị hỏi thêm, cái lệnh chuyển tiền nhà hàng tháng vẫn chạy bình thường chứ?",
        "à khoan, còn cái khoản trích lương tự động vẫn chạy hả em?",
    ],
    "one_more_answer": [
        "dạ lệnh đó vẫn chạy bình thường ạ, không có thay đổi gì",
        "dạ khoản đó vẫn trích ngày 5 như cũ ạ",
    ],
    "bye": [
        "em chào chị ạ",
        "chào anh nhé",
        "dạ chào chú ạ",
        "hẹn gặp lại chị ạ",
        "bye chị nha",
        "dạ em chào anh",
    ],
    "wish": [
        "chúc chị một ngày tốt lành ạ",
        "chúc anh buổi chiều vui vẻ",
        "chúc cô chú nhiều sức khỏe ạ",
        "chúc chị cuối tuần vui vẻ nha",
    ],
    "plain_close": ["dạ vậy là xong rồi ạ", "dạ em đã ghi nhận đầy đủ ạ"],
    "cust_bye": ["ừ chào em", "cảm ơn em nha", "ok em", "ờ bye em", "dạ"],
    "cust_also": ["à còn chuyện này nữa em", "tiện đây chị hỏi thêm cái này"],
    "scenarios": [
        {
            "cats": ["billing", "refund"],
            "cust": [
                [
                    "em ơi hôm qua chị quẹt thẻ ở siêu thị mà nó trừ tiền hai lần",
                    "chị muốn lấy lại khoản bị trừ dư",
                ],
                ["tui mua đồ có một lần mà tài khoản bị trừ hai lần tiền, em hoàn lại cho tui"],
            ],
            "confirm": [
                "vậy là thẻ của chị bị trừ tiền hai lần cho cùng một giao dịch phải không ạ?",
                "dạ tức là anh mua một lần nhưng bị trừ hai lần, và anh muốn hoàn khoản dư ạ",
            ],
            "resolve": [
                "em đã làm yêu cầu hoàn khoản trừ dư, trong 3 ngày làm việc tiền về lại tài khoản chị ạ",
                "dạ em đã hủy giao dịch trùng rồi, thứ năm này tiền sẽ về ạ",
            ],
        },
        {
            "cats": ["outage"],
            "cust": [
                [
                    "em ơi sao app quét mã QR ở chợ cứ bị văng ra hoài vậy",
                    "chị bán hàng mà khách không trả tiền được",
                ],
                ["cái app ngân hàng mở lên là tắt, từ bữa cập nhật tới chừ"],
            ],
            "confirm": [
                "dạ vậy là mỗi lần chị mở phần quét QR thì ứng dụng bị thoát ra ạ",
                "dạ tức là từ lúc cập nhật thì app mở lên là tắt liền phải không anh?",
            ],
            "resolve": [
                "dạ lỗi này do bản cập nhật hôm thứ hai, tối nay bên em phát hành bản sửa, sáng mai chị cập nhật lại là dùng được ạ",
                "em đã báo lỗi cho bộ phận kỹ thuật, mã 5521, trong lúc chờ anh dùng thẻ để thanh toán giúp em ạ",
            ],
        },
        {
            "cats": ["outage"],
            "cust": [
                ["cây ATM ở đường Hùng Vương nuốt thẻ của tui rồi, màn hình đứng luôn"],
                ["em ơi máy ATM ngoài chợ nó giữ thẻ của cô mà không nhả tiền"],
            ],
            "confirm": [
                "dạ tức là máy bị treo và giữ luôn thẻ của chú, tiền cũng không ra phải không ạ?",
                "dạ vậy máy ATM giữ thẻ của cô mà không chi tiền ạ",
            ],
            "resolve": [
                "em đã khóa thẻ đó và làm thẻ mới cho chú, 5 ngày làm việc chú ra chi nhánh nhận ạ",
                "dạ em khóa thẻ rồi ạ, thẻ mới sẽ gửi về nhà cô trước thứ tư",
            ],
        },
        {
            "cats": ["card_lost"],
            "cust": [
                ["em ơi chị làm rớt cái thẻ trên taxi tối qua rồi", "kiếm hoài không thấy"],
                ["tui bị móc túi ở bến xe, thẻ ATM nằm trong bóp luôn"],
            ],
            "confirm": [
                "dạ vậy là thẻ của chị bị rơi trên taxi tối qua và từ đó chị chưa dùng lại ạ?",
                "dạ tức là anh bị mất ví có thẻ ATM trong đó ạ",
            ],
            "resolve": [
                "em đã khóa thẻ cho chị rồi ạ, thẻ mới sẽ gửi về trong 5 ngày làm việc",
                "dạ thẻ cũ em khóa rồi, anh mang CMND ra chi nhánh gần nhất để làm lại thẻ ạ",
            ],
        },
        {
            "cats": ["address_change"],
            "cust": [
                ["chị mới chuyển nhà, em đổi giúp chị địa chỉ với", "giờ chị ở số 9 Trần Phú"],
                ["tui mới dọn về quê, muốn đổi địa chỉ nhận thư của ngân hàng"],
            ],
            "confirm": [
                "dạ vậy là chị muốn đổi địa chỉ sang số 9 Trần Phú ạ",
                "dạ tức là chú đã chuyển về quê và muốn cập nhật địa chỉ mới ạ",
            ],
            "resolve": [
                "dạ em cập nhật địa chỉ mới rồi ạ, sao kê tháng sau sẽ gửi về nhà mới của chị",
                "dạ đã đổi xong ạ, trong 7 ngày chú sẽ nhận thư xác nhận",
            ],
        },
        {
            "cats": ["payment"],
            "cust": [
                ["chị muốn thanh toán kỳ trả góp xe tháng này qua điện thoại được không em"],
                ["cho anh thanh toán hết dư nợ thẻ tín dụng luôn nha em"],
            ],
            "confirm": [
                "dạ vậy là chị muốn trả kỳ góp xe hơi tháng này ngay bây giờ ạ",
                "dạ anh muốn tất toán toàn bộ dư nợ thẻ tín dụng hôm nay ạ",
            ],
            "resolve": [
                "dạ em đã trích tiền thanh toán kỳ này rồi ạ, 6 triệu 2, mai sẽ cập nhật vào khoản vay",
                "dạ giao dịch thành công rồi anh, sáng mai dư nợ về 0 ạ",
            ],
        },
        {
            "cats": ["fraud"],
            "cust": [
                ["tài khoản chị có hai giao dịch ở trang web nào đó mà chị không hề biết"],
                ["em ơi có mấy giao dịch lạ bên nước ngoài mà tui đâu có xài"],
            ],
            "confirm": [
                "dạ vậy là có hai khoản thanh toán cho trang web chị chưa từng dùng, và chị không thực hiện ạ?",
                "dạ tức là mấy giao dịch ở nước ngoài đó không phải chú làm ạ",
            ],
            "resolve": [
                "em đã khóa thẻ và mở yêu cầu tra soát, trong 5 ngày làm việc bộ phận tra soát sẽ gọi lại cho chị ạ",
                "dạ em khóa thẻ rồi ạ, hồ sơ khiếu nại giao dịch đã tạo, 10 ngày sẽ có kết quả",
            ],
        },
        {
            "cats": ["cancellation"],
            "cust": [
                ["em hủy giùm chị cái lệnh chuyển tiền nhà trọ hàng tháng, chị dọn đi rồi"],
                ["tài khoản chung hai vợ chồng mở hồi trước, giờ ly hôn rồi, em đóng giùm nha"],
            ],
            "confirm": [
                "dạ vậy là chị muốn ngừng lệnh chuyển tiền thuê nhà hàng tháng ạ",
                "dạ tức là chị muốn đóng tài khoản chung sau khi ly hôn ạ",
            ],
            "resolve": [
                "dạ em đã hủy lệnh rồi ạ, từ mùng 1 sẽ không trích tiền nữa",
                "dạ tài khoản chung cần cả hai người ký, hai người cùng mang CMND ra chi nhánh là đóng trong ngày ạ",
            ],
        },
        {
            "cats": ["complaint"],
            "neg": True,
            "cust": [
                [
                    "chị muốn khiếu nại nhân viên chi nhánh Bến Thành, họ nói chuyện với mẹ chị rất khó nghe"
                ],
                ["cho tui gặp quản lý, tui lên chi nhánh hai lần mà không ai chịu làm"],
            ],
            "confirm": [
                "dạ vậy là mẹ chị bị nhân viên chi nhánh Bến Thành đối xử không đúng mực, và chị muốn khiếu nại chính thức ạ",
                "dạ tức là chú lên chi nhánh hai lần mà không được giải quyết, và chú muốn chuyển lên cấp quản lý ạ",
            ],
            "resolve": [
                "dạ em đã ghi nhận khiếu nại, mã KN 2291, trong 48 giờ trưởng chi nhánh sẽ gọi chị ạ",
                "em đã chuyển lên quản lý rồi ạ, trước 5 giờ chiều mai chị ấy sẽ gọi lại chú",
            ],
        },
        {
            "cats": ["billing"],
            "cust": [
                [
                    "sao sao kê tháng này có khoản phí thường niên 200 nghìn vậy em, chị đâu có đăng ký gì"
                ],
                ["bảng sao kê thẻ tín dụng tính lãi mà anh trả đủ rồi mà"],
            ],
            "confirm": [
                "dạ vậy là sao kê có khoản phí 200 nghìn mà chị không rõ ạ",
                "dạ tức là anh đã thanh toán đủ mà vẫn bị tính lãi ạ",
            ],
            "resolve": [
                "dạ đó là phí thường niên năm đầu, em đã miễn cho chị rồi, 2 ngày nữa tiền hoàn về ạ",
                "dạ khoản lãi đó tính sai, em đã điều chỉnh, sao kê kỳ sau sẽ trừ lại cho anh",
            ],
        },
        {
            "cats": ["refund"],
            "cust": [
                [
                    "em ơi chị nạp 500 nghìn vô ví điện tử mà tiền mất đâu luôn, ví không có",
                    "chị muốn lấy lại tiền",
                ],
                [
                    "chương trình hoàn tiền cashback tháng rồi tui chưa nhận được đồng nào, trả lại cho tui đi"
                ],
            ],
            "confirm": [
                "dạ vậy là tài khoản chị bị trừ 500 nghìn mà ví điện tử chưa nhận được ạ",
                "dạ tức là tiền cashback tháng trước chưa về tài khoản của chú ạ",
            ],
            "resolve": [
                "em đã lập yêu cầu hoàn 500 nghìn, trong 3 ngày làm việc tiền về lại tài khoản chị ạ",
                "dạ em đã cộng tay tiền cashback 250 nghìn, thứ hai chú kiểm tra nhé",
            ],
        },
        {
            "cats": [],
            "cust": [
                ["con chị ở Mỹ gửi tiền về mà ba ngày rồi chưa thấy"],
                ["sổ tiết kiệm của cô tới hạn rồi, cô muốn hỏi làm sao"],
            ],
            "confirm": [
                "dạ vậy là khoản kiều hối con chị gửi từ Mỹ ba ngày rồi chưa về ạ",
                "dạ tức là sổ tiết kiệm của cô đã đến hạn và cô muốn biết cách xử lý ạ",
            ],
            "resolve": [
                "dạ khoản đó về sáng nay rồi ạ, chị kiểm tra số dư là thấy",
                "dạ sổ đã tự động tái tục kỳ hạn 6 tháng, nếu cô muốn rút thì mang sổ và CCCD ra quầy là được ạ",
            ],
        },
        {
            "cats": ["cancellation", "refund"],
            "cust": [
                [
                    "em hủy bảo hiểm du lịch kèm thẻ giúp anh, anh không đi đâu hết",
                    "tiền phí tháng này trả lại anh luôn nha",
                ]
            ],
            "confirm": [
                "dạ vậy là anh muốn hủy bảo hiểm du lịch đi kèm thẻ và hoàn phí tháng này ạ",
                "dạ hủy bảo hiểm du lịch và trả lại phí tháng này cho anh phải không ạ?",
            ],
            "resolve": [
                "dạ em hủy rồi ạ, phí 99 nghìn tháng này sẽ hoàn về trong hôm nay",
                "dạ bảo hiểm chấm dứt từ hôm nay, 3 ngày nữa phí hoàn về tài khoản anh ạ",
            ],
        },
        {
            "cats": ["payment"],
            "cust": [
                ["em ơi cho cô trả tiền vay sinh viên cho thằng con, lệnh tự động bị lỗi"],
                ["anh trễ một kỳ vay mua nhà, anh muốn đóng luôn bây giờ"],
            ],
            "confirm": [
                "dạ vậy là lệnh trích tự động khoản vay sinh viên bị lỗi và cô muốn đóng trực tiếp ạ",
                "dạ tức là anh trễ một kỳ vay nhà và muốn thanh toán ngay hôm nay ạ",
            ],
            "resolve": [
                "dạ em thu xong rồi ạ, biên nhận sẽ gửi qua tin nhắn trong vài phút",
                "dạ đã thanh toán 8 triệu 4, khoản vay của anh giờ không còn trễ hạn ạ",
            ],
        },
        {
            "cats": ["card_lost", "fraud"],
            "cust": [["chị làm mất thẻ hôm qua, sáng nay thấy có giao dịch lạ chị không làm"]],
            "confirm": [
                "dạ vậy là thẻ chị bị mất từ hôm qua và sáng nay phát sinh giao dịch chị không thực hiện ạ",
                "dạ tức là mất thẻ rồi có người dùng thẻ giao dịch luôn phải không chị?",
            ],
            "resolve": [
                "em đã khóa thẻ, mở tra soát giao dịch lạ và làm thẻ mới, 5 ngày làm việc chị nhận ạ",
                "dạ thẻ khóa rồi ạ, hồ sơ tra soát em tạo rồi, bên em gọi lại chị trong 5 ngày",
            ],
        },
        {
            "cats": ["card_lost"],
            "ctx": "giọng Huế, mất thẻ",
            "cust": [
                [
                    "em ơi, tui làm mất cái thẻ rồi, không biết rớt ở mô",
                    "kiếm từ chiều tới chừ không thấy",
                ]
            ],
            "confirm": ["dạ vậy là mình bị mất thẻ, tìm từ chiều tới giờ chưa thấy phải không ạ?"],
            "resolve": [
                "dạ em khóa thẻ rồi ạ, thẻ mới gửi về trong 5 ngày làm việc, mình yên tâm không bị mất tiền"
            ],
        },
        {
            "cats": ["outage"],
            "ctx": "giọng Đà Nẵng, ATM báo lỗi",
            "cust": [
                [
                    "cây ATM ở đường Nguyễn Văn Linh răng mà không rút được tiền, màn hình cứ báo lỗi rứa"
                ]
            ],
            "confirm": [
                "dạ vậy là cây ATM trên đường Nguyễn Văn Linh báo lỗi và mình không rút được tiền ạ?"
            ],
            "resolve": [
                "dạ em đã báo kỹ thuật, chiều nay sửa xong, trong lúc chờ mình rút ở cây ATM chi nhánh Hải Châu cách đó 500 mét ạ"
            ],
        },
        {
            "cats": ["payment"],
            "ctx": "nông dân miền Tây, trả nợ vay máy cày",
            "cust": [["tui muốn đóng tiền vay mua máy cày, bán lúa xong có tiền rồi nghen em"]],
            "confirm": ["dạ vậy là chú muốn trả kỳ vay mua máy cày luôn bây giờ ạ?"],
            "resolve": [
                "dạ em trích 15 triệu từ tài khoản của chú rồi ạ, kỳ này đã thanh toán xong"
            ],
        },
        {
            "cats": ["refund"],
            "ctx": "giới trẻ Hà Nội, nạp ví mất tiền",
            "cust": [
                [
                    "anh chị ơi em nạp 200k vào ví mà ví không lên tiền, tài khoản thì trừ rồi",
                    "hoàn lại cho em được không ạ",
                ]
            ],
            "confirm": [
                "dạ tức là tài khoản bị trừ 200 nghìn mà ví chưa nhận, và mình muốn lấy lại tiền ạ?"
            ],
            "resolve": ["dạ em tạo lệnh hoàn 200 nghìn rồi ạ, 24 giờ nữa tiền về tài khoản"],
        },
        {
            "cats": [],
            "ctx": "Việt kiều nói xen tiếng Anh, khóa internet banking (không phải sự cố)",
            "cust": [
                [
                    "hi em, chị đang ở Mỹ, cái account online banking của chị bị lock rồi, chị nhập sai password mấy lần"
                ]
            ],
            "confirm": [
                "dạ vậy là chị nhập sai mật khẩu nhiều lần nên internet banking bị khóa ạ?"
            ],
            "resolve": ["dạ em mở khóa rồi ạ, chị sẽ nhận SMS mật khẩu tạm trong 5 phút"],
        },
        {
            "cats": [],
            "ctx": "thẻ bị từ chối ở nước ngoài (chặn phòng ngừa)",
            "cust": [["anh đang đi Nhật mà thẻ quẹt đâu cũng bị từ chối"]],
            "confirm": ["dạ tức là anh đang ở Nhật và thẻ bị từ chối khi thanh toán ạ?"],
            "resolve": [
                "dạ hệ thống chặn giao dịch nước ngoài để phòng ngừa, em đã mở rồi ạ, anh quẹt lại là được"
            ],
        },
        {
            "cats": ["outage", "payment"],
            "ctx": "web ngân hàng lỗi, muốn thanh toán",
            "cust": [
                [
                    "trang web ngân hàng không vô được từ sáng, mà hôm nay hạn chót trả thẻ tín dụng",
                    "em cho chị thanh toán qua điện thoại nha",
                ]
            ],
            "confirm": [
                "dạ vậy là trang web không truy cập được và chị muốn thanh toán thẻ tín dụng qua điện thoại hôm nay ạ?"
            ],
            "resolve": ["dạ em đã thu 3 triệu 5 rồi ạ, chị thanh toán kịp hạn rồi"],
        },
        {
            "cats": ["outage"],
            "ctx": "tài xế taxi bật loa ngoài, máy POS",
            "cust": [["máy quẹt thẻ trên xe anh hư rồi em, khách quẹt không được"]],
            "confirm": ["dạ tức là máy POS trên xe anh bị lỗi, khách không thanh toán được ạ?"],
            "resolve": [
                "dạ em đã đặt máy mới, sáng mai nhân viên giao tận nơi cho anh trước 12 giờ ạ"
            ],
        },
        {
            "cats": [],
            "ctx": "người lớn tuổi, ủy quyền cho con",
            "cust": [["cô già rồi, mắt yếu, cô muốn cho con gái đứng ra lo tài khoản giùm cô"]],
            "confirm": ["dạ vậy là cô muốn ủy quyền cho con gái quản lý tài khoản giúp cô ạ?"],
            "resolve": [
                "dạ cô với con gái mang CCCD ra chi nhánh gần nhất, làm giấy ủy quyền tại quầy 15 phút là xong ạ"
            ],
        },
        {
            "cats": [],
            "ctx": "y tá giờ nghỉ, lương chưa về",
            "cust": [
                [
                    "chị là y tá, đang giờ nghỉ nên nói nhanh nha, lương tháng này chưa về mà bệnh viện nói chuyển rồi"
                ]
            ],
            "confirm": ["dạ tức là bệnh viện đã chuyển lương mà tài khoản chị chưa nhận ạ?"],
            "resolve": [
                "dạ em thấy khoản lương về lúc 10 giờ sáng nay rồi ạ, chị kiểm tra lại số dư nhé"
            ],
        },
        {
            "cats": ["cancellation"],
            "ctx": "sinh viên, hủy thẻ tín dụng",
            "cust": [["em là sinh viên, em muốn hủy thẻ tín dụng vì không xài tới"]],
            "confirm": ["dạ vậy là mình muốn hủy thẻ tín dụng vì không có nhu cầu dùng ạ?"],
            "resolve": [
                "dạ em đã hủy thẻ rồi ạ, sau 45 ngày sẽ đóng hẳn, mình không phải trả phí gì thêm"
            ],
        },
        {
            "cats": ["billing", "complaint"],
            "neg": True,
            "ctx": "séc bị trả lại, bị thu phí",
            "cust": [["tấm séc chị nộp bị trả lại mà bên em còn thu phí nữa, vô lý quá"]],
            "confirm": ["dạ vậy là tấm séc chị nộp bị từ chối và chị còn bị thu thêm phí ạ?"],
            "resolve": ["dạ em hoàn phí đó cho chị rồi ạ, và đã ghi nhận phản ánh, mã PA 3381"],
        },
    ],
    "quick": [
        {
            "cats": ["card_lost"],
            "ask": "em ơi cái thẻ làm lại vì chị làm mất gửi chưa em?",
            "confirm": "dạ chị hỏi thẻ làm lại gửi chưa ạ,",
            "resolve": "dạ gửi hôm qua rồi, thứ năm chị nhận ạ.",
        },
        {
            "cats": ["refund"],
            "ask": "alo em, tiền hoàn bên em hứa về chưa vậy?",
            "confirm": "dạ chị hỏi tiền hoàn về chưa ạ,",
            "resolve": "dạ hoàn sáng nay rồi, mai tiền về ạ.",
        },
        {
            "cats": ["address_change"],
            "ask": "tuần trước tui gọi đổi địa chỉ, đổi chưa em?",
            "confirm": "dạ chú hỏi đổi địa chỉ xong chưa ạ,",
            "resolve": "dạ đổi xong từ thứ sáu rồi chú ạ.",
        },
        {
            "cats": ["payment"],
            "ask": "em ơi khoản chị thanh toán trả góp xe hôm qua vô chưa?",
            "confirm": "dạ chị hỏi tiền góp xe vô chưa ạ,",
            "resolve": "dạ vô rồi chị, kỳ này đủ rồi ạ.",
        },
    ],
    "outbound": [
        {
            "cats": [],
            "ctx": "kết quả vay mua xe",
            "purpose": [
                "em gọi về hồ sơ vay mua xe chị nộp hôm thứ hai ạ",
                "em gọi để báo kết quả khoản vay mua ô tô của anh ạ",
            ],
            "body": [
                [
                    ("agent", "dạ hồ sơ đã được duyệt, lãi suất 7,9% trong 5 năm ạ"),
                    ("customer", "ôi vậy tốt quá"),
                    ("agent", "dạ chiều nay em gửi hợp đồng qua email cho chị ạ"),
                ]
            ],
        },
        {
            "cats": [],
            "ctx": "nâng hạn mức thẻ",
            "purpose": [
                "em gọi về yêu cầu nâng hạn mức thẻ tín dụng của anh ạ",
                "dạ em gọi báo về hạn mức thẻ mà chị đề nghị tăng ạ",
            ],
            "body": [
                [
                    ("agent", "dạ từ mai hạn mức của anh lên 80 triệu ạ"),
                    ("customer", "ok cảm ơn em"),
                ]
            ],
        },
        {
            "cats": ["fraud"],
            "ctx": "giao dịch bất thường",
            "purpose": [
                "em gọi vì bên em vừa tạm chặn một giao dịch bất thường trên thẻ của chị ạ",
                "em gọi để xác minh giao dịch tối qua trên thẻ của anh ạ",
            ],
            "body": [
                [
                    ("agent", "dạ giao dịch 4 triệu 7 ở một cửa hàng điện tử trên mạng ạ"),
                    ("customer", "không, chị không có mua, chị không biết cửa hàng đó"),
                    ("agent", "dạ em đã khóa thẻ và sẽ phát hành thẻ mới cho chị ạ"),
                ]
            ],
        },
        {
            "cats": [],
            "ctx": "sổ tiết kiệm đáo hạn",
            "purpose": [
                "sổ tiết kiệm kỳ hạn của chú sẽ đáo hạn tuần sau, em gọi tư vấn ạ",
                "em gọi báo chứng chỉ tiền gửi của cô sắp đến hạn ạ",
            ],
            "body": [
                [
                    (
                        "agent",
                        "dạ chú có thể tái tục lãi 5,1% hoặc chuyển về tài khoản thanh toán ạ",
                    ),
                    ("customer", "thôi cứ để tái tục đi con"),
                    ("agent", "dạ em đã tái tục rồi ạ"),
                ]
            ],
        },
        {
            "cats": ["payment"],
            "ctx": "khoản vay trả về",
            "purpose": [
                "em gọi vì kỳ trả nợ vay sinh viên tháng này chưa trích được ạ",
                "dạ khoản trả góp tháng này của anh bị trả về nên em gọi ạ",
            ],
            "body": [
                [
                    ("customer", "trời, vậy giờ anh trả luôn qua điện thoại được không em?"),
                    ("agent", "dạ được ạ, em đã thu xong, khoản vay đã đúng hạn ạ"),
                ]
            ],
        },
        {
            "cats": ["address_change"],
            "ctx": "thư bị hoàn, địa chỉ",
            "purpose": [
                "thư bên em gửi chị bị trả về do không đúng địa chỉ ạ",
                "em gọi vì bưu điện hoàn thư gửi cho chú ạ",
            ],
            "body": [
                [
                    ("customer", "à đúng rồi, chị mới dọn nhà, em đổi địa chỉ giúp chị"),
                    ("agent", "dạ em đã cập nhật địa chỉ mới số 31 Bạch Đằng ạ"),
                ]
            ],
        },
        {
            "cats": [],
            "ctx": "gia hạn bảo hiểm du lịch",
            "purpose": [
                "em gọi về bảo hiểm du lịch đi kèm thẻ của anh, tháng sau đến hạn gia hạn ạ"
            ],
            "body": [
                [
                    ("customer", "phí năm nay bao nhiêu em?"),
                    ("agent", "dạ vẫn 990 nghìn, em gửi điều khoản qua email cho anh ạ"),
                ]
            ],
        },
    ],
    "ob_hello": [
        "alô, em chào anh, cho em hỏi có phải {cust} không ạ?",
        "dạ alô, {cust} phải không ạ?",
        "em chào chị, em đang nói chuyện với {cust} đúng không ạ?",
        "alô, {cust} đó hả?",
    ],
    "ob_self": ["em là {name}", "em tên là {name}", "em {name} đây ạ"],
    "ob_company": ["em gọi từ {co}", "bên {co} ạ", "em ở bộ phận cho vay {co} ạ"],
    "ob_self_co": [
        "em là {name} gọi từ {co} ạ",
        "em {name} bên {co} đây ạ",
        "dạ em tên {name}, nhân viên {co} ạ",
    ],
    "ob_cust_yes": ["ừ đúng rồi, ai đó?", "dạ phải", "ừ, tui nè", "đúng rồi em"],
    "ob_sorry_first": ["alô, chị nghe rõ không ạ, sóng yếu quá", "dạ xin lỗi, máy em bị rè"],
    "ob_cust_who": ["rồi nghe rồi, mà ai gọi vậy em?", "nghe rồi, em là ai đó?"],
    "ob_record": [
        "cuộc gọi này sẽ được ghi âm để đảm bảo chất lượng dịch vụ ạ",
        "em xin thông báo cuộc gọi đang được ghi âm ạ",
        "dạ trước khi nói tiếp em xin báo là cuộc gọi có ghi âm ạ",
        "cuộc gọi của mình được ghi âm nha anh",
    ],
    "ob_consent": [
        "anh có đồng ý không ạ?",
        "chị cho phép em tiếp tục nhé?",
        "mình đồng ý cho em ghi âm chứ ạ?",
        "chú thấy được không ạ?",
    ],
    "ob_consent_late": [
        "à em quên hỏi, anh có đồng ý cho em ghi âm cuộc gọi không ạ?",
        "dạ mình có đồng ý cho bên em ghi âm cuộc gọi này không ạ?",
    ],
    "ob_cust_ok": ["ừ được", "ừ em cứ nói đi", "dạ được", "ok em"],
    "ob_checking": ["dạ chị chờ em mở hồ sơ", "dạ để em mở thông tin trên hệ thống"],
    "ob_close": [
        "em cảm ơn chị, chào chị ạ",
        "dạ vậy thôi, em chào anh ạ",
        "cảm ơn chú đã nghe máy ạ",
    ],
}


# ----------------------------------------------------------------------------- plan
INCOMPATIBLE = [
    {"greeting", "greeting_before_resolution"},
    {"resolution", "greeting_before_resolution"},
    {"thanks", "thanks_before_goodbye"},
    {"goodbye", "thanks_before_goodbye"},
    {"recording_disclosure", "consent"},
    {"greeting_before_resolution", "empathy"},
    {"greeting_before_resolution", "no_interrupting_angry_customer"},
    {"greeting_before_resolution", "offer_help"},
    {"greeting_before_resolution", "company_name"},
    {"greeting_before_resolution", "self_intro"},
]


def plan(lang: str, rng: random.Random) -> list[tuple[str, set[str], bool]]:
    n_in, n_out = 110, 40
    calls: list[tuple[str, set[str], bool]] = [("inbound", set(), False) for _ in range(n_in)]
    calls += [("outbound", set(), False) for _ in range(n_out)]
    longs = rng.sample(range(n_in), 22) + rng.sample(range(n_in, n_in + n_out), 6)
    for i in longs:
        calls[i] = (calls[i][0], calls[i][1], True)
    clean = set(rng.sample(range(n_in), 14) + rng.sample(range(n_in, n_in + n_out), 4))
    slots: list[str] = []
    slots += [x for x in IN_FAULTS for _ in range(9)]
    slots += [x for x in OUT_FAULTS for _ in range(9)]
    slots += [x for x in ANY_FAULTS for _ in range(9)]
    if lang == "vi":
        slots += ["profanity"] * 4  # 13 vi profanity fails, 10 of them strict
    rng.shuffle(slots)
    order = {"consent": 0, "greeting_before_resolution": 0, "thanks_before_goodbye": 0}
    slots.sort(key=lambda s: order.get(s, 1))
    strict_left = 10 if lang == "vi" else 0
    for s in slots:
        cand = []
        for i, (d, fs, _lg) in enumerate(calls):
            if i in clean or s in fs or len(fs) >= 3:
                continue
            if s in PACK and PACK[s] in ("inbound", "outbound") and PACK[s] != d:
                continue
            if any({s} | fs >= pair for pair in INCOMPATIBLE):
                continue
            cand.append(i)
        lo = min(len(calls[i][1]) for i in cand)
        best = [i for i in cand if len(calls[i][1]) == lo]
        i = rng.choice(best)
        calls[i][1].add(s)
    if lang == "vi":
        prof = [i for i, (_, fs, _) in enumerate(calls) if "profanity" in fs]
        for i in rng.sample(prof, strict_left):
            calls[i][1].add("profanity_vi_strict")
    return calls


def main() -> None:
    rng = random.Random(SEED)
    rows: list[dict] = []
    for lang in ("en", "vi"):
        p = plan(lang, rng)
        order = list(range(len(p)))
        rng.shuffle(order)
        for k, i in enumerate(order):
            d, fs, lg = p[i]
            want = [CATEGORIES[k % len(CATEGORIES)]]
            rows.append(make_call(k, lang, d, fs, lg, rng, want))
    with OUT.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {OUT} ({len(rows)} calls) sha256 {hashlib.sha256(OUT.read_bytes()).hexdigest()}")


def validate(path: Path = OUT) -> None:
    """Checks the file's structure and prints per-rule and per-category counts."""
    rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]
    keys = [
        "id",
        "split",
        "language",
        "metadata",
        "faults",
        "decoys",
        "context",
        "segments",
        "sentiment",
        "metrics",
        "truth",
        "categories",
    ]
    errors: list[str] = []
    for r in rows:
        rid = r["id"]
        if list(r) != keys:
            errors.append(f"{rid}: keys {list(r)}")
        segs = r["segments"]
        if list(r["truth"]) != RULES:
            errors.append(f"{rid}: truth keys")
        if len(r["sentiment"]) != len(segs):
            errors.append(f"{rid}: sentiment length")
        prev = -1.0
        for s in segs:
            if s["start"] <= prev or s["end"] <= s["start"]:
                errors.append(f"{rid}: segment times {s['start']}")
            prev = s["start"]
            if [w[2] for w in s["words"]] != s["text"].split(" "):
                errors.append(f"{rid}: words != text")
            for a, b, _ in s["words"]:
                if not s["start"] <= a < b <= s["end"]:
                    errors.append(f"{rid}: word time outside segment")
        for a, b in zip(segs, segs[1:], strict=False):
            if b["start"] < a["end"]:
                ok = any(
                    abs(i["start_s"] - b["start"]) < 0.01 for i in r["metrics"]["interruptions"]
                )
                if not ok:
                    errors.append(f"{rid}: overlap without an interruption")
        for it in r["metrics"]["interruptions"]:
            if it["speaker"] == it["interrupted"]:
                errors.append(f"{rid}: {it['speaker']} interrupts themself")
            over = [
                (a, b)
                for a, b in zip(segs, segs[1:], strict=False)
                if abs(b["start"] - it["start_s"]) < 0.01
            ]
            if not over or not over[0][0]["start"] < it["start_s"] < over[0][0]["end"]:
                errors.append(f"{rid}: interruption does not start inside the previous segment")
            elif (over[0][0]["speaker"], over[0][1]["speaker"]) != (
                it["interrupted"],
                it["speaker"],
            ):
                errors.append(f"{rid}: interruption speakers do not match the segments")
        d = r["metadata"]["direction"]
        for k, v in r["truth"].items():
            if v not in ("pass", "fail", "not_applicable"):
                errors.append(f"{rid}: {k}={v}")
            if (
                k.startswith(("inbound/", "outbound/"))
                and not k.startswith(d)
                and v != "not_applicable"
            ):
                errors.append(f"{rid}: {k} applies to the wrong direction")
        if (
            r["language"] == "en"
            and r["truth"]["forbidden/profanity_vi_strict"] != "not_applicable"
        ):
            errors.append(f"{rid}: strict on en")
        if (
            r["truth"]["forbidden/profanity_vi_strict"] == "fail"
            and r["truth"]["forbidden/profanity"] != "fail"
        ):
            errors.append(f"{rid}: strict without profanity")
        if not set(r["categories"]) <= set(CATEGORIES):
            errors.append(f"{rid}: category")
        n = len(segs)
        if not (5 <= n <= 15 or 20 <= n <= 35):
            errors.append(f"{rid}: {n} segments")
    for e in errors[:30]:
        print("ERROR", e)
    print(f"{len(rows)} calls, {len(errors)} errors")
    for lang in ("en", "vi"):
        sub = [r for r in rows if r["language"] == lang]
        dirs = {
            d: sum(r["metadata"]["direction"] == d for r in sub) for d in ("inbound", "outbound")
        }
        lens = sum(len(r["segments"]) >= 20 for r in sub)
        print(f"{lang}: {len(sub)} calls {dirs}, long {lens}")
    print(f"{'rule':48} {'fail en/vi':>11} {'pass en/vi':>11} {'n/a en/vi':>10}")
    for k in RULES:
        cnt = {}
        for lab in ("fail", "pass", "not_applicable"):
            cnt[lab] = [
                sum(r["truth"][k] == lab for r in rows if r["language"] == lg)
                for lg in ("en", "vi")
            ]
        print(
            f"{k:48} {cnt['fail'][0]:>5}/{cnt['fail'][1]:<5} {cnt['pass'][0]:>5}/{cnt['pass'][1]:<5}"
            f" {cnt['not_applicable'][0]:>4}/{cnt['not_applicable'][1]:<4}"
        )
    for cat in CATEGORIES:
        en = sum(cat in r["categories"] for r in rows if r["language"] == "en")
        vi = sum(cat in r["categories"] for r in rows if r["language"] == "vi")
        print(f"category {cat:16} {en + vi:>4} (en {en}, vi {vi})")
    print("no category:", sum(not r["categories"] for r in rows))
    print("sha256", hashlib.sha256(path.read_bytes()).hexdigest())


if __name__ == "__main__":
    if sys.argv[1:] == ["--check"]:
        validate()
    else:
        main()
        validate()
