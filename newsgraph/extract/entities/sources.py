"""Common nouns that speak: "the report said", "observers say", "according to the panel".

A common noun that is a statement's source — the subject or passive agent of a reporting
verb, the noun a reporting participle describes ("a statement saying …") or the object of
a source phrase ("according to the survey") — and that no earlier pass tied to an entity
becomes an entity of its own, of the kind the ``reporting_source_nouns`` table gives it
(documents and data of ``reporting_document_nouns`` are WORK_OF_ART), the titles table's
people being persons. A plural person or body is a group (NORP) joined with the other
mentions of its noun, like the groups of :mod:`.roles`; a singular one joins the earlier
speaking mention of the same noun ("the report … the report added"). A definite person
("the prime minister said"), a definite business ("the company said": the organisation pass
ties it to the named one when it can, and when it cannot a new one splits the named one's
chain), a headline's bare noun ("CEO of GM outlines plan"), "both sides" and "their
lawyers" stand for someone named whom the earlier passes did not find, and are left alone.
A noun whose maker or owner is named beside it ("Ofcom's figures", "a survey by Gallup", "a
Gallup poll", "Barack Obama's administration", "automobile manufacturer General Motors")
is left alone: the statements stage takes the maker.
"""

from __future__ import annotations

from spacy.symbols import NOUN
from spacy.tokens import Token

from newsgraph.extract.entities.model import Cluster, Context, Mention, candidates, segment_start
from newsgraph.extract.entities.roles import group_cluster, points_back
from newsgraph.extract.nlp import hashes
from newsgraph.lexicon import entities as tables

_SOURCES = tables.SOURCE_NOUN_ENTITIES
_WORDS = hashes(
    [w for w, kind in _SOURCES.items() if kind != "-"]
    + list(tables.ORG_NOUN_TYPES)
    + [t for t, v in tables.TITLES.items() if v.kind == "head" and " " not in t]
)
_NOUNS = frozenset({NOUN})
_MAKER_PREPS = frozenset({"by", "from", "of"})
_LEFT_DEPS = frozenset({"det", "amod", "compound", "nmod", "nummod", "quantmod"})
_DROP_LEFT = frozenset({"PUNCT", "SPACE", "CCONJ"})
_DEFINITE = frozenset({"the", "this", "that"})
_GOVERNMENT = frozenset({"government"})
_SIDE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "poss", "pobj", "conj"})


def find_source_nouns(ctx: Context) -> None:
    """Make an entity of every unlinked common noun that speaks."""
    doc = ctx.doc
    for i in candidates(doc, _NOUNS, _WORDS):
        token = doc[i]
        if i in ctx.owner or not (_speaks(token) or _government_acting(token)):
            continue
        kind = _entity_type(token)
        if kind is None or _made_by_someone(token, kind) or _points_back(token, kind):
            continue
        ctx.add(_cluster(ctx, token, kind), Mention(_start(ctx, token), i + 1, "nominal", i))


def _speaks(token: Token) -> bool:
    """Is the noun a statement's source: the subject or passive agent of a reporting verb,
    the noun a reporting participle describes, or the object of a source phrase?"""
    head = token.head
    if token.dep_ == "nsubj":
        return head.pos_ == "VERB" and head.lemma_ in tables.SPEECH_VERBS
    if token.dep_ != "pobj":
        return any(
            c.dep_ == "acl" and c.tag_ == "VBG" and c.lemma_ in tables.SPEECH_VERBS
            for c in token.children
        )
    if head.dep_ == "agent":
        return head.head.lemma_ in tables.SPEECH_VERBS
    doc = token.doc
    return any(
        head.i + 1 >= len(phrase)
        and tuple(t.lower_ for t in doc[head.i + 1 - len(phrase) : head.i + 1]) == phrase
        for phrase in tables.SOURCE_PHRASES
    )


def _government_acting(token: Token) -> bool:
    """A definite "the government" that acts, owns or is acted upon ("the government has
    suspended its plan", "urged the government to act", "the government's commitment")
    with no country tied to it is a side as much as when it speaks: a state body the story
    does not name."""
    return (
        token.lemma_.lower() in _GOVERNMENT
        and token.tag_ == "NN"
        and _definite(token)
        and token.dep_ in _SIDE_DEPS
        and all(c.dep_ == "det" for c in token.lefts)  # "the Romanian government" is Romania's
    )


def _made_by_someone(token: Token, kind: str) -> bool:
    """A name before the noun ("a Gallup poll", "the Reuters news agency"), or a
    document's possessor ("Ofcom's figures") or named maker ("figures from Ofcom"): someone
    else is the source. A person keeps a possessor ("his spokesman" is someone)."""
    for child in token.children:
        if child.dep_ in ("compound", "appos") and child.pos_ == "PROPN":
            return True  # "American automobile manufacturer General Motors"
        if child.dep_ == "poss" and child.pos_ == "PROPN":
            return True  # "Barack Obama's administration": his
        if kind != "WORK_OF_ART":
            continue
        if child.dep_ == "poss":
            return True
        if child.dep_ == "prep" and child.lower_ in _MAKER_PREPS and _named(child):
            return True
    return False


def _definite(token: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in token.lefts)


def _points_back(token: Token, kind: str) -> bool:
    """A noun that stands for someone named before, whom the earlier passes did not find:
    "the prime minister" (a person the text names), "both sides", "their lawyers"."""
    if (
        kind in ("PERSON", "ORG")
        and token.tag_ == "NN"
        and not any(c.dep_ in ("det", "poss") for c in token.lefts)
    ):
        return True  # a headline's bare noun: "CEO of GM outlines plan", "auto company said"
    if kind == "PERSON":
        return _definite(token)  # "his spokesman", "a lawyer" are someone new
    if kind == "ORG" and _definite(token) and tables.noun_sector(token.lemma_.lower()) == "BUS":
        return True  # "the company said": the company the text names
    return points_back(token)


def _named(prep: Token) -> bool:
    return any(g.dep_ == "pobj" and g.pos_ in ("PROPN", "PRON") for g in prep.children)


def _entity_type(token: Token) -> str | None:
    """The type of the entity a speaking noun becomes; NORP for a plural person or body."""
    lemma = token.lemma_.lower()
    kind = _SOURCES.get(lemma)
    if kind is None and lemma in tables.ORG_NOUN_TYPES:
        kind = "ORG"
    if kind is None:
        title = tables.title(lemma)
        kind = "PERSON" if title is not None and title.kind == "head" else None
    if kind in (None, "-"):
        return None
    plural = token.tag_ in ("NNS", "NNPS")
    return "NORP" if plural and kind in ("PERSON", "ORG") else kind


def _cluster(ctx: Context, token: Token, kind: str) -> Cluster:
    """The entity of the noun: a group of its plural, or the earlier speaking mention of the
    same noun."""
    lemma = token.lemma_.lower()
    if kind == "NORP":
        cluster = group_cluster(ctx, lemma, _start(ctx, token), token.i)
        cluster.sector = cluster.sector or tables.noun_sector(lemma)
        return cluster
    key = (kind, "source:" + lemma)
    cluster = next((c for c in ctx.clusters if c.key == key), None)
    if cluster is None:
        cluster = Cluster(key, kind)
        cluster.sector = tables.noun_sector(lemma)
        ctx.clusters.append(cluster)
    return cluster


def _start(ctx: Context, token: Token) -> int:
    """Left edge of the noun's own words, keeping its determiner ("the report")."""
    start = token.i
    for child in token.lefts:
        if child.dep_ in _LEFT_DEPS:
            start = min(start, child.left_edge.i)
    start = max(start, segment_start(ctx.segment, token.i))
    while start < token.i and ctx.doc[start].pos_ in _DROP_LEFT:
        start += 1
    return start
