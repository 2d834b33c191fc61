"""The parameters of a synthetic contact centre (``aqm synth``), in one frozen dataclass."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from dataclasses import dataclass

from aqm.errors import InputError

# Teams in the order agents are dealt to them; more teams than names get a number suffix.
TEAM_NAMES = ("Cards", "Billing", "Loans", "Collections", "Fraud", "Retention", "Premium",
              "General", "Mortgage", "Savings", "Insurance", "Digital")
# Each team's home inbound queue (same order as TEAM_NAMES); other inbound calls spill over
# from the shared queues.
HOME_QUEUES = ("cards", "billing", "loans", "collections", "fraud", "retention", "premium",
               "general", "mortgage", "savings", "insurance", "digital")
SHARED_QUEUES = ("general", "complaints", "card_payments")
CAMPAIGNS = ("collections", "retention", "sales")  # outbound queues (dialler campaigns)


@dataclass(frozen=True)
class SynthOptions:
    """How the synthetic centre looks. Everything drawn depends only on these fields, so the
    same options (seed included) write the same database.

    Attributes:
        calls: recorded (answered or connected) calls; abandoned inbound calls come on top,
            as phone-system records only (no recording).
        start: first day (local time), inclusive.
        end: last day (local time), inclusive.
        seed: random seed.
        tz: the centre's time zone: opening hours and day patterns are local; the store
            gets UTC.
        agents: number of agents, dealt round-robin to ``teams`` teams.
        teams: number of teams.
        inbound_share: share of recorded calls that are inbound; ``outbound_share`` outbound;
            the rest internal.
        outbound_share: see ``inbound_share``.
        vi_share: share of agents (and so of calls) working in Vietnamese; the rest English.
        open_hour: inbound lines open at this local hour.
        close_hour: and close at this one (exclusive).
        abandon_base: abandonment probability at average load; it grows with the load of the
            hour (peaks abandon more) and waits grow with it.
        auto_fail_rate: average share of calls failing identity verification (a QA
            auto-fail, score 0); it varies by agent.
        weak_agent: agent id (``A1001`` is the first) who is weak on ``weak_criterion``.
        weak_criterion: a QA question and compliance rule id (see ``aqm.synth.quality``).
        weak_pass_rate: how often the weak agent passes it (others: about 0.9).
        angry_weak_agent: agent id who handles angry callers badly (None: nobody): on calls
            where the customer starts unhappy they show empathy ``angry_weak_empathy`` of
            the time, interrupt the customer (the agent's interruption count), and the
            customer recovers less.
        angry_weak_empathy: how often that agent shows empathy to an unhappy customer.
        segments_per_call: transcript segments per call (0: no segments, as for MIS demos;
            the app benchmark uses 8) with words, speaker metrics, timed events,
            redactions and a media row.
        words_per_segment: words per segment when there are segments.
        batch_calls: about this many calls per insert transaction.
    """

    calls: int = 10_000
    start: dt.date = dt.date(2026, 1, 1)
    end: dt.date = dt.date(2026, 12, 31)
    seed: int = 7
    tz: str = "Asia/Ho_Chi_Minh"
    agents: int = 120
    teams: int = 8
    inbound_share: float = 0.80
    outbound_share: float = 0.17
    vi_share: float = 0.7
    open_hour: int = 7
    close_hour: int = 21
    abandon_base: float = 0.04
    auto_fail_rate: float = 0.03
    weak_agent: str = "A1007"
    weak_criterion: str = "confirm_problem"
    weak_pass_rate: float = 0.35
    angry_weak_agent: str | None = "A1012"
    angry_weak_empathy: float = 0.3
    segments_per_call: int = 0
    words_per_segment: int = 0
    batch_calls: int = 50_000

    def __post_init__(self) -> None:
        problems = []
        if self.calls < 1:
            problems.append("calls must be at least 1")
        if self.end < self.start:
            problems.append(f"end {self.end} is before start {self.start}")
        if self.agents < 1 or self.teams < 1 or self.teams > self.agents:
            problems.append("need at least one agent and team, and no more teams than agents")
        if not (self.inbound_share >= 0 and self.outbound_share >= 0
                and self.inbound_share + self.outbound_share <= 1):
            problems.append("inbound_share and outbound_share must be shares summing to <= 1")
        if not 0 <= self.open_hour < self.close_hour <= 24:
            problems.append("open_hour must be before close_hour, both in 0..24")
        for name in ("vi_share", "abandon_base", "auto_fail_rate", "weak_pass_rate",
                     "angry_weak_empathy"):
            if not 0 <= getattr(self, name) <= 1:
                problems.append(f"{name} must be in [0, 1]")
        if self.segments_per_call < 0 or self.words_per_segment < 0 or self.batch_calls < 1:
            problems.append("segments_per_call, words_per_segment >= 0 and batch_calls >= 1")
        try:
            zoneinfo.ZoneInfo(self.tz)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError) as e:
            problems.append(f"unknown time zone {self.tz!r} ({e})")
        if problems:
            raise InputError("synth options: " + "; ".join(problems))

    @property
    def agent_ids(self) -> tuple[str, ...]:
        return tuple(f"A{1001 + i}" for i in range(self.agents))

    @property
    def team_names(self) -> tuple[str, ...]:
        n = len(TEAM_NAMES)
        return tuple(TEAM_NAMES[i % n] + ("" if i < n else f" {i // n + 1}")
                     for i in range(self.teams))

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1
