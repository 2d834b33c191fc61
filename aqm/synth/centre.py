"""The synthetic centre's people and calendar: agents, teams, day and hour volume patterns."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np

from aqm.synth.options import SynthOptions

# Monday first. Mondays are the busiest, Sundays the quietest.
DOW_WEIGHTS = np.array([1.25, 1.12, 1.05, 1.02, 0.98, 0.60, 0.38])
# January to December: post-holiday January, a Tet dip in February, a December peak.
MONTH_WEIGHTS = np.array([1.08, 0.90, 1.00, 0.98, 1.00, 0.97, 0.97, 1.00, 1.02, 1.03, 1.06,
                          1.12])
DAY_NOISE = 0.08  # relative day-to-day noise on top of the weekly and monthly pattern
OUTBOUND_HOURS = (9, 19)  # dialler campaigns run in these local hours

VI_SURNAMES = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
               "Bùi", "Đỗ", "Hồ", "Ngô", "Dương")
VI_MIDDLE = ("Thị", "Văn", "Minh", "Thu", "Ngọc", "Hữu", "Thanh", "Quốc")
VI_GIVEN = ("Lan", "Hùng", "Mai", "Tuấn", "Hương", "Dũng", "Linh", "Nam", "Trang", "Phong",
            "Hà", "Quân", "Thảo", "Khoa", "Vy", "Bảo", "Yến", "Long", "Nhung", "Tâm")
EN_GIVEN = ("Linda", "David", "Sarah", "Mark", "Emma", "James", "Olivia", "Daniel", "Chloe",
            "Peter", "Grace", "Tom", "Hannah", "Luke", "Amy", "Ryan")
EN_SURNAMES = ("Carter", "Brooks", "Collins", "Evans", "Hughes", "Turner", "Price", "Walsh",
               "Reid", "Foster", "Grant", "Shaw")


@dataclass(frozen=True)
class Centre:
    """Per-agent attributes (arrays indexed by agent number) and the calendar weights."""

    agent_id: np.ndarray  # str
    agent_name: np.ndarray  # str
    team: np.ndarray  # int: index into options.team_names
    language: np.ndarray  # str: vi | en
    skill: np.ndarray  # float, ~N(0, 1): QA answers and sentiment recovery
    handle_factor: np.ndarray  # float, ~1: talk and wrap-up time multiplier
    fail_rate: np.ndarray  # float: probability of missing identity verification
    weak_agent: int | None  # agent number of options.weak_agent, if it exists
    angry_weak_agent: int | None  # agent number of options.angry_weak_agent, if it exists
    day_weight: np.ndarray  # float per day of the range (mean 1)
    inbound_hour_p: np.ndarray  # 24 probabilities (0 outside opening hours)
    outbound_hour_p: np.ndarray  # 24 probabilities
    hour_load: np.ndarray  # 24: inbound load of the hour relative to the open-hour mean


def _hour_profile(options: SynthOptions) -> np.ndarray:
    hours = np.arange(24) + 0.5
    shape = (0.35 + np.exp(-((hours - 10.0) / 1.6) ** 2)
             + 0.85 * np.exp(-((hours - 14.5) / 1.9) ** 2))
    open_ = (np.arange(24) >= options.open_hour) & (np.arange(24) < options.close_hour)
    return np.where(open_, shape, 0.0)


def build_centre(options: SynthOptions, rng: np.random.Generator) -> Centre:
    n = options.agents
    language = np.where(rng.random(n) < options.vi_share, "vi", "en")
    vi_name = np.char.add(np.char.add(rng.choice(VI_SURNAMES, n), " "),
                          np.char.add(np.char.add(rng.choice(VI_MIDDLE, n), " "),
                                      rng.choice(VI_GIVEN, n)))
    en_name = np.char.add(np.char.add(rng.choice(EN_GIVEN, n), " "), rng.choice(EN_SURNAMES, n))
    skill = rng.normal(0.0, 1.0, n)
    handle = rng.lognormal(0.0, 0.15, n)
    fail = options.auto_fail_rate * rng.lognormal(0.0, 0.5, n)
    ids = np.array(options.agent_ids)
    weak = [i for i, a in enumerate(options.agent_ids) if a == options.weak_agent]
    angry = [i for i, a in enumerate(options.agent_ids) if a == options.angry_weak_agent]

    days = np.array([options.start + dt.timedelta(days=i) for i in range(options.days)])
    dow = np.array([d.weekday() for d in days])
    month = np.array([d.month - 1 for d in days])
    weight = DOW_WEIGHTS[dow] * MONTH_WEIGHTS[month] * rng.lognormal(0.0, DAY_NOISE, len(days))
    inbound = _hour_profile(options)
    out_open = (np.arange(24) >= max(OUTBOUND_HOURS[0], options.open_hour)) & \
               (np.arange(24) < min(OUTBOUND_HOURS[1], options.close_hour))
    outbound = np.where(out_open, 1.0, 0.0)
    if not outbound.any():
        outbound = inbound > 0
    open_mean = inbound[inbound > 0].mean()
    return Centre(
        agent_id=ids, agent_name=np.where(language == "vi", vi_name, en_name),
        team=np.arange(n) % options.teams, language=language, skill=skill,
        handle_factor=handle, fail_rate=np.clip(fail, 0.0, 0.5),
        weak_agent=weak[0] if weak else None, angry_weak_agent=angry[0] if angry else None,
        day_weight=weight / weight.mean(),
        inbound_hour_p=inbound / inbound.sum(), outbound_hour_p=outbound / outbound.sum(),
        hour_load=inbound / open_mean)


def calls_per_day(options: SynthOptions, centre: Centre, rng: np.random.Generator
                  ) -> np.ndarray:
    """How many recorded calls fall on each day of the range (sums to ``options.calls``)."""
    return rng.multinomial(options.calls, centre.day_weight / centre.day_weight.sum())


def day_batches(counts: np.ndarray, batch_calls: int) -> list[np.ndarray]:
    """Consecutive day indices grouped so that each group holds about ``batch_calls`` calls."""
    groups: list[np.ndarray] = []
    start, total = 0, 0
    for i, c in enumerate(counts):
        total += int(c)
        if total >= batch_calls:
            groups.append(np.arange(start, i + 1))
            start, total = i + 1, 0
    if start < len(counts):
        groups.append(np.arange(start, len(counts)))
    return groups
