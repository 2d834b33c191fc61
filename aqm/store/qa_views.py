"""What the app's QA sections and pages read: a call's sentiment, compliance, scorecards,
reviews and disputes; open disputes; calibration sessions. Point lookups by ``call_id``
(indexed) or small tables."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from aqm.store.reviews import (
    StoredDispute,
    StoredReview,
    disputes_in,
    disputes_of,
    reviews_in,
)

if TYPE_CHECKING:
    from aqm.store.db import Store


@dataclass(frozen=True)
class SentimentPoint:
    """One segment's sentiment (``kind`` segment) or an anger / frustration moment."""

    kind: str
    speaker: str | None
    seg_idx: int | None
    label: str | None
    value: float
    start_s: float | None
    end_s: float | None


@dataclass(frozen=True)
class CallQa:
    call_id: str
    sentiment: dict[str, Any] | None  # the export's call-level ``sentiment``
    points: tuple[SentimentPoint, ...]
    compliance: dict[str, Any] | None  # the export's ``compliance``
    categories: tuple[dict[str, Any], ...]
    scorecards: tuple[dict[str, Any], ...]  # the export's ``scores`` entries, newest first
    reviews: tuple[StoredReview, ...]  # submitted, oldest first
    disputes: tuple[StoredDispute, ...]


_POINT_KINDS = frozenset({"segment", "anger", "frustration"})


def call_qa(store: Store, call_id: str) -> CallQa:
    with store.read() as con:
        sent = con.execute("SELECT sentiment_json FROM call_sentiment WHERE call_id = ?",
                           [call_id]).fetchone()
        # call_id alone, kinds picked here: with a second condition DuckDB scans the whole
        # table instead of using its call_id index (40 ms against 1 ms at a million calls)
        points = [p for p in con.execute(
            "SELECT kind, speaker, seg_idx, label, value, start_s, end_s FROM sentiment_values "
            "WHERE call_id = ? ORDER BY start_s, seg_idx", [call_id]).fetchall()
            if p[0] in _POINT_KINDS]
        rules = con.execute("SELECT compliance_json, categories_json FROM call_compliance "
                            "WHERE call_id = ?", [call_id]).fetchone()
        cards = con.execute("SELECT scorecard_json FROM scorecards WHERE call_id = ? "
                            "ORDER BY created_at DESC, form_id", [call_id]).fetchall()
        reviews = reviews_in(con, "status = 'submitted' AND call_id = ?", [call_id])
        disputes = disputes_in(con, "call_id = ?", [call_id])
    return CallQa(
        call_id, json.loads(sent[0]) if sent else None,
        tuple(SentimentPoint(*p) for p in points),
        json.loads(rules[0]) if rules else None,
        tuple(json.loads(rules[1])) if rules else (),
        tuple(json.loads(c[0]) for c in cards),
        tuple(reviews), tuple(disputes))


@dataclass(frozen=True)
class DisputeRow:
    dispute: StoredDispute
    agent_id: str | None
    agent_name: str | None
    team: str | None


def dispute_rows(store: Store, status: str | None = None, agent_id: str | None = None,
                 team: str | None = None, limit: int = 500) -> list[DisputeRow]:
    """Disputes with their call's agent, newest first, within a scope."""
    where, params = ["true"], []
    for col, value in (("d.status", status), ("c.agent_id", agent_id), ("c.team", team)):
        if value is not None:
            where.append(f"{col} = ?")
            params.append(value)
    with store.read() as con:
        ids = con.execute(f"""
            SELECT d.dispute_id, c.agent_id, c.agent_name, c.team FROM disputes d
            JOIN calls c USING (call_id) WHERE {' AND '.join(where)}
            ORDER BY d.raised_at DESC LIMIT {int(limit)}""", params).fetchall()
    out = []
    for dispute_id, aid, name, tm in ids:
        found = disputes_of(store, dispute_id=dispute_id)
        if found:
            out.append(DisputeRow(found[0], aid, name, tm))
    return out


@dataclass(frozen=True)
class SessionRow:
    session_id: str
    name: str
    form_id: str
    calibrator: str
    created_by: str
    created_at: dt.datetime
    calls: int
    reviews: int


def session_rows(store: Store) -> list[SessionRow]:
    with store.read() as con:
        rows = con.execute("""
            SELECT s.session_id, s.name, s.form_id, s.calibrator, s.created_by, s.created_at,
                   (SELECT count(*) FROM calibration_calls c WHERE c.session_id = s.session_id),
                   (SELECT count(*) FROM reviews r WHERE r.session_id = s.session_id
                      AND r.kind = 'calibration')
            FROM calibration_sessions s ORDER BY s.created_at DESC""").fetchall()
    return [SessionRow(*r) for r in rows]
