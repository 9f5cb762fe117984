"""The store on SQLite and PostgreSQL: idempotent adds, versions, exact read-back, search."""

from __future__ import annotations

import pytest

import newsgraph
from newsgraph.record import Analysis
from newsgraph.store import NotFound, Store, StoreError


def _record(text: str, article_id: str = "a1") -> Analysis:
    return newsgraph.analyze(text, published="2024-01-03", id=article_id, source="Daily Planet")


def test_store_add_is_idempotent(store: Store) -> None:
    record = _record("The minister said on Friday that negotiations would resume.")
    assert store.add([record]) == 1
    assert store.add([record]) == 0
    assert store.count("articles") == 1


def test_store_reads_record_back_exactly(store: Store) -> None:
    record = _record("“We will not negotiate,” the spokeswoman told reporters in Kyiv.")
    store.add([record])
    assert store.record_json("a1") == record.to_json()
    assert store.record("a1") == record


def test_store_changed_text_is_a_new_version(store: Store) -> None:
    store.add([_record("Talks resumed in Geneva on Monday.")])
    store.add([_record("Talks resumed in Geneva on Tuesday.")])
    assert store.count("articles") == 2
    assert "Tuesday" in store.record("a1").article.text
    assert "Monday" in store.record("a1", version=1).article.text


def test_store_missing_article_is_not_found(store: Store) -> None:
    with pytest.raises(NotFound, match="'nope'"):
        store.record("nope")


def test_store_search_finds_words_with_highlights(store: Store) -> None:
    store.add([_record("Officials in Brussels discussed fishing quotas for hours.", "q1")])
    store.add([_record("The striker scored twice in the final.", "q2")])
    hits = store.search("fishing quotas")
    assert {h.article_id for h in hits} == {"q1"}
    assert all("[fishing]" in h.snippet for h in hits)
    assert store.search('"unbalanced AND (') == []  # operators are not syntax errors


def test_store_unreachable_database_hides_password() -> None:
    with pytest.raises(StoreError) as caught:
        Store.open("postgresql://someone:s3cret@127.0.0.1:1/none")
    assert "s3cret" not in str(caught.value)
    assert "***" in str(caught.value)


def test_store_counterparts_are_corpus_actors_only(store: Store) -> None:
    store.add([_record("Riot police detained opposition leader Alexei Navalny at a rally.")])
    (key,) = [a["key"] for a in store.actors(name="Navalny")]
    profile = store.actor_profile(key)
    assert profile["n_events_as_recipient"]  # the arrest, by the nameless police
    assert "Riot police" not in profile["counterparts"]


def test_store_undated_events_sort_last_and_have_no_month(store: Store) -> None:
    store.add([
        _record("Rebels attacked the town of Goma on 3 March 2023.", "d1"),
        newsgraph.analyze("Rebels attacked the town of Beni on June 30.", id="d2"),  # XXXX-06-30
        _record("Rebels attacked the town of Butembo in 1994.", "d3"),
    ])  # fmt: skip
    dates = [e["date"] for e in store.events(event_type="ASSAULT")]
    known = [d for d in dates if d and d[0].isdigit()]
    assert dates[: len(known)] == known  # every dated event before the undated ones
    months = [row["month"] for row in store.timeline()]
    assert "1994" not in months and months[-1] == "unknown"  # a year alone has no month
    assert all(m == "unknown" or (len(m) == 7 and m[:4].isdigit()) for m in months)


def _plain(article_id: str, text: str) -> Analysis:
    from newsgraph.record import Article

    return Analysis(article=Article(id=article_id, text=text, title=f"Title {article_id}"))


SEARCHED = {
    "t": "The talks in Geneva went on late.",
    "n": "Negotiations on fishing resumed.",
    "p": "They hoped for peace talks soon.",
    "w": "Talks about peace or war were held.",
    "o": "The word or is common in this text.",
}


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("talks OR negotiations", {"t", "n", "p", "w"}),
        ("peace talks", {"p", "w"}),
        ('"peace talks"', {"p"}),
        ("negot*", {"n"}),  # PostgreSQL matches the prefix against stems ('negoti')
        ("peace OR fishing talks", {"p", "w"}),  # OR binds the terms beside it
        ('"peace talks" OR Geneva', {"p", "t"}),
        ("OR", set()),  # an operator alone is no word to look for
        ('talks" OR (NEAR', {"t", "p", "w"}),  # stray syntax is words: 'near' matches none
    ],
)
def test_store_search_syntax(store: Store, query: str, found: set[str]) -> None:
    store.add([_plain(key, text) for key, text in SEARCHED.items()])
    hits = store.search(query, limit=50)
    if query.endswith("(NEAR"):  # every term must match: 'near' is in no text
        found = set()
    assert {h.article_id for h in hits} == found
    assert store.search_count(query) == len(found)
    assert all(h.title == f"Title {h.article_id}" for h in hits)


def test_store_migration_fills_event_sentences(store_url: str) -> None:
    """A store made before revision 0005 gets each event's sentence from its record."""
    from factories import call_record
    from sqlalchemy import text

    with Store.open(store_url) as store:
        store.add([call_record("c1", "TASS", "Ann Lee", "Bo Park", "2023-06-24")])
        with store.engine.begin() as connection:
            connection.execute(text("ALTER TABLE events DROP COLUMN sentence"))
            connection.execute(text("UPDATE alembic_version SET version_num = '0004'"))
    with Store.open(store_url) as store:
        [event] = store.events()
    assert event["sentence"] == "Ann Lee held a phone call with Bo Park, the agency said."
