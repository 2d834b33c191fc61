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


@migration
def m005_users_audit_reviews(con: Any) -> None:
    """App users (argon2 password hashes, never passwords), the audit log of who opened which
    call's transcript or audio, and the review, dispute tables that scorecards fill later."""
    con.execute("""
        CREATE TABLE users (
            username VARCHAR PRIMARY KEY,
            password_hash VARCHAR NOT NULL,  -- argon2id, with its own salt and parameters
            role VARCHAR NOT NULL,           -- admin | qa | coach | mis | agent
            agent_id VARCHAR,                -- agents: the calls.agent_id they may see
            team VARCHAR,                    -- coaches: limited to this team when set
            display_name VARCHAR,
            active BOOLEAN NOT NULL DEFAULT true,
            created_at TIMESTAMP NOT NULL,
            updated_at TIMESTAMP NOT NULL
        )""")
    con.execute("""
        CREATE TABLE audit_log (
            logged_at TIMESTAMP NOT NULL,
            username VARCHAR NOT NULL,
            role VARCHAR,
            action VARCHAR NOT NULL,         -- login, login_failed, transcript_view, audio_play,
                                             -- denied, ...
            call_id VARCHAR,
            detail VARCHAR NOT NULL DEFAULT ''  -- never transcript text
        )""")
    con.execute("CREATE INDEX audit_log_call ON audit_log (call_id)")
    con.execute("""
        CREATE TABLE reviews (               -- a person's scoring of a call with one form
            review_id VARCHAR PRIMARY KEY,
            call_id VARCHAR NOT NULL,
            form_id VARCHAR NOT NULL,        -- scorecard file id
            form_version VARCHAR NOT NULL,   -- and the version it was answered with
            reviewer VARCHAR NOT NULL,       -- users.username
            kind VARCHAR NOT NULL,           -- review | calibration
            session_id VARCHAR,              -- calibration session
            status VARCHAR NOT NULL,         -- draft | submitted
            score DOUBLE,
            comment VARCHAR,
            created_at TIMESTAMP NOT NULL,
            submitted_at TIMESTAMP
        )""")
    con.execute("""
        CREATE TABLE review_answers (        -- the reviewer's answers; automatic ones are kept
            review_id VARCHAR NOT NULL,      -- apart, with the scoring run that made them
            question_id VARCHAR NOT NULL,
            answer_json VARCHAR NOT NULL,
            auto_answer_json VARCHAR,        -- the automatic answer shown when reviewing
            points DOUBLE,
            comment VARCHAR,
            answered_at TIMESTAMP NOT NULL
        )""")
    con.execute("""
        CREATE TABLE disputes (
            dispute_id VARCHAR PRIMARY KEY,
            review_id VARCHAR NOT NULL,
            call_id VARCHAR NOT NULL,
            raised_by VARCHAR NOT NULL,
            reason VARCHAR NOT NULL,
            status VARCHAR NOT NULL,         -- open | upheld | rejected
            resolved_by VARCHAR,
            resolution VARCHAR,
            raised_at TIMESTAMP NOT NULL,
            resolved_at TIMESTAMP
        )""")
    con.execute("CREATE INDEX reviews_call ON reviews (call_id)")
    con.execute("CREATE INDEX review_answers_review ON review_answers (review_id)")


@migration
def m006_call_facts(con: Any) -> None:
    """One row per call with what the calls grid filters and sorts on (metadata, language,
    redaction count, headline metrics), so a million-call grid scans one narrow table.
    Every call write refreshes its row (``aqm.store.facts``); filled here for stored calls.
    Also indexes for the call page's point lookups (transcripts, media by call_id)."""
    metrics = ("talk_s", "non_talk_s", "talk_ratio", "longest_silence_s", "silence_count",
               "overtalk_s", "overtalk_count", "interruption_count", "hold_s", "hold_count",
               "response_latency_mean_s", "speaking_rate_wpm", "raised_voice_count")
    con.execute("""
        CREATE TABLE call_facts (
            call_id VARCHAR NOT NULL,
            started_at TIMESTAMP,
            duration_s DOUBLE,
            agent_id VARCHAR,
            agent_name VARCHAR,
            team VARCHAR,
            queue VARCHAR,
            direction VARCHAR,
            language VARCHAR,                -- detected, else the manifest's
            transcribed BOOLEAN NOT NULL,
            segment_count INTEGER,
            redaction_count INTEGER NOT NULL,
            """ + ",\n            ".join(f"{m} DOUBLE" for m in metrics) + """,
            refreshed_at TIMESTAMP NOT NULL
        )""")
    con.execute("CREATE INDEX call_facts_call ON call_facts (call_id)")
    con.execute("CREATE INDEX transcripts_call ON transcripts (call_id)")
    con.execute("CREATE INDEX media_call ON media (call_id)")
    pivot = ", ".join(f"max(value) FILTER (WHERE name = '{m}') AS {m}" for m in metrics)
    con.execute(f"""
        INSERT INTO call_facts
        SELECT c.call_id, c.started_at, c.duration_s, c.agent_id, c.agent_name, c.team,
               c.queue, c.direction, coalesce(nullif(t.language, ''), c.language_hint),
               t.call_id IS NOT NULL, t.segment_count, coalesce(r.n, 0),
               {", ".join(f"m.{m}" for m in metrics)}, now() AT TIME ZONE 'UTC'
        FROM calls c
        LEFT JOIN transcripts t ON t.call_id = c.call_id
        LEFT JOIN (SELECT call_id, count(*) AS n FROM redactions GROUP BY call_id) r
            ON r.call_id = c.call_id
        LEFT JOIN (SELECT call_id, {pivot} FROM metric_values
                   WHERE speaker IS NULL AND start_s IS NULL GROUP BY call_id) m
            ON m.call_id = c.call_id""")


@migration
def m007_sentiment(con: Any) -> None:
    """Sentiment per segment and per speaker (the export's ``sentiment`` fields as JSON, and
    flat rows for reports), and the customer's start/end sentiment on ``call_facts``."""
    con.execute("""
        CREATE TABLE call_sentiment (
            call_id VARCHAR NOT NULL,
            run_key VARCHAR NOT NULL,        -- model, its data hash and options
            sentiment_json VARCHAR NOT NULL, -- the export's call-level `sentiment` field
            segments_json VARCHAR NOT NULL,  -- each segment's `sentiment`, in segment order
            created_at TIMESTAMP NOT NULL
        )""")
    con.execute("""
        CREATE TABLE sentiment_values (      -- SentimentRow: segment, start, end, call, trend,
            call_id VARCHAR NOT NULL,        -- most_negative, anger, frustration,
            kind VARCHAR NOT NULL,           -- customer_ended_negative
            speaker VARCHAR,
            seg_idx INTEGER,
            label VARCHAR,
            value DOUBLE NOT NULL,
            start_s DOUBLE,
            end_s DOUBLE,
            run_key VARCHAR NOT NULL
        )""")
    con.execute("CREATE INDEX call_sentiment_call ON call_sentiment (call_id)")
    con.execute("CREATE INDEX sentiment_values_call ON sentiment_values (call_id)")
    for col, typ in (("customer_sentiment_start", "DOUBLE"), ("customer_sentiment_end", "DOUBLE"),
                     ("customer_sentiment_trend", "VARCHAR"),
                     ("customer_ended_negative", "BOOLEAN"), ("anger_count", "INTEGER")):
        con.execute(f"ALTER TABLE call_facts ADD COLUMN {col} {typ}")


@migration
def m008_scorecards(con: Any) -> None:
    """Auto-QA scorecards: one per call, form version and scoring run, never overwritten
    (a new form version adds a scorecard); per-question answers with their evidence. The
    final score (a person's answer where there is one) goes on ``call_facts``."""
    con.execute("""
        CREATE TABLE scorecards (
            scorecard_id VARCHAR PRIMARY KEY, -- hash of call, form version and run
            call_id VARCHAR NOT NULL,
            form_id VARCHAR NOT NULL,
            form_version VARCHAR NOT NULL,   -- the form file's content hash
            form_file VARCHAR NOT NULL,
            run_key VARCHAR NOT NULL,        -- lineage of the answers' inputs
            score DOUBLE,                    -- 0-100; 0 when auto-failed; NULL: all N/A
            points DOUBLE NOT NULL,
            max_points DOUBLE NOT NULL,
            auto_fail BOOLEAN NOT NULL,
            scorecard_json VARCHAR NOT NULL, -- the export's entry under `scores`
            created_at TIMESTAMP NOT NULL
        )""")
    con.execute("""
        CREATE TABLE scorecard_answers (
            scorecard_id VARCHAR NOT NULL,
            call_id VARCHAR NOT NULL,
            section_id VARCHAR NOT NULL,
            question_id VARCHAR NOT NULL,
            answer VARCHAR NOT NULL,         -- yes | no | na, or the scale value
            points DOUBLE,
            max_points DOUBLE,
            confidence DOUBLE,
            auto_fail BOOLEAN NOT NULL,      -- this answer fails the whole call
            evidence_json VARCHAR NOT NULL
        )""")
    con.execute("""
        CREATE TABLE call_scoring (          -- the scoring run a call was last scored by
            call_id VARCHAR NOT NULL,        -- (forms and input runs): reruns skip it
            run_key VARCHAR NOT NULL,
            scored_at TIMESTAMP NOT NULL
        )""")
    con.execute("CREATE INDEX scorecards_call ON scorecards (call_id)")
    con.execute("CREATE INDEX scorecard_answers_card ON scorecard_answers (scorecard_id)")
    for col, typ in (("qa_score", "DOUBLE"), ("qa_auto_fail", "BOOLEAN"),
                     ("qa_form_id", "VARCHAR"), ("review_state", "VARCHAR")):
        con.execute(f"ALTER TABLE call_facts ADD COLUMN {col} {typ}")


@migration
def m009_acd_records(con: Any) -> None:
    """The phone system's call records (ACD / queue log / CDR), one per call or call leg,
    answered or abandoned (abandoned calls have no recording): the MIS volume, ASA, service
    level, abandonment and handle-time KPIs come from here. ``aqm import-acd`` fills it
    (re-importing a key replaces its row) and links rows to recordings; ``aqm synth`` too.
    All times are UTC. Also ``mis_call_extras``, a derived per-call table of compliance and
    call drivers that MIS reports keep up to date themselves."""
    con.execute("""
        CREATE TABLE acd_records (
            call_key VARCHAR NOT NULL,       -- the phone system's id of the call (leg), unique
            started_at TIMESTAMP NOT NULL,   -- UTC: entered the queue (inbound) / dialled
            queue VARCHAR,
            direction VARCHAR NOT NULL,      -- inbound | outbound | internal
            outcome VARCHAR NOT NULL,        -- answered | abandoned
            wait_s DOUBLE,                   -- in queue until answered or abandoned
            agent_id VARCHAR,
            agent_name VARCHAR,
            team VARCHAR,
            language VARCHAR,
            talk_s DOUBLE,
            hold_s DOUBLE,
            wrap_s DOUBLE,                   -- after-call work
            call_id VARCHAR,                 -- the linked recording (calls.call_id); NULL: none
            link_method VARCHAR,             -- call_id | key | agent_time | synth; NULL: none
            link_delta_s DOUBLE,             -- agent_time: recording start - answer time
            source VARCHAR NOT NULL,         -- file it came from
            source_row INTEGER,              -- 1-based data row in that file
            updated_at TIMESTAMP NOT NULL    -- imported, or linked to a recording, at
        )""")
    con.execute("CREATE INDEX acd_records_key ON acd_records (call_key)")
    con.execute("CREATE INDEX acd_records_call ON acd_records (call_id)")
    con.execute("""
        CREATE TABLE mis_call_extras (       -- per recording, for MIS reports: its compliance
            call_id VARCHAR NOT NULL,        -- per rule and call drivers as lists, so reports
            started_at TIMESTAMP,            -- need not scan compliance_results; rebuilt for
            refreshed_at TIMESTAMP NOT NULL, -- calls whose call_facts.refreshed_at differs
            rules_pass VARCHAR[] NOT NULL,   -- (aqm.store.mis_extras)
            rules_fail VARCHAR[] NOT NULL,
            rules_na VARCHAR[] NOT NULL,
            categories VARCHAR[] NOT NULL
        )""")


@migration
def m010_review_workflow(con: Any) -> None:
    """People's side of QA: which machine scorecard a review corrects, a dispute's question
    and the score it changed, review queues from sampling, calibration sessions. Reviews are
    never edited: an upheld dispute adds a new review that supersedes the old one."""
    for col, typ in (("scorecard_id", "VARCHAR"), ("supersedes", "VARCHAR"),
                     ("superseded_by", "VARCHAR"), ("final_json", "VARCHAR")):
        con.execute(f"ALTER TABLE reviews ADD COLUMN {col} {typ}")
    for col, typ in (("question_id", "VARCHAR"), ("asked_answer", "VARCHAR"),
                     ("score_before", "DOUBLE"), ("score_after", "DOUBLE"),
                     ("new_review_id", "VARCHAR")):
        con.execute(f"ALTER TABLE disputes ADD COLUMN {col} {typ}")
    con.execute("""
        CREATE TABLE review_queue (          -- calls picked for people to review
            period VARCHAR NOT NULL,         -- e.g. 2026-11
            call_id VARCHAR NOT NULL,        -- picked once per period
            agent_id VARCHAR,
            reason VARCHAR NOT NULL,         -- random | auto_fail | low_score | ...
            detail VARCHAR NOT NULL DEFAULT '',
            picked_by VARCHAR NOT NULL,
            picked_at TIMESTAMP NOT NULL
        )""")
    con.execute("""
        CREATE TABLE calibration_sessions (
            session_id VARCHAR PRIMARY KEY,
            name VARCHAR NOT NULL,
            form_id VARCHAR NOT NULL,
            calibrator VARCHAR NOT NULL,     -- whose answers are the reference
            created_by VARCHAR NOT NULL,
            created_at TIMESTAMP NOT NULL,
            closed_at TIMESTAMP
        )""")
    con.execute("""
        CREATE TABLE calibration_calls (
            session_id VARCHAR NOT NULL,
            call_id VARCHAR NOT NULL
        )""")
    con.execute("CREATE INDEX review_queue_call ON review_queue (call_id)")
    con.execute("CREATE INDEX disputes_call ON disputes (call_id)")


@migration
def m011_coaching_sessions(con: Any) -> None:
    """Coaching sessions a coach records with an agent (criteria, notes, calls discussed,
    follow-up), so later reports show the before / after change on those criteria."""
    con.execute("""
        CREATE TABLE coaching_sessions (
            session_id VARCHAR PRIMARY KEY,
            agent_id VARCHAR NOT NULL,
            coach VARCHAR NOT NULL,          -- users.username
            held_on DATE NOT NULL,
            criteria_json VARCHAR NOT NULL,  -- ["qa:form/question", "rule:file/rule", ...]
            notes VARCHAR NOT NULL,
            calls_json VARCHAR NOT NULL,     -- call ids discussed
            follow_up DATE,
            created_at TIMESTAMP NOT NULL
        )""")
    con.execute("CREATE INDEX coaching_sessions_agent ON coaching_sessions (agent_id)")


@migration
def m012_search_retention(con: Any) -> None:
    """Search across calls and retention (``aqm.store.search``, ``aqm.store.deletion``).

    The search index over the redacted segments: ``search_docs`` (one row per segment, its
    text normalised and folded without tone marks by ``aqm.scoring.text``, in call-start
    order), ``search_terms`` (each folded word and in how many segments it is);
    ``search_calls`` says which transcript each indexed call was indexed from. Sentence
    embeddings of segments (int8), saved searches, what retention removed per call, and the
    record of each deletion (who, when, how many, why; never the calls or their content).
    Filled by ``aqm search index`` / the pipeline, not here."""
    con.execute("""
        CREATE TABLE search_calls (
            call_id VARCHAR NOT NULL,
            transcript_key VARCHAR NOT NULL,  -- transcripts.run_key @ created_at indexed
            started_at TIMESTAMP,
            indexed_at TIMESTAMP NOT NULL,
            embedded_with VARCHAR            -- embedder of its segment_embeddings; NULL: none
        )""")
    con.execute("""
        CREATE TABLE search_docs (
            doc_id BIGINT NOT NULL,
            call_id VARCHAR NOT NULL,
            seg_idx INTEGER NOT NULL,
            speaker VARCHAR NOT NULL,
            start_s DOUBLE NOT NULL,
            end_s DOUBLE NOT NULL,
            started_at TIMESTAMP,            -- the call's start, for newest-first pages
            duration_s DOUBLE,               -- the call's length, for "in the last N s"
            folded VARCHAR NOT NULL,         -- ' tokens folded without tone marks '
            text VARCHAR NOT NULL            -- the segment's (redacted) text, to show
        )""")
    con.execute("""
        CREATE TABLE search_terms (
            term VARCHAR PRIMARY KEY,
            df BIGINT NOT NULL               -- segments holding the term
        )""")
    con.execute("""
        CREATE TABLE segment_embeddings (
            call_id VARCHAR NOT NULL,
            seg_idx INTEGER NOT NULL,
            embedder VARCHAR NOT NULL,       -- model name and file hash
            vec TINYINT[384] NOT NULL        -- L2-normalised vector * 127, rounded
        )""")
    con.execute("""
        CREATE TABLE saved_searches (
            name VARCHAR PRIMARY KEY,
            query_json VARCHAR NOT NULL,
            created_by VARCHAR NOT NULL,
            created_at TIMESTAMP NOT NULL,
            category_file VARCHAR            -- the category file it was written to, if any
        )""")
    con.execute("""
        CREATE TABLE call_retention (        -- what retention removed from a kept call
            call_id VARCHAR NOT NULL,
            original_audio_deleted_at TIMESTAMP,
            media_deleted_at TIMESTAMP,
            transcript_deleted_at TIMESTAMP
        )""")
    con.execute("""
        CREATE TABLE deletions (             -- no call ids, keys or content
            ref VARCHAR PRIMARY KEY,         -- also in the audit log and in place of the
            deleted_at TIMESTAMP NOT NULL,   -- call id in older audit rows
            username VARCHAR NOT NULL,
            kind VARCHAR NOT NULL,           -- call | customer_key | before | retention:...
            calls INTEGER NOT NULL,
            rows_json VARCHAR NOT NULL,      -- rows removed per table
            files INTEGER NOT NULL,          -- audio files removed
            reason VARCHAR NOT NULL
        )""")
    for name, table, column in (("search_calls_call", "search_calls", "call_id"),
                                ("search_docs_call", "search_docs", "call_id"),
                                ("segment_embeddings_call", "segment_embeddings", "call_id"),
                                ("call_retention_call", "call_retention", "call_id")):
        con.execute(f"CREATE INDEX {name} ON {table} ({column})")


@migration
def m013_diarisation(con: Any) -> None:
    """Mono calls' diarisation (``aqm.diarize``): each segment's diarised speaker and each
    speaker's role, its confidence, how it was decided and the evidence (rule ids, rule
    wordings and times, never transcript text)."""
    con.execute("ALTER TABLE segments ADD COLUMN speaker_label VARCHAR")  # S1, S2...; NULL stereo
    con.execute("ALTER TABLE transcripts ADD COLUMN diarisation VARCHAR")  # speaker count, why
    con.execute("""
        CREATE TABLE speaker_roles (
            call_id VARCHAR NOT NULL,
            label VARCHAR NOT NULL,          -- S1, S2... (segments.speaker_label)
            role VARCHAR NOT NULL,           -- agent | customer
            confidence DOUBLE NOT NULL,      -- 0..1
            method VARCHAR NOT NULL,         -- manifest | phrases | first_speaker | transfer
            talk_s DOUBLE NOT NULL,
            evidence VARCHAR NOT NULL,       -- rule ids, rule wordings, times; no transcript text
            run_key VARCHAR NOT NULL         -- the transcript's run key
        )""")
    con.execute("CREATE INDEX speaker_roles_call ON speaker_roles (call_id)")


@migration
def m014_web_state_maintenance(con: Any) -> None:
    """What the web app must remember across restarts (``aqm.store.web_state``): logged-out
    sessions until their cookie would expire anyway, failed logins within the throttle
    window and the locks they caused (keys are SHA-256 of ``user:<name>`` / ``ip:<addr>``,
    session ids too: nothing here logs anyone in); and store maintenance still owed after a
    crash (``compact``: a deletion's bytes may remain in free pages until the file is
    rewritten)."""
    con.execute("""
        CREATE TABLE revoked_sessions (
            sid_hash VARCHAR PRIMARY KEY,
            expires_at TIMESTAMP NOT NULL    -- UTC; pruned once past
        )""")
    con.execute("""
        CREATE TABLE login_failures (
            key_hash VARCHAR NOT NULL,
            failed_at TIMESTAMP NOT NULL     -- UTC; pruned past the throttle window
        )""")
    con.execute("""
        CREATE TABLE login_locks (
            key_hash VARCHAR PRIMARY KEY,
            locked_until TIMESTAMP NOT NULL  -- UTC; pruned once past
        )""")
    con.execute("""
        CREATE TABLE store_maintenance (
            task VARCHAR PRIMARY KEY,        -- compact
            since TIMESTAMP NOT NULL
        )""")


@migration
def m015_mis_facts(con: Any) -> None:
    """MIS reports read derived tables kept up to date by every write (``aqm.store.mis_facts``):
    ``mis_calls``, phone-system records joined with recordings (one flat row per record,
    recording, or record and its recording; start, dimensions, KPI inputs), ``mis_rules``
    (pair x compliance rule result) and ``mis_categories`` (pair x call driver), each in
    start-time order, and ``mis_state`` (what they were built from). Filled here for stored
    calls. They replace ``mis_call_extras`` (m009), which reports refreshed themselves."""
    con.execute("""
        CREATE TABLE mis_calls (
            ts TIMESTAMP,                    -- UTC: the record's start, else the recording's
            call_key VARCHAR,                -- acd_records.call_key; NULL: no record
            call_id VARCHAR,                 -- the recording (or the record's call_id)
            has_rec BOOLEAN NOT NULL,        -- a recording (call_facts row) is in the pair
            queue VARCHAR, direction VARCHAR, agent_id VARCHAR, agent_name VARCHAR,
            team VARCHAR, language VARCHAR,  -- resolved dimensions
            a_dir VARCHAR, outcome VARCHAR,  -- the record's direction and outcome
            wait_s DOUBLE, talk_s DOUBLE, hold_s DOUBLE, wrap_s DOUBLE,  -- the record's
            r_duration_s DOUBLE, r_non_talk_s DOUBLE, r_hold_s DOUBLE, r_talk_s DOUBLE,
            r_overtalk_s DOUBLE, r_overtalk_count DOUBLE,  -- the recording's metrics
            qa_score DOUBLE, qa_auto_fail BOOLEAN,
            sentiment_end DOUBLE, ended_negative BOOLEAN
        )""")
    pair = ("ts TIMESTAMP, call_id VARCHAR NOT NULL, queue VARCHAR, direction VARCHAR, "
            "agent_id VARCHAR, team VARCHAR, language VARCHAR")
    con.execute(f"CREATE TABLE mis_rules ({pair}, rule_id VARCHAR NOT NULL, "
                "status VARCHAR NOT NULL)")  # pass | fail | not_applicable
    con.execute(f"CREATE TABLE mis_categories ({pair}, category VARCHAR NOT NULL)")
    con.execute("""
        CREATE TABLE mis_state (             -- one row
            facts_n BIGINT, facts_max TIMESTAMP,  -- call_facts: rows, latest refreshed_at
            acd_n BIGINT, acd_max TIMESTAMP       -- acd_records: rows, latest updated_at
        )""")
    con.execute("DROP TABLE mis_call_extras")
    con.execute("SET enable_progress_bar = false")
    from aqm.store.mis_facts import rebuild_mis

    rebuild_mis(con)
    con.execute("CREATE INDEX mis_calls_call ON mis_calls (call_id)")


SCHEMA_VERSION = len(MIGRATIONS)
