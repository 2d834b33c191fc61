"""What a database file needs besides DuckDB: being created whole, and one batch at a time.

- ``create_whole(path, build)``: a new database is built under a temporary name beside
  ``path`` (``build`` migrates it) and only then linked into place, so a process killed while
  creating one never leaves a half-migrated file that the next run would refuse. When two
  processes create the same file at once, the first one's stays and the other's is dropped.
- ``batch_lock(path, wait_s)``: one ``aqm run`` per database. An advisory ``flock`` on
  ``<db>.batch.lock``: the kernel drops it when its holder exits, however it ends (a
  ``SIGKILL`` or a power cut), so a crashed batch never leaves a stale lock. A second batch
  waits up to ``wait_s`` seconds (0: not at all), then gives up with ``BatchBusy`` naming the
  batch that holds it. The app and the other commands do not take it: they only need short
  transactions (see ``aqm.store.db``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import json
import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from aqm.errors import BatchBusy

LOCK_POLL_S = 0.2


def pid_alive(pid: int) -> bool:
    """Whether process ``pid`` still runs (a temporary file's writer, a lock's holder)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _remove_stale_builds(path: Path) -> None:
    """Temporary files of creations whose process is gone (killed half-way)."""
    for tmp in path.parent.glob(f".{path.name}.*.new*"):
        pid = tmp.name[len(path.name) + 2:].split(".", 1)[0]
        if pid.isdigit() and not pid_alive(int(pid)):
            tmp.unlink(missing_ok=True)


def create_whole(path: Path, build: Callable[[Path], object]) -> bool:
    """Create ``path`` by ``build(tmp)`` then a link; False when another process created it
    first (its file is kept). ``build`` must leave no write-ahead log beside ``tmp``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    _remove_stale_builds(path)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.new")
    tmp.unlink(missing_ok=True)
    try:
        build(tmp)
        try:
            os.link(tmp, path)  # atomic, and never replaces a file created meanwhile
        except FileExistsError:
            return False
        except OSError:  # a file system without hard links: rename (a narrower race)
            if path.exists():
                return False
            os.replace(tmp, path)
        return True
    finally:
        tmp.unlink(missing_ok=True)
        Path(f"{tmp}.wal").unlink(missing_ok=True)


def lock_path(db: str | Path) -> Path:
    db = Path(db)
    return db.with_name(db.name + ".batch.lock")


def _holder(path: Path) -> str:
    """Who holds the lock, as its holder wrote it."""
    try:
        info = json.loads(path.read_text(encoding="utf-8") or "{}")
        return f"pid {info['pid']}, started {info['started_at']} UTC"
    except (OSError, ValueError, KeyError):
        return "another process"


@contextlib.contextmanager
def batch_lock(db: str | Path, wait_s: float = 0.0,
               on_wait: Callable[[str], None] | None = None) -> Iterator[None]:
    """Hold the batch lock of ``db`` for the block; see the module docstring."""
    path = lock_path(db)
    path.parent.mkdir(parents=True, exist_ok=True)
    fh = open(path, "a+", encoding="utf-8")  # noqa: SIM115 - held for the whole block
    try:
        deadline = time.monotonic() + wait_s
        told = False
        while True:
            try:
                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                holder = _holder(path)
                if time.monotonic() >= deadline:
                    raise BatchBusy(
                        f"another aqm run ({holder}) is writing {db}"
                        + (f"; waited {wait_s:.0f} s" if wait_s else "")
                        + ": let it finish (a rerun then only does what is missing), or "
                          "wait for it with --wait SECONDS") from None
                if not told and on_wait is not None:
                    on_wait(f"another aqm run ({holder}) is writing {db}; waiting up to "
                            f"{wait_s:.0f} s for it to finish")
                    told = True
                time.sleep(LOCK_POLL_S)
        fh.seek(0)
        fh.truncate()
        fh.write(json.dumps({"pid": os.getpid(), "started_at": dt.datetime.now(
            dt.timezone.utc).strftime("%Y-%m-%d %H:%M:%S")}))
        fh.flush()
        yield
    finally:
        fh.close()  # releases the lock (the kernel does the same on a kill)
