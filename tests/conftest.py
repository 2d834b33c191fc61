"""Shared fixtures: real audio in tests/data and samples/, real tiny models."""

from __future__ import annotations

import csv
import os
import re
import unicodedata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
SAMPLES = ROOT / "samples"
ENGLISH_SAMPLES = ("en_inbound_good", "en_angry_caller", "en_card_number", "en_long_hold",
                   "mono_en_call")

os.environ.setdefault("HF_HUB_OFFLINE", "1")
# test workers (pytest-xdist, `make test`) share the cores: each gets its share of threads
# per speech model (aqm.cpus), so two workers do not run two threads each on two cores
_WORKERS = int(os.environ.get("PYTEST_XDIST_WORKER_COUNT") or 1)
if _WORKERS > 1:
    from aqm.cpus import THREADS_ENV, usable_cores

    os.environ.setdefault(THREADS_ENV, str(max(1, usable_cores() // _WORKERS)))


@pytest.fixture(scope="session")
def data_dir() -> Path:
    return DATA


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    return SAMPLES


def write_manifest(rows: list[dict[str, str]], path: Path) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


def sample_rows(names: tuple[str, ...] = ENGLISH_SAMPLES) -> list[dict[str, str]]:
    with open(SAMPLES / "manifest.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    out = []
    for row in rows:
        if Path(row["path"]).stem in names:
            row = dict(row)
            row["path"] = str(SAMPLES / row["path"])
            out.append(row)
    return out


@pytest.fixture(scope="session")
def english_manifest(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled English sample calls, as a manifest with absolute paths."""
    return write_manifest(sample_rows(), tmp_path_factory.mktemp("manifest") / "calls.csv")


@pytest.fixture(scope="session")
def samples_db(tmp_path_factory: pytest.TempPathFactory, english_manifest: Path) -> Path:
    """The English samples transcribed once with tiny.en (shared, read-only for tests)."""
    from aqm.pipeline import RunOptions, run_batch
    from aqm.transcribe.base import TranscribeOptions

    db = tmp_path_factory.mktemp("db") / "samples.duckdb"
    report = run_batch([english_manifest], db, RunOptions(TranscribeOptions(model="tiny.en")))
    assert report.ok, report.quarantined
    assert report.transcribed == len(ENGLISH_SAMPLES)
    return db


def normalise(text: str) -> str:
    """WER normalisation: NFC, lowercase, punctuation dropped, spaces collapsed."""
    text = unicodedata.normalize("NFC", text).lower()
    text = re.sub(r"[^\w\s']", " ", text)
    return " ".join(text.split())
