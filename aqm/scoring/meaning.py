"""Match script items by meaning: sentence-embedding similarity to a rule's examples
(``semantic``) or the per-item classifier (``classifier``, ``aqm.scoring.items``).

Both look at the same stretches of speech: each segment and, in long segments, 10-word
windows every 5 words. A stretch is embedded (``aqm.embeddings``, cached per text, so what
the sentiment stage embedded is reused) the first time a rule looks at its segment; the
classifier's probabilities of every item are computed once per stretch.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import numpy as np

from aqm.scoring.hits import Hit, make_hit
from aqm.scoring.text import SegmentTokens, fold

if TYPE_CHECKING:
    from aqm.scoring.rules import Matching

SEMANTIC_WINDOW_WORDS = 10
SEMANTIC_STRIDE_WORDS = 5
AGENT_SLOT = "{agent}"

Encoder = Callable[[Sequence[str]], np.ndarray]
Unit = tuple[int, int, int]  # (segment, first word, end word)


SENTENCE_MIN_WORDS = 3


def sentences(seg: SegmentTokens) -> list[tuple[int, int]]:
    """(first word, end word) of each sentence of a segment written with sentence marks
    (none without them: ASR output often has none), of ``SENTENCE_MIN_WORDS`` or more: a
    blaming line after a polite answer ("We've blocked the card. Well, you gave them the
    details yourself.") is asked about on its own, not diluted by the answer."""
    n = len(seg.tokens)
    cuts = seg.sentence_starts()
    bounds = [0, *cuts, n]
    return [(a, b) for a, b in zip(bounds, bounds[1:], strict=False)
            if len(cuts) and b - a >= SENTENCE_MIN_WORDS]


class Meaning:
    """Embeddings and item probabilities of one transcript's stretches of speech."""

    def __init__(self, segments: Sequence[SegmentTokens], texts: Sequence[str],
                 encoder: Encoder | None, language: str) -> None:
        self.segments, self.texts = segments, texts
        self.language = language
        self._encoder = encoder
        self._units: list[Unit] | None = None
        self._fine_from = 0  # units from here on are the fine ones (sentences, last window)
        self._unit_vectors: dict[int, np.ndarray] = {}  # unit index -> vector
        # classifier file -> unit index -> probabilities of its items
        self._unit_items: dict[str, dict[int, np.ndarray]] = {}
        self._example_vectors: dict[str, np.ndarray] = {}

    def units(self) -> list[Unit]:
        """Whole segments and the 10-word windows of long ones, then the fine units (which
        only the conduct classifier reads): each segment's last window and sentences."""
        if self._units is None:
            units, fine = [], []
            for seg in self.segments:
                n = len(seg.tokens)
                if n == 0:
                    continue
                units.append((seg.index, 0, n))
                spans: list[tuple[int, int]] = []
                windows: list[tuple[int, int]] = []
                if n > SEMANTIC_WINDOW_WORDS + 2:
                    windows = [(i, i + SEMANTIC_WINDOW_WORDS) for i in
                               range(0, n - SEMANTIC_WINDOW_WORDS + 1, SEMANTIC_STRIDE_WORDS)]
                    units += [(seg.index, i, j) for i, j in windows]
                    spans.append((n - SEMANTIC_WINDOW_WORDS, n))  # the segment's last words
                spans += sentences(seg)
                fine += [(seg.index, i, j) for i, j in dict.fromkeys(spans)
                         if (i, j) != (0, n) and (i, j) not in windows]
            self._units, self._fine_from = units + fine, len(units)
        return self._units

    def _encode(self, texts: Sequence[str]) -> np.ndarray:
        if self._encoder is None:
            from aqm.embeddings import encode

            self._encoder = encode
        return np.asarray(self._encoder(texts), dtype=np.float32)

    def unit_text(self, unit: Unit) -> str:
        s, i, j = unit
        if i == 0 and j == len(self.segments[s].tokens):
            return self.texts[s]  # the segment as sentiment and search embed it (cached)
        return self.segments[s].span_text(i, j)

    def _vectors(self, allowed: set[int], whole: bool = False,
                 fine: bool = False) -> list[tuple[int, Unit]]:
        """(unit index, unit) of the units in ``allowed`` segments, embedded (``whole``:
        whole segments only, no windows; ``fine``: sentences and last windows too)."""
        every = self.units()
        if not fine:
            every = every[:self._fine_from]
        units = [(k, u) for k, u in enumerate(every) if u[0] in allowed
                 and (not whole or (u[1] == 0 and u[2] == len(self.segments[u[0]].tokens)))]
        todo = [k for k, _ in units if k not in self._unit_vectors]
        if todo:
            vecs = self._encode([self.unit_text(self.units()[k]) for k in todo])
            self._unit_vectors.update(zip(todo, vecs, strict=True))
        return units

    # --- semantic --------------------------------------------------------------------

    def semantic_scores(self, examples: Sequence[str], allowed: set[int]
                        ) -> list[tuple[Unit, float]]:
        """(unit, best cosine against ``examples``) of the units in ``allowed`` segments."""
        if not examples:
            return []
        units = self._vectors(allowed)
        if not units:
            return []
        missing = [e for e in dict.fromkeys(examples) if e not in self._example_vectors]
        if missing:
            self._example_vectors.update(zip(missing, self._encode(missing), strict=True))
        ex = np.stack([self._example_vectors[e] for e in examples])
        mat = np.stack([self._unit_vectors[k] for k, _ in units])
        best = (mat @ ex.T).max(axis=1)
        return [(u, float(x)) for (_, u), x in zip(units, best, strict=True)]

    def example_forms(self, examples: Sequence[str], matching: Matching) -> list[str]:
        """Examples as embedded: without ``{agent}``; Vietnamese also without tone marks
        (ASR drops them) unless the rule is strict about them."""
        out = [" ".join(e.replace(AGENT_SLOT, "").split()) for e in examples]
        if self.language == "vi" and matching.fold_diacritics:
            out += [fold(e) for e in out if fold(e) != e]
        return out

    def semantic_hits(self, examples: list[str], matching: Matching, allowed: set[int],
                      margin: float, counter: list[str]) -> list[Hit]:
        examples, counter = (self.example_forms(e, matching) for e in (examples, counter))
        threshold = matching.semantic_threshold_for(self.language)
        against = dict(self.semantic_scores(counter, allowed)) if counter else {}
        out = []
        for unit, score in self.semantic_scores(examples, allowed):
            if score >= threshold - margin and score > against.get(unit, -1.0):
                s, i, j = unit
                out.append(make_hit(self.segments[s], i, j, "", "semantic",
                                    round(float(score), 4)))
        return out

    # --- classifier ------------------------------------------------------------------

    def item_probabilities(self, matching: Matching, allowed: set[int], whole: bool = False
                           ) -> list[tuple[Unit, float]]:
        """(unit, probability of the rule's classifier item) of the units in ``allowed``
        segments (``whole``: of whole segments only)."""
        column, probs = self._item_vectors(matching, allowed, whole)
        return [(u, float(p[column])) for u, p in probs]

    def _item_vectors(self, matching: Matching, allowed: set[int], whole: bool = False
                      ) -> tuple[int, list[tuple[Unit, np.ndarray]]]:
        """(the rule's item's column, (unit, probabilities of every item of the classifier
        that answers it)) of the units in ``allowed`` segments."""
        from aqm.scoring.items import CONDUCT_PATH, item_model, item_path

        model = item_model(matching.classifier_item)
        path = item_path(matching.classifier_item)
        cache = self._unit_items.setdefault(str(path), {})
        # the conduct classifier reads sentences too: a blaming line after a polite answer
        # ("We've blocked the card. Well, you gave them the details yourself.") is asked
        # about alone; the script items keep the units their thresholds were chosen on
        units = self._vectors(allowed, whole, fine=path == CONDUCT_PATH)
        todo = [(k, u) for k, u in units if k not in cache]
        if todo:
            probs = model.predict(np.stack([self._unit_vectors[k] for k, _ in todo]),
                                  [self.unit_text(u) for _, u in todo])
            cache.update(zip((k for k, _ in todo), probs, strict=True))
        return model.index(matching.classifier_item), [(u, cache[k]) for k, u in units]

    def span_probability(self, matching: Matching, segment: int, i: int, j: int) -> float:
        """Probability of the rule's classifier item for words ``i:j`` of ``segment`` (a
        stretch that is no unit: asked once, not cached)."""
        from aqm.scoring.items import item_model

        model = item_model(matching.classifier_item)
        text = self.segments[segment].span_text(i, j)
        probs = model.predict(self._encode([text]), [text])
        return float(probs[0][model.index(matching.classifier_item)])

    def rival_probabilities(self, matching: Matching, allowed: set[int],
                            rivals: Sequence[str]) -> list[tuple[Unit, float, float]]:
        """(unit, probability of the rule's item, highest probability of the ``rivals``
        items the same classifier has) of the units in ``allowed`` segments."""
        from aqm.scoring.items import item_model

        model = item_model(matching.classifier_item)
        columns = [model.items.index(r) for r in rivals
                   if r in model.items and r != matching.classifier_item]
        column, units = self._item_vectors(matching, allowed)
        return [(u, float(p[column]), max((float(p[c]) for c in columns), default=0.0))
                for u, p in units]

    def classifier_hits(self, matching: Matching, allowed: set[int],
                        margin: float, whole: bool = False) -> list[Hit]:
        """Stretches (``whole``: whole segments) whose probability of the rule's item
        reaches its threshold, with at least the rule's ``classifier_min_words`` words and
        over the probability of each of its ``classifier_rivals``."""
        threshold = matching.classifier_threshold_for(self.language)
        if matching.classifier_rivals:
            units = self.rival_probabilities(matching, allowed, matching.classifier_rivals)
        else:
            units = [(u, p, 0.0) for u, p in self.item_probabilities(matching, allowed, whole)]
        out = []
        for (s, i, j), p, rival in units:
            if whole and (i, j) != (0, len(self.segments[s].tokens)):
                continue
            if p >= threshold - margin and p > rival and j - i >= matching.classifier_min_words:
                out.append(make_hit(self.segments[s], i, j, "", "classifier", round(p, 4)))
        return out
