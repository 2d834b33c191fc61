"""What the web app must remember across restarts: revoked sessions and the login throttle
(tables of ``m014_web_state_maintenance``). The app's logic is in ``dashboards/hardening.py``;
this is its storage. Keys and session ids arrive hashed (``key_hash``): nothing stored here
logs anyone in or names an address. Every write prunes the rows that have expired, so the
tables stay small (at most what one throttle window or one session lifetime holds).

The app checks revocation on every request, and opening the database takes milliseconds, so
each revocation also replaces a small stamp file beside the database (``<db>.revoked``, a
random token): readers keep a copy of the revoked sessions and read the table again only
when the stamp changed (``revocation_stamp``: one ``stat``), in any process."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import uuid
from collections.abc import Sequence
from pathlib import Path

from aqm.store.db import Store


def key_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "replace")).hexdigest()[:40]


def _stamp_path(store: Store) -> Path:
    return store.path.with_name(store.path.name + ".revoked")


def revocation_stamp(store: Store) -> tuple[int, int, int] | None:
    """Changes whenever a session is revoked (by any process); None before the first."""
    try:
        st = os.stat(_stamp_path(store))
    except OSError:
        return None
    return st.st_ino, st.st_mtime_ns, st.st_size


def revoke_session(store: Store, sid_hash: str, expires_at: dt.datetime,
                   now: dt.datetime) -> None:
    """Record a logged-out session until ``expires_at`` (UTC, naive), then renew the stamp."""
    with store.write() as con:
        con.execute("DELETE FROM revoked_sessions WHERE expires_at <= ?", [now])
        con.execute("INSERT OR REPLACE INTO revoked_sessions VALUES (?, ?)",
                    [sid_hash, expires_at])
    stamp = _stamp_path(store)
    tmp = stamp.with_name(f".{stamp.name}.{os.getpid()}.{uuid.uuid4().hex}.tmp")
    tmp.write_text(uuid.uuid4().hex, encoding="utf-8")
    os.replace(tmp, stamp)  # a new inode: readers notice with one stat


def revoked_sessions(store: Store, now: dt.datetime) -> dict[str, dt.datetime]:
    """Session hash → expiry, for the sessions still revoked at ``now``."""
    with store.read() as con:
        return dict(con.execute("SELECT sid_hash, expires_at FROM revoked_sessions "
                                "WHERE expires_at > ?", [now]).fetchall())


def locked_until(store: Store, keys: Sequence[str], now: dt.datetime) -> dt.datetime | None:
    """The latest lock on any of ``keys`` still running at ``now``, or None."""
    with store.read() as con:
        row = con.execute("SELECT max(locked_until) FROM login_locks WHERE key_hash IN "
                          f"({', '.join('?' for _ in keys)}) AND locked_until > ?",
                          [*keys, now]).fetchone()
    return None if row is None or row[0] is None else row[0]


def record_failure(store: Store, limits: Sequence[tuple[str, int]], now: dt.datetime,
                   window_s: float, lock_s: float) -> bool:
    """Count a failed login against each ``(key, limit)``; a key with ``limit`` failures
    within ``window_s`` (and no running lock) is locked for ``lock_s`` and its count starts
    again. One transaction; True when it started a lock."""
    since = now - dt.timedelta(seconds=window_s)
    started = False
    with store.write() as con:
        con.execute("DELETE FROM login_failures WHERE failed_at <= ?", [since])
        con.execute("DELETE FROM login_locks WHERE locked_until <= ?", [now])
        for key, limit in limits:
            con.execute("INSERT INTO login_failures VALUES (?, ?)", [key, now])
            count = con.execute("SELECT count(*) FROM login_failures WHERE key_hash = ?",
                                [key]).fetchone()[0]
            locked = con.execute("SELECT count(*) FROM login_locks WHERE key_hash = ?",
                                 [key]).fetchone()[0]
            if count >= limit and not locked:
                con.execute("INSERT INTO login_locks VALUES (?, ?)",
                            [key, now + dt.timedelta(seconds=lock_s)])
                con.execute("DELETE FROM login_failures WHERE key_hash = ?", [key])
                started = True
    return started


def clear_failures(store: Store, key: str) -> None:
    """A right password: this key's count starts again."""
    with store.write() as con:
        con.execute("DELETE FROM login_failures WHERE key_hash = ?", [key])


def clear_login_state(store: Store) -> None:
    """Forget every failed login and lock (tests; an admin unlocking everyone)."""
    with store.write() as con:
        con.execute("DELETE FROM login_failures")
        con.execute("DELETE FROM login_locks")
