"""Coaching: each agent's training needs against the team, trends, example calls,
angry-caller handling and coaching sessions with their before / after change.

    from aqm.coaching import coaching_report, record_session, write_report
    report = coaching_report("aqm.duckdb", "A1007", "2026-11")
    write_report(report, "xlsx", "A1007-2026-11.xlsx")

Modules: ``needs`` (rates, the significance test, ranking), ``report`` (the report and
sessions), ``files`` (xlsx / pdf). SQL: ``aqm.store.coaching``.
"""

from __future__ import annotations

from aqm.coaching.files import write_report
from aqm.coaching.needs import Need, Rate, training_needs
from aqm.coaching.report import (
    AngryHandling,
    BeforeAfter,
    CoachingReport,
    Examples,
    coaching_report,
    record_session,
)

__all__ = ["AngryHandling", "BeforeAfter", "CoachingReport", "Examples", "Need", "Rate",
           "coaching_report", "record_session", "training_needs", "write_report"]
