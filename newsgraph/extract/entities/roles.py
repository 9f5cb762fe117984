"""Roles (titles and descriptions of people) and nominal mentions ("the adviser").

A role is found where the syntax ties a title phrase to a person's name: pre-modifiers
("CIA counterpart William Burns", "Ukrainian presidential adviser Mykhailo Podolyak"),
appositions either way round ("Russia's foreign intelligence chief, Sergey Naryshkin";
"Sergey Naryshkin, the head of …") and titles said of the name by its verb ("Jobs resigned
as CEO of Apple", "Barra is the chief executive"). Coordinated titles stay whole ("the vice
president and chairman of Chrysler"). A title phrase with no name attached ("the adviser",
a headline's "Russian spy chief") is a nominal mention. It joins the person whose roles
it best matches; failing that, a definite subject ("The former police chief said …") joins
the one person who was a subject just before. A plural one ("the mercenaries", "Kenyan
officials") becomes a group entity of type NORP, coded by its words (REB, KEN GOV).
"""

from __future__ import annotations

from spacy.symbols import NOUN, PROPN
from spacy.tokens import Doc, Token

from newsgraph.extract.entities.coref import subject_antecedent
from newsgraph.extract.entities.model import (
    INDEFINITE,
    Cluster,
    Context,
    Mention,
    acronym_plural,
    candidates,
    segment_start,
    set_off_clause,
)
from newsgraph.extract.nlp import hashes
from newsgraph.extract.syntax import SUBJECT_DEPS, group_in_number
from newsgraph.lexicon import entities as tables
from newsgraph.lexicon import events as event_tables

_NOUNS = frozenset({NOUN, PROPN})
# Nouns of acts, whose plural possessor is a group that acts ("pensioners' protests").
_EVENT_NOUNS = event_tables.noun_heads()
# Last words of head titles ("chief" of "spy chief"): the tokens worth a closer look.
_HEAD_WORDS = hashes(
    [t.rsplit(" ", 1)[-1] for t, v in tables.TITLES.items() if v.kind == "head"]
    + [f"{t}s" for t, v in tables.TITLES.items() if v.kind == "head" and " " not in t]  # "MPs"
    + list(tables.GROUP_NOUNS)
    + list(tables.TARGET_NOUNS)
)
_PREMOD_DEPS = frozenset({"compound", "amod", "nmod", "poss"})
_DROP_LEFT = frozenset({"DET", "PRON", "PUNCT", "SPACE", "CCONJ"})
_NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj", "ROOT"})
# Right-hand parts of a role: "director general of the British Chambers of Commerce".
_ROLE_RIGHT_DEPS = frozenset({"prep", "amod", "compound", "appos", "nmod", "npadvmod"})
_KEEP_DET = frozenset({"the", "this", "that", "these", "those"})
# Determiners a nominal mention keeps: "the adviser", "a court" (INDEFINITE) as written.
_KEPT_DET = _KEEP_DET | INDEFINITE
# A nominal this specific (head word + another matching cue) is safe to attach.
_MIN_NOMINAL_SCORE = 3


def head_title(token: Token) -> tables.Title | None:
    """The title entry if ``token`` can head a role ("adviser", "spy chief")."""
    doc = token.doc
    if token.i > 0:
        before = doc[token.i - 1].text
        two = tables.title(f"{before} {token.text}") or tables.title(f"{before} {token.lemma_}")
        if two and two.kind == "head":
            return two
    one = tables.title(token.text) or tables.title(token.lemma_)
    if one is None and acronym_plural(token):
        one = tables.title(token.text[:-1])  # "MPs", "MEPs": the parser keeps the "s"
    return one if one and one.kind == "head" else None


_LEDE_SEGMENTS = 1  # a headline and the first sentence


def find_roles(ctx: Context) -> None:
    """Attach role phrases to person clusters as roles and ``title`` mentions."""
    for cluster in ctx.clusters:
        if cluster.type != "PERSON":
            continue
        for m in [m for m in cluster.mentions if m.kind == "name"]:
            floor = segment_start(ctx.segment, m.start)
            for start, end in _role_spans(ctx.doc, m):
                # The backbone may hang a headline onto the first sentence: stay inside it.
                start, end = _left_trim(ctx.doc, max(start, floor), end)
                if start >= end:
                    continue
                role = Mention(start, end, "title", end - 1)
                if not any(r.start == start for r in cluster.roles):
                    cluster.roles.append(role)
                    ctx.add(cluster, role)


def _role_spans(doc: Doc, m: Mention) -> list[tuple[int, int]]:
    spans = []
    root = doc[m.head]
    premod = [c for c in root.lefts if c.i < m.start and c.dep_ in _PREMOD_DEPS]
    if premod and head_title(doc[m.start - 1]) and doc[m.start - 1].head.i == root.i:
        spans.append(_left_trim(doc, _coordinated_start(doc, premod[0].left_edge.i), m.start))
    if root.dep_ == "appos" and root.head.i < m.start and head_title(root.head):
        spans.append(_phrase(doc, root.head, stop=m.start))
    elif root.dep_ in ("appos", "conj", "nsubj"):
        spans += _title_before_comma(doc, m)
    for child in root.rights:
        if child.dep_ == "appos" and head_title(child):
            spans.append(_phrase(doc, child, stop=child.right_edge.i + 1))
    spans.extend(_phrase(doc, t, stop=t.right_edge.i + 1) for t in _predicated_titles(root))
    return [(s, e) for s, e in spans if s < e]


def _title_before_comma(doc: Doc, m: Mention) -> list[tuple[int, int]]:
    """A title phrase just before the name and its comma, when the parse hung the
    apposition elsewhere: "400 guests, including the Prime Minister of Singapore, Mr. Lee
    Hsien Loong" (the backbone makes Lee an apposition of "guests", or a conjunct of
    "Minister"; a real coordination has its "and"), or made both subjects of one verb
    ("The former Chief Operating Officer, Tim Cook will succeed Jobs")."""
    comma = m.start - 1
    honorific = tables.title(doc[comma].text) if comma >= 0 else None
    if honorific is not None and honorific.kind == "honorific":
        comma -= 1  # "…, Mr. Lee"
    if comma < 1 or doc[comma].text != ",":
        return []
    token = doc[comma - 1]  # climb "Singapore" → "of" → "Minister"
    while head_title(token) is None and token.dep_ in ("pobj", "prep") and token.head.i < token.i:
        token = token.head
    if head_title(token) is None or token.dep_ == "appos":
        return []  # "Barra, GM's chief executive, Dan Ammann, …": Barra's title, not Ammann's
    name = doc[m.head]
    coordinated = any(c.dep_ == "cc" for t in (token, name) for c in t.children)
    if name.dep_ == "conj" and (name.head.i != token.i or coordinated):
        return []
    if name.dep_ == "nsubj" and (token.dep_ != "nsubj" or token.head.i != name.head.i):
        return []
    return [_phrase(doc, token, stop=comma)]


def _predicated_titles(root: Token) -> list[Token]:
    """Titles said of a name by its verb: "Jobs resigned as CEO of Apple", "GM named Mary
    Barra as its chief executive", "Barra is the chief executive". With both a subject and
    an object, an "as" title belongs to the object."""
    first = root.head
    if root.dep_ not in ("nsubj", "nsubjpass", "dobj") or first.i == root.i:
        return []
    found = []
    for verb in [first, *_sharing_subject(first)] if root.dep_ == "nsubj" else [first]:
        has_object = any(c.dep_ == "dobj" for c in verb.children)
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ == "as" and child.i > root.i:
                if root.dep_ != "nsubj" or not has_object:
                    found += [t for t in child.children if t.dep_ == "pobj" and head_title(t)]
            elif child.dep_ == "attr" and root.dep_ == "nsubj" and verb.lemma_ == "be":
                found += [child] if head_title(child) and not _unreal(verb) else []
    return found


def _unreal(verb: Token) -> bool:
    """A "be" that says what someone is not, or only might be: "hoped Brown would be
    premier", "Cole is not the chairman"."""
    return any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in verb.children)


def _sharing_subject(verb: Token) -> list[Token]:
    """Verbs coordinated with ``verb`` that have no subject of their own ("Barra has been
    with GM for 33 years, and is currently the head of product development")."""
    return [
        c
        for c in verb.children
        if c.dep_ == "conj" and not any(g.dep_ in SUBJECT_DEPS for g in c.children)
    ]


def _left_trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Drop determiners, pronouns ("his") and punctuation at the edges of a role."""
    while start < end and doc[start].pos_ in _DROP_LEFT:
        start += 1
    while end > start and doc[end - 1].pos_ in _DROP_LEFT:
        end -= 1
    return start, end


def _phrase(doc: Doc, head: Token, *, stop: int) -> tuple[int, int]:
    """A title noun with its left modifiers and an "of …" complement, ending before ``stop``;
    a coordinated title is kept whole ("the vice president and chairman of Chrysler")."""
    end = head.i + 1
    rights = [c for c in head.rights if c.i < stop]
    for n, child in enumerate(rights):
        if child.left_edge.i != end:
            break
        if child.dep_ == "cc":
            after = rights[n + 1] if n + 1 < len(rights) else None
            if after is None or after.dep_ != "conj" or head_title(after) is None:
                break
        elif child.dep_ == "conj":
            if head_title(child) is None:
                break
        elif child.dep_ not in _ROLE_RIGHT_DEPS or (
            child.dep_ == "prep" and child.lower_ not in ("of", "at", "for", "to")
        ):
            break
        end = _described_end(child)
        if end <= child.right_edge.i:
            break  # "chief of GM, which filed …": the clause describes GM, not the title
    return _left_trim(doc, head.left_edge.i, min(end, stop))


def _described_end(token: Token) -> int:
    """End of a token's phrase, short of a clause set off by a comma inside it."""
    end = token.right_edge.i + 1
    for t in token.subtree:
        if t.left_edge.i > token.i and set_off_clause(t):
            end = min(end, t.left_edge.i - 1)
    return end


def _coordinated_start(doc: Doc, start: int) -> int:
    """Start of a pre-modifying role extended over a coordinated title before it: "chief
    executive and president" + name starts at "chief". A title with a determiner of its own
    is another person's noun phrase: "both the prime minister and Chancellor Gordon Brown"."""
    if start < 2 or doc[start - 1].pos_ != "CCONJ" or head_title(doc[start - 2]) is None:
        return start
    first = doc[start - 2]
    if any(c.dep_ in ("det", "predet", "poss") for c in first.lefts):
        return start
    lefts = [c.left_edge.i for c in first.lefts if c.dep_ in _PREMOD_DEPS or c.dep_ == "det"]
    return min([first.i, *lefts])


def find_nominals(ctx: Context) -> None:
    """Title phrases without a name: attach to the best-matching person or form a group."""
    doc = ctx.doc
    for i in candidates(doc, _NOUNS, _HEAD_WORDS):
        token = doc[i]
        if i in ctx.owner or (token.dep_ not in _NOMINAL_DEPS and not _group_possessor(token)):
            continue
        group = _group_noun(token)
        target = (
            token.lemma_.lower() in tables.TARGET_NOUNS
            and token.dep_ != "compound"
            and (i == 0 or doc[i - 1].text != "-")  # "fan-base", "air-base" as one word
        )
        if head_title(token) is None and group is None and not target:
            continue
        floor = segment_start(ctx.segment, token.i)
        start = max(_nominal_start(token), floor)
        while doc[start].pos_ in _DROP_LEFT and not _kept_left(doc[start], group):
            start += 1
        end = token.i + 1
        if group is None and head_title(token) is None:
            if not _made_by_name(ctx, token):
                _thing(ctx, token, start, end)  # "a passenger train", "the French army base"
            continue
        if group is not None:
            _group(ctx, token, start, end).sector = group.sector
            continue  # "protesters", "Pakistani security forces", "a court"
        if any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in token.lefts):
            if token.tag_ in ("NN", "NNP") and not _as_what(token):
                _newcomer(ctx, token, start, end)  # "a judge dismissed …": someone new
            continue
        if token.tag_ in ("NNS", "NNPS") or acronym_plural(token):
            _group(ctx, token, start, end)
        else:
            _attach_nominal(ctx, token, start, end)


def _group_possessor(token: Token) -> bool:
    """A plural possessor of an act is a group that does it ("students' protests", "the
    miners' strike"); of anything else it is mostly a name's word ("the prisoners'
    dilemma"), and a singular one is a person's title, left to the nominal's owner."""
    return (
        token.dep_ == "poss"
        and token.tag_ in ("NNS", "NNPS")
        and token.head.lemma_.lower() in _EVENT_NOUNS
    )


def _kept_left(token: Token, group: tables.GroupNoun | None) -> bool:
    """A determiner a mention is written with ("the court", "a judge"), and a group's
    possessive pronoun ("his supporters", "their lawyers": people of someone's)."""
    return token.lower_ in _KEPT_DET or (group is not None and token.tag_ == "PRP$")


def _as_what(token: Token) -> bool:
    """An indefinite title after "as" says what someone is or works as ("to keep working
    as a journalist"): a description, not a person new to the text."""
    return token.dep_ == "pobj" and token.head.lower_ == "as"


def _nominal_start(token: Token) -> int:
    """Left edge of the noun phrase, keeping "the" (contract text: "the adviser"), and
    never over a quotation mark: in 'how "juvenile" the prime minister' the quoted word is
    a comment on the phrase, not part of it."""
    start = token.i
    for child in token.lefts:
        if child.dep_ in _PREMOD_DEPS or child.dep_ == "det":
            start = min(start, child.left_edge.i)
    quotes = [t.i for t in token.doc[start : token.i] if t.is_quote]
    return quotes[-1] + 1 if quotes else start


def _side_word(token: Token) -> bool:
    return token.lemma_.lower() in tables.GROUP_SIDES


def cues(doc: Doc, start: int, end: int, owner: dict[int, Cluster]) -> set[str]:
    """Comparable facts of a phrase: lower-cased words, countries ("@RUS"), orgs ("#CIA")."""
    out: set[str] = set()
    for token in doc[start:end]:
        if token.is_punct or token.pos_ in ("DET", "PRON", "PART"):
            continue
        out.add(token.lemma_.lower())
        cluster = owner.get(token.i)
        if cluster is not None and cluster.type != "PERSON":
            out.add(f"#{cluster.key[1]}")
            if cluster.country:
                out.add(f"@{cluster.country}")
        place = tables.place(token.text)
        if place is not None:
            out.add(f"@{place.iso3}")
    return out


def _attach_nominal(ctx: Context, token: Token, start: int, end: int) -> None:
    definite = any(c.lower_ in _KEEP_DET for c in token.lefts)
    best, score = _by_role(ctx, token, start, end)
    head_match = best is not None and _trade_of(token) in _role_heads(ctx.doc, best)
    unique_head = head_match and score == 2 and definite and best.first < token.i
    if not (head_match and score >= _MIN_NOMINAL_SCORE) and not unique_head:
        # Newswire's "X said … The former police chief added …": the previous subject,
        # before a looser role match ("CIA boss" for the "CIA counterpart").
        subject = _called_so_before(ctx, token) if definite else None
        if subject is None and definite and token.dep_ in SUBJECT_DEPS and not _he_before(token):
            title = head_title(token)
            gender = title.gender if title else None
            subject = subject_antecedent(ctx, token.i, gender, nominal=True)
            if subject is not None and _rival_before(ctx, subject, token):
                subject = None  # "Blair … his feud with Gordon Brown. The chancellor …"
        if subject is not None and _known_otherwise(ctx, subject, token, start, end):
            subject = None  # "Clarke, the home secretary … The Lib Dem leader said": not Clarke
        best = subject or (best if score >= _MIN_NOMINAL_SCORE else None)
    if best is None or _holds_another_office(ctx.doc, best, token):
        return  # "Mr Brown, the chancellor, said … The prime minister responded": Blair
    ctx.add(best, Mention(start, end, "nominal", token.i))
    if sum(not t.is_stop and not t.is_punct for t in ctx.doc[start:end]) > 1:
        # A descriptive nominal ("Russian spy chief") is also a role.
        role_start, role_end = _left_trim(ctx.doc, start, end)
        best.roles.append(Mention(role_start, role_end, "title", token.i))


def _rival_before(ctx: Context, subject: Cluster, token: Token) -> bool:
    """Whether another person known by no title is named in the sentence before a nominal
    or in its own before it: the title may be theirs ("Tony Blair faces questions over his
    feud with Gordon Brown. Meanwhile, the chancellor is leaving Britain" is Brown; "Tory
    co-chairman Liam Fox" is no prime minister)."""
    seg = ctx.segment
    own = seg[token.i]
    return any(
        c is not subject and c.type == "PERSON" and not c.plural and not c.roles
        and any(m.kind == "name" and own - 1 <= seg[m.start] <= own and m.start < token.i
                for m in c.mentions)
        for c in ctx.clusters
    )  # fmt: skip


def _called_so_before(ctx: Context, token: Token) -> Cluster | None:
    """The one person a definite nominal's title already named ("The chancellor, speaking
    in Accra, said …" … "the chancellor added"): an earlier nominal mention of one person
    only with the same head word. Two people called "the minister" leave it open."""
    doc, lemma = ctx.doc, token.lemma_.lower()
    named = [
        c
        for c in ctx.clusters
        if c.type == "PERSON"
        and not c.plural
        and any(
            m.kind == "nominal" and m.head < token.i and doc[m.head].lemma_.lower() == lemma
            for m in c.mentions
        )
    ]
    return named[0] if len(named) == 1 else None


def _holds_another_office(doc: Doc, person: Cluster, token: Token) -> bool:
    """The person is known by government offices only, none of them the nominal's: "the
    finance minister" is not "the prime minister" (a bare "the minister" may be either)."""
    title = head_title(token)
    if title is None or title.sector != "GOV" or not person.roles or _former(token):
        return False  # "the former police chief" may be the mayor now
    office = tables.trade(_office(doc, token.i, listed_only=True))  # "premier": prime minister
    held = {tables.trade(_office(doc, r.end - 1, listed_only=False)) for r in person.roles}
    if any(h == office or h.endswith(f" {office}") for h in held):
        return False
    return all(
        (t := tables.title(h.rsplit(" ", 1)[-1])) is not None and t.sector == "GOV" for h in held
    )


def _known_otherwise(ctx: Context, person: Cluster, token: Token, start: int, end: int) -> bool:
    """Whether salience alone must not make a nominal this person: they are known by roles,
    none of them the nominal's title word ("the Lib Dem leader" is not the one known as
    home secretary, "the chief executive" not the one known as party leader), or none of
    them naming the organisation the nominal names ("the Lib Dem leader" is not the Tory
    leader). A former office ("the former police chief") may be anyone's."""
    if not person.roles or _former(token):
        return False
    if _trade_of(token) not in _role_heads(ctx.doc, person):
        return True
    mine = {c for c in cues(ctx.doc, start, end, ctx.owner) if c[0] == "#"}
    return bool(mine) and not any(
        mine & cues(ctx.doc, r.start, r.end, ctx.owner) for r in person.roles
    )


def _he_before(token: Token) -> bool:
    """A personal subject pronoun earlier in the nominal's sentence: the person last spoken
    of was called "he" there, so the nominal is someone else ("He didn't say so, but the
    Tories believe the prime minister is playing the fear card")."""
    return any(
        t.dep_ in SUBJECT_DEPS and t.lower_ in ("he", "she")
        for t in token.doc[token.sent.start : token.i]
    )


def _former(token: Token) -> bool:
    return any(c.lower_ in ("former", "ex", "ex-", "then") for c in token.subtree if c.i < token.i)


def _office(doc: Doc, last: int, *, listed_only: bool) -> str:
    """The office a phrase ending at token ``last`` names: its last two words ("prime
    minister", "finance minister"; with ``listed_only`` only a two-word title of the titles
    table), else its last word's lemma ("chancellor", "minister")."""
    word = doc[last].lemma_.lower()
    if last == 0 or doc[last - 1].pos_ not in ("NOUN", "PROPN", "ADJ"):
        return word
    two = f"{doc[last - 1].lower_} {word}"
    return two if not listed_only or tables.title(two) is not None else word


def _by_role(ctx: Context, token: Token, start: int, end: int) -> tuple[Cluster | None, int]:
    """The person whose roles the nominal matches best and the score, when that person is
    the only best one, or the only best one the text brought in before the nominal ("the
    publisher" after "journalist Jose Zamora", with "publisher Jimmy Lai" named later)."""
    doc = ctx.doc
    mine = cues(doc, start, end, ctx.owner)
    for prep in (c for c in token.rights if c.dep_ == "prep" and c.lower_ == "of"):
        # "CEO of GM" names its organisation after the title
        mine |= cues(doc, prep.i + 1, prep.right_edge.i + 1, ctx.owner)
    scores = sorted(
        (
            (max(_match(mine, token, r, doc, ctx) for r in c.roles), c.first, c)
            for c in ctx.clusters
            if c.type == "PERSON" and c.roles
        ),
        key=lambda item: item[:2],
    )
    if not scores:
        return None, 0
    best = [c for score, _, c in scores if score == scores[-1][0]]
    if len(best) > 1:
        best = [c for c in best if c.first < token.i]
    return (best[0], scores[-1][0]) if len(best) == 1 else (None, 0)


def _role_heads(doc: Doc, cluster: Cluster) -> set[str]:
    """The trades of the last words and the head words of a person's roles ("reporter" →
    "journalist"; "Chief Executive Officer of General Motors" → "ceo")."""
    return {
        _trade_of(t) for r in cluster.roles for t in (doc[r.end - 1], doc[r.start : r.end].root)
    }


def _trade_of(token: Token) -> str:
    """The trade of the title ending at ``token``: of the longest title of up to three
    words ending there that the table gives a trade ("Chief Executive Officer" → "ceo"),
    else of its lemma ("foreign minister" → "minister"); after a word that makes it another
    office, that office ("shadow chancellor", "deputy prime minister")."""
    doc = token.doc
    for size in (3, 2, 1):
        if token.i + 1 >= size:
            words = " ".join(t.lower_ for t in doc[token.i + 1 - size : token.i + 1])
            if size == 1 or words in tables.TITLE_TRADES:
                trade = tables.trade(words if size > 1 else token.lemma_)
                return _other_office(doc, token.i + 1 - size, trade)
    return tables.trade(token.lemma_)


def _other_office(doc: Doc, start: int, trade: str) -> str:
    """The trade of a title starting at ``start``, made another one by a modifier before it
    (``other`` in titles.tsv): "shadow (education) secretary" is not "the secretary"."""
    while start > 0 and doc[start - 1].pos_ in ("NOUN", "PROPN", "ADJ"):
        start -= 1  # "shadow education secretary"
        if doc[start].lower_ in tables.TITLE_OTHERS:
            return f"{doc[start].lower_} {trade}"
    return trade


def _match(mine: set[str], token: Token, role: Mention, doc: Doc, ctx: Context) -> int:
    theirs = cues(doc, role.start, role.end, ctx.owner)
    score = 2 if _trade_of(token) in _title_words(doc, role) else 0
    score += len((mine & theirs) - {token.lemma_.lower()})
    for marker in "@#":
        ours = {c for c in mine if c[0] == marker}
        other = {c for c in theirs if c[0] == marker}
        if ours and other and not ours & other:
            score -= 2  # "CIA boss" is not the "Russian mercenary boss"
    return score


def _title_words(doc: Doc, role: Mention) -> set[str]:
    """The trades (:func:`tables.trade`: "reporter" → "journalist"; other words as their
    lower-cased lemma) of a role's words outside a possessor: "the journalist" is the one
    called "Cambodian journalist", not the one called "the journalist's lawyer"."""
    span = doc[role.start : role.end]
    owned = {t.i for p in span if p.dep_ == "poss" for t in p.subtree}
    return {_trade_of(t) for t in span if t.i not in owned}


def name_newcomers(ctx: Context) -> None:
    """A person the text brings in by a title ("A Guatemalan judge ordered …") and names
    later by the same title ("… on the orders of Judge Erick Garcia") is that person: news
    holds a name back from the lede. Only for a person brought in by the lede (headline and
    first sentence), when one named person after it holds that title and no country tells
    them apart."""
    doc = ctx.doc
    for newcomer in [c for c in ctx.clusters if str(c.key[1]).startswith("nominal:")]:
        if any(m.kind != "nominal" for m in newcomer.mentions):
            continue
        if ctx.segment[newcomer.first] > _LEDE_SEGMENTS:
            continue
        head = doc[min(newcomer.mentions, key=lambda m: m.start).head].lemma_.lower()
        named = [
            c
            for c in ctx.clusters
            if c.type == "PERSON"
            and c is not newcomer
            and tables.trade(head) in _role_heads(doc, c)
            and min((m.start for m in c.mentions if m.kind == "name"), default=-1) > newcomer.first
        ]
        if len(named) != 1:
            continue
        person = named[0]
        if newcomer.country and person.country and newcomer.country != person.country:
            continue
        ctx.absorb(person, newcomer)
        person.roles.extend(newcomer.roles)
        person.country = person.country or newcomer.country
        person.sector = person.sector or newcomer.sector


def name_unnamed_offices(ctx: Context) -> None:
    """A definite title that no pass tied to anyone ("the prime minister said …" in a
    story that names Tony Blair by no title, "the judge agreed …") names an office holder
    the text does not name: an entity of its own, which later mentions of the same office
    join, so the acts and words told of it have a side. Run last, after every pass that
    may tie the title to a named person, an organisation or a pronoun's referent."""
    doc = ctx.doc
    offices: dict[str, Cluster] = {}
    for i in candidates(doc, _NOUNS, _HEAD_WORDS):
        token = doc[i]
        if i in ctx.owner or not _unnamed_office(token):
            continue
        start, end = _nominal_start(token), token.i + 1
        if any(j in ctx.owner for j in range(start, end)):
            continue
        office = _office(doc, i, listed_only=False)
        if office in offices:
            ctx.add(offices[office], Mention(start, end, "nominal", i))
        else:
            _newcomer(ctx, token, start, end)
            offices[office] = ctx.owner[i]


def _unnamed_office(token: Token) -> bool:
    """A singular head title written with a definite determiner in a place a person can
    stand ("the mayor refused", "accused the chancellor"), outside any name. With an "of"
    phrase ("the deputy chief of Israel's militia ally", "the leader of his legal team")
    the body or people it names already stand for the holder's side."""
    title = head_title(token)
    return (
        title is not None
        and token.tag_ in ("NN", "NNP")
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in token.rights)
        and not acronym_plural(token)
        and token.dep_ in _NOMINAL_DEPS
        and token.ent_type_ not in ("ORG", "GPE", "NORP", "FAC", "LOC")
        and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in token.lefts)
    )


def _newcomer(ctx: Context, token: Token, start: int, end: int) -> None:
    """An indefinite title phrase ("a Foreign Office spokesman") introduces a person the
    text does not name: an entity of its own, whose role later definite phrases can match
    ("… the spokesman added")."""
    cluster = Cluster(("PERSON", f"nominal:{token.i}"), "PERSON")
    ctx.clusters.append(cluster)
    mention = Mention(start, end, "nominal", token.i)
    ctx.add(cluster, mention)
    role_start, role_end = _left_trim(ctx.doc, start, end)
    cluster.roles.append(Mention(role_start, role_end, "title", token.i))


def _group_noun(token: Token) -> tables.GroupNoun | None:
    """The group-nouns entry of a noun that names a group in its number ("forces" does,
    "force" does not), unless a title names a person by it."""
    group = tables.GROUP_NOUNS.get(token.lemma_.lower())
    if group is None or not group_in_number(
        token, singular=group.singular, modified=group.modified
    ):
        return None
    if points_back(token):
        return None  # "their countries", "the two nations", "both parties": named before
    if _of_members(token):
        return None  # "a convoy of Pakistani troops": the troops are the side
    return group


def _of_members(token: Token) -> bool:
    """The noun is followed by "of" and the people or body it is made of."""
    return any(
        child.dep_ == "prep"
        and child.lower_ == "of"
        and any(
            g.dep_ == "pobj"
            and (g.ent_type_ or g.lemma_.lower() in tables.GROUP_NOUNS or head_title(g))
            for g in child.children
        )
        for child in token.children
    )


def points_back(token: Token) -> bool:
    """A plural that refers to sides named before: "their countries", "both parties", "the
    three nations", "these groups"; "three protesters" and "his supporters" are new."""
    definite = any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in token.lefts)
    sides = token.lemma_.lower() in tables.PLURAL_ANAPHORS
    return any(_pointing(c, definite, sides) for c in token.lefts)


def _pointing(modifier: Token, definite: bool, sides: bool) -> bool:
    if modifier.dep_ == "poss":
        # "their countries" are the countries named before; "his supporters" and "its
        # critics" are people of theirs, new to the text
        return sides and modifier.tag_ in ("PRP$", "PRP")
    if modifier.dep_ == "nummod":
        return definite and modifier.lower_ in ("two", "three", "four")
    if modifier.dep_ in ("det", "predet"):
        return modifier.lower_ in ("both", "these", "those", "either")
    return False


def _made_by_name(ctx: Context, token: Token) -> bool:
    """A thing named by its maker or owner ("a Pan Am plane", "Ford's vehicles", "McDonnell
    Douglas jets"): a product, or the owner is the side, not the thing."""
    return any(
        child.dep_ in ("compound", "poss")
        and (owner := ctx.owner.get(child.i)) is not None
        and owner.type in ("ORG", "PERSON")
        for child in token.lefts
    )


def _thing(ctx: Context, token: Token, start: int, end: int) -> None:
    """A thing attacked or seized as a side ("a passenger train", "a military base") as an
    entity of type FAC, one per mention: which earlier thing "the plane" is, is left open
    (a named aircraft, "Airbus A380", is often meant)."""
    cluster = Cluster(("FAC", f"thing:{token.i}"), "FAC")
    cluster.sector = tables.TARGET_NOUNS[token.lemma_.lower()]
    ctx.clusters.append(cluster)
    ctx.add(cluster, Mention(start, end, "nominal", token.i))


def _group(ctx: Context, token: Token, start: int, end: int) -> Cluster:
    """A plural title phrase ("the mercenaries", "officials") as a group entity; a
    singular one is told apart by its compounds ("the air force" is not "a paramilitary
    force")."""
    words = [token.text[:-1].lower() if acronym_plural(token) else token.lemma_.lower()]
    if token.tag_ in ("NN", "NNP") and not acronym_plural(token):
        words = [c.lower_ for c in token.lefts if c.dep_ == "compound"] + words
    cluster = group_cluster(ctx, " ".join(words), start, token.i)
    ctx.add(cluster, Mention(start, end, "nominal", token.i))
    if ctx.doc[start].tag_ == "PRP$" and ctx.owner.get(start) is cluster:
        del ctx.owner[start]  # "its troops": "its" is still the pronoun of its own side
    return cluster


def group_cluster(ctx: Context, words: str, start: int, head: int) -> Cluster:
    """The group entity of the noun phrase ``start``…``head`` whose head words are
    ``words``: "Pakistani troops" and "Indian troops" are two groups, told apart by the
    country or body their words name or a side word (``group_sides.tsv``: "prosecution
    lawyers", "defence lawyers"); a phrase that names none ("the troops") is the group
    of that noun mentioned last, and the first phrase that names one ("Militants stormed a
    train … BLA militants said") tells who an earlier group of that noun that named none
    was."""
    side = sorted(c for c in cues(ctx.doc, start, head, ctx.owner) if c[:1] in "@#")
    side += sorted(f"~{t.lemma_.lower()}" for t in ctx.doc[start:head] if _side_word(t))
    base = "group:" + words
    if side:
        key = ("NORP", f"{base}|{' '.join(side)}")
        cluster = next((c for c in ctx.clusters if c.key == key), None)
        unnamed = next((c for c in ctx.clusters if c.key == ("NORP", base)), None)
        if cluster is None and unnamed is not None:
            unnamed.key = key
            return unnamed
    else:
        key = ("NORP", base)
        same = [
            c
            for c in ctx.clusters
            if c.key[0] == "NORP" and str(c.key[1]).split("|")[0] == base and c.mentions
        ]
        cluster = max(same, key=lambda c: max(m.start for m in c.mentions), default=None)
    if cluster is None:
        cluster = Cluster(key, "NORP", plural=True)
        ctx.clusters.append(cluster)
    return cluster
