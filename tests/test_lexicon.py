"""Lexicon tables: every table loads; the entity tables hold well-formed codes."""

from __future__ import annotations

import re
from importlib import resources

import pytest

from newsgraph.lexicon import load_table, table_names
from newsgraph.lexicon.entities import SECTORS

ISO3 = re.compile(r"^[A-Z]{3}$")
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


@pytest.mark.parametrize(
    ("table", "column"),
    [("countries", "iso3"), ("organisations", "iso3"), ("regions", "iso3")],
)
def test_lexicon_country_codes_are_iso3(table: str, column: str) -> None:
    bad = [(line, v) for line, v in _cells(table, column) if v and not ISO3.match(v)]
    assert not bad, f"{table}.tsv: not ISO3: {bad}"


@pytest.mark.parametrize(
    ("table", "column"),
    [
        ("organisations", "sector"),
        ("titles", "sector"),
        ("name_heads", "sector"),
        ("group_nouns", "sector"),
    ],
)
def test_lexicon_sectors_are_known(table: str, column: str) -> None:
    bad = [(line, v) for line, v in _cells(table, column) if v and v not in SECTORS]
    assert not bad, f"{table}.tsv: unknown sector: {bad}"


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
