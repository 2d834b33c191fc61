"""What every ``aqm`` command module shares: the consoles, the ``--db`` option, and turning
an ``AqmError`` into an exit code (only the CLI does that)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape

from aqm.errors import AqmError

err = Console(stderr=True)
out = Console()

DbOpt = Annotated[Path, typer.Option("--db", envvar="AQM_DB", help="DuckDB file.")]
DEFAULT_DB = Path("aqm.duckdb")


def _fail(e: AqmError) -> typer.Exit:
    err.print(f"[red]error:[/red] {escape(str(e))}")  # e.g. "aqm[ray]" is not markup
    return typer.Exit(code=e.exit_code)
