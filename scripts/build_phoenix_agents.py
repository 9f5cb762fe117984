"""Build ``newsgraph/lexicon/agents_phoenix.tsv`` from PETRARCH-2's agents dictionary.

    .venv/bin/python scripts/build_phoenix_agents.py ../shared/data/cameo_dictionaries

``Phoenix.agents.txt`` lists the common nouns that name a kind of actor ("FARMER [~AGR]",
"RIOTER [~OPP]", "BUSINESS!PERSON! [~BUS]") with their CAMEO agent code. This script keeps
the one-word entries ("!PERSON!" written out as -man, -woman and -person), lower case, and
maps each code's first three letters to a sector of ``sectors.tsv`` (``_SECTORS`` below; a
code with no sector of ours, such as criminals or elites, keeps an empty sector).
Multi-word entries ("SHOP_OWNER") are left out, since their last word alone says less; so
are event nouns ("uprising") and the words of the hand-made tables (titles.tsv,
group_nouns.tsv, org_nouns.tsv), which win. A plural of one of these nouns with no name
behind it becomes a group entity ("protesting farmers", "rioters"). Re-running it on the
same file gives the same table.
"""

from __future__ import annotations

import re
from pathlib import Path

from build_phoenix_orgs import command_line

from newsgraph.lexicon import events, load_table

SOURCE = "Phoenix.agents.txt"
LEXICON = Path(__file__).resolve().parent.parent / "newsgraph/lexicon"
TARGET = LEXICON / "agents_phoenix.tsv"
_ENTRY = re.compile(r"^([A-Z!\-]+)\s*(?:\{[^}]*\})?\s*\[~([A-Z]{3})")
_PERSON = ("man", "woman", "person")
# CAMEO agent codes → our sectors: police, spies and legislators are government; armed men
# the dictionary does not tie to a state (UAF) and radicals are insurgents; opposition
# activists, workers, farmers, refugees and people at large are civilians (as the hand-made
# "protester", "activist" are); the religions are REL; environmental and human-rights groups
# are NGOs. Criminals (CRM), elites (ELI) and the like have no sector of ours.
_SECTORS = {
    "GOV": "GOV", "LEG": "GOV", "COP": "GOV", "SPY": "GOV",
    "MIL": "MIL",
    "REB": "REB", "UAF": "REB", "RAD": "REB",
    "OPP": "CVL", "CVL": "CVL", "AGR": "CVL", "LAB": "CVL", "REF": "CVL", "PPL": "CVL",
    "BUS": "BUS", "JUD": "JUD", "MED": "MED", "HLH": "HLH", "EDU": "EDU",
    "PTY": "POL",
    "REL": "REL", "CHR": "REL", "MUS": "REL", "JEW": "REL", "BUD": "REL", "HIN": "REL",
    "NGO": "NGO", "ENV": "NGO", "HRI": "NGO",
}  # fmt: skip
HEADER = """\
# Common nouns that name a kind of actor, from the Phoenix dictionaries of PETRARCH-2
# (openeventdata/petrarch2, data/dictionaries/Phoenix.agents.txt): one-word entries, lower
# case, with the sector their CAMEO agent code maps to (empty: none of ours). A plural one
# with no name behind it is a group entity ("rioters", "protesting farmers"). Read after
# titles.tsv, group_nouns.tsv and org_nouns.tsv, whose words are left out here. Generated
# by scripts/build_phoenix_agents.py; do not edit by hand: add a row to group_nouns.tsv.
#
# MIT License. Copyright (c) 2014 Open Event Data Alliance. Permission is hereby granted,
# free of charge, to any person obtaining a copy of this software and associated
# documentation files (the "Software"), to deal in the Software without restriction,
# including without limitation the rights to use, copy, modify, merge, publish,
# distribute, sublicense, and/or sell copies of the Software, and to permit persons to
# whom the Software is furnished to do so, subject to the following conditions: The above
# copyright notice and this permission notice shall be included in all copies or
# substantial portions of the Software. THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY
# OF ANY KIND.
noun\tsector
"""


def words(entry: str) -> list[str]:
    """The nouns an entry's word stands for: "BUSINESS!PERSON!" → businessman,
    businesswoman, businessperson; "FARMER" → farmer; a multi-word entry, none."""
    word = entry.lower()
    if "!person!" in word:
        stem = word.replace("!person!", "")
        return [stem + p for p in _PERSON] if stem.isalpha() else []
    return [word] if "!" not in word and word.replace("-", "").isalpha() else []


def derive(text: str, known: set[str]) -> list[tuple[str, str]]:
    """The table's rows (noun, sector), by noun: the first code seen for a noun wins."""
    rows: dict[str, str] = {}
    for raw in text.splitlines():
        match = _ENTRY.match(raw.split("#", 1)[0].strip())
        if match is None:
            continue
        for word in words(match.group(1)):
            if word not in known:
                rows.setdefault(word, _SECTORS.get(match.group(2), ""))
    return sorted(rows.items())


def hand_made_words() -> set[str]:
    """The one-word nouns of titles.tsv, group_nouns.tsv and org_nouns.tsv (lower case),
    and the event nouns ("uprising", "revolt" are events, not actors)."""
    known = {r.values["title"].lower() for r in load_table("titles")}
    known |= set(events.nouns())
    known |= {r.values["noun"].lower() for r in load_table("group_nouns")}
    known |= {r.values["noun"].lower() for r in load_table("org_nouns")}
    return {w for w in known if " " not in w}


def build(dictionaries: Path) -> list[tuple[str, ...]]:
    """The rows from the dictionaries folder, less the hand-made tables' words."""
    text = (dictionaries / SOURCE).read_text(encoding="utf-8", errors="replace")
    return list(derive(text, hand_made_words()))


def main() -> None:
    command_line(__doc__, build, TARGET, HEADER)


if __name__ == "__main__":
    main()
