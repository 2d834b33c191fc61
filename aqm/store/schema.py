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


SCHEMA_VERSION = len(MIGRATIONS)
