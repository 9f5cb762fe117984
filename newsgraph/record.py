"""The analysis record: typed models for ``shared/docs/analysis-format.md``.

The record is the project's public contract. Every stage adds to it, every consumer reads
only it. Field names are fixed by the format document; offsets are ``str`` indices into
``article.text`` (end exclusive).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

SCHEMA = "newsgraph/analysis@1"

MentionKind = Literal["name", "title", "pronoun", "nominal"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
StatementKind = Literal["direct", "indirect", "mixed", "no_comment"]
Polarity = Literal["asserted", "negated", "hypothetical", "future"]
DateBasis = Literal["explicit", "publication", "unknown"]


# Code points that no store or JSON encoder keeps: NUL (PostgreSQL text) and lone
# surrogates (UTF-8). They are replaced one for one, so offsets still index the text.
UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def storable(text: str) -> str:
    """``text`` with NUL and lone surrogates replaced by U+FFFD (same length)."""
    return UNSTORABLE.sub("\ufffd", text)


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Span(_Model):
    """A stretch of the article text."""

    start: int
    end: int
    text: str


def parse_published(value: object) -> str | None:
    """A publication date as ``YYYY-MM-DD``: an ISO date, or the date part of an ISO
    datetime ("2025-03-14 20:28:39Z"); None and "" are no date. The one date rule of every
    input: :class:`Article` applies it to ``published``, the CLI to ``--published``.

    Raises:
        ValueError: naming the bad value and the expected form.
    """
    if value is None or value == "":
        return None
    try:
        return dt.datetime.fromisoformat(str(value).strip()).date().isoformat()
    except ValueError:
        raise ValueError(f"invalid published date {value!r}: expected YYYY-MM-DD") from None


class Article(_Model):
    """One input article: the text that every offset indexes into.

    Every reader, the API and scale build articles through this model, so ``published`` is
    checked and normalised here once (:func:`parse_published`), and ``content_hash`` is
    the one identity of an article version.
    """

    id: str
    title: str | None = None
    text: str
    published: str | None = None  # ISO date (YYYY-MM-DD) or None
    source: str | None = None
    url: str | None = None

    @field_validator("id", "title", "text", "source", "url")
    @classmethod
    def _storable(cls, value: str | None) -> str | None:
        return storable(value) if value is not None else None

    @field_validator("published", mode="before")
    @classmethod
    def _published(cls, value: object) -> str | None:
        return parse_published(value)

    @property
    def published_date(self) -> dt.date | None:
        """``published`` as a date, for the stages that resolve relative times against it."""
        return dt.date.fromisoformat(self.published) if self.published else None

    @property
    def content_hash(self) -> str:
        """The identity of one article version: SHA-256 over all its fields (the store
        keys articles by it, so the same article read twice is stored once)."""
        return hashlib.sha256(self.model_dump_json().encode("utf-8")).hexdigest()


class Mention(Span):
    """One place an entity is named or referred to."""

    kind: MentionKind = "name"


class Entity(_Model):
    """One real-world entity of the article with all its mentions."""

    id: str
    name: str
    type: str
    country: str | None = None
    sector: str | None = None
    roles: list[str] = Field(default_factory=list)
    mentions: list[Mention] = Field(default_factory=list)


class Time(Span):
    """A TIMEX3 time expression normalised against the published date."""

    id: str
    type: TimexType
    value: str


class Speaker(_Model):
    """The surface span of a speaker and the entity it resolves to."""

    entity: str | None = None
    start: int
    end: int
    text: str


class Statement(_Model):
    """Who said what: a quote or a piece of reported speech."""

    id: str
    kind: StatementKind
    speaker: Speaker | None = None
    cue: Span | None = None
    content: Span | None = None
    addressee: str | None = None
    reported_by: list[str] = Field(default_factory=list)
    time: str | None = None


class EventDate(_Model):
    value: str | None = None
    time: str | None = None
    basis: DateBasis = "unknown"


class Location(_Model):
    entity: str | None = None


class Offsets(_Model):
    start: int
    end: int


class Event(_Model):
    """Who did what to whom, when and where (PLOVER-coded)."""

    id: str
    type: str
    mode: str | None = None
    cameo: str | None = None
    actors: list[str] = Field(default_factory=list)
    recipients: list[str] = Field(default_factory=list)
    trigger: Span
    sentence: Offsets
    date: EventDate = Field(default_factory=EventDate)
    location: Location | None = None
    polarity: Polarity = "asserted"
    attributed_to: str | None = None
    confidence: float = 0.5


class Analysis(_Model):
    """The whole analysis record of one article."""

    schema_: str = Field(default=SCHEMA, alias="schema")
    article: Article
    entities: list[Entity] = Field(default_factory=list)
    times: list[Time] = Field(default_factory=list)
    statements: list[Statement] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    def to_json(self, *, indent: int | None = None) -> str:
        """Serialise to JSON with the contract's field names."""
        return self.model_dump_json(by_alias=True, indent=indent)

    @classmethod
    def from_json(cls, data: str | bytes) -> Analysis:
        """Parse a record written by :meth:`to_json`."""
        return cls.model_validate_json(data)

    def entity(self, entity_id: str) -> Entity | None:
        """The entity with this id, or None."""
        return next((e for e in self.entities if e.id == entity_id), None)
