"""An agent's training needs: each criterion's pass rate against the rest of the team and
the whole centre, with a significance test, ranked.

The test (stated in reports): a two-proportion z-test of the agent's pass rate against the
rest of their team (the team without the agent), pooled standard error, two-sided p-value;
a gap is significant when p < ``alpha`` (default 0.05) and both sides have at least
``min_calls`` calls. The agent's rate also gets a Wilson 95% interval. Ranking: significant
gaps where the agent is below the team first, largest gap first; then the other criteria
where the agent is below the team, by gap; criteria where the agent is at or above the team
last.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from aqm.store.coaching import Counts


@dataclass(frozen=True)
class Rate:
    passed: int
    total: int

    @property
    def rate(self) -> float | None:
        return self.passed / self.total if self.total else None

    def __add__(self, other: Rate) -> Rate:
        return Rate(self.passed + other.passed, self.total + other.total)

    def __sub__(self, other: Rate) -> Rate:
        return Rate(self.passed - other.passed, self.total - other.total)


@dataclass(frozen=True)
class Need:
    criterion: str  # qa:<form>/<question> | rule:<file>/<rule> | angry:<aspect>
    agent: Rate
    team: Rate  # the team without the agent
    centre: Rate  # everyone, the agent included
    gap: float | None  # agent rate minus team rate
    z: float | None
    p_value: float | None
    significant: bool
    ci: tuple[float, float] | None  # Wilson 95% interval of the agent's rate

    @property
    def below_team(self) -> bool:
        return self.gap is not None and self.gap < 0


def wilson(r: Rate, z: float = 1.959964) -> tuple[float, float] | None:
    if not r.total:
        return None
    p, n = r.passed / r.total, r.total
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return max(0.0, centre - half), min(1.0, centre + half)


def two_proportion(a: Rate, b: Rate) -> tuple[float | None, float | None]:
    """(z, two-sided p) of a's rate against b's; None when undefined."""
    if not a.total or not b.total:
        return None, None
    pooled = (a.passed + b.passed) / (a.total + b.total)
    se = math.sqrt(pooled * (1 - pooled) * (1 / a.total + 1 / b.total))
    if se == 0:
        return None, None
    z = (a.passed / a.total - b.passed / b.total) / se
    return z, math.erfc(abs(z) / math.sqrt(2))


def compare(criterion: str, agent: Rate, team: Rate, centre: Rate, alpha: float = 0.05,
            min_calls: int = 5) -> Need:
    z, p = two_proportion(agent, team)
    enough = agent.total >= min_calls and team.total >= min_calls
    gap = None if agent.rate is None or team.rate is None else agent.rate - team.rate
    return Need(criterion, agent, team, centre, gap, z, p,
                bool(enough and p is not None and p < alpha), wilson(agent))


def rank(needs: Sequence[Need]) -> list[Need]:
    def key(n: Need) -> tuple[int, float]:
        gap = n.gap if n.gap is not None else 0.0
        if n.significant and n.below_team:
            return 0, gap
        return (1, gap) if n.below_team else (2, -gap)

    return sorted(needs, key=key)


def training_needs(counts: Sequence[Counts], agent_id: str, alpha: float = 0.05,
                   min_calls: int = 5) -> tuple[str | None, str | None, list[Need]]:
    """(agent name, team, ranked needs) of ``agent_id`` from everyone's counts."""
    mine = [c for c in counts if c.agent_id == agent_id]
    if not mine:
        return None, None, []
    name, team = mine[0].agent_name, mine[0].team
    needs = []
    for c in mine:
        agent = Rate(c.passed, c.passed + c.failed)
        same = [x for x in counts if x.criterion == c.criterion]
        team_rate = sum((Rate(x.passed, x.passed + x.failed) for x in same
                         if x.team == team), Rate(0, 0)) - agent
        centre = sum((Rate(x.passed, x.passed + x.failed) for x in same), Rate(0, 0))
        needs.append(compare(c.criterion, agent, team_rate, centre, alpha, min_calls))
    return name, team, rank(needs)
