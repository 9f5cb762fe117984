"""Readers: every bad input becomes a problem naming its file and line; good input, articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.record import Article, parse_published
from newsgraph.sources import InputProblem, count_articles, read_articles


def _read(*paths: Path, **options) -> list[Article | InputProblem]:
    return list(read_articles([str(p) for p in paths], **options))


def test_sources_txt_id_is_stem_and_title_line_keeps_text(tmp_path: Path) -> None:
    path = tmp_path / "story-7.txt"
    path.write_text("Minister quits\nThe minister resigned on Friday.", encoding="utf-8")
    [article] = _read(path, title_line=True, published="2024-01-03")
    assert article.id == "story-7"
    assert article.title == "Minister quits"
    assert article.text.startswith("Minister quits\n")  # offsets index the whole text
    assert article.published == "2024-01-03"


def test_sources_jsonl_line_published_wins_over_default(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(
        '{"id": "a", "text": "One.", "published": "2020-05-01T10:00:00Z"}\n{"text": "Two."}\n',
        encoding="utf-8",
    )
    first, second = _read(path, published="2024-01-03")
    assert (first.id, first.published) == ("a", "2020-05-01")
    assert (second.id, second.published) == ("feed-2", "2024-01-03")


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("not json", "not valid JSON"),
        ('{"id": "x"}', 'no "text" field'),
        ('{"text": 5}', 'no "text" field'),
        ("[1, 2]", 'no "text" field'),
        ('{"text": "   "}', "empty text"),
        ('{"text": "ok", "published": "2023-13-01"}', "invalid published date"),
        ('{"text": "ok", "published": "2023-07-04junk"}', "invalid published date"),
        ("[" * 100_000, "nested too deeply"),
        ('{"text": "ok", "id": false}', '"id" must be a string or a whole number'),
        ('{"text": "ok", "id": [1]}', '"id" must be a string or a whole number'),
        ('{"text": "ok", "title": 5}', "title: Input should be a valid string"),
    ],
)
def test_sources_jsonl_bad_line_names_file_and_line(
    tmp_path: Path, line: str, message: str
) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text('{"text": "Fine."}\n' + line + "\n", encoding="utf-8")
    good, bad = _read(path)
    assert isinstance(good, Article)
    assert isinstance(bad, InputProblem) and bad.fatal
    assert bad.where == f"{path}:2"
    assert message in bad.message


def test_sources_binary_empty_and_missing_are_problems(tmp_path: Path) -> None:
    (tmp_path / "bin.txt").write_bytes(b"PK\x03\x04\x00\x00binary")
    (tmp_path / "empty.txt").write_text(" \n\t", encoding="utf-8")
    problems = _read(tmp_path / "bin.txt", tmp_path / "empty.txt", tmp_path / "nope.txt")
    assert [p.message.split(" ")[0] for p in problems] == ["looks", "empty", "no"]
    assert all(isinstance(p, InputProblem) and p.fatal for p in problems)


def test_sources_non_utf8_is_decoded_with_a_warning(tmp_path: Path) -> None:
    (tmp_path / "latin.txt").write_bytes("Caf\xe9 owners met.".encode("latin-1"))
    warning, article = _read(tmp_path / "latin.txt")
    assert isinstance(warning, InputProblem) and not warning.fatal
    assert "UTF-8" in warning.message
    assert article.text == "Caf\ufffd owners met."


def test_sources_too_long_text_is_refused(tmp_path: Path) -> None:
    (tmp_path / "big.txt").write_text("word " * 1000, encoding="utf-8")
    (tmp_path / "feed.jsonl").write_text('{"text": "%s"}' % ("word " * 30), encoding="utf-8")
    big, line = _read(tmp_path / "big.txt", tmp_path / "feed.jsonl", max_chars=100)
    assert "too long (5,000 bytes; the limit is 100 characters)" in big.message
    assert line.where.endswith("feed.jsonl:1")
    assert "too long (150 characters" in line.message


def test_sources_folder_is_read_recursively_in_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("Two.", encoding="utf-8")
    (tmp_path / "1.txt").write_text("One.", encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    assert [a.id for a in _read(tmp_path)] == ["1", "b/2"]
    assert [a.id for a in _read(tmp_path / "b" / "2.txt")] == ["2"]


@pytest.mark.parametrize("value", ["2023-02-30", "July 4", "04/07/2023", "2023", "2023-07-04junk"])
def test_sources_parse_published_rejects_bad_dates(value: str) -> None:
    with pytest.raises(ValueError, match="expected YYYY-MM-DD"):
        parse_published(value)


def test_sources_count_articles_for_progress(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("One.", encoding="utf-8")
    (tmp_path / "feed.jsonl").write_text('{"text": "x"}\n\n{"text": "y"}\n', encoding="utf-8")
    assert count_articles([str(tmp_path)]) == 3
    assert count_articles(["-"]) is None
    (tmp_path / "crawl.warc.gz").write_bytes(b"")
    assert count_articles([str(tmp_path)]) is None  # WARC: unknown until read


def test_sources_parse_published_keeps_the_date_of_a_datetime() -> None:
    assert parse_published("2025-03-14 20:28:39Z") == "2025-03-14"
    assert parse_published("2023-07-04T10:00:00+02:00") == "2023-07-04"


def test_sources_jsonl_lines_end_at_newline_only(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    # json.dumps(ensure_ascii=False) writes U+2028/U+2029 raw inside strings
    path.write_text(
        '{"id": 0, "text": "One\u2028two\u2029three."}\n{"text": "Four."}\n', encoding="utf-8"
    )
    first, second = _read(path)
    assert (first.id, first.text) == ("0", "One\u2028two\u2029three.")
    assert second.id == "feed-2"


def test_sources_unstorable_characters_are_replaced_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text('{"id": "a", "text": "Bad \\ud800 and \\u0000 here."}\n', encoding="utf-8")
    warning, article = _read(path)
    assert isinstance(warning, InputProblem) and not warning.fatal
    assert article.text == "Bad \ufffd and \ufffd here."
    long_txt = tmp_path / "long.txt"
    long_txt.write_bytes(b"Police arrested three people. " * 400 + b"\x00 end")
    warning, article = _read(long_txt)
    assert not warning.fatal and "\x00" not in article.text


def test_sources_an_id_read_twice_in_a_batch_is_a_problem(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(
        '{"id": "a", "text": "One."}\n{"id": "a", "text": "Two."}\n{"id": "b", "text": "Three."}\n',
        encoding="utf-8",
    )
    first, repeated, other = _read(path)
    assert (first.id, first.text, other.id) == ("a", "One.", "b")
    assert isinstance(repeated, InputProblem) and repeated.fatal and "'a'" in repeated.where


def test_sources_parquet_is_read_and_counted_like_any_input(tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [
        {"id": "p1", "text": "Talks resumed.", "published": "2023-07-04T09:00:00"},
        {"id": "p2", "text": "Troops left.", "published": None},
        {"id": "p3", "text": "Bad date.", "published": "04/07/2023"},
    ]
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "feed.parquet")
    items = list(read_articles([str(tmp_path)], published="2024-01-02"))
    articles = [i for i in items if not isinstance(i, InputProblem)]
    assert [(a.id, a.published) for a in articles] == [("p1", "2023-07-04"), ("p2", "2024-01-02")]
    (problem,) = [i for i in items if isinstance(i, InputProblem)]
    assert problem.where.endswith("feed.parquet:id p3") and "invalid published date" in str(problem)
    assert count_articles([str(tmp_path)]) == 3


def test_sources_one_suffix_table_drives_help_and_readers() -> None:
    from newsgraph.sources.readers import READERS, inputs_help, reader_for

    assert all(suffix in inputs_help() for suffix in READERS)
    assert reader_for("s3://bucket/crawl.warc.gz") is READERS[".warc.gz"]
    assert reader_for("notes.md") is None


def test_sources_readers_do_not_import_each_other() -> None:
    """Shared pieces live in sources/common.py; the format readers stand alone."""
    import ast

    folder = Path(__file__).resolve().parent.parent / "newsgraph" / "sources"
    for name in ("files", "web", "parquet"):
        tree = ast.parse((folder / f"{name}.py").read_text(encoding="utf-8"))
        modules = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
        others = {f"newsgraph.sources.{o}" for o in ("files", "web", "parquet")} - {
            f"newsgraph.sources.{name}"
        }
        assert not modules & others, name
