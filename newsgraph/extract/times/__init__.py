"""Times stage: temporal expressions normalised to TIMEX3 type and value.

The entry point is :func:`find_times` (:mod:`.stage`); :mod:`.grammar` compiles the
candidate patterns from the ``time_*`` lexicon tables, :mod:`.normalize` and
:mod:`.amounts` compute values, :mod:`.anchor` resolves them against the publication date.
"""

from newsgraph.extract.times.stage import find_times

__all__ = ["find_times"]
