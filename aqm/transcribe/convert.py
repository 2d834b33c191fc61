"""Turn a CTranslate2 Whisper model into an openai-whisper checkpoint and a transformers folder.

No openai-whisper ``.pt`` and no transformers Whisper ships in any package aqm can install,
but the bundled CTranslate2 models hold the same weights (fp16), so aqm converts them once:

- ``openai-whisper``: one ``.pt`` file, ``{"dims", "model_state_dict"}`` as
  ``whisper.load_model`` reads it, plus ``"alignment_heads"`` (the model's word-timing heads
  from CTranslate2's ``config.json``, in the base85/gzip form of
  ``Whisper.set_alignment_heads``; ``whisper.load_model`` ignores the key and
  ``aqm.transcribe.openai_backend`` applies it). Tokenizer and mel filters come with the
  openai-whisper package.
- ``transformers``: a ``WhisperForConditionalGeneration`` folder (``config.json``,
  ``model.safetensors``, ``generation_config.json`` with language/task ids, suppressed tokens
  and alignment heads, ``preprocessor_config.json``, and the tokenizer built from the
  ``tokenizer.json`` that ships with the CTranslate2 model).

Weights stay fp16 on disk (exactly the CTranslate2 values); the backends compute in fp32 on
CPU. Converted models live in ``$AQM_MODEL_DIR/converted/<model>-<sha12>/`` and are written
once, atomically (a temporary folder renamed into place), so parallel workers can race.

The CTranslate2 ``model.bin`` (binary version 6, spec ``WhisperSpec``) is: uint32 version,
uint16-length-prefixed spec name, uint32 revision, uint32 variable count, then per variable a
uint16-length-prefixed name, uint8 rank, uint32 dims, uint8 dtype, uint32 byte count and the
raw bytes; then uint32 alias count and (alias, target) name pairs.
"""

from __future__ import annotations

import base64
import gzip
import json
import os
import re
import shutil
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from aqm.errors import InputError, ModelError
from aqm.transcribe.models import ModelRef, model_home, resolve_model, sha256_file

OPENAI = "openai-whisper"
TRANSFORMERS = "transformers"
FORMATS = (OPENAI, TRANSFORMERS)
OPENAI_FILE = "openai-whisper.pt"
HF_FOLDER = "transformers"
HF_WEIGHTS = "model.safetensors"
SHA_SUFFIX = ".sha256"  # sidecar holding the converted weights' hash
SUPPORTED_BINARY_VERSION = 6
CT2_DTYPES: dict[int, Any] = {0: np.float32, 1: np.int8, 2: np.int16, 3: np.int32, 4: np.float16}
AUDIO_CONTEXT = 1500  # encoder positions (30 s)
SPECIAL_TOKENS = {"bos_token": "<|endoftext|>", "eos_token": "<|endoftext|>",
                  "unk_token": "<|endoftext|>", "pad_token": "<|endoftext|>"}
MAX_INITIAL_TIMESTAMP_INDEX = 50  # 1.0 s, openai-whisper's and faster-whisper's default


@dataclass(frozen=True)
class Ct2Whisper:
    """A CTranslate2 Whisper model read into numpy: weights, its config.json, its folder."""

    variables: dict[str, np.ndarray]
    config: dict[str, Any]
    folder: Path

    def layers(self, part: str) -> int:
        found = {int(m.group(1)) for k in self.variables
                 if (m := re.match(rf"{part}/layer_(\d+)/", k))}
        return len(found)

    def heads(self, part: str) -> int:
        return int(self.variables[f"{part}/num_heads"])

    @property
    def vocab_size(self) -> int:
        return int(self.variables["decoder/embeddings/weight"].shape[0])

    @property
    def n_mels(self) -> int:
        return int(self.variables["encoder/conv1/weight"].shape[1])

    @property
    def d_model(self) -> int:
        return int(self.variables["encoder/conv1/weight"].shape[0])

    @property
    def multilingual(self) -> bool:
        return self.vocab_size >= 51865

    def alignment_heads(self) -> list[tuple[int, int]]:
        heads = self.config.get("alignment_heads") or []
        if heads:
            return [(int(layer), int(head)) for layer, head in heads]
        layers = self.layers("decoder")  # no list: the later half of the decoder, all heads
        return [(layer, head) for layer in range(layers // 2, layers)
                for head in range(self.heads("decoder"))]


@dataclass(frozen=True)
class Converted:
    """A converted model on disk and the SHA-256 of its weights."""

    format: str
    path: Path
    sha256: str
    source: ModelRef


def read_ctranslate2(folder: Path) -> Ct2Whisper:
    """Read a CTranslate2 Whisper folder (``model.bin`` + ``config.json``) into numpy."""
    try:
        buf = (folder / "model.bin").read_bytes()
        config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise ModelError(f"cannot read the CTranslate2 model in {folder}: {e}") from e
    pos = 0

    def take(fmt: str) -> int:
        nonlocal pos
        (value,) = struct.unpack_from(fmt, buf, pos)
        pos += struct.calcsize(fmt)
        return int(value)

    def name() -> str:
        nonlocal pos
        size = take("<H")
        pos += size
        return buf[pos - size:pos].rstrip(b"\0").decode()

    try:
        version = take("<I")
        spec = name()
        if version != SUPPORTED_BINARY_VERSION or spec != "WhisperSpec":
            raise ModelError(f"{folder / 'model.bin'} is a CTranslate2 {spec!r} model, binary "
                             f"version {version}; a WhisperSpec, version 6, is needed")
        take("<I")  # spec revision
        variables: dict[str, np.ndarray] = {}
        for _ in range(take("<I")):
            key = name()
            rank = buf[pos]
            pos += 1
            dims = [take("<I") for _ in range(rank)]
            dtype = CT2_DTYPES[buf[pos]]
            pos += 1
            nbytes = take("<I")
            count = nbytes // np.dtype(dtype).itemsize
            variables[key] = np.frombuffer(buf, dtype=dtype, count=count,
                                           offset=pos).reshape(dims)
            pos += nbytes
        for _ in range(take("<I")):
            alias, target = name(), name()
            variables[alias] = variables[target]
    except (struct.error, KeyError, IndexError, ValueError) as e:
        raise ModelError(f"{folder / 'model.bin'} is not a readable CTranslate2 model: {e}") from e
    if any(k.endswith("weight_scale") for k in variables):
        raise ModelError(f"{folder} holds quantised weights; only a float16 or float32 "
                         "CTranslate2 model can be converted")
    return Ct2Whisper(variables, config, folder)


def _attention(v: dict[str, np.ndarray], src: str, fused_qkv: bool) -> dict[str, np.ndarray]:
    """One attention block as q/k/v/o weights (the key has no bias) and its layer norm.

    Self-attention fuses Q, K and V in ``linear_0``; cross-attention has Q in ``linear_0`` and
    fuses K and V in ``linear_1``."""
    if fused_qkv:
        qw, kw, vw = np.split(v[f"{src}/linear_0/weight"], 3)
        qb, _, vb = np.split(v[f"{src}/linear_0/bias"], 3)
        out = "linear_1"
    else:
        qw, qb = v[f"{src}/linear_0/weight"], v[f"{src}/linear_0/bias"]
        kw, vw = np.split(v[f"{src}/linear_1/weight"], 2)
        _, vb = np.split(v[f"{src}/linear_1/bias"], 2)
        out = "linear_2"
    return {"q.weight": qw, "q.bias": qb, "k.weight": kw, "v.weight": vw, "v.bias": vb,
            "o.weight": v[f"{src}/{out}/weight"], "o.bias": v[f"{src}/{out}/bias"],
            "ln.weight": v[f"{src}/layer_norm/gamma"], "ln.bias": v[f"{src}/layer_norm/beta"]}


def _ffn(v: dict[str, np.ndarray], src: str) -> dict[str, np.ndarray]:
    return {"fc1.weight": v[f"{src}/linear_0/weight"], "fc1.bias": v[f"{src}/linear_0/bias"],
            "fc2.weight": v[f"{src}/linear_1/weight"], "fc2.bias": v[f"{src}/linear_1/bias"],
            "ln.weight": v[f"{src}/layer_norm/gamma"], "ln.bias": v[f"{src}/layer_norm/beta"]}


def _rename(parts: dict[str, np.ndarray], prefix: str, names: dict[str, str],
            ln: str) -> dict[str, np.ndarray]:
    out = {}
    for key, arr in parts.items():
        head, leaf = key.split(".")
        out[f"{ln}.{leaf}" if head == "ln" else f"{prefix}.{names[head]}.{leaf}"] = arr
    return out


# the CTranslate2 variables outside the layers, in the order both state dicts list them
CT2_TOP = ("encoder/conv1/weight", "encoder/conv1/bias", "encoder/conv2/weight",
           "encoder/conv2/bias", "encoder/position_encodings/encodings",
           "encoder/layer_norm/gamma", "encoder/layer_norm/beta", "decoder/embeddings/weight",
           "decoder/position_encodings/encodings", "decoder/layer_norm/gamma",
           "decoder/layer_norm/beta")


@dataclass(frozen=True)
class Layout:
    """One runtime's names for Whisper's weights: ``CT2_TOP``'s, a layer's prefix, then (module,
    layer norm) of its attentions and feed-forward block ("" for the layer itself)."""

    top: tuple[str, ...]
    layer: str  # format with part, i
    self_attn: tuple[str, str]
    cross_attn: tuple[str, str]
    ffn: tuple[str, str]
    attn_names: dict[str, str]
    ffn_names: dict[str, str]


OPENAI_LAYOUT = Layout(
    top=("encoder.conv1.weight", "encoder.conv1.bias", "encoder.conv2.weight",
         "encoder.conv2.bias", "encoder.positional_embedding", "encoder.ln_post.weight",
         "encoder.ln_post.bias", "decoder.token_embedding.weight",
         "decoder.positional_embedding", "decoder.ln.weight", "decoder.ln.bias"),
    layer="{part}.blocks.{i}", self_attn=("attn", "attn_ln"),
    cross_attn=("cross_attn", "cross_attn_ln"), ffn=("mlp", "mlp_ln"),
    attn_names={"q": "query", "k": "key", "v": "value", "o": "out"},
    ffn_names={"fc1": "0", "fc2": "2"})
HF_LAYOUT = Layout(  # WhisperForConditionalGeneration (``proj_out`` is tied)
    top=tuple(f"model.{n}" for n in (
        "encoder.conv1.weight", "encoder.conv1.bias", "encoder.conv2.weight",
        "encoder.conv2.bias", "encoder.embed_positions.weight", "encoder.layer_norm.weight",
        "encoder.layer_norm.bias", "decoder.embed_tokens.weight",
        "decoder.embed_positions.weight", "decoder.layer_norm.weight",
        "decoder.layer_norm.bias")),
    layer="model.{part}.layers.{i}", self_attn=("self_attn", "self_attn_layer_norm"),
    cross_attn=("encoder_attn", "encoder_attn_layer_norm"), ffn=("", "final_layer_norm"),
    attn_names={"q": "q_proj", "k": "k_proj", "v": "v_proj", "o": "out_proj"},
    ffn_names={"fc1": "fc1", "fc2": "fc2"})


def state_dict(m: Ct2Whisper, layout: Layout) -> dict[str, np.ndarray]:
    """The model's weights under ``layout``'s names."""
    v = m.variables
    sd = {name: v[src] for name, src in zip(layout.top, CT2_TOP, strict=True)}
    def sub(dst: str, module: str) -> str:
        return f"{dst}.{module}" if module else dst
    for part in ("encoder", "decoder"):
        for i in range(m.layers(part)):
            src, dst = f"{part}/layer_{i}", layout.layer.format(part=part, i=i)
            mod, ln = layout.self_attn
            sd |= _rename(_attention(v, f"{src}/self_attention", True), sub(dst, mod),
                          layout.attn_names, sub(dst, ln))
            if part == "decoder":
                mod, ln = layout.cross_attn
                sd |= _rename(_attention(v, f"{src}/attention", False), sub(dst, mod),
                              layout.attn_names, sub(dst, ln))
            mod, ln = layout.ffn
            sd |= _rename(_ffn(v, f"{src}/ffn"), sub(dst, mod), layout.ffn_names, sub(dst, ln))
    return sd


def openai_dims(m: Ct2Whisper) -> dict[str, int]:
    """``whisper.model.ModelDimensions`` as a dict."""
    return {"n_mels": m.n_mels, "n_audio_ctx": AUDIO_CONTEXT, "n_audio_state": m.d_model,
            "n_audio_head": m.heads("encoder"), "n_audio_layer": m.layers("encoder"),
            "n_vocab": m.vocab_size,
            "n_text_ctx": int(m.variables["decoder/position_encodings/encodings"].shape[0]),
            "n_text_state": m.d_model, "n_text_head": m.heads("decoder"),
            "n_text_layer": m.layers("decoder")}


def encode_alignment_heads(heads: list[tuple[int, int]], layers: int, n_heads: int) -> bytes:
    """The base85(gzip(bool mask)) form that ``Whisper.set_alignment_heads`` reads."""
    mask = np.zeros((layers, n_heads), dtype=bool)
    for layer, head in heads:
        mask[layer, head] = True
    return base64.b85encode(gzip.compress(mask.tobytes(), mtime=0))


def _token_ids(m: Ct2Whisper) -> dict[str, int]:
    """Special token ids by their text, from the model's ``tokenizer.json``."""
    try:
        data = json.loads((m.folder / "tokenizer.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise ModelError(f"{m.folder} has no readable tokenizer.json: {e}") from e
    return {t["content"]: int(t["id"]) for t in data.get("added_tokens", [])}


def write_openai(m: Ct2Whisper, path: Path) -> None:
    """Write the openai-whisper checkpoint (fp16 weights, as OpenAI's own are)."""
    import torch

    dims = openai_dims(m)
    checkpoint = {
        "dims": dims,
        "model_state_dict": {k: torch.from_numpy(np.array(a)) for k, a in
                             state_dict(m, OPENAI_LAYOUT).items()},
        "alignment_heads": encode_alignment_heads(m.alignment_heads(), dims["n_text_layer"],
                                                  dims["n_text_head"]),
    }
    torch.save(checkpoint, path)


def write_transformers(m: Ct2Whisper, folder: Path) -> None:
    """Write a transformers Whisper folder: weights, configs, tokenizer, feature extractor."""
    from safetensors.numpy import save_file
    from transformers import GenerationConfig, WhisperConfig, WhisperFeatureExtractor

    ids = _token_ids(m)
    eot, sot = ids["<|endoftext|>"], ids["<|startoftranscript|>"]
    ffn = int(m.variables["encoder/layer_0/ffn/linear_0/weight"].shape[0])
    begin_suppress = [int(t) for t in m.config.get("suppress_ids_begin", [220, eot])]
    suppress = [int(t) for t in m.config.get("suppress_ids", [])]
    config = WhisperConfig(
        vocab_size=m.vocab_size, num_mel_bins=m.n_mels, d_model=m.d_model,
        encoder_layers=m.layers("encoder"), encoder_attention_heads=m.heads("encoder"),
        decoder_layers=m.layers("decoder"), decoder_attention_heads=m.heads("decoder"),
        encoder_ffn_dim=ffn, decoder_ffn_dim=ffn, max_source_positions=AUDIO_CONTEXT,
        max_target_positions=int(m.variables["decoder/position_encodings/encodings"].shape[0]),
        pad_token_id=eot, bos_token_id=eot, eos_token_id=eot, decoder_start_token_id=sot,
        suppress_tokens=suppress, begin_suppress_tokens=begin_suppress,
        architectures=["WhisperForConditionalGeneration"])
    config.save_pretrained(folder)
    gen: dict[str, Any] = {
        "alignment_heads": [list(h) for h in m.alignment_heads()],
        "begin_suppress_tokens": begin_suppress, "suppress_tokens": suppress,
        "bos_token_id": eot, "eos_token_id": eot, "pad_token_id": eot,
        "decoder_start_token_id": sot, "max_length": config.max_target_positions,
        "max_initial_timestamp_index": MAX_INITIAL_TIMESTAMP_INDEX,
        "no_timestamps_token_id": ids["<|notimestamps|>"],
        "prev_sot_token_id": ids["<|startofprev|>"], "is_multilingual": m.multilingual,
        "return_timestamps": False}
    if m.multilingual:
        lang_ids = {int(t) for t in m.config.get("lang_ids", [])}
        gen["lang_to_id"] = {tok: i for tok, i in ids.items() if i in lang_ids}
        gen["task_to_id"] = {"transcribe": ids["<|transcribe|>"],
                             "translate": ids["<|translate|>"]}
    GenerationConfig(**gen).save_pretrained(folder)
    WhisperFeatureExtractor(feature_size=m.n_mels).save_pretrained(folder)
    shutil.copyfile(m.folder / "tokenizer.json", folder / "tokenizer.json")
    specials = [tok for tok, _ in sorted(ids.items(), key=lambda kv: kv[1])]
    tokenizer_config = {"tokenizer_class": "WhisperTokenizer", **SPECIAL_TOKENS,
                        "add_prefix_space": False, "model_max_length": 1024,
                        "additional_special_tokens": specials}
    (folder / "tokenizer_config.json").write_text(json.dumps(tokenizer_config, indent=2),
                                                   encoding="utf-8")
    save_file({k: np.ascontiguousarray(a) for k, a in state_dict(m, HF_LAYOUT).items()},
              str(folder / HF_WEIGHTS), metadata={"format": "pt"})


def converted_home(ref: ModelRef) -> Path:
    """Where conversions of ``ref`` are cached: one folder per source model hash."""
    return model_home() / "converted" / f"{ref.name}-{ref.sha256[:12]}"


def _paths(fmt: str, folder: Path) -> tuple[Path, Path]:
    """(what a backend loads, the weights file whose hash is recorded) for a format."""
    if fmt == OPENAI:
        return folder / OPENAI_FILE, folder / OPENAI_FILE
    return folder / HF_FOLDER, folder / HF_FOLDER / HF_WEIGHTS


def ensure_converted(ref: ModelRef, fmt: str, out: Path | None = None) -> Converted:
    """The ``fmt`` conversion of the CTranslate2 model ``ref``, written once into ``out``
    (default ``converted_home(ref)``) and reused after that."""
    if fmt not in FORMATS:
        raise InputError(f"unknown model format {fmt!r}; choose one of {', '.join(FORMATS)}")
    folder = out or converted_home(ref)
    target, weights = _paths(fmt, folder)
    marker = weights.with_name(weights.name + SHA_SUFFIX)
    if weights.is_file() and marker.is_file():
        return Converted(fmt, target, marker.read_text().strip(), ref)
    m = read_ctranslate2(ref.path)
    tmp = folder / f".{target.name}.{os.getpid()}.partial"
    shutil.rmtree(tmp, ignore_errors=True)
    try:
        tmp.mkdir(parents=True)
        tmp_target, tmp_weights = _paths(fmt, tmp)
        if fmt == OPENAI:
            write_openai(m, tmp_target)
        else:
            tmp_target.mkdir()
            write_transformers(m, tmp_target)
        tmp_marker = tmp_weights.with_name(tmp_weights.name + SHA_SUFFIX)
        tmp_marker.write_text(sha256_file(tmp_weights) + "\n")
        if fmt == OPENAI:  # the file first, then its hash: a hash means a whole file
            os.replace(tmp_target, target)
            os.replace(tmp_marker, marker)
        else:  # the hash travels inside the folder
            if target.exists() and not marker.is_file():
                shutil.rmtree(target)  # left without its hash: incomplete
            try:
                os.replace(tmp_target, target)
            except OSError:
                if not marker.is_file():  # not just another worker finishing first
                    raise
    except (OSError, RuntimeError, ValueError) as e:
        raise ModelError(f"cannot convert {ref.name} to {fmt} in {folder}: {e}") from e
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return Converted(fmt, target, marker.read_text().strip(), ref)


def convert(model: str = "base", to: str = "both", out: Path | None = None
            ) -> tuple[Converted, ...]:
    """Convert a bundled model (``base``, ``tiny.en``) or a CTranslate2 folder to
    ``openai-whisper``, ``transformers`` or ``both``; cached unless ``out`` is given."""
    formats = FORMATS if to == "both" else (to,)
    for fmt in formats:
        if fmt not in FORMATS:
            raise InputError(f"unknown target {to!r}; choose openai-whisper, transformers "
                             "or both")
    ref = resolve_model(model)
    return tuple(ensure_converted(ref, fmt, out) for fmt in formats)
