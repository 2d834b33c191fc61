"""Write ``aqm/scoring/data/conduct_spent.txt`` (agent speech of the SPENT rule sets) and
``aqm/scoring/data/conduct_items.txt`` (the item classifier's agent sentences that the
forbidden lists flag), labelled ``rude``, ``blame`` or ``-`` for the conduct classifier
(``aqm rules train-conduct``, ``aqm.scoring.conduct_train``).

- Spent sets: ``tune``, ``heldout`` and ``heldout2`` to ``heldout18`` (their errors have
  been read; heldout11-heldout13 since round 16, heldout14-heldout18 since round 20). The
  blind sets after them are never read here (round 20 measures the retrained model on
  heldout19). Each agent
  segment and, in long segments, each 10-word window (the stretches the classifier is asked
  about) is one line: ``rude`` / ``blame`` where the call's truth fails that rule and the
  bundled list's evidence lies inside the stretch; ``-`` in calls that fail none of rude,
  blame and profanity, and for stretches holding a profanity hit (swearing at a screen is
  profanity, not rudeness to the caller). Stretches of failing calls without evidence are
  left out (unknown).
- Item sentences (``items_*.txt``, agent speech, raw templates): the item classifier takes
  rude and blaming lines as its hard negatives; those the bundled rude / no-blame lists flag
  (rules' windows and conditions aside) are written with that label, those the profanity
  lists flag with ``-``. The trainer takes every other item sentence as a negative.

Labels come from the lists' exact and fuzzy matches only, never from the classifier they
train.

Deterministic: ``PYTHONPATH=. python tests/data/rules/export_conduct_corpus.py``.
"""

from __future__ import annotations

import dataclasses
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from aqm.redact.redactor import redact_transcript  # noqa: E402
from aqm.scoring import RuleContext, check_compliance, load_pack  # noqa: E402
from aqm.scoring.meaning import SEMANTIC_STRIDE_WORDS, SEMANTIC_WINDOW_WORDS  # noqa: E402
from aqm.scoring.rule_types import Conditions, Window  # noqa: E402
from aqm.types import Segment, Transcript, Word  # noqa: E402
from tests.rules_set import (  # noqa: E402
    LINEAGE,
    agent_call,
    context,
    load_rows,
    text_only,
    transcript,
)

OUT = ROOT / "aqm" / "scoring" / "data" / "conduct_spent.txt"
ITEMS_OUT = OUT.with_name("conduct_items.txt")
SPENT = ("tune", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6",
         "heldout7", "heldout8", "heldout9", "heldout10", "heldout11", "heldout12", "heldout13",
         "heldout14", "heldout15", "heldout16", "heldout17", "heldout18")
RAW = ("heldout4", "heldout5", "heldout6", "heldout7", "heldout8", "heldout9", "heldout10",
       "heldout11", "heldout12", "heldout13", "heldout14", "heldout15", "heldout16",
       "heldout17", "heldout18")
LABEL_OF = {"rude": "rude", "no_blame": "blame", "profanity": "prof",
            "profanity_vi_strict": "prof"}
TRUTH = {"rude": "forbidden/rude", "blame": "angry_caller/no_blame"}
BAD = ("forbidden/rude", "angry_caller/no_blame", "forbidden/profanity",
       "forbidden/profanity_vi_strict")


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s']", " ", text.lower()).split())


def _pack():  # type: ignore[no-untyped-def]
    """The bundled rude, no-blame and profanity rules' lists (exact and fuzzy: not the
    classifier these lines train), anywhere and in any call."""
    pack = text_only(load_pack())
    rules = tuple(dataclasses.replace(r, when=Conditions(), where=Window())
                  for r in pack.rules if r.id in LABEL_OF)
    return dataclasses.replace(pack, rules=rules, categories=())


def _stretches(words: list[str]) -> list[tuple[int, int]]:
    out = [(0, len(words))]
    if len(words) > SEMANTIC_WINDOW_WORDS + 2:
        out += [(a, a + SEMANTIC_WINDOW_WORDS)
                for a in range(0, len(words) - SEMANTIC_WINDOW_WORDS + 1, SEMANTIC_STRIDE_WORDS)]
    return out


def spent_lines(pack) -> list[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    out = []
    for split in SPENT:
        rows = [r for r in load_rows(None if split in ("tune", "heldout") else split)
                if r["split"] == split]
        for row in rows:
            t = transcript(row)
            if split in RAW:
                t = redact_transcript(t).transcript
            res = check_compliance(t, pack, context(row))
            found: dict[str, dict[int, list[str]]] = {k: {} for k in ("rude", "blame", "prof")}
            for x in res.results:
                if x.status == "fail":
                    for e in x.evidence:
                        if e.segment_index is not None:
                            found[LABEL_OF[x.rule_id]].setdefault(e.segment_index, []).append(
                                _norm(e.text))
            clean = all(row["truth"].get(k) != "fail" for k in BAD)
            for i, seg in enumerate(t.segments):
                if seg.speaker != "agent":
                    continue
                words = seg.text.split()
                for a, b in _stretches(words):
                    text = seg.text if (a, b) == (0, len(words)) else " ".join(words[a:b])
                    n = _norm(text)

                    def inside(k: str) -> bool:
                        return any(m and m in n for m in found[k].get(i, []))  # noqa: B023

                    labels = [k for k in ("rude", "blame")
                              if row["truth"].get(TRUTH[k]) == "fail" and inside(k)]
                    if labels:
                        out.append((row["language"], ",".join(labels), text))
                    elif clean or inside("prof"):
                        out.append((row["language"], "-", text))
        print(f"  {split}: {len(rows)} calls", file=sys.stderr)
    return out


def item_lines(pack) -> list[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    from aqm.scoring.items_train import read_sentences

    out = []
    for s in read_sentences():
        if s.customer:
            continue
        # the template as said: placeholders filled with a fixed name, company and problem
        text = (s.text.replace("{first}", "Alex" if s.lang == "en" else "Lan")
                .replace("{co}", "Acme Bank" if s.lang == "en" else "ngân hàng ABC")
                .replace("{p}", "the card" if s.lang == "en" else "thẻ"))
        words = text.split()
        seg = Segment("agent", 0, 0.0, float(len(words)), text, s.lang,
                      tuple(Word(float(i), i + 0.5, w, 1.0) for i, w in enumerate(words)))
        res = check_compliance(Transcript(s.lang, 1.0, (s.lang,), (seg,), LINEAGE), pack,
                               RuleContext(metadata=agent_call(s.lang)))
        failed = {LABEL_OF[x.rule_id] for x in res.results if x.status == "fail"}
        labels = sorted(failed - {"prof"})
        if labels:
            out.append((s.lang, ",".join(labels), s.text))
        elif failed:
            out.append((s.lang, "-", s.text))
    return out


def write(path: Path, rows: list[tuple[str, str, str]], what: str) -> None:
    seen: dict[tuple[str, str], str] = {}
    for lang, label, text in sorted(set(rows)):  # one label per text: a positive wins
        key = (lang, " ".join(text.split()))
        if seen.get(key, "-") == "-":
            seen[key] = label
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(f"# Generated by tests/data/rules/export_conduct_corpus.py: {what}.\n"
                 "# LANG<TAB>LABEL<TAB>TEXT, LABEL rude, blame, blame,rude or - (none).\n")
        for (lang, text), label in sorted(seen.items()):
            fh.write(f"{lang}\t{label}\t{text}\n")
    print(f"-> {path.relative_to(ROOT)}: {len(seen)} lines",
          dict(Counter(v for v in seen.values())))


def main() -> None:
    pack = _pack()
    write(OUT, spent_lines(pack), "agent speech of the spent rule sets (tune, heldout,\n"
          "# heldout2-heldout18; heldout19 and later are not read), labelled by their "
          "calls' truth\n# and the lists' evidence")
    write(ITEMS_OUT, item_lines(pack), "the item classifier's agent sentences (templates)\n"
          "# that the bundled rude, no-blame and profanity lists flag")


if __name__ == "__main__":
    main()
