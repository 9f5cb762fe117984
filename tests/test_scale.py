"""The Ray Data runner: same records as the single-process path, Parquet layout, load, extra."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsgraph.batch import analyze_stream
from newsgraph.cli import app
from newsgraph.record import Analysis, Article
from newsgraph.scale.records import iter_records, summarize
from newsgraph.sources import read_articles

runner = CliRunner()

ARTICLES = [
    ("jan", "2024-01-15", "The foreign minister met her Japanese counterpart in Tokyo on Monday."),
    ("feb", "2024-02-03", "Police arrested two protesters outside parliament, a spokesman said."),
    ("none", None, "The company announced on Friday that it would close three factories."),
]
PAGE = """<html><head><title>Port strike ends</title><meta name="date" content="2024-03-05">
</head><body><article><h1>Port strike ends</h1>
<p>Dock workers in Rotterdam ended a week-long strike on Tuesday after the union reached an
agreement with employers over pay, a union spokeswoman said.</p></article></body></html>"""


@pytest.fixture(scope="module")
def ray_local() -> Iterator[None]:
    """One local Ray with 2 CPUs for the whole module: starting Ray costs seconds."""
    ray = pytest.importorskip("ray")
    ray.init(num_cpus=2, include_dashboard=False)
    yield
    ray.shutdown()


def _write_jsonl(path: Path, articles: list[Article], *, extra_lines: tuple[str, ...] = ()) -> Path:
    with path.open("w", encoding="utf-8") as stream:
        for article in articles:
            stream.write(article.model_dump_json() + "\n")
        for line in extra_lines:
            stream.write(line + "\n")
    return path


def _write_warc(path: Path, url: str, html: str) -> Path:
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        headers = StatusAndHeaders(
            "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
        )
        record = writer.create_warc_record(
            url, "response", payload=io.BytesIO(html.encode()), http_headers=headers
        )
        writer.write_record(record)
    return path


def _scale(
    paths: list[Path],
    out: Path,
    *,
    workers: int = 2,
    batch_size: int = 4,
    on_progress: Callable[[int], None] | None = None,
):
    from newsgraph.scale.runner import ScaleOptions, run_scale

    options = ScaleOptions(workers=workers, batch_size=batch_size)
    return run_scale([str(p) for p in paths], str(out), options, on_progress=on_progress)


def _records_by_id(out: Path) -> dict[str, str]:
    return {r.article.id: r.to_json() for batch in iter_records(str(out)) for r in batch}


@pytest.mark.slow
def test_scale_records_equal_single_process_path(
    ray_local: None, shared_data: Path, tmp_path: Path
) -> None:
    corpus = shared_data / "bbc_news" / "bbc"
    found = [a for a in read_articles([str(corpus)], title_line=True) if isinstance(a, Article)]
    sample = found[:: len(found) // 100][:100]  # every section, not only business
    jsonl = _write_jsonl(tmp_path / "bbc.jsonl", sample)
    summary = _scale([jsonl], tmp_path / "out", batch_size=8)
    expected = {
        r.article.id: r.to_json()
        for r in analyze_stream(read_articles([str(jsonl)]))
        if isinstance(r, Analysis)
    }
    assert (summary.records, summary.failed) == (100, 0)
    got = _records_by_id(tmp_path / "out")
    assert got.keys() == expected.keys()
    for article_id, record in expected.items():
        assert got[article_id] == record, article_id


@pytest.fixture(scope="module")
def small_scaled(ray_local: None, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list]:
    """Own articles as JSONL (plus a bad line), one WARC page and a Parquet file, scaled;
    the output folder and the row counts the progress callback was given."""
    folder = tmp_path_factory.mktemp("scale")
    articles = [Article(id=i, published=p, text=t) for i, p, t in ARTICLES]
    jsonl = _write_jsonl(folder / "own.jsonl", articles, extra_lines=("{not json",))
    warc = _write_warc(folder / "crawl.warc.gz", "https://news.example/strike", PAGE)
    parquet = folder / "more.parquet"
    rows = [{"id": "pq", "text": ARTICLES[0][2], "published": "2023-12-24"}]
    pq.write_table(pa.Table.from_pylist(rows), parquet)
    progress: list[int] = []
    _scale([jsonl, warc, parquet], folder / "out", on_progress=progress.append)
    return folder / "out", progress


@pytest.fixture(scope="module")
def small_run(small_scaled: tuple[Path, list]) -> Path:
    return small_scaled[0]


@pytest.mark.slow
def test_scale_reports_progress(small_scaled: tuple[Path, list]) -> None:
    _, progress = small_scaled
    assert progress, "on_progress never called"
    assert progress == sorted(progress)
    assert progress[-1] == 6  # 5 records and the bad line's error row, reported at the end


@pytest.mark.slow
def test_scale_partitions_by_published_month(small_run: Path) -> None:
    months = sorted(p.name for p in small_run.iterdir())
    assert months == [
        "published_month=2023-12",
        "published_month=2024-01",
        "published_month=2024-02",
        "published_month=2024-03",
        "published_month=unknown",
    ]
    rows = {r["id"]: r for r in pq.read_table(small_run).to_pylist() if r["error"] is None}
    assert rows["jan"]["published_month"] == "2024-01"  # restored from the folder name
    assert rows["none"]["published_month"] == "unknown"
    record = Analysis.from_json(rows["jan"]["record"])
    assert rows["jan"]["content_hash"] == record.article.content_hash
    assert json.loads(rows["jan"]["record"])["article"]["published"] == "2024-01-15"


@pytest.mark.slow
def test_scale_bad_line_is_an_error_row(small_run: Path) -> None:
    summary = summarize(str(small_run))
    assert (summary.records, summary.failed) == (5, 1)
    [problem] = summary.problems
    assert problem.where.endswith("own.jsonl:4")
    assert "not valid JSON" in problem.message


@pytest.mark.slow
def test_scale_load_twice_adds_nothing_new(small_run: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "scale.db")
    first = runner.invoke(app, ["load", str(small_run), "--db", db])
    assert first.exit_code == 0, first.output
    assert "5 added, 0 already stored" in first.output
    second = runner.invoke(app, ["load", str(small_run), "--db", db])
    assert "0 added, 5 already stored" in second.output


def test_scale_without_ray_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    for name in ("ray", "ray.data"):
        monkeypatch.setitem(sys.modules, name, None)  # makes `import ray` fail
    result = runner.invoke(app, ["scale", str(tmp_path), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert "install newsgraph[scale]" in result.output


def test_scale_newsgraph_does_not_import_ray() -> None:
    code = "import sys, newsgraph.cli, newsgraph.scale.records; print('ray' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


@pytest.mark.slow
def test_scale_repartition_takes_no_cpu(ray_local: None) -> None:
    """The private hook works on the pinned Ray, and says so when it cannot apply."""
    import ray.data

    from newsgraph.scale.runner import _take_no_cpu

    repartitioned = ray.data.range(8).repartition(target_num_rows_per_block=2)
    assert _take_no_cpu(repartitioned)
    assert repartitioned._logical_plan.dag.ray_remote_args["num_cpus"] == 0
    assert not _take_no_cpu(ray.data.range(8))  # not a repartition: left alone


@pytest.mark.slow
def test_scale_without_the_repartition_hook_still_finishes(
    ray_local: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog
) -> None:
    """A Ray where the hook does not apply: no repartition, a warning, the same records."""
    from newsgraph.scale import runner as scale_runner

    monkeypatch.setattr(scale_runner, "_take_no_cpu", lambda _dataset: False)
    articles = [Article(id=i, published=p, text=t) for i, p, t in ARTICLES]
    jsonl = _write_jsonl(tmp_path / "own.jsonl", articles)
    summary = _scale([jsonl], tmp_path / "out")
    assert (summary.records, summary.failed) == (3, 0)
    assert "skipping it" in caplog.text


def test_scale_quiets_ray_data_and_restores_it() -> None:
    ray_data = pytest.importorskip("ray.data")
    import logging

    from newsgraph.scale.runner import quiet_ray_data

    context = ray_data.DataContext.get_current()
    consoles = [
        h
        for h in logging.getLogger("ray.data").handlers
        if isinstance(h, logging.StreamHandler) and not isinstance(h, logging.FileHandler)
    ]
    assert consoles, "Ray Data no longer logs to a console handler: revisit quiet_ray_data"
    before = ([h.level for h in consoles], context.enable_progress_bars)
    with quiet_ray_data():
        assert not context.enable_progress_bars
        assert all(h.level >= logging.WARNING for h in consoles)
    assert ([h.level for h in consoles], context.enable_progress_bars) == before


def test_scale_actor_vocabulary_does_not_grow() -> None:
    """Batches run in spaCy memory zones: new words are forgotten, records unchanged."""
    from newsgraph.extract.nlp import load_nlp
    from newsgraph.scale.analyzer import Analyzer
    from newsgraph.scale.records import ARTICLE_SCHEMA, article_row

    analyzer = Analyzer()
    strings = len(load_nlp().vocab.strings)
    articles = [
        Article(id=f"new-{n}", text=f"Minister Zorblatt{n} met Quexville{n} officials on Monday.")
        for n in range(3)
    ] + [Article(id=i, published=p, text=t) for i, p, t in ARTICLES]
    batch = pa.Table.from_pylist([article_row(a) for a in articles], schema=ARTICLE_SCHEMA)
    rows = analyzer(batch).to_pylist()
    assert len(load_nlp().vocab.strings) == strings
    expected = [r.to_json() for r in analyze_stream(articles)]
    assert [r["record"] for r in rows] == expected
