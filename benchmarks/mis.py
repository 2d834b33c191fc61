"""Benchmark: MIS reports on synthetic centres of 100k, 1M and 5M recorded calls.

For each size a database is written once with ``aqm.synth`` (kept in ``--dir`` and reused),
then, on the monthly report of November 2026 by team and queue (Asia/Ho_Chi_Minh):

- cold: a new Python process that imports aqm, opens the file and builds the report
  (``build_report``), wall time from spawn to exit, split into the import and the first
  report as the process measures them; and the whole ``aqm report --format csv``
  command (typer and rich included). The database file is in the OS page cache (other
  engineers share this machine: caches are not dropped);
- warm: the same report again in a running process, computed anew (``cache=False``), and
  as the app gets it when the data has not changed (the result cache);
- the yearly report (2026 by team and queue, computed anew), and the xlsx export (render
  only) of the monthly and the yearly report; the monthly PDF with its charts (kaleido).

Each figure is the minimum of ``--repeat`` runs (median in brackets), as timeit advises.

Usage: python benchmarks/mis.py [--sizes 100000,1000000,5000000] [--dir /tmp/aqm-mis-bench]
       [--repeat 5]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from aqm.mis import ReportRequest, build_report, render_report
from aqm.store import Store
from aqm.store.bulk import count_rows
from aqm.synth import SynthOptions, synthesize

TZ = "Asia/Ho_Chi_Minh"
MONTH = ReportRequest(period="2026-11", by=("team", "queue"), tz=TZ)
YEAR = ReportRequest(period="2026", by=("team", "queue"), tz=TZ)
COLD = ("import sys, time; t0 = time.perf_counter(); from aqm.mis import ReportRequest, "
        "build_report; t1 = time.perf_counter(); r = build_report(sys.argv[1], "
        "ReportRequest(period='2026-11', by=('team', 'queue'), tz='Asia/Ho_Chi_Minh'), "
        "cache=False); print(t1 - t0, time.perf_counter() - t1)")


def timed(fn: Callable[[], object], repeat: int) -> tuple[float, float]:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times), statistics.median(times)


def ensure_db(path: Path, calls: int) -> float:
    """Write the synthetic centre unless ``path`` already holds it; returns seconds spent."""
    if path.exists():
        Store(path).migrate(create=False)  # the schema may have moved on since
        if count_rows(Store(path), "calls") == calls:
            return 0.0
    path.unlink(missing_ok=True)
    Path(f"{path}.wal").unlink(missing_ok=True)
    t0 = time.monotonic()
    report = synthesize(path, SynthOptions(calls=calls), progress=lambda rows: print(
        f"  {rows.get('calls', 0):,} calls ({time.monotonic() - t0:.0f} s)", flush=True))
    print(f"  wrote {report.calls:,} calls + {report.abandoned:,} abandoned in "
          f"{report.wall_s:.0f} s ({report.size_bytes / 2**30:.2f} GiB)", flush=True)
    return report.wall_s


def run_size(path: Path, repeat: int) -> dict[str, tuple[float, float]]:
    Store(path).migrate(create=False)  # other migrations may have landed meanwhile
    out: dict[str, tuple[float, float]] = {}
    aqm = Path(sys.executable).with_name("aqm")
    parts: list[tuple[float, float]] = []

    def cold() -> None:
        proc = subprocess.run([sys.executable, "-c", COLD, str(path)], check=True,
                              capture_output=True, text=True)
        imp, first = proc.stdout.split()
        parts.append((float(imp), float(first)))

    out["cold_library"] = timed(cold, repeat)
    out["cold: import aqm.mis"] = (min(p[0] for p in parts),
                                   statistics.median(p[0] for p in parts))
    out["cold: first report"] = (min(p[1] for p in parts),
                                 statistics.median(p[1] for p in parts))
    csv_dir = path.with_suffix(".csv.d")
    out["cold_cli_csv"] = timed(lambda: subprocess.run(
        [str(aqm), "report", "--period", "2026-11", "--by", "team,queue", "--tz", TZ,
         "--format", "csv", "--out", str(csv_dir), "--db", str(path)], check=True,
        capture_output=True), repeat)
    build_report(path, MONTH, cache=False)
    out["warm_month"] = timed(lambda: build_report(path, MONTH, cache=False), repeat)
    build_report(path, MONTH)
    out["warm_month_cached"] = timed(lambda: build_report(path, MONTH), repeat)
    out["warm_year"] = timed(lambda: build_report(path, YEAR, cache=False), repeat)
    month, year = build_report(path, MONTH), build_report(path, YEAR)
    out["xlsx_month"] = timed(lambda: render_report(month, "xlsx"), repeat)
    out["xlsx_year"] = timed(lambda: render_report(year, "xlsx"), repeat)
    out["pdf_month"] = timed(lambda: render_report(month, "pdf"), max(1, repeat // 2))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="100000,1000000,5000000")
    ap.add_argument("--dir", type=Path, default=Path("/tmp/aqm-mis-bench"))
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    args.dir.mkdir(parents=True, exist_ok=True)
    sizes = [int(x) for x in args.sizes.split(",")]
    results: dict[int, dict[str, tuple[float, float]]] = {}
    for n in sizes:
        path = args.dir / f"mis-{n}.duckdb"
        print(f"{n:,} calls: {path}", flush=True)
        ensure_db(path, n)
        results[n] = run_size(path, args.repeat)
        for key, (best, median) in results[n].items():
            print(f"  {key:<24}{best * 1000:>9.0f} ms  ({median * 1000:.0f})", flush=True)
    keys = list(results[sizes[0]])
    print(f"\n{'ms, min of repeats':<24}" + "".join(f"{n:>12,}" for n in sizes)
          + (f"   x{sizes[-1] // sizes[0]} calls" if len(sizes) > 1 else ""))
    for key in keys:
        row = [results[n][key][0] * 1000 for n in sizes]
        ratio = f"   x{row[-1] / row[0]:.1f}" if len(sizes) > 1 and row[0] else ""
        print(f"{key:<24}" + "".join(f"{v:>12.0f}" for v in row) + ratio)
    print("goals at 1M: cold < 1000 ms, warm < 200 ms")


if __name__ == "__main__":
    main()
