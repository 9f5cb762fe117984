"""Events stage: rows between politicians told in words of fighting (events/disputes.py)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from test_events import analyze


def _on(found, word: str):
    return [e for e in found if word in e.trigger.text]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # two party leaders of one country, no arms near: a row
        ("The Labour leader and the Conservative leader clashed in the Commons.", "clash"),
        ("Senior Labour ministers are fighting each other, the Tories said.", "fighting"),
        ("Mayor Jane Doyle lost a long legal battle with the city council.", "battle"),  # marked
        ("Chancellor Gordon Brown and Tony Blair have declared war on each other.", "war"),
        ("The Liberal Democrats launched a furious attack on Labour on Tuesday.", "attack"),
    ],
)
def test_a_row_between_politicians_is_criticism(nlp: Language, text: str, word: str) -> None:
    _, _, _, found = analyze(nlp, text)
    (event,) = _on(found, word)
    assert (event.type, event.mode) == ("ACCUSE", "disapprove")


@pytest.mark.parametrize(
    "text",
    [
        "The row blew up after the minister refused to apologise.",  # a row erupts, no force
        "The Greens are bracing for a bitter pre-election battle in the north.",  # a contest
    ],
)
def test_a_row_erupting_or_an_election_battle_is_no_force(nlp: Language, text: str) -> None:
    _, _, _, found = analyze(nlp, text)
    assert not [e for e in found if e.type == "ASSAULT"]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Government troops clashed with rebels near the border, killing ten.", "clashed"),
        ("Police clashed with protesters in the capital on Sunday.", "clashed"),
        ("Armenia and Azerbaijan fought a war over the region in the 1990s.", "fought"),
        ("Masked men attacked the councillor with a hammer outside his home.", "attacked"),
        ("Mayor Tom Reed was attacked with a knife by a stranger in the park.", "attacked"),
    ],
)
def test_armed_state_or_physical_fights_stay_force(nlp: Language, text: str, word: str) -> None:
    _, _, _, found = analyze(nlp, text)
    (event,) = _on(found, word)
    assert event.type == "ASSAULT"
