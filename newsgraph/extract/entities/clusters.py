"""Name clusters: one cluster per real-world entity named in the article.

Places and listed organisations cluster by their lexicon entry; people by full name, with
a lone surname or first name joining the nearest full name that contains it (so "John
Smith … Mary Smith … Smith said" keeps the two Smiths apart); acronyms join the name whose
initials they spell or which they follow in parentheses.
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsgraph.extract.entities import tables
from newsgraph.extract.entities.model import Cluster, Context, Mention, hashes, matching

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
    _merge_short_forms(ctx)


def _key(doc: Doc, m: Mention) -> tuple:
    if m.org:
        return ("ORG", m.org.name)
    if m.place:
        kind = m.place.kind
        label = "NORP" if kind == "demonym" else ("ORG" if kind == "seat" else "GPE")
        # Countries cluster by code ("US", "America"); cities and regions by their name.
        canonical = m.place.iso3 if kind in ("country", "demonym") else m.place.canonical
        return (label, canonical)
    return (m.label, tables.norm(doc[m.start : m.end].text).lower())


def _words(doc: Doc, m: Mention) -> list[str]:
    """A person's name words without honorifics or possessives."""
    words = [t.text for t in doc[m.start : m.end] if not t.is_punct]
    while words and tables.title(words[0]) and tables.title(words[0]).kind == "honorific":
        words = words[1:]
    return words


def _person_keys(doc: Doc, mentions: list[Mention]) -> dict[int, tuple]:
    """Cluster key per person mention start: full names are keys, short names join one."""
    fulls: list[tuple[Mention, list[str]]] = []
    for m in mentions:
        words = _words(doc, m) if m.label == "PERSON" else []
        if len(words) >= 2:
            fulls.append((m, words))
    keys: dict[int, tuple] = {}
    for m, words in fulls:
        keys[m.start] = ("PERSON", _full_key(words, fulls))
    surnames = {words[-1] for _, words in fulls} | {words[0] for _, words in fulls}
    for m in mentions:
        if m.start in keys:
            continue
        words = _words(doc, m)
        # A short name the backbone mislabelled (ORG "Naryshkin") still joins the person.
        if len(words) == 1 and (
            (m.label == "PERSON" and not (m.org or m.place)) or words[0] in surnames
        ):
            full = _nearest_full(m, words[0], fulls)
            keys[m.start] = ("PERSON", _full_key(full, fulls) if full else words[0])
    return keys


def _full_key(words: list[str], fulls: list[tuple[Mention, list[str]]]) -> str:
    """The key of a full name: "Donald J. Trump" and "Donald Trump" share the shortest."""
    same = [w for _, w in fulls if w[0] == words[0] and w[-1] == words[-1]]
    return " ".join(min(same, key=len))


def _nearest_full(
    m: Mention, word: str, fulls: list[tuple[Mention, list[str]]]
) -> list[str] | None:
    """The full name containing ``word`` nearest before ``m`` (else nearest after)."""
    matches = [(f, w) for f, w in fulls if word in (w[0], w[-1])]
    before = [fw for fw in matches if fw[0].start < m.start]
    if before:
        return max(before, key=lambda fw: fw[0].start)[1]
    return min(matches, key=lambda fw: fw[0].start)[1] if matches else None


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
            _absorb(ctx, target, cluster)
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
        targets = {id(c): c for t in texts for c in longs.get(t, []) if c is not cluster}
        if len(texts) == 1 and len(targets) == 1:
            _absorb(ctx, targets.popitem()[1], cluster)


def _short_form_candidate(cluster: Cluster) -> bool:
    """Unlisted names of any type but people, and lone words the backbone took for a
    person ("Ford") or a place ("AirTran")."""
    if any(m.org or m.place for m in cluster.mentions):
        return False
    return cluster.key[0] != "PERSON" or " " not in cluster.key[1]


def _name_words(doc: Doc, m: Mention) -> list[str]:
    # A generic head word alone ("Group", "Bank") is no short form of anything.
    words = [t.text for t in doc[m.start : m.end] if not t.is_punct]
    return [] if len(words) == 1 and words[0] in tables.NAME_HEADS else words


def _untagged_acronyms(ctx: Context, expansions: dict[str, Cluster]) -> None:
    """Acronyms the backbone did not tag ("(PT)", later "the PT") join their expansion."""
    doc = ctx.doc
    acronyms = {a: c for a, c in expansions.items() if len(a) > 1 and a.isupper()}
    for i in matching(doc, hashes(acronyms)):
        if i not in ctx.owner and doc[i].pos_ in ("PROPN", "NOUN"):
            cluster = acronyms[doc[i].text]
            ctx.add(cluster, Mention(i, i + 1, "name", i, cluster.type))


def _acronym_target(doc: Doc, cluster: Cluster, expansions: dict[str, Cluster]) -> Cluster | None:
    if cluster.key[0] not in ("ORG", "GPE", "NORP", "PERSON"):
        return None
    texts = {doc[m.start : m.end].text for m in cluster.mentions if m.kind == "name"}
    if len(texts) != 1:
        return None
    text = texts.pop()
    return expansions.get(text) if text.isupper() and " " not in text else None


def _absorb(ctx: Context, target: Cluster, source: Cluster) -> None:
    for m in source.mentions:
        ctx.add(target, m)
        for i in range(m.start, m.end):
            ctx.owner[i] = target
    ctx.clusters.remove(source)
