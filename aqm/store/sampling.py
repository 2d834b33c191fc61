"""Store side of review sampling and calibration sessions (SQL over ``call_facts``,
``compliance_results``, ``words``; see ``aqm.scoring.sampling``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from aqm.errors import InputError

if TYPE_CHECKING:
    from aqm.store.db import Store
    from aqm.store.queries import AuditEntry


@dataclass(frozen=True)
class Pick:
    call_id: str
    agent_id: str | None
    reason: str  # random | auto_fail | low_score | negative_end | long_silence |
    #              compliance_fail | low_asr_confidence
    detail: str


@dataclass(frozen=True)
class RiskRule:
    reason: str
    condition: str  # SQL over the candidate row ``f`` (call_facts) and ``asr`` (confidence)
    detail: str  # SQL text for the detail column


def pick_calls(store: Store, period: str, start: dt.datetime, end: dt.datetime,
               risks: tuple[RiskRule, ...], per_reason: int, per_agent: int, seed: int,
               entry: AuditEntry) -> list[Pick]:
    """Pick calls started in [start, end) that have a scorecard, were neither reviewed nor
    picked for ``period`` before: up to ``per_reason`` for each risk (in order), then
    ``per_agent`` random ones per agent; store the picks and an audit row in one transaction.
    """
    now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
    picks: list[Pick] = []
    with store.write() as con:
        con.execute("""
            CREATE TEMP TABLE cand AS
            SELECT f.*, a.conf AS asr
            FROM call_facts f
            LEFT JOIN (SELECT s.call_id, avg(w.probability) AS conf
                       FROM words w JOIN segments s USING (call_id, seg_idx)
                       WHERE s.speaker = 'agent'
                         AND s.call_id IN (SELECT call_id FROM call_facts
                                           WHERE started_at >= $start AND started_at < $end)
                       GROUP BY s.call_id) a ON a.call_id = f.call_id
            WHERE f.started_at >= $start AND f.started_at < $end AND f.qa_score IS NOT NULL
              AND coalesce(f.review_state, 'auto') = 'auto'
              AND f.call_id NOT IN (SELECT call_id FROM review_queue WHERE period = $period)
            """, {"start": start, "end": end, "period": period})
        con.execute("""CREATE TEMP TABLE crit AS SELECT DISTINCT call_id FROM compliance_results
                       WHERE status = 'fail' AND severity IN ('critical', 'major')
                         AND call_id IN (SELECT call_id FROM cand)""")
        for risk in risks:
            rows = con.execute(f"""
                SELECT f.call_id, f.agent_id, {risk.detail}
                FROM cand f WHERE {risk.condition}
                ORDER BY hash(f.call_id || $seed) LIMIT $n""",
                               {"seed": str(seed), "n": per_reason}).fetchall()
            picks += [Pick(r[0], r[1], risk.reason, str(r[2])) for r in rows]
            _drop(con, [p.call_id for p in picks])
        rows = con.execute("""
            SELECT call_id, agent_id FROM (
                SELECT call_id, agent_id, row_number() OVER (
                    PARTITION BY agent_id ORDER BY hash(call_id || $seed)) AS k
                FROM cand) WHERE k <= $n ORDER BY agent_id, k""",
                           {"seed": str(seed), "n": per_agent}).fetchall()
        picks += [Pick(r[0], r[1], "random", "") for r in rows]
        if picks:
            con.executemany("INSERT INTO review_queue VALUES (?, ?, ?, ?, ?, ?, ?)", [
                [period, p.call_id, p.agent_id, p.reason, p.detail, entry.username, now]
                for p in picks])
        con.execute("INSERT INTO audit_log (logged_at, username, role, action, call_id, "
                    "detail) VALUES (?, ?, ?, ?, NULL, ?)",
                    [now, entry.username, entry.role, entry.action,
                     f"{entry.detail}: {len(picks)} calls"])
        con.execute("DROP TABLE cand")
        con.execute("DROP TABLE crit")
    return picks


def _drop(con: Any, ids: list[str]) -> None:
    if ids:
        con.execute("DELETE FROM cand WHERE call_id IN (SELECT unnest(?))", [ids])


def queue(store: Store, period: str) -> list[tuple[Pick, str]]:
    """The period's picks with each call's review state (auto | reviewed | disputed)."""
    with store.read() as con:
        rows = con.execute("""
            SELECT q.call_id, q.agent_id, q.reason, q.detail,
                   coalesce(f.review_state, 'auto')
            FROM review_queue q LEFT JOIN call_facts f USING (call_id)
            WHERE q.period = ? ORDER BY q.picked_at, q.agent_id, q.call_id""",
                           [period]).fetchall()
    return [(Pick(r[0], r[1], r[2], r[3]), r[4]) for r in rows]


# -- calibration sessions --------------------------------------------------------------------

@dataclass(frozen=True)
class Session:
    session_id: str
    name: str
    form_id: str
    calibrator: str
    created_by: str
    call_ids: tuple[str, ...]


def add_session(store: Store, s: Session, entry: AuditEntry) -> None:
    now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
    with store.write() as con:
        if con.execute("SELECT 1 FROM calibration_sessions WHERE session_id = ?",
                       [s.session_id]).fetchone():
            raise InputError(f"calibration session {s.session_id} exists")
        have = {r[0] for r in con.execute(
            "SELECT DISTINCT call_id FROM scorecards WHERE form_id = ? AND call_id IN "
            "(SELECT unnest(?))", [s.form_id, list(s.call_ids)]).fetchall()}
        missing = [c for c in s.call_ids if c not in have]
        if missing:
            raise InputError(f"calls without a {s.form_id} scorecard: {', '.join(missing)}")
        con.execute("INSERT INTO calibration_sessions VALUES (?, ?, ?, ?, ?, ?, NULL)",
                    [s.session_id, s.name, s.form_id, s.calibrator, s.created_by, now])
        con.executemany("INSERT INTO calibration_calls VALUES (?, ?)",
                        [[s.session_id, c] for c in s.call_ids])
        con.execute("INSERT INTO audit_log (logged_at, username, role, action, call_id, "
                    "detail) VALUES (?, ?, ?, ?, NULL, ?)",
                    [now, entry.username, entry.role, entry.action, entry.detail])


def get_session(store: Store, session_id: str) -> Session | None:
    with store.read() as con:
        row = con.execute("SELECT session_id, name, form_id, calibrator, created_by "
                          "FROM calibration_sessions WHERE session_id = ?",
                          [session_id]).fetchone()
        calls = [r[0] for r in con.execute(
            "SELECT call_id FROM calibration_calls WHERE session_id = ? ORDER BY call_id",
            [session_id]).fetchall()]
    return None if row is None else Session(row[0], row[1], row[2], row[3], row[4],
                                            tuple(calls))
