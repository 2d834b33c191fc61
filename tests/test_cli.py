"""The command line: every command has help and a README mention; export is the contract."""

from __future__ import annotations

import json
import subprocess
import sys
import types
from pathlib import Path

import pyarrow.parquet as pq
import pytest
import typer
from typer.testing import CliRunner

import aqm
from aqm.cli import app

from .conftest import ROOT

runner = CliRunner()


def _commands() -> list[list[str]]:
    """Every command and sub-command (typer may vendor its own click, so duck-typed)."""
    group = typer.main.get_command(app)
    out: list[list[str]] = []
    for name, cmd in getattr(group, "commands", {}).items():
        subs = getattr(cmd, "commands", None)
        if subs:
            out.extend([name, sub] for sub in subs)
        else:
            out.append([name])
    return out


@pytest.mark.parametrize("words", _commands(), ids=" ".join)
def test_cli001_every_command_has_help_and_docs(words: list[str]) -> None:
    result = runner.invoke(app, [*words, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage" in result.output
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"aqm {' '.join(words)}" in readme, f"README does not mention `aqm {' '.join(words)}`"


def test_cli002_python_m_aqm_help() -> None:
    proc = subprocess.run([sys.executable, "-m", "aqm", "--help"], capture_output=True,
                          text=True, cwd=ROOT, timeout=120)
    assert proc.returncode == 0
    assert "run" in proc.stdout and "export" in proc.stdout


def test_cli003_exported_members() -> None:
    public = {n for n in dir(aqm) if not n.startswith("_") and n != "annotations"
              and not isinstance(getattr(aqm, n), types.ModuleType)}
    assert public <= set(aqm.__all__), public - set(aqm.__all__)
    for name in aqm.__all__:
        assert hasattr(aqm, name), name


def test_cli004_export_jsonl_contract(samples_db: Path) -> None:
    result = runner.invoke(app, ["export", "--db", str(samples_db), "--format", "jsonl"])
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert len(records) == 5
    for rec in records:
        for key in ("call_id", "source_path", "metadata", "duration_s", "language", "channels",
                    "segments"):
            assert key in rec
        assert rec["metadata"]["extra"]["crm_ticket"].startswith("CRM-")
        assert rec["segments"]
        for seg in rec["segments"]:
            assert set(seg) >= {"speaker", "start", "end", "text", "words"}
            assert seg["backend"] == "faster-whisper"
            assert all(set(w) >= {"start", "end", "text"} for w in seg["words"])
            assert seg["sentiment"]["label"] in ("negative", "neutral", "positive")
            assert -1.0 <= seg["sentiment"]["polarity"] <= 1.0
        assert rec["sentiment"]["lineage"]["stage"] == "sentiment"
        keys = list(rec)
        assert keys.index("metrics") < keys.index("sentiment") < keys.index("compliance")
    good = next(r for r in records if r["source_path"].endswith("en_inbound_good.wav"))
    assert good["metadata"]["agent_name"] == "Linda Carter"
    assert good["channels"] == 2
    assert "thank you for calling" in good["segments"][0]["text"].lower()


def test_cli005_export_csv_and_parquet(samples_db: Path, tmp_path: Path) -> None:
    csv_path = tmp_path / "calls.csv"
    result = runner.invoke(app, ["export", "--db", str(samples_db), "--format", "csv",
                                 "--out", str(csv_path)])
    assert result.exit_code == 0, result.output
    import pandas as pd

    frame = pd.read_csv(csv_path)
    assert len(frame) == 5
    assert {"call_id", "metadata.agent_id", "segments"} <= set(frame.columns)
    assert json.loads(frame["segments"][0])[0]["words"]
    pq_path = tmp_path / "calls.parquet"
    result = runner.invoke(app, ["export", "--db", str(samples_db), "--format", "parquet",
                                 "--out", str(pq_path)])
    assert result.exit_code == 0, result.output
    table = pq.read_table(pq_path).to_pylist()
    assert len(table) == 5
    assert table[0]["segments"][0]["words"][0]["text"]
    assert table[0]["segments"][0]["sentiment"]["label"] in ("negative", "neutral", "positive")
    assert "speakers" in json.loads(table[0]["sentiment"])
    assert "sentiment" in frame.columns


def test_cli006_bad_input_is_a_clear_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["export", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 6
    assert "no database" in result.output
    result = runner.invoke(app, ["export", "--db", str(tmp_path / "none.duckdb"),
                                 "--format", "xml"])
    assert result.exit_code == 2
    result = runner.invoke(app, ["run", str(tmp_path / "missing-folder"), "--db",
                                 str(tmp_path / "x.duckdb")])
    assert result.exit_code == 2
    assert "does not exist" in result.output
    result = runner.invoke(app, ["run", str(tmp_path), "--db", str(tmp_path / "x.duckdb"),
                                 "--backend", "nope"])
    assert result.exit_code == 2
    result = runner.invoke(app, ["run", str(tmp_path), "--db", str(tmp_path / "x.duckdb"),
                                 "--redact", "card,passport"])
    assert result.exit_code == 2
    assert "passport" in result.output.lower()
    result = runner.invoke(app, ["run", str(tmp_path), "--db", str(tmp_path / "x.duckdb"),
                                 "--sentiment-labels", "LABEL_0"])
    assert result.exit_code == 2 and "NAME=label" in result.output
    result = runner.invoke(app, ["run", str(tmp_path), "--db", str(tmp_path / "x.duckdb"),
                                 "--sentiment-model", str(tmp_path / "no-model")])
    assert result.exit_code == 2 and "sentiment model" in result.output
    assert not (tmp_path / "x.duckdb").exists()
