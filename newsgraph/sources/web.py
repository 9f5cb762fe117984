"""HTML pages and WARC crawls: main text and metadata extracted with trafilatura.

trafilatura does boilerplate removal, title, date, site name and URL extraction; warcio
reads (gzipped) WARC files record by record. Neither is ours to rewrite.
"""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterator
from pathlib import Path

import trafilatura
from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from newsgraph.record import Article, parse_published
from newsgraph.sources.common import InputProblem, check_text

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


_GZIP_MAGIC = b"\x1f\x8b"


def _starts_like_warc(path: Path) -> bool:
    """Whether the file (gunzipped, if gzipped) begins with a WARC/1.x header. Only
    ``path.open`` is used, so a remote file (:class:`~newsgraph.sources.uri.StreamPath`)
    goes through the same reader."""
    with path.open("rb") as raw:
        head = raw.read(5)
    if head[:2] != _GZIP_MAGIC:
        return head == b"WARC/"
    try:
        with path.open("rb") as raw, gzip.GzipFile(fileobj=raw) as stream:
            return stream.read(5) == b"WARC/"
    except (EOFError, OSError, zlib.error):
        return False


def _response_article(
    record, where: str, published: str | None, max_chars: int
) -> Article | InputProblem | None:
    """The article of an HTML response record; None for any other record."""
    if record.rec_type != "response" or not record.http_headers:
        return None
    if "html" not in (record.http_headers.get_header("Content-Type") or ""):
        return None
    return article_from_html(
        record.content_stream().read(), article_id=_warc_id(record), where=where,
        url=record.rec_headers.get_header("WARC-Target-URI"), published=published,
        max_chars=max_chars,
    )  # fmt: skip


def _warc_id(record) -> str:
    record_id = record.rec_headers.get_header("WARC-Record-ID") or ""
    return record_id.strip("<>").removeprefix("urn:uuid:") or "warc-record"


def read_warc(
    path: Path, *, published: str | None, max_chars: int
) -> Iterator[Article | InputProblem]:
    """Articles from the HTML responses of a WARC file. A file that is no WARC is a
    problem naming it; a record cut short (the file ends inside it) is a problem naming
    the record and is not read; the whole records before it are kept."""
    if not _starts_like_warc(path):
        yield InputProblem(str(path), "not a WARC file (it does not start with a WARC/1.x header)")
        return
    number = 0
    try:
        with path.open("rb") as stream:
            records = ArchiveIterator(stream)
            for number, record in enumerate(records, start=1):
                where = f"{path}:record {number}"
                if not record.rec_type:
                    yield InputProblem(where, "corrupt WARC record: no WARC-Type")
                    return
                article = _response_article(record, where, published, max_chars)
                records.read_to_end(record)
                if getattr(record.raw_stream, "limit", 0) > 0:  # its block ends early
                    yield InputProblem(where, "WARC record cut short (the file ends in it)")
                    return
                if article is not None:
                    yield article
    except (ArchiveLoadFailed, OSError, EOFError, ValueError, AttributeError, TypeError) as err:
        # warcio fails in several ways on a record cut inside its headers
        reason = str(err).splitlines()[0][:120]
        if isinstance(err, AttributeError | TypeError):
            reason = "its headers are cut short or malformed"
        yield InputProblem(f"{path}:record {number + 1}", f"corrupt WARC record: {reason}")
        return
    if number == 0:
        yield InputProblem(str(path), "no WARC records found")
