"""Acts only a state's police, courts or prosecution do, and the side of each the article names.

An arrest, a conviction or a trial told with no doer ("Two men were arrested on Friday",
"he was jailed", "his trial opened") is done by its institution (``state_sides.tsv``, roles
``act`` and ``case``); when the article names exactly one side of that institution
("police", "Harrow Crown Court", "prosecutors"), a body before one of its people, that
side acts.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from newsgraph.extract.events.triggers import trigger_span
from newsgraph.lexicon import events as tables
from newsgraph.record import Entity, Event

_ACTS = tables.state_acts()
_SIDES = tables.state_sides()
_CASES = tables.state_cases()
_PLEAS = tables.word_list("plea")  # "pleaded guilty" is the defendant's answer, no verdict
_WORD = re.compile(r"[\w]+(?:'\w+)?")
_BODY, _PERSON, _RIVAL = 0, 1, 2
_RANKS = {"body": _BODY, "person": _PERSON, "rival": _RIVAL}
# Moods in which an act told by a verb is no deed of a side: a power or a plan ("powers to
# detain suspects", "could be prosecuted") or a threat ("they are going to be detained"). A
# noun's mood is its clause's ("is to testify later in the trial"): the trial is held.
_UNDONE = frozenset({"hypothetical", "future"})
# What makes an act noun one act done: "his arrest", "the trial", "four arrests", "no arrests".
_ONE_ACT = frozenset({"det", "poss", "nummod"})
# The types an institution's acts are coded as: an act word inside another act's trigger
# ("tried to kill his wife", "fans charged onto the pitch") is no act of the state.
_TYPES = {
    "prosecution": frozenset({"ACCUSE", "COERCE"}),  # "was prosecuted" is coded COERCE
    "police": frozenset({"COERCE", "ASSAULT"}),
    "court": frozenset({"SANCTION", "COERCE"}),
    "state": frozenset({"COERCE"}),
}


def institution(event: Event, doc: Doc) -> str | None:
    """The institution whose act an event's trigger tells (``state_sides.tsv``), if any."""
    word = _act_word(event, doc)
    return None if word is None else _ACTS[word.lemma_.lower()]


def _act_word(event: Event, doc: Doc) -> Token | None:
    """The word of an event's trigger that names an act of a state (``state_sides.tsv``);
    none in a plea ("pleaded guilty" is the defendant's answer, no verdict)."""
    span = trigger_span(event, doc)
    if span is None or any(t.lemma_.lower() in _PLEAS for t in span):
        return None
    word = next((t for t in span if t.lemma_.lower() in _ACTS), None)
    if word is None or event.type not in _TYPES.get(_ACTS[word.lemma_.lower()], ()):
        return None
    return word


def _practice(word: Token) -> bool:
    """Whether an act is told as a kind of treatment or a practice, not as one act done: a
    noun with no determiner, possessor or number ("detention without trial", "indefinite
    imprisonment"), a kind ("house arrest") or a modifier ("arrest plans"), or a gerund with
    no "being" ("imprisoning the innocent", "when sentencing murderers")."""
    if word.lemma_.lower() in _CASES:
        return False  # "faces charges", "went on trial": one case
    if word.pos_ in ("NOUN", "PROPN"):
        kinds = any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in word.children)
        one = any(c.dep_ in _ONE_ACT for c in word.children)
        return kinds or word.dep_ == "compound" or not one
    being = any(c.lower_ == "being" for c in word.children)
    return word.tag_ == "VBG" and not being


def named_sides(entities: list[Entity]) -> dict[str, str]:
    """Institution -> the one side of it the article names: its one body, else its one
    person; none when it names several, or a rival (an appeal court for a court's acts)."""
    found: dict[str, list[tuple[int, str]]] = {}
    for entity in entities:
        side = _side_of(entity)
        if side is not None:
            found.setdefault(side[0], []).append((side[1], entity.id))
    out = {}
    for kind, ranked in found.items():
        if any(rank == _RIVAL for rank, _ in ranked):
            continue
        bodies = [i for rank, i in ranked if rank == _BODY]
        sides = bodies or [i for rank, i in ranked if rank == _PERSON]
        if len(sides) == 1:
            out[kind] = sides[0]
    return out


def done_by_state(events: list[Event], doc: Doc, entities: list[Entity]) -> list[Event]:
    """Acts of an institution with no doer of their own take the one side of it the article
    names (:func:`named_sides`), unless told as a power, a plan or a threat, or the side is
    of another country than the place the act was done in. A side read as the act's target
    is where it was done ("convicted at Harrow Crown Court"): it is the doer instead."""
    sides = named_sides(entities)
    if not sides:
        return events
    countries = {e.id: e.country for e in entities}
    out = []
    for event in events:
        word = None if event.actors else _act_word(event, doc)
        side = None if word is None else sides.get(_ACTS[word.lemma_.lower()])
        if side is not None and not _practice(word) and _done(event, side, countries, doc):
            recipients = [r for r in event.recipients if r != side]
            event = event.model_copy(update={"actors": [side], "recipients": recipients})
        out.append(event)
    return out


def _done(event: Event, side: str, countries: dict[str, str | None], doc: Doc) -> bool:
    """Whether an act may be the side's: not told by a verb as a power, plan or threat, and
    done in no place of a country other than the side's."""
    if event.polarity in _UNDONE:
        span = trigger_span(event, doc)
        if span is not None and span.root.pos_ in ("VERB", "AUX"):
            return False
    place = event.location.entity if event.location else None
    where = countries.get(place) if place else None
    return where is None or countries.get(side) in (None, where)


def _side_of(entity: Entity) -> tuple[str, int] | None:
    """The institution an entity is a side of and its rank (body, person, rival), read off its
    name, roles and mentions; a person named by a body's word is one of its people."""
    said = [entity.name, *entity.roles, *(m.text for m in entity.mentions if m.kind != "pronoun")]
    read = [side for side in map(_read, said) if side is not None]
    if not read:
        return None
    kind, rank = min(read, key=lambda s: (s[1] != _RIVAL, s[1]))  # a rival first
    return kind, _PERSON if rank == _BODY and entity.type == "PERSON" else rank


def _read(text: str) -> tuple[str, int] | None:
    """The side a name, role or mention reads as: a rival's words anywhere in it; a body's or
    person's words at its end or before "of" ("Harrow Crown Court", "the Court of Session"),
    a person's also before a name ("Judge Robert Sweet"); the longest words read win."""
    tokens = _WORD.findall(text)
    lower = [t.lower() for t in tokens]
    for side in _SIDES:
        n = len(side.words)
        for i in range(len(lower) - n + 1):
            if tuple(lower[i : i + n]) != side.words:
                continue
            rest = tokens[i + n :]
            if side.role == "rival" or not rest or rest[0] == "of":
                return side.institution, _RANKS[side.role]
            if side.role == "person" and all(t[:1].isupper() for t in rest):
                return side.institution, _PERSON
    return None
