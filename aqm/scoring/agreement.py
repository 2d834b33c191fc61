"""Agreement between raters: percent agreement, Cohen's kappa (two raters) and Fleiss'
kappa (any number of raters per item), as used by calibration sessions.

- Percent agreement: the share of rater pairs (over all items) that gave the same answer.
- Cohen's kappa: (p_o - p_e) / (1 - p_e), p_o the observed agreement of the two raters,
  p_e = sum over categories of the product of each rater's share of that category
  (Cohen 1960).
- Fleiss' kappa: (P̄ - P̄_e) / (1 - P̄_e), with P_i = (sum_j n_ij^2 - n_i) / (n_i (n_i - 1))
  per item and P̄_e = sum_j p_j^2 from the pooled category shares (Fleiss 1971); items with
  fewer than two ratings are left out. Here items may have different numbers of raters
  (P̄ is the mean of P_i, p_j pooled over all ratings).

When chance agreement is total (p_e = 1: every rating the same category) kappa is undefined
and returned as None; agreement is still reported.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Sequence


def percent_agreement(items: Sequence[Sequence[Hashable]]) -> float | None:
    """Share of agreeing rater pairs over all items (each item: its raters' answers)."""
    agree = pairs = 0
    for ratings in items:
        n = len(ratings)
        if n < 2:
            continue
        counts = Counter(ratings)
        agree += sum(c * (c - 1) for c in counts.values())
        pairs += n * (n - 1)
    return None if pairs == 0 else agree / pairs


def cohen_kappa(a: Sequence[Hashable], b: Sequence[Hashable]) -> float | None:
    """Cohen's kappa of two raters over the same items (``a[i]`` and ``b[i]``)."""
    if len(a) != len(b):
        raise ValueError("both raters must rate the same items")
    n = len(a)
    if n == 0:
        return None
    observed = sum(x == y for x, y in zip(a, b, strict=True)) / n
    ca, cb = Counter(a), Counter(b)
    expected = sum(ca[k] * cb[k] for k in set(ca) | set(cb)) / (n * n)
    if expected >= 1.0:
        return None
    return (observed - expected) / (1.0 - expected)


def fleiss_kappa(items: Sequence[Sequence[Hashable]]) -> float | None:
    """Fleiss' kappa over items rated by several raters (see the module docstring)."""
    rated = [r for r in items if len(r) >= 2]
    if not rated:
        return None
    per_item = []
    pooled: Counter[Hashable] = Counter()
    for ratings in rated:
        n = len(ratings)
        counts = Counter(ratings)
        pooled.update(counts)
        per_item.append((sum(c * c for c in counts.values()) - n) / (n * (n - 1)))
    total = sum(pooled.values())
    p_bar = sum(per_item) / len(per_item)
    p_e = sum((c / total) ** 2 for c in pooled.values())
    if p_e >= 1.0:
        return None
    return (p_bar - p_e) / (1.0 - p_e)
