"""The analysis record: the contract's field names and a lossless JSON round trip."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from pydantic import ValidationError

from newsgraph.record import SCHEMA, Analysis, Article, Entity, Mention


def test_record_round_trip_keeps_contract_names() -> None:
    record = Analysis(
        article=Article(id="a", text="Ana Silva spoke.", published="2024-01-03"),
        entities=[
            Entity(
                id="E1",
                name="Ana Silva",
                type="PERSON",
                mentions=[Mention(start=0, end=9, text="Ana Silva", kind="name")],
            )
        ],
    )
    data = json.loads(record.to_json())
    assert data["schema"] == SCHEMA
    assert list(data) == ["schema", "article", "entities", "times", "statements", "events"]
    assert Analysis.from_json(record.to_json()) == record


def test_record_rejects_unknown_mention_kind() -> None:
    with pytest.raises(ValidationError):
        Mention(start=0, end=1, text="x", kind="alias")


def test_record_article_normalises_published_once() -> None:
    """Every reader, the API and scale build articles through the model, so the date rule
    is applied here: an ISO datetime keeps its date, "" is no date, a date object is kept."""
    assert Article(id="a", text="x", published="2023-07-04T10:00:00+02:00").published == (
        "2023-07-04"
    )
    assert Article(id="a", text="x", published="").published is None
    assert Article(id="a", text="x", published=dt.date(2024, 2, 29)).published_date == dt.date(
        2024, 2, 29
    )
    with pytest.raises(ValidationError, match="invalid published date '2023-02-30'"):
        Article(id="a", text="x", published="2023-02-30")


def test_record_content_hash_is_the_identity_of_a_version() -> None:
    article = Article(id="a", text="Talks resumed.", published="2023-07-04")
    same = Article(id="a", text="Talks resumed.", published="2023-07-04T08:00:00")
    assert article.content_hash == same.content_hash and len(article.content_hash) == 64
    assert Article(id="a", text="Talks resumed!").content_hash != article.content_hash
    assert "content_hash" not in article.model_dump_json()  # the record's format is unchanged
