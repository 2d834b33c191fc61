"""Calibration: several reviewers score the same calls blind, then the agreement report.

A session names its calls, the form and the calibrator (whose answers are the reference).
Reviewers submit ``kind="calibration"`` reviews (``aqm.scoring.people.submit_review``):
only their own answers count, the machine's are not filled in. The report gives, per
question, the people's percent agreement and Fleiss' kappa, each reviewer's agreement with
the calibrator, and the machine against the people (percent agreement and Cohen's kappa of
the machine's answer paired with each person's, so a QA lead sees which automatic answers
to trust); per reviewer, the mean score difference from the calibrator (signed and
absolute) and the share of questions answered differently. Formulas: ``aqm.scoring.agreement``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from aqm.errors import InputError, PermissionDenied
from aqm.scoring.agreement import cohen_kappa, fleiss_kappa, percent_agreement
from aqm.store import Store
from aqm.store.queries import AuditEntry
from aqm.store.reviews import StoredReview, reviews_of, scorecard_json
from aqm.store.sampling import Session, add_session, get_session

if TYPE_CHECKING:
    from aqm.auth import User


@dataclass(frozen=True)
class QuestionAgreement:
    question_id: str
    calls: int  # calls with at least two people answering it
    people_agreement: float | None
    fleiss_kappa: float | None
    calibrator_agreement: float | None  # others' answers equal to the calibrator's
    machine_agreement: float | None  # machine's answer equal to a person's, over pairs
    machine_kappa: float | None


@dataclass(frozen=True)
class ReviewerDeviation:
    reviewer: str
    calls: int
    mean_score_diff: float | None  # reviewer minus calibrator
    mean_abs_score_diff: float | None
    disagreement: float | None  # share of questions answered unlike the calibrator


@dataclass(frozen=True)
class CalibrationReport:
    session: Session
    reviewers: tuple[str, ...]
    questions: tuple[QuestionAgreement, ...]
    deviations: tuple[ReviewerDeviation, ...]

    def lines(self) -> list[str]:
        """A plain-text report (no transcript text)."""
        def f(x: float | None) -> str:
            return "-" if x is None else f"{x:.2f}"

        out = [f"calibration {self.session.name} ({self.session.session_id}): form "
               f"{self.session.form_id}, calibrator {self.session.calibrator}, "
               f"{len(self.session.call_ids)} calls, reviewers {', '.join(self.reviewers)}",
               "question | calls | people agree | Fleiss kappa | vs calibrator | "
               "machine agree | machine kappa"]
        out += [f"{q.question_id} | {q.calls} | {f(q.people_agreement)} | {f(q.fleiss_kappa)}"
                f" | {f(q.calibrator_agreement)} | {f(q.machine_agreement)} | "
                f"{f(q.machine_kappa)}" for q in self.questions]
        out.append("reviewer | calls | score diff | abs diff | questions unlike calibrator")
        out += [f"{d.reviewer} | {d.calls} | {f(d.mean_score_diff)} | "
                f"{f(d.mean_abs_score_diff)} | {f(d.disagreement)}" for d in self.deviations]
        return out


def create_session(db: str | Path, user: User, name: str, call_ids: Sequence[str],
                   form_id: str, calibrator: str) -> Session:
    """A QA lead opens a session on calls that have a scorecard of ``form_id``."""
    if not user.can("disputes.resolve"):
        raise PermissionDenied(f"{user.username} ({user.role}) may not open calibrations")
    if not call_ids or not name.strip():
        raise InputError("a calibration session needs a name and calls")
    ids = tuple(sorted(set(call_ids)))
    sid = hashlib.sha256(f"{name}\n{form_id}\n{calibrator}\n{ids}".encode()).hexdigest()[:16]
    session = Session(sid, name.strip(), form_id, calibrator, user.username, ids)
    add_session(Store(db), session, AuditEntry(
        username=user.username, role=user.role, action="calibration_create",
        detail=f"session {sid}: {len(ids)} calls, form {form_id}"))
    return session


def _answers(review: StoredReview) -> dict[str, str | None]:
    return {r["question"]: r["answer"] for r in review.final.get("answers", [])}


def calibration_report(db: str | Path, session_id: str) -> CalibrationReport:
    store = Store(db)
    session = get_session(store, session_id)
    if session is None:
        raise InputError(f"no calibration session {session_id}")
    latest: dict[tuple[str, str], StoredReview] = {}
    for r in reviews_of(store, session_id=session_id):
        if r.kind == "calibration" and r.call_id in session.call_ids:
            latest[(r.call_id, r.reviewer)] = r  # oldest first: the last one wins
    reviewers = tuple(sorted({who for _, who in latest}))
    machine: dict[str, dict[str, str | None]] = {}
    for call_id in session.call_ids:
        found = scorecard_json(store, call_id, form_id=session.form_id)
        machine[call_id] = {} if found is None else {
            q["id"]: q["answer"] for s in found[1]["sections"] for q in s["questions"]}
    question_ids = sorted({q for m in machine.values() for q in m})
    questions = []
    for qid in question_ids:
        items, vs_cal, m_pairs, p_pairs = [], [], [], []
        for call_id in session.call_ids:
            given = {who: _answers(r).get(qid) for (c, who), r in latest.items()
                     if c == call_id}
            given = {who: a for who, a in given.items() if a is not None}
            if len(given) >= 2:
                items.append(list(given.values()))
            ref = given.get(session.calibrator)
            if ref is not None:
                vs_cal += [a == ref for who, a in given.items() if who != session.calibrator]
            auto = machine[call_id].get(qid)
            if auto is not None:
                m_pairs += [auto] * len(given)
                p_pairs += list(given.values())
        questions.append(QuestionAgreement(
            qid, len(items), percent_agreement(items), fleiss_kappa(items),
            sum(vs_cal) / len(vs_cal) if vs_cal else None,
            sum(a == b for a, b in zip(m_pairs, p_pairs, strict=True)) / len(m_pairs)
            if m_pairs else None, cohen_kappa(m_pairs, p_pairs) if m_pairs else None))
    deviations = []
    for who in reviewers:
        if who == session.calibrator:
            continue
        diffs, unlike, asked, calls = [], 0, 0, 0
        for call_id in session.call_ids:
            mine, cal = latest.get((call_id, who)), latest.get((call_id, session.calibrator))
            if mine is None or cal is None:
                continue
            calls += 1
            if mine.score is not None and cal.score is not None:
                diffs.append(mine.score - cal.score)
            a, b = _answers(mine), _answers(cal)
            both = [q for q in a if a[q] is not None and b.get(q) is not None]
            asked += len(both)
            unlike += sum(a[q] != b[q] for q in both)
        deviations.append(ReviewerDeviation(
            who, calls, sum(diffs) / len(diffs) if diffs else None,
            sum(abs(d) for d in diffs) / len(diffs) if diffs else None,
            unlike / asked if asked else None))
    return CalibrationReport(session, reviewers, tuple(questions), tuple(deviations))
