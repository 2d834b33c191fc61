"""``aqm review ...`` and ``aqm calibration ...``: people's QA work from the command line
(registered by ``aqm.cli``). Commands that change something act as an app user (``--as``),
whose role is checked and who is named in the audit log."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.table import Table

from aqm.cli_common import DEFAULT_DB, DbOpt, _fail, out
from aqm.errors import AqmError, InputError

if TYPE_CHECKING:
    from aqm.auth import User

review_app = typer.Typer(help="Review queues (sampling).", no_args_is_help=True)
calibration_app = typer.Typer(help="Calibration sessions.", no_args_is_help=True)
AsOpt = Annotated[str, typer.Option("--as", help="The app user doing this (see aqm users).")]


def _user(db: Path, username: str) -> User:
    from aqm.auth import load_user

    user = load_user(db, username)
    if user is None:
        raise _fail(InputError(f"no active user {username!r} (add one with aqm users add)"))
    return user


@review_app.command("queue")
def review_queue(
    period: Annotated[str, typer.Option(help="2026-11, 2026-W47, 2026-11-23 or 2026.")],
    as_user: AsOpt,
    db: DbOpt = DEFAULT_DB,
    per_agent: Annotated[int, typer.Option(min=0, help="Random calls per agent.")] = 2,
    per_reason: Annotated[int, typer.Option(min=0, help="Calls per risk reason.")] = 10,
    low_score: Annotated[float, typer.Option(help="Scores under this are a risk.")] = 60.0,
    seed: Annotated[int, typer.Option(help="Same seed, same random picks.")] = 0,
    tz: Annotated[str, typer.Option(help="Time zone of the period.")] = "UTC",
) -> None:
    """Pick the period's calls for review (risk picks, then random ones per agent; never a
    call twice) and print the period's whole queue.

    Example: aqm review queue --period 2026-11 --as lan.qa --db aqm.duckdb
    """
    from aqm.scoring.sampling import SamplingOptions, build_review_queue
    from aqm.scoring.sampling import review_queue as read_queue

    try:
        options = SamplingOptions(per_agent=per_agent, per_reason=per_reason,
                                  low_score=low_score, seed=seed, tz=tz)
        new = build_review_queue(db, _user(db, as_user), period, options)
        rows = read_queue(db, period)
    except AqmError as e:
        raise _fail(e) from e
    table = Table("call", "agent", "reason", "detail", "state")
    for pick, state in rows:
        table.add_row(pick.call_id, pick.agent_id or "-", pick.reason, pick.detail, state)
    out.print(table)
    out.print(f"{len(new)} calls picked now, {len(rows)} in the {period} queue")


@calibration_app.command("create")
def calibration_create(
    name: Annotated[str, typer.Option(help="Session name.")],
    form: Annotated[str, typer.Option(help="Form id, e.g. inbound_qa.")],
    calibrator: Annotated[str, typer.Option(help="User whose answers are the reference.")],
    call: Annotated[list[str], typer.Option(help="A call id (repeat for each call).")],
    as_user: AsOpt,
    db: DbOpt = DEFAULT_DB,
) -> None:
    """Open a blind calibration session on some calls.

    Example: aqm calibration create --name nov --form inbound_qa --calibrator lead \\
        --call ID1 --call ID2 --as lead
    """
    from aqm.scoring.calibration import create_session

    try:
        session = create_session(db, _user(db, as_user), name, call, form, calibrator)
    except AqmError as e:
        raise _fail(e) from e
    out.print(f"session {session.session_id}: {len(session.call_ids)} calls")


@calibration_app.command("report")
def calibration_report(
    session: Annotated[str, typer.Option(help="Session id.")],
    db: DbOpt = DEFAULT_DB,
) -> None:
    """Agreement per question (people, Fleiss' kappa, the calibrator, the machine) and each
    reviewer's deviation from the calibrator.

    Example: aqm calibration report --session 3f2a... --db aqm.duckdb
    """
    from aqm.scoring.calibration import calibration_report as report

    try:
        lines = report(db, session).lines()
    except AqmError as e:
        raise _fail(e) from e
    for line in lines:
        out.print(line, markup=False, highlight=False)


coaching_app = typer.Typer(help="Coaching reports and sessions.", no_args_is_help=True)


@coaching_app.command("report")
def coaching_report(
    agent: Annotated[str, typer.Option(help="Agent id.")],
    period: Annotated[str, typer.Option(help="2026-11, 2026-W47, 2026-11-23 or 2026.")],
    out_path: Annotated[Path, typer.Option("--out", help="File to write.")],
    fmt: Annotated[str, typer.Option("--format", help="xlsx or pdf.")] = "xlsx",
    db: DbOpt = DEFAULT_DB,
    tz: Annotated[str, typer.Option(help="Time zone of the period.")] = "UTC",
) -> None:
    """One agent's coaching report for a one-to-one: training needs against the team with a
    significance test, the weekly trend, example calls, angry-caller handling, past sessions'
    before / after.

    Example: aqm coaching report --agent A1007 --period 2026-11 --format pdf --out a.pdf
    """
    from aqm.coaching import coaching_report as build
    from aqm.coaching import write_report

    try:
        report = build(db, agent, period, tz=tz)
        path = write_report(report, fmt, out_path)
    except AqmError as e:
        raise _fail(e) from e
    top = next((n for n in report.needs if n.significant and n.below_team), None)
    out.print(f"{path}: {len(report.needs)} criteria; top need "
              f"{top.criterion if top else '(none significant)'}; angry-caller handling "
              f"{'flagged' if report.angry.flagged else 'not flagged'}",
              soft_wrap=True)  # one line: the path stays whole, whatever its length


@coaching_app.command("session")
def coaching_session(
    agent: Annotated[str, typer.Option(help="Agent id.")],
    held_on: Annotated[str, typer.Option(help="Date of the session, YYYY-MM-DD.")],
    criterion: Annotated[list[str], typer.Option(
        help="qa:<form>/<question>, rule:<file>/<rule> or angry:<aspect> (repeat).")],
    as_user: AsOpt,
    notes: Annotated[str, typer.Option(help="Notes.")] = "",
    call: Annotated[list[str] | None, typer.Option(help="A call discussed (repeat).")] = None,
    follow_up: Annotated[str | None, typer.Option(help="Follow-up date, YYYY-MM-DD.")] = None,
    db: DbOpt = DEFAULT_DB,
) -> None:
    """Record a coaching session (later reports show the before / after change).

    Example: aqm coaching session --agent A1007 --held-on 2026-11-20 \\
        --criterion rule:inbound/confirm_problem --as coach1
    """
    import datetime as dt

    from aqm.coaching import record_session

    try:
        try:
            day = dt.date.fromisoformat(held_on)
            follow = dt.date.fromisoformat(follow_up) if follow_up else None
        except ValueError as e:
            raise InputError(f"dates are YYYY-MM-DD: {e}") from e
        s = record_session(db, _user(db, as_user), agent, day, criterion, notes,
                           call or (), follow)
    except AqmError as e:
        raise _fail(e) from e
    out.print(f"session {s.session_id} recorded for {s.agent_id} on {s.held_on}")
