"""Train the built-in sentiment classifier and measure it beside the lexicon baselines.

    from aqm.sentiment.train import train
    report = train()          # what ``aqm sentiment train`` runs
    report.table()            # accuracy and macro-F1 per language, split and method

Steps: render ``data/source_*.txt`` into ``data/utterances.jsonl`` (deterministic), embed
every utterance, pick the regularisation ``C`` and the n-gram block's scale by 5-fold
cross-validation *inside the training split* (folds by source line, like the held-out split;
the n-gram vocabulary is rebuilt from each fold's training part), fit on the whole training
split, write ``data/classifier.npz``, then score the held-out split and the hand-written set
(``data/handwritten_eval.tsv``) with the classifier, VADER (English) and the AFINN-vi lexicon
(Vietnamese). Neither the held-out split nor the hand-written set chooses anything.
Embedding ~4,000 texts takes one to two minutes on one core; the grid a few more.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from aqm.embeddings import embedder_identity, encode
from aqm.sentiment.baselines import vader_labels, vi_lexicon_labels
from aqm.sentiment.classifier import LABELS, LogisticModel, fit
from aqm.sentiment.corpus import (
    CORPUS_FILE,
    DATA_DIR,
    LANGUAGES,
    Utterance,
    build_corpus,
    file_sha256,
    load_corpus,
    load_handwritten,
    write_corpus,
)
from aqm.sentiment.features import CueMatcher, feature_matrix, read_cues
from aqm.sentiment.ngrams import NgramVocab

log = logging.getLogger("aqm.sentiment.train")

MODEL_FILE = "classifier.npz"
C_GRID = (0.01, 0.03)  # scikit-learn's C: inverse regularisation strength
NGRAM_SCALE_GRID = (10.0, 30.0, 60.0)  # weight of the n-gram block against the dense one
FOLDS = 5
BASELINES = {"en": ("vader", vader_labels), "vi": ("afinn-vi-lexicon", vi_lexicon_labels)}


@dataclass(frozen=True)
class Scores:
    """How one method did on one language of one evaluation set."""

    method: str
    lang: str
    split: str  # test | handwritten | cv
    n: int
    accuracy: float
    macro_f1: float
    f1: tuple[float, float, float]  # per label, in ``LABELS`` order


@dataclass(frozen=True)
class TrainReport:
    model_path: str
    model_sha256: str
    data_sha256: str
    embedder: str
    c: float
    ngram_scale: float
    cv_macro_f1: tuple[tuple[float, float, float], ...]  # (C, scale, mean macro-F1 of languages)
    train_size: int
    scores: tuple[Scores, ...]

    def get(self, method: str, lang: str, split: str) -> Scores:
        return next(s for s in self.scores
                    if (s.method, s.lang, s.split) == (method, lang, split))

    def table(self) -> str:
        """Plain-text table of the scores (Markdown)."""
        rows = ["| set | language | method | n | accuracy | macro-F1 |",
                "|---|---|---|---|---|---|"]
        rows += [f"| {s.split} | {s.lang} | {s.method} | {s.n} | {s.accuracy:.3f} | "
                 f"{s.macro_f1:.3f} |" for s in self.scores]
        return "\n".join(rows)


def score(method: str, lang: str, split: str, truth: Sequence[str],
          predicted: Sequence[str]) -> Scores:
    """Accuracy and macro-F1 (mean of the three labels' F1)."""
    t = np.array([LABELS.index(x) for x in truth])
    p = np.array([LABELS.index(x) for x in predicted])
    f1 = []
    for k in range(3):
        tp = int(np.sum((p == k) & (t == k)))
        denom = int(np.sum(p == k) + np.sum(t == k))
        f1.append(2 * tp / denom if denom else 0.0)
    return Scores(method, lang, split, len(t), round(float(np.mean(p == t)), 4),
                  round(float(np.mean(f1)), 4), (round(f1[0], 4), round(f1[1], 4),
                                                 round(f1[2], 4)))


def _labels_of(model: LogisticModel, x: np.ndarray, texts: Sequence[str]) -> list[str]:
    return [LABELS[i] for i in model.predict_proba(x, texts).argmax(axis=1)]


def _fit(x: np.ndarray, utts: Sequence[Utterance], c: float, ngram_scale: float,
         **lineage: Any) -> LogisticModel:
    """Fit on ``utts`` (rows of ``x``), with an n-gram vocabulary of their texts."""
    texts = [u.text for u in utts]
    y = np.array([LABELS.index(u.label) for u in utts])
    vocab = NgramVocab.fit(texts) if ngram_scale > 0 else None
    matrix = vocab.matrix(texts) if vocab is not None else None
    return fit(x, y, c, matrix, vocab, ngram_scale, **lineage)


def _folds(utts: Sequence[Utterance]) -> np.ndarray:
    """Fold of each utterance: source lines in hash order dealt round-robin per language
    and label, so each fold holds whole lines."""
    keys = sorted({(u.lang, u.label, u.group) for u in utts})
    fold_of: dict[str, int] = {}
    counters: dict[tuple[str, str], int] = {}
    for lang, label, group in keys:
        k = counters.get((lang, label), 0)
        fold_of[group] = k % FOLDS
        counters[(lang, label)] = k + 1
    return np.array([fold_of[u.group] for u in utts])


def cross_validate(x: np.ndarray, utts: Sequence[Utterance], c: float,
                   ngram_scale: float) -> float:
    """Mean over languages of the macro-F1 from group k-fold inside ``utts``."""
    langs = np.array([u.lang for u in utts])
    folds = _folds(utts)
    pred = np.empty(len(utts), dtype=object)
    for k in range(FOLDS):
        train_idx, apply_idx = np.where(folds != k)[0], np.where(folds == k)[0]
        model = _fit(x[train_idx], [utts[i] for i in train_idx], c, ngram_scale)
        pred[apply_idx] = _labels_of(model, x[apply_idx], [utts[i].text for i in apply_idx])
    per_lang = [score("cv", lang, "cv", [u.label for u in utts if u.lang == lang],
                      list(pred[langs == lang])).macro_f1 for lang in LANGUAGES]
    return float(np.mean(per_lang))


def evaluate(predict: Callable[[Sequence[str]], list[str]], utts: Sequence[Utterance],
             method: str, split: str, with_baselines: bool = True) -> list[Scores]:
    """Score ``predict`` (texts -> labels) per language, and each language's baseline."""
    out = []
    for lang in LANGUAGES:
        mine = [u for u in utts if u.lang == lang]
        if not mine:
            continue
        texts, truth = [u.text for u in mine], [u.label for u in mine]
        out.append(score(method, lang, split, truth, predict(texts)))
        if with_baselines:
            name, baseline = BASELINES[lang]
            out.append(score(name, lang, split, truth, baseline(texts)))
    return out


def train(data_dir: Path = DATA_DIR, out: Path | None = None, rebuild_corpus: bool = True,
          c_grid: Sequence[float] = C_GRID,
          ngram_scale_grid: Sequence[float] = NGRAM_SCALE_GRID) -> TrainReport:
    """Rebuild the corpus, train, save the classifier and measure it (see module docstring).

    ``out`` defaults to ``data_dir / "classifier.npz"``. Logs counts and scores, never text.
    """
    corpus_path = data_dir / CORPUS_FILE
    if rebuild_corpus:
        write_corpus(build_corpus(data_dir), corpus_path)
    data_sha = file_sha256(corpus_path)
    utts = load_corpus(corpus_path)
    train_utts = [u for u in utts if u.split == "train"]
    test_utts = [u for u in utts if u.split == "test"]
    name, emb_sha = embedder_identity()
    matcher = CueMatcher(read_cues())
    log.info("embedding %d training utterances", len(train_utts))
    x = feature_matrix(encode([u.text for u in train_utts]), [u.text for u in train_utts],
                       matcher)
    cv = tuple((float(c), float(s), round(cross_validate(x, train_utts, c, s), 4))
               for s in ngram_scale_grid for c in c_grid)
    best_c, best_scale, _ = max(cv, key=lambda row: row[2])
    log.info("cross-validation macro-F1 by (C, n-gram scale): %s; chosen %g, %g", cv,
             best_c, best_scale)
    model = _fit(x, train_utts, best_c, best_scale, cues=matcher.cues,
                 embedder_sha256=emb_sha, data_sha256=data_sha)
    path = out or data_dir / MODEL_FILE
    model_sha = model.save(path)

    def predict(texts: Sequence[str]) -> list[str]:
        return _labels_of(model, feature_matrix(encode(texts), texts, matcher), texts)

    scores = evaluate(predict, test_utts, "aqm-builtin", "test")
    scores += evaluate(predict, load_handwritten(data_dir / "handwritten_eval.tsv"),
                       "aqm-builtin", "handwritten")
    for s in scores:
        log.info("%s %s %s: n=%d accuracy=%.3f macro-F1=%.3f", s.split, s.lang, s.method,
                 s.n, s.accuracy, s.macro_f1)
    return TrainReport(str(path), model_sha, data_sha, name, best_c, best_scale, cv,
                       len(train_utts), tuple(scores))
