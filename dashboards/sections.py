"""Extra sections of the call page, for the features that come later.

A later feature (scorecard and review, sentiment timeline, compliance results, disputes)
adds a section by registering a function that builds it from the call's data and the user:

    from dashboards.sections import call_section

    @call_section("Scorecard", order=10)
    def scorecard(view: CallView, user: User, params: dict[str, str]) -> Component | None:
        ...  # None: nothing to show for this call or this user; params: the URL's query

Sections are shown below the transcript in ``order``. Their callbacks live beside them and,
like every callback, are wrapped in ``dashboards.security.guarded``; the call page has already
checked that the user may see the call.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from aqm.auth import User
from aqm.store.queries import CallView

SectionBuilder = Callable[[CallView, User, dict[str, str]], Any]


@dataclass(frozen=True)
class CallSection:
    title: str
    order: int
    build: SectionBuilder


CALL_SECTIONS: list[CallSection] = []


def call_section(title: str, order: int = 100) -> Callable[[SectionBuilder], SectionBuilder]:
    """Register a call page section (see the module docstring)."""

    def register(fn: SectionBuilder) -> SectionBuilder:
        CALL_SECTIONS[:] = [s for s in CALL_SECTIONS if s.title != title]
        CALL_SECTIONS.append(CallSection(title, order, fn))
        CALL_SECTIONS.sort(key=lambda s: s.order)
        return fn

    return register
