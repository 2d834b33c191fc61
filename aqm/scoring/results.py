"""What compliance checking and categorisation find about a call: frozen records, flattened
for the store (``to_rows``) and the export (``to_dict``). Times are seconds from the start
of the call. Evidence quotes the (redacted) transcript; it never goes to a log."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Literal

from aqm.scoring.rules import RuleFile
from aqm.types import Lineage

Status = Literal["pass", "fail", "not_applicable"]


@dataclass(frozen=True)
class Evidence:
    """Where a phrase matched (or an event happened) and how well."""

    segment_index: int | None  # None for a metric event without a segment
    speaker: str
    start_s: float
    end_s: float
    text: str  # matched words as transcribed; "" for metric events
    method: str  # exact | fuzzy | semantic | classifier | name | restate | frame | metric
    score: float  # 0..1; for metric events the overlap in seconds
    phrase: str = ""  # the rule wording that matched
    scores: tuple[tuple[str, float], ...] = ()  # each method's best score at this place

    def to_dict(self) -> dict[str, Any]:
        return {"segment": self.segment_index, "speaker": self.speaker, "start": self.start_s,
                "end": self.end_s, "text": self.text, "method": self.method,
                "score": self.score, "phrase": self.phrase, "scores": dict(self.scores)}


@dataclass(frozen=True)
class RuleResult:
    rule_id: str
    file: str  # the rule file's name
    kind: str
    severity: str
    weight: float
    status: Status
    reason: str  # why, in a few words (never transcript text)
    evidence: tuple[Evidence, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"rule": self.rule_id, "file": self.file, "kind": self.kind,
                "severity": self.severity, "weight": self.weight, "status": self.status,
                "reason": self.reason, "evidence": [e.to_dict() for e in self.evidence]}


@dataclass(frozen=True)
class CategoryHit:
    """A category (call driver) found in a call, with the places that show it."""

    category: str
    file: str
    score: float  # best evidence score
    evidence: tuple[Evidence, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"category": self.category, "file": self.file, "score": self.score,
                "evidence": [e.to_dict() for e in self.evidence]}


@dataclass(frozen=True)
class ComplianceHit:
    """One flat store row: a rule's result with one piece of evidence (or none)."""

    rule_id: str
    file: str
    file_sha256: str
    status: Status
    severity: str
    weight: float
    reason: str
    evidence_rank: int | None  # 0 for the first piece of evidence, None when there is none
    segment_index: int | None
    speaker: str | None
    start_s: float | None
    end_s: float | None
    method: str | None
    score: float | None
    text: str | None


def files_dict(files: tuple[RuleFile, ...]) -> list[dict[str, str]]:
    return [{"name": f.name, "kind": f.kind, "version": f.version, "sha256": f.sha256,
             "path": f.path} for f in files]


def lineage_dict(lineage: Lineage) -> dict[str, Any]:
    return {"stage": lineage.stage, "backend": lineage.backend,
            "embedding_model": lineage.model_name,
            "embedding_model_sha256": lineage.model_sha256,
            "options": json.loads(lineage.options_json), "options_hash": lineage.options_hash,
            "aqm_version": lineage.aqm_version}


@dataclass(frozen=True)
class ComplianceResult:
    """Every rule's pass / fail / not_applicable for one call, with evidence.

    ``categories`` are the categories found first (they feed rule conditions);
    ``files`` are the rule and category files used, with their SHA-256."""

    results: tuple[RuleResult, ...]
    categories: tuple[CategoryHit, ...]
    language: str
    files: tuple[RuleFile, ...]
    lineage: Lineage

    def result(self, rule_id: str, file: str | None = None) -> RuleResult:
        for r in self.results:
            if r.rule_id == rule_id and (file is None or r.file == file):
                return r
        raise KeyError(rule_id)

    def status(self, rule_id: str, file: str | None = None) -> Status:
        return self.result(rule_id, file).status

    @property
    def failed(self) -> tuple[RuleResult, ...]:
        return tuple(r for r in self.results if r.status == "fail")

    def to_dict(self) -> dict[str, Any]:
        """The export's ``compliance`` field (plain JSON types)."""
        applicable = [r for r in self.results if r.status != "not_applicable"]
        return {
            "language": self.language,
            "passed": sum(r.status == "pass" for r in self.results),
            "failed": sum(r.status == "fail" for r in self.results),
            "not_applicable": len(self.results) - len(applicable),
            "rules": [r.to_dict() for r in self.results],
            "files": files_dict(self.files),
            "lineage": lineage_dict(self.lineage),
        }

    def categories_to_dict(self) -> list[dict[str, Any]]:
        """The export's ``categories`` field."""
        return [c.to_dict() for c in self.categories]

    def to_rows(self) -> list[ComplianceHit]:
        """Flat rows for the store: one per rule and piece of evidence (one when none)."""
        sha = {f.name: f.sha256 for f in self.files}
        rows: list[ComplianceHit] = []
        for r in self.results:
            head = (r.rule_id, r.file, sha.get(r.file, ""), r.status, r.severity, r.weight,
                    r.reason)
            if not r.evidence:
                rows.append(ComplianceHit(*head, None, None, None, None, None, None, None,
                                          None))
            for k, e in enumerate(r.evidence):
                rows.append(ComplianceHit(*head, k, e.segment_index, e.speaker, e.start_s,
                                          e.end_s, e.method, e.score, e.text))
        return rows
