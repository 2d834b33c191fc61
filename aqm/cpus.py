"""How many threads a model may use in this process.

``os.cpu_count()`` counts the machine's cores. A process confined to fewer (a container's
cpuset, ``taskset``) sizes its thread pools by the cores it may run on. ``AQM_THREADS`` sets
the threads of each speech model (faster-whisper, the PyTorch backends) where the options do
not: two processes on two cores, each running a model on two threads, contend for them. The
sentence embedder has its own setting (``aqm.embeddings``): its threads wait passively.
"""

from __future__ import annotations

import os

from aqm.errors import InputError

THREADS_ENV = "AQM_THREADS"


def usable_cores() -> int:
    """The cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # no affinity on this platform
        return os.cpu_count() or 1


def thread_cap() -> int | None:
    """``AQM_THREADS`` as a number of threads, or None when it is not set."""
    raw = os.environ.get(THREADS_ENV, "").strip()
    if not raw:
        return None
    try:
        threads = int(raw)
    except ValueError as e:
        raise InputError(f"{THREADS_ENV} must be a whole number of threads, got {raw!r}") from e
    if threads < 1:
        raise InputError(f"{THREADS_ENV} must be 1 or more, got {threads}")
    return threads


def model_threads() -> int:
    """Threads per model: ``AQM_THREADS`` if set, else the usable cores."""
    return thread_cap() or usable_cores()
