"""Events stage: who did what to whom, when and where, coded in PLOVER 2.0 with CAMEO codes.

Triggers come from the dependency parse (verbs with their particles and objects, support
verbs with event nouns, event nouns with their arguments, further mentions of an event
already told), looked up in the ``event_*.tsv`` lexicon tables. Each trigger gets actors
and recipients from the entities stage, a polarity (asserted, negated, hypothetical,
future), the date of the time expression governing its clause, a place, and the statement
that claims it. An act told again takes the date and sides it does not name from its
earlier telling; else the date is the one its narrative sets (the
nearest time of its sentence, the lead's day) or the publication date. Refusals ("will not engage in
talks") are coded as REJECT and future acts as AGREE or THREATEN, as PLOVER prescribes. One
pass over the tokens, no re-parsing. docs/events.md describes the rules.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span, Token

from newsgraph.extract.events import (
    anaphors,
    arguments,
    coding,
    context,
    disputes,
    mood,
    scope,
    state,
    triggers,
)
from newsgraph.extract.events.arguments import EntityIndex
from newsgraph.extract.events.triggers import EMBEDDING, Candidate
from newsgraph.extract.nlp import doc_text
from newsgraph.extract.syntax import CLAUSE_POS, clause_of, first_child
from newsgraph.lexicon import entities as entity_tables
from newsgraph.lexicon import events as tables
from newsgraph.lexicon.events import Code
from newsgraph.record import Entity, Event, EventDate, Location, Offsets, Statement, Time
from newsgraph.record import Span as TextSpan

_DATED = re.compile(r"^(\d{4}|XXXX)(-[\dX]{2}){0,2}")
# A clause shares the time of the clause it is coordinated with or hangs from.
_SHARES_TIME = frozenset({"conj", "pcomp", "xcomp", "advcl"})
# Reporting verbs whose complement the speaker says did not happen.
# Event nouns of force whose target can be a policy or a record ("launched an attack on the
# cost of the asylum system"): then the attack is verbal.
_FORCE_NOUNS = frozenset({"attack", "assault", "offensive", "onslaught", "broadside", "clash"})
# Types a sport report borrows ("beat", "fought off", "advanced", "shot").
_CONTEST_TYPES = tables.with_trait("contest")
# Acts whose complement is only wanted: "called for his release", "threatened a boycott".
_WANTED = frozenset({"REQUEST", "AGREE", "THREATEN"})
_SEEKING = tables.word_list("seeking")
_SPEAKER_DOES = _WANTED - {"REQUEST"}  # promised or threatened: the speaker is to do it
_PERSON_PATIENT = tables.word_list("person_patient")
_ABSTRACT_FIGURATIVE = tables.word_list("abstract_figurative")  # "an attack on liberties"
_POLL_STANCES = tables.word_list("poll_stance")  # "63% supported a ban"
_ACKNOWLEDGING = tables.word_list("acknowledging")  # "we must recognise that …"
_ENDING = tables.word_list("ending")
_RELATION_OBJECTS = tables.word_list("relation_object")  # "cut ties", "improve relations"
_GROUNDS = tables.word_list("grounds")
_PAST_PREPS = tables.word_list("past_prep")
_INTRANSITIVE = tables.word_list("intransitive")
_DISMISSING = tables.word_list("dismissing")  # "she has been fired": lost her job
_RISKING = tables.word_list("risking")  # "the ban threatens to reignite tensions"
_MARKET_SENSE = tables.word_list("market_sense")  # "demand in India has grown"
# court proceedings ("his trial", "faces charges"): the prosecution's acts (state_sides.tsv)
_PROCEEDINGS = tables.state_cases()
# clauses that only describe a noun or set a scene: their events are told in passing
_IN_PASSING = frozenset({"relcl", "acl", "advcl", "pcomp"})
_PLEAS = tables.word_list("plea")  # "pleaded guilty": an answer to the prosecution
_DEFENDANT_WORDS = tables.word_list("defendant")
_CLAIMS = tables.word_list("claim")
# What a refusal answers when it names it: a claim, or a bid ("rejected the demands").
_ANSWERED = _CLAIMS | tables.word_list("bid")
# Answers to what someone said: their target is whoever said it.
_ANSWERS = frozenset({"REJECT", "ACCUSE", "SUPPORT"})
_POINTING = frozenset({"the", "these", "those", "such"})
# Acts made to someone that they can refuse: a demand, an offer, an accusation, a threat.
_BIDS = frozenset({"REQUEST", "AGREE", "ACCUSE", "THREATEN"})
# Acts named as what someone rejects that were made against or of the rejecter.
_MADE_OF_REJECTER = frozenset({"ACCUSE", "REQUEST"})
_CLAIM_REACH = 3  # sentences back to the statement a claim noun points at
# What tells a claim's author or content in its own phrase: "the claims of the opposition",
# "the claim made in a new book", "the claim that he had reneged" (someone's, not said now).
_OWN_AUTHOR_DEPS = frozenset({"poss", "prep", "acl", "relcl", "ccomp"})
_BOMBING_MODES = frozenset({"explosives", "suicide-attack", "destroy"})
_REFLEXIVES = frozenset({"himself", "herself", "themselves", "itself", "myself", "ourselves"})
_CLAUSE_OBJECTS = frozenset({"dobj", "ccomp"})
_TARGET_PREPS = frozenset({"on", "against", "upon"})
_VERBAL_ATTACK = tables.Code("ACCUSE", "disapprove", "111")
_VERBAL_ACTS = tables.with_trait("at_doer")  # acts of word aimed at a deed: "urged an end to"
_ARMED = frozenset({"MIL", "REB", "CRM"})
_WITHDRAWAL = tables.Code("RETREAT", "withdraw", "0874")
_LEAVING = tables.Code("SANCTION", "withdraw", "166")
# Text between two coordinated triggers of one act: "shot and killed", "arrested, detained".
_COORDINATION = re.compile(r"^\s*(,\s*)?(and\s+)?$")
_MAX_GAP = 40
_WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})
_NOUN_MODIFIERS = frozenset({"nummod", "compound", "amod", "poss", "nmod"})
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")
_DEMONSTRATIVES = frozenset({"this", "these", "that", "those"})
# The sentences of the lead, which says when the news happened ("… announced Tuesday").
_LEAD_SENTENCES = 3
# Sentences ahead in which a doer named for an act told before without one is looked for.
_RETOLD_REACH = 3
# sentences back a verbal act told by a verb with its doer named may take the target of an
# earlier act of its type ("urged X to … He also urged …"); further back it is a new act
_SAID_TARGET_REACH = 2
_SAID = tables.in_quads(1, 3)


def find_events(
    doc: Doc,
    *,
    entities: list[Entity],
    times: list[Time],
    statements: list[Statement],
    published: dt.date | None,
) -> list[Event]:
    """Find and code the political events of one parsed article.

    Args:
        doc: the parsed article (its text is what every offset indexes into).
        entities: the entities stage's output; actors, recipients and places are its ids.
        times: the times stage's output; an event takes the date that governs its clause.
        statements: the statements stage's output; an event inside a statement's content
            is attributed to it.
        published: the publication date, used when no time expression dates the event.

    Returns:
        Events with ids ``V1``, ``V2``, … in text order.
    """
    index = EntityIndex(doc, entities)
    dated = _time_heads(doc, times)
    sport = context.is_sport(doc)
    # a business story, or one with no political body at all: events need a political side
    needs_side = not sport and (context.is_commerce(doc) or context.apolitical(doc, index))
    # a show-business story: an event with no side at all needs a political body near it
    show = not sport and not needs_side and context.is_show(doc)
    public: set[int] = set()  # where a sentence of such a story names a political body
    events: list[Event] = []
    copies: dict[int, int] = {}  # a general noun's mention of an act → the act (trigger starts)
    words = triggers.TriggerWords.of(doc)
    for sent in doc.sents:
        candidates = triggers.sentence_candidates(sent, words)
        if not candidates:
            events = _with_act_mentions(sent, events, index, statements, copies)
            continue
        here = [(t, h) for t, h in dated if sent.start <= h.i < sent.end]
        if (needs_side or show) and context.names_public_body(sent, index):
            public.add(sent.start_char)
        elif show and context.names_country(sent, index):
            public.add(sent.start_char)  # "the film looks at the war in Chechnya"
        # only a bare conflict noun needs a named political side in its sentence
        political = any(c.bare for c in candidates) and context.political_sentence(sent, index)
        for cand in candidates:
            if cand.bare and not political:
                continue  # "charges rose", "tariffs rarely protect jobs": no political side
            event = _event(f"V{len(events) + 1}", cand, sent, index, here, statements, published)
            if event is None:
                continue
            if cand.anaphoric:
                antecedent = _antecedent(event, events, doc)
                if antecedent is not None:
                    event = _inherit(event, antecedent)
                elif cand.within is None:
                    continue  # "the attack" with no attack told before: nothing to add
                # "condemned the attack", "rejected the accusations": the act presupposes it
            sides = event.actors + event.recipients
            if sport and not context.state_involved(sides, index.sectors, index.names):
                continue  # a match report: "City fought back", "Rooney met the cross"
            if _relation_act(cand) and not _political_relation(sides, sent, index):
                continue  # "cut ties with a supplier", "improve relations with customers"
            events.append(event)
        events = _with_act_mentions(sent, events, index, statements, copies)
    events = _dated_by_earlier_mention(events, index.countries, _narrative(doc, dated, published))
    if len(events) > 1:
        events = _doer_from_later_mention(events, doc, index)
        events = _sides_from_earlier_mention(events, _likenesses(index), doc)
    events = state.done_by_state(events, doc, entities)
    events = _pleas_answered(events, doc, entities)
    events = _defendants_tried(events, doc, entities)
    events = _claims_answered(events, statements, doc)
    events = _undoing_aimed(events, doc)
    events = _bids_refused(events, doc)
    events = _sides_of_acts_mentioned(events, copies)
    if needs_side:  # "Sony will release its console", "the film was shot in Prague"
        events = _public_events(events, index, public)
    elif show:  # "the film tells the story of a young boy's journey", "touring and recording"
        events = _show_events(events, doc, public)
    if len(events) > 1:
        text = doc_text(doc)  # spaCy rebuilds doc.text on each access; this is cached
        events = _merge_coordinated(events, doc, text)
        events = _drop_headline_copies(events, context.headline_end(text), index.countries)
    return [e.model_copy(update={"id": f"V{n}"}) for n, e in enumerate(events, 1)]


def _intent_sought(code: Code, clause: Token) -> bool:
    """An intent to cooperate (AGREE of CAMEO root 03) named by the infinitive of a word of
    seeking (``seeking``: "is looking to reset relations", "efforts to improve ties") whose
    own clause is told as so: the intent is expressed, which is the AGREE itself."""
    if code.type != "AGREE" or not (code.cameo or "").startswith("03"):
        return False
    head = clause.head
    if clause.dep_ not in ("xcomp", "acl") or not triggers.is_infinitive(clause):
        return False
    if head.lemma_.lower() not in _SEEKING:
        return False
    return mood.polarity(head, head, under_speech=False) == "asserted"


def _relation_act(cand: Candidate) -> bool:
    """An act told by its verb and an object of relations ("cut ties", "improve relations",
    "suspended cooperation"; list ``relation_object``)."""
    return cand.kind == "verb" and any(
        t is not cand.core and t.lemma_.lower() in _RELATION_OBJECTS for t in cand.tokens
    )


def _political_relation(sides: list[str], sent: Span, index: EntityIndex) -> bool:
    """Relations between states or political bodies: every side the act names is one
    (:func:`context.political_side`), or, with none named, its sentence names one. Ties cut
    with a supplier, an athlete or a customer are business or private life."""
    if sides:
        return all(context.political_side([side], index) for side in sides)
    return context.political_sentence(sent, index)


def _pleas_answered(events: list[Event], doc: Doc, entities: list[Entity]) -> list[Event]:
    """A plea of guilty or not guilty with no side of its own ("pleaded not guilty", "after
    pleading guilty") answers the one prosecution side the article names
    (:func:`state.named_sides`)."""
    side = state.named_sides(entities).get("prosecution")
    if side is None:
        return events
    return [
        e.model_copy(update={"recipients": [side]})
        if not e.recipients and side not in e.actors and _plea(e, doc)
        else e
        for e in events
    ]


def _plea(event: Event, doc: Doc) -> bool:
    """A plea of guilty or not guilty (``plea``); "pleaded for mercy" asks."""
    if event.type not in ("CONCEDE", "REJECT"):
        return False
    span = triggers.trigger_span(event, doc)
    return span is not None and any(t.lemma_.lower() in _PLEAS for t in span)


def _defendants_tried(events: list[Event], doc: Doc, entities: list[Entity]) -> list[Event]:
    """Court proceedings with no side tried ("a trial opened over the bombing") are against
    the defendants, when the article names one side so (``event_words.tsv``, list
    ``defendant``: "the defendants", "the accused")."""
    found = [e.id for e in entities if _defends(e)]
    if len(found) != 1:
        return events
    side = found[0]
    return [
        e.model_copy(update={"recipients": [side]})
        if e.type == "ACCUSE" and not e.recipients and side not in e.actors and _proceeding(e, doc)
        else e
        for e in events
    ]


def _defends(entity: Entity) -> bool:
    """Whether an entity is named by a defendant's word ("the three defendants")."""
    said = [m.text for m in entity.mentions if m.kind == "nominal"]
    return any(w in _DEFENDANT_WORDS for text in said for w in text.lower().split())


def _claims_answered(events: list[Event], statements: list[Statement], doc: Doc) -> list[Event]:
    """An answer to claims told before ("X rejected those claims", "denied the
    allegations": ``event_words.tsv`` list ``claim``) with no target of its own, whose
    phrase names no author or content of its own, is aimed at whoever made them: the
    speaker of the latest statement before it, within a few sentences, who is not the
    answer's own side."""
    said = [s for s in statements if s.speaker and s.speaker.entity and s.cue]
    if not said:
        return events
    starts = [sent.start_char for sent in doc.sents]
    out = []
    for event in events:
        speaker = _claimant(event, said, doc, starts) if _answers_claims(event, doc) else None
        out.append(event.model_copy(update={"recipients": [speaker]}) if speaker else event)
    return out


def _bids_refused(events: list[Event], doc: Doc) -> list[Event]:
    """A refusal with no target of its own answers the latest demand, offer, accusation or
    threat made to the refuser a few sentences before ("Iranian officials offered to pay
    her relatives … The relatives refused"): it is aimed at whoever made it."""
    starts = [sent.start_char for sent in doc.sents]
    out: list[Event] = []
    for event in events:
        if event.type == "REJECT" and event.actors and not event.recipients and _bare(event, doc):
            here = bisect.bisect_right(starts, event.trigger.start)
            for bid in reversed(out):
                if here - bisect.bisect_right(starts, bid.trigger.start) > _CLAIM_REACH:
                    break
                if bid.type in _BIDS and set(bid.recipients) & set(event.actors):
                    makers = [a for a in bid.actors if a not in event.actors]
                    if makers:
                        event = event.model_copy(update={"recipients": makers})
                    break
        out.append(event)
    return out


def _bare(event: Event, doc: Doc) -> bool:
    """A refusal told by a verb with nothing refused named after it, or only the claim or
    bid answered ("The relatives refused", "would not apologise", "rejected the claims"):
    "keep the veto", "ruled out the possibility" name what they are about, no bid."""
    span = triggers.trigger_span(event, doc)
    if span is None or span.root.pos_ not in ("VERB", "AUX"):
        return False
    objects = [c for c in span.root.children if c.dep_ in ("dobj", "xcomp", "ccomp")]
    return all(c.pos_ == "PRON" or c.lemma_.lower() in _ANSWERED for c in objects)


def _undoing_aimed(events: list[Event], doc: Doc) -> list[Event]:
    """Undoing an act told before ("an appeals court overturned the conviction", "lifted
    the sanctions") with no target of its own is done for whoever that act was done to:
    the recipients of the latest earlier event of the undone noun's type."""
    out: list[Event] = []
    for event in events:
        kind = None if event.recipients else _undone_type(event, doc)
        told = next((e for e in reversed(out) if e.type == kind and e.recipients), None)
        if told is not None:
            recipients = [r for r in told.recipients if r not in event.actors]
            if recipients:
                event = event.model_copy(update={"recipients": recipients})
        out.append(event)
    return out


def _undone_type(event: Event, doc: Doc) -> str | None:
    """The type of the definite event noun an event's trigger undoes ("overturned the
    conviction": SANCTION), if any."""
    span = triggers.trigger_span(event, doc)
    if span is None:
        return None
    for noun in (c for t in span for c in t.children if c.dep_ in ("dobj", "nsubjpass")):
        code = tables.nouns().get(noun.lemma_.lower())
        if code is not None and triggers.undone_mention(noun):
            return code.type
    return None


def _answers_claims(event: Event, doc: Doc) -> bool:
    if event.type not in _ANSWERS or event.recipients:
        return False
    span = triggers.trigger_span(event, doc)
    if span is None:
        return False
    for noun in (c for t in span for c in t.children if c.dep_ == "dobj"):
        own = [c for c in noun.children if c.dep_ in _OWN_AUTHOR_DEPS]
        pointed = any(c.dep_ in ("det", "predet") and c.lower_ in _POINTING for c in noun.children)
        if noun.lemma_.lower() in _CLAIMS and pointed and not own:
            return True
    return False


def _claimant(event: Event, said: list[Statement], doc: Doc, starts: list[int]) -> str | None:
    here = bisect.bisect_right(starts, event.trigger.start)
    for statement in reversed(said):
        assert statement.cue is not None and statement.speaker is not None
        if statement.cue.start >= event.sentence.start:
            continue  # a claim is answered after it was made, in a sentence before
        if here - bisect.bisect_right(starts, statement.cue.start) > _CLAIM_REACH:
            return None
        if statement.speaker.entity not in event.actors:
            return statement.speaker.entity
    return None


def _proceeding(event: Event, doc: Doc) -> bool:
    span = triggers.trigger_span(event, doc)
    return span is not None and any(t.lemma_.lower() in _PROCEEDINGS for t in span)


def _public_events(events: list[Event], index: EntityIndex, public: set[int]) -> list[Event]:
    """The events of a business story that are political (:func:`_public`), and the verbal
    acts by someone that a political act later in their sentence is about ("the trade body
    urged an end to the tariff fight between the U.S. and the EU")."""
    kept = [e for e in events if _public(e, index, public)]
    about = {(e.sentence.start, e.trigger.start) for e in kept if e.actors + e.recipients}
    return [
        e
        for e in events
        if e in kept
        or (
            e.type in _VERBAL_ACTS
            and e.actors
            and any(s == e.sentence.start and t > e.trigger.end for s, t in about)
        )
    ]


def _public(event: Event, index: EntityIndex, public: set[int]) -> bool:
    """An event of a business story with a political side, or with no side at all in a
    sentence that names a political body."""
    sides = event.actors + event.recipients
    if sides:
        return context.political_side(sides, index)
    return event.sentence.start in public


def _show_events(events: list[Event], doc: Doc, public: set[int]) -> list[Event]:
    """The events of a show-business story that have a side, are told in a sentence that
    names a political body, a country or a people ("a documentary about the Iraq war"), or
    are acts of the state's police and courts ("his trial opened", "the singer's arrest")."""
    return [
        e
        for e in events
        if e.actors or e.recipients or e.sentence.start in public or _state_act(e, doc)
    ]


def _state_act(event: Event, doc: Doc) -> bool:
    """An act of police, courts or prosecution (``state_sides.tsv``)."""
    return state.institution(event, doc) is not None


def _with_act_mentions(
    sent: Span,
    events: list[Event],
    index: EntityIndex,
    statements: list[Statement],
    copies: dict[int, int],
) -> list[Event]:
    """The events so far with, in text order, the general nouns of the sentence that refer
    back to the act just told ("the move", "this step") as mentions of it (:mod:`anaphors`);
    ``copies`` records each mention's trigger start against its act's."""
    found: list[Event] = []
    for noun, act in anaphors.act_mentions(sent, events, index):
        event_id = f"V{len(events) + len(found) + 1}"
        found.append(anaphors.mention_of(noun, act, event_id, _statement(noun.idx, statements)))
        copies[found[-1].trigger.start] = act.trigger.start
    if not found:
        return events
    return sorted(events + found, key=lambda e: e.trigger.start)


def _sides_of_acts_mentioned(events: list[Event], copies: dict[int, int]) -> list[Event]:
    """A general noun's mention of an act ("a move that angered …") has the sides its act
    has once the article-level passes have given them ("Two men were arrested …": police)."""
    acts = {e.trigger.start: e for e in events}
    out = []
    for event in events:
        act = acts.get(copies.get(event.trigger.start, -1))
        if act is not None and (act.actors, act.recipients) != (event.actors, event.recipients):
            event = event.model_copy(update={"actors": act.actors, "recipients": act.recipients})
        out.append(event)
    return out


def _antecedent(mention: Event, earlier: list[Event], doc: Doc) -> Event | None:
    """The event a definite event noun refers back to: the latest earlier event of its type
    told by the same word with a doer ("the attack" after "attacked … the attack"), else the
    latest of its type that names a side, else the latest of its type; a court proceeding
    ("this trial") refers to a proceeding, if one was told."""
    same = [e for e in earlier if e.type == mention.type]
    if _proceeding(mention, doc):
        same = [e for e in same if _proceeding(e, doc)] or same
    named = [e for e in same if e.actors or e.recipients]
    foreground = [e for e in named if not _told_in_passing(e, doc)]
    word = _trigger_words(mention, doc)
    repeated = [e for e in foreground if e.actors and word & _trigger_words(e, doc)]
    return (repeated or foreground or named or same or [None])[-1]


def _trigger_words(event: Event, doc: Doc) -> set[str]:
    """The lemmas of an event trigger's nouns and verbs: "the attack" repeats an earlier
    "launched an attack" and names the act that one named, not a killing told in between."""
    span = triggers.trigger_span(event, doc)
    if span is None:
        return set()
    return {t.lemma_.lower() for t in span if t.pos_ in ("NOUN", "VERB")}


def _told_in_passing(event: Event, doc: Doc) -> bool:
    """An event told by a verb of a clause that only describes or sets the scene (a relative
    or adverbial clause, "by destroying …"): a later "the attack" names the act told as the
    story's own ("the bombing of a base that killed nine soldiers … the attack")."""
    span = triggers.trigger_span(event, doc)
    return span is not None and span.root.pos_ == "VERB" and span.root.dep_ in _IN_PASSING


def _inherit(mention: Event, antecedent: Event) -> Event:
    """A mention of an event told before takes the sides and place it does not name itself
    from that telling ("Rebels attacked a convoy on Tuesday … the attack"); its date comes
    from the latest telling of the same act (:func:`_dated_by_earlier_mention`), which also
    weighs the mode."""
    update: dict[str, object] = {}
    if not mention.actors:
        update["actors"] = [a for a in antecedent.actors if a not in mention.recipients]
    if not mention.recipients:
        actors = update.get("actors", mention.actors)
        update["recipients"] = [r for r in antecedent.recipients if r not in actors]  # type: ignore[operator]
    if mention.location is None:
        update["location"] = antecedent.location
    return mention.model_copy(update=update)


def _event(
    event_id: str,
    cand: Candidate,
    sent: Span,
    index: EntityIndex,
    dated: list[tuple[Time, Token]],
    statements: list[Statement],
    published: dt.date | None,
) -> Event | None:
    if cand.kind == "noun" and cand.core.is_title and cand.core.i in index.in_body_name:
        return None  # "the Working Group on Arbitrary Detention", "Snow Patrol": a name
    coded = _classify(cand, index)
    if coded is None:
        return None
    code, polarity, actors, recipients = coded
    if code.type in _CONTEST_TYPES and context.sport_sentence(sent, cand.anchor):
        return None  # "beating the Mets 2-0", "advanced to the semi-final"
    place = arguments.location(cand, index)
    return Event(
        id=event_id,
        type=code.type,
        mode=code.mode,
        cameo=code.cameo,
        actors=actors,
        recipients=recipients,
        trigger=_trigger(cand, sent.doc),
        sentence=Offsets(start=sent.start_char, end=sent.end_char),
        date=_date(cand, dated, published),
        location=Location(entity=place) if place else None,
        polarity=polarity,
        attributed_to=_statement(cand.start, statements),
        confidence=_confidence(cand, actors, recipients),
    )


def _no_political_act(cand: Candidate, index: EntityIndex) -> bool:
    """An act done to a thing, an animal or oneself: no event between sides."""
    lemma = cand.core.lemma_.lower()
    if lemma in _PERSON_PATIENT and (
        cand.core.pos_ == "ADJ" or arguments.thing_patient(cand, index)
    ):
        return True  # "released the film", "its release", "people free to choose"
    if _figure_of_speech(cand):
        return True  # "the biggest attack on civil liberties", "meet the Law Lords' concerns"
    if lemma in _POLL_STANCES and arguments.poll_figure(cand, index):
        return True  # "63% supported a ban", "one in 10 recognised him": a poll's answers
    if lemma in _ACKNOWLEDGING and _acknowledged(cand):
        return True  # "we must recognise that we cannot stop every attack"
    if arguments.listed_thing_patient(cand):
        return True  # "a balance to be struck", "the target he has met": no act on a side
    if _dismissed(cand, index):
        return True  # "she says she has been fired": dismissed from a job
    if cand.kind == "verb" and arguments.animal_patient(cand):
        return True  # "shoot game animals", "dogs are slaughtered": no political act
    return cand.kind == "verb" and _self_harm(cand)  # "injured herself", "killed himself"


def _acknowledged(cand: Candidate) -> bool:
    """A verb of recognition with a clause and no object or passive subject: acknowledging
    a fact ("we must recognise that …"), not recognising a state or a person."""
    verb = cand.anchor
    if cand.kind != "verb" or first_child(verb, ("dobj", "nsubjpass")) is not None:
        return False
    return first_child(verb, ("ccomp",)) is not None


def _figure_of_speech(cand: Candidate) -> bool:
    """A word of force, abuse, threat or meeting (``abstract_figurative``) done only to ideas,
    rules, systems or needs; an attack on a policy is criticism, coded by its own rows."""
    if cand.core.lemma_.lower() not in _ABSTRACT_FIGURATIVE or cand.code.type == "ACCUSE":
        return False
    return not _verbal_target(cand) and arguments.abstract_patient(cand)


_THING_POINTERS = frozenset({"this", "that", "these", "those", "which", "what"})
_INDEFINITE_THINGS = frozenset({"something", "anything", "everything", "nothing"})


def _thing_stance(word: Token, index: EntityIndex) -> bool:
    """A stance adjective ("welcome", "ready", "willing") said of a thing, not of a party:
    before its noun ("welcome news") or predicated of a pronoun or common noun that names
    neither people nor an entity ("the increase is welcome", "that will be very welcome").
    Participles ("committed", "opposed") are verbs and are left to their own rules."""
    if word.pos_ != "ADJ" or triggers.is_participle(word):
        return False
    if word.dep_ == "amod":
        return True
    head = arguments.agent_head(word)
    if head is None:
        return False
    if head.pos_ == "PRON":
        return head.lower_ in _THING_POINTERS | _INDEFINITE_THINGS
    if head.pos_ == "DET":
        return head.lower_ in _THING_POINTERS  # the parser's "That will be welcome"
    return head.pos_ == "NOUN" and index.of_phrase(head) is None and not scope.people_noun(head)


_PERSONAL = frozenset({"i", "you", "he", "she", "we", "they", "who"})
_TARGET_PREPS = frozenset({"on", "upon", "at", "into", "against"})


def _dismissed(cand: Candidate, index: EntityIndex) -> bool:
    """A verb of force (``dismissing``: fire, sack) in the passive whose subject is a person
    and that aims at nothing: dismissal from a job ("she has been fired", "the coach was
    sacked"); "shots were fired" and "protesters were fired on" stay."""
    verb = cand.anchor
    if cand.kind != "verb" or verb.lemma_.lower() not in _DISMISSING:
        return False
    if not arguments.is_passive(verb) or first_child(verb, "prt") is not None:
        return False
    if any(c.dep_ == "prep" and c.lower_ in _TARGET_PREPS for c in verb.children):
        return False
    head = first_child(verb, ("nsubjpass",)) or arguments.reduced_patient(verb)
    if head is None:
        return False
    if head.pos_ == "PRON":
        return head.lower_ in _PERSONAL
    found = index.of_phrase(head)
    return (found is not None and index.types.get(found) == "PERSON") or scope.people_noun(head)


def _thing_risks(cand: Candidate, index: EntityIndex) -> bool:
    """A verb of threat or promise (``risking``) with an infinitive whose subject is a common
    noun that no entity covers and that names no people: a thing or an act risks or offers
    what follows ("the ban threatens to reignite tensions", "the plan promises to cut
    costs")."""
    verb = cand.anchor
    if cand.kind != "verb" or verb.lemma_.lower() not in _RISKING:
        return False
    if not any(c.dep_ == "xcomp" and triggers.is_infinitive(c) for c in verb.children):
        return False
    head = first_child(verb, ("nsubj",))
    if head is None or head.pos_ != "NOUN" or index.of_phrase(head) is not None:
        return False
    return not scope.people_noun(head)


def _market_quantity(cand: Candidate) -> bool:
    """An event noun in its economic sense (``market_sense``): a bare singular with no
    article, possessor or by-phrase ("demand in India", "US demand for heating oil")."""
    noun = cand.core
    if cand.kind != "noun" or noun.lemma_.lower() not in _MARKET_SENSE or noun.tag_ != "NN":
        return False
    return not any(
        c.dep_ in ("det", "poss", "agent") or (c.dep_ == "prep" and c.lower_ == "by")
        for c in noun.children
    )


def _classify(cand: Candidate, index: EntityIndex) -> tuple[Code, str, list[str], list[str]] | None:
    """Code, polarity, actors and recipients of a candidate (None: not an event after all)."""
    if cand.kind == "verb" and context.inanimate(arguments.agent_head(cand.anchor)):
        return None  # "oil prices struck a record", "the hurricane struck the coast"
    if (
        cand.kind == "verb"
        and arguments.is_passive(cand.anchor)
        and context.natural_cause(cand.anchor)
    ):
        return None  # "the number killed in the disaster"
    if cand.code.type == "CONSULT" and _unmet(cand):
        return None  # "targets can be met", "was met with brutality": no meeting
    if _no_political_act(cand, index):
        return None
    if _thing_risks(cand, index) or _market_quantity(cand):
        return None  # "the ban threatens to reignite tensions", "demand in India rose"
    if cand.kind == "verb" and _thing_stance(cand.anchor, index):
        return None  # "any increase is welcome news", "that would be very welcome"
    if cand.needs_event and all(_no_political_act(a, index) for a in cand.absorbed):
        return None  # "was told to press the button": what is to be done is no act
    lemma = cand.core.lemma_.lower()
    if lemma in _INTRANSITIVE and any(c.dep_ in _CLAUSE_OBJECTS for c in cand.core.children):
        return None  # "demonstrate why the purchase creates value": showing, not protest
    # an event named ("the Iraq war", "the Cold War") does nothing: its parties do
    doers = arguments.actors(cand, index) or _accused(cand, index) or _doer_in_frame(cand, index)
    actors = [a for a in doers if index.types.get(a) != "EVENT"]
    recipients = arguments.recipients(cand, index, exclude=actors)
    if cand.kind == "verb" and cand.anchor.dep_ == "amod" and not recipients:
        return None  # "a forbidden love", "hijacked computers": no side was acted upon
    if not recipients and _case_of_verdict(cand):
        recipients = arguments.recipients(cand.within, index, exclude=actors)  # type: ignore[arg-type]
    if not recipients and _denied_accusation(cand):
        recipients = arguments.actors(cand.within, index)  # "X rejected the accusations": X's
    if not recipients:
        recipients = _target_in_frame(cand, index, actors)
    if cand.kind == "demand":
        if not recipients:
            return None  # "X said peace should prevail" demands nothing of anyone
        code, polarity = _demand(cand)
        return code, polarity, actors, recipients
    clause = _mood_anchor(cand)
    reporting = arguments.speech_head(clause)
    words = tuple(cand.tokens)
    polarity = mood.polarity(clause, cand.core, under_speech=reporting is not None, words=words)
    denied = reporting is not None and reporting.lemma_.lower() in scope.DENIALS
    if denied or _denied_deed(cand):
        polarity = "negated"  # "Russia denied that it had attacked civilians"
    if cand.within is not None and cand.within.code.type in _WANTED and not _given(cand):
        polarity = "hypothetical"  # what is demanded, promised or threatened
    elif cand.within is not None and cand.within.code.type == "REJECT" and cand.kind == "noun":
        polarity = "asserted"  # "rejected the charges", "refused Beijing's demands": made
    code = _code(cand, polarity)
    if polarity == "hypothetical" and _intent_sought(code, clause):
        polarity = "asserted"  # "Turkey is looking to reset relations": the intent is told
    if code.type == "CONCEDE" and _denied_object(cand):
        code = coding.as_refusal(code)  # "pleaded not guilty" rejects the charge
    if code.type == "ASSAULT" and disputes.office_contest(cand):
        return None  # "an election battle", "the fight for the leadership": a contest
    if code.type == "ASSAULT" and (
        _attack_in_words(cand, actors, index)
        or disputes.verbal_dispute(cand, actors, recipients, index)
    ):
        code = _VERBAL_ATTACK  # "Trump attacked Clinton", "Labour and the Tories clashed"
    if code == _WITHDRAWAL and any(index.sectors.get(r) == "IGO" for r in recipients):
        code = _LEAVING  # "withdrew from ECOWAS": leaving an organisation reduces relations
    if polarity == "negated" and mood.refusal(cand.anchor) and code.type == "REJECT":
        return code, "asserted", actors, recipients  # the refusal itself happened
    if (cand.kind == "noun" or cand.core.tag_ == "VBG") and mood.ruled_out(cand.core):
        speaker = arguments.speech_subject(cand.core.head)
        if speaker is not None:  # "X said talks were not feasible": X rejects them
            actors = arguments.actors_of(speaker, index)
            recipients = arguments.recipients(cand, index, exclude=actors)
            return coding.as_refusal(cand.code), "asserted", actors, recipients
    return code, polarity, actors, recipients


def _case_of_verdict(cand: Candidate) -> bool:
    """A court proceeding named as where a verdict or punishment was given ("convicted X in
    a bribery case", "jailed X on fraud charges"): it was against the one convicted."""
    within = cand.within
    return (
        cand.kind == "noun"
        and cand.code.type == "ACCUSE"
        and cand.core.lemma_.lower() in _PROCEEDINGS
        and not triggers.lacked(cand.core)
        and within is not None
        and within.code.type in ("SANCTION", "COERCE")
    )


def _accused(cand: Candidate, index: EntityIndex) -> list[str]:
    """The doer of a deed an accusation or court case noun names ("X faces murder charges",
    "charges of kidnapping against X", "X rejected the abduction allegations"): the side
    accused, that is the accusation's target."""
    frame = cand.within
    named_in = scope.accusation_of(cand.core) if cand.kind == "noun" else None
    if frame is None or named_in is None or named_in.i != frame.core.i:
        return []
    return arguments.recipients(frame, index, exclude=[])


def _denied_accusation(cand: Candidate) -> bool:
    """An accusation or a demand named as what someone rejects ("Hong Kong authorities have
    rejected accusations that …", "denied the charges", "refused to bow to Beijing's
    demands"): it was made against, or of, the one who rejects it."""
    within = cand.within
    return (
        cand.kind == "noun"
        and cand.code.type in _MADE_OF_REJECTER
        and within is not None
        and within.code.type == "REJECT"
        and _refused_object(cand.core, within.anchor)
        and not any(c.dep_ == "prep" and c.lower_ == "against" for c in cand.core.children)
    )


def _denied_deed(cand: Candidate) -> bool:
    """A gerund a denial takes as its object is a deed told as not done: "the Taliban deny
    sheltering the fighters", like "denied that it had sheltered them"."""
    anchor = cand.anchor
    return (
        cand.kind == "verb"
        and anchor.tag_ == "VBG"
        and anchor.dep_ in ("xcomp", "ccomp", "dobj")
        and anchor.head.lemma_.lower() in scope.DENIALS
    )


def _refused_object(noun: Token, refusal: Token) -> bool:
    """The noun is what the refusal is about: its object, or the object of the infinitive
    that completes it ("refused to bow to the demands", "its refusal to meet the demands")."""
    node = noun
    for _ in range(3):
        if node.head.i == refusal.i:
            return True
        if node.dep_ == "pobj":
            node = node.head  # "bow to the demands": the preposition, then its verb
        if node.head.dep_ not in ("xcomp", "acl") and node.head.i != refusal.i:
            return False
        node = node.head
    return False


def _denied_object(cand: Candidate) -> bool:
    """The word the concession is about is negated: "pleaded not guilty"."""
    return any(
        t.i != cand.anchor.i and any(c.dep_ == "neg" for c in t.children) for t in cand.tokens
    )


def _unmet(cand: Candidate) -> bool:
    """A meeting verb in the passive with nobody meeting: "the targets can be met"."""
    anchor = cand.anchor
    return (
        cand.kind == "verb"
        and cand.core.i == anchor.i  # not "the meeting was held"
        and any(c.dep_ == "auxpass" for c in anchor.children)
        and not any(c.dep_ == "agent" for c in anchor.children)
    )


def _doer_in_frame(cand: Candidate, index: EntityIndex) -> list[str]:
    """Who is to do an act named inside another: the threatener or promiser of what is
    threatened or promised ("threatened the EU with tariffs"), the one asked to do what is
    asked ("urged Japan to lift sanctions" asks Japan)."""
    frame = cand.within
    if frame is None or cand.kind != "noun":
        return []
    if frame.code.type in _SPEAKER_DOES:
        return arguments.actors(frame, index)
    if frame.code.type == "REQUEST":
        asked = arguments.recipients(frame, index, exclude=arguments.actors(frame, index))
        # "demanded the release of the hostages": the hostages are released, not releasing
        undergoing = arguments.recipients(cand, index, exclude=[])
        return [e for e in asked if e not in undergoing]
    return []


def _target_in_frame(cand: Candidate, index: EntityIndex, actors: list[str]) -> list[str]:
    """Whom a threatened act would be done to: the one threatened ("threatened the EU with
    tariffs": the tariffs are on the EU)."""
    frame = cand.within
    if frame is None or cand.kind != "noun" or frame.code.type != "THREATEN":
        return []
    return arguments.recipients(frame, index, exclude=actors)


def _trigger(cand: Candidate, doc: Doc) -> TextSpan:
    """The trigger's span; its text is cut from the tokens, not from ``doc.text``, which
    spaCy rebuilds from every token on each access."""
    first = min(t.i for t in cand.tokens)
    last = max(t.i for t in cand.tokens)
    return TextSpan(start=cand.start, end=cand.end, text=doc[first : last + 1].text)


def _mood_anchor(cand: Candidate) -> Token:
    """An event noun takes its mood from the verb it is the subject or object of, a
    predicative adjective from its copula."""
    core = cand.core
    if cand.kind == "noun" and mood.denied_predicate(core):
        return core  # "the meeting was not anti-Labour": the meeting took place
    if cand.kind == "noun" and core.dep_ == "nsubj" and not _support_subject(core):
        return core  # "the Taliban's ban would not stop her": the ban is in force
    if cand.kind == "noun" and _pointed_at(core):
        return core  # "will closely follow this trial", "complicit in these abuses": it exists
    if cand.kind == "noun" and triggers.undone(core):
        return core  # "might back off his tariff threats": the threats were made
    if cand.kind == "noun" and _grounds(core):
        return core  # "could be jailed on charges of treason": the charges were brought
    if cand.kind == "noun" and _reacted_to(core):
        return core  # "Israel could retaliate after the attack": the attack happened
    if cand.kind == "noun" and core.dep_ in ("nsubj", "nsubjpass", "dobj", "attr"):
        return core.head
    if cand.kind == "noun" and core.dep_ == "pobj":
        return core.doc[clause_of(core)]  # "unclear whether it was part of the conversation"
    if cand.anchor.dep_ == "acomp":  # "should be ready to act": the copula has the modal
        return cand.anchor.head
    return cand.anchor


def _reacted_to(noun: Token) -> bool:
    """An event noun after a preposition of what has happened ("after the attack", "despite
    the shelling") or in a phrase after "in" that reacts to it ("in response to the attack",
    "in the face of coercion")."""
    if noun.dep_ != "pobj":
        return False
    prep = noun.head
    if prep.lower_ in _PAST_PREPS:
        return True
    phrase = prep.head
    return (
        phrase.dep_ == "pobj"
        and phrase.head.lower_ == "in"
        and f"{phrase.lemma_.lower()} {prep.lower_}" in _PAST_PREPS
    )


def _pointed_at(noun: Token) -> bool:
    """An event noun with a demonstrative ("this trial", "these abuses") names one that
    exists, whatever the mood of the clause around it."""
    return any(c.dep_ == "det" and c.lower_ in _DEMONSTRATIVES for c in noun.children)


def _grounds(noun: Token) -> bool:
    """An accusation named as the grounds of another act ("on charges of", "on suspicion
    of"): it was made, whatever the mood of that act."""
    prep = noun.head
    return noun.dep_ == "pobj" and f"{noun.lemma_.lower()} {prep.lower_}" in _GROUNDS


def _given(cand: Candidate) -> bool:
    """An event inside a demand that is no part of what is demanded: one pointed at as
    existing ("these abuses"), one whose end is asked for ("called for an end to violence")
    or the topic of another noun ("called for a probe into the allegations")."""
    core = cand.core
    if cand.kind == "noun" and _pointed_at(core):
        return True  # 'urged nations to take a stand: "… complicit in these abuses"'
    if cand.kind != "noun" or core.dep_ not in ("pobj", "dobj"):
        return False
    word = core.head.head if core.dep_ == "pobj" else core.head
    if word.lemma_.lower() in _ENDING:
        return True
    within = cand.within
    return (
        core.dep_ == "pobj"
        and word.pos_ == "NOUN"
        and within is not None
        and word.i not in {t.i for t in within.tokens}
    )


def _self_harm(cand: Candidate) -> bool:
    """Force whose only patient is the doer ("injured herself"): an accident or a suicide,
    unless it is an attack by explosives ("blew himself up at a checkpoint")."""
    if cand.code.type != "ASSAULT" or cand.code.mode in _BOMBING_MODES:
        return False
    patients = [c for c in cand.anchor.children if c.dep_ == "dobj"]
    return bool(patients) and all(p.lower_ in _REFLEXIVES for p in patients)


def _support_subject(noun: Token) -> bool:
    """The subject of a verb that tells of the event itself happening ("talks will
    begin", "the attack took place") or of a copula ("talks are possible")."""
    verb = noun.head
    return verb.lemma_ == "be" or any(
        row.code.type == tables.SUPPORT for row in tables.verbs().get(verb.lemma_.lower(), ())
    )


def _inner(cand: Candidate) -> Code | None:
    """The code of the event an intention is about, looking through appeals and offers."""
    if not cand.absorbed:
        return None
    inner = cand.absorbed[0]
    if inner.code.type in EMBEDDING and inner.absorbed:
        return _inner(inner) or inner.code
    return inner.code


def _commits(cand: Candidate) -> bool:
    """The intention verb governs its act directly: "vowed to fight", "swore to retaliate"."""
    return any(
        inner.anchor.head.i == cand.anchor.i and inner.anchor.dep_ in ("xcomp", "advcl", "ccomp")
        for inner in cand.absorbed[:1]
    )


def _code(cand: Candidate, polarity: str) -> Code:
    code = cand.code
    if code.type == "ASSAULT" and _verbal_target(cand):
        code = _VERBAL_ATTACK
    if code.type in EMBEDDING:
        code = coding.about(code, _inner(cand), committed=_commits(cand))
    if polarity == "negated" and mood.refusal(cand.anchor):
        return coding.as_refusal(code)
    if polarity == "future" and not (mood.planned(cand.core) or _helped(cand)):
        return coding.as_intention(code)  # not "the proposed ban": nobody promises it
    return code


def _helped(cand: Candidate) -> bool:
    """A verb act whose future is that of the verb it completes ("will help release her"):
    the helper promises nothing, the act keeps its type."""
    return cand.kind == "verb" and mood.bare_infinitive(cand.anchor)


def _attack_in_words(cand: Candidate, actors: list[str], index: EntityIndex) -> bool:
    """ "Attacked" by one named person who bears no arms, attacked "as" or "for" something,
    or an act attacked ("the deal"), is criticism: force is used by forces, groups and
    states, on people and places."""
    core = cand.core
    if cand.kind != "verb" or core.lemma_.lower() not in _FORCE_NOUNS:
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("as", "for", "over") for c in core.children):
        return True
    if any(c.dep_ == "dobj" and c.lemma_.lower() in tables.nouns() for c in core.children):
        return True  # "attacked the proposed deal": an act is attacked in words
    return bool(actors) and all(
        index.types.get(a) == "PERSON" and index.sectors.get(a) not in _ARMED for a in actors
    )


def _verbal_target(cand: Candidate) -> bool:
    """An attack noun aimed at something only words can hit ("an attack on the cost of the
    asylum system"); the abstract targets are the object list of the verbal "attack" row."""
    core = cand.core
    if core.pos_ != "NOUN" or core.lemma_.lower() not in _FORCE_NOUNS:
        return False
    abstract = _abstract_targets()
    for prep in core.children:
        if prep.dep_ == "prep" and prep.lower_ in _TARGET_PREPS:
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and pobj.lemma_.lower() in abstract:
                    return True
    return False


@cache
def _abstract_targets() -> frozenset[str]:
    return frozenset(
        name
        for row in tables.verbs().get("attack", ())
        if row.code.type == "ACCUSE"
        for name in row.objs
    )


def _merge_coordinated(events: list[Event], doc: Doc, text: str) -> list[Event]:
    """ "Soldiers shot and killed a Palestinian", "three were killed and two others wounded"
    is one act: coordinated triggers of one type and mode (or one with none), with the same
    actors and mood and no other verb between them, become one event; "blew up the tracks
    and took the passengers hostage" are two."""
    out: list[Event] = []
    for event in events:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.type == event.type
            and (prev.mode == event.mode or None in (prev.mode, event.mode))
            and prev.sentence == event.sentence
            and prev.polarity == event.polarity
            and prev.actors == event.actors
            and prev.trigger.end <= event.trigger.start
            and _coordinated(doc, text, prev.trigger.end, event.trigger.start)
        ):
            out[-1] = _joined(prev, event, text)
            continue
        out.append(event)
    return out


def _coordinated(doc: Doc, text: str, start: int, end: int) -> bool:
    """The text between two triggers only coordinates them ("and", ", and two others
    critically"): a conjunction, no verb, no clause punctuation, a few words at most."""
    if _COORDINATION.match(text[start:end]):
        return True
    if end - start > _MAX_GAP or any(c in text[start:end] for c in ';:"()'):
        return False
    gap = doc.char_span(start, end, alignment_mode="contract")
    if gap is None or not any(t.pos_ == "CCONJ" for t in gap):
        return False
    return not any(t.pos_ in ("VERB", "AUX", "SCONJ") or t.tag_ in _WH_TAGS for t in gap)


def _joined(first: Event, second: Event, text: str) -> Event:
    start, end = first.trigger.start, second.trigger.end
    recipients = first.recipients + [r for r in second.recipients if r not in first.recipients]
    specific = first if len(first.cameo or "") >= len(second.cameo or "") else second
    return first.model_copy(
        update={
            "mode": specific.mode or first.mode or second.mode,
            "cameo": specific.cameo,
            "recipients": recipients,
            "trigger": TextSpan(start=start, end=end, text=text[start:end]),
            "location": first.location or second.location,
            "date": second.date if first.date.basis != "explicit" else first.date,
            "confidence": max(first.confidence, second.confidence),
        }
    )


def _dated_by_earlier_mention(
    events: list[Event], countries: dict[str, str | None], story: _Narrative
) -> list[Event]:
    """Dates for the events no time expression governs, in text order, from the times that
    the narrative sets (the practice of TimeML annotation and HeidelTime's narratives):

    1. an event told in the past tense takes the nearest time of its own sentence ("In 2018,
       officials offered to pay her relatives … to bring her to Iran for imprisonment"), a
       time outside a scene clause ("after the EU levied …") for an event outside it, one
       inside for one inside;
    2. else an act told again takes the date of the latest dated telling of it ("the
       Taliban banned her book in November 2024 … the book was banned");
    3. else an event told in the past tense takes the lead's day ("Militants attacked a
       train Tuesday … security forces were dispatched") instead of the publication date.
       Background clauses and participles that describe their noun ("the jailed
       publisher") keep their own time or none.
    """
    out: list[Event] = []
    for event in events:
        if event.date.basis != "explicit":
            date = _reference_date(event, out, countries, story)
            if date is not None:
                event = event.model_copy(update={"date": date})
        out.append(event)
    return out


@dataclass(frozen=True)
class _Narrative:
    """The times an article's narrative sets: per sentence (by index), the time expressions
    that do not modify a noun; and the lead's day, the time of the first past-tense main
    clause with a time among the first sentences, when it names a day."""

    doc: Doc
    starts: list[int]
    times: dict[int, list[tuple[Time, Token]]]
    lead: Time | None

    def sentence(self, char: int) -> int:
        """The index of the sentence holding character ``char``."""
        return bisect.bisect_right(self.starts, char) - 1


def _narrative(doc: Doc, dated: list[tuple[Time, Token]], published: dt.date | None) -> _Narrative:
    starts = [s.start_char for s in doc.sents]
    times: dict[int, list[tuple[Time, Token]]] = {}
    settings: list[Time] = []
    latest = published.isoformat() if published is not None else None
    for time, head in dated:
        if head.dep_ in _NOUN_MODIFIERS and head.head.pos_ in ("NOUN", "PROPN"):
            continue  # "the 2004 bombing" dates the bombing only
        n = bisect.bisect_right(starts, time.start) - 1
        times.setdefault(n, []).append((time, head))
        clause = doc[clause_of(head)]
        if latest is not None and time.value[:10] > latest[: len(time.value[:10])]:
            continue  # "the budget for the coming fiscal year" is no time of the news
        if n < _LEAD_SENTENCES and _tense(clause) == "past" and _main_clause(clause):
            settings.append(time)
    lead = settings[0] if settings and _DAY.match(settings[0].value) else None
    return _Narrative(doc, starts, times, lead)


def _reference_date(
    event: Event, earlier: list[Event], countries: dict[str, str | None], story: _Narrative
) -> EventDate | None:
    """The date an undated event takes from the narrative (:func:`_dated_by_earlier_mention`),
    or None."""
    span = triggers.trigger_span(event, story.doc)
    if span is None:
        return None
    word = span.root
    clause = story.doc[clause_of(word)]
    past = (
        not scope.accused_deed(word)  # a deed imputed dates only by another telling of it
        and _tense(clause) == "past"
        and event.polarity != "future"
        and not (word.dep_ in ("amod", "acl") and word.tag_ == "VBN")  # "the jailed publisher"
        and not (scope.background(clause) and _pluperfect(clause))  # "where rioters had …"
    )
    n = story.sentence(event.trigger.start)
    if past:
        scene = _scene_of(word)  # a scene clause's own times only, and none for the rest
        here = [t for t, head in story.times.get(n, []) if _scene_of(head) == scene]
        before = [t for t in here if t.start < event.trigger.start]
        if here:
            return _time_date(before[-1] if before else here[0])
    told = (  # a prospect ("could be found by 2012 if the world stepped up …") dates nothing
        e
        for e in reversed(earlier)
        if e.date.basis == "explicit"
        and e.polarity == "asserted"
        and (_same_act(e, event, countries) or _same_target(e, event))
    )
    antecedent = next(told, None)
    if antecedent is not None:
        return antecedent.date
    if not past or event.date.basis != "publication":
        return None
    return _time_date(story.lead) if story.lead is not None else None


def _same_target(told: Event, event: Event) -> bool:
    """An act of one type on the same named target, told again by other doers ("he tried to
    kill her in 2022 … his client planned to kill her"): one plot, one date."""
    return told.type == event.type and bool(set(told.recipients) & set(event.recipients))


def _time_date(time: Time) -> EventDate:
    return EventDate(value=time.value, time=time.id, basis="explicit")


def _tense(clause: Token) -> str:
    """The tense of a clause: past, perfect, present, future, or participle (a participle
    that describes its noun, "charges related to …"). A non-finite clause ("voted …,
    urging") has the tense of the clause it hangs from."""
    while (
        clause.dep_ in ("advcl", "xcomp", "acl", "conj")
        and clause.tag_ in ("VBG", "VB")
        and not any(c.dep_ in ("aux", "auxpass") for c in clause.children)
    ):
        clause = clause.head
    auxes = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if {a.lower_ for a in auxes} & mood.FUTURE:
        return "future"
    if clause.tag_ == "VBN" and not auxes and clause.dep_ in ("acl", "amod"):
        return "participle"
    first = auxes[0] if auxes else clause
    if first.tag_ == "VBD" or (first.tag_ == "VBN" and not auxes):
        return "past"
    if first.lemma_ == "have" and first.tag_ in ("VBZ", "VBP") and clause.tag_ == "VBN":
        return "perfect"
    return "present"


def _pluperfect(clause: Token) -> bool:
    """ "had attacked": told as before the time of the sentence."""
    return clause.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in clause.children
    )


def _main_clause(clause: Token) -> bool:
    """The sentence's main clause, a conjunct of it or an adverbial clause of it (not a
    reported content, a relative clause or a scene clause, which tell other times)."""
    node = clause
    while node.head.i != node.i:
        if node.dep_ not in ("conj", "advcl") or scope.scene_clause(node):
            return False
        node = node.head
    return True


def _scene_of(token: Token) -> int | None:
    """The scene clause ("after the EU levied …") a token is inside, or None."""
    for node in (token, *token.ancestors):
        if scope.scene_clause(node):
            return node.i
    return None


def _sides_from_earlier_mention(
    events: list[Event], countries: dict[str, str | None], doc: Doc
) -> list[Event]:
    """An act told again without a side ("the Taliban banned the book … the book ban",
    "the book was banned") takes that side from the latest earlier telling of its type
    that names it and whose sides may be the same; a court proceeding ("this trial") from
    a proceeding, if one was told ("Paris was accused of aiding rebels" is no trial)."""
    out: list[Event] = []
    proceedings = {e.id for e in events if _proceeding(e, doc)}  # "an indictment" is new
    starts = [s.start_char for s in doc.sents]
    for event in events:
        update: dict[str, list[str]] = {}
        told = out
        if event.id in proceedings and _pointing_back(event, doc):
            told = [e for e in out if e.id in proceedings] or out
        for role, other in (("actors", "recipients"), ("recipients", "actors")):
            if getattr(event, role) or (role == "actors" and _doer_no_side(event, doc)):
                continue
            near = told
            if role == "recipients" and _said_by_named_doer(event, doc):
                near = [e for e in told if _sentences_apart(e, event, starts) <= _SAID_TARGET_REACH]
            earlier = (
                e for e in reversed(near) if getattr(e, role) and _same_act(e, event, countries)
            )
            antecedent = next(earlier, None)
            if antecedent is not None:
                taken = getattr(event, other) + update.get(other, [])
                update[role] = [i for i in getattr(antecedent, role) if i not in taken]
        out.append(event.model_copy(update=update) if update else event)
    return out


def _doer_no_side(event: Event, doc: Doc) -> bool:
    """A verb whose subject is a person's title that is no side ("The mayor accused X",
    the mayor unresolved): the text names its doer, another than any told before, so
    none is taken from an earlier telling. A thing as subject ("The Charter calls on …")
    may still stand for its maker."""
    span = triggers.trigger_span(event, doc)
    if span is None or span.root.pos_ not in ("VERB", "AUX"):
        return False
    return any(
        c.dep_ == "nsubj" and c.pos_ == "NOUN" and _person_title(c) for c in span.root.children
    )


def _person_title(token: Token) -> bool:
    title = entity_tables.title(token.lemma_.lower())
    return title is not None and title.kind == "head"


def _said_by_named_doer(event: Event, doc: Doc) -> bool:
    """A verbal act told by a verb that names its doer ("Mr Smith also praised the plan",
    "she refused to apologise"): a politician says many things to many sides in one
    story, so it is a new act unless an earlier one of its type was told just before."""
    if event.type not in _SAID or not event.actors:
        return False
    span = triggers.trigger_span(event, doc)
    return span is not None and span.root.pos_ in ("VERB", "AUX")


def _sentences_apart(earlier: Event, later: Event, starts: list[int]) -> int:
    """How many sentences after ``earlier``'s sentence ``later``'s starts (``starts``: the
    doc's sentence start characters)."""
    return bisect.bisect_right(starts, later.sentence.start) - bisect.bisect_right(
        starts, earlier.sentence.start
    )


def _likenesses(index: EntityIndex) -> dict[str, str | None]:
    """What may make two sides one: a shared country ("Israel", "Israeli troops"), or for
    things, with no country, the same kind of thing ("a passenger train" … "the train",
    each an entity of its own)."""
    out = dict(index.countries)
    for found, kind in index.thing_kinds.items():
        if out.get(found) is None:
            out[found] = "thing:" + kind
    return out


def _pointing_back(event: Event, doc: Doc) -> bool:
    """Whether an event's trigger is a definite noun ("this trial", "the charges")."""
    span = triggers.trigger_span(event, doc)
    return span is not None and any(scope.definite(t) for t in span)


def _doer_from_later_mention(events: list[Event], doc: Doc, index: EntityIndex) -> list[Event]:
    """An act a noun names with its target but no doer ("a trial opened over the 2004
    bombing of a French base") has the doer the next sentences name for it by the same
    noun and target ("two soldiers stand accused of the 2004 bombing of the base"): a lead
    often tells the act first and who did it after. A relative clause on that noun ("the
    bombing … that killed nine soldiers") is done by the same doer."""
    starts = [sent.start_char for sent in doc.sents]
    out: list[Event] = []
    for n, event in enumerate(events):
        word = _noun_word(event, doc)
        if event.actors or not event.recipients or word is None:
            out.append(event)
            continue
        here = bisect.bisect_right(starts, event.trigger.start)
        for later in events[n + 1 :]:
            if bisect.bisect_right(starts, later.trigger.start) - here > _RETOLD_REACH:
                break
            if later.actors and _retold(event, later, word, doc, index):
                actors = [a for a in later.actors if a not in event.recipients]
                event = event.model_copy(update={"actors": actors})
                break
        out.append(event)
    return _relative_clause_doers(out, doc)


def _relative_clause_doers(events: list[Event], doc: Doc) -> list[Event]:
    """An act told by a relative clause on an event noun, with no doer of its own, is done by
    the noun's doer ("the bombing of the base that killed nine soldiers"); not one that the
    noun undergoes ("the attack which police investigated") or an infinitive the parser
    took for a relative clause ("the deal to open talks")."""
    by_root = {}
    for event in events:
        span = triggers.trigger_span(event, doc)
        if span is not None and event.actors:
            by_root[span.root.i] = event.actors
    out = []
    for event in events:
        span = triggers.trigger_span(event, doc)
        root = span.root if span is not None else None
        if not event.actors and root is not None and _noun_does_clause(root):
            doers = [a for a in by_root.get(root.head.i, []) if a not in event.recipients]
            if doers:
                event = event.model_copy(update={"actors": doers})
        out.append(event)
    return out


def _noun_does_clause(verb: Token) -> bool:
    """A relative clause whose subject is the relative pronoun: "the bombing that killed"."""
    subject = first_child(verb, ("nsubj",))
    return verb.dep_ == "relcl" and subject is not None and subject.tag_ in _WH_TAGS


def _noun_word(event: Event, doc: Doc) -> str | None:
    """The lemma of the noun an event's trigger is, when it is that noun alone."""
    span = triggers.trigger_span(event, doc)
    if span is None or len(span) != 1 or span.root.pos_ != "NOUN":
        return None
    return span.root.lemma_.lower()


def _retold(event: Event, later: Event, word: str, doc: Doc, index: EntityIndex) -> bool:
    """A later event is the same act told again by the same noun: same type and mode, and
    a recipient that is the same side or the same kind of thing ("a French military base",
    "the French army base"); a shared country is not enough ("London's High Court" is not
    England)."""
    if later.type != event.type or later.mode != event.mode or not later.recipients:
        return False
    if _noun_word(later, doc) != word:
        return False
    return bool(set(event.recipients) & set(later.recipients)) or bool(
        _thing_heads(event.recipients, index) & _thing_heads(later.recipients, index)
    )


def _thing_heads(ids: list[str], index: EntityIndex) -> set[str]:
    """The kinds of the things among ``ids`` ("base")."""
    return {index.thing_kinds[i] for i in ids if i in index.thing_kinds}


def _drop_headline_copies(
    events: list[Event], headline_end: int, countries: dict[str, str | None]
) -> list[Event]:
    """A headline restates the lead ("Israel kills 5 in Gaza raid" over "Israeli troops
    killed five …"): its event is dropped when the body codes the same type with the same
    or unnamed sides, so each act is counted once. A headline event the body does not
    repeat is kept."""
    if headline_end == 0:
        return events
    body = [e for e in events if e.trigger.start >= headline_end]
    return [
        e
        for e in events
        if e.trigger.start >= headline_end or not any(_same_act(e, b, countries) for b in body)
    ]


def _same_act(headline: Event, body: Event, countries: dict[str, str | None]) -> bool:
    if headline.type != body.type:
        return False
    if headline.mode and body.mode and headline.mode != body.mode:
        return False  # "condemned (disapprove) Lai's trial (allege)": two acts
    if not _same_side(headline.actors, body.actors, countries):
        return False
    return _same_side(headline.recipients, body.recipients, countries)


def _same_side(one: list[str], other: list[str], countries: dict[str, str | None]) -> bool:
    """Sides that may be the same: one unnamed, a shared entity, or a shared country
    ("Israel" in the headline, "Israeli troops" in the lead)."""
    if not one or not other or set(one) & set(other):
        return True
    return bool({countries.get(i) for i in one} & {countries.get(i) for i in other} - {None})


def _demand(cand: Candidate) -> tuple[Code, str]:
    """A demand is as real as the saying of it; "should not negotiate" is still a demand."""
    speaker = cand.speaker
    negated = speaker is not None and any(c.dep_ == "neg" for c in speaker.children)
    polarity = "negated" if negated else "asserted"
    if any(c.dep_ == "neg" for c in cand.anchor.children):
        return cand.code, polarity  # demanded not to: the mode of the act no longer fits
    return coding.about(cand.code, _inner(cand)), polarity


def _time_heads(doc: Doc, times: list[Time]) -> list[tuple[Time, Token]]:
    out = []
    for time in times:
        if time.type not in ("DATE", "TIME") or not _DATED.match(time.value):
            continue
        span = doc.char_span(time.start, time.end, alignment_mode="expand")
        if span is not None and len(span):
            out.append((time, span.root))
    return out


def _governs(head: Token, own: set[int], anchor: Token) -> bool:
    """The time expression headed by ``head`` attaches to the clause of ``anchor``."""
    if anchor.dep_ == "relcl" and anchor.head.i == head.i:
        return True  # "June 24, when the mercenaries seized …"
    node = head
    for _ in range(6):
        parent = node.head
        if parent.i == node.i:
            return False
        if parent.i in own:
            return True
        if parent.pos_ in CLAUSE_POS:
            return False
        if node.dep_ in _NOUN_MODIFIERS and parent.pos_ in ("NOUN", "PROPN"):
            return False  # "accused of the 2004 bombing": the year dates the bombing only
        node = parent
    return False


def _date(cand: Candidate, dated: list[tuple[Time, Token]], published: dt.date | None) -> EventDate:
    """The governing time of the trigger's clause, or of the clauses it is coordinated with
    or subordinate to ("seized … and advanced … before reaching"), else the published date."""
    own = {t.i for t in cand.tokens} | {cand.anchor.i}
    anchor = cand.anchor
    if scope.accused_deed(cand.core):
        # "faces murder charges", "accused of the 2004 bombing": the deed has its own time
        # or none, never that of the accusation or the trial
        own_time = (_time_date(t) for t, head in dated if _governs(head, own, cand.core))
        return next(own_time, EventDate(basis="unknown"))
    for _ in range(4):
        for time, head in dated:
            if _governs(head, own, anchor):
                return EventDate(value=time.value, time=time.id, basis="explicit")
        if anchor.dep_ not in _SHARES_TIME or anchor.head.i == anchor.i:
            break
        if scope.scene_clause(anchor):
            break  # "on Thursday … after the EU levied a tariff": before Thursday
        anchor = anchor.head if anchor.dep_ != "pcomp" else anchor.head.head
        own = {anchor.i}
    for time, head in dated:
        if _dates_by_relative(head, cand):
            return _time_date(time)
    if published is not None and not _describes(cand) and not scope.background(cand.anchor):
        return EventDate(value=published.isoformat(), basis="publication")
    return EventDate(basis="unknown")


def _dates_by_relative(head: Token, cand: Candidate) -> bool:
    """A time dates an event through a relative clause: an event noun by the time of its own
    relative clause ("deadly violence that began March 6"), a relative clause by the time
    that modifies its noun ("the 2004 bombing that killed nine soldiers")."""
    if cand.kind == "noun":
        clause = head.doc[clause_of(head)]
        return clause.dep_ == "relcl" and clause.head.i == cand.core.i
    relative = cand.anchor
    return (
        relative.dep_ == "relcl" and head.head.i == relative.head.i and head.dep_ in _NOUN_MODIFIERS
    )


def _describes(cand: Candidate) -> bool:
    """A participle that describes its noun ("the jailed publisher", "books banned by the
    Taliban") tells of a deed done before, at a time the article may give elsewhere, not
    on the day of publication."""
    return cand.kind == "verb" and cand.anchor.dep_ in ("amod", "acl") and cand.anchor.tag_ != "VBG"


def _statement(position: int, statements: list[Statement]) -> str | None:
    """The innermost statement whose content holds the trigger (a quote inside a report)."""
    holding = [
        s
        for s in statements
        if s.content is not None and s.content.start <= position < s.content.end
    ]
    if not holding:
        return None
    return min(holding, key=lambda s: s.content.end - s.content.start).id


def _confidence(cand: Candidate, actors: list[str], recipients: list[str]) -> float:
    score = 0.5 + 0.2 * bool(actors) + 0.1 * bool(recipients)
    score += 0.1 if cand.kind == "verb" else -0.1 if cand.kind == "noun" else 0.0
    return round(min(max(score, 0.05), 0.95), 2)
