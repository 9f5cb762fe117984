"""Arguments: who acted, on whom, and where, as entity ids of the entities stage.

Actors come from the agent of the trigger's clause (the subject of an active verb, the
"by"-phrase of a passive, the possessor or "by"-phrase of an event noun); recipients from
the patient or a "with/against/on/to" phrase. A noun phrase is turned into an entity by
looking at its head, then its apposition and modifiers ("Israeli soldiers"), then a
partitive "of/from/in" phrase ("members of the union"). Nothing here resolves pronouns:
that is the entities stage's job, reached through the mention index.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsgraph.extract.events.mood import PLANNING
from newsgraph.extract.events.scope import (
    DENIALS,
    LINKING,
    PLACE_LABELS,
    SPEECH,
    definite,
    held_in,
    imputed_doer,
    people_noun,
    under_attack,
    undergone,
)
from newsgraph.extract.events.triggers import Candidate, is_participle
from newsgraph.extract.statements.lexicon import lexicon as quotes_lexicon
from newsgraph.extract.syntax import addressed_by, first_child, group_in_number
from newsgraph.extract.times.words import NUMBERS
from newsgraph.lexicon import entities as entity_tables
from newsgraph.lexicon import events as tables
from newsgraph.record import Entity

RECIPIENT_PREPS = tables.word_list("recipient_prep")
# Direct objects that are the thing moved or given, not the side acted upon: with "send
# arms to Pakistan" or "withdraw its troops from Lebanon" the recipient is the prepositional
# object.
_THEMES = tables.word_list("theme")
_MOVES = tables.with_trait("moves")
_RECIPROCAL = tables.with_trait("reciprocal")
_KIN = tables.word_list("kin")
_VOICES = tables.word_list("voice")
# Sectors of group nouns that name a body someone leads ("his forces", "her government").
_BODY_SECTORS = frozenset({"GOV", "MIL", "POL", "JUD"})
# Entities whose names hold no event words ("Working Group on Arbitrary Detention", the
# band "Snow Patrol"); an EVENT's name does ("the Iraq war").
_NAMED_BODIES = frozenset({"ORG", "PERSON"})
# places that are land, not things (a FAC such as "a train" is a side of its own)
_TERRITORY = frozenset({"GPE", "LOC"})
# Speech verbs whose subject tells the act their object names ("announced a ceasefire");
# one who denies it did not ("denied the accusations").
_TELLERS = SPEECH - DENIALS
_ANIMALS = tables.word_list("animal")
_ABSTRACT = tables.word_list("abstract")  # "civil liberties", "the system", "concerns"
_ABSTRACT_PREPS = frozenset({"of", "on", "upon", "against", "to"})
_POLL_FIGURES = tables.word_list("poll_figure")  # "63%", "one in 10", "most", "those"
_LEADING = frozenset({"lead", "led"})
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
_SUBORDINATING_PREPS = frozenset({"before", "after", "until", "since"})  # also conjunctions
_MODIFIER_SIDES = frozenset({"amod", "compound", "npadvmod", "nmod"})
_FRAME_PREPS = frozenset({"in", "during"})
_THING_PRONOUNS = frozenset({"it", "its", "itself"})
_QUANTITIES = tables.word_list("quantity")
# Entities that are things made, not people or bodies: "the film Howl's Moving Castle".
_THING_ENTITIES = frozenset({"WORK_OF_ART", "PRODUCT", "LAW"})
_NOUN_RECIPIENT_PREPS = RECIPIENT_PREPS | {"of"}
_PLACE_PREPS = frozenset({"in", "at", "near", "inside", "outside", "around", "across"})
_TAKES_PLACE = tables.with_trait("located")
_PLACE_IS_TARGET = tables.with_trait("place_target")
# where a material act was done beside a thing it struck ("detonated explosives near a convoy")
_BESIDE_PREPS = frozenset({"near", "outside", "at"})
# Verbal acts aimed at a deed aim at its doer: "condemned the attack by rebels".
_VERBAL = tables.with_trait("at_doer")
_MODIFIER_DEPS = ("compound", "amod", "nmod", "poss", "npadvmod")
# "members of the union", "a camp for Congolese refugees", "a spokesman for the ministry"
_PARTITIVE_PREPS = frozenset({"of", "from", "in", "at", "like", "for"})
_SUBJECTS = ("nsubj", "csubj", "expl")
# Subjects a pronoun can be, active or passive ("they face", "they were freed").
_PLAIN_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_BY = frozenset({"by", "from"})
_DESPITE = frozenset({"despite", "against"})
_CONDITIONS = frozenset({"if", "unless", "until"})
# Acts that defy someone: refusals and protests.
_DEFIANT = frozenset({"REJECT", "PROTEST"})
# Verbal and protest acts whose target can be a deed rather than its doer.
_AIMED_AT_DOERS = _VERBAL | {"PROTEST"}
# what is asked for is wanted done, so its "of" phrase stays its side ("the release of Lai")
_AIMED_AT_DEEDS = _AIMED_AT_DOERS - {"REQUEST"}
# "staged a hunger strike in protest against X", "recalled its envoy in response to X"
_REACTION_NOUNS = frozenset({"protest", "response", "retaliation", "reaction", "reprisal"})
_RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$"})
# Verbal acts (PLOVER quads 1 and 3), whose event noun's "from" phrase is the one who acted.
_SAID = tables.in_quads(1, 3)
# Pronouns that can be the subject of an infinitive after "for" ("for them to leave").
_FOR_PRONOUNS = frozenset({"him", "her", "them", "us", "me", "it"})
# Nouns of a will or step whose infinitive is their owner's act, and verbs whose subject
# owns the one their object names ("made a decision to …").
_INTENTIONS = tables.word_list("intention")
_OWNING = tables.word_list("owning")
_SENDING = tables.word_list("sending")  # "paid two men to kill him": the men kill
_BETWEEN = frozenset({"between"})
_TAKING_PART = tables.word_list("taking_part")  # "Turkey's involvement in conflicts"
_AUTHORING = tables.word_list("authoring")  # "the House passed a resolution": its maker
_PRESENTING = tables.word_list("presenting")  # "tabled a motion opposing X": the tablers
_ASKED_FOR = tables.word_list("asked_for")
_OBTAINING = tables.word_list("obtaining")  # "negotiating a loan": the subject gets it
_STATE_POWER = tables.word_list("state_power")  # "seized power": the seizer's own country
# Entities a stray "by" phrase names as a means or a spot, not a doer: "by helicopter".
_NOT_DOERS = frozenset({"FAC", "LOC", "WORK_OF_ART", "PRODUCT", "LAW", "DATE", "TIME"})
_OUTCOMES = tables.word_list("outcome")  # "lost an appeal": the loser appealed
_CONTESTS = tables.word_list("contest")
_OF_DOERS = tables.word_list("of_doer")  # "the resignation of the minister": the minister's
# Named entity labels of a time, a possessor that says when: "next week's summit".
_TIME_LABELS = frozenset({"DATE", "TIME"})
# "the latter" and "the former" point back to the second or first of the last two sides named
_PAIR_POINTERS = {w: 0 for w in tables.word_list("latter")} | {
    w: 1 for w in tables.word_list("former")
}
_PAIR_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# Modifiers that describe a thing rather than tell which one it is: "a new budget".
_DESCRIBING = frozenset({"det", "predet", "amod", "nummod", "poss", "advmod"})
# Clauses whose doer is the subject of the clause above: "agreed to X", "and X",
# "appeared willing to X" (an object predicate of a linking verb, as spaCy parses it).
# Pronouns a copular clause about no one has for subject ("it was a year since the vote").
_NO_ONE_PRONOUNS = frozenset({"it", "there", "this", "that"})
_CLIMBED = frozenset({"xcomp", "conj", "advcl", "ccomp", "acomp", "oprd"})
# A participle with its own subject or auxiliary heads a clause of its own ("having attacked").
_OWN_CLAUSE = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "csubj"})


class EntityIndex:
    """Token index -> entity id, built once per document from the entity mentions.

    Equivalent to ``entity_at`` on a token's characters, but a dictionary lookup, so
    argument finding stays a small fraction of parse time.
    """

    def __init__(self, doc: Doc, entities: list[Entity]) -> None:
        self.by_token: dict[int, str] = {}
        self.nominal: set[int] = set()  # tokens covered only by a common-noun mention
        self.types: dict[str, str] = {e.id: e.type for e in entities}
        self.sectors: dict[str, str | None] = {e.id: e.sector for e in entities}
        self.countries: dict[str, str | None] = {e.id: e.country for e in entities}
        self.in_body_name: set[int] = set()  # words of an organisation's or a person's name
        for entity in entities:
            for mention in entity.mentions:
                span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
                if span is None or (entity.sector == "MED" and _dateline(span)):
                    continue
                if entity.type in _NAMED_BODIES and mention.kind == "name":
                    self.in_body_name.update(t.i for t in span)
                for token in span:
                    if token.i not in self.by_token:
                        self.by_token[token.i] = entity.id
                        if mention.kind == "nominal":
                            self.nominal.add(token.i)
        # Entities only ever named by a common noun ("the protesters").
        self.unnamed = {e.id for e in entities if all(m.kind == "nominal" for m in e.mentions)}
        # The names of the named ones.
        self.names = {e.id: e.name for e in entities if e.id not in self.unnamed}
        # Things attacked or seized ("a passenger train"), each mention an entity of its own,
        # by their kind: the last word of their name ("train").
        self.thing_kinds = {
            e.id: e.name.split()[-1].lower() for e in entities if e.type == "FAC" and e.name.split()
        }

    def of_phrase(self, head: Token, depth: int = 2, *, owned: bool = True) -> str | None:
        """The entity a noun phrase headed by ``head`` refers to, or None.

        A named head wins; a common-noun head ("activists") yields to a name in apposition
        or in a partitive phrase ("activists from the Fatah party"). An apposition stands
        for its own head, not for its possessor (``owned`` false): "The Wall Street Journal
        newspaper, the country's leading publication" is not the country.
        """
        found = self.by_token.get(head.i)
        if depth == 0 or (found is not None and head.i not in self.nominal):
            return found
        if found is not None and self.types.get(found) == "FAC":
            return found  # a thing is itself: "a train in Balochistan", "the base near Bouake"
        children = list(head.children)
        if found is None and (stray := _stray_apposition(head)) is not None:
            children.append(stray)
        for child in children:
            if child.dep_ == "appos" and (hit := self.of_phrase(child, depth - 1, owned=False)):
                return hit
        named = self._partitive(children, depth)
        if named is not None and self._origin(found, named):
            named = None  # "a mercenary from Belarus" is the mercenary
        if named is not None and found is not None and self._whereabouts(head, named):
            named = None  # "a military convoy in Kalat district" is the convoy
        if named is not None and (found is None or named not in self.unnamed):
            return named
        if found is not None:
            return found
        for child in sorted(children, key=lambda c: abs(c.i - head.i)):
            if child.dep_ in _MODIFIER_DEPS and (hit := self.of_phrase(child, depth - 1)):
                if child.dep_ == "poss" and (not owned or self._someone_else(head, hit)):
                    continue  # "Brown's closest ally denied": not Brown
                return hit
        return named

    def _someone_else(self, noun: Token, possessor: str) -> bool:
        """A person's person ("Brown's ally", "Lai's son", "his supporters") is not that
        person, unless the noun speaks for them (event_words.tsv ``voice``: "Putin's
        spokesman") or is a body they lead ("his party", "Putin's forces")."""
        lemma = noun.lemma_.lower()
        if self.types.get(possessor) != "PERSON" or lemma in _VOICES:
            return False
        if lemma in entity_tables.ORG_NOUN_TYPES:
            return False
        group = entity_tables.GROUP_NOUNS.get(lemma)
        if group is not None:
            return group.sector not in _BODY_SECTORS
        return lemma in _KIN or lemma in entity_tables.TITLES

    def _whereabouts(self, head: Token, named: str) -> bool:
        """The place is where the noun's people or things are: it is named in an "in" or
        "at" phrase on the noun."""
        if self.types.get(named) not in _TERRITORY:
            return False
        preps = (c for c in head.children if c.dep_ == "prep" and c.lower_ in ("in", "at"))
        return any(self.of_phrase(g, 1) == named for p in preps for g in p.children)

    def _origin(self, found: str | None, named: str) -> bool:
        """A place after one person names where they come from, not a side they belong to
        ("a mercenary from Belarus"; "a spokesman for the ministry" is the ministry's)."""
        return self.types.get(found or "") == "PERSON" and self.types.get(named) in PLACE_LABELS

    def _partitive(self, children: list[Token], depth: int) -> str | None:
        for child in children:
            if child.dep_ == "prep" and child.lower_ in _PARTITIVE_PREPS:
                for pobj in child.children:
                    if pobj.dep_ == "pobj" and (hit := self.of_phrase(pobj, depth - 1)):
                        return hit
        return None

    def of_group(self, head: Token | None) -> list[str]:
        """Entities of a head and its coordinated heads ("Burns and Naryshkin"), or the
        sides a counted plural points back to ("both countries")."""
        out: list[str] = []
        for token in _coordinated(head):
            found = self.of_phrase(token)
            for hit in [found] if found is not None else self.pointed_back(token):
                if hit not in out:
                    out.append(hit)
        return out

    def pointed_back(self, noun: Token) -> list[str]:
        """The sides a counted plural points back to: the latest named entities of its
        types (``plural_anaphors.tsv``) before it, as many as it counts ("Egypt and Turkey
        … both countries"); none when fewer were named."""
        if noun.lower_ == "they" and noun.dep_ in _PLAIN_SUBJECTS:
            return self._pair_before(noun)
        if (back := _PAIR_POINTERS.get(noun.lower_)) is not None and noun.dep_ != "amod":
            return self._one_of_pair(noun, back)
        types = entity_tables.PLURAL_ANAPHORS.get(noun.lemma_.lower())
        count = entity_tables.SELF_COUNTING.get(noun.lemma_.lower())
        if count is None and types is not None and noun.tag_ == "NNS":
            count = _counted(noun)
        if types is None or count is None or _pobj(noun, frozenset({"of"})) is not None:
            return []  # "both sides of the divide" are the divide's
        coordinated = self._latest_coordination(noun, types, count)
        if coordinated:
            return coordinated  # "Burkina Faso, Mali and Niger … the trio"
        return self._latest_sides(noun, types, count)

    def _pair_before(self, pronoun: Token) -> list[str]:
        """The sides a subject "they" no entity covers stands for: the named sides the
        subject of the sentence before coordinates ("Smith and Jones pleaded not guilty.
        If convicted, they face …"), when the pronoun's sentence names no side before it."""
        doc = pronoun.doc
        start = pronoun.sent.start
        if start == 0 or any(self.by_token.get(i) for i in range(start, pronoun.i)):
            return []
        root = doc[start - 1].sent.root
        subject = next((c for c in root.children if c.dep_ in _PLAIN_SUBJECTS), None)
        if subject is None or not any(c.dep_ == "conj" for c in subject.children):
            return []
        members = [self.of_phrase(t) for t in _coordinated(subject)]
        if None in members or len(set(members)) < 2:
            return []
        return list(dict.fromkeys(m for m in members if m is not None))

    def home_countries(self, sides: list[str]) -> list[str]:
        """The countries the article names that are the home countries of ``sides`` (the
        Taliban: Afghanistan), when they have one between them."""
        homes = {self.countries.get(side) for side in sides} - {None}
        if len(homes) != 1:
            return []
        for entity, name in self.names.items():
            place = entity_tables.place(name) if self.types.get(entity) == "GPE" else None
            if place is not None and place.kind == "country" and self.countries[entity] in homes:
                return [entity]
        return []

    def people_before(self, pronoun: Token) -> str | None:
        """The people an object "them" stands for: the nearest side named before it in its
        sentence, outside the subjects of its clause and those above, when that is a group
        named by a plural noun and no other plural noun comes between ("barred women in
        Kabul from work, then fined them"; in "told delegates to take decisions to meet
        them" the decisions come between, and "the Tories failed to oppose them" after
        Labour names no group; "the authorities felt the need to detain them" are not
        detained)."""
        own: set[int] = set()  # the subjects of its clause and those above it
        for verb in pronoun.ancestors:
            for subject in (c for c in verb.children if c.dep_ in (*_SUBJECTS, "nsubjpass")):
                own.update(t.i for t in subject.subtree)
        for token in reversed(pronoun.doc[pronoun.sent.start : pronoun.i]):
            found = self.by_token.get(token.i)
            if token.i in own or (found is not None and self.types.get(found) in _TERRITORY):
                continue
            if found is not None and token.tag_ == "NNS":
                return found if self.types.get(found) in ("NORP", "ORG") else None
            if found is not None or token.tag_ in ("NNS", "NNPS"):
                return None
        return None

    def _one_of_pair(self, noun: Token, back: int) -> list[str]:
        """ "The latter" or "the former" of the two sides named last before it ("China's
        measures against Australia for the latter's refusal": Australia)."""
        pair = self._latest_sides(noun, _PAIR_TYPES, 2)
        return [pair[-1 - back]] if pair else []

    def _latest_sides(self, noun: Token, types: frozenset[str], count: int) -> list[str]:
        """The ``count`` sides of ``types`` named last before ``noun``, in text order, or
        none when fewer are."""
        out: list[str] = []
        countries: set[str] = set()
        for i in range(noun.i - 1, -1, -1):
            found = self.by_token.get(i)
            if found is not None and self._a_side(found, out, types, countries):
                out.append(found)
                if len(out) == count:
                    return out[::-1]
        return []

    def _latest_coordination(self, noun: Token, types: frozenset[str], count: int) -> list[str]:
        """The latest named sides before ``noun`` joined by "and" or commas, if as many as
        it counts."""
        doc = noun.doc
        for i in range(noun.i - 1, -1, -1):
            token = doc[i]
            if token.dep_ != "conj" or self.by_token.get(i) is None:
                continue
            while token.dep_ == "conj" and token.head.i != token.i:
                token = token.head
            members: list[str] = []
            countries: set[str] = set()
            for member in _coordinated(token):
                found = self.of_phrase(member)
                if found is not None and self._a_side(found, members, types, countries):
                    members.append(found)
            return members if len(members) == count else []
        return []

    def _a_side(
        self, found: str, taken: list[str], types: frozenset[str], countries: set[str]
    ) -> bool:
        """A named side of one of ``types`` not taken yet: a place only as a country ("the
        two sides" are not Pakistan and Sindh), and one country once ("Turkey" and
        "Turkish"); ``countries`` collects the countries taken."""
        if found in taken or found in self.unnamed or self.types.get(found) not in types:
            return False
        country = self.countries.get(found)
        if self.types.get(found) == "GPE":
            place = entity_tables.place(self.names.get(found, ""))
            if place is None or place.kind != "country":
                return False
        if country is not None and self.types.get(found) != "PERSON":
            if country in countries:
                return False
            countries.add(country)
        return True


def _stray_apposition(noun: Token) -> Token | None:
    """An apposition right after a noun that the parser hung on a noun above it: in
    "agreements between the government and an armed group, the National Liberation Army,"
    the name is the group's, not the agreements'."""
    doc = noun.doc
    comma = noun.i + 1
    if noun.pos_ != "NOUN" or noun.right_edge.i != noun.i or comma + 1 >= len(doc):
        return None
    if doc[comma].text != ",":
        return None
    ancestors = {a.i for a in noun.ancestors}
    for token in doc[comma + 1 : comma + 8]:
        if token.dep_ == "appos" and token.left_edge.i == comma + 1 and token.head.i in ancestors:
            return token
    return None


def _counted(noun: Token) -> int | None:
    """How many a plural counts, when two or more: "both countries", "the three nations"."""
    for child in noun.lefts:
        if child.lower_ == "both" and child.dep_ in ("det", "predet", "preconj"):
            return 2
        if child.dep_ == "nummod":
            value = NUMBERS.get(child.lower_, child.text)
            return int(value) if value.isdigit() and 2 <= int(value) <= 9 else None
    return None


def _dateline(span: Span) -> bool:
    """An agency credit, "BAGHDAD (Reuters) -" or "AFP - Sudan's government …": the
    outlet that carried the story, never a side of the events in it."""
    doc = span.doc
    before = doc[span.start - 1].text if span.start > 0 else ""
    after = doc[span.end].text if span.end < len(doc) else ""
    return before == "(" or after == ")" or after in ("-", "--", "—")


def _coordinated(head: Token | None) -> list[Token]:
    if head is None:
        return []
    out, todo = [], [head]
    while todo and len(out) < 8:
        token = todo.pop()
        out.append(token)
        todo.extend(c for c in token.children if c.dep_ == "conj")
    return sorted(out, key=lambda t: t.i)


def _pobj(token: Token, preps: frozenset[str]) -> Token | None:
    for child in token.children:
        if child.dep_ in ("prep", "agent") and child.lower_ in preps:
            pobj = first_child(child, "pobj")
            if pobj is not None:
                return pobj
    return None


def is_passive(verb: Token) -> bool:
    """A passive clause: "was attacked by militiamen", or a participle standing for one
    ("… but dismissed by the ambassador": a participle with a "by" agent)."""
    return any(c.dep_ in ("nsubjpass", "auxpass", "agent") for c in verb.children) or bool(
        reduced_patient(verb)
    )


def reduced_patient(verb: Token) -> Token | None:
    """The side acted upon by a past participle without a clause of its own: the noun it
    modifies ("books banned by the Taliban", "the jailed publisher") or the subject of the
    clause it is attached to ("if convicted, he faces life", "Arrested in May, Lai …")."""
    if not is_participle(verb) or any(c.dep_ in _OWN_CLAUSE for c in verb.children):
        return None
    if verb.dep_ in ("acl", "amod"):
        return verb.head
    if verb.dep_ == "advcl":
        return first_child(verb.head, ("nsubj", "nsubjpass"))
    if verb.dep_ in ("xcomp", "acomp", "oprd") and verb.head.lemma_.lower() in LINKING:
        return first_child(verb.head, ("nsubj",))  # "two soldiers stand accused of the bombing"
    return None


def speech_head(anchor: Token) -> Token | None:
    """The reporting verb whose complement holds ``anchor`` ("said", "denied"), if any."""
    node = anchor
    for _ in range(4):
        head = node.head
        if head.i == node.i:
            return None
        if node.dep_ == "ccomp" and head.lemma_.lower() in SPEECH:
            return head
        if node.dep_ not in ("conj", "xcomp", "ccomp", "acomp"):
            return None
        node = head
    return None


def speech_subject(anchor: Token) -> Token | None:
    """The subject of the reporting verb whose complement holds ``anchor``."""
    head = speech_head(anchor)
    return first_child(head, _SUBJECTS) if head is not None else None


def agent_head(anchor: Token) -> Token | None:
    """The token heading the agent phrase of a verb's clause, climbing control chains."""
    node, came_from = anchor, None
    for _ in range(5):
        if is_passive(node):
            if came_from is not None and (
                came_from.dep_ == "xcomp"
                or (came_from.dep_ == "pcomp" and first_child(came_from.head, "pobj") is None)
                or (came_from.dep_ == "conj" and not is_passive(came_from))
            ):
                # "X was asked to resign", "X are expected to release …", "X has not been
                # drawn in but has called for …", "X was jailed after attacking …": the
                # passive's subject does the act of its complement, of an active clause
                # joined to it or of an active gerund after a preposition
                return (
                    first_child(node, ("nsubjpass",))
                    or reduced_patient(node)
                    or _shared_subject(node)
                )
            agent = first_child(node, "agent")
            return first_child(agent, "pobj") if agent is not None else _stray_agent(node)
        subject = _subject(node) or _subject_taken_for_object(node) or _for_subject(node)
        if subject is not None and came_from is not None and (chooser := _up_to(node)):
            return chooser  # "it is up to Germany to approve the deal"
        if subject is not None and subject.tag_ in _RELATIVE_TAGS and node.dep_ == "relcl":
            return _who_for(subject) or _antecedent(node.head)
        if subject is not None:
            return subject
        if (written := addressed_by(node)) is not None:
            node, came_from = written, node  # "X wrote to Y demanding …": X demands
            continue
        if node.dep_ == "acl" and node.tag_ == "VBG":
            if node.i == node.head.i + 1 and (maker := _presenter(node.head)) is not None:
                node, came_from = maker, node  # "tabled a motion opposing X": the tablers
                continue
            return _statement_owner(node.head) or node.head
        if node.dep_ == "relcl":
            return _antecedent(node.head)  # "the first to reject", "a group that attacked"
        if node.dep_ == "acl" and node.tag_ == "VBD":
            return _phrase_top(node.head)  # a misparsed main verb: "Doctors from X donated"
        if node.dep_ == "pcomp" and node.head.dep_ in ("prep", "cc"):
            # "advanced … before reaching an agreement", "had no option but to leave"
            node, came_from = _predicated(node.head), node
            continue
        if node.dep_ == "prep" and node.tag_ == "VBG" and node.head.pos_ in ("VERB", "AUX"):
            node, came_from = node.head, node  # "…, including by targeting journalists"
            continue
        if node.dep_ == "acl" and _infinitive(node):
            owner = _intention_owner(node.head)
            if isinstance(owner, Token) and owner.pos_ in ("VERB", "AUX"):
                node, came_from = owner, node  # "Poland announced plans to deploy troops"
                continue
            return owner  # "Germany's decision to impose sanctions", or nobody
        if node.dep_ not in _CLIMBED or node.head.i == node.i:
            return None
        if (reporting := _joined_to_main_clause(node)) is not None:
            node, came_from = reporting, node
            continue
        controller = first_child(node.head, ("dobj",)) if _controlled(node) else None
        if controller is not None and not _instrument(controller):
            return controller  # object control: "prompting France to recall its ambassador"
        node, came_from = node.head, node
    return None


def _up_to(verb: Token) -> Token | None:
    """Whose choice an "it is up to X" clause says its infinitive is: X ("it will be up to
    the voters to accept or refuse")."""
    subject = first_child(verb, ("nsubj", "expl"))
    if verb.lemma_ != "be" or subject is None or subject.lower_ != "it":
        return None
    up = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "up"), None)
    return _pobj(up, frozenset({"to"})) if up is not None else None


def _predicated(prep: Token) -> Token:
    """The clause a gerund's preposition belongs to when the parser hung it on a noun of
    that clause: a predicate noun ("she is a new member of the board after winning the
    vote": the copula's subject won) or the object of "no choice but to …" ("had no choice
    but to leave": whoever had it leaves). Otherwise the word the preposition hangs on."""
    word = prep.head
    if word.pos_ != "NOUN" or word.head.i == word.i:
        return word
    if word.dep_ == "attr" and word.head.lemma_ == "be":
        return word.head
    if word.dep_ == "dobj" and prep.lower_ == "but":
        return word.head
    return word


def _subject(verb: Token) -> Token | None:
    """The verb's subject. Of two, the nearer one when the first is a subheading run into
    the paragraph, which the parser takes for a second subject: a new sentence starts
    between them with a capitalised word that is no name ("Recent attacks Since January,
    the BLA has ramped up attacks": the BLA does). Other pairs are mostly appositions and
    coordinations ("Lisa Power, head of policy at the Trust said"): the first stays."""
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
    before = [c for c in subjects if c.i < verb.i]
    if len(before) < 2:
        return next(iter(subjects), None) or _headline_name(verb)
    first, nearer = before[0], before[-1]
    between = verb.doc[first.right_edge.i + 1 : nearer.left_edge.i + 1]
    return nearer if any(_restarts(t) for t in between) else first


def _headline_name(verb: Token) -> Token | None:
    """A headline's name that the parser made a compound or an adverb of the present-tense
    verb after it ("Wolf attacks Harlow's plans"): the subject that opens the line."""
    if verb.dep_ != "ROOT" or verb.tag_ != "VBZ":
        return None
    first = verb.sent.start
    return next(
        (
            c
            for c in verb.lefts
            if c.dep_ in ("compound", "npadvmod") and c.i == first and c.pos_ == "PROPN"
        ),
        None,
    )


def _restarts(token: Token) -> bool:
    """A capitalised word that is no name, adjective of one or "I", right after a word in
    lower case: a sentence run on from a heading ("Recent attacks Since the beginning")."""
    if not token.is_title or token.pos_ in ("PROPN", "ADJ", "PRON") or token.ent_type_:
        return False  # names, "German", "I"
    before = token.nbor(-1)
    return not before.is_punct and not before.is_space and before.is_lower


def _controlled(verb: Token) -> bool:
    """The verb's doer is its head's object: a complement ("prompting France to recall") or
    the purpose of sending people ("paid two men to kill him", list ``sending``)."""
    if verb.dep_ == "xcomp":
        return True
    return verb.dep_ == "advcl" and _infinitive(verb) and verb.head.lemma_.lower() in _SENDING


def _joined_to_main_clause(verb: Token) -> Token | None:
    """The reporting verb a past verb belongs to when the parser joined it to the clause
    reported, or to an infinitive below that clause's verb, which cannot be its clause: a
    present or future one ("the panel determined that his detention is arbitrary and called
    for his release", "he said the plan aims to mobilize troops and urged his allies to …",
    "she insisted the deal will hold and praised …"), or a state of no one who acts ("he
    said the delay was regrettable but urged calm", "she noted it was a year since the
    vote and called for …", "the plan seemed to have been shelved and urged …")."""
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or verb.lower_ == verb.lemma_.lower():
        return None  # "would restrict access and put a cap on …": "put" may be a base form
    head = verb.head
    while head.dep_ == "xcomp" and _infinitive(head) and head.head.i != head.i:
        head = head.head  # "aims to mobilize … and urged"
    reporting = head.head
    if head.dep_ != "ccomp" or reporting.tag_ not in ("VBD", "VBN"):
        return None
    return reporting if _present(head) or _state_of_no_one(head) else None


def _present(verb: Token) -> bool:
    """A verb in the present, or with a modal ("will hold"), which a past verb cannot share."""
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


def _state_of_no_one(verb: Token) -> bool:
    """A copular clause about a thing or an idea, or about nothing ("it was a year since
    …", "the image was insensitive", "the rule seemed unfair"): its subject does no deed."""
    if verb.lemma_.lower() not in LINKING | {"be"} or first_child(verb, ("auxpass",)):
        return False
    subject = first_child(verb, ("nsubj", "expl"))
    if subject is None:
        return False
    if subject.pos_ in ("PRON", "DET"):
        return subject.lower_ in _NO_ONE_PRONOUNS
    return subject.pos_ == "NOUN" and not people_noun(subject) and not _event_noun(subject)


def _presenter(thing: Token) -> Token | None:
    """The verb whose subject made or holds a thing that a participle describes: in "the
    Tories tabled a motion opposing the bill" a motion does nothing, its tablers oppose
    (``event_words.tsv`` list ``presenting``). Not a noun of people ("hired a man carrying
    a gun"), nor an object of any other verb ("police broke up a rally calling for X"). The
    caller takes only a participle right after the thing, as the parser often hangs one
    further along on the wrong noun ("a poster featuring soldiers fighting the war")."""
    if thing.pos_ != "NOUN" or thing.dep_ != "dobj" or people_noun(thing):
        return None
    return thing.head if thing.head.lemma_.lower() in _PRESENTING else None


def _shared_subject(verb: Token) -> Token | None:
    """The subject a passive joined to an earlier clause shares with it: in "the government
    tried to cut subsidies but was forced to back down" the government was forced, and so
    backs down. Only an active first clause: its subject is the one both clauses are about."""
    if verb.dep_ != "conj" or verb.head.i == verb.i or is_passive(verb.head):
        return None
    return first_child(verb.head, ("nsubj",))


def _for_subject(verb: Token) -> Token | None:
    """The subject of an infinitive that the parser took for the object of a "for" before
    it: in "an EU demand for Turkey to recognise Cyprus" it hangs "for Turkey" on "demand"
    and "recognise" on the main verb. Only a name, people or a personal pronoun: "worked
    for years to win" is no one."""
    to = next((c for c in verb.children if c.dep_ == "aux" and c.tag_ == "TO"), None)
    if to is None or to.i == 0:
        return None
    before = verb.doc[to.i - 1]
    while before.dep_ != "pobj" and before.head.i != before.i and before.head.i < to.i:
        before = before.head  # "for the Turkish government to …": up to the phrase's head
    if before.dep_ != "pobj" or before.head.lower_ != "for" or before.right_edge.i != to.i - 1:
        return None
    if before.pos_ == "PROPN" or people_noun(before) or before.lower_ in _FOR_PRONOUNS:
        return before
    return None


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def _intention_owner(noun: Token) -> Token | None:
    """Whose will or step a noun with an infinitive names (``event_words.tsv`` list
    ``intention``): its possessor ("Germany's decision to impose sanctions"), its "by"
    phrase ("a bid by the rebels to seize the port"), a named or body modifier ("EU plans
    to cut tariffs", "government plans"), or the verb whose subject owns it: the clause it
    is "in" ("fired in a bid to disperse them") or a verb of ``owning`` ("announced plans
    to deploy troops"), which also decides for a possessive pronoun ("announced his
    decision to quit": the announcer), as its resolution is often wrong. None for other
    nouns ("the right to protest", "pressure on X to resign": someone else's)."""
    if noun.lemma_.lower() not in _INTENTIONS:
        return None
    possessor = possessor_of(noun)
    owner = _pobj(noun, frozenset({"by"})) if possessor is None else possessor
    if owner is not None and owner.tag_ != "PRP$":
        return owner
    for child in noun.children:
        if child.dep_ in ("compound", "amod", "nmod") and (
            child.pos_ == "PROPN" or _state_word(child) or people_noun(child)
        ):  # "EU plans", "US attempts", "government plans"
            return child
    top = _phrase_top(noun) if noun.dep_ == "conj" else noun
    if top.dep_ == "pobj" and top.head.lower_ == "in" and top.head.head.pos_ in ("VERB", "AUX"):
        return top.head.head
    if top.dep_ == "dobj" and top.head.lemma_.lower() in _OWNING:
        return top.head
    return None  # "quizzed him about his decision to …": not said whose


def _subject_taken_for_object(verb: Token) -> Token | None:
    """The subject of a finite clause the parser hung on a preposition: in "spent 800 days
    in prison before a court in October granted him bail" it reads "before" as a
    preposition and "a court" as its object; a finite verb always has a subject."""
    if verb.dep_ != "advcl" or verb.tag_ not in _FINITE_TAGS:
        return None
    for prep in verb.head.children:
        if prep.dep_ == "prep" and prep.lower_ in _SUBORDINATING_PREPS and prep.i < verb.i:
            obj = first_child(prep, ("pobj",))
            if obj is not None and obj.right_edge.i == verb.i - 1:
                return obj
    return None


def _antecedent(noun: Token) -> Token:
    """Who a relative clause is about: the noun it modifies, or, when that noun is the
    predicate of a copula, the copula's subject ("Russia was the first to recognise …",
    "HTS is a group that is designated … by the United States"), or the one said to be
    "among" them ("Blair is among those who have called for …", "Among those who
    criticised it was Chirac")."""
    if (member := _among(noun)) is not None:
        return member
    if noun.dep_ != "attr" or _set_off(noun):
        return noun  # "the French government (15%), who also support …": the noun itself
    subject = first_child(noun.head, ("nsubj",))
    return subject if subject is not None and subject.pos_ in ("NOUN", "PROPN") else noun


def _among(noun: Token) -> Token | None:
    """The subject (or, inverted, the predicate) of "be among" the noun."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "among" or noun.head.head.lemma_ != "be":
        return None
    verb = noun.head.head
    member = first_child(verb, ("nsubj",))
    if member is None or member.i == noun.i or member.tag_ in _RELATIVE_TAGS:
        member = first_child(verb, ("attr",))
    return member if member is not None and member.pos_ in ("NOUN", "PROPN") else None


def _who_for(pronoun: Token) -> Token | None:
    """The person a "who" stands for when the parser hung its clause on a noun of no one:
    the name just before it ("a balancing act between Sharon and Netanyahu, who backed
    …": Netanyahu)."""
    noun = pronoun.head.head
    if pronoun.lower_ != "who" or noun.pos_ == "PROPN" or people_noun(noun):
        return None
    before = pronoun.i - 1
    while before >= 0 and pronoun.doc[before].is_punct:
        before -= 1
    word = pronoun.doc[before] if before >= 0 else None
    return word if word is not None and word.pos_ == "PROPN" and word.i > noun.i else None


def _unrelative(head: Token) -> Token:
    """A relative pronoun stands for who its clause is about: "a group that is designated
    …", "the town which rebels shelled"."""
    if head.tag_ in _RELATIVE_TAGS and head.head.dep_ == "relcl":
        return _antecedent(head.head.head)
    return head


def _gerund_patient(verb: Token) -> Token | None:
    """Who undergoes a passive gerund after a preposition: the subject of the clause it
    hangs from ("Dara thanked his supporters after being freed": Dara was freed)."""
    if verb.dep_ != "pcomp" or verb.head.dep_ != "prep":
        return None
    return first_child(verb.head.head, ("nsubj", "nsubjpass"))


def _set_off(noun: Token) -> bool:
    """A relative clause set off by a comma adds to its noun ("…, who …")."""
    clause = next((c for c in noun.children if c.dep_ == "relcl"), None)
    if clause is None:
        return False
    first = clause.left_edge
    return first.i > 0 and first.nbor(-1).lower_ == ","


def _instrument(noun: Token) -> bool:
    """An object that is a means, not someone made to act: a common noun of no people or
    body ("China uses vague laws to suppress …": China suppresses). A means someone owns
    is theirs to use ("using its reserves to provide relief": its owner acts)."""
    if noun.pos_ != "NOUN" or first_child(noun, "poss") is not None:
        return False
    return not people_noun(noun) or _not_a_group_here(noun)


def _not_a_group_here(noun: Token) -> bool:
    """A group noun in a number that names no group ("used force to disperse them") and no
    title, body or kin either."""
    lemma = noun.lemma_.lower()
    group = entity_tables.GROUP_NOUNS.get(lemma)
    if group is None or noun.tag_ != "NN":
        return False
    if group_in_number(noun, singular=group.singular, modified=group.modified):
        return False
    return lemma not in entity_tables.TITLES and lemma not in entity_tables.ORG_NOUN_TYPES


def _stray_agent(verb: Token) -> Token | None:
    """A passive's "by" phrase that the parser hung on the noun before it: "were threatened
    with economic consequences by China". An event noun's own "by" phrase is its doer, so
    that one is left to the noun ("wounded in an attack by rebels")."""
    for pobj in _prep_objects(verb, frozenset({"with", "for", "over", "as"})):
        if not _event_noun(pobj) and (by := _pobj(pobj, frozenset({"by"}))) is not None:
            return by
    return None


def thing_patient(cand: Candidate, index: EntityIndex) -> bool:
    """The act is done to a thing, not to people or a body: its object, passive subject,
    "to" phrase or possessor is "it" or a singular common noun that no entity covers and
    that names no people ("released the film", "press the button", "its release in June").
    A plural is taken for people ("released the strikers"); the plural things that verbs
    take are rows of ``event_verbs.tsv`` ("release figures")."""
    core = cand.core
    if core.pos_ == "NOUN":  # also under a support verb: "issued a statement on the release"
        heads = [possessor_of(core), first_child(core, "dobj")]  # "start shooting Racing …"
        if _patient_possessor(core):  # "the re-release of the song": "of" names the patient
            heads.append(_pobj(core, frozenset({"of"})))
    else:
        heads = [*_patients(cand.anchor), _pobj(cand.anchor, frozenset({"to"}))]
    head = next((h for h in heads if h is not None), None)
    if head is None:
        return False
    if head.tag_ in _RELATIVE_TAGS and head.head.dep_ == "relcl":
        head = head.head.head  # "the film, which was released": the film
    if _named_as_thing(head, tables.no_event_objects(core.lemma_.lower())):
        return True  # "figures released by the ministry", "Elvis's re-released songs"
    if head.pos_ == "PRON":
        return head.lower_ in _THING_PRONOUNS
    if head.tag_ == "NNP":  # a name no entity covers: a title ("start shooting Racing …")
        found = index.of_phrase(head)
        return found is None or index.types.get(found) in _THING_ENTITIES
    return head.tag_ == "NN" and index.of_phrase(head) is None and not people_noun(head)


def listed_thing_patient(cand: Candidate) -> bool:
    """A verb done to one of the things its no-event rows list (``-`` rows of
    ``event_verbs.tsv``) where the thing is no object of its own: the noun a relative or
    reduced clause describes ("a balance to be struck", "the target it has met", "vines
    destroyed"), an object shared with a coordinated verb, or the subject of a passive
    infinitive. The verb's own object is matched by the rows themselves."""
    if cand.kind != "verb" or cand.core.i != cand.anchor.i:
        return False
    if first_child(cand.anchor, "prt") is not None:
        return False  # the rows are of the bare verb: "the site was taken over by police"
    things = tables.no_event_objects(cand.core.lemma_.lower())
    if not things:
        return False
    verb = cand.anchor
    heads = (
        reduced_patient(verb),
        _raised_patient(verb),
        _shared_object(verb),
        _relative_head(verb),
    )
    return any(_named_as_thing(h, things) for h in heads if h is not None)


def _relative_head(verb: Token) -> Token | None:
    """The noun a relative or passive infinitive clause is about when the verb takes no
    object of its own ("a balance to be struck", "the target that it met", "a target he says
    he has met"); an active infinitive says what the noun is for ("a need to recognise")."""
    node = verb
    for _ in range(3):
        if first_child(node, ("dobj", "nsubjpass")) not in (None, *_relative_words(node)):
            return None
        if node.dep_ == "relcl" or (node.dep_ == "acl" and first_child(node, "auxpass")):
            return node.head  # "the target it met", "a balance to be struck" ("a need to see")
        if node.dep_ != "ccomp":
            return None
        node = node.head
    return None


def _relative_words(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.tag_ in _RELATIVE_TAGS]


def _named_as_thing(head: Token, things: frozenset[str]) -> bool:
    """The patient or a noun compounded with it is one of the things the verb's no-event
    rows list ("growth figures", "hit song Jailhouse Rock")."""
    words = [head, *(c for c in head.children if c.dep_ in ("compound", "nmod"))]
    words += [g for w in words[1:] for g in w.children if g.dep_ == "compound"]
    return any(w.lemma_.lower() in things for w in words)


def animal_patient(cand: Candidate) -> bool:
    """The act is done to animals: its object or passive subject names them ("shoot game
    animals", "dogs are slaughtered", "capture the dogs")."""
    heads = [h for h in _patients(cand.anchor) if h is not None]
    amounts = [h for h in heads if h.lemma_.lower() in _QUANTITIES]  # "a total of 91 foxes"
    heads += [p for h in amounts for p in _prep_objects(h, frozenset({"of"}))]
    return any(h.lemma_.lower() in _ANIMALS or _compound_animal(h) for h in heads)


def abstract_patient(cand: Candidate) -> bool:
    """Every patient the act names is an idea, a rule, a system, a need or a good (list
    ``abstract``), so that an act done to people or bodies is a figure of speech: "the
    biggest attack on civil liberties", "abuses of the system", "immigration abuse", "meet
    the concerns", "services being threatened". An act with no patient named is left alone."""
    heads = _figurative_patients(cand)
    return bool(heads) and all(h.lemma_.lower() in _ABSTRACT for h in heads)


def poll_figure(cand: Candidate, index: EntityIndex) -> bool:
    """The stance is held by an opinion poll's figure that names no entity: "63% supported a
    ban", "one in 10 recognised him", "most city-dwellers support it", "47% said they
    backed it", "those neither supporting nor opposing" (list ``poll_figure``)."""
    verb = cand.anchor
    if cand.kind != "verb":
        return False
    holder = verb.head if verb.dep_ == "acl" else agent_head(verb)
    if holder is not None and holder.tag_ in _RELATIVE_TAGS and verb.dep_ == "relcl":
        holder = verb.head  # "those who support it"
    if holder is not None and holder.lower_ == "they" and (said := speech_head(verb)):
        holder = agent_head(said)  # "47% said they supported the ban"
    return holder is not None and _figure(holder) and index.of_phrase(holder) is None


def _figure(token: Token) -> bool:
    """A share or count of people: "63%", "the majority", "one in 10", "most voters"."""
    if token.lower_ in _POLL_FIGURES or token.lemma_.lower() in _POLL_FIGURES:
        return True
    if token.pos_ == "NUM" and (
        any(n.pos_ == "NUM" for n in _prep_objects(token, frozenset({"in"})))
        or any(c.dep_ == "quantmod" and c.lower_ == "in" for c in token.children)
    ):
        return True  # "one in 10", "two in three" (parsed either way)
    return any(c.dep_ in ("amod", "det") and c.lower_ == "most" for c in token.children)


def _figurative_patients(cand: Candidate) -> list[Token]:
    """Whom or what an act is done to: a verb's object, passive subject or the noun its
    clause describes; a noun's "of"/"on"/"against"/"to" phrase, a possessor it is done to
    and, but for force, a compound of list ``abstract`` ("immigration abuse"; a "drug war" is
    fought with arms)."""
    core = cand.core
    if core.pos_ == "NOUN":
        heads: list[Token | None] = list(_prep_objects(core, _ABSTRACT_PREPS))
        if cand.code.type != "ASSAULT":  # "a drug war", "bomb attacks": the kind, the weapon
            heads += [
                c for c in core.children if c.dep_ == "compound" and c.lemma_.lower() in _ABSTRACT
            ]
        if _patient_possessor(core):
            heads.append(possessor_of(core))
    else:
        heads = [*_patients(cand.anchor), _relative_head(cand.anchor)]
    out = []
    for head in heads:
        if head is not None and head.tag_ in _RELATIVE_TAGS:
            head = _relative_antecedent(head)  # "services that are being threatened": the services
        if head is not None:
            out.extend([head, *(c for c in head.children if c.dep_ == "conj")])
    return out


def _relative_antecedent(relative: Token) -> Token | None:
    """The noun a relative pronoun stands for: the head of its relative clause, or the
    focus of a cleft the parser reads as a complement ("it is our services that are
    threatened")."""
    clause = relative.head
    if clause.dep_ == "relcl":
        return clause.head
    if clause.dep_ == "ccomp" and clause.head.lemma_ == "be":
        return first_child(clause.head, "attr")
    return None


def _patients(verb: Token) -> list[Token | None]:
    """Who or what a verb is done to: its object or passive subject, then the noun or
    subject a reduced participle describes."""
    return [
        first_child(verb, ("dobj", "nsubjpass")) or _shared_object(verb),
        reduced_patient(verb),
        _raised_patient(verb),
    ]


def _shared_object(verb: Token) -> Token | None:
    """The object a verb shares with the verb coordinated after it: "those who slaughter
    and butcher the dogs"; none for a verb with a complement of its own ("refused to
    deploy troops and urged its citizens …")."""
    if first_child(verb, ("dobj", "xcomp", "ccomp")) is not None:
        return None
    for conj in (c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"):
        if first_child(verb, ("nsubj", "nsubjpass")) is None or first_child(conj, "nsubj") is None:
            return first_child(conj, "dobj")
    return None


def _raised_patient(verb: Token) -> Token | None:
    """The subject of the verb a passive infinitive completes: "the film is to be
    released", "the single is not going to be released"."""
    if verb.dep_ != "xcomp" or first_child(verb, "auxpass") is None:
        return None
    return first_child(verb.head, ("nsubj", "nsubjpass"))


def _compound_animal(head: Token) -> bool:
    return any(c.dep_ == "compound" and c.lemma_.lower() in _ANIMALS for c in head.children)


def _statement_owner(noun: Token) -> Token | None:
    """Who issued a statement named by a noun: "the party issued a declaration demanding
    …", "its letter urging …", "said in a statement calling for …"."""
    if noun.lemma_.lower() not in quotes_lexicon().nouns:
        return None
    possessor = first_child(noun, "poss")
    if possessor is not None:
        return possessor
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    return first_child(verb, _SUBJECTS) if noun.dep_ in ("dobj", "pobj") else None


def _phrase_top(noun: Token) -> Token:
    while noun.dep_ in ("pobj", "prep", "conj") and noun.head.i != noun.i:
        noun = noun.head
    return noun


def actors(cand: Candidate, index: EntityIndex) -> list[str]:
    """Entity ids of the side that acts."""
    if cand.kind == "demand":
        return index.of_group(agent_head(cand.speaker)) if cand.speaker else []
    if cand.kind == "noun":
        found = _noun_actors(cand.core, index)
        if not found and cand.code.type in _RECIPROCAL:
            found = _parties(cand.core, index)
        return found
    if (accused := imputed_doer(cand.anchor)) is not None:
        return index.of_group(accused)  # "accused X of aiding rebels"
    head = agent_head(cand.anchor)
    if (head is None or head.i == cand.core.i) and cand.core.pos_ == "NOUN":
        return _noun_actors(cand.core, index)  # "talks between X and Y began"
    if head is not None and head.tag_ == "PRP":
        # PLOVER codes the speaker as the source of a reported pronoun ("Syria says it will"),
        # unless the pronoun cannot be the speaker ("the Tories say he is surrendering").
        speaker = speech_subject(cand.anchor)
        if (
            speaker is not None
            and speaker.tag_ != "PRP"
            and _may_corefer(head, speaker, index)
            and not _named_between(cand.anchor, speaker.head)
        ):
            head = speaker
    if head is not None and _event_noun(head):
        # "a U.S. airstrike killed five": the U.S. killed; "the London bombings killed 52":
        # a place before the noun says where, and no one is named
        return _noun_actors(head, index) or _unplaced(_operators(head, index), head, index)
    found = _operators(head, index)
    if not found and head is None:  # "five soldiers were killed in an ambush by rebels"
        for frame in _prep_objects(cand.anchor, _FRAME_PREPS):
            if _event_noun(frame) and (found := _noun_actors(frame, index)):
                return found
    return found


def _operators(head: Token | None, index: EntityIndex) -> list[str]:
    """Entities of an agent phrase, where a thing acts through whoever operates it: "Israeli
    helicopters shelled …" is Israel's act, and a thing with no such modifier ("the train")
    does nothing."""
    out: list[str] = []
    for token in _coordinated(head):
        found = index.of_phrase(token)
        if found is not None and index.types.get(found) == "FAC":
            found = next(
                (
                    hit
                    for child in token.children
                    if child.dep_ in _MODIFIER_DEPS
                    and (hit := index.of_phrase(child, 0)) is not None
                    and index.types.get(hit) != "FAC"
                ),
                None,
            )
        for hit in [found] if found is not None else index.pointed_back(token):
            if hit not in out:
                out.append(hit)
    return out


def _unplaced(found: list[str], noun: Token, index: EntityIndex) -> list[str]:
    """``found`` less the places named before an event noun ("the London bombings")."""
    places = {
        hit
        for child in noun.children
        if child.dep_ in _MODIFIER_SIDES
        and (hit := index.of_phrase(child, 0)) is not None
        and index.types.get(hit) in PLACE_LABELS
        and not _state_word(child)
    }
    return [hit for hit in found if hit not in places]


def _event_noun(token: Token) -> bool:
    return token.pos_ == "NOUN" and token.lemma_.lower() in tables.nouns()


_PERSONAL = frozenset({"he", "she", "him", "her"})


def _named_between(anchor: Token, reporting: Token) -> bool:
    """A clause between the pronoun's and the reporting verb names its own subject: in "X
    said Mr Blair had decided he would quit", "he" is nearer to Blair than to X."""
    node = anchor.head
    while node.i != reporting.i and node.head.i != node.i:
        subject = first_child(node, _SUBJECTS)
        if subject is not None and subject.pos_ == "PROPN":
            return True
        node = node.head
    return False


def _may_corefer(pronoun: Token, speaker: Token, index: EntityIndex) -> bool:
    """ "He"/"she" name a person; a speaker that is a party, a country or a group of people
    ("the Tories", "Labour", "officials") is someone else."""
    if pronoun.lower_ not in _PERSONAL:
        return True
    if speaker.tag_ in ("NNS", "NNPS"):
        return False
    found = index.of_phrase(speaker)
    return found is None or index.types.get(found) == "PERSON"


def actors_of(head: Token, index: EntityIndex) -> list[str]:
    """Entity ids of the agent phrase headed by ``head`` (and its conjuncts)."""
    return index.of_group(head)


def _noun_actors(noun: Token, index: EntityIndex) -> list[str]:
    possessor = possessor_of(noun)
    if possessor is not None and not _patient_possessor(noun):
        found = index.of_group(possessor)
        if found or possessor.ent_type_ not in _TIME_LABELS:
            return found  # "next week's EU summit" says when, and its modifier who
    if undergone(noun):  # "drew criticism from Labour", the phrase on either word
        by = _pobj(noun, _BY) or _pobj(noun.head, _BY)
    elif under_attack(noun):  # "came under attack from rebels"
        by = _pobj(noun, _BY) or _pobj(noun.head.head, _BY)
    else:  # "the attack by rebels", "a coup led by the army chief", "criticism from X"
        by = (
            _pobj(noun, frozenset({"by"}))
            or _participle_agent(noun)
            or _said_from(noun)
            or _predicate_agent(noun)
        )
    if by is None and (stray := _stray_by(noun, index)):
        return stray  # "condemned the detention of two men by the police"
    if by is None and noun.lemma_.lower() in _OF_DOERS:
        by = _pobj(noun, frozenset({"of"}))  # "the resignation of the interior minister"
    if by is not None:
        return index.of_group(by)
    if (accused := imputed_doer(noun)) is not None:
        return index.of_group(accused)  # "X stands accused of the bombing"
    if (part := _part_taken(noun)) is not None:
        return index.of_group(part)  # "Turkey's involvement in military conflicts"
    for child in noun.children:
        if child.dep_ == "amod" and child.lemma_.lower() in _LEADING:
            # "the US-led invasion", "a Saudi-led coalition": the leader does it
            child = first_child(child, ("npadvmod", "compound", "nmod")) or child
        if child.dep_ in _MODIFIER_SIDES and (hit := index.of_phrase(child, 0)):
            if index.types.get(hit) in PLACE_LABELS and not _state_word(child):
                continue  # "the Madrid talks", "the Bouake attack": where, not who
            return [hit]
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in _TELLERS:
        return index.of_group(first_child(noun.head, _SUBJECTS))  # "confirmed a call"
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in PLANNING:
        return index.of_group(agent_head(noun.head))  # "the rebels planned an attack"
    if _contested(noun):
        return index.of_group(agent_head(noun.head))  # "the assembly lost an appeal"
    if (verb := _reacting_verb(noun)) is not None:
        return index.of_group(agent_head(verb))  # "workers walked out in protest": theirs
    between = _between(noun)
    sides = index.of_group(between) if between is not None else []
    return sides[:1] if len(sides) > 1 else []  # "talks between X and Y": X with Y


def _stray_by(noun: Token, index: EntityIndex) -> list[str]:
    """The "by" phrase of an event noun that the parser hung on the active verb whose object
    the noun is, or on the noun's own prepositional object: "condemned the detention of two
    men by the police", "raids on suspected smugglers by the coastguard". An active verb
    has no agent, so a "by" phrase there names a side only as the noun's doer; one naming a
    thing or a region says how or where ("by helicopter", "by the river")."""
    if noun.dep_ != "dobj" or is_passive(noun.head):
        return []
    hosts = [noun.head] + [
        pobj
        for pobj in _prep_objects(noun, _NOUN_RECIPIENT_PREPS)
        if not _event_noun(pobj) and pobj.pos_ != "VERB"
    ]
    for host in hosts:
        for by in _prep_objects(host, frozenset({"by"})):
            found = index.of_group(by) if by.i > noun.i else []
            if found and not any(index.types.get(hit) in _NOT_DOERS for hit in found):
                return found
    return []


def _contested(noun: Token) -> bool:
    """A contest its clause's subject won or lost (lists ``outcome`` and ``contest``): "the
    assembly lost an appeal", "the army won the battle"."""
    return (
        noun.dep_ == "dobj"
        and noun.head.lemma_.lower() in _OUTCOMES
        and noun.lemma_.lower() in _CONTESTS
    )


def _part_taken(noun: Token) -> Token | None:
    """The owner of a noun of taking part whose "in" phrase the event noun heads (list
    ``taking_part``): "Turkey's involvement in military conflicts", "Iran's role in the
    attack"."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "in" or prep.head.lemma_.lower() not in _TAKING_PART:
        return None
    return possessor_of(prep.head)


def _between(noun: Token) -> Token | None:
    """The "between" phrase of an event noun, on the noun or, as the parser often hangs it,
    on the verb it is the subject of or a participle on it ("fighting erupted between X and
    Y", "an exchange of fire was reported between X and Y")."""
    found = _pobj(noun, _BETWEEN)
    if found is None and noun.dep_ in ("nsubj", "nsubjpass") and noun.head.pos_ == "VERB":
        found = _pobj(noun.head, _BETWEEN)
    for participle in (c for c in noun.children if c.dep_ == "acl" and found is None):
        found = _pobj(participle, _BETWEEN)
    return found


def _reacting_verb(noun: Token) -> Token | None:
    """The verb a reaction noun says the manner of ("walked out in protest against the
    rules", "fired in retaliation for the raid"): whoever does that verb reacts."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "in" or noun.lemma_.lower() not in _REACTION_NOUNS:
        return None
    return prep.head if prep.head.pos_ in ("VERB", "AUX") and prep.head.i != prep.i else None


def _said_from(noun: Token) -> Token | None:
    """The "from" phrase of a noun of a verbal act (PLOVER quads 1 and 3) names who made
    it: "complaints from residents", "a warning from the commissioner", "support from
    Labour". Material acts are left out: "withdrawal from Iraq", "release from prison" and
    "expulsion from the party" say where from."""
    code = tables.nouns().get(noun.lemma_.lower())
    if code is None or code.type not in _SAID:
        return None
    return _pobj(noun, frozenset({"from"}))


def _participle_agent(noun: Token) -> Token | None:
    """The "by" phrase of a participle that describes an event noun: in "a coup led by the
    army chief" or "raids carried out by militias" the agent of the participle did the
    event."""
    for child in noun.children:
        if child.dep_ == "acl" and child.tag_ == "VBN":
            agent = first_child(child, "agent")
            if agent is not None:
                return first_child(agent, "pobj")
    return None


def _predicate_agent(noun: Token) -> Token | None:
    """The "by" phrase of what an event noun is said to be: in "the attack was a blunder by
    the authorities" or "the attack was deliberate by X" the authorities did it."""
    if noun.dep_ != "nsubj" or noun.head.lemma_ != "be":
        return None
    for predicate in (c for c in noun.head.children if c.dep_ in ("attr", "acomp")):
        if (found := _pobj(predicate, frozenset({"by"}))) is not None:
            return found
    return None


def _parties(noun: Token, index: EntityIndex) -> list[str]:
    """The doer of talks, an agreement or cooperation that names no doer of its own: the
    body whose meeting it is ("the security meeting of ECOWAS"), or, when it is held "with"
    another side, the subject of the clause that has it as object ("Turkey is eyeing an
    agreement with Cairo") or the speaker who tells of it ("Pakistan said discussions with
    the IMF are progressing")."""
    if (body := _pobj(noun, frozenset({"of"}))) is not None and _named(body, index):
        return index.of_group(body)
    if _pobj(noun, frozenset({"with"})) is None:
        return []
    node = noun
    while node.dep_ in ("dobj", "pobj", "prep", "conj", "appos") and node.head.i != node.i:
        node = node.head
    if node.i != noun.i and node.pos_ in ("VERB", "AUX"):
        head = agent_head(node)
        return index.of_group(head) if head is not None and head.i != noun.i else []
    if noun.dep_ in ("nsubj", "nsubjpass"):
        return index.of_group(speech_subject(noun.head))
    return []


def _named(token: Token, index: EntityIndex) -> bool:
    found = index.of_phrase(token)
    return found is not None and index.types.get(found) not in PLACE_LABELS


def possessor_of(noun: Token) -> Token | None:
    """A noun's possessor, shared by a conjunct with no determiner of its own: in "Lai's
    trial and unjust detention" both are Lai's."""
    for _ in range(4):
        possessor = first_child(noun, "poss")
        if possessor is not None or noun.dep_ != "conj" or first_child(noun, "det") is not None:
            return possessor
        noun = noun.head
    return None


def _obtained(noun: Token) -> bool:
    """A noun of a thing given that its clause's subject seeks or gets (``obtaining``):
    "Kenya is negotiating a loan"."""
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in _OBTAINING


def _patient_possessor(noun: Token) -> bool:
    """ "Lai's release", "his trial": the possessor is acted upon (``event_nouns.tsv``)."""
    return noun.lemma_.lower() in tables.patient_possessors()


def _state_word(token: Token) -> bool:
    """A country's name or demonym ("U.S.", "Russian"), which stands for its state."""
    place = entity_tables.place(token.text)
    return place is not None and place.kind in ("country", "demonym")


def recipients(cand: Candidate, index: EntityIndex, exclude: list[str]) -> list[str]:
    """Entity ids of the side acted upon (empty when none is named).

    With no named patient, a material act takes the place it happened in as its target,
    as event coders do ("lifted the curfew in Montenegro", "shelled targets in Jericho").
    """
    heads = _recipient_heads(cand)
    if cand.code.type in _MOVES:  # "withdrew troops", "sent aid": the doer's own
        heads = [h for h in heads if h.lemma_.lower() not in _THEMES and not _armed_force(h)]
    placed: list[str] = []  # "blocked streets in Hong Kong": a place, if nothing better
    for head in heads:
        if cand.code.type in _AIMED_AT_DEEDS and _deed(head, index):
            continue  # "a trial over the bombing of a base": the bombers', not the base's
        found = [e for e in index.of_group(_unrelative(head)) if e not in exclude]
        if not found and head.lower_ == "them" and index.by_token.get(head.i) is None:
            found = [e for e in [index.people_before(head)] if e is not None and e not in exclude]
        if found and not placed and _place_around(head, found, index):
            placed = found
        elif found:
            return found
    if placed:
        return placed
    if cand.code.type in _AIMED_AT_DOERS:
        # "in protest against violations by the security forces", "rejected the plan of the
        # junta": a verbal act against a deed is aimed at whoever did it.
        for head in heads:
            for doer in _doers(head):
                found = [e for e in index.of_group(doer) if e not in exclude]
                if found:
                    return found
        for head in heads:  # "rejected the budget": the budget told before was someone's
            found = [e for e in _maker_told_before(head, index) if e not in exclude]
            if found:
                return found
    if cand.code.type == "REQUEST":
        # "called for an inclusive government in Syria": the side what is asked for is of
        # ("called for Lai's release" asks his jailers, whom the release names, if anyone)
        for wanted in _prep_objects(cand.anchor, _ASKED_FOR):
            if _event_noun(wanted):
                continue
            found = [e for e in index.of_group(wanted) if e not in exclude]
            if found:
                return found
    if cand.code.type in _PLACE_IS_TARGET:
        for near in _prep_objects(cand.anchor, _BESIDE_PREPS):  # "a blast near a convoy"
            found = [e for e in index.of_group(near) if index.types.get(e) not in _TERRITORY]
            if found and not set(found) & set(exclude):
                return found
        place = location(cand, index)
        if place is not None and place not in exclude:
            return [place]
    seized = first_child(cand.anchor, ("dobj",))
    if seized is not None and seized.lemma_.lower() in _STATE_POWER:
        return [c for c in index.home_countries(exclude) if c not in exclude]
    return []


def _deed(noun: Token, index: EntityIndex) -> bool:
    """An event noun that no entity covers and no modifier names a side of ("the bombing
    of a base"; "an Australian ultimatum" is Australia's): a verbal act at it is aimed at
    its doers (:func:`_doers`), never at whoever its "of" phrase names."""
    if not _event_noun(noun) or index.by_token.get(noun.i) is not None:
        return False
    if not _prep_objects(noun, frozenset({"of"})):
        return False  # "joined the UK-wide strike": the strike is the country's
    modifiers = (c for c in noun.children if c.dep_ in _MODIFIER_DEPS)
    return all(index.of_phrase(c, 0) is None for c in modifiers)


def _place_around(head: Token, found: list[str], index: EntityIndex) -> bool:
    """A common noun no entity covers that yields only the place in its "in/at" phrase
    ("blocked streets in Hong Kong in defiance of Chinese authorities"): a weaker side
    than any other the act names."""
    return (
        head.pos_ == "NOUN"
        and index.by_token.get(head.i) is None
        and all(index.types.get(e) in _TERRITORY for e in found)
    )


def _armed_force(noun: Token) -> bool:
    """A noun of armed men (a MIL group noun or title: "reservists", "marines"), which a
    move of the doer's moves as its own."""
    lemma = noun.lemma_.lower()
    group = entity_tables.GROUP_NOUNS.get(lemma)
    title = entity_tables.TITLES.get(lemma)
    return (group is not None and group.sector == "MIL") or (
        title is not None and title.sector == "MIL"
    )


def _recipient_heads(cand: Candidate) -> list[Token]:
    anchor, heads = cand.anchor, []
    if cand.kind == "demand":  # only the one who must act: "X said Y must …"
        return [h for h in _coordinated(first_child(anchor, ("nsubj", "nsubjpass")))][:1]
    if cand.kind == "verb" and is_passive(anchor):
        patient = first_child(anchor, "nsubjpass") or reduced_patient(anchor)
        heads.append(patient or _gerund_patient(anchor))
    if cand.kind != "noun":
        heads += _clause_heads(anchor)
    if _patient_possessor(cand.core):
        heads.append(possessor_of(cand.core))
    if cand.kind == "noun" and undergone(cand.core):
        heads.append(agent_head(cand.core.head))  # "Lai faces charges": Lai is charged
    if cand.kind == "noun" and cand.code.type in _MOVES and _obtained(cand.core):
        heads.append(agent_head(cand.core.head))  # "Kenya secured a loan": Kenya gets it
    if under_attack(cand.core):  # "the train came under attack": the train is the target
        heads.append(agent_head(cand.core.head.head))
    if held_in(cand.core):  # "Lai remains in detention", "put the men on trial"
        verb = cand.core.head.head
        heads.append(first_child(verb, ("dobj", "nsubjpass")) or agent_head(verb))
    if cand.code.type in _VERBAL:
        for obj in (c for c in anchor.children if c.dep_ == "dobj"):
            heads += _prep_objects(obj, frozenset({"by"}))
    heads += _prep_objects(cand.core, _NOUN_RECIPIENT_PREPS)
    if cand.kind == "noun" and _pobj(cand.core, _BETWEEN) is None:
        heads.append(_between(cand.core))  # "fighting erupted between X and Y": Y
    for pobj in _prep_objects(cand.core, frozenset({"of"})):  # "suspension of links with X"
        heads += _prep_objects(pobj, RECIPIENT_PREPS)
    for token in cand.tokens:
        if token.i not in (anchor.i, cand.core.i) and token.pos_ in ("NOUN", "PROPN"):
            heads += _prep_objects(token, _NOUN_RECIPIENT_PREPS)
    for pobj in _prep_objects(anchor, frozenset({"in"})):  # "in protest against X"
        if pobj.lemma_.lower() in _REACTION_NOUNS:
            heads += _prep_objects(pobj, RECIPIENT_PREPS)
    if cand.kind != "noun":  # the nearest clause first: "offered to pay X to invite her"
        for clause in (c for c in anchor.children if c.dep_ in ("ccomp", "xcomp")):
            heads.append(first_child(clause, ("nsubj", "nsubjpass")))
            heads += _clause_heads(clause)
    for inner in cand.absorbed:
        if inner.anchor.dep_ == "ccomp":  # "demanded that the US cancel …"
            heads.append(first_child(inner.anchor, ("nsubj", "nsubjpass")))
        heads += _clause_heads(inner.anchor)
        if cand.code.type == "ACCUSE" and inner.kind == "noun":
            heads += _doers(inner.core)  # "a trial over the bombing of a base": the bombers
        else:
            heads += _prep_objects(inner.core, _NOUN_RECIPIENT_PREPS)
    if cand.kind != "noun":
        for clause in (c for c in anchor.children if _purpose(c)):
            heads += _clause_heads(clause)  # "began a hunger strike to protest against X"
    if cand.code.type in _DEFIANT or cand.code.type == "THREATEN":
        clauses = [anchor, *(c for c in anchor.children if c.dep_ == "xcomp")]
        clauses += [c.anchor for c in cand.absorbed]
        for node in clauses:
            if cand.code.type == "THREATEN":  # "… if the United States goes ahead"
                heads += _condition_subjects(node)
            else:  # "declined to resign despite pressure by X"
                heads += _defied(node)
    return [h for h in heads if h is not None]


def _defied(node: Token) -> list[Token]:
    """What an act defies: "despite X", "in defiance of X" (and X's doer, if X is a deed)."""
    out = []
    for pobj in _prep_objects(node, _DESPITE):
        out.append(pobj)
        out += _doers(pobj)
    for pobj in _prep_objects(node, frozenset({"in"})):
        if pobj.lemma_.lower() == "defiance":
            out += _prep_objects(pobj, frozenset({"of"}))
    return out


def _condition_subjects(node: Token) -> list[Token]:
    return [
        subject
        for clause in node.children
        if clause.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in _CONDITIONS for m in clause.children)
        for subject in clause.children
        if subject.dep_ in ("nsubj", "nsubjpass")
    ]


def _doers(deed: Token) -> list[Token]:
    """The agents of a deed named by a common noun: its possessor, its "by"-phrase or that
    of a participle describing it ("a theory raised by the lawyers")."""
    if deed.pos_ != "NOUN":
        return []
    out = [c for c in deed.children if c.dep_ == "poss"] + _prep_objects(deed, _BY)
    agent = _participle_agent(deed)
    return [*out, agent] if agent is not None else out


def _maker_told_before(thing: Token, index: EntityIndex) -> list[str]:
    """Whoever made a thing named again with "the" and no side of its own ("rejected the
    budget"): the maker its latest earlier mention names (:func:`_maker`), as a reader
    takes "the budget" for the one told before."""
    if thing.pos_ != "NOUN" or index.by_token.get(thing.i) is not None or people_noun(thing):
        return []
    if not definite(thing) or first_child(thing, "poss") is not None:
        return []
    lemma = thing.lemma_.lower()
    for told in reversed(thing.doc[: thing.i]):
        if told.pos_ != "NOUN" or told.lemma_.lower() != lemma or told.i in index.by_token:
            continue
        if _naming_words(told) != _naming_words(thing):
            return []  # ".post domain" is not the ".cat domain" told before
        if found := _maker(told, index):
            return found
    return []


def _naming_words(noun: Token) -> set[str]:
    """The words that name which thing a noun is ("the .post domain", "the EU budget"), not
    how it is described ("a new budget")."""
    return {
        c.lower_
        for c in noun.lefts
        if c.dep_ not in _DESCRIBING and (c.dep_ != "punct" or any(ch.isalpha() for ch in c.text))
    }


def _maker(thing: Token, index: EntityIndex) -> list[str]:
    """Who a mention of a thing says made or owns it: its possessor or partitive phrase
    ("the government's budget", "a resolution in Congress"), its "by" phrase, or the doer
    of the verb that made it (event_words.tsv ``authoring``: "the House passed a
    resolution", "a book written by Sahaar")."""
    found = index.of_phrase(thing)
    if found is not None:
        return [found]
    for doer in _doers(thing):
        if hits := index.of_group(doer):
            return hits
    if thing.dep_ in ("dobj", "nsubjpass") and thing.head.lemma_.lower() in _AUTHORING:
        return index.of_group(agent_head(thing.head))
    return []


def _purpose(clause: Token) -> bool:
    return clause.dep_ == "advcl" and any(
        c.dep_ == "aux" and c.tag_ == "TO" for c in clause.children
    )


def _clause_heads(verb: Token) -> list[Token | None]:
    """Patient candidates of a verb: dative, direct object, then prepositional objects;
    a direct object naming a thing given or moved goes last."""
    obj = first_child(verb, ("dobj",)) or _shared_object(verb)  # "arrested and beat them"
    dative = first_child(verb, ("dative",))
    if dative is not None and dative.pos_ == "ADP":
        dative = first_child(dative, ("pobj",))  # "sent aid to Gaza", "to" parsed as the dative
    preps = _prep_objects(verb, RECIPIENT_PREPS)
    # "threatened further action against Russia", "boycott contact with the United States":
    # the side acted upon hangs from the object
    inner = _prep_objects(obj, RECIPIENT_PREPS) if obj is not None else []
    if obj is not None and obj.lemma_.lower() in _THEMES:
        return [dative, *preps, obj, *inner]
    return [dative, obj, *preps, *inner]


def _prep_objects(token: Token, preps: frozenset[str]) -> list[Token]:
    out = []
    for child in token.children:
        if child.dep_ in ("prep", "agent") and child.lower_ in preps:
            out.extend(g for g in child.children if g.dep_ == "pobj")
    return out


def location(cand: Candidate, index: EntityIndex) -> str | None:
    """The place the event happened: "in/at/near X" on the trigger or its object ("shelled
    positions in Donetsk"), or the seized or attacked place itself."""
    obj = first_child(cand.anchor, ("dobj",))
    for token in (cand.anchor, cand.core, *([obj] if obj is not None else [])):
        for pobj in _prep_objects(token, _PLACE_PREPS):
            found = index.of_phrase(pobj)
            if found is not None and index.types.get(found) in PLACE_LABELS:
                return found
    if cand.code.type in _TAKES_PLACE:
        obj = first_child(cand.anchor, ("dobj",))
        found = index.of_phrase(obj) if obj is not None else None
        if found is not None and index.types.get(found) in PLACE_LABELS:
            return found
    return None
