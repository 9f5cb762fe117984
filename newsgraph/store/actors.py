"""Actor identity across articles: one corpus actor per real-world actor.

Linking decides on evidence, never on a guess that cannot be undone:

1. **Full names join by strong keys** (:mod:`newsgraph.store.names`): every entity whose
   keys meet an actor's keys is that actor; an entity whose keys meet two actors joins
   them. Keys are exact (folded names, names without legal forms, listed organisations,
   countries), so the result is the same whatever order articles come in.
2. **Partial names resolve to a clear referent.** A lone surname ("Blair") or an unlisted
   acronym ("LSE") takes the actor of the same article that has it as a part; otherwise
   the corpus actor with that part — the only one, or the most frequent by a clear margin
   (:func:`choose_referent`) — and else an actor of its own. Corpus resolutions are
   re-examined whenever the candidates change, so a second "X Blair" is not frozen out.
3. **Users decide last.** ``actors merge`` and ``split`` are kept as decisions, applied at
   ingest and by ``actors relink``, which recomputes every link with these rules.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import delete, insert, select, update
from sqlalchemy.engine import Connection

from newsgraph.record import Entity
from newsgraph.store import schema
from newsgraph.store.names import LinkKeys, fold, is_listed_name, link_keys, name_key
from newsgraph.store.sql import chunked

# A partial name goes to the most frequent candidate only when it has this many times the
# articles of the next one, and at least this many articles ("Blair" → Tony Blair).
MARGIN = 3
MIN_ARTICLES = 3

A, AN, AP, EN = schema.actors, schema.actor_names, schema.actor_parts, schema.entities
# How an entity's actor was decided (entities.link_basis).
NAME, ARTICLE, CORPUS, USER = "name", "article", "corpus", "user"
SETTLED = (NAME, ARTICLE, USER)  # links that do not depend on the rest of the corpus
# The company an actor keeps: people and organisations (places are named with everyone).
CONTEXT_TYPES = ("PERSON", "ORG")


@dataclass(frozen=True)
class Candidate:
    """A corpus actor a partial name may mean: the articles naming it in full, and the
    people and organisations named with it there (its company)."""

    actor_key: int
    articles: int
    company: frozenset = frozenset()


def choose_referent(
    part: str, candidates: list[Candidate], context: frozenset = frozenset()
) -> int | None:
    """The actor a partial name means among corpus candidates, or None when none is clear.

    For a surname the candidate must keep company with the article (share a person or
    organisation named in it in full), unless the article names nobody else: a bare
    "Bolton" in a football report is not John Bolton, nor "Ray" Blu-ray. (An acronym's
    candidates were tied to it by an article that spelled it out, evidence enough.) Of
    those left, the only one wins, else the most frequent by a margin of :data:`MARGIN`
    and at least :data:`MIN_ARTICLES` articles.

    Countries do not rule candidates out: an entity's country comes from cues near it
    ("Bush" in a story about Cuba is coded CUB); on the BBC corpus a country filter was
    right for 4 surnames and wrong for 4 others.
    """
    if context and part.startswith("sur:"):
        candidates = [c for c in candidates if c.company & context]
    if len(candidates) == 1:
        return candidates[0].actor_key
    ranked = sorted(candidates, key=lambda c: (-c.articles, c.actor_key))
    if len(ranked) >= 2 and ranked[0].articles >= max(MIN_ARTICLES, MARGIN * ranked[1].articles):
        return ranked[0].actor_key
    return None


@dataclass(frozen=True)
class Decisions:
    """The user's corrections in force (see :mod:`newsgraph.store.decisions`): key pairs
    joined by a merge, full-name keys split off to stand alone, and partial-name keys
    split off actors (by one of those actors' keys): they resolve only inside their own
    article, never to those actors, and else stand alone."""

    merges: tuple[tuple[str, str], ...] = ()
    pinned: frozenset[str] = frozenset()
    not_of: dict[str, frozenset[str]] = field(default_factory=dict)


def read_decisions(connection: Connection) -> Decisions:
    """The decisions in force, in the order they were made. A merge joins a set of keys;
    a later split takes its key out of every such set (the rest stay joined)."""
    rows = connection.execute(
        select(schema.actor_decisions).order_by(schema.actor_decisions.c.key)
    ).all()
    joined: dict[str, list[str]] = {}  # a merge's first key → all its keys, in order
    pinned: set[str] = set()
    not_of: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        if row.kind == "merge":
            members = joined.setdefault(row.one, [row.one])
            members.extend(k for k in (row.other,) if k and k not in members)
            continue
        for anchor in [a for a, members in joined.items() if row.one in members]:
            members = joined.pop(anchor)
            members.remove(row.one)
            if members:  # the rest stay joined, under a key that is still theirs
                kept = joined.setdefault(members[0], [])
                kept.extend(k for k in members if k not in kept)
        if row.kind == "split":
            pinned.add(row.one)
        elif row.kind == "split_part" and row.other:
            not_of[row.one].add(row.other)
    merges = tuple((m[0], k) for m in joined.values() if len(m) > 1 for k in m[1:])
    return Decisions(merges, frozenset(pinned), {k: frozenset(v) for k, v in not_of.items()})


def entity_keys(
    name: str, entity_type: str, names: list[str], decided: Decisions
) -> LinkKeys | None:
    """:func:`newsgraph.store.names.link_keys` with the user's splits applied: a full name
    split off stands alone, and no other name joins its actor through it."""
    keys = link_keys(name, entity_type, names)
    if keys is None:
        return None
    if keys.partial is None and keys.own in decided.pinned:
        return LinkKeys(keys.own, frozenset({keys.own}), keys.parts)
    return LinkKeys(keys.own, keys.strong - decided.pinned, keys.parts, keys.partial)


@dataclass
class Linker:
    """Links the entities of one batch of articles, inside the batch's transaction.

    :meth:`link` places each article's entities as it is stored; :meth:`settle`, at the
    end of the batch, re-resolves the partial names whose candidates changed, names the
    actors that changed and reports the articles whose links moved (their event
    participants and clusters follow).
    """

    connection: Connection
    decided: Decisions = field(default_factory=Decisions)
    touched_parts: set[str] = field(default_factory=set)
    touched_actors: set[int] = field(default_factory=set)
    reexamined: set[int] = field(default_factory=set)  # actors whose parts settle re-examines
    moved_articles: set[int] = field(default_factory=set)

    @classmethod
    def open(cls, connection: Connection) -> Linker:
        return cls(connection, read_decisions(connection))

    def link(self, article_key: int, entities: list[Entity]) -> dict[str, dict]:
        """Link one article's entities; by entity id: actor_key, link_key and link_basis."""
        found = {}
        for entity in entities:
            names = [m.text for m in entity.mentions if m.kind == "name"]
            found[entity.id] = entity_keys(entity.name, entity.type, names, self.decided)
        wanted = {k for keys in found.values() if keys for k in keys.strong}
        owners = self._owners(wanted)
        linked: dict[str, dict] = {}
        parts_here: dict[str, set[int]] = defaultdict(set)
        for entity in entities:
            if found[entity.id] is None:
                linked[entity.id] = {"actor_key": None, "link_key": None, "link_basis": None}
        full = [(e, found[e.id]) for e in entities if found[e.id] and found[e.id].partial is None]
        self._link_full(full, owners)
        for entity in entities:  # after the article's merges, each full name's actor
            keys = found[entity.id]
            if keys is not None and keys.partial is None:
                actor = owners[keys.own]
                basis = USER if keys.own in self.decided.pinned else NAME
                linked[entity.id] = {"actor_key": actor, "link_key": None, "link_basis": basis}
                for part in keys.parts:
                    parts_here[part].add(actor)
        self._add_parts({(part, a) for part, actors in parts_here.items() for a in actors})
        # Each actor named in full here has one more article: its partial names may now
        # resolve otherwise.
        self.touch_actors({link["actor_key"] for link in linked.values() if link["actor_key"]})
        pending = []
        for entity in entities:
            keys = found[entity.id]
            if keys is not None and keys.partial is not None:
                here = parts_here.get(keys.partial, set()) - self._split_off(keys.own)
                if len(here) == 1:
                    actor = next(iter(here))
                    self.touched_actors.add(actor)
                    linked[entity.id] = {"actor_key": actor, "link_key": keys.partial,
                                         "link_basis": ARTICLE}  # fmt: skip
                else:
                    pending.append((entity, keys.partial))
        context = frozenset(
            linked[e.id]["actor_key"] for e in entities
            if e.type in CONTEXT_TYPES and linked.get(e.id, {}).get("actor_key")
        )  # fmt: skip
        options = {part: candidates(self.connection, part) for part in {p for _, p in pending}}
        for entity, part in pending:
            actor = self._resolve(
                part, entity.name, entity.type, entity.country, context, options[part]
            )
            self.touched_parts.add(part)
            self.touched_actors.add(actor)
            linked[entity.id] = {"actor_key": actor, "link_key": part, "link_basis": CORPUS}
        return linked

    def _owners(self, keys: set[str]) -> dict[str, int]:
        if not keys:
            return {}
        rows = self.connection.execute(select(AN.c.key, AN.c.actor_key).where(AN.c.key.in_(keys)))
        return {key: actor for key, actor in rows}

    def _link_full(self, full: list[tuple[Entity, LinkKeys]], owners: dict[str, int]) -> None:
        """Give the article's full names their actors: names sharing a key are one actor;
        one already known by any of their keys is theirs, several are joined (the names
        show they are one), and the rest are created in one statement. ``owners`` ends
        with every key of the article and its actor."""
        groups = UnionFind()
        for _, keys in full:
            for key in keys.strong:
                groups.union(keys.own, key)
        members: dict[str, set[str]] = defaultdict(set)
        first: dict[str, Entity] = {}
        for entity, keys in full:
            root = groups.find(keys.own)
            members[root] |= keys.strong
            first.setdefault(root, entity)
        new, owned = [], {}
        for root, keys in members.items():
            actors = sorted({owners[k] for k in keys if k in owners})
            if not actors:
                new.append(root)
                continue
            for other in actors[1:]:  # these names show two actors are one
                self.moved_articles |= merge_into(self.connection, actors[0], other)
                self.touched_actors.discard(other)
                for key, owner in owners.items():
                    if owner == other:
                        owners[key] = actors[0]
                for earlier, owner in owned.items():
                    if owner == other:
                        owned[earlier] = actors[0]
            owned[root] = actors[0]
        if new:
            rows = [
                _actor_row(e.name, e.type, e.country, e.sector) for e in (first[r] for r in new)
            ]
            made = self.connection.execute(
                insert(A).returning(A.c.key, sort_by_parameter_order=True), rows
            ).scalars()
            owned |= dict(zip(new, made, strict=True))
        fresh = []  # the keys not known yet, as their actor's
        for root, actor in owned.items():
            fresh += [{"key": k, "actor_key": actor} for k in sorted(members[root] - owners.keys())]
            owners.update(dict.fromkeys(members[root], actor))
            self.touched_actors.add(actor)
        if fresh:
            self.connection.execute(insert(AN), fresh)

    def _add_parts(self, pairs: set[tuple[str, int]]) -> None:
        """Record the parts (surnames, tied acronyms) the article's full names have."""
        if not pairs:
            return
        actors = {actor for _, actor in pairs}
        found = self.connection.execute(
            select(AP.c.key, AP.c.actor_key).where(
                AP.c.actor_key.in_(actors), AP.c.key.in_({part for part, _ in pairs})
            )
        )
        have = {(part, actor) for part, actor in found}
        rows = [{"key": p, "actor_key": a} for p, a in sorted(pairs - have)]
        if rows:
            self.connection.execute(insert(AP), rows)
        self.touched_parts |= {part for part, _ in pairs}

    def _resolve(
        self,
        part: str,
        name: str,
        entity_type: str,
        country: str | None,
        context: frozenset,
        options: list[Candidate],
    ) -> int:
        """The actor of a partial name among its corpus candidates (``options``), else
        its own actor."""
        own = name_key(name, entity_type)
        assert own is not None  # a partial name has a key
        if own in self.decided.not_of:  # split off by the user: no corpus guess any more
            options = []
        chosen = choose_referent(part, options, context)
        if chosen is not None:
            return chosen
        actor = self._owners({own}).get(own)
        if actor is None:
            actor = create_actor(self.connection, name, entity_type, country, None)
            self.connection.execute(insert(AN).values(key=own, actor_key=actor))
        return actor

    def _split_off(self, own: str) -> set[int]:
        """The actors the user split this partial name off."""
        split_off = self.decided.not_of.get(own)
        return set(self._owners(set(split_off)).values()) if split_off else set()

    def touch_actors(self, actors: set[int]) -> None:
        """Mark the parts of these actors for re-examination at :meth:`settle`."""
        self.touched_actors.update(actors)
        self.reexamined.update(actors)

    def _parts_of_reexamined(self) -> None:
        for chunk in chunked(self.reexamined):
            found = self.connection.execute(
                select(AP.c.key).where(AP.c.actor_key.in_(chunk)).distinct()
            )
            self.touched_parts.update(found.scalars())
        self.reexamined.clear()

    def touch_articles(self, article_keys: set[int]) -> None:
        """After actors of these articles were joined or split: re-examine their partial
        names, and those of the actors named there (whose company changed)."""
        actors: set[int] = set()
        for chunk in chunked(article_keys):
            rows = self.connection.execute(
                select(EN.c.actor_key, EN.c.link_key, EN.c.link_basis).where(
                    EN.c.article_key.in_(chunk)
                )
            )
            for actor_key, link_key, basis in rows:
                if basis == CORPUS:
                    self.touched_parts.add(link_key)
                elif actor_key is not None:
                    actors.add(actor_key)
        self.touch_actors(actors)

    def reresolve_in_articles(self, article_keys: set[int]) -> None:
        """After a split moved full names of these articles: decide their same-article
        partial names again ("LSE" beside the "London Stock Exchange" that left), and
        leave those with no single referent here to :meth:`settle`."""
        mentions = schema.mentions
        for chunk in chunked(article_keys):
            rows = self.connection.execute(
                select(EN.c.article_key, EN.c.entity_id, EN.c.name, EN.c.type, EN.c.actor_key,
                       EN.c.link_key, EN.c.link_basis, mentions.c.text)
                .outerjoin(mentions, (mentions.c.article_key == EN.c.article_key)
                           & (mentions.c.entity_id == EN.c.entity_id)
                           & (mentions.c.kind == "name"))
                .where(EN.c.article_key.in_(chunk))
            ).all()  # fmt: skip
            names: dict[tuple, list[str]] = defaultdict(list)
            for row in rows:
                names[row[:7]].append(row.text)
            here: dict[tuple[int, str], set[int]] = defaultdict(set)
            for (article, _, name, kind, actor, _, basis), texts in names.items():
                if basis in (NAME, USER):
                    for part in getattr(link_keys(name, kind, texts), "parts", ()):
                        here[(article, part)].add(actor)
            for article, entity_id, name, kind, actor, part, basis in names:
                if basis != ARTICLE:
                    continue
                own = name_key(name, kind) or ""
                found = here[(article, part)] - self._split_off(own)
                values = {"actor_key": next(iter(found))} if len(found) == 1 else {}
                if not values:  # no single referent here now: the corpus decides
                    values = {"link_basis": CORPUS}
                    self.touched_parts.add(part)
                self.connection.execute(
                    update(EN)
                    .where(EN.c.article_key == article, EN.c.entity_id == entity_id)
                    .values(values)
                )
                self.touched_actors |= {actor, values.get("actor_key", actor)}
                self.moved_articles.add(article)

    def settle(self) -> set[int]:
        """Re-resolve the partial names of the parts this batch touched, refresh the
        touched actors' names, and return the keys of articles whose links moved."""
        if self.moved_articles:  # joined during linking
            self.touch_articles(self.moved_articles)
        self._parts_of_reexamined()
        pending: dict[str, list] = defaultdict(list)
        for chunk in chunked(self.touched_parts):
            for row in self.connection.execute(
                select(EN.c.article_key, EN.c.entity_id, EN.c.name, EN.c.type, EN.c.country,
                       EN.c.actor_key, EN.c.link_key)
                .where(EN.c.link_key.in_(chunk), EN.c.link_basis == CORPUS)
            ):  # fmt: skip
                pending[row.link_key].append(row)
        contexts = article_company(
            self.connection, {row.article_key for rows in pending.values() for row in rows}
        )
        for part, rows in sorted(pending.items()):
            options = candidates(self.connection, part)
            for row in rows:
                context = contexts.get(row.article_key, frozenset())
                actor = self._resolve(part, row.name, row.type, row.country, context, options)
                if actor != row.actor_key:
                    self.connection.execute(
                        update(EN)
                        .where(EN.c.article_key == row.article_key, EN.c.entity_id == row.entity_id)
                        .values(actor_key=actor)
                    )
                    self.moved_articles.add(row.article_key)
                    self.touched_actors |= {actor, row.actor_key}
        drop_empty_actors(self.connection, self.touched_actors)
        refresh_actors(self.connection, self.touched_actors)
        return self.moved_articles


def article_company(connection: Connection, article_keys: set[int]) -> dict[int, frozenset]:
    """The people and organisations each article names (with a settled actor)."""
    found: dict[int, set[int]] = defaultdict(set)
    for chunk in chunked(article_keys):
        rows = connection.execute(
            select(EN.c.article_key, EN.c.actor_key).where(
                EN.c.article_key.in_(chunk),
                EN.c.type.in_(CONTEXT_TYPES),
                EN.c.link_basis.in_(SETTLED),
            )
        )
        for article_key, actor_key in rows:
            found[article_key].add(actor_key)
    return {key: frozenset(actors) for key, actors in found.items()}


def candidates(connection: Connection, part: str) -> list[Candidate]:
    """The actors a partial name may mean, with the articles naming them in full and the
    company they keep there."""
    keys = list(connection.execute(select(AP.c.actor_key).where(AP.c.key == part)).scalars())
    if not keys:
        return []
    named = connection.execute(
        select(EN.c.actor_key, EN.c.article_key).where(
            EN.c.actor_key.in_(keys), EN.c.link_basis.in_((NAME, USER))
        )
    ).all()
    articles: dict[int, set[int]] = defaultdict(set)
    for actor_key, article_key in named:
        articles[actor_key].add(article_key)
    company = article_company(connection, {a for found in articles.values() for a in found})
    return [
        Candidate(
            key,
            len(articles[key]),
            frozenset().union(*(company.get(a, frozenset()) for a in articles[key])) - {key},
        )
        for key in sorted(articles)
    ]


def _actor_row(
    name: str, entity_type: str, country: str | None, sector: str | None
) -> dict[str, str | None]:
    return {"name": name, "norm": fold(name), "type": entity_type, "country": country,
            "sector": sector}  # fmt: skip


def create_actor(
    connection: Connection, name: str, entity_type: str, country: str | None, sector: str | None
) -> int:
    """A new actor row; its key."""
    row = _actor_row(name, entity_type, country, sector)
    return connection.execute(insert(A).values(row)).inserted_primary_key[0]


class UnionFind:
    """Disjoint sets of keys (path halving; the smaller key is the root, so the result
    does not depend on the order of unions)."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, key: str) -> str:
        """The root of the key's set (a new set when the key is new)."""
        self.parent.setdefault(key, key)
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def union(self, one: str, other: str) -> None:
        """Join the sets of two keys."""
        a, b = self.find(one), self.find(other)
        if a != b:
            self.parent[max(a, b)] = min(a, b)


def merge_into(connection: Connection, keep: int, other: int) -> set[int]:
    """Make ``other`` part of ``keep`` (entities, names, parts); the articles that moved."""
    moved = set(
        connection.execute(select(EN.c.article_key).where(EN.c.actor_key == other)).scalars()
    )
    connection.execute(update(EN).where(EN.c.actor_key == other).values(actor_key=keep))
    connection.execute(update(AN).where(AN.c.actor_key == other).values(actor_key=keep))
    have = set(connection.execute(select(AP.c.key).where(AP.c.actor_key == keep)).scalars())
    connection.execute(delete(AP).where(AP.c.actor_key == other, AP.c.key.in_(have)))
    connection.execute(update(AP).where(AP.c.actor_key == other).values(actor_key=keep))
    connection.execute(delete(A).where(A.c.key == other))
    return moved


def drop_empty_actors(connection: Connection, keys: set[int]) -> None:
    """Delete those of ``keys`` that no entity links to any more (with names and parts)."""
    if not keys:
        return
    used = set(
        connection.execute(
            select(EN.c.actor_key).where(EN.c.actor_key.in_(keys)).distinct()
        ).scalars()
    )
    empty = keys - used
    if empty:
        connection.execute(delete(AN).where(AN.c.actor_key.in_(empty)))
        connection.execute(delete(AP).where(AP.c.actor_key.in_(empty)))
        connection.execute(delete(A).where(A.c.key.in_(empty)))
    keys -= empty


def _most_common(values: Counter) -> str | None:
    return max(values, key=lambda v: (values[v], v)) if values else None


def refresh_actors(connection: Connection, keys: Iterable[int]) -> None:
    """Give actors their most frequent full name (not the longest: that drifts to a wrong
    one), type, country and sector, from the entities linked to them."""
    for chunk in chunked(k for k in keys if k is not None):
        rows = connection.execute(
            select(EN.c.actor_key, EN.c.name, EN.c.type, EN.c.country, EN.c.sector,
                   EN.c.link_basis)
            .where(EN.c.actor_key.in_(chunk))
        ).all()  # fmt: skip
        by_actor: dict[int, list] = defaultdict(list)
        for row in rows:
            by_actor[row.actor_key].append(row)
        current = {r.key: r for r in connection.execute(select(A).where(A.c.key.in_(chunk)))}
        for key, entity_rows in by_actor.items():
            values = _actor_values(entity_rows)
            now = current.get(key)
            if now is not None and any(getattr(now, k) != v for k, v in values.items()):
                connection.execute(update(A).where(A.c.key == key).values(values))


def _actor_values(rows: list) -> dict:
    full = [r for r in rows if r.link_basis in (NAME, USER)] or rows
    # A country or party is shown by its own name, not by its people's ("Germany", not
    # "German"; "Conservative Party", not "Conservative"), however often they are named.
    shown = [r for r in full if r.type != "NORP"] or full
    # A listed organisation is shown by its listed name or acronym when the text uses it
    # ("BBC", not its channel "BBC Radio 4"; "Conservative Party", not "Conservatives").
    shown = [r for r in shown if is_listed_name(r.name)] or shown
    names = Counter(r.name for r in shown)
    name = max(names, key=lambda n: (names[n], len(n), n))
    return {
        "name": name,
        "norm": fold(name),
        # the type of the name shown: "Russia" is a GPE though "Russian" (NORP) is common
        "type": _most_common(Counter(r.type for r in shown if r.name == name)),
        "country": _held_code(Counter(r.country for r in full if r.country), len(full)),
        "sector": _held_code(Counter(r.sector for r in full if r.sector), len(full)),
    }


# The share of an actor's entities a country or sector code must be given by: one stray
# cue in 122 articles ("BBC News" coded POL once, "Champions League" USA once) is noise.
_CODE_SHARE = 0.1


def _held_code(values: Counter, entities: int) -> str | None:
    """The commonest code, when enough of the actor's entities give it."""
    code = _most_common(values)
    return code if code is not None and values[code] >= _CODE_SHARE * entities else None
