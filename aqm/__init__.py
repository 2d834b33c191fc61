"""aqm: self-hosted call-centre quality management and call analytics, fully offline."""

from __future__ import annotations

__version__ = "0.1.0"
