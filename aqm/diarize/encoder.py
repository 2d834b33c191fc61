"""Speaker embeddings: Resemblyzer's voice encoder, whose weights ship in its PyPI package.

The encoder (GE2E-trained, three LSTM layers of 256 over 40 mel bands at 10 ms, a 256-d
L2-normalised embedding; ``resemblyzer/pretrained.pt``, 17 MB) is loaded once per process
and run on CPU. Nothing is downloaded. ``resemblyzer`` is installed without its declared
dependencies (``pip install --no-deps resemblyzer==0.1.4``: they name the source-only
``webrtcvad`` and the ``typing`` backport); it needs librosa (its mel spectrogram) and a
``webrtcvad`` module, which ``webrtcvad-wheels`` provides. aqm uses its own speech detection
(Silero VAD) and never calls resemblyzer's.

Input is what resemblyzer was trained on: 16 kHz speech at -30 dBFS (the call's speech is
scaled to that level as a whole, so the two sides keep their level difference), as a
power (not log) mel spectrogram; a window of ``n`` frames gives one embedding.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.metadata
import importlib.util
import threading
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from aqm.errors import ModelError

PACKAGE = "resemblyzer"
WEIGHTS_FILE = "pretrained.pt"
TARGET_DBFS = -30.0  # resemblyzer's training level (audio_norm_target_dBFS)
SAMPLE_RATE_HZ = 16000
N_FFT = 400  # resemblyzer's hparams: 25 ms windows,
MEL_HOP = 160  # every 10 ms (the speech grid of aqm.metrics.speech too),
N_MELS = 40  # 40 mel bands
MEL_BLOCK_FRAMES = 6000  # mel spectrogram computed 60 s at a time
EMBEDDING_DIM = 256
BATCH_FRAMES = 160 * 256  # frames per forward pass (bounds memory on long calls)
TORCH_THREADS = 1  # one thread: the batches are small, and two threads on two busy cores
# ran 6-30x slower than one (OpenMP waits); set only while embedding, then restored
HASH_CHUNK_BYTES = 1 << 22

_LOCK = threading.Lock()
_MODELS: dict[str, Any] = {}


def weights_path() -> Path:
    """Where the installed package keeps its weights (without importing it)."""
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise ModelError("the speaker encoder package resemblyzer is not installed; run "
                         "`make setup` or `pip install --no-deps resemblyzer==0.1.4`")
    path = Path(next(iter(spec.submodule_search_locations))) / WEIGHTS_FILE
    if not path.is_file():
        raise ModelError(f"resemblyzer is installed but its weights are missing: {path}")
    return path


@functools.cache
def _sha256(path: str, size: int, mtime_ns: int) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(HASH_CHUNK_BYTES):
            digest.update(chunk)
    return digest.hexdigest()


def encoder_identity() -> tuple[str, str]:
    """(name with version, SHA-256 of the weights) of the installed speaker encoder."""
    path = weights_path()
    stat = path.stat()
    try:
        version = importlib.metadata.version(PACKAGE)
    except importlib.metadata.PackageNotFoundError:
        version = "unknown"
    return f"resemblyzer-{version}", _sha256(str(path), stat.st_size, stat.st_mtime_ns)


def _load() -> Any:
    with _LOCK:
        model = _MODELS.get("cpu")
        if model is not None:
            return model
        try:
            with warnings.catch_warnings():  # resemblyzer imports a deprecated scipy path
                warnings.simplefilter("ignore", DeprecationWarning)
                from resemblyzer import VoiceEncoder
        except ImportError as e:
            raise ModelError(f"cannot import the speaker encoder (resemblyzer needs librosa "
                             f"and webrtcvad-wheels): {e}") from e
        try:
            model = VoiceEncoder(device="cpu", verbose=False, weights_fpath=weights_path())
        except Exception as e:  # torch.load raises many types
            raise ModelError(f"cannot load the speaker encoder: {type(e).__name__}: {e}") from e
        model.eval()
        _MODELS["cpu"] = model
        return model


class SpeakerEncoder:
    """Embeds windows of one signal. Loading happens on first use, once per process."""

    def __init__(self) -> None:
        self.name, self.sha256 = encoder_identity()

    def mel(self, signal: np.ndarray, speech: np.ndarray) -> np.ndarray:
        """Power mel spectrogram (frames, 40) of ``signal`` (16 kHz), its speech (a bool per
        10 ms frame) scaled to -30 dBFS; frame i is centred on sample ``i * 160``. The same
        as resemblyzer's ``wav_to_mel_spectrogram`` (librosa, centred frames, zero padding),
        computed ``MEL_BLOCK_FRAMES`` at a time so a long call needs little memory."""
        import librosa

        n = min(len(speech), len(signal) // MEL_HOP)
        blocks = signal[:n * MEL_HOP].reshape(n, MEL_HOP)[speech[:n]]
        rms = float(np.sqrt(np.mean(np.square(blocks, dtype=np.float64)))) if len(blocks) else 0.0
        gain = 10.0 ** (TARGET_DBFS / 20.0) / rms if rms > 0 else 1.0
        padded = np.pad((signal * gain).astype(np.float32), (N_FFT // 2, N_FFT // 2))
        frames = 1 + len(signal) // MEL_HOP
        out = np.empty((frames, N_MELS), dtype=np.float32)
        for a in range(0, frames, MEL_BLOCK_FRAMES):
            b = min(a + MEL_BLOCK_FRAMES, frames)
            piece = padded[a * MEL_HOP:(b - 1) * MEL_HOP + N_FFT]
            out[a:b] = librosa.feature.melspectrogram(
                y=piece, sr=SAMPLE_RATE_HZ, n_fft=N_FFT, hop_length=MEL_HOP, n_mels=N_MELS,
                center=False).T
        return out

    def embed(self, mel: np.ndarray, windows: Sequence[tuple[int, int]]) -> np.ndarray:
        """One L2-normalised embedding per (start, end) frame window, shape (n, 256). Windows
        of the same length run in one batch."""
        import torch

        model = _load()
        out = np.zeros((len(windows), EMBEDDING_DIM), dtype=np.float32)
        by_length: dict[int, list[int]] = {}
        for i, (a, b) in enumerate(windows):
            by_length.setdefault(b - a, []).append(i)
        threads = torch.get_num_threads()
        torch.set_num_threads(TORCH_THREADS)
        try:
            with torch.inference_mode():
                for length, index in sorted(by_length.items()):
                    step = max(1, BATCH_FRAMES // max(length, 1))
                    for k in range(0, len(index), step):
                        part = index[k:k + step]
                        batch = np.stack([mel[windows[i][0]:windows[i][1]] for i in part])
                        out[part] = model(torch.from_numpy(batch)).numpy()
        finally:
            torch.set_num_threads(threads)
        return out
