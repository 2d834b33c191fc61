"""Threads per model: the usable cores, or AQM_THREADS (aqm.cpus)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from aqm.cpus import THREADS_ENV, model_threads, thread_cap, usable_cores
from aqm.errors import InputError


def test_cpu001_usable_cores_follow_the_affinity() -> None:
    assert usable_cores() == len(os.sched_getaffinity(0))
    # a process confined to one core (taskset) sizes its models for one
    code = "from aqm.cpus import usable_cores; print(usable_cores())"
    env = {k: v for k, v in os.environ.items() if k != THREADS_ENV}
    out = subprocess.run(["taskset", "-c", "0", sys.executable, "-c", code], env=env,
                         capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "1"


def test_cpu002_aqm_threads_sets_the_threads(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(THREADS_ENV, raising=False)
    assert thread_cap() is None
    assert model_threads() == usable_cores()
    monkeypatch.setenv(THREADS_ENV, " 3 ")
    assert thread_cap() == 3 and model_threads() == 3


@pytest.mark.parametrize(("raw", "says"), [("two", "whole number"), ("0", "1 or more"),
                                           ("-2", "1 or more")])
def test_cpu003_a_bad_aqm_threads_is_a_clear_error(monkeypatch: pytest.MonkeyPatch, raw: str,
                                                   says: str) -> None:
    monkeypatch.setenv(THREADS_ENV, raw)
    with pytest.raises(InputError, match=f"{THREADS_ENV}.*{says}"):
        model_threads()
