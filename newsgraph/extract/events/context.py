"""Context: what kind of story, which part of it, and who can act in it.

Political event coders (PLOVER/Phoenix pipelines) drop sport stories, read the headline as
a summary of the lead rather than a second event, and code acts only of agents that can act:
"City fought back", "oil prices struck a record" and "the hurricane struck" are no events.
Everything here is a set lookup over tokens the events stage already walks.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import numpy as np
from spacy.attrs import IS_ALPHA, LEMMA, LOWER, ORTH
from spacy.tokens import Doc, Span, Token

from newsgraph.extract.nlp import Hashes, doc_text, hashes, string_id
from newsgraph.lexicon import events as tables
from newsgraph.lexicon import load_table
from newsgraph.lexicon.events import words

if TYPE_CHECKING:
    from newsgraph.extract.events.arguments import EntityIndex

# Words that, several at a time, mark a sport report (lexicon/sport_words.tsv); the
# strong ones are never common in political news.
_SPORT_ROWS = [row.values for row in load_table("sport_words")]
_SPORT = frozenset(row["word"] for row in _SPORT_ROWS)
_STRONG = frozenset(row["word"] for row in _SPORT_ROWS if row["strength"] == "strong")
# A result line: "Dundee Utd 4-1 Aberdeen", "won 6-3 6-4".
_SCORE = re.compile(r"^\d{1,2}-\d{1,2}$")
_SPORT_IDS, _STRONG_IDS = hashes(_SPORT), hashes(_STRONG)
# Words that, many at a time, mark a show-business report (lexicon/show_words.tsv).
_SHOW_ROWS = [row.values for row in load_table("show_words")]
_SHOW_IDS = hashes(frozenset(row["word"] for row in _SHOW_ROWS))
_SHOW_STRONG_IDS = hashes(frozenset(r["word"] for r in _SHOW_ROWS if r["strength"] == "strong"))
# Words weighted by how much more often AG News's Sports items use them than its other
# items (lexicon/sport_weights.tsv); an article whose mean word weight passes SPORT_SCORE
# is a sport report. Likewise Business and Sci/Tech items against World ones
# (lexicon/commerce_weights.tsv, political words weighing below zero) and COMMERCE_SCORE.
# Each threshold is the one scripts/build_story_weights.py picks on held-out AG News.


def _weights(name: str) -> dict[int, float]:
    return {string_id(row.values["word"]): float(row.values["weight"]) for row in load_table(name)}


_SPORT_WEIGHTS = _weights("sport_weights")
_COMMERCE_WEIGHTS = _weights("commerce_weights")
SPORT_SCORE = 0.15
COMMERCE_SCORE = 0.02
_MIN_SCORED_WORDS = 40  # about an AG News item (title and lead), what the weights know
# Phrases that make a whole story non-political (lexicon/story_discards.tsv, from the
# Phoenix dictionaries), padded so that they match whole words only.
_DISCARDS = tuple(f" {row.values['phrase']} " for row in load_table("story_discards"))
_NOT_ALNUM = re.compile(r"[^a-z0-9]+")
# Verbs of force that are also how contests are reported.
_CONTEST_VERBS = words("beat fight defeat crush thrash rout hammer down edge overwhelm")
# Entities of these sectors make an event in a sport story political after all
# ("police arrested fans", "the government banned the club").
_POLITICAL_TYPES = frozenset({"GPE", "NORP", "PERSON"})
_POLITICAL_SECTORS = frozenset({"GOV", "JUD", "POL", "IGO", "MIL", "REB"})
_STATE_SECTORS = frozenset({"GOV", "JUD", "POL", "IGO"})
# Sides that make an event in a business or technology story political.
_PUBLIC_SECTORS = _POLITICAL_SECTORS | {"NGO"}
# Grammatical subjects that are forces, quantities or ideas, never actors: "oil prices
# struck a record", "the hurricane struck", "global poverty threatens our security".
NON_AGENTS = tables.word_list("non_agent")
_LINE_END = ".!?\"'”’:;"
_MAX_HEADLINE = 250


def is_sport(doc: Doc) -> bool:
    """Whether the article is a sport (or show business) report: it names a fixture or star
    that PETRARCH-2 discards whole stories for ("Australian Open", "Champions League"), or
    its words weigh as AG News's sport items' do (:func:`sport_score`), or it has several
    words of the sport lexicon, some unambiguous, and enough of them for its length (one
    "match" or "victory" is not enough). Counted over ``doc.to_array`` columns: it reads
    every token of every article."""
    if not len(doc):
        return False
    table = doc.to_array([LOWER, IS_ALPHA, ORTH, LEMMA])
    alphabetic = table[:, 1] == 1
    lowers = table[alphabetic, 0]
    if _story_discarded(doc_text(doc)) or _mean_weight(lowers, _SPORT_WEIGHTS) > SPORT_SCORE:
        return True
    sport = _lexicon_words(lowers, table[alphabetic, 3], _SPORT_IDS)
    scores = _score_count(doc, table[~alphabetic, 2])
    cues = len(sport) + scores
    strong = int(_STRONG_IDS.contain(sport).sum()) + scores
    alpha = int(alphabetic.sum())
    if strong == 0 or alpha == 0:
        return False
    if alpha < 120:  # a short item: a headline and a lead
        return cues >= 2 and strong >= 1 and cues / alpha >= 0.03
    return cues >= 4 and strong >= 2 and cues / alpha >= 0.015


def is_show(doc: Doc) -> bool:
    """Whether the article is a show-business report (a film, an album, a show, a book or
    its makers): many words of the show lexicon, several of them unambiguous ("album",
    "actress"), at a rate no political story reaches with its one "film" or "star". Its
    events need a side of their own or a political body named in their sentence."""
    cues, strong, alpha = show_cues(doc)
    if alpha < 120:  # a short item: a headline and a lead
        return cues >= 4 and strong >= 2 and cues / alpha >= 0.05
    return cues >= 5 and strong >= 2 and cues / alpha >= 0.03


def show_cues(doc: Doc) -> tuple[int, int, int]:
    """How many words of the doc are of the show lexicon, how many of them strong, and how
    many alphabetic words it has (word as written or its lemma: "films" counts as "film")."""
    if not len(doc):
        return 0, 0, 0
    table = doc.to_array([LOWER, IS_ALPHA, LEMMA])
    alphabetic = table[:, 1] == 1
    show = _lexicon_words(table[alphabetic, 0], table[alphabetic, 2], _SHOW_IDS)
    return len(show), int(_SHOW_STRONG_IDS.contain(show).sum()), int(alphabetic.sum())


def _lexicon_words(lowers: np.ndarray, lemmas: np.ndarray, ids: Hashes) -> np.ndarray:
    """The words of a lexicon among a doc's words (hashes), each as written or as its
    lemma: "medals" counts as "medal", "films" as "film"."""
    words = np.where(ids.contain(lowers), lowers, lemmas)
    return words[ids.contain(words)]


def sport_score(doc: Doc) -> float:
    """Mean sport weight of the doc's words (lower-cased, alphabetic)."""
    return _mean_weight(_lowers(doc), _SPORT_WEIGHTS)


def is_commerce(doc: Doc) -> bool:
    """Whether the article is a business or technology story rather than world news: its
    words weigh as AG News's Business and Sci/Tech items' do against its World items'. Its
    events need a political side (:func:`political_side`): "Sony will release its console",
    "the bank froze rates" and "hackers hijack browser settings" are no political events."""
    return _mean_weight(_lowers(doc), _COMMERCE_WEIGHTS) > COMMERCE_SCORE


def _lowers(doc: Doc) -> np.ndarray:
    table = doc.to_array([LOWER, IS_ALPHA])
    return table[table[:, 1] == 1, 0]


def _mean_weight(lowers: np.ndarray, weights: dict[int, float]) -> float:
    if len(lowers) < _MIN_SCORED_WORDS:
        return 0.0  # a sentence or two: one name ("Finland", "Jimmy") would decide
    ids, counts = np.unique(lowers, return_counts=True)
    pairs = zip(ids.tolist(), counts.tolist(), strict=True)
    total = sum(weights.get(i, 0.0) * n for i, n in pairs)
    return total / len(lowers)


def _story_discarded(text: str) -> bool:
    """Whether the text names a phrase of the ``story_discards`` table (folded alike)."""
    folded = f" {' '.join(_NOT_ALNUM.sub(' ', text.lower()).split())} "
    return any(phrase in folded for phrase in _DISCARDS)


def _score_count(doc: Doc, orths: np.ndarray) -> int:
    """How many of the tokens ``orths`` (string ids) are written like a score ("4-1")."""
    ids, counts = np.unique(orths, return_counts=True)
    strings = doc.vocab.strings
    scored = [_SCORE.match(strings[i]) is not None for i in ids.tolist()]
    return int(counts[scored].sum()) if ids.size else 0


def sport_sentence(sent: Span, trigger: Token) -> bool:
    """A contest inside one sentence of a non-sport story: "beating the Mets 2-0", "beaten
    them in the cup", "fighting off Greece for a vital win, 77-71"."""
    contest = trigger.lemma_.lower() in _CONTEST_VERBS
    for token in sent:
        if _SCORE.match(token.text) and contest:
            return True
        lower = token.lemma_.lower()
        if lower in _STRONG or (contest and lower in _SPORT):
            return True
    return False


def state_involved(ids: list[str], sectors: dict[str, str | None], names: dict[str, str]) -> bool:
    """Some side of the event is a named government, court, party or international body:
    not a nameless "the court" of a match report, nor a body of sport ("Court of
    Arbitration for Sport", "UK Athletics")."""
    return any(
        sectors.get(i) in _STATE_SECTORS and names.get(i) and not sporting_name(names[i])
        for i in ids
    )


def political_side(ids: list[str], index: EntityIndex) -> bool:
    """Some side of the event is a state or a political body: a country, or an entity of a
    government, armed, judicial, party, international or non-governmental sector (named or
    not: "the government", "police"), that is no body of sport."""
    return any(
        (index.types.get(i) == "GPE" or index.sectors.get(i) in _PUBLIC_SECTORS)
        and not sporting_name(index.names.get(i, ""))
        for i in ids
    )


def apolitical(doc: Doc, index: EntityIndex) -> bool:
    """A whole story (long enough to tell) that names no political body at all: no
    government, party, court, armed force, international or non-governmental body, and no
    country acting as one. A film, an album or a crime told without any is no political
    context, so its events need a political side (:func:`political_side`)."""
    if any(sector in _PUBLIC_SECTORS for sector in index.sectors.values()):
        return False  # the common case, read off the entities before any word is counted
    return len(_lowers(doc)) >= _MIN_SCORED_WORDS  # a sentence or two tells no context


def names_public_body(sent: Span, index: EntityIndex) -> bool:
    """The sentence names a political body (a government, party, court, armed force,
    international or non-governmental body), which may be the side of an event that names
    none: "the two sides agreed, EU commissioner Peter Mandelson said"."""
    return any(
        index.sectors.get(found) in _PUBLIC_SECTORS
        for i in range(sent.start, sent.end)
        if (found := index.by_token.get(i)) is not None
    )


def names_country(sent: Span, index: EntityIndex) -> bool:
    """The sentence names a country, a place or a people ("India", "the Iraq war",
    "American")."""
    return any(
        index.types.get(found) in ("GPE", "NORP")
        for i in range(sent.start, sent.end)
        if (found := index.by_token.get(i)) is not None and found not in index.unnamed
    )


def political_sentence(sent: Span, index: EntityIndex) -> bool:
    """The sentence names a political side: a country or its people, or a named
    government, armed force, court, party or international body."""
    for i in range(sent.start, sent.end):
        found = index.by_token.get(i)
        if found is None or found in index.unnamed:
            continue  # "economists", "the court": no named side
        if index.types.get(found) in _POLITICAL_TYPES:
            return True
        if index.sectors.get(found) in _POLITICAL_SECTORS:
            return True
    return False


def sporting_name(name: str) -> bool:
    """A name with a sport word in it: "Court of Arbitration for Sport", "Athletics Kenya"."""
    return any(word in _SPORT or word == "sport" for word in _NOT_ALNUM.split(name.lower()))


def headline_end(text: str) -> int:
    """The end of the headline line (0 when the text does not start with one): a first
    line, short, that does not end like a sentence."""
    cut = text.find("\n", 0, _MAX_HEADLINE + 1)
    if cut <= 0:
        return 0
    line = text[:cut].rstrip()
    if not line or line[-1] in _LINE_END or not text[cut:].strip():
        return 0
    return cut


def natural_cause(verb: Token) -> bool:
    """A passive act with a force as its cause, which no one did: "the number killed in the
    disaster", "destroyed by the earthquake", "killed during the storm"."""
    return any(
        prep.dep_ in ("prep", "agent")
        and prep.lower_ in ("in", "by", "during", "from")
        and any(g.dep_ == "pobj" and inanimate(g) for g in prep.children)
        for prep in verb.children
    )


def inanimate(head: Token | None) -> bool:
    """A common-noun agent that names a force, quantity or idea ("oil prices", "the
    storm", "Hurricane Charley")."""
    if head is None or head.pos_ == "PRON":
        return False
    if head.pos_ == "NOUN" and head.lemma_.lower() in NON_AGENTS:
        return True
    return any(
        c.dep_ == "compound" and c.lemma_.lower() in NON_AGENTS and c.pos_ == "NOUN"
        for c in head.children
    ) or (head.pos_ == "PROPN" and _named_storm(head))


def _named_storm(head: Token) -> bool:
    return any(
        c.dep_ == "compound" and c.lower_ in ("hurricane", "typhoon", "cyclone", "storm")
        for c in head.children
    )
