"""Who speaks when in one mono signal: speech, window embeddings, clustering, turns.

1. Speech on the 10 ms grid of ``aqm.metrics.speech`` (Silero VAD refined on the signal's
   energy, transcript words marking speech too), the same detector as the call metrics.
2. Windows of ``window_s`` every ``hop_s`` inside each stretch of speech (never across a
   pause, so a window rarely holds two speakers), the last one flush with the stretch's end;
   a stretch shorter than ``window_s`` is one window; shorter than ``min_window_s``, none.
3. One speaker embedding per window (``aqm.diarize.encoder``).
4. k-means (scikit-learn, fixed seed) on the embeddings. The number of speakers is two,
   unless the manifest says otherwise (``speakers`` column) or the data says more: a third
   (fourth, ...) speaker is accepted when splitting raises the mean silhouette (cosine) of
   the window embeddings and every speaker keeps at least ``min_speaker_s`` of speech (a
   transfer to a second agent). Fewer than two windows: one speaker.
5. Each stretch of speech is cut where windows start or end; every piece goes to the speaker
   whose centroid its windows are most similar to (mean cosine similarity), so a change of
   speaker without a pause is placed to within half a hop. Pieces without a window (speech
   shorter than ``min_window_s``) take the scores of the nearest piece that has one.
6. Turns are the runs of one speaker's speech. Speakers are named ``S1``, ``S2``... in the
   order they first speak.

Work happens when ``diarize_signal`` is called; the encoder is most of it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from aqm.diarize.encoder import SpeakerEncoder
from aqm.diarize.options import DiarizeOptions
from aqm.ingest.audio import SAMPLE_RATE_HZ
from aqm.metrics.options import MetricsOptions
from aqm.metrics.speech import FRAME_S, HOP, detect_speech, runs

SILHOUETTE_SAMPLE = 3000  # windows the silhouette is computed on (long calls)
SEED = 0


@dataclass(frozen=True)
class SpeakerTurn:
    """One stretch of one diarised speaker's speech (seconds from call start)."""

    speaker: str  # S1, S2, ... in order of first speech
    start_s: float
    end_s: float


@dataclass(frozen=True)
class Diarisation:
    """Who spoke when in a mono call, and how the number of speakers was chosen."""

    turns: tuple[SpeakerTurn, ...]
    speakers: tuple[str, ...]  # labels in order of first speech
    talk_s: tuple[float, ...]  # speech per speaker, same order
    count_reason: str  # e.g. "2 (default)", "3 (silhouette 0.43 > 0.38, each >= 5 s)"
    windows: int  # embeddings computed


def speech_frames(signal: np.ndarray, words: Sequence[tuple[float, float]]) -> np.ndarray:
    """Speech (bool per 10 ms frame) of a mono signal, as the call metrics see it."""
    frames = int(np.ceil(len(signal) / HOP))
    return detect_speech([signal], [list(words)], frames, MetricsOptions())[0].speech


def speech_windows(speech: np.ndarray, options: DiarizeOptions) -> list[tuple[int, int]]:
    """(start, end) frames of the windows to embed, inside stretches of speech."""
    win = max(1, int(round(options.window_s / FRAME_S)))
    hop = max(1, int(round(options.hop_s / FRAME_S)))
    shortest = max(1, int(round(options.min_window_s / FRAME_S)))
    out: list[tuple[int, int]] = []
    for a, b in runs(speech):
        a, b = int(a), int(b)
        if b - a < shortest:
            continue
        if b - a <= win:
            out.append((a, b))
            continue
        start = a
        while start + win < b:
            out.append((start, start + win))
            start += hop
        out.append((b - win, b))
    return out


def _kmeans(embeddings: np.ndarray, k: int, options: DiarizeOptions) -> np.ndarray:
    from sklearn.cluster import KMeans
    from threadpoolctl import threadpool_limits

    with threadpool_limits(limits=1):  # small problem: threads only wait on busy cores
        return np.asarray(KMeans(n_clusters=k, n_init=options.kmeans_restarts,
                                 random_state=SEED).fit_predict(embeddings))


def _silhouette(embeddings: np.ndarray, labels: np.ndarray) -> float:
    from sklearn.metrics import silhouette_score
    from threadpoolctl import threadpool_limits

    if not 2 <= len(set(labels.tolist())) <= len(labels) - 1:
        return -1.0  # undefined (scikit-learn refuses): too few windows for these speakers
    size = min(len(labels), SILHOUETTE_SAMPLE)
    with threadpool_limits(limits=1):
        return float(silhouette_score(embeddings, labels, metric="cosine", sample_size=size,
                                      random_state=SEED))


def _speech_s(windows: Sequence[tuple[int, int]], labels: np.ndarray, k: int,
              frames: int) -> list[float]:
    out = []
    for j in range(k):
        mask = np.zeros(frames, dtype=bool)
        for (a, b), lab in zip(windows, labels, strict=True):
            if lab == j:
                mask[a:b] = True
        out.append(float(mask.sum()) * FRAME_S)
    return out


def cluster_windows(embeddings: np.ndarray, windows: Sequence[tuple[int, int]], frames: int,
                    options: DiarizeOptions, speakers: int | None = None
                    ) -> tuple[np.ndarray, int, str]:
    """(speaker index per window, number of speakers, how the number was chosen)."""
    n = len(embeddings)
    if n == 0:
        return np.zeros(0, dtype=int), 0, "0 (no speech)"
    if speakers is not None:
        k = max(1, min(speakers, n))
        labels = _kmeans(embeddings, k, options) if k > 1 else np.zeros(n, dtype=int)
        return labels, k, f"{k} (manifest)"
    if n < 2:
        return np.zeros(n, dtype=int), 1, "1 (one window of speech)"
    labels, k = _kmeans(embeddings, 2, options), 2
    score = _silhouette(embeddings, labels)
    reason = f"2 (default; silhouette {score:.2f})"
    while k < min(options.max_speakers, n):
        more = _kmeans(embeddings, k + 1, options)
        more_score = _silhouette(embeddings, more)
        least = min(_speech_s(windows, more, k + 1, frames))
        if more_score <= score or least < options.min_speaker_s:
            break
        reason = (f"{k + 1} (silhouette {more_score:.2f} > {score:.2f} with {k}; every "
                  f"speaker >= {options.min_speaker_s:g} s)")
        labels, k, score = more, k + 1, more_score
    return labels, k, reason


def _pieces(speech: np.ndarray, windows: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Speech cut at every window edge: (start, end) frames."""
    cuts = {int(x) for w in windows for x in w}
    out = []
    for a, b in runs(speech):
        a, b = int(a), int(b)
        edges = sorted({a, b} | {c for c in cuts if a < c < b})
        out += list(zip(edges[:-1], edges[1:], strict=True))
    return out


def frame_speakers(speech: np.ndarray, windows: Sequence[tuple[int, int]],
                   embeddings: np.ndarray, labels: np.ndarray, k: int) -> np.ndarray:
    """Speaker index per 10 ms frame (-1: no speech)."""
    out = np.full(len(speech), -1, dtype=int)
    if k == 0 or not speech.any():
        return out
    if k == 1:
        out[speech] = 0
        return out
    centroids = np.stack([embeddings[labels == j].mean(axis=0) for j in range(k)])
    centroids /= np.maximum(np.linalg.norm(centroids, axis=1, keepdims=True), 1e-9)
    sims = embeddings @ centroids.T
    total = np.zeros((len(speech) + 1, k))
    count = np.zeros(len(speech) + 1)
    for (a, b), s in zip(windows, sims, strict=True):  # difference arrays, summed below
        total[a] += s
        total[b] -= s
        count[a] += 1
        count[b] -= 1
    total, count = np.cumsum(total, axis=0)[:-1], np.cumsum(count)[:-1]
    pieces = _pieces(speech, windows)
    scores = np.zeros((len(pieces), k))
    known = np.zeros(len(pieces), dtype=bool)
    for i, (a, _) in enumerate(pieces):
        if count[a] > 0:
            scores[i] = total[a] / count[a]
            known[i] = True
    if not known.any():
        out[speech] = 0
        return out
    have = np.flatnonzero(known)
    mids = np.array([(a + b) / 2 for a, b in pieces])
    for gap in np.flatnonzero(~known):  # nearest piece with a window
        scores[gap] = scores[have[np.argmin(np.abs(mids[have] - mids[gap]))]]
    for (a, b), best in zip(pieces, scores.argmax(axis=1).tolist(), strict=True):
        out[a:b] = best
    return out


def turns_from_frames(labels: np.ndarray) -> tuple[tuple[SpeakerTurn, ...], tuple[str, ...],
                                                    tuple[float, ...]]:
    """Turns, speaker names (S1... in order of first speech) and talk per speaker."""
    present = [j for j in range(int(labels.max()) + 1 if len(labels) else 0)
               if (labels == j).any()]
    order = sorted(present, key=lambda j: int(np.argmax(labels == j)))
    names = {j: f"S{i + 1}" for i, j in enumerate(order)}
    turns = []
    for j in order:
        for a, b in runs(labels == j):
            turns.append(SpeakerTurn(names[j], round(float(a) * FRAME_S, 3),
                                     round(float(b) * FRAME_S, 3)))
    turns.sort(key=lambda t: (t.start_s, t.end_s))
    talk = tuple(round(float((labels == j).sum()) * FRAME_S, 2) for j in order)
    return tuple(turns), tuple(names[j] for j in order), talk


def diarize_signal(signal: np.ndarray, words: Sequence[tuple[float, float]] = (),
                   options: DiarizeOptions | None = None,
                   encoder: SpeakerEncoder | None = None,
                   speakers: int | None = None) -> Diarisation:
    """Speaker turns of a 16 kHz mono signal. ``words`` ((start_s, end_s) of transcript
    words) mark speech; ``speakers`` fixes the number of speakers. Raises ``ModelError``
    when the speaker encoder cannot be loaded."""
    options = options or DiarizeOptions()
    if len(signal) < SAMPLE_RATE_HZ * FRAME_S:
        return Diarisation((), (), (), "0 (no speech)", 0)
    speech = speech_frames(signal, words)
    windows = speech_windows(speech, options)
    if not windows:
        labels = np.where(speech, 0, -1)
        turns, names, talk = turns_from_frames(labels)
        return Diarisation(turns, names, talk, "1 (too little speech to compare)", 0)
    encoder = encoder or SpeakerEncoder()
    mel = encoder.mel(signal, speech)
    embeddings = encoder.embed(mel, windows)
    window_labels, k, reason = cluster_windows(embeddings, windows, len(speech), options,
                                               speakers)
    labels = frame_speakers(speech, windows, embeddings, window_labels, k)
    turns, names, talk = turns_from_frames(labels)
    return Diarisation(turns, names, talk, reason, len(windows))
