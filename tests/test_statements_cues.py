"""Cue words used in a sense that reports nothing: a discourse phrase ("That said, …"), a
verb with a particle of another sense ("showed off"), a passive whose object is a thing
given ("was denied a penalty"). Real statements with the same words stay."""

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
