"""``aqm rules test FILE --transcript T``: what a rule file finds in one exported call.

``T`` is a record of ``aqm export --format jsonl`` (one line; with several lines, the one
with ``--call-id`` or the first). ``load_call_json`` turns it back into a transcript, its
metadata, metrics and segment sentiment; ``explain`` runs the file's rules or categories on
it and adds the near misses (matches up to ``NEAR_MISS_MARGIN`` under the threshold, and
matches outside the rule's window or speaker) so a rule writer sees why a rule failed.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from aqm.errors import InputError
from aqm.scoring.call_context import (
    ComplianceOptions,
    RuleContext,
    agent_names,
    bounds_of,
    call_language,
    evidence,
)
from aqm.scoring.categories import categorize
from aqm.scoring.compliance import check_compliance
from aqm.scoring.context_match import RESTATE_MIN_PROBABILITY
from aqm.scoring.events import CallEvents, scope
from aqm.scoring.matching import Encoder, Matcher
from aqm.scoring.results import CategoryHit, Evidence, RuleResult
from aqm.scoring.rules import RuleFile, RulePack, load_file
from aqm.types import CallMetadata, Lineage, Segment, Transcript, Word

if TYPE_CHECKING:
    from aqm.metrics import CallMetrics

NEAR_MISS_MARGIN = 0.15
MAX_CANDIDATES = 5


@dataclass(frozen=True)
class ExportedCall:
    """One call read back from an export record."""

    call_id: str
    transcript: Transcript
    metadata: CallMetadata
    metrics: CallMetrics | None
    segment_sentiment: tuple[str | None, ...] | None

    def context(self) -> RuleContext:
        return RuleContext(metadata=self.metadata, metrics=self.metrics,
                           segment_sentiment=self.segment_sentiment)


@dataclass(frozen=True)
class Candidate:
    """A place a rule's wording (nearly) matched; ``counted`` when it counts for the rule."""

    rule_id: str
    evidence: Evidence
    counted: bool
    note: str  # why it does not count ("under threshold", "outside the window", ...)


@dataclass(frozen=True)
class Explanation:
    file: RuleFile
    results: tuple[RuleResult, ...]
    categories: tuple[CategoryHit, ...]
    candidates: tuple[Candidate, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"file": {"name": self.file.name, "version": self.file.version,
                         "sha256": self.file.sha256, "path": self.file.path},
                "rules": [r.to_dict() for r in self.results],
                "categories": [c.to_dict() for c in self.categories],
                "candidates": [{"rule": c.rule_id, "counted": c.counted, "note": c.note,
                                **c.evidence.to_dict()} for c in self.candidates]}

    def lines(self) -> list[str]:
        """A plain report, a rule (or category) and its places per block."""
        out = [f"{self.file.name} v{self.file.version} ({self.file.sha256[:12]})"]
        by_rule: dict[str, list[Candidate]] = {}
        for c in self.candidates:
            by_rule.setdefault(c.rule_id, []).append(c)
        for r in self.results:
            out.append(f"{r.status.upper():<15} {r.rule_id}: {r.reason}")
            out += [_line(e, True, "") for e in r.evidence]
            out += [_line(c.evidence, False, c.note) for c in by_rule.get(r.rule_id, [])
                    if not c.counted]
        for h in self.categories:
            out.append(f"{'CATEGORY':<15} {h.category} (score {h.score:.2f})")
            out += [_line(e, True, "") for e in h.evidence]
        return out


def _line(e: Evidence, counted: bool, note: str) -> str:
    where = f"#{e.segment_index}" if e.segment_index is not None else "event"
    mark = "  +" if counted else "  ?"
    text = f' "{e.text}"' if e.text else ""
    extra = f"  [{note}]" if note else ""
    return f"{mark} {where} {e.speaker} {e.start_s:.2f}-{e.end_s:.2f} s {e.method} " \
           f"{e.score:.2f}{text}{extra}"


def load_call_json(source: str | Path, call_id: str | None = None) -> ExportedCall:
    """A call from an ``aqm export --format jsonl`` file (or a single JSON record)."""
    path = Path(source)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as e:
        raise InputError(f"{path}: cannot read: {e.strerror}") from e
    records: list[dict[str, Any]] = []
    try:
        stripped = text.strip()
        if stripped.startswith("{") and "\n{" not in stripped:
            records = [json.loads(stripped)]
        else:
            records = [json.loads(line) for line in text.splitlines() if line.strip()]
    except json.JSONDecodeError as e:
        raise InputError(f"{path}:{e.lineno}: not JSON: {e.msg}") from e
    if not records:
        raise InputError(f"{path}: no call record")
    chosen = records[0] if call_id is None else next(
        (r for r in records if r.get("call_id") == call_id), None)
    if chosen is None:
        raise InputError(f"{path}: no call {call_id!r}")
    return call_from_record(chosen, str(path))


def call_from_record(rec: dict[str, Any], where: str = "record") -> ExportedCall:
    """An export record (dict) as typed objects."""
    if not isinstance(rec, dict) or not isinstance(rec.get("segments"), list):
        raise InputError(f"{where}: not an aqm export record (no 'segments' list)")
    try:
        segments = tuple(_segment(s, rec.get("language") or "") for s in rec["segments"])
    except (KeyError, TypeError, ValueError) as e:
        raise InputError(f"{where}: bad segment: {type(e).__name__} {e}") from e
    lin = rec.get("transcript_lineage") or {}
    lineage = Lineage(stage="transcribe", backend=str(lin.get("backend", "")),
                      model_name=str(lin.get("model", "")),
                      model_sha256=str(lin.get("model_sha256", "")),
                      options_json=json.dumps(lin.get("options", {}), sort_keys=True),
                      options_hash=str(lin.get("options_hash", "")),
                      aqm_version=str(lin.get("aqm_version", "")))
    transcript = Transcript(language=str(rec.get("language") or ""),
                            language_probability=float(rec.get("language_probability") or 0.0),
                            channel_languages=(), segments=segments, lineage=lineage)
    metrics = metrics_from_dict(rec["metrics"]) if rec.get("metrics") else None
    return ExportedCall(call_id=str(rec.get("call_id", "")), transcript=transcript,
                        metadata=_metadata(rec.get("metadata") or {}), metrics=metrics,
                        segment_sentiment=_sentiment(rec.get("sentiment"), len(segments)))


def _segment(s: dict[str, Any], language: str) -> Segment:
    words = tuple(Word(float(w["start"]), float(w["end"]), str(w["text"]),
                       float(w.get("probability", 1.0))) for w in s.get("words") or ())
    speaker = s.get("speaker", "unknown")
    return Segment(speaker=speaker if speaker in ("agent", "customer") else "unknown",
                   channel=s.get("channel"), start_s=float(s["start"]), end_s=float(s["end"]),
                   text=str(s.get("text", "")), language=str(s.get("language") or language),
                   words=words, backend=str(s.get("backend") or ""))


def _metadata(m: dict[str, Any]) -> CallMetadata:
    started = m.get("started_at")
    direction = m.get("direction")
    return CallMetadata(
        agent_id=m.get("agent_id"), agent_name=m.get("agent_name"), team=m.get("team"),
        queue=m.get("queue"),
        direction=direction if direction in ("inbound", "outbound", "internal") else "unknown",
        started_at=dt.datetime.fromisoformat(started) if started else None,
        language=m.get("language"), channel_layout=m.get("channel_layout"),
        extra=tuple(sorted((str(k), str(v)) for k, v in (m.get("extra") or {}).items())))


def _sentiment(value: Any, n: int) -> tuple[str | None, ...] | None:
    """Segment labels from the export's ``sentiment`` field, when it has them per segment:
    ``{"segments": [{"segment": i, "label": ...}, ...]}`` or a list of labels."""
    if not value:
        return None
    items = value.get("segments") if isinstance(value, dict) else value
    if not isinstance(items, list):
        return None
    labels: list[str | None] = [None] * n
    for k, item in enumerate(items):
        label = item.get("label") if isinstance(item, dict) else item
        idx = item.get("segment", k) if isinstance(item, dict) else k
        if isinstance(idx, int) and 0 <= idx < n and isinstance(label, str):
            labels[idx] = label
    return tuple(labels)


def metrics_from_dict(d: dict[str, Any]) -> CallMetrics:
    """A ``CallMetrics`` back from its ``to_dict()`` form (the export's ``metrics``)."""
    from aqm.metrics import CallMetrics, Hold, Interruption, RaisedVoice, Response
    from aqm.metrics import SpeakerMetrics as SM

    lin = d.get("lineage") or {}
    return CallMetrics(
        duration_s=d["duration_s"], speaker_separated=d["speaker_separated"],
        talk_s=d["talk_s"], non_talk_s=d["non_talk_s"], talk_ratio=d.get("talk_ratio"),
        longest_silence_s=d.get("longest_silence_s", 0.0),
        silences=tuple((a, b) for a, b in d.get("silences", ())),
        overtalk_s=d.get("overtalk_s"), overtalk_count=d.get("overtalk_count"),
        overtalks=tuple((a, b) for a, b in d.get("overtalks", ())),
        interruptions=tuple(Interruption(i["speaker"], i["interrupted"], i["start_s"],
                                         i["overlap_s"]) for i in d.get("interruptions", ())),
        responses=tuple(Response(r["customer_end_s"], r["agent_start_s"])
                        for r in d.get("responses", ())),
        response_latency_mean_s=d.get("response_latency_mean_s"),
        response_latency_max_s=d.get("response_latency_max_s"),
        holds=tuple(Hold(h["start_s"], h["end_s"], h["music"]) for h in d.get("holds", ())),
        hold_s=d.get("hold_s", 0.0), speaking_rate_wpm=d.get("speaking_rate_wpm"),
        rms_dbfs=d.get("rms_dbfs"), peak_dbfs=d.get("peak_dbfs"),
        clipping_ratio=d.get("clipping_ratio", 0.0),
        raised_voice=tuple(RaisedVoice(r["speaker"], r["start_s"], r["end_s"],
                                       r["above_median_db"]) for r in d.get("raised_voice", ())),
        speakers=tuple(SM(speaker=k, channel=v.get("channel"), talk_s=v.get("talk_s", 0.0),
                          turn_count=v.get("turn_count", 0),
                          interruption_count=v.get("interruption_count", 0),
                          word_count=v.get("word_count"),
                          speaking_rate_wpm=v.get("speaking_rate_wpm"),
                          rms_dbfs=v.get("rms_dbfs"), peak_dbfs=v.get("peak_dbfs"),
                          clipping_ratio=v.get("clipping_ratio", 0.0),
                          raised_voice_count=v.get("raised_voice_count", 0))
                       for k, v in (d.get("speakers") or {}).items()),
        lineage=Lineage(stage=str(lin.get("stage", "metrics")), backend=str(lin.get("vad", "")),
                        model_name=str(lin.get("vad_model", "")),
                        model_sha256=str(lin.get("vad_model_sha256", "")),
                        options_json=json.dumps(lin.get("options", {}), sort_keys=True),
                        options_hash=str(lin.get("options_hash", "")),
                        aqm_version=str(lin.get("aqm_version", ""))))


def explain(path: str | Path, call: ExportedCall | Transcript,
            context: RuleContext | None = None, encoder: Encoder | None = None,
            options: ComplianceOptions | None = None) -> Explanation:
    """Run one rule or category file on one call, with near misses. Raises ``RuleError``."""
    loaded = load_file(path)
    options = options or ComplianceOptions()
    if isinstance(call, ExportedCall):
        transcript, context = call.transcript, context or call.context()
    else:
        transcript, context = call, context or RuleContext()
    pack = RulePack(files=(loaded.info,), rules=loaded.rules, categories=loaded.categories)
    matcher = Matcher(transcript, agent_names(context.metadata), encoder,
                      call_language(transcript, context.metadata))
    results: tuple[RuleResult, ...] = ()
    cats: tuple[CategoryHit, ...] = ()
    if loaded.rules:
        # categories from the bundled pack are not loaded here: give them in the context
        ctx = context if context.categories is not None else RuleContext(
            context.metadata, context.metrics, context.segment_sentiment, ())
        results = check_compliance(transcript, pack, ctx, options, encoder).results
    else:
        cats = categorize(transcript, pack, context, matcher=matcher, options=options)
    counted = {(r.rule_id, e.segment_index, e.start_s) for r in results for e in r.evidence}
    counted |= {(h.category, e.segment_index, e.start_s) for h in cats for e in h.evidence}
    language = call_language(transcript, context.metadata)
    events = CallEvents(transcript, context.metrics, context.segment_sentiment)
    bounds = bounds_of(transcript)
    candidates: list[Candidate] = []
    items = [(r.id, r.phrases, r.examples, r.matching, r.where, r.speaker)
             for r in loaded.rules if r.phrases is not None] + \
            [(c.id, c.phrases, c.examples, c.matching, c.where, c.speaker)
             for c in loaded.categories]
    for rid, phrases, examples, matching, where, speaker in items:
        wordings = phrases.for_language(language) if phrases else None
        if not wordings:
            continue
        sc = scope(where, events)
        ex = examples.for_language(language) if examples else None
        hits = matcher.find(wordings, matching, range(len(matcher.segments)), ex,
                            margin=NEAR_MISS_MARGIN)
        for h in hits[:MAX_CANDIDATES * 3]:
            key = (rid, h.segment_index, h.start_s)
            if key in counted:
                continue
            threshold = {"semantic": matching.semantic_threshold_for(language),
                         "classifier": matching.classifier_threshold_for(language),
                         "restate": RESTATE_MIN_PROBABILITY, "name": 1.0, "sounds": 1.0,
                         "frame": 0.0}.get(
                h.method, matching.fuzzy_threshold / 100)
            if h.score < threshold:
                note = f"under threshold {threshold:g}"
            elif speaker != "any" and h.speaker not in (speaker, "unknown"):
                note = f"said by the {h.speaker}"
            elif not sc.applicable or not sc.contains(h.start_s, h.end_s, where, bounds):
                note = "outside the window"
            else:
                note = "not counted"
            candidates.append(Candidate(rid, evidence(h), False, note))
    return Explanation(file=loaded.info, results=results, categories=cats,
                       candidates=tuple(candidates))
