"""Speakers that are common nouns: a document, a body or a group of people that speaks
becomes an entity of its own (entities stage, :mod:`newsgraph.extract.entities.sources`),
so the statement's speaker resolves to it."""

from __future__ import annotations

import pytest

from newsgraph.extract.pipeline import analyze
from newsgraph.record import Analysis


def _speaker_entity(record: Analysis, cue: str) -> tuple[str, str] | None:
    """(type, name) of the entity the statement with this cue resolves its speaker to."""
    statement = next(s for s in record.statements if s.cue and s.cue.text == cue)
    if statement.speaker is None or statement.speaker.entity is None:
        return None
    entity = next(e for e in record.entities if e.id == statement.speaker.entity)
    return entity.type, entity.name


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        # a document or data set with no maker named is the source itself
        ("The audit found that the ferry fleet was badly maintained.", "found", "WORK_OF_ART"),
        ("Fares will double next year, according to the study.", "according to", "WORK_OF_ART"),
        # a plural person noun is a group, a body a singular organisation
        ("Observers claim the harbour plan will fail.", "claim", "NORP"),
        ("The panel warned that the lake was drying up.", "warned", "ORG"),
        # people and businesses by trade, speaking as a class
        ("Bookmakers say the grey mare is now the favourite.", "say", "NORP"),
        ("Creditors claimed the ferry line owed them millions.", "claimed", "NORP"),
        ("Pundits predicted that the champion would retire in spring.", "predicted", "NORP"),
        # a possessed person is someone new ("his agent")
        ("Her agent insisted the singer would tour in May.", "insisted", "PERSON"),
    ],
)
def test_source_noun_speaks_as_an_entity(text: str, cue: str, expected: str) -> None:
    found = _speaker_entity(analyze(text), cue)
    assert found is not None and found[0] == expected


def test_source_noun_repeated_is_one_entity() -> None:
    text = (
        "The audit found that the ferries were old. Ticket sales fell in March. "
        "The audit also said that two captains had no licence."
    )
    record = analyze(text)
    speakers = {s.speaker.entity for s in record.statements if s.speaker}
    assert len(speakers) == 1 and None not in speakers


def test_source_noun_with_a_named_maker_is_the_maker() -> None:
    record = analyze("A Gallup poll found that voters in Ohio were angry.")
    assert _speaker_entity(record, "found") == ("ORG", "Gallup")
    assert all(e.type != "WORK_OF_ART" for e in record.entities)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # "both sides" are the two sides named before; "many" names no one
        ("Both sides said the talks had gone well.", "said"),
        ("The three nations said the talks had failed.", "said"),
        ("Many say the bridge is unsafe.", "say"),
        # a definite business is the one the text names, a headline's bare noun someone named
        ("Sales of the cereal fell. The company said prices would rise.", "said"),
        ("Fares to rise after bus company says costs have doubled", "says"),
        # an owner named before it: "Obama's administration" is his
        ("President Barack Obama's administration said it would wait.", "said"),
    ],
)
def test_source_noun_that_points_back_is_left_alone(text: str, cue: str) -> None:
    assert _speaker_entity(analyze(text), cue) is None


def test_office_holder_no_one_named_speaks_as_a_person() -> None:
    # no source noun: a person known only by a title the text ties to no name
    record = analyze("The lawyer said the roof would be mended.")
    assert _speaker_entity(record, "said") == ("PERSON", "The lawyer")
