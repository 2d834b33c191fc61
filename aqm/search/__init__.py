"""Search across calls: phrase and semantic search over the redacted transcripts, the index
upkeep, and saved searches that become categories. See ``aqm.search.query``."""

from __future__ import annotations

from aqm.search.query import (
    IndexReport,
    SearchQuery,
    after_calls_saved,
    index,
    search,
)
from aqm.search.saved import (
    CategoryWritten,
    SavedSearch,
    save_search,
    saved_search,
    saved_searches,
    to_category,
)
from aqm.store.search import HitPage, SearchHit

__all__ = ["CategoryWritten", "HitPage", "IndexReport", "SavedSearch", "SearchHit",
           "SearchQuery", "after_calls_saved", "index", "save_search", "saved_search",
           "saved_searches", "search", "to_category"]
