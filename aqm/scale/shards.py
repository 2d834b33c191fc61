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
| ``payload`` | binary | pickle of ``(StoredCall or None, Quarantined or None)`` |

The payload is the very ``StoredCall`` the local engine stores (redacted text only: raw
transcript text never leaves the worker), so the writer stores it with the same
``Store.save_call`` and both engines give the same records. Shards are private to a run
(``<db>.ray/run-.../``), written by aqm's own actors and read back by the same run; they are
not an exchange format (pickle: never load shards from elsewhere). A shard is written to a
temporary name and renamed, so a worker killed mid-write leaves no partial shard; its name
comes from the calls it holds, so a retried batch overwrites its earlier shard.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import socket
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from aqm.callwork import WorkResult
from aqm.store.writes import StoredCall
from aqm.types import Quarantined

SCHEMA = pa.schema([
    ("call_id", pa.string()), ("sha256", pa.string()), ("source_path", pa.string()),
    ("outcome", pa.string()), ("stage", pa.string()), ("worker", pa.string()),
    ("work_s", pa.float64()), ("payload", pa.binary()),
])


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
        "payload": pickle.dumps((r.stored, r.problem), protocol=pickle.HIGHEST_PROTOCOL),
    } for r, seconds in results]
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / shard_name([r.job.sha256 for r, _ in results])
    tmp = folder / f".{path.name}.{uuid.uuid4().hex}.tmp"
    pq.write_table(pa.Table.from_pylist(rows, schema=SCHEMA), tmp)
    os.replace(tmp, path)
    return path


def read_shard(path: Path) -> list[ShardRow]:
    out = []
    for row in pq.read_table(path, schema=SCHEMA).to_pylist():
        stored, problem = pickle.loads(row["payload"])  # noqa: S301 - our own run's shard
        out.append(ShardRow(row["call_id"], row["sha256"], row["source_path"], row["stage"],
                            row["worker"], row["work_s"], stored, problem))
    return out
