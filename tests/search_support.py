"""Shared by the search and retention tests: private copies of the transcribed samples (with
their redacted audio), and small synthetic centres whose segments carry the project's real
contact-centre utterances (English, and Vietnamese with and without tone marks)."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import duckdb
import numpy as np
import pyarrow as pa

from aqm.store import Store
from aqm.store.bulk import bulk_load, checkpoint
from aqm.store.writes import SEGMENTS
from aqm.synth import SynthOptions, batches

from .conftest import ROOT

UTTERANCES = ROOT / "aqm" / "sentiment" / "data" / "utterances.jsonl"


def copy_samples(samples_db: Path, dest: Path) -> Path:
    """A private copy of the samples database and its redacted audio (media rows point at
    the copy, so deleting there never touches the shared fixture)."""
    dest.mkdir(parents=True, exist_ok=True)
    db = dest / "calls.duckdb"
    shutil.copyfile(samples_db, db)
    media = Path(str(samples_db) + ".media")
    new_media = Path(str(db) + ".media")
    shutil.copytree(media, new_media)
    con = duckdb.connect(str(db))
    con.execute("UPDATE media SET path = ? || '/' || call_id || '.flac'", [str(new_media)])
    con.close()
    return db


def phrase_segment(db: Path, call_id: str, phrase: str) -> tuple[int, float]:
    """(seg_idx, start_s) of the one stored segment of ``call_id`` holding ``phrase``, read
    from the database in plain Python: the tests follow this machine's transcript (Whisper's
    segment boundaries and times differ a little between CPUs' BLAS and int8 kernels)."""
    def words(text: str) -> str:
        return " ".join(re.sub(r"[^\w\s']", " ", text.lower()).split())

    con = duckdb.connect(str(db), read_only=True)
    rows = con.execute("SELECT seg_idx, start_s, text FROM segments WHERE call_id = ?",
                       [call_id]).fetchall()
    con.close()
    found = [(idx, start) for idx, start, text in rows
             if f" {words(phrase)} " in f" {words(text)} "]
    assert len(found) == 1, (phrase, len(rows), len(found))
    return found[0]


def utterances() -> dict[str, list[str]]:
    pools: dict[str, list[str]] = {}
    for line in UTTERANCES.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        pools.setdefault(row["lang"], []).append(row["text"])
    return pools


def synth_centre(db: Path, calls: int, segments: int = 4, seed: int = 3,
                 extra: dict[int, str] | None = None) -> Path:
    """A synthetic year (2026) of ``calls`` calls (``aqm.synth``: agents, queues, scores,
    sentiment, drivers) with ``segments`` segments each, whose text is drawn from the
    utterances in the call's language, and a media row per call; ``extra`` puts given texts
    at given segment rows (row number in the first batch)."""
    pools = {k: np.array(v, dtype=object) for k, v in utterances().items()}
    rng = np.random.default_rng(seed)
    options = SynthOptions(calls=calls, start=dt.date(2026, 1, 1), end=dt.date(2026, 12, 31),
                           seed=seed)

    def gen() -> Iterator[dict[str, pa.Table]]:
        first = True
        for batch in batches(options):
            calls_t = batch["calls"]
            ids = calls_t.column("call_id").to_numpy(zero_copy_only=False)
            dur = calls_t.column("duration_s").to_numpy()
            lang = batch["transcripts"].column("language").to_numpy(zero_copy_only=False)
            n = len(ids)
            idx = np.tile(np.arange(segments, dtype=np.int32), n)
            start = np.round(idx * np.repeat(dur / segments, segments), 3)
            seg_lang = np.repeat(lang, segments)
            text = np.empty(n * segments, dtype=object)
            for key, pool in pools.items():
                mask = seg_lang == key
                text[mask] = pool[rng.integers(0, len(pool), int(mask.sum()))]
            if first and extra:
                for row, value in extra.items():
                    text[row] = value
            first = False
            cols = {"call_id": np.repeat(ids, segments), "seg_idx": idx,
                    "speaker": np.where(idx % 2 == 0, "agent", "customer"),
                    "channel": idx % 2, "start_s": start,
                    "end_s": start + np.repeat(dur / segments * 0.9, segments),
                    "text": text, "language": seg_lang,
                    "run_key": np.full(n * segments, "transcribe:test", dtype=object)}
            batch["segments"] = pa.table(
                {f.name: (pa.array(cols[f.name], f.type) if f.name in cols
                          else pa.nulls(n * segments, f.type)) for f in SEGMENTS},
                schema=SEGMENTS)
            batch["media"] = pa.table({
                "call_id": ids, "kind": ["redacted"] * n,
                "path": [f"/nonexistent/{c}.flac" for c in ids], "sha256": ["0" * 64] * n,
                "masked_s": np.zeros(n),
                "created_at": pa.array([dt.datetime(2027, 1, 1)] * n, pa.timestamp("us"))})
            yield batch

    bulk_load(Store(db), gen())
    checkpoint(Store(db))
    return db
