"""The Ray engine on a local Ray (2 CPUs): the same export as the local engine, and a worker
killed mid-run loses nothing and writes nothing twice. tiny.en on the English samples."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
import ray
from typer.testing import CliRunner

from aqm.cli import app
from aqm.pipeline import CallDone, RunOptions, run_batch
from aqm.scale.options import RayOptions
from aqm.scale.shards import read_shard
from aqm.store import Store
from aqm.transcribe.base import TranscribeOptions

from .conftest import ENGLISH_SAMPLES, ROOT, sample_rows, write_manifest

TINY = RunOptions(TranscribeOptions(model="tiny.en"))
runner = CliRunner()


@pytest.fixture(scope="module")
def local_ray() -> Iterator[None]:
    ray.init(num_cpus=2, include_dashboard=False)
    yield
    ray.shutdown()


def _export(db: Path, out: Path) -> dict[str, dict[str, object]]:
    """``aqm export --format jsonl`` by call id, less what differs between two databases of
    the same calls: ``processed_at`` (when it was stored) and ``audio`` (the redacted copy's
    path, under ``<db>.media``), which becomes its file name and the SHA-256 of its bytes."""
    result = runner.invoke(app, ["export", "--db", str(db), "--format", "jsonl",
                                 "--out", str(out)])
    assert result.exit_code == 0, result.output
    records = {}
    for line in out.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        rec.pop("processed_at")
        audio = Path(rec.pop("audio"))
        rec["audio_file"] = (audio.name, hashlib.sha256(audio.read_bytes()).hexdigest())
        records[rec["call_id"]] = rec
    return records


def _stored_once(db: Path, n: int) -> None:
    with Store(db).read() as con:
        for table in ("calls", "transcripts", "media", "call_metrics", "call_sentiment",
                      "call_compliance", "call_scoring", "scorecards"):
            assert con.execute(f"SELECT count(*), count(DISTINCT call_id) FROM {table}"
                               ).fetchone() == (n, n), table
        dup = con.execute("SELECT count(*) FROM (SELECT call_id, seg_idx, count(*) k FROM "
                          "segments GROUP BY ALL HAVING k > 1)").fetchone()
        assert dup == (0,)


def test_ray001_same_export_as_the_local_engine_and_a_rerun_skips(
        local_ray: None, samples_db: Path, english_manifest: Path, tmp_path: Path) -> None:
    db = tmp_path / "ray.duckdb"
    opts = replace(TINY, engine="ray", ray=RayOptions(actors=2, calls_per_shard=2))
    report = run_batch([english_manifest], db, opts)
    assert report.ok and report.transcribed == len(ENGLISH_SAMPLES)
    assert not Path(f"{db}.ray").exists()  # the run's shards are removed once stored
    _stored_once(db, len(ENGLISH_SAMPLES))
    assert _export(db, tmp_path / "ray.jsonl") == _export(samples_db, tmp_path / "local.jsonl")
    again = run_batch([english_manifest], db, opts)  # a call already done is skipped
    assert again.transcribed == again.updated == 0
    assert again.skipped == len(ENGLISH_SAMPLES)


def test_ray002_a_worker_killed_mid_run_loses_and_duplicates_nothing(
        local_ray: None, samples_db: Path, tmp_path: Path) -> None:
    names = ("en_inbound_good", "en_card_number", "en_angry_caller")  # 3 calls: quicker
    manifest = write_manifest(sample_rows(names), tmp_path / "calls.csv")
    db = tmp_path / "killed.duckdb"
    opts = replace(TINY, engine="ray", ray=RayOptions(actors=2, calls_per_shard=1))
    written: list[CallDone] = []
    box: dict[str, object] = {}

    def go() -> None:
        try:
            box["report"] = run_batch([manifest], db, opts, progress=written.append)
        except BaseException as e:  # noqa: BLE001 - handed to the test thread
            box["error"] = e

    thread = threading.Thread(target=go)
    thread.start()
    deadline = time.monotonic() + 300
    shards: list[Path] = []
    while not shards and thread.is_alive() and time.monotonic() < deadline:
        time.sleep(0.1)
        shards = sorted(Path(f"{db}.ray").glob("run-*/shard-*.parquet"))
    assert shards, "no shard appeared"
    worker = read_shard(shards[0])[0].worker  # host:pid of the actor that wrote it
    alive, done = thread.is_alive(), len(shards)
    os.kill(int(worker.rsplit(":", 1)[1]), signal.SIGKILL)
    thread.join(timeout=600)
    assert not thread.is_alive()
    assert "error" not in box, box.get("error")
    assert alive and done < len(names)  # killed mid-run
    report = box["report"]
    assert report.ok and report.transcribed == len(names)  # type: ignore[attr-defined]
    # the single writer stored each call once
    assert sorted(e.path for e in written) == sorted({e.path for e in written})
    assert len(written) == len(names)
    _stored_once(db, len(names))
    killed = _export(db, tmp_path / "ray.jsonl")
    local = _export(samples_db, tmp_path / "local.jsonl")
    assert len(killed) == len(names)
    assert killed == {call_id: local[call_id] for call_id in killed}


def test_ray003_without_ray_a_clear_error_and_the_local_engine_never_imports_it(
        tmp_path: Path, english_manifest: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "ray", None)  # as if Ray were not installed
    monkeypatch.setitem(sys.modules, "ray.data", None)
    result = runner.invoke(app, ["run", str(english_manifest), "--db",
                                 str(tmp_path / "x.duckdb"), "--engine", "ray"])
    assert result.exit_code == 9
    assert "pip install 'aqm[ray]'" in result.output
    assert not (tmp_path / "x.duckdb").exists()
    result = runner.invoke(app, ["run", str(english_manifest), "--db",
                                 str(tmp_path / "x.duckdb"), "--engine", "spark"])
    assert result.exit_code == 2 and "unknown engine" in result.output
    code = ("import sys, aqm.cli, aqm.pipeline, aqm.callwork, aqm.scale.options; "
            "sys.exit(any(m == 'ray' or m.startswith('ray.') for m in sys.modules))")
    assert subprocess.run([sys.executable, "-c", code], cwd=ROOT).returncode == 0


def test_ray004_batched_decoding_is_cuda_only_and_leaves_cpu_lineage_alone() -> None:
    from aqm.transcribe.backends import plan_lineage
    from aqm.transcribe.faster import batched_decoding

    cpu = TranscribeOptions(model="tiny.en", device="cpu")
    assert cpu.batch_size == 16 and not batched_decoding(cpu)
    assert batched_decoding(replace(cpu, device="cuda"))
    assert not batched_decoding(replace(cpu, device="cuda", batch_size=0))
    assert not batched_decoding(replace(cpu, device="cuda", vad_filter=False))
    # on CPU the batch size is ignored, so the run key is the one from before batching
    assert plan_lineage(cpu).run_key == plan_lineage(replace(cpu, batch_size=0)).run_key
    assert "batch_size" not in replace(cpu, batch_size=0).hashed_fields()
    assert replace(cpu, batch_size=8).options_hash() != replace(cpu, batch_size=0).options_hash()
