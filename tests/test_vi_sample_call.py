"""Issue 17 end to end: the Vietnamese sample call through ``aqm run``'s library entry point.

``samples/vi_inbound_good.wav``: stereo, 8 kHz mu-law; the agent is espeak-ng ``vi``, the
customer real Vietnamese speech (three vieneu recordings) and one espeak-ng line in which the
customer reads a card number. Run with the default options (viet-asr for Vietnamese, 5 passes
a chunk, the bundled rules, the built-in sentiment model) into a fresh DuckDB, every logger at
DEBUG; then checked against ``samples/vi_inbound_good.truth.json``: the greeting rule passes
with agent evidence in the first 20 s; the card number is in no stored text, no export format,
no log and not in the served audio; the customer's sentiment over the call, and on each turn
the built-in model gets right, is what the truth file says (``MISLABELLED``: the two it does
not, stated in the README).
"""

from __future__ import annotations

import json
import logging
import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from typer.testing import CliRunner

from aqm.cli import app
from aqm.ingest.audio import SAMPLE_RATE_HZ, load_audio
from aqm.pipeline import RunOptions, run_batch
from aqm.store import Store
from aqm.transcribe.base import TranscribeOptions
from aqm.transcribe.vietasr import VietAsrTranscriber
from aqm.types import CallRecord

from .conftest import SAMPLES, sample_rows, write_manifest
from .test_log_privacy import leaks, spoken

pytestmark = pytest.mark.slow  # Whisper base beside viet-asr, as `aqm run` loads them

NAME = "vi_inbound_good"
TRUTH = json.loads((SAMPLES / f"{NAME}.truth.json").read_text(encoding="utf-8"))
VI_DIGITS = ("không", "một", "hai", "ba", "bốn", "năm", "lăm", "sáu", "bảy", "tám", "chín")
DIGIT_WORD = re.compile(r"\b(?:" + "|".join(VI_DIGITS) + r")\b", re.IGNORECASE)
SPOKEN_RUN = re.compile(r"(?:\b(?:" + "|".join(VI_DIGITS) + r")\b[\s,.-]*){4,}", re.IGNORECASE)
GREETING_WINDOW_S = 20.0
# What the built-in sentiment model gets wrong on this call (README "Measured"): the truth
# labels every customer turn neutral (read sentences and a card number), but these two read
# vieneu sentences come out positive (polarity +0.06) and negative (-0.63, a "frustration"
# moment); the negative one falls in the customer's last quarter of talk, so the call says
# the customer ended negative (truth: not). Left out of the checks below, not asserted.
MISLABELLED = ("vieneu:Tuyên (nam miền Bắc).wav", "vieneu:Bình (nam miền Bắc).wav")


def _card_turn() -> tuple[dict[str, Any], str]:
    turns = [t for t in TRUTH["turns"] for p in t.get("pii", ()) if p["entity"] == "CARD"]
    assert len(turns) == 1, "the sample call reads one card number"
    (pii,) = turns[0]["pii"]
    return turns[0], pii["value"]


CARD_TURN, CARD = _card_turn()


@contextmanager
def _debug_logs() -> Iterator[list[logging.LogRecord]]:
    """Every logger at DEBUG, every record kept (as ``tests/test_log_privacy.py`` does)."""
    records: list[logging.LogRecord] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append(record)

    handler = Keep(logging.DEBUG)
    loggers = [logging.getLogger(), *(logging.getLogger(n) for n in
                                      list(logging.root.manager.loggerDict))]
    levels = [lg.level for lg in loggers]
    logging.getLogger().addHandler(handler)
    try:
        for lg in loggers:
            lg.setLevel(logging.DEBUG)
        yield records
    finally:
        logging.getLogger().removeHandler(handler)
        for lg, level in zip(loggers, levels, strict=True):
            lg.setLevel(level)


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, CallRecord, str]:
    tmp = tmp_path_factory.mktemp("vi_call")
    manifest = write_manifest(sample_rows((NAME,)), tmp / "m.csv")
    db = tmp / "vi.duckdb"
    started = time.perf_counter()
    with _debug_logs() as records:
        report = run_batch([manifest], db, RunOptions(TranscribeOptions()))
    print(f"\naqm run, {NAME} ({TRUTH['duration_s']} s), defaults: "
          f"{time.perf_counter() - started:.1f} s")
    assert report.ok and report.transcribed == 1, report.quarantined
    (rec,) = list(Store(db).iter_records())
    log = "\n".join(f"{r.levelname} {r.name} {r.getMessage()}" for r in records)
    return db, rec, log


@pytest.fixture(scope="module")
def exported(run: tuple[Path, CallRecord, str], tmp_path_factory: pytest.TempPathFactory
             ) -> dict[str, bytes]:
    out = tmp_path_factory.mktemp("vi_export")
    runner = CliRunner()
    files: dict[str, bytes] = {}
    for fmt in ("jsonl", "csv", "parquet"):
        path = out / f"x.{fmt}"
        result = runner.invoke(app, ["export", "--db", str(run[0]), "--format", fmt,
                                     "--out", str(path)])
        assert result.exit_code == 0, result.output
        files[fmt] = path.read_bytes()
    return files


def _record(exported: dict[str, bytes]) -> dict[str, Any]:
    (line,) = exported["jsonl"].decode("utf-8").splitlines()
    return dict(json.loads(line))


def _digit_runs(text: str) -> list[str]:
    """Runs of 4 or more digits, written or spoken as Vietnamese digit words."""
    spoken_digits = DIGIT_WORD.sub(lambda m: "0", text.lower())
    return re.findall(r"\d(?:[\s,.-]*\d){3,}", spoken_digits)


def test_visc001_default_vietnamese_path(run: tuple[Path, CallRecord, str]) -> None:
    _, rec, _ = run
    t = rec.transcript
    assert t is not None and t.language == "vi"
    assert t.lineage.backend == "faster-whisper+viet-asr"
    assert TranscribeOptions().vi_passes == 5 and '"vi_passes": 5' in t.lineage.options_json
    by_channel = {ch: [s for s in t.segments if s.channel == ch] for ch in (0, 1)}
    assert {(s.speaker, s.backend) for s in by_channel[0]} == {("agent", "viet-asr")}
    assert {(s.speaker, s.backend) for s in by_channel[1]} == {("customer", "viet-asr")}
    text = " ".join(s.text for s in by_channel[1])
    assert "huấn luyện viên" in text  # the real speech is heard


def test_visc002_greeting_passes_with_evidence_in_the_first_20_s(
        exported: dict[str, bytes]) -> None:
    compliance = _record(exported)["compliance"]
    assert compliance["language"] == "vi"
    print("\ninbound rules: " + ", ".join(f"{r['rule']} {r['status']}" for r in
                                          compliance["rules"] if r["file"] == "inbound"))
    greeting = next(r for r in compliance["rules"]
                    if r["file"] == "inbound" and r["rule"] == "greeting")
    assert greeting["status"] == "pass", greeting
    assert greeting["evidence"]
    for ev in greeting["evidence"]:
        assert ev["speaker"] == "agent" and 0 <= ev["start"] < ev["end"] <= GREETING_WINDOW_S
    first = next(t for t in TRUTH["turns"] if t["speaker"] == "agent")
    assert first["text"].lower().startswith("xin chào")
    assert first["start"] - 0.5 <= greeting["evidence"][0]["start"] <= first["end"]


def test_visc003_card_is_redacted_in_text_and_exports(
        run: tuple[Path, CallRecord, str], exported: dict[str, bytes]) -> None:
    db, rec, _ = run
    assert rec.transcript is not None
    cards = [r for r in rec.redactions if r.entity == "CARD"]
    assert len(cards) == 1, rec.redactions
    card = cards[0]
    print(f"\nCARD span {card.start_s:.2f}-{card.end_s:.2f} s (turn {CARD_TURN['start']}-"
          f"{CARD_TURN['end']} s)")
    assert card.speaker == "customer"
    assert CARD_TURN["start"] - 0.5 <= card.start_s < card.end_s <= CARD_TURN["end"] + 0.5
    assert card.end_s >= CARD_TURN["end"] - 0.5  # the last digit ends the turn
    segment = rec.transcript.segments[card.segment_index]
    assert "[CARD]" in segment.text
    stored = " ".join(s.text for s in rec.transcript.segments) + " " + " ".join(
        w.text for s in rec.transcript.segments for w in s.words)
    assert _digit_runs(stored) == [], stored
    assert _digit_runs(CARD_TURN["text"]) and SPOKEN_RUN.search(CARD_TURN["text"])  # teeth
    grouped = " ".join(CARD[i:i + 4] for i in range(0, 16, 4))
    for data in (db.read_bytes(), *exported.values()):
        assert CARD.encode() not in data and grouped.encode() not in data
        assert not SPOKEN_RUN.search(data.decode("utf-8", "ignore"))
    segments = " ".join(s["text"] for s in _record(exported)["segments"])
    assert _digit_runs(segments) == []
    assert _record(exported)["redactions"][0]["entity"] == "CARD"


def test_visc004_logs_hold_no_card_and_no_transcript(run: tuple[Path, CallRecord, str]
                                                     ) -> None:
    db, _, log = run
    assert "stored call" in log and "DEBUG " in log  # the run did log, at DEBUG too
    words, people = spoken(db, (NAME,))
    assert len(words) > 20 and "nguyễn" in people  # the check has teeth
    assert leaks(log, words, people, (SAMPLES, db.parent)) == []
    assert CARD not in log and not SPOKEN_RUN.search(log)  # leaks() checks 4+ digit numbers


def test_visc005_served_audio_has_the_card_masked(run: tuple[Path, CallRecord, str]) -> None:
    """The customer channel of the served copy, transcribed again by viet-asr (one pass),
    holds no digits where the card was, while the original does."""
    _, rec, _ = run
    assert rec.audio_path and Path(rec.audio_path).is_file()
    card = next(r for r in rec.redactions if r.entity == "CARD")
    one = TranscribeOptions(vi_passes=1)
    viet = VietAsrTranscriber(one)

    def heard(path: Path | str) -> str:
        audio = load_audio(path).channel(1)
        lo = int(max(0.0, CARD_TURN["start"] - 1.0) * SAMPLE_RATE_HZ)
        hi = int((CARD_TURN["end"] + 1.0) * SAMPLE_RATE_HZ)
        piece = np.ascontiguousarray(audio[lo:hi])
        return " ".join(w.text for s in viet.transcribe(piece, "vi", one) for w in s.words
                        if card.start_s <= lo / SAMPLE_RATE_HZ + (w.start_s + w.end_s) / 2
                        <= card.end_s)

    masked = heard(rec.audio_path)
    assert _digit_runs(masked) == [] and len(DIGIT_WORD.findall(masked)) <= 1, masked
    assert len(DIGIT_WORD.findall(heard(SAMPLES / f"{NAME}.wav"))) >= 8  # it was there


def test_visc006_sentiment_as_the_truth_says(exported: dict[str, bytes]) -> None:
    rec = _record(exported)
    truth = TRUTH["sentiment"]
    assert rec["sentiment"]["speakers"]["customer"]["label"] == truth["customer"]
    labelled = [t for t in TRUTH["turns"] if t["speaker"] == "customer" and "sentiment" in t]
    assert len(labelled) == 4
    checked = 0
    for turn in labelled:
        if turn["source"] in MISLABELLED:
            continue
        mid = (turn["start"] + turn["end"]) / 2
        (seg,) = [s for s in rec["segments"] if s["speaker"] == "customer"
                  and s["start"] - 0.5 <= mid <= s["end"] + 0.5]
        assert seg["sentiment"]["label"] == turn["sentiment"], (turn["source"], seg)
        checked += 1
    assert checked == len(labelled) - len(MISLABELLED)
