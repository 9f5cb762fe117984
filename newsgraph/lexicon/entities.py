"""Lexicon lookups for the entities stage, built once at import.

Every table is read from ``newsgraph/lexicon``; names are matched case-sensitively
first and then case-folded (only for names longer than an acronym, so "US" never matches
"us").
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import NamedTuple

from newsgraph.lexicon import load_table

# PLOVER-style agent sectors a lexicon may use (sectors.tsv).
SECTORS = frozenset(row.values["code"] for row in load_table("sectors"))


class Place(NamedTuple):
    """A country-table hit: the country, how it was named and the canonical spelling."""

    iso3: str
    kind: str  # country | demonym | capital | seat | region
    canonical: str


class Org(NamedTuple):
    """An organisations-table entry."""

    name: str
    iso3: str | None
    sector: str | None
    type: str


class GroupNoun(NamedTuple):
    """A group-nouns-table entry."""

    sector: str | None
    singular: bool  # the singular names a group too ("police", "the court")
    modified: bool = False  # ... when it has a modifier ("the air force", "a paramilitary force")


class Title(NamedTuple):
    """A titles-table entry."""

    kind: str  # head | mod | honorific
    sector: str | None
    gender: str | None


class Pronoun(NamedTuple):
    """A pronouns-table entry."""

    refers: str  # PERSON | ANY | SPEAKER
    number: str
    gender: str | None
    case: str


def norm(text: str) -> str:
    """The lookup key of a name: typographic apostrophes unified, leading "the" dropped."""
    text = " ".join(text.replace("’", "'").split())
    return text[4:] if text[:4].lower() == "the " else text


def _split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split("|") if part.strip()]


def _places() -> dict[str, Place]:
    places: dict[str, Place] = {}
    for row in load_table("countries"):
        v = row.values
        name = v["name"]
        for kind, names in (
            ("seat", _split(v["seats"])),
            ("capital", _split(v["capitals"])),
            ("demonym", _split(v["demonyms"])),
            ("country", [name, *_split(v["aliases"])]),
        ):
            for variant in names:
                canonical = name if kind in ("country", "demonym") else names[0]
                places[norm(variant)] = Place(v["iso3"], kind, canonical)
    for row in load_table("regions"):
        v = row.values
        for variant in [v["name"], *_split(v["aliases"])]:
            # A country or capital of the same name wins ("Georgia", "Kingston").
            places.setdefault(norm(variant), Place(v["iso3"], "region", v["name"]))
    return places


def _orgs() -> dict[str, Org]:
    """The hand-made organisations, then those built from the Phoenix dictionaries
    (``organisations_phoenix.tsv``), which never override a hand-made name."""
    orgs: dict[str, Org] = {}
    for table in ("organisations", "organisations_phoenix"):
        mine: dict[str, Org] = {}
        for row in load_table(table):
            v = row.values
            org = Org(v["name"], v["iso3"] or None, v["sector"] or None, v["type"] or "ORG")
            for variant in [v["name"], *_split(v["acronyms"]), *_split(v["aliases"])]:
                mine[norm(variant)] = org
        for key, org in mine.items():
            orgs.setdefault(key, org)
    return orgs


def _title_trades() -> dict[str, str]:
    return {
        row.values["title"].lower(): row.values["trade"].lower()
        for row in load_table("titles")
        if row.values["trade"]
    }


def _title_others() -> frozenset[str]:
    return frozenset(
        row.values["title"].lower() for row in load_table("titles") if row.values["other"]
    )


def _titles() -> dict[str, Title]:
    return {
        row.values["title"].lower(): Title(
            row.values["kind"], row.values["sector"] or None, row.values["gender"] or None
        )
        for row in load_table("titles")
    }


def _group_nouns() -> dict[str, GroupNoun]:
    """group_nouns.tsv, then the Phoenix agent nouns (agents_phoenix.tsv) it does not list."""
    out = {}
    for row in load_table("group_nouns"):
        number = row.values["number"]
        out[row.values["noun"].lower()] = GroupNoun(
            row.values["sector"] or None, number == "any", number == "modified"
        )
    for row in load_table("agents_phoenix"):  # the field's agent nouns, plural only
        out.setdefault(row.values["noun"], GroupNoun(row.values["sector"] or None, False))
    return out


def _folded(table: dict) -> dict:
    # Case-folded copies only for names longer than acronyms: "US" must not match "us".
    return {key.lower(): value for key, value in table.items() if len(key) > 4}


PLACES: dict[str, Place] = _places()
ORGS: dict[str, Org] = _orgs()
PLACES_FOLDED = _folded(PLACES)
ORGS_FOLDED = _folded(ORGS)
TITLES: dict[str, Title] = _titles()
# Head titles naming one trade -> that trade ("reporter" -> "journalist").
TITLE_TRADES: dict[str, str] = _title_trades()
# Words that make the title after them another office ("shadow", "deputy").
TITLE_OTHERS: frozenset[str] = _title_others()
GROUP_NOUNS: dict[str, GroupNoun] = _group_nouns()
# Counted plurals that point back to sides named before (plural_anaphors.tsv): noun ->
# the entity types those sides may have.
PLURAL_ANAPHORS: dict[str, frozenset[str]] = {
    row.values["noun"].lower(): frozenset(row.values["types"].split("|"))
    for row in load_table("plural_anaphors")
}
# ... and how many those that count themselves name ("the pair": 2).
SELF_COUNTING: dict[str, int] = {
    row.values["noun"].lower(): int(row.values["count"])
    for row in load_table("plural_anaphors")
    if row.values["count"]
}
# Things attacked or seized as a side (target_nouns.tsv): noun -> sector.
TARGET_NOUNS: dict[str, str | None] = {
    row.values["noun"].lower(): row.values["sector"] or None for row in load_table("target_nouns")
}
NAME_HEADS: dict[str, tuple[str, str | None]] = {
    row.values["head"]: (row.values["type"], row.values["sector"] or None)
    for row in load_table("name_heads")
}
GIVEN_GENDER: dict[str, str] = {
    row.values["name"]: row.values["gender"] for row in load_table("given_names")
}
# Legal forms and generic closing words of company names ("Inc.", "LLC", "Group").
ORG_SUFFIXES: frozenset[str] = frozenset(row.values["suffix"] for row in load_table("org_suffixes"))
# Capitalised words the backbone tags but that never name an entity ("Mbps").
NOT_NAMES: frozenset[str] = frozenset(row.values["word"] for row in load_table("not_names"))
# Common nouns that stand for an organisation or a country ("the company", "the ministry")
# -> the entity type they stand for; and the sector they tell of an unlisted organisation
# ("the US operator" is a business). Shared by the entities and statements stages.
ORG_NOUN_TYPES: dict[str, str] = {
    row.values["noun"]: row.values["type"]
    for row in load_table("org_nouns")
    if not row.values["named"]
}
ORG_NOUN_SECTORS: dict[str, str] = {
    row.values["noun"]: row.values["sector"]
    for row in load_table("org_nouns")
    if row.values["sector"] and not row.values["named"]
}
# Organisation nouns that refer back only with a modifier of their own ("the trade body").
ORG_NOUNS_MODIFIED: frozenset[str] = frozenset(
    row.values["noun"] for row in load_table("org_nouns") if row.values["modified"]
)
# Nouns of bodies known by their kind, which refer back only to an organisation named by
# them ("the High Court … the court"); kept apart from the nouns above, as most of them
# also name what is no organisation ("the court heard", "executives").
ORG_NOUNS_NAMED: frozenset[str] = frozenset(
    row.values["noun"] for row in load_table("org_nouns") if row.values["named"]
)
# Common nouns that say a name is an organisation ("consultancy group Capgemini").
ORG_NOUNS: frozenset[str] = frozenset(k for k, v in ORG_NOUN_TYPES.items() if v == "ORG")
# Common nouns that may be a statement's source -> the entity a speaking one becomes when
# no name stands behind it ("the report said": WORK_OF_ART; "observers say": PERSON, whose
# plural is a group; "-" for none). Documents and data (reporting_document_nouns) are
# WORK_OF_ART.
SOURCE_NOUN_ENTITIES: dict[str, str] = {
    **{row.values["lemma"]: "WORK_OF_ART" for row in load_table("reporting_document_nouns")},
    **{row.values["lemma"]: row.values["entity"] for row in load_table("reporting_source_nouns")},
}
# Reporting verbs and prepositional cues ("according to"), for telling a noun that speaks.
SPEECH_VERBS: frozenset[str] = frozenset(
    row.values["lemma"] for row in load_table("reporting_verbs")
)
SOURCE_PHRASES: frozenset[tuple[str, ...]] = frozenset(
    tuple(row.values["phrase"].lower().split()) for row in load_table("reporting_phrases")
)
PRONOUNS: dict[str, Pronoun] = {
    row.values["pronoun"]: Pronoun(
        row.values["refers"],
        row.values["number"],
        row.values["gender"] or None,
        row.values["case"],
    )
    for row in load_table("pronouns")
}


def place(text: str) -> Place | None:
    """The country-table entry a name denotes, or None."""
    key = norm(text)
    return PLACES.get(key) or PLACES_FOLDED.get(key.lower())


def org(text: str) -> Org | None:
    """The organisations-table entry a name denotes, or None."""
    key = norm(text)
    return ORGS.get(key) or ORGS_FOLDED.get(key.lower())


def trade(word: str) -> str:
    """The trade a head title names ("reporter" → "journalist"), else the word itself."""
    return TITLE_TRADES.get(word.lower(), word.lower())


def title(text: str) -> Title | None:
    """The titles-table entry of a word or phrase (case-insensitive), or None."""
    return TITLES.get(text.lower())


def noun_sector(lemma: str) -> str | None:
    """The sector a common noun of people or a body gives: group_nouns.tsv first, then
    org_nouns.tsv, then titles.tsv ("troops": MIL, "ministry": GOV, "editor": MED)."""
    group = GROUP_NOUNS.get(lemma)
    found = title(lemma)
    return (
        (group.sector if group else None)
        or ORG_NOUN_SECTORS.get(lemma)
        or (found.sector if found else None)
    )


class Office(NamedTuple):
    """A political figure's country and sector over a stretch of time (None: open)."""

    iso3: str
    sector: str | None
    start: dt.date | None
    end: dt.date | None

    def holds_on(self, day: dt.date) -> bool:
        """Whether the code holds on ``day``; an undated code holds on none."""
        if self.start is None and self.end is None:
            return False
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


def _day(cell: str) -> dt.date | None:
    return None if cell == "-" else dt.date.fromisoformat(cell)


@cache
def _offices() -> dict[str, tuple[Office, ...]]:
    out: dict[str, list[Office]] = {}
    for row in load_table("people_phoenix"):
        v = row.values
        sector = v["sector"] if v["sector"] in SECTORS else None
        office = Office(v["iso3"], sector, _day(v["start"]), _day(v["end"]))
        out.setdefault(v["name"].lower(), []).append(office)
    return {name: tuple(rows) for name, rows in out.items()}


def office(name: str, day: dt.date | None) -> Office | None:
    """The country and sector the Phoenix dictionaries give a political figure's full name
    (``people_phoenix.tsv``) on ``day``: a dated code that holds then (one with a sector
    first), else the undated one; None for a name the table does not hold."""
    rows = _offices().get(name.lower(), ())
    if day is not None:
        held = [r for r in rows if r.holds_on(day)]
        if held:
            return next((r for r in held if r.sector is not None), held[0])
    return next((r for r in rows if r.start is None and r.end is None), None)


# Words that mark a name as a title of a work (work_cues.tsv): lemma -> where it stands,
# "before" the name or the head of an "in" governing it.
WORK_CUES: dict[str, str] = {
    row.values["word"]: row.values["position"] for row in load_table("work_cues")
}
# Nouns a competition or an award modifies ("Grand Slam final", "Bafta nominations").
CONTEST_NOUNS: frozenset[str] = frozenset(row.values["noun"] for row in load_table("contest_nouns"))
# Words that tell a group's side as a country or body does ("prosecution lawyers").
GROUP_SIDES: frozenset[str] = frozenset(row.values["word"] for row in load_table("group_sides"))
