"""Who carried a statement (reported_by), nested statements, and turning working records
into :class:`~newsgraph.record.Statement` with entity and time ids."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsgraph.extract.entities import entity_at
from newsgraph.extract.nlp import doc_text
from newsgraph.extract.statements.found import Found, Range, token_range, trim
from newsgraph.extract.statements.lexicon import Lexicon
from newsgraph.extract.statements.marks import Quote
from newsgraph.extract.statements.speakers import paragraph_of
from newsgraph.extract.syntax import SUBJECT_DEPS, contentful
from newsgraph.lexicon.entities import GIVEN_GENDER, PRONOUNS, Pronoun
from newsgraph.record import Entity, Mention, Span, Speaker, Statement, Time

_CARRIER_LOOKBACK = 2  # sentences back that "TASS reported this revelation" can reach
_TURN_REACH = 600  # characters over which a speaker's outlet keeps carrying their statements
_TIME_CLIMB = 8
_CLIMB = 6
_CONJUNCTIONS = frozenset({"and", "but", "or", "while", "as"})
# What an "it" or a "they" that goes on reporting may stand for: a body, a country or a
# document ("the report said … It added"), and a group or a company ("analysts said …
# they added"); never a person.
_GOES_ON = {"sg": frozenset({"ORG", "GPE", "WORK_OF_ART"}), "pl": frozenset({"ORG", "NORP"})}
_GOES_ON_SENTENCES = 1  # how far back the statement an "it"/"they" goes on from may be
_GOES_ON_PERSON_TOLD = 2  # unquoted sentences a "he"/"she" may go on past (quotes are free)


def is_outlet(doc: Doc, rng: Range | None, entities: list[Entity], lex: Lexicon) -> bool:
    """Does ``rng`` name a news outlet? The entity's sector says so, else an outlet word."""
    if rng is None:
        return False
    entity = entity_at(entities, *rng)
    if entity is not None and entity.sector is not None:
        return entity.sector == "MED"
    span = doc.char_span(*rng, alignment_mode="expand")
    if span is None or not any(t.pos_ == "PROPN" for t in span):
        return False
    return any(t.lower_ in lex.outlets for t in span)


def carrier_mentions(
    doc: Doc, found: list[Found], entities: list[Entity], lex: Lexicon
) -> list[Found]:
    """ "TASS reported this revelation (made by X)": not a statement of its own but the
    outlet that carried the statements just before it."""
    kept: list[Found] = []
    sentence_of = {sent.start: index for index, sent in enumerate(doc.sents)}
    for statement in found:
        root = statement.content_root
        cue = statement.cue_token
        if (
            root is not None
            and cue is not None
            and root.dep_ == "dobj"
            and root.lemma_ in lex.nouns
            and not any(c.dep_ in ("acl", "ccomp") and c.tag_ != "VBN" for c in root.children)
            and is_outlet(doc, statement.speaker, entities, lex)
        ):
            first = sentence_of[cue.sent.start] - _CARRIER_LOOKBACK
            for earlier in kept:
                if earlier.cue_token and sentence_of[earlier.cue_token.sent.start] >= first:
                    earlier.carriers.append(statement.speaker)
            continue
        kept.append(statement)
    return kept


def drop_nested(
    doc: Doc, found: list[Found], quotes: list[Quote], entities: list[Entity], lex: Lexicon
) -> list[Found]:
    """Keep one statement per stretch of text, as attribution corpora do.

    A cue inside another statement's content or inside a quotation is speech within speech:
    dropped, unless the outer speaker is an outlet ("TASS reported that X said …"), in which
    case the inner statement stays and the outlet becomes its carrier.
    """
    _split_coordinated(doc_text(doc), found, quotes)
    outer_of: dict[int, Found] = {}
    for index, inner in enumerate(found):
        if inner.cue is None:
            continue
        for outer in found:
            if outer is not inner and outer.content and _inside(inner.cue, outer.content):
                outer_of[index] = outer
                break
    carriers = {
        id(outer)
        for index, outer in outer_of.items()
        if _carries(found[index], outer) and is_outlet(doc, outer.speaker, entities, lex)
    }
    kept, seen = [], set()
    for index, statement in enumerate(found):
        outer = outer_of.get(index)
        if outer is not None and id(outer) not in carriers:
            continue
        if outer is not None:
            statement.carriers.extend([outer.speaker, *outer.carriers])
        if id(statement) in carriers:
            continue
        if _quoted_speech(statement, quotes):
            continue
        key = statement.content or statement.cue
        if key in seen:
            continue
        seen.add(key)
        kept.append(statement)
    return kept


def _split_coordinated(text: str, found: list[Found], quotes: list[Quote]) -> None:
    """ "X said A, and Y railed against B": a statement coordinated with the content's clause
    is a statement of its own; the outer content ends where its clause starts."""
    for inner in found:
        if inner.cue_token is None:
            continue
        for outer in found:
            if outer is inner or not outer.content or outer.content_root is None:
                continue
            if not _inside(inner.cue, outer.content) or _quoted(outer.content, quotes):
                continue
            start = _coordinated_clause(inner.cue_token, outer.content_root)
            if start is None and _trailing_participle(inner.cue_token, outer.content_root):
                start = inner.cue_token.left_edge.idx  # "X argued that A, saying B"
                _share_speaker(inner, outer)
            if start is not None and start > outer.content[0]:
                outer.content = _cut(text, outer.content[0], start) or outer.content


def _trailing_participle(cue: Token, root: Token) -> bool:
    """ "…, saying B" closing a reported clause: the parser hangs the participle inside the
    content, but it is the speaker's next statement, set off by a comma."""
    doc = cue.doc
    start = cue.left_edge.i
    return (
        cue.tag_ == "VBG"
        and cue.dep_ in ("advcl", "xcomp", "conj")
        and start > root.i
        and start > 0
        and doc[start - 1].text == ","
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children)
    )


def _share_speaker(inner: Found, outer: Found) -> None:
    """The participle's speaker is the outer statement's, not a noun of the content."""
    inner.speaker, inner.speaker_head = outer.speaker, outer.speaker_head
    inner.speaker_unnamed = outer.speaker_unnamed
    inner.relative, inner.members = outer.relative, list(outer.members)


def _coordinated_clause(cue: Token, root: Token) -> int | None:
    """Start offset of the clause joined to ``root`` by coordination that holds ``cue``."""
    node = cue
    for _ in range(_CLIMB):
        if node.head == root and node.dep_ in ("conj", "parataxis"):
            return node.left_edge.idx
        if node.head == node or node == root:
            return None
        node = node.head
    return None


def _quoted_speech(statement: Found, quotes: list[Quote]) -> bool:
    """A cue inside a quotation is the quoted speaker's own "I said …" — except the "NAME:"
    turns of a quoted transcript."""
    if statement.cue is None or statement.inherited:
        return False
    if statement.cue_token is not None and statement.cue_token.text == ":":
        return False
    return any(_inside(statement.cue, (q.start, q.end)) for q in quotes)


def _quoted(content: Range, quotes: list[Quote]) -> bool:
    return any(q.start <= content[0] and content[1] <= q.end for q in quotes)


def _cut(text: str, start: int, end: int) -> Range | None:
    """Content up to ``end`` without a dangling conjunction (", and")."""
    rng = trim(text, start, end)
    while rng is not None and text[rng[0] : rng[1]].rsplit(None, 1)[-1] in _CONJUNCTIONS:
        rng = trim(text, rng[0], rng[1] - len(text[rng[0] : rng[1]].rsplit(None, 1)[-1]))
    return rng


def _carries(inner: Found, outer: Found) -> bool:
    """Is the outer content just the inner statement ("reported that X said …")?"""
    return inner.cue_token is not None and inner.cue_token == outer.content_root


def _inside(inner: Range, outer: Range) -> bool:
    return outer[0] <= inner[0] and inner[1] <= outer[1]


def to_statements(
    doc: Doc,
    found: list[Found],
    entities: list[Entity],
    times: list[Time],
    lex: Lexicon,
    quotes: list[Quote],
) -> list[Statement]:
    """Records with ids S1, S2 … in text order, entity ids resolved and carriers propagated."""
    text = doc_text(doc)
    statements = []
    turns: dict[str, tuple[int, list[str]]] = {}  # speaker entity -> (offset, its outlets)
    by_id = {e.id: e for e in entities}
    sentence_of = {sent.start: index for index, sent in enumerate(doc.sents)}
    previous: tuple[Entity, int] | None = None  # the last speaker and its cue's sentence
    for number, item in enumerate(found, start=1):
        speaker_entity = (
            _speaker_entity(entities, item)
            or _same_name(text, entities, item)
            or _goes_on(doc, item, previous, entities, sentence_of, quotes)
        )
        if _named_within(by_id.get(speaker_entity or ""), item):
            speaker_entity = None  # "he claimed Mr Blair has failed": not Blair
        if item.cue_token is not None:
            speaker = by_id.get(speaker_entity or "")
            sentence = sentence_of[item.cue_token.sent.start]
            previous = None if speaker is None or item.members else (speaker, sentence)
        carried = _carriers(doc, item, speaker_entity, entities, lex, turns)
        statements.append(
            Statement(
                id=f"S{number}",
                kind=item.kind,
                speaker=_speaker(text, _surface(item, speaker_entity), speaker_entity),
                cue=_span(text, item.cue),
                content=None if item.kind == "no_comment" else _span(text, item.content),
                addressee=_entity(entities, item.addressee),
                reported_by=carried,
                time=_time(doc, item, times),
            )
        )
    return statements


def _named_within(person: Entity | None, item: Found) -> bool:
    """Whether the content names the person by name, outside the speaker's own words
    ("which, Tompkins said, is …"): what is said about someone by name ("he claimed Mr
    Blair has failed", "“go vote for Hillary”") is not their saying. Organisations name
    themselves ("Twitter said the Twitter conversation …"); people rarely do."""
    if person is None or person.type != "PERSON" or item.content is None:
        return False
    start, end = item.content
    own = item.speaker or (0, 0)
    return any(
        m.kind == "name" and start <= m.start and m.end <= end and not own[0] <= m.start < own[1]
        for m in person.mentions
    )


def _speaker_entity(entities: list[Entity], item: Found) -> str | None:
    """The entity the speaker resolves to. A coordination ("Smith and Jones") resolves only
    when all its members are one entity (a single name "Smith and Jones"); a group of
    different entities has no single entity, and its members stay readable from the span."""
    if item.members:
        ids = {_entity(entities, member) for member in item.members}
        return ids.pop() if len(ids) == 1 else None
    head = _entity(entities, item.speaker_head)
    if head is not None or item.speaker_unnamed:
        # "Mr Blair's official spokesman", "analysts at Goldman Sachs": a common noun the
        # entities stage left unlinked is someone else than the name beside it
        return head
    return _entity(entities, item.speaker)


def _goes_on(
    doc: Doc,
    item: Found,
    previous: tuple[Entity, int] | None,
    entities: list[Entity],
    sentence_of: dict[int, int],
    quotes: list[Quote],
) -> str | None:
    """An "it" or a "they" that no pass resolved, reporting right after a statement of a
    body, a document or a group, is that speaker going on: "The report said A. It also
    called for B", "B would follow, analysts said. But they warned …". Only a subject with
    a contentful verb ("it is worth noting" is no one), in the same or the next sentence,
    and only when no governing clause has a subject of its own ("Porsche may join, although
    it insists …": Porsche). A pronoun inside quotation marks is the quoted speaker's word.
    A "he" or a "she" goes on from a person further back (see :func:`_person_goes_on`)."""
    if previous is None or item.speaker_head is None or item.members or item.relative:
        return None
    if any(_inside(item.speaker_head, (q.start, q.end)) for q in quotes):
        return None
    span = doc.char_span(*item.speaker_head)
    if span is None or len(span) != 1 or item.cue_token is None:
        return None
    pronoun = span[0]
    info = PRONOUNS.get(pronoun.lower_)
    if info is None or info.case != "subj" or pronoun.pos_ != "PRON":
        return None
    if pronoun.dep_ not in SUBJECT_DEPS:
        return None
    speaker, sentence = previous
    if info.refers == "PERSON":
        if not _person_goes_on(doc, item, pronoun, info, previous, entities, sentence_of, quotes):
            return None
    elif not _thing_goes_on(item, pronoun, info, speaker, sentence, sentence_of):
        return None
    governing = _governing_subjects(pronoun, item.content)
    if any(_entity(entities, token_range(word)) != speaker.id for word in governing):
        return None
    return speaker.id


def _thing_goes_on(
    item: Found,
    pronoun: Token,
    info: Pronoun,
    speaker: Entity,
    sentence: int,
    sentence_of: dict[int, int],
) -> bool:
    """Whether an "it" (with a contentful verb) or a "they" can go on from ``speaker``: a
    body, a document or a group, in the same or the next sentence."""
    if info.refers != "ANY" or (info.number == "sg" and not contentful(pronoun.head)):
        return False
    if speaker.type not in _GOES_ON[info.number] or item.cue_token is None:
        return False
    return sentence_of[item.cue_token.sent.start] - sentence <= _GOES_ON_SENTENCES


def _person_goes_on(
    doc: Doc,
    item: Found,
    pronoun: Token,
    info: Pronoun,
    previous: tuple[Entity, int],
    entities: list[Entity],
    sentence_of: dict[int, int],
    quotes: list[Quote],
) -> bool:
    """Whether a "he" or "she" reporting a few sentences after a person's statement, with no other
    person named in between, is that person going on: "…, Smith said. “…” He added …".
    The entities stage looks only two sentences back and stops at quotations; here the
    previous statement's speaker is the antecedent, when the gender does not clash."""
    speaker, sentence = previous
    if speaker.type != "PERSON" or item.cue_token is None:
        return False
    # sentences wholly inside a quotation are the speaker's own words: they do not count
    between = list(doc.sents)[sentence + 1 : sentence_of[item.cue_token.sent.start]]
    told = [
        sent
        for sent in between
        if not any(_inside((sent[0].idx, sent[-1].idx + 1), (q.start, q.end)) for q in quotes)
    ]
    if len(told) > _GOES_ON_PERSON_TOLD:
        return False
    if info.gender is not None and _gender(speaker) not in (None, info.gender):
        return False
    # the speaker's last mention before the pronoun; any other person named after it
    # could be the antecedent as well
    before = [m.end for m in speaker.mentions if m.end <= pronoun.idx]
    if not before:
        return False
    since = max(before)
    return not any(
        since <= m.start < pronoun.idx
        for entity in entities
        if entity.id != speaker.id and entity.type == "PERSON"
        for m in entity.mentions
    )


def _gender(entity: Entity) -> str | None:
    """The gender an entity's pronouns or given name mark, None when unknown or mixed."""
    found = {
        PRONOUNS[m.text.lower()].gender
        for m in entity.mentions
        if m.kind == "pronoun" and m.text.lower() in PRONOUNS
    }
    found |= {GIVEN_GENDER.get(m.text.split()[0]) for m in entity.mentions if m.kind == "name"}
    found.discard(None)
    return found.pop() if len(found) == 1 else None


def _governing_subjects(word: Token, content: Range | None) -> list[Token]:
    """The subjects of the clauses above the one ``word`` is the subject of, but not those
    of the statement's own content ("Prices rose, it said" hangs the cue on "rose")."""
    found: list[Token] = []
    for verb in word.head.ancestors:
        found.extend(
            c
            for c in verb.children
            if c.dep_ in SUBJECT_DEPS and not (content and content[0] <= c.idx < content[1])
        )
    return found


def pronoun_speakers(
    statements: list[Statement], entities: list[Entity]
) -> dict[str, list[Mention]]:
    """Pronoun speakers the statements stage resolved itself (an "it" going on after its
    report), as ``pronoun`` mentions to add to their entities, like the quotes' "we"."""
    mentions = {e.id: {(m.start, m.end) for m in e.mentions} for e in entities}
    added: dict[str, list[Mention]] = {}
    for statement in statements:
        speaker = statement.speaker
        if speaker is None or speaker.entity is None or speaker.text.lower() not in PRONOUNS:
            continue
        if any(a < speaker.end and speaker.start < b for a, b in mentions[speaker.entity]):
            continue
        mention = Mention(start=speaker.start, end=speaker.end, text=speaker.text, kind="pronoun")
        added.setdefault(speaker.entity, []).append(mention)
        mentions[speaker.entity].add((speaker.start, speaker.end))
    return added


def _same_name(text: str, entities: list[Entity], item: Found) -> str | None:
    """A name the entities stage left unmarked (a headline's "BT offers …") is the one
    entity that has a name mention written the same way."""
    if item.speaker_head is None or item.speaker_unnamed or item.members or item.relative:
        return None
    head = text[item.speaker_head[0] : item.speaker_head[1]]
    if not head[:1].isupper() or head.lower() in PRONOUNS:
        return None  # a common noun or a pronoun ("I")
    names = {text[item.speaker[0] : item.speaker[1]], head} if item.speaker else {head}
    ids = {e.id for e in entities for m in e.mentions if m.kind == "name" and m.text in names}
    return ids.pop() if len(ids) == 1 else None


def _surface(item: Found, entity: str | None) -> Range | None:
    """The speaker's surface span: a relative pronoun that resolves to an entity is kept as
    written, like any pronoun ("Clinton, who said" -> "who", the entity Clinton); one that
    does not resolve shows its antecedent too ("an official who said" -> "an official who")."""
    if item.relative is not None and entity is not None:
        return item.relative
    return item.speaker


def _carriers(
    doc: Doc,
    item: Found,
    speaker: str | None,
    entities: list[Entity],
    lex: Lexicon,
    turns: dict[str, tuple[int, list[str]]],
) -> list[str]:
    """Outlets that carried the statement, innermost first. An outlet the speaker spoke to
    keeps carrying that speaker's next statements for a while ("speaking to TASS, … He
    stated")."""
    if is_outlet(doc, item.addressee, entities, lex):
        item.carriers.insert(0, item.addressee)  # type: ignore[arg-type]
    carried = _ids(entities, item.carriers, exclude=speaker)
    if speaker is None:
        return carried
    anchor = (item.cue or item.content or (0, 0))[0]
    if carried:
        turns[speaker] = (anchor, carried)
    elif speaker in turns and anchor - turns[speaker][0] <= _TURN_REACH:
        carried = list(turns[speaker][1])
    return carried


def _entity(entities: list[Entity], rng: Range | None) -> str | None:
    if rng is None:
        return None
    entity = entity_at(entities, *rng)
    return entity.id if entity is not None else None


def _ids(entities: list[Entity], ranges: list[Range], *, exclude: str | None) -> list[str]:
    ids: list[str] = []
    for rng in ranges:
        entity_id = _entity(entities, rng)
        if entity_id is not None and entity_id != exclude and entity_id not in ids:
            ids.append(entity_id)
    return ids


def _valid(text: str, rng: Range | None) -> bool:
    return rng is not None and 0 <= rng[0] < rng[1] <= len(text)


def _span(text: str, rng: Range | None) -> Span | None:
    return Span(start=rng[0], end=rng[1], text=text[rng[0] : rng[1]]) if _valid(text, rng) else None


def _speaker(text: str, rng: Range | None, entity: str | None) -> Speaker | None:
    if not _valid(text, rng):
        return None
    return Speaker(entity=entity, start=rng[0], end=rng[1], text=text[rng[0] : rng[1]])


def _time(doc: Doc, item: Found, times: list[Time]) -> str | None:
    """The time expression whose words hang under the cue without passing through the content."""
    cue = item.cue_token
    if cue is None or item.inherited:
        return None
    low, high = paragraph_of(doc_text(doc), cue.idx)  # the parser's sentences cross lines
    sent = cue.sent
    low, high = max(low, sent.start_char), min(high, sent.end_char)
    for time in times:
        if not low <= time.start < high:
            continue
        span = doc.char_span(time.start, time.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        token = span.root
        for _ in range(_TIME_CLIMB):
            if token == cue:
                return time.id
            if token == item.content_root or token.head == token:
                break
            token = token.head
    return None
