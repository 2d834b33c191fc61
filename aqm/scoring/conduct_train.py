"""Train the conduct classifier (``aqm rules train-conduct``): is a stretch of agent speech
rude (dismissive, mocking, hostile) or blaming the customer (blaming, arguing, lecturing)?

Rules ask it with ``methods: [..., classifier]`` and ``classifier_item: rude`` or ``blame``
(``forbidden/rude``, ``angry_caller/no_blame``): a phrase list holds one author's wordings
and the next author writes others (round 11: both rules found 7 of 18 rude or blaming calls
of a new blind set). It is a model of its own (``data/conduct.npz``, the item classifier's
format and features: ``aqm.scoring.items``), so the script items' classifier is not retrained
for it.

Training sentences, en and vi:
- ``data/conduct_authors.txt``: rude and blaming lines and hard negatives (firm polite policy,
  apologies, empathy, next steps, gentle corrections) by six authors in styles of their own
  (four in round 12, two in round 16), blind to the rule files and every test set; each also
  as a recogniser might give it.
- ``data/conduct_spent.txt``: the agent speech of the spent rule sets, labelled by their calls'
  truth and the lists' evidence (a line of a call that fails only one of the two rules is a
  negative of the other: its author drew the line there), and ``data/conduct_items.txt``, the
  item sentences the lists flag (``tests/data/rules/export_conduct_corpus.py``).
- every other agent sentence of the item classifier's data (``aqm.scoring.items_train``) as a
  negative: the agent's ordinary talk.

One logistic regression per item over the standardised sentence embedding and character
n-grams (C 0.1, n-gram scale 10, class-balanced, as the item classifier); an author's rude
line is no negative of ``blame`` nor a blaming line of ``rude`` (authors draw that line
differently).
Thresholds: per item and language, the lowest probability at which at most ``FP_RATE`` of the
out-of-fold negatives pass (group 4-fold by source line), never under ``MIN_THRESHOLD``; the
rule files carry the thresholds they use. Logs counts, never text.
"""

from __future__ import annotations

import dataclasses
import hashlib
import logging
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from aqm.errors import InputError
from aqm.scoring.items import CONDUCT_PATH, ItemModel
from aqm.scoring.items_train import (
    DATA_DIR,
    LANGUAGES,
    ItemReport,
    _asr,
    _fill,
    fit_items,
    read_sentences,
)

log = logging.getLogger("aqm.scoring.conduct_train")

CONDUCT_ITEMS = ("rude", "blame")
SOURCES = ("conduct_authors.txt", "conduct_spent.txt", "conduct_items.txt")
# labels from a call's truth: a line of a call that fails only one of the two rules is a
# negative of the other (its author drew the line there)
EXCLUSIVE = frozenset({"conduct_spent.txt"})
C = 0.1
NGRAM_SCALE = 10.0
FOLDS = 4
# a rule asks every agent stretch of a call (about 30): out-of-fold negatives allowed over
# the threshold
FP_RATE = 0.001
MIN_THRESHOLD = 0.5
SEED = 20261203

Encoder = Callable[[Sequence[str]], np.ndarray]


@dataclass(frozen=True)
class Line:
    lang: str
    labels: frozenset[str]
    text: str
    group: int  # source line: the cross-validation group
    exclusive: bool = False  # a negative of the item it is not labelled with


def _key(text: str) -> str:
    return " ".join(text.split())


def read_lines(data_dir: Path = DATA_DIR) -> list[Line]:
    """The conduct files' lines, then every other agent sentence of the item classifier's
    data as a negative (filled in; 40 % as a recogniser gives them); author lines also as a
    recogniser gives them. Seeded."""
    rng = random.Random(SEED)
    out: list[Line] = []
    labelled: set[tuple[str, str]] = set()
    for name in SOURCES:
        path = data_dir / name
        for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not raw.strip() or raw.startswith("#"):
                continue
            parts = raw.split("\t")
            labels = set(parts[1].split(",")) - {"-"} if len(parts) == 3 else {"?"}
            if len(parts) != 3 or parts[0] not in LANGUAGES or labels - set(CONDUCT_ITEMS):
                raise InputError(f"{name} line {n}: expected LANG<TAB>LABELS|-<TAB>TEXT with "
                                 f"labels among {', '.join(CONDUCT_ITEMS)}")
            lang, text = parts[0], parts[2].strip()
            labelled.add((lang, _key(text)))
            group = len(out)
            said = sorted({text, _asr(text, lang, rng)}) if name == SOURCES[0] else [text]
            for one in said:
                if "{" in one:  # an item sentence's template
                    one = _fill_template(lang, one, rng)
                out.append(Line(lang, frozenset(labels), one, group, name in EXCLUSIVE))
    for s in read_sentences(data_dir):
        if s.customer or (s.lang, _key(s.text)) in labelled:
            continue
        text = _fill(s, rng)
        if rng.random() < 0.4:
            text = _asr(text, s.lang, rng)
        out.append(Line(s.lang, frozenset(), text, len(out)))
    return out


def _fill_template(lang: str, text: str, rng: random.Random) -> str:
    from aqm.scoring.items_train import Sentence

    return _fill(Sentence(lang, frozenset(), text, 0), rng)


def data_sha256(data_dir: Path = DATA_DIR) -> str:
    from aqm.scoring.items_train import data_sha256 as items_data

    h = hashlib.sha256()
    for name in SOURCES:
        h.update((data_dir / name).read_bytes())
    h.update(items_data(data_dir).encode())
    return h.hexdigest()


def _rows(item: str, lines: Sequence[Line]) -> np.ndarray:
    """Lines an item is fitted and thresholded on: not the other item's positives, unless
    their labels are exclusive."""
    return np.array([item in x.labels or not x.labels or x.exclusive for x in lines])


def fit(x: np.ndarray, lines: Sequence[Line], c: float = C,
        ngram_scale: float = NGRAM_SCALE) -> ItemModel:
    return fit_items(x, [x_.text for x_ in lines], CONDUCT_ITEMS,
                     [(_rows(item, lines),
                       np.array([item in x_.labels for x_ in lines], dtype=int))
                      for item in CONDUCT_ITEMS], c, ngram_scale, "balanced")


def out_of_fold(x: np.ndarray, lines: Sequence[Line]) -> np.ndarray:
    groups = sorted({x_.group for x_ in lines})
    random.Random(SEED).shuffle(groups)
    fold_of = {g: k % FOLDS for k, g in enumerate(groups)}
    folds = np.array([fold_of[x_.group] for x_ in lines])
    probs = np.zeros((len(lines), len(CONDUCT_ITEMS)), dtype=np.float32)
    for k in range(FOLDS):
        train, apply = np.where(folds != k)[0], np.where(folds == k)[0]
        model = fit(x[train], [lines[i] for i in train])
        probs[apply] = model.predict(x[apply], [lines[i].text for i in apply])
        log.info("fold %d of %d done", k + 1, FOLDS)
    return probs


def thresholds(probs: np.ndarray, lines: Sequence[Line]
               ) -> tuple[np.ndarray, tuple[tuple[str, str, float, float, float], ...]]:
    th = np.full((len(CONDUCT_ITEMS), len(LANGUAGES)), MIN_THRESHOLD, dtype=np.float32)
    report = []
    for k, item in enumerate(CONDUCT_ITEMS):
        rows = _rows(item, lines)
        for j, lang in enumerate(LANGUAGES):
            sel = [i for i, x_ in enumerate(lines) if rows[i] and x_.lang == lang]
            pos = np.array([probs[i, k] for i in sel if item in lines[i].labels])
            neg = np.sort([probs[i, k] for i in sel if item not in lines[i].labels])
            allowed = int(FP_RATE * len(neg))
            t = float(neg[len(neg) - allowed - 1]) + 1e-4 if len(neg) else MIN_THRESHOLD
            th[k, j] = round(max(MIN_THRESHOLD, min(t, 0.999)), 4)
            hit = np.array([item in lines[i].labels for i in sel if probs[i, k] >= th[k, j]])
            report.append((item, lang, float(th[k, j]),
                           float(np.mean(pos >= th[k, j])) if len(pos) else 0.0,
                           float(hit.mean()) if len(hit) else 1.0))
    return th, tuple(report)


def train(data_dir: Path = DATA_DIR, out: Path | None = None,
          encoder: Encoder | None = None) -> ItemReport:
    """Read the lines, cross-validate for the thresholds, fit on all and save the model.
    ``encoder`` replaces ``aqm.embeddings.encode`` (same model: its identity is stored)."""
    from aqm.embeddings import embedder_identity, encode

    lines = read_lines(data_dir)
    if not any(x.labels for x in lines):
        raise InputError(f"no rude or blaming line in {data_dir}")
    log.info("embedding %d lines (%d rude, %d blaming)", len(lines),
             sum("rude" in x.labels for x in lines), sum("blame" in x.labels for x in lines))
    x = np.asarray((encoder or encode)([x_.text for x_ in lines]), dtype=np.float32)
    th, report = thresholds(out_of_fold(x, lines), lines)
    _, emb_sha = embedder_identity()
    model = dataclasses.replace(fit(x, lines), thresholds=th, embedder_sha256=emb_sha,
                                data_sha256=data_sha256(data_dir))
    path = out or CONDUCT_PATH
    sha = model.save(path)
    return ItemReport(str(path), sha, model.data_sha256, C, NGRAM_SCALE,
                      ((C, NGRAM_SCALE, round(float(np.mean([r[3] for r in report])), 4)),),
                      len(lines), report)
