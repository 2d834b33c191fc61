"""Store side of QA scorecards: what ``aqm score`` reads for stored calls, and writing the
machine's scorecards outside a batch. Reviews, disputes and calibration live in
``aqm.store.reviews``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from aqm.store.analysis_writes import write_scorecards
from aqm.store.facts import refresh_call_facts
from aqm.store.records import _ids, row_to_call
from aqm.types import Call

if TYPE_CHECKING:
    from aqm.scoring import Scorecard
    from aqm.store.db import Store
    from aqm.types import Lineage


@dataclass(frozen=True)
class ScoringSource:
    """A stored call's results that auto-QA answers from (export-shaped JSON)."""

    call: Call
    language: str | None
    compliance_json: str | None
    metrics_json: str | None
    sentiment_json: str | None
    input_keys: tuple[str, str, str]  # metrics, sentiment, compliance run keys ("" if none)
    asr_confidence: tuple[tuple[str, float], ...]
    score_key: str | None  # the scoring run the call is current with


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


def scoring_sources(store: Store, batch_size: int = 500) -> Iterator[ScoringSource]:
    """Every transcribed call with what it was scored from, in batches."""
    with store.read() as con:
        ids = [r[0] for r in con.execute(
            "SELECT call_id FROM transcripts ORDER BY call_id").fetchall()]
    for start in range(0, len(ids), batch_size):
        chunk = ids[start:start + batch_size]
        with store.read() as con:
            calls = _ids(con, "SELECT * FROM calls WHERE call_id IN {ids}", chunk)
            rows = {str(r.call_id): r for r in _ids(con, """
                SELECT t.call_id, t.language, cc.compliance_json, cm.metrics_json,
                       cs.sentiment_json, coalesce(cm.run_key, '') AS mk,
                       coalesce(cs.run_key, '') AS sk, coalesce(cc.run_key, '') AS ck,
                       sc.run_key AS score_key
                FROM transcripts t
                LEFT JOIN call_compliance cc USING (call_id)
                LEFT JOIN call_metrics cm USING (call_id)
                LEFT JOIN call_sentiment cs USING (call_id)
                LEFT JOIN call_scoring sc USING (call_id)
                WHERE t.call_id IN {ids}""", chunk).itertuples(index=False)}
            conf: dict[str, list[tuple[str, float]]] = {}
            for r in _ids(con, """
                    SELECT s.call_id, s.speaker, round(avg(w.probability), 3) AS p
                    FROM words w JOIN segments s USING (call_id, seg_idx)
                    WHERE w.call_id IN {ids} AND w.probability IS NOT NULL
                    GROUP BY ALL ORDER BY s.call_id, s.speaker""", chunk
                          ).itertuples(index=False):
                conf.setdefault(str(r.call_id), []).append((str(r.speaker), float(r.p)))
        for c in calls.itertuples(index=False):
            call = row_to_call(c)
            r = rows[call.call_id]
            yield ScoringSource(
                call, _text(r.language), _text(r.compliance_json), _text(r.metrics_json),
                _text(r.sentiment_json), (str(r.mk), str(r.sk), str(r.ck)),
                tuple(conf.get(call.call_id, ())), _text(r.score_key))


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def save_scorecards(store: Store, call_id: str, lineage: Lineage,
                    cards: tuple[Scorecard, ...]) -> int:
    """Add a call's new scorecards in one transaction and refresh its grid row; returns
    how many were new."""
    now = _now()
    with store.write() as con:
        new = write_scorecards(con, call_id, lineage, cards, now)
        refresh_call_facts(con, call_id, now)
    return new
