"""Arrow column builders for the synthetic tables: constants, repeats and picks by index
are done by Arrow's ``take`` (C++), never by numpy string arrays (slow, fixed width)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyarrow as pa


def const(value: str, n: int) -> pa.Array:
    """``n`` times the same string."""
    return pa.array([value], pa.string()).take(np.zeros(n, dtype=np.int32))


def pick(values: Sequence[str] | np.ndarray | pa.Array, index: np.ndarray) -> pa.Array:
    """``values[index]`` as a string array."""
    source = values if isinstance(values, pa.Array) else pa.array(list(values), pa.string())
    return source.take(np.asarray(index, dtype=np.int64))


def repeat(values: pa.Array, counts: int | np.ndarray) -> pa.Array:
    """Each value ``counts`` times (a number, or one count per value), in order."""
    return values.take(np.repeat(np.arange(len(values), dtype=np.int64), counts))


def tile(values: Sequence[str], n: int) -> pa.Array:
    """The sequence ``values`` repeated ``n`` times."""
    return pick(values, np.tile(np.arange(len(values)), n))


def strings(values: np.ndarray) -> pa.Array:
    return pa.array(values, pa.string())
