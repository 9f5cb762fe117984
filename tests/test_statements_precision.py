"""Precision of statements: words that look like speech but report none, and speakers the
parser takes from the wrong place. Each rule has a sentence that it drops and one with the
same words that still reports."""

from __future__ import annotations

import pytest

from newsgraph.extract.pipeline import analyze


def _statements(text: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (s.kind, s.speaker.text if s.speaker else None, s.cue.text if s.cue else None)
        for s in analyze(text).statements
    ]


def _cues(text: str) -> list[str]:
    return [cue for _, _, cue in _statements(text) if cue is not None]


@pytest.mark.parametrize(
    "text",
    [
        # a naming verb with a name as the object's predicate gives a name
        "Locals dub the footbridge the Wobbly Way.",
        "Fans call the young winger the Magician.",
    ],
)
def test_no_speech_in_names_given(text: str) -> None:
    assert _cues(text) == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The minister denied the claims about the harbour contract.", "denied"),
        ("The minister denied that she had met the developer.", "denied"),
        ("The harbour board calls the new pier a disaster.", "calls"),
        ('The mayor called the plan "a shameful waste".', "called"),
        ("Ms Okafor said she wants to open a bakery in Leeds.", "said"),
        ("Television pictures showed that the striker had dived.", "showed"),
        ("The farm survey showed that dairy herds are shrinking.", "showed"),
    ],
)
def test_same_words_still_report(text: str, cue: str) -> None:
    assert cue in _cues(text)


_REPORT_WITH_COMMENTS = (
    "Ferry fares to rise in May\n\n"
    "Ferry fares across the estuary will rise by 5% in May, the operator has announced.\n\n"
    "The harbour council said the rise was needed to pay for two new boats.\n\n"
    "Passenger groups said they would fight the increase.\n\n"
    "I think the rise is a disgrace when the boats are always late.\n\n"
    "We must remember that the ferry is a lifeline for the island."
)


def test_readers_comments_after_a_report_are_no_statements() -> None:
    speakers = [speaker for _, speaker, _ in _statements(_REPORT_WITH_COMMENTS)]
    assert "The harbour council" in speakers and "Passenger groups" in speakers
    assert not {"I", "We"} & set(speakers)


def test_a_column_in_the_first_person_keeps_its_writer() -> None:
    text = (
        "Why the league is too long\n\n"
        "I think the league season is far too long for young players.\n\n"
        "The coaches agree that the players are tired by March."
    )
    assert ("indirect", "I", "think") in _statements(text)


def test_speaker_after_a_closing_quote_is_not_a_word_of_the_quote() -> None:
    text = '"We have had an offer from Leeds," confirmed a club spokesman. "It is early days."'
    assert [speaker for _, speaker, _ in _statements(text)] == ["a club spokesman"] * 2


def test_inverted_cue_to_a_hearer_keeps_its_subject() -> None:
    text = '"The boats will run again in May," she told reporters on the quay.'
    assert _statements(text) == [("direct", "she", "told")]
