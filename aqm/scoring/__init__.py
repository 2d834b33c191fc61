"""Script compliance and call categories from rule files (YAML), with evidence.

    from aqm.scoring import RuleContext, check_compliance, load_pack
    pack = load_pack()                                   # bundled scorecards/
    result = check_compliance(transcript, pack, RuleContext(metadata, metrics, sentiment))
    result.status("greeting"), result.to_dict(), result.to_rows()

Modules: ``schema`` (file schema, YAML lines), ``rules`` (loading, frozen rules),
``text`` (normalisation, timed tokens), ``matching`` (exact / fuzzy / semantic),
``events`` (sentiment and metric events, windows), ``categories``, ``compliance``,
``results`` (frozen records), ``explain`` (``aqm rules test``); QA scorecards: ``forms``
(form files), ``scorecard`` (answers, the score arithmetic), ``autoqa`` (the machine's
answers with evidence).
"""

from __future__ import annotations

from aqm.scoring.autoqa import fill_form, fill_forms, scorecard_id, scoring_lineage
from aqm.scoring.call_context import ComplianceOptions, RuleContext, compliance_lineage
from aqm.scoring.categories import categorize
from aqm.scoring.compliance import check_compliance
from aqm.scoring.explain import (
    Explanation,
    ExportedCall,
    call_from_record,
    explain,
    load_call_json,
    metrics_from_dict,
)
from aqm.scoring.forms import Form, Question, Section, form_files, load_form, load_forms
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
from aqm.scoring.scorecard import (
    Answer,
    QaInputs,
    Scorecard,
    ScoreResult,
    SpeakerFeeling,
    qa_inputs,
    score_answers,
)

__all__ = [
    "Answer", "Form", "QaInputs", "Question", "ScoreResult", "Scorecard", "Section",
    "SpeakerFeeling", "fill_form", "fill_forms", "form_files", "load_form", "load_forms",
    "qa_inputs", "score_answers", "scorecard_id", "scoring_lineage",
    "Category", "CategoryHit", "ComplianceHit", "ComplianceOptions", "ComplianceResult",
    "Evidence", "Explanation", "ExportedCall", "Rule", "RuleContext", "RuleFile", "RulePack",
    "RuleResult", "call_from_record", "categorize", "check_compliance", "compliance_lineage",
    "default_scorecards_dir", "explain", "load_call_json", "load_file", "load_pack",
    "metrics_from_dict", "scorecard_files", "validate_file",
]
