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
from aqm.export import export  # noqa: E402
from aqm.metrics import CallMetrics, MetricsOptions  # noqa: E402
from aqm.pipeline import BatchReport, RunOptions, run_batch  # noqa: E402
from aqm.redact import RedactedSpan, RedactionOptions, redact_text  # noqa: E402
from aqm.store import Store, StoreStatus  # noqa: E402
from aqm.transcribe.base import TranscribeOptions  # noqa: E402
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

__all__ = [
    "AqmError", "AudioError", "AudioInfo", "BatchReport", "Call", "CallMetadata", "CallMetrics",
    "CallRecord", "CallSource", "InputError", "Lineage", "MetricsOptions", "ModelError",
    "Quarantined", "RedactedSpan", "RedactionOptions", "RuleError", "RunOptions",
    "SchemaVersionError", "Segment", "Store", "StoreError", "StoreStatus", "Transcript",
    "TranscribeOptions", "Word", "__version__", "export", "redact_text", "run_batch",
]
