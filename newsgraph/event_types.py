"""PLOVER event types in plain words, for people reading the UI and the API.

The codes, quad classes, CAMEO roots and plain-word labels come from the lexicon table
(``lexicon/event_types.tsv``, read by :func:`newsgraph.lexicon.events.types`); this adds
only the words of the four quad classes.
"""

from __future__ import annotations

from newsgraph.lexicon.events import types

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
            "type": name, "label": info.label, "quad": info.quad,
            "quad_label": QUADS[info.quad], "cameo_root": info.root,
            "modes": sorted(info.modes),
        }
        for name, info in types().items()
    ]  # fmt: skip
