"""The whole DuckDB schema, as ordered migrations.

Each migration runs once, in order, in one transaction together with its row in
``schema_migrations``. A released migration is never edited: fixes are new migrations.
``SCHEMA_VERSION`` is the number of migrations; a file at another version is refused on open
(``aqm db migrate`` upgrades an older one).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Migration = tuple[str, Callable[[Any], None]]
MIGRATIONS: list[Migration] = []


def migration(fn: Callable[[Any], None]) -> Callable[[Any], None]:
    MIGRATIONS.append((fn.__name__, fn))
    return fn


@migration
def m001_initial(con: Any) -> None:
    con.execute("""
        CREATE TABLE runs (
            run_key VARCHAR PRIMARY KEY,     -- stage:backend:model-hash:options-hash
            stage VARCHAR NOT NULL,
            backend VARCHAR NOT NULL,
            model_name VARCHAR NOT NULL,
            model_sha256 VARCHAR NOT NULL,
            options_json VARCHAR NOT NULL,
            options_hash VARCHAR NOT NULL,
            aqm_version VARCHAR NOT NULL,
            created_at TIMESTAMP NOT NULL
        )""")
    con.execute("""
        CREATE TABLE calls (
            call_id VARCHAR PRIMARY KEY,     -- from the SHA-256 of the recording's bytes
            source_path VARCHAR NOT NULL,
            file_sha256 VARCHAR NOT NULL,
            file_size BIGINT NOT NULL,
            container VARCHAR,
            codec VARCHAR,
            sample_rate_hz INTEGER,
            channels INTEGER,
            duration_s DOUBLE NOT NULL,
            agent_id VARCHAR,
            agent_name VARCHAR,
            team VARCHAR,
            queue VARCHAR,
            direction VARCHAR,
            started_at TIMESTAMP,
            language_hint VARCHAR,
            channel_layout VARCHAR,
            extra_json VARCHAR,              -- unknown manifest columns, kept
            ingested_at TIMESTAMP NOT NULL
        )""")
    con.execute("""
        CREATE TABLE call_paths (            -- every path the same audio was seen under
            call_id VARCHAR NOT NULL,
            path VARCHAR NOT NULL,
            seen_at TIMESTAMP NOT NULL
        )""")
    con.execute("""
        CREATE TABLE transcripts (
            call_id VARCHAR NOT NULL,
            run_key VARCHAR NOT NULL,
            language VARCHAR,
            language_probability DOUBLE,
            channel_languages VARCHAR[],
            segment_count INTEGER NOT NULL,
            created_at TIMESTAMP NOT NULL
        )""")
    con.execute("""
        CREATE TABLE segments (
            call_id VARCHAR NOT NULL,
            seg_idx INTEGER NOT NULL,
            speaker VARCHAR NOT NULL,        -- agent | customer | unknown
            channel INTEGER,
            start_s DOUBLE NOT NULL,
            end_s DOUBLE NOT NULL,
            text VARCHAR NOT NULL,
            language VARCHAR,
            avg_logprob DOUBLE,
            no_speech_prob DOUBLE,
            run_key VARCHAR NOT NULL
        )""")
    con.execute("""
        CREATE TABLE words (
            call_id VARCHAR NOT NULL,
            seg_idx INTEGER NOT NULL,
            word_idx INTEGER NOT NULL,
            start_s DOUBLE NOT NULL,
            end_s DOUBLE NOT NULL,
            text VARCHAR NOT NULL,
            probability DOUBLE
        )""")
    con.execute("""
        CREATE TABLE quarantine (
            path VARCHAR NOT NULL,
            file_sha256 VARCHAR,
            stage VARCHAR NOT NULL,          -- ingest | transcribe | ...
            reason VARCHAR NOT NULL,         -- short code
            detail VARCHAR NOT NULL,         -- plain-language reason, never transcript text
            seen_at TIMESTAMP NOT NULL
        )""")
    con.execute("CREATE INDEX segments_call ON segments (call_id)")
    con.execute("CREATE INDEX words_call ON words (call_id)")


@migration
def m002_segment_backend(con: Any) -> None:
    """Which ASR backend wrote each segment (calls routed per language mix backends)."""
    con.execute("ALTER TABLE segments ADD COLUMN backend VARCHAR DEFAULT ''")


@migration
def m003_redaction_media_metrics(con: Any) -> None:
    """Redaction spans (never values), the served audio copy, call metrics.

    Transcripts stored before redaction existed are redacted here with the default options
    (and ``$AQM_REDACTION_KEY`` if set): no raw text stays in the file."""
    con.execute("ALTER TABLE transcripts ADD COLUMN redact_key VARCHAR")
    con.execute("""
        CREATE TABLE redactions (
            call_id VARCHAR NOT NULL,
            seg_idx INTEGER NOT NULL,
            entity VARCHAR NOT NULL,         -- CARD, CVV, EXPIRY, NATIONAL_ID, PHONE, ...
            speaker VARCHAR NOT NULL,
            channel INTEGER,
            start_s DOUBLE NOT NULL,
            end_s DOUBLE NOT NULL,
            word_start INTEGER NOT NULL,
            word_end INTEGER NOT NULL,
            occurrence INTEGER NOT NULL,
            value_hash VARCHAR,              -- keyed HMAC when a deployment key is set
            run_key VARCHAR NOT NULL
        )""")
    con.execute("""
        CREATE TABLE media (                 -- the only audio the app serves: redacted
            call_id VARCHAR NOT NULL,
            kind VARCHAR NOT NULL,           -- redacted
            path VARCHAR NOT NULL,
            sha256 VARCHAR NOT NULL,
            masked_s DOUBLE NOT NULL,
            created_at TIMESTAMP NOT NULL
        )""")
    con.execute("""
        CREATE TABLE call_metrics (
            call_id VARCHAR NOT NULL,
            run_key VARCHAR NOT NULL,
            metrics_json VARCHAR NOT NULL,   -- the export's `metrics` field
            created_at TIMESTAMP NOT NULL
        )""")
    con.execute("""
        CREATE TABLE metric_values (         -- flat, for reports: values and events
            call_id VARCHAR NOT NULL,
            name VARCHAR NOT NULL,
            speaker VARCHAR,
            value DOUBLE NOT NULL,
            unit VARCHAR NOT NULL,
            start_s DOUBLE,
            end_s DOUBLE
        )""")
    con.execute("CREATE INDEX metric_values_call ON metric_values (call_id)")
    from aqm.store.backfill import redact_stored_transcripts

    redact_stored_transcripts(con)


@migration
def m004_compliance_categories(con: Any) -> None:
    """Script compliance per rule with evidence (matched words are already redacted), and the
    categories (call drivers) found in each call."""
    con.execute("""
        CREATE TABLE call_compliance (
            call_id VARCHAR NOT NULL,
            run_key VARCHAR NOT NULL,        -- rule files' hashes and options
            compliance_json VARCHAR NOT NULL,  -- the export's `compliance` field
            categories_json VARCHAR NOT NULL,  -- the export's `categories` field
            created_at TIMESTAMP NOT NULL
        )""")
    con.execute("""
        CREATE TABLE compliance_results (    -- one row per rule and piece of evidence
            call_id VARCHAR NOT NULL,
            rule_id VARCHAR NOT NULL,
            file VARCHAR NOT NULL,
            file_sha256 VARCHAR NOT NULL,
            status VARCHAR NOT NULL,         -- pass | fail | not_applicable
            severity VARCHAR,
            weight DOUBLE,
            reason VARCHAR,
            evidence_rank INTEGER,
            seg_idx INTEGER,
            speaker VARCHAR,
            start_s DOUBLE,
            end_s DOUBLE,
            method VARCHAR,                  -- exact | fuzzy | semantic | metric | order
            score DOUBLE,
            text VARCHAR,                    -- matched words, from the redacted transcript
            run_key VARCHAR NOT NULL
        )""")
    con.execute("""
        CREATE TABLE call_categories (
            call_id VARCHAR NOT NULL,
            category VARCHAR NOT NULL,
            file VARCHAR NOT NULL,
            score DOUBLE,
            run_key VARCHAR NOT NULL
        )""")
    con.execute("CREATE INDEX compliance_results_call ON compliance_results (call_id)")
    con.execute("CREATE INDEX call_categories_call ON call_categories (call_id)")


SCHEMA_VERSION = len(MIGRATIONS)
