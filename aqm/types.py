"""Typed, frozen records that cross stage boundaries. No dicts cross a stage."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from aqm.redact.redactor import RedactedSpan

Speaker = Literal["agent", "customer", "unknown"]
Direction = Literal["inbound", "outbound", "internal", "unknown"]


@dataclass(frozen=True)
class CallMetadata:
    """What a manifest (or nothing) tells about a call. Unknown manifest columns go to ``extra``."""

    agent_id: str | None = None
    agent_name: str | None = None
    team: str | None = None
    queue: str | None = None
    direction: Direction = "unknown"
    started_at: dt.datetime | None = None
    language: str | None = None  # forced language for this call, e.g. "vi"
    channel_layout: str | None = None  # "agent=left", "agent=right", "mono"
    extra: tuple[tuple[str, str], ...] = ()  # unknown manifest columns, kept as text


@dataclass(frozen=True)
class CallSource:
    """One recording to process: where it is and what is known about it."""

    path: str
    metadata: CallMetadata = field(default_factory=CallMetadata)


@dataclass(frozen=True)
class AudioInfo:
    """What decoding found out about a recording."""

    file_sha256: str
    file_size: int
    container: str
    codec: str
    sample_rate_hz: int
    channels: int
    duration_s: float

    @property
    def call_id(self) -> str:
        """The call id is derived from the audio content: the same bytes are the same call."""
        return self.file_sha256[:20]


@dataclass(frozen=True)
class Word:
    start_s: float
    end_s: float
    text: str
    probability: float


@dataclass(frozen=True)
class Segment:
    """One utterance of one speaker, with word timings (seconds from call start)."""

    speaker: Speaker
    channel: int | None  # source channel, None for a mono mix-down
    start_s: float
    end_s: float
    text: str
    language: str
    words: tuple[Word, ...] = ()
    avg_logprob: float = 0.0
    no_speech_prob: float = 0.0
    backend: str = ""  # ASR backend that produced it ("faster-whisper", "viet-asr")
    speaker_label: str | None = None  # diarised speaker of a mono call (S1, S2... by first
    # speech); None when the speaker comes from the channel (stereo) or nobody diarised


@dataclass(frozen=True)
class Lineage:
    """How a result was made: the model, its hash, the options and the aqm version."""

    stage: str
    backend: str
    model_name: str
    model_sha256: str
    options_json: str
    options_hash: str
    aqm_version: str

    @property
    def run_key(self) -> str:
        """Results with the same run key are the same work: rerun skips them."""
        return f"{self.stage}:{self.backend}:{self.model_sha256[:16]}:{self.options_hash}"


@dataclass(frozen=True)
class SpeakerRole:
    """The role a diarised speaker of a mono call was given, and how."""

    label: str  # S1, S2... (``Segment.speaker_label``)
    role: Speaker  # agent | customer
    confidence: float  # 0..1
    method: str  # manifest | phrases | first_speaker | transfer
    talk_s: float  # this speaker's speech in the call
    evidence: str = ""  # e.g. "inbound/company_name 'acme bank' at 2.1 s" (redaction-safe)


@dataclass(frozen=True)
class Transcript:
    """A call's speaker-separated transcript, segments in time order."""

    language: str
    language_probability: float
    channel_languages: tuple[str, ...]
    segments: tuple[Segment, ...]
    lineage: Lineage
    speakers: tuple[SpeakerRole, ...] = ()  # mono calls: each diarised speaker's role
    diarisation: str = ""  # mono calls: how many speakers and why ("2 (default; ...)")


@dataclass(frozen=True)
class Call:
    """A call as the store keeps it."""

    call_id: str
    source_path: str
    audio: AudioInfo
    metadata: CallMetadata


@dataclass(frozen=True)
class Quarantined:
    """A file that could not be used, with a plain-language reason."""

    path: str
    reason: str  # short code: empty, not_audio, truncated, too_short, unreadable, ...
    detail: str  # plain-language explanation for a person


@dataclass(frozen=True)
class CallRecord:
    """Everything stored about one call, as exported."""

    call: Call
    transcript: Transcript | None  # redacted: raw text is never stored
    processed_at: dt.datetime | None = None
    redactions: tuple[RedactedSpan, ...] = ()  # where entities were (never their values)
    metrics_json: str | None = None  # the export's ``metrics`` field, as stored
    audio_path: str | None = None  # the redacted copy, the only audio aqm serves
    compliance_json: str | None = None  # the export's ``compliance`` field, as stored
    categories_json: str | None = None  # the export's ``categories`` field, as stored
    sentiment_json: str | None = None  # the export's call-level ``sentiment``, as stored
    segment_sentiment_json: str | None = None  # each segment's ``sentiment``, in order
    scores_json: tuple[str, ...] = ()  # each scorecard's export entry, oldest first


@dataclass(frozen=True)
class Metric:
    """One stored measurement of a call: a call-level value (``speaker`` None), a speaker's
    value, or an event (a silence, hold, interruption...) with its times."""

    name: str
    speaker: Speaker | None
    value: float
    unit: str  # s, ratio, count, dBFS, dB, wpm
    start_s: float | None = None  # events only
    end_s: float | None = None
