"""Find a rule's phrases in a transcript: normalised exact and fuzzy matching, and (through
``aqm.scoring.meaning``) semantic and classifier matching.

All work on word windows of a segment, so a match never starts or ends inside a word
(``bye`` is not found in ``maybe``) and has times from the words it covers.

* exact: the window's letters equal the phrase's, spaces ignored (``good bye`` is
  ``goodbye``), case, punctuation and apostrophes ignored, tone marks too unless strict.
* fuzzy: rapidfuzz ``ratio`` of window and phrase (spaces ignored) at or over the rule's
  threshold; ``partial_ratio`` of the phrase against the whole segment filters first.
* semantic: cosine similarity of sentence embeddings (``aqm.embeddings``) between the
  rule's examples and the segment and its 10-word windows, at or over the threshold.
* classifier: the per-item classifier's probability (``aqm.scoring.items``) of the rule's
  item on the same stretches, at or over the threshold.
* sounds: the wording said so that it sounds right but is written wrong (a mis-heard brand
  name; ``aqm.scoring.sounds``).
* name / restate: evidence from the call itself (``aqm.scoring.context_match``): the agent
  says their own given name in an introduction frame; the agent restates the customer's
  earlier words (with a lower probability of the rule's classifier item) or, evidence
  ``frame`` (``aqm.scoring.confirm_frame``), in the form of a confirmation or as the direct
  reply to the customer.

``*`` in a phrase stands for one to three words (``* *`` two to six); ``{agent}`` for the
agent's name (from the call's metadata; when unknown, one or two words that are not common
words).
The work happens on demand and is cached per transcript (one ``Matcher`` per call).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from rapidfuzz import fuzz

from aqm.scoring.confirm_frame import frame_hits, parrots
from aqm.scoring.confirmed_reply import confirmed_hits
from aqm.scoring.context_match import (
    RESTATE_MIN_PROBABILITY,
    RESTATE_RIVALS,
    name_hits,
    restate_hits,
)
from aqm.scoring.denial import denied
from aqm.scoring.hits import Hit, best_places, make_hit
from aqm.scoring.meaning import (
    AGENT_SLOT,
    SEMANTIC_STRIDE_WORDS,
    SEMANTIC_WINDOW_WORDS,
    Encoder,
    Meaning,
)
from aqm.scoring.patterns import (
    Chunk,
    Mode,
    Pattern,
    compile_phrase,
    name_like,
    same_split,
    tokens_agree,
)
from aqm.scoring.rules import Matching
from aqm.scoring.sounds import sounds_hits
from aqm.scoring.text import (
    NAME_SLOT,
    SegmentTokens,
    SegmentView,
    phonetic,
    segment_tokens,
    without_words,
)
from aqm.types import Transcript

MAX_WILDCARD_WORDS = 3  # ``*`` covers one to this many words
PREFILTER_SLACK = 8.0  # partial_ratio may sit this far under the threshold and still be tried
MIN_FUZZY_CHARS = 7  # shorter wordings match exactly only ("bye" is not "by")

__all__ = ["AGENT_SLOT", "SEMANTIC_STRIDE_WORDS", "SEMANTIC_WINDOW_WORDS", "Encoder", "Hit",
           "Matcher"]


class Matcher:
    """Matches phrases against one transcript; caches tokens, windows and embeddings.

    ``language`` is the call's: Vietnamese fuzzy matching compares syllables in their
    ``phon`` form (see ``aqm.scoring.text.phonetic``)."""

    def __init__(self, transcript: Transcript, agent_names: Sequence[str] = (),
                 encoder: Encoder | None = None, language: str = "") -> None:
        self.segments = tuple(segment_tokens(i, s) for i, s in enumerate(transcript.segments))
        self.agent_names = tuple(agent_names)
        self.language = language or transcript.language
        self._forms: dict[tuple[int, str], tuple[str, ...]] = {}
        self._compact: dict[tuple[int, str], str] = {}
        self._patterns: dict[tuple[str, Mode], tuple[Pattern, ...]] = {}
        self._views: dict[tuple[int, frozenset[str]], SegmentView | None] = {}
        self._denials: dict[int, bool] = {}
        self.meaning = Meaning(self.segments, tuple(s.text for s in transcript.segments),
                               encoder, self.language)

    # --- exact and fuzzy -------------------------------------------------------------

    def _toks(self, seg: SegmentTokens, mode: str) -> tuple[str, ...]:
        key = (id(seg), mode)  # a segment or a view of it (``_view``, kept in ``_views``)
        if key not in self._forms:
            self._forms[key] = seg.tokens if mode == "raw" else seg.folded if mode == "fold" \
                else tuple(phonetic(t) for t in seg.folded)
            self._compact[key] = "".join(self._forms[key])
        return self._forms[key]

    def _seg_compact(self, seg: SegmentTokens, mode: str) -> str:
        got = self._compact.get((id(seg), mode))
        if got is None:
            self._toks(seg, mode)
            got = self._compact[(id(seg), mode)]
        return got

    def _view(self, seg: SegmentTokens, skip: frozenset[str]) -> SegmentView | None:
        """``without_words(seg, skip)``, worked out once per segment."""
        key = (seg.index, skip)
        if key not in self._views:
            self._views[key] = without_words(seg, skip)
        return self._views[key]

    def patterns(self, phrase: str, mode: Mode) -> tuple[Pattern, ...]:
        """Compiled forms of ``phrase``; ``{agent}`` gives one per name (``@name`` when the
        name is unknown)."""
        key = (phrase, mode)
        if key not in self._patterns:
            texts = [phrase]
            if AGENT_SLOT in phrase and self.agent_names:
                texts = [phrase.replace(AGENT_SLOT, n) for n in self.agent_names]
            compiled = (compile_phrase(t, mode) for t in texts)
            self._patterns[key] = tuple(p for p in compiled if p is not None)
        return self._patterns[key]

    def _chunk_hits(self, chunk: Chunk, seg: SegmentTokens, mode: Mode, fuzzy: bool,
                    floor: float) -> list[tuple[int, int, float, bool]]:
        """(start, end, score 0-100, exact) of word windows that match ``chunk``."""
        ecompact = self._seg_compact(seg, mode.exact)  # cheap tests first: most chunks
        fuzzy = fuzzy and len(chunk.exact_compact) >= MIN_FUZZY_CHARS  # are not there
        if not fuzzy:
            if chunk.exact_compact not in ecompact:
                return []
        elif fuzz.partial_ratio(chunk.exact_compact, ecompact,
                                score_cutoff=floor - PREFILTER_SLACK) == 0 and (
                mode.fuzzy == mode.exact or fuzz.partial_ratio(
                    chunk.compact, self._seg_compact(seg, mode.fuzzy),
                    score_cutoff=floor - PREFILTER_SLACK) == 0):
            return []
        etoks = self._toks(seg, mode.exact)
        ftoks = self._toks(seg, mode.fuzzy)
        n = len(etoks)
        out: list[tuple[int, int, float, bool]] = []
        lo, hi = len(chunk.exact_compact) * 0.6, len(chunk.exact_compact) * 1.6
        word_level = mode.fuzzy == "phon"
        for length in range(max(1, chunk.ntok - 1), chunk.ntok + 3):
            for i in range(0, n - length + 1):
                window = etoks[i:i + length]
                if "".join(window) == chunk.exact_compact and same_split(window, chunk.exact):
                    out.append((i, i + length, 100.0, True))
                    continue
                if not fuzzy:
                    continue
                joined = "".join(window)
                if lo <= len(joined) <= hi:
                    fwin = ftoks[i:i + length]
                    score = fuzz.ratio(chunk.exact_compact, joined, score_cutoff=floor)
                    if word_level:  # Vietnamese: confusable initials count as equal too
                        score = max(score, fuzz.ratio(chunk.compact, "".join(fwin),
                                                      score_cutoff=floor))
                    if score and tokens_agree(chunk, fwin, word_level):
                        out.append((i, i + length, float(score), False))
        return out

    def _pattern_hits(self, pat: Pattern, seg: SegmentTokens, mode: Mode, fuzzy: bool,
                      floor: float) -> list[tuple[int, int, float, bool]]:
        """(start, end, score 0-100, exact) of whole-pattern matches in ``seg``."""
        toks = seg.tokens
        n = len(toks)
        per_chunk = []
        for chunk in pat.chunks:
            hits = self._chunk_hits(chunk, seg, mode, fuzzy, floor)
            if not hits:
                return []
            per_chunk.append(hits)
        weights = [len(c.exact_compact) for c in pat.chunks]
        lead = pat.gaps[0]
        # partial: (first start, end, weighted score sum, all exact)
        partial = [(s, e, sc * weights[0], ex) for s, e, sc, ex in per_chunk[0]
                   if not lead or (s >= 1 and (lead != NAME_SLOT or name_like(toks[s - 1])))]
        for k in range(1, len(pat.chunks)):
            gap = pat.gaps[k]
            least, most = (1, 2) if gap == NAME_SLOT else (len(gap),
                                                           MAX_WILDCARD_WORDS * len(gap))
            nxt = []
            for s0, e0, total, ex0 in partial:
                for s, e, sc, ex in per_chunk[k]:
                    if least <= s - e0 <= most and (gap != NAME_SLOT or all(
                            name_like(t) for t in toks[e0:s])):
                        nxt.append((s0, e, total + sc * weights[k], ex0 and ex))
            partial = nxt
        out = []
        trail = pat.gaps[len(pat.chunks)]
        for s, e, total, ex in partial:
            if trail:
                if e >= n or (trail == NAME_SLOT and not name_like(toks[e])):
                    continue
                e += 1  # the word the wildcard stands for (a name, usually)
            if lead:
                s -= 1
            out.append((s, e, total / sum(weights), ex))
        return out

    # --- the public part -------------------------------------------------------------

    def find(self, phrases: Sequence[str], matching: Matching, segments: Iterable[int],
             examples: Sequence[str] | None = None, margin: float = 0.0,
             counter_examples: Sequence[str] | None = None, merge: bool = True
             ) -> list[Hit]:
        """Every match of ``phrases`` (any wording) in ``segments``, best first per place;
        overlapping matches in a segment are merged to the best (all of them, unmerged, when
        not ``merge``). ``margin`` (0-1) lowers
        the thresholds to show near misses (``explain``). Semantic matching compares with
        ``examples`` (default: the phrases); a stretch of speech closer to one of
        ``counter_examples`` than to every example does not match. Classifier matching
        asks the per-item classifier about the rule's ``classifier_item``."""
        allowed = set(segments)
        mode = Mode.of(matching.fold_diacritics, self.language)
        fuzzy = "fuzzy" in matching.methods
        floor = max(1.0, matching.fuzzy_threshold - 100 * margin) if fuzzy else 100.0
        text_methods = "exact" in matching.methods or fuzzy
        skip = matching.skip_words_for(self.language)
        hits: list[Hit] = []
        compiled = [(phrase, self.patterns(phrase, mode)) for phrase in phrases] \
            if text_methods else []
        for seg in self.segments:
            if seg.index not in allowed or not seg.tokens:
                continue
            if text_methods:
                view = self._view(seg, skip) if skip else None
                for phrase, pats in compiled:
                    for pat in pats:
                        places = self._pattern_hits(pat, seg, mode, fuzzy, floor)
                        if view is not None:  # also with the skipped words left out
                            places += [(view.keep[s], view.keep[e - 1] + 1, sc, exact)
                                       for s, e, sc, exact in self._pattern_hits(
                                           pat, view.seg, mode, fuzzy, floor)]
                        for s, e, sc, exact in places:
                            if exact and "exact" in matching.methods:
                                method, score = "exact", 1.0
                            elif fuzzy:
                                method, score = "fuzzy", round(sc / 100, 4)
                            else:
                                continue
                            hits.append(make_hit(seg, s, e, phrase, method, score))
        if "semantic" in matching.methods:
            hits += self.meaning.semantic_hits(list(examples or phrases), matching, allowed,
                                               margin, list(counter_examples or ()))
        if "classifier" in matching.methods:
            hits += self.meaning.classifier_hits(matching, allowed, margin)
        if "sounds" in matching.methods:
            hits += sounds_hits(self.segments, allowed, phrases, self.language)
        if "name" in matching.methods:
            hits += name_hits(self.segments, allowed, self.agent_names, self.language)
        if "restate" in matching.methods:
            hits += restate_hits(self.segments,
                                 self.meaning.rival_probabilities(matching, allowed,
                                                                  RESTATE_RIVALS),
                                 self.language, RESTATE_MIN_PROBABILITY - margin)
            hits += frame_hits(self.segments, allowed, self.language)
            hits += confirmed_hits(self.segments, allowed, self.language)
            hits = self._not_parroted(hits)
        return best_places(hits) if merge else hits

    def _not_parroted(self, hits: list[Hit]) -> list[Hit]:
        """``hits`` less meaning matches in (or on) words that read the customer's own words
        back (a restatement is in the agent's own words)."""
        place = {seg.index: k for k, seg in enumerate(self.segments)}
        whole: dict[int, bool] = {}
        out = []
        for h in hits:
            if h.method in ("restate", "frame", "classifier"):
                k = place[h.segment_index]
                seg, before = self.segments[k], self.segments[:k]
                if k not in whole:
                    whole[k] = parrots(seg.tokens, seg.folded, before, self.language)
                if whole[k] or parrots(seg.tokens[h.token_start:h.token_end],
                                       seg.folded[h.token_start:h.token_end], before,
                                       self.language):
                    continue
            out.append(h)
        return out

    def denied(self, index: int) -> bool:
        """Whether the customer turned down what segment ``index`` said (``denial``: a
        restatement they refuse confirms nothing)."""
        if index not in self._denials:
            k = next(k for k, s in enumerate(self.segments) if s.index == index)
            self._denials[index] = denied(self.segments, k, self.language)
        return self._denials[index]

    def segment(self, index: int) -> SegmentTokens:
        return self.segments[index]

