"""Shared by the crash and concurrency tests: short real calls, `aqm run` in a subprocess, and
what a database holds per call."""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from aqm.export import iter_export
from aqm.ingest.audio import file_sha256
from aqm.store import Store

from .conftest import ROOT
from .test_metrics import A, C, Spec, build

# Stereo 8 kHz mu-law calls of 7-11 s made of real speech clips (tests/data/metrics_clips):
# the agent on the left, the customer on the right.
SHORT_CALLS = (
    Spec("crash_a", (A("hold"), C("l0880", 0.6), A("thanks", 0.5))),
    Spec("crash_b", (A("check"), C("eight", 0.7), A("moment", 0.6))),
    Spec("crash_c", (A("weasels"), C("l0930", 0.5), A("transfer", 0.6))),
    Spec("crash_d", (A("confno"), C("four", 0.6), A("thanks", 0.5))),
    Spec("crash_e", (A("fwd"), C("l0890", 0.7), A("moment", 0.5))),
)
TIMESTAMPS = ("processed_at",)  # export fields that say when, not what


def short_calls(folder: Path, n: int = 2, first: int = 0) -> Path:
    """``n`` short stereo calls and their manifest (agents, team, queue, start times), with
    a copy of the bundled rule and form files beside them (``run_args``), so that runs
    compared with each other use the same rules even while the checkout changes."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copytree(ROOT / "scorecards", folder / "scorecards", dirs_exist_ok=True)
    rows = []
    for i, spec in enumerate(SHORT_CALLS[first:first + n], start=first):
        path = folder / f"{spec.name}.wav"
        build(spec, path)
        rows.append({"path": str(path), "agent_id": f"A10{i + 1:02d}", "agent_name": "",
                     "team": "Retail Banking", "queue": "billing", "direction": "inbound",
                     "started_at": f"2026-11-0{i + 2}T09:1{i}:00+07:00",
                     "channel_layout": "agent=left"})
    manifest = folder / f"calls_{first}_{n}.csv"
    with open(manifest, "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return manifest


def run_args(manifest: Path) -> list[str]:
    """`aqm run` options of these tests: tiny.en, English, the rules copied beside the calls."""
    return [str(manifest), "--model", "tiny.en", "--language", "en",
            "--rules", str(manifest.parent / "scorecards")]


def call_ids(manifest: Path) -> set[str]:
    with open(manifest, encoding="utf-8") as fh:
        return {file_sha256(row["path"])[0][:20] for row in csv.DictReader(fh)}


def aqm_run(manifest: Path, db: Path, *extra: str, fault: str | None = None
            ) -> subprocess.Popen[str]:
    """``aqm run`` in its own process (``AQM_FAULT`` armed when ``fault`` is given)."""
    env = {k: v for k, v in os.environ.items() if k != "AQM_FAULT"}
    if fault:
        env["AQM_FAULT"] = fault
    return subprocess.Popen([sys.executable, "-m", "aqm", "run", *run_args(manifest),
                             "--db", str(db), *extra], cwd=ROOT, env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def per_call_tables(db: Path) -> list[str]:
    with Store(db).read() as con:
        return [r[0] for r in con.execute(
            "SELECT table_name FROM information_schema.columns WHERE column_name = 'call_id' "
            "AND table_schema = 'main' ORDER BY table_name").fetchall()]


def per_call_counts(db: Path) -> dict[str, dict[str, int]]:
    """table → call_id → rows, for every table with a ``call_id`` column."""
    out: dict[str, dict[str, int]] = {}
    tables = per_call_tables(db)
    with Store(db).read() as con:
        for table in tables:
            out[table] = dict(con.execute(
                f"SELECT call_id, count(*) FROM {table} GROUP BY call_id").fetchall())
    return out


def search_terms(db: Path) -> dict[str, int]:
    with Store(db).read() as con:
        return dict(con.execute("SELECT term, df FROM search_terms").fetchall())


def normalised_export(db: Path) -> list[dict[str, Any]]:
    """The export with run timestamps dropped and audio paths reduced to file names."""
    out = []
    for rec in iter_export(db):
        rec = {k: v for k, v in rec.items() if k not in TIMESTAMPS}
        if rec.get("audio"):
            rec["audio"] = Path(rec["audio"]).name
        out.append(rec)
    return out


def quarantined(db: Path) -> list[Any]:
    return list(Store(db).status().quarantined)


def missing_parts(counts: Mapping[str, Mapping[str, int]], ref: Mapping[str, Mapping[str, int]],
                  call_id: str, optional: tuple[str, ...] = ()) -> list[str]:
    """Tables where ``call_id`` has another number of rows than in the reference; the
    ``optional`` tables may also have none (written after the call's own transaction)."""
    bad = []
    for table, by_call in ref.items():
        have, want = counts.get(table, {}).get(call_id, 0), by_call.get(call_id, 0)
        if have != want and not (table in optional and have == 0):
            bad.append(f"{table}: {have} rows, want {want}")
    return bad
