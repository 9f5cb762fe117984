"""Reported speech from the dependency parse: cue verbs, cue nouns, "according to", no-comment.

One pass over the tokens; every lookup is a dict or set from :mod:`.lexicon`. Content spans
follow the PolNeAR convention: the complement as written, "that" included, final
punctuation excluded.
"""

from __future__ import annotations

import numpy as np
from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc, Span, Token

from newsgraph.extract.entities import entity_at
from newsgraph.extract.nlp import Hashes, doc_text, hashes
from newsgraph.extract.statements.found import Found, Range, char_range, token_range, trim
from newsgraph.extract.statements.lexicon import Lexicon, Verb, lexicon
from newsgraph.extract.statements.speakers import (
    antecedent,
    asked_hearer,
    is_passive,
    is_relative,
    noun_phrase,
    paragraph_of,
    set_speaker,
    source_of,
    subject_of,
    unsourced,
)
from newsgraph.extract.syntax import ANY_SUBJECT_DEPS as _SUBJECTS
from newsgraph.extract.syntax import addressed_by
from newsgraph.lexicon import entities as tables
from newsgraph.record import Entity

_HELD_KINDS = frozenset({"believe"})  # attitudes that are only statements of a holder
_SPEAKING = frozenset({"speak", "talk", "write"})
_OBJECT_TAIL = frozenset({"oprd", "xcomp", "ccomp", "attr", "acomp", "dobj", "prep"})
_NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# Endings of nouns for people ("voter", "moderator", "activist", "politician", "nominee").
_AGENT_SUFFIXES = ("er", "or", "ist", "ian", "ee")
_OBJECT_DEPS = frozenset({"dobj", "oprd", "pobj", "pcomp"})  # content that is only an object
_COLON_LEAD = 6
_NON_STATEMENT_REACH = 5  # words between "asked" and "named" in "asked not to be named"
_LINE_OPENERS = " \t\"“'‘"  # words a "Name:" line opener may have
_PREP_ONLY = Verb("say", frozenset())  # a verb that reports only through a preposition
_THING_RELATIVES = frozenset({"which", "that"})
_DATA_PRONOUNS = frozenset({"it", "this", "that", "which"})  # may stand for a document
# the name a naming verb gives its object: "call him the Magician" (the parser may take a
# name for a second object or an adverbial noun: "dub the bridge the Wobbly Way")
_PREDICATES = frozenset({"oprd", "dobj", "npadvmod", "attr"})
_INVERSION_MARKS = frozenset({",", "”", '"', "—", "–", "-", "''", "’", "'"})


def find_speech(doc: Doc, lex: Lexicon, entities: list[Entity] | None = None) -> list[Found]:
    """Statements whose cue is a word of the parse, in cue order (may overlap each other).

    ``entities`` help only to recognise "Name: …" line openers the tagger misses.
    """
    found: list[Found] = []
    claimed: set[int] = set()  # tokens inside a no-comment phrase are not cues again
    for i in _cue_positions(doc, lex):
        token = doc[i]
        if token.i in claimed or _non_statement(token, lex, claimed) or discourse(token, lex):
            continue
        statement = _no_comment(token, lex, claimed)
        if statement is None:
            statement = (
                _phrase(token, lex)
                or _verb(token, lex)
                or _noun(token, lex)
                or _colon(token, entities or [])
            )
        if statement is not None:
            found.append(statement)
    return found


def _cue_positions(doc: Doc, lex: Lexicon) -> list[int]:
    """Indices of the tokens any cue rule below can start from: a lemma of the lexicon, the
    first word of a phrase cue, or a colon. One vectorised pass over the doc; the rules then
    run on a few dozen tokens instead of every one (they are the statements stage's cost)."""
    lemmas, lowers = _trigger_words(lex)
    table = doc.to_array([LEMMA, LOWER])
    if not len(table):
        return []
    hits = lemmas.contain(table[:, 0]) | lowers.contain(table[:, 1])
    return np.flatnonzero(hits).tolist()


_TRIGGERS: dict[int, tuple[Hashes, Hashes]] = {}


def _trigger_words(lex: Lexicon) -> tuple[Hashes, Hashes]:
    """The lemmas and lower-case words that start a cue, built once per lexicon."""
    key = id(lex)
    if key not in _TRIGGERS:
        lemmas = {*lex.verbs, *lex.nouns, *lex.no_comment, *lex.prep_lemmas}
        lemmas |= {*lex.idioms, *lex.non_statements}
        lowers = {words[0] for words in lex.phrases} | {":"}
        _TRIGGERS[key] = (hashes(lemmas), hashes(lowers))
    return _TRIGGERS[key]


def _span(doc: Doc, start: int, end: int, anchor: Token) -> Range | None:
    """Trimmed character range of tokens ``start:end`` (token indices), kept inside the
    paragraph of ``anchor``: the parser runs sentences on across line breaks (headlines)."""
    if end <= start:
        return None
    start, end = _whole_words(doc, start, end)
    first, last = char_range(doc[start:end])
    low, high = paragraph_of(doc_text(doc), anchor.idx)
    return trim(doc_text(doc), max(first, low), min(last, high))


def _glued(left: Token, right: Token) -> bool:
    """Two tokens of one written word: "co" "-" "operate", "re" "-" "enter"."""
    if left.whitespace_:
        return False
    return "-" in (left.text, right.text) or (left.text[-1].isalnum() and right.text[0].isalnum())


def _whole_words(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Token bounds widened to whole written words. The parser may split a hyphenated word
    across two clauses ("would co-operate with …" as "co" and "-operate with …"); a span
    then takes the rest of the word and what hangs from it."""
    while start > 0 and _glued(doc[start - 1], doc[start]):
        start -= 1
    while end < len(doc) and _glued(doc[end - 1], doc[end]):
        end = max(end + 1, doc[end].right_edge.i + 1)
    return start, end


def _complement(verb: Token, entry: Verb) -> tuple[Range, Token] | None:
    """The content of a cue verb and the token heading it."""
    for child in sorted(verb.children, key=lambda c: c.i < verb.i):
        if child.i < verb.i and not any(
            t.text in _INVERSION_MARKS for t in verb.doc[child.right_edge.i : verb.i]
        ):
            continue  # a clause before the cue must be set off: "…," she said
        if _takes(child, entry):
            span = _span(verb.doc, child.left_edge.i, child.right_edge.i + 1, verb)
            if span is not None:  # None: the parser joined a clause from another line
                return span, child
    inverted = _inverted(verb, entry) or _hearer_clause(verb, entry)
    if inverted:
        return inverted
    if "np" in entry.frames and verb.lemma_ not in lexicon().addressee_verbs:
        objects = [c for c in verb.children if c.dep_ in ("dobj", "oprd") and c.i > verb.i]
        for child in objects[:1]:  # "called Trump a liar" may parse with oprd alone
            # "called the suspension “arbitrary”", "expressed her stance in support
            # of …": the object, its predicate and what follows it in the clause
            end = child.right_edge.i
            for sibling in verb.children:
                if sibling.dep_ in _OBJECT_TAIL and sibling.left_edge.i == end + 1:
                    end = sibling.right_edge.i
            span = _span(verb.doc, child.left_edge.i, end + 1, verb)
            return (span, child) if span else None
    return None


def _hearer_clause(verb: Token, entry: Verb) -> tuple[Range, Token] | None:
    """ "told a meeting of leaders that …": the parser hangs the that-clause on the hearer."""
    if "clause" not in entry.frames or verb.lemma_ not in lexicon().addressee_verbs:
        return None
    hearer = next((c for c in verb.children if c.dep_ in ("dobj", "dative")), None)
    for token in hearer.subtree if hearer is not None else ():
        if token.dep_ in ("relcl", "acl") and any(
            c.dep_ == "mark" and c.lower_ == "that" for c in token.children
        ):
            span = _span(verb.doc, token.left_edge.i, token.right_edge.i + 1, verb)
            return (span, token) if span else None
    return None


def _takes(child: Token, entry: Verb) -> bool:
    """Is ``child`` a complement this verb reports: a clause, or a to-infinitive of intent?"""
    if child.dep_ == "ccomp":
        return bool(entry.frames & {"clause", "quote"})
    if child.dep_ == "advcl" and child.i > child.head.i and "clause" in entry.frames:
        # "said he would not accept it": a misparsed bare clause (no "if"/"when" marker)
        return any(c.dep_ == "nsubj" for c in child.children) and not any(
            c.dep_ == "mark" for c in child.children
        )
    if child.dep_ != "xcomp":
        return False
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
    return "to" in entry.frames if infinitive else "clause" in entry.frames


def _inverted(verb: Token, entry: Verb) -> tuple[Range, Token] | None:
    """`"…," X said`, `…, X said` and `The museum, X said, would …`: the parser hangs the
    cue under the content's verb. The cue clause must be set off by a comma or quote mark."""
    if verb.dep_ not in ("ccomp", "parataxis") or not entry.frames & {"clause", "quote"}:
        return None
    doc, head = verb.doc, verb.head
    left, right = verb.left_edge.i, verb.right_edge.i
    if not (_set_off(doc, left) or _set_off(doc, left - 1)):
        return None  # "what he was talking about" is not "…," he said
    if head.i < verb.i:
        span = _span(doc, head.left_edge.i, left, verb)
    elif _set_off(doc, right) or _set_off(doc, right + 1):  # a parenthetical cue inside its content
        span = _span(doc, head.left_edge.i, head.right_edge.i + 1, verb)
    else:
        return None
    return (span, head) if span else None


def _set_off(doc: Doc, index: int) -> bool:
    return 0 <= index < len(doc) and doc[index].text in _INVERSION_MARKS


def _prep_object(verb: Token, lex: Lexicon) -> tuple[Range, Token] | None:
    """ "called for a ban", "talked about the economy": the preposition's object."""
    for prep in verb.children:
        if prep.dep_ != "prep" or (verb.lemma_, prep.lower_) not in lex.prep_verbs:
            continue
        for child in prep.children:
            if child.dep_ in ("pobj", "pcomp"):
                span = _span(verb.doc, child.left_edge.i, child.right_edge.i + 1, verb)
                if span:
                    return span, child
    return None


def _colon(token: Token, entities: list[Entity]) -> Found | None:
    """A line that opens with a name and a colon: "Kerry: “By law …”", headlines
    ("Pence: Flowers Won't Be at Debate") and transcripts ("PENCE: Well, look …")."""
    if token.text != ":":
        return None
    doc, text = token.doc, doc_text(token.doc)
    low, high = paragraph_of(text, token.idx)
    lead = [t for t in doc[max(0, token.i - _COLON_LEAD) : token.i] if t.idx >= low]
    while lead and lead[0].is_punct:  # a transcript line may open with a quote mark
        lead = lead[1:]
    if (
        not lead
        or text[low : lead[0].idx].strip(_LINE_OPENERS)
        or len(text[token.idx + 1 : high].split()) < 3
    ):
        return None
    if any(t.pos_ in ("VERB", "AUX") for t in lead) or not _names_someone(lead, entities):
        return None  # "Correction:", "Editor's note:" open a line without naming a speaker
    content = trim(text, token.idx + 1, high)
    if content is None:
        return None
    found = Found("indirect", token_range(token), None, content, token)
    return set_speaker(found, lead[-1])


def _names_someone(lead: list[Token], entities: list[Entity]) -> bool:
    start, end = lead[0].idx, lead[-1].idx + len(lead[-1].text)
    entity = entity_at(entities, start, end)
    if entity is not None and entity.type in _NAMED:
        return True
    # the tagger often misses a bare surname opening a headline ("Sanders: …", "PENCE: …")
    words = {w.lower() for e in entities if e.type in _NAMED for w in e.name.split()}
    if len(lead) == 1 and lead[0].text.lower() in words:
        return True
    return any(t.pos_ == "PROPN" and t.ent_type_ in _NAMED for t in lead)


def _verb(token: Token, lex: Lexicon) -> Found | None:
    """A reporting verb with its complement, speaker and hearer."""
    if token.pos_ not in ("VERB", "AUX"):
        return None
    entry = lex.verbs.get(token.lemma_)
    if entry is None and token.lemma_ in lex.idioms:
        return _idiom(token, lex)
    if entry is None and token.lemma_ in lex.prep_lemmas:
        entry = _PREP_ONLY
    if entry is None:
        return None
    if token.pos_ == "AUX" and token.lemma_ != "say":
        return None
    if any(c.dep_ == "prt" and (token.lemma_, c.lower_) in lex.particles for c in token.children):
        return None  # "showed off the phone", "was called up to the squad": another verb
    if _naming(token, lex) or _narrated_intent(token, entry) or _unheld(token, lex):
        return None
    if _names_object(token, lex):
        return None
    dobj = next((c for c in token.children if c.dep_ == "dobj"), None)
    if dobj is not None and dobj.lemma_ in lex.nouns:
        found = _noun_content(dobj, token)  # "expressed his belief that …"
        if found is not None:
            found.addressee = _addressee(token, lex)
            return set_speaker(found, subject_of(token))
    complement = _complement(token, entry) or _prep_object(token, lex)
    if complement is None:
        return None
    content, root = complement
    if root.dep_ == "dobj" and is_passive(token):
        return None  # "was denied a late try", "were offered a deal": given, not told
    found = Found("indirect", token_range(token), None, content, token, None, root)
    found.addressee = _addressee(token, lex)
    speaker = subject_of(token)
    if speaker is None and not (is_passive(token) or unsourced(token) or found.addressee):
        return None  # "It is worth noting that …": no one is reported
    if (
        root.dep_ in _OBJECT_DEPS
        and entry.kind != "report"  # data may show things: "the average shows a tie"
        and speaker is not None
        and not _can_speak(speaker, lex)
        and not any(t.is_quote for t in token.doc[root.left_edge.i : root.right_edge.i + 1])
    ):
        return None  # "the directive would offer patent protection": a thing, not a source
    if root.dep_ in _OBJECT_DEPS and not _shows_data(token, speaker, lex):
        return None  # "the teenager showed more confidence": a quality, not a finding
    return set_speaker(found, speaker)


def _naming(verb: Token, lex: Lexicon) -> bool:
    """ "a technology called Evolution-Data Optimised": a participle naming its noun."""
    return (
        verb.lemma_ in lex.naming
        and verb.dep_ == "acl"
        and verb.tag_ in ("VBN", "VBD")
        and not any(c.dep_ in _SUBJECTS for c in verb.children)
        and any(c.dep_ in ("oprd", "dobj", "attr") for c in verb.children)
    )


def _names_object(verb: Token, lex: Lexicon) -> bool:
    """ "fans call him the Magician", "locals dub the bridge the Wobbly Way": a naming verb
    whose object's predicate is a name gives that name, it reports nothing. A predicate
    that judges ("called the mayor unfit", "called the pier a disaster") is a claim and
    stays; so does a quoted name ("called the plan 'Project Fear'" is a mixed quote)."""
    if verb.lemma_ not in lex.naming:
        return False
    doc = verb.doc
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    if not objects:
        return False
    # the name may hang from the object as an apposition with no comma ("call the young
    # winger the Magician")
    candidates = [c for c in verb.children if c.dep_ in _PREDICATES and c.i > objects[0].i]
    candidates += [
        c for c in objects[0].children if c.dep_ == "appos" and not doc[c.i - 1].is_punct
    ]
    predicate = next(iter(candidates), None)
    if predicate is None or predicate.pos_ != "PROPN":
        return False
    return not any(t.is_quote for t in doc[verb.i : predicate.right_edge.i + 1])


def _unheld(verb: Token, lex: Lexicon) -> bool:
    """ "X is expected to win", "it is thought that …": a view in the passive with no agent
    is the writer's hedge, not a statement; nor is what it expects ("The senator is expected
    to announce her bid": nothing announced yet)."""
    if verb.dep_ == "xcomp" and verb.head.i < verb.i:
        verb = verb.head
    entry = lex.verbs.get(verb.lemma_)
    return (
        entry is not None
        and entry.kind in _HELD_KINDS
        and verb.pos_ == "VERB"
        and is_passive(verb)
        and unsourced(verb)
    )


def _narrated_intent(verb: Token, entry: Verb) -> bool:
    """ "the relative with whom Giuseppe planned to stay": an intention told as background
    in a relative clause is narration, not something the subject said."""
    return entry.kind == "want" and verb.dep_ == "relcl"


def _can_speak(word: Token, lex: Lexicon) -> bool:
    """Can this subject be a source? People, organisations and their pronouns, names, and
    the common nouns of the titles, org_nouns and reporting_source_nouns tables. A "which"
    or "that" is what it stands for ("networks that offer faster speeds": the networks); a
    "who" stands for someone."""
    if is_relative(word) and word.lower_ in _THING_RELATIVES:
        word = antecedent(word)
    if word.pos_ not in ("NOUN", "VERB") or word.ent_type_ or word.is_title:
        return True  # pronouns, names (a mistagged "Trump"), quantifiers ("most", "80%")
    lemma = word.lemma_.lower()
    return (
        lemma.endswith(_AGENT_SUFFIXES)
        or lemma in lex.source_nouns
        or lemma in lex.nouns
        or lemma in tables.ORG_NOUN_TYPES
        or tables.title(lemma) is not None
        or tables.title(word.lower_) is not None
    )


def _shows_data(verb: Token, speaker: Token | None, lex: Lexicon) -> bool:
    """Whether the object of a verb of the reporting_data_verbs table is a finding: its
    subject is a document or data set ("the survey showed a rise", "it shows a tie"), not a
    person or thing showing a quality ("showed more confidence", "phones showing signs of
    taking off")."""
    if verb.lemma_ not in lex.data_verbs:
        return True
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    if subject is None and _document(_governing_object(verb)):
        return True  # "released an ad showing Trump making remarks": the ad shows
    subject = subject or speaker
    if subject is None:
        return True
    if is_relative(subject):
        subject = antecedent(subject)
    if subject.pos_ == "PRON":
        return subject.lower_ in _DATA_PRONOUNS
    if subject.text[:1].isupper() and subject.i != subject.sent.start:
        return subject.ent_type_ != "PERSON"  # a pollster: "RealClearPolitics showing her ahead"
    return _document(subject)


def _governing_object(verb: Token) -> Token | None:
    """The noun a subjectless participle describes ("an ad showing …") or the object of the
    verb it hangs from ("released an ad this week showing …")."""
    if verb.dep_ == "acl" and verb.head.pos_ == "NOUN":
        return verb.head
    if verb.dep_ not in ("advcl", "xcomp") or verb.head == verb:
        return None
    return next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)


def _document(word: Token | None) -> bool:
    """Is ``word`` a document or data set (reporting_document_nouns, or a WORK_OF_ART of
    reporting_source_nouns: "ad", "speech")?"""
    if word is None:
        return False
    kinds = tables.SOURCE_NOUN_ENTITIES  # the lemma, or the word: "data" has lemma "datum"
    return "WORK_OF_ART" in (kinds.get(word.lemma_.lower()), kinds.get(word.lower_))


def _idiom(verb: Token, lex: Lexicon) -> Found | None:
    """ "made it clear that …", "laid out her plan": a verb that reports only with its word.
    The cue runs from the verb to that word; the content is the clause under either of them
    or, for an object frame, the verb's object."""
    for word, entry in lex.idioms[verb.lemma_]:
        marker = next((c for c in verb.children if c.lower_ == word and c.i > verb.i), None)
        if marker is None:
            continue
        complement = _idiom_clause(verb, marker, entry) or _complement(verb, entry)
        if complement is None or complement[1] == marker:
            return None
        content, root = complement
        cue = char_range(verb.doc[verb.i : marker.i + 1])
        found = Found("indirect", cue, None, content, verb, None, root)
        return set_speaker(found, subject_of(verb))
    return None


def _idiom_clause(verb: Token, marker: Token, entry: Verb) -> tuple[Range, Token] | None:
    """The clause an idiom reports, under the verb or under its word ("clear that …")."""
    if "clause" not in entry.frames:
        return None
    candidates = [c for c in (*verb.children, *marker.children) if c.i > marker.i]
    for child in candidates:
        if child.dep_ in ("ccomp", "advcl") and any(c.dep_ in _SUBJECTS for c in child.children):
            span = _span(verb.doc, child.left_edge.i, child.right_edge.i + 1, verb)
            if span is not None:
                return span, child
    return None


def _addressee(verb: Token, lex: Lexicon) -> Range | None:
    """The hearer: "told Reuters", "said to reporters", "speaking to TASS", "X was asked",
    "Asked about it, X said"."""
    hearer = asked_hearer(verb)
    if hearer is not None:
        return noun_phrase(antecedent(hearer) if is_relative(hearer) else hearer)
    if addressed_by(verb) is not None:  # "wrote to Y demanding …": Y hears it
        return noun_phrase(verb.head)
    for child in verb.children:
        if child.dep_ in ("dobj", "dative") and verb.lemma_ in lex.addressee_verbs:
            target = next((c for c in child.children if c.dep_ == "pobj"), child)
            return noun_phrase(target)
        if child.dep_ == "prep" and child.lower_ == "to" and verb.lemma_ in ("say", "speak"):
            target = next((c for c in child.children if c.dep_ == "pobj"), None)
            if target is not None:
                return noun_phrase(target)
    return _speaking_to(verb)


def _speaking_to(verb: Token) -> Range | None:
    """A "speaking to X" / "in an interview with X" modifier of the cue or its subject."""
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    candidates = list(verb.children) + (list(subject.children) if subject is not None else [])
    for word in candidates:
        if word.dep_ in ("advcl", "acl") and word.lemma_ in _SPEAKING:
            for prep in word.children:
                if prep.dep_ == "prep" and prep.lower_ in ("to", "with"):
                    target = next((c for c in prep.children if c.dep_ == "pobj"), None)
                    if target is not None:
                        return noun_phrase(target)
    return None


def _noun_content(noun: Token, verb: Token | None) -> Found | None:
    """A cue noun with its complement: "his belief that …", "a promise to …", "her attacks
    on X" (a preposition only with a possessor, who is then the speaker)."""
    allowed = lexicon().noun_complements.get(noun.lemma_, frozenset({"that"}))
    owned = any(c.dep_ == "poss" for c in noun.children)
    for child in noun.children:
        if not _noun_takes(child, allowed, owned):
            continue
        target = child
        if child.dep_ == "prep":
            target = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
            if target is None:
                continue
        content = _span(noun.doc, target.left_edge.i, target.right_edge.i + 1, noun)
        if content is None:
            return None
        cue_start = verb if verb is not None and verb.i < noun.i else noun
        cue_end = child if child.dep_ == "prep" else noun
        cue = char_range(noun.doc[cue_start.i : cue_end.i + 1])
        return Found("indirect", cue, None, content, verb or noun, None, target)
    return None


def _noun_takes(child: Token, allowed: frozenset[str], owned: bool) -> bool:
    if child.dep_ == "prep":
        return owned and child.lower_ in allowed
    if child.dep_ not in ("acl", "ccomp", "appos", "relcl"):
        return False
    marks = {c.lower_ for c in child.children if c.dep_ in ("mark", "aux")}
    return bool(marks & allowed & {"that", "to"})


def _noun(token: Token, lex: Lexicon) -> Found | None:
    """A cue noun heading its own statement ("the belief that …", "his attacks on X")."""
    if token.pos_ != "NOUN" or token.lemma_ not in lex.nouns:
        return None
    if token.dep_ == "dobj" and token.head.lemma_ in lex.verbs:
        return None  # handled with its verb
    found = _noun_content(token, None)
    if found is None:
        return None
    return set_speaker(found, _noun_source(token))


def _noun_source(noun: Token) -> Token | None:
    """Who holds a cue noun: "his claim", "claims by X", "a Times report", or the subject
    of the clause it sits in ("Democrats persisted in arguments that …")."""
    source = source_of(noun)
    if source != noun:
        return source
    names = [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    if names:
        return names[-1]
    governor = noun.head.head if noun.dep_ == "pobj" else noun.head
    if noun.dep_ in ("dobj", "pobj") and governor.pos_ in ("VERB", "AUX"):
        return subject_of(governor)
    return None


def _phrase(token: Token, lex: Lexicon) -> Found | None:
    """ "according to X, …": the source is the phrase's object, the content its clause."""
    doc = token.doc
    for words in lex.phrases:
        if token.lower_ != words[0] or token.i + len(words) > len(doc):
            continue
        if tuple(t.lower_ for t in doc[token.i : token.i + len(words)]) != words:
            continue
        last = doc[token.i + len(words) - 1]
        source = next((c for c in last.children if c.dep_ == "pobj"), None)
        if source is None:
            continue
        found = Found("indirect", char_range(doc[token.i : last.i + 1]), None, None, token)
        found.content, found.content_root = _phrase_content(
            token, doc[token.i : source.right_edge.i + 1]
        )
        if found.content is None:
            return None
        return set_speaker(found, source_of(source))
    return None


def _phrase_content(token: Token, phrase: Span) -> tuple[Range | None, Token | None]:
    """The clause an "according to" phrase attaches to, minus the phrase itself."""
    doc = token.doc
    head = token.head if token.head != token else token
    while head.dep_ not in ("ROOT", "ccomp", "conj") and head.head != head:
        head = head.head
    sentence = head.sent if head.dep_ == "ROOT" else None
    start = sentence.start if sentence is not None else head.left_edge.i
    end = sentence.end if sentence is not None else head.right_edge.i + 1
    before = _span(doc, start, phrase.start, token)
    after = _span(doc, phrase.end, end, token)
    return (before if _size(before) >= _size(after) else after), head


def _size(rng: Range | None) -> int:
    return rng[1] - rng[0] if rng else 0


def _non_statement(token: Token, lex: Lexicon, claimed: set[int]) -> bool:
    """ "asked not to be named", "requested anonymity": speech words that report nothing.
    Their tokens are claimed so no other rule takes them as a cue."""
    follows = lex.non_statements.get(token.lemma_)
    if not follows:
        return False
    window = token.doc[token.i + 1 : min(token.i + 1 + _NON_STATEMENT_REACH, token.sent.end)]
    hit = next((t for t in window if t.lower_ in follows and not _in_clause_of(t, token)), None)
    if hit is None:
        return False
    claimed.update(range(token.i, hit.i + 1))
    return True


def discourse(token: Token, lex: Lexicon) -> bool:
    """Is this word part of a set phrase that reports nothing ("That said, …", "having
    said that, …", "needless to say")? The phrase must be set off by a comma or the
    sentence's edge, so "the man that said no" is not one."""
    doc = token.doc
    for words in lex.discourse:
        for k, word in enumerate(words):
            start = token.i - k
            if word != token.lower_ or start < 0 or start + len(words) > len(doc):
                continue
            if tuple(t.lower_ for t in doc[start : start + len(words)]) != words:
                continue
            before = start == doc[start].sent.start or doc[start - 1].is_punct
            end = start + len(words)
            if before or end == len(doc) or doc[end].is_punct:
                return True
    return False


def _in_clause_of(word: Token, head: Token) -> bool:
    """Whether ``word`` sits in a that-clause under ``head``: in "posted on its website that
    losses rose" the clause is what was said, so "losses" does not undo "posted"."""
    while word.head.i != word.i and word.i != head.i:
        if word.dep_ == "ccomp":
            return True
        word = word.head
    return False


def _no_comment(token: Token, lex: Lexicon, claimed: set[int]) -> Found | None:
    """ "declined to comment", "did not respond to a request for comment" …"""
    entries = lex.no_comment.get(token.lemma_)
    if not entries:
        return None
    negated = any(c.dep_ == "neg" for c in token.children) or any(
        c.dep_ == "neg" for c in token.head.children if token.dep_ in ("acomp", "xcomp")
    )
    window = token.doc[token.i + 1 : min(token.i + 9, token.sent.end)]
    for obj, needs_negation in entries:
        if needs_negation and not negated:
            continue
        hit = token if not obj else next((t for t in window if t.lemma_ == obj), None)
        if hit is None:
            continue
        claimed.update(range(token.i, hit.i + 1))
        found = Found("no_comment", char_range(token.doc[token.i : hit.i + 1]), None, None, token)
        verb = token if token.pos_ in ("VERB", "AUX") else token.head
        return set_speaker(found, subject_of(verb))
    return None
