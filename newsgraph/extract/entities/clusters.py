"""Name clusters: one cluster per real-world entity named in the article.

Places and listed organisations cluster by their lexicon entry; people by full name, with
a lone surname or first name joining the nearest full name that contains it (so "John
Smith … Mary Smith … Smith said" keeps the two Smiths apart), unless a title or honorific
before it says otherwise ("Secretary of State Hillary Clinton … President Clinton");
acronyms join the name whose initials they spell or which they follow in parentheses;
unlisted organisations cluster without their legal form ("Chrysler LLC", "Chrysler") and
without a leading country when only one country is named so ("US Air Force", "Air Force").
Repeats the backbone left untagged (a known surname) join their entity. Last, a cluster's
mentions vote on its type with their context: an unlisted "place" or "person" that one of
them shows to be a company ("consultancy group Capgemini", "Capgemini's principal
consultant", "a manager for Capgemini", "Steve Ash, from Activcard") is an organisation.
"""

from __future__ import annotations

from spacy.attrs import IS_LOWER, LOWER
from spacy.tokens import Doc, Token

from newsgraph.extract.entities.model import Cluster, Context, Mention, matching
from newsgraph.extract.nlp import hashes
from newsgraph.lexicon import entities as tables

_PREMOD_POS = frozenset({"PROPN", "NOUN", "ADJ", "ADP"})
_INITIAL_SKIP = frozenset({"of", "the", "and", "for", "on", "in", "&"})


def cluster_names(ctx: Context, mentions: list[Mention]) -> None:
    """Group name mentions into ``ctx.clusters``."""
    doc = ctx.doc
    by_key: dict[tuple, Cluster] = {}
    people = _person_keys(doc, mentions)
    for mention in mentions:
        key = people.get(mention.start) or _key(doc, mention)
        cluster = by_key.get(key)
        if cluster is None:
            cluster = by_key[key] = Cluster(key, key[0])
            ctx.clusters.append(cluster)
        ctx.add(cluster, mention)
    _merge_acronyms(ctx)
    _merge_country_prefixed(ctx)
    _merge_short_forms(ctx)
    _untagged_names(ctx)
    _vote_types(ctx)
    _mark_plural_groups(ctx)


def _mark_plural_groups(ctx: Context) -> None:
    """A group named in the plural ("the Democrats", "Kenyans") is plural: "it" never
    stands for it, "they" may. Organisations are left alone ("Singapore Airlines" is one)."""
    for cluster in ctx.clusters:
        if cluster.type == "NORP" and all(
            ctx.doc[m.head].tag_ in ("NNPS", "NNS") for m in cluster.mentions
        ):
            cluster.plural = True


def _key(doc: Doc, m: Mention) -> tuple:
    if m.org:
        return ("ORG", m.org.name)
    if m.place:
        kind = m.place.kind
        label = "NORP" if kind == "demonym" else ("ORG" if kind == "seat" else "GPE")
        # Countries cluster by code ("US", "America"); cities and regions by their name.
        canonical = m.place.iso3 if kind in ("country", "demonym") else m.place.canonical
        return (label, canonical)
    words = _name_words(doc, m) if m.label == "ORG" else []
    if words:  # "Apple Inc." and "Apple" are one company
        return (m.label, " ".join(words).lower())
    return (m.label, tables.norm(doc[m.start : m.end].text).lower())


def _words(doc: Doc, m: Mention) -> list[str]:
    """A person's name words without honorifics or possessives."""
    words = [t.text for t in doc[m.start : m.end] if not t.is_punct]
    while words and tables.title(words[0]) and tables.title(words[0]).kind == "honorific":
        words = words[1:]
    return words


def _person_keys(doc: Doc, mentions: list[Mention]) -> dict[int, tuple]:
    """Cluster key per person mention start: full names are keys, short names join one.

    A short name after a title ("President Clinton") joins only a full name that fits the
    title: one seen with the same title, else the only one with no other title and no
    clashing gender; otherwise it is a person of its own, whom later bare surnames may join.
    """
    fulls: list[tuple[Mention, list[str]]] = []
    for m in mentions:
        words = _words(doc, m) if m.label == "PERSON" else []
        if len(words) >= 2:
            fulls.append((m, words))
    keys: dict[int, tuple] = {}
    for m, words in fulls:
        keys[m.start] = ("PERSON", _full_key(words, fulls))
    people = _people(doc, fulls, keys)
    surnames = {words[-1] for _, words in fulls} | {words[0] for _, words in fulls}
    anchors = [(m, words, keys[m.start]) for m, words in fulls]
    for m in mentions:
        if m.start in keys:
            continue
        words = _words(doc, m)
        # A short name the backbone mislabelled (ORG "Naryshkin") still joins the person.
        if len(words) == 1 and (
            (m.label == "PERSON" and not (m.org or m.place)) or words[0] in surnames
        ):
            keys[m.start] = _short_key(doc, m, words[0], anchors, people)
            if keys[m.start] not in people:
                anchors.append((m, words, keys[m.start]))
    return keys


class _Person:
    """What the full-name mentions of one person tell: title words and gender."""

    def __init__(self) -> None:
        self.titles: set[str] = set()
        self.gender: str | None = None


def _people(
    doc: Doc, fulls: list[tuple[Mention, list[str]]], keys: dict[int, tuple]
) -> dict[tuple, _Person]:
    people: dict[tuple, _Person] = {}
    for m, words in fulls:
        person = people.setdefault(keys[m.start], _Person())
        person.titles |= _titles_near(doc, m)
        person.gender = person.gender or _gender_near(doc, m) or tables.GIVEN_GENDER.get(words[0])
    return people


def _short_key(
    doc: Doc,
    m: Mention,
    word: str,
    anchors: list[tuple[Mention, list[str], tuple]],
    people: dict[tuple, _Person],
) -> tuple:
    """The key a lone first name or surname joins (see :func:`_person_keys`)."""
    matches = [(a, key) for a, words, key in anchors if word in (words[0], words[-1])]
    title = _title_word(doc, m.start - 1)
    gender = _gender_near(doc, m)
    if title is None and gender is None:
        return _nearest(m, matches) or ("PERSON", word)
    named = [(a, k) for a, k in matches if k in people]
    same = [(a, k) for a, k in named if title is not None and title in people[k].titles]
    if same:
        return _nearest(m, same)
    free = {
        k
        for _, k in named
        if (title is None or not people[k].titles)
        and (gender is None or people[k].gender in (None, gender))
    }
    if len(free) == 1:
        return free.pop()
    # No full name fits (or several do): a person of their own, "President Clinton".
    return ("PERSON", f"{title} {word}" if title else f"{gender} {word}")


def _nearest(m: Mention, matches: list[tuple[Mention, tuple]]) -> tuple | None:
    """The key of the match nearest before ``m`` (else nearest after), or None."""
    before = [am for am in matches if am[0].start < m.start]
    if before:
        return max(before, key=lambda am: am[0].start)[1]
    return min(matches, key=lambda am: am[0].start)[1] if matches else None


def _title_word(doc: Doc, i: int) -> str | None:
    """The lower-case lemma of token ``i`` when it is a head title ("President")."""
    if i < 0:
        return None
    token = doc[i]
    found = tables.title(token.text) or tables.title(token.lemma_)
    return token.lemma_.lower() if found is not None and found.kind == "head" else None


def _titles_near(doc: Doc, m: Mention) -> set[str]:
    """Head titles right before a name or in apposition to it ("Bill Clinton, the former
    president")."""
    found = {_title_word(doc, i) for i in _premodifiers(doc, m)}
    root = doc[m.head]
    if root.dep_ == "appos":
        found.add(_title_word(doc, root.head.i))
    found |= {_title_word(doc, c.i) for c in root.children if c.dep_ == "appos"}
    return {t for t in found if t}


def _premodifiers(doc: Doc, m: Mention) -> range:
    """Indices of the words right before a name up to a punctuation mark, verb or fourth
    word: where "Secretary of State" sits in "Secretary of State Hillary Clinton"."""
    start = m.start
    while start > max(m.start - 4, 0) and doc[start - 1].pos_ in _PREMOD_POS:
        start -= 1
    return range(start, m.start)


def _gender_near(doc: Doc, m: Mention) -> str | None:
    """Gender told by an honorific or gendered title before or opening a name ("Mrs")."""
    for i in (m.start - 1, m.start):
        title = tables.title(doc[i].text) if 0 <= i < m.end else None
        if title is not None and title.gender and title.kind in ("honorific", "head"):
            return title.gender
    return None


def _full_key(words: list[str], fulls: list[tuple[Mention, list[str]]]) -> str:
    """The key of a full name: "Donald J. Trump" and "Donald Trump" share the shortest."""
    same = [w for _, w in fulls if w[0] == words[0] and w[-1] == words[-1]]
    return " ".join(min(same, key=len))


def _initials(text: str) -> str:
    return "".join(w[0] for w in text.replace("-", " ").split() if w.lower() not in _INITIAL_SKIP)


def _merge_acronyms(ctx: Context) -> None:
    """Merge an unlisted acronym cluster into the ORG it abbreviates."""
    doc = ctx.doc
    expansions: dict[str, Cluster] = {}
    for cluster in ctx.clusters:
        if cluster.type == "ORG":
            for m in cluster.mentions:
                text = doc[m.start : m.end].text
                if len(text.split()) > 1:
                    expansions.setdefault(_initials(tables.norm(text)), cluster)
                    _parenthesised(ctx, m, cluster, expansions)
    for cluster in list(ctx.clusters):
        target = _acronym_target(doc, cluster, expansions)
        if target is not None and target is not cluster:
            ctx.absorb(target, cluster)
    _untagged_acronyms(ctx, expansions)


def _parenthesised(ctx: Context, m: Mention, cluster: Cluster, out: dict[str, Cluster]) -> None:
    """ "Name (ACR)": the acronym in the brackets right after a name abbreviates it."""
    doc = ctx.doc
    if m.end + 2 < len(doc) and doc[m.end].text == "(" and doc[m.end + 2].text == ")":
        acronym = doc[m.end + 1]
        if acronym.is_upper and len(acronym.text) > 1:
            out[acronym.text] = cluster


def _merge_short_forms(ctx: Context) -> None:
    """An organisation's short form joins its long one: "Ford" → "Ford Motor Company",
    "Aer Lingus" → "Aer Lingus Group PLC", when exactly one longer name starts with it."""
    doc = ctx.doc
    longs: dict[str, list[Cluster]] = {}
    for cluster in ctx.clusters:
        if cluster.key[0] == "ORG":
            for words in {tuple(_name_words(doc, m)) for m in cluster.mentions}:
                for n in range(1, len(words)):
                    longs.setdefault(" ".join(words[:n]), []).append(cluster)
    for cluster in list(ctx.clusters):
        if not _short_form_candidate(cluster):
            continue
        texts = {" ".join(_name_words(doc, m)) for m in cluster.mentions if m.kind == "name"}
        texts.discard("")
        targets = {id(c): c for t in texts for c in longs.get(t, []) if c is not cluster}
        if len(texts) == 1 and len(targets) == 1:
            ctx.absorb(targets.popitem()[1], cluster)


def _short_form_candidate(cluster: Cluster) -> bool:
    """Unlisted names of any type but people, and lone words the backbone took for a
    person ("Ford") or a place ("AirTran")."""
    if any(m.org or m.place for m in cluster.mentions):
        return False
    return cluster.key[0] != "PERSON" or " " not in cluster.key[1]


def _name_words(doc: Doc, m: Mention) -> list[str]:
    """An organisation's name words without "the", punctuation or a closing legal form
    ("Chrysler LLC" → Chrysler); a generic head word alone ("Group", "Bank") gives none."""
    words = [
        t.text for t in doc[m.start : m.end] if not t.is_punct or t.text in tables.ORG_SUFFIXES
    ]
    words = words[1:] if words and words[0].lower() == "the" else words
    while len(words) > 1 and words[-1] in tables.ORG_SUFFIXES:
        words = words[:-1]
    words = [w for w in words if not all(not c.isalnum() for c in w)]
    return [] if len(words) == 1 and words[0] in tables.NAME_HEADS else words


def _merge_country_prefixed(ctx: Context) -> None:
    """ "US Air Force", "U.S. Air Force" and "Air Force" are one organisation when every
    country named before the shared rest is the same ("Russian Defence Ministry" and
    "Ukrainian Defence Ministry" stay two)."""
    doc = ctx.doc
    groups: dict[str, list[tuple[Cluster, str | None]]] = {}
    for cluster in ctx.clusters:
        if cluster.key[0] != "ORG" or any(m.org or m.place for m in cluster.mentions):
            continue
        for m in cluster.mentions:
            if m.kind == "name":
                rest, country = _country_prefix(doc, m)
                if rest:
                    groups.setdefault(rest, []).append((cluster, country))
    for members in groups.values():
        countries = {country for _, country in members if country}
        clusters = list({id(c): c for c, _ in members if c in ctx.clusters}.values())
        if len(countries) == 1 and len(clusters) > 1:
            target = min(clusters, key=lambda c: c.first)
            for cluster in clusters:
                if cluster is not target:
                    ctx.absorb(target, cluster)


def _country_prefix(doc: Doc, m: Mention) -> tuple[str, str | None]:
    """A name's words after a leading country name or demonym, lower-cased, and that
    country's code: "U.S. Air Force" → ("air force", "USA"); no prefix → (name, None)."""
    words = _name_words(doc, m)
    for n in (3, 2, 1):
        if len(words) > n and words[n][:1].isupper():
            place = tables.place(" ".join(words[:n]))
            if place is not None and place.kind in ("country", "demonym"):
                return " ".join(words[n:]).lower(), place.iso3
    return " ".join(words).lower(), None


def _untagged_acronyms(ctx: Context, expansions: dict[str, Cluster]) -> None:
    """Acronyms the backbone did not tag ("(PT)", later "the PT") join their expansion."""
    doc = ctx.doc
    acronyms = {a: c for a, c in expansions.items() if len(a) > 1 and a.isupper()}
    for i in matching(doc, hashes(acronyms)):
        if i not in ctx.owner and doc[i].pos_ in ("PROPN", "NOUN"):
            cluster = acronyms[doc[i].text]
            ctx.add(cluster, Mention(i, i + 1, "name", i, cluster.type))


def _untagged_names(ctx: Context) -> None:
    """Repeats the backbone did not tag join their entity: a person's surname ("Mark
    Papermaster … Papermaster did not comment") or a one-word name tagged elsewhere.
    A word naming two entities is left alone; a capitalised word opening a sentence counts
    only when tagged as a proper noun or never written in lower case in the article."""
    doc = ctx.doc
    named: dict[str, set[int]] = {}
    by_id: dict[int, Cluster] = {}
    for cluster in ctx.clusters:
        by_id[id(cluster)] = cluster
        for m in cluster.mentions:
            words = [t.text for t in doc[m.start : m.end]]
            if m.kind != "name" or (len(words) > 1 and cluster.type != "PERSON"):
                continue
            named.setdefault(words[-1], set()).add(id(cluster))
    unique = {w: by_id[ids.pop()] for w, ids in named.items() if len(ids) == 1 and w.istitle()}
    if not unique:
        return
    lower: set[int] | None = None
    for i in matching(doc, hashes(unique)):
        token = doc[i]
        if i in ctx.owner or token.pos_ not in ("PROPN", "NOUN"):
            continue
        opening = token.is_sent_start or (i > 0 and not doc[i - 1].is_alpha)
        if token.pos_ != "PROPN" and opening:
            if lower is None:
                lower = _lowercase_words(doc)
            if token.lower in lower:
                continue
        cluster = unique[token.text]
        ctx.add(cluster, Mention(i, i + 1, "name", i, cluster.type))


def _lowercase_words(doc: Doc) -> set[int]:
    """The words the article writes in lower case somewhere, as hashes (one array pass)."""
    table = doc.to_array([LOWER, IS_LOWER])
    return set(table[table[:, 1] == 1, 0].tolist())


def _acronym_target(doc: Doc, cluster: Cluster, expansions: dict[str, Cluster]) -> Cluster | None:
    if cluster.key[0] not in ("ORG", "GPE", "NORP", "PERSON"):
        return None
    texts = {doc[m.start : m.end].text for m in cluster.mentions if m.kind == "name"}
    if len(texts) != 1:
        return None
    text = texts.pop()
    return expansions.get(text) if text.isupper() and " " not in text else None


_RETYPED = frozenset({"GPE", "LOC", "FAC", "EVENT", "PERSON"})
_ORG_PREPS = frozenset({"for", "at", "from"})
_PERSON_PREPS = frozenset({"at", "from"})


def _vote_types(ctx: Context) -> None:
    """An unlisted cluster typed as a place, event or person becomes an organisation when a
    mention's context says company (see the module doc). A person only so when no mention
    opens with a known given name or follows an honorific, and only on company words and
    business titles: "Obama's spokesman" stays a person."""
    doc = ctx.doc
    for cluster in ctx.clusters:
        names = [m for m in cluster.mentions if m.kind == "name"]
        if cluster.type not in _RETYPED or any(m.org or m.place for m in names):
            continue
        person = cluster.type == "PERSON"
        if person and any(_personal(doc, m) for m in names):
            continue
        if any(_org_context(doc, m, person=person) for m in names):
            cluster.type = "ORG"
            for m in names:
                m.label = "ORG"


def _personal(doc: Doc, m: Mention) -> bool:
    """A mention opening with a known given name or with an honorific before or in it."""
    for i in (m.start - 1, m.start):
        title = tables.title(doc[i].text) if i >= 0 else None
        if title is not None and title.kind == "honorific":
            return True
    return doc[m.start].text in tables.GIVEN_GENDER


def _org_context(doc: Doc, m: Mention, *, person: bool) -> bool:
    """Whether a mention's neighbours say it names an organisation: a company noun right
    before it or in apposition, a business title it owns or modifies, or a title it is
    "for"/"at"."""
    head = doc[m.head]
    before = doc[m.start - 1] if m.start > 0 else None
    if before is not None and before.is_lower and before.lemma_ in tables.ORG_NOUNS:
        return not (person and tables.title(before.text) is not None)  # "publisher Jimmy Lai"
    appositions = [c for c in head.children if c.dep_ == "appos"]
    appositions += [head.head] if head.dep_ == "appos" else []
    if any(t.lemma_ in tables.ORG_NOUNS and t.pos_ == "NOUN" for t in appositions):
        return True
    governor = head.head
    modifies = head.dep_ in ("compound", "nmod") and governor.i > head.i
    if modifies and governor.pos_ == "NOUN" and _company_title(governor, person=person):
        return True  # "Yukos chief executive Steven Theede": a title the name modifies
    if m.end < len(doc) and doc[m.end].text in ("'s", "’s"):
        after = doc[m.end + 1 : m.end + 4]
        if any(_company_title(t, person=person) for t in after if t.pos_ == "NOUN"):
            return True
    if before is not None and before.dep_ == "prep" and before.lower_ in _ORG_PREPS:
        governor = before.head
        if _company_title(governor, person=person):
            return True
        return (
            not person
            and before.lower_ in _PERSON_PREPS
            and governor.ent_type_ == "PERSON"
            and governor.i < before.i
        )
    return False


def _company_title(token: Token, *, person: bool) -> bool:
    """A business title ("chief executive", "economist"); for a non-person also a title of
    no sector ("manager", "director", "chairman")."""
    found = tables.title(token.text) or tables.title(token.lemma_)
    if found is None or found.kind != "head":
        return False
    return found.sector == "BUS" or (not person and found.sector is None)
