"""Batch runner: records in input order, errors per article, and vocabulary zones that
forget each chunk's new words without changing a single record."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import EXAMPLE

from newsgraph.batch import analyze_stream
from newsgraph.extract.nlp import load_nlp
from newsgraph.extract.pipeline import analyze_article, warm_up
from newsgraph.record import Article
from newsgraph.sources import InputProblem, read_articles


def _novel(n: int) -> Article:
    return Article(
        id=f"novel-{n}",
        published="2024-03-01",
        text=f'Minister Zorblatt{n} met Quexville{n} officials on Monday. "We agreed," she said.',
    )


def test_batch_vocabulary_does_not_grow_with_new_words() -> None:
    warm_up()
    before = len(load_nlp().vocab.strings)
    records = list(analyze_stream(_novel(n) for n in range(40)))
    assert all(not isinstance(r, InputProblem) for r in records)
    assert len(load_nlp().vocab.strings) == before


def test_batch_zones_change_no_record(shared_data: Path) -> None:
    """The same articles with and without zones give the same records, byte for byte: a
    stage cache built inside a zone would lose its strings and fail on later articles."""
    corpus = shared_data / "bbc_news" / "bbc" / "politics"
    found = read_articles([str(corpus)], title_line=True)
    articles = [a for a in found if isinstance(a, Article)][:48]
    articles.insert(0, Article(id="example", text=EXAMPLE.read_text(encoding="utf-8")))
    zoned = [r.to_json() for r in analyze_stream(articles)]  # type: ignore[union-attr]
    plain = [analyze_article(a).to_json() for a in articles]  # one at a time, no zone
    assert zoned == plain


def test_batch_keeps_problems_in_place() -> None:
    items = [_novel(1), InputProblem("bad.jsonl:2", "not JSON"), _novel(2)]
    out = list(analyze_stream(items))
    assert [type(r).__name__ for r in out] == ["Analysis", "InputProblem", "Analysis"]
    assert out[1] is items[1]


@pytest.mark.parametrize("workers", [2])
def test_batch_workers_give_the_same_records(workers: int) -> None:
    articles = [_novel(n) for n in range(20)]
    one = [r.to_json() for r in analyze_stream(articles)]  # type: ignore[union-attr]
    many = [r.to_json() for r in analyze_stream(articles, workers=workers)]  # type: ignore[union-attr]
    assert one == many


def test_batch_a_failing_article_is_a_problem_and_the_rest_go_on(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Error isolation, as ingest, scale, the API and the evaluations get it."""
    from newsgraph import batch

    real = batch.analyze_doc

    def flaky(doc: object, article: Article) -> object:
        if article.id == "novel-2":
            raise RuntimeError("boom")
        return real(doc, article)

    monkeypatch.setattr(batch, "analyze_doc", flaky)
    articles = [_novel(n) for n in range(1, 4)]
    results = batch.analyze_chunk(articles)
    assert [type(r).__name__ for r in results] == ["Analysis", "InputProblem", "Analysis"]
    assert str(results[1]) == "novel-2: analysis failed: RuntimeError: boom"
    with pytest.warns(UserWarning, match="novel-2: analysis failed"):
        records = list(batch.analyze_articles(articles))
    assert [len(r.entities) > 0 for r in records] == [True, False, True]  # an empty record
