"""Scope: which candidates are reported as events of their own.

A word that can name an event is not always a report of one. Gerunds that name an activity
("arrested for collaborating") and event nouns without an anchor or argument ("part of the
conversation") are left out. Background clauses that describe a participant ("whom they had
taken hostage") or set the scene ("after a jet shot down a helicopter") do report events,
and whole-article coding keeps every mention; :func:`background` tells the events stage
that such an event has a time of its own, not the main clause's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsgraph.extract.syntax import first_child
from newsgraph.lexicon import entities as entity_tables
from newsgraph.lexicon import events as tables

if TYPE_CHECKING:
    from newsgraph.extract.events.triggers import Candidate

# Reporting verbs: they carry statements, not events; an event below them stands alone
# (tells_events of reporting_verbs.tsv).
SPEECH = tables.speech_verbs()
# Verbs that deny (event_words.tsv list denial): a REJECT whose complement is told as not done.
DENIALS = tables.word_list("denial")
_NOUN_ARG_PREPS = frozenset({"by", "with", "against", "between", "on", "of", "to", "over"})
# Where an event noun can be mentioned: as a clause's subject or object, after a
# preposition, in apposition or coordination.
_NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos", "conj", "ROOT"})
_NAMED = frozenset({"NORP", "GPE", "ORG", "PERSON", "LOC", "FAC"})
# Entity labels of times and of places, for the stages that read the backbone's tags.
TIME_LABELS = frozenset({"DATE", "TIME"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Verbs that link their subject to a participle as a passive would: "stand accused".
LINKING = frozenset({"stand", "remain", "get", "become", "appear", "seem", "lie"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
# Subordinators of scene-setting clauses, and prepositions before a gerund that still
# reports the subject's own act.
_SCENE_MARKS = tables.word_list("scene_mark")
_SIMULTANEOUS = frozenset({"when", "while", "as"})
_FIGURATIVE = tables.word_list("figurative")
_ILLS = tables.no_event_objects("fight")  # "fight crime", "the war on drugs"
_ENTITLEMENTS = tables.word_list("entitlement")  # "the right to a fair trial"
_DANGERS = tables.word_list("danger")  # "the threat of terrorism": no threat made
_THREAT_MADE = tables.word_list("threat_made")  # "death threats", "issued a threat"
_OFFENCES = tables.word_list("offence")  # "a life sentence for murder": the crime in law
_PUNISHING = tables.word_list("punishing")  # "jailed for murder": the offence, in law
_DEED_FRAMES = tables.word_list("deed_frame")  # "murder charges", "charges of kidnapping"
# How a deed hangs off the accusation that names it: "murder charges", "murder-for-hire
# charges" (parsed as a nominal modifier), "money-laundering case" (a gerund modifier).
_FRAME_DEPS = frozenset({"compound", "nmod", "amod"})
_STATE_PREPS = frozenset({"in", "under", "on"})  # "in detention", "under arrest", "on trial"
_SCENE_PREPS = frozenset({"after", "following", "since", "before", "amid", "during"})
_MATERIAL = tables.in_quads(2, 4)  # material cooperation and material conflict
_CONFLICT = tables.in_quads(3, 4) - {"REQUEST"}  # a bare demand is often the economy's
_CONFLICT_DEEDS = tables.in_quads(4)  # "murder charges", not "an asylum case"
_KIN = tables.word_list("kin")  # "help his family": people, though no group entity
_IMPUTES = tables.word_list("imputes")  # "accused of", "responsible for": names the doer
_SUBJECTS = ("nsubj", "nsubjpass", "csubj")
_SEQUENCE_PREPS = frozenset({"before", "after", "by", "while", "upon", "on"})
_WARNINGS = tables.word_list("warning")  # a threat only with an act of the warner's own
_UNDERGO = tables.word_list("undergo")  # "Lai faces charges": the subject is acted upon
_GIVERS = frozenset({"by", "from"})
_PEOPLES = frozenset({"GPE", "NORP"})  # "received a loan from the IMF"


def _forecast(verb: Token) -> bool:
    """A warning whose clause tells what others or things will do, no act of the warner's
    own: its subject is a noun, not a pronoun standing for the warner ("warned that growth
    would slow" against "warned it would close the strait")."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if clause is None:
        clause = verb.head if verb.dep_ == "parataxis" else None  # "…, he warned."
    if clause is None:
        return False
    subject = next((c for c in clause.children if c.dep_ in _SUBJECTS), None)
    return subject is None or subject.pos_ != "PRON"


def stands(cand: Candidate) -> bool:
    """Whether a candidate is reported as an event of its own."""
    if cand.code.type in (tables.SUPPORT, tables.NONE):
        return False
    if cand.needs_event and not cand.absorbed:
        return False
    if cand.anchor.lemma_.lower() in _WARNINGS and not cand.absorbed and _forecast(cand.anchor):
        return False  # "warned that growth would slow": a forecast, no threat
    if cand.kind == "verb" and cand.anchor.dep_ == "pcomp":
        # A gerund in a phrase ("for collaborating") names an activity, except in a
        # sequence of the subject's own acts ("… before reaching an agreement") or as the
        # deed someone is accused of ("accused of aiding rebels").
        return cand.anchor.head.lower_ in _SEQUENCE_PREPS or imputed_doer(cand.anchor) is not None
    if cand.kind == "verb" and cand.anchor.dep_ == "amod":
        # "the jailed publisher", "banned books": a deed done to the noun, not a stance
        # ("the proposed deal", "a U.S.-backed plan")
        return cand.code.type in _MATERIAL
    if cand.kind != "noun":
        core = cand.core
        if core.i != cand.anchor.i and _figurative(cand):
            return False  # "the war on terror has made the world less safe"
        if core.i != cand.anchor.i and core.dep_ == "nsubj":  # "the attack took place"
            cand.anaphoric = definite(core) and not _own_reference(core)
        return True
    noun = cand.core
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in SPEECH:
        return True
    if noun.dep_ in _FRAME_DEPS and (frame := accusation_of(noun)) is not None:
        # "murder charges": the deed imputed, if an act of force told by an accusation made
        return (
            cand.code.type in _CONFLICT_DEEDS
            and cand.within is not None
            and cand.within.core.i == frame.i
        )
    if noun.dep_ not in _NOMINAL_DEPS or _figurative(cand):
        return False
    if _scene(noun):
        # "after violent protests", "since the peace accord": the scene; but "soon after the
        # attack", "during the initial attack" point back to an act the article has told
        cand.anaphoric = _pointing_back(noun)
        return cand.anaphoric
    if _entitled(noun):
        return False  # "the right to a fair trial", "its power of veto": open, not done
    if noun.lemma_.lower() in _DANGERS and not _threat_made(noun):
        return False  # "the threat of terrorism", "posed a threat to UKIP": a danger
    if under_attack(noun) or held_in(noun):
        return True
    if _own_reference(noun) or _shares_reference(noun) or _named_undergoer(noun):
        return True
    # "the attack", "the trial": a definite noun with nothing of its own stands only for an
    # event the article has already told; the events stage keeps it when it finds one.
    cand.anaphoric = definite(noun)
    if noun.lemma_.lower() in _OFFENCES and not cand.anaphoric and not accused_deed(noun):
        return False  # "jailed for murder", "prohibited torture": the offence, no one act
    # "deadly violence", "an ongoing trial", "faces charges": a conflict noun names an act
    # even bare; a cooperative one is often generic ("received praise", "a big deal").
    # The events stage keeps such a bare noun only in a sentence with a political side.
    cand.bare = not cand.anaphoric and cand.code.type in _CONFLICT and noun.ent_type_ not in _NAMED
    return cand.anaphoric or cand.bare


def _pointing_back(noun: Token) -> bool:
    """A definite noun with nothing of its own ("the attack", "the initial attack"): a
    further mention of an act already told, wherever it stands (in a time phrase too)."""
    return definite(noun) and not _own_reference(noun) and not _shares_reference(noun)


def accusation_of(deed: Token) -> Token | None:
    """The accusation or court case noun (``deed_frame``) whose modifier or "of" phrase names
    this deed: "murder charges", "the abduction allegations", "charges of kidnapping and
    torture", "a kidnapping case"."""
    while deed.dep_ == "conj" and deed.head.i != deed.i:
        deed = deed.head  # "kidnapping and torture charges"
    if deed.dep_ in _FRAME_DEPS:
        frame = deed.head
    elif deed.dep_ == "pobj" and deed.head.lower_ == "of" and deed.head.dep_ == "prep":
        frame = deed.head.head
    else:
        return None
    if frame.i <= deed.i and deed.dep_ != "pobj":
        return None  # a modifier stands before its noun
    return frame if frame.pos_ == "NOUN" and frame.lemma_.lower() in _DEED_FRAMES else None


def accused_deed(deed: Token) -> bool:
    """A deed told as done by someone an accusation names: the content of an accusation
    noun ("charges of murder") or imputed by a word of accusing ("accused of murder",
    "pleaded guilty to murder"), not by one of punishing ("jailed for murder",
    ``punishing``), which names the offence in law."""
    if accusation_of(deed) is not None:
        return True
    if imputed_doer(deed) is None or deed.head.dep_ != "prep":
        return False
    word = deed.head.head  # "jailed for", "a sentence for", "kept the sentence for"
    imputing = (word, word.head, first_child(word, ("dobj",)))
    return not any(w is not None and w.lemma_.lower() in _PUNISHING for w in imputing)


def imputed_doer(deed: Token) -> Token | None:
    """Who a deed named after "accused of", "charged with", "responsible for" … is imputed
    to (``event_words.tsv``, list ``imputes``): the accused, never the accuser. "X stands
    accused of the bombing", "accused X of ordering it", "the man charged with the murder",
    "found X guilty of torture", "X claimed responsibility for the attack", "blamed the
    attacks on X"."""
    if deed.lemma_.lower() in _DEED_FRAMES:
        return None  # "pleaded not guilty to the charges": the charge is no deed of theirs
    if deed.dep_ == "dobj":  # "blamed the attacks on militants"
        verb = deed.head
        for prep in (c for c in (*verb.children, *deed.children) if c.dep_ == "prep"):
            if f"{verb.lemma_.lower()} {prep.lower_}" in _IMPUTES:
                return first_child(prep, ("pobj",))
        return None
    if deed.dep_ not in ("pobj", "pcomp") or deed.head.dep_ != "prep":
        return None
    prep = deed.head.lower_
    word = deed.head.head
    if word.dep_ == "dobj" and f"{word.head.lemma_.lower()} {prep}" in _IMPUTES:
        return word  # "accused the general of ordering the massacre"
    obj = first_child(word, ("dobj",))
    if obj is not None and f"{obj.lemma_.lower()} {prep}" in _IMPUTES:
        return first_child(word, _SUBJECTS)  # "took credit for attacking", "for" on the verb
    if f"{word.lemma_.lower()} {prep}" not in _IMPUTES:
        return None
    if obj is not None and word.pos_ == "VERB":
        return obj  # "accused the general of …", "of" on the verb
    if word.pos_ == "NOUN":  # "claimed responsibility for", "took credit for"
        return first_child(word.head, _SUBJECTS) if word.dep_ == "dobj" else None
    if word.tag_ == "VBN" and (
        word.dep_ in ("acomp", "oprd", "xcomp")
        or (word.dep_ == "advcl" and word.head.lemma_.lower() in LINKING)
    ):  # "stand accused of"
        return first_child(word.head, _SUBJECTS)
    if word.dep_ == "acl":  # "the man charged with the murder"
        return word.head
    if (patient := first_child(word, ("nsubjpass",))) is not None:
        return patient  # "France was accused of aiding rebels"
    if word.pos_ != "ADJ":
        return None
    if word.dep_ in ("acomp", "oprd") and first_child(word, _SUBJECTS) is None:
        # "found X guilty of torture"; "X pleaded guilty to attempted murder"
        return first_child(word.head, ("dobj",)) or _controller(word.head)
    return first_child(word, _SUBJECTS)  # "found X guilty of"


def _controller(verb: Token) -> Token | None:
    """The subject of a verb, or for a subjectless gerund or infinitive the subject of the
    clause it hangs from ("he is cooperating … after pleading guilty": he)."""
    for _ in range(3):
        if (subject := first_child(verb, _SUBJECTS)) is not None:
            return subject
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
            verb = verb.head.head
        elif verb.dep_ in ("advcl", "xcomp") and verb.head.i != verb.i:
            verb = verb.head
        else:
            return None
    return None


def _figurative(cand: Candidate) -> bool:
    """A word of fighting named by what the fight is about is a figure of speech: "a
    bankruptcy battle", "a bid battle", "a price war" (event_words.tsv, list figurative),
    and so is one waged on what "fight" takes as no event ("the war on drugs", "the fight
    against poverty": event_verbs.tsv's "-" row of fight)."""
    noun = cand.core
    if noun.lemma_.lower() not in _FIGURATIVE:
        return False
    return any(
        c.dep_ == "compound" and c.pos_ == "NOUN" and not c.ent_type_ and c not in cand.tokens
        for c in noun.children
    ) or any(
        target.lemma_.lower() in _ILLS
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ in ("on", "against")
        for target in prep.children
        if target.dep_ == "pobj"
    )


def _scene(noun: Token) -> bool:
    """A noun in a time or circumstance phrase, also through "of" ("after violent
    protests", "after fifteen years of occupation")."""
    for _ in range(3):
        if noun.dep_ != "pobj":
            return False
        prep = noun.head
        if prep.lower_ in _SCENE_PREPS:
            return True
        if prep.lower_ != "of" or prep.head.pos_ != "NOUN":
            return False
        noun = prep.head
    return False


def _entitled(noun: Token) -> bool:
    """An event noun in the "of" or "to" phrase of a right or power (``event_words.tsv``,
    list entitlement): "the right to a fair trial", "a right of appeal", "power of veto".
    A right someone holds names their own case ("his right to a fair trial": his trial)."""
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and prep.lower_ in ("of", "to")
        and prep.head.lemma_.lower() in _ENTITLEMENTS
        and first_child(prep.head, "poss") is None
    )


def _threat_made(noun: Token) -> bool:
    """A noun of list danger names a threat someone made: it has a possessor, an infinitive,
    an act after "of", a "by" or "against" phrase, a compound or governing verb of list
    threat_made ("Trump's threat", "a threat to impose tariffs", "threats of protests",
    "death threats", "acted on a threat")."""
    heads = tables.noun_heads()
    for child in noun.children:
        if child.dep_ == "poss" or (child.dep_ == "acl" and first_child(child, "aux")):
            return True
        if child.dep_ == "compound" and child.lemma_.lower() in _THREAT_MADE:
            return True
        if child.dep_ == "prep" and child.lower_ in ("by", "against"):
            return True
        if (
            child.dep_ == "prep"
            and child.lower_ == "of"
            and any(g.lemma_.lower() in heads or g.tag_ == "VBG" for g in child.children)
        ):
            return True
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    return noun.dep_ in ("dobj", "nsubjpass", "pobj") and verb.lemma_.lower() in _THREAT_MADE


def under_attack(noun: Token) -> bool:
    """ "The convoy came under attack", "came under fire": its subject is acted upon."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ == "under" and prep.head.lemma_ == "come"


def held_in(noun: Token) -> bool:
    """A bare event noun done to someone, after "in", "under" or "on" on a verb ("had been in
    pretrial detention", "remains in custody", "was placed under arrest", "went on trial"):
    the clause's object or else its subject undergoes it."""
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and prep.lower_ in _STATE_PREPS
        and prep.head.pos_ in ("VERB", "AUX")
        and {noun.lemma_.lower(), f"{prep.lower_} {noun.lemma_.lower()}"}
        & tables.patient_possessors()
        and not any(c.dep_ in ("det", "poss") for c in noun.children)
    )


def _own_reference(noun: Token) -> bool:
    """An event noun that names its own side, target or time: "Lai's release", "the attack
    on the convoy", "a U.S. airstrike", "the 2004 bombing", "Tuesday's attack"."""
    for child in noun.children:
        if child.dep_ == "poss":
            return True
        if child.dep_ == "prep" and child.lower_ in _NOUN_ARG_PREPS and _names_side(child):
            return True
        if child.dep_ == "prep" and child.lower_ in ("in", "at") and _names_place(child):
            return True  # "a bombing in Baghdad", "a trial in New York"
        if child.dep_ in ("compound", "amod", "nummod") and _names_or_dates(child):
            return True
    return False


def undergone(noun: Token) -> bool:
    """An event noun that its clause's subject undergoes: "Lai faces charges"."""
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in _UNDERGO


def _named_undergoer(noun: Token) -> bool:
    """An undergone noun whose subject is a country or a people, or whose "from"/"by" phrase,
    on the noun or its verb, is a name: "Pakistan has received 23 bailout packages",
    "received a loan from the IMF"; "the film received praise from critics" and "the firm
    has received a takeover offer" name no side of it."""
    if not undergone(noun):
        return False
    verb = noun.head
    subject = first_child(verb, "nsubj")
    if subject is not None and subject.ent_type_ in _PEOPLES:
        return True
    return any(
        prep.dep_ == "prep"
        and prep.lower_ in _GIVERS
        and g.dep_ == "pobj"
        and g.ent_type_ in _NAMED
        for prep in (*noun.children, *verb.children)
        for g in prep.children
    )


def _shares_reference(noun: Token) -> bool:
    """A conjunct with no determiner shares the first one's: "Lai's trial and detention"."""
    return (
        noun.dep_ == "conj"
        and noun.head.pos_ == "NOUN"
        and not any(c.dep_ == "det" for c in noun.children)
        and _own_reference(noun.head)
    )


def _names_or_dates(modifier: Token) -> bool:
    """ "a U.S. airstrike", "the 2004 bombing", "the March 2003 invasion"; a length of time
    ("a two-year ban") dates nothing."""
    if modifier.ent_type_ in _NAMED:
        return True
    return modifier.ent_type_ in TIME_LABELS and (
        modifier.shape_ == "dddd" or modifier.pos_ == "PROPN"
    )


def _names_place(prep: Token) -> bool:
    return any(g.dep_ == "pobj" and g.ent_type_ in PLACE_LABELS for g in prep.children)


def _names_side(prep: Token) -> bool:
    """ "of" names a side only with a name or people ("the invasion of Ukraine", "the
    murder of a journalist", not "the scene of")."""
    return prep.lower_ != "of" or any(
        g.dep_ == "pobj" and (g.ent_type_ in _NAMED or people_noun(g)) for g in prep.children
    )


def people_noun(token: Token) -> bool:
    """A noun of people or a body ("men", "the government", "prisoners", "officials", "my
    father"): ``group_nouns.tsv``, ``titles.tsv``, ``org_nouns.tsv`` and the ``kin`` list
    of ``event_words.tsv``, whatever its number."""
    lemma = token.lemma_.lower()
    return (
        lemma in _KIN
        or lemma in entity_tables.GROUP_NOUNS
        or lemma in entity_tables.TITLES
        or lemma in entity_tables.ORG_NOUN_TYPES
    )


def definite(noun: Token) -> bool:
    """The noun has a definite or demonstrative determiner ("the attack", "this resolution")."""
    return any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in noun.children)


def background(anchor: Token) -> bool:
    """Inside a clause that only describes a participant ("whom they had taken hostage") or
    sets the scene before or beside the news ("after a jet shot down a helicopter",
    "although Bali banned the trade"): the event is not dated by the main clause."""
    node = anchor
    for _ in range(8):
        head = node.head
        if head.i == node.i:
            return False
        if node.dep_ == "relcl" and not _reporting_relative(node):
            return True
        if scene_clause(node):
            return True
        node = head
    return False


def scene_clause(clause: Token) -> bool:
    """An adverbial clause whose subordinator sets a scene at another time ("after", "since",
    "although"; not the simultaneous "when" or "while")."""
    return clause.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in _SCENE_MARKS and c.lower_ not in _SIMULTANEOUS
        for c in clause.children
    )


def _reporting_relative(clause: Token) -> bool:
    """Relative clauses that report news: on the subject or a name ("Ukraine, which launched
    …"), on a date ("June 24, when …") or on a place ("the battlefield, where Russia seized
    …")."""
    head = clause.head
    if any(c.dep_ == "aux" and c.lower_ == "had" for c in clause.children):
        return False  # the past perfect marks earlier, background events
    if head.dep_ in ("nsubj", "nsubjpass") or head.ent_type_ in ("DATE", "TIME"):
        return True
    if head.pos_ == "PROPN" and head.i + 1 < clause.i and head.nbor(1).text == ",":
        return True  # non-restrictive, on a name: "Ukraine, which recently launched …"
    return any(c.dep_ == "advmod" and c.lower_ in ("where", "when") for c in clause.children)
