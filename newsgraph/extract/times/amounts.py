"""TIMEX3 values of amounts of time: durations, frequencies (SET) and clock times."""

from __future__ import annotations

import re

from newsgraph.extract.times.context import Context, Timex
from newsgraph.extract.times.words import (
    SETS,
    UNITS,
    WEEKDAYS,
    Unit,
    alternation,
    month_number,
    norm,
    number_value,
)
from newsgraph.lexicon import load_table

# half of a unit in the next smaller one: "2 1/2 years" → P2Y6M, "a minute and a half" → PT1M30S
_HALVES = {("Y", False): "6M", ("M", False): "15D", ("W", False): "3DT12H"}
_HALVES |= {("D", False): "T12H", ("H", True): "30M", ("M", True): "30S"}


def duration_value(amount: str, unit: Unit) -> str:
    """A TIMEX3 duration value: amount × unit ("3", year → P3Y; "1", hour → PT1H)."""
    if amount != "X":
        number = float(amount) * unit.factor
        clock = unit.granularity == "time"
        if number % 1 == 0.5 and (unit.code, clock) in _HALVES:
            whole = f"{int(number)}{unit.code}" if int(number) else ""
            return f"P{'T' if clock else ''}{whole}{_HALVES[unit.code, clock]}"
        amount = str(int(number)) if number.is_integer() else f"{number:g}"
    return f"PT{amount}{unit.code}" if unit.granularity == "time" else f"P{amount}{unit.code}"


def duration(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "three years", "the past two months", "at least 72 hours", "a year" (SET after rates)."""
    unit = UNITS[norm(m["unit"])]
    word = norm(m["num"])
    if word in ("a", "an", "one") and unit.code in ("Q", "S"):
        return None
    amount = number_value(word)
    if amount != "X" and "and a half" in norm(m.group()):
        amount = str(float(amount) + 0.5)
    if word in ("a", "an") and _after_rate(ctx.before):
        return None  # "$2 million a year", "four flights a week": a rate, not a time
    if norm(m.group()) == "one day" and _AFTER_MODAL.search(ctx.before):
        return Timex("DATE", "FUTURE_REF")  # "Islam will one day be ...": some day to come
    return Timex("DURATION", duration_value(amount, unit))


_AFTER_MODAL = re.compile(r"\b(?:will|would|could|might|may|can|should|must|shall)\s+$", re.I)


_QUANTITIES = [r.values["word"] for r in load_table("time_cues") if r.values["cue"] == "quantity"]
# a rate: "a year" after a number, a quantity word or a plural noun ("four flights a week")
_NOT_PLURAL = r"(?:as|is|was|has|this|thus|its|his|hers|us|yes|plus|less|unless|across|perhaps)"
_RATE = re.compile(rf"(\d|%|\b{alternation(_QUANTITIES)}|\b(?!{_NOT_PLURAL}\b)[a-z]+s)\s+$")


def _after_rate(before: str) -> bool:
    tail = before[-24:].lower()
    return bool(_RATE.search(tail))


def half(m: re.Match[str], ctx: Context) -> Timex:
    """ "half an hour" → PT30M, "half a year" → P6M."""
    unit = UNITS[norm(m["unit"])]
    smaller = {"H": "PT30M", "D": "PT12H", "Y": "P6M", "M": "P2W"}
    return Timex("DURATION", smaller.get(unit.code, duration_value("0.5", unit)))


def vague_duration(m: re.Match[str], ctx: Context) -> Timex:
    """ "the past few years", "recent months", "years" (after "for") → PXY, PXM."""
    return Timex("DURATION", duration_value("X", UNITS[norm(m["unit"])]))


def adjective_duration(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "five-year", "30-year", "hour-long", "decades-long"."""
    unit = UNITS[norm(m["unit"])]
    if "num" in m.re.groupindex and m["num"]:
        amount = number_value(m["num"])
    else:
        amount = "X" if norm(m["unit"]).endswith("s") else "1"
    return Timex("DURATION", duration_value(amount, unit))


def set_word(m: re.Match[str], ctx: Context) -> Timex:
    """ "daily", "weekly", "annually"."""
    return Timex("SET", SETS[norm(m["set"])])


def every(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "every week", "every two years", "each Thursday"."""
    if m["weekday"]:
        return Timex("SET", f"XXXX-WXX-{WEEKDAYS[m['weekday']]}")
    if m["month"]:
        return Timex("SET", f"XXXX-{month_number(m['month']):02d}")
    word = norm(m["num"] or "")
    amount = "2" if word == "other" else number_value(word) if word else "1"
    return Timex("SET", duration_value(amount if amount != "X" else "1", UNITS[norm(m["unit"])]))


def times_a(m: re.Match[str], ctx: Context) -> Timex:
    """ "twice a week", "three times a year"."""
    return Timex("SET", duration_value("1", UNITS[norm(m["unit"])]))


def clock(m: re.Match[str], ctx: Context) -> Timex:
    """ "10 p.m.", "10:35 a.m. EST", "at 14:30": a TIME on the publication day."""
    hour = int(m["hour"])
    ampm = norm(m["ampm"]) if "ampm" in m.re.groupindex and m["ampm"] else ""
    if ampm.startswith("p") and hour < 12:
        hour += 12
    elif ampm.startswith("a") and hour == 12:
        hour = 0
    return _clock_timex(f"{hour:02d}:{m['min'] or '00'}{_zone(m)}", ctx)


def _zone(m: re.Match[str]) -> str:
    """TIMEX3 marks universal time with Z ("14:30 GMT" → T14:30Z); local zones stay unmarked."""
    tz = m["tz"] if "tz" in m.re.groupindex else None
    return "Z" if tz in ("GMT", "UTC") else ""


def clock_part(m: re.Match[str], ctx: Context) -> Timex:
    """ "4 in the morning" → T04:00, "10 at night" → T22:00, "3 in the afternoon" → T15:00."""
    hour, part = int(m["hour"]) % 12, norm(m["part"])
    if part in ("afternoon", "evening") or (part == "night" and hour >= 6):
        hour += 12
    return _clock_timex(f"{hour:02d}:{m['min'] or '00'}", ctx)


def noon(m: re.Match[str], ctx: Context) -> Timex:
    """ "noon", "midnight", "midday"."""
    return _clock_timex("00:00" if norm(m["word"]) == "midnight" else "12:00", ctx)


def _clock_timex(hhmm: str, ctx: Context) -> Timex:
    """A clock time on the day in focus (the last day mentioned, else publication)."""
    ref = ctx.ref if ctx.ref is not None and ctx.ref.granularity == "day" else None
    date = ref.date if ref is not None else ctx.published
    day = date.isoformat() if date else "XXXX-XX-XX"
    return Timex("TIME", f"{day}T{hhmm}")
