"""Ingest: decoding every supported format with channels kept, quarantine reasons, manifests."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from aqm.errors import AudioError, InputError
from aqm.ingest.audio import SAMPLE_RATE_HZ, load_audio
from aqm.ingest.sources import iter_sources, read_manifest

from .conftest import DATA, SAMPLES


def format_files() -> list[Path]:
    return sorted(p for p in (DATA / "formats").iterdir()
                  if p.suffix.lower() not in (".tsv", ".txt") and p.name != "NOTICE")


@pytest.mark.parametrize("path", format_files(), ids=lambda p: p.name)
def test_ingt001_every_format_decodes(path: Path) -> None:
    decoded = load_audio(path)
    info = decoded.info
    assert decoded.samples.shape[1] == pytest.approx(info.duration_s * SAMPLE_RATE_HZ, abs=2)
    assert 2.0 < info.duration_s < 10.0
    assert decoded.samples.shape[0] == info.channels
    assert abs(decoded.samples).max() > 0.01  # real signal, not silence
    expected_channels = 2 if "stereo" in path.name or "44k" in path.name or "48k" in path.name \
        else None
    if expected_channels:
        assert info.channels == expected_channels


def test_ingt002_sample_calls_keep_both_channels() -> None:
    decoded = load_audio(SAMPLES / "en_inbound_good.wav")
    assert decoded.info.channels == 2
    assert decoded.info.codec == "pcm_mulaw"
    assert decoded.info.sample_rate_hz == 8000
    left, right = decoded.samples
    assert abs(left).max() > 0.05 and abs(right).max() > 0.05
    assert not (left == right).all()


@pytest.mark.parametrize(("name", "reason"), [
    ("empty.wav", "empty"),
    ("notes.wav", "not_audio"),
    ("truncated.wav", "truncated"),
    ("too_short.wav", "too_short"),
    ("corrupt.wav", None),
])
def test_ingt003_unusable_files_have_reasons(name: str, reason: str | None) -> None:
    with pytest.raises(AudioError) as info:
        load_audio(DATA / "bad" / name)
    if reason is not None:
        assert info.value.reason == reason
    assert str(info.value)  # a plain-language message for the quarantine list


def test_ingt004_same_audio_under_another_name_is_the_same_call(tmp_path: Path) -> None:
    src = SAMPLES / "en_long_hold.wav"
    copy = tmp_path / "renamed-recording.wav"
    shutil.copyfile(src, copy)
    assert load_audio(src).info.call_id == load_audio(copy).info.call_id


def test_ingt005_manifest_keeps_unknown_columns() -> None:
    sources = read_manifest(SAMPLES / "manifest.csv")
    assert len(sources) == 6
    first = sources[0]
    assert Path(first.path).is_file()
    meta = first.metadata
    assert meta.agent_id and meta.team and meta.queue
    assert meta.direction == "inbound"
    assert meta.started_at is not None
    assert meta.channel_layout == "agent=left"
    assert dict(meta.extra)["crm_ticket"].startswith("CRM-")


def test_ingt006_manifest_errors_name_the_row(tmp_path: Path) -> None:
    bad = tmp_path / "m.csv"
    bad.write_text("file,agent_id\nx.wav,A1\n")
    with pytest.raises(InputError, match="no 'path' column"):
        read_manifest(bad)
    bad.write_text("path,direction\nx.wav,sideways\n")
    with pytest.raises(InputError, match="line 2"):
        read_manifest(bad)
    bad.write_text("path,started_at\nx.wav,yesterday\n")
    with pytest.raises(InputError, match="started_at"):
        read_manifest(bad)


def test_ingt007_folders_are_walked_recursively(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    shutil.copyfile(SAMPLES / "en_long_hold.wav", tmp_path / "a" / "b" / "one.wav")
    shutil.copyfile(SAMPLES / "mono_en_call.wav", tmp_path / "two.WAV")
    (tmp_path / "readme.txt").write_text("not a recording")
    found = [Path(s.path).name for s in iter_sources([tmp_path])]
    assert sorted(found) == ["one.wav", "two.WAV"]
    with pytest.raises(InputError, match="does not exist"):
        list(iter_sources([tmp_path / "missing"]))


def test_ingt008_parquet_manifest(tmp_path: Path) -> None:
    import pandas as pd

    frame = pd.DataFrame({"path": [str(SAMPLES / "en_long_hold.wav")], "agent_id": ["A9"],
                          "wrapup_code": ["W1"]})
    frame.to_parquet(tmp_path / "m.parquet")
    (src,) = read_manifest(tmp_path / "m.parquet")
    assert src.metadata.agent_id == "A9"
    assert dict(src.metadata.extra) == {"wrapup_code": "W1"}
