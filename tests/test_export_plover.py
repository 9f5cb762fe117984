"""PLOVER JSON and CAMEO table writers."""

from __future__ import annotations

import json

import pytest

from newsgraph.export.plover import (
    CAMEO_COLUMNS,
    cameo_rows,
    cameo_tsv,
    event_score,
    plover_json,
    plover_records,
)
from newsgraph.record import (
    Analysis,
    Article,
    Entity,
    Event,
    EventDate,
    Location,
    Mention,
    Offsets,
    Span,
)

TEXT = "Russia invaded Ukraine in February 2022. Serbia might attack Kosovo."


def _entity(eid: str, name: str, start: int, country: str, sector: str | None = None) -> Entity:
    mention = Mention(start=start, end=start + len(name), text=name)
    return Entity(id=eid, name=name, type="GPE", country=country, sector=sector, mentions=[mention])


@pytest.fixture
def record() -> Analysis:
    article = Article(id="a1", text=TEXT, published="2023-07-04", url="https://example.org/a1")
    entities = [
        _entity("E1", "Russia", 0, "RUS", "GOV"),
        _entity("E2", "Ukraine", 15, "UKR"),
        _entity("E3", "Serbia", 41, "SRB"),
        _entity("E4", "Kosovo", 61, "XKX"),
    ]
    invasion = Event(
        id="V1",
        type="ASSAULT",
        cameo="190",
        actors=["E1"],
        recipients=["E2"],
        trigger=Span(start=7, end=14, text="invaded"),
        sentence=Offsets(start=0, end=40),
        date=EventDate(value="2022-02", time="T1", basis="explicit"),
        location=Location(entity="E2"),
    )
    threat = Event(
        id="V2",
        type="ASSAULT",
        cameo="190",
        actors=["E3"],
        recipients=["E4"],
        trigger=Span(start=54, end=60, text="attack"),
        sentence=Offsets(start=41, end=68),
        polarity="hypothetical",
    )
    return Analysis(article=article, entities=entities, events=[invasion, threat])


def test_export_plover_records_have_manual_fields(record: Analysis) -> None:
    (row,) = plover_records(record)
    assert row["id"] == "a1-V1"
    assert (row["date"], row["event"], row["mode"], row["cameo"]) == (
        "2022-02",
        "ASSAULT",
        None,
        "190",
    )
    assert row["actor"][0]["actor_text"] == "Russia" and row["actor"][0]["code"] == "RUS"
    assert row["recipient"][0]["code"] == "UKR"
    assert row["event_text"] == "invaded"
    info = row["text_info"]
    assert TEXT[info["trigger_start"] : info["trigger_end"]] == "invaded"
    assert info["sentence"] == TEXT[:40]
    assert row["cite_info"]["url"] == "https://example.org/a1"


def test_export_plover_leaves_out_unasserted_unless_asked(record: Analysis) -> None:
    assert len(json.loads(plover_json(record))) == 1
    assert len(plover_records(record, include_unasserted=True)) == 2


def test_export_cameo_tsv_columns_and_codes(record: Analysis) -> None:
    lines = cameo_tsv(record).splitlines()
    assert lines[0].split("\t") == list(CAMEO_COLUMNS)
    row = dict(zip(CAMEO_COLUMNS, lines[1].split("\t"), strict=True))
    assert row["actor1_code"] == "RUSGOV" and row["actor2_country"] == "UKR"
    assert (row["cameo"], row["root_code"], row["quad_class"], row["score"]) == (
        "190",
        "19",
        "4",
        "-9.0",
    )
    assert row["location"] == "Ukraine" and row["source_url"] == "https://example.org/a1"
    assert len(lines) == 2


def test_export_cameo_rows_one_per_dyad(record: Analysis) -> None:
    record.events[0].recipients = ["E2", "E4"]
    rows = list(cameo_rows(record))
    assert [r["actor2_name"] for r in rows] == ["Ukraine", "Kosovo"]


def test_export_cameo_tsv_without_header_and_empty() -> None:
    empty = Analysis(article=Article(id="x", text=""))
    assert cameo_tsv(empty, header=False) == ""


def test_export_phone_consultation_scores_lower(record: Analysis) -> None:
    call = record.events[0].model_copy(update={"type": "CONSULT", "mode": "phone"})
    meeting = record.events[0].model_copy(update={"type": "CONSULT", "mode": None})
    assert event_score(call) < event_score(meeting)
