"""Round 24: the spent blind sets' calls as training data of the item classifier, stretch by
stretch, labelled only for what their calls' truth says
(``tests/data/rules/export_calls_corpus.py``, ``aqm/scoring/data/items_calls.txt`` and
``drivers_calls.txt``): an item the line says nothing of is neither a positive nor a negative
of it. ``aqm rules train --with-calls`` reads them; the bundled model is trained without them
(its data hash says so)."""

from __future__ import annotations

import re
import shutil
from collections import Counter
from pathlib import Path

import pytest

from aqm.errors import InputError
from aqm.scoring.items import load_items
from aqm.scoring.items_train import (
    CALL_SOURCES,
    CATEGORY_ITEMS,
    CUSTOMER_SOURCES,
    DATA_DIR,
    PARTIAL_SOURCES,
    SCRIPT_ITEMS,
    SOURCES,
    _counts,
    build_examples,
    data_sha256,
    read_sentences,
)

CALLS = ("items_calls.txt", "drivers_calls.txt")
WITH_CALLS = SOURCES + CALL_SOURCES


def _lines(name: str) -> list[list[str]]:
    return [line.split("\t") for line in
            (DATA_DIR / name).read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


def test_itc001_the_files_come_from_the_spent_sets_only() -> None:
    """The exporter reads heldout9 to heldout21 (errors read) and no later set; each file
    labels every item of its speaker both ways, in both languages."""
    src = (Path(__file__).parent / "data" / "rules" / "export_calls_corpus.py").read_text(
        encoding="utf-8")
    assert 'SPENT = tuple(f"heldout{n}" for n in range(9, 22))' in src
    for name, items in (("items_calls.txt", SCRIPT_ITEMS), ("drivers_calls.txt", CATEGORY_ITEMS)):
        rows = _lines(name)
        assert len(rows) > 3000, name
        c: Counter[tuple[str, str]] = Counter()
        for lang, labels, text, group in rows:
            assert lang in ("en", "vi") and text.strip() and re.fullmatch(r"[0-9a-f]{10}", group)
            for x in labels.split(","):
                assert x.lstrip("!") in items, (name, x)
                c[lang, x] += 1
        for lang in ("en", "vi"):
            # empathy's window follows the anger: only positives are labelled
            for item in (i for i in items if i not in ("empathy",)):
                assert c[lang, item] >= 10 and c[lang, f"!{item}"] >= 10, (name, lang, item)
        # no card number (12 digits or more, spaced or not) trains: the text was redacted
        assert not any(re.search(r"\d(?:[ -]?\d){11,}", r[2]) for r in rows), name


def test_itc002_a_line_is_known_only_for_the_items_it_names() -> None:
    sentences = read_sentences(sources=WITH_CALLS)
    partial = [s for s in sentences if s.call]
    assert partial and set(PARTIAL_SOURCES) == set(CALLS) == set(CALL_SOURCES)
    assert "drivers_calls.txt" in CUSTOMER_SOURCES and "items_calls.txt" not in CUSTOMER_SOURCES
    examples = build_examples(sentences)
    written = {s.source for s in sentences if not s.call}
    calls = [e for e in examples if not e.sources & written]
    assert len(calls) == len(partial)  # each line once, as it is: never joined into turns
    by_text = {(e.lang, e.text, e.customer): e for e in calls}
    seen = Counter()
    # a customer line of a call with no driver is known for all nine: a negative of each
    assert any(s.customer and not s.unknown and not s.items for s in partial)
    for s in partial[::50]:
        e = by_text[s.lang, s.text, s.customer]
        assert e.unsure == s.unknown and e.items == s.items
        for item in (CATEGORY_ITEMS if s.customer else SCRIPT_ITEMS):
            # known: a positive (it is among the items) or a negative (not)
            assert _counts(item, e) is (item not in s.unknown), (s.text, item)
            seen["positive" if item in e.items else
                 "negative" if item not in s.unknown else "unknown"] += 1
    assert min(seen.values()) > 0, seen


def test_itc003_the_bundled_model_is_trained_without_them() -> None:
    """Round 24 kept the model trained on the written sentences: its data hash is theirs, and
    the default training (and the conduct trainer, which reads them as ordinary agent talk)
    reads no call stretch."""
    assert not set(SOURCES) & set(CALLS)
    assert all(not s.call for s in read_sentences())
    assert load_items().model.data_sha256 == data_sha256()
    assert data_sha256(sources=WITH_CALLS) != data_sha256()


@pytest.mark.parametrize(("line", "why"), [
    ("en\tresolution\tok that's done", "no GROUP"),
    ("en\t!refund\tmy money back\tabcdef0123", "a driver among agent lines"),
    ("en\t\tnothing at all\tabcdef0123", "no label"),
    ("fr\tresolution\tc'est fait\tabcdef0123", "no such language"),
])
def test_itc004_a_bad_line_names_file_and_line(tmp_path: Path, line: str, why: str) -> None:
    for name in WITH_CALLS:
        shutil.copy(DATA_DIR / name, tmp_path / name)
    path = tmp_path / "items_calls.txt"
    n = len(path.read_text(encoding="utf-8").splitlines()) + 1
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(line + "\n")
    with pytest.raises(InputError, match=rf"items_calls.txt line {n}: expected .*GROUP"):
        read_sentences(tmp_path, WITH_CALLS)
