"""The corpus filters users pass, checked the same way for the CLI and the API.

A filter that cannot match anything because it is mistyped ("--type FOO", "--since
2023-13") is an error naming the value and what is expected, never an empty answer.
"""

from __future__ import annotations

import datetime as dt
import re

from newsgraph.lexicon.events import types

_DATE_PREFIX = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def event_type(value: str | None) -> str | None:
    """A PLOVER type, upper-cased ("consult" → "CONSULT").

    Raises:
        ValueError: naming the value and the known types.
    """
    if value is None:
        return None
    known = types()
    if value.upper() not in known:
        raise ValueError(f"unknown event type {value!r}; one of {', '.join(sorted(known))}")
    return value.upper()


def date_prefix(value: str | None) -> str | None:
    """A calendar date at year, month or day precision: YYYY, YYYY-MM or YYYY-MM-DD.

    Raises:
        ValueError: naming the value when it is no such date ("2023-13", "2023-02-30").
    """
    if value is None:
        return None
    match = _DATE_PREFIX.match(value)
    year, month, day = match.groups() if match else (None, None, None)
    try:
        if year is None:
            raise ValueError
        dt.date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        raise ValueError(f"invalid date {value!r}: expected YYYY, YYYY-MM or YYYY-MM-DD") from None
    return value
