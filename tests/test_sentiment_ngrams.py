"""The built-in sentiment classifier's character n-gram block (``aqm.sentiment.ngrams``) and
the reproducibility of its training step."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from aqm.embeddings import encode
from aqm.redact.numbers import fold
from aqm.sentiment import SentimentOptions, load_sentiment_model
from aqm.sentiment.classifier import LABELS, load_model
from aqm.sentiment.corpus import load_corpus
from aqm.sentiment.features import CueMatcher, feature_matrix, read_cues, words_of
from aqm.sentiment.models import BUILTIN_PATH
from aqm.sentiment.ngrams import NGRAM_MAX, NGRAM_MIN, NgramVocab, grams
from aqm.sentiment.train import _fit

TEXTS = ["Tôi rất thất vọng, thật đấy!", "toi rat that vong that day", "Cảm ơn em nhiều lắm.",
         "I can't believe it's STILL not fixed", "ok", "a b c", "Dạ vâng ạ"]


def test_ngr001_matches_scikit_learn_char_wb_tfidf() -> None:
    vocab = NgramVocab.fit(TEXTS, min_df=1)
    ours = vocab.matrix(TEXTS).toarray()
    theirs = TfidfVectorizer(
        analyzer="char_wb", ngram_range=(NGRAM_MIN, NGRAM_MAX), min_df=1, sublinear_tf=True,
        preprocessor=lambda t: " ".join(fold(w) for w in words_of(t)))
    expected = theirs.fit_transform(TEXTS).toarray()
    assert list(vocab.grams) == list(theirs.get_feature_names_out())
    assert np.allclose(ours, expected, atol=1e-6)
    # the same words with and without diacritics or punctuation give the same row
    assert np.allclose(ours[0], ours[1]) and ours[0].any()
    assert grams("ok") == [" o", "ok", "k ", " ok", "ok ", " ok "]
    empty = vocab.rows(["", "zzzz qqqq"])
    assert all(len(cols) == 0 for cols, _ in empty)


def test_ngr002_fit_is_deterministic_and_round_trips(tmp_path: Path) -> None:
    train = [u for u in load_corpus() if u.split == "train"][::12]
    texts = [u.text for u in train]
    matcher = CueMatcher(read_cues())
    x = feature_matrix(encode(texts), texts, matcher)
    a = _fit(x, train, 0.03, 30.0, cues=matcher.cues, embedder_sha256="e", data_sha256="d")
    b = _fit(x, train, 0.03, 30.0, cues=matcher.cues, embedder_sha256="e", data_sha256="d")
    assert a.to_bytes() == b.to_bytes()  # same data, same file, byte for byte
    assert a.ngrams is not None and a.ngram_weights is not None
    assert a.ngram_weights.shape == (a.ngrams.width, 3)
    a.save(tmp_path / "m.npz")
    loaded = load_model(tmp_path / "m.npz")
    assert loaded.ngrams is not None and loaded.ngrams.grams == a.ngrams.grams
    assert np.array_equal(loaded.ngrams.idf, a.ngrams.idf)
    assert np.allclose(loaded.predict_proba(x[:20], texts[:20]),
                       a.predict_proba(x[:20], texts[:20]), atol=1e-6)
    plain = _fit(x, train, 0.03, 0.0)
    assert plain.ngrams is None and plain.predict_proba(x[:3]).shape == (3, 3)


def test_ngr003_bundled_model_reads_text_without_diacritics() -> None:
    model = load_model(BUILTIN_PATH)
    assert model.ngrams is not None and model.ngrams.width > 1000
    assert BUILTIN_PATH.stat().st_size < 5_000_000
    builtin = load_sentiment_model(SentimentOptions())
    pairs = [("Tôi bực mình lắm, gọi mấy lần rồi mà không ai giải quyết.", "negative"),
             ("Cảm ơn em nhiều, giờ tôi yên tâm rồi.", "positive"),
             ("Cho tôi hỏi chi nhánh gần nhất ở đâu?", "neutral")]
    texts = [t for t, _ in pairs] + [fold(t.lower()) for t, _ in pairs]
    labels = [LABELS[i] for i in builtin.predict(texts).argmax(axis=1)]
    assert labels == [label for _, label in pairs] * 2
