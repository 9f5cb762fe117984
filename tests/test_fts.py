"""The search box syntax as FTS5 and PostgreSQL tsquery text (see newsgraph.store.fts)."""

from __future__ import annotations

import pytest

from newsgraph.store.fts import Term, parse, postgres_query, sqlite_query


def test_parse_groups_or_phrases_and_prefixes() -> None:
    assert parse('talks OR negotiat* "peace deal"') == [
        [Term(("talks",)), Term(("negotiat",), prefix=True)],
        [Term(("peace", "deal"))],
    ]


@pytest.mark.parametrize(
    ("query", "fts5", "tsquery"),
    [
        ("talks OR negotiations", '("talks" OR "negotiations")', "('talks' | 'negotiations')"),
        ('"peace talks" Geneva', '"peace talks" AND "Geneva"', "('peace' <-> 'talks') & 'Geneva'"),
        ("negotiat*", '"negotiat"*', "'negotiat':*"),
        ("U.S. o'brien", '"U S" AND "o brien"', "('U' <-> 'S') & ('o' <-> 'brien')"),
        ('OR " ( NEAR:', '"NEAR"', "'NEAR'"),
        ("talks OR", '"talks"', "'talks'"),
        ("( ) *", "", ""),
    ],
)
def test_queries_quote_every_word(query: str, fts5: str, tsquery: str) -> None:
    assert sqlite_query(query) == fts5
    assert postgres_query(query) == tsquery
