"""Diarise a mono call's transcript: speakers, words split by speaker, roles.

``aqm.transcribe.channels.transcribe_call`` calls ``diarize_mono`` for the mono stream of a
call (stereo calls get their roles from the channels and never come here) when
``TranscribeOptions.diarize.enabled``. Raw transcript text stays in memory: it is redacted
after this, with the rest of the transcript.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from aqm.diarize.assign import split_segments
from aqm.diarize.cluster import SpeakerTurn, diarize_signal
from aqm.diarize.encoder import SpeakerEncoder
from aqm.diarize.options import SPEAKERS_COLUMN, DiarizeOptions
from aqm.diarize.roles import decide_roles, labelled_transcript
from aqm.types import CallMetadata, Lineage, Segment, SpeakerRole

log = logging.getLogger("aqm.diarize")
_ENCODER: list[SpeakerEncoder] = []  # one per process


@dataclass(frozen=True)
class MonoResult:
    """A diarised mono stream: segments with roles, each speaker's role, the speaker count
    and the turns the words were assigned by."""

    segments: tuple[Segment, ...]
    speakers: tuple[SpeakerRole, ...]
    count_reason: str
    turns: tuple[SpeakerTurn, ...]


def _encoder() -> SpeakerEncoder:
    if not _ENCODER:
        _ENCODER.append(SpeakerEncoder())
    return _ENCODER[0]


def manifest_speakers(metadata: CallMetadata, options: DiarizeOptions) -> int | None:
    """The manifest's ``speakers`` column (1..max_speakers), or None."""
    value = dict(metadata.extra).get(SPEAKERS_COLUMN, "").strip()
    if not value:
        return None
    if value.isdigit() and 1 <= int(value) <= options.max_speakers:
        return int(value)
    log.warning("manifest %s=%r is not 1..%d; ignored", SPEAKERS_COLUMN, value,
                options.max_speakers)
    return None


def diarize_mono(signal: np.ndarray, segments: Sequence[Segment], metadata: CallMetadata,
                 language: str, lineage: Lineage, options: DiarizeOptions | None = None
                 ) -> MonoResult:
    """Who spoke each word of a mono stream and which speaker is the agent.

    ``signal`` is the 16 kHz mono audio the ``segments`` (speaker ``unknown``) came from.
    Returns segments split where the speaker changes, each with ``speaker`` agent or
    customer and ``speaker_label``. Raises ``ModelError`` when the speaker encoder cannot
    be loaded."""
    options = options or DiarizeOptions()
    words = [(w.start_s, w.end_s) for s in segments for w in s.words]
    found = diarize_signal(signal, words, options, _encoder(),
                           manifest_speakers(metadata, options))
    labelled = split_segments(segments, found.turns)
    roles = decide_roles(labelled_transcript(labelled, language, lineage), found, metadata,
                         options)
    role_of = {r.label: r.role for r in roles}
    final = tuple(dataclasses.replace(s, speaker=role_of.get(s.speaker_label or "", "unknown"))
                  for s in labelled)
    return MonoResult(final, roles, found.count_reason, found.turns)
