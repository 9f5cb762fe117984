"""General nouns that refer back to the act just told: "the move", "the decision", "this step".

Such a noun (``act_anaphor`` in ``event_words.tsv``) names no act of its own kind, so no
event-noun table codes it. With a definite or demonstrative determiner or a possessor ("the
move", "this step", "the court's ruling"), or hung on a clause as "in a move" or an
apposition ("… in a move his lawyers called inhumane", "…, a step Moscow called hostile"), it
is a further mention of an act told just before, when that act is the main act of the nearest
clause before it: the clause it hangs on, the clause its own is coordinated with or hangs
from, or else the last main clause of the previous sentence ("Russia expelled two diplomats.
The move drew criticism"). Any coded event further back, or an act we did not code there (a
business deal), gives nothing: the noun may point at that act instead.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from newsgraph.extract.events.arguments import EntityIndex
from newsgraph.extract.events.scope import SPEECH, TIME_LABELS, definite
from newsgraph.extract.events.triggers import trigger_span
from newsgraph.extract.syntax import CLAUSE_POS, clause_of
from newsgraph.lexicon import events as tables
from newsgraph.record import Event, Offsets
from newsgraph.record import Span as TextSpan

_ANAPHORS = tables.word_list("act_anaphor")
# Where the noun hangs on the clause of the act itself: "in a move", ", a move that …".
_ADJUNCT_DEPS = frozenset({"appos", "npadvmod"})
# Links by which a clause follows the clause it continues: "expelled them, and the move …",
# "expelled them, prompting criticism of the move".
_FOLLOWING_DEPS = frozenset({"conj", "advcl", "parataxis"})
# What may say what the noun is itself (an infinitive, a phrase, a kind); adjectives ("the
# latest move"), relative clauses ("a move that …"), a "by" phrase naming the doer and a
# time phrase leave it pointing back.
_OWN_CONTENT_DEPS = frozenset({"acl", "prep", "compound", "nmod"})
_DOER_PREPS = frozenset({"by"})
_MAX_DEPTH = 8
# What "the move" can refer to: a deed (material cooperation or conflict) or a refusal, which
# is a decision ("ruled out amending the law", "the court rejected the claim"); other verbal
# acts (a call, a promise, a criticism) are things said, which the noun seldom names.
_DEEDS = tables.in_quads(2, 4) | {"REJECT"}
_STANCES = tables.stance_verbs()  # "opposed the plan": a view, no refusal


def act_mentions(
    sent: Span, earlier: list[Event], index: EntityIndex
) -> Iterator[tuple[Token, Event]]:
    """The nouns in ``sent`` that refer back to an act among ``earlier`` (the events of the
    article so far, this sentence's included), each with that act."""
    doc = sent.doc
    taken = _trigger_tokens(earlier, sent)
    for noun in sent:
        if noun.i in taken or noun.pos_ not in ("NOUN", "PROPN"):
            continue
        if noun.lemma_.lower() not in _ANAPHORS or _own_content(noun, index):
            continue
        clause = _antecedent_clause(noun, doc)
        if clause is None:
            continue
        act = _act_at(clause, earlier)
        if act is not None and _deed(act, doc) and _same_doer(noun, act, index):
            yield noun, act


def _trigger_tokens(events: list[Event], sent: Span) -> set[int]:
    """The tokens of the sentence already inside an event's trigger."""
    out: set[int] = set()
    for event in events:
        if sent.start_char <= event.trigger.start < sent.end_char:
            span = trigger_span(event, sent.doc)
            out.update(t.i for t in span or ())
    return out


def _own_content(noun: Token, index: EntityIndex) -> bool:
    """The noun says what it is itself: an infinitive or a phrase ("the decision to leave",
    "measures against women", "the order of events"), or a kind ("security measures"); a
    named doer ("the EU move") and "by" phrases do not count."""
    for child in noun.children:
        if child.dep_ not in _OWN_CONTENT_DEPS:
            continue
        if child.dep_ == "acl" and not any(g.dep_ == "aux" for g in child.children):
            continue  # "a move that his lawyers called …", "the measures taken"
        if child.dep_ == "prep" and (child.lower_ in _DOER_PREPS or _time_phrase(child)):
            continue
        if child.dep_ in ("compound", "nmod") and child.i in index.by_token:
            continue
        return True
    return False


def _time_phrase(prep: Token) -> bool:
    """A phrase that only says when: "the order for a few months", "the move on Monday"."""
    return any(g.dep_ == "pobj" and g.ent_type_ in TIME_LABELS for g in prep.children)


def _antecedent_clause(noun: Token, doc: Doc) -> Token | None:
    """The clause whose main act the noun refers to, or None when it points at nothing."""
    if _adjunct(noun):
        return doc[clause_of(noun)]
    if not (definite(noun) or any(c.dep_ == "poss" for c in noun.children)):
        return None
    node = doc[clause_of(noun)]
    for _ in range(_MAX_DEPTH):
        head = node.head
        if head.i == node.i:
            break
        if node.dep_ in _FOLLOWING_DEPS and head.i < node.i and head.pos_ in CLAUSE_POS:
            return head
        node = head
    sent = noun.sent
    if sent.start == 0:
        return None
    return _last_main_clause(doc[sent.start - 1].sent)


def _adjunct(noun: Token) -> bool:
    """ "in a move", "…, a step that": the noun hangs on the act's own clause."""
    if noun.dep_ in _ADJUNCT_DEPS:
        return any(c.dep_ == "det" for c in noun.children)  # "…, a move that"
    return noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.pos_ in CLAUSE_POS


def _last_main_clause(sent: Span) -> Token:
    """The last of the sentence's main clauses: its root, or the last verb coordinated with
    it ("expelled two diplomats and closed a consulate")."""
    clause = sent.root
    while True:
        nxt = [c for c in clause.children if c.dep_ == "conj" and c.pos_ in CLAUSE_POS]
        if not nxt:
            return clause
        clause = nxt[-1]


def _act_at(clause: Token, events: list[Event]) -> Event | None:
    """The event told by the clause's head, or, under a reporting verb that is no event
    itself, by its complement ("Russia expelled two diplomats, the ministry said")."""
    for _ in range(_MAX_DEPTH):
        found = [e for e in events if _holds(e, clause)]
        if found:
            return found[-1]
        if clause.lemma_.lower() not in SPEECH:
            return None
        told = [c for c in clause.children if c.dep_ == "ccomp"]
        if not told:
            return None
        clause = told[0]
    return None


def _holds(event: Event, token: Token) -> bool:
    """The event's trigger covers the token."""
    return event.trigger.start <= token.idx < event.trigger.end


def _deed(act: Event, doc: Doc) -> bool:
    """An act done, not a view or a plan: of a deed's type (``_DEEDS``), not told by a verb of
    stance, and told as done."""
    if act.type not in _DEEDS or act.polarity != "asserted":
        return False
    span = trigger_span(act, doc)
    return span is None or span.root.lemma_.lower() not in _STANCES


def _same_doer(noun: Token, act: Event, index: EntityIndex) -> bool:
    """A possessor or a named modifier the noun has is a doer of the act ("Germany's
    decision" is not a mention of France's act); a noun naming none passes."""
    for child in noun.children:
        if child.dep_ not in ("poss", "compound", "nmod"):
            continue
        owner = index.by_token.get(child.i)
        if owner is not None and act.actors and owner not in act.actors:
            return False
    return True


def mention_of(noun: Token, act: Event, event_id: str, attributed_to: str | None) -> Event:
    """The noun as a mention of the act: its type, mode, sides, date, place and polarity."""
    sent = noun.sent
    return act.model_copy(
        update={
            "id": event_id,
            "trigger": TextSpan(start=noun.idx, end=noun.idx + len(noun.text), text=noun.text),
            "sentence": Offsets(start=sent.start_char, end=sent.end_char),
            "attributed_to": attributed_to,
            "confidence": round(max(act.confidence - 0.2, 0.05), 2),
        }
    )
