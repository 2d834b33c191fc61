"""Request bodies of Dash's callback protocol (``POST /_dash-update-component``), for tests
and benchmarks that call the app's callbacks directly, as a browser (or an attacker) would."""

from __future__ import annotations

from typing import Any

Prop = tuple[str, str]  # (component id, property)


def output_key(outputs: list[Prop]) -> str:
    """The callback's key in ``app.callback_map``."""
    if len(outputs) == 1:
        return f"{outputs[0][0]}.{outputs[0][1]}"
    return ".." + "...".join(f"{i}.{p}" for i, p in outputs) + ".."


def callback_body(outputs: list[Prop], inputs: list[tuple[str, str, Any]],
                  state: list[tuple[str, str, Any]] = ()) -> dict[str, Any]:  # type: ignore[assignment]
    """The JSON body the Dash renderer posts when ``inputs[0]`` changed."""
    outs = [{"id": i, "property": p} for i, p in outputs]
    return {
        "output": output_key(outputs),
        "outputs": outs[0] if len(outs) == 1 else outs,
        "inputs": [{"id": i, "property": p, "value": v} for i, p, v in inputs],
        "state": [{"id": i, "property": p, "value": v} for i, p, v in state],
        "changedPropIds": [f"{inputs[0][0]}.{inputs[0][1]}"] if inputs else [],
    }


def page_body(pathname: str, search: str = "") -> dict[str, Any]:
    """What the browser posts to render the page at ``pathname`` (the Pages router)."""
    return callback_body([("_pages_content", "children"), ("_pages_store", "data")],
                         [("_pages_location", "pathname", pathname),
                          ("_pages_location", "search", search)])


CALLS_FILTER_STATE = (("calls-dates", "start_date"), ("calls-dates", "end_date"),
                      ("calls-agent", "value"), ("calls-team", "value"),
                      ("calls-queue", "value"), ("calls-direction", "value"),
                      ("calls-language", "value"), ("calls-redacted", "value"),
                      ("calls-talk-ratio", "value"), ("calls-silence-min", "value"),
                      ("calls-silence-max", "value"), ("calls-score", "value"),
                      ("calls-auto-fail", "value"), ("calls-ended-negative", "value"),
                      ("calls-review-state", "value"), ("calls-category", "value"),
                      ("calls-failed-rule", "value"))


def calls_rows_body(start: int = 0, end: int = 100, sort: list[dict[str, str]] | None = None,
                    **filters: Any) -> dict[str, Any]:
    """The calls grid asking for rows ``start``…``end``; ``filters`` by component id without
    the ``calls-`` prefix and with ``_`` for ``-`` (``team=["Cards"]``, ``talk_ratio=[.2, .8]``,
    ``dates_start_date="2026-11-01"``)."""
    state = []
    for cid, prop in CALLS_FILTER_STATE:
        name = cid.removeprefix("calls-").replace("-", "_")
        key = f"{name}_{prop}" if cid == "calls-dates" else name
        state.append((cid, prop, filters.get(key)))
    request = {"startRow": start, "endRow": end, "sortModel": sort or [], "filterModel": {}}
    return callback_body([("calls-grid", "getRowsResponse"), ("calls-count", "children")],
                         [("calls-grid", "getRowsRequest", request)], state)
