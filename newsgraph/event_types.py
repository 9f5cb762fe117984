"""PLOVER event types in plain words, for people reading the UI and the API.

The codes, quad classes and CAMEO roots come from the lexicon table
(``extract/lexicon/event_types.tsv``, read by :func:`eventcoding.tables.types`); this adds
only the words a reader sees first, with the code second.
"""

from __future__ import annotations

from newsgraph.extract.eventcoding.tables import types

# What each type means, as a reader would put it.
LABELS = {
    "AGREE": "agree or sign",
    "CONSULT": "consult or meet",
    "SUPPORT": "express support",
    "CONCEDE": "concede or yield",
    "COOPERATE": "cooperate",
    "AID": "give aid",
    "RETREAT": "withdraw or release",
    "REQUEST": "demand or ask",
    "ACCUSE": "accuse or criticise",
    "REJECT": "reject or refuse",
    "THREATEN": "threaten",
    "PROTEST": "protest",
    "SANCTION": "sanction or punish",
    "MOBILIZE": "mobilise forces",
    "COERCE": "coerce: arrest, seize, restrict",
    "ASSAULT": "attack or use force",
}
# GDELT's quad class numbers, as the lexicon table gives them.
QUADS = {
    1: "Verbal cooperation",
    2: "Material cooperation",
    3: "Verbal conflict",
    4: "Material conflict",
}


def event_types() -> list[dict]:
    """Every PLOVER type with its words, quad class (number and words), CAMEO root and
    modes, in the table's order (cooperation before conflict)."""
    return [
        {
            "type": name, "label": LABELS.get(name, name.lower()), "quad": info.quad,
            "quad_label": QUADS[info.quad], "cameo_root": info.root,
            "modes": sorted(info.modes),
        }
        for name, info in types().items()
    ]  # fmt: skip
