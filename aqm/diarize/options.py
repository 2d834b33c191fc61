"""How mono calls are diarised and given roles; what goes into the transcript's lineage.

``DiarizeOptions`` is a field of ``TranscribeOptions`` (``TranscribeOptions.diarize``): its
``lineage_fields()`` (these options, the speaker encoder's name and weights hash, the VAD
model hash and a hash of the role rules' phrases, matching and windows) are part of the
transcript's options hash, so changing any of them transcribes the calls again on the next
``aqm run``.

This module imports nothing heavy: the encoder, scikit-learn and the rule files load when a
mono call is diarised.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from aqm.errors import InputError

# Manifest columns (kept in ``CallMetadata.extra``) that override diarisation per call.
AGENT_SPEAKER_COLUMN = "agent_speaker"  # first | second | S1..S4: that speaker is the agent
SPEAKERS_COLUMN = "speakers"  # 1..max_speakers: how many speakers the call has

# Rules whose phrases say "this speaker is the agent": (file/rule id, weight in log-odds,
# weight of a match of a phrase shorter than ``specific_phrase_words``).
DEFAULT_ROLE_RULES: tuple[tuple[str, float, float], ...] = (
    ("inbound/company_name", 2.0, 2.0), ("outbound/identify_company", 2.0, 2.0),
    ("inbound/self_intro", 1.5, 1.5), ("outbound/identify_self", 1.5, 1.5),
    ("inbound/greeting", 2.0, 0.5))


@dataclass(frozen=True)
class DiarizeOptions:
    """Speaker diarisation and roles for mono calls (stereo calls never use them).

    Attributes:
        enabled: diarise mono calls (off: every segment of a mono call is ``unknown``).
        window_s: length of the speech windows the speaker encoder embeds.
        hop_s: step between windows inside one stretch of speech (windows overlap by
            ``window_s - hop_s``).
        min_window_s: a stretch of speech shorter than this gets no embedding of its own
            and takes the speaker of the nearest speech.
        max_speakers: most speakers a call may have (a transfer adds an agent).
        min_speaker_s: a third or further speaker needs at least this much speech.
        kmeans_restarts: k-means restarts (the best of them is kept; fixed seed).
        role_rules: the rules whose phrases mark the agent (greeting, company name, self
            introduction): ``file/rule_id``, the weight of a match in log-odds and the weight
            of a match of a phrase shorter than ``specific_phrase_words`` words ("hello",
            "good morning": customers say them too); a rule missing from the rule files is
            left out.
        rule_paths: rule files or folders the role rules come from; None: the bundled
            scorecards (or ``$AQM_SCORECARDS``). ``aqm run --rules`` sets it, so roles use
            the compliance stage's rules. Not hashed itself: the role rules' content is.
        specific_phrase_words: phrases of this many words or more count with full weight.
        unnamed_intro_factor: share of the self-introduction weight when the manifest does
            not give the agent's name (the phrase then matches any name, a customer's too).
        first_speaker_weight: log-odds for "the first speaker is the agent", used on every
            call (inbound: the agent answers; outbound: the recording starts when the agent
            speaks after the dialler connects).
    """

    enabled: bool = True
    window_s: float = 1.5
    hop_s: float = 1.0
    min_window_s: float = 0.3
    max_speakers: int = 4
    min_speaker_s: float = 5.0
    kmeans_restarts: int = 10
    role_rules: tuple[tuple[str, float, float], ...] = DEFAULT_ROLE_RULES
    rule_paths: tuple[str, ...] | None = None
    specific_phrase_words: int = 3
    unnamed_intro_factor: float = 0.4
    first_speaker_weight: float = 1.0

    def __post_init__(self) -> None:
        if not 0.0 < self.hop_s <= self.window_s:
            raise InputError(f"diarisation hop_s must be in (0, window_s], got {self.hop_s}")
        if not 0.0 < self.min_window_s <= self.window_s:
            raise InputError("diarisation min_window_s must be in (0, window_s], got "
                             f"{self.min_window_s}")
        if not 2 <= self.max_speakers <= 8:
            raise InputError(f"diarisation max_speakers must be 2..8, got {self.max_speakers}")
        for name, _, _ in self.role_rules:
            if "/" not in name:
                raise InputError(f"diarisation role rule {name!r} is not file/rule_id")

    def lineage_fields(self) -> dict[str, Any]:
        """What the transcript's options hash covers: these options, the models they use and
        the content of the role rules. Raises ``ModelError`` when the speaker encoder is not
        installed, ``RuleError`` when a rule file is invalid."""
        if not self.enabled:
            return {"enabled": False}
        from aqm.diarize.encoder import encoder_identity
        from aqm.diarize.roles import role_rules_digest
        from aqm.metrics.options import vad_identity

        encoder, encoder_sha = encoder_identity()
        fields = dataclasses.asdict(self)
        del fields["rule_paths"]  # where the rules are does not matter, what they say does
        fields.update(encoder=encoder, encoder_sha256=encoder_sha,
                      vad_sha256=vad_identity()[1], role_rules_sha256=role_rules_digest(self))
        return fields
