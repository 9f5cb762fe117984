"""Trigger finding: verbs (+ particles, + objects), support verbs and event nouns.

One array pass over the doc (:class:`TriggerWords`) picks the verbs, the nouns whose lemma
can name an event and the modals; only those are looked up in dictionaries built once
(:mod:`.tables`). Candidates are then folded together by the dependency tree: a support
verb takes the type of its object ("launched an offensive"), and a verb that embeds another
event ("agreed to cooperate", "rejected an appeal for troops") absorbs it, so the sentence
yields the event PLOVER codes rather than every word that could name one.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from spacy.attrs import DEP, HEAD, LEMMA, LOWER, POS, TAG
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import Doc, Span, Token

from newsgraph.extract.events.scope import (
    DENIALS,
    SPEECH,
    TIME_LABELS,
    imputed_doer,
    people_noun,
    stands,
)
from newsgraph.extract.nlp import hashes, string_id
from newsgraph.lexicon import events as tables
from newsgraph.lexicon.events import Code
from newsgraph.record import Event

_VERB_POS = frozenset({"VERB", "ADJ"})
# A word used as an adjective or a noun ("the wounded") is no trigger; neither is one used
# as a preposition ("given", "following"). A past participle before its noun is, when it
# names a material act done to it ("the jailed publisher", "banned books": scope.stands).
_NON_VERBAL_DEPS = frozenset({"amod", "compound", "dobj", "nsubj", "nsubjpass", "pobj", "prep"})
_NOUN_POS = frozenset({"NOUN", "PROPN"})
_OBJ_DEPS = frozenset({"dobj", "nsubjpass", "attr", "oprd", "dative", "acomp"})
# A support verb finds its event among these dependents ("held talks", "engaged in talks").
_COMPLEMENT_DEPS = frozenset({"dobj", "xcomp", "nsubjpass", "attr", "pobj", "pcomp"})
# Edges along which an event can sit inside another event's complement.
_PATH_EDGES = tables.word_list("path_edge")
# Prepositions that open a time or circumstance adjunct, not a complement: an event after
# "after", "since" or "despite" is background, never folded into the verb it hangs from.
TEMPORAL_PREPS = tables.word_list("temporal_prep")
# Types whose complement is part of the event itself ("threatened to break relations").
EMBEDDING = tables.with_trait("embeds")
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
# Acts about another event that leave it an event of its own ("discussed the invasion").
_TELLING = (EMBEDDING - {"REJECT", "MOBILIZE"}) | {"CONSULT"}
# Material cooperation and conflict: deeds, not words.
_MATERIAL = tables.in_quads(2, 4)
_PERSONAL = frozenset({"he", "she", "they", "him", "her", "them", "who", "whom", "we", "us"})
_PEOPLE_LABELS = frozenset({"PERSON", "NORP", "ORG"})
_CONFLICT_DEEDS = tables.in_quads(4)  # deeds a court tries: "a kidnapping case"
_CASES = tables.state_cases()  # court proceedings: "trial", "charges", "case"
_CASE_MARKS = tables.word_list("case_mark")  # "a corruption case": a court case
_OFFENCES = tables.word_list("offence")  # "a murder case"
_MUST = frozenset({"must", "should", "ought"})
# Auxiliaries that make a "that"-clause a commitment: "agreed that they would cooperate".
_COMMISSIVE = frozenset({"should", "would", "will", "shall", "must"})
# "declined to comment", "refused to provide any details": no-comment statements, not events.
_COMMENT_WORDS = tables.word_list("comment_word")
# "a bailout package", "arrest warrants": the head frames the event its compound names.
_FRAME_HEADS = tables.word_list("frame_head")
# "called the ruling arbitrary", "described the ban as illegal": a judgement that accuses.
_LABELLING = tables.word_list("labelling")


def _by_first_word(phrases: frozenset[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Phrases as word tuples keyed by their first word, so that a sentence is read once
    rather than once per phrase."""
    out: dict[str, tuple[tuple[str, ...], ...]] = {}
    for phrase in sorted(phrases):
        words = tuple(phrase.split())
        out[words[0]] = (*out.get(words[0], ()), words)
    return out


# fixed expressions whose event word names no event: "as opposed to", "a state of denial"
_SET_PHRASES = _by_first_word(tables.word_list("set_phrase"))
_MEANS_VERBS = frozenset({"use", "employ"})  # "used tear gas to disperse …": one act
_CONDEMNING = tables.word_list("condemning")
_LABEL_DEPS = frozenset({"oprd", "acomp", "attr", "ccomp"})
_ACCUSE = Code("ACCUSE", "disapprove", "111")
_DENY = Code("REJECT", None, "120")
_CLAIMS = tables.word_list("claim")
_STATE_VERBS = tables.word_list("state_verb")  # "Y should be careful": no act demanded
_UNDOING = tables.word_list("undoing")
_POINTING_DETS = frozenset({"the", "this", "that", "these", "those", "all"})
# Names of people, bodies, places, works and laws: a word in them names no event ("actor
# Hugh Grant", "the band Snow Patrol", "the film Hide and Seek").
_NAME_LABELS = frozenset({"PERSON", "ORG", "FAC", "WORK_OF_ART", "LAW", "PRODUCT"})
_MAX_PATH = 6
# The sets above as ids, to read doc.to_array columns.
_VERB_POS_IDS = [POS_IDS[p] for p in _VERB_POS]
_NOUN_POS_IDS = [POS_IDS[p] for p in _NOUN_POS]
_NON_VERBAL_IDS = hashes(_NON_VERBAL_DEPS)
_MUST_IDS = hashes(_MUST)
_AUX_ID = string_id("aux")
_AMOD_ID = string_id("amod")
_CONJ_ID = string_id("conj")
_VBN_ID = string_id("VBN")
_JJ_ID = string_id("JJ")
_ADJ_ID = POS_IDS["ADJ"]
_ADVMOD_ID = string_id("advmod")  # an adjective used as an adverb is no predicate


@dataclass
class Candidate:
    """A trigger before arguments are attached.

    ``core`` is the word that names the event, ``anchor`` the clause head whose subject,
    objects and auxiliaries describe it (a support verb, or ``core`` itself).
    """

    core: Token
    anchor: Token
    code: Code
    tokens: list[Token]
    kind: str  # "verb" | "noun" | "demand"
    absorbed: list[Candidate] = field(default_factory=list)
    speaker: Token | None = None  # for demands reported as "X said Y must …"
    swallowed: bool = False
    needs_event: bool = False  # only an event if it absorbs one ("failed to agree")
    anaphoric: bool = False  # a definite noun that only refers back: "the attack"
    bare: bool = False  # a conflict noun with nothing of its own: "deadly violence"
    within: Candidate | None = None  # the act whose complement this one is

    @property
    def start(self) -> int:
        return min(t.idx for t in self.tokens)

    @property
    def end(self) -> int:
        return max(t.idx + len(t.text) for t in self.tokens)


@dataclass
class TriggerWords:
    """The tokens of a doc that may start a candidate, sorted into verbs, nouns and modals
    by one pass over ``doc.to_array`` columns (the events stage reads every sentence)."""

    verbs: np.ndarray
    nouns: np.ndarray
    modals: np.ndarray

    @classmethod
    def of(cls, doc: Doc) -> TriggerWords:
        """Sort ``doc``'s tokens. A noun counts only if its lemma can head an event noun."""
        if not len(doc):
            empty = np.zeros(0, dtype=np.int64)
            return cls(empty, empty, empty)
        table = doc.to_array([POS, DEP, LOWER, LEMMA, TAG, HEAD])
        pos, dep = table[:, 0], table[:, 1]
        participle = (dep == _AMOD_ID) & _participles(doc, table[:, 4])  # "jailed publisher"
        verb = np.isin(pos, _VERB_POS_IDS) & (~_NON_VERBAL_IDS.contain(dep) | participle)
        verb &= ~((pos == _ADJ_ID) & (dep == _ADVMOD_ID))  # "close to the border", "back tax"
        verb &= ~_modifier_conjuncts(table[:, 5], pos, dep)  # "a wider and mass audience"
        noun = ~verb & np.isin(pos, _NOUN_POS_IDS)
        modal = ~verb & ~noun & (dep == _AUX_ID) & _MUST_IDS.contain(table[:, 2])
        noun &= _event_lemmas(doc, table[:, 3])
        return cls(np.flatnonzero(verb), np.flatnonzero(noun), np.flatnonzero(modal))

    def within(self, sent: Span) -> tuple[list[int], list[int], list[int]]:
        """Indices of the verbs, nouns and modals inside ``sent``."""
        return tuple(  # type: ignore[return-value]
            found[np.searchsorted(found, sent.start) : np.searchsorted(found, sent.end)].tolist()
            for found in (self.verbs, self.nouns, self.modals)
        )


def _modifier_conjuncts(head: np.ndarray, pos: np.ndarray, dep: np.ndarray) -> np.ndarray:
    """Mask of adjectives joined to an adjective before a noun ("a wider and mass
    audience", "free and fair elections"): modifiers like it, no predicate. ``head`` holds
    each token's head as an offset (``doc.to_array`` of HEAD)."""
    heads = np.arange(len(head)) + head.astype(np.int64)
    return (pos == _ADJ_ID) & (dep == _CONJ_ID) & (pos[heads] == _ADJ_ID) & (dep[heads] == _AMOD_ID)


def _participles(doc: Doc, tags: np.ndarray) -> np.ndarray:
    """Mask of past participles, including those the tagger calls adjectives ("jailed")."""
    out = tags == _VBN_ID
    for i in np.flatnonzero(tags == _JJ_ID).tolist():
        out[i] = is_participle(doc[i])
    return out


def is_participle(token: Token) -> bool:
    """A past participle, or an adjective formed from one ("the jailed publisher")."""
    return token.tag_ == "VBN" or (token.tag_ == "JJ" and token.lower_.endswith("ed"))


def _event_lemmas(doc: Doc, lemmas: np.ndarray) -> np.ndarray:
    """Mask of the tokens whose lower-cased lemma is a word of some event-noun entry (its
    head: the first word of "call for", the last of "phone call")."""
    heads = tables.noun_heads()
    strings = doc.vocab.strings
    ids = np.unique(lemmas)
    known = [strings[i].lower() in heads for i in ids.tolist()]
    return np.isin(lemmas, ids[known])


def sentence_candidates(sent: Span, words: TriggerWords) -> list[Candidate]:
    """The event candidates of one sentence, complements folded in, in text order.
    ``words`` is :meth:`TriggerWords.of` the sentence's doc, sorted once per doc."""
    doc = sent.doc
    verb_at, noun_at, modal_at = words.within(sent)
    verbs = [doc[i] for i in verb_at]
    nouns = [doc[i] for i in noun_at]
    modals = [doc[i] for i in modal_at]
    found: dict[int, Candidate] = {}
    supports: list[Token] = []
    consumed: set[int] = _set_phrase_tokens(sent)
    for token in verbs:
        if token.i not in consumed:
            _match_verb(token, found, supports, consumed)
    for token in nouns:
        if token.i not in consumed:
            cand = _match_noun(token, sent)
            if cand is not None:
                found[cand.core.i] = cand  # its frame's index for "a bailout package"
    for verb in supports:
        _merge_support(verb, found)
    for modal in modals:
        _add_demand(modal, found)
    _absorb(found)
    kept = {id(c): c for c in found.values() if (not c.swallowed or _told(c)) and stands(c)}
    return sorted(kept.values(), key=lambda c: c.start)


def _set_phrase_tokens(sent: Span) -> set[int]:
    """The tokens of the sentence's fixed expressions whose event word names no event
    (``set_phrase`` in ``event_words.tsv``: "as opposed to", "a state of denial", "talking
    the talk"); each word of a phrase matches a token's form or lemma."""
    out: set[int] = set()
    tokens = list(sent)
    forms = [{t.lower_, t.lemma_.lower()} for t in tokens]
    for i, first in enumerate(forms):
        phrases = [p for form in first for p in _SET_PHRASES.get(form, ())]
        for phrase in phrases:
            size = len(phrase)
            if i + size <= len(tokens) and all(
                word in forms[i + k] for k, word in enumerate(phrase)
            ):
                out.update(t.i for t in tokens[i : i + size])
    return out


def _told(cand: Candidate) -> bool:
    """An event noun that a verbal act is about is a mention of its own ("condemned the
    attack", "called for Lai's release"), except what is refused ("refused talks" is one
    refusal). Under a material act it is that act's frame: "killed in the attack"."""
    within = cand.within
    if within is None:
        return False
    if within.code.type == "REJECT" and within.core.lemma_.lower() in DENIALS:
        return True  # "denied that its forces had attacked civilians": told, as not done
    if cand.kind != "noun":
        return _imputed_deed(cand, within)
    if undone_mention(cand.core):
        return True  # "dropped the charges", "lifted the ban": they exist, acts of their own
    if cand.code.type in _MATERIAL and imputed_doer(cand.core) is not None:
        return True  # "pleaded guilty to attempted murder": the deed, told as the pleader's
    if cand.code.type == "ACCUSE" and cand.core.lemma_.lower() in _CASES and not lacked(cand.core):
        return True  # "convicted in an ongoing trial", "jailed on fraud charges": the case
    # what is rejected did not happen, unless it is an accusation: "rejected the charges"
    return within.code.type in _TELLING or (
        within.code.type == "REJECT" and cand.code.type in ("ACCUSE", "REQUEST")
    )


def _imputed_deed(cand: Candidate, within: Candidate) -> bool:
    """A material deed an accusation imputes to someone is a mention of its own, as the
    bombing of "stand accused of the bombing" is: "France was accused of aiding rebels",
    "accused of planning to kidnap her", "charged with killing a guard". What is imputed
    in words ("accused of lying", "charged with inciting") stays inside the accusation."""
    if within.code.type != "ACCUSE" or cand.code.type not in _MATERIAL:
        return False
    deed = cand.anchor
    while deed.dep_ == "xcomp" and deed.head.i != deed.i:
        deed = deed.head  # "of planning to kidnap her": the plan's object is the deed
    return imputed_doer(deed) is not None


def is_infinitive(token: Token) -> bool:
    """A "to" infinitive ("threatens to reignite")."""
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in token.children)


def _object_names(token: Token) -> list[str]:
    """An object's lemma, its compound form ("peacekeeping force"), ``@state`` for a country
    or a place named ("Turkey") and, for "a mission of observers", the lemma of its "of"
    complement."""
    lemma = token.lemma_.lower()
    names = [lemma, tables.STATE] if token.ent_type_ == "GPE" else [lemma]
    names += [f"{c.lower_} {lemma}" for c in token.children if c.dep_ in ("compound", "amod")]
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            names += [g.lemma_.lower() for g in prep.children if g.dep_ == "pobj"]
    return names


def _people(token: Token) -> bool:
    """A word for people: a personal pronoun, a person, people or body named, or a noun of
    people ("the defendants", "him", "Karimi")."""
    if token.pos_ == "PRON":
        return token.lower_ in _PERSONAL
    return token.ent_type_ in _PEOPLE_LABELS or people_noun(token)


def _verb_context(verb: Token) -> tuple[set[str], dict[str, Token], bool]:
    prts: set[str] = set()
    objs: dict[str, Token] = {}
    has_xcomp = False
    for child in verb.children:
        dep = child.dep_
        if dep in ("prt", "prep", "agent"):
            if child.i > verb.i:  # a fronted "For the Liberal Democrats, X called …" is no particle
                prts.add(child.lower_)
            for grand in child.children:
                if grand.dep_ == "pobj":
                    for name in _object_names(grand):
                        objs.setdefault(name, grand)
        elif dep in _OBJ_DEPS:
            for name in _object_names(child):
                objs.setdefault(name, child)
            if _people(child):
                objs.setdefault(tables.PEOPLE, child)  # "tried him", "they were tried"
        elif (dep == "xcomp" and _controlled(child)) or (dep == "advcl" and is_infinitive(child)):
            has_xcomp = True  # "sworn to fight" is often parsed as a purpose clause
            if _for_clause(child, verb):
                prts.add("for")  # "called for the charges to be dropped"
        elif (
            dep == "ccomp"
            and verb.lemma_.lower() not in SPEECH  # "told MPs that troops would leave": news
            and any(c.dep_ == "aux" and c.lower_ in _COMMISSIVE for c in child.children)
        ):
            has_xcomp = True  # "agreed that their countries should cooperate"
    if has_xcomp:
        objs.pop(tables.PEOPLE, None)  # "we will try to reach them": an attempt, no one tried
    return prts, objs, has_xcomp


def _controlled(clause: Token) -> bool:
    """A complement whose doer is the verb's subject or object ("agreed to talk", "told
    them to leave"), not a finite clause with a subject of its own that the parser hung as
    one ('told MPs: "we will support a change"').
    """
    return is_infinitive(clause) or not any(c.dep_ == "nsubj" for c in clause.children)


def _for_clause(clause: Token, verb: Token) -> bool:
    """A "for … to" infinitive right after the verb, whose "for" the parser hangs on the
    clause: "called for the charges to be dropped", "pushed for troops to leave"."""
    return any(
        c.dep_ == "mark" and c.lower_ == "for" and c.i == verb.i + 1 for c in clause.children
    )


def _raising(verb: Token) -> bool:
    """ "What promises to be a huge match", "threatens to become a crisis": no act."""
    return any(c.dep_ == "xcomp" and c.lemma_ in ("be", "become") for c in verb.children)


def _verb_rows(verb: Token) -> tuple[tables.VerbRow, ...]:
    """The lexicon rows of a verb; when the lemmatizer slips ("staged" -> "stag") the
    inflected form is stripped by hand."""
    table = tables.verbs()
    rows = table.get(verb.lemma_.lower())
    if rows:
        return rows
    form = verb.lower_
    stems = [form]
    if form.endswith("ed"):
        stems += [form[:-1], form[:-2]]  # staged, attacked
    elif form.endswith("ing"):
        stems += [form[:-3], form[:-3] + "e"]  # attacking, staging
    elif form.endswith("s"):
        stems.append(form[:-1])
    for stem in stems:
        if stem in table:
            return table[stem]
    return ()


def _match_verb(
    verb: Token, found: dict[int, Candidate], supports: list[Token], consumed: set[int]
) -> None:
    label = _condemning_label(verb) if verb.lemma_.lower() in _LABELLING else None
    if label is not None:
        code = _DENY if _labelled(verb, label) & _CLAIMS else _ACCUSE
        found[verb.i] = Candidate(verb, verb, code, [verb], "verb")
        return
    if verb.ent_type_ in _NAME_LABELS:
        return  # a word of a name or title: "the film Hide and Seek", "Stop the War Coalition"
    rows = _verb_rows(verb)
    if not rows or _raising(verb):
        return
    prts, objs, has_xcomp = _verb_context(verb)
    particles = {c.lower_ for c in verb.children if c.dep_ == "prt"}
    # a particle the verb has makes another verb ("called off a strike" is no call for one):
    # its rows go first (a stable sort keeps the lexicon's most-specific-first order)
    rows = sorted(rows, key=lambda row: not row.prts & particles)
    for row in rows:
        if row.prts and not row.prts & prts:
            continue
        if row.objs and not row.objs & objs.keys():
            continue
        if row.needs_xcomp and not has_xcomp:
            continue
        if row.code.type == tables.NONE:
            consumed.update(objs[name].i for name in row.objs & objs.keys())  # "took charge"
            return
        if row.code.type == "REJECT" and _no_comment(verb):
            consumed.update(c.i for c in verb.children if c.dep_ == "xcomp")
            return
        if row.code.type == "REQUEST" and _no_comment(verb):
            return  # "an email requesting comment": the reporter's request, no event
        if row.code.type == tables.SUPPORT:
            supports.append(verb)
            if row.objs:  # "ordered patrols": the listed objects are read as events
                continue
            return
        tokens = [verb, *(c for c in verb.children if c.dep_ == "prt")]
        for name in row.objs & objs.keys() - {tables.PEOPLE}:  # "tried him": the verb only
            if objs[name].lemma_.lower() in tables.nouns() and undone_mention(objs[name]):
                continue  # "dropped the charges": the charges are an act of their own
            if objs[name] not in tokens:
                tokens.append(objs[name])
            consumed.add(objs[name].i)
        found[verb.i] = Candidate(verb, verb, row.code, tokens, "verb")
        found[verb.i].needs_event = row.needs_event
        return


def _condemning_label(verb: Token) -> Token | None:
    """A labelling verb whose predicative word condemns its object: "called the ruling
    arbitrary", "described the embargo as illegal", "branded the vote a sham". Words of the
    object itself ("called the illegal settlers to a meeting") and of a clause below it
    ("called a meeting to discuss illegal fishing") say no judgement."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    for label in _labels(verb, objects[1:]):
        for word in label.subtree:
            if _condemning(word) and _plain_path(word, label):
                return label
    return None


def _labelled(verb: Token, label: Token) -> set[str]:
    """The lemmas of what a labelling verb judges: its object, its passive subject or the
    noun its relative clause hangs on ("the allegations, which it called baseless"); failing
    those, the nouns the parser glued onto the label ("called the allegations groundless"
    read as one phrase)."""
    for child in verb.children:
        if child.dep_ in ("dobj", "nsubjpass"):
            return {child.lemma_.lower()}
    if verb.dep_ == "relcl":
        return {verb.head.lemma_.lower()}
    return {w.lemma_.lower() for w in label.subtree if w.i < label.i and w.pos_ == "NOUN"}


def _labels(verb: Token, second: list[Token]) -> list[Token]:
    """The predicative words of a labelling verb: its predicate ("arbitrary"), a second
    object ("a sham"), what follows its "as" ("as illegal", "as racially motivated"), and
    a predicate the parser hung on a clause inside the object ("called the move to tax
    spirits disappointing") or on the object itself ("called the charges politically
    motivated")."""
    out = list(second)
    for child in verb.children:
        if child.dep_ in _LABEL_DEPS or _as_clause(child):
            out.append(child)
        elif child.dep_ == "prep" and child.lower_ == "as":
            out += list(child.children)
        elif child.dep_ in ("advcl", "xcomp"):
            out += [g for g in child.children if g.dep_ == "oprd"]
        elif child.dep_ == "dobj" and child not in second:
            out += [g for g in child.children if g.dep_ == "acl" and g.pos_ == "ADJ"]
    return out


def _as_clause(child: Token) -> bool:
    """A clause opened by "as" ("as racially motivated"), its "as" a marker or an adverb."""
    return child.dep_ == "advcl" and any(
        g.dep_ in ("mark", "advmod") and g.lower_ == "as" for g in child.children
    )


def _condemning(word: Token) -> bool:
    """A condemning word, alone or with its adverb ("politically motivated")."""
    if word.lemma_.lower() in _CONDEMNING or word.lower_ in _CONDEMNING:
        return True
    return any(
        f"{c.lower_} {word.lower_}" in _CONDEMNING for c in word.children if c.dep_ == "advmod"
    )


def _plain_path(word: Token, label: Token) -> bool:
    """No verb between ``word`` and the predicate it belongs to."""
    while word.i != label.i:
        word = word.head
        if word.i != label.i and word.pos_ in ("VERB", "AUX"):
            return False
    return True


def _comment(prep: Token) -> bool:
    return any(g.dep_ == "pobj" and g.lemma_.lower() in _COMMENT_WORDS for g in prep.children)


def trigger_span(event: Event, doc: Doc) -> Span | None:
    """The tokens of an event's trigger."""
    return doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")


def undone(noun: Token) -> bool:
    """An event noun that is the object of a verb undoing it ("drop the charges", "back off
    the threats"): it exists, whether or not the undoing happens."""
    if noun.dep_ not in ("dobj", "nsubjpass"):
        return False
    verb = noun.head
    lemma = verb.lemma_.lower()
    phrasal = {f"{lemma} {c.lower_}" for c in verb.children if c.dep_ in ("prt", "prep")}
    return lemma in _UNDOING or bool(phrasal & _UNDOING)


def undone_mention(noun: Token) -> bool:
    """An undone event noun (:func:`undone`) that points at one act ("dropped the charges
    against him", "overturned his conviction", "drop all charges"): a mention of that act
    of its own. An indefinite or bare one ("lifted a night curfew", "ease restrictions")
    names what the undoing undoes, one act phrase with it."""
    return undone(noun) and any(
        c.dep_ == "poss" or (c.dep_ in ("det", "predet") and c.lower_ in _POINTING_DETS)
        for c in noun.children
    )


def _no_comment(verb: Token) -> bool:
    """ "Declined to provide any comments" refuses a comment, not a political act."""
    for child in verb.children:
        if child.dep_ in ("xcomp", "dobj") and child.lemma_.lower() in _COMMENT_WORDS:
            return True
        if child.dep_ == "xcomp" and any(
            g.dep_ == "dobj" and g.lemma_.lower() in _COMMENT_WORDS for g in child.children
        ):
            return True
    return False


def _match_noun(noun: Token, sent: Span) -> Candidate | None:
    if noun.ent_type_ in TIME_LABELS:
        return None  # "on 19 March", "the March 2005 budget"
    if noun.ent_type_ in _NAME_LABELS:
        return None  # "Government of National Accord", "Working Group on Arbitrary Detention"
    if any(c.dep_ == "prep" and c.lower_ == "for" and _comment(c) for c in noun.children):
        return None  # "a request for comment"
    table = tables.nouns()
    lemma = noun.lemma_.lower()
    tokens = [noun]
    code = None
    left = noun.nbor(-1) if noun.i > sent.start else None
    if left is not None and left.dep_ in ("compound", "amod") and left.head == noun:
        code = table.get(f"{left.lower_} {lemma}")
        if code is not None:
            tokens.append(left)
    elif left is not None and left.dep_ == "prep" and noun.head == left:
        code = table.get(f"{left.lower_} {lemma}")  # a set phrase: "in charge of planning"
    if code is None and noun.i + 2 < sent.end and noun.nbor(1).lower_ == "of":
        code = table.get(f"{lemma} of {noun.nbor(2).lower_}")
        if code is not None:
            tokens += [noun.nbor(1), noun.nbor(2)]
    if code is None:
        preps = [c.lower_ for c in noun.children if c.dep_ == "prep"]
        code = next((table[f"{lemma} {p}"] for p in preps if f"{lemma} {p}" in table), None)
    if code is None and _asks_to(noun):
        code = table.get(f"{lemma} {tables.XCOMP}")  # "its call to the authorities to act"
    if code is None and _court_case(noun):
        code = table.get(f"{lemma} {tables.COURT}")  # "a money-laundering case"
    if code is None:
        code = table.get(lemma)
    if code is None:
        return _nominal_object(noun)
    frame = noun.head
    if noun.dep_ == "compound" and frame.lemma_.lower() in _FRAME_HEADS and frame.i > noun.i:
        return Candidate(frame, frame, code, [noun, frame], "noun")  # "a bailout package"
    return Candidate(noun, noun, code, tokens, "noun")


def lacked(noun: Token) -> bool:
    """A noun after "without" ("detention without charge or trial"): what did not happen."""
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    return noun.dep_ == "pobj" and noun.head.lower_ == "without"


def _court_case(noun: Token) -> bool:
    """A noun marked as a court case (``case_mark``): by its court, its law or the offence
    charged ("a criminal case", "a money-laundering case"), by an act or offence named
    before it ("a kidnapping case") or by a side it is against ("the case against him")."""
    preps = {c.lower_ for c in noun.children if c.dep_ == "prep"}
    if "against" in preps:
        return True
    if "for" in preps:
        return False  # "the case for war": an argument
    if noun.tag_ == "NNS" and not any(c.dep_ in ("det", "poss") for c in noun.children):
        return False  # "in murder cases", "civil cases": cases in general
    for child in noun.children:
        if child.dep_ not in ("compound", "amod", "nmod") or child.i > noun.i:
            continue
        words = {child.lower_, child.lemma_.lower()}
        if words & _CASE_MARKS or child.lemma_.lower() in _OFFENCES:
            return True
        code = tables.nouns().get(child.lemma_.lower())
        if code is not None and code.type in _CONFLICT_DEEDS:
            return True
    return False


def _asks_to(noun: Token) -> bool:
    """The noun asks someone to act: an infinitive on it, or on the verb it is the object of
    right after it, with a "to"/"on" phrase or a "for" subject naming who is to act ("renewed
    its call to the authorities to drop the charges", "a call for troops to leave"); "took a
    call to discuss it" asks no one."""
    clauses = [c for c in noun.children if c.dep_ in ("acl", "advcl", "relcl")]
    if noun.dep_ == "dobj":
        clauses += [c for c in noun.head.children if c.dep_ == "advcl" and c.i > noun.i]
    if noun.dep_ == "nsubj" and noun.head.i > noun.i:
        clauses.append(noun.head)  # parsed as the infinitive's subject
    addressed = any(c.dep_ == "prep" and c.lower_ in ("to", "on", "upon") for c in noun.children)
    return any(
        is_infinitive(c) and (addressed or any(g.dep_ == "nsubj" for g in c.children))
        for c in clauses
    )


def _nominal_object(noun: Token) -> Candidate | None:
    """The noun of a verb that names an event with a listed object, with that object after
    "of": "the activation of a standby force" (activate + force), "the imposition of
    tariffs" (impose + tariff); "the activation of the software" is none."""
    verb = tables.object_nominalizations().get(noun.lemma_.lower())
    if verb is None:
        return None
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            names = set(_object_names(obj))
            for row in tables.verbs()[verb]:
                if row.prts or not row.objs & names:
                    continue
                if row.code.type in (tables.SUPPORT, tables.NONE):
                    return None
                return Candidate(noun, noun, row.code, [noun, prep, obj], "noun")
    return None


def _merge_support(verb: Token, found: dict[int, Candidate]) -> None:
    """Fold "held" + "talks" into one candidate anchored on the verb; failing a complement,
    the event is its subject ("talks began", "the attack took place")."""
    direct: list[Token] = []
    prepositional: list[Token] = []
    for child in verb.children:
        if child.dep_ == "agent" or child.lower_ == "by":
            continue  # "pickets were held by striking workers": the agent, not the event
        if child.dep_ in ("prep", "prt"):
            prepositional += [g for g in child.children if g.dep_ in ("pobj", "pcomp")]
        elif child.dep_ in _COMPLEMENT_DEPS:
            direct.append(child)
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    for target in direct + subjects + prepositional:
        cand = found.get(target.i)
        if cand is None or cand.anchor.i != cand.core.i:
            continue
        cand.anchor = verb
        cand.tokens.append(verb)
        cand.kind = "verb"
        found[verb.i] = cand
        return


def _speech_head(token: Token) -> Token | None:
    """The reporting verb whose complement clause this verb heads, if any."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    head = token.head
    if token.dep_ == "ccomp" and head.lemma_.lower() in SPEECH:
        return head
    return None


def _add_demand(modal: Token, found: dict[int, Candidate]) -> None:
    """ "X said Y must do Z" is X demanding Z of Y (PLOVER REQUEST)."""
    token = modal.head
    speech = _speech_head(token) if token.pos_ in ("VERB", "AUX") else None
    if speech is None or _perfect(token):
        return  # "must have given the orders" infers a past act; it demands nothing
    inner = found.get(token.i)
    if inner is None and (token.lemma_.lower() in _STATE_VERBS or _passive(token)):
        return  # "Y should be careful", "Y should be entitled to …": no act of Y's asked for
    code = Code("REQUEST", None, "100")
    demand = Candidate(token, token, code, [modal, token], "demand", speaker=speech)
    if inner is not None:
        demand.absorbed.append(inner)
        demand.tokens = sorted({*inner.tokens, modal, token}, key=lambda t: t.i)
        inner.swallowed = True
    found[token.i] = demand


def _passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def _perfect(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def _absorb(found: dict[int, Candidate]) -> None:
    for cand in list(found.values()):
        if cand.swallowed:
            continue
        if _elaborates(cand, found):
            cand.swallowed = True  # "opened fire, killing one and arresting 12": one event
            continue
        parent = _embedding_parent(cand, found)
        if parent is not None:
            parent.absorbed.append(cand)
            cand.swallowed = True
            cand.within = parent


def _elaborates(cand: Candidate, found: dict[int, Candidate]) -> bool:
    """A subjectless "-ing" clause hanging off an event of another type of its quad class
    describes that event ("shelled the camp, seizing its weapons"). One of the same type
    tells the act's outcome, a mention of its own as annotators count them ("opened fire,
    killing one"); one of another class is an act of its own ("fighting an insurgency,
    accusing the government of …")."""
    node = cand.anchor
    if node.lemma_.lower() in _LABELLING:
        return False  # "rejected the charter, calling it exclusionary": a judgement of its own
    if _put_to(node, found, cand):
        return True  # "used tear gas to disperse the crowd": one act of crowd control
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if node.dep_ != "advcl" or node.tag_ != "VBG":
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in node.children):
        return False
    head = found.get(node.head.i)
    return (
        head is not None
        and head is not cand
        and _quad(head) == _quad(cand)
        and head.code.type != cand.code.type
    )


def _put_to(node: Token, found: dict[int, Candidate], cand: Candidate) -> bool:
    """The end an act of using a means is put to, of that act's quad class: the act itself
    told by its aim ("police used tear gas to disperse the protesters")."""
    head = node.head
    if node.dep_ not in ("advcl", "xcomp") or head.lemma_.lower() not in _MEANS_VERBS:
        return False
    used = found.get(head.i)
    return used is not None and used is not cand and _quad(used) == _quad(cand)


def _quad(cand: Candidate) -> int | None:
    info = tables.types().get(cand.code.type)
    return info.quad if info is not None else None


def _own_clause(clause: Token) -> bool:
    """A clause on a noun with a subject of its own that does not tell the noun's content:
    a relative clause ("a move that his lawyer called inhumane"), not "an allegation that
    the rebels had taken the city"."""
    children = list(clause.children)
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in children) and not any(
        c.dep_ == "mark" for c in children
    )


def _coordinate_acts(conjunct: Token, first: Token) -> bool:
    """A finite verb the parser joined to an infinitive is an act beside the clause above
    it, not inside the infinitive's act ("aims to mobilize troops and urged its allies to
    …": the urging is no part of the mobilizing)."""
    return conjunct.tag_ in _FINITE and first.tag_ == "VB" and is_infinitive(first)


def _embedding_parent(cand: Candidate, found: dict[int, Candidate]) -> Candidate | None:
    node = cand.anchor
    for step in range(_MAX_PATH):
        edge, parent = node.dep_, node.head
        infinitive = step == 0 and edge == "advcl" and is_infinitive(node)
        if parent.i == node.i or (edge not in _PATH_EDGES and not infinitive):
            return None
        if edge in ("acl", "relcl") and _own_clause(node):
            return None  # "a move that his lawyer called inhumane": a clause of its own
        if parent.dep_ == "prep" and parent.lower_ in TEMPORAL_PREPS:
            return None
        other = found.get(parent.i)
        if edge == "conj" and other is not None and _coordinate_acts(node, parent):
            node = parent  # "aims to mobilize troops and urged X to …": an act beside it
            continue
        if other is not None and other is not cand and not other.swallowed:
            if infinitive:  # "vowed to fight", never "attacked the town to seize it"
                return other if other.code.type in EMBEDDING else None
            if cand.kind == "noun" or other.code.type in EMBEDDING or other.kind == "noun":
                return other
            return None
        if edge == "ccomp" and parent.pos_ in ("VERB", "AUX"):
            return None  # a new clause under a verb that is no event (a reporting verb)
        node = parent
    return None
