"""Mentions of organisations and countries that are not names.

* Nominals (lexicon ``org_nouns``): "Ryanair, the Irish airline," and "US automaker General
  Motors" join the name they stand beside; a definite singular one further on ("The
  company said …", "the firm's chief") joins the most salient organisation (or country, for
  "the country") of its own or the two previous sentences: a subject beats a nearer
  oblique mention, and never one in its own clause ("Ford bought the company"). A body
  known by its kind ("the committee", "the court"; ``named`` in the lexicon) joins only the
  organisation last named by that noun, however far back ("the Public Accounts Committee").
* A government stands for its country: "the US government", "the Russian government"
  (the country the demonym names, when the article names it) and "the government of
  Germany" join that country; "the government" alone joins the most salient country,
  never a city.
* Relative pronouns: "who"/"which" opening a relative clause join the entity the clause
  modifies ("Qatar Airways, which chose the A350").
"""

from __future__ import annotations

from spacy.symbols import NOUN, PRON, PROPN
from spacy.tokens import Token

from newsgraph.extract.entities.coref import is_subject
from newsgraph.extract.entities.model import (
    Cluster,
    Context,
    Mention,
    candidates,
    segment_start,
    set_off_clause,
)
from newsgraph.extract.nlp import hashes
from newsgraph.extract.syntax import SUBJECT_DEPS, clause_of
from newsgraph.lexicon import entities as tables

# A body known by its kind stands for an organisation ("the committee").
ORG_NOUNS = tables.ORG_NOUN_TYPES | dict.fromkeys(tables.ORG_NOUNS_NAMED, "ORG")
_NOUN_WORDS = hashes(ORG_NOUNS)
_NOUNS = frozenset({NOUN, PROPN})
_RELATIVES = hashes(["who", "which"])
_WHO_TYPES = frozenset({"PERSON", "ORG", "NORP"})
# "the country" and "the government" stand for a country: the regions table mixes provinces
# with major cities ("Istanbul"), so a region is never one.
_GOVERNED = frozenset({"country"})
_WHICH_TYPES = frozenset({"ORG", "GPE", "FAC", "LOC"})
_PLACE_TYPES = frozenset({"GPE", "FAC", "LOC"})
_DEFINITE = frozenset({"the", "this", "that"})
_STATE_SECTORS = frozenset({"GOV", "MIL"})
_WINDOW = 2  # sentences back
_DISTANCE_COST = 1.5  # per sentence back
_DROP_LEFT = frozenset({"DET", "PUNCT", "SPACE", "CCONJ", "PRON"})


def find_org_references(ctx: Context) -> None:
    """Attach organisation nominals and relative pronouns to their entities."""
    doc = ctx.doc
    for i in candidates(doc, _NOUNS, _NOUN_WORDS):
        token = doc[i]
        inside = _role_possessor(ctx, token)
        if (i in ctx.owner and inside is None) or token.tag_ in ("NNS", "NNPS"):
            continue
        wanted = ORG_NOUNS.get(token.lemma_.lower()) or ORG_NOUNS.get(token.lower_)
        target = _beside_name(ctx, token, wanted)
        if target is None and _referring(token) and _modified_enough(token):
            target = _antecedent(ctx, token, wanted)
        if target is not None and target is not inside:
            start = _nominal_start(ctx, token)
            ctx.add(target, Mention(start, i + 1, "nominal", i))
            for j in range(start, i + 1) if inside is not None else ():
                ctx.owner[j] = target  # as a name in a role ("Apple CEO") is Apple's
            if target.type == "ORG" and target.sector is None:
                target.sector = _noun_sector(token)
    for i in candidates(doc, frozenset({PRON}), _RELATIVES):
        target = _relative_antecedent(ctx, doc[i])
        if i not in ctx.owner and target is not None:
            ctx.add(target, Mention(i, i + 1, "pronoun", i))


def _role_possessor(ctx: Context, token: Token) -> Cluster | None:
    """The person whose role a definite nominal is the possessor in ("the company's vice
    president John Smith"): the nominal still stands for the organisation."""
    owner = ctx.owner.get(token.i)
    if owner is None or owner.type != "PERSON" or token.dep_ != "poss":
        return None
    if not any(m.kind == "title" and m.start <= token.i < m.end for m in owner.mentions):
        return None
    return owner


def _modified_enough(token: Token) -> bool:
    """A noun that refers back only with a modifier ("the regional body", not "the body")
    has an adjective or a noun before it, not one joined by a hyphen ("a wide-body jet")."""
    lemma = token.lemma_.lower()
    if lemma not in tables.ORG_NOUNS_MODIFIED and token.lower_ not in tables.ORG_NOUNS_MODIFIED:
        return True
    if token.i > 0 and token.doc[token.i - 1].text == "-":
        return False
    return any(c.dep_ in ("amod", "compound") for c in token.lefts)


def _noun_sector(token: Token) -> str | None:
    sectors = tables.ORG_NOUN_SECTORS
    return sectors.get(token.lemma_.lower()) or sectors.get(token.lower_)


def _nominal_start(ctx: Context, token: Token) -> int:
    """Left edge of the nominal's own words, keeping "the" ("the Irish airline")."""
    start = token.i
    for child in token.lefts:
        if child.dep_ in ("det", "amod", "compound", "nmod", "nummod", "poss"):
            start = min(start, child.left_edge.i)
    start = max(start, segment_start(ctx.segment, token.i))
    doc = ctx.doc
    while start < token.i and (
        doc[start].pos_ in _DROP_LEFT and doc[start].lower_ not in _DEFINITE
    ):
        start += 1
    return start


def _fits(cluster: Cluster | None, wanted: str) -> bool:
    if cluster is None or cluster.plural or cluster.type == "PERSON":
        return False
    if wanted == "GPE":  # a country, not a city or capital ("the government")
        return cluster.type == "GPE" and any(
            m.place is not None and m.place.kind in _GOVERNED for m in cluster.mentions
        )
    return cluster.type == "ORG"


def _beside_name(ctx: Context, token: Token, wanted: str) -> Cluster | None:
    """The named entity a nominal is in apposition to or pre-modifies, or, for a country
    noun, the country named in it ("the US government", "the government of Germany")."""
    owner = ctx.owner.get
    if token.dep_ == "appos" and _fits(owner(token.head.i), wanted):
        return owner(token.head.i)
    for child in token.children:
        if child.dep_ == "appos" and _fits(owner(child.i), wanted):
            return owner(child.i)
    head = token.head
    if token.dep_ == "compound" and head.i > token.i and _fits(owner(head.i), wanted):
        return owner(head.i)
    named = _name_right_after(ctx, token)
    if _fits(named, wanted):  # "The American auto company Chrysler filed …" parsed as one
        return named
    if wanted != "GPE":  # "the Boeing supplier" is another company
        return None
    for child in token.lefts:  # "the US government", "the Russian government"
        country = _country_of(ctx, owner(child.i)) if child.dep_ in ("compound", "amod") else None
        if _fits(country, wanted):
            return country
    for prep in (c for c in token.rights if c.dep_ == "prep" and c.lower_ == "of"):
        for place in (c for c in prep.children if c.dep_ == "pobj"):
            if _fits(owner(place.i), wanted):  # "the government of Germany"
                return owner(place.i)
    return None


def _name_right_after(ctx: Context, token: Token) -> Cluster | None:
    """The entity whose name starts right after a noun, not as a possessor: the parse may
    make "company" the head of "the American auto company Chrysler"."""
    after = token.i + 1
    cluster = ctx.owner.get(after)
    if cluster is None or after >= len(ctx.doc) or ctx.segment[after] != ctx.segment[token.i]:
        return None
    for m in cluster.mentions:
        if m.kind == "name" and m.start == after:
            possessive = m.end < len(ctx.doc) and ctx.doc[m.end].tag_ == "POS"
            return None if possessive else cluster
    return None


def _country_of(ctx: Context, cluster: Cluster | None) -> Cluster | None:
    """The country a demonym's entity belongs to, when the article names it ("Russian" →
    Russia); any other entity as it is."""
    if cluster is None or cluster.type != "NORP":
        return cluster
    return next((c for c in ctx.clusters if c.key == ("GPE", cluster.key[1])), None)


def _referring(token: Token) -> bool:
    """Whether a nominal may point back rather than describe or introduce: not a
    predicate ("Ryanair is the biggest airline"), not restricted by a phrase or clause
    after it ("the maker of the iPhone", "a firm that …"), not a name of its own ("the
    Old Mutual insurance company"; a country word may stay: "the US automaker")."""
    if token.dep_ in ("attr", "oprd", "appos"):
        return False
    if any(_restricting(c) for c in token.rights):
        return False
    return not any(
        t.pos_ == "PROPN" and tables.place(t.text) is None for t in token.subtree if t.i < token.i
    )


def _restricting(child: Token) -> bool:
    """A phrase or clause after a noun that narrows it; one set off by a comma ("the
    airline, which is the largest in China, …") only describes it."""
    return child.dep_ == "prep" or (child.dep_ in ("relcl", "acl") and not set_off_clause(child))


def _antecedent(ctx: Context, token: Token, wanted: str) -> Cluster | None:
    """The most salient fitting entity named before a definite nominal."""
    if not any(c.dep_ in ("det", "poss") and c.lower_ in _DEFINITE for c in token.lefts):
        return None
    if token.lemma_.lower() in tables.ORG_NOUNS_NAMED:
        return _named_by_noun(ctx, token)
    doc, seg = ctx.doc, ctx.segment
    clause = clause_of(token)
    # An organisation already called "a market research firm" is "the firm" first.
    heads = {
        id(c): {doc[m.head].lemma_ for m in c.mentions if m.kind == "nominal"} for c in ctx.clusters
    }
    best, best_score = None, float("-inf")
    sector = _noun_sector(token)
    for cluster, mentions in _named_before(ctx, wanted):
        if _country_clash(ctx, token, cluster):
            continue
        if sector and cluster.sector and sector != cluster.sector:
            continue  # "the ministry" is not the newspaper named before
        for m, demonym in mentions:
            distance = seg[token.i] - seg[m.start]
            if m.start >= token.i or distance > _WINDOW:
                continue
            if distance == 0 and clause_of(doc[m.head]) == clause and not demonym:
                continue  # "Ford bought the company"; "the Pakistani state … the government"
            score = -_DISTANCE_COST * distance - 0.001 * (token.i - m.start)
            score += 2 if is_subject(doc, m, seg) else 0
            score += 3 if token.lemma_ in heads.get(id(cluster), ()) else 0
            if score > best_score:
                best, best_score = cluster, score
    return best


def _named_by_noun(ctx: Context, token: Token) -> Cluster | None:
    """The organisation last named by a name headed by the nominal's noun anywhere before
    it ("the Commons public accounts committee" … "the committee"), or None."""
    lemma = token.lemma_.lower()
    best, best_start = None, -1
    for cluster in ctx.clusters:
        if not _fits(cluster, "ORG"):
            continue
        for m in cluster.mentions:
            named = m.kind == "name" and ctx.doc[m.head].lemma_.lower() == lemma
            if named and best_start < m.start < token.i:
                best, best_start = cluster, m.start
    return best


def _named_before(ctx: Context, wanted: str) -> list[tuple[Cluster, list[tuple[Mention, bool]]]]:
    """Each fitting entity with the mentions that name it, each marked whether it names it
    by a demonym: for a country ("the government"), a demonym in any mention names the
    country too when the article names it ("fighting the Pakistani state, accusing the
    government of …")."""
    found = [
        (c, [(m, False) for m in c.mentions if m.kind == "name"])
        for c in ctx.clusters
        if _fits(c, wanted)
    ]
    if wanted != "GPE":
        return found
    by_code = {c.key[1]: mentions for c, mentions in found}
    for cluster in ctx.clusters:
        if cluster.type == "GPE":
            continue
        for m in cluster.mentions:
            if not _state_body(ctx.doc[m.head]):
                continue
            for code in _countries(ctx.doc[m.start : m.end]) & by_code.keys():
                by_code[code].append((m, True))
    return found


def _state_body(token: Token) -> bool:
    """A mention of a country's state by its demonym: "the Pakistani state", "Iraqi
    authorities", "Russian troops" (a public sector), never "an Iraqi civilian"."""
    noun = token if token.pos_ == "NOUN" else token.head
    lemma = noun.lemma_.lower()
    if ORG_NOUNS.get(lemma) == "GPE" or lemma == "state":
        return True
    return tables.noun_sector(lemma) in _STATE_SECTORS


def _countries(tokens) -> set[str]:
    places = (tables.place(t.text) for t in tokens if t.pos_ in ("PROPN", "ADJ"))
    return {p.iso3 for p in places if p is not None and p.kind in ("country", "demonym")}


def _country_clash(ctx: Context, token: Token, cluster: Cluster) -> bool:
    """Whether "the US manufacturer" names another country than the organisation is known
    by (its code, or a country word of a nominal already attached: "Irish airline")."""
    wanted = _countries(t for t in token.subtree if t.i < token.i)
    if not wanted:
        return False
    known = {cluster.country} if cluster.country else set()
    for m in cluster.mentions:
        if m.kind == "nominal":
            known |= _countries(ctx.doc[m.start : m.end])
    return bool(known) and not known & wanted


def _relative_antecedent(ctx: Context, pron: Token) -> Cluster | None:
    """The entity a relative clause modifies: "Qatar Airways, which …" → Qatar Airways.
    When the parse hangs "which" on a person ("Henderson, chief of GM, which filed …"),
    the name just before its comma is the antecedent, as a reader takes it. A verb agreeing
    with a plural ("…, which have") is no single place."""
    clause = pron.head
    if clause.dep_ != "relcl" or pron.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return None
    allowed = _WHO_TYPES if pron.lower_ == "who" else _WHICH_TYPES
    cluster = _named_at(ctx, clause.head.i)  # "the Chief Executive of GM, which": not GM
    if (cluster is None or cluster.type not in allowed) and pron.lower_ == "which":
        hung_on = ctx.owner.get(clause.head.i)
        if hung_on is None or hung_on.type != "PERSON":
            return None
        before = pron.i - 1 if pron.i > 0 and ctx.doc[pron.i - 1].text == "," else pron.i
        cluster = _named_at(ctx, before - 1)
    if cluster is None or cluster.type not in allowed:
        return None
    # "vehicles built in Kentucky, which have faulty pedals": not a place; a company or a
    # group may take a plural verb ("Airbus, which have announced …", "the Taliban, who have")
    if pron.dep_ in SUBJECT_DEPS and _plural_verb(clause) and not cluster.plural:
        return None if cluster.type in _PLACE_TYPES else cluster
    return cluster


def _plural_verb(verb: Token) -> bool:
    """Whether a verb agrees with a plural subject ("have", "are", "were")."""
    words = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
    return any(w.tag_ == "VBP" or w.lower_ == "were" for w in words)


def _named_at(ctx: Context, i: int) -> Cluster | None:
    """The entity whose mention has its head at token ``i``."""
    cluster = ctx.owner.get(i)
    if cluster is None or not any(m.head == i for m in cluster.mentions):
        return None
    return cluster
