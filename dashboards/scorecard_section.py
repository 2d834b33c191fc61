"""Call page section: the scorecard. The machine's answers with confidence and evidence
(time links play the audio from there), the current review's answers beside them, the
review form (reviewers), the dispute form (the call's agent) and the call's disputes. With
``?calibration=<session>`` it is a blind form instead: no machine answers, no evidence.

Writes go through ``aqm.scoring.people`` (which checks the role again and audits)."""

from __future__ import annotations

from typing import Any

import dash_bootstrap_components as dbc
from dash import ALL, Input, Output, State, callback, dcc, html
from dash.exceptions import PreventUpdate

from aqm.auth import User
from aqm.errors import AqmError
from aqm.scoring.people import PersonAnswer, raise_dispute, submit_review
from aqm.store.qa_views import CallQa
from aqm.store.queries import CallView, call_header
from dashboards.analysis_sections import qa_of, seek_link
from dashboards.sections import call_section
from dashboards.security import current, db_path, guarded, store

KEEP = "__machine__"
ANSWER_COLORS = {"yes": "success", "no": "danger", "na": "secondary"}


def _choices(q: dict[str, Any], keep: bool) -> list[dict[str, str]]:
    if q["type"] == "scale":
        lo, hi = q["scale"]
        values = [str(x) for x in range(int(lo), int(hi) + 1)]
    else:
        values = ["yes", "no"]
    if q.get("na_allowed", True):
        values.append("na")
    opts = [{"label": v, "value": v} for v in values]
    return ([{"label": "keep the machine's", "value": KEEP}] if keep else []) + opts


def _badge(answer: Any) -> Any:
    if answer is None:
        return html.Span("unanswered", className="text-muted small")
    return dbc.Badge(str(answer), color=ANSWER_COLORS.get(str(answer), "primary"))


def _evidence(q: dict[str, Any]) -> list[Any]:
    out: list[Any] = []
    for e in q.get("evidence", [])[:4]:
        if e.get("start") is not None:
            out.append(seek_link(e["start"], end=e.get("end")))
        elif "metric" in e:
            out.append(html.Span(f"{e['metric']} = {e.get('value')}", className="small me-2"))
    return out


def _card_table(card: dict[str, Any], final: dict[str, dict[str, Any]], form: bool,
                blind: bool) -> Any:
    head = ["Question"] + ([] if blind else ["Machine", "Confidence", "Evidence"]) + \
        (["Review"] if final and not blind else []) + (["Answer", "Comment"] if form else [])
    body: list[Any] = []
    for s in card["sections"]:
        body.append(html.Tr(html.Th(f"{s['title']} (weight {s['weight']:g})",
                                    colSpan=len(head), className="table-light")))
        for q in s["questions"]:
            cells: list[Any] = [html.Td([q["text"], " ", dbc.Badge(
                "auto-fail", color="danger", className="ms-1") if q["auto_fail"] else ""])]
            if not blind:
                cells += [html.Td(_badge(q["answer"])),
                          html.Td(f"{q['confidence']:.2f}" if q["answer"] is not None else ""),
                          html.Td(_evidence(q))]
            if final and not blind:
                mine = final.get(q["id"], {})
                cells.append(html.Td([_badge(mine.get("answer")), html.Span(
                    f" {mine.get('comment')}" if mine.get("comment") else "",
                    className="small")] if mine.get("by") == "person" or mine.get("comment")
                    else ""))
            if form:
                cells += [html.Td(html.Div(dcc.Dropdown(
                    id={"type": "card-answer", "q": q["id"]},
                    options=_choices(q, keep=not blind), value=None if blind else KEEP,
                    clearable=blind, style={"minWidth": "9rem"}),
                    id=f"card-answer-{q['id']}")),
                    html.Td(dbc.Input(id={"type": "card-comment", "q": q["id"]}, size="sm",
                                      placeholder="comment"))]
            body.append(html.Tr(cells, id=f"card-q-{q['id']}"))
    return dbc.Table([html.Thead(html.Tr([html.Th(h) for h in head])), html.Tbody(body)],
                     size="sm", id="card-table")


@call_section("Scorecard", order=10)
def scorecard_section(view: CallView, user: User, params: dict[str, str]) -> Any:
    qa = qa_of(view)
    if not qa.scorecards:
        return None
    card = qa.scorecards[0]
    session = params.get("calibration")
    blind = bool(session) and user.can("calibration.join")
    current_review = next((r for r in reversed(qa.reviews)
                           if r.kind == "review" and r.superseded_by is None), None)
    final = {} if current_review is None else {
        a["question"]: a for a in current_review.final.get("answers", [])}
    may_review = user.can("reviews.submit") or blind
    score = f"{card['score']:.1f}" if card["score"] is not None else "-"
    summary = [html.Span(f"{card['form_title']} (v{card['form_label']}) · machine {score}",
                         className="me-3"),
               dbc.Badge("auto-fail", color="danger", className="me-2")
               if card["auto_fail"] else ""]
    if current_review is not None and not blind:
        summary.append(html.Span(
            f"final {current_review.score:.1f} (review by {current_review.reviewer})"
            if current_review.score is not None else "final -", id="card-final",
            className="fw-bold"))
    parts: list[Any] = [
        html.Div(summary, className="mb-2", id="card-summary"),
        _card_table(card, final, may_review, blind),
        dcc.Store(id="card-ref", data={"call": view.header.call_id,
                                       "card": card["scorecard_id"], "session": session
                                       if blind else None}),
    ]
    if may_review:
        parts.append(dbc.InputGroup([
            dbc.Input(id="card-review-comment", placeholder="overall comment"),
            dbc.Button("Submit calibration" if blind else "Submit review",
                       id="card-review-submit", color="primary")], className="mb-2"))
        parts.append(html.Div(id="card-review-result"))
    if current_review is not None and user.can("disputes.raise") and not blind:
        questions = [{"label": q["text"], "value": q["id"]}
                     for s in card["sections"] for q in s["questions"]]
        parts.append(dbc.Card(dbc.CardBody([
            html.H6("Dispute this review"),
            dcc.Dropdown(id="card-dispute-q", options=questions, placeholder="question",
                         className="mb-2"),
            dcc.Dropdown(id="card-dispute-answer", placeholder="the right answer",
                         options=[{"label": v, "value": v} for v in ("yes", "no", "na")],
                         className="mb-2"),
            dbc.Textarea(id="card-dispute-reason", placeholder="why", className="mb-2"),
            dbc.Button("Raise dispute", id="card-dispute-submit", color="warning"),
            html.Div(id="card-dispute-result", className="mt-2"),
            dcc.Store(id="card-dispute-review", data=current_review.review_id),
        ]), className="mb-2"))
    if qa.disputes and not blind:
        parts.append(_disputes(qa))
    return html.Div(parts)


def _disputes(qa: CallQa) -> Any:
    rows = [html.Tr([html.Td(d.question_id or "(whole review)"), html.Td(d.raised_by),
                     html.Td(d.reason, className="small"), html.Td(d.status),
                     html.Td(d.resolution or "", className="small"),
                     html.Td(f"{d.score_before} → {d.score_after}"
                             if d.score_after is not None else "")]) for d in qa.disputes]
    return dbc.Table([html.Thead(html.Tr([html.Th(x) for x in (
        "Question", "Raised by", "Reason", "Status", "Resolution", "Score")])),
        html.Tbody(rows)], size="sm", id="card-disputes")


@callback(
    Output("card-review-result", "children"),
    Input("card-review-submit", "n_clicks"),
    State("card-ref", "data"),
    State({"type": "card-answer", "q": ALL}, "value"),
    State({"type": "card-answer", "q": ALL}, "id"),
    State({"type": "card-comment", "q": ALL}, "value"),
    State("card-review-comment", "value"),
    prevent_initial_call=True,
)
@guarded("calls.view")
def submit(n: int | None, ref: dict[str, Any] | None, values: list[Any],
           ids: list[dict[str, str]], comments: list[Any], comment: str | None) -> Any:
    if not n or not ref:
        raise PreventUpdate
    user = current()
    assert user is not None
    header = call_header(store(), str(ref["call"]))
    if header is None or not user.may_see(header):
        return dbc.Alert("You may not score this call.", color="danger")
    answers = []
    for value, id_, note in zip(values, ids, comments, strict=True):
        answer = None if value in (None, KEEP) else str(value)
        if answer is not None or (note or "").strip():
            answers.append(PersonAnswer(id_["q"], answer, (note or "").strip()))
    kind = "calibration" if ref.get("session") else "review"
    try:
        review = submit_review(db_path(), user, ref["call"], answers, (comment or "").strip(),
                               scorecard_id=ref["card"], kind=kind,
                               session_id=ref.get("session"))
    except AqmError as e:
        return dbc.Alert(str(e), color="danger", id="card-review-error")
    text = "-" if review.score is None else f"{review.score:.1f}"
    return dbc.Alert(f"Saved: score {text} ({len(answers)} answers by you).", color="success",
                     id="card-review-saved")


@callback(
    Output("card-dispute-result", "children"),
    Input("card-dispute-submit", "n_clicks"),
    State("card-dispute-review", "data"), State("card-dispute-q", "value"),
    State("card-dispute-answer", "value"), State("card-dispute-reason", "value"),
    prevent_initial_call=True,
)
@guarded("disputes.raise")
def dispute(n: int | None, review_id: str | None, question: str | None,
            answer: str | None, reason: str | None) -> Any:
    if not n or not review_id:
        raise PreventUpdate
    user = current()
    assert user is not None
    try:
        d = raise_dispute(db_path(), user, review_id, question, answer, reason or "")
    except AqmError as e:
        return dbc.Alert(str(e), color="danger")
    return dbc.Alert(f"Dispute {d.dispute_id} raised.", color="success",
                     id="card-dispute-saved")

