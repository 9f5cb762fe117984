"""Name keys: what an article's entity tells about which corpus actor it is.

Pure functions over an entity's name, type and name mentions, shared by ingest and
``actors relink`` so both link alike. An entity gets

* **strong keys**, each of which identifies one actor: its folded full name, the full-name
  variants it is mentioned by in the article, an organisation's name without its legal
  form ("Apple Inc." → ``org:apple``), a listed organisation's canonical name ("CIA" →
  ``org:central intelligence agency``) and a country's code for its names, abbreviations,
  demonyms and government ("U.S.", "Americans", "the U.S. Government" → ``cty:USA``);
* **part keys**, by which a partial name may refer to the actor: a person's surname
  (``sur:blair``) and an organisation's acronym when the article ties the two ("the
  European Union (EU)": ``acr:EU``) — never initials alone;
* or, for a partial name (a lone surname or an unlisted acronym), the one part key it is,
  resolved later against the corpus (:mod:`newsgraph.store.actors`).

Entities without a proper name ("the players", "officials") are no corpus actors.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from newsgraph.lexicon import load_table

# Entity types that name actors worth following across a corpus.
ACTOR_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "EVENT"})
# Key namespaces by entity type: one actor never mixes them (a person is no company).
_GROUPS = {"PERSON": "per", "ORG": "org", "NORP": "org", "GPE": "loc", "LOC": "loc",
           "FAC": "fac", "EVENT": "evt"}  # fmt: skip
# Types whose names may denote a country ("the U.S. Government", "Americans").
_COUNTRY_TYPES = frozenset({"GPE", "NORP", "ORG", "LOC"})
_ACRONYM = re.compile(r"^[A-Z][A-Z&]{1,7}$")


@dataclass(frozen=True)
class LinkKeys:
    """How one entity links: its own key, the keys that identify its actor, the parts
    partial names may join it by, and, for a partial name, the part it is."""

    own: str
    strong: frozenset[str]
    parts: frozenset[str]
    partial: str | None = None


@cache
def _rewrites() -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple(
        (re.compile(row.values["pattern"]), row.values["replacement"])
        for row in load_table("transliteration")
    )


def fold(name: str) -> str:
    """A name folded for comparison: ASCII, lower case, no "the"/possessive/punctuation,
    romanisation variants rewritten."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    text = re.sub(r"'s\b|[’']", "", text)
    text = re.sub(r"[^a-z0-9]+", " ", text).strip()
    if not text:  # a name in another script ("Путин") is kept as written, case-folded
        return " ".join(re.sub(r"[\W_]+", " ", name.casefold()).split())
    text = re.sub(r"^the ", "", text)
    for pattern, replacement in _rewrites():
        text = pattern.sub(replacement, text)
    return text


def acronym(name: str) -> str | None:
    """The name as an acronym when it is one ("CIA", "U.N." → "UN"), else None."""
    word = name.strip().replace(".", "")
    return word if _ACRONYM.match(word) else None


@cache
def _honorifics() -> frozenset[str]:
    rows = load_table("titles")
    return frozenset(fold(r.values["title"]) for r in rows if r.values["kind"] == "honorific")


@cache
def _suffixes() -> tuple[tuple[tuple[str, ...], bool], ...]:
    """Legal forms and generic closing words as folded word tuples, longest first, with
    whether one word may be left when they go (``one_word_left`` in the table)."""
    folded = {
        (tuple(fold(row.values["suffix"]).split()), row.values["one_word_left"] != "no")
        for row in load_table("org_suffixes")
    }
    return tuple(sorted((s for s in folded if s[0]), key=lambda s: (-len(s[0]), s)))


@cache
def _countries() -> dict[str, str]:
    """Folded country names, abbreviations and demonyms → ISO 3166 alpha-3 code."""
    found: dict[str, str] = {}
    for row in load_table("countries"):
        v = row.values
        for cell in (v["name"], v["aliases"], v["demonyms"]):
            for variant in cell.split("|"):
                if variant.strip():
                    found.setdefault(fold(variant), v["iso3"])
    return found


@cache
def _organisations() -> dict[str, str]:
    """Folded names, acronyms and aliases of listed organisations → folded canonical name."""
    found: dict[str, str] = {}
    for row in load_table("organisations"):
        v = row.values
        canonical = fold(v["name"])
        for cell in (v["name"], v["acronyms"], v["aliases"]):
            for variant in cell.split("|"):
                if variant.strip():
                    found.setdefault(fold(variant), canonical)
    return found


@cache
def _listed_names() -> frozenset[str]:
    """Folded canonical names and acronyms of listed organisations."""
    return frozenset(
        fold(variant)
        for row in load_table("organisations")
        for cell in (row.values["name"], row.values["acronyms"])
        for variant in cell.split("|")
        if variant.strip()
    )


def is_listed_name(name: str) -> bool:
    """Whether a name is a listed organisation's own name or acronym (not an alias)."""
    return fold(name) in _listed_names()


def spells(short: str, name: str) -> bool:
    """Whether an acronym spells a name's initials, its capitalised words counted (an
    all-capitals word whole) and its legal form left out: EU of "European Union", UKIP of
    "UK Independence Party", EADS of "European Aeronautic Defence and Space Company"; not
    MTV of "MTV Asia", which is a part of the name, not its acronym."""
    words = [w for w in re.split(r"[\s\-/]+", name.replace(".", "")) if w[:1].isupper()]
    suffixes = {suffix for suffix, _ in _suffixes()}
    while len(words) > 1 and (fold(words[-1]),) in suffixes:
        words = words[:-1]
    letters = "".join(w if w.isupper() else w[0] for w in words)
    return letters.upper() == short


def _person_words(name: str) -> list[str]:
    words = fold(name).split()
    while len(words) > 1 and words[0] in _honorifics():
        words = words[1:]
    return words


def _org_words(name: str) -> list[str]:
    """An organisation's folded words without a closing legal form ("Apple Inc." → apple)
    and with a leading country as its code ("U.S. Air Force" → USA air force)."""
    words = _country_first(fold(name).split())
    stripped, legal_form = True, False
    while stripped:
        stripped = False
        for suffix, one_word_left in _suffixes():
            left = len(words) - len(suffix)
            # After a legal form ("Fiat Group SpA") a spelled-out word is generic too.
            fewest = 1 if one_word_left or legal_form else 2
            if left >= fewest and tuple(words[left:]) == suffix:
                words, stripped, legal_form = words[:left], True, legal_form or one_word_left
                break
    return words


def _country_first(words: list[str]) -> list[str]:
    """Words with a leading country name, abbreviation or demonym as its code."""
    countries = _countries()
    for size in (4, 3, 2, 1):
        if len(words) > size and (code := countries.get(" ".join(words[:size]))):
            return [code, *words[size:]]
    return words


def country_of(name: str) -> str | None:
    """The country a name denotes: its name, abbreviation or demonym, or its government
    ("the U.S. Government", "the government of Japan"); None otherwise."""
    text = fold(name)
    countries = _countries()
    if text in countries:
        return countries[text]
    for pattern in (r"^(.+) government$", r"^government of (.+)$"):
        found = re.match(pattern, text)
        country = found.group(1).removeprefix("the ") if found else None
        if country in countries:
            return countries[country]
    return None


def name_key(name: str, entity_type: str) -> str | None:
    """The one key a full name of this type is known by; None for an empty name."""
    if entity_type in _COUNTRY_TYPES and (code := country_of(name)):
        return f"cty:{code}"
    group = _GROUPS.get(entity_type, "loc")
    if group == "per":
        words = _person_words(name)
    elif group == "org":
        words = _org_words(name)
        listed = _organisations().get(" ".join(words)) or _organisations().get(fold(name))
        if listed:
            return f"org:{listed}"
        if entity_type == "NORP":
            words = _one_of_them(words)
    else:
        words = fold(name).split()
    return f"{group}:{' '.join(words)}" if words else None


def _one_of_them(words: list[str]) -> list[str]:
    """A people's name in the singular: "Muslims", "Asians" and "Catholics" are the group
    "Muslim", "Asian" and "Catholic" name ("Swiss" stays)."""
    last = words[-1] if words else ""
    if len(last) > 3 and last.endswith("s") and not last.endswith("ss"):
        return [*words[:-1], last[:-1]]
    return words


def _is_partial(name: str, entity_type: str) -> str | None:
    """The part key of a partial name — a lone person name, an unlisted acronym — or None."""
    if entity_type == "PERSON":
        words = _person_words(name)
        return f"sur:{words[0]}" if len(words) == 1 else None
    if entity_type not in ("ORG", "NORP") or country_of(name) or fold(name) in _organisations():
        return None
    core = _org_words(name)  # "EADS N.V." is the acronym EADS
    words = name.replace("the ", "").replace("The ", "").split()
    short = acronym(name) or (acronym(words[0]) if len(core) == 1 and words else None)
    if short and core == [fold(short)]:
        return f"acr:{short}"
    return None


def _variant_fits(words: list[str], name_words: list[str], group: str) -> bool:
    """A full-name variant of the same actor: several words, and for a person the same
    surname, for anything else the same first word ("Fox Entertainment" of "Fox
    Entertainment Group")."""
    if len(words) < 2 or not name_words:
        return False
    return words[-1] == name_words[-1] if group == "per" else words[0] == name_words[0]


def link_keys(name: str, entity_type: str, name_mentions: list[str]) -> LinkKeys | None:
    """How an entity of this name, type and name mentions links to a corpus actor; None
    when it is no actor (a type not followed, or no proper name among its mentions)."""
    if entity_type not in ACTOR_TYPES or not name_mentions:
        return None
    own = name_key(name, entity_type)
    if own is None:
        return None
    partial = _is_partial(name, entity_type)
    if partial:
        return LinkKeys(own, frozenset({own}), frozenset(), partial)
    group = own.split(":", 1)[0]
    name_words = own.split(":", 1)[1].split()
    strong, parts = {own}, set()
    if group == "per" and len(name_words) > 1:
        parts.add(f"sur:{name_words[-1]}")
    for text in name_mentions:
        short = acronym(text)
        if group == "org" and short and fold(text) != fold(name):
            if spells(short, name):  # tied inside the article: "European Union (EU)"
                parts.add(f"acr:{short}")
            continue
        key = name_key(text, entity_type)
        if key is None or key == own or key.split(":", 1)[0] != group:
            continue
        if _variant_fits(key.split(":", 1)[1].split(), name_words, group):
            strong.add(key)
    return LinkKeys(own, frozenset(strong), frozenset(parts))
