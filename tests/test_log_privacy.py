"""Privacy of logs (issue 15): with every logger at DEBUG (aqm's, the root logger and the
libraries': faster-whisper, numba, torch, ...), a run over sample calls in which a customer
reads a card number and agents say their names logs no transcript word, no name and no
number. Checked in-process (caplog) and through the CLI's stderr with ``-vv``."""

from __future__ import annotations

import json
import logging
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from aqm.pipeline import RunOptions, run_batch
from aqm.store import Store
from aqm.transcribe.base import TranscribeOptions

from .conftest import SAMPLES, sample_rows, write_manifest

CALLS = ("en_card_number", "mono_en_call")  # a card number read out; a mono call (diarised)
# words a log may hold that also occur in these transcripts: "with"/"name" (faster-whisper's
# "audio with duration", numba's "name=x"), "block"/"work" (numba's bytecode dumps, paths)
GENERIC = frozenset({"with", "name", "block", "work", "call", "audio", "segment", "speech"})
HEX_ID = re.compile(r"\b[0-9a-f]{12,64}\b")  # call ids and hashes: not numbers from a call
DECIMAL = re.compile(r"\d+\.\d+")  # times, ratios, probabilities
CODE_LOCATION = re.compile(r"lineno=\d+|\.py:\d+")  # numba's bytecode dumps, tracebacks


def spoken(db: Path, names: tuple[str, ...]) -> tuple[set[str], set[str]]:
    """(words over 3 letters said in the calls, raw and as stored; names of the people)."""
    words: set[str] = set()
    people: set[str] = set()
    for name in names:
        truth = json.loads((SAMPLES / f"{name}.truth.json").read_text(encoding="utf-8"))
        for turn in truth["turns"]:
            words |= _words(turn["text"])
            people |= set(re.findall(r"(?:my name is|this is) (\w+)", turn["text"].lower()))
    for rec in Store(db).iter_records():
        assert rec.transcript is not None
        for seg in rec.transcript.segments:
            words |= _words(seg.text)
        if rec.call.metadata.agent_name:
            people |= _words(rec.call.metadata.agent_name, 1)
    return words - GENERIC, people


def _words(text: str, min_len: int = 4) -> set[str]:
    return {w.lower() for w in re.findall(r"[^\W\d_]+", text) if len(w) >= min_len}


def leaks(log: str, words: set[str], people: set[str], paths: tuple[Path, ...]) -> list[str]:
    """Transcript words, names and 4+ digit numbers found in ``log``."""
    text = log.lower()
    for p in paths:  # the run's own folders (pytest-123, ...) are not call content
        text = text.replace(str(p).lower(), "§")
    text = CODE_LOCATION.sub("§", DECIMAL.sub("§", HEX_ID.sub("§", text)))
    found = set(re.findall(r"[^\W\d_]+", text))
    out = [f"word {w!r}" for w in sorted(words & found)]
    out += [f"name {n!r}" for n in sorted(people & found)]
    out += [f"number {n!r}" for n in sorted(set(re.findall(r"\d{4,}", text)))]
    return out


def test_lgpv001_the_checker_finds_what_it_looks_for() -> None:
    planted = "DEBUG x: card 4111 1111 read by Sarah: 'could you please read'"
    found = leaks(planted, {"please", "read"}, {"sarah"}, ())
    assert found == ["word 'please'", "word 'read'", "name 'sarah'", "number '1111'",
                     "number '4111'"]
    assert leaks("stored call 1d9a0f6fdb62afb4374c (54.730 s) at 00:06.064; "
                 "inst=COMPARE_OP(arg=5, lineno=1026)", {"card"}, set(), ()) == []


def test_lgpv002_debug_logs_of_a_run_hold_no_transcript_names_or_numbers(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    rows = sample_rows(CALLS)
    # recorders name files after the caller's number and the agent: such a file is
    # quarantined, and the logs say which by call id, never by path
    named = tmp_path / "out-0912345678-Linda Carter.wav"
    named.write_bytes(b"RIFF")
    manifest = write_manifest([*rows, dict(rows[0], path=str(named))], tmp_path / "m.csv")
    loggers = [logging.getLogger(), *(logging.getLogger(n) for n in
                                      list(logging.root.manager.loggerDict))]
    levels = [lg.level for lg in loggers]
    try:
        for lg in loggers:
            lg.setLevel(logging.DEBUG)
        with caplog.at_level(logging.DEBUG):
            report = run_batch([manifest], tmp_path / "p.duckdb",
                               RunOptions(TranscribeOptions(model="tiny.en")))
    finally:
        for lg, level in zip(loggers, levels, strict=True):
            lg.setLevel(level)
    assert report.transcribed == len(CALLS)
    assert [q.reason for q in report.quarantined] == ["truncated_header"]
    words, people = spoken(tmp_path / "p.duckdb", CALLS)
    people |= {"linda", "carter"}
    assert len(words) > 40 and {"sarah", "peter"} <= people  # the check has teeth
    # each record formatted here, not caplog.text: once Ray Data has been imported in the
    # process (a Ray test on the same pytest worker), the capture handler formats with Ray's
    # format (a timestamp whose year reads as a spoken number, no logger name)
    fmt = logging.Formatter("%(name)s %(levelname)s %(message)s")
    logged = "\n".join(fmt.format(r) for r in caplog.records)
    names = {r.name for r in caplog.records}
    assert "aqm.pipeline" in names and any(n.startswith("faster_whisper") for n in names)
    assert any(r.levelno == logging.DEBUG for r in caplog.records)
    assert "quarantined call" in logged
    assert leaks(logged, words, people, (SAMPLES,)) == []


def test_lgpv003_cli_debug_stderr_holds_no_transcript_names_or_numbers(tmp_path: Path) -> None:
    one = write_manifest(sample_rows(CALLS[:1]), tmp_path / "one.csv")
    db = tmp_path / "c.duckdb"
    env = dict(os.environ, COLUMNS="200")
    proc = subprocess.run([sys.executable, "-m", "aqm", "-vv", "run", str(one), "--db", str(db),
                           "--model", "tiny.en", "--language", "en"],
                          capture_output=True, text=True, env=env, timeout=600)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "DEBUG" in proc.stderr and "INFO aqm.pipeline: stored call" in proc.stderr
    words, people = spoken(db, CALLS[:1])
    assert len(words) > 20 and "sarah" in people
    assert leaks(proc.stderr + proc.stdout, words, people, (tmp_path, SAMPLES)) == []
