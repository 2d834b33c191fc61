"""Train the per-item classifier (``aqm rules train``; see ``aqm.scoring.items``).

Training sentences, en and vi: ``data/items_written.txt`` (written for it: positives of each
script item and hard negatives — ID checks, holds, read-backs, company policy talk),
``data/items_tune.txt`` (the ``tune`` wordings of the rule test set) and
``data/items_spent.txt`` (the wordings of the spent held-out sets heldout2 to heldout8: other
authors', labelled per sentence by ``tests/data/rules/export_spent_corpus.py`` after their errors
had been read) and ``data/items_authors.txt`` (eight more authors in round 8, three in round 9, each
in a style of their own and blind to the rule files, this data and every test set, so that the model
learns the items from many ways of saying them). ``aqm rules train --with-calls`` also reads
``data/items_calls.txt`` and ``data/drivers_calls.txt`` (round 24): the stretches of the spent
blind sets heldout9 to heldout21, labelled only for what their calls' truth says of them
(``tests/data/rules/export_calls_corpus.py``: a stretch of a call that fails an item, inside the
rule's window, is a negative of it; the stretch the lists (or, failing them, the classifier)
found in a call that passes it is a positive; every other item is unknown to the line: neither
label). They are examples as they are, never joined into turns; a line's cross-validation group
is the segment it was cut from. The shipped model is trained without them (README, round 24).
No held-out set that still measures anything is read. Each written sentence is filled in (agent
names, company, problems), also written the way a recogniser might give it (lower case without
punctuation; Vietnamese without tone marks; English words split), and joined with other
sentences into turns as agents say them (greeting + company + name + offer; thanks + goodbye;
notice + consent; filler + item), each turn labelled with the union of its sentences' items; a
long turn also gives the 10-word windows that matching looks at (an item counts where its
sentence is wholly inside, and is left out where the window cuts it). All randomness is seeded.

The regularisation ``C`` (and the n-gram block's scale) are chosen by group k-fold cross-
validation (folds by source sentence: a turn is validated only in the fold of all its
sentences) on the mean recall at the per-item thresholds; per item and language, the
threshold is the lowest probability at which at most ``FP_RATE`` of the out-of-fold
negatives pass, never under ``MIN_THRESHOLD``. Greetings, thanks and goodbyes share words
("em chào anh ạ" opens and closes a Vietnamese call): for these, the paired items' examples
are left out of each other's fits and thresholds (``AMBIGUOUS_WITH``). The call drivers
(``CATEGORY_ITEMS``) are items of the same model, trained on customer sentences
(``data/drivers_written.txt``, ``data/drivers_spent.txt`` and ``data/drivers_authors.txt``;
``aqm.scoring.drivers_train``) with a stricter threshold (``CATEGORY_FP_RATE``: a driver is
asked of every customer stretch of a call). Embedding the ~74,000 examples and the cross-
validation took 41 minutes on two cores shared with other work in round 9 (16 minutes for
~52,000 in round 8). Logs counts and scores, never text.
"""

from __future__ import annotations

import logging
import random
import re
import unicodedata
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from aqm.cpus import model_threads
from aqm.scoring.items import MODEL_PATH, ItemModel
from aqm.scoring.items_data import (  # noqa: F401 (the trainer's names, as before)
    CALL_SOURCES,
    CATEGORY_ITEMS,
    CUSTOMER_SOURCES,
    DATA_DIR,
    ITEMS,
    LANGUAGES,
    PARTIAL_SOURCES,
    SCRIPT_ITEMS,
    SOURCES,
    Sentence,
    data_sha256,
    read_sentences,
)
from aqm.sentiment.ngrams import NgramVocab

log = logging.getLogger("aqm.scoring.items_train")

C_GRID = (0.1,)  # 0.03 did worse in development; 0.3 never beat 0.1 (rounds 5-8)
NGRAM_SCALE_GRID = (10.0,)  # 30 and 3 did worse in development (mean CV recall)
FOLDS = 4
FP_RATE = 0.01  # out-of-fold negatives allowed over an item's threshold
# a call driver is asked of every customer stretch of a call: rarer false positives
CATEGORY_FP_RATE = 0.005
MIN_THRESHOLD = 0.5  # a threshold is never under even odds
MAX_ITER = 3000
CLASS_WEIGHT: str | None = "balanced"  # scikit-learn's class_weight
SEED = 20261215
NAMES = {"en": ("Alex", "Maria", "John", "Priya", "Kevin", "Lucy", "Tom Hardy"),
         "vi": ("Lan", "Hùng", "Minh", "Thảo", "Dũng", "Hương", "Nguyễn Văn An")}
COMPANY = {"en": ("Acme Bank", "Acme", "acne bank", "Acme Bank's"),
           "vi": ("ngân hàng ABC", "ngân hàng a bê xê", "ABC", "ngân hàng ây bi xi")}
PROBLEMS = {"en": ("your card was declined at the shop", "you were charged twice",
                   "you can't log in to the app", "your transfer hasn't arrived",
                   "you want to close your account", "you lost your wallet with the card"),
            "vi": ("thẻ của anh bị từ chối khi thanh toán", "chị bị trừ tiền hai lần",
                   "anh không đăng nhập được ứng dụng", "khoản chuyển tiền chưa tới",
                   "chị muốn đóng tài khoản", "anh bị mất ví có thẻ")}
EN_SPLITS = {"anything": "any thing", "goodbye": "good bye", "today": "to day",
             "welcome": "well come", "something": "some thing", "recorded": "record it"}
OPENING = ("greeting", "company", "self_intro", "offer_help")
# the same words open and close a call ("em chào anh ạ", "thanks for calling"): for these
# items, examples of the paired items are neither positives nor negatives (the rules'
# windows, first or last seconds of the call, tell them apart)
AMBIGUOUS_WITH = {"greeting": frozenset({"goodbye", "thanks"}),
                  "goodbye": frozenset({"greeting"}), "thanks": frozenset({"greeting"})}


@dataclass(frozen=True)
class Example:
    lang: str
    items: frozenset[str]
    text: str
    sources: frozenset[int]
    # items only partly in the text (a window cutting a sentence): neither label
    unsure: frozenset[str] = frozenset()
    customer: bool = False  # customer speech: counts for call drivers only


def _windows(parts: Sequence[Sentence], texts: Sequence[str], sources: frozenset[int]
             ) -> list[Example]:
    """The 10-word windows of a long turn, as matching looks at them: an item counts when
    its sentence is wholly inside the window, is unsure when cut by it."""
    from aqm.scoring.meaning import SEMANTIC_STRIDE_WORDS, SEMANTIC_WINDOW_WORDS

    words: list[str] = []
    spans = []
    for p, t in zip(parts, texts, strict=True):
        w = t.split()
        spans.append((len(words), len(words) + len(w), p.items))
        words += w
    n = len(words)
    if n <= SEMANTIC_WINDOW_WORDS + 2:
        return []
    out = []
    for i in range(0, n - SEMANTIC_WINDOW_WORDS + 1, SEMANTIC_STRIDE_WORDS):
        j = i + SEMANTIC_WINDOW_WORDS
        inside = [items for a, b, items in spans if i <= a and b <= j]
        cut = [items for a, b, items in spans if a < j and i < b and not (i <= a and b <= j)]
        items = frozenset().union(*inside) if inside else frozenset()
        unsure = (frozenset().union(*cut) if cut else frozenset()) - items
        out.append(Example(parts[0].lang, items, " ".join(words[i:j]), sources, unsure))
    return out


def _fold_text(text: str) -> str:
    d = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return unicodedata.normalize("NFC", "".join(c for c in d if not unicodedata.combining(c)))


def _asr(text: str, lang: str, rng: random.Random, fold_rate: float = 0.6) -> str:
    """``text`` as a recogniser might give it."""
    text = re.sub(r"[.,!?;:]", "", text.lower())
    if lang == "vi" and rng.random() < fold_rate:
        return _fold_text(text)
    if lang == "en":
        text = " ".join(EN_SPLITS.get(w, w) if rng.random() < 0.7 else w
                        for w in text.split())
    return text


def _fill(s: Sentence, rng: random.Random) -> str:
    return (s.text.replace("{first}", rng.choice(NAMES[s.lang]))
            .replace("{co}", rng.choice(COMPANY[s.lang]))
            .replace("{p}", rng.choice(PROBLEMS[s.lang])))


def build_examples(sentences: Sequence[Sentence], seed: int = SEED) -> list[Example]:
    """Every sentence (filled, and as ASR text) plus turns joined from several; the
    customer's sentences only with each other (``aqm.scoring.drivers_train``)."""
    from aqm.scoring.drivers_train import customer_examples

    # call-labelled stretches are real turns already: each is one example as it is
    calls = [Example(s.lang, s.items, s.text, frozenset({s.source}), s.unknown, s.customer)
             for s in sentences if s.call]
    customers = [s for s in sentences if s.customer and not s.call]
    sentences = [s for s in sentences if not s.customer and not s.call]
    rng = random.Random(seed)
    out: list[Example] = []

    def add(parts: Sequence[Sentence]) -> None:
        texts = [_fill(p, rng) for p in parts]
        lang = parts[0].lang
        noisy = rng.random() < 0.5
        if noisy:
            texts = [_asr(t, lang, rng) for t in texts]
        sources = frozenset(p.source for p in parts)
        out.append(Example(lang, frozenset().union(*(p.items for p in parts)),
                           " ".join(texts), sources))
        out.extend(_windows(parts, texts, sources))

    for s in sentences:
        for variant in range(2):
            text = _fill(s, rng)
            out.append(Example(s.lang, s.items, text if variant == 0  # vi: no tone marks
                               else _asr(text, s.lang, rng, 1.0), frozenset({s.source})))
    for lang in LANGUAGES:
        mine = [s for s in sentences if s.lang == lang]
        single = {i: [s for s in mine if s.items == {i}] for i in ITEMS}
        negatives = [s for s in mine if not s.items]
        for _ in range(160):  # openings: some of greeting, company, name, offer, in order
            chosen = [i for i in OPENING if rng.random() < 0.6] or [rng.choice(OPENING)]
            add([rng.choice(single[i]) for i in chosen])
        for pair, n in ((("thanks", "goodbye"), 40), (("recording_disclosure", "consent"), 40),
                        (("purpose", "recording_disclosure"), 30),
                        (("self_intro", "company"), 30), (("resolution", "anything_else"), 20),
                        (("empathy", "confirm_problem"), 20)):
            for _ in range(n):
                add([rng.choice(single[i]) for i in pair])
        for _ in range(40):  # the recording notice without consent
            add([rng.choice(single["recording_disclosure"]), rng.choice(negatives)])
        for _ in range(150):  # an item next to other talk
            item = rng.choice([s for s in mine if s.items])
            neg = rng.choice(negatives)
            add([neg, item] if rng.random() < 0.5 else [item, neg])
        for _ in range(60):  # other talk only
            add(rng.sample(negatives, 2))
    return out + customer_examples(customers, seed) + calls


def _counts(item: str, e: Example) -> bool:
    """Whether ``e`` is a positive or a negative of ``item`` (not an ambiguous one); call
    drivers count customer speech only, script items the agent's only."""
    if item in e.unsure or (item in CATEGORY_ITEMS) != e.customer:
        return False
    return item in e.items or not (AMBIGUOUS_WITH.get(item, frozenset()) & e.items)


def _features(examples: Sequence[Example]) -> np.ndarray:
    from aqm.embeddings import encode

    return np.asarray(encode([e.text for e in examples]), dtype=np.float32)


def fit(x: np.ndarray, examples: Sequence[Example], c: float, ngram_scale: float,
        class_weight: str | None = CLASS_WEIGHT) -> ItemModel:
    """One logistic regression per item (L-BFGS, deterministic)."""
    return fit_items(x, [e.text for e in examples], ITEMS,
                     [(np.array([_counts(item, e) for e in examples]),
                       np.array([item in e.items for e in examples], dtype=int))
                      for item in ITEMS], c, ngram_scale, class_weight)


def fit_items(x: np.ndarray, texts: Sequence[str], items: tuple[str, ...],
              labels: Sequence[tuple[np.ndarray, np.ndarray]], c: float, ngram_scale: float,
              class_weight: str | None = CLASS_WEIGHT) -> ItemModel:
    """One logistic regression per item over the standardised embeddings ``x`` and the
    character n-grams of ``texts``; ``labels``: per item, (rows it is fitted on, 0/1)."""
    from scipy import sparse
    from sklearn.linear_model import LogisticRegression

    vocab = NgramVocab.fit(texts)
    mean = x.mean(axis=0)
    scale = x.std(axis=0) + 1e-6
    z = sparse.hstack([sparse.csr_matrix((x - mean) / scale),
                       ngram_scale * vocab.matrix(texts)], format="csr")
    d = x.shape[1]
    w = np.zeros((z.shape[1], len(items)))
    b = np.zeros(len(items))

    def one(rows: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, float]:
        clf = LogisticRegression(C=c, max_iter=MAX_ITER, class_weight=class_weight)
        clf.fit(z[rows], y[rows])
        return clf.coef_[0], float(clf.intercept_[0])

    # the items' fits are independent (each deterministic): one thread per usable core
    with ThreadPoolExecutor(max_workers=model_threads()) as pool:
        fits = list(pool.map(lambda ry: one(*ry), labels))
    for k, (coef, intercept) in enumerate(fits):
        w[:, k], b[k] = coef, intercept
    return ItemModel(items, w[:d].astype(np.float32), b.astype(np.float32),
                     mean.astype(np.float32), scale.astype(np.float32), vocab,
                     (ngram_scale * w[d:]).astype(np.float32), float(ngram_scale), float(c),
                     np.full((len(items), len(LANGUAGES)), MIN_THRESHOLD, np.float32),
                     LANGUAGES, "", "")


def _fold_of(sentences: Sequence[Sentence]) -> dict[int, int]:
    rng = random.Random(SEED)
    order = [s.source for s in sentences]
    rng.shuffle(order)
    return {src: k % FOLDS for k, src in enumerate(order)}


def out_of_fold(x: np.ndarray, examples: Sequence[Example], sentences: Sequence[Sentence],
                c: float, ngram_scale: float) -> tuple[np.ndarray, np.ndarray]:
    """(probabilities, validated mask): each example scored by the model of the fold that
    did not see any of its sentences; turns mixing folds are not validated."""
    fold_of = _fold_of(sentences)
    folds = [{fold_of[s] for s in e.sources} for e in examples]
    probs = np.zeros((len(examples), len(ITEMS)), dtype=np.float32)
    mask = np.zeros(len(examples), dtype=bool)
    for k in range(FOLDS):
        train = [i for i, f in enumerate(folds) if k not in f]
        apply = [i for i, f in enumerate(folds) if f == {k}]
        model = fit(x[train], [examples[i] for i in train], c, ngram_scale)
        probs[apply] = model.predict(x[apply], [examples[i].text for i in apply])
        mask[apply] = True
    return probs, mask


def thresholds(probs: np.ndarray, examples: Sequence[Example]
               ) -> tuple[np.ndarray, np.ndarray]:
    """(thresholds, recall at them), (items, languages) each."""
    th = np.full((len(ITEMS), len(LANGUAGES)), MIN_THRESHOLD, dtype=np.float32)
    rec = np.zeros_like(th)
    for k, item in enumerate(ITEMS):
        for j, lang in enumerate(LANGUAGES):
            rows = [i for i, e in enumerate(examples) if e.lang == lang and _counts(item, e)]
            pos = np.array([probs[i, k] for i in rows if item in examples[i].items])
            neg = np.sort([probs[i, k] for i in rows if item not in examples[i].items])
            allowed = int((CATEGORY_FP_RATE if item in CATEGORY_ITEMS else FP_RATE)
                          * len(neg))
            t = float(neg[len(neg) - allowed - 1]) + 1e-4 if len(neg) else MIN_THRESHOLD
            th[k, j] = round(max(MIN_THRESHOLD, min(t, 0.99)), 3)
            rec[k, j] = float(np.mean(pos >= th[k, j])) if len(pos) else 0.0
    return th, rec


def precision(probs: np.ndarray, examples: Sequence[Example], th: np.ndarray) -> np.ndarray:
    """(items, languages): of the validated stretches at or over an item's threshold, the
    share that realise it (1.0 when none reach it)."""
    out = np.ones_like(th)
    for k, item in enumerate(ITEMS):
        for j, lang in enumerate(LANGUAGES):
            hit = [item in e.items for i, e in enumerate(examples)
                   if e.lang == lang and _counts(item, e) and probs[i, k] >= th[k, j]]
            out[k, j] = float(np.mean(hit)) if hit else 1.0
    return out


@dataclass(frozen=True)
class ItemReport:
    model_path: str
    model_sha256: str
    data_sha256: str
    c: float
    ngram_scale: float
    cv: tuple[tuple[float, float, float], ...]  # (C, scale, mean recall at the thresholds)
    examples: int
    # (item, lang, threshold, recall, precision): out-of-fold stretches at the threshold
    thresholds: tuple[tuple[str, str, float, float, float], ...]

    def table(self) -> str:
        rows = ["| item | language | threshold | CV recall | CV precision |",
                "|---|---|---|---|---|"]
        rows += [f"| {i} | {lang} | {t:.3f} | {r:.3f} | {p:.3f} |"
                 for i, lang, t, r, p in self.thresholds]
        return "\n".join(rows)


def train(data_dir: Path = DATA_DIR, out: Path | None = None,
          c_grid: Sequence[float] = C_GRID,
          ngram_scale_grid: Sequence[float] = NGRAM_SCALE_GRID,
          sources: Sequence[str] = SOURCES) -> ItemReport:
    """Build the examples, cross-validate, fit on all of them and save the model."""
    from aqm.embeddings import embedder_identity

    sentences = read_sentences(data_dir, sources)
    examples = build_examples(sentences)
    log.info("embedding %d training examples from %d sentences", len(examples),
             len(sentences))
    x = _features(examples)
    results = []
    for c in c_grid:
        for s in ngram_scale_grid:
            probs, mask = out_of_fold(x, examples, sentences, c, s)
            val = [examples[i] for i in np.where(mask)[0]]
            th, rec = thresholds(probs[mask], val)
            results.append((float(c), float(s), round(float(rec.mean()), 4), th, rec,
                            precision(probs[mask], val, th)))
            log.info("C=%g scale=%g: mean CV recall %.4f", c, s, results[-1][2])
    best = max(results, key=lambda r: r[2])
    c, s, _, th, rec, prec = best
    model = fit(x, examples, c, s)
    _, emb_sha = embedder_identity()
    import dataclasses

    model = dataclasses.replace(model, thresholds=th, embedder_sha256=emb_sha,
                                data_sha256=data_sha256(data_dir, sources))
    path = out or MODEL_PATH
    sha = model.save(path)
    return ItemReport(str(path), sha, model.data_sha256, c, s,
                      tuple((r[0], r[1], r[2]) for r in results), len(examples),
                      tuple((item, lang, float(th[k, j]), float(rec[k, j]),
                             float(prec[k, j]))
                            for k, item in enumerate(ITEMS)
                            for j, lang in enumerate(LANGUAGES)))
