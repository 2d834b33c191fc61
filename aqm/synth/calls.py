"""One batch of synthetic calls: who, when, which queue, waits, handle times, abandons.

Everything is drawn as numpy arrays for a group of consecutive days (no per-call loops).
Times are drawn in the centre's local time and stored in UTC.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from aqm.synth.centre import Centre
from aqm.synth.options import CAMPAIGNS, HOME_QUEUES, SHARED_QUEUES, SynthOptions

DIRECTIONS = np.array(["inbound", "outbound", "internal"])
# Median talk time (s) by queue; others get DEFAULT_TALK_S.
TALK_MEDIAN_S = {"complaints": 420.0, "fraud": 360.0, "loans": 330.0, "mortgage": 380.0,
                 "general": 170.0, "collections": 210.0, "sales": 260.0, "internal": 120.0}
DEFAULT_TALK_S = 240.0
HOLD_SHARE = 0.28  # calls with a hold
WRAP_MEAN_S = 25.0
HEX = np.frombuffer(b"0123456789abcdef", dtype=np.uint8)


@dataclass(frozen=True)
class CallBatch:
    """Recorded calls (answered inbound, connected outbound, internal) and abandoned inbound
    calls of a group of days; each array is per call (``ab_*``: per abandoned call)."""

    call_id: np.ndarray
    call_key: np.ndarray  # the phone system's key, also in the recording's manifest extra
    agent: np.ndarray  # agent number
    direction: np.ndarray
    queue: np.ndarray
    language: np.ndarray
    arrived_utc: np.ndarray  # datetime64[us]: entered the queue / dialled
    answered_utc: np.ndarray  # the recording starts here
    wait_s: np.ndarray
    talk_s: np.ndarray
    hold_s: np.ndarray
    wrap_s: np.ndarray
    load: np.ndarray  # load of the call's hour (1 = average)
    ab_key: np.ndarray
    ab_queue: np.ndarray
    ab_language: np.ndarray
    ab_arrived_utc: np.ndarray
    ab_wait_s: np.ndarray

    @property
    def duration_s(self) -> np.ndarray:
        return np.round(self.talk_s + self.hold_s, 2)


def hex_ids(rng: np.random.Generator, n: int, chars: int = 20) -> np.ndarray:
    """``n`` random lowercase hex strings of ``chars`` characters (vectorised)."""
    nibbles = rng.integers(0, 16, size=(n, chars), dtype=np.uint8)
    return np.ascontiguousarray(HEX[nibbles]).view(f"S{chars}").ravel().astype(f"U{chars}")


def _to_utc(local: np.ndarray, tz: str) -> np.ndarray:
    """Local wall times (datetime64) in ``tz`` to naive UTC datetime64[us]."""
    idx = pd.DatetimeIndex(local).tz_localize(tz, ambiguous=np.ones(len(local), dtype=bool),
                                              nonexistent="shift_forward")
    return idx.tz_convert("UTC").tz_localize(None).to_numpy().astype("datetime64[us]")


def _local_times(options: SynthOptions, days: np.ndarray, hours: np.ndarray,
                 rng: np.random.Generator) -> np.ndarray:
    base = np.datetime64(options.start, "s") + days.astype("timedelta64[D]")
    secs = (hours * 3600 + np.floor(rng.random(len(days)) * 3600)).astype("timedelta64[s]")
    return base + secs


def generate_batch(options: SynthOptions, centre: Centre, days: np.ndarray, counts: np.ndarray,
                   rng: np.random.Generator) -> CallBatch:
    """The calls of ``days`` (indices into the date range), ``counts[i]`` on ``days[i]``."""
    day = np.repeat(days, counts)
    n = len(day)
    share = (options.inbound_share, options.outbound_share,
             1.0 - options.inbound_share - options.outbound_share)
    direction = DIRECTIONS[rng.choice(3, n, p=share)]
    outbound = direction == "outbound"
    hour = np.where(outbound, rng.choice(24, n, p=centre.outbound_hour_p),
                    rng.choice(24, n, p=centre.inbound_hour_p))
    arrived_local = _local_times(options, day, hour, rng)
    load = centre.day_weight[day] * np.maximum(centre.hour_load[hour], 0.3)

    agent = rng.integers(0, options.agents, n)
    team = centre.team[agent]
    home = np.array(HOME_QUEUES)[team % len(HOME_QUEUES)]
    shared = np.array(SHARED_QUEUES)[rng.integers(0, len(SHARED_QUEUES), n)]
    inbound_queue = np.where(rng.random(n) < 0.75, home, shared)
    campaign = np.where(np.isin(home, CAMPAIGNS), home, "sales")
    queue = np.where(direction == "inbound", inbound_queue,
                     np.where(outbound, campaign, "internal"))
    other = np.where(centre.language[agent] == "vi", "en", "vi")
    language = np.where(rng.random(n) < 0.92, centre.language[agent], other)

    inbound = direction == "inbound"
    wait = np.where(inbound, rng.exponential(3.0 + 6.0 * load ** 2), 0.0)
    wait = np.round(np.clip(wait, 0.0, 900.0), 1)
    median = np.array([TALK_MEDIAN_S.get(q, DEFAULT_TALK_S) for q in np.unique(queue)])
    talk_median = median[np.searchsorted(np.unique(queue), queue)]
    talk = np.clip(rng.lognormal(np.log(talk_median), 0.55) * centre.handle_factor[agent],
                   20.0, 3600.0)
    hold = np.where(rng.random(n) < HOLD_SHARE, np.clip(rng.lognormal(np.log(45.0), 0.7, n),
                                                        5.0, 900.0), 0.0)
    wrap = np.clip(rng.normal(WRAP_MEAN_S, 8.0, n) * centre.handle_factor[agent], 3.0, 300.0)
    answered_local = arrived_local + np.round(wait).astype("timedelta64[s]")

    # Abandoned inbound calls: more, and after longer waits, when the hour is busy.
    p_abandon = np.clip(options.abandon_base * load ** 1.5, 0.0, 0.6)
    shadow = inbound & (rng.random(n) < p_abandon / (1.0 - p_abandon))
    m = int(shadow.sum())
    ab_local = _local_times(options, day[shadow], hour[shadow], rng)
    ab_wait = np.round(2.0 + rng.exponential(35.0 * load[shadow]), 1)

    order = np.argsort(arrived_local, kind="stable")
    ab_order = np.argsort(ab_local, kind="stable")
    ids = hex_ids(rng, n)
    return CallBatch(
        call_id=ids[order], call_key=np.char.add("CK", hex_ids(rng, n, 14))[order],
        agent=agent[order], direction=direction[order], queue=queue[order],
        language=language[order], arrived_utc=_to_utc(arrived_local[order], options.tz),
        answered_utc=_to_utc(answered_local[order], options.tz), wait_s=wait[order],
        talk_s=np.round(talk[order], 1), hold_s=np.round(hold[order], 1),
        wrap_s=np.round(wrap[order], 1), load=load[order],
        ab_key=np.char.add("CK", hex_ids(rng, m, 14)), ab_queue=queue[shadow][ab_order],
        ab_language=language[shadow][ab_order],
        ab_arrived_utc=_to_utc(ab_local[ab_order], options.tz), ab_wait_s=ab_wait[ab_order])
