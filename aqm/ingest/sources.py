"""Turn command-line inputs (files, folders, manifest CSV/Parquet) into ``CallSource`` records.

A manifest has one row per call: ``path`` (relative to the manifest's folder or absolute) and
optional metadata columns ``agent_id, agent_name, team, queue, direction, started_at,
language, channel_layout``. Any other column is kept as text in ``CallMetadata.extra``.

What is refused, and how (``iter_sources`` yields a ``Quarantined`` for each refused entry,
so the batch records it and goes on):

- a walked folder: a link whose target is outside the folder is refused (``outside_input``)
  and never opened; links to folders are not followed; anything with an audio suffix that is
  not a regular file (a folder named ``x.wav``, a FIFO, a dangling link) is passed on and
  quarantined by ``aqm.ingest.audio`` (``not_a_file``, ``missing``). A file named on the
  command line, or by a manifest, is taken wherever it is: the user named it.
- a manifest as a whole (``InputError`` before any work, naming file and line): unreadable,
  not UTF-8 (a UTF-8 or UTF-16 byte-order mark is fine), empty, no ``path`` column, a column
  twice in the header.
- a manifest row (``bad_manifest_row``, the other rows go on): empty path, a bad date,
  direction, layout or language, control characters or overlong ids, more fields than the
  header. A row naming the same file as an earlier row is processed once (the first row's
  metadata is kept; logged with both line numbers).
- agents: aqm keeps no roster, so any ``agent_id`` is kept as given; rows with an
  ``agent_name`` but no ``agent_id`` (not linked to an agent in reports), and an ``agent_id``
  given two different names, are logged with their line numbers (never the names).
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import logging
import math
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, cast

import pandas as pd

from aqm.errors import InputError
from aqm.types import CallMetadata, CallSource, Direction, Quarantined

log = logging.getLogger("aqm.ingest")

AUDIO_SUFFIXES = frozenset(
    {".wav", ".wave", ".mp3", ".flac", ".ogg", ".oga", ".opus", ".m4a", ".mp4", ".aac",
     ".gsm", ".au", ".aif", ".aiff", ".wma", ".amr", ".webm", ".mka"}
)
MANIFEST_SUFFIXES = frozenset({".csv", ".parquet"})
KNOWN_COLUMNS = (
    "agent_id", "agent_name", "team", "queue", "direction", "started_at", "language",
    "channel_layout",
)
DIRECTIONS: frozenset[str] = frozenset({"inbound", "outbound", "internal", "unknown"})
LAYOUTS = frozenset({"agent=left", "agent=right", "customer=left", "customer=right", "mono"})
MAX_ID_CHARS = 128  # agent_id, team, queue
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_LANGUAGE = re.compile(r"[a-z]{2,3}")

Entry = CallSource | Quarantined


def iter_sources(inputs: Iterable[str | Path]) -> Iterator[Entry]:
    """Yield a ``CallSource`` for every recording named by ``inputs`` (and a ``Quarantined``
    for every refused entry), in a stable order.

    Files with an audio suffix are taken as they are (bad ones are quarantined later);
    folders are walked recursively for audio suffixes; ``.csv``/``.parquet`` are manifests.
    """
    seen: set[str] = set()
    for raw in inputs:
        path = Path(raw)
        if not path.exists():
            raise InputError(f"input does not exist: {path}")
        sources: Iterable[Entry]
        if path.is_dir():
            sources = walk_folder(path)
        elif path.suffix.lower() in MANIFEST_SUFFIXES:
            sources = manifest_entries(path)
        else:
            sources = [CallSource(str(path.resolve()))]
        for src in sources:  # refusals and sources are each reported once per path
            key = ("q:" if isinstance(src, Quarantined) else "s:") + src.path
            if key not in seen:
                seen.add(key)
                yield src


def walk_folder(root: Path) -> list[Entry]:
    """Every audio-suffixed entry under ``root`` (links are not followed out of it)."""
    top = root.resolve()
    out: list[Entry] = []
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames.sort()
        for name in sorted(dirnames + filenames):
            p = Path(dirpath) / name
            if p.is_symlink():
                target = p.resolve()
                if not target.is_relative_to(top) and (p.exists() or name in filenames):
                    out.append(Quarantined(str(p.absolute()), "outside_input",
                                           "a link to a file or folder outside the input "
                                           "folder (not followed)"))
                    continue
                if name in dirnames or p.suffix.lower() not in AUDIO_SUFFIXES:
                    continue  # folder links are not followed
                out.append(CallSource(str(target if p.exists() else p.absolute())))
            elif p.suffix.lower() in AUDIO_SUFFIXES:
                out.append(CallSource(str(p.resolve())))
    return sorted(out, key=lambda e: e.path)


def read_manifest(path: Path) -> list[CallSource]:
    """Read a manifest CSV or Parquet file into call sources; any bad row raises
    ``InputError`` listing every bad row with its line."""
    entries = manifest_entries(path)
    bad = [e.detail for e in entries if isinstance(e, Quarantined)]
    if bad:
        raise InputError("\n".join(bad))
    return [e for e in entries if isinstance(e, CallSource)]


def manifest_entries(path: Path) -> list[Entry]:
    """A manifest's rows: a ``CallSource`` per good row, a ``Quarantined``
    (``bad_manifest_row``) per bad one. File-level problems raise ``InputError``."""
    rows = _parquet_rows(path) if path.suffix.lower() == ".parquet" else _csv_rows(path)
    if not rows:
        log.warning("manifest %s has a header but no rows", path)
    out: list[Entry] = []
    first_line: dict[str, int] = {}
    agent_names: dict[str, tuple[int, str]] = {}
    unlinked: list[int] = []
    for line, row, fields in rows:
        try:
            if fields:
                raise InputError(f"manifest {path}, line {line}: {fields} fields but the "
                                 f"header has {len(row)}")
            src = _row_to_source(path, line, row)
        except InputError as e:
            rel = _text(row.get("path"))
            where = str(_audio_path(path, rel)) if rel and not _CONTROL.search(rel) \
                else f"{path}:{line}"
            out.append(Quarantined(where, "bad_manifest_row", str(e)))
            continue
        if src.path in first_line:
            log.warning("manifest %s, line %d: the same file as line %d; processed once",
                        path, line, first_line[src.path])
            continue
        first_line[src.path] = line
        meta = src.metadata
        if meta.agent_name and not meta.agent_id:
            unlinked.append(line)
        elif meta.agent_id and meta.agent_name:
            seen = agent_names.setdefault(meta.agent_id, (line, meta.agent_name))
            if seen[1] != meta.agent_name:
                log.warning("manifest %s, line %d: this agent_id has another agent_name on "
                            "line %d (both kept as given)", path, line, seen[0])
        out.append(src)
    if unlinked:
        log.warning("manifest %s: agent_name without agent_id on line(s) %s: those calls are "
                    "kept but not linked to an agent", path, ", ".join(map(str, unlinked[:20])))
    return out


def _decode_text(path: Path, raw: bytes) -> str:
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError as e:
            raise InputError(f"manifest {path}: not valid UTF-16 text (byte {e.start})") from e
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = raw[:e.start].count(b"\n") + 1
        raise InputError(f"manifest {path}, line {line}: not UTF-8 text (byte {e.start}); save "
                         f"it as UTF-8 (Excel: 'CSV UTF-8')") from e


Rows = list[tuple[int, dict[str, Any], int]]  # line, row, field count when above the header's


def _csv_rows(path: Path) -> Rows:
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise InputError(f"cannot read manifest {path}: {e.strerror}") from e
    text = _decode_text(path, raw)
    if not text.strip():
        raise InputError(f"manifest {path} is empty: line 1 should be the header "
                         f"(path, agent_id, ...)")
    first = text.splitlines()[0]
    delimiter = next((d for d in (",", ";", "\t") if "path" in
                      [c.strip().lower() for c in first.split(d)]), ",")
    reader = csv.reader(text.splitlines(keepends=True), delimiter=delimiter)
    try:
        header = [c.strip() for c in next(reader)]
        _check_header(path, header)
        rows: Rows = []
        last = reader.line_num
        for cells in reader:
            line, last = last + 1, reader.line_num
            if not any(c.strip() for c in cells):
                continue  # blank line
            row: dict[str, Any] = dict(zip(header, cells, strict=False))
            rows.append((line, row, len(cells) if len(cells) > len(header) else 0))
    except csv.Error as e:
        raise InputError(f"manifest {path}, line {reader.line_num}: {e}") from e
    return rows


def _parquet_rows(path: Path) -> Rows:
    try:
        frame = pd.read_parquet(path)
    except Exception as e:  # noqa: BLE001 - pyarrow raises many types for malformed files
        raise InputError(f"cannot read manifest {path}: {type(e).__name__}: {e}") from e
    header = [str(c).strip() for c in frame.columns]
    _check_header(path, header)
    frame.columns = pd.Index(header)
    return [(i, {str(k): v for k, v in row.items()}, 0)
            for i, row in enumerate(frame.to_dict(orient="records"), start=1)]


def _check_header(path: Path, header: list[str]) -> None:
    if "path" not in header:
        raise InputError(f"manifest {path}, line 1: no 'path' column (columns: {header})")
    twice = sorted({c for c in header if header.count(c) > 1})
    if twice:
        raise InputError(f"manifest {path}, line 1: column(s) {twice} appear more than once")


def _text(value: Any) -> str | None:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    text = str(value).strip()
    return text or None


def _audio_path(manifest: Path, rel: str) -> Path:
    audio = Path(rel)
    if not audio.is_absolute():
        audio = manifest.parent / audio
    return audio.resolve()


def _row_to_source(manifest: Path, line: int, row: dict[str, Any]) -> CallSource:
    where = f"manifest {manifest}, line {line}"
    for col in ("path", *KNOWN_COLUMNS):
        value = _text(row.get(col))
        if value is not None and _CONTROL.search(value):
            raise InputError(f"{where}: {col} holds control characters")
    rel = _text(row.get("path"))
    if rel is None:
        raise InputError(f"{where}: empty 'path'")
    for col in ("agent_id", "team", "queue"):
        value = _text(row.get(col))
        if value is not None and len(value) > MAX_ID_CHARS:
            raise InputError(f"{where}: {col} is {len(value)} characters long "
                             f"(at most {MAX_ID_CHARS})")
    direction = (_text(row.get("direction")) or "unknown").lower()
    if direction not in DIRECTIONS:
        raise InputError(f"{where}: direction {direction!r} is not one of {sorted(DIRECTIONS)}")
    layout = _text(row.get("channel_layout"))
    if layout is not None:
        layout = layout.lower().replace(" ", "")
        if layout not in LAYOUTS:
            raise InputError(f"{where}: channel_layout {layout!r} is not one of {sorted(LAYOUTS)}")
    language = (_text(row.get("language")) or "").lower() or None
    if language is not None and not _LANGUAGE.fullmatch(language):
        raise InputError(f"{where}: language {language!r} is not a language code (vi, en, ...)")
    started_at = _started_at(where, row.get("started_at"))
    extra = tuple(sorted(
        (str(k), t) for k, v in row.items()
        if k not in KNOWN_COLUMNS and k != "path" and (t := _text(v)) is not None
    ))
    meta = CallMetadata(
        agent_id=_text(row.get("agent_id")),
        agent_name=_text(row.get("agent_name")),
        team=_text(row.get("team")),
        queue=_text(row.get("queue")),
        direction=cast(Direction, direction),
        started_at=started_at,
        language=language,
        channel_layout=layout,
        extra=extra,
    )
    return CallSource(str(_audio_path(manifest, rel)), meta)


def _started_at(where: str, value: Any) -> dt.datetime | None:
    if isinstance(value, dt.datetime):  # a Parquet timestamp column (pd.Timestamp too)
        return None if pd.isna(value) else value
    if value is pd.NaT:
        return None
    started = _text(value)
    if started is None:
        return None
    try:
        return dt.datetime.fromisoformat(started)
    except ValueError as e:
        raise InputError(f"{where}: started_at {started!r} is not an ISO date-time") from e
