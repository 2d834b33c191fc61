"""Deleting calls for real: ``aqm delete --call ID | --customer-key KEY | --before DATE``.

``delete_calls`` removes the calls from every table (``aqm.store.deletion``), their redacted
audio copies, their search index rows and embeddings, and, when asked, the original
recordings; then rewrites the database file (``Store.compact``) so no deleted bytes stay in
its free pages. Phone-system records stay for MIS counts without their link to the call;
older audit rows stay with the call id replaced by the deletion's alias. The deletion is
audited (who, when, how many, why) without the call ids, the customer key or any content.

Order: audio files first, then the rows in one transaction, then the rewrite. A failure
part-way leaves the call findable, so running the same deletion again finishes it.

Customer key: a manifest column kept in ``calls.extra_json`` — ``customer_key`` by default,
another with ``key_column`` (the samples carry ``crm_ticket``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import secrets
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from aqm.errors import InputError, PermissionDenied
from aqm.store import Store
from aqm.store import deletion as dl
from aqm.store.maintenance import compact_pending, mark_compact_pending

if TYPE_CHECKING:
    from aqm.auth import User

SYSTEM_USER = "system"


@dataclass(frozen=True)
class FileResult:
    removed: int = 0
    missing: int = 0
    changed: int = 0  # an original whose bytes are no longer the call's: left alone
    errors: tuple[str, ...] = ()


@dataclass(frozen=True)
class DeletionReport:
    ref: str  # the deletion's reference (audit log, `deletions`, aliases)
    kind: str  # call | customer_key | before | retention:calls_days
    calls: int
    rows: Mapping[str, int] = field(default_factory=dict)  # rows removed / unlinked per table
    media: FileResult = FileResult()
    originals: FileResult | None = None  # None: originals were not asked for
    compacted: bool = False
    dry_run: bool = False

    @property
    def errors(self) -> tuple[str, ...]:
        return self.media.errors + (self.originals.errors if self.originals else ())


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


def new_ref(now: dt.datetime) -> str:
    return f"del-{now:%Y%m%d%H%M%S}-{secrets.token_hex(4)}"


def aliases_for(ref: str, call_ids: Sequence[str]) -> dict[str, str]:
    """Each call's alias ``<ref>#<n>``; n is a random order, so it says nothing of the id."""
    order = list(range(1, len(call_ids) + 1))
    random.SystemRandom().shuffle(order)
    return {c: f"{ref}#{n}" for c, n in zip(call_ids, order, strict=True)}


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def remove_files(paths: Sequence[str], expect_sha256: Sequence[str] | None = None) -> FileResult:
    """Unlink files; with ``expect_sha256``, only a file that still has that content."""
    removed = missing = changed = 0
    errors: list[str] = []
    for i, name in enumerate(paths):
        path = Path(name)
        try:
            if not path.is_file():
                missing += 1
                continue
            if expect_sha256 is not None and _sha256(path) != expect_sha256[i]:
                changed += 1
                continue
            path.unlink()
            removed += 1
        except OSError as e:
            errors.append(f"cannot remove an audio file: {e.strerror} ({path.name[:8]}…)")
    return FileResult(removed, missing, changed, tuple(errors))


def media_paths(db: str | Path, files: dl.CallFiles, call_ids: Sequence[str]) -> list[str]:
    """The media rows' paths, and any copy left in the default folder beside the database
    (``<db>.media/<call_id>.flac``) without a row, once each."""
    media_dir = Path(str(db) + ".media")
    extra = [str(p) for c in call_ids if (p := media_dir / f"{c}.flac").is_file()]
    return list(dict.fromkeys([*files.media, *extra]))


def check_admin(user: User | None) -> None:
    if user is not None and not user.can("calls.delete"):
        raise PermissionDenied(f"role {user.role} may not delete calls")


def _clean_reason(reason: str, call_ids: Sequence[str], aliases: Mapping[str, str],
                  secret: str | None) -> str:
    reason = " ".join(reason.split())[:500]
    for c in call_ids:
        reason = reason.replace(c, aliases[c])
    if secret:
        reason = reason.replace(secret, "[customer key]")
    return reason


def delete_calls(db: str | Path, *, call_ids: Sequence[str] = (),
                 customer_key: str | None = None, key_column: str = "customer_key",
                 before: dt.date | None = None, reason: str, user: User | None = None,
                 username: str | None = None, originals: bool = False, compact: bool = True,
                 dry_run: bool = False, kind: str | None = None) -> DeletionReport:
    """Delete every call matching the selectors (see the module docstring). ``user`` (an
    app user holding ``calls.delete``) or ``username`` (a system job) is audited as who;
    ``reason`` is required. ``dry_run`` only counts the calls."""
    check_admin(user)
    if not reason.strip():
        raise InputError("a deletion needs a reason (it is audited)")
    if not call_ids and customer_key is None and before is None:
        raise InputError("say which calls: --call ID, --customer-key KEY or --before DATE")
    who = user.username if user else (username or SYSTEM_USER)
    store = Store(db)
    store.ensure()
    cutoff = None if before is None else dt.datetime.combine(before, dt.time())
    kind = kind or ("call" if call_ids else "customer_key" if customer_key is not None
                    else "before")
    now = _now()
    ref = new_ref(now)
    with store.read() as con:
        ids = dl.find_calls(con, call_ids=call_ids, customer_key=customer_key,
                            key_column=key_column, before=cutoff)
        dl.register_ids(con, "_del_ids", ids)
        files = dl.call_files(con, "_del_ids")
    if dry_run:
        return DeletionReport(ref, kind, len(ids), dry_run=True)
    media = remove_files(media_paths(db, files, ids)) if ids else FileResult()
    orig = None
    if originals:
        orig = remove_files([p for p, _ in files.originals], [s for _, s in files.originals])
    aliases = aliases_for(ref, ids)
    with store.write() as con:
        dl.register_ids(con, "_del_ids", ids)
        rows = dl.delete_rows(con, "_del_ids", aliases) if ids else {}
        if ids:
            mark_compact_pending(con)  # done by the next deletion if this one dies
        dl.record_deletion(con, ref, now, who, user.role if user else None, kind, len(ids),
                           rows, media.removed + (orig.removed if orig else 0),
                           _clean_reason(reason, ids, aliases, customer_key))
    compacted = compact and (bool(ids) or compact_pending(store))
    if compacted:
        store.compact()
    return DeletionReport(ref, kind, len(ids), rows, media, orig, compacted)
