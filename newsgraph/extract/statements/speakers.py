"""Who speaks: the speaker word of a cue, the noun phrase around it, and its referent.

A cue verb's speaker is its subject, the agent of a passive, or the subject it shares with
the verb it hangs from. Subjects on another line (a headline, a time stamp or a dateline the
parser ran into the sentence) do not count. A relative pronoun ("an official who said")
stands for its antecedent; a coordination ("Smith and Jones said") is one speaker span whose
members are its conjuncts; a plural "they" stands for the nearest such coordination of
names before it ("Kenteris and Thanou … they said"). Hearer verbs in the passive ("X was
asked", "Asked about Y, X said") name the hearer, not the speaker.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.nlp import doc_text
from newsgraph.extract.statements.found import Found, Range, char_range, token_range, trim
from newsgraph.extract.statements.lexicon import lexicon
from newsgraph.extract.syntax import ANY_SUBJECT_DEPS as _SUBJECTS
from newsgraph.extract.syntax import addressed_by

_NP_LEFT = frozenset({"compound", "det", "amod", "poss", "nummod", "nmod", "flat", "quantmod"})
_INHERIT_SUBJECT = frozenset({"xcomp", "advcl", "conj", "pcomp", "prep"})
_RELATIVE = frozenset({"which", "who", "that", "whom"})
_RELATIVE_TAGS = frozenset({"WP", "WDT"})
_RELATIVE_CLAUSES = frozenset({"relcl", "acl"})
_EXPLETIVE = frozenset({"it", "there"})
_SOURCE_PREPS = frozenset({"by", "from", "of", "in"})
_MAKER_PREPS = frozenset({"by", "from"})  # "a poll of voters" names whom it asked
_MAKERS = frozenset({"ORG", "PERSON"})
_MEANS = frozenset({"in", "through", "via"})  # "resigned in a letter stating …"
_CLOCK = frozenset({"DATE", "TIME"})  # "Friday said …", "5:45 p.m. \n X said": not speakers
_ANTECEDENT_REACH = 14
_GROUP_SENTENCES = 2  # how far back a plural "they" looks for the names it stands for
_DATELINE_MARKS = frozenset("(—–-,")
_PERSON = frozenset({"PERSON"})
_NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP"})
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})


def paragraph_of(text: str, offset: int) -> Range:
    """Character range of the line holding ``offset``."""
    end = text.find("\n", offset)
    return text.rfind("\n", 0, offset) + 1, len(text) if end < 0 else end


def noun_phrase(head: Token) -> Range:
    """The compact noun phrase of ``head``: modifiers on its left, coordinated heads on its right.

    Appositions and relative clauses stay out so the span names one referent (or a
    coordination of them) and maps cleanly to entity mentions.
    """
    left, right = head.i, head.i
    for child in head.children:
        if child.dep_ in _NP_LEFT and child.i < head.i:
            left = min(left, child.left_edge.i)
        elif child.dep_ in ("conj", "cc") and child.i > head.i:
            right = max(right, child.right_edge.i if child.dep_ == "conj" else child.i)
        elif named_apposition(head, child):  # "the spy chief, Sergey Naryshkin,"
            right = max(right, child.right_edge.i)
    start, end = char_range(head.doc[left : right + 1])
    low, high = paragraph_of(doc_text(head.doc), head.idx)
    return trim(doc_text(head.doc), max(start, low), min(end, high)) or token_range(head)


def named_apposition(head: Token, child: Token) -> bool:
    """Is ``child`` a name in apposition to a common noun ("the spy chief, Sergey Naryshkin")?"""
    return (
        child.dep_ == "appos" and child.i > head.i and child.pos_ == "PROPN" and head.pos_ == "NOUN"
    )


def is_passive(verb: Token) -> bool:
    """Does ``verb`` have a passive auxiliary or a passive subject?"""
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def is_relative(word: Token) -> bool:
    """Is ``word`` a relative pronoun ("who", "which", "that" opening a relative clause)?"""
    return word.lower_ in _RELATIVE and word.tag_ in _RELATIVE_TAGS


def asked_hearer(verb: Token) -> Token | None:
    """The hearer of a hearer verb in the passive: "X was asked (by Y) about Z" (X) and
    "Asked about Z, X said" (X, the subject of the clause the participle modifies)."""
    if verb.lemma_ not in lexicon().addressee_verbs:
        return None
    for child in verb.children:
        if child.dep_ == "nsubjpass":
            return child
    if _own_subjects(verb) or not _bare_participle(verb):
        return None
    return subject_of(verb.head) if verb.head != verb else None


def _bare_participle(verb: Token) -> bool:
    """A subjectless participle modifying a clause: "Asked about it, she said", "when asked"."""
    if verb.dep_ not in ("advcl", "acl") or verb.head == verb:
        return False
    if verb.tag_ == "VBN":
        return True
    return verb.i < verb.head.i and verb.tag_ == "VBD"  # "Asked …," tagged as a past tense


def subject_of(verb: Token, depth: int = 0) -> Token | None:
    """The speaker word of a cue verb: its subject, the agent of a passive, or the subject
    shared with the verb it depends on ("…, adding that", "laughed and said").

    A relative pronoun is returned as it is; :func:`set_speaker` resolves it.
    """
    agent = _agent(verb)
    if agent is not None:
        return agent
    if asked_hearer(verb) is not None:
        return None  # "Podolyak was asked …": the hearer, not the speaker
    if depth == 0 and unsourced(verb):
        return None  # "X is expected to win", "X appears to lead": nobody named
    subjects = _own_subjects(verb)
    for child in subjects:
        if is_relative(child):
            return child
        if child.dep_ == "expl" or (child.lower_ in _EXPLETIVE and is_passive(verb)):
            return None  # "it was reported that …": nobody named
        if _not_a_speaker(child):
            return _name_before(verb, child) or child
        if child.i < verb.i and (after := _named_after_quote(verb)) is not None:
            return source_of(after)
        return source_of(child)
    if any(c.dep_ in _SUBJECTS for c in verb.children) and not subjects:
        return _leading_subject(verb)  # only a subject on another line: look in this one
    if depth < 4 and verb.dep_ in _INHERIT_SUBJECT and verb.head != verb:
        return subject_of(verb.head, depth + 1)
    written_to = addressed_by(verb)
    if written_to is not None:  # "X has written to Y demanding …": X demands, of Y
        return subject_of(written_to, depth + 1)
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
        source = source_of(verb.head)  # "a statement by X saying …" → X
        if source.i == verb.head.i:  # "resigned in a letter stating …": the letter's author
            return _author(verb.head) or source
        return source
    if verb.dep_ in ("ccomp", "parataxis", "conj", "ROOT") and not is_passive(verb):
        return _named_after_quote(verb) or _leading_subject(verb)
    return None


def _named_after_quote(verb: Token) -> Token | None:
    """`"We have had an offer," confirmed a club spokesman`: the parser may take the
    speaker after the verb for its object, and a word of the quote for the subject. When
    the quote closes right before the verb, the noun after the verb speaks (not after a
    verb whose object is the hearer: `"…," told reporters` has no speaker there)."""
    doc = verb.doc
    if verb.i == 0 or not doc[verb.i - 1].is_quote or verb.lemma_ in lexicon().addressee_verbs:
        return None
    return next(
        (
            c
            for c in verb.children
            if c.dep_ in ("dobj", "attr", "npadvmod")
            and c.i > verb.i
            and c.pos_ in ("NOUN", "PROPN")
            and not any(t.is_quote for t in doc[verb.i : c.i])
        ),
        None,
    )


def _author(document: Token) -> Token | None:
    """Who wrote what a participle cue describes, when the document is the means of a
    verb: "Jobs resigned in a letter stating …" → Jobs; "in his letter stating" → his."""
    means = document.head
    if document.dep_ != "pobj" or means.lower_ not in _MEANS or means.head.pos_ != "VERB":
        return None
    lex = lexicon()
    if document.lemma_ not in lex.source_nouns and document.lemma_ not in lex.nouns:
        return None  # only a noun that may speak: "vehicles built in Kentucky, saying …" not
    owner = next((c for c in document.children if c.dep_ == "poss"), None)
    if owner is not None:
        return owner
    subjects = _own_subjects(means.head)
    return source_of(subjects[0]) if subjects and not is_passive(means.head) else None


def unsourced(cue: Token) -> bool:
    """Is the subject of this cue not its source? A passive cue ("X is expected to …", "X
    was announced the winner") or a raising verb ("X appears to …")."""
    if cue.lemma_ in lexicon().raising:
        return True
    # "The vote is due … and is expected to be close": a conjoined passive shares its
    # subject with the first verb, so its auxiliary alone marks it.
    return is_passive(cue) and _agent(cue) is None


def _agent(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "agent":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    return None


def _own_subjects(verb: Token) -> list[Token]:
    """The verb's subject children on its own line, a date or time word last (the parser
    takes "Friday" or a time stamp for a subject)."""
    text = doc_text(verb.doc)
    line = paragraph_of(text, verb.idx)
    subjects = [
        c for c in verb.children if c.dep_ in _SUBJECTS and paragraph_of(text, c.idx) == line
    ]
    # "the system, which advocates say harms schools": the relative is the content's subject
    return sorted(
        subjects, key=lambda c: (_not_a_speaker(c), _labels_line(c, verb), is_relative(c))
    )


def _labels_line(subject: Token, verb: Token) -> bool:
    """A subject cut off from its verb by a colon labels the line ("The Latest: X urges …")."""
    return any(t.text == ":" for t in verb.doc[subject.i + 1 : verb.i])


def _not_a_speaker(subject: Token) -> bool:
    """A date or time word ("Friday said …") or a dateline ("WASHINGTON (AP) — X said") the
    parser took for the subject."""
    if subject.ent_type_ in _CLOCK and subject.pos_ != "PRON":
        return True
    text = doc_text(subject.doc)
    low, _ = paragraph_of(text, subject.idx)
    after = text[subject.idx + len(subject.text) :].lstrip(" ")[:1]
    return subject.idx == low and subject.is_upper and after in _DATELINE_MARKS


def _name_before(verb: Token, subject: Token) -> Token | None:
    """The name nearest before the verb, after a subject that cannot speak ("Saturday at the
    convention Sen. Warren said"): a person first, else another named actor."""
    window = [t for t in verb.doc[subject.i + 1 : verb.i] if t.pos_ == "PROPN"]
    for types in (_PERSON, _NAMED):
        for token in reversed(window):
            if token.ent_type_ in types and token.dep_ != "compound":
                return token
    return None


def antecedent(relative: Token) -> Token:
    """What "which"/"who" stands for: the noun its relative clause modifies, else the nearest
    cue noun or name before it."""
    clause = relative.head
    while clause.dep_ == "conj" and clause.head != clause:
        clause = clause.head  # "who left early and said …"
    head = clause.head
    if (
        clause.dep_ in _RELATIVE_CLAUSES
        and head.i < relative.i
        and head.pos_ in _NOMINAL
        and head.ent_type_ not in _CLOCK  # "reports by X on Monday, which stated"
    ):
        return head
    doc = relative.doc
    nearest = None
    start = max(relative.sent.start, relative.i - _ANTECEDENT_REACH)
    for token in reversed(doc[start : relative.i]):
        if token.pos_ == "NOUN" and token.lemma_ in lexicon().nouns:
            return token
        if nearest is None and token.pos_ in ("PROPN", "NOUN") and token.dep_ != "compound":
            nearest = token
    return nearest or relative


def _leading_subject(verb: Token) -> Token | None:
    """A cue the parser left without a subject ("Ukraine, which …, has stated"): the first
    noun phrase of its line-bounded sentence, when that phrase comes before the verb."""
    doc = verb.doc
    low, _ = paragraph_of(doc_text(doc), verb.idx)
    start = verb.sent.start
    while start < verb.i and doc[start].idx < low:
        start += 1
    for token in doc[start : verb.i]:
        if token.pos_ in ("PROPN", "NOUN", "PRON") and token.dep_ not in _NP_LEFT:
            return token
        if token.pos_ in ("VERB", "AUX") and token.dep_ not in ("aux", "auxpass"):
            return None
    return None


def source_of(word: Token) -> Token:
    """Look through a cue noun to who made it: "reports by X" -> X, "his remarks" -> his;
    and through a document to its named maker: "figures from Ofcom" -> Ofcom."""
    lex = lexicon()
    if word.pos_ != "NOUN":
        return word
    if word.lemma_ not in lex.nouns:
        return _maker(word) if word.lemma_ in lex.documents else word
    for child in word.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "prep" and child.lower_ in _SOURCE_PREPS:
            objects = [c for c in child.children if c.dep_ == "pobj"]
            # "a statement in June": a date is no source
            if (
                objects
                and objects[0].pos_ in ("PROPN", "PRON")
                and objects[0].ent_type_ not in _CLOCK
            ):
                return objects[0]
    # a cue noun that is also a document has its maker in a compound ("the Gartner report")
    return _maker(word) if word.lemma_ in lex.documents else word


def _maker(document: Token) -> Token:
    """Who made a document or data set, when the phrase names them: "Ofcom's figures",
    "figures from Ofcom", "a survey by Rightmove", "Labor Department figures" (an
    organisation or person in a compound; "US figures" name a place, not a maker)."""
    for child in document.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "prep" and child.lower_ in _MAKER_PREPS:
            maker = next((c for c in child.children if c.dep_ == "pobj"), None)
            if maker is not None and maker.pos_ == "PROPN" and maker.ent_type_ not in _CLOCK:
                return maker
    names = [
        c
        for c in document.children
        if c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ in _MAKERS
    ]
    return names[-1] if names else document


def conjuncts(word: Token) -> list[Token]:
    """``word`` and the heads coordinated with it ("Smith and Jones" -> Smith, Jones)."""
    found = [word]
    for child in word.children:
        if child.dep_ == "conj" and child.i > word.i and child.pos_ in _NOMINAL:
            found.extend(conjuncts(child))
    return found


def set_speaker(found: Found, word: Token | None) -> Found:
    """Set the speaker span from its head word; a name in apposition is the lookup key.

    A relative pronoun keeps its own range (``found.relative``) and takes the noun phrase of
    its antecedent as the speaker; a coordination records its members for entity lookup.
    """
    if word is None:
        return found
    relative = word if is_relative(word) else None
    if relative is not None:
        found.relative = token_range(relative)
        word = antecedent(relative)
        if source_of(word) != word:  # "reports by X, which said": X, not the reports
            word, relative = source_of(word), None
    word = plural_antecedent(word) or word
    found.speaker = noun_phrase(word)
    name = next((c for c in word.children if named_apposition(word, c)), word)
    found.speaker_head = token_range(name)
    found.speaker_unnamed = name.pos_ == "NOUN"
    members = conjuncts(word)
    if len(members) > 1:
        found.members = [token_range(m) for m in members]
    if relative is not None:
        found.speaker = _through(found.speaker, relative)
    return found


def plural_antecedent(word: Token) -> Token | None:
    """The head of the coordination of names a "they" stands for: the nearest one that is a
    subject in its sentence or the two before ("Kenteris and Thanou missed a test. They
    said …" → Kenteris; not "talks between India and Pakistan"). None when a plural
    subject comes between ("… Their lawyers said they …" is not the pair) or when there is
    no such coordination."""
    if word.lower_ != "they" or word.pos_ != "PRON":
        return None
    doc, start = word.doc, word.sent.start
    for _ in range(_GROUP_SENTENCES):
        start = doc[start - 1].sent.start if start > 0 else start
    for i in range(word.i - 1, start - 1, -1):
        token = doc[i]
        if token.dep_ in _SUBJECTS and token.tag_ in ("NNS", "NNPS") and token.dep_ != "conj":
            return None
        head = token.head
        if token.dep_ != "conj" or head.i >= token.i or not _named(token):
            continue
        while head.dep_ == "conj" and head.head.i < head.i:
            head = head.head
        if _named(head) and head.dep_ in _SUBJECTS:
            return head
    return None


def _named(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.ent_type_ in _NAMED


def _through(phrase: Range, relative: Token) -> Range:
    """The antecedent's phrase run on to its relative pronoun ("an official who"), so the
    span shows both what the pronoun stands for and the pronoun as written."""
    text = doc_text(relative.doc)
    end = relative.idx + len(relative.text)
    if phrase[0] >= relative.idx or paragraph_of(text, phrase[0]) != paragraph_of(text, end):
        return token_range(relative)
    return phrase[0], end
