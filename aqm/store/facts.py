"""``call_facts``: one narrow row per call for the calls grid (migration ``m006_call_facts``).

The grid filters and sorts a million calls by metadata and headline metrics; pivoting the
long ``metric_values`` table for that on every page would scan tens of millions of rows, so
each call write refreshes the call's row here in the same transaction (``write_call``).
Later stages (scores, sentiment, compliance) add their columns with a migration and extend
``refresh_call_facts``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

# Call-level values from ``metric_values`` (speaker NULL, no event times), one column each.
FACT_METRICS: tuple[str, ...] = (
    "talk_s", "non_talk_s", "talk_ratio", "longest_silence_s", "silence_count", "overtalk_s",
    "overtalk_count", "interruption_count", "hold_s", "hold_count", "response_latency_mean_s",
    "speaking_rate_wpm", "raised_voice_count",
)

_PIVOT = ", ".join(f"max(value) FILTER (WHERE name = '{m}') AS {m}" for m in FACT_METRICS)
_REFRESH_ONE = f"""
    INSERT INTO call_facts
    SELECT c.call_id, c.started_at, c.duration_s, c.agent_id, c.agent_name, c.team, c.queue,
           c.direction, coalesce(nullif(t.language, ''), c.language_hint),
           t.call_id IS NOT NULL, t.segment_count,
           (SELECT count(*) FROM redactions WHERE call_id = $id),
           {", ".join(f"m.{m}" for m in FACT_METRICS)}, $now
    FROM calls c
    LEFT JOIN (SELECT * FROM transcripts WHERE call_id = $id) t ON t.call_id = c.call_id
    LEFT JOIN (SELECT call_id, {_PIVOT} FROM metric_values
               WHERE call_id = $id AND speaker IS NULL AND start_s IS NULL
               GROUP BY call_id) m ON m.call_id = c.call_id
    WHERE c.call_id = $id"""


def refresh_call_facts(con: Any, call_id: str, now: dt.datetime) -> None:
    """Rebuild one call's row from what is stored now; the caller holds the transaction."""
    con.execute("DELETE FROM call_facts WHERE call_id = ?", [call_id])
    con.execute(_REFRESH_ONE, {"id": call_id, "now": now})


def rebuild_call_facts(con: Any, now: dt.datetime) -> int:
    """Rebuild every call's row in one set-based pass (bulk loads, repairs); returns rows."""
    con.execute("DELETE FROM call_facts")
    con.execute(f"""
        INSERT INTO call_facts
        SELECT c.call_id, c.started_at, c.duration_s, c.agent_id, c.agent_name, c.team,
               c.queue, c.direction, coalesce(nullif(t.language, ''), c.language_hint),
               t.call_id IS NOT NULL, t.segment_count, coalesce(r.n, 0),
               {", ".join(f"m.{m}" for m in FACT_METRICS)}, $now
        FROM calls c
        LEFT JOIN transcripts t ON t.call_id = c.call_id
        LEFT JOIN (SELECT call_id, count(*) AS n FROM redactions GROUP BY call_id) r
            ON r.call_id = c.call_id
        LEFT JOIN (SELECT call_id, {_PIVOT} FROM metric_values
                   WHERE speaker IS NULL AND start_s IS NULL GROUP BY call_id) m
            ON m.call_id = c.call_id""", {"now": now})
    return int(con.execute("SELECT count(*) FROM call_facts").fetchone()[0])
