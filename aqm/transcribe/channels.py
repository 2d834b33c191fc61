"""Transcribe a call channel by channel, label roles, merge segments in time order.

Stereo: each channel is transcribed on its own and gets its role from the manifest's
``channel_layout`` (else ``TranscribeOptions.default_layout``; default left = agent). A stereo
file whose two channels carry the same signal is treated as mono. Mono (or more than two
channels, mixed down): diarised (``aqm.diarize``: speakers, words split by speaker, agent and
customer roles) unless ``TranscribeOptions.diarize.enabled`` is off; then one speaker
``unknown``.
"""

from __future__ import annotations

import dataclasses

import numpy as np

from aqm import faults
from aqm.ingest.audio import DecodedAudio
from aqm.transcribe.base import TranscribeOptions, Transcriber
from aqm.types import CallMetadata, Lineage, Segment, Speaker, SpeakerRole, Transcript

SAME_CHANNEL_CORRELATION = 0.98  # above this, a stereo file is a mono signal duplicated
CORRELATION_STEP = 8  # every 8th sample decides it as well as all of them, 8x cheaper


def channel_roles(layout: str | None, channels: int) -> tuple[Speaker, ...]:
    """Role of each channel: ``agent=left`` → (agent, customer), ``agent=right`` → reverse."""
    if channels != 2 or layout == "mono":
        return ("unknown",)
    if layout in ("agent=right", "customer=left"):
        return ("customer", "agent")
    return ("agent", "customer")


def _duplicated_channels(samples: np.ndarray) -> bool:
    left, right = samples[0, ::CORRELATION_STEP], samples[1, ::CORRELATION_STEP]
    if not left.any() or not right.any():
        return False
    corr = np.corrcoef(left, right)[0, 1]
    return bool(np.isfinite(corr) and corr > SAME_CHANNEL_CORRELATION)


def call_channels(decoded: DecodedAudio, layout: str | None
                  ) -> list[tuple[int | None, Speaker, np.ndarray]]:
    """(channel index or None, role, 16 kHz mono signal) for each stream to transcribe."""
    samples = decoded.samples
    if samples.shape[0] == 2 and layout != "mono" and not _duplicated_channels(samples):
        roles = channel_roles(layout, 2)
        return [(i, roles[i], decoded.channel(i)) for i in range(2)]
    return [(None, "unknown", decoded.mono())]


def transcribe_call(decoded: DecodedAudio, metadata: CallMetadata, transcriber: Transcriber,
                    options: TranscribeOptions, lineage: Lineage) -> Transcript:
    """Transcribe every channel of ``decoded`` and merge the segments in time order."""
    faults.point("decode")  # crash-test hook (aqm.faults): the audio is decoded, no ASR yet
    layout = metadata.channel_layout or options.default_layout
    forced = metadata.language or options.language
    segments: list[Segment] = []
    languages: list[str] = []
    speech_by_language: dict[str, float] = {}
    best_prob: dict[str, float] = {}
    speakers: tuple[SpeakerRole, ...] = ()
    diarisation = ""
    for channel, role, signal in call_channels(decoded, layout):
        if not transcriber.has_speech(signal):
            languages.append("")
            continue
        if forced:
            language, prob = forced, 1.0
        else:
            guess = transcriber.detect_language(signal, options.languages)
            language, prob = guess.language, guess.probability
        languages.append(language)
        found = transcriber.transcribe(signal, language, options)
        faults.point("transcribe")
        if channel is None and options.diarize.enabled and found:
            from aqm.diarize.mono import diarize_mono  # loads the speaker encoder once

            mono = diarize_mono(signal, found, metadata, language, lineage, options.diarize)
            found, speakers, diarisation = mono.segments, mono.speakers, mono.count_reason
        segments.extend(dataclasses.replace(s, speaker=role if s.speaker_label is None
                                            else s.speaker, channel=channel,
                                            backend=s.backend or transcriber.backend)
                        for s in found)
        speech = sum(s.end_s - s.start_s for s in found)
        speech_by_language[language] = speech_by_language.get(language, 0.0) + speech
        best_prob[language] = max(best_prob.get(language, 0.0), prob)
    segments.sort(key=lambda s: (s.start_s, s.end_s, s.channel or 0))
    if speech_by_language:
        call_language = max(speech_by_language, key=lambda k: speech_by_language[k])
        probability = best_prob[call_language]
    else:
        call_language, probability = forced or "", 0.0
    return Transcript(language=call_language, language_probability=probability,
                      channel_languages=tuple(languages), segments=tuple(segments),
                      lineage=lineage, speakers=speakers, diarisation=diarisation)
