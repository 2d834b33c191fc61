"""Ray shards without Ray: the payload is typed JSON (``aqm.scale.codec``), read back equal to
what the local engine stores, and a shard that is hostile or broken (the old pickle payload
with code in it, not Parquet, another format, a field of the wrong type, an unknown field, a
dangerous-looking key, nesting without end) is refused with an ``EngineError`` that names the
shard, and runs nothing. The calls are real (a short call and the card-number sample,
tiny.en); the StoredCall objects are the ones the local engine hands to ``Store.save_call``."""

from __future__ import annotations

import csv
import dataclasses
import json
import pickle
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from aqm.callwork import CallJob, WorkResult
from aqm.errors import EngineError
from aqm.pipeline import RunOptions, run_batch
from aqm.scale.shards import SCHEMA, job_from_json, job_to_json, read_shard, write_shard
from aqm.store import Store
from aqm.store.db import StoredText
from aqm.store.writes import StoredCall
from aqm.transcribe.base import TranscribeOptions
from aqm.types import CallSource, Quarantined

from .conftest import sample_rows, write_manifest
from .crash_support import short_calls


@pytest.fixture(scope="module")
def stored(tmp_path_factory: pytest.TempPathFactory) -> list[StoredCall]:
    """What the local engine stored for two real calls (one with a card number redacted)."""
    folder = tmp_path_factory.mktemp("shards")
    rows = sample_rows(("en_card_number",))
    with open(short_calls(folder, 1), encoding="utf-8") as fh:
        rows.append(next(csv.DictReader(fh)))
    manifest = write_manifest([{k: r.get(k, "") for k in rows[0]} for r in rows],
                              folder / "calls.csv")
    seen: list[StoredCall] = []
    real_save = Store.save_call

    def keep(self: Store, call: StoredCall) -> None:
        seen.append(call)
        real_save(self, call)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(Store, "save_call", keep)
        report = run_batch([manifest], folder / "s.duckdb",
                           RunOptions(TranscribeOptions(model="tiny.en")))
    assert report.ok and len(seen) == 2
    return seen


def _result(stored: StoredCall | None, problem: Quarantined | None = None) -> WorkResult:
    path = stored.call.source_path if stored else "x.wav"
    sha = "ab" * 32
    job = CallJob(CallSource(path), sha, transcribe=True, metrics=True, media=True,
                  compliance=True)
    return WorkResult(job, stored=stored, problem=problem, stage="transcribe")


def test_shard001_typed_json_reads_back_equal(stored: list[StoredCall], tmp_path: Path) -> None:
    problem = Quarantined("/calls/bad.wav", "truncated", "ends after 0.2 s")
    results = [(_result(s), 1.5) for s in stored] + [(_result(None, problem), 0.1)]
    path = write_shard(tmp_path, results)
    payloads = pq.read_table(path).column("payload").to_pylist()
    assert all(isinstance(json.loads(p), dict) for p in payloads)  # JSON, not pickle
    rows = read_shard(path)
    assert [r.stored for r in rows] == [*stored, None]
    assert rows[-1].problem == problem and rows[-1].stage == "transcribe"
    assert any(s.spans for s in stored) and all(s.transcript and s.scoring for s in stored)


def _write(path: Path, payloads: list[Any], metadata: dict[bytes, bytes] | None = None,
           schema: pa.Schema = SCHEMA) -> Path:
    rows = [{"call_id": "c" * 20, "sha256": "ab" * 32, "source_path": "x.wav",
             "outcome": "stored", "stage": "transcribe", "worker": "h:1", "work_s": 1.0,
             "payload": p} for p in payloads]
    table = pa.Table.from_pylist(rows, schema=schema)
    if metadata is not None:
        table = table.replace_schema_metadata(metadata)
    pq.write_table(table, path)
    return path


class _Boom:
    """Unpickling this runs code: it would create ``MARK``."""

    mark = ""

    def __reduce__(self) -> tuple[Any, ...]:
        return (Path.touch, (Path(self.mark),))


def _refused(path: Path, *words: str) -> str:
    with pytest.raises(EngineError) as caught:
        read_shard(path)
    text = str(caught.value)
    assert path.name in text and all(w in text for w in words), text
    return text


def test_shard002_hostile_or_broken_shards_are_refused(stored: list[StoredCall],
                                                       tmp_path: Path) -> None:
    good_path = write_shard(tmp_path / "good", [(_result(stored[0]), 1.0)])
    good = json.loads(pq.read_table(good_path).column("payload")[0].as_py())
    mark = tmp_path / "pwned"
    _Boom.mark = str(mark)
    # the old format: a pickle payload (here one that runs code when loaded)
    old = pa.schema([f if f.name != "payload" else pa.field("payload", pa.binary())
                     for f in SCHEMA])
    _refused(_write(tmp_path / "pickle.parquet", [pickle.dumps((_Boom(), None))], schema=old),
             "format")
    _refused(_write(tmp_path / "pickle-new.parquet", [pickle.dumps((_Boom(), None)).hex()]),
             "row 0")
    assert not mark.exists(), "a shard ran code"
    (tmp_path / "text.parquet").write_text("not parquet at all")
    _refused(tmp_path / "text.parquet", "Parquet")
    whole = good_path.read_bytes()
    (tmp_path / "cut.parquet").write_bytes(whole[: len(whole) // 2])
    _refused(tmp_path / "cut.parquet")
    _refused(_write(tmp_path / "nometa.parquet", [json.dumps(good)], metadata={}), "format")

    def variant(name: str, change: Any, *words: str) -> None:
        payload = json.loads(json.dumps(good))
        change(payload)
        _refused(_write(tmp_path / f"{name}.parquet", [json.dumps(payload)]), "row 0", *words)

    variant("type", lambda p: p["stored"]["call"]["audio"].__setitem__("duration_s", "long"),
            "duration_s")
    variant("unknown", lambda p: p["stored"]["call"].__setitem__("__class__", "os.system"),
            "unknown fields")
    variant("missing", lambda p: p["stored"]["call"].pop("source_path"), "source_path")
    variant("literal", lambda p: p["stored"]["transcript"]["segments"][0].__setitem__(
        "speaker", "root"), "speaker")
    variant("both", lambda p: p.__setitem__("problem", {"path": "x", "reason": "r",
                                                        "detail": "d"}), "either")
    variant("neither", lambda p: p.__setitem__("stored", None), "either")
    for name, depth in (("deep", 1_000), ("deeper", 100_000)):  # the codec's, then json's
        text = json.dumps({**good, "stored": {**good["stored"], "spans": "DEEP"}})
        text = text.replace('"DEEP"', "[" * depth + "]" * depth)
        _refused(_write(tmp_path / f"{name}.parquet", [text]), "row 0")
    _refused(_write(tmp_path / "notjson.parquet", ["{'stored': "]), "row 0")


def test_shard003_jobs_go_to_ray_as_typed_json(stored: list[StoredCall], tmp_path: Path) -> None:
    """The parent's jobs (one to transcribe, one that reuses stored redacted text) read back
    equal from their JSON; a pickled job, a field of the wrong type or an unknown field is
    refused and runs nothing."""
    call = next(s for s in stored if s.spans)  # the card-number call
    assert call.transcript is not None
    fresh = _result(call).job
    again = dataclasses.replace(fresh, transcribe=False, stored=StoredText(
        call.transcript, call.spans, metrics_json='{"talk_s": 1.0}',
        sentiment_labels=("neutral",) * len(call.transcript.segments)))
    for job in (fresh, again):
        text = job_to_json(job)
        assert isinstance(json.loads(text), dict)
        assert job_from_json(text) == job
    assert "[CARD]" in job_to_json(again) and "4111" not in job_to_json(again)
    boom = _Boom()
    boom.mark = str(tmp_path / "ran")
    wrong_type = json.loads(job_to_json(fresh)) | {"transcribe": "yes"}
    unknown = json.loads(job_to_json(fresh)) | {"__reduce__": "os.system"}
    for blob in (pickle.dumps(boom), json.dumps(wrong_type), json.dumps(unknown)):
        with pytest.raises(EngineError, match="does not read as a call job"):
            job_from_json(blob)  # type: ignore[arg-type]
    assert not (tmp_path / "ran").exists()
