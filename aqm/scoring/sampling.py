"""Review sampling: which calls people review in a period.

For a period (``2026-11``, ``2026-W47``, ``2026-11-23``, ``2026``; local calendar in
``tz``) the queue takes calls that have a machine scorecard and no review yet, never a call
twice (within a run, and across runs for the same period):

1. risk picks, up to ``per_reason`` each, in this order: ``auto_fail`` (the machine failed
   the call), ``low_score`` (below ``low_score``), ``negative_end`` (the customer ended
   negative), ``long_silence`` (a silence over ``long_silence_s``), ``compliance_fail`` (a
   critical or major rule failed), ``low_asr_confidence`` (the agent's mean word probability
   under ``low_asr_confidence``: the machine's answers may rest on a poor transcript);
2. then ``per_agent`` random calls for every agent, so every agent is reviewed.

Random order is a hash of the call id and ``seed``: the same seed gives the same picks.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from aqm.errors import InputError, PermissionDenied
from aqm.mis.periods import parse_period, to_utc
from aqm.store import Store
from aqm.store.queries import AuditEntry
from aqm.store.sampling import Pick, RiskRule, pick_calls, queue

if TYPE_CHECKING:
    from aqm.auth import User


@dataclass(frozen=True)
class SamplingOptions:
    per_agent: int = 2
    per_reason: int = 10
    low_score: float = 60.0
    long_silence_s: float = 30.0
    low_asr_confidence: float = 0.6
    seed: int = 0
    tz: str = "UTC"

    def __post_init__(self) -> None:
        if self.per_agent < 0 or self.per_reason < 0:
            raise InputError("per_agent and per_reason must not be negative")
        if not 0 <= self.low_score <= 100:
            raise InputError("low_score is a score from 0 to 100")

    def risks(self) -> tuple[RiskRule, ...]:
        return (
            RiskRule("auto_fail", "f.qa_auto_fail", "'auto-failed'"),
            RiskRule("low_score", f"f.qa_score < {float(self.low_score)}",
                     "'score ' || round(f.qa_score, 1)"),
            RiskRule("negative_end", "f.customer_ended_negative",
                     "'customer ended negative'"),
            RiskRule("long_silence", f"f.longest_silence_s > {float(self.long_silence_s)}",
                     "'silence ' || round(f.longest_silence_s, 1) || ' s'"),
            RiskRule("compliance_fail", "f.call_id IN (SELECT call_id FROM crit)",
                     "'critical or major rule failed'"),
            RiskRule("low_asr_confidence", f"f.asr < {float(self.low_asr_confidence)}",
                     "'ASR confidence ' || round(f.asr, 2)"),
        )


def build_review_queue(db: str | Path, user: User, period: str,
                       options: SamplingOptions = SamplingOptions()) -> list[Pick]:
    """Pick the period's calls for review (see the module docstring); returns the new picks."""
    if not user.can("reviews.submit"):
        raise PermissionDenied(f"{user.username} ({user.role}) may not build review queues")
    p = parse_period(period)
    return pick_calls(Store(db), p.label, to_utc(p.start, options.tz),
                      to_utc(p.end, options.tz), options.risks(), options.per_reason,
                      options.per_agent, options.seed,
                      AuditEntry(username=user.username, role=user.role,
                                 action="review_queue", detail=f"period {p.label}"))


def review_queue(db: str | Path, period: str) -> list[tuple[Pick, str]]:
    """The period's picked calls with their review state."""
    return queue(Store(db), parse_period(period).label)
