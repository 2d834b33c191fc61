"""Synthetic conversation metrics and customer sentiment, consistent with each call's talk and
hold times, its queue and the agent's skill."""

from __future__ import annotations

import numpy as np
import pyarrow as pa

from aqm.store.analysis_writes import SENTIMENT_ROWS
from aqm.store.writes import METRIC_VALUES
from aqm.synth.arrow import const, pick, repeat, strings, tile
from aqm.synth.calls import CallBatch
from aqm.synth.centre import Centre

SENTIMENT_RUN_KEY = "sentiment:synth:builtin:synth-1"
UNHAPPY_QUEUES = ("complaints", "fraud", "collections", "retention")
SUMMARY_THRESHOLD = 0.2  # as SentimentOptions.summary_threshold
TREND_MIN_CHANGE = 0.3  # as SentimentOptions.trend_min_change
UNITS = {"talk_ratio": "ratio", "speaking_rate_wpm": "wpm"}


def start_polarity(batch: CallBatch, rng: np.random.Generator) -> np.ndarray:
    """The customer's polarity in the first quarter of the call."""
    unhappy = np.isin(batch.queue, UNHAPPY_QUEUES)
    raw = rng.normal(np.where(unhappy, -0.35, -0.05), 0.3)
    return np.round(np.clip(raw, -1.0, 1.0), 3)


def _label(polarity: np.ndarray) -> pa.Array:
    return pick(("positive", "negative", "neutral"),
                np.where(polarity >= SUMMARY_THRESHOLD, 0,
                         np.where(polarity <= -SUMMARY_THRESHOLD, 1, 2)))


def sentiment(centre: Centre, batch: CallBatch, start: np.ndarray, empathy_missed: np.ndarray,
              rng: np.random.Generator) -> tuple[pa.Table, np.ndarray]:
    """Customer start/end/trend/ended-negative rows and anger moments; also the per-call
    anger count (raised voice follows it)."""
    n = len(batch.call_id)
    recovery = rng.normal(0.22 + 0.08 * centre.skill[batch.agent], 0.25) \
        - 0.25 * empathy_missed
    end = np.round(np.clip(start + recovery, -1.0, 1.0), 3)
    change = np.round(end - start, 3)
    trend = pick(("improved", "worsened", "unchanged"),
                 np.where(change >= TREND_MIN_CHANGE, 0,
                          np.where(change <= -TREND_MIN_CHANGE, 1, 2)))
    negative = (end <= -SUMMARY_THRESHOLD).astype(float)
    anger = rng.poisson(1.5 * np.clip(-start - 0.3, 0.0, None))
    dur = batch.duration_s
    a_idx = np.repeat(np.arange(n), anger)
    a_start = np.round(rng.random(len(a_idx)) * dur[a_idx] * 0.8, 2)
    ids = strings(batch.call_id)
    null_f, null_i = pa.nulls(n, pa.float64()), pa.nulls(n, pa.int32())
    cust = const("customer", n)
    parts = [
        pa.table({"call_id": ids, "kind": const("start", n), "speaker": cust,
                  "seg_idx": null_i, "label": _label(start), "value": start,
                  "start_s": np.zeros(n), "end_s": np.round(dur * 0.25, 2),
                  "run_key": const(SENTIMENT_RUN_KEY, n)}, schema=SENTIMENT_ROWS),
        pa.table({"call_id": ids, "kind": const("end", n), "speaker": cust,
                  "seg_idx": null_i, "label": _label(end), "value": end,
                  "start_s": np.round(dur * 0.75, 2), "end_s": dur,
                  "run_key": const(SENTIMENT_RUN_KEY, n)}, schema=SENTIMENT_ROWS),
        pa.table({"call_id": ids, "kind": const("trend", n), "speaker": cust,
                  "seg_idx": null_i, "label": trend, "value": change, "start_s": null_f,
                  "end_s": null_f, "run_key": const(SENTIMENT_RUN_KEY, n)},
                 schema=SENTIMENT_ROWS),
        pa.table({"call_id": ids, "kind": const("customer_ended_negative", n),
                  "speaker": cust, "seg_idx": null_i, "label": pa.nulls(n, pa.string()),
                  "value": negative, "start_s": null_f, "end_s": null_f,
                  "run_key": const(SENTIMENT_RUN_KEY, n)}, schema=SENTIMENT_ROWS),
        pa.table({"call_id": ids.take(a_idx), "kind": const("anger", len(a_idx)),
                  "speaker": const("customer", len(a_idx)),
                  "seg_idx": pa.nulls(len(a_idx), pa.int32()),
                  "label": const("negative", len(a_idx)),
                  "value": np.round(-0.6 - 0.4 * rng.random(len(a_idx)), 3),
                  "start_s": a_start, "end_s": np.round(a_start + 4.0, 2),
                  "run_key": const(SENTIMENT_RUN_KEY, len(a_idx))}, schema=SENTIMENT_ROWS),
    ]
    return pa.concat_tables(parts), anger


def metrics(batch: CallBatch, anger: np.ndarray, agent_interruptions: np.ndarray,
            rng: np.random.Generator) -> pa.Table:
    """Call-level metric values (speaker NULL), as the metrics stage writes them, and the
    agent's own interruption count (speaker ``agent``)."""
    n = len(batch.call_id)
    dur = batch.duration_s
    speech = np.round((dur - batch.hold_s) * rng.uniform(0.72, 0.9, n), 2)
    longest = np.round(np.minimum(2.0 + rng.exponential(6.0, n), dur - speech), 2)
    overtalk = np.round(speech * rng.uniform(0.005, 0.04, n) * (1 + 0.5 * anger), 2)
    overtalk_count = rng.poisson(overtalk / 1.5).astype(float)
    values = {
        "talk_s": speech, "non_talk_s": np.round(dur - speech, 2),
        "talk_ratio": np.round(np.clip(rng.normal(0.55, 0.08, n), 0.2, 0.85), 3),
        "longest_silence_s": np.maximum(longest, 0.0),
        "silence_count": rng.poisson(np.maximum(longest, 0.0) / 5.0).astype(float),
        "overtalk_s": overtalk, "overtalk_count": overtalk_count,
        "interruption_count": rng.poisson(overtalk_count * 0.4).astype(float),
        "hold_s": batch.hold_s,
        "hold_count": np.where(batch.hold_s > 0, 1 + rng.poisson(0.3, n), 0).astype(float),
        "response_latency_mean_s": np.round(np.clip(rng.normal(1.1, 0.3, n), 0.2, 5.0), 2),
        "speaking_rate_wpm": np.round(np.where(batch.language == "vi", 165.0, 150.0)
                                      + rng.normal(0, 15, n), 1),
        "raised_voice_count": (anger + rng.poisson(0.15, n)).astype(float),
    }
    names = list(values)
    k = len(names)
    matrix = np.column_stack([values[m] for m in names])
    units = [UNITS.get(m, "count" if m.endswith("count") else "s") for m in names]
    calls = pa.table({
        "call_id": repeat(strings(batch.call_id), k), "name": tile(names, n),
        "speaker": pa.nulls(n * k, pa.string()), "value": matrix.reshape(-1),
        "unit": tile(units, n), "start_s": pa.nulls(n * k, pa.float64()),
        "end_s": pa.nulls(n * k, pa.float64())}, schema=METRIC_VALUES)
    agent = pa.table({
        "call_id": strings(batch.call_id), "name": const("interruption_count", n),
        "speaker": const("agent", n), "value": agent_interruptions.astype(float),
        "unit": const("count", n), "start_s": pa.nulls(n, pa.float64()),
        "end_s": pa.nulls(n, pa.float64())}, schema=METRIC_VALUES)
    return pa.concat_tables([calls, agent])
