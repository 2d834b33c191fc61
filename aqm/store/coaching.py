"""SQL for coaching (``aqm.coaching``): per agent and criterion pass counts, weekly trends,
example calls, angry-caller handling, coaching sessions. DuckDB aggregates; Python ranks.

A criterion is a QA question (``qa:<form>/<question>``; a current review's answer wins over
the machine's) or a compliance rule (``rule:<file>/<rule>``); a call passes or fails it (N/A
and unanswered are left out)."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from aqm.store.db import Store
    from aqm.store.queries import AuditEntry

_CALLS = """
    calls AS (SELECT call_id, agent_id, agent_name, team, started_at, qa_score
              FROM call_facts WHERE started_at >= $start AND started_at < $end
                AND agent_id IS NOT NULL {extra})"""
_OUTCOMES = _CALLS + """,
    latest AS (SELECT call_id, arg_max(scorecard_id, created_at) AS sid FROM scorecards
               WHERE call_id IN (SELECT call_id FROM calls) GROUP BY call_id),
    reviewed AS (SELECT r.call_id, a.question_id, a.answer_json AS answer
                 FROM reviews r JOIN review_answers a USING (review_id)
                 WHERE r.kind = 'review' AND r.status = 'submitted'
                   AND r.superseded_by IS NULL AND a.answer_json <> ''
                   AND r.call_id IN (SELECT call_id FROM calls)),
    qa AS (SELECT c.call_id, 'qa:' || s.form_id || '/' || a.question_id AS criterion,
                  coalesce(v.answer, a.answer) AS answer, a.evidence_json
           FROM calls c JOIN latest l USING (call_id)
           JOIN scorecards s ON s.scorecard_id = l.sid
           JOIN scorecard_answers a ON a.scorecard_id = l.sid
           LEFT JOIN reviewed v ON v.call_id = c.call_id AND v.question_id = a.question_id),
    rules AS (SELECT call_id, 'rule:' || file || '/' || rule_id AS criterion,
                     min(status) AS status, min(start_s) AS at_s
              FROM compliance_results
              WHERE call_id IN (SELECT call_id FROM calls) AND status IN ('pass', 'fail')
              GROUP BY ALL),
    outcomes AS (
        SELECT call_id, criterion, answer = 'yes' AS passed, NULL::DOUBLE AS at_s,
               evidence_json FROM qa WHERE answer IN ('yes', 'no')
        UNION ALL
        SELECT call_id, criterion, status = 'pass', at_s, NULL FROM rules)"""


@dataclass(frozen=True)
class Counts:
    agent_id: str
    agent_name: str | None
    team: str | None
    criterion: str
    passed: int
    failed: int


def criterion_counts(store: Store, start: dt.datetime, end: dt.datetime) -> list[Counts]:
    """Pass / fail counts per agent and criterion for calls started in [start, end)."""
    sql = "WITH " + _OUTCOMES.format(extra="") + """
        SELECT c.agent_id, any_value(c.agent_name), any_value(c.team), o.criterion,
               count(*) FILTER (WHERE o.passed), count(*) FILTER (WHERE NOT o.passed)
        FROM outcomes o JOIN calls c USING (call_id) GROUP BY c.agent_id, o.criterion
        ORDER BY c.agent_id, o.criterion"""
    with store.read() as con:
        rows = con.execute(sql, {"start": start, "end": end}).fetchall()
    return [Counts(r[0], r[1], r[2], r[3], int(r[4]), int(r[5])) for r in rows]


@dataclass(frozen=True)
class ExampleCall:
    call_id: str
    agent_id: str
    started_at: dt.datetime | None
    qa_score: float | None
    passed: bool
    at_s: float | None  # where the evidence is (None: the call's start)


def _moment(at_s: Any, evidence_json: Any) -> float | None:
    if at_s is not None:
        return float(at_s)
    for item in json.loads(evidence_json or "[]"):
        if isinstance(item, dict) and item.get("start") is not None:
            return float(item["start"])
    return None


def examples(store: Store, start: dt.datetime, end: dt.datetime, criterion: str,
             agent_id: str, team: str | None, limit: int = 3
             ) -> tuple[list[ExampleCall], list[ExampleCall]]:
    """The agent's worst calls on ``criterion`` (failed, lowest QA score first) and the
    team's best (other agents' passes, highest score first)."""
    base = "WITH " + _OUTCOMES.format(extra="") + """
        SELECT o.call_id, c.agent_id, c.started_at, c.qa_score, o.passed, o.at_s,
               o.evidence_json
        FROM outcomes o JOIN calls c USING (call_id) WHERE o.criterion = $criterion AND """
    with store.read() as con:
        worst = con.execute(base + """c.agent_id = $agent AND NOT o.passed
            ORDER BY c.qa_score NULLS LAST, c.call_id LIMIT $n""",
                            {"start": start, "end": end, "criterion": criterion,
                             "agent": agent_id, "n": limit}).fetchall()
        best = con.execute(base + """c.agent_id <> $agent AND c.team IS NOT DISTINCT FROM
            $team AND o.passed ORDER BY c.qa_score DESC NULLS LAST, c.call_id LIMIT $n""",
                           {"start": start, "end": end, "criterion": criterion,
                            "agent": agent_id, "team": team, "n": limit}).fetchall()

    def calls(rows: list[tuple[Any, ...]]) -> list[ExampleCall]:
        return [ExampleCall(r[0], r[1], r[2], r[3], bool(r[4]), _moment(r[5], r[6]))
                for r in rows]

    return calls(worst), calls(best)


@dataclass(frozen=True)
class WeekRow:
    week: dt.date
    calls: int
    qa_score: float | None
    ended_negative: float | None  # share of calls
    talk_ratio: float | None
    longest_silence_s: float | None
    interruptions: float | None
    aht_s: float | None  # talk + hold + wrap from the phone system, else the recording


def weekly(store: Store, start: dt.datetime, end: dt.datetime, agent_id: str | None = None,
           team: str | None = None) -> list[WeekRow]:
    """Week-by-week averages for one agent, or a team (``team``), or everyone."""
    where = ["f.started_at >= $start", "f.started_at < $end"]
    params: dict[str, Any] = {"start": start, "end": end}
    if agent_id is not None:
        where.append("f.agent_id = $agent")
        params["agent"] = agent_id
    if team is not None:
        where.append("f.team = $team")
        params["team"] = team
    with store.read() as con:
        rows = con.execute(f"""
            SELECT date_trunc('week', f.started_at)::DATE AS week, count(*),
                   avg(f.qa_score), avg(CAST(f.customer_ended_negative AS DOUBLE)),
                   avg(f.talk_ratio), avg(f.longest_silence_s), avg(f.interruption_count),
                   avg(coalesce(a.talk_s + coalesce(a.hold_s, 0) + coalesce(a.wrap_s, 0),
                                f.duration_s))
            FROM call_facts f LEFT JOIN acd_records a ON a.call_id = f.call_id
            WHERE {' AND '.join(where)} GROUP BY week ORDER BY week""", params).fetchall()
    return [WeekRow(*r) for r in rows]


@dataclass(frozen=True)
class AngryCall:
    call_id: str
    agent_id: str
    team: str | None
    first_anger_s: float | None
    interrupted: bool | None  # the agent interrupted (rule, else the agent's count)
    argued: bool | None  # a no-blame / rude rule failed
    empathy: bool | None  # empathy rule or QA question passed
    calmer: bool | None  # the customer's end polarity above their start


def angry_calls(store: Store, start: dt.datetime, end: dt.datetime,
                team: str | None = None) -> list[AngryCall]:
    """Calls where the customer got angry (an anger moment, or started negative), with how
    the agent handled them."""
    extra = "AND team = $team" if team is not None else ""
    params: dict[str, Any] = {"start": start, "end": end}
    if team is not None:
        params["team"] = team
    sql = "WITH " + _OUTCOMES.format(extra=extra) + """,
        feel AS (SELECT call_id,
                        min(start_s) FILTER (WHERE kind = 'anger') AS anger_s,
                        count(*) FILTER (WHERE kind = 'anger') AS angers,
                        max(value) FILTER (WHERE kind = 'start' AND speaker = 'customer') AS s0,
                        max(label) FILTER (WHERE kind = 'start' AND speaker = 'customer') AS l0,
                        max(value) FILTER (WHERE kind = 'end' AND speaker = 'customer') AS s1
                 FROM sentiment_values WHERE call_id IN (SELECT call_id FROM calls)
                 GROUP BY call_id),
        ints AS (SELECT call_id, max(value) AS n FROM metric_values
                 WHERE name = 'interruption_count' AND speaker = 'agent' AND start_s IS NULL
                   AND call_id IN (SELECT call_id FROM calls) GROUP BY call_id),
        o AS (SELECT call_id,
                     bool_and(passed) FILTER (WHERE criterion LIKE
                         'rule:angry_caller/no_interrupting%') AS listened_rule,
                     bool_or(NOT passed) FILTER (WHERE criterion IN
                         ('rule:angry_caller/no_blame', 'rule:forbidden/rude')) AS argued,
                     bool_or(passed) FILTER (WHERE criterion = 'rule:angry_caller/empathy'
                         OR criterion LIKE 'qa:%/empathy') AS empathy
              FROM outcomes GROUP BY call_id)
        SELECT c.call_id, c.agent_id, c.team, f.anger_s,
               CASE WHEN o.listened_rule IS NOT NULL THEN NOT o.listened_rule
                    WHEN i.n IS NOT NULL THEN i.n > 0 END,
               o.argued, o.empathy, CASE WHEN f.s1 IS NOT NULL THEN f.s1 > f.s0 END
        FROM calls c JOIN feel f USING (call_id)
        LEFT JOIN ints i USING (call_id) LEFT JOIN o USING (call_id)
        WHERE f.angers > 0 OR f.l0 = 'negative' ORDER BY c.call_id"""
    with store.read() as con:
        rows = con.execute(sql, params).fetchall()
    return [AngryCall(*r) for r in rows]


# -- coaching sessions ---------------------------------------------------------------------

@dataclass(frozen=True)
class CoachingSession:
    session_id: str
    agent_id: str
    coach: str
    held_on: dt.date
    criteria: tuple[str, ...]
    notes: str
    call_ids: tuple[str, ...]
    follow_up: dt.date | None


def add_coaching_session(store: Store, s: CoachingSession, entry: AuditEntry) -> None:
    now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
    with store.write() as con:
        con.execute("INSERT INTO coaching_sessions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", [
            s.session_id, s.agent_id, s.coach, s.held_on, json.dumps(list(s.criteria)),
            s.notes, json.dumps(list(s.call_ids)), s.follow_up, now])
        con.execute("INSERT INTO audit_log (logged_at, username, role, action, call_id, "
                    "detail) VALUES (?, ?, ?, ?, NULL, ?)",
                    [now, entry.username, entry.role, entry.action, entry.detail])


def coaching_sessions(store: Store, agent_id: str) -> list[CoachingSession]:
    with store.read() as con:
        rows = con.execute("SELECT session_id, agent_id, coach, held_on, criteria_json, notes, "
                           "calls_json, follow_up FROM coaching_sessions WHERE agent_id = ? "
                           "ORDER BY held_on, session_id", [agent_id]).fetchall()
    return [CoachingSession(r[0], r[1], r[2], r[3], tuple(json.loads(r[4])), r[5],
                            tuple(json.loads(r[6])), r[7]) for r in rows]
