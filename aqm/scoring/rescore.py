"""``aqm score``: run auto-QA again on stored calls (a new or edited form) without audio.

Each call is scored from its stored compliance, metrics and sentiment with the forms given;
a scorecard already stored for the same form version and inputs is kept as it is, a new form
version adds a scorecard beside the old ones (nothing is overwritten), and calls already
current with these forms are skipped.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from aqm.scoring.autoqa import fill_forms, scoring_lineage
from aqm.scoring.explain import metrics_from_dict
from aqm.scoring.forms import Form, load_forms
from aqm.scoring.rules import load_pack
from aqm.scoring.scorecard import QaInputs

log = logging.getLogger("aqm.scoring.rescore")


@dataclass(frozen=True)
class ScoreReport:
    calls: int
    scored: int  # calls that got at least one new scorecard
    scorecards: int  # new scorecards
    skipped: int  # already current with these forms
    forms: tuple[str, ...]  # name@label of each form used


def score_stored(db: str | Path, form_paths: list[str | Path] | None = None,
                 rule_paths: list[str | Path] | None = None, force: bool = False,
                 progress: Callable[[int], None] | None = None) -> ScoreReport:
    """Score every transcribed call in ``db`` with the forms (default: bundled). ``force``
    scores calls already current (still never duplicating a stored scorecard)."""
    from aqm.store import Store
    from aqm.store.qa import save_scorecards, scoring_sources

    forms: tuple[Form, ...] = load_forms(form_paths, load_pack(rule_paths))
    store = Store(db)
    calls = scored = cards_added = skipped = 0
    for src in scoring_sources(store):
        calls += 1
        lineage = scoring_lineage(forms, src.input_keys)
        if src.score_key == lineage.run_key and not force:
            skipped += 1
        else:
            metrics = metrics_from_dict(json.loads(src.metrics_json)).to_rows() \
                if src.metrics_json else []
            inputs = QaInputs.from_stored(
                src.call.call_id, src.call.metadata, src.language,
                json.loads(src.compliance_json) if src.compliance_json else None, metrics,
                json.loads(src.sentiment_json) if src.sentiment_json else None,
                src.asr_confidence)
            cards = fill_forms(forms, inputs, lineage)
            new = save_scorecards(store, src.call.call_id, lineage, cards)
            scored += new > 0
            cards_added += new
        if progress:
            progress(calls)
    log.info("scored %d calls (%d new scorecards), %d already current", scored, cards_added,
             skipped)
    return ScoreReport(calls, scored, cards_added, skipped,
                       tuple(f"{f.name}@{f.label}" for f in forms))
