"""Ingest: every input format, idempotent re-runs, and a SIGKILL that loses nothing."""

from __future__ import annotations

import gzip
import io
import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsgraph.cli import app
from newsgraph.ingest import KEEP_PROBLEMS, ingest
from newsgraph.record import Article
from newsgraph.sources import InputProblem, read_articles
from newsgraph.store import Store

runner = CliRunner()

PAGE = """<html><head><title>Port strike ends</title>
<meta property="og:site_name" content="Harbour Herald"><meta name="date" content="2024-03-05">
</head><body><nav>Home | World | Sport</nav><article><h1>Port strike ends</h1>
<p>Dock workers in Rotterdam ended a week-long strike on Tuesday after the union reached an
agreement with employers over pay, a union spokeswoman said.</p>
<p>The strike had halted container traffic at Europe's largest port since last Monday.</p>
</article><footer>Copyright Harbour Herald</footer></body></html>"""


def _warc(path: Path, pages: dict[str, str]) -> None:
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for url, html in pages.items():
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            record = writer.create_warc_record(
                url, "response", payload=io.BytesIO(html.encode()), http_headers=headers
            )
            writer.write_record(record)


def test_ingest_html_extracts_main_text_and_metadata(tmp_path: Path) -> None:
    (tmp_path / "strike.html").write_text(PAGE, encoding="utf-8")
    [article] = list(read_articles([str(tmp_path / "strike.html")]))
    assert article.title == "Port strike ends"
    assert article.source == "Harbour Herald"
    assert article.published == "2024-03-05"
    assert "Dock workers in Rotterdam" in article.text
    assert "Home | World" not in article.text  # boilerplate removed


def test_ingest_warc_reads_html_responses(tmp_path: Path) -> None:
    _warc(tmp_path / "crawl.warc.gz", {"https://news.example/strike": PAGE})
    [article] = list(read_articles([str(tmp_path)]))
    assert article.url == "https://news.example/strike"
    assert "Rotterdam" in article.text


def test_ingest_corrupt_warc_and_empty_page_are_problems(tmp_path: Path) -> None:
    (tmp_path / "bad.warc").write_bytes(b"WARC/1.0\r\nthis is not a warc record\r\n\r\n")
    (tmp_path / "empty.html").write_text(
        "<html><body><nav>Menu</nav></body></html>", encoding="utf-8"
    )
    problems = list(read_articles([str(tmp_path)]))
    assert all(isinstance(p, InputProblem) for p in problems)
    assert any("bad.warc" in p.where and "WARC" in p.message for p in problems)
    assert any("empty.html" in p.where and "no main text" in p.message for p in problems)


def test_ingest_rerun_adds_nothing(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("The minister resigned on Friday.", encoding="utf-8")
    (tmp_path / "b.html").write_text(PAGE, encoding="utf-8")
    db = str(tmp_path / "news.db")
    first = runner.invoke(app, ["ingest", str(tmp_path), "--db", db])
    second = runner.invoke(app, ["ingest", str(tmp_path), "--db", db])
    assert first.exit_code == second.exit_code == 0, first.output
    assert "2 added, 0 already stored, 0 failed" in first.output
    assert "0 added, 2 already stored, 0 failed" in second.output


def test_ingest_bad_file_fails_alone(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Police arrested two men in Lyon.", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text("{oops\n", encoding="utf-8")
    with Store.open(str(tmp_path / "news.db")) as store:
        report = ingest(read_articles([str(tmp_path)]), store)
        assert (report.added, report.failed) == (1, 1)
        assert "b.jsonl:1" in report.problems[0].where


def test_ingest_report_keeps_the_first_problems_and_counts_all(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{oops\n" * (KEEP_PROBLEMS + 20), encoding="utf-8")
    seen: list[object] = []
    with Store.open(str(tmp_path / "news.db")) as store:
        report = ingest(read_articles([str(bad)]), store, on_result=seen.append)
    assert report.failed == len(seen) == KEEP_PROBLEMS + 20
    assert len(report.problems) == KEEP_PROBLEMS
    assert report.problems[0].where.endswith("bad.jsonl:1")


def _count(db: Path) -> int:
    try:
        with Store.open(str(db)) as store:
            return store.count("articles")
    except Exception:
        return 0


def test_ingest_survives_sigkill(tmp_path: Path) -> None:
    total = 400
    feed = tmp_path / "feed.jsonl"
    lines = [
        {"id": f"n{i}", "text": f"Report {i}: the mayor of Lyon said on Monday that talks with "
         f"the union over pay would resume next week, according to officials. " * 3}
        for i in range(total)
    ]  # fmt: skip
    feed.write_text("\n".join(json.dumps(line) for line in lines), encoding="utf-8")
    db = tmp_path / "news.db"
    command = [sys.executable, "-m", "newsgraph", "ingest", str(feed), "--db", str(db)]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while _count(db) == 0 and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.05)
    # A reader works while the writer holds the database.
    with Store.open(str(db)) as reader:
        assert reader.search("mayor Lyon")
    process.send_signal(signal.SIGKILL)
    process.wait()
    stored_before = _count(db)
    assert 0 < stored_before < total, "the ingest finished before it could be killed"
    subprocess.run(command, check=True, capture_output=True)
    with Store.open(str(db)) as store:
        assert store.count("articles") == total
        with store.engine.connect() as connection:
            ids = [row[0] for row in connection.exec_driver_sql("SELECT id FROM articles")]
            orphans = connection.exec_driver_sql(
                "SELECT count(*) FROM entities WHERE article_key NOT IN (SELECT key FROM articles)"
            ).scalar()
    assert sorted(ids) == sorted(f"n{i}" for i in range(total))
    assert orphans == 0


def _cut_warcs(tmp_path: Path) -> dict[str, Path]:
    """One three-page WARC, gzipped and plain, each cut inside its second record."""
    whole = tmp_path / "whole.warc.gz"
    _warc(whole, {f"https://news.example/{i}": PAGE for i in range(3)})
    data = whole.read_bytes()
    cut = {"gz": tmp_path / "cut.warc.gz", "plain": tmp_path / "cut.warc"}
    cut["gz"].write_bytes(data[: int(len(data) * 0.55)])
    plain = gzip.decompress(data)
    cut["plain"].write_bytes(plain[: int(len(plain) * 0.55)])
    return cut


@pytest.mark.parametrize("kind", ["gz", "plain"])
def test_ingest_warc_cut_short_keeps_whole_records_and_names_the_cut_one(
    tmp_path: Path, kind: str
) -> None:
    items = list(read_articles([str(_cut_warcs(tmp_path)[kind])]))
    articles = [i for i in items if isinstance(i, Article)]
    problems = [i for i in items if not isinstance(i, Article)]
    assert len(articles) == 1 and articles[0].text.rstrip().endswith("since last Monday.")
    assert [p.where.rsplit(":", 1)[-1] for p in problems] == ["record 2"]
    assert "cut short" in problems[0].message


@pytest.mark.parametrize(
    "data", [b"", b"\x1f\x8b\x08\x00" + b"\x00" * 96, b"plain words, not a web archive\n" * 5]
)
def test_ingest_non_warc_is_a_problem_naming_the_file(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(data)
    items = list(read_articles([str(path)]))
    assert len(items) == 1 and not isinstance(items[0], Article)
    assert items[0].where.startswith(str(path))


def test_two_ingest_processes_on_overlapping_folders(store_url: str, tmp_path: Path) -> None:
    """Two `newsgraph ingest` runs at once into one fresh store: both succeed, every article
    is stored once, and each name is one actor."""
    stories = {
        f"s{i}": f"{who} met {other} in Geneva on Monday to discuss the ceasefire."
        for i, (who, other) in enumerate(
            [("Vladimir Putin", "Recep Tayyip Erdogan"), ("Emmanuel Macron", "Olaf Scholz"),
             ("Antony Blinken", "Wang Yi"), ("Keir Starmer", "Giorgia Meloni"),
             ("Narendra Modi", "Shehbaz Sharif"), ("Joe Biden", "Xi Jinping")]
        )
    }  # fmt: skip
    folders = [tmp_path / "a", tmp_path / "b"]
    shares = (["s0", "s1", "s2", "s3"], ["s2", "s3", "s4", "s5"])
    for folder, ids in zip(folders, shares, strict=True):
        folder.mkdir()
        for key in ids:
            (folder / f"{key}.txt").write_text(stories[key], encoding="utf-8")
    command = [sys.executable, "-m", "newsgraph", "ingest", "--db", store_url]
    runs = [
        subprocess.Popen([*command, str(f), "--published", "2024-05-06"], stderr=subprocess.PIPE)
        for f in folders
    ]
    errors = [run.communicate(timeout=300)[1].decode() for run in runs]
    assert [run.returncode for run in runs] == [0, 0], errors
    with Store.open(store_url) as store:
        assert store.count("articles") == 6
        names = [row["name"] for row in store.actors(limit=100)]
        assert len(names) == len(set(names)) and "Vladimir Putin" in names


def _corpus(root: Path) -> Path:
    """A corpus folder with two sub-folders, as the BBC one (bbc/politics/001.txt …)."""
    texts = {
        "politics/001": "Election called\nThe prime minister called an election for May.",
        "politics/002": "Budget row\nThe chancellor rejected calls to cut taxes on Monday.",
        "business/001": "Bank merger\nTwo banks in Madrid agreed to merge on Tuesday.",
    }
    for name, text in texts.items():
        path = root / "corpus" / f"{name}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root / "corpus"


def _ingest(store: Store, *paths: Path) -> tuple[int, int, int]:
    report = ingest(
        read_articles([str(p) for p in paths], title_line=True, published="2005-01-01"), store
    )
    return report.added, report.skipped, report.elsewhere


def _stored_ids(store: Store) -> list[str]:
    with store.engine.connect() as connection:
        return sorted(row[0] for row in connection.exec_driver_sql("SELECT id FROM articles"))


def test_ingest_parent_then_subfolder_adds_nothing(store: Store, tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    assert _ingest(store, corpus) == (3, 0, 0)
    assert _ingest(store, corpus / "politics") == (0, 2, 2)  # ids 001, 002: another sub-path
    assert _ingest(store, corpus / "politics" / "001.txt") == (0, 1, 1)
    assert _stored_ids(store) == ["business/001", "politics/001", "politics/002"]


def test_ingest_subfolder_then_parent_adds_only_the_others(store: Store, tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    assert _ingest(store, corpus / "politics") == (2, 0, 0)
    assert _ingest(store, corpus) == (1, 2, 2)
    assert _ingest(store, corpus.parent) == (0, 3, 3)  # ids corpus/…: a third sub-path
    assert _stored_ids(store) == ["001", "002", "business/001"]  # the ids first stored


def test_ingest_twice_and_overlapping_roots_in_one_run_add_nothing(
    store: Store, tmp_path: Path
) -> None:
    corpus = _corpus(tmp_path)
    assert _ingest(store, corpus, corpus / "politics") == (3, 2, 2)
    assert _ingest(store, corpus) == (0, 3, 0)
    assert store.count("articles") == 3


def test_ingest_same_text_in_two_files_is_stored_once(store: Store, tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    copy = (corpus / "politics" / "001.txt").read_text(encoding="utf-8")
    (corpus / "politics" / "099.txt").write_text(copy, encoding="utf-8")
    assert _ingest(store, corpus) == (3, 1, 1)
    assert "politics/099" not in _stored_ids(store)
    # The same text with another date is another article body: stored.
    report = ingest(read_articles([str(corpus / "politics" / "099.txt")], title_line=True), store)
    assert (report.added, report.skipped) == (1, 0)


def test_ingest_changed_file_is_a_new_version_of_its_id(store: Store, tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    _ingest(store, corpus)
    (corpus / "politics" / "002.txt").write_text(
        "Budget row\nThe chancellor rejected calls to cut taxes on Friday.", encoding="utf-8"
    )
    assert _ingest(store, corpus) == (1, 2, 0)
    assert "Friday" in store.record("politics/002").article.text
    assert "Monday" in store.record("politics/002", version=1).article.text


def test_ingest_cli_says_how_many_were_stored_under_another_id(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    db = str(tmp_path / "news.db")
    first = runner.invoke(app, ["ingest", str(corpus), "--title-line", "--db", db])
    second = runner.invoke(app, ["ingest", str(corpus / "politics"), "--title-line", "--db", db])
    assert first.exit_code == second.exit_code == 0, second.output
    assert "0 added, 2 already stored (2 under another id), 0 failed" in second.output


def test_store_made_before_body_hashes_knows_its_articles(store_url: str, tmp_path: Path) -> None:
    """A store made before revision 0007 gets every article's body hash, so ingesting a
    sub-folder of what it holds adds nothing."""
    from sqlalchemy import text

    corpus = _corpus(tmp_path)
    with Store.open(store_url) as store:
        _ingest(store, corpus)
        with store.engine.begin() as connection:
            connection.execute(text("DROP INDEX ix_articles_body_hash"))
            connection.execute(text("ALTER TABLE articles DROP COLUMN body_hash"))
            connection.execute(text("UPDATE alembic_version SET version_num = '0006'"))
    with Store.open(store_url) as store:
        store.relink()  # a store that old also predates the keys of revision 0008
        assert _ingest(store, corpus / "politics") == (0, 2, 2)
        assert store.count("articles") == 3
