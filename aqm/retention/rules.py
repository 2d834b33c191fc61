"""Retention rules: how long each part of a call is kept, from a small YAML file.

Format (every key optional; a missing or ``null`` key keeps that part for ever)::

    # retention.yaml
    original_audio_days: 730   # the original recordings (files at the paths aqm saw them
                               # under; only a file whose SHA-256 is still the call's)
    redacted_audio_days: 365   # the served, redacted copies (<db>.media/<call_id>.flac)
    transcripts_days: 180      # transcripts: segments, words, redaction spans, the search
                               # index, embeddings, and transcript words quoted as evidence
    calls_days: 1095           # the whole call, as `aqm delete --before` (MIS keeps counts)

A call's age is counted from its start (``started_at``; its ingestion time when unknown) to
the start (00:00 UTC) of the day the rules run: with ``transcripts_days: 180``, run on
2027-01-01, transcripts of calls that started before 2026-07-05 00:00 UTC are removed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from aqm.errors import InputError

PARTS = ("calls_days", "transcripts_days", "redacted_audio_days", "original_audio_days")


class _RulesModel(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    original_audio_days: int | None = Field(None, ge=0)
    redacted_audio_days: int | None = Field(None, ge=0)
    transcripts_days: int | None = Field(None, ge=0)
    calls_days: int | None = Field(None, ge=0)


@dataclass(frozen=True)
class RetentionRules:
    """Days each part of a call is kept (None: for ever)."""

    original_audio_days: int | None = None
    redacted_audio_days: int | None = None
    transcripts_days: int | None = None
    calls_days: int | None = None

    def cutoff(self, part: str, today: dt.date) -> dt.datetime | None:
        """Calls that started before this lose ``part`` (None: the rule is not set)."""
        days = getattr(self, part)
        if days is None:
            return None
        return dt.datetime.combine(today - dt.timedelta(days=days), dt.time())


def load_rules(path: str | Path) -> RetentionRules:
    """The rules in a YAML file; ``InputError`` names the file and the field on a problem."""
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as e:
        raise InputError(f"{path}: cannot read retention rules: {e.strerror}") from e
    except yaml.YAMLError as e:
        raise InputError(f"{path}: not valid YAML: {e}") from e
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise InputError(f"{path}: expected keys such as transcripts_days: 180")
    try:
        model = _RulesModel(**data)
    except ValidationError as e:
        problems = "; ".join(f"{'.'.join(str(x) for x in err['loc'])}: {err['msg']}"
                             for err in e.errors())
        raise InputError(f"{path}: {problems}") from e
    return RetentionRules(**model.model_dump())
