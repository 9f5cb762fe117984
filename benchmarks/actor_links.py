"""Actor identity on a filled store, read as a user would check it.

Prints the share of entity → actor links whose names share no word (after folding; a
country's demonym or abbreviation and an acronym tied to its expansion count as shared),
the worst such links, the actors known by the most different names, and how the actors
sharing a surname were told apart.

Usage: python benchmarks/actor_links.py --db newsgraph.db [--surname Brown]
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict

from sqlalchemy import select

from newsgraph.store import Store, schema
from newsgraph.store.names import acronym, country_of, fold, name_key


def _words(name: str) -> set[str]:
    return set(fold(name).split())


def unrelated(entity: str, actor: str, tied: set[str]) -> bool:
    """Whether an entity's name and its actor's name have nothing in common: no shared
    word, not one country, not one listed organisation, not an acronym tied to the actor
    in some article (``tied``: the actor's ``acr:`` parts)."""
    if _words(entity) & _words(actor):
        return False
    if country_of(entity) and country_of(entity) == country_of(actor):
        return False
    if name_key(entity, "ORG") == name_key(actor, "ORG"):
        return False
    short = acronym(entity)
    return not (short and f"acr:{short}" in tied)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="newsgraph.db")
    parser.add_argument("--surname", action="append", default=["Brown", "Blair"])
    args = parser.parse_args()
    en, ac = schema.entities, schema.actors
    with Store.open(args.db) as store, store.engine.connect() as connection:
        query = select(en.c.name, en.c.link_basis, ac.c.key, ac.c.name.label("actor")).join(
            ac, ac.c.key == en.c.actor_key
        )
        rows = connection.execute(query).all()
        parts = schema.actor_parts
        tied: dict[int, set[str]] = defaultdict(set)
        for key, actor_key in connection.execute(select(parts.c.key, parts.c.actor_key)):
            tied[actor_key].add(key)
    bad = Counter(
        (r.name, r.actor, r.link_basis) for r in rows if unrelated(r.name, r.actor, tied[r.key])
    )
    total = len(rows)
    print(f"links: {total}; sharing no word with their actor: {sum(bad.values())} "
          f"({sum(bad.values()) / max(total, 1):.2%})")  # fmt: skip
    for (name, actor, basis), count in bad.most_common(15):
        print(f"  {count:4d}  {name!r} → {actor!r} ({basis})")
    names: dict[tuple[int, str], Counter] = defaultdict(Counter)
    for r in rows:
        names[(r.key, r.actor)][r.name] += 1
    print("actors with the most different names:")
    for (key, actor), variety in sorted(names.items(), key=lambda kv: -len(kv[1]))[:10]:
        shown = ", ".join(f"{n} ×{c}" for n, c in variety.most_common(6))
        print(f"  {key} {actor!r}: {len(variety)} names: {shown}")
    for surname in args.surname:
        print(f"actors named *{surname}:")
        found = [
            (k, a, v) for (k, a), v in names.items() if fold(a).split()[-1:] == [fold(surname)]
        ]
        for key, actor, variety in sorted(found, key=lambda f: -sum(f[2].values()))[:8]:
            shown = ", ".join(f"{n} ×{c}" for n, c in variety.most_common(4))
            print(f"  {key} {actor!r}: {sum(variety.values())} links: {shown}")


if __name__ == "__main__":
    main()
