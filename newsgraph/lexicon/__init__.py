"""Lexicon tables: the rules of newsgraph kept as data.

Each ``*.tsv`` file in this folder is one table: one entry per line, columns separated by
a TAB, ``#`` starts a comment (whole line or trailing), blank lines are ignored. The first
non-comment line of each file is its header and names the columns. A political scientist
can extend a table without touching code; :func:`load_table` checks every row and reports
the file and line of anything malformed.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import NamedTuple


class LexiconError(ValueError):
    """A lexicon file has a malformed line."""


class Row(NamedTuple):
    line: int
    values: dict[str, str]


def _data_lines(text: str) -> list[tuple[int, list[str]]]:
    rows = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.split(" #", 1)[0].split("\t#", 1)[0]
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        rows.append((number, [cell.strip() for cell in line.rstrip().split("\t")]))
    return rows


@cache
def load_table(name: str) -> tuple[Row, ...]:
    """Load ``<name>.tsv`` from this folder as rows keyed by the header's column names.

    Raises:
        LexiconError: naming file and line when a row has more cells than the header or an
            empty first cell.
        FileNotFoundError: when no such table exists.
    """
    path = resources.files(__package__) / f"{name}.tsv"
    lines = _data_lines(path.read_text(encoding="utf-8"))
    if not lines:
        raise LexiconError(f"{name}.tsv: no header line")
    _, header = lines[0]
    rows = []
    for number, cells in lines[1:]:
        if len(cells) > len(header) or not cells[0]:
            raise LexiconError(
                f"{name}.tsv:{number}: expected at most {len(header)} columns "
                f"({', '.join(header)}), got {cells!r}"
            )
        cells = cells + [""] * (len(header) - len(cells))
        rows.append(Row(number, dict(zip(header, cells, strict=True))))
    return tuple(rows)


def table_names() -> list[str]:
    """Names of every table shipped in this folder."""
    folder = resources.files(__package__)
    return sorted(p.name[:-4] for p in folder.iterdir() if p.name.endswith(".tsv"))
