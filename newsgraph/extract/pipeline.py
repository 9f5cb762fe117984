"""analyze(): parse once, then entities → times → statements → events over the same Doc."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

from spacy.tokens import Doc

from newsgraph.extract.entities import find_entities
from newsgraph.extract.events import find_events
from newsgraph.extract.nlp import parse, parse_many
from newsgraph.extract.statements import find_statements
from newsgraph.extract.times import find_times
from newsgraph.record import Analysis, Article


def analyze_doc(doc: Doc, article: Article) -> Analysis:
    """Run every extraction stage over one parsed article."""
    published = dt.date.fromisoformat(article.published) if article.published else None
    entities = find_entities(doc)
    times = find_times(doc, published=published)
    statements = find_statements(doc, entities=entities, times=times)
    events = find_events(
        doc, entities=entities, times=times, statements=statements, published=published
    )
    return Analysis(
        article=article, entities=entities, times=times, statements=statements, events=events
    )


def analyze_article(article: Article) -> Analysis:
    """Analyze one :class:`Article`."""
    return analyze_doc(parse(article.text), article)


def analyze_articles(articles: Iterable[Article], *, batch_size: int = 32) -> Iterator[Analysis]:
    """Analyze many articles, parsing them in batches; yields records in input order."""
    pending: list[Article] = []

    def texts() -> Iterator[str]:
        for article in articles:
            pending.append(article)
            yield article.text

    for doc in parse_many(texts(), batch_size=batch_size):
        yield analyze_doc(doc, pending.pop(0))


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
    if isinstance(published, dt.date):
        published = published.isoformat()
    article = Article(id=id, text=text, title=title, published=published, source=source, url=url)
    return analyze_article(article)
