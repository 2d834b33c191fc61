"""Reading stored calls back into typed records (used by export and the app's queries)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pandas as pd

from aqm.types import (
    AudioInfo,
    Call,
    CallMetadata,
    CallRecord,
    Lineage,
    Segment,
    SpeakerRole,
    Transcript,
    Word,
)

if TYPE_CHECKING:
    from aqm.redact.redactor import RedactedSpan


def _ids(con: Any, sql: str, ids: list[str]) -> Any:
    """A DataFrame (typed Any: its rows are read field by field below)."""
    return con.execute(sql.replace("{ids}", "(SELECT unnest(?))"), [ids]).df()


def load_transcripts(con: Any, ids: list[str]) -> dict[str, Transcript]:
    """Stored transcripts (segments, words, lineage) of ``ids``."""
    if not ids:
        return {}
    trans = _ids(con, "SELECT t.*, r.* EXCLUDE (run_key, created_at) FROM transcripts t "
                      "JOIN runs r USING (run_key) WHERE call_id IN {ids}", ids)
    segs = _ids(con, "SELECT * FROM segments WHERE call_id IN {ids} ORDER BY call_id, seg_idx",
                ids)
    words = _ids(con, "SELECT * FROM words WHERE call_id IN {ids} "
                      "ORDER BY call_id, seg_idx, word_idx", ids)
    words_by: dict[tuple[str, int], list[Word]] = {}
    for w in words.itertuples(index=False):
        words_by.setdefault((str(w.call_id), int(w.seg_idx)), []).append(
            Word(float(w.start_s), float(w.end_s), str(w.text), float(w.probability)))
    segs_by: dict[str, list[Segment]] = {}
    for s in segs.itertuples(index=False):
        segs_by.setdefault(str(s.call_id), []).append(Segment(
            speaker=s.speaker, channel=None if _isnull(s.channel) else int(s.channel),
            start_s=float(s.start_s), end_s=float(s.end_s), text=str(s.text),
            language=str(s.language),
            words=tuple(words_by.get((str(s.call_id), int(s.seg_idx)), [])),
            avg_logprob=float(s.avg_logprob), no_speech_prob=float(s.no_speech_prob),
            backend=str(s.backend or ""),
            speaker_label=_opt(getattr(s, "speaker_label", None))))  # m013 (migrations
    roles: dict[str, list[SpeakerRole]] = {}                          # read older files)
    has_roles = con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = "
                            "'speaker_roles'").fetchone()[0]
    for r in (_ids(con, "SELECT * FROM speaker_roles WHERE call_id IN {ids} "
                        "ORDER BY call_id, label", ids).itertuples(index=False)
              if has_roles else ()):
        roles.setdefault(str(r.call_id), []).append(SpeakerRole(
            label=str(r.label), role=r.role, confidence=float(r.confidence),
            method=str(r.method), talk_s=float(r.talk_s), evidence=str(r.evidence)))
    out = {}
    for t in trans.itertuples(index=False):
        lineage = Lineage(stage=t.stage, backend=t.backend, model_name=t.model_name,
                          model_sha256=t.model_sha256, options_json=t.options_json,
                          options_hash=t.options_hash, aqm_version=t.aqm_version)
        out[str(t.call_id)] = Transcript(
            language=str(t.language or ""),
            language_probability=float(t.language_probability or 0.0),
            channel_languages=tuple(str(x) for x in t.channel_languages),
            segments=tuple(segs_by.get(str(t.call_id), [])), lineage=lineage,
            speakers=tuple(roles.get(str(t.call_id), ())),
            diarisation=str(_opt(getattr(t, "diarisation", None)) or ""))
    return out


def load_spans(con: Any, ids: list[str]) -> dict[str, tuple[RedactedSpan, ...]]:
    """Stored redaction spans (entity, times, word range; never a value) of ``ids``."""
    from aqm.redact.redactor import RedactedSpan

    rows = _ids(con, "SELECT * FROM redactions WHERE call_id IN {ids} "
                     "ORDER BY call_id, seg_idx, word_start", ids)
    out: dict[str, list[RedactedSpan]] = {}
    for r in rows.itertuples(index=False):
        out.setdefault(str(r.call_id), []).append(RedactedSpan(
            entity=r.entity, speaker=r.speaker,
            channel=None if _isnull(r.channel) else int(r.channel),
            start_s=float(r.start_s), end_s=float(r.end_s), segment_index=int(r.seg_idx),
            word_start=int(r.word_start), word_end=int(r.word_end),
            value_hash=_opt(r.value_hash), occurrence=int(r.occurrence)))
    return {k: tuple(v) for k, v in out.items()}


def load_records(con: Any, ids: list[str]) -> Iterator[CallRecord]:
    if not ids:
        return
    calls = _ids(con, "SELECT * FROM calls WHERE call_id IN {ids}", ids)
    transcripts = load_transcripts(con, ids)
    spans = load_spans(con, ids)
    created: dict[str, Any] = dict(_ids(con, "SELECT call_id, created_at FROM transcripts "
                             "WHERE call_id IN {ids}", ids).itertuples(index=False))
    metrics: dict[str, str] = dict(_ids(con, "SELECT call_id, metrics_json FROM call_metrics "
                             "WHERE call_id IN {ids}", ids).itertuples(index=False))
    media: dict[str, str] = dict(_ids(con, "SELECT call_id, path FROM media WHERE "
                                           "kind = 'redacted' AND call_id IN {ids}", ids)
                                 .itertuples(index=False))
    rules = {str(r.call_id): (str(r.compliance_json), str(r.categories_json)) for r in _ids(
        con, "SELECT call_id, compliance_json, categories_json FROM call_compliance "
             "WHERE call_id IN {ids}", ids).itertuples(index=False)}
    feelings = {str(r.call_id): (str(r.sentiment_json), str(r.segments_json)) for r in _ids(
        con, "SELECT call_id, sentiment_json, segments_json FROM call_sentiment "
             "WHERE call_id IN {ids}", ids).itertuples(index=False)}
    cards = _scorecards(con, ids)
    order = {cid: i for i, cid in enumerate(ids)}
    for c in sorted(calls.itertuples(index=False), key=lambda c: order[str(c.call_id)]):
        call = row_to_call(c)
        cid = call.call_id
        processed = created.get(cid)
        yield CallRecord(call=call, transcript=transcripts.get(cid),
                         processed_at=None if processed is None else processed.to_pydatetime(),
                         redactions=spans.get(cid, ()), metrics_json=metrics.get(cid),
                         audio_path=media.get(cid),
                         compliance_json=rules.get(cid, (None, None))[0],
                         categories_json=rules.get(cid, (None, None))[1],
                         sentiment_json=feelings.get(cid, (None, None))[0],
                         segment_sentiment_json=feelings.get(cid, (None, None))[1],
                         scores_json=tuple(cards.get(cid, ())))


def _scorecards(con: Any, ids: list[str]) -> dict[str, list[str]]:
    """Each call's scorecards (the export's ``scores`` entries, oldest first), each with the
    people's reviews of it (``reviews``, oldest first; calibration reviews left out) and
    ``final_score``: the current review's score, else the machine's."""
    reviews: dict[str, list[dict[str, Any]]] = {}
    for r in _ids(con, "SELECT scorecard_id, review_id, reviewer, submitted_at, score, "
                       "comment, supersedes, superseded_by, final_json FROM reviews "
                       "WHERE call_id IN {ids} AND kind = 'review' AND status = 'submitted' "
                       "ORDER BY submitted_at, review_id", ids).itertuples(index=False):
        final = json.loads(r.final_json) if isinstance(r.final_json, str) else {}
        reviews.setdefault(str(r.scorecard_id), []).append({
            "review_id": r.review_id, "reviewer": r.reviewer,
            "submitted_at": None if _isnull(r.submitted_at) else
            r.submitted_at.isoformat(), "score": _opt(r.score), "comment": _opt(r.comment),
            "supersedes": _opt(r.supersedes), "superseded_by": _opt(r.superseded_by),
            "answers": final.get("answers", [])})
    out: dict[str, list[str]] = {}
    for r in _ids(con, "SELECT call_id, scorecard_id, scorecard_json FROM scorecards "
                       "WHERE call_id IN {ids} ORDER BY call_id, created_at, form_id",
                  ids).itertuples(index=False):
        card = json.loads(str(r.scorecard_json))
        mine = reviews.get(str(r.scorecard_id), [])
        current = [x for x in mine if x["superseded_by"] is None]
        card["reviews"] = mine
        card["final_score"] = current[-1]["score"] if current else card.get("score")
        out.setdefault(str(r.call_id), []).append(json.dumps(card, ensure_ascii=False))
    return out


def _isnull(value: Any) -> bool:
    return value is None or bool(pd.isna(value))


def _opt(value: Any) -> Any:
    return None if _isnull(value) else value


def row_to_call(c: Any) -> Call:
    started = _opt(c.started_at)
    if started is not None and hasattr(started, "to_pydatetime"):
        started = started.to_pydatetime()
    meta = CallMetadata(
        agent_id=_opt(c.agent_id), agent_name=_opt(c.agent_name), team=_opt(c.team),
        queue=_opt(c.queue), direction=c.direction or "unknown", started_at=started,
        language=_opt(c.language_hint), channel_layout=_opt(c.channel_layout),
        extra=tuple(sorted(json.loads(c.extra_json or "{}").items())),
    )
    audio = AudioInfo(file_sha256=c.file_sha256, file_size=int(c.file_size),
                      container=str(c.container), codec=str(c.codec),
                      sample_rate_hz=int(c.sample_rate_hz), channels=int(c.channels),
                      duration_s=float(c.duration_s))
    return Call(call_id=str(c.call_id), source_path=str(c.source_path), audio=audio,
                metadata=meta)
