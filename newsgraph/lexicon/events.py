"""Event lexicon: the ``event_*.tsv`` tables as dictionaries built once per process.

``event_verbs.tsv`` maps a lemma (+ particle, + object noun) to a PLOVER type, mode and
CAMEO code; ``event_nouns.tsv`` does the same for event nouns; ``event_types.tsv`` gives each
type its quad class, score and CAMEO defaults. Every value is checked at load time so a bad
entry is reported with its file and line instead of being skipped.
"""

from __future__ import annotations

from functools import cache
from typing import NamedTuple

from newsgraph.lexicon import LexiconError, load_table

SUPPORT = "*"  # a verb whose event type comes from its object or complement
NONE = "-"  # an explicit "no event" row, or an empty cell
XCOMP = "@xcomp"  # the row needs an infinitive complement ("refuse to", "ask X to")
EVENT = "@event"  # the complement must itself be an event ("failed to reach an agreement")
STATE = "@state"  # the object is a country or a place named ("work with Turkey")
PEOPLE = "@people"  # the object is people: a personal pronoun, a person, group or people noun
COURT = "@court"  # a noun read as a court case only when marked so ("a corruption case")


class Code(NamedTuple):
    """A PLOVER type with its mode and closest CAMEO code."""

    type: str
    mode: str | None
    cameo: str | None


class VerbRow(NamedTuple):
    """One row of ``event_verbs.tsv``."""

    prts: frozenset[str]
    objs: frozenset[str]
    needs_xcomp: bool
    needs_event: bool
    code: Code
    line: int


class TypeInfo(NamedTuple):
    """Per-type facts for exports and defaults."""

    quad: int
    score: float | None
    root: str
    default_cameo: str
    modes: frozenset[str]
    traits: frozenset[str]  # how the events stage reads the type (event_types.tsv says)
    label: str  # the type in plain words ("attack or use force")


def words(text: str) -> frozenset[str]:
    """A set of words written as one space-separated string (for short word lists)."""
    return frozenset(text.split())


def _cell(value: str) -> str | None:
    return None if value in ("", NONE) else value


def _alternatives(value: str) -> frozenset[str]:
    return frozenset() if _cell(value) is None else frozenset(value.split("|"))


@cache
def types() -> dict[str, TypeInfo]:
    """PLOVER type -> quad class, score and CAMEO root."""
    out = {}
    for row in load_table("event_types"):
        v = row.values
        score = None if _cell(v["score"]) is None else float(v["score"])
        modes = _alternatives(v["modes"])
        traits = _alternatives(v["traits"])
        out[v["type"]] = TypeInfo(
            int(v["quad"]), score, v["root"], v["default_cameo"], modes, traits, v["label"]
        )
    return out


def with_trait(trait: str) -> frozenset[str]:
    """The PLOVER types with a trait of ``event_types.tsv`` ("embeds", "contest", …)."""
    return frozenset(name for name, info in types().items() if trait in info.traits)


def in_quads(*quads: int) -> frozenset[str]:
    """The PLOVER types of these quad classes (1 and 2 cooperative, 4 material conflict)."""
    return frozenset(name for name, info in types().items() if info.quad in quads)


def intentions(intention: str, *, about: str | None = None) -> dict[str, tuple[str | None, str]]:
    """How an intention is coded by what it is about (``event_intentions.tsv``).

    Without ``about``: the type it is about -> (mode, CAMEO code), from the rows that need
    no mode of that type. With ``about``: the mode of that type -> (mode, CAMEO code).
    """
    out = {}
    for row in load_table("event_intentions"):
        v = row.values
        if v["intention"] != intention or (about is not None and v["about"] != about):
            continue
        key = v["about"] if about is None else v["about_mode"]
        if (about is None) == (v["about_mode"] == NONE):
            out[key] = (_cell(v["mode"]), v["cameo"])
    return out


@cache
def _word_lists() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for row in load_table("event_words"):
        out.setdefault(row.values["list"], set()).add(row.values["word"])
    return {name: frozenset(words) for name, words in out.items()}


def word_list(name: str) -> frozenset[str]:
    """One list of ``event_words.tsv`` ("non_agent", "theme", …)."""
    return _word_lists()[name]


@cache
def speech_verbs() -> frozenset[str]:
    """Reporting verbs whose complement tells what was said (``tells_events`` of
    ``reporting_verbs.tsv``): an event told in it stands alone."""
    rows = load_table("reporting_verbs")
    return frozenset(r.values["lemma"] for r in rows if r.values["tells_events"] == "yes")


_STATE_ACT_ROLES = frozenset({"act", "case"})


class StateSide(NamedTuple):
    """One row of ``state_sides.tsv`` that names a side: its institution, its role (body,
    person or rival) and its words, lower case."""

    institution: str
    role: str
    words: tuple[str, ...]


@cache
def state_acts() -> dict[str, str]:
    """Lemma of an act only a state's police, courts or prosecution do -> that institution
    (``state_sides.tsv``, roles ``act`` and ``case``)."""
    rows = [r.values for r in load_table("state_sides") if r.values["role"] in _STATE_ACT_ROLES]
    return {v["word"]: v["institution"] for v in rows}


@cache
def state_cases() -> frozenset[str]:
    """Lemmas of court proceedings, one case even with no determiner ("faces charges";
    ``state_sides.tsv``, role ``case``)."""
    rows = load_table("state_sides")
    return frozenset(r.values["word"] for r in rows if r.values["role"] == "case")


@cache
def state_sides() -> tuple[StateSide, ...]:
    """The words that name a side of each institution (``state_sides.tsv``), longest first."""
    rows = [r.values for r in load_table("state_sides") if r.values["role"] not in _STATE_ACT_ROLES]
    sides = (StateSide(v["institution"], v["role"], tuple(v["word"].split())) for v in rows)
    return tuple(sorted(sides, key=lambda s: -len(s.words)))


@cache
def stance_verbs() -> frozenset[str]:
    """Reporting verbs that take a stance on something (kinds ``praise`` and ``criticize`` of
    ``reporting_verbs.tsv``: "welcomed", "opposed", "condemned"): what they tell is a view."""
    rows = load_table("reporting_verbs")
    return frozenset(r.values["lemma"] for r in rows if r.values["kind"] in ("praise", "criticize"))


@cache
def legacy_names() -> dict[str, str]:
    """Older PLOVER names (DEMAND, FIGHT, …) -> the 2.0 type that replaced them."""
    out = {}
    for row in load_table("event_types"):
        for old in _alternatives(row.values["renamed_from"]):
            out[old] = row.values["type"]
    return out


def _code(table: str, line: int, type_: str, mode: str, cameo: str) -> Code:
    known = types()
    if type_ not in known and type_ not in (SUPPORT, NONE):
        raise LexiconError(f"{table}.tsv:{line}: unknown PLOVER type {type_!r}")
    if _cell(mode) is not None and (type_ not in known or mode not in known[type_].modes):
        allowed = ", ".join(sorted(known[type_].modes)) if type_ in known else "none"
        raise LexiconError(
            f"{table}.tsv:{line}: mode {mode!r} is not a PLOVER mode of {type_} ({allowed})"
        )
    if _cell(cameo) is not None and not cameo.isdigit():
        raise LexiconError(f"{table}.tsv:{line}: CAMEO code must be digits, got {cameo!r}")
    return Code(type_, _cell(mode), _cell(cameo))


@cache
def verbs() -> dict[str, tuple[VerbRow, ...]]:
    """Lemma -> its rows, most specific first."""
    out: dict[str, list[VerbRow]] = {}
    for row in load_table("event_verbs"):
        v = row.values
        objs = _alternatives(v["obj"])
        code = _code("event_verbs", row.line, v["type"], v["mode"], v["cameo"])
        needs_event = EVENT in objs
        entry = VerbRow(
            _alternatives(v["prt"]),
            objs - {XCOMP, EVENT},
            XCOMP in objs or needs_event,
            needs_event,
            code,
            row.line,
        )
        out.setdefault(v["lemma"].lower(), []).append(entry)
    # Verbs of CAMEO's conflict families and its verb + object patterns of relations
    # (scripts/build_cameo_verbs.py): read after the hand-made table, whose rows win.
    hand = set(out)
    for row in load_table("event_verbs_cameo"):
        lemma, objs = row.values["lemma"].lower(), _alternatives(row.values["obj"])
        if (lemma in hand and not objs) or any(objs & r.objs for r in out.get(lemma, ())):
            continue
        code = _code("event_verbs_cameo", row.line, row.values["type"], "-", row.values["cameo"])
        entry = VerbRow(frozenset(), objs, False, False, code, row.line)
        out.setdefault(lemma, []).append(entry)
    return {k: tuple(sorted(rows, key=_specificity, reverse=True)) for k, rows in out.items()}


def _specificity(row: VerbRow) -> int:
    return 2 * bool(row.objs) + bool(row.prts) + row.needs_xcomp


@cache
def no_event_objects(lemma: str) -> frozenset[str]:
    """The objects that make a verb no event (its ``-`` rows without a particle): what is
    released or shot as a thing ("release an album", "shoot a film"), also when the verb is
    a participle or its noun ("the album, released in May", "the release of the film")."""
    rows = verbs().get(lemma, ())
    return frozenset(o for r in rows if r.code.type == NONE and not r.prts for o in r.objs)


@cache
def noun_heads() -> frozenset[str]:
    """The words an event-noun entry can be found from: its first and its last word, and the
    nouns of the verbs that need an object (:func:`object_nominalizations`)."""
    heads = {w for key in nouns() for w in (key.split()[0], key.split()[-1])}
    return frozenset(heads | object_nominalizations().keys())


# English nominalizing suffixes as (verb ending, noun ending): "imprison" -> "imprisonment",
# "activate" -> "activation", "impose" -> "imposition" (also read by
# scripts/build_event_nominalizations.py).
NOMINAL_SUFFIXES = [
    ("", "ment"), ("", "ion"), ("", "ation"), ("e", "ion"), ("e", "ation"), ("", "al"),
    ("e", "al"), ("y", "ial"), ("e", "ure"), ("", "ance"), ("e", "ance"), ("ize", "ization"),
    ("ise", "isation"), ("ify", "ification"), ("ate", "ation"), ("be", "ption"),
    ("ceive", "ception"), ("pel", "pulsion"), ("oke", "ocation"), ("ose", "osition"),
    ("ain", "ention"), ("end", "ension"), ("it", "ission"), ("ede", "ession"),
    ("ect", "ection"), ("ct", "ction"), ("ss", "ssion"), ("ate", "ation"),
]  # fmt: skip


def nominal_forms(lemma: str) -> set[str]:
    """Nouns a verb lemma may form with :data:`NOMINAL_SUFFIXES` (some are no words)."""
    out = set()
    for verb_end, noun_end in NOMINAL_SUFFIXES:
        if lemma.endswith(verb_end) and len(lemma) > len(verb_end) + 2:
            out.add(lemma[: len(lemma) - len(verb_end)] + noun_end)
    return out - {lemma}


@cache
def object_nominalizations() -> dict[str, str]:
    """Noun -> verb lemma, for the nouns of verbs that name an event only with a listed
    object ("activate" + "force", "impose" + "tariff"): the noun names it with that object
    after "of" ("the activation of a standby force", "the imposition of tariffs"). Nouns of
    the event-noun tables keep their own entry."""
    known = nouns()
    out: dict[str, str] = {}
    for lemma, rows in sorted(verbs().items()):
        if not any(_object_row(r) for r in rows):
            continue
        for noun in sorted(nominal_forms(lemma)):
            if noun not in known:
                out.setdefault(noun, lemma)
    return out


def _object_row(row: VerbRow) -> bool:
    """A row that makes its verb an event with a listed object and no particle."""
    return bool(row.objs) and not row.prts and row.code.type not in (SUPPORT, NONE)


@cache
def patient_possessors() -> frozenset[str]:
    """Event nouns whose possessor is the side acted upon ("Lai's release", "his trial").

    Raises:
        LexiconError: naming the line of a ``possessor`` cell other than "patient" or empty.
    """
    out = set()
    for row in load_table("event_nouns"):
        possessor = row.values["possessor"]
        if possessor not in ("", "patient"):
            raise LexiconError(
                f"event_nouns.tsv:{row.line}: possessor must be 'patient' or empty, "
                f"got {possessor!r}"
            )
        if possessor:
            out.add(row.values["noun"].lower())
    return frozenset(out)


@cache
def nouns() -> dict[str, Code]:
    """Event noun (lemma, or a short phrase such as "phone call") -> its code."""
    out = {}
    for row in load_table("event_nouns"):
        v = row.values
        out[v["noun"].lower()] = _code("event_nouns", row.line, v["type"], v["mode"], v["cameo"])
    # Nouns derived from the verbs (scripts/build_event_nominalizations.py), after them.
    for row in load_table("event_nominalizations"):
        v = row.values
        code = _code("event_nominalizations", row.line, v["type"], v["mode"], v["cameo"])
        out.setdefault(v["noun"].lower(), code)
    return out
