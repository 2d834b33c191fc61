"""``aqm retention apply``: apply the retention rules (``aqm.retention.rules``) once.

Cron-friendly: idempotent (a second run the same day finds nothing to do), prints counts,
exits 0 when done, 1 when some audio file could not be removed (the rest is done), 2 on a
bad rules file, 6 when the database is locked for longer than the retry budget. Steps, in
this order, each in one transaction: whole calls (``calls_days``, as ``aqm delete``),
transcripts, redacted audio copies, original recordings; then one rewrite of the database
file so removed bytes do not stay in free pages. Each step is audited (user ``retention``)
with its counts and the rule; removed parts are recorded per call in ``call_retention``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from aqm.retention.delete import (
    DeletionReport,
    FileResult,
    delete_calls,
    media_paths,
    remove_files,
)
from aqm.retention.rules import RetentionRules
from aqm.store import Store
from aqm.store import deletion as dl
from aqm.store.maintenance import compact_pending, mark_compact_pending

RETENTION_USER = "retention"


@dataclass(frozen=True)
class StepReport:
    rule: str  # calls_days | transcripts_days | redacted_audio_days | original_audio_days
    days: int
    cutoff: dt.datetime
    calls: int
    rows: Mapping[str, int] = field(default_factory=dict)
    files: FileResult = FileResult()


@dataclass(frozen=True)
class RetentionReport:
    today: dt.date
    steps: tuple[StepReport, ...]
    deletion: DeletionReport | None  # the calls_days step's deletion
    compacted: bool
    dry_run: bool

    @property
    def errors(self) -> tuple[str, ...]:
        return tuple(e for s in self.steps for e in s.files.errors)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


def _audit(store: Store, step: StepReport) -> None:
    import json

    detail = json.dumps({"rule": step.rule, "days": step.days, "cutoff": str(step.cutoff),
                         "calls": step.calls, "rows": dict(step.rows),
                         "files_removed": step.files.removed}, sort_keys=True)
    with store.write() as con:
        con.execute("INSERT INTO audit_log (logged_at, username, role, action, call_id, "
                    "detail) VALUES (?, ?, NULL, 'retention', NULL, ?)",
                    [_now(), RETENTION_USER, detail])


def apply_retention(db: str | Path, rules: RetentionRules, today: dt.date | None = None,
                    dry_run: bool = False, compact: bool = True) -> RetentionReport:
    """Apply ``rules`` as of ``today`` (default: today, UTC). ``dry_run`` counts only."""
    today = today or _now().date()
    store = Store(db)
    store.ensure()
    steps: list[StepReport] = []
    deletion = None
    changed = False
    for rule in ("calls_days", "transcripts_days", "redacted_audio_days",
                 "original_audio_days"):
        cutoff = rules.cutoff(rule, today)
        if cutoff is None:
            continue
        days = int(getattr(rules, rule))
        what = {"calls_days": "calls", "transcripts_days": "transcript",
                "redacted_audio_days": "media", "original_audio_days": "original"}[rule]
        with store.read() as con:
            ids = dl.calls_before(con, cutoff, what)
        if dry_run or not ids:
            steps.append(StepReport(rule, days, cutoff, len(ids)))
            continue
        if rule == "calls_days":
            deletion = delete_calls(db, call_ids=ids, reason=f"retention: {rule}={days}",
                                    username=RETENTION_USER, compact=False,
                                    kind=f"retention:{rule}")
            step = StepReport(rule, days, cutoff, deletion.calls, deletion.rows,
                              deletion.media)
        else:
            step = _partial(db, store, rule, days, cutoff, ids)
            _audit(store, step)
        changed = True
        steps.append(step)
    compacted = compact and not dry_run and (changed or compact_pending(store))
    if compacted:
        store.compact()
    return RetentionReport(today, tuple(steps), deletion, compacted, dry_run)


def _partial(db: str | Path, store: Store, rule: str, days: int, cutoff: dt.datetime,
             ids: list[str]) -> StepReport:
    now = _now()
    files = FileResult()
    with store.read() as con:
        dl.register_ids(con, "_ret_ids", ids)
        found = dl.call_files(con, "_ret_ids")
    if rule == "redacted_audio_days":
        files = remove_files(media_paths(db, found, ids))
    elif rule == "original_audio_days":
        files = remove_files([p for p, _ in found.originals], [s for _, s in found.originals])
    with store.write() as con:
        dl.register_ids(con, "_ret_ids", ids)
        if rule == "transcripts_days":
            rows = dl.drop_transcripts(con, "_ret_ids", now)
            mark_compact_pending(con)  # done by the next run if this one dies
        elif rule == "redacted_audio_days":
            rows = {"media": dl.drop_media(con, "_ret_ids", now)}
        else:
            dl.mark_retention(con, "_ret_ids", "original_audio_deleted_at", now)
            rows = {}
    return StepReport(rule, days, cutoff, len(ids), rows, files)
