"""Acts on the relations between two sides: CAMEO's verb + relations patterns."""

from __future__ import annotations

import pytest
from spacy.language import Language
from test_events import analyze

from newsgraph.lexicon.events import verbs


@pytest.mark.parametrize(
    ("text", "kind", "trigger"),
    [
        ("Chile and Peru improved relations in May.", "AGREE", "improved relations"),
        ("Hungary mended ties with Slovakia last year.", "SUPPORT", "mended ties"),
        ("Vietnam resumed relations with Cambodia in March.", "SUPPORT", "resumed relations"),
        ("Morocco froze relations with Algeria on Tuesday.", "SANCTION", "froze relations"),
        ("Norway and Poland deepened ties last year.", "COOPERATE", "deepened ties"),
        ("Bolivia has reset relations with Paraguay.", "AGREE", "reset relations"),
        ("Kenya and Uganda strengthened ties in March.", "COOPERATE", "strengthened ties"),
    ],
)
def test_events_a_verb_of_relations_with_its_object_is_an_act(
    nlp: Language, text: str, kind: str, trigger: str
) -> None:
    _, _, _, found = analyze(nlp, text)
    assert [(e.type, e.trigger.text) for e in found] == [(kind, trigger)]


def test_events_strengthening_cooperation_is_the_cooperation(nlp: Language) -> None:
    _, _, _, found = analyze(nlp, "Chile and Peru expanded cooperation on fisheries.")
    assert [(e.type, e.trigger.text) for e in found] == [("COOPERATE", "expanded cooperation")]


@pytest.mark.parametrize(
    "text",
    [
        "Acme Corp cut ties with a supplier in Vietnam after the audit.",
        "The bakery chain wants to improve relations with its customers.",
        "Northwind Traders froze relations with its distributor.",
    ],
)
def test_events_relations_of_a_firm_or_a_customer_are_no_act(nlp: Language, text: str) -> None:
    _, _, _, found = analyze(nlp, text)
    assert [e.type for e in found] == []


def test_events_relations_between_states_stay_after_the_business_check(nlp: Language) -> None:
    _, _, _, found = analyze(nlp, "Ecuador cut ties with Colombia after the raid.")
    assert [(e.type, e.trigger.text) for e in found] == [("SANCTION", "cut ties")]


def test_events_relation_rows_of_cameo_need_their_object() -> None:
    (row,) = [r for r in verbs()["improve"] if r.objs]
    assert "relation" in row.objs and row.code.cameo == "030"
    assert all(r.objs for r in verbs()["improve"])  # "improve schools" is no act
