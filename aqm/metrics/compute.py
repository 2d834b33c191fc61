"""Compute a call's talk, silence, overtalk and voice metrics from its decoded audio.

Speech per side comes from ``aqm.metrics.speech`` (Silero VAD, refined); everything else is
counted on its 10 ms frame grid. A transcript is optional: its words mark speech and give
speaking rates. Work happens when ``compute_metrics`` is called, in one pass over the call;
the VAD is most of it (``benchmarks/metrics.py``: 5-10 s per stereo audio hour on two busy
cores, about 2% of tiny.en transcription). Nothing here logs or returns transcript text.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from aqm.ingest.audio import SAMPLE_RATE_HZ, DecodedAudio
from aqm.metrics.options import MetricsOptions, metrics_lineage
from aqm.metrics.results import (
    CallMetrics,
    Hold,
    Interruption,
    RaisedVoice,
    Response,
    SpeakerMetrics,
)
from aqm.metrics.speech import FRAME_S, HOP, ChannelSpeech, detect_speech, runs
from aqm.transcribe.channels import call_channels
from aqm.types import Speaker, Transcript

RAISED_MIN_WINDOWS = 4  # a speaker needs this many loudness windows for a median
WORD_SLACK_FRAMES = 20  # a word counts for a side when within 0.2 s of its speech


def _s(frames: float) -> float:
    return round(float(frames) * FRAME_S, 3)


def _db(power: float) -> float:
    return round(10.0 * float(np.log10(max(power, 1e-12))), 2)


def _words(transcript: Transcript | None, channel: int | None, role: Speaker,
           separated: bool) -> list[tuple[float, float, int]] | None:
    """(start_s, end_s, words) of each word of one stream (mono: all); None: no transcript.
    A segment without word times counts as one item with its number of words."""
    if transcript is None:
        return None
    out: list[tuple[float, float, int]] = []
    for seg in transcript.segments:
        if separated and seg.channel != channel and not (seg.channel is None
                                                         and seg.speaker == role):
            continue
        if seg.words:
            out += [(w.start_s, w.end_s, 1) for w in seg.words]
        else:
            out.append((seg.start_s, seg.end_s, len(seg.text.split())))
    return out


def _count_words(words: list[tuple[float, float, int]] | None, speech: np.ndarray) -> int | None:
    """Words that fall on this side's speech (not on echo of the other side or on music)."""
    if words is None:
        return None
    count = 0
    for start_s, end_s, n in words:
        a = max(int(start_s / FRAME_S) - WORD_SLACK_FRAMES, 0)
        b = int(np.ceil(end_s / FRAME_S)) + WORD_SLACK_FRAMES
        if speech[a:b].any():
            count += n
    return count


def _gaps(any_speech: np.ndarray) -> list[tuple[int, int]]:
    """Frames between speech, from the first speech to the last."""
    spoken = runs(any_speech)
    return [(int(b), int(a)) for (_, b), (a, _) in zip(spoken[:-1], spoken[1:], strict=True)]


def _music(chans: Sequence[ChannelSpeech], options: MetricsOptions) -> np.ndarray:
    """Frames with non-speech sound (hold music) on any side."""
    out = np.zeros(len(chans[0].speech), dtype=bool)
    for ch in chans:
        out |= (ch.db > ch.floor_db + options.hold_music_margin_db) & ~ch.speech
    return out


def _holds_and_silences(gaps: list[tuple[int, int]], music: np.ndarray,
                        options: MetricsOptions) -> tuple[list[Hold], list[tuple[int, int]]]:
    holds: list[Hold] = []
    others: list[tuple[int, int]] = []
    for a, b in gaps:
        length_s = (b - a) * FRAME_S
        is_music = bool(music[a:b].mean() >= options.hold_music_fraction)
        if length_s >= options.hold_threshold_s or (
                is_music and length_s >= options.hold_music_min_s):
            holds.append(Hold(_s(a), _s(b), is_music))
        else:
            others.append((a, b))
    return holds, others


def _interruptions(speech: Sequence[np.ndarray], roles: Sequence[Speaker],
                   min_frames: int) -> list[Interruption]:
    found = []
    for i in (0, 1):
        other = speech[1 - i]
        other_runs = runs(other)
        for a, b in runs(speech[i]):
            if a == 0 or not (other[a - 1] and other[a]):
                continue
            k = int(np.searchsorted(other_runs[:, 0], a, side="right")) - 1
            overlap = min(int(b), int(other_runs[k, 1])) - int(a)
            if overlap >= min_frames:
                found.append(Interruption(roles[i], roles[1 - i], _s(a), _s(overlap)))
    return sorted(found, key=lambda x: x.start_s)


def _responses(agent: np.ndarray, customer: np.ndarray,
               holds: Sequence[Hold]) -> list[Response]:
    """Each agent turn that starts after a customer turn, with nobody speaking between."""
    any_speech = agent | customer
    spoken = np.flatnonzero(any_speech)
    out = []
    for a, _ in runs(agent):
        if a == 0 or customer[a]:
            continue
        k = int(np.searchsorted(spoken, a)) - 1
        if k < 0:
            continue
        last = int(spoken[k])  # last frame with speech before the agent starts
        if customer[last] and not agent[last]:
            end_s, start_s = _s(last + 1), _s(a)
            if not any(h.start_s <= end_s and start_s <= h.end_s for h in holds):
                out.append(Response(end_s, start_s))
    return out


def _raised_voice(signal_db: np.ndarray, speech: np.ndarray, role: Speaker,
                  options: MetricsOptions) -> list[RaisedVoice]:
    """Windows (half overlapping) louder than the speaker's median window by the margin."""
    win = max(2, int(round(options.raised_voice_window_s / FRAME_S)))
    hop = win // 2
    power = np.where(speech, 10.0 ** (signal_db / 10.0), 0.0)
    csum_p = np.concatenate(([0.0], np.cumsum(power)))
    csum_n = np.concatenate(([0], np.cumsum(speech.astype(np.int64))))
    starts = np.arange(0, max(len(speech) - win + 1, 0), hop)
    if len(starts) == 0:
        return []
    count = csum_n[starts + win] - csum_n[starts]
    keep = count >= win // 2
    starts, count = starts[keep], count[keep]
    if len(starts) < RAISED_MIN_WINDOWS:
        return []
    level = 10.0 * np.log10((csum_p[starts + win] - csum_p[starts]) / count)
    excess = level - np.median(level)
    out: list[RaisedVoice] = []
    current: list[int] = []  # [first frame, last frame, index of loudest window]
    for j in np.flatnonzero(excess >= options.raised_voice_db):
        a, b = int(starts[j]), int(starts[j] + win)
        if current and a <= current[1]:
            current[1] = b
            if excess[j] > excess[current[2]]:
                current[2] = int(j)
            continue
        if current:
            out.append(_moment(speech, role, current, float(excess[current[2]])))
        current = [a, b, int(j)]
    if current:
        out.append(_moment(speech, role, current, float(excess[current[2]])))
    return out


def _moment(speech: np.ndarray, role: Speaker, bounds: list[int], db: float) -> RaisedVoice:
    inside = np.flatnonzero(speech[bounds[0]:bounds[1]]) + bounds[0]
    return RaisedVoice(role, _s(inside[0]), _s(inside[-1] + 1), round(db, 2))


def _levels(signal: np.ndarray, ch: ChannelSpeech, clip: float
            ) -> tuple[float | None, float | None, float, float, int]:
    """(speech rms dBFS, peak dBFS, clipping ratio, speech power sum, speech frames)."""
    power = float(np.sum(10.0 ** (ch.db[ch.speech] / 10.0)))
    frames = int(ch.speech.sum())
    peak = max(float(signal.max()), -float(signal.min())) if len(signal) else 0.0
    clipped = (np.count_nonzero((signal >= clip) | (signal <= -clip)) / len(signal)
               if peak >= clip else 0.0)
    return (_db(power / frames) if frames else None,
            round(20.0 * float(np.log10(peak)), 2) if peak > 0 else None,
            round(clipped, 6), power, frames)


def compute_metrics(decoded: DecodedAudio, transcript: Transcript | None, layout: str | None,
                    options: MetricsOptions | None = None) -> CallMetrics:
    """Talk, silence, overtalk, interruption, latency, hold and voice metrics of one call.

    ``layout`` is the call's channel layout (``agent=left``, ``agent=right``, ``mono``) as
    for transcription; a transcript (optional) adds word-marked speech and speaking rates.
    Raises ``ModelError`` when the VAD cannot run.
    """
    options = options or MetricsOptions()
    streams = call_channels(decoded, layout)
    separated = len(streams) == 2
    frames = int(np.ceil(decoded.samples.shape[1] / HOP))
    duration_s = round(decoded.samples.shape[1] / SAMPLE_RATE_HZ, 3)
    words = [_words(transcript, ch, role, separated) for ch, role, _ in streams]
    chans = detect_speech([sig for _, _, sig in streams],
                          [[(a, b) for a, b, _ in w or ()] for w in words], frames, options)
    speech = [c.speech for c in chans]
    counts = [_count_words(w, c.speech) for w, c in zip(words, chans, strict=True)]
    any_speech = np.logical_or.reduce(speech)

    holds, gaps = _holds_and_silences(_gaps(any_speech), _music(chans, options), options)
    silences = [(a, b) for a, b in gaps if (b - a) * FRAME_S > options.silence_threshold_s]
    roles = [role for _, role, _ in streams]
    clip = 10.0 ** (options.clip_level_dbfs / 20.0)
    levels = [_levels(sig, c, clip) for (_, _, sig), c in zip(streams, chans, strict=True)]
    raised = [r for (_, role, _), c in zip(streams, chans, strict=True)
              for r in _raised_voice(c.db, c.speech, role, options)]
    raised.sort(key=lambda r: r.start_s)

    interruptions: list[Interruption] = []
    responses: list[Response] = []
    overtalks: list[tuple[int, int]] = []
    speakers: list[SpeakerMetrics] = []
    if separated:
        both = speech[0] & speech[1]
        min_overtalk = int(round(options.overtalk_min_s / FRAME_S))
        overtalks = [(int(a), int(b)) for a, b in runs(both) if b - a >= min_overtalk]
        interruptions = _interruptions(speech, roles,
                                       int(round(options.interruption_min_s / FRAME_S)))
        agent_i = roles.index("agent")
        responses = _responses(speech[agent_i], speech[1 - agent_i], holds)
        for (channel, role, _), c, lv, n_words in zip(streams, chans, levels, counts,
                                                      strict=True):
            talk = _s(c.speech.sum())
            speakers.append(SpeakerMetrics(
                speaker=role, channel=channel, talk_s=talk, turn_count=len(runs(c.speech)),
                interruption_count=sum(1 for i in interruptions if i.speaker == role),
                word_count=n_words,
                speaking_rate_wpm=(round(n_words / talk * 60.0, 1)
                                   if n_words is not None and talk > 0 else None),
                rms_dbfs=lv[0], peak_dbfs=lv[1], clipping_ratio=lv[2],
                raised_voice_count=sum(1 for r in raised if r.speaker == role)))

    talk_by_side = [float(s.sum()) for s in speech]
    total_words = None if transcript is None else sum(n or 0 for n in counts)
    speech_power = sum(lv[3] for lv in levels)
    speech_frames = sum(lv[4] for lv in levels)
    peaks = [lv[1] for lv in levels if lv[1] is not None]
    latencies = [r.latency_s for r in responses]
    talk_s = _s(any_speech.sum())
    return CallMetrics(
        duration_s=duration_s, speaker_separated=separated, talk_s=talk_s,
        non_talk_s=round(max(duration_s - talk_s, 0.0), 3),
        talk_ratio=(round(talk_by_side[roles.index("agent")] / sum(talk_by_side), 4)
                    if separated and sum(talk_by_side) > 0 else None),
        longest_silence_s=_s(max((b - a for a, b in gaps), default=0)),
        silences=tuple((_s(a), _s(b)) for a, b in silences),
        overtalk_s=_s(sum(b - a for a, b in overtalks)) if separated else None,
        overtalk_count=len(overtalks) if separated else None,
        overtalks=tuple((_s(a), _s(b)) for a, b in overtalks),
        interruptions=tuple(interruptions), responses=tuple(responses),
        response_latency_mean_s=round(float(np.mean(latencies)), 3) if latencies else None,
        response_latency_max_s=max(latencies) if latencies else None,
        holds=tuple(holds), hold_s=round(sum(h.duration_s for h in holds), 3),
        speaking_rate_wpm=(round(total_words / (sum(talk_by_side) * FRAME_S) * 60.0, 1)
                           if total_words is not None and sum(talk_by_side) > 0 else None),
        rms_dbfs=_db(speech_power / speech_frames) if speech_frames else None,
        peak_dbfs=max(peaks) if peaks else None,
        clipping_ratio=round(float(np.mean([lv[2] for lv in levels])), 6),
        raised_voice=tuple(raised), speakers=tuple(speakers),
        lineage=metrics_lineage(options),
    )

