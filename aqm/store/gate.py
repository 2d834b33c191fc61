"""Turn-taking for the threads of one process on one DuckDB file (see ``aqm.store.db``), and
the read-only connection a thread may share across several reads (``Store.reading``)."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path
from typing import Any

from aqm.errors import StoreError


class _FileGate:
    """Turn-taking for the threads of one process on one file: shared reads, exclusive
    writes, waiting writes first. A thread already inside (a read within a read) passes."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._readers = 0
        self._writer = False
        self._writers_waiting = 0
        self._local = threading.local()

    def _held(self) -> int:
        return int(getattr(self._local, "depth", 0))

    def acquire(self, write: bool, deadline: float) -> bool:
        """Enter; False when ``deadline`` (``time.monotonic()``) passed first."""
        depth = self._held()
        if depth:
            if write or getattr(self._local, "write", False):
                raise StoreError("a store write cannot nest inside another store operation "
                                 "of the same thread")
            self._local.depth = depth + 1
            with self._cond:
                self._readers += 1
            return True
        with self._cond:
            if write:
                self._writers_waiting += 1
                try:
                    while self._writer or self._readers:
                        if not self._cond.wait(timeout=deadline - time.monotonic()) \
                                and time.monotonic() >= deadline:
                            return False
                    self._writer = True
                finally:
                    self._writers_waiting -= 1
                    self._cond.notify_all()
            else:
                while self._writer or self._writers_waiting:
                    if not self._cond.wait(timeout=deadline - time.monotonic()) \
                            and time.monotonic() >= deadline:
                        return False
                self._readers += 1
        self._local.depth = 1
        self._local.write = write
        return True

    def release(self, write: bool) -> None:
        self._local.depth = self._held() - 1
        if not self._local.depth:
            self._local.write = False
        with self._cond:
            if write:
                self._writer = False
            else:
                self._readers -= 1
            self._cond.notify_all()


_GATES: dict[str, _FileGate] = {}
_GATES_LOCK = threading.Lock()


def _gate(path: Path) -> _FileGate:
    key = os.path.realpath(path)
    with _GATES_LOCK:
        return _GATES.setdefault(key, _FileGate())


class SharedReads(threading.local):
    """Per thread: file -> the read-only connection its ``Store.reading`` block shares
    (``None`` until the first read opens it), with what closes it."""

    def __init__(self) -> None:
        self.held: dict[str, tuple[Any, Any] | None] = {}


SHARED = SharedReads()
