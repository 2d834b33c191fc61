"""Speaker diarisation and agent/customer roles for mono calls.

    from aqm.diarize.mono import diarize_mono     # what transcribe_call uses
    result = diarize_mono(signal, segments, metadata, language, lineage, options)
    result.segments   # split where the speaker changes; speaker agent/customer, speaker_label
    result.speakers   # SpeakerRole per diarised speaker: role, confidence, method, evidence

Modules: ``options`` (``DiarizeOptions``, part of ``TranscribeOptions``; light to import),
``encoder`` (Resemblyzer's voice encoder, weights from its PyPI package), ``cluster``
(speech windows, embeddings, k-means, speaker count, turns), ``assign`` (words to speakers,
segment splitting), ``roles`` (manifest, compliance phrases, first speaker), ``mono`` (the
whole step for one call), ``evaluate`` (DER with pyannote.metrics, word and role scores).

This package's ``__init__`` imports only the options, so ``aqm.transcribe.base`` can use
them; the rest loads when a mono call is diarised.
"""

from __future__ import annotations

from aqm.diarize.options import AGENT_SPEAKER_COLUMN, SPEAKERS_COLUMN, DiarizeOptions

__all__ = ["AGENT_SPEAKER_COLUMN", "SPEAKERS_COLUMN", "DiarizeOptions"]
