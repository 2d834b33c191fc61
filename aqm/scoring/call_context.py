"""What a compliance check knows about a call besides its transcript, and the pieces the
rule checker and the category finder share: the call's context and options, the agent's
names, the language, the lineage, evidence from a hit, the segments a rule may look at.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from aqm.scoring.events import Scope
from aqm.scoring.matching import Hit, Matcher
from aqm.scoring.results import Evidence
from aqm.scoring.rules import RulePack, Window
from aqm.scoring.text import norm_tokens
from aqm.types import CallMetadata, Lineage, Transcript

if TYPE_CHECKING:
    from aqm.metrics import CallMetrics

STAGE = "compliance"
BACKEND = "rules"


@dataclass(frozen=True)
class ComplianceOptions:
    """How rules are applied. All fields are hashed into the lineage.

    Attributes:
        unknown_speaker_matches: segments whose speaker is ``unknown`` (a mono call without
            diarisation) count for agent and customer rules alike.
        max_evidence: at most this many pieces of evidence per rule (earliest first).
    """

    unknown_speaker_matches: bool = True
    max_evidence: int = 5

    def to_json(self) -> str:
        return json.dumps(dataclasses.asdict(self), sort_keys=True)


@dataclass(frozen=True)
class RuleContext:
    """What is known about a call besides its transcript.

    Attributes:
        metadata: direction, queue, agent name (for ``{agent}``), language.
        metrics: call metrics (interruptions, raised voice) or None.
        segment_sentiment: "negative" / "neutral" / "positive" / None per transcript
            segment, or None when sentiment was not run.
        categories: category ids already found; None to find them with the pack.
    """

    metadata: CallMetadata = CallMetadata()
    metrics: CallMetrics | None = None
    segment_sentiment: Sequence[str | None] | None = None
    categories: tuple[str, ...] | None = None


def agent_names(metadata: CallMetadata) -> tuple[str, ...]:
    """The agent's full name, first and last word (Vietnamese names end in the given name)."""
    if not metadata.agent_name:
        return ()
    toks = norm_tokens(metadata.agent_name)
    if not toks:
        return ()
    return tuple(dict.fromkeys([" ".join(toks), toks[0], toks[-1]]))


def call_language(transcript: Transcript, metadata: CallMetadata) -> str:
    return (metadata.language or transcript.language or "").lower()


def compliance_lineage(pack: RulePack, options: ComplianceOptions) -> Lineage:
    """The lineage of a compliance run: rule files (by hash), options, embedding model and,
    when a rule uses it, the item classifier (by hash)."""
    from aqm import __version__

    name, digest = "none", ""
    if pack.uses_semantic:
        from aqm.embeddings import embedder_identity

        name, digest = embedder_identity()
    record: dict[str, object] = {"options": json.loads(options.to_json()),
                                 "files": [[f.name, f.version, f.sha256] for f in pack.files]}
    if pack.uses_classifier:
        from aqm.scoring.items import CONDUCT_PATH, conduct_identity, item_path, items_identity

        models = [list(items_identity())]
        if any(item_path(r.matching.classifier_item) == CONDUCT_PATH
               for r in pack.rules if r.matching.classifier_item):
            models.append(list(conduct_identity()))
        record["models"] = models
    options_json = json.dumps(record, sort_keys=True)
    return Lineage(stage=STAGE, backend=BACKEND, model_name=name, model_sha256=digest,
                   options_json=options_json,
                   options_hash=hashlib.sha256(options_json.encode()).hexdigest()[:16],
                   aqm_version=__version__)


def evidence(hit: Hit) -> Evidence:
    return Evidence(segment_index=hit.segment_index, speaker=hit.speaker,
                    start_s=hit.start_s, end_s=hit.end_s, text=hit.text, method=hit.method,
                    score=hit.score, phrase=hit.phrase, scores=hit.scores)


def speaker_segments(matcher: Matcher, speaker: str, sc: Scope, rule_where: Window,
                     bounds: tuple[float, float], unknown_matches: bool) -> list[int]:
    """Indexes of segments of ``speaker`` that can hold a match in scope."""
    out = []
    for seg in matcher.segments:
        if speaker != "any" and seg.speaker != speaker and \
                not (unknown_matches and seg.speaker == "unknown"):
            continue
        if sc.overlaps(seg.seg_start_s, seg.seg_end_s, rule_where, bounds):
            out.append(seg.index)
    return out


def bounds_of(transcript: Transcript) -> tuple[float, float]:
    """First speech start and last speech end (what first_s / last_s count from)."""
    if not transcript.segments:
        return 0.0, 0.0
    return (min(s.start_s for s in transcript.segments),
            max(s.end_s for s in transcript.segments))
