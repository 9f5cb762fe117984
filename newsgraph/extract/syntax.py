"""Readings of the dependency parse that more than one stage needs.

Kept apart so that the statements and events stages share them without reaching into
each other's modules.
"""

from __future__ import annotations

from spacy.tokens import Token

CLAUSE_POS = frozenset({"VERB", "AUX"})
# Nominal subjects, active and passive; with clausal subjects ("What he said angered them").
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
ANY_SUBJECT_DEPS = SUBJECT_DEPS | {"csubj"}


def clause_of(token: Token) -> int:
    """Index of the verb heading the clause a token belongs to (the root, if none)."""
    while token.pos_ not in CLAUSE_POS and token.head.i != token.i:
        token = token.head
    return token.i


def addressed_by(verb: Token) -> Token | None:
    """The verb a participle cue continues when the parser hung it on that verb's "to"
    object: in "X has written to Y demanding …" (and "appealed to Y asking …") the cue is
    X's, addressed to Y, not Y's. Returns "written", or None."""
    hearer = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or hearer.dep_ != "pobj":
        return None
    prep = hearer.head
    if prep.lower_ != "to" or prep.head.pos_ != "VERB":
        return None
    return prep.head


def first_child(token: Token, deps: tuple[str, ...] | str) -> Token | None:
    """The first dependent of ``token`` attached by one of ``deps``."""
    wanted = (deps,) if isinstance(deps, str) else deps  # a bare "nsubj" is no substring test
    return next((c for c in token.children if c.dep_ in wanted), None)
