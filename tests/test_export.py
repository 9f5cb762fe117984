"""Export: every format readable by its consumers, offsets kept, bad combinations refused."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from factories import call_record
from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.export.brat import brat_ann
from newsgraph.store import Store

runner = CliRunner()


@pytest.fixture
def db(tmp_path: Path) -> str:
    url = str(tmp_path / "export.db")
    first = call_record("a1", "TASS", "Sergey Naryshkin", "William Burns", "2023-06")
    first.article.title = "Spy chief calls CIA"
    with Store.open(url) as store:
        store.add([
            first, call_record("a2", "Reuters", "Sergei Naryshkin", "Burns", "2023-06-24"),
        ])  # fmt: skip
    return url


def _export(db: str, *args: str) -> str:
    result = runner.invoke(app, ["export", *args, "--db", db])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_export_records_are_the_stored_json(db: str) -> None:
    lines = _export(db, "records").splitlines()
    with Store.open(db) as store:
        assert lines == [store.record_json("a1"), store.record_json("a2")]


def test_export_events_csv_names_both_sides(db: str) -> None:
    rows = list(csv.DictReader(io.StringIO(_export(db, "events", "--format", "csv"))))
    assert [(r["article"], r["type"], r["actors"], r["recipients"]) for r in rows] == [
        ("a1", "CONSULT", "Sergey Naryshkin", "William Burns"),
        ("a2", "CONSULT", "Sergei Naryshkin", "Burns"),
    ]
    for row in rows:  # a row can be checked in a spreadsheet against its sentence
        assert row["trigger"] in row["sentence"] and row["sentence"].endswith(".")
    assert [r["title"] for r in rows] == ["Spy chief calls CIA", ""]


def test_export_statements_jsonl(db: str) -> None:
    rows = [json.loads(line) for line in _export(db, "statements").splitlines()]
    assert [r["speaker"] for r in rows] == ["Sergey Naryshkin", "Sergei Naryshkin"]


def test_export_parquet_is_readable(db: str, tmp_path: Path) -> None:
    out = tmp_path / "events.parquet"
    runner.invoke(app, ["export", "events", "--format", "parquet", "--out", str(out), "--db", db])
    table = pq.read_table(out)
    assert table.num_rows == 2
    assert table.column("actors").to_pylist() == [["Sergey Naryshkin"], ["Sergei Naryshkin"]]
    assert table.column("title").to_pylist() == ["Spy chief calls CIA", None]
    assert table.column("sentence").to_pylist()[0].startswith("Sergey Naryshkin held")
    actors = tmp_path / "actors.parquet"
    runner.invoke(
        app, ["export", "actors", "--format", "parquet", "--out", str(actors), "--db", db]
    )
    assert sorted(pq.read_table(actors).column("name").to_pylist()) == [
        "Sergey Naryshkin",
        "William Burns",
    ]


def test_export_brat_spans_match_the_text(db: str, tmp_path: Path) -> None:
    out = tmp_path / "brat"
    result = runner.invoke(
        app, ["export", "records", "--format", "brat", "--out", str(out), "--db", db]
    )
    assert result.exit_code == 0, result.output
    text = (out / "a1.txt").read_text(encoding="utf-8")
    spans = [
        line.split("\t") for line in (out / "a1.ann").read_text().splitlines() if line[0] == "T"
    ]
    assert spans
    for _, label_offsets, surface in spans:
        _, offsets = label_offsets.split(" ", 1)
        start, end = map(int, offsets.split(";")[0].split())
        assert text[start:end] == surface
    assert any(
        line.startswith("E") and "Actor:T1" in line
        for line in (out / "a1.ann").read_text().splitlines()
    )


def test_export_brat_splits_spans_at_newlines() -> None:
    record = call_record("n", "AP", "Ann Lee", "Bo Park", None)
    record.statements[0].content.text = record.article.text[:9]
    record.article.text = record.article.text[:3] + "\n" + record.article.text[4:]
    ann = brat_ann(record.model_copy())
    assert "\n" not in ann.split("Content ")[1].split("\t")[0]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["statements", "--format", "plover"], "use one of csv, jsonl, parquet"),
        (["events", "--format", "parquet"], "parquet needs --out"),
    ],
)
def test_export_bad_combinations_are_usage_errors(db: str, args: list[str], message: str) -> None:
    result = runner.invoke(app, ["export", *args, "--db", db], env={"COLUMNS": "200"})
    assert result.exit_code == 2
    assert message in result.output


def test_export_plover_and_cameo_tsv(db: str) -> None:
    plover = [json.loads(line) for line in _export(db, "events", "--format", "plover").splitlines()]
    assert [p["event"] for p in plover] == ["CONSULT", "CONSULT"]
    table = _export(db, "events", "--format", "cameo-tsv").splitlines()
    header, *rows = [line.split("\t") for line in table]
    assert len(rows) == 2
    row = dict(zip(header, rows[0], strict=True))
    assert (row["cameo"], row["root_code"], row["actor1_name"]) == ("041", "04", "Sergey Naryshkin")


def test_export_file_names_are_one_per_id() -> None:
    from newsgraph.output import file_stem

    ids = ["www.bbc.co.uk/news/1", "www.bbc.co.uk/news/2", "a/b", "a_b", "a:b", "story.v1"]
    stems = [file_stem(i) for i in ids]
    assert len(set(stems)) == len(ids)
    assert stems[-1] == "story.v1" and stems[3] == "a_b"  # safe ids are their own names
    assert all("/" not in s and not s.startswith(".") for s in stems)
