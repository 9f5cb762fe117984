"""analyze(): parse once, then entities → times → statements → events over the same Doc."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache

from spacy.tokens import Doc

from newsgraph.extract.entities import find_entities
from newsgraph.extract.events import find_events
from newsgraph.extract.nlp import load_nlp, parse, remember_text
from newsgraph.extract.statements import find_statements
from newsgraph.extract.times import find_times
from newsgraph.lexicon.events import types
from newsgraph.record import Analysis, Article, Entity, Event, Mention, Statement

_MATERIAL = (2, 4)  # quad classes of material cooperation and conflict


def analyze_doc(doc: Doc, article: Article) -> Analysis:
    """Run every extraction stage over one parsed article (``doc`` parsed from its text)."""
    remember_text(doc, article.text)
    published = article.published_date
    entities = find_entities(doc, published)
    times = find_times(doc, published=published)
    statements, pronouns = find_statements(doc, entities=entities, times=times)
    entities = with_mentions(entities, pronouns)
    events = find_events(
        doc, entities=entities, times=times, statements=statements, published=published
    )
    statements, events = drop_deeds_told_as_speech(statements, events)
    return Analysis(
        article=article, entities=entities, times=times, statements=statements, events=events
    )


def with_mentions(entities: list[Entity], added: dict[str, list[Mention]]) -> list[Entity]:
    """The entities with the mentions a later stage found for them (the statements stage's
    first-person pronouns), each entity's mentions kept in text order. No stage changes
    another's output; merging is done here."""
    return [
        e.model_copy(update={"mentions": sorted([*e.mentions, *added[e.id]], key=_position)})
        if e.id in added
        else e
        for e in entities
    ]


def _position(mention: Mention) -> tuple[int, int]:
    return mention.start, mention.end


def drop_deeds_told_as_speech(
    statements: list[Statement], events: list[Event]
) -> tuple[list[Statement], list[Event]]:
    """A cue the events stage reads as a material act reports a deed, not speech
    ("Militants attacked a train": an assault, where "attacked the plan" is criticism): its
    statement is dropped, the others renumbered and the events' attributions follow."""
    quads = {name: info.quad for name, info in types().items()}
    deeds = [(e.trigger.start, e.trigger.end) for e in events if quads[e.type] in _MATERIAL]
    kept = [
        s for s in statements if s.cue is None or not any(a <= s.cue.start < b for a, b in deeds)
    ]
    if len(kept) == len(statements):
        return statements, events
    ids = {s.id: f"S{n}" for n, s in enumerate(kept, start=1)}
    return (
        [s.model_copy(update={"id": ids[s.id]}) for s in kept],
        [e.model_copy(update={"attributed_to": ids.get(e.attributed_to or "")}) for e in events],
    )


def analyze_article(article: Article) -> Analysis:
    """Analyze one :class:`Article`."""
    return analyze_doc(parse(article.text), article)


def analyze(
    text: str,
    published: str | dt.date | None = None,
    title: str | None = None,
    *,
    id: str = "article",
    source: str | None = None,
    url: str | None = None,
) -> Analysis:
    """Analyze one article text and return its analysis record.

    Args:
        text: the article body (exactly what offsets will index into).
        published: publication date (ISO string or date); relative dates resolve against it.
        title: the headline, if known.
    """
    article = Article(id=id, text=text, title=title, published=published, source=source, url=url)
    return analyze_article(article)


# Analyzed once per process outside any vocabulary zone (see vocabulary_zone): it touches
# every stage, so what they build and cache on first use (the lexicon PhraseMatcher and its
# match key) is made of permanent vocabulary entries, not of strings a zone frees.
WARM_UP = Article(
    id="warm-up",
    published="2024-01-15",
    text=(
        "The foreign minister met her Japanese counterpart in Tokyo on Monday. "
        '"We agreed to meet again in March," she told reporters, a spokesman for the '
        "United Nations said on Tuesday. Police arrested two protesters outside parliament."
    ),
)


@cache
def warm_up() -> None:
    """Analyze :data:`WARM_UP` once in this process, outside any vocabulary zone."""
    analyze_article(WARM_UP)


@contextmanager
def vocabulary_zone() -> Iterator[None]:
    """Free the strings a block adds to the model's vocabulary when the block ends.

    spaCy's vocabulary keeps every new word it sees (names, numbers, typos: ~0.6 KB each), so
    a long-running process grows with the corpus; inside ``nlp.memory_zone()`` they are
    freed at the end. Analyze articles and serialise their records inside the block: no Doc
    may outlive it (records hold plain strings, so they can). The first call in a process
    analyzes :data:`WARM_UP` outside any zone.
    """
    warm_up()
    with load_nlp().memory_zone():
        yield
