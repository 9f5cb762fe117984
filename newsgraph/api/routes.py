"""The JSON endpoints. Each is a few lines: validate parameters, ask the store, return."""

from __future__ import annotations

import asyncio
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.concurrency import run_in_threadpool
from pydantic import AfterValidator, BaseModel, Field, ValidationError

from newsgraph import filters
from newsgraph.api import models
from newsgraph.api.deps import StoreDep, actor_filter, check_read, require_token
from newsgraph.batch import analyze_chunk
from newsgraph.event_types import event_types as plain_types
from newsgraph.lexicon.events import types
from newsgraph.record import Analysis, Article, Polarity
from newsgraph.sources.common import MAX_CHARS, InputProblem, field_errors
from newsgraph.store import NotFound

# Dates as the document states them: years 0001-9999, months 01-12, days the month has
# (29 February in leap years only).
YEAR = r"(000[1-9]|00[1-9]\d|0[1-9]\d\d|[1-9]\d\d\d)"
MONTH_DAY = (
    r"((0[13578]|1[02])-(0[1-9]|[12]\d|3[01])"  # months of 31 days
    r"|(0[469]|11)-(0[1-9]|[12]\d|30)"  # of 30
    r"|02-(0[1-9]|1\d|2[0-8]))"
)
LEAP_YEAR = r"(\d\d(0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)"
DAY = rf"({YEAR}-{MONTH_DAY}|{LEAP_YEAR}-02-29)"
CLOCK = r"([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,6})?)?"
PUBLISHED = rf"^{DAY}([T ]{CLOCK}(Z|[+-]([01]\d|2[0-3]):[0-5]\d)?)?$"
DATE = rf"^({DAY}|{YEAR}(-(0[1-9]|1[0-2]))?)$"  # YYYY, YYYY-MM or YYYY-MM-DD
Limit = Annotated[int, Query(ge=1, le=500, description="Page size.")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="Rows to skip.")]
Since = Annotated[
    str | None,
    Query(pattern=DATE, description="From YYYY[-MM[-DD]]."),
    AfterValidator(filters.date_prefix),
]
Until = Annotated[
    str | None,
    Query(pattern=DATE, description="Up to YYYY[-MM[-DD]]."),
    AfterValidator(filters.date_prefix),
]
_TYPES = sorted(types())
EventType = Annotated[
    str | None,
    Query(
        pattern=f"^({'|'.join(_TYPES + [t.lower() for t in _TYPES])})$",
        description="PLOVER type, e.g. CONSULT.",
    ),
    AfterValidator(filters.event_type),
]
Country = Annotated[str | None, Query(pattern=r"^[A-Za-z]{3}$", description="ISO3 code.")]
PolarityFilter = Annotated[Polarity | None, Query(description="asserted, negated …")]
Kind = Annotated[str | None, Query(pattern="^(direct|indirect|mixed|no_comment)$")]
ActorName = Annotated[str | None, Query(max_length=200, description="Actor name or key.")]

reads = APIRouter(prefix="/api", dependencies=[Depends(check_read)])
writes = APIRouter(prefix="/api", dependencies=[Depends(require_token)])


class ArticleIn(BaseModel):
    """An article to analyze or ingest."""

    text: str = Field(min_length=1, max_length=MAX_CHARS, pattern=r"\S")
    id: str = Field(default="pasted", min_length=1, max_length=200)
    title: str | None = Field(default=None, max_length=1000)
    published: str | None = Field(
        default=None, pattern=PUBLISHED, description="YYYY-MM-DD, or an ISO date and time"
    )
    source: str | None = Field(default=None, max_length=200)
    url: str | None = Field(default=None, max_length=2000)

    def article(self) -> Article:
        if not self.text.strip():
            raise HTTPException(400, "text: empty")
        try:
            return Article(**self.model_dump())
        except ValidationError as err:
            raise HTTPException(400, field_errors(err)) from None


class Ingested(BaseModel):
    id: str
    added: bool


@reads.get("/articles")
def list_articles(
    store: StoreDep, limit: Limit = 50, offset: Offset = 0, source: str | None = None
) -> models.ArticlePage:
    """Stored articles, newest first, a page at a time."""
    return models.ArticlePage(
        total=store.count_articles(source=source), limit=limit, offset=offset,
        items=store.articles(limit=limit, offset=offset, source=source),
    )  # fmt: skip


@reads.get("/entity-actors")
def entity_actors(
    store: StoreDep, article: Annotated[str, Query(max_length=500)]
) -> dict[str, int]:
    """The corpus actor key of each entity of one article (entity id → actor key)."""
    try:
        store.record_json(article)
    except NotFound as err:
        raise HTTPException(404, str(err)) from None
    return store.entity_actors(article)


@reads.get("/articles/{article_id:path}", response_model_by_alias=True)
def get_article(article_id: str, store: StoreDep) -> Analysis:
    """One article's full analysis record."""
    try:
        return store.record(article_id)
    except NotFound as err:
        raise HTTPException(404, str(err)) from None


@reads.get("/actors")
def list_actors(
    store: StoreDep, q: ActorName = None, limit: Limit = 50, offset: Offset = 0
) -> list[models.ActorRow]:
    """Corpus actors, most mentioned first; ``q`` filters by name."""
    return store.actors(name=q, limit=limit, offset=offset)


@reads.get("/actors/{name_or_key}")
def get_actor(name_or_key: str, store: StoreDep) -> models.ActorProfile:
    """An actor in summary: names, roles, counterparts, event types, events per month and
    how many statements and events (``/api/statements`` and ``/api/events`` list them)."""
    [key] = actor_filter(store, name_or_key)
    return store.actor_profile(key)


@reads.get("/events")
def list_events(
    store: StoreDep,
    type: EventType = None,
    actor: ActorName = None,
    recipient: ActorName = None,
    country: Country = None,
    since: Since = None,
    until: Until = None,
    polarity: PolarityFilter = None,
    article: Annotated[str | None, Query(max_length=500, description="An article id.")] = None,
    limit: Limit = 100,
    offset: Offset = 0,
) -> models.EventPage:
    """Events by type, actor, recipient, country, date range, polarity and article, newest
    first (undated last), a page at a time."""
    filters = {
        "event_type": type, "actor_keys": actor_filter(store, actor), "country": country,
        "recipient_keys": actor_filter(store, recipient), "since": since, "until": until,
        "polarity": polarity, "article": article,
    }  # fmt: skip
    return models.EventPage(
        total=store.count_events(**filters), limit=limit, offset=offset,
        items=store.events(**filters, limit=limit, offset=offset),
    )  # fmt: skip


@reads.get("/event-types")
def event_types() -> list[models.EventType]:
    """The PLOVER event types in plain words, with quad class and CAMEO root."""
    return plain_types()


@reads.get("/statements")
def list_statements(
    store: StoreDep,
    speaker: ActorName = None,
    kind: Kind = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> models.StatementPage:
    """Statements by speaker (any name variant or actor key) and kind, a page at a time."""
    speakers = actor_filter(store, speaker)
    return models.StatementPage(
        total=store.count_statements(speaker_keys=speakers, kind=kind), limit=limit,
        offset=offset,
        items=store.statements(speaker_keys=speakers, kind=kind, limit=limit, offset=offset),
    )  # fmt: skip


@reads.get("/search")
def search(
    store: StoreDep,
    q: Annotated[
        str,
        Query(
            min_length=1,
            max_length=500,
            description='Words (all must match), a OR b, "a phrase", prefix*.',
        ),
    ],
    limit: Limit = 20,
    offset: Offset = 0,
) -> models.SearchPage:
    """Full-text search over statements and articles, statements first; matches are marked
    with [ ]. Every hit carries its article's title, a statement's its speaker."""
    return models.SearchPage(
        total=store.search_count(q), limit=limit, offset=offset,
        items=[hit.__dict__ for hit in store.search(q, limit=limit, offset=offset)],
    )  # fmt: skip


@reads.get("/network")
def network(
    store: StoreDep,
    type: EventType = None,
    since: Since = None,
    until: Until = None,
    limit: Annotated[int, Query(ge=1, le=2000, description="Most edges, heaviest first.")] = 300,
) -> models.Network:
    """Actors as nodes and (actor, recipient, type) edges with event counts: the ``limit``
    heaviest edges of ``total_edges``."""
    return store.network(event_type=type, since=since, until=until, limit=limit)


@reads.get("/timeline")
def timeline(
    store: StoreDep, actor: ActorName = None, type: EventType = None
) -> list[models.MonthCount]:
    """Events per month, optionally for one actor or type."""
    return store.timeline(actor_keys=actor_filter(store, actor), event_type=type)


@writes.post("/analyze", response_model_by_alias=True)
async def analyze(body: ArticleIn, request: Request) -> Analysis:
    """Analyze a text and return its record; nothing is stored."""
    return await _analyzed(body.article(), request.app.state.analysis_timeout)


@writes.post("/articles", status_code=201)
async def ingest(body: ArticleIn, store: StoreDep, request: Request) -> Ingested:
    """Analyze and store one article (the same article twice adds nothing: it is looked up
    by body hash first, whatever its id, and not analyzed again)."""
    article = body.article()
    if await run_in_threadpool(store.stored_bodies, [article.body_hash]):
        return Ingested(id=body.id, added=False)
    record = await _analyzed(article, request.app.state.analysis_timeout)
    added = await run_in_threadpool(store.add, [record])
    return Ingested(id=body.id, added=bool(added))


async def _analyzed(article: Article, timeout: float) -> Analysis:
    """The record of one article, analyzed by the batch runner on a worker thread so that
    reads go on; a 422 when it takes longer than ``timeout`` seconds (the thread finishes
    its work unheard); a 500 naming the error when its analysis fails."""
    try:
        [result] = await asyncio.wait_for(run_in_threadpool(analyze_chunk, [article]), timeout)
    except TimeoutError:
        raise HTTPException(
            422, f"analysis took longer than {timeout:g} s; send a shorter text"
        ) from None
    if isinstance(result, InputProblem):
        raise HTTPException(500, result.message)
    return result
