"""``aqm search``, ``aqm searches ...``, ``aqm retention apply`` and ``aqm delete``
(registered by ``aqm.cli`` through ``register``). Each command calls one library function:
``aqm.search`` and ``aqm.retention``."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.table import Table

from aqm.cli_common import DEFAULT_DB, DbOpt, _fail, err, out
from aqm.errors import AqmError, InputError

if TYPE_CHECKING:
    from aqm.auth import User

searches_app = typer.Typer(help="Saved searches and the search index.", no_args_is_help=True)
retention_app = typer.Typer(help="Retention rules.", no_args_is_help=True)
AsOpt = Annotated[str | None, typer.Option("--as", help="The app user doing this.")]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON.")]


def register(app: typer.Typer) -> None:
    """Add these commands to the ``aqm`` app."""
    app.command("search")(search_cmd)
    app.command("delete")(delete_cmd)
    app.add_typer(searches_app, name="searches")
    app.add_typer(retention_app, name="retention")


def _date(value: str | None, option: str) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as e:
        raise _fail(InputError(f"{option} must be YYYY-MM-DD, got {value!r}")) from e


def _user(db: Path, username: str | None) -> User | None:
    if username is None:
        return None
    from aqm.auth import load_user

    user = load_user(db, username)
    if user is None:
        raise _fail(InputError(f"no active user {username!r} (add one with aqm users add)"))
    return user


def _plain(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value


def _clock(seconds: float) -> str:
    return f"{int(seconds // 60)}:{seconds % 60:04.1f}"


def search_cmd(
    text: Annotated[str, typer.Argument(help="Words to find (a phrase), or a meaning with "
                                             "--semantic.")],
    db: DbOpt = DEFAULT_DB,
    semantic: Annotated[bool, typer.Option(help="Find segments close in meaning.")] = False,
    speaker: Annotated[str | None, typer.Option(help="agent, customer or unknown.")] = None,
    in_first: Annotated[float | None, typer.Option(help="Within the call's first N s.")] = None,
    in_last: Annotated[float | None, typer.Option(help="Within the call's last N s.")] = None,
    date_from: Annotated[str | None, typer.Option("--from", help="First day (UTC).")] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="Last day (UTC).")] = None,
    agent: Annotated[list[str] | None, typer.Option(help="Agent id (repeat for more).")] = None,
    team: Annotated[list[str] | None, typer.Option(help="Team (repeatable).")] = None,
    queue: Annotated[list[str] | None, typer.Option(help="Queue (repeatable).")] = None,
    category: Annotated[list[str] | None, typer.Option(help="Call driver (repeatable).")
                        ] = None,
    score_min: Annotated[float | None, typer.Option(help="Final QA score at least.")] = None,
    score_max: Annotated[float | None, typer.Option(help="Final QA score at most.")] = None,
    sentiment: Annotated[str | None, typer.Option(
        help="negative (the customer ended negative) or not_negative.")] = None,
    min_similarity: Annotated[float, typer.Option(help="--semantic: cosine at least.")
                              ] = 0.85,
    limit: Annotated[int, typer.Option(min=1, max=500, help="Hits per page.")] = 20,
    offset: Annotated[int, typer.Option(min=0, help="Hits to skip.")] = 0,
    save: Annotated[str | None, typer.Option(help="Also save this search under a name.")
                    ] = None,
    refresh: Annotated[bool, typer.Option(
        help="Index new transcripts first (a short write).")] = True,
    as_user: AsOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Find segments across calls: a phrase (Vietnamese with or without tone marks) or,
    with --semantic, a meaning; newest call first (semantic: most similar first). Each hit
    opens as /calls/<id>?t=<seconds> in the app.

    Example: aqm search "refund" --speaker customer --from 2026-11-01 --queue billing
    """
    from aqm.search import SearchQuery, index, save_search, search

    try:
        query = SearchQuery(
            text=text, mode="semantic" if semantic else "phrase", speaker=speaker,
            in_first_s=in_first, in_last_s=in_last, date_from=_date(date_from, "--from"),
            date_to=_date(date_to, "--to"), agents=tuple(agent or ()),
            teams=tuple(team or ()), queues=tuple(queue or ()),
            categories=tuple(category or ()), score_min=score_min, score_max=score_max,
            sentiment=sentiment, min_similarity=min_similarity)
        user = _user(db, as_user)
        if refresh:
            index(db)
        if save:
            save_search(db, save, query, user.username if user else "cli")
        page = search(db, query, user, offset=offset, limit=limit)
    except AqmError as e:
        raise _fail(e) from e
    if as_json:
        out.print_json(json.dumps({
            "plan": page.plan, "offset": page.offset, "unindexed": page.unindexed,
            "hits": [{k: _plain(v) for k, v in dataclasses.asdict(h).items()}
                     | {"url": f"/calls/{h.call_id}?t={h.start_s:.1f}"} for h in page.hits]},
            ensure_ascii=False))
        return
    table = Table("call", "at", "speaker", "text", "agent", "queue", "started (UTC)",
                  *(["similarity"] if semantic else []))
    for h in page.hits:
        table.add_row(h.call_id, _clock(h.start_s), h.speaker, h.text, h.agent_id or "-",
                      h.queue or "-", h.started_at.strftime("%Y-%m-%d %H:%M")
                      if h.started_at else "-", *([f"{h.score:.3f}"] if semantic else []))
    out.print(table)
    if not page.hits:
        out.print("no matches")
    if page.unindexed:
        err.print(f"{page.unindexed} calls are not searchable yet: aqm searches index"
                  + (" --embed" if semantic else ""))


@searches_app.command("index")
def searches_index(
    db: DbOpt = DEFAULT_DB,
    embed: Annotated[bool, typer.Option(
        help="Also compute segment embeddings for semantic search (about 15 ms a segment)."
    )] = False,
    limit: Annotated[int | None, typer.Option(help="At most this many calls.")] = None,
) -> None:
    """Bring the search index up to date (new, re-transcribed and deleted calls); with
    --embed, embed the segments not embedded yet. Resumable; safe to run from cron.

    Example: aqm searches index --db aqm.duckdb --embed
    """
    from aqm.search import index

    try:
        with err.status("indexing"):
            report = index(db, embed=embed, limit=limit)
    except AqmError as e:
        raise _fail(e) from e
    out.print(f"indexed {report.calls:,} calls ({report.segments:,} segments)"
              + (f"; embedded {report.embedded_calls:,} calls ({report.embedded_segments:,} "
                 f"segments)" if embed else ""))


@searches_app.command("list")
def searches_list(db: DbOpt = DEFAULT_DB) -> None:
    """List the saved searches.

    Example: aqm searches list --db aqm.duckdb
    """
    from aqm.search import saved_searches

    try:
        rows = saved_searches(db)
    except AqmError as e:
        raise _fail(e) from e
    table = Table("name", "query", "by", "saved (UTC)", "category file")
    for s in rows:
        table.add_row(s.name, s.query.to_json(), s.created_by,
                      s.created_at.strftime("%Y-%m-%d %H:%M"), s.category_file or "-")
    out.print(table)


@searches_app.command("category")
def searches_category(
    name: Annotated[str, typer.Argument(help="A saved search.")],
    db: DbOpt = DEFAULT_DB,
    file: Annotated[Path | None, typer.Option(
        help="Category file to write (default: categories/saved_searches.yaml of the "
             "bundled scorecards or $AQM_SCORECARDS).")] = None,
) -> None:
    """Turn a saved search into a category: every new call is then categorised by it.

    Example: aqm searches category refund_requests --db aqm.duckdb
    """
    from aqm.search import to_category

    try:
        done = to_category(db, name, file)
    except AqmError as e:
        raise _fail(e) from e
    out.print(f"category {done.name!r} written to {done.file}")
    if done.dropped:
        err.print("not part of the category (they select calls, not words): "
                  + ", ".join(done.dropped))


@retention_app.command("apply")
def retention_apply(
    rules: Annotated[Path, typer.Option(help="Retention rules (YAML, see the README).")],
    db: DbOpt = DEFAULT_DB,
    today: Annotated[str | None, typer.Option(help="Apply as of this day (default today, "
                                                   "UTC).")] = None,
    dry_run: Annotated[bool, typer.Option(help="Only count.")] = False,
    compact: Annotated[bool, typer.Option(help="Rewrite the file afterwards.")] = True,
    as_json: JsonOpt = False,
) -> None:
    """Apply the retention rules once: counts per rule; exit 0 done, 1 some audio file could
    not be removed, 2 bad rules. For cron.

    Example: aqm retention apply --rules retention.yaml --db aqm.duckdb
    """
    from aqm.retention import apply_retention, load_rules

    try:
        report = apply_retention(db, load_rules(rules), today=_date(today, "--today"),
                                 dry_run=dry_run, compact=compact)
    except AqmError as e:
        raise _fail(e) from e
    if as_json:
        out.print_json(json.dumps({
            "today": report.today.isoformat(), "dry_run": report.dry_run,
            "compacted": report.compacted, "errors": list(report.errors),
            "deletion": report.deletion.ref if report.deletion else None,
            "steps": [{"rule": s.rule, "days": s.days, "cutoff": s.cutoff.isoformat(),
                       "calls": s.calls, "rows": dict(s.rows), "files_removed": s.files.removed,
                       "files_missing": s.files.missing} for s in report.steps]}))
    else:
        for s in report.steps:
            out.print(f"{s.rule}={s.days} (before {s.cutoff:%Y-%m-%d}): {s.calls:,} calls"
                      f"{' (dry run)' if report.dry_run else ''}; "
                      f"{sum(s.rows.values()):,} rows, {s.files.removed:,} files removed",
                      highlight=False)
        if not report.steps:
            out.print("no retention rule is set")
    for problem in report.errors:
        err.print(f"[red]error:[/red] {problem}")
    if report.errors:
        raise typer.Exit(code=1)


def delete_cmd(
    reason: Annotated[str, typer.Option(help="Why (audited; e.g. the erasure request).")],
    as_user: Annotated[str, typer.Option("--as", help="The admin user doing this.")],
    db: DbOpt = DEFAULT_DB,
    call: Annotated[list[str] | None, typer.Option(help="Call id (repeatable).")] = None,
    customer_key: Annotated[str | None, typer.Option(
        help="Every call whose manifest column --key-column has this value.")] = None,
    key_column: Annotated[str, typer.Option(help="The manifest column of --customer-key.")
                          ] = "customer_key",
    before: Annotated[str | None, typer.Option(help="Every call that started before this "
                                                    "day (UTC).")] = None,
    originals: Annotated[bool, typer.Option(
        help="Also remove the original recordings (only files with the call's SHA-256).")
    ] = False,
    dry_run: Annotated[bool, typer.Option(help="Only count the calls.")] = False,
    compact: Annotated[bool, typer.Option(help="Rewrite the file afterwards.")] = True,
) -> None:
    """Delete calls everywhere: every table, the redacted audio, the search index and the
    embeddings (MIS keeps counts that no longer point at them); audited without content.

    Example: aqm delete --customer-key C-1042 --reason "erasure request 77" --as admin
    """
    from aqm.retention import delete_calls

    try:
        report = delete_calls(db, call_ids=tuple(call or ()), customer_key=customer_key,
                              key_column=key_column, before=_date(before, "--before"),
                              reason=reason, user=_user(db, as_user), originals=originals,
                              compact=compact, dry_run=dry_run)
    except AqmError as e:
        raise _fail(e) from e
    if report.dry_run:
        out.print(f"{report.calls:,} calls would be deleted")
        return
    out.print(f"deleted {report.calls:,} calls ({sum(report.rows.values()):,} rows, "
              f"{report.media.removed:,} redacted audio files"
              + (f", {report.originals.removed:,} original recordings" if report.originals
                 else "") + f"); reference {report.ref}", highlight=False)
    for problem in report.errors:
        err.print(f"[red]error:[/red] {problem}")
    if report.errors:
        raise typer.Exit(code=1)
