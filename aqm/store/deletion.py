"""Deleting calls from every table, and the retention steps that remove part of a call.

``delete_calls`` removes a call's rows from every table that ``CALL_TABLES`` names, in one
transaction, and leaves the rest pointing at nothing:

- phone-system records (``acd_records``) stay for MIS counts (volume, waits, handle times)
  but lose the link: ``call_id`` NULL, ``call_key`` replaced by the deletion alias;
- older audit rows stay (who opened what, when) with the call id replaced by the deletion
  alias (``del-…#n``: the n-th call of that deletion, in random order) in ``call_id`` and
  in ``detail``; coaching sessions' lists of discussed calls get the alias too;
- the search index (and the words no other segment holds), embeddings and the call's MIS
  rows go with the call (its phone-system records stay in ``mis_calls``, unlinked).

``tests/test_retention.py`` fails when a table with a ``call_id`` column is missing from
``CALL_TABLES``, and scans the database file bytes (after ``Store.compact``) for the call id
and its text.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import pyarrow as pa

from aqm.store.mis_facts import after_facts_removed, refresh_mis
from aqm.store.search import register, unindex_calls

# Every table with a call_id column, and what deletion does to its rows.
DELETE = "delete"  # rows of the call are deleted
UNLINK = "unlink"  # rows stay, their link to the call is replaced (see module docstring)
CALL_TABLES: dict[str, str] = {
    "calls": DELETE, "call_paths": DELETE, "transcripts": DELETE, "segments": DELETE,
    "words": DELETE, "redactions": DELETE, "media": DELETE, "call_metrics": DELETE,
    "metric_values": DELETE, "call_compliance": DELETE, "compliance_results": DELETE,
    "call_categories": DELETE, "call_facts": DELETE, "call_sentiment": DELETE,
    "sentiment_values": DELETE, "scorecards": DELETE, "scorecard_answers": DELETE,
    "call_scoring": DELETE, "reviews": DELETE, "disputes": DELETE, "review_queue": DELETE,
    "calibration_calls": DELETE, "mis_calls": DELETE, "mis_rules": DELETE,
    "mis_categories": DELETE, "search_calls": DELETE,
    "search_docs": DELETE, "segment_embeddings": DELETE, "call_retention": DELETE,
    "speaker_roles": DELETE, "acd_records": UNLINK, "audit_log": UNLINK,
}
# Tables holding a call's rows under another key, deleted before their parent.
CHILD_TABLES = {"review_answers": ("review_id", "reviews")}
# JSON columns that may quote transcript words (evidence "text"), scrubbed by retention.
EVIDENCE_JSON = (("call_compliance", "compliance_json"), ("call_compliance", "categories_json"),
                 ("scorecards", "scorecard_json"), ("scorecard_answers", "evidence_json"),
                 ("call_sentiment", "sentiment_json"), ("call_sentiment", "segments_json"))
TRANSCRIPT_TABLES = ("transcripts", "segments", "words", "redactions")


@dataclass(frozen=True)
class CallFiles:
    """Audio files of calls: the redacted copies (``media``) and the original recordings
    (every path the call was seen under, with the SHA-256 the file must still have)."""

    media: tuple[str, ...]
    originals: tuple[tuple[str, str], ...]  # (path, file sha256)


def find_calls(con: Any, *, call_ids: Sequence[str] = (), customer_key: str | None = None,
               key_column: str = "customer_key", before: dt.datetime | None = None
               ) -> list[str]:
    """Stored calls matching any of the selectors (ids that are not stored are left out).
    ``before``: calls that started before it (calls without a start: ingested before)."""
    found: set[str] = set()
    if call_ids:
        marks = ", ".join("?" for _ in call_ids)
        found |= {r[0] for r in con.execute(
            f"SELECT call_id FROM calls WHERE call_id IN ({marks})", list(call_ids)).fetchall()}
    if customer_key is not None:
        found |= {r[0] for r in con.execute(
            "SELECT call_id FROM calls WHERE json_extract_string(extra_json, ?) = ?",
            ["$." + json.dumps(key_column), customer_key]).fetchall()}
    if before is not None:
        found |= {r[0] for r in con.execute(
            "SELECT call_id FROM calls WHERE coalesce(started_at, ingested_at) < ?",
            [before]).fetchall()}
    return sorted(found)


def call_files(con: Any, ids_table: str) -> CallFiles:
    media = [r[0] for r in con.execute(
        f"SELECT DISTINCT path FROM media WHERE call_id IN (SELECT call_id FROM {ids_table})"
    ).fetchall()]
    originals = con.execute(f"""
        SELECT DISTINCT p.path, c.file_sha256 FROM calls c
        JOIN (SELECT call_id, path FROM call_paths UNION SELECT call_id, source_path FROM calls)
             p USING (call_id)
        WHERE c.call_id IN (SELECT call_id FROM {ids_table}) ORDER BY 1""").fetchall()
    return CallFiles(tuple(media), tuple((r[0], r[1]) for r in originals))


def register_ids(con: Any, name: str, call_ids: Sequence[str]) -> None:
    register(con, name, pa.table({"call_id": pa.array(list(call_ids), pa.string())}))


def delete_rows(con: Any, ids_table: str, aliases: dict[str, str]) -> dict[str, int]:
    """Remove the calls in ``ids_table`` from every table (see the module docstring); the
    caller holds the transaction. ``aliases``: call id -> its deletion alias. Returns rows
    deleted or unlinked per table."""
    counts: dict[str, int] = {}
    in_ids = f"IN (SELECT call_id FROM {ids_table})"

    def count(table: str, where: str) -> int:
        return int(con.execute(f"SELECT count(*) FROM {table} WHERE {where}").fetchall()[0][0])

    counts["review_answers"] = count(
        "review_answers", f"review_id IN (SELECT review_id FROM reviews WHERE call_id {in_ids})")
    con.execute(f"DELETE FROM review_answers WHERE review_id IN "
                f"(SELECT review_id FROM reviews WHERE call_id {in_ids})")
    counts["search_docs"] = unindex_calls(con, ids_table)
    counts["quarantine"] = count("quarantine", _quarantine_where(ids_table))
    con.execute(f"DELETE FROM quarantine WHERE {_quarantine_where(ids_table)}")
    present = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables")
               .fetchall()}
    for table, how in CALL_TABLES.items():
        if how == DELETE and table in present:  # (a table of a newer schema may be absent)
            counts[table] = counts.get(table, 0) + count(table, f"call_id {in_ids}")
            con.execute(f"DELETE FROM {table} WHERE call_id {in_ids}")
    register(con, "_aliases", pa.table({"call_id": list(aliases),
                                       "alias": list(aliases.values())}))
    counts["acd_records"] = count("acd_records", f"call_id {in_ids}")
    unlinked = con.execute("""
        UPDATE acd_records SET call_id = NULL, link_method = 'deleted', link_delta_s = NULL,
               source_row = NULL, call_key = a.alias || '/acd' || CAST(acd_records.rowid AS VARCHAR)
        FROM _aliases a WHERE acd_records.call_id = a.call_id RETURNING call_key""").fetchall()
    # the records stay in MIS counts, now without a recording (the pairs went above)
    register(con, "_unlinked", pa.table({"call_key": pa.array([r[0] for r in unlinked],
                                                              pa.string())}))
    refresh_mis(con, keys_sql="SELECT call_key FROM _unlinked")
    con.unregister("_unlinked")
    if counts.get("call_facts"):
        after_facts_removed(con, counts["call_facts"])
    counts["audit_log"] = count("audit_log", f"call_id {in_ids}")
    con.execute("UPDATE audit_log SET call_id = a.alias FROM _aliases a "
                "WHERE audit_log.call_id = a.call_id")
    _unlink_details(con, aliases)
    counts["coaching_sessions"] = _unlink_coaching(con, aliases)
    con.unregister("_aliases")
    return {k: v for k, v in counts.items() if v}


def _quarantine_where(ids_table: str) -> str:
    return (f"path IN (SELECT path FROM call_paths WHERE call_id IN "
            f"(SELECT call_id FROM {ids_table})) OR left(file_sha256, 20) IN "
            f"(SELECT call_id FROM {ids_table})")


def _unlink_details(con: Any, aliases: dict[str, str]) -> None:
    """Call ids quoted in audit details (e.g. a denied ``/calls/<id>``) become aliases.
    Call ids are 20 hex digits: the rows quoting any are found with one regex pass."""
    rows = con.execute("""
        SELECT DISTINCT a.rowid, a.detail FROM audit_log a
        JOIN (SELECT rowid AS r, unnest(regexp_extract_all(detail, '[0-9a-f]{20}')) AS id
              FROM audit_log WHERE regexp_matches(detail, '[0-9a-f]{20}')) m ON m.r = a.rowid
        JOIN _aliases x ON x.call_id = m.id""").fetchall()
    for rowid, detail in rows:
        detail = re.sub(r"[0-9a-f]{20}", lambda m: aliases.get(m.group(), m.group()), detail)
        con.execute("UPDATE audit_log SET detail = ? WHERE rowid = ?", [detail, rowid])


def _unlink_coaching(con: Any, aliases: dict[str, str]) -> int:
    changed = 0
    for session_id, calls_json in con.execute(
            "SELECT session_id, calls_json FROM coaching_sessions").fetchall():
        calls = json.loads(calls_json or "[]")
        if any(c in aliases for c in calls):
            con.execute("UPDATE coaching_sessions SET calls_json = ? WHERE session_id = ?",
                        [json.dumps([aliases.get(c, c) for c in calls]), session_id])
            changed += 1
    return changed


def record_deletion(con: Any, ref: str, now: dt.datetime, username: str, role: str | None,
                    kind: str, calls: int, rows: dict[str, int], files: int,
                    reason: str) -> None:
    """The deletion's own record and its audit row: who, when, how many, why."""
    con.execute("INSERT INTO deletions VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [ref, now, username, kind, calls, json.dumps(rows, sort_keys=True), files,
                 reason])
    detail = json.dumps({"ref": ref, "kind": kind, "calls": calls, "files": files,
                         "reason": reason}, sort_keys=True)
    con.execute("INSERT INTO audit_log (logged_at, username, role, action, call_id, detail) "
                "VALUES (?, ?, ?, 'delete', NULL, ?)", [now, username, role, detail])


# -- retention: parts of calls ------------------------------------------------------------
def calls_before(con: Any, cutoff: dt.datetime, what: str) -> list[str]:
    """Calls that started (else were ingested) before ``cutoff`` and still have ``what``:
    calls | transcript | media | original."""
    age = "coalesce(c.started_at, c.ingested_at) < ?"
    extra = {
        "calls": "",
        "transcript": " AND (c.call_id IN (SELECT call_id FROM transcripts) OR c.call_id IN "
                      "(SELECT call_id FROM search_calls))",
        "media": " AND c.call_id IN (SELECT call_id FROM media)",
        "original": " AND c.call_id NOT IN (SELECT call_id FROM call_retention "
                    "WHERE original_audio_deleted_at IS NOT NULL)",
    }[what]
    return [r[0] for r in con.execute(
        f"SELECT c.call_id FROM calls c WHERE {age}{extra} ORDER BY c.call_id",
        [cutoff]).fetchall()]


def mark_retention(con: Any, ids_table: str, column: str, now: dt.datetime) -> None:
    con.execute(f"INSERT INTO call_retention (call_id) SELECT call_id FROM {ids_table} "
                f"WHERE call_id NOT IN (SELECT call_id FROM call_retention)")
    con.execute(f"UPDATE call_retention SET {column} = ? WHERE call_id IN "
                f"(SELECT call_id FROM {ids_table})", [now])


def drop_transcripts(con: Any, ids_table: str, now: dt.datetime) -> dict[str, int]:
    """Remove transcripts (segments, words, redaction spans, search index, embeddings) and
    the transcript words quoted as evidence; scores, statuses and counts stay."""
    in_ids = f"call_id IN (SELECT call_id FROM {ids_table})"
    counts = {"search_docs": unindex_calls(con, ids_table)}
    for table in TRANSCRIPT_TABLES:
        counts[table] = int(con.execute(f"SELECT count(*) FROM {table} WHERE {in_ids}")
                            .fetchall()[0][0])
        con.execute(f"DELETE FROM {table} WHERE {in_ids}")
    con.execute(f"UPDATE compliance_results SET text = NULL WHERE {in_ids} AND text IS NOT NULL")
    for table, column in EVIDENCE_JSON:
        for key, value in con.execute(f"SELECT rowid, {column} FROM {table} WHERE {in_ids}"
                                      ).fetchall():
            scrubbed = _scrub(json.loads(value)) if value else value
            con.execute(f"UPDATE {table} SET {column} = ? WHERE rowid = ?",
                        [json.dumps(scrubbed) if value else value, key])
    con.execute(f"UPDATE call_facts SET transcribed = false, segment_count = NULL "
                f"WHERE {in_ids}")
    mark_retention(con, ids_table, "transcript_deleted_at", now)
    return {k: v for k, v in counts.items() if v}


def _scrub(value: Any) -> Any:
    """JSON without transcript words: every ``text`` becomes ``""``."""
    if isinstance(value, dict):
        return {k: ("" if k == "text" and isinstance(v, str) else _scrub(v))
                for k, v in value.items()}
    if isinstance(value, list):
        return [_scrub(v) for v in value]
    return value


def drop_media(con: Any, ids_table: str, now: dt.datetime) -> int:
    """Remove the redacted audio copies' rows (the caller removes the files)."""
    in_ids = f"call_id IN (SELECT call_id FROM {ids_table})"
    n = int(con.execute(f"SELECT count(*) FROM media WHERE {in_ids}").fetchall()[0][0])
    con.execute(f"DELETE FROM media WHERE {in_ids}")
    mark_retention(con, ids_table, "media_deleted_at", now)
    return n
