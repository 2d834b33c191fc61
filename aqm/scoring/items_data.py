"""The item classifier's training sentences (``aqm.scoring.items_train``): the files, their
speakers and items, and how they are read.

Each source is ``LANG<TAB>ITEMS<TAB>TEXT`` (ITEMS a comma list of items the text realises, "-"
for none), but for the call-labelled stretches (``PARTIAL_SOURCES``):
``LANG<TAB>LABELS<TAB>TEXT<TAB>GROUP``, LABELS naming positives ("item") and negatives
("!item"); the items not named are unknown to the line; GROUP is its cross-validation group.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from aqm.errors import InputError

DATA_DIR = Path(__file__).resolve().parent / "data"
SOURCES = ("items_written.txt", "items_tune.txt", "items_spent.txt", "items_authors.txt",
           "drivers_written.txt", "drivers_spent.txt", "drivers_authors.txt")
# stretches of the spent blind sets' calls labelled from their calls' truth
# (``tests/data/rules/export_calls_corpus.py``), read only by ``aqm rules train --with-calls``:
# round 24's model trained with them lifted one blind set and lowered the next (README), so
# the shipped model is trained on ``SOURCES``
CALL_SOURCES = ("items_calls.txt", "drivers_calls.txt")
# customer speech (call drivers, aqm.scoring.drivers_train); the other sources are agent speech
CUSTOMER_SOURCES = frozenset({"drivers_written.txt", "drivers_spent.txt", "drivers_authors.txt",
                              "drivers_calls.txt"})
# stretches of real calls labelled from their calls' truth (``export_calls_corpus.py``): only
# the items they name are known ("item" a positive, "!item" a negative), the rest unknown
PARTIAL_SOURCES = frozenset({"items_calls.txt", "drivers_calls.txt"})
CATEGORY_ITEMS = ("billing", "outage", "refund", "cancellation", "complaint", "card_lost",
                  "address_change", "payment", "fraud")
SCRIPT_ITEMS = ("greeting", "company", "self_intro", "offer_help", "confirm_problem",
                "resolution", "anything_else", "thanks", "goodbye", "empathy", "purpose",
                "recording_disclosure", "consent")
ITEMS = SCRIPT_ITEMS + CATEGORY_ITEMS
LANGUAGES = ("en", "vi")


@dataclass(frozen=True)
class Sentence:
    lang: str
    items: frozenset[str]
    text: str  # template: {first} {co} {p}
    source: int  # line id: the cross-validation group
    customer: bool = False  # customer speech (call drivers), else the agent's
    # items the line says nothing of (a call-labelled stretch): neither positive nor negative
    unknown: frozenset[str] = frozenset()
    call: bool = False  # a stretch of a real call (``PARTIAL_SOURCES``), used as it is


def read_sentences(data_dir: Path = DATA_DIR,
                   sources: Sequence[str] = SOURCES) -> list[Sentence]:
    out: list[Sentence] = []
    for name in sources:
        path = data_dir / name
        partial = name in PARTIAL_SOURCES
        groups: dict[str, int] = {}  # a partial line's GROUP -> its cross-validation group
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("\t")
            if partial:  # LANG, LABELS, TEXT, GROUP: the group is taken off, or the line is bad
                source = groups.setdefault(parts.pop(), len(out)) if len(parts) == 4 else -1
                parts = parts if source >= 0 else []
            labels = set(parts[1].split(",")) - {"-"} if len(parts) == 3 else {"?"}
            negatives = {x[1:] for x in labels if x.startswith("!")} if partial else set()
            items = labels - {f"!{x}" for x in negatives}
            customer = name in CUSTOMER_SOURCES
            known = set(CATEGORY_ITEMS if customer else SCRIPT_ITEMS)
            if (len(parts) != 3 or parts[0] not in LANGUAGES or (items | negatives) - known
                    or (partial and not labels)):
                form = ("item|!item,...<TAB>TEXT<TAB>GROUP" if partial
                        else "ITEMS|-<TAB>TEXT")
                raise InputError(f"{name} line {n}: expected LANG<TAB>{form} with "
                                 f"items among {', '.join(sorted(known))}")
            unknown = frozenset(known - items - negatives) if partial else frozenset()
            out.append(Sentence(parts[0], frozenset(items), parts[2].strip(),
                                source if partial else len(out), customer, unknown, partial))
    return out


def data_sha256(data_dir: Path = DATA_DIR, sources: Sequence[str] = SOURCES) -> str:
    h = hashlib.sha256()
    for name in sources:
        h.update((data_dir / name).read_bytes())
    return h.hexdigest()
