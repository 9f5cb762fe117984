"""Lexicon tables: the rules of newsgraph kept as data.

Each ``*.tsv`` file in this folder is one table: one entry per line, columns separated by
a TAB, ``#`` starts a comment (whole line or trailing), blank lines are ignored. The first
non-comment line of each file is its header and names the columns. A political scientist
can extend a table without touching code; ``columns.tsv`` says what each column may hold,
and :func:`load_table` checks every row against it and reports the file and line of
anything malformed. Typed readers of the tables live beside them: :mod:`.entities` (names,
places, titles, pronouns, sectors) and :mod:`.events` (PLOVER types, event verbs and nouns).
"""

from __future__ import annotations

import re
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
    """Load ``<name>.tsv`` from this folder as rows keyed by the header's column names,
    every cell checked against the table's lines in ``columns.tsv``.

    Raises:
        LexiconError: naming file and line of a header other than the declared columns, a
            row with more cells than the header, an empty required cell or a value of the
            wrong kind.
        FileNotFoundError: when no such table exists.
    """
    header, rows = _read(name)
    declared = _columns().get(name)
    if declared is None:
        raise LexiconError(f"{name}.tsv: no columns declared in columns.tsv")
    if header.values != tuple(c.name for c in declared):
        raise LexiconError(
            f"{name}.tsv:{header.line}: header {list(header.values)} differs from the columns "
            f"declared in columns.tsv {[c.name for c in declared]}"
        )
    for row in rows:
        for column in declared:
            _check(name, row.line, column, row.values[column.name])
    return rows


class _Header(NamedTuple):
    line: int
    values: tuple[str, ...]


class Column(NamedTuple):
    """One line of ``columns.tsv``: a column of a table and what its cells may hold."""

    name: str
    kind: str
    required: bool


def _read(name: str) -> tuple[_Header, tuple[Row, ...]]:
    """The header and rows of ``<name>.tsv``, checked for shape only."""
    path = resources.files(__package__) / f"{name}.tsv"
    lines = _data_lines(path.read_text(encoding="utf-8"))
    if not lines:
        raise LexiconError(f"{name}.tsv: no header line")
    header_line, header = lines[0]
    rows = []
    for number, cells in lines[1:]:
        if len(cells) > len(header) or not cells[0]:
            raise LexiconError(
                f"{name}.tsv:{number}: expected at most {len(header)} columns "
                f"({', '.join(header)}), got {cells!r}"
            )
        cells = cells + [""] * (len(header) - len(cells))
        rows.append(Row(number, dict(zip(header, cells, strict=True))))
    return _Header(header_line, tuple(header)), tuple(rows)


@cache
def _columns() -> dict[str, tuple[Column, ...]]:
    """Table name -> its declared columns, in order (``columns.tsv``, itself declared there)."""
    out: dict[str, list[Column]] = {}
    for row in _read("columns")[1]:
        v = row.values
        out.setdefault(v["table"], []).append(
            Column(v["column"], v["kind"], v["required"] == "yes")
        )
    return {table: tuple(columns) for table, columns in out.items()}


_ISO3 = re.compile(r"[A-Z]{3}")
_INT = re.compile(r"-?\d+")
_NUMBER = re.compile(r"-?\d+(\.\d+)?|-")
_DIGITS = re.compile(r"\d+|-")


def _check(table: str, line: int, column: Column, value: str) -> None:
    """Raise a LexiconError naming file and line unless ``value`` fits the column."""
    if not value:
        if column.required:
            raise LexiconError(f"{table}.tsv:{line}: column {column.name!r} may not be empty")
        return
    problem = _problem(column.kind, value)
    if problem:
        raise LexiconError(f"{table}.tsv:{line}: column {column.name!r}: {problem}")


def _problem(kind: str, value: str) -> str | None:
    """What is wrong with ``value`` as a cell of this kind (None when nothing)."""
    if kind.startswith(("one of ", "any of ")):
        allowed = kind[7:].split("|")
        values = [value] if kind.startswith("one") else value.split("|")
        if kind.startswith("any") and value == "-":
            return None
        wrong = [v for v in values if v not in allowed]
        return f"{wrong[0]!r} is not one of {', '.join(allowed)}" if wrong else None
    pattern = {"int": _INT, "number": _NUMBER, "digits": _DIGITS, "iso3": _ISO3}.get(kind)
    if pattern is not None:
        return None if pattern.fullmatch(value) else f"{value!r} is not {kind}"
    if kind == "yes":
        return None if value == "yes" else f"{value!r} is not 'yes' or empty"
    if kind == "sector":
        return None if value in _codes("sectors", "code") else f"unknown sector {value!r}"
    if kind == "type":
        known = _codes("event_types", "type") | {"*", "-"}
        return None if value in known else f"unknown PLOVER type {value!r}"
    if kind != "text":
        return f"columns.tsv gives an unknown kind {kind!r}"
    return None


@cache
def _codes(table: str, column: str) -> frozenset[str]:
    """The values of one column of a table, for columns that must name one of them."""
    return frozenset(row.values[column] for row in load_table(table))


def table_names() -> list[str]:
    """Names of every table shipped in this folder."""
    folder = resources.files(__package__)
    return sorted(p.name[:-4] for p in folder.iterdir() if p.name.endswith(".tsv"))
