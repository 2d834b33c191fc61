"""``aqm import-acd``: phone-system call records (CSV or Parquet) into the store.

One row per call (leg) with the columns ``call_key, started_at, queue, direction, outcome,
wait_s, agent_id, talk_s, hold_s, wrap_s`` (names are matched case-insensitively; values
may be empty where unknown, e.g. the agent of an abandoned call) and optionally
``agent_name, team, language, call_id``. ``started_at`` is ISO 8601; without an offset it
is read in ``tz``. Stored in UTC. See ``aqm.store.acd`` for validation and linking.
"""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pa_csv
import pyarrow.parquet as pq

from aqm.errors import InputError
from aqm.store import Store
from aqm.store.acd import OPTIONAL_COLUMNS, REQUIRED_COLUMNS, AcdLoad, load_acd

DEFAULT_TOLERANCE_S = 60.0
DEFAULT_KEY_COLUMN = "call_key"


@dataclass(frozen=True)
class AcdImportOptions:
    """Attributes:
        tolerance_s: link by agent and time when the recording started within this many
            seconds of the answer time (queue entry + wait).
        tz: time zone of ``started_at`` values written without an offset.
        key_column: the recordings' manifest column that holds the phone system's call key.
    """

    tolerance_s: float = DEFAULT_TOLERANCE_S
    tz: str = "UTC"
    key_column: str = DEFAULT_KEY_COLUMN


@dataclass(frozen=True)
class AcdImportReport:
    path: str
    load: AcdLoad

    def lines(self) -> list[str]:
        ld = self.load
        out = [f"{self.path}: {ld.rows} rows ({ld.new} new, {ld.replaced} replaced); "
               f"{ld.abandoned} abandoned",
               f"linked to recordings: {ld.linked_call_id} by call id, {ld.linked_key} by call "
               f"key, {ld.linked_agent_time} by agent and time; {ld.unmatched} answered rows "
               f"without a recording (kept)"]
        if ld.relinked_earlier:
            out.append(f"{ld.relinked_earlier} rows of earlier imports linked now")
        if ld.unmatched_sample:
            more = ", ..." if ld.unmatched > len(ld.unmatched_sample) else ""
            out.append("unmatched call keys: " + ", ".join(ld.unmatched_sample) + more)
        return out


def _normalise(name: str) -> str:
    return name.strip().lower().replace(" ", "_").replace("-", "_")


def _read(path: Path) -> pa.Table:
    """The file as string columns (nothing inferred: keys keep their leading zeros)."""
    if not path.is_file():
        raise InputError(f"no such file: {path}")
    try:
        if path.suffix.lower() in (".parquet", ".pq"):
            table = pq.read_table(path)
            return pa.table({name: pc.cast(table.column(name), pa.string())
                             for name in table.column_names})
        with open(path, newline="", encoding="utf-8-sig") as fh:
            header = next(csv.reader(fh), None)
        if not header:
            raise InputError(f"{path}: empty file (a header row is needed)")
        return pa_csv.read_csv(
            path, read_options=pa_csv.ReadOptions(encoding="utf8"),
            convert_options=pa_csv.ConvertOptions(
                column_types={h: pa.string() for h in header}, strings_can_be_null=True,
                null_values=[""]))
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError, OSError, UnicodeDecodeError) as e:
        raise InputError(f"{path}: cannot read as {'Parquet' if path.suffix else 'CSV'}: "
                         f"{e}") from e


def read_acd_file(path: Path) -> pa.Table:
    """The file's rows with the known columns (trimmed; empty values null) and
    ``source_row`` (1-based data row); unknown columns are dropped."""
    table = _read(path)
    names: dict[str, str] = {}
    for name in table.column_names:
        key = _normalise(name.lstrip("\ufeff"))
        if key in names:
            raise InputError(f"{path}: columns {names[key]!r} and {name!r} are the same")
        names[key] = name
    missing = [c for c in REQUIRED_COLUMNS if c not in names]
    if missing:
        raise InputError(f"{path}: missing columns: {', '.join(missing)} "
                         f"(the file has: {', '.join(table.column_names) or 'none'})")
    cols: dict[str, pa.Array | pa.ChunkedArray] = {}
    for c in REQUIRED_COLUMNS + OPTIONAL_COLUMNS:
        if c in names:
            v = pc.utf8_trim_whitespace(table.column(names[c]))
            cols[c] = pc.if_else(pc.equal(v, ""), pa.scalar(None, pa.string()), v)
        else:
            cols[c] = pa.nulls(table.num_rows, pa.string())
    cols["source_row"] = pa.array(np.arange(1, table.num_rows + 1, dtype=np.int32))
    return pa.table(cols)


def import_acd(db: str | Path, path: str | Path,
               options: AcdImportOptions = AcdImportOptions()) -> AcdImportReport:
    """Import one ACD/queue/CDR file (CSV or Parquet) into ``db``; idempotent per call key.
    Raises InputError naming missing columns or the first bad rows (nothing is imported)."""
    path = Path(path)
    rows = read_acd_file(path)
    store = Store(db)
    store.ensure()
    now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
    load = load_acd(store, rows, str(path), options.tz, options.tolerance_s,
                    options.key_column, now)
    return AcdImportReport(str(path), load)
