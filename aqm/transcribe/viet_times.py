"""Word times for viet-asr, which gives none: from when words show up in its stream.

viet-asr decodes ``DECODE_STEP_S`` of audio per step, after a look-ahead, and its running
text grows as it does (``aqm.transcribe.vietasr`` reads it every 20 ms and keeps, per word,
a ``WordTrack``: when it first appeared and when it last changed). So a word starts a lag
before its first piece shows up and ends a lag before its last piece does (``word_times``);
the chunk's first word starts and its last word ends where the VAD found speech.

With several passes a chunk (``TranscribeOptions.vi_passes``, default 5; each pass starts
``1 / passes`` of a step later) the passes vote word by word (``aqm.transcribe.vote``), and
a voted word's appearance and last change are the mean over the passes that heard it at
that place (``voted_lines``): the passes step through the audio at different offsets, so
the mean is finer than one pass's 0.43 s step. The lags differ with the number of passes
(``word_lags``).

Error, measured by ``benchmarks/vietnamese.py`` on real clips joined with known pauses
(lags fitted on draws 1-8 for each pass count, checked on draws 11-16): with the default 5
passes a word start inside a VAD chunk is off by 0.058 s on average (90th percentile
0.10 s), a word end by 0.043 s (0.07 s); with one pass by 0.135 s (0.26 s) and 0.096 s
(0.12 s); at chunk edges by 0.03 s either way. Other pass counts take the 5-pass lags (not
measured). Timed by the pivot pass alone, 5 passes gave 0.167 s / 0.070 s with the one-pass
lags and 0.124 s / 0.110 s with lags refitted for it. Spreading a chunk's words evenly over
it instead is off by 0.2 s and more inside chunks; Whisper base forced alignment costs an
encoder pass per chunk and put starts 0.3 s early.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from aqm.transcribe.vote import align, vote

START_LAG_S = 0.475  # one pass: first piece of a word shows up this long after its start
END_LAG_S = 0.300  # one pass: last piece of a word shows up this long after the word ends
VOTED_START_LAG_S = 0.525  # several passes: the same, on times averaged over the passes
VOTED_END_LAG_S = 0.200
DECODE_STEP_S = 0.43  # audio the model decodes per step (6880 samples at 16 kHz)
MIN_WORD_S = 0.05  # shortest word duration given out


@dataclass(frozen=True)
class WordTrack:
    """One word of the running text and when it appeared / last changed (channel seconds)."""

    text: str
    first_s: float
    changed_s: float


def word_lags(passes: int) -> tuple[float, float]:
    """(start lag, end lag) for words timed from ``passes`` decodes (see module doc)."""
    if passes > 1:
        return VOTED_START_LAG_S, VOTED_END_LAG_S
    return START_LAG_S, END_LAG_S


def word_times(tracks: list[WordTrack], speech_start_s: float, speech_end_s: float,
               start_lag_s: float = START_LAG_S, end_lag_s: float = END_LAG_S
               ) -> list[tuple[float, float]]:
    """Start and end of each word from when it showed up in the stream (see module doc).

    Words whose first piece showed up together were spoken within one decoding step: they
    share its span (``DECODE_STEP_S`` from the step's start, or up to the next step's
    start) evenly. The chunk's first word starts where the VAD found speech. Everything is
    kept in order and inside the chunk's speech.
    """
    n = len(tracks)
    starts = [0.0] * n
    ends = [0.0] * n
    k = 0
    floor = speech_start_s
    while k < n:
        group = k
        while group < n and tracks[group].first_s == tracks[k].first_s:
            group += 1
        begin = speech_start_s if k == 0 else min(max(tracks[k].first_s - start_lag_s, floor),
                                                  speech_end_s)
        limit = tracks[group].first_s - start_lag_s if group < n else speech_end_s
        stop = min(max(limit, begin), begin + DECODE_STEP_S, speech_end_s)
        span = (stop - begin) / (group - k)
        for j in range(k, group):
            starts[j] = begin + span * (j - k)
            ends[j] = starts[j] + span
        last = group - 1  # its end may reach past the step: use when it stopped changing
        ends[last] = min(max(tracks[last].changed_s - end_lag_s, starts[last] + MIN_WORD_S),
                         speech_end_s)
        floor = starts[last]
        k = group
    for j in range(n - 1):
        ends[j] = max(starts[j], min(ends[j], starts[j + 1]))
    if n:
        ends[-1] = max(starts[-1], speech_end_s)
    return list(zip(starts, ends, strict=True))


def voted_lines(decodes: list[list[list[WordTrack]]]) -> list[list[WordTrack]]:
    """The word-by-word vote of several decodes of one chunk (``aqm.transcribe.vote``), lined
    as the pivot decode. A voted word at a pivot word's place is timed by the mean of when it
    appeared and last changed in every decode that has that word there (each decode steps
    through the audio at another offset, so the mean is finer than one decode's step); a
    word voted in between takes the next pivot word's appearance."""
    flat = [[t for line in d for t in line] for d in decodes]
    p, voted = vote([[t.text for t in f] for f in flat])
    tracks = [(n, t) for n, line in enumerate(decodes[p]) for t in line]
    if not tracks:
        return []
    heard: list[list[WordTrack]] = [[] for _ in tracks]  # each decode's word at each place
    for f in flat:
        for x, y in align([t.text for _, t in tracks], [t.text for t in f]):
            if x is not None and y is not None:
                heard[x].append(f[y])
    lines: list[list[WordTrack]] = [[] for _ in decodes[p]]
    for v in voted:
        if v.anchor < len(tracks):
            n, t = tracks[v.anchor]
            at = t.first_s if v.inserted else None
        else:  # after the pivot's last word
            n, t = tracks[-1]
            at = t.changed_s
        if at is not None:
            track = WordTrack(v.text, at, at)
        else:
            same = [h for h in heard[v.anchor] if h.text == v.text] or [t]
            track = WordTrack(v.text, float(np.mean([h.first_s for h in same])),
                              float(np.mean([h.changed_s for h in same])))
        lines[n].append(track)
    return [line for line in lines if line]
