"""Country (ISO3) and sector coding of clusters, gender for pronoun agreement, and names.

Places and listed organisations take their codes from the lexicon. An unlisted
organisation takes a country from a demonym or country name inside or before its name
("Russian Defence Ministry") and a sector from its last word ("… Ministry" → GOV). A
person takes both from their roles: the country from a possessive or demonym ("Russia's
foreign intelligence chief", "Ukrainian presidential adviser") or from an organisation named
in the role ("CIA counterpart" → USA), the sector from that organisation or a title word.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

from spacy.tokens import Doc, Token

from newsgraph.extract.entities.model import INDEFINITE, Cluster, Context, Mention
from newsgraph.extract.entities.names import name_head
from newsgraph.lexicon import entities as tables

# A capital or country acting ("Moscow said", "talks between Moscow and Washington") stands
# for its government.
_AGENT_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "agent"})
_AGENT_PREPS = frozenset({"between", "with", "by"})


def code_names(ctx: Context) -> None:
    """Type, country and sector of every name cluster (before roles are known)."""
    for cluster in ctx.clusters:
        names = [m for m in cluster.mentions if m.kind == "name"]
        if not names:
            continue
        cluster.type = _majority_type(cluster, names)
        listed = next((m for m in names if m.org or m.place), None)
        if listed is not None:
            _code_listed(ctx.doc, cluster, listed, names)
        elif cluster.type == "PERSON":
            cluster.gender = _gender(ctx.doc, names)
        else:
            _code_unlisted(ctx.doc, cluster, names)


def _majority_type(cluster: Cluster, names: list[Mention]) -> str:
    if cluster.key[0] == "PERSON":
        return cluster.type  # a person, unless its context voted organisation
    return Counter(m.label for m in names).most_common(1)[0][0]


def _code_listed(doc: Doc, cluster: Cluster, m: Mention, names: list[Mention]) -> None:
    if m.org:
        cluster.country, cluster.sector, cluster.type = m.org.iso3, m.org.sector, m.org.type
        return
    if m.place is None:
        return
    cluster.country = m.place.iso3
    acting_capital = m.place.kind == "capital" and any(_acts(doc, n) for n in names)
    if m.place.kind == "seat" or acting_capital:
        cluster.sector = "GOV"


def _acts(doc: Doc, m: Mention) -> bool:
    """Whether a place mention is used as an actor ("Moscow said", "between Moscow and
    Washington", "Beijing's policy") rather than as a location ("advanced towards Moscow",
    "London's West End")."""
    token = doc[m.head]
    while token.dep_ == "conj":
        token = token.head
    if token.dep_ == "poss" and _named_part(token.head):
        return False  # a named part of the city: "London's West End", "London's Savoy hotel"
    if token.dep_ in _AGENT_DEPS:
        return True
    return token.dep_ == "pobj" and token.head.lower_ in _AGENT_PREPS


def _named_part(noun: Token) -> bool:
    """Whether a possessed noun is, or is headed by, a name of its own."""
    return bool(
        noun.pos_ == "PROPN"
        or noun.ent_type_
        or any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in noun.children)
    )


def _code_unlisted(doc: Doc, cluster: Cluster, names: list[Mention]) -> None:
    for m in names:
        words = doc[m.start : m.end]
        head = name_head(words.text)
        cluster.sector = cluster.sector or (head[1] if head else None)
        if cluster.type not in ("ORG", "FAC"):
            continue  # "Cuban Missile Crisis" is not Cuba's
        for token in [*_premodifiers(doc, m), *words]:
            place = tables.place(token.text)
            if place is not None and cluster.country is None:
                cluster.country = place.iso3


def _premodifiers(doc: Doc, m: Mention) -> list[Token]:
    """The words before a name that modify it ("US software giant Microsoft", "Britain's
    Serious Fraud Office"): its head's subtree to its left. A place merely near the name is
    no nationality ("… in the UK. Microsoft said")."""
    head = doc[m.head]
    return [t for t in doc[head.left_edge.i : m.start] if head in t.ancestors]


def code_org_nominals(ctx: Context) -> None:
    """An organisation still without a country takes one from a nominal in apposition to or
    pre-modifying one of its names, when that nominal names a country: "Microsoft, the US
    software giant". A nominal joined by salience alone ("the firm said") tells nothing."""
    doc = ctx.doc
    for cluster in ctx.clusters:
        if cluster.type not in ("ORG", "FAC") or cluster.country or cluster.plural:
            continue
        names = [doc[m.head] for m in cluster.mentions if m.kind == "name"]
        for m in cluster.mentions:
            nominal = doc[m.head]
            if m.kind != "nominal" or not any(_tied(nominal, name) for name in names):
                continue
            places = [tables.place(t.text) for t in doc[m.start : m.end]]
            found = [p.iso3 for p in places if p is not None and p.kind in _NATIONAL]
            if found:
                cluster.country = found[0]
                break


# Place kinds that tell an organisation's nationality in a nominal ("the US firm").
_NATIONAL = frozenset({"country", "demonym"})


def _tied(nominal: Token, name: Token) -> bool:
    """A nominal in apposition to a name, or one a name is in apposition to or modifies."""
    return (nominal.dep_ == "appos" and nominal.head.i == name.i) or (
        name.head.i == nominal.i and name.dep_ in ("appos", "compound")
    )


def _gender(doc: Doc, names: list[Mention]) -> str | None:
    for m in names:
        for i in (m.start - 1, m.start):
            honorific = tables.title(doc[i].text) if i >= 0 else None
            if honorific and honorific.kind == "honorific" and honorific.gender:
                return honorific.gender
        gender = tables.GIVEN_GENDER.get(doc[m.start].text)
        if gender and m.end - m.start > 1:
            return gender
    return None


def code_roles(ctx: Context) -> None:
    """Country, sector and gender of people from their roles; codes of groups.

    A person whose roles name no country ("Senator Mark Hollis", "the spokesman") takes
    the article's home country, when it has one (:func:`home_country`); one whose role
    names a place of its own ("a Nassau County official") is of that place, not the home's.
    """
    home = home_country(ctx)
    for cluster in ctx.clusters:
        phrases = cluster.roles if cluster.type == "PERSON" else []
        if cluster.plural:
            phrases = [m for m in cluster.mentions if m.kind == "nominal"]
        for role in phrases:
            country, sector, gender = _code_phrase(ctx, role)
            cluster.country = cluster.country or country
            cluster.sector = cluster.sector or sector
            cluster.gender = cluster.gender or gender
        own_place = any(_names_place(ctx, role) for role in cluster.roles)
        if cluster.type == "PERSON" and not cluster.plural and cluster.roles and not own_place:
            cluster.country = cluster.country or home


def code_people(ctx: Context, published: dt.date | None) -> None:
    """A person still without a country or sector takes what the Phoenix dictionaries give
    their full name on the publication date ("Tony Blair" in 2005: GBR GOV), when the
    article names that country: a namesake elsewhere ("John Williams", the composer, in a
    film story) keeps nothing."""
    named = {c.country for c in ctx.clusters if c.type in ("GPE", "NORP") and c.country}
    for cluster in ctx.clusters:
        if cluster.type != "PERSON" or cluster.plural or (cluster.country and cluster.sector):
            continue
        found = tables.office(canonical_name(ctx.doc, cluster), published)
        if found is None or found.iso3 not in named or cluster.country not in (None, found.iso3):
            continue
        cluster.country = found.iso3
        cluster.sector = cluster.sector or found.sector


def home_country(ctx: Context) -> str | None:
    """The country most of the article's place names point to (countries, capitals,
    regions, demonyms), when it has more than half of them; None otherwise."""
    counts: Counter[str] = Counter()
    for cluster in ctx.clusters:
        for m in cluster.mentions:
            if m.kind == "name" and m.place is not None:
                counts[m.place.iso3] += 1
    if not counts:
        return None
    country, top = counts.most_common(1)[0]
    return country if 2 * top > sum(counts.values()) else None


def _names_place(ctx: Context, role: Mention) -> bool:
    """Whether a role phrase holds a place name ("Nassau County official")."""
    tokens = ctx.doc[role.start : role.end]
    return any((owner := ctx.owner.get(t.i)) is not None and owner.type in _PLACES for t in tokens)


_PLACES = frozenset({"GPE", "LOC"})


def _code_phrase(ctx: Context, role: Mention) -> tuple[str | None, str | None, str | None]:
    doc = ctx.doc
    country = sector = gender = None
    org_sector = None
    skip = -1
    closed = False  # after "and": "chief executive and president" keeps the first sector
    for token in doc[role.start : role.end]:
        if token.i == skip:
            continue
        closed = closed or (token.pos_ == "CCONJ" and sector is not None)
        owner = ctx.owner.get(token.i)
        if _posted_to(token, role):
            continue  # "the ambassador to France" is no Frenchman
        if owner is not None and owner.type != "PERSON" and not owner.plural:
            country = country or owner.country
            org_sector = org_sector or (owner.sector if owner.type == "ORG" else None)
        elif token.pos_ == "NOUN":  # "president of the division at the firm": a business
            org_sector = org_sector or tables.ORG_NOUN_SECTORS.get(token.lemma_.lower())
        # a word of a longer name is no place of its own ("Nassau County Executive" is no
        # Bahamian): a named owner gives its country above
        place = tables.place(token.text) if owner is None else None
        country = country or (place.iso3 if place else None)
        title = _title_at(doc, token.i, role.end)
        if title is not None and title[1] > token.i:
            skip = title[1]  # a two-word title ("director general") is read as one
        title = title[0] if title else None
        if title and not closed:
            sector = title.sector or sector
            gender = title.gender or gender
    return country, org_sector or sector, gender


def _posted_to(token: Token, role: Mention) -> bool:
    """Whether a word of a role is in its "to" phrase: the place one is posted to
    ("envoy to the UN", "ambassador to France"), not the one one serves."""
    return any(
        a.dep_ == "prep" and a.lower_ == "to" and role.start <= a.i < role.end
        for a in token.ancestors
    )


def _title_at(doc: Doc, i: int, end: int) -> tuple[tables.Title, int] | None:
    """The title starting at token ``i``, two-word titles first, with its last index."""
    if i + 1 < end:
        first, second = doc[i].text, doc[i + 1]
        two = tables.title(f"{first} {second.text}") or tables.title(f"{first} {second.lemma_}")
        if two is not None:
            return two, i + 1
    one = tables.title(doc[i].text) or tables.title(doc[i].lemma_)
    return (one, i) if one is not None else None


def canonical_name(doc: Doc, cluster: Cluster) -> str:
    """The fullest name seen (most words, then most characters), without an honorific;
    a nameless group is named by its first mention, less an indefinite determiner or a
    possessive pronoun ("a court" is named "court", "his supporters" "supporters"), or by
    the first that names its side ("Militants … BLA militants": "BLA militants")."""
    names = [m for m in cluster.mentions if m.kind == "name"]
    if not names:
        mentions = cluster.mentions
        if "|" in str(cluster.key[1]):  # a group told apart by its side: named with it
            mentions = [m for m in mentions if _premodified(doc, m)] or mentions
        first = min(mentions, key=lambda m: m.start)
        start = first.start
        while start < first.end - 1 and (
            doc[start].lower_ in INDEFINITE or doc[start].tag_ == "PRP$"
        ):
            start += 1
        return doc[start : first.end].text
    spans = [doc[_after_honorific(doc, m) : m.end] for m in names]
    return max(spans, key=lambda span: (len(span), len(span.text))).text


def _premodified(doc: Doc, m: Mention) -> bool:
    return any(doc[i].pos_ != "DET" for i in range(m.start, m.head))


def _after_honorific(doc: Doc, m: Mention) -> int:
    honorific = tables.title(doc[m.start].text)
    skip = honorific is not None and honorific.kind == "honorific" and m.end - m.start > 1
    return m.start + 1 if skip else m.start
