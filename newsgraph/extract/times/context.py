"""What a normalisation handler receives and returns."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from newsgraph.extract.times.anchor import Point, Tense


@dataclass(frozen=True)
class Timex:
    """A normalised expression; ``point`` is set when it names a calendar date."""

    type: str
    value: str
    point: Point | None = None
    anchors: bool = True  # whether later "a week prior" may resolve against it
    end: int | None = None  # where the expression ends, when shorter than its match


@dataclass
class Context:
    """What a handler may consult: the publication date, tense and the last named date."""

    published: dt.date | None
    tense: Callable[[], Tense]
    cue: Callable[[], str | None] = lambda: None  # "said", "until" or "since" (weekdays)
    before: str = ""  # the text just before the match (for rate words)
    after: str = ""  # the text just after it (for a possessive "Wednesday's ruling")
    ref: Point | None = None

    def anchor(self, kind: str) -> dt.date | None:
        """The reference date: the last one mentioned for ``ref`` shifts, else publication."""
        if kind == "ref" and self.ref is not None and self.ref.date is not None:
            return self.ref.date
        return self.published


Handler = Callable[[re.Match[str], Context], Timex | None]
