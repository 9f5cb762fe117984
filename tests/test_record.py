"""The analysis record: the contract's field names and a lossless JSON round trip."""

from __future__ import annotations

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
