"""Hand-built analysis records for store, corpus and export tests (no model needed)."""

from __future__ import annotations

from newsgraph.record import (
    Analysis,
    Article,
    Entity,
    Event,
    EventDate,
    Mention,
    Offsets,
    Span,
    Speaker,
    Statement,
)


def _entity(eid: str, name: str, etype: str, text: str, country: str | None = None) -> Entity:
    start = text.index(name)
    mention = Mention(start=start, end=start + len(name), text=name, kind="name")
    return Entity(id=eid, name=name, type=etype, country=country, mentions=[mention])


def _url(aid: str) -> str:
    """Each made-up article its own URL: two of the same text stand for two reports, and
    the store keeps one article per body (text, title, date, source and URL)."""
    return f"https://news.example/{aid}"


def call_record(
    aid: str, source: str, caller: str, callee: str, date: str | None, polarity: str = "asserted"
) -> Analysis:
    """A one-sentence article: CALLER phoned CALLEE (a CONSULT event and a statement)."""
    text = f"{caller} held a phone call with {callee}, the agency said."
    start = text.index("held")
    entities = [
        _entity("E1", caller, "PERSON", text, "RUS"),
        _entity("E2", callee, "PERSON", text, "USA"),
    ]
    event = Event(
        id="V1", type="CONSULT", mode="phone", cameo="041", actors=["E1"], recipients=["E2"],
        trigger=Span(start=start, end=start + 22, text=text[start : start + 22]),
        sentence=Offsets(start=0, end=len(text)), date=EventDate(value=date, basis="explicit"),
        polarity=polarity,
    )  # fmt: skip
    statement = Statement(
        id="S1", kind="indirect",
        speaker=Speaker(entity="E1", start=0, end=len(caller), text=caller),
        content=Span(start=0, end=start + 22, text=text[: start + 22]),
    )  # fmt: skip
    article = Article(id=aid, text=text, source=source, published="2023-07-04", url=_url(aid))
    return Analysis(article=article, entities=entities, events=[event], statements=[statement])


def names_record(
    aid: str, *names: str | tuple[str, str] | tuple[str, str, list[str]], source: str | None = None
) -> Analysis:
    """An article that names entities one sentence each. A name alone is a PERSON; a pair
    gives (name, type); a triple adds the other names it is mentioned by in the article
    ("European Union", "ORG", ["EU"]) — each is written into the text too."""
    sentences, entities = [], []
    length = 0
    for number, item in enumerate(names, start=1):
        name, etype, others = (item, "PERSON", []) if isinstance(item, str) else (*item, [])[:3]
        mentions = []
        for text in (name, *others):
            sentence = f"{text} spoke. "
            mentions.append(Mention(start=length, end=length + len(text), text=text, kind="name"))
            sentences.append(sentence)
            length += len(sentence)
        entities.append(Entity(id=f"E{number}", name=name, type=etype, mentions=mentions))
    article = Article(
        id=aid, text="".join(sentences), source=source, published="2005-01-10", url=_url(aid)
    )
    return Analysis(article=article, entities=entities)


def cat_xml(
    tokens: list[tuple[int, str]],
    mentions: list[tuple[str, str | None, list[int], str]],
    entities: dict[str, str],
    *,
    created: str | None = None,
) -> str:
    """A NewsReader CAT document (MEANTIME's format): (sentence, word) tokens, mentions as
    (m_id, syntactic_type or None, token ids, target entity m_id), and each target
    entity's ENTITY attributes (``'ent_type="PER" instance_id="PER1"'``)."""
    words = "".join(
        f'<token t_id="{i}" sentence="{s}" number="{i - 1}">{w}</token>\n'
        for i, (s, w) in enumerate(tokens, start=1)
    )
    markables = ""
    if created:
        markables += (
            f'<TIMEX3 m_id="900" functionInDocument="CREATION_TIME" type="DATE" '
            f'value="{created}"/>\n'
        )
    for m_id, syntax, ids, _ in mentions:
        kind = f' syntactic_type="{syntax}"' if syntax else ""
        anchors = "".join(f'<token_anchor t_id="{i}"/>' for i in ids)
        markables += f'<ENTITY_MENTION m_id="{m_id}"{kind}>{anchors}</ENTITY_MENTION>\n'
    relations = ""
    for target, attributes in entities.items():
        markables += f'<ENTITY m_id="{target}" {attributes}/>\n'
        sources = "".join(f'<source m_id="{m[0]}"/>' for m in mentions if m[3] == target)
        relations += f'<REFERS_TO r_id="r{target}">{sources}<target m_id="{target}"/></REFERS_TO>\n'
    return (
        f'<?xml version="1.0" ?><Document doc_id="1">\n{words}'
        f"<Markables>\n{markables}</Markables>\n<Relations>\n{relations}</Relations>\n</Document>\n"
    )


def crowd_record(number: int) -> Analysis:
    """Article ``number`` of a crowd that names the same few people and organisations over
    and over (for concurrent writers): two of five people, one of three organisations."""
    people = ["Tony Blair", "Gordon Brown", "Michael Howard", "Charles Kennedy", "John Prescott"]
    orgs = [("Labour Party", "ORG"), ("Conservative Party", "ORG"), ("BBC News", "ORG")]
    return names_record(
        f"crowd/{number:03d}",
        people[number % 5],
        people[(number + 2) % 5],
        orgs[number % 3],
        source="Wire",
    )


def add_crowd(url: str, numbers: list[int]) -> int:
    """Store crowd articles ``numbers`` in batches of 8 (run in another process)."""
    from newsgraph.store import Store

    added = 0
    with Store.open(url) as store:
        for start in range(0, len(numbers), 8):
            added += store.add([crowd_record(n) for n in numbers[start : start + 8]])
    return added


# A corpus for the browser tests at scale: hub actors (heads of government, parties,
# ministries) and the many people and bodies they deal with, one event per article.
HUBS = [
    ("Tony Blair", "PERSON", "GBR"), ("Gordon Brown", "PERSON", "GBR"),
    ("Michael Howard", "PERSON", "GBR"), ("Jacques Chirac", "PERSON", "FRA"),
    ("Gerhard Schroeder", "PERSON", "DEU"), ("George Bush", "PERSON", "USA"),
    ("Vladimir Putin", "PERSON", "RUS"), ("Kofi Annan", "PERSON", "USA"),
    ("European Commission", "ORG", None), ("Labour Party", "ORG", "GBR"),
    ("Home Office", "ORG", "GBR"), ("Metropolitan Police", "ORG", "GBR"),
]  # fmt: skip
FIRST = ["Alan", "Brenda", "Colin", "Diane", "Edward", "Fiona", "Graham", "Helen", "Ian",
         "Janet", "Keith", "Linda", "Martin", "Nora", "Oliver", "Pauline", "Quentin", "Rita",
         "Simon", "Tessa"]  # fmt: skip
LAST = ["Abbott", "Barker", "Carver", "Dalton", "Ellison", "Fairley", "Garside", "Hartley",
        "Ingram", "Jessop", "Kirkby", "Lowther", "Marsden", "Norcott", "Oakes", "Pennell",
        "Quarmby", "Rowntree"]  # fmt: skip
ACTS = [
    ("CONSULT", "met"), ("AGREE", "signed a deal with"), ("ACCUSE", "accused"),
    ("ASSAULT", "attacked"), ("COERCE", "arrested"), ("SUPPORT", "praised"),
    ("REQUEST", "asked"), ("REJECT", "rejected"), ("THREATEN", "threatened"),
    ("PROTEST", "protested against"), ("SANCTION", "fined"), ("AID", "sent aid to"),
    ("COOPERATE", "worked with"), ("RETREAT", "released"), ("CONCEDE", "gave way to"),
    ("MOBILIZE", "sent troops against"),
]  # fmt: skip
TOPICS = ["the budget", "asylum", "the Iraq war", "identity cards", "pensions", "the euro"]


def people() -> list[str]:
    """Every first name with every surname: 360 people, no two sharing a full name."""
    return [f"{first} {last}" for last in LAST for first in FIRST]


def scene_record(number: int) -> Analysis:
    """Article ``number``: a hub acts on one of the people (or another hub), which the
    hub comments on, quoted every third article; dated by month, some undated."""
    hub, hub_type, hub_country = HUBS[number % len(HUBS)]
    other, other_type, other_country = (
        (people()[number % 360], "PERSON", "GBR") if number % 9 else HUBS[(number + 1) % len(HUBS)]
    )
    event_type, verb = ACTS[number % len(ACTS)]
    topic = TOPICS[number % len(TOPICS)]
    first = f"{hub} {verb} {other} over {topic} on Monday."
    direct = number % 3 == 0
    quote = "We will not give up on this" if direct else f"the talks on {topic} would go on"
    second = f' {hub} said: "{quote}."' if direct else f" {hub} said that {quote}."
    text = first + second
    entities = [
        _entity("E1", hub, hub_type, text, hub_country),
        _entity("E2", other, other_type, text, other_country),
    ]
    start = first.index(verb)
    month = f"{2004 + number % 2}-{1 + (number // 7) % 12:02d}"
    event = Event(
        id="V1", type=event_type, actors=["E1"], recipients=["E2"],
        trigger=Span(start=start, end=start + len(verb), text=verb),
        sentence=Offsets(start=0, end=len(first)),
        date=EventDate(value=None if number % 17 == 0 else month, basis="explicit"),
        polarity="negated" if number % 23 == 0 else "asserted",
    )  # fmt: skip
    content_start = text.index(quote)
    speaker_start = len(first) + 1
    statement = Statement(
        id="S1", kind="direct" if direct else "indirect",
        speaker=Speaker(entity="E1", start=speaker_start, end=speaker_start + len(hub), text=hub),
        content=Span(start=content_start, end=content_start + len(quote), text=quote),
    )  # fmt: skip
    title = f"{hub} and {other}: a row over {topic} (report {number})"
    article = Article(id=f"scene/{number:04d}", text=text, title=title, source="Wire",
                      published=f"2005-{1 + number % 12:02d}-{1 + number % 28:02d}")  # fmt: skip
    return Analysis(article=article, entities=entities, events=[event], statements=[statement])
