"""Events stage: general nouns that refer back to the act just told ("the move", "the decision")."""

from __future__ import annotations

import pytest
from spacy.language import Language
from test_events import analyze, names


def _on(found, word: str):
    return [e for e in found if e.trigger.text == word]


@pytest.mark.parametrize(
    ("text", "word", "kind", "actor", "recipient"),
    [
        (  # the next sentence's subject
            "Chile expelled three Bolivian diplomats on Monday. "
            "The move drew sharp criticism from La Paz.",
            "move",
            "SANCTION",
            "Chile",
            "Bolivian diplomats",
        ),
        (  # "in a move" hangs on the act's own clause
            "A Peruvian court jailed the opposition leader Ana Ruiz this week "
            "in a move that her lawyers called unjust.",
            "move",
            "COERCE",
            "Peruvian court",
            "Ana Ruiz",
        ),
        (  # a clause coordinated with the act's
            "Police detained 40 students in Quito on Friday, and the decision angered parents.",
            "decision",
            "COERCE",
            "Police",
            "students",
        ),
    ],
)
def test_act_anaphor_mentions_the_act_just_told(
    nlp: Language, text: str, word: str, kind: str, actor: str, recipient: str
) -> None:
    _, entities, _, found = analyze(nlp, text)
    (mention,) = _on(found, word)
    told = next(e for e in found if e.trigger.text != word and e.type == kind)
    assert (mention.type, mention.mode, mention.polarity) == (kind, told.mode, "asserted")
    assert actor in names(mention.actors, entities)
    assert any(recipient in n for n in names(mention.recipients, entities))
    assert mention.date == told.date


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # the nearest clause before tells an act not coded: the move is that one
        (
            "Police detained 40 students in Quito on Friday. The mayor opened a new bridge on "
            "Saturday. The move surprised many.",
            "move",
        ),
        ("Apple bought a startup in Oslo on Tuesday. The move surprised analysts.", "move"),
        # a thing said is seldom "the move"
        ("The union urged the government to raise wages. The move surprised ministers.", "move"),
        # the decision's own infinitive is its act
        ("Germany's decision to impose sanctions on Iran angered Tehran.", "decision"),
        # another doer's decision, and a kind of measure
        ("Chile expelled three Bolivian diplomats. Peru's decision surprised many.", "decision"),
        ("Chile expelled three Bolivian diplomats. Security measures were tightened.", "measures"),
    ],
)
def test_act_anaphor_without_its_act_just_before_is_none(
    nlp: Language, text: str, word: str
) -> None:
    assert _on(analyze(nlp, text)[3], word) == []


def test_act_mention_has_the_sides_its_act_is_given_later(nlp: Language) -> None:
    # the arrest's doer comes from the article (the one police side it names), after the
    # sentence's mentions are made: "a move" has it too
    text = (
        "Two men were arrested in Lyon on Friday, a move that angered their families. "
        "Police said the men were questioned for hours."
    )
    _, entities, _, found = analyze(nlp, text)
    (move,) = _on(found, "move")
    assert names(move.actors, entities) == ["Police"]
