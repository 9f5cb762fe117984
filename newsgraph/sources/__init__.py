"""Readers that turn input files into :class:`~newsgraph.record.Article` objects.

:mod:`.readers` holds the one suffix → reader table; :mod:`.files` (``.txt``, ``.jsonl``,
stdin), :mod:`.web` (``.html``, ``.warc``) and :mod:`.parquet` are the readers, :mod:`.uri`
opens local paths and URIs alike, and :mod:`.common` builds every article. Readers never
raise on bad content: they yield an :class:`InputProblem` naming the file (and line)
instead, so one bad file never stops a batch.
"""

from newsgraph.sources.common import MAX_CHARS, InputProblem
from newsgraph.sources.readers import count_articles, inputs_help, read_articles

__all__ = ["MAX_CHARS", "InputProblem", "count_articles", "inputs_help", "read_articles"]
