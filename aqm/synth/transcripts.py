"""Synthetic transcript detail for the app's call page (``SynthOptions.segments_per_call``):
segments evenly spread over the call with alternating speakers, words, per-speaker metric
values, timed events (silence, overtalk, hold, interruption, raised voice), some card
redactions and the media row of the (absent) redacted audio copy."""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from aqm.store.writes import METRIC_VALUES, REDACTIONS, SEGMENTS, WORDS
from aqm.synth.arrow import const, pick, repeat, strings, tile
from aqm.synth.calls import CallBatch

TRANSCRIBE_RUN_KEY = "transcribe:synth:synth:synth-1"
REDACT_KEY = "redact:synth"
WORDS_TEXT = np.array(["thank", "you", "for", "calling", "how", "can", "i", "help", "today",
                       "card", "account", "payment", "balance", "please", "hold", "one",
                       "moment", "the", "yes", "no", "sure", "okay"])
SPEAKER_METRICS = ("talk_s", "turn_count", "interruption_count", "word_count",
                   "speaking_rate_wpm", "rms_dbfs", "peak_dbfs", "clipping_ratio",
                   "raised_voice_count")
EVENTS = ("silence", "overtalk", "hold", "interruption", "raised_voice")
REDACTED_SHARE = 0.05


def detail(batch: CallBatch, n_seg: int, n_words: int, now: np.datetime64,
           rng: np.random.Generator) -> dict[str, pa.Table]:
    ids = batch.call_id
    duration = batch.duration_s
    lang = batch.language
    n = len(ids)
    out: dict[str, pa.Table] = {}
    seg_call = repeat(strings(ids), n_seg)
    seg_idx = np.tile(np.arange(n_seg, dtype=np.int32), n)
    span = np.repeat(duration / n_seg, n_seg)
    seg_start = np.round(seg_idx * span, 3)
    seg_end = np.round(seg_start + span * 0.9, 3)
    m = n * n_seg
    word_idx = rng.integers(0, len(WORDS_TEXT), size=(m, max(n_words, 1)))
    word_cols = [pick(WORDS_TEXT, word_idx[:, j]) for j in range(word_idx.shape[1])]
    text = pc.binary_join_element_wise(*word_cols, " ")
    out["segments"] = pa.table({
        "call_id": seg_call, "seg_idx": seg_idx,
        "speaker": np.where(seg_idx % 2 == 0, "agent", "customer"),
        "channel": (seg_idx % 2).astype(np.int32), "start_s": seg_start, "end_s": seg_end,
        "text": text, "language": repeat(strings(lang), n_seg), "avg_logprob": np.full(m, -0.2),
        "no_speech_prob": np.full(m, 0.01), "run_key": const(TRANSCRIBE_RUN_KEY, m),
        "backend": const("synthetic", m), "speaker_label": pa.nulls(m, pa.string()),
    }, schema=SEGMENTS)
    if n_words:
        w_step = np.repeat(span * 0.9 / n_words, n_words)
        w_start = np.round(np.repeat(seg_start, n_words)
                           + np.tile(np.arange(n_words), m) * w_step, 3)
        out["words"] = pa.table({
            "call_id": repeat(seg_call, n_words), "seg_idx": np.repeat(seg_idx, n_words),
            "word_idx": np.tile(np.arange(n_words, dtype=np.int32), m),
            "start_s": w_start, "end_s": np.round(w_start + w_step * 0.8, 3),
            "text": pick(WORDS_TEXT, word_idx.reshape(-1)),
            "probability": np.full(m * n_words, 0.9),
        }, schema=WORDS)
    sp_names = [(s, k) for s in ("agent", "customer") for k in SPEAKER_METRICS]
    s = len(sp_names)
    ev_per_call = rng.integers(0, 5, n)
    ev_call = np.repeat(ids, ev_per_call)
    ev_start = np.round(rng.random(len(ev_call)) * np.repeat(duration, ev_per_call) * 0.9, 2)
    ev_len = np.round(rng.random(len(ev_call)) * 8 + 0.3, 2)
    ev_name = rng.choice(EVENTS, len(ev_call))
    out["metric_values"] = pa.concat_tables([
        pa.table({"call_id": repeat(strings(ids), s),
                  "name": tile([k for _, k in sp_names], n),
                  "speaker": tile([sp for sp, _ in sp_names], n),
                  "value": (rng.random((n, s)) * 100).reshape(-1), "unit": const("s", n * s),
                  "start_s": pa.nulls(n * s, pa.float64()),
                  "end_s": pa.nulls(n * s, pa.float64())}, schema=METRIC_VALUES),
        pa.table({"call_id": ev_call, "name": ev_name,
                  "speaker": pa.array(const("customer", len(ev_call)),
                                      mask=~np.isin(ev_name, ["interruption", "raised_voice"])),
                  "value": ev_len, "unit": const("s", len(ev_call)), "start_s": ev_start,
                  "end_s": ev_start + ev_len}, schema=METRIC_VALUES),
    ])
    red = rng.random(n) < REDACTED_SHARE
    r_ids = ids[red]
    k = len(r_ids)
    r_start = np.round(duration[red] * 0.3, 2)
    out["redactions"] = pa.table({
        "call_id": r_ids, "seg_idx": np.full(k, 1, dtype=np.int32),
        "entity": const("CARD", k), "speaker": const("customer", k),
        "channel": np.full(k, 1, dtype=np.int32), "start_s": r_start, "end_s": r_start + 6.0,
        "word_start": np.full(k, 2, dtype=np.int32), "word_end": np.full(k, 6, dtype=np.int32),
        "occurrence": np.zeros(k, dtype=np.int32), "value_hash": pa.nulls(k, pa.string()),
        "run_key": const(REDACT_KEY, k)}, schema=REDACTIONS)
    out["media"] = pa.table({
        "call_id": ids, "kind": const("redacted", n),
        "path": np.char.add("/media/", np.char.add(ids, ".flac")),
        "sha256": np.char.add(ids, "0" * 44), "masked_s": np.where(red, 6.0, 0.0),
        "created_at": pa.array(np.full(n, now, dtype="datetime64[us]"), pa.timestamp("us"))})
    return out
