"""Build ``newsgraph/lexicon/event_verbs_cameo.tsv`` from PETRARCH-2's CAMEO verb dictionary.

    .venv/bin/python scripts/build_cameo_verbs.py ../shared/data/cameo_dictionaries

``CAMEO.2.0.txt`` groups verbs in families (``--- REPRESS [172] ---``) whose members are
WordNet synonyms coded alike. This script takes the families of the conflict roots (14
protest, 16 reduce relations, 17 coerce, 18 assault, 19 fight, 20 mass violence), whose
verbs name a political act in almost any news sentence, maps each family's CAMEO code to a
PLOVER type through the ``root`` column of ``event_types.tsv`` (18 and 20, which PLOVER
folds into ASSAULT, map there), and writes every member verb that ``event_verbs.tsv`` does
not list already. Members that name something else in everyday news ("hit", "match",
"master", "circle") were dropped on review and are listed in ``REJECTED`` with the reason.
The cooperative roots are not taken as bare verbs: their synonym sets hold everyday verbs
("buy", "improve", "come", "think").

It also carries over the families' verb + object patterns of relations between sides
(``- * RELATIONS [050]  # IMPROVE``, ``- * {DIPLOMATIC TIES} [161]  # CUT``): a pattern whose
object names relations or ties (any qualifier: "diplomatic ties", "official ties") under a
root of cooperation or of reduced relations (03 intent, 05 diplomatic cooperation, 06
material cooperation, 16 reduce relations; and for root 16 also "cooperation": "suspend
cooperation") gives every member of its family a row with that object in the ``obj``
column ("improve relation|tie|relationship"). CAMEO patterns hold for the whole synonym
family, so "deepen ties" follows from "BOOST RELATIONS"; members that do not fit were
dropped on review (``REJECTED_OBJECT``).
When a family lists the object under several codes ("IMPROVE RELATIONS" is 030 and 050),
the row takes the lowest, the weakest reading CAMEO gives. A verb and object the hand table
already codes ("restore relations", "cut ties") is left to it. Re-running it on the same
file gives the same table.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from newsgraph.lexicon import load_table
from newsgraph.lexicon.events import types

SOURCE = "CAMEO.2.0.txt"
LEXICON = Path(__file__).resolve().parent.parent / "newsgraph/lexicon"
TARGET = LEXICON / "event_verbs_cameo.tsv"
ROOTS = {"14", "16", "17", "18", "19", "20"}
FOLDED = {"18": "ASSAULT", "20": "ASSAULT"}  # CAMEO roots PLOVER 2.0 merged into ASSAULT
# Members of the families above that in everyday news name no political act.
_GROUPS = [
    (
        "annoy bother irk irritate vex upset pester rag plague torment",
        "an annoyance, not a protest",
    ),
    (
        "agonise agonize arouse discomfit disconcert disquiet distress disturb enkindle "
        "frustrate provoke badger",
        "a feeling or its cause",
    ),
    (
        "hit kick match master best pound circle ring thump ram pit",
        "sport, business or plain physical senses",
    ),
    (
        "die reside inhabit infest hang struggle dominate overshadow overcome surmount "
        "overtake conflict quarrel altercate aim target",
        "a state, a rivalry or a goal, not an act of force",
    ),
    (
        "rip spoil tear mar vitiate lash whip bruise damage corrupt contaminate impair "
        "tarnish dishonor dishonour hurt harm",
        "damage to things or reputations more often than force",
    ),
    (
        "steal tax fine bill moderate extract pluck grab catch cage enclose contain "
        "constrain exclude enforce impel compel inflict pressure revolutionise "
        "revolutionize nationalise nationalize appropriate pirate snatch withhold bar "
        "commandeer",
        "economic, legal-routine or physical senses; kept verbs are unambiguous",
    ),
    (
        "counter counterbalance countermine disarray disorder disrupt disassociate betray",
        "no act against a side by itself",
    ),
    (
        "battle wrestle grapple combat eradicate curb restrain confine",
        "fighting problems: 'battled cancer', 'curb inflation'",
    ),
    (
        "defeat clobber pummel bust desolate devastate surround",
        "elections, sport, markets and feelings",
    ),
    (
        "harry hassle undermine punish penalize abuse",
        "metaphor and everyday senses: 'undermine confidence', 'drug abuse'",
    ),
    ("overturn", "a ruling overturned is a court's, coded as CONCEDE, not COERCE"),
    ("rampage", "no side acted upon"),
    ("scuffle", "a brawl, often not political"),
    ("explode", "a thing exploding, not an actor's act"),
    ("blast", "criticism as often as an explosion"),
    ("crush", "sport and business senses"),
    ("hammer", "sport and business senses"),
    ("smash", "sport and record senses"),
    ("flatten", "physical sense"),
    ("shatter", "records and hopes"),
    ("ruin", "plans and hopes"),
    ("overwhelm", "feelings and sport"),
    ("overpower", "sport"),
    ("duel", "sport and debates"),
    ("foray", "business sense"),
    ("demonstrate", "to show"),
]  # fmt: skip
REJECTED = {word: reason for words, reason in _GROUPS for word in words.split()}
RELATION_ROOTS = {"03", "05", "06", "16"}  # intent, diplomatic and material cooperation, reduce
# object heads of a relation pattern -> the obj cell of its rows ("relations" and "ties" are
# written interchangeably in CAMEO, so one names both); "cooperation" only for reductions:
# to other verbs it is an event noun of its own ("intensified cooperation" is COOPERATE)
RELATION_OBJECTS = {"relations": "relation|tie|relationship", "ties": "relation|tie|relationship",
                    "relationship": "relation|tie|relationship"}  # fmt: skip
REDUCTION_OBJECTS = RELATION_OBJECTS | {"cooperation": "cooperation"}
# Members of the families with relation patterns whose reading with "relations" is no act
# between sides, or which are too rare or too ambiguous to carry a pattern over.
_OBJECT_GROUPS = [
    (
        "adore enjoy love relish keep maintain conserve preserve reserve save spare sustain "
        "uphold",
        "enjoying or keeping relations is a standing state, not an act ('enjoys good ties')",
    ),
    (
        "anticipate augur auspicate await envisage expect forebode foresee foreshadow "
        "foretell portend predict prefigure presage prognosticate favor favour prefer",
        "an expectation or a preference, not an act",
    ),
    (
        "acclaim admire applaud celebrate clap commemorate commend compliment congratulate "
        "extol felicitate greet hail honor honour praise recognise recognize respect reward "
        "salute toast welcome",
        "praising relations is praise, coded by the bare rows of event_verbs.tsv",
    ),
    ("strain", "relations strained by some deed: the strain is no act of a side"),
    (
        "conceive concoct design devise gymble engineer erect fashion formulate generate "
        "invent mold produce shape bloom blossom burgeon flourish grow proliferate swell "
        "thrive accept accommodate adopt embody embrace encompass espouse incorporate doctor "
        "reconstruct activate begin commence inaugurate originate pioneer relaunch start "
        "launch constitute enact found institute abate appease assuage ease expediate "
        "facilitate mitigate simplify amplify compound escalate exaggerate heighten magnify "
        "enlarge augment",
        "no verb of relations in news, or another sense first ('found' of 'find')",
    ),
    (
        "cleave disassemble dismantle dismember dissect divide lop partition separate shear "
        "split cage confine contain detain enclose hold imprison incarcerate jail abort "
        "close desist quit reclose",
        "physical or detention senses; 'holds close ties' is no reduction",
    ),
    (
        "bruise contaminate corrupt crack damage harm hurt impair injure mar rip spoil tarnish "
        "tear vitiate wound",
        "relations damaged by a deed or a remark: the damage is no act of a side",
    ),
    (
        "annihilate beat best bust crush decimate defeat demolish desolate destroy devastate "
        "disarm dominate eradicate master obliterate overcome overpower overshadow overtake "
        "overwhelm ravage ravish raze ruin shatter smash subjugate surmount",
        "force and sport senses; breaking relations is the hand row 'break'",
    ),
]  # fmt: skip
REJECTED_OBJECT = {word: why for words, why in _OBJECT_GROUPS for word in words.split()}
HEADER = """\
# Event verbs taken from the conflict families (CAMEO roots 14, 16-20) of PETRARCH-2's CAMEO
# verb dictionary (openeventdata/petrarch2, data/dictionaries/CAMEO.2.0.txt, commit
# 676801cd9cb2924bbbad09f86d15c9323e7097bf): each member verb not in event_verbs.tsv, with its
# family's CAMEO code and the PLOVER type of that code's root; and the families' patterns of
# relations (roots 03, 05, 06 and 16) as verb + object rows. Read after event_verbs.tsv,
# whose rows win. Generated by scripts/build_cameo_verbs.py; do not edit by hand: change the
# script (its REJECTED list holds the members dropped on review) or event_verbs.tsv.
#
# MIT License. Copyright (c) 2014 Open Event Data. Permission is hereby granted, free of
# charge, to any person obtaining a copy of this software and associated documentation
# files (the "Software"), to deal in the Software without restriction, including without
# limitation the rights to use, copy, modify, merge, publish, distribute, sublicense,
# and/or sell copies of the Software, and to permit persons to whom the Software is
# furnished to do so, subject to the following conditions: The above copyright notice and
# this permission notice shall be included in all copies or substantial portions of the
# Software. THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND.
# Rows with an object (obj column) come from the families' verb + object patterns of relations
# ("- * RELATIONS [050]  # IMPROVE"): the verb names that act only with that object.
lemma\ttype\tcameo\tfamily\tobj
"""
_FAMILY = re.compile(r"^---\s+(\S+)\s+\[(\d+)\]")
# "- * RELATIONS [050]", "- * {DIPLOMATIC TIES} [161:161]  # CUT": the verb, then its object
_PATTERN = re.compile(
    r"^-\s*\*\s+(\{[^}]*\}|[A-Z&-]+(?: [A-Z&-]+)?)\s+\[(\d+)(?::\d+)?\]\s*(#.*)?$"
)


def families(text: str) -> list[tuple[str, str, list[str]]]:
    """(family head, CAMEO code, member verbs) for every family with a code of its own."""
    out: list[tuple[str, str, list[str]]] = []
    for line in text.splitlines():
        if line.startswith("---"):
            match = _FAMILY.match(line)
            out.append((match.group(1).lower(), match.group(2), []) if match else ("", "", []))
            continue
        if not out or not out[-1][1] or not line or line[0] in "-#+&~ \t":
            continue
        word = line.split("#", 1)[0].split("{", 1)[0].split("[", 1)[0].strip().lower()
        if re.fullmatch(r"[a-z][a-z-]+", word):
            out[-1][2].append(word)
    return out


def relation_patterns(text: str) -> list[tuple[str, list[str], list[tuple[str, str]]]]:
    """(family head, member verbs, (obj cell, CAMEO code) of its relation patterns) for every
    family, with or without a code of its own, that has a pattern of relations."""
    out: list[tuple[str, list[str], list[tuple[str, str]]]] = []
    for line in text.splitlines():
        if line.startswith("---"):
            out.append((line.strip("- ").split()[0].lower() if line.strip("- ") else "", [], []))
        elif out and line.startswith("-"):
            match = _PATTERN.match(line.strip())
            if match:
                head = match.group(1).strip("{}").split()[-1].lstrip("&").lower()
                code = match.group(2)
                objects = REDUCTION_OBJECTS if code[:2] == "16" else RELATION_OBJECTS
                if code[:2] in RELATION_ROOTS and head in objects:
                    out[-1][2].append((objects[head], code))
        elif out and line and line[0] not in "#+&~ \t":
            word = line.split("#", 1)[0].split("{", 1)[0].split("[", 1)[0].strip().lower()
            if re.fullmatch(r"[a-z][a-z-]+", word) and word not in out[-1][1]:
                out[-1][1].append(word)
    return [family for family in out if family[2]]


def listed_objects() -> dict[str, set[str]]:
    """Lemma -> the objects its rows in the hand-made event_verbs.tsv name."""
    out: dict[str, set[str]] = {}
    for row in load_table("event_verbs"):
        objs = {o for o in row.values["obj"].split("|") if o != "-"}
        out.setdefault(row.values["lemma"].lower(), set()).update(objs)
    return out


def derive_relations(text: str) -> list[tuple[str, str, str, str, str]]:
    """(lemma, type, cameo, family, obj) rows of the relation patterns: every member of a
    family with one, that the hand table does not code with that object and that was not
    rejected, with the lowest code the family gives the object; sorted by lemma and obj."""
    types, listed, rows = root_types(), listed_objects(), {}
    for head, members, patterns in relation_patterns(text):
        codes: dict[str, str] = {}
        for obj, code in patterns:
            codes[obj] = min(codes.get(obj, code), code)
        for verb in members:
            for obj, code in codes.items():
                key = (verb, obj)
                if verb in REJECTED_OBJECT or set(obj.split("|")) & listed.get(verb, set()):
                    continue
                if code[:2] not in types:
                    continue  # a root several PLOVER types share (root_types gives none)
                if key not in rows or code < rows[key][2]:
                    rows[key] = (verb, types[code[:2]], code, head, obj)
    return [rows[k] for k in sorted(rows)]


def root_types() -> dict[str, str]:
    """CAMEO root -> PLOVER type, from event_types.tsv (roots several types share: none)."""
    roots: dict[str, list[str]] = {}
    for name, info in types().items():
        roots.setdefault(info.root, []).append(name)
    return {root: names[0] for root, names in roots.items() if len(names) == 1} | FOLDED


def listed_verbs() -> set[str]:
    """The lemmas of the hand-made event_verbs.tsv."""
    return {row.values["lemma"].lower() for row in load_table("event_verbs")}


def derive(text: str) -> list[tuple[str, str, str, str, str]]:
    """(lemma, type, cameo, family, obj) rows: the bare verbs of the conflict families and the
    relation patterns (:func:`derive_relations`), sorted by lemma and object."""
    types, listed, rows = root_types(), listed_verbs(), {}
    for head, code, members in families(text):
        root = code[:2]
        if root not in ROOTS or root not in types:
            continue
        for verb in members:
            if verb not in listed and verb not in REJECTED and verb not in rows:
                rows[verb] = (verb, types[root], code, head, "-")
    return sorted([rows[v] for v in sorted(rows)] + derive_relations(text))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="the cameo_dictionaries folder")
    args = parser.parse_args()
    rows = derive((args.folder / SOURCE).read_text(encoding="utf-8", errors="replace"))
    TARGET.write_text(HEADER + "".join("\t".join(r) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(rows)} verbs written to {TARGET}")


if __name__ == "__main__":
    main()
