"""Call categories (drivers): billing, outage, refund, ... found with evidence.

A category file has the form of a rule file (``kind: categories``); a call gets every
category whose phrases (or semantic examples) match at least ``min_hits`` places.
Categories are found before rules, whose ``when.category`` depends on them. A category's
``exceptions`` excuse the hits they overlap (look-alikes: an ATM that kept the card is no
lost card, a login locked after wrong passwords is no outage).

With ``methods: [..., classifier]`` (the bundled call drivers) the per-item classifier is
asked about whole segments of the category's speaker, not the 10-word windows that script
rules also look at: a driver is what the customer's turn says, and a window cutting "I was
charged twice for my electricity bill and I'd like the extra payment refunded" reads like
a payment. A driver the classifier finds in one turn and no wording backs needs the turn
to be long enough and, per category, of an allowed sentiment (``classifier_alone``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from aqm.scoring.call_context import (
    ComplianceOptions,
    RuleContext,
    agent_names,
    bounds_of,
    call_language,
    evidence,
    speaker_segments,
)
from aqm.scoring.events import CallEvents, scope
from aqm.scoring.hits import Hit, best_places, not_overlapped
from aqm.scoring.matching import Encoder, Matcher
from aqm.scoring.results import CategoryHit, Evidence
from aqm.scoring.rules import Category, Matching, RulePack
from aqm.types import Transcript


def categorize(transcript: Transcript, pack: RulePack, context: RuleContext | None = None,
               *, matcher: Matcher | None = None, options: ComplianceOptions | None = None,
               encoder: Encoder | None = None) -> tuple[CategoryHit, ...]:
    """Every category of ``pack`` found in the call, in pack order, with evidence."""
    context = context or RuleContext()
    options = options or ComplianceOptions()
    matcher = matcher or Matcher(transcript, agent_names(context.metadata), encoder,
                      call_language(transcript, context.metadata))
    language = call_language(transcript, context.metadata)
    events = CallEvents(transcript, context.metrics, context.segment_sentiment)
    bounds = bounds_of(transcript)
    out: list[CategoryHit] = []
    for cat in pack.categories:
        phrases = cat.phrases.for_language(language)
        if phrases is None:
            continue
        sc = scope(cat.where, events)
        if not sc.applicable:
            continue
        examples = cat.examples.for_language(language) if cat.examples else None
        segs = speaker_segments(matcher, cat.speaker, sc, cat.where, bounds,
                                options.unknown_speaker_matches)
        hits = [h for h in _find(matcher, phrases, cat.matching, segs, examples)
                if sc.contains(h.start_s, h.end_s, cat.where, bounds)]
        if hits and cat.exceptions is not None:
            hits = _excused(matcher, cat.exceptions.for_language(language), cat.matching, hits)
        if hits and not _alone_enough(matcher, cat, hits, context.segment_sentiment,
                                      language):
            continue
        if len(hits) >= cat.min_hits:
            ev: list[Evidence] = [evidence(h) for h in hits][:options.max_evidence]
            out.append(CategoryHit(category=cat.id, file=cat.file,
                                   score=max(h.score for h in hits), evidence=tuple(ev)))
    return tuple(out)


def _alone_enough(matcher: Matcher, cat: Category, hits: list[Hit],
                  sentiment: Sequence[str | None] | None, language: str) -> bool:
    """Whether ``hits`` are enough for ``cat``: any wording is; the classifier alone, in one
    turn, needs the turn to have ``alone_min_words`` words ("right fair enough" is no
    complaint, "flat 3, 22 Harbour Lane" read out for security no address change), a
    sentiment not in ``alone_not_sentiment`` and, when the category lists them, one of its
    ``alone_needs`` wordings ("my crew's wages haven't landed, to be exact about the
    figures" says nothing of a charge: no billing)."""
    segs = {h.segment_index for h in hits}
    if len(segs) > 1 or any(h.method != "classifier" for h in hits):
        return True
    (seg,) = segs
    if len(matcher.segment(seg).tokens) < cat.alone_min_words:
        return False
    label = sentiment[seg] if sentiment is not None and seg < len(sentiment) else None
    if label in cat.alone_not_sentiment:
        return False
    needs = cat.alone_needs.for_language(language) if cat.alone_needs is not None else None
    if not needs:
        return True
    exact = dataclasses.replace(cat.matching, methods=("exact",))
    return bool(matcher.find(needs, exact, [seg], merge=False))


def _excused(matcher: Matcher, wordings: Sequence[str] | None, matching: Matching,
             hits: list[Hit]) -> list[Hit]:
    """``hits`` less those an exception wording overlaps in the same segment (exact; tone
    marks as the category's matching says, since ASR drops them). A classifier hit is the
    whole segment, so any exception in it excuses it."""
    if not wordings:
        return hits
    exact = dataclasses.replace(matching, methods=("exact",))
    # every place an exception matched, unmerged (as rules' exceptions): merged, a shorter
    # overlapping wording could stand in for the one that reaches the hit
    found = matcher.find(wordings, exact, sorted({h.segment_index for h in hits}), merge=False)
    return not_overlapped(hits, found)


def _find(matcher: Matcher, phrases: Sequence[str], matching: Matching, segs: list[int],
          examples: Sequence[str] | None) -> list[Hit]:
    """Phrase (and semantic) matches as ``Matcher.find`` gives them; classifier matches of
    whole segments only."""
    if "classifier" not in matching.methods:
        return matcher.find(phrases, matching, segs, examples)
    text = dataclasses.replace(matching, methods=tuple(
        m for m in matching.methods if m != "classifier"))
    hits = matcher.find(phrases, text, segs, examples) if text.methods else []
    whole = matcher.meaning.classifier_hits(matching, set(segs), 0.0, whole=True)
    return best_places(hits + whole)
