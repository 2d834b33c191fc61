"""Build ``calls.jsonl``: a labelled set of call transcripts for the rule tests.

Written for aqm (no real customer data). Each call is put together from script parts
(``wordings.py``): an inbound call (greeting, company, name, offer of help, the customer's
problem, confirmation, resolution, anything else, thanks, goodbye) or an outbound one (name,
company, purpose, recording notice, consent), then damaged on purpose: parts left out, said
late or in the wrong order, an angry customer with or without empathy, blaming, swearing,
rudeness, card data read back, the agent talking over the angry customer. Decoys put the
same words in the customer's mouth. ASR-style noise follows: missing and swapped Vietnamese
tones, confused initials (s/x, ch/tr, d/gi), split English words, homophones, fillers,
dropped words, no punctuation.

The truth of every rule is worked out from the parts and their times, as a reviewer would
mark the call (the words that were said, not what noise left of them):
``truth["inbound/greeting"] = "pass" | "fail" | "not_applicable"``.

Splits: ``tune`` (used while writing scorecards/) and ``heldout`` (other wordings, names
and noise; not used for tuning). Deterministic: ``python tests/data/rules/build_rules_set.py``.
"""

from __future__ import annotations

import json
import random
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
import wordings as W  # noqa: E402

OUT = Path(__file__).with_name("calls.jsonl")
COUNTS = {("tune", "en"): 150, ("tune", "vi"): 150, ("heldout", "en"): 70,
          ("heldout", "vi"): 70}
SEEDS = {"tune": 7, "heldout": 1234}
# script windows (the QA policy the labels follow; the rule files say the same)
FIRST_S = {"greeting": 20, "company": 20, "intro": 30, "offer": 45}
OB_FIRST_S = {"identify_self": 30, "company": 30, "purpose": 60, "disclosure": 60,
              "consent": 90}
LAST_S = {"thanks": 25, "goodbye": 25}
EMPATHY_WITHIN_S = 20.0
INBOUND_FAULTS = ["no_greeting", "no_company", "no_intro", "no_offer", "late_opening",
                  "no_confirm", "no_resolution", "no_anything_else", "no_thanks", "no_goodbye",
                  "goodbye_first", "blame", "profanity", "rude", "card_readback"]
ANGER_FAULTS = ["no_empathy", "late_empathy", "interrupt_angry"]
OUTBOUND_FAULTS = ["no_identify_self", "no_ob_company", "no_purpose", "no_disclosure",
                   "no_consent", "blame", "profanity", "rude"]
DECOYS = ["decoy_profanity", "decoy_blame", "decoy_card", "decoy_company",
          "interrupt_calm"]


@dataclass
class Turn:
    speaker: str
    parts: list[tuple[str, frozenset[str]]]
    gap_before_s: float = 0.6
    anger: bool = False
    categories: frozenset[str] = frozenset()
    # filled by timing
    start: float = 0.0
    end: float = 0.0
    words: list[list[float | str]] = field(default_factory=list)  # [start, end, text]
    part_starts: list[float] = field(default_factory=list)
    text: str = ""


class Builder:
    def __init__(self, lang: str, split: str, rng: random.Random) -> None:
        self.lang, self.split, self.rng = lang, split, rng
        self.pool = W.EN if lang == "en" else W.VI
        self.filler = W.EN_FILLER if lang == "en" else W.VI_FILLER
        self.customer = W.EN_CUSTOMER if lang == "en" else W.VI_CUSTOMER
        self.scenarios = W.EN_SCENARIOS if lang == "en" else W.VI_SCENARIOS
        self.anger_lines = (W.EN_ANGER if lang == "en" else W.VI_ANGER)[split]
        self.names = (W.EN_NAMES if lang == "en" else W.VI_NAMES)[split]

    def part(self, slot: str, **fmt: str) -> tuple[str, frozenset[str]]:
        text, tags = self.rng.choice(self.pool[slot][self.split])
        return text.format(**fmt), tags

    def say(self, key: str) -> str:
        return self.rng.choice(self.customer[key])

    def first_name(self, full: str) -> str:
        toks = full.split()
        return toks[0] if self.lang == "en" else toks[-1]


def noise(text: str, lang: str, rng: random.Random, level: dict[str, float]) -> str:
    words = text.split()
    out: list[str] = []
    for w in words:
        core = re.sub(r"[^\w'\[\]]", "", w)
        if not core.startswith("[") and rng.random() < level["drop"]:
            continue
        if lang == "en":
            low = core.lower()
            if low in HOMOPHONES and rng.random() < level["homophone"]:
                w = w.replace(core, HOMOPHONES[low])
            elif low in SPLITS and rng.random() < 0.6:
                w = w.replace(core, SPLITS[low])
        else:
            if rng.random() < level["tone"]:
                w = swap_tone(w, rng)
            if rng.random() < level["initial"]:
                w = confuse_initial(w)
        out.append(w)
        if rng.random() < level["filler"]:
            out.append(rng.choice(["uh", "um"] if lang == "en" else ["ờ", "à"]))
    text = " ".join(out)
    if level["lower"]:
        text = re.sub(r"[.,!?;:]", "", text.lower())
    if lang == "vi" and level["fold"]:
        text = fold(text)
    return text


HOMOPHONES = {"bye": "by", "for": "four", "you're": "your", "there": "their", "to": "too",
              "here": "hear", "new": "knew", "acme": "acne", "week": "weak", "i'm": "im",
              "i've": "ive", "its": "it's"}
SPLITS = {"goodbye": "good bye", "anything": "any thing", "today": "to day",
          "something": "some thing", "cannot": "can not", "everything": "every thing",
          "welcome": "well come", "apologise": "a pologise"}
TONES = ["\u0300", "\u0301", "\u0303", "\u0309", "\u0323"]  # huyền sắc ngã hỏi nặng
INITIALS = [("tr", "ch"), ("ch", "tr"), ("x", "s"), ("s", "x"), ("gi", "d"), ("d", "gi"),
            ("r", "d")]


def fold(text: str) -> str:
    d = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return unicodedata.normalize("NFC", "".join(c for c in d if not unicodedata.combining(c)))


def swap_tone(word: str, rng: random.Random) -> str:
    d = unicodedata.normalize("NFD", word)
    marks = [i for i, c in enumerate(d) if c in TONES]
    if not marks:
        return word
    i = marks[0]
    new = rng.choice([t for t in TONES if t != d[i]] + [""])
    return unicodedata.normalize("NFC", d[:i] + new + d[i + 1:])


def confuse_initial(word: str) -> str:
    low = word.lower()
    for a, b in INITIALS:
        if low.startswith(a) and not (a == "d" and low.startswith("đ")):
            return b + word[len(a):]
    return word


def build_call(b: Builder, idx: int, direction: str) -> dict[str, object]:
    rng = b.rng
    full = rng.choice(b.names)
    first = b.first_name(full)
    know_name = rng.random() < 0.85
    angry = rng.random() < 0.35
    faults: set[str] = set()
    if rng.random() > 0.2:
        pool = list(INBOUND_FAULTS if direction == "inbound" else OUTBOUND_FAULTS)
        if angry:
            pool += ANGER_FAULTS * 3
        faults = set(rng.sample(pool, rng.choice([1, 1, 2, 3])))
    decoys = {d for d in DECOYS if rng.random() < 0.12}
    if "no_consent" in faults and direction == "outbound":
        faults.discard("no_disclosure")
    context = rng.choice(["both", "both", "sentiment", "metrics", "both_quiet", "none"])
    cats_s, lines_tune, lines_held, problem = rng.choice(b.scenarios)
    scenario_line = rng.choice(lines_tune if b.split == "tune" else lines_held)
    cats = frozenset(cats_s.split())

    turns: list[Turn] = []
    if direction == "inbound":
        if "late_opening" in faults:
            turns.append(Turn("agent", [(b.filler[1], frozenset())]))
        opening = []
        if "no_greeting" not in faults:
            opening.append(b.part("greet"))
        if "no_company" not in faults:
            text, tags = b.part("company")
            if "no_greeting" in faults:
                tags = tags - {"greeting"}
                text = re.sub(r"^(thank you for calling|thanks for calling|welcome to|"
                              r"thank you for contacting|cảm ơn .*? (đến|tới) (tổng đài )?)",
                              "", text).strip() or text
                if b.lang == "vi":
                    text = text.replace("xin kính chào", "").replace("kính chào quý khách",
                                                                     "").strip()
            opening.append((text, tags))
        if "no_intro" not in faults:
            opening.append(b.part("intro", first=first))
        if "no_offer" not in faults:
            opening.append(b.part("offer"))
        if not opening:
            opening.append((b.filler[3], frozenset()))
        gap = 50.0 if "late_opening" in faults else 0.6
        if "decoy_company" in decoys and "no_company" in faults:
            turns.append(Turn("customer", [(b.say("decoy_company"), frozenset())]))
        turns.append(Turn("agent", opening, gap_before_s=gap))
        turns.append(Turn("customer", [(scenario_line, frozenset())], categories=cats))
        middle_business(b, turns, faults, decoys, angry, problem)
        if "no_resolution" not in faults:
            turns.append(Turn("agent", [b.part("resolution")]))
        turns.append(Turn("customer", [(b.say("ack"), frozenset())]))
        if "no_anything_else" not in faults:
            turns.append(Turn("agent", [b.part("anything_else")]))
            turns.append(Turn("customer", [(b.say("no_more"), frozenset())]))
    else:
        if "no_identify_self" in faults and "no_ob_company" in faults:
            opening = [(("Hello." if b.lang == "en" else "Alo."), frozenset())]
        elif "no_identify_self" in faults:
            opening = [b.part("ob_open_noname")]
        elif "no_ob_company" in faults:
            opening = [b.part("ob_open_nocompany", first=first)]
        else:
            opening = [b.part("ob_open", first=first)]
        turns.append(Turn("agent", opening))
        turns.append(Turn("customer", [(b.say("ob_reply"), frozenset())]))
        second = []
        if "no_purpose" not in faults:
            second.append(b.part("purpose"))
        if "no_disclosure" not in faults:
            second.append(b.part("disclosure"))
            if "no_consent" not in faults:
                second.append(b.part("consent"))
        if second:
            turns.append(Turn("agent", second))
            turns.append(Turn("customer", [(b.say("ob_reply"), frozenset())]))
        turns.append(Turn("customer", [(scenario_line, frozenset())], categories=cats))
        middle_business(b, turns, faults, decoys, angry, problem)
        turns.append(Turn("agent", [(b.filler[3], frozenset())]))
        turns.append(Turn("customer", [(b.say("ack"), frozenset())]))
    closing(b, turns, faults, direction)
    if "decoy_profanity" in decoys:
        turns.insert(len(turns) // 2, Turn("customer", [(b.say("decoy_profanity"),
                                                         frozenset())]))
    return finish(b, idx, direction, turns, faults, decoys, angry, context, full if know_name
                  else None)


def middle_business(b: Builder, turns: list[Turn], faults: set[str], decoys: set[str],
                    angry: bool, problem: str) -> None:
    rng = b.rng
    if angry:
        turns.append(Turn("customer", [(rng.choice(b.anger_lines), frozenset())], anger=True,
                          categories=frozenset({W.ANGER_CATEGORIES})))
        if "late_empathy" in faults:
            turns.append(Turn("agent", [(b.filler[0], frozenset())]))
            turns.append(Turn("agent", [b.part("empathy")], gap_before_s=25.0))
        elif "no_empathy" not in faults:
            turns.append(Turn("agent", [b.part("empathy")]))
    if "blame" in faults:
        turns.append(Turn("agent", [b.part("blame")]))
    if "decoy_blame" in decoys:  # the customer blaming the bank: a complaint (the
        # project's convention since the blind sets; relabelled 2026-12-02, round 6)
        turns.append(Turn("customer", [(b.say("decoy_blame"), frozenset())],
                          categories=frozenset({"complaint"})))
    if "no_confirm" not in faults:
        turns.append(Turn("agent", [b.part("confirm", p=problem)]))
        turns.append(Turn("customer", [(("Yes, exactly." if b.lang == "en" else "Đúng rồi."),
                                        frozenset())]))
    turns.append(Turn("agent", [(b.filler[2] if b.lang == "en" else b.filler[1],
                                 frozenset())]))
    turns.append(Turn("customer", [(b.say("verify"), frozenset())]))
    if "decoy_card" in decoys:
        turns.append(Turn("customer", [(b.say("decoy_card"), frozenset())]))
    if "card_readback" in faults:
        turns.append(Turn("agent", [b.part("card_readback")]))
    if "profanity" in faults:
        turns.append(Turn("agent", [b.part("profanity")]))
    if "rude" in faults:
        turns.append(Turn("agent", [b.part("rude")]))
    turns.append(Turn("agent", [(rng.choice(b.filler[:2] + b.filler[3:]), frozenset())]))
    turns.append(Turn("agent", [(b.filler[-1], frozenset())], gap_before_s=rng.uniform(2, 8)))


def closing(b: Builder, turns: list[Turn], faults: set[str], direction: str) -> None:
    parts = []
    if "no_thanks" not in faults:
        parts.append(b.part("thanks"))
    if "no_goodbye" not in faults:
        parts.append(b.part("goodbye"))
    if "goodbye_first" in faults and len(parts) == 2:
        turns.append(Turn("agent", [parts[1]]))
        turns.append(Turn("customer", [(b.say("bye"), frozenset())]))
        turns.append(Turn("agent", [(("Oh, and " if b.lang == "en" else "À, ")
                                     + parts[0][0][0].lower() + parts[0][0][1:], parts[0][1])]))
        return
    if parts:
        turns.append(Turn("agent", parts))
    turns.append(Turn("customer", [(b.say("bye"), frozenset())]))


def timing(turns: list[Turn], lang: str, rng: random.Random, level: dict[str, float]) -> None:
    t = rng.uniform(0.5, 1.5)
    for turn in turns:
        t += turn.gap_before_s
        turn.start = round(t, 2)
        texts = []
        for text, _tags in turn.parts:
            noisy = noise(text, lang, rng, level)
            turn.part_starts.append(round(t, 2))
            for w in noisy.split():
                dur = 0.12 + 0.045 * len(w)
                turn.words.append([round(t, 2), round(t + dur, 2), w])
                t += dur + 0.05
            texts.append(noisy)
            t += 0.25
        turn.text = " ".join(texts)
        turn.end = round(t - 0.25, 2)


def finish(b: Builder, idx: int, direction: str, turns: list[Turn], faults: set[str],
           decoys: set[str], angry: bool, context: str, agent_name: str | None
           ) -> dict[str, object]:
    rng = b.rng
    level = {"drop": rng.choice([0.0, 0.0, 0.01, 0.02]),
             "homophone": rng.choice([0.0, 0.1, 0.3]),
             "filler": rng.choice([0.0, 0.02, 0.05]), "lower": rng.random() < 0.4,
             "tone": rng.choice([0.0, 0.05, 0.1]), "initial": rng.choice([0.0, 0.02, 0.04]),
             "fold": rng.random() < 0.25}
    timing(turns, b.lang, rng, level)
    first = turns[0].start
    last = max(t.end for t in turns)

    def agent_parts(tag: str) -> list[tuple[float, Turn]]:
        return [(s, t) for t in turns if t.speaker == "agent"
                for s, (_x, tags) in zip(t.part_starts, t.parts, strict=True)
                if tag in tag_set(tags)]

    def tag_set(tags: frozenset[str]) -> frozenset[str]:
        return tags

    truth: dict[str, str] = {}
    na = "not_applicable"
    anger_turns = [t for t in turns if t.anger]
    sentiment_known = context in ("both", "sentiment", "both_quiet")
    metrics_known = context in ("both", "metrics", "both_quiet")
    loud_known = context in ("both", "metrics")
    anger_known = bool(anger_turns) and (sentiment_known or loud_known)
    if not anger_known:
        truth["angry_caller/empathy"] = na
    else:
        a = anger_turns[0]
        ok = any(a.start <= s <= a.end + EMPATHY_WITHIN_S for s, _ in agent_parts("empathy"))
        truth["angry_caller/empathy"] = "pass" if ok else "fail"
    truth["angry_caller/no_blame"] = "fail" if agent_parts("blame") else "pass"
    interruptions = []
    if metrics_known and anger_known and "interrupt_angry" in faults:
        a = anger_turns[0]
        interruptions.append({"speaker": "agent", "interrupted": "customer",
                              "start_s": round(a.start + 0.4 * (a.end - a.start), 2),
                              "overlap_s": 0.9})
    if "interrupt_calm" in decoys:
        calm = [t for t in turns if t.speaker == "customer" and not t.anger]
        c = calm[-1]
        interruptions.append({"speaker": "agent", "interrupted": "customer",
                              "start_s": round((c.start + c.end) / 2, 2), "overlap_s": 0.7})
        interruptions.append({"speaker": "customer", "interrupted": "agent",
                              "start_s": round(turns[0].start + 0.5, 2), "overlap_s": 0.8})
    if not metrics_known or not anger_known:
        truth["angry_caller/no_interrupting_angry_customer"] = na
    else:
        hit = any(i["speaker"] == "agent" and any(t.start <= float(i["start_s"]) <= t.end + 0.5
                                                  for t in anger_turns)
                  for i in interruptions)
        truth["angry_caller/no_interrupting_angry_customer"] = "fail" if hit else "pass"
    truth["forbidden/profanity"] = "fail" if agent_parts("profanity") and any(
        not _strict_only(x) for _, t in agent_parts("profanity") for x, _ in t.parts) else "pass"
    truth["forbidden/profanity_vi_strict"] = na if b.lang != "vi" else (
        "fail" if any(_strict_only(x) for _, t in agent_parts("profanity")
                      for x, _ in t.parts) else "pass")
    truth["forbidden/rude"] = "fail" if agent_parts("rude") else "pass"
    truth["forbidden/no_card_readback"] = "fail" if agent_parts("card_readback") else "pass"

    inbound_rules = ["greeting", "company_name", "self_intro", "offer_help", "confirm_problem",
                     "resolution", "anything_else", "thanks", "goodbye",
                     "greeting_before_resolution", "thanks_before_goodbye"]
    outbound_rules = ["identify_self", "identify_company", "purpose", "recording_disclosure",
                      "consent"]
    if direction == "inbound":
        for r in outbound_rules:
            truth[f"outbound/{r}"] = na
        tag_of = {"greeting": "greeting", "company_name": "company", "self_intro": "intro",
                  "offer_help": "offer"}
        for rule, tag in tag_of.items():
            ok = any(s <= first + FIRST_S[tag] for s, _ in agent_parts(tag))
            truth[f"inbound/{rule}"] = "pass" if ok else "fail"
        for rule in ("confirm_problem", "resolution", "anything_else"):
            tag = {"confirm_problem": "confirm"}.get(rule, rule)
            truth[f"inbound/{rule}"] = "pass" if agent_parts(tag) else "fail"
        closing_starts = {}
        for tag in ("thanks", "goodbye"):
            inside = [s for s, t in agent_parts(tag) if t.end >= last - LAST_S[tag]]
            truth[f"inbound/{tag}"] = "pass" if inside else "fail"
            closing_starts[tag] = min(inside) if inside else None
        g = [s for s, _ in agent_parts("greeting") if s <= first + FIRST_S["greeting"]]
        r = [s for s, _ in agent_parts("resolution")]
        truth["inbound/greeting_before_resolution"] = na if not g or not r else (
            "pass" if min(g) < min(r) else "fail")
        th, gb = closing_starts["thanks"], closing_starts["goodbye"]
        truth["inbound/thanks_before_goodbye"] = na if th is None or gb is None else (
            "pass" if th < gb else "fail")
    else:
        for r in inbound_rules:
            truth[f"inbound/{r}"] = na
        for rule, tag in (("identify_self", "identify_self"), ("identify_company", "company"),
                          ("purpose", "purpose"), ("recording_disclosure", "disclosure")):
            ok = any(s <= first + OB_FIRST_S[tag] for s, _ in agent_parts(tag))
            truth[f"outbound/{rule}"] = "pass" if ok else "fail"
        if truth["outbound/recording_disclosure"] != "pass":
            truth["outbound/consent"] = na
        else:
            ok = any(s <= first + OB_FIRST_S["consent"] for s, _ in agent_parts("consent"))
            truth["outbound/consent"] = "pass" if ok else "fail"

    sentiment = None
    if sentiment_known:
        sentiment = ["negative" if t.anger else ("positive" if t.speaker == "customer" and
                                                 rng.random() < 0.2 else "neutral")
                     for t in turns]
    metrics = None
    if metrics_known:
        raised = [] if not loud_known else [
            {"speaker": "customer", "start_s": t.start, "end_s": t.end, "above_median_db": 8.0}
            for t in anger_turns]
        metrics = {"speaker_separated": True, "interruptions": interruptions,
                   "raised_voice": raised}
    categories = sorted(set().union(*(t.categories for t in turns if t.speaker == "customer")))
    queue = {"inbound": "customer_service", "outbound": "collections"}[direction]
    return {
        "id": f"{b.lang}-{b.split}-{idx:03d}", "split": b.split, "language": b.lang,
        "metadata": {"direction": direction, "queue": queue, "agent_name": agent_name,
                     "language": b.lang},
        "faults": sorted(faults), "decoys": sorted(decoys), "context": context,
        "segments": [{"speaker": t.speaker, "start": t.start, "end": t.end, "text": t.text,
                      "words": t.words} for t in turns],  # words: [start, end, text]
        "sentiment": sentiment, "metrics": metrics, "truth": truth,
        "categories": categories,
    }


def _strict_only(text: str) -> bool:
    """Vietnamese swearing that only the strict (tone-marked) rule can tell apart."""
    return bool(re.search(r"\b(đéo|địt|đụ|vãi)\b", text.lower()))


def main() -> None:
    rows = []
    for (split, lang), n in COUNTS.items():
        rng = random.Random(f"{SEEDS[split]}-{lang}")
        b = Builder(lang, split, rng)
        for i in range(n):
            direction = "outbound" if rng.random() < 0.25 else "inbound"
            rows.append(build_call(b, i, direction))
    write_rows(rows, OUT)


def write_rows(rows: list[dict[str, Any]], out: Path) -> None:
    """One labelled call per line (JSON Lines, UTF-8)."""
    with open(out, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} calls -> {out}")


if __name__ == "__main__":
    main()
