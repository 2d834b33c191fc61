"""Lineage of the redaction stage: which options (never the key) redacted a transcript."""

from __future__ import annotations

from aqm.redact.redactor import RedactionOptions
from aqm.types import Lineage

STAGE = "redact"
BACKEND = "aqm-redact"


def redaction_lineage(options: RedactionOptions) -> Lineage:
    """Transcripts redacted with the same options hash are done; other options redo them."""
    from aqm import __version__

    return Lineage(stage=STAGE, backend=BACKEND, model_name="rules", model_sha256="",
                   options_json=options.to_json(), options_hash=options.options_hash(),
                   aqm_version=__version__)
