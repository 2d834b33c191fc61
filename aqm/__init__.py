"""aqm: self-hosted call-centre quality management and call analytics, fully offline.

The library API; the ``aqm`` command line is a thin layer over it.
"""

from __future__ import annotations

__version__ = "0.1.0"

from aqm.errors import (  # noqa: E402
    AqmError,
    AudioError,
    InputError,
    ModelError,
    RuleError,
    SchemaVersionError,
    StoreError,
)
from aqm.types import (  # noqa: E402
    AudioInfo,
    Call,
    CallMetadata,
    CallRecord,
    CallSource,
    Lineage,
    Quarantined,
    Segment,
    Transcript,
    Word,
)

# The rest loads on first use (PEP 562), so `import aqm.x` stays cheap for the commands
# and reports that need little of the library.
_LAZY = {
    "export": "aqm.export", "CallMetrics": "aqm.metrics", "MetricsOptions": "aqm.metrics",
    "BatchReport": "aqm.pipeline", "RunOptions": "aqm.pipeline", "run_batch": "aqm.pipeline",
    "RedactedSpan": "aqm.redact", "RedactionOptions": "aqm.redact",
    "redact_text": "aqm.redact", "Store": "aqm.store", "StoreStatus": "aqm.store",
    "TranscribeOptions": "aqm.transcribe.base",
}


def __getattr__(name: str) -> object:
    if name in _LAZY:
        import importlib

        value = getattr(importlib.import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'aqm' has no attribute {name!r}")


__all__ = [
    "AqmError", "AudioError", "AudioInfo", "BatchReport", "Call", "CallMetadata", "CallMetrics",
    "CallRecord", "CallSource", "InputError", "Lineage", "MetricsOptions", "ModelError",
    "Quarantined", "RedactedSpan", "RedactionOptions", "RuleError", "RunOptions",
    "SchemaVersionError", "Segment", "Store", "StoreError", "StoreStatus", "Transcript",
    "TranscribeOptions", "Word", "__version__", "export", "redact_text", "run_batch",
]
