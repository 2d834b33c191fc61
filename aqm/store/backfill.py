"""Redact transcripts stored before redaction existed (run by migration m003)."""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from aqm.store.records import load_transcripts
from aqm.store.writes import write_transcript

log = logging.getLogger("aqm.store.backfill")
BATCH_CALLS = 200


def redact_stored_transcripts(con: Any) -> int:
    """Redact every stored transcript that has no redaction key yet; returns how many.

    Uses the default redaction options (with ``$AQM_REDACTION_KEY`` when set). The caller
    holds the transaction; ``Store.migrate`` then rewrites the file so that no deleted raw
    text is left in free pages."""
    from aqm.redact.lineage import redaction_lineage
    from aqm.redact.redactor import RedactionOptions, redact_transcript

    ids = [r[0] for r in con.execute(
        "SELECT call_id FROM transcripts WHERE redact_key IS NULL ORDER BY call_id").fetchall()]
    if not ids:
        return 0
    options = RedactionOptions.from_env()
    lineage = redaction_lineage(options)
    now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
    for start in range(0, len(ids), BATCH_CALLS):
        batch = ids[start:start + BATCH_CALLS]
        for call_id, transcript in load_transcripts(con, batch).items():
            result = redact_transcript(transcript, options)
            write_transcript(con, call_id, result.transcript, lineage, result.spans, now)
    log.info("redacted %d stored transcripts", len(ids))
    return len(ids)
