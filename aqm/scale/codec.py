"""Typed JSON for the frozen dataclasses a Ray shard carries (``StoredCall``, ``Quarantined``).

``encode(value)`` turns a dataclass tree into plain JSON values; ``decode(cls, data)``
rebuilds it from the dataclasses' own type hints, checking every field on the way: only
dataclasses reachable from ``cls``, pydantic models among them (validated by pydantic),
``str``/``int``/``float``/``bool``/``None``, ``Literal`` values, ``datetime``/``date``,
tuples, lists and dicts of those. Nothing in the data names a type or a function, so a shard
from an untrusted folder can at worst be refused (``CodecError``), never run code.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import math
import types
import typing
from collections.abc import Mapping
from typing import Any, TypeVar

T = TypeVar("T")
MAX_DEPTH = 64


class CodecError(ValueError):
    """The data does not fit the type (``where``: the path to the bad value)."""


def encode(value: Any) -> Any:
    """``value`` as JSON values (dataclasses as objects of their fields)."""
    if value is None or isinstance(value, (str, bool, int)):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else repr(value)  # "nan", "inf", "-inf"
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (dt.datetime, dt.date)):
        return value.isoformat()
    if isinstance(value, (tuple, list)):
        return [encode(v) for v in value]
    if isinstance(value, Mapping):
        return {str(k): encode(v) for k, v in value.items()}
    dump = getattr(value, "model_dump", None)  # a pydantic model
    if callable(dump):
        return dump(mode="json")
    raise CodecError(f"cannot encode a {type(value).__name__}")


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    """A dataclass's field types, with the names its module imports only for type checking."""
    from aqm.metrics import CallMetrics
    from aqm.redact.audio import RedactedAudio
    from aqm.redact.redactor import RedactedSpan
    from aqm.scoring import ComplianceResult, Scorecard
    from aqm.sentiment import CallSentiment

    names = {"CallMetrics": CallMetrics, "RedactedAudio": RedactedAudio,
             "RedactedSpan": RedactedSpan, "ComplianceResult": ComplianceResult,
             "Scorecard": Scorecard, "CallSentiment": CallSentiment}
    return typing.get_type_hints(cls, localns=names)


def decode(tp: type[T], data: Any) -> T:
    """``data`` (from ``encode``) as a ``tp``; ``CodecError`` when it does not fit."""
    return typing.cast(T, _decode(tp, data, tp.__name__, 0))


def _fail(where: str, want: str, data: Any) -> CodecError:
    return CodecError(f"{where}: expected {want}, got {type(data).__name__}")


def _decode(tp: Any, data: Any, where: str, depth: int) -> Any:  # noqa: C901 - one per kind
    if depth > MAX_DEPTH:
        raise CodecError(f"{where}: nested too deeply")
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if tp is Any:
        return data  # JSON values only (the evidence objects of scorecard answers)
    if tp is type(None):
        if data is not None:
            raise _fail(where, "null", data)
        return None
    if origin in (typing.Union, types.UnionType):
        if data is None and type(None) in args:
            return None
        problems = []
        for arg in (a for a in args if a is not type(None)):
            try:
                return _decode(arg, data, where, depth + 1)
            except CodecError as e:
                problems.append(str(e))
        raise CodecError("; ".join(problems) or f"{where}: no type fits")
    if origin is typing.Literal:
        if not any(data == a and type(data) is type(a) for a in args):
            raise CodecError(f"{where}: {str(data)[:40]!r} is not one of {list(args)}")
        return data
    if tp is bool:
        if not isinstance(data, bool):
            raise _fail(where, "a boolean", data)
        return data
    if tp is int:
        if not isinstance(data, int) or isinstance(data, bool):
            raise _fail(where, "an integer", data)
        return data
    if tp is float:
        if isinstance(data, str) and data in ("nan", "inf", "-inf"):
            return float(data)
        if not isinstance(data, (int, float)) or isinstance(data, bool):
            raise _fail(where, "a number", data)
        return float(data)
    if tp is str:
        if not isinstance(data, str):
            raise _fail(where, "a string", data)
        return data
    if tp in (dt.datetime, dt.date):
        if not isinstance(data, str):
            raise _fail(where, "an ISO date", data)
        try:
            return tp.fromisoformat(data)
        except ValueError as e:
            raise CodecError(f"{where}: {e}") from None
    if origin in (tuple, list):
        if not isinstance(data, list):
            raise _fail(where, "a list", data)
        if origin is tuple and not (len(args) == 2 and args[1] is Ellipsis):
            if len(data) != len(args):
                raise CodecError(f"{where}: expected {len(args)} items, got {len(data)}")
            return tuple(_decode(a, v, f"{where}[{i}]", depth + 1)
                         for i, (a, v) in enumerate(zip(args, data, strict=True)))
        item = args[0] if args else Any
        items = [_decode(item, v, f"{where}[{i}]", depth + 1) for i, v in enumerate(data)]
        return tuple(items) if origin is tuple else items
    if origin in (dict, Mapping) or tp is dict:
        if not isinstance(data, dict):
            raise _fail(where, "an object", data)
        key_t, value_t = args if args else (str, Any)
        out = {}
        for k, v in data.items():
            key = int(k) if key_t is int and isinstance(k, str) and k.lstrip("-").isdigit() \
                else k
            out[_decode(key_t, key, f"{where} key", depth + 1)] = \
                _decode(value_t, v, f"{where}[{str(k)[:40]!r}]", depth + 1)
        return out
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        return _dataclass(tp, data, where, depth)
    validate = getattr(tp, "model_validate", None)  # a pydantic model
    if isinstance(tp, type) and callable(validate):
        try:
            return validate(data)
        except ValueError as e:  # pydantic's ValidationError is a ValueError
            raise CodecError(f"{where}: {str(e).splitlines()[0]}") from None
    raise CodecError(f"{where}: cannot decode into {tp!r}")


def _dataclass(cls: type, data: Any, where: str, depth: int) -> Any:
    if not isinstance(data, dict):
        raise _fail(where, f"a {cls.__name__} object", data)
    fields = {f.name: f for f in dataclasses.fields(cls) if f.init}
    unknown = set(data) - set(fields)
    if unknown:
        raise CodecError(f"{where}: unknown fields {sorted(str(u)[:40] for u in unknown)}")
    hints = _hints(cls)
    kwargs = {}
    for name, f in fields.items():
        if name in data:
            kwargs[name] = _decode(hints[name], data[name], f"{where}.{name}", depth + 1)
        elif f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
            raise CodecError(f"{where}: missing field {name!r}")
    try:
        return cls(**kwargs)
    except (TypeError, ValueError) as e:  # a dataclass that checks its own values
        raise CodecError(f"{where}: {e}") from None
