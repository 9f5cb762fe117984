"""Calendar arithmetic for TIMEX3 values: anchoring, shifting and formatting.

A :class:`Point` is a calendar value at some granularity (year, quarter, month, week, day);
it shifts by whole units and prints as a TIMEX3 value. ``None`` anchors print with X digits.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, replace
from typing import Literal

Granularity = Literal["century", "decade", "year", "season", "quarter", "month", "week", "day"]
Tense = Literal["past", "future", "present"]

_SEASON_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


@dataclass(frozen=True)
class Point:
    """A calendar value at a granularity; ``date`` is any day inside it (None: unknown)."""

    date: dt.date | None
    granularity: Granularity
    season: str = ""

    def value(self) -> str:
        """The TIMEX3 value, with X for the unknown parts."""
        if self.date is None:
            return _unknown_value(self.granularity, self.season)
        d = self.date
        if self.granularity == "week":
            year, week, _ = d.isocalendar()
            return f"{year:04d}-W{week:02d}"
        if self.granularity == "quarter":
            return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
        if self.granularity == "season":
            return f"{d.year:04d}-{self.season}"
        formats = {
            "century": f"{d.year // 100:02d}",
            "decade": f"{d.year // 10:03d}",
            "year": f"{d.year:04d}",
            "month": f"{d.year:04d}-{d.month:02d}",
            "day": d.isoformat(),
        }
        return formats[self.granularity]

    def shift(self, amount: int, unit: Granularity) -> Point:
        """Move by ``amount`` units (months clamp the day to the month's length)."""
        if self.date is None:
            return self
        return replace(self, date=shift_date(self.date, amount, unit))

    def at(self, granularity: Granularity) -> Point:
        """The same point read at another granularity."""
        return replace(self, granularity=granularity)


def _unknown_value(granularity: Granularity, season: str) -> str:
    unknown = {
        "century": "XX",
        "decade": "XXX",
        "year": "XXXX",
        "season": f"XXXX-{season}",
        "quarter": "XXXX-QX",
        "month": "XXXX-XX",
        "week": "XXXX-WXX",
        "day": "XXXX-XX-XX",
    }
    return unknown[granularity]


def shift_date(date: dt.date, amount: int, unit: Granularity) -> dt.date:
    """``date`` moved by ``amount`` calendar units."""
    if unit == "day":
        return date + dt.timedelta(days=amount)
    if unit == "week":
        return date + dt.timedelta(weeks=amount)
    months = {"month": 1, "quarter": 3, "season": 3, "year": 12, "decade": 120, "century": 1200}
    return add_months(date, amount * months[unit])


def add_months(date: dt.date, months: int) -> dt.date:
    """``date`` moved by whole months, the day clamped to the target month."""
    index = date.year * 12 + date.month - 1 + months
    year, month = divmod(index, 12)
    day = min(date.day, calendar.monthrange(year, month + 1)[1])
    return dt.date(year, month + 1, day)


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    """A date, or None when the parts do not form one (February 30)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


# How much further a date on the "wrong" side of the anchor must be to be chosen anyway.
# A past-tense verb rules out a future month or date ("began in March", said in January);
# "will" rules out the past; without a tense, news leans to the past. Weekdays are a few
# days apart either way, so there a past tense only weighs three to one ("headed Tuesday
# to Africa", written on Monday).
AGAINST_TENSE = {"past": (1.0, 10.0), "future": (10.0, 1.0), "present": (1.0, 1.5)}
WEEKDAY_AGAINST_TENSE = {"past": (1.0, 3.0), "future": (10.0, 1.0), "present": (1.0, 1.0)}


def pick_year(
    candidates: list[dt.date],
    anchor: dt.date,
    tense: Tense,
    *,
    weights: dict[str, tuple[float, float]] = AGAINST_TENSE,
) -> dt.date:
    """The candidate closest to the anchor, weighing dates against the tense as further away."""
    before, after = weights[tense]

    def cost(c: dt.date) -> tuple[float, bool]:
        days = (c - anchor).days
        return (-days * before if days < 0 else days * after, days > 0)

    return min(candidates, key=cost)


def month_day(month: int, day: int, anchor: dt.date | None, tense: Tense) -> str:
    """A month-day without a year, resolved to the closest fitting year."""
    if anchor is None:
        return f"XXXX-{month:02d}-{day:02d}"
    years = (anchor.year - 1, anchor.year, anchor.year + 1)
    candidates = [d for y in years if (d := safe_date(y, month, day))]
    if not candidates:
        return f"XXXX-{month:02d}-{day:02d}"
    return pick_year(candidates, anchor, tense).isoformat()


def bare_month(month: int, anchor: dt.date | None, tense: Tense) -> str:
    """A month name without a year, resolved to the closest fitting year."""
    if anchor is None:
        return f"XXXX-{month:02d}"
    base = anchor.replace(day=1)
    candidates = [dt.date(y, month, 1) for y in (base.year - 1, base.year, base.year + 1)]
    return pick_year(candidates, base, tense).strftime("%Y-%m")


def weekday(
    day: int,
    anchor: dt.date | None,
    tense: Tense,
    *,
    weights: dict[str, tuple[float, float]] = WEEKDAY_AGAINST_TENSE,
) -> str:
    """A weekday name (ISO number) resolved around the anchor by tense."""
    if anchor is None:
        return f"XXXX-WXX-{day}"
    delta = day - anchor.isoweekday()
    candidates = [anchor + dt.timedelta(days=delta + 7 * k) for k in (-1, 0, 1)]
    return pick_year(candidates, anchor, tense, weights=weights).isoformat()


def relative_weekday(day: int, anchor: dt.date | None, shift: int) -> str:
    """ "last Friday" (shift -1), "this Friday" (0), "next Friday" (+1)."""
    if anchor is None:
        return f"XXXX-WXX-{day}"
    delta = day - anchor.isoweekday()
    if shift < 0:
        delta = delta - 7 if delta >= 0 else delta
    elif shift > 0:
        delta = delta + 7 if delta <= 0 else delta
    return (anchor + dt.timedelta(days=delta)).isoformat()


def relative_month(month: int, anchor: dt.date | None, shift: int) -> str:
    """ "last June", "this June", "next June"."""
    if anchor is None:
        return f"XXXX-{month:02d}"
    year = anchor.year
    if shift < 0 and month >= anchor.month:
        year -= 1
    elif shift > 0 and month <= anchor.month:
        year += 1
    return f"{year:04d}-{month:02d}"


def quarter_year(quarter: int, anchor: dt.date | None, tense: Tense) -> str:
    """An ordinal quarter without a year: the latest such quarter that has begun."""
    if anchor is None:
        return f"XXXX-Q{quarter}"
    current = (anchor.month - 1) // 3 + 1
    year = anchor.year if quarter <= current or tense == "future" else anchor.year - 1
    return f"{year:04d}-Q{quarter}"


def season(code: str, anchor: dt.date | None, shift: int | None, tense: Tense) -> str:
    """A season, optionally with last/this/next, resolved around the anchor."""
    if anchor is None:
        return f"XXXX-{code}"
    start = _SEASON_MONTH[code]
    year = anchor.year
    if shift == 0:
        return f"{year:04d}-{code}"
    if shift is None:
        if tense == "past" and start > anchor.month:
            year -= 1
        return f"{year:04d}-{code}"
    if shift < 0:
        year = year - 1 if start >= anchor.month else year
    else:
        year = year + 1 if start <= anchor.month else year
    return f"{year:04d}-{code}"


def nth_weekday(year: int, month: int, weekday_no: int, nth: int) -> dt.date:
    """The nth (1-based; -1 = last) given ISO weekday of a month."""
    days = [
        dt.date(year, month, d)
        for d in range(1, calendar.monthrange(year, month)[1] + 1)
        if dt.date(year, month, d).isoweekday() == weekday_no
    ]
    return days[nth - 1] if nth > 0 else days[nth]
