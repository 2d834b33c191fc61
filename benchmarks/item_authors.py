"""Does the item classifier learn the items, or its authors' wordings? A leave-authors-out
measure, side by side in one run.

``aqm/scoring/data/items_authors.txt`` and ``drivers_authors.txt`` hold the sentences of
several authors (``# author X`` sections), each written blind in a style of their own. This
trains the classifier (``aqm.scoring.items_train.train``, cross-validated thresholds and
all) on every other training file plus 0, some or all of the authors NOT under test, and
scores each model on the test authors' sentences, never trained on: per item and language,
recall at the model's own CV threshold and the share of the test authors' negatives over it
(the sentences as written and as a recogniser gives them: lower case, Vietnamese without
tone marks). Each model takes the 6-12 minutes of ``aqm rules train`` on two cores.

Usage: python benchmarks/item_authors.py [--test G H] [--steps 0 2 all] [--c 0.1]
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from aqm.embeddings import encode
from aqm.scoring.items import ItemModel, read_model
from aqm.scoring.items_train import (
    AMBIGUOUS_WITH,
    CATEGORY_ITEMS,
    DATA_DIR,
    ITEMS,
    LANGUAGES,
    SOURCES,
    Sentence,
    _asr,
    _fill,
    train,
)

AUTHOR_FILES = {"items_authors.txt": False, "drivers_authors.txt": True}  # name: customer


def sections(data_dir: Path = DATA_DIR) -> dict[str, dict[str, list[str]]]:
    """{author: {file name: lines}} of the authors' files."""
    out: dict[str, dict[str, list[str]]] = {}
    for name in AUTHOR_FILES:
        author = None
        for line in (data_dir / name).read_text(encoding="utf-8").splitlines():
            m = re.match(r"# author (\S+)", line)
            if m:
                author = m.group(1)
            elif author and line.strip() and not line.startswith("#"):
                out.setdefault(author, {}).setdefault(name, []).append(line)
    return out


def data_dir_with(authors: Sequence[str], parts: dict[str, dict[str, list[str]]],
                  into: Path) -> Path:
    """A copy of the training data whose author files hold ``authors`` only."""
    into.mkdir(parents=True)
    for name in SOURCES:
        if name in AUTHOR_FILES:
            lines = [f"# author {a}\n" + "\n".join(parts[a].get(name, [])) for a in authors]
            (into / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
        else:
            shutil.copy(DATA_DIR / name, into / name)
    return into


def test_sentences(authors: Sequence[str], parts: dict[str, dict[str, list[str]]]
                   ) -> tuple[list[Sentence], list[str]]:
    """The test authors' sentences, filled in, as written and as ASR text."""
    sents = []
    for a in authors:
        for name, customer in AUTHOR_FILES.items():
            for line in parts[a].get(name, []):
                lang, labels, text = line.split("\t")
                sents.append(Sentence(lang, frozenset(set(labels.split(",")) - {"-"}), text,
                                      len(sents), customer))
    rng = random.Random(1)
    texts = [_fill(s, rng) for s in sents]
    noisy = [_asr(t, s.lang, rng, 1.0) for t, s in zip(texts, sents, strict=True)]
    return sents + sents, texts + noisy


def scores(model: ItemModel, x: np.ndarray, sents: Sequence[Sentence], texts: Sequence[str]
           ) -> dict[tuple[str, str], tuple[float, float, int]]:
    """{(item, language): (recall, false-positive share, positives)} at the CV thresholds."""
    probs = model.predict(x, texts)
    out = {}
    for item in ITEMS:
        k = model.index(item)
        for j, lang in enumerate(LANGUAGES):
            rows = [i for i, s in enumerate(sents) if s.lang == lang
                    and s.customer == (item in CATEGORY_ITEMS)
                    and (item in s.items or not AMBIGUOUS_WITH.get(item, frozenset()) & s.items)]
            pos = [probs[i, k] >= model.thresholds[k, j] for i in rows if item in sents[i].items]
            neg = [probs[i, k] >= model.thresholds[k, j] for i in rows
                   if item not in sents[i].items]
            out[(item, lang)] = (float(np.mean(pos)) if pos else float("nan"),
                                 float(np.mean(neg)) if neg else float("nan"), len(pos))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--test", nargs="+", help="authors to score on (default: the last two)")
    ap.add_argument("--steps", nargs="+", default=["0", "2", "all"],
                    help="how many of the other authors train each model (a number or all)")
    ap.add_argument("--c", type=float, nargs="+", default=[0.1], help="C grid")
    args = ap.parse_args()
    parts = sections()
    authors = sorted(parts)
    test = args.test or authors[-2:]
    others = [a for a in authors if a not in test]
    sents, texts = test_sentences(test, parts)
    x = np.asarray(encode(texts), dtype=np.float32)
    print(f"authors {', '.join(authors)}; scored on {', '.join(test)} "
          f"({len(sents) // 2} sentences, each also as ASR text)")
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        for step in args.steps:
            use = others if step == "all" else others[:int(step)]
            t0 = time.perf_counter()
            d = data_dir_with(use, parts, Path(tmp) / f"data{step}")
            report = train(d, Path(tmp) / f"items{step}.npz", c_grid=args.c)
            model = read_model(Path(report.model_path))
            results.append((f"+{len(use)} ({''.join(use) or '-'})", scores(model, x, sents, texts)))
            print(f"trained with {len(use)} other authors in {time.perf_counter() - t0:.0f} s",
                  flush=True)
    print("\n| item | lang | n | " + " | ".join(f"{n} R / FP" for n, _ in results) + " |")
    print("|---|---|---|" + "---|" * len(results))
    for item in ITEMS:
        for lang in LANGUAGES:
            cells = [f"{s[(item, lang)][0]:.2f} / {s[(item, lang)][1]:.3f}" for _, s in results]
            print(f"| {item} | {lang} | {results[0][1][(item, lang)][2]} | "
                  + " | ".join(cells) + " |")
    means = [(float(np.nanmean([v[0] for v in s.values()])),
              float(np.nanmean([v[1] for v in s.values()]))) for _, s in results]
    print("| **mean** | | | " + " | ".join(f"**{r:.3f} / {f:.4f}**" for r, f in means) + " |")


if __name__ == "__main__":
    main()
