"""The training sentences of the item classifier written by blind authors (eight in round 8,
three more in round 9), one section each (``aqm/scoring/data/items_authors.txt``,
``drivers_authors.txt``), all read by the trainer; every section covers every item and driver
in both languages (20 or more each as written, 15 or more after the sentences an earlier
author already had were dropped), and no words carry two label sets.
``benchmarks/item_authors.py`` trains without some authors and scores on the others."""

from __future__ import annotations

import re
from collections import Counter

from aqm.scoring.items_train import (
    CATEGORY_ITEMS,
    CUSTOMER_SOURCES,
    DATA_DIR,
    SCRIPT_ITEMS,
    SOURCES,
    read_sentences,
)

AUTHORS = tuple("ABCDEFGHIJK")  # A-H round 8, I-K round 9


def _sections(name: str) -> dict[str, list[tuple[str, frozenset[str], str]]]:
    out: dict[str, list[tuple[str, frozenset[str], str]]] = {}
    author = None
    for line in (DATA_DIR / name).read_text(encoding="utf-8").splitlines():
        m = re.match(r"# author (\S+)$", line)
        if m:
            author = m.group(1)
        elif line.strip() and not line.startswith("#"):
            assert author, f"{name}: a sentence before the first author section"
            lang, labels, text = line.split("\t")
            out.setdefault(author, []).append(
                (lang, frozenset(labels.split(",")) - {"-"}, text))
    return out


def test_ita001_every_author_covers_every_item_in_both_languages() -> None:
    for name, items, negatives in (("items_authors.txt", SCRIPT_ITEMS, 90),
                                   ("drivers_authors.txt", CATEGORY_ITEMS, 70)):
        parts = _sections(name)
        assert tuple(sorted(parts)) == AUTHORS, name
        for author, rows in parts.items():
            c = Counter((lang, i) for lang, labels, _ in rows for i in labels or {"-"})
            for lang in ("en", "vi"):
                for item in items:
                    assert c[lang, item] >= 15, (name, author, lang, item, c[lang, item])
                assert c[lang, "-"] >= negatives, (name, author, lang, c[lang, "-"])


def test_ita002_the_trainer_reads_them_with_the_right_speaker() -> None:
    assert "items_authors.txt" in SOURCES and "drivers_authors.txt" in SOURCES
    assert "drivers_authors.txt" in CUSTOMER_SOURCES
    assert "items_authors.txt" not in CUSTOMER_SOURCES
    sentences = read_sentences()
    texts = {(s.lang, s.text): s for s in sentences}
    for name, customer in (("items_authors.txt", False), ("drivers_authors.txt", True)):
        for rows in _sections(name).values():
            for lang, labels, text in rows[:50]:
                s = texts[lang, text.strip()]
                assert s.customer is customer and s.items == labels, (name, text)


def test_ita003_no_sentence_is_labelled_two_ways() -> None:
    """Across authors, the same words (case and punctuation aside) carry one label set, but
    for a bare Vietnamese "chào anh ạ", which opens and closes calls (the trainer keeps
    greeting and goodbye examples out of each other's fits)."""
    for name in ("items_authors.txt", "drivers_authors.txt"):
        seen: dict[tuple[str, str], set[frozenset[str]]] = {}
        for rows in _sections(name).values():
            for lang, labels, text in rows:
                key = (lang, re.sub(r"[^\w ]", "", text.lower()).strip())
                seen.setdefault(key, set()).add(labels)
        clashes = {k: v for k, v in seen.items() if len(v) > 1}
        assert set(clashes) <= {("vi", "chào anh ạ")}, clashes
