"""The MIS KPIs, each defined once: key, label, unit, source and formula.

``KPIS`` is the single list every report, chart, file and the app's MIS page use; the SQL of
each (``aqm.store.mis_queries.KPI_SQL``) is keyed by the same keys, and docs/kpis.md repeats
each ``formula`` word for word (a test checks both). Sources:

- ``acd``: the phone system's records (``aqm import-acd``): abandoned calls have no recording
  and queue waits are only there. Inbound-only KPIs say so.
- ``recordings``: one row per recorded call (``call_facts``: metrics, QA, sentiment).
- ``compliance`` / ``categories``: per rule / per call driver, for the same recordings.

Every KPI is computed for the report period and for the period before it (same length:
previous day, ISO week, month or year), in total, per group of the requested dimensions
(agent, team, queue, direction, language) and per time bucket (hour, day, week, month, year).
A ratio with a zero denominator is empty, not 0.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Unit = Literal["count", "seconds", "rate", "score", "polarity", "number"]
Source = Literal["acd", "recordings", "compliance", "categories"]
DEFAULT_SL_THRESHOLD_S = 20.0
# decimals kept in reports and files, by unit (rates are fractions: 0.123457 = 12.3457%)
DECIMALS: dict[str, int] = {"count": 0, "seconds": 2, "rate": 6, "score": 2, "polarity": 4,
                            "number": 3}


@dataclass(frozen=True)
class Kpi:
    """One KPI. ``formula`` is its definition (also in docs/kpis.md); ``better`` says which
    direction is good (``higher``, ``lower`` or None when neither)."""

    key: str
    label: str
    unit: Unit
    source: Source
    formula: str
    better: Literal["higher", "lower"] | None = None


KPIS: tuple[Kpi, ...] = (
    Kpi("volume_in", "Inbound calls", "count", "acd",
        "inbound records, answered + abandoned (calls offered)"),
    Kpi("volume_out", "Outbound calls", "count", "acd", "outbound records"),
    Kpi("answered", "Answered", "count", "acd", "inbound records with outcome answered",
        "higher"),
    Kpi("abandoned", "Abandoned", "count", "acd", "inbound records with outcome abandoned",
        "lower"),
    Kpi("abandon_rate", "Abandonment rate", "rate", "acd", "abandoned / volume_in", "lower"),
    Kpi("asa_s", "ASA (s)", "seconds", "acd",
        "mean wait_s of answered inbound records (abandoned calls are not in ASA; "
        "unknown waits are left out)", "lower"),
    Kpi("service_level", "Service level", "rate", "acd",
        "answered inbound records with wait_s <= T / (answered inbound records with a known "
        "wait + abandoned inbound records with wait_s > T); calls abandoned within T are in "
        "neither; T = the threshold, default 20 s", "higher"),
    Kpi("aht_s", "AHT (s)", "seconds", "acd",
        "mean of talk_s + hold_s + wrap_s over answered records of any direction "
        "(a missing part counts 0)", "lower"),
    Kpi("avg_talk_s", "Avg talk (s)", "seconds", "acd", "mean talk_s of answered records"),
    Kpi("avg_hold_s", "Avg hold (s)", "seconds", "acd", "mean hold_s of answered records",
        "lower"),
    Kpi("avg_wrap_s", "Avg wrap-up (s)", "seconds", "acd", "mean wrap_s of answered records",
        "lower"),
    Kpi("recorded", "Recorded calls", "count", "recordings", "recordings (call_facts rows)"),
    Kpi("silence_pct", "Silence", "rate", "recordings",
        "sum of max(non_talk_s - hold_s, 0) / sum of duration_s, over recordings with "
        "metrics (time nobody speaks, holds excluded)", "lower"),
    Kpi("overtalk_pct", "Overtalk", "rate", "recordings",
        "sum of overtalk_s / sum of talk_s, over recordings with both sides (stereo)",
        "lower"),
    Kpi("overtalk_per_call", "Overtalks per call", "number", "recordings",
        "mean overtalk_count of recordings with both sides", "lower"),
    Kpi("qa_avg", "Avg QA score", "score", "recordings",
        "mean qa_score (0-100; a submitted review's score, else the automatic one; 0 when "
        "auto-failed) of scored recordings", "higher"),
    Kpi("auto_fail_rate", "Auto-fail rate", "rate", "recordings",
        "scored recordings with qa_auto_fail / scored recordings", "lower"),
    Kpi("sentiment_avg", "Avg customer sentiment", "polarity", "recordings",
        "mean customer_sentiment_end (the customer's polarity, -1..1, in the last quarter "
        "of their talk) of recordings with a customer side", "higher"),
    Kpi("ended_negative_rate", "Ended negative", "rate", "recordings",
        "recordings whose customer ended negative / recordings with a customer side",
        "lower"),
    Kpi("compliance_rate", "Compliance rate", "rate", "compliance",
        "per rule: recordings where the rule passed / recordings where it passed or failed "
        "(not applicable left out)", "higher"),
    Kpi("category_share", "Share of calls", "rate", "categories",
        "per call driver: recordings with the category / recordings; the top N by count",
        None),
)
BY_KEY: dict[str, Kpi] = {k.key: k for k in KPIS}
# the KPIs with one value per group (the others are tables: per rule, per category)
ROW_KPIS: tuple[Kpi, ...] = tuple(k for k in KPIS if k.source in ("acd", "recordings"))
# the few shown where space is short (PDF breakdown, HTML, the app's cards)
HEADLINE = ("volume_in", "answered", "abandon_rate", "asa_s", "service_level", "aht_s",
            "qa_avg", "auto_fail_rate", "sentiment_avg")


def label(kpi: Kpi, sl_threshold_s: float = DEFAULT_SL_THRESHOLD_S) -> str:
    """The KPI's column label (the service level names its threshold)."""
    if kpi.key == "service_level":
        return f"{kpi.label} ({sl_threshold_s:g} s)"
    return kpi.label


def rounded(kpi: Kpi, value: float | int | None) -> float | int | None:
    """The value as reports keep it: counts as int (none counted: 0), the rest to
    ``DECIMALS[unit]`` places (None when there is nothing to average or divide by)."""
    if kpi.unit == "count":
        return 0 if value is None else int(value)
    if value is None:
        return None
    return round(float(value), DECIMALS[kpi.unit])


def display(unit: str, value: float | int | str | None) -> str:
    """A value of ``unit`` as shown on screen, in the PDF and HTML (rates as percentages)."""
    if value is None:
        return "–"
    if isinstance(value, str):
        return value
    if unit == "count":
        return f"{int(value):,}"
    if unit == "rate":
        return f"{float(value) * 100:.1f}%"
    if unit == "polarity":
        return f"{float(value):+.2f}"
    return f"{float(value):,.1f}"
