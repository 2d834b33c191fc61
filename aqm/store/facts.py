"""``call_facts``: one narrow row per call for the calls grid (migration ``m006_call_facts``).

The grid filters and sorts a million calls by metadata and headline metrics; pivoting the
long ``metric_values`` table for that on every page would scan tens of millions of rows, so
each call write refreshes the call's row here in the same transaction (``write_call``), and
with it the call's MIS rows.
Later stages (scores, sentiment, compliance) add their columns with a migration and extend
``refresh_call_facts``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from aqm.store.mis_facts import after_facts_removed, bump_state, refresh_mis_call

# Call-level values from ``metric_values`` (speaker NULL, no event times), one column each.
FACT_METRICS: tuple[str, ...] = (
    "talk_s", "non_talk_s", "talk_ratio", "longest_silence_s", "silence_count", "overtalk_s",
    "overtalk_count", "interruption_count", "hold_s", "hold_count", "response_latency_mean_s",
    "speaking_rate_wpm", "raised_voice_count",
)

_PIVOT = ", ".join(f"max(value) FILTER (WHERE name = '{m}') AS {m}" for m in FACT_METRICS)
# The customer's sentiment (m007) and the final QA score (m008): a submitted review's score
# wins over the machine's; the latest scorecard when a call was scored more than once.
_SENTIMENT = """
    SELECT call_id,
           max(value) FILTER (WHERE kind = 'start' AND speaker = 'customer') AS s_start,
           max(value) FILTER (WHERE kind = 'end' AND speaker = 'customer') AS s_end,
           max(label) FILTER (WHERE kind = 'trend' AND speaker = 'customer') AS s_trend,
           max(value) FILTER (WHERE kind = 'customer_ended_negative') AS s_neg,
           count(*) FILTER (WHERE kind = 'anger') AS s_anger
    FROM sentiment_values WHERE {where} GROUP BY call_id"""
_SCORES = """
    SELECT call_id, arg_max(score, created_at) AS q_score,
           arg_max(auto_fail, created_at) AS q_fail, arg_max(form_id, created_at) AS q_form
    FROM scorecards WHERE {where} GROUP BY call_id"""
_REVIEWS = """
    SELECT call_id, arg_max(score, submitted_at) AS r_score
    FROM reviews WHERE kind = 'review' AND status = 'submitted' AND {where} GROUP BY call_id"""
_DISPUTES = """SELECT DISTINCT call_id FROM disputes WHERE status = 'open' AND {where}"""
COLUMNS = (
    "call_id, started_at, duration_s, agent_id, agent_name, team, queue, direction, language, "
    "transcribed, segment_count, redaction_count, " + ", ".join(FACT_METRICS) + ", "
    "refreshed_at, customer_sentiment_start, customer_sentiment_end, customer_sentiment_trend, "
    "customer_ended_negative, anger_count, qa_score, qa_auto_fail, qa_form_id, review_state")


def _select(where: str, redactions: str, joins: str = "", metrics: str = "metric_values"
            ) -> str:
    """The facts of the calls ``where`` picks (a condition on ``call_id``); ``metrics``: the
    ``metric_values`` rows to pivot (a CTE for one call, see ``_REFRESH_ONE``)."""
    cte = "" if metrics == "metric_values" else (
        f"\n    WITH {metrics} AS MATERIALIZED (SELECT * FROM metric_values WHERE {where})")
    return f"""
    INSERT INTO call_facts ({COLUMNS}){cte}
    SELECT c.call_id, c.started_at, c.duration_s, c.agent_id, c.agent_name, c.team, c.queue,
           c.direction, coalesce(nullif(t.language, ''), c.language_hint),
           t.call_id IS NOT NULL, t.segment_count, {redactions},
           {", ".join(f"m.{m}" for m in FACT_METRICS)}, $now,
           s.s_start, s.s_end, s.s_trend, s.s_neg > 0, s.s_anger,
           coalesce(r.r_score, q.q_score), q.q_fail, q.q_form,
           CASE WHEN d.call_id IS NOT NULL THEN 'disputed'
                WHEN r.call_id IS NOT NULL THEN 'reviewed'
                WHEN q.call_id IS NOT NULL THEN 'auto' END
    FROM (SELECT * FROM calls WHERE {where}) c{joins}
    LEFT JOIN (SELECT * FROM transcripts WHERE {where}) t ON t.call_id = c.call_id
    LEFT JOIN (SELECT call_id, {_PIVOT} FROM {metrics}
               WHERE {where} AND speaker IS NULL AND start_s IS NULL
               GROUP BY call_id) m ON m.call_id = c.call_id
    LEFT JOIN ({_SENTIMENT.format(where=where)}) s ON s.call_id = c.call_id
    LEFT JOIN ({_SCORES.format(where=where)}) q ON q.call_id = c.call_id
    LEFT JOIN ({_REVIEWS.format(where=where)}) r ON r.call_id = c.call_id
    LEFT JOIN ({_DISPUTES.format(where=where)}) d ON d.call_id = c.call_id"""


# One call's metric rows are read with the call_id filter alone first: with the other
# conditions beside it DuckDB scans the whole table instead of using its call_id index.
_REFRESH_ONE = _select("call_id = $id", "(SELECT count(*) FROM redactions WHERE call_id = $id)",
                       metrics="call_metric_rows")
_REBUILD = _select("true", "coalesce(rc.n, 0)", """
    LEFT JOIN (SELECT call_id, count(*) AS n FROM redactions GROUP BY call_id) rc
        ON rc.call_id = c.call_id""")


def refresh_call_facts(con: Any, call_id: str, now: dt.datetime) -> None:
    """Rebuild one call's row from what is stored now, then its MIS rows
    (``aqm.store.mis_facts``); the caller holds the transaction."""
    removed = con.execute("DELETE FROM call_facts WHERE call_id = ?", [call_id]).fetchone()[0]
    added = con.execute(_REFRESH_ONE, {"id": call_id, "now": now}).fetchone()[0]
    refresh_mis_call(con, call_id)
    if added:
        bump_state(con, now, facts=added - removed, facts_written=True)
    elif removed:
        after_facts_removed(con, removed)


def rebuild_call_facts(con: Any, now: dt.datetime) -> int:
    """Rebuild every call's row in one set-based pass (bulk loads, repairs); returns rows."""
    con.execute("DELETE FROM call_facts")
    con.execute(_REBUILD, {"now": now})
    return int(con.execute("SELECT count(*) FROM call_facts").fetchone()[0])
