"""Cue words used in a sense that reports nothing: a discourse phrase ("That said, …"), a
verb with a particle of another sense ("showed off"), a passive whose object is a thing
given ("was denied a penalty"), a thing showing or offering an object ("the goalkeeper showed
great calm", "networks that offer faster speeds"). Real statements with the same words
stay."""

from __future__ import annotations

import pytest

from newsgraph.extract.pipeline import analyze


def _cues(text: str) -> list[str]:
    return [s.cue.text for s in analyze(text).statements if s.cue is not None]


@pytest.mark.parametrize(
    "text",
    [
        # discourse phrases (reporting_discourse.tsv)
        "That said, the lighthouse keeper's cottage is still cold in winter.",
        "Having said that, our orchard gave plenty of pears this autumn.",
        "Needless to say, the village fete was cancelled after the storm.",
        # particles of another sense (reporting_particles.tsv)
        "Ms Okafor showed off the restored tram at the depot on Monday.",
        "The coach called up two young goalkeepers for the tour of Chile.",
        "Engineers backed up the archive before moving the servers.",
        # a passive whose object is what the subject was given or refused
        "The visiting side were denied a late penalty by the referee.",
        "Mr Varga was offered a seat on the harbour board in March.",
        # a person or thing showing an object: a quality, not a finding
        # (reporting_data_verbs.tsv)
        "The young goalkeeper showed great calm in the second half.",
        "Electric scooters are finally showing signs of catching on in Leeds.",
        # a thing's relative pronoun is the thing: it offers goods, not words
        "Many villagers now rely on cable networks that offer faster speeds.",
    ],
)
def test_cue_in_another_sense_is_no_statement(text: str) -> None:
    assert _cues(text) == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The mayor said that the ferry would run again in May.", "said"),
        ("Ms Okafor showed that the tram could run on old rails.", "showed"),
        ("The coach called on the fans to stay calm.", "called"),
        ("The minister denied the claims about the harbour contract.", "denied"),
        # documents and data show what they find
        ("The farm survey showed a sharp fall in the number of dairy herds.", "showed"),
        ("The council published a report this week showing a rise in bus use.", "showing"),
        ("It also showed a rise in cycling to school.", "showed"),
    ],
)
def test_same_words_still_report(text: str, cue: str) -> None:
    assert cue in _cues(text)


def test_discourse_phrase_takes_no_quote() -> None:
    text = (
        '"The sea air is good for painting," she says of the coast. '
        "That said, she now works in a studio in town."
    )
    statements = analyze(text).statements
    assert [s.cue.text for s in statements if s.cue] == ["says"]
    assert statements[0].speaker is not None and statements[0].speaker.text == "she"


def test_relative_with_another_subject_takes_that_subject() -> None:
    # the parser makes both "which" and "advocates" subjects of "say"
    text = (
        "Villagers protested the regional bus levy, which advocates say disadvantages needy towns."
    )
    statement = next(s for s in analyze(text).statements if s.cue and s.cue.text == "say")
    assert statement.speaker is not None and statement.speaker.text == "advocates"


def test_data_verb_with_an_object_is_no_cue_of_a_quote() -> None:
    text = (
        '"We came here to win the cup," Mwale warned. "Nothing else matters to us." '
        "The visitors have shown their determination all week."
    )
    statements = analyze(text).statements
    assert [s.cue.text for s in statements if s.cue] == ["warned", "warned"]
