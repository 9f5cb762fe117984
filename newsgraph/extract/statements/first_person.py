"""First-person pronouns inside quotation marks, attached to whoever speaks them.

Only the quoted words of direct and mixed quotes are read (a mixed quote's own words around
the marks are the writer's). "I", "me" and "my" are the speaker, when the speaker is a
person. "We", "us" and "our" are the speaker's side: the speaker itself when it is an
organisation, a country or a group; else the organisation named in the speaker's title
("Airbus chief executive Thomas Enders", "the firm's chief executive") or completing a
title with no name ("a spokeswoman for the Health Office"); else, for a company officer
whose title names no organisation, the organisation the article is about; else, for a
government official, the country the article names for that government. Nothing is
guessed beyond that: a "we" without such a side stays unattached.

A pronoun before the entity's first mention is left alone, so entity ids keep following
first mentions (the quote usually comes after the headline has named the entity anyway).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from newsgraph.extract.nlp import doc_text
from newsgraph.extract.statements.found import Found
from newsgraph.extract.statements.marks import Quote
from newsgraph.lexicon import entities as tables
from newsgraph.record import Entity, Mention, Statement

_QUOTED_KINDS = frozenset({"direct", "mixed"})
_PARAGRAPH = re.compile(r"[^\n]+")
_OPENING_PARAGRAPHS = 4  # the headline and the first three paragraphs
_SIDES = frozenset({"ORG", "GPE", "NORP"})  # NORP: groups ("the rebels said: 'We …'")
# Prepositions naming whom a person works for: "a spokeswoman for", "head of", "a lawyer at".
_EMPLOYER_PREPS = frozenset({"for", "of", "at"})


def first_person_mentions(
    doc: Doc, statements: list[Statement], entities: list[Entity], quotes: list[Quote]
) -> dict[str, list[Mention]]:
    """The first-person pronouns of quotes, as ``pronoun`` mentions to add to their entities.

    Args:
        doc: the parsed article.
        statements: the article's statements; only direct and mixed quotes are read.
        entities: the article's entities (not changed: the pipeline merges the result).
        quotes: the article's quotation marks (:func:`.marks.find_quotes`).

    Returns:
        Entity id -> its new mentions, in the order found.
    """
    by_id = {e.id: e for e in entities}
    taken = {(m.start, m.end) for e in entities for m in e.mentions}
    added: dict[str, list[Mention]] = {}
    for statement in statements:
        speaker = _speaker(statement, by_id)
        if speaker is None or statement.content is None:
            continue
        person = speaker if speaker.type == "PERSON" else None
        side = speaker_side(speaker, entities, doc)
        for token in _quoted_tokens(doc, statement, quotes):
            info = tables.PRONOUNS.get(token.lower_)
            if info is None or info.refers != "SPEAKER" or token.pos_ != "PRON":
                continue
            target = person if info.number == "sg" else side
            if target is None:
                continue
            mention = _mention(target, token, taken)
            if mention is not None:
                added.setdefault(target.id, []).append(mention)
                taken.add((token.idx, token.idx + len(token)))
    return added


def writers_voice(doc: Doc, found: Found) -> bool:
    """Is this reported speech spoken in the first person ("I", "we") outside quotation marks?
    A first-person cue inside a quote was already dropped as speech within speech, so any
    left is the writer's or a reader's ("I think the league is far too long")."""
    if found.speaker_head is None or found.kind != "indirect":
        return False  # a quote's "I" is a parse slip on its speaker: its words stay
    span = doc.char_span(*found.speaker_head)
    return span is not None and len(span) == 1 and _first_person(span[0])


def opens_as_report(doc: Doc, quotes: list[Quote]) -> bool:
    """Does the article open in the third person: no "I" or "we" outside quotation marks
    in its first paragraphs? A report's own voice is never first-person, so first-person
    statements further down are readers' comments appended to it ("Your views"), not the
    reporting; an opinion column or an editorial that opens in the first person keeps its
    writer's statements (the writer is the source there)."""
    text = doc_text(doc)
    paragraphs = [m for m in _PARAGRAPH.finditer(text) if m.group().strip()]
    if not paragraphs:
        return True
    end = paragraphs[min(_OPENING_PARAGRAPHS, len(paragraphs)) - 1].end()
    for token in doc:
        if token.idx >= end:
            break
        if _first_person(token) and not any(q.start <= token.idx < q.end for q in quotes):
            return False
    return True


def _first_person(token: Token) -> bool:
    info = tables.PRONOUNS.get(token.lower_)
    return token.pos_ == "PRON" and info is not None and info.refers == "SPEAKER"


def speaker_side(speaker: Entity, entities: list[Entity], doc: Doc) -> Entity | None:
    """The organisation, country or group a speaker says "we" for, if the article shows it."""
    if speaker.type in _SIDES:
        return speaker
    if speaker.type != "PERSON":
        return None
    titles = [(m.start, m.end) for m in speaker.mentions if m.kind == "title"]
    titles += [_complement(doc, m) for m in speaker.mentions if m.kind == "nominal"]
    named = [
        e
        for e in entities
        if e.type == "ORG"
        and any(start < m.end and m.start < end for start, end in titles for m in e.mentions)
    ]
    if len(named) == 1:
        return named[0]  # "Airbus chief executive" → Airbus, "the firm's chief executive"
    if not named and speaker.sector == "BUS" and titles:
        return leading_company(entities, doc)  # "Chief executive Tom Barker said: “We …”"
    if named or speaker.sector != "GOV" or speaker.country is None:
        return None
    countries = [e for e in entities if e.type == "GPE" and _country(e) == speaker.country]
    return countries[0] if len(countries) == 1 else None


def leading_company(entities: list[Entity], doc: Doc) -> Entity | None:
    """The organisation the article is about: named in its first sentence (the headline)
    and mentioned more often than any other organisation. A company officer whose title
    names no company ("Chief executive Tom Barker") speaks for it."""
    first = next(iter(doc.sents), None)
    if first is None:
        return None
    end = first[-1].idx + len(first[-1])
    companies = sorted(
        (e for e in entities if e.type == "ORG"), key=lambda e: len(e.mentions), reverse=True
    )
    if not companies or not any(m.start < end for m in companies[0].mentions):
        return None
    if len(companies) > 1 and len(companies[1].mentions) >= len(companies[0].mentions):
        return None
    return companies[0]


def _complement(doc: Doc, nominal: Mention) -> tuple[int, int]:
    """The character span of the "for"/"of"/"at" phrase completing a nominal mention of a
    person ("a spokeswoman for the Health Office"); an empty one when it has none."""
    span = doc.char_span(nominal.start, nominal.end, alignment_mode="expand")
    for prep in span.root.rights if span is not None else ():
        if prep.dep_ == "prep" and prep.lower_ in _EMPLOYER_PREPS:
            last = prep.right_edge
            return prep.idx, last.idx + len(last)
    return nominal.start, nominal.start


def _country(entity: Entity) -> str | None:
    """The ISO3 code of an entity that is a country (not a city in it)."""
    place = tables.place(entity.name)
    return place.iso3 if place is not None and place.kind == "country" else None


def _speaker(statement: Statement, by_id: dict[str, Entity]) -> Entity | None:
    if statement.kind not in _QUOTED_KINDS or statement.speaker is None:
        return None
    return by_id.get(statement.speaker.entity or "")


def _quoted_tokens(doc: Doc, statement: Statement, quotes: list[Quote]) -> list[Token]:
    """The tokens of the statement's content that lie inside quotation marks."""
    content = statement.content
    if content is None:
        return []
    inside = [q for q in quotes if q.start < content.end and content.start < q.end]
    span = doc.char_span(content.start, content.end, alignment_mode="expand")
    return [
        t for t in span or () if any(q.start <= t.idx and t.idx + len(t) <= q.end for q in inside)
    ]


def _mention(entity: Entity, token: Token, taken: set[tuple[int, int]]) -> Mention | None:
    """The token as a pronoun mention of the entity, unless taken or before its first mention."""
    start, end = token.idx, token.idx + len(token)
    if (start, end) in taken or not entity.mentions:
        return None
    if start < min(m.start for m in entity.mentions):
        return None
    return Mention(start=start, end=end, text=token.text, kind="pronoun")
