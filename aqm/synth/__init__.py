"""A synthetic contact centre for demos and scale tests (``aqm synth``), without audio.

``synthesize(db, SynthOptions(...))`` writes, through ``aqm.store.bulk``: recorded calls
(agents, teams, queues, inbound/outbound/internal mix, day-of-week and hour patterns in the
centre's time zone, stored in UTC), their phone-system records and abandoned calls
(``acd_records``, linked to the recordings), call metrics, customer sentiment, QA scorecards
with per-question answers (auto-fails included), compliance results and call drivers; then
``call_facts`` is rebuilt. Every table is built as Arrow arrays, a batch of days at a time
(no per-call loops), deterministic for given options and seed. One agent
(``weak_agent``) is weak on one criterion (``weak_criterion``), for coaching demos.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pyarrow as pa

from aqm import __version__
from aqm.errors import InputError
from aqm.store import Store
from aqm.store.bulk import bulk_load, checkpoint, count_rows
from aqm.synth import quality, signals, transcripts
from aqm.synth.arrow import const
from aqm.synth.calls import CallBatch, generate_batch
from aqm.synth.centre import build_centre, calls_per_day, day_batches
from aqm.synth.options import SynthOptions

__all__ = ["SynthOptions", "SynthReport", "synthesize"]


@dataclass(frozen=True)
class SynthReport:
    db: str
    calls: int  # recorded calls
    abandoned: int  # abandoned inbound calls (phone-system records only)
    rows: Mapping[str, int]  # rows written per table
    wall_s: float
    size_bytes: int


def _options_json(options: SynthOptions) -> str:
    return json.dumps(dataclasses.asdict(options), default=str, sort_keys=True)


def _runs(options: SynthOptions, now: np.datetime64) -> pa.Table:
    text = _options_json(options)
    digest = hashlib.sha256(text.encode()).hexdigest()[:16]
    keys = ((transcripts.TRANSCRIBE_RUN_KEY, "transcribe"), (quality.QA_RUN_KEY, "scoring"),
            (quality.RULES_RUN_KEY, "compliance"), (signals.SENTIMENT_RUN_KEY, "sentiment"))
    n = len(keys)
    return pa.table({
        "run_key": [k for k, _ in keys], "stage": [s for _, s in keys],
        "backend": ["synthetic"] * n, "model_name": ["aqm.synth"] * n,
        "model_sha256": [""] * n, "options_json": [text] * n, "options_hash": [digest] * n,
        "aqm_version": [__version__] * n,
        "created_at": _now_column(now, n)})


def _ts(values: np.ndarray) -> pa.Array:
    return pa.array(values.astype("datetime64[us]"), pa.timestamp("us"))


def _calls(batch: CallBatch, agent_id: np.ndarray, agent_name: np.ndarray, team: np.ndarray,
           now: np.datetime64, n_seg: int) -> dict[str, pa.Table]:
    ids = batch.call_id
    n = len(ids)
    duration = batch.duration_s
    calls = pa.table({
        "call_id": ids, "source_path": np.char.add("synth://", ids),
        "file_sha256": np.char.add(ids, "0" * 44), "file_size": (duration * 16000).astype(int),
        "container": const("wav", n), "codec": const("pcm_mulaw", n),
        "sample_rate_hz": np.full(n, 8000, dtype=np.int32),
        "channels": np.full(n, 2, dtype=np.int32), "duration_s": duration,
        "agent_id": agent_id, "agent_name": agent_name, "team": team, "queue": batch.queue,
        "direction": batch.direction, "started_at": _ts(batch.answered_utc),
        "language_hint": batch.language, "channel_layout": const("agent=left", n),
        "extra_json": np.char.add(np.char.add('{"call_key": "', batch.call_key), '"}'),
        "ingested_at": _now_column(now, n)})
    segs = np.full(n, n_seg, dtype=np.int32) if n_seg else \
        np.maximum(2, duration // 9).astype(np.int32)
    trans = pa.table({
        "call_id": ids, "run_key": const(transcripts.TRANSCRIBE_RUN_KEY, n),
        "language": batch.language, "language_probability": np.full(n, 0.97),
        "channel_languages": pa.ListArray.from_arrays(
            pa.array(np.arange(0, 2 * n + 1, 2, dtype=np.int32)),
            pa.array(np.repeat(batch.language, 2), pa.string())),
        "segment_count": segs, "created_at": _now_column(now, n),
        "redact_key": const(transcripts.REDACT_KEY, n)})
    return {"calls": calls, "transcripts": trans}


def _acd(batch: CallBatch, agent_id: np.ndarray, agent_name: np.ndarray, team: np.ndarray,
         now: np.datetime64) -> pa.Table:
    """The recorded calls' records and the abandoned calls', in time order."""
    n, m = len(batch.call_id), len(batch.ab_key)
    started = np.concatenate([batch.arrived_utc, batch.ab_arrived_utc])
    order = np.argsort(started, kind="stable")

    def cat(a: np.ndarray | pa.Array, b: np.ndarray | pa.Array | None) -> pa.Array:
        first = a if isinstance(a, pa.Array) else pa.array(a)
        second = pa.nulls(m, first.type) if b is None else \
            (b if isinstance(b, pa.Array) else pa.array(b, first.type))
        return pa.concat_arrays([first, second]).take(order)

    zeros = np.zeros(m)
    return pa.table({
        "call_key": cat(batch.call_key, batch.ab_key), "started_at": _ts(started[order]),
        "queue": cat(batch.queue, batch.ab_queue),
        "direction": cat(batch.direction, const("inbound", m)),
        "outcome": cat(const("answered", n), const("abandoned", m)),
        "wait_s": cat(batch.wait_s, batch.ab_wait_s),
        "agent_id": cat(agent_id, None), "agent_name": cat(agent_name, None),
        "team": cat(team, None), "language": cat(batch.language, batch.ab_language),
        "talk_s": cat(batch.talk_s, zeros), "hold_s": cat(batch.hold_s, zeros),
        "wrap_s": cat(batch.wrap_s, zeros),
        "call_id": cat(batch.call_id, None), "link_method": cat(const("synth", n), None),
        "link_delta_s": pa.nulls(n + m, pa.float64()),
        "source": const("synth", n + m), "source_row": pa.nulls(n + m, pa.int32()),
        "updated_at": _now_column(now, n + m)})


def _now_column(now: np.datetime64, n: int) -> pa.Array:
    return pa.array(np.full(n, now, dtype="datetime64[us]"), pa.timestamp("us"))


def batches(options: SynthOptions) -> Iterator[dict[str, pa.Table]]:
    """The synthetic centre's rows, a group of days at a time, in time order."""
    rng = np.random.default_rng(options.seed)
    now = np.datetime64(dt.datetime.now(dt.timezone.utc).replace(tzinfo=None), "us")
    centre = build_centre(options, rng)
    teams = np.array(options.team_names)
    counts = calls_per_day(options, centre, rng)
    first = True
    for days in day_batches(counts, options.batch_calls):
        batch = generate_batch(options, centre, days, counts[days], rng)
        if not len(batch.call_id) and not len(batch.ab_key):
            continue
        agent_id = centre.agent_id[batch.agent]
        agent_name = centre.agent_name[batch.agent]
        team = teams[centre.team[batch.agent]]
        out = _calls(batch, agent_id, agent_name, team, now, options.segments_per_call)
        out["acd_records"] = _acd(batch, agent_id, agent_name, team, now)
        start = signals.start_polarity(batch, rng)
        yes, applicable = quality.qa_answers(options, centre, batch, start, rng)
        empathy = [q.question_id for q in quality.FORM].index("empathy")
        missed = applicable[:, empathy] & ~yes[:, empathy]
        out["sentiment_values"], anger = signals.sentiment(centre, batch, start, missed, rng)
        rough = np.zeros(len(batch.call_id), bool) if centre.angry_weak_agent is None \
            else (batch.agent == centre.angry_weak_agent) & (start < 0.0)
        interrupts = rng.poisson(np.where(rough, 1.5, 0.15))
        out["metric_values"] = signals.metrics(batch, anger, interrupts, rng)
        out.update(quality.scorecards(batch, yes, applicable, now))
        out["compliance_results"] = quality.compliance(options, centre, batch, yes, rng)
        out["call_categories"] = quality.categories(batch, rng)
        if options.segments_per_call:
            extra = transcripts.detail(batch, options.segments_per_call,
                                       options.words_per_segment, now, rng)
            out["metric_values"] = pa.concat_tables([out["metric_values"],
                                                     extra.pop("metric_values")])
            out.update(extra)
        if first:
            out["runs"] = _runs(options, now)
            first = False
        yield out


def synthesize(db: str | Path, options: SynthOptions,
               progress: Callable[[Mapping[str, int]], None] | None = None) -> SynthReport:
    """Write the synthetic centre into a new database ``db`` (refused if it has calls)."""
    store = Store(db)
    if store.path.exists() and count_rows(store, "calls"):
        raise InputError(f"{store.path} already has calls; aqm synth writes a new database "
                         f"(choose another --db or remove the file)")
    t0 = time.monotonic()
    result = bulk_load(store, batches(options), progress)
    checkpoint(store)
    rows = dict(result.rows)
    acd = rows.get("acd_records", 0)
    calls = rows.get("calls", 0)
    return SynthReport(str(store.path), calls, acd - calls, rows, time.monotonic() - t0,
                       store.path.stat().st_size)
