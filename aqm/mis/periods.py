"""Report periods and time zones.

Convention: the store holds UTC (naive ``TIMESTAMP`` columns); a report period is a local
calendar period in the report's time zone (``--tz``, default UTC) and is turned into a UTC
window here, with DST handled by ``zoneinfo``. A call belongs to the period in which it
started (entered the queue, or was dialled), wholly: a call from 23:58 to 00:05 counts on the
first day, its talk time included.

Periods: ``2026`` (year), ``2026-11`` (month), ``2026-W47`` (ISO week, Monday first),
``2026-11-23`` (day). The previous period is the one just before, of the same kind.
"""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo
from dataclasses import dataclass
from typing import Literal

from aqm.errors import InputError

Kind = Literal["day", "week", "month", "year"]
DEFAULT_GRAIN: dict[str, str] = {"day": "hour", "week": "day", "month": "day", "year": "month"}
_PATTERNS: tuple[tuple[str, Kind], ...] = (
    (r"(\d{4})", "year"), (r"(\d{4})-(\d{2})", "month"), (r"(\d{4})-W(\d{2})", "week"),
    (r"(\d{4})-(\d{2})-(\d{2})", "day"))


@dataclass(frozen=True)
class Period:
    """A local calendar period: ``start`` inclusive, ``end`` exclusive."""

    kind: Kind
    label: str
    start: dt.date
    end: dt.date

    def previous(self) -> Period:
        if self.kind == "day":
            return period_of(self.start - dt.timedelta(days=1), "day")
        if self.kind == "week":
            return period_of(self.start - dt.timedelta(days=7), "week")
        if self.kind == "month":
            return period_of(self.start - dt.timedelta(days=1), "month")
        return period_of(dt.date(self.start.year - 1, 1, 1), "year")


def period_of(day: dt.date, kind: Kind) -> Period:
    """The period of ``kind`` that contains ``day``."""
    if kind == "day":
        return Period("day", day.isoformat(), day, day + dt.timedelta(days=1))
    if kind == "week":
        start = day - dt.timedelta(days=day.weekday())
        year, week, _ = start.isocalendar()
        return Period("week", f"{year}-W{week:02d}", start, start + dt.timedelta(days=7))
    if kind == "month":
        start = day.replace(day=1)
        end = (start + dt.timedelta(days=32)).replace(day=1)
        return Period("month", f"{start:%Y-%m}", start, end)
    start = dt.date(day.year, 1, 1)
    return Period("year", str(day.year), start, dt.date(day.year + 1, 1, 1))


def parse_period(text: str) -> Period:
    """``2026``, ``2026-11``, ``2026-W47`` or ``2026-11-23``; InputError otherwise."""
    value = text.strip()
    for pattern, kind in _PATTERNS:
        m = re.fullmatch(pattern, value)
        if not m:
            continue
        parts = [int(x) for x in m.groups()]
        try:
            if kind == "year":
                day = dt.date(parts[0], 1, 1)
            elif kind == "month":
                day = dt.date(parts[0], parts[1], 1)
            elif kind == "week":
                day = dt.date.fromisocalendar(parts[0], parts[1], 1)
            else:
                day = dt.date(parts[0], parts[1], parts[2])
        except ValueError as e:
            raise InputError(f"period {text!r}: {e}") from e
        return period_of(day, kind)
    raise InputError(f"period {text!r} is not YYYY, YYYY-MM, YYYY-Www or YYYY-MM-DD")


def zone(tz: str) -> zoneinfo.ZoneInfo:
    try:
        return zoneinfo.ZoneInfo(tz)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError) as e:
        raise InputError(f"unknown time zone {tz!r} (use an IANA name such as "
                         f"Asia/Ho_Chi_Minh or UTC)") from e


def to_utc(day: dt.date, tz: str) -> dt.datetime:
    """Local midnight starting ``day`` in ``tz``, as naive UTC."""
    local = dt.datetime.combine(day, dt.time(), tzinfo=zone(tz))
    return local.astimezone(dt.timezone.utc).replace(tzinfo=None)


def fixed_offset_s(start: dt.date, end: dt.date, tz: str) -> int | None:
    """The zone's UTC offset in seconds if it is the same all through [start, end) (checked
    at every local midnight and noon), else None (the zone changes offset: DST)."""
    z = zone(tz)
    offsets = set()
    day = start
    while day <= end:
        for hour in (0, 12):
            off = dt.datetime.combine(day, dt.time(hour), tzinfo=z).utcoffset()
            offsets.add(int(off.total_seconds()) if off is not None else 0)
        day += dt.timedelta(days=1)
    return offsets.pop() if len(offsets) == 1 else None


def bucket_label(start: dt.datetime, grain: str) -> str:
    """A time bucket's label: 2026-11-23 14:00, 2026-11-23, 2026-W47, 2026-11 or 2026."""
    if grain == "hour":
        return f"{start:%Y-%m-%d %H}:00"
    if grain == "day":
        return f"{start:%Y-%m-%d}"
    if grain == "week":
        year, week, _ = start.date().isocalendar()
        return f"{year}-W{week:02d}"
    if grain == "month":
        return f"{start:%Y-%m}"
    return f"{start:%Y}"


def bucket_starts(period: Period, grain: str) -> list[dt.datetime]:
    """Every bucket of ``grain`` that overlaps ``period`` (local), in order."""
    cur = dt.datetime.combine(period.start, dt.time())
    end = dt.datetime.combine(period.end, dt.time())
    if grain == "week":
        cur -= dt.timedelta(days=cur.weekday())
    elif grain == "month":
        cur = cur.replace(day=1)
    elif grain == "year":
        cur = cur.replace(month=1, day=1)
    out = []
    while cur < end:
        out.append(cur)
        if grain == "hour":
            cur += dt.timedelta(hours=1)
        elif grain == "day":
            cur += dt.timedelta(days=1)
        elif grain == "week":
            cur += dt.timedelta(days=7)
        elif grain == "month":
            cur = (cur + dt.timedelta(days=32)).replace(day=1)
        else:
            cur = cur.replace(year=cur.year + 1)
    return out
