"""Final PLOVER/CAMEO coding of a candidate once its mood is known.

PLOVER codes intentions, refusals and demands by what they are about: "agreed to meet" is
AGREE with CAMEO 036, "will not engage in talks" is REJECT mode meet (CAMEO 125), "will
withdraw its troops" is a future cooperative act and so AGREE, "would blockade Paris" a
future conflictual act and so THREATEN. These tables say which mode and CAMEO code each
pairing of an intention with the event it is about gets.
"""

from __future__ import annotations

from newsgraph.lexicon.events import Code

COOPERATIVE = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"})
MATERIAL_CONFLICT = frozenset({"PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"})

# (intention type, type of the event it is about) -> (mode, CAMEO code)
_AGREE = {
    "CONSULT": (None, "036"),
    "AID": (None, "033"),
    "COOPERATE": (None, "031"),
    "RETREAT": (None, "035"),
    "CONCEDE": (None, "035"),
    "SUPPORT": (None, "032"),
}
_REJECT = {
    "CONSULT": ("meet", "125"),
    "AID": ("assist", "122"),
    "COOPERATE": ("assist", "121"),
    "RETREAT": ("yield", "124"),
    "CONCEDE": ("yield", "124"),
    "AGREE": ("change", "127"),
}
_APPEAL = {
    "CONSULT": ("meet", "026"),
    "AID": ("assist", "023"),
    "COOPERATE": ("assist", "021"),
    "RETREAT": ("yield", "025"),
    "CONCEDE": ("yield", "025"),
}
_DEMAND = {
    "CONSULT": ("meet", "108"),
    "AID": ("assist", "103"),
    "COOPERATE": ("assist", "103"),
    "RETREAT": ("yield", "106"),
    "CONCEDE": ("yield", "104"),
}
_THREATEN = {
    "SANCTION": ("relations", "131"),
    "PROTEST": ("restrict", "133"),
    "MOBILIZE": ("violence", "138"),
    "ASSAULT": ("violence", "138"),
}
_THREATEN_COERCE = {
    "arrest": ("arrest", "137"),
    "seize": ("territory", "1382"),
    "ban": ("restrict", "132"),
    "curfew": ("restrict", "1323"),
    "martial-law": ("restrict", "1324"),
}


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
