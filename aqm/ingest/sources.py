"""Turn command-line inputs (files, folders, manifest CSV/Parquet) into ``CallSource`` records.

A manifest has one row per call: ``path`` (relative to the manifest's folder or absolute) and
optional metadata columns ``agent_id, agent_name, team, queue, direction, started_at,
language, channel_layout``. Any other column is kept as text in ``CallMetadata.extra``.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, cast

import pandas as pd

from aqm.errors import InputError
from aqm.types import CallMetadata, CallSource, Direction

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


def iter_sources(inputs: Iterable[str | Path]) -> Iterator[CallSource]:
    """Yield a ``CallSource`` for every recording named by ``inputs``, in a stable order.

    Files with an audio suffix are taken as they are (bad ones are quarantined later);
    folders are walked recursively for audio suffixes; ``.csv``/``.parquet`` are manifests.
    """
    seen: set[str] = set()
    for raw in inputs:
        path = Path(raw)
        if not path.exists():
            raise InputError(f"input does not exist: {path}")
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file()
                           and p.suffix.lower() in AUDIO_SUFFIXES)
            sources: Iterable[CallSource] = (CallSource(str(p.resolve())) for p in found)
        elif path.suffix.lower() in MANIFEST_SUFFIXES:
            sources = read_manifest(path)
        else:
            sources = [CallSource(str(path.resolve()))]
        for src in sources:
            if src.path not in seen:
                seen.add(src.path)
                yield src


def read_manifest(path: Path) -> list[CallSource]:
    """Read a manifest CSV or Parquet file into call sources."""
    try:
        if path.suffix.lower() == ".parquet":
            frame = pd.read_parquet(path)
        else:
            frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    except Exception as e:  # pandas raises many types for malformed files
        raise InputError(f"cannot read manifest {path}: {e}") from e
    if "path" not in frame.columns:
        raise InputError(f"manifest {path} has no 'path' column (columns: {list(frame.columns)})")
    out = []
    for line, row in enumerate(frame.to_dict(orient="records"), start=2):
        out.append(_row_to_source(path, line, {str(k): v for k, v in row.items()}))
    return out


def _text(value: Any) -> str | None:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    text = str(value).strip()
    return text or None


def _row_to_source(manifest: Path, line: int, row: dict[str, Any]) -> CallSource:
    where = f"manifest {manifest}, row {line}"
    rel = _text(row.get("path"))
    if rel is None:
        raise InputError(f"{where}: empty 'path'")
    audio = Path(rel)
    if not audio.is_absolute():
        audio = manifest.parent / audio
    direction = (_text(row.get("direction")) or "unknown").lower()
    if direction not in DIRECTIONS:
        raise InputError(f"{where}: direction {direction!r} is not one of {sorted(DIRECTIONS)}")
    layout = _text(row.get("channel_layout"))
    if layout is not None:
        layout = layout.lower().replace(" ", "")
        if layout not in LAYOUTS:
            raise InputError(f"{where}: channel_layout {layout!r} is not one of {sorted(LAYOUTS)}")
    started = _text(row.get("started_at"))
    started_at = None
    if started is not None:
        try:
            started_at = dt.datetime.fromisoformat(started)
        except ValueError as e:
            raise InputError(f"{where}: started_at {started!r} is not an ISO date-time") from e
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
        language=(_text(row.get("language")) or "").lower() or None,
        channel_layout=layout,
        extra=extra,
    )
    return CallSource(str(audio.resolve()), meta)
