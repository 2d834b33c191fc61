"""Any URL that no page serves."""

from __future__ import annotations

from typing import Any

import dash

from dashboards.security import message

dash.register_page(__name__, path="/404", title="aqm: not found", name="Not found",
                   permission=None, top_nav=False)


def layout(**_: Any) -> Any:
    return message("Not found", "There is no page at this address.", "secondary")
