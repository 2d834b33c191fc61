"""Store side of people's QA work: reviews (never edited; a revision supersedes), disputes,
review queues and calibration sessions. Each change is one transaction with its audit row
and the call's ``call_facts`` refresh."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from aqm.errors import InputError
from aqm.store.facts import refresh_call_facts

if TYPE_CHECKING:
    from aqm.store.db import Store
    from aqm.store.queries import AuditEntry


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


@dataclass(frozen=True)
class StoredReview:
    review_id: str
    call_id: str
    scorecard_id: str | None
    form_id: str
    form_version: str
    reviewer: str
    kind: str  # review | calibration
    session_id: str | None
    score: float | None
    comment: str
    submitted_at: dt.datetime | None
    supersedes: str | None
    superseded_by: str | None
    final: dict[str, Any]  # the final answers and score, as exported


@dataclass(frozen=True)
class ReviewRow:
    """A review to add, with its answer rows (question, answer JSON, machine's JSON,
    points, comment)."""

    review: StoredReview
    answers: tuple[tuple[str, str, str | None, float | None, str], ...]


@dataclass(frozen=True)
class StoredDispute:
    dispute_id: str
    review_id: str
    call_id: str
    question_id: str | None
    asked_answer: str | None
    raised_by: str
    reason: str
    status: str  # open | upheld | rejected
    resolved_by: str | None
    resolution: str | None
    score_before: float | None
    score_after: float | None
    new_review_id: str | None
    raised_at: dt.datetime
    resolved_at: dt.datetime | None


def _audit(con: Any, entry: AuditEntry) -> None:
    con.execute("INSERT INTO audit_log (logged_at, username, role, action, call_id, detail) "
                "VALUES (?, ?, ?, ?, ?, ?)", [entry.logged_at, entry.username, entry.role,
                                             entry.action, entry.call_id, entry.detail])


def scorecard_json(store: Store, call_id: str, scorecard_id: str | None = None,
                   form_id: str | None = None) -> tuple[str, dict[str, Any]] | None:
    """The machine's scorecard of a call: the one named, else the newest (of the form)."""
    sql = "SELECT scorecard_id, scorecard_json FROM scorecards WHERE call_id = ?"
    params: list[Any] = [call_id]
    if scorecard_id:
        sql += " AND scorecard_id = ?"
        params.append(scorecard_id)
    if form_id:
        sql += " AND form_id = ?"
        params.append(form_id)
    with store.read() as con:
        row = con.execute(sql + " ORDER BY created_at DESC, form_id LIMIT 1", params).fetchone()
    return None if row is None else (str(row[0]), json.loads(row[1]))


def call_agent(store: Store, call_id: str) -> tuple[str | None, str | None] | None:
    """(agent_id, team) of a stored call, or None when there is no such call."""
    with store.read() as con:
        row = con.execute("SELECT agent_id, team FROM calls WHERE call_id = ?",
                          [call_id]).fetchone()
    return None if row is None else (row[0], row[1])


_REVIEW_COLS = ("review_id, call_id, scorecard_id, form_id, form_version, reviewer, kind, "
                "session_id, score, coalesce(comment, ''), submitted_at, supersedes, "
                "superseded_by, final_json")


def _review(r: tuple[Any, ...]) -> StoredReview:
    return StoredReview(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10],
                        r[11], r[12], json.loads(r[13]) if r[13] else {})


def reviews_of(store: Store, call_id: str | None = None, session_id: str | None = None,
               review_id: str | None = None, current_only: bool = False
               ) -> list[StoredReview]:
    """Submitted reviews, oldest first, filtered by call, calibration session or id."""
    where, params = ["status = 'submitted'"], []
    for col, value in (("call_id", call_id), ("session_id", session_id),
                       ("review_id", review_id)):
        if value is not None:
            where.append(f"{col} = ?")
            params.append(value)
    if current_only:
        where.append("superseded_by IS NULL")
    with store.read() as con:
        return reviews_in(con, " AND ".join(where), params)


def reviews_in(con: Any, where: str, params: list[Any]) -> list[StoredReview]:
    """Submitted reviews matching ``where`` on an open connection."""
    rows = con.execute(f"SELECT {_REVIEW_COLS} FROM reviews WHERE {where} "
                       "ORDER BY submitted_at, review_id", params).fetchall()
    return [_review(r) for r in rows]


def add_review(store: Store, row: ReviewRow, entry: AuditEntry) -> None:
    """Add a submitted review (and mark the one it supersedes), its answers and the audit
    row in one transaction; refresh the call's grid row."""
    now = _now()
    with store.write() as con:
        _insert_review(con, row, now)
        _audit(con, entry)
        refresh_call_facts(con, row.review.call_id, now)


def _insert_review(con: Any, row: ReviewRow, now: dt.datetime) -> None:
    r = row.review
    if r.supersedes:
        cur = con.execute("SELECT superseded_by FROM reviews WHERE review_id = ?",
                          [r.supersedes]).fetchone()
        if cur is None or cur[0] is not None:
            raise InputError(f"review {r.supersedes} is not the current review")
        con.execute("UPDATE reviews SET superseded_by = ? WHERE review_id = ?",
                    [r.review_id, r.supersedes])
    con.execute(
        "INSERT INTO reviews (review_id, call_id, form_id, form_version, reviewer, kind, "
        "session_id, status, score, comment, created_at, submitted_at, scorecard_id, "
        "supersedes, final_json) VALUES (?, ?, ?, ?, ?, ?, ?, 'submitted', ?, ?, ?, ?, ?, "
        "?, ?)", [r.review_id, r.call_id, r.form_id, r.form_version, r.reviewer, r.kind,
                  r.session_id, r.score, r.comment, now, now, r.scorecard_id,
                  r.supersedes, json.dumps(r.final, ensure_ascii=False)])
    for qid, answer, machine, points, comment in row.answers:
        con.execute("INSERT INTO review_answers VALUES (?, ?, ?, ?, ?, ?, ?)",
                    [r.review_id, qid, answer, machine, points, comment, now])


_DISPUTE_COLS = ("dispute_id, review_id, call_id, question_id, asked_answer, raised_by, "
                 "reason, status, resolved_by, resolution, score_before, score_after, "
                 "new_review_id, raised_at, resolved_at")


def disputes_of(store: Store, call_id: str | None = None, dispute_id: str | None = None,
                status: str | None = None) -> list[StoredDispute]:
    where, params = ["true"], []
    for col, value in (("call_id", call_id), ("dispute_id", dispute_id), ("status", status)):
        if value is not None:
            where.append(f"{col} = ?")
            params.append(value)
    with store.read() as con:
        return disputes_in(con, " AND ".join(where), params)


def disputes_in(con: Any, where: str, params: list[Any]) -> list[StoredDispute]:
    """Disputes matching ``where`` on an open connection."""
    rows = con.execute(f"SELECT {_DISPUTE_COLS} FROM disputes WHERE {where} "
                       "ORDER BY raised_at, dispute_id", params).fetchall()
    return [StoredDispute(*r) for r in rows]


def add_dispute(store: Store, d: StoredDispute, entry: AuditEntry) -> None:
    now = _now()
    with store.write() as con:
        open_ = con.execute("SELECT count(*) FROM disputes WHERE review_id = ? AND "
                            "question_id IS NOT DISTINCT FROM ? AND status = 'open'",
                            [d.review_id, d.question_id]).fetchone()
        if open_ and open_[0]:
            raise InputError("this question of the review is already disputed")
        con.execute(f"INSERT INTO disputes ({_DISPUTE_COLS}) VALUES "
                    f"({', '.join('?' * 15)})",
                    [d.dispute_id, d.review_id, d.call_id, d.question_id, d.asked_answer,
                     d.raised_by, d.reason, "open", None, None, d.score_before, None, None,
                     now, None])
        _audit(con, entry)
        refresh_call_facts(con, d.call_id, now)


def close_dispute(store: Store, d: StoredDispute, entry: AuditEntry,
                  revision: ReviewRow | None) -> None:
    """Resolve an open dispute (and add the review revision an upheld one makes) in one
    transaction."""
    now = _now()
    with store.write() as con:
        cur = con.execute("SELECT status FROM disputes WHERE dispute_id = ?",
                          [d.dispute_id]).fetchone()
        if cur is None or cur[0] != "open":
            raise InputError(f"dispute {d.dispute_id} is not open")
        con.execute("UPDATE disputes SET status = ?, resolved_by = ?, resolution = ?, "
                    "score_after = ?, new_review_id = ?, resolved_at = ? WHERE dispute_id = ?",
                    [d.status, d.resolved_by, d.resolution, d.score_after, d.new_review_id,
                     now, d.dispute_id])
        if revision is not None:
            _insert_review(con, revision, now)
        _audit(con, entry)
        refresh_call_facts(con, d.call_id, now)
