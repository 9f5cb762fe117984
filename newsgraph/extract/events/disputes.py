"""Rows told in words of fighting.

Political news tells a dispute in words as a fight: "Labour and the Tories clashed",
"ministers are fighting each other", "the battle of words between the politician and the
journalist", "a legal battle with the council", "his attack on Labour". Such a word is
criticism (ACCUSE disapprove), not force, when nothing in its sentence is armed or hurt
(``force_context`` in event_words.tsv) and either a word of ``dispute_mark`` makes it one of
words, law or votes, or its sides are political, judicial, business or media bodies and
people of one country, with no state, place, armed group or crowd among them. A fight for an
office or votes ("an election battle", "the fight for the leadership") is no act at all.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from spacy.tokens import Token

from newsgraph.extract.events.arguments import EntityIndex
from newsgraph.extract.events.triggers import Candidate
from newsgraph.lexicon import events as tables

_MUTUAL = tables.word_list("dispute_mutual")  # "clash", "battle": between sides
_AIMED = tables.word_list("dispute_aimed")  # "attack": by one side at another
_MARKS = tables.word_list("dispute_mark")  # "legal", "word", "Commons"
_FORCE_CONTEXT = tables.word_list("force_context")  # "police", "killed", "troops"
_OFFICE = tables.word_list("office_contest")  # "election", "leadership"
# Sectors of sides whose fights are words, votes or lawsuits.
_CIVIL_SECTORS = frozenset({"GOV", "POL", "JUD", "MED", "BUS"})
# Sides that make a fight one of force: armed groups, crowds, states and places.
_FORCE_SECTORS = frozenset({"MIL", "REB", "CRM", "CVL"})
_PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
# Phrases that say what a fight is about or for.
_ISSUE_PREPS = frozenset({"over", "about", "for", "of"})
_MODIFIERS = frozenset({"compound", "amod", "nmod", "dobj"})


def office_contest(cand: Candidate) -> bool:
    """A word of fighting for an office or votes ("an election battle", "a fight for the
    leadership", "fight the by-election"): a contest, no act between sides."""
    word = cand.core
    if word.lemma_.lower() not in _MUTUAL:
        return False
    return any(_office_word(t) for t in _issue_words(word))


def verbal_dispute(
    cand: Candidate, actors: list[str], recipients: list[str], index: EntityIndex
) -> bool:
    """A word of fighting that tells a dispute in words (see the module docstring)."""
    word = cand.core
    lemma = word.lemma_.lower()
    if lemma not in _MUTUAL | _AIMED or _force_near(word):
        return False
    sides = actors + recipients
    if any(_force_side(s, index) for s in sides):
        return False
    if len({index.countries.get(s) for s in sides} - {None}) > 1:
        return False  # a fight between two countries' sides may be a war
    if _marked(word):
        return True
    if cand.anaphoric:
        return False  # "the attack" is what was told before it, and keeps its sense
    if lemma in _AIMED:
        return not _means_named(word) and any(_speaks_only(a, index) for a in actors)
    return any(index.sectors.get(s) in _CIVIL_SECTORS for s in sides) or _about_issue(word)


def _issue_words(word: Token) -> Iterator[Token]:
    """The words that say what a fight is about or for: its modifiers and object, and the
    object of its "over", "about", "for" or "of" phrase."""
    for child in word.children:
        if child.dep_ in _MODIFIERS:
            yield child
        elif child.dep_ == "prep" and child.lower_ in _ISSUE_PREPS:
            yield from (g for g in child.children if g.dep_ == "pobj")


def _office_word(token: Token) -> bool:
    """An office or a vote, also as a part of a hyphenated word ("pre-election")."""
    words = {token.lemma_.lower(), *token.lower_.split("-")}
    return bool(words & _OFFICE)


def _marked(word: Token) -> bool:
    """A modifier or "of" phrase that makes the fight one of words, law or votes."""
    return any(
        t.lemma_.lower() in _MARKS or t.lower_ in _MARKS
        for t in _issue_words(word)
        if t.dep_ != "dobj"
    )


def _about_issue(word: Token) -> bool:
    """A fight "over" or "about" a policy, a bill or a tax, which only words can settle
    ("clashed over tax and spending plans")."""
    issues = _issues()
    return any(
        g.lemma_.lower() in issues
        for prep in word.children
        if prep.dep_ == "prep" and prep.lower_ in ("over", "about")
        for pobj in prep.children
        if pobj.dep_ == "pobj"
        for g in (pobj, *pobj.conjuncts)
    )


@cache
def _issues() -> frozenset[str]:
    """The policies, records and acts that "attack" takes as criticism (its ACCUSE rows in
    event_verbs.tsv): the issues a row is about."""
    return frozenset(
        name
        for row in tables.verbs().get("attack", ())
        if row.code.type == "ACCUSE"
        for name in row.objs
    )


def _force_near(word: Token) -> bool:
    """A word of arms, crowds or casualties elsewhere in the sentence."""
    return any(
        t.i != word.i and (t.lemma_.lower() in _FORCE_CONTEXT or t.lower_ in _FORCE_CONTEXT)
        for t in word.sent
    )


def _means_named(word: Token) -> bool:
    """A common noun before an attack or in its "with" phrase names what it was done with or
    is ("a slurry attack", "an arson attack", "attacked with a knife"): a deed, not words."""
    means = [c for c in word.children if c.dep_ == "compound"]
    means += [
        g
        for c in word.children
        if c.dep_ == "prep" and c.lower_ == "with"
        for g in c.children
        if g.dep_ == "pobj"
    ]
    return any(m.pos_ == "NOUN" and not m.ent_type_ for m in means)


def _speaks_only(side: str, index: EntityIndex) -> bool:
    """A doer whose attacks are words: a party, a court, the press, a firm, or one person;
    a government body ("the authorities") may strike with force."""
    if index.types.get(side) == "PERSON":
        return True
    return index.sectors.get(side) in _CIVIL_SECTORS - {"GOV"}


def _force_side(side: str, index: EntityIndex) -> bool:
    """An armed group, a crowd, a state or a place: sides that fight with force."""
    return index.sectors.get(side) in _FORCE_SECTORS or index.types.get(side) in _PLACE_TYPES
