"""The aqm exception tree. Library code raises these; only the CLI turns them into exit codes.

    AqmError                 base of everything aqm raises on purpose
    ├── InputError           bad arguments, missing paths, unreadable or malformed manifests
    ├── AudioError           a recording cannot be used (empty, not audio, truncated, too short)
    ├── ModelError           a model cannot be found, assembled, verified or loaded
    ├── RuleError            a rule / scorecard file is invalid (names file and field)
    ├── ReportError          an MIS report cannot be rendered (e.g. no chart renderer)
    ├── PermissionDenied     the user's role does not allow the action
    ├── EngineError          `--engine ray` cannot run: Ray missing, cluster unreachable or failed
    └── StoreError           the DuckDB store failed, is locked too long, or is at another version
        ├── SchemaVersionError   schema newer/older than this aqm; `aqm db migrate`
        └── BatchBusy            another `aqm run` is writing the same database

Adapters (PyAV, ctranslate2, duckdb) map their own exceptions to these with
``raise ... from e`` so the cause is kept. Messages never contain transcript text.
"""

from __future__ import annotations


class AqmError(Exception):
    """Base class of every error aqm raises on purpose."""

    exit_code = 1


class InputError(AqmError):
    """Bad command-line input, a missing path or a malformed manifest."""

    exit_code = 2


class AudioError(AqmError):
    """A recording cannot be used. ``reason`` is a short machine-readable code."""

    exit_code = 3

    def __init__(self, message: str, reason: str = "unreadable") -> None:
        super().__init__(message)
        self.reason = reason


class ModelError(AqmError):
    """A model cannot be found, assembled, verified or loaded."""

    exit_code = 4


class RuleError(AqmError):
    """A rule, category or scorecard file is invalid."""

    exit_code = 5


class ReportError(AqmError):
    """An MIS report cannot be rendered (e.g. the PDF's charts need Chromium for kaleido)."""

    exit_code = 7


class PermissionDenied(AqmError):
    """The user's role does not allow this (checked in the library, not only in the app)."""

    exit_code = 8


class EngineError(AqmError):
    """The Ray engine cannot run: Ray is not installed, the cluster cannot be reached, or it
    failed for good (calls already written stay written; a rerun does the rest)."""

    exit_code = 9


class StoreError(AqmError):
    """The store failed, or its write lock was held longer than the retry budget."""

    exit_code = 6


class SchemaVersionError(StoreError):
    """The database file is at a schema version this aqm cannot use without migrating."""


class BatchBusy(StoreError):
    """Another batch (``aqm run``) holds the database's batch lock (``aqm.store.files``)."""

    exit_code = 10
