"""Synthetic QA scorecards, compliance results and call drivers, drawn together so that they
agree with each other (a missed QA question fails the matching compliance rule) and with the
agents' skill; one agent is weak on one criterion (``SynthOptions.weak_agent``)."""

from __future__ import annotations

import json
from dataclasses import dataclass

import numpy as np
import pyarrow as pa

from aqm.store.analysis_writes import CATEGORY_ROWS, COMPLIANCE_ROWS
from aqm.synth.arrow import const, pick, repeat, strings, tile
from aqm.synth.calls import CallBatch
from aqm.synth.centre import Centre
from aqm.synth.options import SynthOptions

FORM_ID = "contact_qa"
FORM_VERSION = "synth-1"
FORM_FILE = "synth/contact_qa.yaml"
QA_RUN_KEY = "scoring:synth:contact_qa:synth-1"
RULES_RUN_KEY = "compliance:synth:scorecards:synth-1"


@dataclass(frozen=True)
class Question:
    section_id: str
    question_id: str
    points: float
    base_pass: float  # probability of "yes" for an average agent
    auto_fail: bool = False  # "no" fails the whole call (score 0)


FORM = (
    Question("opening", "greeting", 10, 0.96),
    Question("opening", "verify_identity", 15, 0.0, auto_fail=True),  # drawn from fail_rate
    Question("discovery", "confirm_problem", 20, 0.90),
    Question("resolution", "resolution", 25, 0.85),
    Question("resolution", "empathy", 15, 0.85),
    Question("closing", "anything_else", 5, 0.90),
    Question("closing", "goodbye", 10, 0.96),
)


@dataclass(frozen=True)
class Rule:
    rule_id: str
    file: str
    directions: tuple[str, ...]
    pass_rate: float  # when not tied to a QA question
    question: str | None = None  # status follows this QA answer


RULES = (
    Rule("greeting", "inbound", ("inbound",), 0.0, "greeting"),
    Rule("self_intro", "inbound", ("inbound",), 0.90),
    Rule("confirm_problem", "inbound", ("inbound",), 0.0, "confirm_problem"),
    Rule("resolution", "inbound", ("inbound",), 0.0, "resolution"),
    Rule("thanks", "inbound", ("inbound",), 0.93),
    Rule("goodbye", "inbound", ("inbound",), 0.0, "goodbye"),
    Rule("identify_self", "outbound", ("outbound",), 0.95),
    Rule("purpose", "outbound", ("outbound",), 0.92),
    Rule("recording_disclosure", "outbound", ("outbound",), 0.90),
    Rule("consent", "outbound", ("outbound",), 0.88),
    Rule("rude", "forbidden", ("inbound", "outbound", "internal"), 0.995),
)
# Call drivers (ids of scorecards/categories/drivers.yaml) by queue: (category, weight).
DRIVERS = ("billing", "outage", "refund", "cancellation", "complaint", "card_lost",
           "address_change", "payment", "fraud")
QUEUE_DRIVERS: dict[str, dict[str, float]] = {
    "cards": {"card_lost": 0.35, "payment": 0.2, "fraud": 0.1, "billing": 0.15,
              "address_change": 0.1, "complaint": 0.05, "outage": 0.05},
    "card_payments": {"payment": 0.55, "billing": 0.2, "refund": 0.15, "outage": 0.1},
    "billing": {"billing": 0.5, "refund": 0.2, "payment": 0.2, "complaint": 0.1},
    "loans": {"payment": 0.5, "billing": 0.2, "address_change": 0.1, "cancellation": 0.2},
    "mortgage": {"payment": 0.5, "billing": 0.2, "address_change": 0.2, "cancellation": 0.1},
    "collections": {"payment": 0.8, "complaint": 0.2},
    "fraud": {"fraud": 0.75, "card_lost": 0.25},
    "retention": {"cancellation": 0.7, "complaint": 0.15, "refund": 0.15},
    "complaints": {"complaint": 0.7, "refund": 0.2, "billing": 0.1},
}


def _logit(p: float) -> float:
    return float(np.log(p / (1.0 - p)))


def qa_answers(options: SynthOptions, centre: Centre, batch: CallBatch, start_polarity: np.ndarray,
               rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """(yes, applicable) boolean matrices, calls x FORM questions."""
    n = len(batch.call_id)
    skill = centre.skill[batch.agent]
    yes = np.zeros((n, len(FORM)), dtype=bool)
    applicable = np.ones((n, len(FORM)), dtype=bool)
    draws = rng.random((n, len(FORM)))
    weak = batch.agent == centre.weak_agent if centre.weak_agent is not None else np.zeros(n, bool)
    for j, q in enumerate(FORM):
        if q.auto_fail:
            p = 1.0 - centre.fail_rate[batch.agent]
        else:
            p = 1.0 / (1.0 + np.exp(-(_logit(q.base_pass) + 0.45 * skill)))
        if q.question_id == options.weak_criterion:
            p = np.where(weak, options.weak_pass_rate, p)
        if q.question_id == "empathy" and centre.angry_weak_agent is not None:
            p = np.where(batch.agent == centre.angry_weak_agent, options.angry_weak_empathy, p)
        yes[:, j] = draws[:, j] < p
        if q.question_id == "empathy":  # only asked when the customer starts unhappy
            applicable[:, j] = start_polarity < 0.0
    return yes & applicable, applicable


QUESTION_TEXT = {
    "greeting": "Greeted the customer and gave the company name?",
    "verify_identity": "Verified the customer's identity before account details?",
    "confirm_problem": "Listened and confirmed the customer's problem?",
    "resolution": "Resolved the problem or explained the next step?",
    "empathy": "Showed empathy to an unhappy customer?",
    "anything_else": "Asked whether there is anything else?",
    "goodbye": "Thanked the customer and said goodbye?",
}
_CONFIDENCE = np.round(0.75 + 0.25 * np.linspace(0.2, 1.0, len(FORM)), 3)


def answer_codes(yes: np.ndarray, applicable: np.ndarray) -> np.ndarray:
    """Each call's answers as one number: base 3 over the questions (0 yes, 1 no, 2 na)."""
    answer = np.where(applicable, np.where(yes, 0, 1), 2)
    return (answer * 3 ** np.arange(len(FORM))).sum(axis=1)


def _card_dict(code: int) -> dict[str, object]:
    """The scorecard as ``Scorecard.to_dict`` writes it (the app and the export read it) for
    one pattern of answers; ``scorecard_id`` is filled in per call."""
    answers = [("yes", "no", "na")[code // 3 ** j % 3] for j in range(len(FORM))]
    got = [q.points if a == "yes" else 0.0 if a == "no" else None
           for q, a in zip(FORM, answers, strict=True)]
    auto_fail = any(q.auto_fail and a == "no" for q, a in zip(FORM, answers, strict=True))
    points = float(sum(g for g in got if g is not None))
    max_points = float(sum(q.points for q, a in zip(FORM, answers, strict=True) if a != "na"))
    sections = []
    for sid in dict.fromkeys(q.section_id for q in FORM):
        idx = [j for j, q in enumerate(FORM) if q.section_id == sid]
        top = sum(FORM[j].points for j in idx if answers[j] != "na")
        sections.append({
            "id": sid, "title": sid.title(), "weight": float(sum(FORM[j].points for j in idx)),
            "score": round(sum(got[j] or 0.0 for j in idx) / top, 4) if top else None,
            "questions": [{
                "id": FORM[j].question_id, "text": QUESTION_TEXT[FORM[j].question_id],
                "type": "yes_no", "scale": None, "weight": FORM[j].points,
                "auto_fail": FORM[j].auto_fail, "na_allowed": FORM[j].question_id == "empathy",
                "points": got[j], "max_points": None if answers[j] == "na" else FORM[j].points,
                "answer": answers[j], "confidence": float(_CONFIDENCE[j]),
                "reason": "synthetic", "evidence": []} for j in idx]})
    return {"scorecard_id": None, "form": FORM_ID, "form_title": "Contact QA (synthetic)",
            "form_label": FORM_VERSION, "form_version": FORM_VERSION, "form_file": FORM_FILE,
            "score": 0.0 if auto_fail else round(100.0 * points / max_points, 2),
            "auto_fail": auto_fail, "points": points, "max_points": max_points,
            "unanswered": 0, "by": "machine", "sections": sections,
            "lineage": {"stage": "scoring", "backend": "synth", "forms": FORM_ID,
                        "forms_sha256": FORM_VERSION, "options": {}, "run_key": QA_RUN_KEY,
                        "aqm_version": "synth"}}


def _cards_json(batch: CallBatch, codes: np.ndarray) -> pa.Array:
    """Each call's scorecard JSON: one rendering per pattern of answers, the id spliced in."""
    parts: dict[int, tuple[str, str]] = {}
    for code in np.unique(codes).tolist():
        head, tail = json.dumps(_card_dict(code)).split("null", 1)  # scorecard_id comes first
        parts[code] = (head + '"', '"' + tail)
    ids = np.asarray(batch.call_id).astype(str)
    return pa.array([f"{parts[c][0]}sc-{i}{parts[c][1]}"
                     for c, i in zip(codes.tolist(), ids.tolist(), strict=True)], pa.string())


def scorecards(batch: CallBatch, yes: np.ndarray, applicable: np.ndarray, now: np.datetime64
               ) -> dict[str, pa.Table]:
    n, q = yes.shape
    pts = np.array([x.points for x in FORM])
    points = (yes * pts).sum(axis=1).astype(float)
    max_points = (applicable * pts).sum(axis=1).astype(float)
    fail_cols = [j for j, x in enumerate(FORM) if x.auto_fail]
    auto_fail = (~yes[:, fail_cols] & applicable[:, fail_cols]).any(axis=1)
    score = np.where(auto_fail, 0.0, np.round(100.0 * points / max_points, 2))
    card_id = strings(np.char.add("sc-", batch.call_id))
    cards = pa.table({
        "scorecard_id": card_id, "call_id": batch.call_id, "form_id": const(FORM_ID, n),
        "form_version": const(FORM_VERSION, n), "form_file": const(FORM_FILE, n),
        "run_key": const(QA_RUN_KEY, n), "score": score, "points": points,
        "max_points": max_points, "auto_fail": auto_fail,
        "scorecard_json": _cards_json(batch, answer_codes(yes, applicable)),
        "created_at": pa.array(np.full(n, now, dtype="datetime64[us]"), pa.timestamp("us"))})
    answer = np.where(applicable, np.where(yes, 0, 1), 2).reshape(-1)  # yes, no, na
    got = np.where(applicable, yes * pts, np.nan)
    answers = pa.table({
        "scorecard_id": repeat(card_id, q), "call_id": repeat(strings(batch.call_id), q),
        "section_id": tile([x.section_id for x in FORM], n),
        "question_id": tile([x.question_id for x in FORM], n),
        "answer": pick(("yes", "no", "na"), answer),
        "points": pa.array(got.reshape(-1), pa.float64(), from_pandas=True),
        "max_points": pa.array(np.where(applicable, pts, np.nan).reshape(-1), pa.float64(),
                               from_pandas=True),
        "confidence": np.round(0.75 + 0.25 * np.tile(np.linspace(0.2, 1.0, q), n), 3),
        "auto_fail": np.tile([x.auto_fail for x in FORM], n) & (answer == 1),
        "evidence_json": const("[]", n * q)})
    return {"scorecards": cards, "scorecard_answers": answers}


def compliance(options: SynthOptions, centre: Centre, batch: CallBatch, yes: np.ndarray,
               rng: np.random.Generator) -> pa.Table:
    """One row per call and applicable rule (evidence rank 0 on a pass, none on a fail)."""
    parts = []
    qindex = {x.question_id: j for j, x in enumerate(FORM)}
    weak = batch.agent == centre.weak_agent if centre.weak_agent is not None else None
    for rule in RULES:
        mask = np.isin(batch.direction, rule.directions)
        m = int(mask.sum())
        if not m:
            continue
        if rule.question is not None:
            passed = yes[mask, qindex[rule.question]]
        else:
            p = np.full(m, rule.pass_rate)
            if weak is not None and rule.rule_id == options.weak_criterion:
                p = np.where(weak[mask], options.weak_pass_rate, p)
            passed = rng.random(m) < p
        parts.append(pa.table({
            "call_id": batch.call_id[mask], "rule_id": const(rule.rule_id, m),
            "file": const(rule.file, m), "file_sha256": const("synthetic", m),
            "status": pick(("pass", "fail"), ~passed), "severity": const("major", m),
            "weight": np.ones(m),
            "reason": pa.array(const("not found in the call", m), pa.string(), mask=passed),
            "evidence_rank": pa.array(np.zeros(m, np.int32), pa.int32(), mask=~passed),
            "seg_idx": pa.nulls(m, pa.int32()), "speaker": pa.nulls(m, pa.string()),
            "start_s": pa.nulls(m, pa.float64()), "end_s": pa.nulls(m, pa.float64()),
            "method": pa.array(const("exact", m), pa.string(), mask=~passed),
            "score": np.where(passed, 1.0, 0.0), "text": pa.nulls(m, pa.string()),
            "run_key": const(RULES_RUN_KEY, m)}, schema=COMPLIANCE_ROWS))
    return pa.concat_tables(parts)


def categories(batch: CallBatch, rng: np.random.Generator) -> pa.Table:
    """One or two call drivers per call, by queue."""
    n = len(batch.call_id)
    first = np.empty(n, dtype=object)
    uniform = np.full(len(DRIVERS), 1.0 / len(DRIVERS))
    for queue in np.unique(batch.queue):
        mask = batch.queue == queue
        weights = QUEUE_DRIVERS.get(str(queue))
        names = np.array(list(weights) if weights else DRIVERS)
        p = np.array(list(weights.values())) if weights else uniform
        first[mask] = rng.choice(names, int(mask.sum()), p=p / p.sum())
    second = np.array(DRIVERS)[rng.integers(0, len(DRIVERS), n)]
    two = (rng.random(n) < 0.3) & (second != first)
    ids = np.concatenate([batch.call_id, batch.call_id[two]])
    cats = np.concatenate([first.astype(str), second[two]])
    m = len(ids)
    return pa.table({"call_id": ids, "category": cats, "file": const("drivers", m),
                     "score": np.round(0.6 + 0.4 * rng.random(m), 3),
                     "run_key": const(RULES_RUN_KEY, m)}, schema=CATEGORY_ROWS)
