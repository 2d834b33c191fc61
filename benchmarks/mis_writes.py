"""Benchmark: what writes cost now that they keep the MIS tables up to date.

On a copy of a synthetic centre (``benchmarks/mis.py`` writes them; the copy is deleted
afterwards, the original is not touched):

- ``save_call``: a stored call written again as the pipeline writes a call (its ``calls``
  row replaced, its ``call_facts`` row and MIS rows refreshed, one transaction, the file
  opened and closed), per call;
- ``import-acd``: a file of ``--acd-rows`` phone-system records that are already stored
  (every row replaced and linked again by call id);
- ``aqm synth`` of ``--synth-calls`` calls (the bulk load, with the set-based rebuild).

Each figure is the minimum of the repeats (median in brackets). Only public APIs are used,
so the same script times an older aqm side by side (``PYTHONPATH`` at its source, run from
outside this checkout).

Usage: python benchmarks/mis_writes.py --db /tmp/aqm-mis-bench/mis-1000000.duckdb
       [--calls 30] [--acd-rows 3000] [--synth-calls 100000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import csv
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from aqm.mis import import_acd
from aqm.mis.acd import AcdImportOptions
from aqm.store import Store
from aqm.store.records import load_records
from aqm.store.writes import StoredCall
from aqm.synth import SynthOptions, synthesize

ACD_COLUMNS = ("call_key", "started_at", "queue", "direction", "outcome", "wait_s", "agent_id",
               "talk_s", "hold_s", "wrap_s", "call_id")


def _ms(times: list[float]) -> str:
    return f"{min(times) * 1000:,.0f} ms ({statistics.median(times) * 1000:,.0f})"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", type=Path, required=True)
    ap.add_argument("--calls", type=int, default=30)
    ap.add_argument("--acd-rows", type=int, default=3000)
    ap.add_argument("--synth-calls", type=int, default=100000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(dir=args.db.parent) as tmp:
        db = Path(shutil.copy(args.db, Path(tmp) / args.db.name))
        store = Store(db)
        with store.read() as con:
            ids = [r[0] for r in con.execute(
                "SELECT call_id FROM calls ORDER BY call_id LIMIT ? OFFSET 5000",
                [args.calls + 3]).fetchall()]
            calls = {r.call.call_id: r.call for r in load_records(con, ids)}
            acd = con.execute(f"""
                SELECT {", ".join(ACD_COLUMNS).replace(
                    "started_at", "strftime(started_at, '%Y-%m-%dT%H:%M:%S')")}
                FROM acd_records WHERE started_at >= '2026-11-10' ORDER BY started_at
                LIMIT ?""", [args.acd_rows]).fetchall()
        saves = []
        for call_id in ids:
            t0 = time.perf_counter()
            store.save_call(StoredCall(call=calls[call_id]))
            saves.append(time.perf_counter() - t0)
        print(f"save_call, per call ({len(ids) - 3} calls, first 3 left out): "
              f"{_ms(saves[3:])}", flush=True)
        path = Path(tmp) / "acd.csv"
        with open(path, "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(ACD_COLUMNS)
            w.writerows(["" if v is None else v for v in row] for row in acd)
        imports = []
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            import_acd(db, path, AcdImportOptions(tz="UTC"))
            imports.append(time.perf_counter() - t0)
        print(f"import-acd of {len(acd):,} stored records: {_ms(imports)}", flush=True)
        db.unlink()
        synths = []
        for i in range(args.repeat):
            out = Path(tmp) / f"synth{i}.duckdb"
            synths.append(synthesize(out, SynthOptions(calls=args.synth_calls)).wall_s)
            out.unlink()
        print(f"aqm synth of {args.synth_calls:,} calls: "
              f"{min(synths):.1f} s ({statistics.median(synths):.1f})", flush=True)


if __name__ == "__main__":
    main()
