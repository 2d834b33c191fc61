"""One agent's coaching report for a period: ranked training needs, the week-by-week trend
with past coaching sessions, example calls for each top need, angry-caller handling against
the team, and the before / after change of past sessions' criteria.

    report = coaching_report(db, "A1007", "2026-11")
    report.needs[0].criterion, report.examples[0].worst[0].at_s, report.angry.flagged
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from aqm.coaching.needs import Need, Rate, compare, training_needs
from aqm.errors import InputError, PermissionDenied
from aqm.mis.periods import parse_period, to_utc
from aqm.store import Store
from aqm.store.coaching import (
    AngryCall,
    CoachingSession,
    ExampleCall,
    WeekRow,
    add_coaching_session,
    angry_calls,
    coaching_sessions,
    criterion_counts,
    examples,
    weekly,
)
from aqm.store.queries import AuditEntry

if TYPE_CHECKING:
    from aqm.auth import User

TREND_WEEKS = 12
ANGRY_ASPECTS = ("listened", "no_arguing", "empathy", "calmer")


@dataclass(frozen=True)
class Examples:
    criterion: str
    worst: tuple[ExampleCall, ...]  # the agent's own failed calls
    best: tuple[ExampleCall, ...]  # the team's passes


@dataclass(frozen=True)
class AngryHandling:
    calls: int
    aspects: tuple[Need, ...]  # angry:<aspect>, the agent against the rest of the team
    flagged: bool  # an aspect significantly below the team


@dataclass(frozen=True)
class BeforeAfter:
    session: CoachingSession
    criterion: str
    before: Rate  # the ``window_days`` before the session
    after: Rate  # from the session day, ``window_days`` long

    @property
    def change(self) -> float | None:
        if self.before.rate is None or self.after.rate is None:
            return None
        return self.after.rate - self.before.rate


@dataclass(frozen=True)
class CoachingReport:
    agent_id: str
    agent_name: str | None
    team: str | None
    period: str
    needs: tuple[Need, ...]
    trend: tuple[WeekRow, ...]
    team_trend: tuple[WeekRow, ...]
    examples: tuple[Examples, ...]
    angry: AngryHandling
    sessions: tuple[CoachingSession, ...]
    before_after: tuple[BeforeAfter, ...]
    test: str = ("two-proportion z-test against the rest of the team, two-sided, "
                 "p < 0.05, at least 5 calls a side; Wilson 95% interval")


def _angry(calls: Sequence[AngryCall], agent_id: str, alpha: float, min_calls: int
           ) -> AngryHandling:
    def rate(items: Sequence[AngryCall], aspect: str) -> Rate:
        values = [{"listened": None if c.interrupted is None else not c.interrupted,
                   "no_arguing": None if c.argued is None else not c.argued,
                   "empathy": c.empathy, "calmer": c.calmer}[aspect] for c in items]
        known = [v for v in values if v is not None]
        return Rate(sum(known), len(known))

    mine = [c for c in calls if c.agent_id == agent_id]
    team = [c for c in calls if c.agent_id != agent_id]
    aspects = tuple(compare(f"angry:{a}", rate(mine, a), rate(team, a), rate(calls, a),
                            alpha, min_calls) for a in ANGRY_ASPECTS)
    return AngryHandling(len(mine), aspects,
                         any(n.significant and n.below_team for n in aspects))


def coaching_report(db: str | Path, agent_id: str, period: str, tz: str = "UTC",
                    top: int = 3, alpha: float = 0.05, min_calls: int = 5,
                    window_days: int = 28) -> CoachingReport:
    store = Store(db)
    p = parse_period(period)
    start, end = to_utc(p.start, tz), to_utc(p.end, tz)
    name, team, needs = training_needs(criterion_counts(store, start, end), agent_id, alpha,
                                       min_calls)
    if name is None and team is None and not needs:
        raise InputError(f"agent {agent_id} has no scored calls in {p.label}")
    trend_start = to_utc(p.end - dt.timedelta(weeks=TREND_WEEKS), tz)
    top_needs = [n for n in needs if n.below_team][:top]
    shown = tuple(Examples(n.criterion, *map(tuple, examples(
        store, start, end, n.criterion, agent_id, team))) for n in top_needs)
    sessions = tuple(coaching_sessions(store, agent_id))
    changes = []
    for s in sessions:
        held = dt.datetime.combine(s.held_on, dt.time())
        before = criterion_counts(store, held - dt.timedelta(days=window_days), held)
        after = criterion_counts(store, held, held + dt.timedelta(days=window_days))
        for criterion in s.criteria:
            b = next((c for c in before if c.agent_id == agent_id and c.criterion == criterion),
                     None)
            a = next((c for c in after if c.agent_id == agent_id and c.criterion == criterion),
                     None)
            changes.append(BeforeAfter(
                s, criterion, Rate(b.passed, b.passed + b.failed) if b else Rate(0, 0),
                Rate(a.passed, a.passed + a.failed) if a else Rate(0, 0)))
    return CoachingReport(
        agent_id, name, team, p.label, tuple(needs),
        tuple(weekly(store, trend_start, end, agent_id=agent_id)),
        tuple(weekly(store, trend_start, end, team=team)) if team else (),
        shown, _angry(angry_calls(store, start, end, team), agent_id, alpha, min_calls),
        sessions, tuple(changes))


def record_session(db: str | Path, user: User, agent_id: str, held_on: dt.date,
                   criteria: Sequence[str], notes: str, call_ids: Sequence[str] = (),
                   follow_up: dt.date | None = None) -> CoachingSession:
    """A coach records a coaching session with an agent."""
    if not user.can("coaching.view") or user.role == "agent":
        raise PermissionDenied(f"{user.username} ({user.role}) may not record coaching")
    if not criteria:
        raise InputError("a coaching session names at least one criterion")
    bad = [c for c in criteria if not c.startswith(("qa:", "rule:", "angry:"))]
    if bad:
        raise InputError(f"criteria are qa:<form>/<question>, rule:<file>/<rule> or "
                         f"angry:<aspect>, not {', '.join(bad)}")
    sid = hashlib.sha256(f"{agent_id}\n{held_on}\n{user.username}\n{sorted(criteria)}"
                         .encode()).hexdigest()[:16]
    session = CoachingSession(sid, agent_id, user.username, held_on, tuple(criteria),
                              notes.strip(), tuple(call_ids), follow_up)
    add_coaching_session(Store(db), session, AuditEntry(
        username=user.username, role=user.role, action="coaching_session",
        detail=f"agent {agent_id} on {held_on}: {len(criteria)} criteria"))
    return session
