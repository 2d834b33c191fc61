"""Redaction of card numbers (PCI DSS) and personal data in transcripts and free text.

    numbers.py    spoken numbers (English, Vietnamese) -> digit groups with word indices
    context.py    context words ("card number", "mã bảo mật"), fillers, entity names
    checks.py     Luhn and card brands (python-stdnum), phones (phonenumbers), CCCD shape
    emails.py     e-mail addresses, written or spoken ("john dot smith at gmail dot com")
    entities.py   runs of digits across words, segments and pauses -> entity spans
    redactor.py   RedactionOptions, redact_transcript, redact_text

Example::

    from aqm.redact import RedactionOptions, redact_transcript
    result = redact_transcript(transcript, RedactionOptions.from_env())
    result.transcript   # segment texts and words with "[CARD]", "[CVV]", ... in place
    result.spans        # RedactedSpan: entity, speaker, times, word range, keyed hash
"""

from __future__ import annotations

from aqm.redact.context import ALL_ENTITIES, EntityType
from aqm.redact.redactor import (
    DEFAULT_ENTITIES,
    KEY_ENV,
    RedactedSpan,
    RedactionOptions,
    RedactionResult,
    entity_names,
    redact_text,
    redact_transcript,
)

__all__ = [
    "ALL_ENTITIES",
    "DEFAULT_ENTITIES",
    "KEY_ENV",
    "EntityType",
    "RedactedSpan",
    "RedactionOptions",
    "RedactionResult",
    "entity_names",
    "redact_text",
    "redact_transcript",
]
