"""Talk, silence, overtalk and voice metrics per call (no ASR needed).

    from aqm.metrics import MetricsOptions, compute_metrics
    m = compute_metrics(load_audio(path), transcript_or_none, "agent=left", MetricsOptions())
    m.talk_ratio, m.silences, m.interruptions, m.to_rows(), m.to_dict()

Modules: ``options`` (``MetricsOptions``, lineage), ``speech`` (Silero VAD refined on a
10 ms grid), ``compute`` (the metrics), ``results`` (the frozen records).
"""

from __future__ import annotations

from aqm.metrics.compute import compute_metrics
from aqm.metrics.options import MetricsOptions, metrics_lineage
from aqm.metrics.results import (
    CallMetrics,
    Hold,
    Interruption,
    RaisedVoice,
    Response,
    SpeakerMetrics,
)

__all__ = [
    "CallMetrics", "Hold", "Interruption", "MetricsOptions", "RaisedVoice", "Response",
    "SpeakerMetrics", "compute_metrics", "metrics_lineage",
]
