"""The time lexicon tables, loaded once into lookups and regex alternations."""

from __future__ import annotations

import re
from typing import NamedTuple

from newsgraph.lexicon import load_table


class Unit(NamedTuple):
    """A calendar unit: TIMEX3 designator, multiplier and calendar granularity."""

    code: str
    factor: int
    granularity: str


class Shift(NamedTuple):
    """A relative word: direction, position around the unit and what it is anchored to."""

    shift: int
    position: str
    anchor: str
    final: bool  # only at the end of a phrase ("a week before." but not "a week before X")


def _column(table: str, key: str, value: str) -> dict[str, str]:
    return {row.values[key]: row.values[value] for row in load_table(table)}


def _lower(mapping: dict[str, str]) -> dict[str, str]:
    return {k.lower(): v for k, v in mapping.items()}


def alternation(words: object, *, escape: bool = True) -> str:
    """A regex alternation of words, longest first, spaces matching any whitespace."""
    items = sorted({str(w) for w in words}, key=len, reverse=True)  # type: ignore[attr-defined]
    parts = [re.escape(w) if escape else w for w in items]
    return "(?:" + "|".join(p.replace(r"\ ", r"\s+") for p in parts) + ")"


def _units() -> dict[str, Unit]:
    units = {}
    for row in load_table("time_units"):
        v = row.values
        unit = Unit(v["code"], int(v["factor"]), v["granularity"])
        units[v["word"]] = unit
        units[v["plural"]] = unit
    return units


def _numbers() -> dict[str, str]:
    numbers = _lower(_column("time_numbers", "word", "value"))
    tens = {w: int(n) for w, n in numbers.items() if n.isdigit() and 20 <= int(n) <= 90}
    ones = {w: int(n) for w, n in numbers.items() if n.isdigit() and 1 <= int(n) <= 9}
    ones.pop("a", None)
    ones.pop("an", None)
    for ten, tv in tens.items():
        for one, ov in ones.items():
            for sep in ("-", " "):
                numbers[f"{ten}{sep}{one}"] = str(tv + ov)
    return numbers


MONTHS: dict[str, int] = {w: int(m) for w, m in _column("time_months", "word", "month").items()}
AMBIGUOUS_MONTHS = frozenset(
    r.values["word"] for r in load_table("time_months") if r.values["ambiguous"]
)
WEEKDAYS: dict[str, int] = {w: int(d) for w, d in _column("time_weekdays", "word", "day").items()}
NUMBERS: dict[str, str] = _numbers()
UNITS: dict[str, Unit] = _units()
SEASONS: dict[str, str] = _lower(_column("time_seasons", "word", "code"))
AMBIGUOUS_SEASONS = frozenset(
    r.values["word"].lower() for r in load_table("time_seasons") if r.values["ambiguous"]
)
REFS: dict[str, str] = _lower(_column("time_refs", "phrase", "value"))
DAYS: dict[str, tuple[int, str]] = {
    r.values["word"].lower(): (int(r.values["offset"]), r.values["part"])
    for r in load_table("time_days")
}
DAYPARTS: dict[str, str] = _lower(_column("time_dayparts", "word", "code"))
SHIFTS: dict[str, Shift] = {
    r.values["word"].lower(): Shift(
        int(r.values["shift"]),
        r.values["position"],
        r.values["anchor"],
        r.values["final"] == "yes",
    )
    for r in load_table("time_shifts")
}
SETS: dict[str, str] = _lower(_column("time_sets", "word", "value"))
HOLIDAYS: dict[str, str] = _column("time_holidays", "name", "date")

SHIFT_BEFORE = {w: s for w, s in SHIFTS.items() if s.position == "before"}
SHIFT_AFTER = {w: s for w, s in SHIFTS.items() if s.position == "after"}


def norm(text: str) -> str:
    """Lower-case with runs of whitespace collapsed (the key form of every lookup)."""
    return " ".join(text.lower().split())


def month_number(word: str) -> int:
    """The month of a month word, with or without its abbreviation's full stop."""
    return MONTHS[word.rstrip(".")]


def number_value(word: str) -> str:
    """ "three" → "3", "12" → "12", "several" → "X"."""
    key = norm(word).replace(",", "").replace(" 1/2", ".5").replace("½", ".5")
    if key in NUMBERS:
        return NUMBERS[key]
    try:
        number = float(key)
    except ValueError:
        return "X"
    return str(int(number)) if number.is_integer() else str(number)
