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
# Verbs whose "it" subject is usually empty ("it remains unclear", "it seems that").
_PLEONASTIC_VERBS = frozenset({"be", "remain", "seem", "appear", "become", "look", "matter"})
# A clause under such a verb or its complement is the real subject: "it is clear that …".
_CLAUSAL = frozenset({"ccomp", "xcomp", "csubj"})


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


def contentful(verb: Token) -> bool:
    """Whether "it" as the verb's subject can be an actor: not in "it remains unclear
    whether …" or "it was reported that …", where a clause is the real subject, nor in "the
    Democrats said it was misdirected"; yes in "Ford predicted that it would be profitable".
    ("they" is never empty, so it is not asked.)"""
    if verb.lemma_ in _PLEONASTIC_VERBS:
        complements = [c for c in verb.children if c.dep_ == "acomp"]
        if not complements or any(c.tag_ in ("VBN", "VBD") for c in complements):
            # "it was misdirected", "it remains", "it was a hard decision": no quality of
            # an actor
            return False
        return not any(c.dep_ in _CLAUSAL for t in [verb, *complements] for c in t.children)
    # A passive is pleonastic only with a clause after it ("it was reported that …"):
    # "Singapore Airlines says that it will be compensated" keeps its "it".
    passive = any(child.dep_ == "auxpass" for child in verb.children)
    return not (passive and any(c.dep_ in ("ccomp", "xcomp") for c in verb.children))


def counted_with_modifier(noun: Token) -> bool:
    """A singular noun read as one countable body: with a compound ("the air force", "a
    police force"), or with a modifier and an article or possessor that count it ("a
    paramilitary force", "Ivory Coast's tiny air force"); "reasonable force" and "used
    excessive force" are an amount of something."""
    children = list(noun.children)
    if any(c.dep_ == "compound" for c in children):
        return True
    counted = any(
        (c.dep_ == "det" and c.lower_ in ("a", "an")) or c.dep_ == "poss" for c in children
    )
    return counted and any(c.dep_ == "amod" for c in children)


def group_in_number(noun: Token, *, singular: bool, modified: bool) -> bool:
    """Whether a group noun names a group in the number it has here: a plural always; a
    singular when its singular names one too (``singular``: "the police") or, with
    ``modified``, when a modifier counts it (:func:`counted_with_modifier`: "the air
    force")."""
    if singular or noun.tag_ in ("NNS", "NNPS"):
        return True
    return modified and counted_with_modifier(noun)
