"""People's QA work on top of the machine's scorecards: reviews, disputes.

    review = submit_review(db, user, call_id, [PersonAnswer("greeting", "yes", "heard it")])
    dispute = raise_dispute(db, agent_user, review.review_id, "greeting", "yes", "I did greet")
    resolve_dispute(db, lead_user, dispute.dispute_id, uphold=True, comment="agreed")

A review answers or overrides any question of a machine scorecard; the machine's answers
stay stored beside it. The call's final score uses the person's answer where there is one
and the machine's elsewhere (the form's arithmetic, ``score_answers``). Reviews are never
edited: an upheld dispute adds a new review that supersedes the old one, so the history
stays. Calibration reviews are blind (``kind="calibration"``: only the person's answers
count). Every step is checked against the user's role and written to the audit log with
who and when; nothing here logs transcript text.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from aqm.errors import InputError, PermissionDenied
from aqm.scoring.forms import Form, Question, Section
from aqm.scoring.scorecard import Answer, ScoreResult, score_answers
from aqm.store import Store
from aqm.store.queries import AuditEntry
from aqm.store.reviews import (
    ReviewRow,
    StoredDispute,
    StoredReview,
    add_dispute,
    add_review,
    call_agent,
    close_dispute,
    disputes_of,
    reviews_of,
    scorecard_json,
)

if TYPE_CHECKING:
    from aqm.auth import Permission, User


@dataclass(frozen=True)
class PersonAnswer:
    """A reviewer's answer to one question: yes / no / na or a scale value; None keeps the
    machine's answer but may still add a comment."""

    question_id: str
    answer: str | None
    comment: str = ""


def _need(user: User, permission: Permission) -> None:
    if not user.can(permission):
        raise PermissionDenied(f"{user.username} ({user.role}) may not {permission}")


def _id(*parts: str) -> str:
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:20]


def form_from_card(card: dict[str, Any]) -> Form:
    """The form's layout as stored with a scorecard (it survives edits of the file)."""
    sections = tuple(Section(s["id"], s["title"], float(s["weight"]), tuple(
        Question(q["id"], q["text"], q["type"],
                 (int(q["scale"][0]), int(q["scale"][1])) if q.get("scale") else None,
                 float(q["weight"]), bool(q["auto_fail"]), bool(q.get("na_allowed", True)),
                 None)
        for q in s["questions"])) for s in card["sections"])
    return Form(name=card["form"], label=card["form_label"], title=card["form_title"],
                path=card["form_file"], sha256=card["form_version"], directions=None,
                queues=None, languages=None, sections=sections)


def _final(form: Form, card: dict[str, Any], mine: dict[str, PersonAnswer], blind: bool
           ) -> tuple[list[Answer], ScoreResult, dict[str, Any]]:
    machine = {q["id"]: q for s in card["sections"] for q in s["questions"]}
    answers: list[Answer] = []
    rows: list[dict[str, Any]] = []
    for s in form.sections:
        for q in s.questions:
            person = mine.get(q.id)
            auto = machine[q.id]["answer"]
            mine_answer = person.answer if person is not None else None
            by_person = mine_answer is not None
            answer = mine_answer if by_person else (None if blind else auto)
            answers.append(Answer(s.id, q.id, answer, 1.0, (), ""))
            rows.append({"question": q.id, "section": s.id, "answer": answer,
                         "by": "person" if by_person else ("none" if blind else "machine"),
                         "machine_answer": auto,
                         "comment": person.comment if person is not None else ""})
    try:
        result = score_answers(form, answers)
    except ValueError as e:
        raise InputError(str(e)) from e
    points = {q.question_id: q.points for q in result.questions}
    for row in rows:
        row["points"] = points[row["question"]]
    final = {"score": result.score, "auto_fail": result.auto_fail,
             "unanswered": result.unanswered, "answers": rows}
    return answers, result, final


def submit_review(db: str | Path, user: User, call_id: str, answers: Sequence[PersonAnswer],
                  comment: str = "", scorecard_id: str | None = None,
                  kind: str = "review", session_id: str | None = None,
                  supersedes: str | None = None) -> StoredReview:
    """Store a person's review of the call's machine scorecard (the newest, or the one
    named) and return it with its final score."""
    _need(user, "calibration.join" if kind == "calibration" else "reviews.submit")
    if kind not in ("review", "calibration"):
        raise InputError(f"review kind must be review or calibration, not {kind!r}")
    store = Store(db)
    found = scorecard_json(store, call_id, scorecard_id)
    if found is None:
        raise InputError(f"call {call_id} has no scorecard to review")
    card_id, card = found
    form = form_from_card(card)
    mine = {a.question_id: a for a in answers}
    for qid in mine:
        try:
            form.question(qid)
        except KeyError as e:
            raise InputError(f"form {form.name} has no question {qid!r}") from e
    if len(mine) != len(answers):
        raise InputError("a question is answered twice")
    blind = kind == "calibration"
    _, result, final = _final(form, card, mine, blind)
    review_id = _id(call_id, card_id, user.username, kind, session_id or "",
                    supersedes or "", repr(sorted((a.question_id, a.answer, a.comment)
                                                  for a in answers)), comment)
    if reviews_of(store, review_id=review_id):
        raise InputError("this review was already submitted")
    review = StoredReview(review_id, call_id, card_id, form.name, form.sha256, user.username,
                          kind, session_id, result.score, comment, None, supersedes, None,
                          final)
    add_review(store, ReviewRow(review, _rows(final, blind)), AuditEntry(
        username=user.username, role=user.role, action=f"{kind}_submit", call_id=call_id,
        detail=f"review {review_id} score {result.score}"))
    return reviews_of(store, review_id=review_id)[0]


def _rows(final: dict[str, Any], blind: bool
          ) -> tuple[tuple[str, str, str | None, float | None, str], ...]:
    """review_answers rows: the questions the person answered or commented on."""
    def text(value: Any) -> str | None:
        return None if value is None else str(value)

    return tuple((r["question"], text(r["answer"]) or "",
                  None if blind else text(r["machine_answer"]), r["points"], r["comment"])
                 for r in final["answers"] if r["by"] == "person" or r["comment"])


def current_review(db: str | Path, call_id: str) -> StoredReview | None:
    """The call's review that counts (the newest not superseded, kind review)."""
    found = [r for r in reviews_of(Store(db), call_id=call_id, current_only=True)
             if r.kind == "review"]
    return found[-1] if found else None


def raise_dispute(db: str | Path, user: User, review_id: str, question_id: str | None,
                  asked_answer: str | None, reason: str) -> StoredDispute:
    """The call's agent disputes a review (one question, or the whole review when
    ``question_id`` is None) with a reason."""
    _need(user, "disputes.raise")
    store = Store(db)
    found = reviews_of(store, review_id=review_id)
    if not found or found[0].kind != "review":
        raise InputError(f"no review {review_id}")
    review = found[0]
    if review.superseded_by is not None:
        raise InputError(f"review {review_id} was revised; dispute the current one")
    owner = call_agent(store, review.call_id)
    if user.role == "agent" and (owner is None or owner[0] != user.agent_id):
        raise PermissionDenied(f"{user.username} may dispute reviews of their own calls only")
    if not reason.strip():
        raise InputError("a dispute needs a reason")
    if question_id is not None:
        form = form_from_card(_card_of(store, review))
        try:
            form.question(question_id)
        except KeyError as e:
            raise InputError(f"form {form.name} has no question {question_id!r}") from e
    dispute = StoredDispute(
        _id(review_id, question_id or "", user.username, reason), review_id, review.call_id,
        question_id, asked_answer, user.username, reason.strip(), "open", None, None,
        review.score, None, None, _epoch(), None)
    add_dispute(store, dispute, AuditEntry(
        username=user.username, role=user.role, action="dispute_raise", call_id=review.call_id,
        detail=f"dispute {dispute.dispute_id} review {review_id} question {question_id}"))
    return disputes_of(store, dispute_id=dispute.dispute_id)[0]


def resolve_dispute(db: str | Path, user: User, dispute_id: str, uphold: bool, comment: str,
                    new_answer: str | None = None) -> StoredDispute:
    """A QA lead upholds (the answer changes: ``new_answer``, else what the agent asked for;
    a new review supersedes the old, history kept) or rejects a dispute with a comment."""
    _need(user, "disputes.resolve")
    store = Store(db)
    found = disputes_of(store, dispute_id=dispute_id)
    if not found:
        raise InputError(f"no dispute {dispute_id}")
    d = found[0]
    if d.status != "open":
        raise InputError(f"dispute {dispute_id} is already {d.status}")
    if not comment.strip():
        raise InputError("resolving a dispute needs a comment")
    revision = None
    score_after = d.score_before
    new_review_id = None
    if uphold:
        answer = new_answer if new_answer is not None else d.asked_answer
        if d.question_id is None or answer is None:
            raise InputError("upholding a dispute needs the question's new answer")
        old = reviews_of(store, review_id=d.review_id)[0]
        card = _card_of(store, old)
        mine = {r["question"]: PersonAnswer(r["question"], r["answer"], r["comment"])
                for r in old.final["answers"] if r["by"] == "person"}
        mine[d.question_id] = PersonAnswer(d.question_id, answer, comment.strip())
        form = form_from_card(card)
        _, result, final = _final(form, card, mine, blind=False)
        new_review_id = _id(old.review_id, dispute_id, "revision")
        score_after = result.score
        revision = ReviewRow(StoredReview(
            new_review_id, old.call_id, old.scorecard_id, old.form_id, old.form_version,
            user.username, "review", None, result.score, comment.strip(), None,
            old.review_id, None, final), _rows(final, blind=False))
    resolved = StoredDispute(**{**d.__dict__, "status": "upheld" if uphold else "rejected",
                                "resolved_by": user.username, "resolution": comment.strip(),
                                "score_after": score_after, "new_review_id": new_review_id})
    close_dispute(store, resolved, AuditEntry(
        username=user.username, role=user.role,
        action="dispute_uphold" if uphold else "dispute_reject", call_id=d.call_id,
        detail=f"dispute {dispute_id} score {d.score_before} -> {score_after}"), revision)
    return disputes_of(store, dispute_id=dispute_id)[0]


def _card_of(store: Store, review: StoredReview) -> dict[str, Any]:
    found = scorecard_json(store, review.call_id, review.scorecard_id)
    if found is None:
        raise InputError(f"the scorecard of review {review.review_id} is gone")
    return found[1]


def _epoch() -> Any:
    import datetime as dt

    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
