"""Pronoun resolution: cheap rules over the parse, no model.

he/she/him/his/her pick a person mentioned in the same or the two previous sentences,
scored so that the subject of a sentence beats a merely nearer name ("Podolyak said X about
Naryshkin. He added …" → Podolyak); gender must agree when known; a non-possessive pronoun
never refers to a name in its own clause ("Burns called him"), nor the speaker of a quote to
a name inside it ("“… I love Larry,” he said").

it/its/they/their refer to an organisation, country or group only in safe frames: the
subject of a clause reported by one ("Ukraine … has stated that it will not …") or
completing a noun it owns ("the announcement by GM that it had filed", "Ford's decision
to name all their cars"); a
possessive after its clause's subject ("Boeing said its profits rose"); the subject of a
main clause right after a sentence whose only such subject it can be; the subject of a
relative, coordinated, open or adverbial clause whose governing clause has one ("Chrysler
released a list of dealerships that it was closing", "Ford cut jobs, although it said …");
a possessive with no subject outside it in its clause or the one above, for the one
organisation or country that is a subject in its sentence or the one before ("the delay
in delivery of its A380s", "Its shares fell").
"it" must have a contentful verb, which skips the pleonastic "it remains unclear", "it is
clear that …", "it was a hard decision" and "it was reported that …" but keeps "it would
be profitable". A company may be "they", and "their" when no plural noun comes
between; a group named in the plural ("the Democrats") is never "it". A coordinated
reporter ("X and Y announced that they …") is left alone. A subject the backbone took from
the headline above is ignored.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from spacy.symbols import PRON
from spacy.tokens import Doc, Token

from newsgraph.extract.entities.model import (
    Cluster,
    Context,
    Mention,
    candidates,
)
from newsgraph.extract.nlp import doc_text, hashes
from newsgraph.extract.syntax import CLAUSE_POS, SUBJECT_DEPS, clause_of, contentful
from newsgraph.lexicon import entities as tables

_PRONOUN_POS = frozenset({PRON})
_PRONOUN_WORDS = hashes(tables.PRONOUNS)
_OBJECT_DEPS = frozenset({"dobj", "dative", "attr", "oprd"})
_OPENER_MODIFIERS = frozenset({"amod", "compound", "det", "nmod", "nummod"})
_EMBEDDED = frozenset({"relcl", "conj", "xcomp", "advcl"})
_WINDOW = 2  # sentences back
_DOUBLE_QUOTES = re.compile(r"``|''|[\"“”„«»]")
_DISTANCE_COST = 1.5  # per sentence back
_THING_TYPES = frozenset({"ORG", "GPE", "NORP"})
_PEOPLE = frozenset({"PERSON"})
_ASIDE_MARKS = frozenset({",", "—", "–", "-"})  # what sets off "…, he said"


def resolve_pronouns(ctx: Context) -> None:
    """Attach each resolvable pronoun as a ``pronoun`` mention of its entity."""
    for i in candidates(ctx.doc, _PRONOUN_POS, _PRONOUN_WORDS):
        token = ctx.doc[i]
        info = tables.PRONOUNS.get(token.lower_)
        if info is None or info.refers == "SPEAKER" or i in ctx.owner:
            continue  # first person waits for the quotes (quotes.first_person)
        if info.refers == "PERSON":
            target = _person_for(ctx, token, info)
        else:
            target = _thing_for(ctx, token, info)
        if target is not None:
            ctx.add(target, Mention(token.i, token.i + 1, "pronoun", token.i))


def is_subject(doc: Doc, m: Mention, segment: list[int]) -> bool:
    """Whether a mention is a subject, also through apposition or coordination, or opens
    its sentence before any verb (the backbone mangles headline-led sentences), unless it
    only describes the subject in an apposition."""
    token = doc[m.head]
    while token.dep_ in ("appos", "conj", "compound") and token.head.i != token.i:
        token = token.head
    if token.dep_ in SUBJECT_DEPS:
        return True
    if any(a.dep_ == "appos" and a.head.dep_ in SUBJECT_DEPS for a in token.ancestors):
        # a name in the subject's description: "Titan, a California-based firm,", "Mike
        # McGuire, a research director at Gartner,"
        return False
    if _adverbial(token, m):
        return False  # "At the Court of Appeal, the Alliance failed": a setting, not the actor
    first = m.start
    while first > 0 and segment[first - 1] == segment[m.start]:
        first -= 1
        if doc[first].pos_ in CLAUSE_POS:
            return False
    return True


def _adverbial(token: Token, m: Mention) -> bool:
    """Whether the mention's head is the object of a preposition before it that modifies a
    verb, also through a phrase it completes ("At the Court of Appeal on Monday, the
    Alliance lost", "In addition to the iPod, Apple …"), not a noun ("Much of the
    UKIP funding came …", whose subject the parser may have lost)."""
    prep = token.head
    if token.dep_ != "pobj" or prep.pos_ != "ADP" or prep.i >= m.start:
        return False
    while prep.head.dep_ == "pobj" and prep.head.head.pos_ == "ADP":
        prep = prep.head.head  # "In addition to the iPod, they …"
    return prep.head.pos_ in ("VERB", "AUX")


def _person_for(ctx: Context, pron: Token, info: tables.Pronoun) -> Cluster | None:
    doc, seg = ctx.doc, ctx.segment
    best, best_score = None, float("-inf")
    for cluster in ctx.clusters:
        if cluster.type != "PERSON" or cluster.plural or not _agrees(cluster, info):
            continue
        for m in cluster.mentions:
            distance = seg[pron.i] - seg[m.start]
            if m.start >= pron.i or distance > _WINDOW or _quoted_away(ctx, m, pron):
                continue
            if distance == 0 and _reported_away(doc, m, pron, info):
                continue
            score = _score(doc, m, pron, info, distance, seg)
            if score > best_score:
                best, best_score = cluster, score
    return best


def _quoted_away(ctx: Context, m: Mention, pron: Token) -> bool:
    """Whether the pronoun speaks a quotation that holds the name: "“… I love Larry,” he
    said" is not Larry. The quotation closes right before the pronoun (nothing but a comma
    or a dash after its closing mark) and opened before the name in the same line; a
    pronoun later on ("… Larry,” she said. He was …") may still be Larry."""
    doc = ctx.doc
    text = doc_text(doc)
    name_start, name_end = doc[m.start].idx, doc[m.end - 1].idx + len(doc[m.end - 1])
    between = text[name_end : pron.idx]
    closing = list(_DOUBLE_QUOTES.finditer(between))
    if not closing or between[closing[-1].end() :].strip(" ,—–-") or "\n" in between:
        return False
    marks, line_starts = _quote_marks(ctx)
    line = line_starts[bisect_right(line_starts, name_start) - 1]
    opened = (bisect_left(marks, name_start) - bisect_left(marks, line)) % 2 == 1
    return opened and len(closing) % 2 == 1


def _reported_away(doc: Doc, m: Mention, pron: Token, info: tables.Pronoun) -> bool:
    """Whether a subject pronoun reports a clause before it that holds the name, as
    :func:`_quoted_away` does for quotation marks: in "trust in Smith's plans is falling,
    he said" the one who says it is not Smith. The clause is the reporting verb's clausal
    complement before it, or the clause the parser hung the reporting verb on when a comma
    or a dash sets the reporting verb off."""
    verb = pron.head
    if info.case != "subj" or pron.dep_ not in SUBJECT_DEPS:
        return False
    if verb.lemma_.lower() not in tables.SPEECH_VERBS:
        return False  # "Smith has healed rifts, he is helping …" may well be Smith
    name = doc[m.head]
    for clause in verb.lefts:
        if clause.dep_ != "ccomp" or not clause.left_edge.i <= name.i <= clause.right_edge.i:
            continue
        between = doc[clause.right_edge.i + 1 : pron.i]
        if len(between) and all(t.text in _ASIDE_MARKS for t in between):
            return True  # "…, he said", not "… - it would have been longer had he denied"
    host, opening = verb.head, verb.left_edge.i
    if verb.dep_ not in ("ccomp", "parataxis") or host.i >= verb.i or opening == 0:
        return False
    if doc[opening - 1].text not in _ASIDE_MARKS:
        return False  # "Smith stated that he …" reports nothing before it: "…, he said" does
    inside_host = host.left_edge.i <= name.i <= host.right_edge.i
    return inside_host and not verb.left_edge.i <= name.i <= verb.right_edge.i


def _quote_marks(ctx: Context) -> tuple[list[int], list[int]]:
    """Offsets of the text's double quotation marks and of its line starts, found once per
    document (so the parity before a name is two bisections, not a scan of its line)."""
    if ctx.quote_marks is None:
        text = doc_text(ctx.doc)
        marks = [found.start() for found in _DOUBLE_QUOTES.finditer(text)]
        line_starts = [0, *(found.end() for found in re.finditer("\n", text))]
        ctx.quote_marks = (marks, line_starts)
    return ctx.quote_marks


def _score(
    doc: Doc, m: Mention, pron: Token, info: tables.Pronoun, distance: int, seg: list[int]
) -> float:
    same_clause = clause_of(doc[m.head]) == clause_of(pron)
    if same_clause and distance == 0 and info.case in ("subj", "obj"):
        return float("-inf")  # binding: "Burns called him" is not Burns
    score = -_DISTANCE_COST * distance - 0.001 * (pron.i - m.start)
    if is_subject(doc, m, seg):
        score += 2
        score += 1 if doc[clause_of(doc[m.head])].dep_ == "ROOT" else 0
    elif doc[m.head].dep_ in _OBJECT_DEPS:
        score += 0.5  # salience: subject > object > oblique ("invited Flowers … to Clinton")
    if same_clause and info.case == "poss":
        score += 3  # "Prigozhin and his Wagner group"
    return score


def subject_antecedent(
    ctx: Context,
    i: int,
    gender: str | None,
    *,
    types: frozenset[str] = _PEOPLE,
    plural: bool = False,
    nominal: bool = False,
) -> Cluster | None:
    """The one entity of ``types`` that is a subject earlier in token ``i``'s sentence or in
    the sentence before (nearest sentence first), or None when there is none or several.
    Groups named in the plural count only for a plural pronoun (``plural``). A ``nominal``
    ("the former home secretary") is never someone its own sentence mentioned before it
    or names after it: "Blair said he hoped the former home secretary would serve again" is
    not Blair, "the party's chief executive said Mr Kennedy missed the vote" not Kennedy."""
    doc, seg = ctx.doc, ctx.segment
    found: dict[int, set[int]] = {0: set(), 1: set()}
    people = {id(c): c for c in ctx.clusters if c.type in types and (plural or not c.plural)}
    for cluster in people.values():
        if gender and cluster.gender and cluster.gender != gender:
            continue
        if nominal and any(
            seg[m.start] == seg[i] and (m.start < i or m.kind == "name") for m in cluster.mentions
        ):
            continue
        for m in cluster.mentions:
            distance = seg[i] - seg[m.start]
            if m.start < i and distance in found and is_subject(doc, m, seg):
                found[distance].add(id(cluster))
    for distance in (0, 1):
        if found[distance]:
            ids = found[distance]
            return people[ids.pop()] if len(ids) == 1 else None
    return None


def _agrees(cluster: Cluster, info: tables.Pronoun) -> bool:
    return info.gender is None or cluster.gender is None or cluster.gender == info.gender


def _thing_for(ctx: Context, pron: Token, info: tables.Pronoun) -> Cluster | None:
    """it/its/they/their for an organisation, country or group, in safe frames only."""
    cluster = None
    plural = info.number == "pl"
    if info.case == "poss":
        subject = _governing_subject(ctx, pron)
        if subject is not None:
            cluster = _entity_before(ctx, subject, pron)
            if cluster is not None and cluster.plural and not plural:
                cluster = _body_of(ctx, subject, cluster) or cluster
        else:
            # no subject outside the pronoun to ask: the owner of the noun its clause
            # completes ("Ford's decision to name all their cars"), else the one
            # organisation or country that is a subject in this sentence or the one before
            # ("the delay in delivery of its A380s", "Its shares fell")
            cluster = _noun_owner(ctx, ctx.doc[clause_of(pron)], pron) or subject_antecedent(
                ctx, pron.i, None, types=_THING_TYPES, plural=plural
            )
    elif pron.dep_ in SUBJECT_DEPS and (plural or contentful(pron.head)):
        cluster = _reporter(ctx, pron.head)
        if cluster is None and pron.head.dep_ in _EMBEDDED and not _rival_object(pron.head, plural):
            # "Chrysler released a list of dealerships that it was closing", "Ford cut
            # jobs, although it insisted …"
            cluster = _clause_subject(ctx, pron)
            if cluster is not None and cluster.type == "FAC" and not plural:
                return cluster  # "the train was carrying 450 people when it came under attack"
        if cluster is None and pron.head.dep_ == "ROOT":
            # "Boeing delivered the last 717 on Friday. It said …"
            cluster = subject_antecedent(ctx, pron.i, None, types=_THING_TYPES, plural=plural)
    if cluster is None or cluster.type not in _THING_TYPES:
        return None
    if not plural and _only_demonyms(cluster):
        return None  # "British" is never "it" (the Russians may be "they")
    if plural and not cluster.plural:
        # A company may be "they" when it reports ("Apple said they …") and "their" after
        # it as subject ("Boeing unveiled their 787"), unless a plural noun comes between
        # ("Apple sued developers over their apps").
        if cluster.type != "ORG":
            return None
        return cluster if info.case == "subj" or not _plural_between(ctx, cluster, pron) else None
    return cluster if plural or not cluster.plural else None


def _body_of(ctx: Context, subject: Token, group: Cluster) -> Cluster | None:
    """The organisation or country a group subject belongs to, which a singular "its"
    stands for: "EU officials said its tariffs …" → the EU."""
    for child in subject.children:
        owner = ctx.owner.get(child.i)
        if child.dep_ not in ("compound", "nmod") or owner is None or owner is group:
            continue
        if not owner.plural and owner.type in ("ORG", "GPE"):
            return owner
    return None


def _rival_object(verb: Token, plural: bool) -> bool:
    """Whether the clause an adverbial clause ``verb`` modifies has an object or a "to"
    recipient of the pronoun's number, which may be its antecedent as well as the subject:
    "Apple sued a website after it published …", "the IAAF sent a warning to the sprinters
    after they …". Other nouns of that clause rarely act ("seek damages if they think")."""
    if verb.dep_ != "advcl":
        return False
    objects = [c for c in verb.head.children if c.dep_ in ("dobj", "dative")]
    for word in [verb.head, *objects]:
        for prep in word.children:
            if prep.dep_ in ("prep", "dative") and prep.lower_ == "to":
                objects.extend(c for c in prep.children if c.dep_ == "pobj")
    nouns = (o for o in objects if o.pos_ != "ADP")  # the dative "to" itself is no rival
    return any(("Plur" in o.morph.get("Number")) == plural for o in nouns)


def _only_demonyms(cluster: Cluster) -> bool:
    names = [m for m in cluster.mentions if m.kind == "name"]
    return bool(names) and all(m.place is not None and m.place.kind == "demonym" for m in names)


def _plural_between(ctx: Context, cluster: Cluster, pron: Token) -> bool:
    """Whether a plural noun stands between the cluster's last mention before ``pron`` and
    ``pron``."""
    before = [m.end for m in cluster.mentions if m.end <= pron.i]
    if not before:
        return True  # nothing before to check against: assume the worst
    return any(t.tag_ in ("NNS", "NNPS") for t in ctx.doc[max(before) : pron.i])


def _reporter(ctx: Context, verb: Token) -> Cluster | None:
    """Who reported the clause ``verb`` heads: "Ukraine … has stated that it will not …",
    "the announcement by GM that it had filed …"."""
    if verb.dep_ == "acl":
        return _noun_owner(ctx, verb, verb)
    if verb.dep_ != "ccomp":
        return None
    reporter = verb.head
    subject = _subject(ctx, reporter)
    if subject is None:
        return _segment_opener(ctx, reporter)
    if any(child.dep_ == "conj" for child in subject.children):
        return None  # "the Bank of Canada, …, and the Swiss National Bank announced that they"
    return ctx.owner.get(subject.i)


def _noun_owner(ctx: Context, verb: Token, pron: Token) -> Cluster | None:
    """The entity owning the noun that the clause ``verb`` completes, named before
    ``pron``: its possessor or its "by" agent, or the name compounded with either ("GM's
    plan to cut its staff", "the announcement by GM that it had filed", "the US
    government's pledge that it would …")."""
    noun = verb.head
    if verb.dep_ != "acl" or noun.pos_ != "NOUN":
        return None
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "by":
            child = next((c for c in child.children if c.dep_ == "pobj"), child)
        elif child.dep_ != "poss":
            continue
        named = [child, *(c for c in child.lefts if c.dep_ == "compound")]
        owner = next((t for t in named if t.i in ctx.owner), None)
        if owner is not None:
            return _entity_before(ctx, owner, pron)
    return None


def _clause_subject(ctx: Context, pron: Token) -> Cluster | None:
    """The entity that is the subject before a possessive in its clause or the clause
    above: "Apple said its sales rose" → Apple; none for "nations should not … on its
    behalf"."""
    subject = _governing_subject(ctx, pron)
    return None if subject is None else _entity_before(ctx, subject, pron)


def _entity_before(ctx: Context, subject: Token, pron: Token) -> Cluster | None:
    """The entity of a subject that comes before the pronoun (a later one is no antecedent)."""
    return ctx.owner.get(subject.i) if subject.i < pron.i else None


def _governing_subject(ctx: Context, pron: Token) -> Token | None:
    """The subject of the pronoun's clause (not holding the pronoun), else of the clause
    above it: "its profits rose" looks one clause up, as does "a list of dealerships that
    it closed"."""
    verb = ctx.doc[clause_of(pron)]
    for _ in range(2):
        subject = _subject(ctx, verb)
        inside = subject is not None and subject.left_edge.i <= pron.i <= subject.right_edge.i
        if subject is not None and not inside:
            return subject
        if verb.dep_ in ("relcl", "acl") and verb.head.i != verb.i:
            verb = ctx.doc[clause_of(verb.head)]
        elif verb.dep_ in ("ccomp", "xcomp", "conj", "advcl") and verb.head.i != verb.i:
            verb = verb.head
        else:
            return None
    return None


def _subject(ctx: Context, verb: Token) -> Token | None:
    """The verb's subject nearest before it in its own sentence: the backbone may hang a
    headline's noun onto a body verb as a second subject."""
    seg = ctx.segment
    subjects = [c for c in verb.lefts if c.dep_ in SUBJECT_DEPS and seg[c.i] == seg[verb.i]]
    return subjects[-1] if subjects else None


def _segment_opener(ctx: Context, reporter: Token) -> Cluster | None:
    """The entity opening the reporter's sentence, when the parse lost the subject link."""
    seg = ctx.segment
    first = reporter.i
    while first > 0 and seg[first - 1] == seg[reporter.i]:
        first -= 1
    while first < reporter.i and ctx.doc[first].is_space:
        first += 1
    # "Irish low cost airline, Ryanair, announced …": the phrase's head, not "Irish".
    token = ctx.doc[first]
    while token.dep_ in _OPENER_MODIFIERS and token.head.i > token.i and token.head.i < reporter.i:
        token = token.head
    return ctx.owner.get(token.i)
