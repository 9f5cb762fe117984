"""Corpus questions over hand-built records: actor identity, corroboration, filters."""

from __future__ import annotations

import json

import pytest
from factories import call_record
from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.store import NotFound, Store
from newsgraph.store.names import acronym, fold

runner = CliRunner()


@pytest.fixture
def corpus(store: Store) -> Store:
    store.add([
            call_record("a1", "TASS", "Sergey Naryshkin", "William Burns", "2023-06"),
            call_record("a2", "Reuters", "Sergei Naryshkin", "Burns", "2023-06-24"),
            call_record("a3", "Reuters", "Naryshkin", "William Burns", None),
            call_record("a4", "BBC", "Sergei Naryshkin", "William Burns", "2023-06-24", "negated"),
        call_record("a5", "AP", "Sergei Naryshkin", "William Burns", "2021-01-02"),
    ])  # fmt: skip
    return store


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Sergey Naryshkin", "Sergei Naryshkin"),
        ("Mykhailo Podolyak", "Mykhailo Podoliak"),
        ("Volodymyr Zelensky", "Volodymyr Zelenskyy"),
        ("Yevgeny Prigozhin", "Evgeny Prigozhin"),
        ("Aleksandr Lukashenko", "Alexander Lukashenko"),
        ("the Kremlin", "Kremlin"),
    ],
)
def test_corpus_fold_joins_spelling_variants(one: str, other: str) -> None:
    assert fold(one) == fold(other)


def test_corpus_people_sharing_a_surname_stay_apart(store: Store) -> None:
    store.add([
        call_record("x1", "AP", "Ann Lee", "Bo Park", None),
        call_record("x2", "AP", "Bo Lee", "Ann Lee", None),
        call_record("x3", "AP", "Lee", "Park", None),
    ])  # fmt: skip
    names = {row["name"]: row["articles"] for row in store.actors()}
    # "Lee" alone is ambiguous and links to neither; "Park" has one candidate.
    assert names == {"Ann Lee": 2, "Bo Lee": 1, "Bo Park": 2, "Lee": 1}


def test_corpus_full_name_joins_an_actor_known_by_surname(store: Store) -> None:
    store.add([call_record("y1", "AP", "Kuleba", "Blinken", None)])
    store.add([call_record("y2", "AP", "Dmytro Kuleba", "Antony Blinken", None)])
    assert {row["name"] for row in store.actors()} == {"Dmytro Kuleba", "Antony Blinken"}
    store.add([call_record("y3", "AP", "Olena Kuleba", "Kuleba", None)])  # another Kuleba
    # Olena is not Dmytro; the "Kuleba" of y3 is hers (same article); y1's is re-examined
    # and, with two Kulebas of one article each, is now nobody's but its own.
    assert {row["name"]: row["articles"] for row in store.actors()} == {
        "Dmytro Kuleba": 1, "Antony Blinken": 2, "Olena Kuleba": 1, "Kuleba": 1,
    }  # fmt: skip


def test_corpus_acronym_is_only_a_spelling_never_initials() -> None:
    assert acronym("CIA") == "CIA"
    assert acronym("U.N.") == "UN"
    assert acronym("The Central Intelligence Agency") is None
    assert acronym("Burns") is None


def test_corpus_one_actor_per_person_across_spellings(corpus: Store) -> None:
    store = corpus
    names = {row["name"]: row["articles"] for row in store.actors()}
    # The display name is the most frequent full name (3 of 4), not the first or longest.
    assert names == {"Sergei Naryshkin": 5, "William Burns": 5}


def test_corpus_same_event_forms_one_cluster_with_sources(corpus: Store) -> None:
    store = corpus
    rows = store.events(event_type="CONSULT", since="2023-01-01")
    assert {r["article"] for r in rows} == {"a1", "a2", "a4"}
    # a1 (2023-06), a2 (2023-06-24) and a4 agree; a3 has no date, so type and actors
    # alone do not make it the same call; a5 (2021) is another event.
    corroborated = next(r for r in rows if r["article"] == "a2")
    assert (corroborated["n_articles"], corroborated["n_sources"]) == (3, 3)
    assert corroborated["conflict"] is True  # a4 denies it


def test_corpus_event_filters(corpus: Store) -> None:
    store = corpus
    burns = store.resolve_actor("Burns")
    assert len(store.events(recipient_keys=[burns])) == 5
    assert store.events(actor_keys=[burns]) == []
    assert [r["article"] for r in store.events(until="2021-12")] == ["a5"]
    assert len(store.events(country="rus")) == 5
    assert store.events(country="FRA") == []


def test_corpus_actor_profile(corpus: Store) -> None:
    store = corpus
    profile = store.actor_profile(store.resolve_actor("Sergei Naryshkin"))
    assert profile["names"] == ["Naryshkin", "Sergei Naryshkin", "Sergey Naryshkin"]
    assert [(c["name"], c["events"]) for c in profile["counterparts"]] == [("William Burns", 5)]
    assert profile["n_statements"] == 5
    assert profile["timeline"] == {"2021-01": 1, "2023-06": 3, "unknown": 1}


def test_corpus_unknown_actor_is_not_found(corpus: Store) -> None:
    store = corpus
    with pytest.raises(NotFound, match="no actor matches 'Nobody'"):
        store.resolve_actor("Nobody")


def test_corpus_merge_and_split_by_command(corpus: Store, store_url: str) -> None:
    store, db = corpus, store_url
    split = runner.invoke(app, ["actors", "split", "Sergei Naryshkin", "Naryshkin", "--db", db])
    assert split.exit_code == 0, split.output
    assert len(store.actors()) == 3
    new_key = split.output.split("is now actor ")[1].split()[0]
    merge = runner.invoke(app, ["actors", "merge", "Sergey Naryshkin", new_key, "--db", db])
    assert merge.exit_code == 0, merge.output
    assert {r["name"]: r["articles"] for r in store.actors()}["Sergei Naryshkin"] == 5
    shown = runner.invoke(app, ["actor", "Burns", "--db", db, "--format", "json"])
    assert json.loads(shown.output)["counterparts"][0]["name"] == "Sergei Naryshkin"
