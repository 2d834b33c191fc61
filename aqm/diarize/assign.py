"""Give each transcript word the diarised speaker who was speaking then; split segments.

A word goes to the speaker whose turns overlap it most; a word in no turn (the speech
detector missed it) goes to the nearest turn within ``MAX_GAP_S``, else to its neighbours'
speaker. A Whisper segment whose words change speaker is split there: each piece keeps the
segment's language, backend and scores, its words and times, and its text is its words
joined by spaces (a segment that is not split keeps its own text). A segment without word
times goes whole to the speaker who overlaps it most.
"""

from __future__ import annotations

import bisect
import dataclasses
from collections.abc import Sequence

from aqm.diarize.cluster import SpeakerTurn
from aqm.types import Segment, Word

MAX_GAP_S = 1.0  # a word outside every turn goes to a turn at most this far away


class TurnIndex:
    """Turns sorted by start, for overlap and nearest-turn look-ups."""

    def __init__(self, turns: Sequence[SpeakerTurn]) -> None:
        self.turns = sorted(turns, key=lambda t: (t.start_s, t.end_s))
        self.starts = [t.start_s for t in self.turns]
        self.longest = max((t.end_s - t.start_s for t in self.turns), default=0.0)

    def _near(self, start_s: float, end_s: float, reach: float) -> list[SpeakerTurn]:
        lo = bisect.bisect_left(self.starts, start_s - self.longest - reach)
        hi = bisect.bisect_right(self.starts, end_s + reach)
        return self.turns[lo:hi]

    def speaker(self, start_s: float, end_s: float) -> str | None:
        """The speaker overlapping [start_s, end_s] most, else the nearest within reach."""
        overlap: dict[str, float] = {}
        nearest: tuple[float, str] | None = None
        for t in self._near(start_s, end_s, MAX_GAP_S):
            common = min(end_s, t.end_s) - max(start_s, t.start_s)
            if common > 0:
                overlap[t.speaker] = overlap.get(t.speaker, 0.0) + common
            gap = max(t.start_s - end_s, start_s - t.end_s, 0.0)
            if gap <= MAX_GAP_S and (nearest is None or gap < nearest[0]):
                nearest = (gap, t.speaker)
        if overlap:
            return max(overlap, key=lambda s: overlap[s])
        return nearest[1] if nearest else None


def _fill(labels: list[str | None], fallback: str | None) -> list[str | None]:
    """Words without a speaker take the previous word's, else the next one's."""
    out = list(labels)
    last = None
    for i, lab in enumerate(out):
        if lab is None:
            out[i] = last
        else:
            last = lab
    following = None
    for i in range(len(out) - 1, -1, -1):
        if labels[i] is not None:
            following = labels[i]
        elif out[i] is None:
            out[i] = following
    return [lab if lab is not None else fallback for lab in out]


def _piece(seg: Segment, words: list[Word], label: str | None, whole: bool) -> Segment:
    if whole:
        return dataclasses.replace(seg, speaker_label=label)
    return dataclasses.replace(seg, start_s=words[0].start_s, end_s=words[-1].end_s,
                               text=" ".join(w.text for w in words), words=tuple(words),
                               speaker_label=label)


def split_segments(segments: Sequence[Segment], turns: Sequence[SpeakerTurn]
                   ) -> tuple[Segment, ...]:
    """``segments`` with ``speaker_label`` set, split where the speaker changes."""
    index = TurnIndex(turns)
    out: list[Segment] = []
    for seg in segments:
        whole = index.speaker(seg.start_s, seg.end_s)
        if not seg.words:
            out.append(dataclasses.replace(seg, speaker_label=whole))
            continue
        labels = _fill([index.speaker(w.start_s, w.end_s) for w in seg.words], whole)
        groups: list[tuple[str | None, list[Word]]] = []
        for w, lab in zip(seg.words, labels, strict=True):
            if groups and groups[-1][0] == lab:
                groups[-1][1].append(w)
            else:
                groups.append((lab, [w]))
        out += [_piece(seg, words, lab, len(groups) == 1) for lab, words in groups]
    out.sort(key=lambda s: (s.start_s, s.end_s))
    return tuple(out)
