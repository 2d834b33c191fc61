"""A search across calls: the query (``SearchQuery``), phrase search, and the index upkeep.

    from aqm.search import SearchQuery, search
    page = search("aqm.duckdb", SearchQuery("refund", speaker="customer", queues=("billing",),
                                            date_from=dt.date(2026, 11, 1)))
    for hit in page.hits:
        print(hit.call_id, hit.start_s, hit.text)   # open /calls/<id>?t=<start_s>

Words are matched after the rules' normalisation (``aqm.scoring.text``): lower case, no
punctuation, and Vietnamese folded without tone marks, so ``hủy thẻ``, ``huy the`` and
``HỦY THẺ`` find the same segments (and, as with ASR's dropped tones, ``huy`` also finds
``hụy``). A query is a phrase: its words in this order, in one segment. Filters are the calls
grid's (agent, team, queue, date, category, score, customer sentiment) plus speaker and time
in the call. A user's role and scope apply (an agent finds only their own calls).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from aqm import faults
from aqm.errors import InputError, PermissionDenied
from aqm.store import Store
from aqm.store import search as idx
from aqm.store.queries import CallFilter, CallScope, MetricRange
from aqm.store.search import HitPage, SegmentFilter

if TYPE_CHECKING:
    from aqm.auth import User

Mode = Literal["phrase", "semantic"]
SPEAKERS = ("agent", "customer", "unknown")
SENTIMENTS = ("negative", "not_negative")  # the customer ended negative, or did not


@dataclass(frozen=True)
class SearchQuery:
    """What to find and where. Empty tuples and None mean "any"; dates are UTC days,
    ``date_to`` inclusive; ``score_*`` is the final QA score (0-100)."""

    text: str
    mode: Mode = "phrase"
    speaker: str | None = None
    in_first_s: float | None = None
    in_last_s: float | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    agents: tuple[str, ...] = ()
    teams: tuple[str, ...] = ()
    queues: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    score_min: float | None = None
    score_max: float | None = None
    sentiment: str | None = None  # negative | not_negative (customer at the end)
    min_similarity: float = 0.85  # semantic: cosine similarity a segment must reach

    def __post_init__(self) -> None:
        problems = []
        if not self.text.strip():
            problems.append("the search text is empty")
        if self.mode not in ("phrase", "semantic"):
            problems.append(f"mode must be phrase or semantic, not {self.mode!r}")
        if self.speaker is not None and self.speaker not in SPEAKERS:
            problems.append(f"speaker must be one of {', '.join(SPEAKERS)}")
        if self.sentiment is not None and self.sentiment not in SENTIMENTS:
            problems.append(f"sentiment must be one of {', '.join(SENTIMENTS)}")
        for name in ("in_first_s", "in_last_s"):
            value = getattr(self, name)
            if value is not None and value <= 0:
                problems.append(f"{name} must be positive")
        if self.date_from and self.date_to and self.date_to < self.date_from:
            problems.append("date_to is before date_from")
        if not 0 < self.min_similarity <= 1:
            problems.append("min_similarity must be in (0, 1]")
        if problems:
            raise InputError("search: " + "; ".join(problems))

    def segment_filter(self) -> SegmentFilter:
        return SegmentFilter(self.speaker, self.in_first_s, self.in_last_s)

    def call_filter(self) -> CallFilter:
        ranges: tuple[MetricRange, ...] = ()
        if self.score_min is not None or self.score_max is not None:
            ranges = (MetricRange("qa_score", self.score_min, self.score_max),)
        flags = () if self.sentiment is None else \
            (("customer_ended_negative", self.sentiment == "negative"),)
        return CallFilter(date_from=self.date_from, date_to=self.date_to,
                          agent_ids=self.agents, teams=self.teams, queues=self.queues,
                          categories=self.categories, ranges=ranges, flags=flags)

    def to_json(self) -> str:
        data = {k: v for k, v in dataclasses.asdict(self).items()
                if v not in ((), None) or k == "text"}
        return json.dumps(data, default=str, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> SearchQuery:
        data: dict[str, Any] = json.loads(text)
        for key in ("date_from", "date_to"):
            if data.get(key):
                data[key] = dt.date.fromisoformat(data[key])
        for key in ("agents", "teams", "queues", "categories"):
            if key in data:
                data[key] = tuple(data[key])
        return cls(**data)


def scope_for(user: User | None) -> CallScope:
    """Everything for the command line (no user); else the user's scope, if they may search
    transcripts at all."""
    if user is None:
        return CallScope()
    if not user.can("calls.view"):
        raise PermissionDenied(f"role {user.role} may not search transcripts")
    return user.scope


def search(db: str | Path, query: SearchQuery, user: User | None = None, offset: int = 0,
           limit: int = 20) -> HitPage:
    """One page of matching segments, newest call first (phrase), or most similar first
    (semantic, see ``aqm.search.semantic``). Reads only: calls not indexed yet are counted
    in ``HitPage.unindexed`` (``index`` adds them)."""
    scope = scope_for(user)
    if query.mode == "semantic":
        from aqm.search.semantic import semantic_page

        return semantic_page(db, query, scope, offset, limit)
    terms = idx.query_terms(query.text)
    if not terms:
        raise InputError(f"search: {query.text!r} has no words to look for")
    return idx.phrase_page(Store(db), terms, query.segment_filter(), query.call_filter(),
                           scope, offset, limit)


@dataclass(frozen=True)
class IndexReport:
    calls: int  # calls (re)indexed
    segments: int
    embedded_calls: int = 0
    embedded_segments: int = 0


def index(db: str | Path, embed: bool = False, batch_calls: int = 2000,
          limit: int | None = None) -> IndexReport:
    """Bring the search index up to date with the stored transcripts (new, re-transcribed and
    removed calls), ``batch_calls`` calls per short write; with ``embed``, also compute the
    missing segment embeddings for semantic search. Idempotent."""
    store = Store(db)
    store.ensure()
    calls, segments = idx.refresh(store, batch_calls, limit)
    if not embed:
        return IndexReport(calls, segments)
    from aqm.search.semantic import embed_pending

    e_calls, e_segments = embed_pending(db, limit=limit)
    return IndexReport(calls, segments, e_calls, e_segments)


def after_calls_saved(db: str | Path, call_ids: list[str], embed: bool = True) -> IndexReport:
    """Pipeline hook: index (and embed) these just-saved calls, in one short write each step.
    Cheap next to transcription: normalising a call's segments takes milliseconds, embedding
    them about 12-21 ms a segment on two cores (as sentiment does)."""
    store = Store(db)
    with store.write() as con:
        segments = idx.index_calls(con, call_ids, idx._now())
    faults.point("search.indexed")  # crash-test hook (aqm.faults)
    if not embed:
        return IndexReport(len(call_ids), segments)
    from aqm.search.semantic import embed_calls

    e_calls, e_segments = embed_calls(db, call_ids)
    return IndexReport(len(call_ids), segments, e_calls, e_segments)


def catch_up(db: str | Path, call_ids: list[str]) -> IndexReport:
    """Index and embed those of ``call_ids`` that a killed batch stored but left unindexed or
    unembedded (``after_calls_saved`` runs after a call's own transaction). The pipeline
    calls it at the end of a batch with the batch's calls."""
    from aqm.search.semantic import embedder_tag

    behind = idx.lagging(Store(db), call_ids, embedder_tag())
    return after_calls_saved(db, behind) if behind else IndexReport(0, 0)
