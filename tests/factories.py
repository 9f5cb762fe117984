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
    article = Article(id=aid, text=text, source=source, published="2023-07-04")
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
    article = Article(id=aid, text="".join(sentences), source=source, published="2005-01-10")
    return Analysis(article=article, entities=entities)
