"""Actor identity across a corpus: which names are one actor, which never are, and that
ingest, relink and the user's decisions agree. Names come from the BBC corpus (2004–05)
and MEANTIME, where the old linking merged strangers or split one actor."""

from __future__ import annotations

import pytest
from factories import call_record, names_record
from sqlalchemy import text
from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.store import NotFound, Store, StoreError
from newsgraph.store.actors import Candidate, choose_referent
from newsgraph.store.clusters import interval
from newsgraph.store.decisions import DecisionError
from newsgraph.store.names import country_of, link_keys, name_key, spells

runner = CliRunner()


def _actor_of(store: Store) -> dict[tuple[str, str], str | None]:
    """(article id, entity name) → the name of its corpus actor."""
    with store.engine.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT ar.id, e.name, a.name FROM entities e JOIN articles ar "
                "ON ar.key = e.article_key LEFT JOIN actors a ON a.key = e.actor_key"
            )
        )
        return {(aid, name): actor for aid, name, actor in rows}


@pytest.mark.parametrize(
    ("one", "other", "entity_type"),
    [
        ("General Motors", "General Motors Corporation", "ORG"),
        ("Apple", "Apple Inc.", "ORG"),
        ("Ford", "Ford Motor Company", "ORG"),
        ("EADS N.V.", "EADS", "ORG"),
        ("Fiat Group SpA", "Fiat", "ORG"),
        ("United States Air Force", "U.S. Air Force", "ORG"),
        ("CIA", "Central Intelligence Agency", "ORG"),
        ("Mr Van de Vijver", "Van de Vijver", "PERSON"),
    ],
)
def test_names_of_one_actor_share_a_key(one: str, other: str, entity_type: str) -> None:
    assert name_key(one, entity_type) == name_key(other, entity_type)


@pytest.mark.parametrize(
    "name", ["US", "U.S.", "United States", "the United States of America", "American",
             "Americans", "the U.S. Government", "government of the United States"],
)  # fmt: skip
def test_a_country_is_known_by_its_abbreviations_demonyms_and_government(name: str) -> None:
    assert country_of(name) == "USA"
    assert name_key(name, "GPE") == name_key(name, "NORP") == "cty:USA"


@pytest.mark.parametrize(
    ("one", "other", "entity_type"),
    [
        ("Liberal Democrats", "Leonardo diCaprio", "ORG"),  # same initials
        ("European Union", "Edinburgh University", "ORG"),
        ("General Motors", "General Electric", "ORG"),
        ("News Corporation", "The News", "ORG"),  # a spelled-out word may be the name
        ("Gordon Brown", "Dan Brown", "PERSON"),
        ("George W. Bush", "George H. W. Bush", "PERSON"),
    ],
)
def test_names_of_different_actors_never_share_a_key(
    one: str, other: str, entity_type: str
) -> None:
    assert (
        not link_keys(one, entity_type, [one]).strong
        & link_keys(other, entity_type, [other]).strong
    )


def test_partial_names_and_generic_groups() -> None:
    assert link_keys("Blair", "PERSON", ["Blair"]).partial == "sur:blair"
    assert link_keys("Tony Blair", "PERSON", ["Tony Blair"]).parts == {"sur:blair"}
    assert link_keys("LSE", "ORG", ["LSE"]).partial == "acr:LSE"
    # An acronym mentioned with its expansion is tied to it in that article.
    tied = link_keys("London Stock Exchange", "ORG", ["London Stock Exchange", "LSE"])
    assert tied.parts == {"acr:LSE"} and tied.partial is None
    # A listed acronym is no partial name: the lexicon says what it stands for.
    assert link_keys("NATO", "ORG", ["NATO"]).partial is None
    # "the players", "officials": no proper name, no corpus actor.
    assert link_keys("the players", "NORP", []) is None


def test_choose_referent_needs_a_clear_one() -> None:
    tony, cherie, ian = Candidate(1, 40), Candidate(2, 4), Candidate(3, 2)
    assert choose_referent("sur:blair", [tony, cherie, ian]) == 1  # 40 ≥ 3 × 4
    assert choose_referent("sur:lee", [Candidate(1, 5), Candidate(2, 4)]) is None
    assert choose_referent("sur:x", [Candidate(1, 2), Candidate(2, 0)]) is None  # too few
    assert choose_referent("sur:blair", [cherie]) == 2
    assert choose_referent("sur:blair", []) is None


def test_a_surname_goes_only_to_someone_who_keeps_the_article_company() -> None:
    ray = Candidate(1, 20, frozenset({"Jamie Foxx"}))
    prince = Candidate(2, 2, frozenset({"Camilla Parker Bowles", "Tony Blair"}))
    assert choose_referent("sur:charles", [ray, prince], frozenset({"Camilla Parker Bowles"})) == 2
    assert choose_referent("sur:charles", [ray], frozenset({"Michael Howard"})) is None
    assert choose_referent("sur:charles", [ray], frozenset()) == 1  # nobody else named
    # An acronym's candidates were tied to it by an article that spelled it out.
    electric = Candidate(3, 5, frozenset({"Jeff Immelt"}))
    assert choose_referent("acr:GE", [electric], frozenset({"Honeywell"})) == 3


@pytest.mark.parametrize(
    ("short", "name", "expected"),
    [
        ("EU", "European Union", True),
        ("UKIP", "UK Independence Party", True),
        ("EADS", "European Aeronautic Defence and Space Company", True),
        ("LSE", "London Stock Exchange", True),
        ("MTV", "MTV Asia", False),
        ("BT", "BT Retail", False),
        ("AC", "Automobile Craiova", True),  # spelled, but only a tie in one article counts
    ],
)
def test_an_acronym_ties_only_to_a_name_it_spells(short: str, name: str, expected: bool) -> None:
    assert spells(short, name) is expected


def test_store_joins_the_forms_of_one_actor(store: Store) -> None:
    store.add([
        names_record("a1", ("US", "GPE"), ("General Motors Corporation", "ORG")),
        names_record("a2", ("United States", "GPE"), ("General Motors", "ORG", ["GM"])),
        names_record("a3", ("American", "NORP"), ("the U.S. Government", "ORG"),
                     ("Apple Inc.", "ORG")),
        names_record("a4", ("U.S.", "GPE"), ("Apple", "ORG"), ("GM", "ORG")),
    ])  # fmt: skip
    actors = _actor_of(store)
    country = [("a1", "US"), ("a2", "United States"), ("a3", "American"),
               ("a3", "the U.S. Government"), ("a4", "U.S.")]  # fmt: skip
    assert len({actors[k] for k in country}) == 1
    gm = actors[("a2", "General Motors")]
    assert actors[("a1", "General Motors Corporation")] == gm
    assert actors[("a4", "GM")] == gm  # GM was tied to it in a2
    assert actors[("a4", "Apple")] == actors[("a3", "Apple Inc.")]


def test_store_never_merges_strangers(store: Store) -> None:
    store.add([
        names_record("b1", ("Liberal Democrats", "ORG"), "Leonardo diCaprio"),
        names_record("b2", ("European Union", "ORG"), ("Edinburgh University", "ORG")),
        names_record("b3", "Gordon Brown", "Dan Brown", "Wes Brown"),
        names_record("b4", ("Air Canada", "ORG"), ("AC", "ORG")),
    ])  # fmt: skip
    actors = _actor_of(store)
    assert len(set(actors.values())) == len(actors)  # every entity an actor of its own
    assert actors[("b4", "AC")] == "AC"  # initials alone tie nothing


def test_a_bare_surname_goes_to_its_clear_referent_and_is_reexamined(store: Store) -> None:
    store.add([names_record("c1", "Blair")])
    assert _actor_of(store)[("c1", "Blair")] == "Blair"  # nobody known yet: its own
    store.add([names_record(f"t{n}", "Tony Blair") for n in range(3)])
    store.add([names_record("c2", "Cherie Blair"), names_record("c3", "Blair")])
    actors = _actor_of(store)
    # Re-examined once Tony Blair was known: 3 articles against Cherie's 1.
    assert actors[("c1", "Blair")] == actors[("c3", "Blair")] == "Tony Blair"
    assert "Blair" not in {row["name"] for row in store.actors()}
    # The same article's own full name wins over the corpus.
    store.add([names_record("c4", "Cherie Blair", "Blair")])
    assert _actor_of(store)[("c4", "Blair")] == "Cherie Blair"


def test_an_acronym_joins_the_expansion_an_article_ties_it_to(store: Store) -> None:
    store.add([names_record("d1", ("LSE", "ORG"))])
    store.add([names_record("d2", ("London Stock Exchange", "ORG", ["LSE"]))])
    assert _actor_of(store)[("d1", "LSE")] == "London Stock Exchange"


def test_actor_lookup_prefers_the_exact_name(store: Store, store_url: str) -> None:
    store.add([
        names_record("e1", "Tony Blair"), names_record("e2", "Cherie Blair"),
        names_record("e3", "Tony Blair", "Ian Blair"),
    ])  # fmt: skip
    shown = runner.invoke(app, ["actor", "Tony Blair", "--db", store_url, "--format", "json"])
    assert shown.exit_code == 0, shown.output
    assert '"name": "Tony Blair"' in shown.output
    several = runner.invoke(app, ["actor", "Blair", "--db", store_url])
    assert several.exit_code == 1
    assert "Tony Blair" in several.output.split("Cherie")[0]  # most articles first


def test_relink_is_idempotent_keeps_decisions_and_matches_ingest(
    store: Store, store_url: str
) -> None:
    store.add([names_record("f1", "Blair", "Ann Lee")])
    store.add([names_record("f2", "Tony Blair", "Bo Lee"), names_record("f3", "Tony Blair")])
    store.add([names_record("f4", "Tony Blair", ("Vote Blair", "ORG"))])
    ingested = _actor_of(store)
    report = store.relink()
    assert report.moved == 0 and _actor_of(store) == ingested
    ann, bo = store.resolve_actor("Ann Lee"), store.resolve_actor("Bo Lee")
    store.merge_actors(ann, bo)  # the user says they are one
    tony = store.resolve_actor("Tony Blair")
    store.split_actor(tony, "Blair")  # and that the bare "Blair" is someone else
    decided = _actor_of(store)
    assert decided[("f2", "Bo Lee")] == decided[("f1", "Ann Lee")]
    assert decided[("f1", "Blair")] == "Blair"
    result = runner.invoke(app, ["actors", "relink", "--db", store_url])
    assert result.exit_code == 0, result.output
    assert "0 changed actor" in result.output
    assert _actor_of(store) == decided
    # Later ingests follow the decisions too.
    store.add([names_record("f5", "Bo Lee", "Blair")])
    after = _actor_of(store)
    assert after[("f5", "Bo Lee")] == after[("f1", "Ann Lee")]
    assert after[("f5", "Blair")] == "Blair"


def test_a_store_linked_by_older_rules_asks_for_a_relink(store_url: str) -> None:
    with Store.open(store_url) as store:
        store.add([names_record("g1", "Tony Blair")])
        with store.engine.begin() as connection:  # as revision 0003 left a store
            connection.execute(text("CREATE TABLE actor_aliases (actor_key INTEGER, key TEXT)"))
            connection.execute(text("UPDATE alembic_version SET version_num = '0003'"))
    with Store.open(store_url) as store:
        assert store.needs_relink
        shown = runner.invoke(app, ["actors", "list", "--db", store_url])
        assert "actors relink" in " ".join(shown.output.split())
        store.relink()
        assert not store.needs_relink


def test_a_store_linked_before_plural_peoples_folded_asks_for_a_relink(store_url: str) -> None:
    # revision 0008: "Muslims" and "Muslim" now share a key, which old links do not know
    with Store.open(store_url) as store:
        store.add([names_record("g2", "Tony Blair")])
        with store.engine.begin() as connection:
            connection.execute(text("UPDATE alembic_version SET version_num = '0007'"))
    with Store.open(store_url) as store:
        assert store.needs_relink
        store.relink()
        assert not store.needs_relink


def test_export_entities_carries_the_actor(store: Store, store_url: str, tmp_path) -> None:
    store.add([names_record("h1", "Tony Blair", ("the ministers", "NORP", []))])
    out = tmp_path / "entities.csv"
    result = runner.invoke(app, ["export", "entities", "--db", store_url, "--format", "csv",
                                 "--out", str(out)])  # fmt: skip
    assert result.exit_code == 0, result.output
    lines = out.read_text().splitlines()
    assert lines[0].endswith(",actor,actor_name")
    assert lines[1].endswith(",Tony Blair")


@pytest.mark.parametrize(
    ("value", "basis", "expected"),
    [
        ("2023-06-24", "explicit", ("2023-06-24", "2023-06-24")),
        ("2023-06", "explicit", ("2023-06-01", "2023-06-30")),
        ("2024-02", "explicit", ("2024-02-01", "2024-02-29")),
        ("2023", "explicit", ("2023-01-01", "2023-12-31")),
        ("2023-07-04", "publication", ("2023-06-03", "2023-07-04")),  # on or before
        ("XXXX-06-30", "explicit", None),
        (None, "unknown", None),
        ("2023-13", "explicit", None),
    ],
)
def test_event_date_intervals(value: str | None, basis: str, expected: tuple | None) -> None:
    assert interval(value, basis) == expected


def test_api_lists_the_candidates_of_an_ambiguous_name(store: Store, store_url: str) -> None:
    from fastapi.testclient import TestClient

    from newsgraph.api import create_app

    store.add([names_record("i1", "Tony Blair"), names_record("i2", "Tony Blair", "Ian Blair")])
    client = TestClient(create_app(store_url))
    assert client.get("/api/actors/Tony Blair").json()["name"] == "Tony Blair"
    answer = client.get("/api/actors/Blair")
    assert answer.status_code == 409
    assert [c["name"] for c in answer.json()["detail"]["candidates"]] == ["Tony Blair", "Ian Blair"]


def test_an_article_that_shows_two_actors_are_one_joins_them(store: Store) -> None:
    store.add([names_record("j1", ("Fox Entertainment", "ORG"))])
    store.add([names_record("j2", ("Fox Entertainment Group", "ORG"))])  # same key: joined
    store.add([names_record("j3", ("Fox Broadcasting", "ORG"))])
    # An article whose "Fox Entertainment" is also called "Fox Broadcasting Company" shows
    # the two actors are one: they join, also for its own "Fox Broadcasting".
    both = ("Fox Entertainment", "ORG", ["Fox Broadcasting Company"])
    store.add([names_record("j4", ("Fox Broadcasting", "ORG"), both)])
    actors = _actor_of(store)
    assert actors[("j1", "Fox Entertainment")] == actors[("j3", "Fox Broadcasting")]
    assert len({row["name"] for row in store.actors()}) == 1
    assert store.relink().moved == 0


def test_splitting_a_bare_surname_off_one_actor_leaves_the_others(store: Store) -> None:
    store.add([
        names_record("k1", "Tony Blair", "Blair"), names_record("k2", "Cherie Blair", "Blair"),
        names_record("k3", "Tony Blair"), names_record("k4", "Tony Blair"),
        names_record("k5", "Blair"),
    ])  # fmt: skip
    assert _actor_of(store)[("k5", "Blair")] == "Tony Blair"
    store.split_actor(store.resolve_actor("Tony Blair"), "Blair")
    decided = _actor_of(store)
    assert decided[("k1", "Blair")] == decided[("k5", "Blair")] == "Blair"
    assert decided[("k2", "Blair")] == "Cherie Blair"  # her own article still says so
    # k5's "Blair" is no longer guessed: not Cherie either, though she is the only other.
    store.add([names_record("k6", "Cherie Blair", "Blair"), names_record("k7", "Blair")])
    after = _actor_of(store)
    assert (after[("k6", "Blair")], after[("k7", "Blair")]) == ("Cherie Blair", "Blair")
    assert store.relink().moved == 0


def test_a_merge_outlives_a_later_split_of_one_of_its_names(store: Store) -> None:
    store.add([
        names_record("m1", ("Fox Entertainment Group", "ORG", ["Fox Broadcasting Company"])),
        names_record("m2", ("News Corporation", "ORG")),
        names_record("m3", ("Fox Broadcasting Company", "ORG")),
    ])  # fmt: skip
    fox = store.resolve_actor("Fox Entertainment Group")
    store.merge_actors(fox, store.resolve_actor("News Corporation"))
    with pytest.raises(DecisionError, match="same actor"):
        store.merge_actors(fox, fox)
    store.split_actor(fox, "Fox Entertainment Group")
    with pytest.raises(DecisionError, match="no entity"):
        store.split_actor(fox, "Nobody")
    before = _actor_of(store)
    # m1's entity went with the split; the merge still holds News Corporation and m3.
    assert before[("m2", "News Corporation")] == before[("m3", "Fox Broadcasting Company")]
    assert before[("m1", "Fox Entertainment Group")] != before[("m2", "News Corporation")]
    assert store.relink().moved == 0 and _actor_of(store) == before


def test_a_store_linked_by_older_rules_takes_no_articles_until_relinked(store_url: str) -> None:
    with Store.open(store_url) as store:
        store.add([names_record("n1", "Tony Blair")])
        with store.engine.begin() as connection:
            connection.execute(text("INSERT INTO store_meta VALUES ('actors_relinked', 'no')"))
        with pytest.raises(StoreError, match="relink"):
            store.add([names_record("n2", "Tony Blair")])
    result = runner.invoke(app, ["ingest", "-", "--db", store_url], input="Tony Blair spoke.")
    assert result.exit_code == 2
    assert "actors relink" in " ".join(result.output.split())


def test_a_cluster_keeps_only_the_dates_its_reports_allow(store: Store) -> None:
    store.add([
        call_record("p1", "AP", "Sergei Naryshkin", "William Burns", "2023-06"),
        call_record("p2", "TASS", "Sergei Naryshkin", "Burns", "2023-06-24"),
    ])  # fmt: skip
    assert store.events(since="2023")[0]["n_articles"] == 2  # "Burns" is William Burns
    # A second Burns makes the bare one nobody's: p2 leaves the cluster, and with it its day.
    store.add([call_record("p3", "AP", "Sergei Naryshkin", "Bill Burns", "2022-01-01")])
    store.add([call_record("p4", "AP", "Sergei Naryshkin", "William Burns", "2023-06-10")])
    rows = {r["article"]: r["n_articles"] for r in store.events(since="2023")}
    assert rows == {"p1": 2, "p2": 1, "p4": 2}


def test_a_name_in_another_script_is_an_actor() -> None:
    assert name_key("Путин", "PERSON") == "per:путин"
    assert name_key("Владимир Путин", "PERSON") != name_key("Дмитрий Медведев", "PERSON")


def test_concurrent_writers_store_each_article_once_and_one_actor_per_name(
    store_url: str,
) -> None:
    import multiprocessing

    from factories import add_crowd

    # Two processes open a fresh store at once and add overlapping articles.
    context = multiprocessing.get_context("spawn")
    with context.Pool(2) as pool:
        added = pool.starmap(add_crowd, [(store_url, list(range(0, 60))),
                                         (store_url, list(range(30, 90)))])  # fmt: skip
    assert sum(added) == 90  # the 30 shared articles once
    with Store.open(store_url) as store:
        assert store.count("articles") == 90
        names = [row["name"] for row in store.actors(limit=100)]
        assert sorted(names) == sorted(set(names)) and len(names) == 8
        assert store.relink().moved == 0


def test_a_split_leaves_the_rest_of_a_merge_and_takes_its_surname_along(store: Store) -> None:
    store.add([names_record("q1", "Tony Blair", ("London School of Economics", "ORG"))])
    store.add([names_record("q2", "Alex Ferguson")])
    tony = store.resolve_actor("Tony Blair")
    store.merge_actors(tony, store.resolve_actor("Alex Ferguson"))  # a user's mistake
    store.add([names_record("q3", ("Fox Entertainment Group", "ORG"), "Tony Blair")])
    store.split_actor(tony, "Alex Ferguson")  # undone by a split
    store.add([names_record("q4", ("London School of Economics", "ORG"), "Ferguson")])
    after = _actor_of(store)
    # "Ferguson" shares no company with Alex Ferguson, and Tony Blair no longer has the
    # surname: it stands alone, as a relink decides too.
    assert after[("q4", "Ferguson")] == "Ferguson"
    assert after[("q2", "Alex Ferguson")] != after[("q1", "Tony Blair")]
    assert store.relink().moved == 0 and _actor_of(store) == after


def test_a_merge_after_a_split_joins_only_the_split_name(store: Store) -> None:
    store.add([
        names_record("r1", ("Fox Entertainment Group", "ORG", ["Fox Broadcasting Company"])),
        names_record("r2", "Tony Blair"), names_record("r3", ("European Union", "ORG")),
        names_record("r4", ("Fox Broadcasting Company", "ORG")),
    ])  # fmt: skip
    fox = store.resolve_actor("Fox Entertainment Group")
    store.merge_actors(fox, store.resolve_actor("Tony Blair"))
    broadcasting = store.split_actor(fox, "Fox Broadcasting Company")
    store.merge_actors(broadcasting, store.resolve_actor("European Union"))
    decided = _actor_of(store)
    assert decided[("r3", "European Union")] != decided[("r2", "Tony Blair")]
    assert store.relink().moved == 0 and _actor_of(store) == decided


def test_a_split_takes_along_the_partial_names_its_article_tied_to_it(store: Store) -> None:
    exchange = ("London Stock Exchange", "ORG", ["LSE"])
    store.add([names_record("s1", exchange, ("LSE", "ORG")), names_record("s2", "Tony Blair")])
    tony = store.resolve_actor("Tony Blair")
    store.merge_actors(tony, store.resolve_actor("London Stock Exchange"))
    assert _actor_of(store)[("s1", "LSE")] == _actor_of(store)[("s2", "Tony Blair")]
    store.split_actor(tony, "London Stock Exchange")
    decided = _actor_of(store)
    assert decided[("s1", "LSE")] == decided[("s1", "London Stock Exchange")]
    assert store.relink().moved == 0 and _actor_of(store) == decided


def test_a_name_looked_up_matches_whole_words_only(store: Store) -> None:
    store.add([
        names_record("w1", ("The Simpsons", "ORG"), ("Labour Party", "ORG")),
        names_record("w2", ("Labour Party", "ORG")),
    ])  # fmt: skip
    with pytest.raises(NotFound, match="no actor matches 'MPs'"):
        store.resolve_actor("MPs")  # letters inside "Simpsons" are no name
    assert store.resolve_actor("Labour") == store.resolve_actor("Labour Party")


def _coded(record, country: str):
    entity = record.entities[0].model_copy(update={"country": country})
    return record.model_copy(update={"entities": [entity]})


def test_an_actors_country_needs_more_than_one_stray_cue(store: Store) -> None:
    records = [names_record(f"c{i}", ("Champions League", "ORG")) for i in range(12)]
    store.add([_coded(records[0], "USA"), *records[1:]])
    league = store.resolve_actor("Champions League")
    assert store.actor_profile(league)["country"] is None  # 1 cue in 12 articles
    store.add([_coded(names_record("d1", ("Vantelix", "ORG")), "FRA")])
    store.add([names_record("d2", ("Vantelix", "ORG"))])
    assert store.actor_profile(store.resolve_actor("Vantelix"))["country"] == "FRA"


def test_an_actors_type_is_that_of_the_name_it_is_shown_by(store: Store) -> None:
    named = [("Russia", "GPE"), ("Russia", "GPE"), ("Russian", "NORP"), ("Russians", "NORP")]
    store.add([
        _coded(names_record(f"r{i}", item), "RUS") for i, item in enumerate(named)
    ])  # fmt: skip
    profile = store.actor_profile(store.resolve_actor("Russia"))
    assert (profile["name"], profile["type"]) == ("Russia", "GPE")


def test_a_peoples_plural_is_the_group_its_singular_names() -> None:
    assert name_key("Zoroastrians", "NORP") == name_key("Zoroastrian", "NORP")
    assert name_key("Swiss", "NORP") == "cty:CHE"  # a double s is no plural


def test_a_country_is_shown_by_its_name_not_its_peoples(store: Store) -> None:
    store.add([names_record(f"n{n}", ("Norwegian", "NORP")) for n in range(3)])
    store.add([names_record("n9", ("Norway", "GPE"))])
    shown = {row["name"]: row["type"] for row in store.actors()}
    assert shown == {"Norway": "GPE"}  # though "Norwegian" was named three times


def test_a_group_named_by_its_people_is_one_actor(store: Store) -> None:
    store.add([names_record("g1", ("Zoroastrians", "NORP")),
               names_record("g2", ("Zoroastrian", "NORP"))])  # fmt: skip
    assert len(store.actors()) == 1


def test_a_listed_organisation_is_shown_by_its_listed_name(store: Store) -> None:
    store.add([names_record(f"o{n}", ("Tories", "ORG")) for n in range(3)])
    store.add([names_record("o9", ("Conservative Party", "ORG"))])
    assert {row["name"] for row in store.actors()} == {"Conservative Party"}
