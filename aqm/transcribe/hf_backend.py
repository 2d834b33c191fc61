"""transformers backend: Whisper through Hugging Face ``WhisperForConditionalGeneration``.

For users of the Hugging Face ecosystem (fine-tuned Whisper models, Vietnamese ones among
them). Which weights (``TranscribeOptions.model``):

- ``base``, ``tiny.en`` or a CTranslate2 folder: the faster-whisper backend's weights,
  converted once into a transformers folder (``aqm.transcribe.convert``, cached under
  ``$AQM_MODEL_DIR/converted``; tokenizer from the model's own ``tokenizer.json``).
- a transformers folder (``config.json`` + ``model.safetensors`` or ``pytorch_model.bin``,
  with its tokenizer and ``preprocessor_config.json``).
- a model id already in the Hugging Face cache (``openai/whisper-small``); it is read with
  ``local_files_only`` and never downloaded.

Decoding follows openai-whisper's sequential algorithm, so that the same weights give the
same transcript as the other two backends: transformers' ``generate`` decodes one 30 s
window at a time (``return_timestamps=True``, ``force_unique_generate_call``), and this
module seeks from window to window as openai-whisper does (to the last word's end when word
times are on, where transformers' own long-form loop stops at the last timestamp token).
Word times come from ``aqm.transcribe.hf_align`` (openai-whisper's alignment on this model,
with transformers' DTW). Options as the faster-whisper backend: same speech (Silero VAD) and
language identification, temperatures ``TranscribeOptions.temperatures``,
``num_beams=beam_size``, openai-whisper's thresholds (log-prob -1.0, no-speech 0.6; a
token-level compression ratio of 1.35 when temperatures can fall back). A segment's
``avg_logprob`` is its window's mean token log-probability; transformers does not hand back a
window's no-speech probability, so segments carry ``no_speech_prob`` 0.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np

from aqm.errors import ModelError
from aqm.transcribe.base import LanguageGuess, TranscribeOptions
from aqm.transcribe.convert import HF_WEIGHTS, SHA_SUFFIX, TRANSFORMERS, ensure_converted
from aqm.transcribe.hf_align import (
    FRAMES_PER_S,
    WINDOW_FRAMES,
    WindowSegment,
    add_word_timestamps,
    avg_logprob,
    find_alignment,
    get_end,
    next_seek,
)
from aqm.transcribe.models import ModelRef, resolve_model, sha256_file
from aqm.transcribe.routing import combined_sha256
from aqm.transcribe.speech import (
    SAMPLE_RATE_HZ,
    SharedModels,
    SpeechFinder,
    language_guess,
    make_segment,
    make_word,
    restore_times,
    torch_setup,
)
from aqm.types import Segment

BACKEND = "transformers"
BUNDLED = ("base", "tiny.en")
MIN_VERSION = (5, 0)  # one sequential long-form generate for every input length
WEIGHT_FILES = (HF_WEIGHTS, "pytorch_model.bin")
SHARD_INDEXES = ("model.safetensors.index.json", "pytorch_model.bin.index.json")
LOGPROB_THRESHOLD = -1.0
NO_SPEECH_THRESHOLD = 0.6
TOKEN_COMPRESSION_RATIO_THRESHOLD = 1.35  # transformers' token-level twin of text ratio 2.4
MULTILINGUAL_VOCAB = 51865
WINDOW_S = 30
_MODELS: SharedModels[tuple[Any, Any, Any]] = SharedModels()
_HASHES: dict[tuple[str, int, float], str] = {}


def _weights(folder: Path) -> list[Path]:
    """The weight files of a transformers folder (every shard of a sharded one)."""
    for index in SHARD_INDEXES:
        if (folder / index).is_file():
            data = json.loads((folder / index).read_text(encoding="utf-8"))
            return [folder / f for f in sorted(set(data.get("weight_map", {}).values()))]
    return [folder / f for f in WEIGHT_FILES if (folder / f).is_file()][:1]


def _folder_sha256(folder: Path) -> str:
    marker = folder / (HF_WEIGHTS + SHA_SUFFIX)  # written by aqm's converter
    if marker.is_file():
        return marker.read_text().strip()
    hashes = []
    for path in _weights(folder):
        st = path.stat()
        key = (str(path), st.st_size, st.st_mtime)
        if key not in _HASHES:
            _HASHES[key] = sha256_file(path)
        hashes.append(_HASHES[key])
    return combined_sha256(hashes)


def _hf_ref(name: str, folder: Path) -> ModelRef:
    if not (folder / "config.json").is_file() or not _weights(folder):
        raise ModelError(f"{folder} is not a transformers Whisper folder (config.json and "
                         "model.safetensors or pytorch_model.bin expected)")
    try:
        vocab = int(json.loads((folder / "config.json").read_text(encoding="utf-8"))
                    .get("vocab_size", 0))
    except (OSError, ValueError) as e:
        raise ModelError(f"cannot read {folder / 'config.json'}: {e}") from e
    return ModelRef(name, folder.resolve(), _folder_sha256(folder),
                    multilingual=vocab >= MULTILINGUAL_VOCAB)


def resolve_hf_model(name_or_path: str) -> ModelRef:
    """The transformers folder this backend loads for ``TranscribeOptions.model``."""
    path = Path(name_or_path).expanduser()
    if name_or_path not in BUNDLED:
        if path.is_dir() and not (path / "model.bin").is_file():
            return _hf_ref(path.name, path)
        if not path.exists() and "/" in name_or_path.strip("/"):  # a model id
            try:
                from huggingface_hub import snapshot_download

                folder = Path(snapshot_download(name_or_path, local_files_only=True))
            except Exception as e:  # noqa: BLE001 - the hub raises many kinds; all mean "absent"
                raise ModelError(f"{name_or_path!r} is neither a folder nor a model in the "
                                 "Hugging Face cache, and aqm downloads nothing") from e
            return _hf_ref(name_or_path, folder)
    source = resolve_model(name_or_path)  # bundled or a CTranslate2 folder: convert once
    converted = ensure_converted(source, TRANSFORMERS)
    return ModelRef(source.name, converted.path, converted.sha256, source.multilingual)


def _load(ref: ModelRef, device: str, dtype: Any) -> tuple[Any, Any, Any]:
    try:
        import transformers
        from transformers import (
            WhisperFeatureExtractor,
            WhisperForConditionalGeneration,
            WhisperTokenizer,
        )
    except ImportError as e:
        raise ModelError("the transformers backend needs transformers: "
                         f"`pip install 'aqm[hf]'`: {e}") from e
    version = tuple(int(x) for x in transformers.__version__.split(".")[:2])
    if version < MIN_VERSION:
        raise ModelError(f"the transformers backend needs transformers >= 5.0 "
                         f"(found {transformers.__version__})")
    try:
        model: Any = WhisperForConditionalGeneration.from_pretrained(
            ref.path, local_files_only=True, dtype=dtype, attn_implementation="eager")
        features = WhisperFeatureExtractor.from_pretrained(ref.path, local_files_only=True)
        tokenizer = WhisperTokenizer.from_pretrained(ref.path, local_files_only=True)
    except (OSError, ValueError, RuntimeError, KeyError) as e:
        raise ModelError(f"cannot load transformers Whisper model from {ref.path}: {e}") from e
    return model.to(device).eval(), features, tokenizer


class TransformersWhisperTranscriber:
    """Whisper through transformers; the loaded model is shared within a process."""

    backend = BACKEND

    def __init__(self, options: TranscribeOptions) -> None:
        import torch

        self.ref = resolve_hf_model(options.model)
        self.device, self.compute_type = torch_setup(options)
        self._dtype = torch.float16 if self.compute_type == "float16" else torch.float32
        self._model, self._features, self._tokenizer = _MODELS.get(
            (str(self.ref.path), self.device), lambda: _load(self.ref, self.device, self._dtype))
        self._speech = SpeechFinder(options.vad_min_silence_duration_ms)
        self.model_name = self.ref.name
        self.model_sha256 = self.ref.sha256

    @property
    def multilingual(self) -> bool:
        config = self._model.generation_config
        return bool(getattr(config, "is_multilingual",
                            self._model.config.vocab_size >= MULTILINGUAL_VOCAB))

    def has_speech(self, audio: np.ndarray) -> bool:
        return self._speech.has_speech(audio)

    def _input(self, audio: np.ndarray, whole: bool) -> Any:
        kwargs = ({"truncation": False, "padding": "longest"} if whole else {})
        return self._features(audio.astype(np.float32), sampling_rate=SAMPLE_RATE_HZ,
                              return_tensors="pt", return_attention_mask=True, **kwargs)

    def detect_language(self, audio: np.ndarray, candidates: tuple[str, ...]) -> LanguageGuess:
        """Most likely language among ``candidates`` on the first 30 s of speech: the
        decoder's language-token distribution right after ``<|startoftranscript|>``."""
        if not self.multilingual:
            return LanguageGuess("en", 1.0)
        import torch

        speech, _ = self._speech.speech(audio)
        feats = self._input(speech[:WINDOW_S * SAMPLE_RATE_HZ], whole=False)
        config = self._model.generation_config
        lang_to_id: dict[str, int] = dict(config.lang_to_id)
        with torch.inference_mode():
            logits = self._model(
                input_features=feats.input_features.to(self.device, self._dtype),
                decoder_input_ids=torch.tensor([[config.decoder_start_token_id]],
                                               device=self.device)).logits[0, -1]
            probs = logits[list(lang_to_id.values())].float().softmax(-1).tolist()
        named = {tok.strip("<|>"): p for tok, p in zip(lang_to_id, probs, strict=True)}
        return language_guess(named, candidates)

    def _generate(self, window: Any, language: str, options: TranscribeOptions,
                  prompt: list[int]) -> Any:
        """Decode one window (at most 30 s of features) in one ``generate`` call."""
        import torch

        kwargs: dict[str, Any] = {
            "return_timestamps": True, "return_segments": True,
            "force_unique_generate_call": True,
            "num_beams": options.beam_size, "do_sample": False,
            "temperature": tuple(options.temperatures),
            "logprob_threshold": LOGPROB_THRESHOLD, "no_speech_threshold": NO_SPEECH_THRESHOLD}
        if len(options.temperatures) > 1:
            kwargs["compression_ratio_threshold"] = TOKEN_COMPRESSION_RATIO_THRESHOLD
        if self.multilingual:
            kwargs |= {"language": language, "task": "transcribe"}
        if prompt:
            kwargs["prompt_ids"] = torch.tensor(
                [int(self._tokenizer.convert_tokens_to_ids("<|startofprev|>")),
                 *prompt[-(self._model.config.max_target_positions // 2 - 1):]],
                device=self.device)
        try:
            with torch.inference_mode():
                return self._model.generate(window.to(self.device, self._dtype), **kwargs)
        except (RuntimeError, ValueError) as e:
            raise ModelError(f"transformers failed on {self.model_name}: {e}") from e

    def transcribe(self, audio: np.ndarray, language: str,
                   options: TranscribeOptions) -> tuple[Segment, ...]:
        """openai-whisper's sequential decoding, window by window (``generate`` decodes, this
        loop seeks as openai-whisper does: to the last word's end when word times are on)."""
        if not self.multilingual and language != "en":
            raise ModelError(f"model {self.model_name} is English-only; cannot transcribe "
                             f"language {language!r} (use --model base)")
        speech, chunks = (self._speech.speech(audio) if options.vad_filter else (audio, []))
        if speech.size == 0:
            return ()
        mel = self._input(speech, whole=True).input_features
        total = int(mel.shape[-1])
        config = self._model.generation_config
        begin, eot = int(config.no_timestamps_token_id) + 1, int(self._tokenizer.eos_token_id)
        prefix = [int(config.decoder_start_token_id)]
        if self.multilingual:
            prefix += [int(config.lang_to_id[f"<|{language}|>"]),
                       int(config.task_to_id["transcribe"])]
        seek, last_speech_s, history = 0, 0.0, list[int]()
        found: list[Segment] = []
        while seek < total:
            offset_s, size = seek / FRAMES_PER_S, min(WINDOW_FRAMES, total - seek)
            window = mel[:, :, seek:seek + size]
            out = self._generate(window, language, options,
                                 history if options.condition_on_previous_text else [])
            decoded = out["segments"][0]
            if not decoded:  # no speech in this window
                seek += size
                continue
            new_seek, single_ending = next_seek(
                [int(t) for s in decoded for t in s["tokens"].tolist()], begin, seek, size)
            segments = [WindowSegment(offset_s + float(s["start"]), offset_s + float(s["end"]),
                                      [int(t) for t in s["tokens"].tolist() if t < eot], [])
                        for s in decoded]
            if options.word_timestamps:
                padded = torch_pad(window, WINDOW_FRAMES)
                alignment = find_alignment(self._model, self._tokenizer, padded, size, prefix,
                                           [t for s in segments for t in s.tokens],
                                           self._heads(), language)
                add_word_timestamps(segments, alignment, offset_s, last_speech_s)
                end = get_end(segments)
                if not single_ending and end is not None and end > offset_s:
                    new_seek = round(end * FRAMES_PER_S)
                last_speech_s = last_speech_s if end is None else end
            seek = new_seek if new_seek > seek else seek + size
            logprob = avg_logprob(decoded[0]["result"])
            for s in segments:
                if s.start == s.end:  # instantaneous: openai-whisper clears these too
                    continue
                history.extend(s.tokens)
                made = make_segment(
                    self._tokenizer.decode(s.tokens), s.start, s.end,
                    (make_word(w.start, w.end, w.word, w.probability) for w in s.words),
                    language, logprob, 0.0)
                if made is not None:
                    found.append(made)
        return restore_times(found, chunks)

    def _heads(self) -> list[list[int]]:
        """The alignment heads; without any, the later half of the decoder (openai-whisper's
        default)."""
        heads = getattr(self._model.generation_config, "alignment_heads", None)
        if heads:
            return [list(h) for h in heads]
        config = self._model.config
        return [[layer, head] for layer in range(config.decoder_layers // 2,
                                                 config.decoder_layers)
                for head in range(config.decoder_attention_heads)]


def torch_pad(features: Any, frames: int) -> Any:
    """Zero-pad mel features to ``frames`` (as openai-whisper pads a window)."""
    import torch

    return torch.nn.functional.pad(features, (0, frames - int(features.shape[-1])))
