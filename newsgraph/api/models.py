"""What the read endpoints answer: one pydantic model per shape, so the OpenAPI document
describes every field and FastAPI checks each answer against it."""

from __future__ import annotations

from pydantic import BaseModel, Field


class ArticleRow(BaseModel):
    """A stored article (its newest version) without its text."""

    id: str
    version: int
    title: str | None
    published: str | None
    source: str | None
    url: str | None


class ActorRow(BaseModel):
    """A corpus actor and how many articles mention it."""

    key: int
    name: str
    type: str
    country: str | None
    sector: str | None
    articles: int


class EventRow(BaseModel):
    """One coded event with the names on both sides, its sentence and its article."""

    event: str = Field(description="The event's id in its article's record (V1, V2 …).")
    date: str | None = Field(description="TIMEX3 value: 2023-06-24, 2023-W12, XXXX-06-30 …")
    type: str = Field(description="PLOVER type, e.g. CONSULT.")
    mode: str | None
    cameo: str | None
    actors: str = Field(description="Names of the actors, joined with '; '.")
    recipients: str = Field(description="Names of the recipients, joined with '; '.")
    trigger: str = Field(description="The words that tell the event.")
    sentence: str | None
    polarity: str = Field(description="asserted, negated, hypothetical …")
    article: str
    title: str | None
    source: str | None
    n_articles: int = Field(description="Stored articles that report the same event.")
    n_sources: int
    conflict: bool = Field(description="The reports disagree on the event's date.")


class StatementRow(BaseModel):
    """One statement with its speaker as a corpus actor where linked."""

    article: str
    title: str | None
    published: str | None
    source: str | None
    statement_id: str
    kind: str = Field(description="direct, indirect, mixed or no_comment.")
    speaker: str | None
    speaker_key: int | None
    cue: str | None
    content: str | None


class SearchHitRow(BaseModel):
    """A full-text hit; the snippet marks matches with [ ]."""

    kind: str = Field(description="statement or article.")
    article_id: str
    item_id: str | None
    snippet: str
    title: str | None
    speaker: str | None = Field(description="Statements: the speaker as written.")
    statement_kind: str | None


class _Page(BaseModel):
    total: int = Field(description="Rows matching, over all pages.")
    limit: int
    offset: int


class ArticlePage(_Page):
    items: list[ArticleRow]


class EventPage(_Page):
    items: list[EventRow]


class StatementPage(_Page):
    items: list[StatementRow]


class SearchPage(_Page):
    items: list[SearchHitRow]


class Counterpart(BaseModel):
    """Another actor of the actor's events and how many events they share."""

    key: int
    name: str
    events: int


class TypeCount(BaseModel):
    """How many events of one type an actor did and underwent."""

    type: str
    as_actor: int
    as_recipient: int


class ActorProfile(BaseModel):
    """One actor in summary; /api/statements?speaker= and /api/events?actor= (or
    recipient=) list its statements and events."""

    key: int
    name: str
    type: str
    country: str | None
    sector: str | None
    names: list[str]
    roles: list[str]
    articles: int
    counterparts: list[Counterpart]
    event_types: list[TypeCount]
    n_statements: int
    n_events_as_actor: int
    n_events_as_recipient: int
    timeline: dict[str, int] = Field(description="Events per month (YYYY-MM, or unknown).")


class NetworkNode(BaseModel):
    key: int
    name: str
    type: str
    country: str | None
    sector: str | None
    articles: int = Field(description="Articles that mention the actor.")


class NetworkEdge(BaseModel):
    source: int
    target: int
    type: str
    count: int = Field(description="Asserted events of this type from source to target.")


class Network(BaseModel):
    """The heaviest edges (``limit``) of ``total_edges``, and their actors."""

    nodes: list[NetworkNode]
    edges: list[NetworkEdge]
    total_edges: int


class MonthCount(BaseModel):
    month: str = Field(description="YYYY-MM, or unknown.")
    events: int


class EventType(BaseModel):
    """A PLOVER type in words, with its quad class and CAMEO root."""

    type: str
    label: str = Field(description="What the type means, in plain words.")
    quad: int = Field(description="1/2 verbal/material cooperation, 3/4 verbal/material conflict.")
    quad_label: str
    cameo_root: str
    modes: list[str]
