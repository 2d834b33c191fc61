"""Script compliance and call categories from rule files (YAML), with evidence.

    from aqm.scoring import RuleContext, check_compliance, load_pack
    pack = load_pack()                                   # bundled scorecards/
    result = check_compliance(transcript, pack, RuleContext(metadata, metrics, sentiment))
    result.status("greeting"), result.to_dict(), result.to_rows()

Modules: ``schema`` (file schema, YAML lines), ``rules`` (loading, frozen rules),
``text`` (normalisation, timed tokens), ``matching`` (exact / fuzzy / semantic),
``events`` (sentiment and metric events, windows), ``categories``, ``compliance``,
``results`` (frozen records), ``explain`` (``aqm rules test``).
"""

from __future__ import annotations

from aqm.scoring.categories import categorize
from aqm.scoring.compliance import (
    ComplianceOptions,
    RuleContext,
    check_compliance,
    compliance_lineage,
)
from aqm.scoring.explain import (
    Explanation,
    ExportedCall,
    call_from_record,
    explain,
    load_call_json,
    metrics_from_dict,
)
from aqm.scoring.results import (
    CategoryHit,
    ComplianceHit,
    ComplianceResult,
    Evidence,
    RuleResult,
)
from aqm.scoring.rules import (
    Category,
    Rule,
    RuleFile,
    RulePack,
    default_scorecards_dir,
    load_file,
    load_pack,
    scorecard_files,
    validate_file,
)

__all__ = [
    "Category", "CategoryHit", "ComplianceHit", "ComplianceOptions", "ComplianceResult",
    "Evidence", "Explanation", "ExportedCall", "Rule", "RuleContext", "RuleFile", "RulePack",
    "RuleResult", "call_from_record", "categorize", "check_compliance", "compliance_lineage",
    "default_scorecards_dir", "explain", "load_call_json", "load_file", "load_pack",
    "metrics_from_dict", "scorecard_files", "validate_file",
]
