"""Write ``aqm/scoring/data/items_calls.txt`` (agent speech) and
``aqm/scoring/data/drivers_calls.txt`` (customer speech): the stretches of the SPENT blind
rule sets heldout9 to heldout21, labelled per item from their calls' truth, for the item
classifier (``aqm rules train --with-calls``; round 24 measured that model on two blind sets
and kept the one trained without them: README). Their errors have been read; heldout22 and
later are never read here.

These sets label calls, not sentences, so a stretch is labelled only for what its call's
truth says of it (every other item is unknown to it: neither a positive nor a negative):

- negative: a call whose truth fails a script rule says that item nowhere in the rule's
  window, so every agent stretch wholly inside the window is a negative of the item (the
  authors plant their look-alikes there: non-answers, half offers, team names). A call without
  a driver: every customer stretch is a negative of that driver.
- positive: a call whose truth passes a rule says the item somewhere in the window. Where the
  bundled lists (exact, fuzzy, sounds, name, restate: never the classifier these lines train)
  find it, the stretches holding their evidence are positives. Where they find nothing, the
  agent segment in the window that the shipped classifier rates highest for the item is (one
  positive per call: the call's truth says one is there; multiple-instance learning's usual
  choice). Drivers likewise, over the customer's segments.

Stretches are what matching asks the classifier about: each segment and, in a long segment,
its 10-word windows every 5 words (a window cutting the evidence is unknown). Text is
redacted first (card numbers never train). The same text in several calls is one line with
the union of its labels; an item it is both a positive and a negative of is left unknown.
Lines: ``LANG<TAB>LABELS<TAB>TEXT<TAB>GROUP``; LABELS a sorted comma list of ``item``
(positive) and ``!item`` (negative); GROUP names the segment a stretch was cut from (its
cross-validation group).

Deterministic: ``PYTHONPATH=. python tests/data/rules/export_calls_corpus.py``.
"""

from __future__ import annotations

import hashlib
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

from aqm.redact.redactor import redact_transcript  # noqa: E402
from aqm.scoring import check_compliance, load_pack  # noqa: E402
from aqm.scoring.items import load_items  # noqa: E402
from aqm.types import Transcript  # noqa: E402
from tests.data.rules.export_conduct_corpus import (  # noqa: E402
    _stretches as conduct_stretches,
)
from tests.rules_set import context, load_rows, text_only, transcript  # noqa: E402

OUT = ROOT / "aqm" / "scoring" / "data" / "items_calls.txt"
DRIVERS_OUT = OUT.with_name("drivers_calls.txt")
SPENT = tuple(f"heldout{n}" for n in range(9, 22))
TRIAL = sys.argv[1:]  # a few sets only, for a look: written under /tmp
if TRIAL:
    SPENT = tuple(TRIAL)
    OUT, DRIVERS_OUT = Path("/tmp/items_calls.txt"), Path("/tmp/drivers_calls.txt")
# truth key -> the classifier item it asks for (empathy's window follows an event: its
# negatives are not labelled; the order rules hold no item of their own)
ITEM_OF = {"inbound/greeting": "greeting", "inbound/company_name": "company",
           "inbound/self_intro": "self_intro", "inbound/offer_help": "offer_help",
           "inbound/confirm_problem": "confirm_problem", "inbound/resolution": "resolution",
           "inbound/anything_else": "anything_else", "inbound/thanks": "thanks",
           "inbound/goodbye": "goodbye", "outbound/identify_self": "self_intro",
           "outbound/identify_company": "company", "outbound/purpose": "purpose",
           "outbound/recording_disclosure": "recording_disclosure",
           "outbound/consent": "consent", "angry_caller/empathy": "empathy"}
NO_NEGATIVES = frozenset({"angry_caller/empathy"})
DRIVERS = ("billing", "outage", "refund", "cancellation", "complaint", "card_lost",
           "address_change", "payment", "fraud")
MIN_WORDS = 3  # shorter customer stretches ("yes", "ok then") say no driver either way

Stretch = tuple[int, int, int]  # (segment, first word, end word)


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s']", " ", text.lower()).split())


def _stretches(t: Transcript, i: int) -> list[Stretch]:
    """Segment ``i`` and its 10-word windows, as the conduct corpus cuts them."""
    return [(i, a, b) for a, b in conduct_stretches(t.segments[i].text.split())]


def _text(t: Transcript, s: Stretch) -> str:
    return " ".join(t.segments[s[0]].text.split()[s[1]:s[2]])


def _windows(pack) -> dict[str, tuple[float | None, float | None]]:  # type: ignore[no-untyped-def]
    return {f"{r.file}/{r.id}": (r.where.first_s, r.where.last_s) for r in pack.rules}


def _span(t: Transcript) -> tuple[float, float]:
    """(first, last) time of speech."""
    speech = [s for s in t.segments if s.words]
    return min(s.start_s for s in speech), max(s.end_s for s in speech)


def _inside(t: Transcript, span: tuple[float, float], i: int,
            window: tuple[float | None, float | None]) -> bool:
    """Whether segment ``i`` lies wholly inside a first-/last-seconds window."""
    first, last = window
    t0, t1 = span
    seg = t.segments[i]
    return ((first is None or seg.end_s <= t0 + first)
            and (last is None or seg.start_s >= t1 - last))


class Labels:
    """Per (lang, text, customer): the items it is a positive and a negative of, and its
    cross-validation group (the segment it was cut from: a window is never validated by a
    model that saw its segment)."""

    def __init__(self) -> None:
        self.pos: dict[tuple[str, str, bool], set[str]] = defaultdict(set)
        self.neg: dict[tuple[str, str, bool], set[str]] = defaultdict(set)
        self.group: dict[tuple[str, str, bool], str] = {}

    def add(self, t: Transcript, s: Stretch, lang: str, customer: bool, item: str,
            positive: bool) -> None:
        text = _text(t, s)
        if len(text.split()) < (MIN_WORDS if customer else 1):
            return
        key = (lang, text, customer)
        (self.pos if positive else self.neg)[key].add(item)
        self._group(key, hashlib.sha256(t.segments[s[0]].text.encode()).hexdigest()[:10])

    def _group(self, key: tuple[str, str, bool], g: str) -> None:
        self.group[key] = min(g, self.group.get(key, g))

    def merge(self, other: Labels) -> None:
        for mine, theirs in ((self.pos, other.pos), (self.neg, other.neg)):
            for k, v in theirs.items():
                mine[k] |= v
        for k, g in other.group.items():
            self._group(k, g)

    def lines(self, customer: bool) -> list[str]:
        out = []
        for key in sorted(self.group):
            if key[2] != customer:
                continue
            pos, neg = self.pos.get(key, set()), self.neg.get(key, set())
            labels = sorted(pos - neg) + sorted(f"!{x}" for x in neg - pos)
            if labels:
                out.append(f"{key[0]}\t{','.join(labels)}\t{key[1]}\t{self.group[key]}")
        return out


def _evidence_stretches(t: Transcript, evidence, speaker: str) -> list[Stretch]:  # type: ignore[no-untyped-def]
    out = []
    for e in evidence:
        if e.segment_index is None or t.segments[e.segment_index].speaker != speaker:
            continue
        m = _norm(e.text)
        out += [s for s in _stretches(t, e.segment_index) if m and m in _norm(_text(t, s))]
    return out


def _best(t: Transcript, segs: list[int], item: str, model, cache) -> int | None:  # type: ignore[no-untyped-def]
    from aqm.embeddings import encode

    texts = [t.segments[i].text for i in segs]
    if not texts:
        return None
    missing = [x for x in texts if x not in cache]
    if missing:
        for x, v in zip(missing, model.predict(np.asarray(encode(missing)), missing),
                        strict=True):
            cache[x] = v
    k = model.index(item)
    return segs[int(np.argmax([cache[x][k] for x in texts]))]


def _split(split: str) -> tuple[Labels, Counter[str], list[str]]:
    """One set's labelled stretches, counts and the classifier's choices."""
    pack = text_only(load_pack())
    windows = _windows(pack)
    model = load_items().model
    cache: dict[str, np.ndarray] = {}
    labels = Labels()
    counts: Counter[str] = Counter()
    top1: list[str] = []
    rows = load_rows(split)
    for row in rows:
        t = redact_transcript(transcript(row)).transcript
        lang = row["language"]
        res = check_compliance(t, pack, context(row))
        found = {f"{r.file}/{r.rule_id}": r for r in res.results}

        def pick(segs: list[int], item: str) -> list[Stretch]:
            """The segment the shipped classifier rates highest for ``item``."""
            best = _best(t, segs, item, model, cache)  # noqa: B023
            hits = [] if best is None else [_stretches(t, best)[0]]  # noqa: B023
            counts[f"top1 {item}"] += bool(hits)
            top1.extend(f"{row['id']}\t{item}\t{_text(t, h)}" for h in hits)  # noqa: B023
            return hits

        def add_positives(hits: list[Stretch], item: str, customer: bool) -> None:
            for s in hits:
                labels.add(t, s, lang, customer, item, True)  # noqa: B023
                counts[f"+{item}"] += 1
        agent = [i for i, s in enumerate(t.segments) if s.speaker == "agent"]
        span = _span(t)
        for key, item in ITEM_OF.items():
            truth = row["truth"].get(key)
            if truth == "fail" and key not in NO_NEGATIVES:
                for i in agent:
                    if _inside(t, span, i, windows[key]):
                        for s in _stretches(t, i):
                            labels.add(t, s, lang, False, item, False)
                            counts[f"-{item}"] += 1
            elif truth == "pass":
                r = found.get(key)
                hits = _evidence_stretches(t, r.evidence, "agent") if r else []
                if not hits and key not in NO_NEGATIVES:
                    first, last = windows[key]  # a little past the window: the truth's slack
                    near = [i for i in agent if _inside(
                        t, span, i, (None if first is None else first + 10,
                               None if last is None else last + 10))]
                    hits = pick(near, item)
                add_positives(hits, item, False)
        customer = [i for i, s in enumerate(t.segments) if s.speaker == "customer"]
        cats = {c.category: c for c in res.categories}
        for d in DRIVERS:
            if d not in row["categories"]:
                for i in customer:
                    for s in _stretches(t, i):
                        labels.add(t, s, lang, True, d, False)
                        counts[f"-{d}"] += 1
                continue
            hits = _evidence_stretches(t, cats[d].evidence, "customer") if d in cats else []
            add_positives(hits or pick(customer, d), d, True)
    print(f"  {split}: {len(rows)} calls", file=sys.stderr)
    return labels, counts, top1


def export(jobs: int = 2) -> tuple[list[str], list[str], Counter[str], list[str]]:
    """Every spent set, ``jobs`` at a time; merged in set order (the same lines whatever
    the order they finish in)."""
    from multiprocessing import get_context

    labels = Labels()
    counts: Counter[str] = Counter()
    top1: list[str] = []
    with get_context("spawn").Pool(jobs) as pool:
        for part, c, t in pool.imap(_split, SPENT):
            labels.merge(part)
            counts.update(c)
            top1 += t
    return labels.lines(False), labels.lines(True), counts, top1


HEADER = ("# Generated by tests/data/rules/export_calls_corpus.py from the spent blind sets\n"
          "# heldout9-heldout21 (their errors read; heldout22 and later are never read):\n"
          "# stretches labelled from their calls' truth. LANG<TAB>LABELS<TAB>TEXT<TAB>GROUP:\n"
          "# item (a positive), !item (a negative), items not named unknown; GROUP: the\n"
          "# segment the stretch was cut from (a cross-validation group).\n")


def main() -> None:
    agent, customer, counts, top1 = export()
    OUT.write_text(HEADER + "\n".join(agent) + "\n", encoding="utf-8")
    DRIVERS_OUT.write_text(HEADER + "\n".join(customer) + "\n", encoding="utf-8")
    if TRIAL:
        OUT.with_name("top1.txt").write_text("\n".join(top1) + "\n", encoding="utf-8")
    print(f"{len(agent)} agent lines, {len(customer)} customer lines", file=sys.stderr)
    for k, v in sorted(counts.items()):
        print(f"  {k}: {v}", file=sys.stderr)


if __name__ == "__main__":
    main()
