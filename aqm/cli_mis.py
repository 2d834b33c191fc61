"""``aqm import-acd``, ``aqm synth`` and ``aqm report``: the MIS commands (registered by
``aqm.cli``)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from aqm.cli_common import DEFAULT_DB, DbOpt, _fail, err, out
from aqm.errors import AqmError, InputError


def register(app: typer.Typer) -> None:
    """Add the MIS commands to the ``aqm`` app."""
    app.command("import-acd")(import_acd)
    app.command()(synth)
    app.command()(report)


def import_acd(
    file: Annotated[Path, typer.Argument(help="ACD / queue / CDR records, CSV or Parquet.")],
    db: DbOpt = DEFAULT_DB,
    tolerance_s: Annotated[float, typer.Option(
        help="Link by agent and time when the recording started within this many seconds "
             "of the answer time.")] = 60.0,
    tz: Annotated[str, typer.Option(
        help="Time zone of started_at values without an offset.")] = "UTC",
    key_column: Annotated[str, typer.Option(
        help="The recordings' manifest column holding the phone system's call key.")
    ] = "call_key",
) -> None:
    """Import phone-system call records (answered and abandoned) and link them to recordings
    by call key, else by agent and start time; unmatched rows are kept and listed. Importing
    a file again replaces its rows (same call_key).

    Example: aqm import-acd acd_2026-11.csv --db aqm.duckdb --tz Asia/Ho_Chi_Minh
    """
    from aqm.mis.acd import AcdImportOptions
    from aqm.mis.acd import import_acd as do_import

    try:
        report = do_import(db, file, AcdImportOptions(tolerance_s=tolerance_s, tz=tz,
                                                      key_column=key_column))
    except AqmError as e:
        raise _fail(e) from e
    for line in report.lines():
        out.print(line, markup=False, highlight=False, soft_wrap=True)


def synth(
    db: DbOpt = DEFAULT_DB,
    calls: Annotated[int, typer.Option(help="Recorded calls (abandons come on top).")] = 10_000,
    date_from: Annotated[str, typer.Option("--from", help="First day, YYYY-MM-DD.")
                         ] = "2026-01-01",
    date_to: Annotated[str, typer.Option("--to", help="Last day, YYYY-MM-DD.")] = "2026-12-31",
    seed: Annotated[int, typer.Option(help="Random seed (same seed, same data).")] = 7,
    tz: Annotated[str, typer.Option(help="The centre's time zone.")] = "Asia/Ho_Chi_Minh",
    agents: Annotated[int, typer.Option(help="Agents.")] = 120,
    teams: Annotated[int, typer.Option(help="Teams.")] = 8,
    weak_agent: Annotated[str, typer.Option(help="Agent weak on --weak-criterion.")] = "A1007",
    weak_criterion: Annotated[str, typer.Option(
        help="QA question / compliance rule the weak agent often misses.")] = "confirm_problem",
    angry_weak_agent: Annotated[str, typer.Option(
        help="Agent who handles angry callers badly ('' for nobody).")] = "A1012",
) -> None:
    """Write a synthetic contact centre into a new database, without audio: agents, teams,
    queues, call patterns, abandons (ACD records), metrics, QA, compliance, call drivers,
    sentiment.

    Example: aqm synth --calls 1000000 --from 2026-01-01 --to 2026-12-31 --db demo.duckdb
    """
    import datetime as dt

    from aqm.synth import SynthOptions, synthesize

    try:
        try:
            start, end = dt.date.fromisoformat(date_from), dt.date.fromisoformat(date_to)
        except ValueError as e:
            raise InputError(f"--from/--to must be YYYY-MM-DD: {e}") from e
        options = SynthOptions(calls=calls, start=start, end=end, seed=seed, tz=tz,
                               agents=agents, teams=teams, weak_agent=weak_agent,
                               weak_criterion=weak_criterion,
                               angry_weak_agent=angry_weak_agent or None)
        with err.status("writing the synthetic centre") as status:
            report = synthesize(db, options, progress=lambda rows: status.update(
                f"{rows.get('calls', 0):,} of {calls:,} calls written"))
    except AqmError as e:
        raise _fail(e) from e
    out.print(f"{report.calls:,} calls and {report.abandoned:,} abandoned calls in {db} "
              f"({report.size_bytes / 2**20:,.0f} MiB, {report.wall_s:.0f} s)", soft_wrap=True)


def report(
    period: Annotated[str, typer.Option(
        help="2026 (year), 2026-11 (month), 2026-W47 (ISO week) or 2026-11-23 (day).")],
    out_path: Annotated[Path, typer.Option(
        "--out", help="File to write (a folder for csv: one file per table).")],
    db: DbOpt = DEFAULT_DB,
    by: Annotated[str, typer.Option(
        help="Breakdown dimensions, comma list of agent, team, queue, direction, language.")
    ] = "",
    fmt: Annotated[str, typer.Option("--format", help="xlsx, csv, pdf or html.")] = "xlsx",
    tz: Annotated[str, typer.Option(help="Time zone of the period (the store is UTC).")
              ] = "UTC",
    grain: Annotated[str | None, typer.Option(
        help="Trend bucket: hour, day, week, month or year (default by period).")] = None,
    sl_threshold_s: Annotated[float, typer.Option(
        help="Service level: answered within this many seconds.")] = 20.0,
    filter_: Annotated[list[str] | None, typer.Option(
        "--filter", help="Only DIMENSION=VALUE[,VALUE...] (repeatable), e.g. team=Cards.")
    ] = None,
    charts: Annotated[bool, typer.Option(help="Charts in pdf/html.")] = True,
) -> None:
    """Write an MIS report (KPIs with the previous period, breakdown, trend, compliance,
    call drivers) as xlsx, csv, pdf or html. Non-interactive; exit code 0 on success.

    Example: aqm report --period 2026-11 --by team,queue --format xlsx --out nov.xlsx
    """
    from aqm.mis import ReportRequest, build_report, write_report

    try:
        filters = []
        for item in filter_ or []:
            dim, sep, values = item.partition("=")
            if not sep:
                raise InputError(f"--filter {item!r}: expected DIMENSION=VALUE[,VALUE...]")
            filters.append((dim.strip(), tuple(v.strip() for v in values.split(","))))
        request = ReportRequest(period=period, by=tuple(d.strip() for d in by.split(",")
                                                        if d.strip()),
                                grain=grain, tz=tz, sl_threshold_s=sl_threshold_s,
                                filters=tuple(filters))
        files = write_report(build_report(db, request, cache=False), fmt, out_path, charts)
    except AqmError as e:
        raise _fail(e) from e
    for path in files.paths:
        err.print(f"wrote {path}")
