"""Which diarised speaker is the agent: manifest, the compliance phrases, who spoke first.

In this order:

1. Manifest: an ``agent_speaker`` column (``first``, ``second`` or a label ``S1``..``S8``,
   labels numbered by first speech) names the agent; method ``manifest``, confidence 1.
2. Evidence, in log-odds, summed per speaker:
   * phrases of the role rules (``DiarizeOptions.role_rules``: the greeting, company name
     and self-introduction rules of the ``inbound``/``outbound`` rule files, the run's
     ``--rules`` else the bundled ones; those of the call's direction, or all when it is
     unknown), found by the compliance matcher (``aqm.scoring.matching.Matcher``: the same
     exact/fuzzy matching, variables and ``{agent}`` name slot as the compliance stage)
     within each rule's ``where.first_s`` window; each rule counts once per speaker, its
     best match: the rule's weight times the match score, the short-phrase weight for
     phrases under ``specific_phrase_words`` words ("hello", "hi"), and
     ``unnamed_intro_factor`` of it for "my name is {agent}" when the manifest gives no
     agent name (then any name matches, a customer's too); a slot rule's bare wordings
     ("my name is", without ``{agent}``) do not count: customers say them as often;
   * ``first_speaker_weight`` for the first speaker, on every call (inbound: the agent
     answers; outbound: the first speaker is taken to be the agent too, as the recording
     starts when the dialler connects the agent).
   The agent is the speaker with the most; confidence is its softmax share. Method
   ``phrases`` when any speaker had phrase evidence, else ``first_speaker``.
3. With three or more speakers (a transfer), the customer is the other speaker whose speech
   spans the longest part of the call (the customer stays on the line; confidence: that span's
   share of the two longest), and the rest are agents (method ``transfer``).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from aqm.diarize.cluster import Diarisation
from aqm.diarize.options import AGENT_SPEAKER_COLUMN, DiarizeOptions
from aqm.scoring.call_context import agent_names, bounds_of, call_language
from aqm.scoring.matching import AGENT_SLOT, Matcher
from aqm.scoring.rules import (
    Rule,
    RulePack,
    default_scorecards_dir,
    load_pack,
    scorecard_files,
)
from aqm.types import CallMetadata, Lineage, Segment, Speaker, SpeakerRole, Transcript

log = logging.getLogger("aqm.diarize.roles")
CONFIDENCE_DECIMALS = 3


@dataclass(frozen=True)
class _Evidence:
    label: str
    rule: str  # file/id
    phrase: str  # the rule's wording that matched (never transcript text)
    start_s: float
    weight: float


_PACKS: dict[tuple[tuple[str, int, int], ...], RulePack] = {}


def _pack(paths: tuple[str, ...] | None) -> RulePack:
    """The rule pack at ``paths`` (None: the bundled one), loaded again when a file changes."""
    roots = [Path(p) for p in paths] if paths is not None else [default_scorecards_dir()]
    files = [f for r in roots for f in (scorecard_files(r) if r.is_dir() else [r])]
    key = tuple((str(f), f.stat().st_mtime_ns, f.stat().st_size) for f in files if f.is_file())
    if key not in _PACKS:
        _PACKS.clear()
        _PACKS[key] = load_pack(roots)
    return _PACKS[key]


def role_rules(options: DiarizeOptions) -> list[tuple[Rule, float, float]]:
    """(rule, weight, short-phrase weight) of each role rule found in the rule files."""
    by_name = {f"{r.file}/{r.id}": r for r in _pack(options.rule_paths).rules}
    return [(by_name[name], weight, short) for name, weight, short in options.role_rules
            if name in by_name]


def role_rules_digest(options: DiarizeOptions) -> str:
    """Hash of what decides roles in the role rules: phrases, matching, window, directions."""
    content = [[f"{r.file}/{r.id}", weight, short, r.phrases, r.matching, r.where.first_s,
                r.when.directions] for r, weight, short in role_rules(options)]
    text = json.dumps(content, default=lambda o: dataclasses.asdict(o), sort_keys=True)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def _manifest_agent(metadata: CallMetadata, labels: Sequence[str]) -> str | None:
    value = dict(metadata.extra).get(AGENT_SPEAKER_COLUMN, "").strip()
    if not value:
        return None
    aliases = {"first": "S1", "second": "S2"}
    label = aliases.get(value.lower(), value.upper())
    if label in labels:
        return label
    log.warning("manifest %s=%r names no speaker of this call (speakers: %s); ignored",
                AGENT_SPEAKER_COLUMN, value, ", ".join(labels))
    return None


def _evidence(transcript: Transcript, metadata: CallMetadata, options: DiarizeOptions
              ) -> list[_Evidence]:
    """The best match of each role rule for each speaker, within the rule's window."""
    language = call_language(transcript, metadata)
    names = agent_names(metadata)
    matcher = Matcher(transcript, names, None, language)
    first_speech = bounds_of(transcript)[0]
    every = range(len(transcript.segments))
    found: dict[tuple[str, str], _Evidence] = {}
    for rule, weight, short_weight in role_rules(options):
        directions = rule.when.directions
        if directions is not None and metadata.direction in ("inbound", "outbound") \
                and metadata.direction not in directions:
            continue
        phrases = rule.phrases.for_language(language) if rule.phrases else None
        if not phrases:
            continue
        limit = first_speech + rule.where.first_s if rule.where.first_s is not None \
            else math.inf
        # a rule with name slots ("my name is {agent}") may also list bare wordings ("my
        # name is"): they name no one and customers say them as often: not evidence
        has_slot = any(AGENT_SLOT in p for p in phrases)
        for hit in matcher.find(phrases, rule.matching, every):
            label = transcript.segments[hit.segment_index].speaker_label
            if label is None or hit.start_s > limit or (has_slot
                                                        and AGENT_SLOT not in hit.phrase):
                continue
            words = len(hit.phrase.replace(AGENT_SLOT, " name ").split())
            w = weight if words >= options.specific_phrase_words else short_weight
            if AGENT_SLOT in hit.phrase and not names:
                w *= options.unnamed_intro_factor
            ev = _Evidence(label, f"{rule.file}/{rule.id}", hit.phrase, hit.start_s,
                           w * hit.score)
            key = (label, ev.rule)
            if key not in found or ev.weight > found[key].weight:
                found[key] = ev
    return sorted(found.values(), key=lambda e: (e.start_s, e.rule))


def _spans(diarisation: Diarisation) -> dict[str, float]:
    """From each speaker's first speech to their last, in seconds."""
    first: dict[str, float] = {}
    last: dict[str, float] = {}
    for t in diarisation.turns:
        first.setdefault(t.speaker, t.start_s)
        last[t.speaker] = max(last.get(t.speaker, t.end_s), t.end_s)
    return {s: last[s] - first[s] for s in first}


def decide_roles(transcript: Transcript, diarisation: Diarisation, metadata: CallMetadata,
                 options: DiarizeOptions) -> tuple[SpeakerRole, ...]:
    """A role for every diarised speaker; ``transcript`` segments carry ``speaker_label``."""
    labels = list(diarisation.speakers)
    if not labels:
        return ()
    talk = dict(zip(labels, diarisation.talk_s, strict=True))
    chosen = _manifest_agent(metadata, labels)
    if chosen is not None:
        return tuple(SpeakerRole(s, "agent" if s == chosen else "customer", 1.0, "manifest",
                                 talk[s], f"{AGENT_SPEAKER_COLUMN}={chosen}") for s in labels)
    found = _evidence(transcript, metadata, options)
    score = dict.fromkeys(labels, 0.0)
    score[labels[0]] += options.first_speaker_weight
    notes: dict[str, list[str]] = {s: [] for s in labels}
    notes[labels[0]].append("first speaker")
    for ev in found:
        score[ev.label] += ev.weight
        notes[ev.label].append(f"{ev.rule} '{ev.phrase}' at {ev.start_s:.1f} s")
    agent = max(labels, key=lambda s: score[s])  # ties: the earlier speaker
    top = max(score.values())
    total = sum(math.exp(v - top) for v in score.values())
    confidence = round(math.exp(score[agent] - top) / total, CONFIDENCE_DECIMALS)
    method = "phrases" if found else "first_speaker"
    roles: dict[str, tuple[Speaker, float, str]] = {}
    others = [s for s in labels if s != agent]
    if len(others) <= 1:
        roles = {s: ("customer", confidence, method) for s in others}
    else:
        spans = _spans(diarisation)
        ranked = sorted(others, key=lambda s: spans.get(s, 0.0), reverse=True)
        a, b = spans.get(ranked[0], 0.0), spans.get(ranked[1], 0.0)
        share = round(a / (a + b), CONFIDENCE_DECIMALS) if a + b > 0 else 0.5
        roles = {s: ("customer" if s == ranked[0] else "agent", share, "transfer")
                 for s in others}
    roles[agent] = ("agent", confidence, method)
    return tuple(SpeakerRole(s, roles[s][0], roles[s][1], roles[s][2], talk[s],
                             "; ".join(notes[s])) for s in labels)


def labelled_transcript(segments: Sequence[Segment], language: str, lineage: Lineage
                        ) -> Transcript:
    """A transcript of diarised segments (speaker still ``unknown``) for the matcher."""
    return Transcript(language=language, language_probability=0.0, channel_languages=(),
                      segments=tuple(segments), lineage=lineage)
