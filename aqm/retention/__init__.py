"""Retention and deletion: rules that remove parts of old calls (``aqm retention apply``)
and deleting calls everywhere (``aqm delete``). See ``aqm.retention.rules``,
``aqm.retention.apply`` and ``aqm.retention.delete``."""

from __future__ import annotations

from aqm.retention.apply import RetentionReport, StepReport, apply_retention
from aqm.retention.delete import DeletionReport, FileResult, delete_calls
from aqm.retention.rules import RetentionRules, load_rules

__all__ = ["DeletionReport", "FileResult", "RetentionReport", "RetentionRules", "StepReport",
           "apply_retention", "delete_calls", "load_rules"]
