"""Readers that turn input files into :class:`~newsgraph.record.Article` objects.

Readers never raise on bad content: they yield an :class:`InputProblem` naming the file
(and line) instead, so one bad file never stops a batch.
"""

from newsgraph.sources.files import InputProblem, read_articles

__all__ = ["InputProblem", "read_articles"]
