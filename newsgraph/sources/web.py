"""HTML pages and WARC crawls: main text and metadata extracted with trafilatura.

trafilatura does boilerplate removal, title, date, site name and URL extraction; warcio
reads (gzipped) WARC files record by record. Neither is ours to rewrite.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import trafilatura
from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from newsgraph.record import Article
from newsgraph.sources.files import InputProblem, check_text, parse_published

HTML_SUFFIXES = (".html", ".htm")
WARC_SUFFIXES = (".warc", ".warc.gz")
# Pages whose extracted text is shorter than this are menus, paywalls or error pages.
MIN_WORDS = 10


def article_from_html(
    html: str | bytes,
    *,
    article_id: str,
    where: str,
    url: str | None = None,
    published: str | None = None,
    max_chars: int,
) -> Article | InputProblem:
    """The main text and metadata of one page, or a problem when it has no main text."""
    try:
        doc = trafilatura.bare_extraction(html, url=url, with_metadata=True)
    except Exception as err:  # trafilatura/lxml raise many kinds on broken markup
        return InputProblem(where, f"cannot parse HTML: {type(err).__name__}: {err}")
    if doc is None or len((doc.text or "").split()) < MIN_WORDS:
        return InputProblem(
            where, f"no main text found in this HTML page (under {MIN_WORDS} words)"
        )
    problem = check_text(doc.text, where, max_chars=max_chars)
    if problem:
        return problem
    try:
        date = parse_published(doc.date) if doc.date else published
    except ValueError:
        date = published
    return Article(
        id=article_id, text=doc.text, title=doc.title or None, published=date,
        source=doc.sitename or None, url=doc.url or url,
    )  # fmt: skip


def read_html(
    path: Path, data: bytes, *, article_id: str, published: str | None, max_chars: int
) -> Iterator[Article | InputProblem]:
    """One article from an HTML file."""
    yield article_from_html(
        data, article_id=article_id, where=str(path), published=published, max_chars=max_chars
    )


def _warc_id(record) -> str:
    record_id = record.rec_headers.get_header("WARC-Record-ID") or ""
    return record_id.strip("<>").removeprefix("urn:uuid:") or "warc-record"


def read_warc(
    path: Path, *, published: str | None, max_chars: int
) -> Iterator[Article | InputProblem]:
    """Articles from the HTML responses of a WARC file; a corrupt record ends that file
    with a problem naming the record number, articles before it are kept."""
    number = 0
    try:
        with path.open("rb") as stream:
            for number, record in enumerate(ArchiveIterator(stream), start=1):
                if not record.rec_type:
                    yield InputProblem(
                        f"{path}:record {number}", "corrupt WARC record: no WARC-Type"
                    )
                    return
                if record.rec_type != "response" or not record.http_headers:
                    continue
                if "html" not in (record.http_headers.get_header("Content-Type") or ""):
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                yield article_from_html(
                    record.content_stream().read(), article_id=_warc_id(record),
                    where=f"{path}:record {number}", url=url, published=published,
                    max_chars=max_chars,
                )  # fmt: skip
    except (ArchiveLoadFailed, OSError, EOFError, ValueError) as err:
        reason = str(err).splitlines()[0][:120]
        yield InputProblem(f"{path}:record {number + 1}", f"corrupt WARC record: {reason}")
        return
    if number == 0:
        yield InputProblem(str(path), "no WARC records found")
