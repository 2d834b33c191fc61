"""Parquet shards: what a Ray actor hands to the single writer.

One shard holds the results of one Ray Data batch (``RayOptions.calls_per_shard`` calls), one
row per call:

| column | type | what |
|---|---|---|
| ``call_id`` | string | the call id (first 20 hex digits of the audio's SHA-256) |
| ``sha256`` | string | the audio's SHA-256: the key the writer matches to its job |
| ``source_path`` | string | the recording's path |
| ``outcome`` | string | ``stored`` (a result to write) or ``quarantined`` |
| ``stage`` | string | where a quarantined call failed (``ingest``, ``transcribe``, ...) |
| ``worker`` | string | ``host:pid`` of the actor that did the work |
| ``work_s`` | double | wall seconds the call took on the actor |
| ``payload`` | string | JSON ``{"stored": StoredCall or null, "problem": Quarantined or null}`` |

The payload is the very ``StoredCall`` the local engine stores (redacted text only: raw
transcript text never leaves the worker), so the writer stores it with the same
``Store.save_call`` and both engines give the same records. It is typed JSON
(``aqm.scale.codec``): read back field by field against the dataclasses' type hints, so a
shard from a shared folder that someone else could write to can at worst be refused, never
run code (the shards were pickles before: loading one ran whatever it held). A shard that
does not read (not Parquet, another layout or format version, a payload that does not fit)
stops the run with an ``EngineError`` naming the shard and row; the calls already stored stay
stored. A shard is written to a temporary name and renamed, so a worker killed mid-write
leaves no partial shard; its name comes from the calls it holds, so a retried batch
overwrites its earlier shard. The jobs go the other way as typed JSON too
(``job_to_json``/``job_from_json``).
"""

from __future__ import annotations

import hashlib
import json
import os
import socket
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from aqm.callwork import CallJob, WorkResult
from aqm.errors import EngineError
from aqm.scale.codec import CodecError, decode, encode
from aqm.store.writes import StoredCall
from aqm.types import Quarantined

FORMAT = "aqm-shard-json-1"  # in the Parquet metadata; another value is refused
SCHEMA = pa.schema([
    ("call_id", pa.string()), ("sha256", pa.string()), ("source_path", pa.string()),
    ("outcome", pa.string()), ("stage", pa.string()), ("worker", pa.string()),
    ("work_s", pa.float64()), ("payload", pa.string()),
], metadata={"aqm_shard_format": FORMAT})


@dataclass(frozen=True)
class ShardRow:
    """One call's result as read back from a shard."""

    call_id: str
    sha256: str
    source_path: str
    stage: str
    worker: str
    work_s: float
    stored: StoredCall | None
    problem: Quarantined | None


def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def shard_name(sha256s: Sequence[str]) -> str:
    return "shard-" + hashlib.sha256(",".join(sorted(sha256s)).encode()).hexdigest()[:16] \
        + ".parquet"


def write_shard(folder: Path, results: Sequence[tuple[WorkResult, float]]) -> Path:
    """Write ``(result, seconds)`` pairs as one shard in ``folder``; returns its path."""
    worker = worker_name()
    rows = [{
        "call_id": r.job.sha256[:20], "sha256": r.job.sha256, "source_path": r.job.source.path,
        "outcome": "quarantined" if r.problem is not None else "stored", "stage": r.stage,
        "worker": worker, "work_s": round(seconds, 3),
        "payload": json.dumps({"stored": encode(r.stored), "problem": encode(r.problem)},
                              ensure_ascii=False, allow_nan=False),
    } for r, seconds in results]
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / shard_name([r.job.sha256 for r, _ in results])
    tmp = folder / f".{path.name}.{uuid.uuid4().hex}.tmp"
    pq.write_table(pa.Table.from_pylist(rows, schema=SCHEMA), tmp)
    os.replace(tmp, path)
    return path


def read_shard(path: Path) -> list[ShardRow]:
    """The rows of a shard; ``EngineError`` naming the shard (and row) when it does not read
    as one."""
    try:
        table = pq.read_table(path)
    except (OSError, pa.ArrowException) as e:
        raise EngineError(f"shard {path.name} cannot be read as Parquet: {e}") from None
    meta = table.schema.metadata or {}
    found = meta.get(b"aqm_shard_format", b"").decode("utf-8", "replace")
    if found != FORMAT:
        raise EngineError(f"shard {path.name} is not an aqm shard of format {FORMAT} "
                          f"(found {found[:40]!r}); shards are private to the run that "
                          "wrote them")
    if not table.schema.remove_metadata().equals(SCHEMA.remove_metadata()):
        raise EngineError(f"shard {path.name} has other columns than an aqm shard")
    out = []
    for i, row in enumerate(table.to_pylist()):
        try:
            payload = json.loads(row["payload"])
            if not isinstance(payload, dict) or set(payload) != {"stored", "problem"}:
                raise CodecError("payload: expected an object with stored and problem")
            stored = None if payload["stored"] is None else decode(StoredCall,
                                                                   payload["stored"])
            problem = None if payload["problem"] is None else decode(Quarantined,
                                                                     payload["problem"])
            if (stored is None) == (problem is None) or None in (
                    row["call_id"], row["sha256"], row["source_path"], row["stage"],
                    row["worker"], row["work_s"]):
                raise CodecError("a row holds either a stored call or a problem, "
                                 "and every column")
        except (ValueError, TypeError, RecursionError) as e:  # CodecError, bad JSON
            raise EngineError(f"shard {path.name}, row {i}: {str(e)[:300]}") from None
        out.append(ShardRow(row["call_id"], row["sha256"], row["source_path"], row["stage"],
                            row["worker"], row["work_s"], stored, problem))
    return out


def job_to_json(job: CallJob) -> str:
    """A job as the typed JSON the parent hands to Ray (no pickle on the way in either)."""
    return json.dumps(encode(job), ensure_ascii=False, allow_nan=False)


def job_from_json(blob: str) -> CallJob:
    """``job_to_json``'s text back as a ``CallJob``; ``EngineError`` when it does not fit."""
    try:
        return decode(CallJob, json.loads(blob))
    except (ValueError, TypeError, RecursionError) as e:  # CodecError, bad JSON
        raise EngineError(f"a Ray job does not read as a call job: {str(e)[:300]}") from None
