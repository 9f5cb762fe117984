"""Statements: who said what, to whom, according to whom.

The stage runs one pass over the parse (:mod:`.speech`, with speakers from
:mod:`.speakers`), pairs quotation marks in the raw text (:mod:`.marks`), joins the two
(:mod:`.direct`) and resolves speaker entities, hearers, carriers and times (:mod:`.chains`).
First-person pronouns inside the quotes are found as mentions of their speakers
(:mod:`.first_person`), and so are the "it"/"they" speakers the stage resolves itself (a
report going on: :mod:`.chains`); the stage returns them and the pipeline adds them to the
entities.
Every rule word comes from the ``reporting_*`` lexicon tables.
"""

from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Doc

from newsgraph.extract.nlp import doc_text
from newsgraph.extract.statements.chains import (
    carrier_mentions,
    drop_nested,
    pronoun_speakers,
    to_statements,
)
from newsgraph.extract.statements.direct import attach_quotes
from newsgraph.extract.statements.first_person import (
    first_person_mentions,
    opens_as_report,
    writers_voice,
)
from newsgraph.extract.statements.lexicon import lexicon
from newsgraph.extract.statements.marks import find_quotes
from newsgraph.extract.statements.speech import find_speech
from newsgraph.record import Entity, Mention, Statement, Time


class StatementsFound(NamedTuple):
    """What the statements stage finds: statements, and pronoun mentions of entities."""

    statements: list[Statement]
    # entity id -> first-person pronouns of its quotes ("we" of a company's spokesman)
    pronouns: dict[str, list[Mention]]


def find_statements(doc: Doc, *, entities: list[Entity], times: list[Time]) -> StatementsFound:
    """Find quotes and reported speech with speakers, cues, addressees and carriers.

    Args:
        doc: the parsed article.
        entities: the article's entities (not changed); speakers, hearers and carriers
            resolve to their ids.
        times: the article's time expressions; a statement takes the one governing its cue.

    Returns:
        Statements in text order with ids "S1", "S2", …, offsets indexing ``doc.text``; and
        the first-person pronouns of quotes as mentions of their speakers' entities, for
        the pipeline to add ("we" of a company's spokesman joins the company).
    """
    lex = lexicon()
    quotes = find_quotes(doc_text(doc))
    found = carrier_mentions(doc, find_speech(doc, lex, entities), entities, lex)
    found = drop_nested(doc, found, quotes, entities, lex)
    attach_quotes(doc, found, quotes, lex)
    found = drop_nested(doc, found, quotes, entities, lex)
    if opens_as_report(doc, quotes):  # first-person statements are readers' comments
        found = [f for f in found if not writers_voice(doc, f)]
    statements = to_statements(doc, found, entities, times, lex, quotes)
    pronouns = first_person_mentions(doc, statements, entities, quotes)
    for entity_id, mentions in pronoun_speakers(statements, entities).items():
        pronouns.setdefault(entity_id, []).extend(mentions)
    return StatementsFound(statements, pronouns)


__all__ = ["StatementsFound", "find_statements"]
