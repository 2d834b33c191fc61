"""Crash injection: a test hook that kills this process at a named point.

Set ``AQM_FAULT=<point>:<n>`` and the process sends itself ``SIGKILL`` (no cleanup, no
``finally``, no flush: what a power cut or the OOM killer does) the ``n``-th time it reaches
``<point>`` (``n`` defaults to 1). Unset, ``point()`` is one global lookup and returns:
production runs pay nothing. ``tests/test_crash.py`` uses it to prove that a batch killed
anywhere leaves every call whole or absent, and that a rerun completes it.

Points (each process counts its own hits; a ``--workers`` child dies alone):

    decode             a call's audio was decoded (before ASR)
    transcribe         one channel of a call was transcribed (before the next one)
    media              a call's redacted audio copy is written, not yet renamed into place
    store.calls        inside a call's store transaction: the ``calls`` row is written
    store.transcript   ... its transcript, segments, words and redactions are written
    store.metrics      ... its metrics are written
    store.analysis     ... its sentiment, compliance and scorecards are written
    store.facts        ... its ``call_facts`` row is written (the last statement)
    store.saved        a call's transaction committed (before its search indexing)
    search.indexed     a call was indexed for search (before its embeddings)
    migrate            inside a migration's transaction, its DDL done, before its record
    compact.copied     inside ``Store.compact``: the fresh copy written, not yet detached
    compact.swap       ... the fresh copy closed and checkpointed, not yet swapped in

This is a test hook, not a feature: never set ``AQM_FAULT`` in production.
"""

from __future__ import annotations

import os
import signal

ENV = "AQM_FAULT"


def _parse(spec: str | None) -> tuple[str, int] | None:
    if not spec:
        return None
    name, _, count = spec.partition(":")
    return name.strip(), int(count) if count.strip() else 1


_armed = _parse(os.environ.get(ENV))
_hits = 0


def point(name: str) -> None:
    """Die here if ``AQM_FAULT`` names this point and this is its n-th hit."""
    if _armed is None or _armed[0] != name:
        return
    global _hits
    _hits += 1
    if _hits >= _armed[1]:
        os.kill(os.getpid(), signal.SIGKILL)
