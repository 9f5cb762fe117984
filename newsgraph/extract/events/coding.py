"""Final PLOVER/CAMEO coding of a candidate once its mood is known.

PLOVER codes intentions, refusals and demands by what they are about: "agreed to meet" is
AGREE with CAMEO 036, "will not engage in talks" is REJECT mode meet (CAMEO 125), "will
withdraw its troops" is a future cooperative act and so AGREE, "would blockade Paris" a
future conflictual act and so THREATEN. ``event_intentions.tsv`` says which mode and CAMEO
code each pairing of an intention with the event it is about gets.
"""

from __future__ import annotations

from newsgraph.lexicon import events as tables
from newsgraph.lexicon.events import Code

# Quad classes 1-2 and 4 of event_types.tsv.
COOPERATIVE = tables.in_quads(1, 2)
MATERIAL_CONFLICT = tables.in_quads(4)

# intention type -> {type of the event it is about -> (mode, CAMEO code)}: event_intentions.tsv
_AGREE = tables.intentions("AGREE")
_REJECT = tables.intentions("REJECT")
_APPEAL = tables.intentions("APPEAL")
_DEMAND = tables.intentions("DEMAND")
_THREATEN = tables.intentions("THREATEN")
_THREATEN_COERCE = tables.intentions("THREATEN", about="COERCE")


def about(code: Code, inner: Code | None, *, committed: bool = False) -> Code:
    """Refine an intention-type code by the event it embeds ("threatened to break ties").

    ``committed`` says the actor binds itself to the embedded act ("vowed to fight"), so a
    promise of harm becomes a threat; an agreement merely mentioning violence stays AGREE.
    """
    if inner is None:
        return code
    kind = code.type
    if kind == "AGREE" and inner.type in MATERIAL_CONFLICT:
        return about(Code("THREATEN", None, "130"), inner) if committed else code
    if kind == "AGREE":
        return _pick(code, _AGREE.get(inner.type), keep_mode=True)
    if kind == "REJECT":
        return _pick(code, _REJECT.get(inner.type))
    if kind == "REQUEST":
        table = _APPEAL if (code.cameo or "").startswith("02") else _DEMAND
        return _pick(code, table.get(inner.type) or ("change", code.cameo))
    if kind == "THREATEN":
        return _pick(code, _threat(inner))
    if kind == "MOBILIZE" and inner.type in COOPERATIVE:
        return about(Code("AGREE", None, "030"), inner)  # "prepared to withdraw"
    return code


def _threat(inner: Code) -> tuple[str | None, str] | None:
    if inner.type == "COERCE":
        return _THREATEN_COERCE.get(inner.mode or "", ("restrict", "137"))
    return _THREATEN.get(inner.type)


def _pick(
    code: Code, found: tuple[str | None, str | None] | None, *, keep_mode: bool = False
) -> Code:
    if found is None:
        return code
    mode, cameo = found
    return Code(code.type, code.mode if keep_mode else mode, cameo or code.cameo)


def as_intention(code: Code) -> Code:
    """A future act coded as PLOVER does: cooperation promised is AGREE, harm promised is
    THREATEN; verbal acts keep their type."""
    if code.type in COOPERATIVE and code.type != "AGREE":
        return about(Code("AGREE", None, "030"), code)
    if code.type in MATERIAL_CONFLICT:
        return about(Code("THREATEN", None, "130"), code)
    return code


def as_refusal(code: Code) -> Code:
    """ "Will not engage in talks": a refusal, REJECT with the mode of what is refused."""
    if code.type in ("REJECT", "THREATEN") or code.type in MATERIAL_CONFLICT:
        return code
    return about(Code("REJECT", None, "120"), code)
