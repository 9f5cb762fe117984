"""Times stage (placeholder until the times work lands)."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc

from newsgraph.record import Time


def find_times(doc: Doc, *, published: dt.date | None = None) -> list[Time]:
    """Find TIMEX3 expressions and normalise them against ``published``."""
    return []
