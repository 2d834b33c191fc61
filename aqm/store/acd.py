"""Phone-system (ACD / queue / CDR) records: validate, upsert and link to recordings.

The caller hands over the file's rows as an Arrow table of strings (``aqm.mis.acd`` reads
CSV or Parquet). In one transaction: every value is checked (a file with bad rows is refused
whole, the first rows named); rows replace earlier rows with the same ``call_key``
(re-importing is idempotent); answered rows are linked to recordings, in this order:

1. ``call_id``: the file names the aqm call id of the recording;
2. ``key``: the recording's manifest has the same call key (``calls.extra_json``, the
   manifest column named by ``key_column``, default ``call_key``);
3. ``agent_time``: same agent, and the recording started within ``tolerance_s`` of the
   answer time (queue entry + wait); pairs are kept only when each is the other's nearest,
   so one recording links to one record.

Step 3 also retries every record still unlinked from earlier imports (recordings may have
arrived since). Abandoned rows are never linked (they have no recording). The MIS rows of
every record imported or linked, and of the recordings they are or were linked to, are
rebuilt in the same transaction (``aqm.store.mis_facts``).
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from dataclasses import dataclass
from typing import Any

import duckdb
import pyarrow as pa

from aqm.errors import InputError, StoreError
from aqm.store.db import Store
from aqm.store.mis_facts import bump_state, refresh_mis

REQUIRED_COLUMNS = ("call_key", "started_at", "queue", "direction", "outcome", "wait_s",
                    "agent_id", "talk_s", "hold_s", "wrap_s")
OPTIONAL_COLUMNS = ("agent_name", "team", "language", "call_id")
NUMBERS = ("wait_s", "talk_s", "hold_s", "wrap_s")
MAX_PROBLEMS = 20
UNMATCHED_SAMPLE = 20

_CHECKS = [
    "WHEN call_key IS NULL THEN 'call_key is empty'",
    "WHEN started_at IS NULL THEN 'started_at is empty'",
    "WHEN length(started_at) <= 10 OR TRY_CAST(started_at AS TIMESTAMPTZ) IS NULL THEN "
    "'started_at ' || started_at || ' is not an ISO 8601 date and time'",
    "WHEN direction IS NULL OR lower(direction) NOT IN ('inbound', 'outbound', 'internal') "
    "THEN 'direction ' || coalesce(direction, '(empty)') || "
    "' is not inbound, outbound or internal'",
    "WHEN outcome IS NULL OR lower(outcome) NOT IN ('answered', 'abandoned') THEN "
    "'outcome ' || coalesce(outcome, '(empty)') || ' is not answered or abandoned'",
] + [f"WHEN {c} IS NOT NULL AND coalesce(TRY_CAST({c} AS DOUBLE) < 0 "
     f"OR NOT isfinite(TRY_CAST({c} AS DOUBLE)), true) THEN "
     f"'{c} ' || {c} || ' is not a number of seconds >= 0'" for c in NUMBERS]

_NEW = """
    CREATE TEMP TABLE acd_new AS
    SELECT call_key, TRY_CAST(started_at AS TIMESTAMPTZ) AT TIME ZONE 'UTC' AS started_at,
           queue, lower(direction) AS direction, lower(outcome) AS outcome,
           """ + ", ".join(f"TRY_CAST({c} AS DOUBLE) AS {c}" for c in NUMBERS) + """,
           agent_id, agent_name, team, language, call_id AS call_id_hint, source_row
    FROM acd_in"""
_INSERT = """
    INSERT INTO acd_records (call_key, started_at, queue, direction, outcome, wait_s, agent_id,
                             agent_name, team, language, talk_s, hold_s, wrap_s, call_id,
                             link_method, link_delta_s, source, source_row, updated_at)
    SELECT call_key, started_at, queue, direction, outcome, wait_s, agent_id, agent_name, team,
           language, talk_s, hold_s, wrap_s, NULL, NULL, NULL, $source, source_row, $now
    FROM acd_new"""
_LINKED = "SELECT call_id FROM acd_records WHERE call_id IS NOT NULL"
_BY_ID = f"""
    UPDATE acd_records AS a SET call_id = n.call_id_hint, link_method = 'call_id',
                               updated_at = $now
    FROM acd_new n
    WHERE a.call_key = n.call_key AND a.outcome = 'answered' AND n.call_id_hint IS NOT NULL
      AND n.call_id_hint IN (SELECT call_id FROM calls)
      AND n.call_id_hint NOT IN ({_LINKED})"""
_BY_KEY = f"""
    UPDATE acd_records AS a SET call_id = k.call_id, link_method = 'key', updated_at = $now
    FROM (SELECT json_extract_string(extra_json, $path) AS k, min(call_id) AS call_id
          FROM calls WHERE json_extract_string(extra_json, $path) IS NOT NULL
            AND call_id NOT IN ({_LINKED})
          GROUP BY 1) k
    WHERE a.call_id IS NULL AND a.outcome = 'answered' AND a.call_key = k.k"""
_BY_AGENT_TIME = f"""
    UPDATE acd_records AS a SET call_id = p.call_id, link_method = 'agent_time',
                               link_delta_s = p.delta, updated_at = $now
    FROM (
      WITH todo AS (
        SELECT call_key, agent_id,
               epoch(started_at) + coalesce(wait_s, 0) AS answered,
               floor((epoch(started_at) + coalesce(wait_s, 0)) / $tol)::BIGINT AS b
        FROM acd_records
        WHERE call_id IS NULL AND outcome = 'answered' AND agent_id IS NOT NULL),
      free AS (
        SELECT call_id, agent_id, epoch(started_at) AS t,
               floor(epoch(started_at) / $tol)::BIGINT AS bucket
        FROM calls
        WHERE started_at IS NOT NULL AND agent_id IS NOT NULL
          AND call_id NOT IN ({_LINKED})),
      pairs AS (
        SELECT todo.call_key, free.call_id, round(free.t - todo.answered, 3) AS delta
        FROM (SELECT *, unnest([b - 1, b, b + 1]) AS bucket FROM todo) todo
        JOIN free ON free.agent_id = todo.agent_id AND free.bucket = todo.bucket
        WHERE abs(free.t - todo.answered) <= $tol),
      ranked AS (
        SELECT *, row_number() OVER (PARTITION BY call_key ORDER BY abs(delta), call_id) AS rk,
                  row_number() OVER (PARTITION BY call_id ORDER BY abs(delta), call_key) AS rc
        FROM pairs)
      SELECT call_key, call_id, delta FROM ranked WHERE rk = 1 AND rc = 1) p
    WHERE a.call_key = p.call_key"""
_STATS = """
    SELECT count(*),
           count(*) FILTER (WHERE link_method = 'call_id'),
           count(*) FILTER (WHERE link_method = 'key'),
           count(*) FILTER (WHERE link_method = 'agent_time'),
           count(*) FILTER (WHERE outcome = 'answered' AND call_id IS NULL),
           count(*) FILTER (WHERE outcome = 'abandoned')
    FROM acd_records WHERE call_key IN (SELECT call_key FROM acd_new)"""


@dataclass(frozen=True)
class AcdLoad:
    """What one import did (counts are over the file's rows after linking)."""

    rows: int
    new: int  # keys not seen before
    replaced: int  # keys imported before, replaced
    linked_call_id: int
    linked_key: int
    linked_agent_time: int
    unmatched: int  # answered rows with no recording found (kept, call_id NULL)
    abandoned: int
    unmatched_sample: tuple[str, ...]  # call keys of the first unmatched rows, by time
    relinked_earlier: int  # rows of earlier imports linked now


def _problems(con: Any) -> list[str]:
    case = "CASE " + " ".join(_CHECKS) + " END"
    rows = con.execute(f"""
        SELECT source_row, problem FROM (SELECT source_row, {case} AS problem FROM acd_in)
        WHERE problem IS NOT NULL ORDER BY source_row LIMIT {MAX_PROBLEMS}""").fetchall()
    out = [f"data row {r}: {p}" for r, p in rows]
    dups = con.execute(f"""
        SELECT call_key, list(source_row ORDER BY source_row) FROM acd_in
        WHERE call_key IS NOT NULL GROUP BY 1 HAVING count(*) > 1
        ORDER BY min(source_row) LIMIT {MAX_PROBLEMS}""").fetchall()
    out += [f"data rows {', '.join(map(str, rs))}: call_key {k!r} repeated" for k, rs in dups]
    return out


def load_acd(store: Store, rows: pa.Table, source: str, tz: str, tolerance_s: float,
             key_column: str, now: dt.datetime) -> AcdLoad:
    """Validate, upsert and link ``rows`` (string columns, names as in REQUIRED_COLUMNS and
    OPTIONAL_COLUMNS, plus ``source_row``); naive times are in ``tz``."""
    if tolerance_s <= 0:
        raise InputError("the linking tolerance must be more than 0 s")
    try:
        zoneinfo.ZoneInfo(tz)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError) as e:
        raise InputError(f"unknown time zone {tz!r}") from e
    try:
        with store.write() as con:
            con.execute(f"SET TimeZone = '{tz}'")
            con.register("acd_in", rows)
            problems = _problems(con)
            if problems:
                bad = con.execute("SELECT count(*) FROM acd_in").fetchone()[0]
                raise InputError(f"{source}: bad rows, nothing imported ({bad} rows read):\n  "
                                 + "\n  ".join(problems))
            con.execute(_NEW)
            unlinked_before = con.execute(
                "SELECT count(*) FROM acd_records WHERE call_id IS NULL AND outcome = 'answered' "
                "AND call_key NOT IN (SELECT call_key FROM acd_new)").fetchone()[0]
            replaced = con.execute("SELECT count(*) FROM acd_records WHERE call_key IN "
                                   "(SELECT call_key FROM acd_new)").fetchone()[0]
            con.execute("DELETE FROM acd_records WHERE call_key IN "
                        "(SELECT call_key FROM acd_new)")
            inserted = con.execute(_INSERT, {"source": source, "now": now}).fetchone()[0]
            con.execute(_BY_ID, {"now": now})
            con.execute(_BY_KEY, {"path": f"$.{key_column}", "now": now})
            con.execute(_BY_AGENT_TIME, {"tol": float(tolerance_s), "now": now})
            # the MIS rows of every record imported or linked now (and what they were linked to)
            refresh_mis(con, keys_sql="SELECT call_key FROM acd_records WHERE updated_at = $now",
                        params={"now": now})
            bump_state(con, now, acd=inserted - replaced, acd_written=True)
            n, by_id, by_key, by_time, unmatched, abandoned = con.execute(_STATS).fetchone()
            unlinked_after = con.execute(
                "SELECT count(*) FROM acd_records WHERE call_id IS NULL AND outcome = 'answered' "
                "AND call_key NOT IN (SELECT call_key FROM acd_new)").fetchone()[0]
            sample = tuple(r[0] for r in con.execute(f"""
                SELECT call_key FROM acd_records
                WHERE call_key IN (SELECT call_key FROM acd_new)
                  AND outcome = 'answered' AND call_id IS NULL
                ORDER BY started_at, call_key LIMIT {UNMATCHED_SAMPLE}""").fetchall())
            con.unregister("acd_in")
    except duckdb.Error as e:
        raise StoreError(f"import of {source} into {store.path} failed: {e}") from e
    return AcdLoad(n, n - replaced, replaced, by_id, by_key, by_time, unmatched, abandoned,
                   sample, unlinked_before - unlinked_after)
