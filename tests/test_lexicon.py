"""Lexicon tables: every table loads; the entity tables hold well-formed codes."""

from __future__ import annotations

import re
from importlib import resources

import pytest

from newsgraph.lexicon import Column, LexiconError, _check, load_table, table_names
from newsgraph.lexicon.entities import SECTORS

ENTITY_TABLES = [
    "countries",
    "given_names",
    "group_nouns",
    "name_heads",
    "organisations",
    "pronouns",
    "regions",
    "titles",
]


@pytest.mark.parametrize("name", table_names())
def test_lexicon_table_loads(name: str) -> None:
    rows = load_table(name)
    assert rows, f"{name}.tsv has no entries"


def test_lexicon_entity_tables_present() -> None:
    names = set(table_names())
    assert {"countries", "organisations", "titles", "regions", "name_heads"} <= names


def _cells(table: str, column: str) -> list[tuple[int, str]]:
    return [(row.line, row.values[column]) for row in load_table(table)]


def test_lexicon_every_table_declares_its_columns() -> None:
    declared = {row.values["table"] for row in load_table("columns")}
    assert declared == set(table_names())


@pytest.mark.parametrize(
    ("column", "value", "message"),
    [
        (Column("iso3", "iso3", False), "usa", "titles.tsv:7: column 'iso3': 'usa' is not iso3"),
        (
            Column("sector", "sector", False),
            "ARMY",
            "titles.tsv:7: column 'sector': unknown sector",
        ),
        (Column("type", "type", True), "FIGHT", "titles.tsv:7: column 'type': unknown PLOVER type"),
        (Column("quad", "one of 1|2|3|4", True), "5", "'5' is not one of 1, 2, 3, 4"),
        (Column("x", "any of a|b", False), "a|c", "'c' is not one of a, b"),
        (Column("n", "int", True), "", "titles.tsv:7: column 'n' may not be empty"),
        (Column("cameo", "digits", False), "03a", "'03a' is not digits"),
    ],
)
def test_lexicon_cells_checked_against_columns(column: Column, value: str, message: str) -> None:
    """A wrong cell is reported with its file, line and column when its table loads."""
    with pytest.raises(LexiconError, match=re.escape(message)):
        _check("titles", 7, column, value)


@pytest.mark.parametrize(
    ("column", "value"),
    [
        (Column("sector", "sector", False), ""),
        (Column("sector", "sector", False), "GOV"),
        (Column("x", "any of a|b", False), "-"),
        (Column("x", "any of a|b", False), "b|a"),
        (Column("score", "number", True), "-2.5"),
        (Column("type", "type", True), "*"),
    ],
)
def test_lexicon_good_cells_pass(column: Column, value: str) -> None:
    _check("titles", 7, column, value)


def test_lexicon_sectors_table_is_the_sector_list() -> None:
    assert {"GOV", "MIL", "IGO", "NGO"} <= SECTORS


def test_lexicon_countries_cover_un_members() -> None:
    codes = [v for _, v in _cells("countries", "iso3")]
    assert len(codes) == len(set(codes))
    assert len(codes) >= 193
    assert codes == sorted(codes)


def test_lexicon_titles_kinds_and_genders() -> None:
    for row in load_table("titles"):
        assert row.values["kind"] in {"head", "mod", "honorific"}, row
        assert row.values["gender"] in {"", "M", "F"}, row


def test_lexicon_no_name_listed_twice() -> None:
    seen: dict[str, int] = {}
    for row in load_table("organisations"):
        v = row.values
        for name in [v["name"], *v["acronyms"].split("|"), *v["aliases"].split("|")]:
            if name:
                assert name not in seen, (
                    f"organisations.tsv:{row.line}: {name!r} also on line {seen[name]}"
                )
                seen[name] = row.line


@pytest.mark.parametrize("name", ENTITY_TABLES)
def test_lexicon_entity_tables_sorted_within_groups(name: str) -> None:
    """Entries are sorted between comment lines, so a reader finds them and a diff is small."""
    text = (resources.files("newsgraph.lexicon") / f"{name}.tsv").read_text("utf-8")
    lines = text.splitlines()
    header = next(i for i, line in enumerate(lines) if line.strip() and line[0] != "#")
    group: list[str] = []
    for line in [*lines[header + 1 :], "#"]:
        if line.startswith("#") or not line.strip():
            assert group == sorted(group, key=str.lower), f"{name}.tsv: unsorted near {group[0]!r}"
            group = []
        elif "\t" in line:
            group.append(line.split("\t", 1)[0])
