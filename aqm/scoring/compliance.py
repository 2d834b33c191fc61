"""Check a call against a rule pack: pass / fail / not_applicable per rule, with evidence.

    pack = load_pack()                       # scorecards/rules + scorecards/categories
    result = check_compliance(transcript, pack, RuleContext(metadata, metrics, sentiment))
    result.to_dict()   # the export's ``compliance``; result.categories_to_dict(): ``categories``
    result.to_rows()   # flat ComplianceHit rows for the store

Categories are found first (``categorize``) and feed the rules' ``when.category``. Rules
of a file are checked top to bottom, so ``when.passed`` and ``order`` see the rules above
them. The work happens when called; a call is small (milliseconds without semantic rules).
A required rule that also matches by meaning (semantic, classifier) embeds the call's
speech only when its exact and fuzzy wordings are not found (the status is the same; the
evidence then has no semantic or classifier score).
"""

from __future__ import annotations

import dataclasses
import fnmatch
from collections.abc import Sequence

from aqm.scoring.call_context import (
    ComplianceOptions,
    RuleContext,
    agent_names,
    bounds_of,
    call_language,
    compliance_lineage,
    evidence,
    speaker_segments,
)
from aqm.scoring.categories import categorize
from aqm.scoring.confirm_frame import opening_clause
from aqm.scoring.events import CallEvents, Scope, scope
from aqm.scoring.hits import best_places, not_overlapped
from aqm.scoring.matching import Encoder, Hit, Matcher
from aqm.scoring.order_answer import answer_before
from aqm.scoring.results import (
    CategoryHit,
    ComplianceResult,
    Evidence,
    RuleResult,
    Status,
)
from aqm.scoring.rules import MEANING_METHODS, Rule, RulePack, Window
from aqm.scoring.text import fold
from aqm.types import Transcript


def check_compliance(transcript: Transcript, pack: RulePack,
                     context: RuleContext = RuleContext(),
                     options: ComplianceOptions = ComplianceOptions(),
                     encoder: Encoder | None = None) -> ComplianceResult:
    """Every rule of ``pack`` on one call. ``encoder`` replaces ``aqm.embeddings.encode``
    for semantic matching (tests, other models)."""
    matcher = Matcher(transcript, agent_names(context.metadata), encoder,
                      call_language(transcript, context.metadata))
    cats: tuple[CategoryHit, ...] = ()
    if context.categories is None:
        cats = categorize(transcript, pack, context, matcher=matcher, options=options)
        found = {c.category for c in cats}
    else:
        found = set(context.categories)
    checker = _Checker(transcript, matcher, context, found, options,
                       frozenset((r.file, ref) for r in pack.rules if r.kind == "order"
                                 for ref in (r.first, r.then) if ref))
    results = [checker.check(rule) for rule in pack.rules]
    return ComplianceResult(results=tuple(results), categories=cats,
                            language=call_language(transcript, context.metadata),
                            files=pack.files, lineage=compliance_lineage(pack, options))


class _Checker:
    def __init__(self, transcript: Transcript, matcher: Matcher, context: RuleContext,
                 categories: set[str], options: ComplianceOptions,
                 ordered: frozenset[tuple[str, str]] = frozenset()) -> None:
        self.transcript, self.matcher, self.context = transcript, matcher, context
        self.ordered = ordered  # rules an order rule reads: their first place matters
        self.categories, self.options = categories, options
        self.language = call_language(transcript, context.metadata)
        self.events = CallEvents(transcript, context.metrics, context.segment_sentiment)
        self.bounds = bounds_of(transcript)
        self.done: dict[tuple[str, str], tuple[RuleResult, list[Hit]]] = {}
        self.rules: dict[tuple[str, str], Rule] = {}
        self.late: dict[tuple[str, str], bool] = {}

    def check(self, rule: Rule) -> RuleResult:
        hits: list[Hit] = []
        reason = self._not_applicable(rule)
        if reason:
            result = self._result(rule, "not_applicable", reason)
        elif rule.kind == "order":
            result = self._order(rule)
        elif rule.kind == "metric":
            result = self._metric(rule)
        else:
            result, hits = self._phrases(rule)
        late = [ref for ref in rule.when.said or () if self._late(rule.file, ref)]
        if late and result.status == "fail":  # asked after a late notice counts; not
            # asking is not held against the agent twice (the notice already failed)
            result = self._result(rule, "not_applicable", f"{late[0]} said late; not found")
            hits = []
        self.done[(rule.file, rule.id)] = (result, hits)
        self.rules[(rule.file, rule.id)] = rule
        return result

    def _result(self, rule: Rule, status: Status, reason: str,
                ev: Sequence[Evidence] = ()) -> RuleResult:
        return RuleResult(rule_id=rule.id, file=rule.file, kind=rule.kind,
                          severity=rule.severity, weight=rule.weight, status=status,
                          reason=reason, evidence=tuple(ev)[:self.options.max_evidence])

    def _not_applicable(self, rule: Rule) -> str:
        w, meta = rule.when, self.context.metadata
        if w.languages is not None and self.language not in w.languages:
            return f"call language {self.language or 'unknown'} not in {list(w.languages)}"
        if w.directions is not None and meta.direction not in w.directions:
            return f"direction {meta.direction} not in {list(w.directions)}"
        if w.queues is not None and not any(
                fnmatch.fnmatchcase((meta.queue or "").lower(), q.lower()) for q in w.queues):
            return f"queue {meta.queue or 'unknown'} not in {list(w.queues)}"
        if w.categories is not None and not self.categories & set(w.categories):
            return f"none of categories {list(w.categories)} found"
        if w.not_categories is not None and self.categories & set(w.not_categories):
            return f"category {sorted(self.categories & set(w.not_categories))[0]} found"
        for ref in w.passed or ():
            prev = self.done.get((rule.file, ref))
            if prev is None or prev[0].status != "pass":
                return f"{ref} did not pass"
        for ref in w.said or ():
            if not (self._passed(rule.file, ref) or self._late(rule.file, ref)):
                return f"{ref} was not said"
        if rule.phrases is not None and rule.phrases.for_language(self.language) is None:
            return f"no wording for language {self.language or 'unknown'}"
        return ""

    def _passed(self, file: str, ref: str) -> bool:
        prev = self.done.get((file, ref))
        return prev is not None and prev[0].status == "pass"

    def _late(self, file: str, ref: str) -> bool:
        """Whether rule ``ref`` (checked above) failed in its window but its wording was
        said outside it (a recording notice given late)."""
        prev = self.done.get((file, ref))
        if prev is None or prev[0].status != "fail":
            return False
        if (file, ref) not in self.late:
            earlier = self.rules[(file, ref)]
            self.late[(file, ref)] = earlier.phrases is not None and self._phrases(
                dataclasses.replace(earlier, where=Window()))[0].status == "pass"
        return self.late[(file, ref)]

    def _phrases(self, rule: Rule) -> tuple[RuleResult, list[Hit]]:
        assert rule.phrases is not None
        sc = scope(rule.where, self.events)
        if not sc.applicable:
            return self._result(rule, "not_applicable", sc.reason), []
        phrases = rule.phrases.for_language(self.language) or ()
        examples = rule.examples.for_language(self.language) if rule.examples else None
        counter = rule.counter_examples.for_language(self.language) \
            if rule.counter_examples else None
        segs = speaker_segments(self.matcher, rule.speaker, sc, rule.where, self.bounds,
                                self.options.unknown_speaker_matches)
        methods = rule.matching.methods
        hits: list[Hit] = []
        text_methods = tuple(m for m in methods if m not in MEANING_METHODS)
        if rule.kind == "required" and text_methods and len(text_methods) < len(methods):
            # the wording found: no need to embed the call's speech for this rule
            text_only = dataclasses.replace(rule.matching, methods=text_methods)
            hits = [h for h in self.matcher.find(phrases, text_only, segs)
                    if sc.contains(h.start_s, h.end_s, rule.where, self.bounds)]
            if hits and rule.exceptions is not None:  # only excused wordings: still ask
                hits = self._excused(rule, hits)  # the meaning methods below
            hits = self._not_denied(rule, hits)
            if hits and (rule.file, rule.id) in self.ordered:
                # an order rule reads the first place: a meaning match may come before the
                # first wording found (its segment included)
                early = [i for i in segs if i <= hits[0].segment_index]
                hits = best_places(hits + self._found(rule, phrases, early, examples,
                                                      counter, sc))
        if not hits:
            hits = self._found(rule, phrases, segs, examples, counter, sc)
        if rule.strict_phrases is not None:
            hits = self._with_strict(rule, hits, segs, sc)
        if hits and rule.exceptions is not None:
            hits = self._excused(rule, hits)
        if hits and rule.not_on:
            hits = self._not_restated(rule, hits)
        ev = [evidence(h) for h in hits]
        where = _where_text(rule, sc)
        if rule.kind == "required":
            if hits:
                return self._result(rule, "pass", f"found{where}", ev), hits
            return self._result(rule, "fail", f"not found{where}"), hits
        if hits:
            return self._result(rule, "fail", f"forbidden wording{where}", ev), hits
        return self._result(rule, "pass", f"none{where}"), hits

    def _found(self, rule: Rule, phrases: Sequence[str], segs: list[int],
               examples: Sequence[str] | None, counter: Sequence[str] | None,
               sc: Scope) -> list[Hit]:
        """Matches of ``rule`` by all its methods in ``segs``, inside its scope. A required
        rule's exceptions are taken out before overlapping matches are merged: a meaning
        match over the whole of "so your pension hasn't arrived, could you confirm your
        postcode" is excused, the restatement before the excused words still counts."""
        excuse = rule.kind == "required" and rule.exceptions is not None
        found = self.matcher.find(phrases, rule.matching, segs, examples,
                                  counter_examples=counter, merge=not excuse)
        if excuse and found:
            found = best_places(self._excused(rule, found))
        return [h for h in self._not_denied(rule, found)
                if sc.contains(h.start_s, h.end_s, rule.where, self.bounds)]

    def _not_denied(self, rule: Rule, hits: list[Hit]) -> list[Hit]:
        """A restatement rule's ``hits`` less those the customer turned down."""
        if "restate" not in rule.matching.methods:
            return hits
        return [h for h in hits if not self.matcher.denied(h.segment_index)]

    def _with_strict(self, rule: Rule, hits: list[Hit], segs: list[int],
                     sc: Scope) -> list[Hit]:
        """``hits`` and the matches of ``rule.strict_phrases`` (its exact and fuzzy
        matching with tone marks kept: "đéo" is found, "đeo" is not)."""
        assert rule.strict_phrases is not None
        wordings = rule.strict_phrases.for_language(self.language)
        if not wordings:
            return hits
        methods = tuple(m for m in rule.matching.methods if m in ("exact", "fuzzy"))
        strict = dataclasses.replace(rule.matching, methods=methods or ("exact",),
                                     fold_diacritics=False)
        found = [h for h in self.matcher.find(wordings, strict, segs)
                 if sc.contains(h.start_s, h.end_s, rule.where, self.bounds)]
        return best_places(hits + found) if found else hits

    def _not_restated(self, rule: Rule, hits: list[Hit]) -> list[Hit]:
        """``hits`` less meaning matches that start on the opening clause of a restatement
        of the customer's problem found by a rule of ``rule.not_on``."""
        clauses = []
        for ref in rule.not_on:
            for r in self.done.get((rule.file, ref), (None, []))[1]:
                if r.method in ("frame", "restate"):
                    seg = self.matcher.segment(r.segment_index)
                    end = r.token_start + opening_clause(seg.tokens[r.token_start:],
                                                         seg.folded[r.token_start:],
                                                         self.language)
                    clauses.append((r.segment_index, r.token_start, min(end, r.token_end)))
        return [h for h in hits if h.method not in MEANING_METHODS or not any(
            s == h.segment_index and a <= h.token_start < b for s, a, b in clauses)]

    def _excused(self, rule: Rule, hits: list[Hit]) -> list[Hit]:
        """``hits`` less those an exception wording overlaps in the same segment (exact; a
        wording with tone marks keeps them: "đồ ngủ" excuses "đồ ngu", "do ngu" does not; one
        written without any matches with or without them: "khong xu ly duoc" excuses
        "không xử lý được")."""
        assert rule.exceptions is not None
        wordings = rule.exceptions.for_language(self.language)
        if not wordings:
            return hits
        segs = sorted({h.segment_index for h in hits})
        found = []
        for toneless in (False, True):
            group = [w for w in wordings if (fold(w) == w.lower()) == toneless]
            if group:
                exact = dataclasses.replace(rule.matching, methods=("exact",),
                                            fold_diacritics=toneless)
                found += self.matcher.find(group, exact, segs, merge=False)
        return not_overlapped(hits, found)

    def _order(self, rule: Rule) -> RuleResult:
        assert rule.first is not None and rule.then is not None
        first = self.done.get((rule.file, rule.first))
        then = self.done.get((rule.file, rule.then))
        for ref, got in ((rule.first, first), (rule.then, then)):
            if got is None or got[0].status != "pass" or not got[1]:
                return self._result(rule, "not_applicable", f"{ref} not found")
        assert first is not None and then is not None
        a, b = first[1][0], then[1][0]
        if rule.answer_first is not None:
            b = self._answer_first(rule, a) or b
        ev = [evidence(a), evidence(b)]
        if self._before(a, b, self.rules[(rule.file, rule.then)]):
            return self._result(rule, "pass", f"{rule.first} at {a.start_s:.1f} s before "
                                              f"{rule.then} at {b.start_s:.1f} s", ev)
        return self._result(rule, "fail", f"{rule.then} at {b.start_s:.1f} s before "
                                          f"{rule.first} at {a.start_s:.1f} s", ev)

    def _answer_first(self, rule: Rule, a: Hit) -> Hit | None:
        """The agent's answer to the caller's opening question before ``a``, if any."""
        assert rule.answer_first is not None
        blockers = [h for ref in rule.answer_first.unless
                    for h in self.done.get((rule.file, ref), (None, []))[1]]
        return answer_before(self.matcher.segments, a, self.language,
                             rule.answer_first.min_words, blockers)

    def _before(self, a: Hit, b: Hit, b_rule: Rule) -> bool:
        """Whether hit ``a`` comes before hit ``b`` (``_before``), except where a classifier
        match ``b`` covers ``a``'s start in the same segment and its words before ``a`` (at
        least three) are on their own its item: "your refund landed this morning ... and
        good afternoon to you" is a resolution before the greeting."""
        if (b.method == "classifier" and a.segment_index == b.segment_index
                and a.token_start - b.token_start >= 3 and a.token_start < b.token_end
                and self.matcher.meaning.span_probability(
                    b_rule.matching, b.segment_index, b.token_start, a.token_start)
                >= b_rule.matching.classifier_threshold_for(self.language)):
            return False
        return _before(a, b)

    def _metric(self, rule: Rule) -> RuleResult:
        assert rule.metric is not None
        m = rule.metric
        found = self.events.get(f"{m.by}_{m.event}")
        if found is None:
            return self._result(rule, "not_applicable",
                                f"{m.by} {m.event}s unknown (needs speaker-separated metrics)")
        sc = scope(rule.where, self.events)
        if not sc.applicable:
            return self._result(rule, "not_applicable", sc.reason)
        inside = [e for e in found if sc.contains(e.start_s, e.end_s, rule.where, self.bounds)]
        ev = [Evidence(segment_index=e.segment_index, speaker=e.speaker, start_s=e.start_s,
                       end_s=e.end_s, text="", method="metric", score=e.value)
              for e in inside]
        where = _where_text(rule, sc)
        if len(inside) > m.max_count:
            return self._result(rule, "fail", f"{len(inside)} {m.by} {m.event}s{where}", ev)
        return self._result(rule, "pass", f"{len(inside)} {m.by} {m.event}s{where}", ev)


def _where_text(rule: Rule, sc: Scope) -> str:
    w = rule.where
    if w.first_s is not None:
        return f" in the first {w.first_s:g} s"
    if w.last_s is not None:
        return f" in the last {w.last_s:g} s"
    if w.after is not None:
        edge = " start" if w.after.counted_from == "start" else ""
        return f" within {w.after.within_s:g} s after {w.after.occurrence} {w.after.event}{edge}"
    return ""


def _before(a: Hit, b: Hit) -> bool:
    """Whether hit ``a`` comes before hit ``b``. Where ``b``'s span covers ``a``'s start in
    the same segment (a meaning match is timed by its whole window, e.g. "thanks for calling,
    goodbye" matched as a goodbye from its first word), the spans' ends decide."""
    if (a.segment_index == b.segment_index
            and b.token_start <= a.token_start < b.token_end):
        return a.token_end < b.token_end
    return (a.start_s, a.segment_index, a.token_start) < (b.start_s, b.segment_index,
                                                          b.token_start)
