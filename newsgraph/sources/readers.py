"""The one table of input formats: file suffix → reader. It drives reading (``analyze``,
``ingest``, ``scale``), counting for progress bars, the expansion of folders and the
inputs named in the CLI help. A new input format is one reader function and one row here.

A reader takes the file (a :class:`~pathlib.Path`, or a
:class:`~newsgraph.sources.uri.StreamPath` for URIs) and :class:`ReadOptions`, and yields
articles and problems; it never raises on bad content.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsgraph.record import Article
from newsgraph.sources.common import MAX_CHARS, InputProblem, decode
from newsgraph.sources.files import read_jsonl, read_txt

Item = Article | InputProblem


@dataclass(frozen=True)
class ReadOptions:
    """How to read one file: its article id (a JSONL line without one gets ``<id>-<line>``),
    whether a ``.txt`` file's first line is its headline, the date for articles without
    their own, and the longest text accepted."""

    article_id: str
    title_line: bool = False
    published: str | None = None
    max_chars: int = MAX_CHARS


@dataclass(frozen=True)
class Reader:
    """One input format: what it is (for help texts), how to read it, and how many articles
    a file holds at most (None: unknown until read)."""

    what: str
    read: Callable[[Any, ReadOptions], Iterator[Item]]
    count: Callable[[Any], int | None]


def _data(path: Any, options: ReadOptions, *, whole: bool) -> tuple[bytes | None, Item | None]:
    """The bytes of a file, or the problem that stops reading it. A file read as one
    article (``whole``) far over the character limit is refused without reading it."""
    try:
        size = path.stat().st_size
        if whole and size > 4 * options.max_chars:
            limit = f"the limit is {options.max_chars:,} characters"
            return None, InputProblem(str(path), f"text too long ({size:,} bytes; {limit})")
        with path.open("rb") as stream:
            return stream.read(), None
    except OSError as err:
        return None, InputProblem(str(path), f"cannot read: {err.strerror or err}")


def _parsed(
    path: Any, options: ReadOptions, parse: Callable[[str], Iterator[Item]], *, whole: bool
) -> Iterator[Item]:
    """The items ``parse`` reads from a file's decoded text, after any problem with it."""
    data, problem = _data(path, options, whole=whole)
    if problem:
        yield problem
    if data is None:
        return
    text, problem = decode(data, str(path))
    if problem:
        yield problem
    if text is not None:
        yield from parse(text)


def _read_txt(path: Any, options: ReadOptions) -> Iterator[Item]:
    def parse(text: str) -> Iterator[Item]:
        return read_txt(
            path, text, title_line=options.title_line, published=options.published,
            max_chars=options.max_chars, article_id=options.article_id,
        )  # fmt: skip

    return _parsed(path, options, parse, whole=True)


def _read_jsonl(path: Any, options: ReadOptions) -> Iterator[Item]:
    def parse(text: str) -> Iterator[Item]:
        return read_jsonl(
            path, text, article_id=options.article_id, published=options.published,
            max_chars=options.max_chars,
        )  # fmt: skip

    return _parsed(path, options, parse, whole=False)


def _read_html(path: Any, options: ReadOptions) -> Iterator[Item]:
    from newsgraph.sources import web  # trafilatura is slow to import; only when needed

    data, problem = _data(path, options, whole=True)
    if data is None:
        yield problem  # type: ignore[misc]
        return
    yield web.article_from_html(
        data, article_id=options.article_id, where=str(path), published=options.published,
        max_chars=options.max_chars,
    )  # fmt: skip


def _read_warc(path: Any, options: ReadOptions) -> Iterator[Item]:
    from newsgraph.sources import web

    yield from web.read_warc(path, published=options.published, max_chars=options.max_chars)


def _read_parquet(path: Any, options: ReadOptions) -> Iterator[Item]:
    from newsgraph.sources.parquet import read_parquet

    yield from read_parquet(str(path), published=options.published, max_chars=options.max_chars)


def _one(_path: Any) -> int:
    return 1


def _lines(path: Any) -> int:
    with path.open("rb") as stream:
        return sum(1 for line in stream if line.strip())


def _unknown(_path: Any) -> None:
    return None


def _parquet_rows(path: Any) -> int:
    from newsgraph.sources.parquet import count_rows

    return count_rows(str(path))


_TXT = Reader("one article; --title-line takes line 1 as the headline", _read_txt, _one)
_JSONL = Reader(
    'one article per line: {"id", "text", "title", "published", "source", "url"}',
    _read_jsonl,
    _lines,
)
_HTML = Reader("a web page: main text, title, date, site and URL", _read_html, _one)
_WARC = Reader("a web crawl: every HTML response", _read_warc, _unknown)
_PARQUET = Reader(
    "columns id, text and optionally the other article fields", _read_parquet, _parquet_rows
)

# Suffix -> reader; the longest matching suffix wins (".warc.gz" before ".gz").
READERS: dict[str, Reader] = {
    ".txt": _TXT,
    ".jsonl": _JSONL,
    ".html": _HTML,
    ".htm": _HTML,
    ".warc": _WARC,
    ".warc.gz": _WARC,
    ".parquet": _PARQUET,
}
SUFFIXES = tuple(READERS)


def reader_for(name: str) -> Reader | None:
    """The reader of a file name or URI by its suffix, or None when no reader takes it."""
    matches = [suffix for suffix in READERS if name.endswith(suffix)]
    return READERS[max(matches, key=len)] if matches else None


def inputs_help() -> str:
    """The input formats as the CLI help names them: ".txt .jsonl .html .htm …"."""
    return " ".join(SUFFIXES)


def read_file(path: Any, options: ReadOptions, *, fallback: Reader | None = None) -> Iterator[Item]:
    """The articles and problems of one file, read by the reader of its suffix (else by
    ``fallback``; without one, an unknown suffix is a problem)."""
    reader = reader_for(str(path)) or fallback
    if reader is None:
        yield InputProblem(str(path), f"unsupported file: use {inputs_help()}")
        return
    yield from reader.read(path, options)


def _expand(path: Path) -> Iterator[tuple[Path, str]]:
    """Files to read with their article ids: the stem for a file given by name, the path
    below the folder without its suffix for a file found in one ("business/002"), so files
    of the same name in different folders stay different articles."""
    if not path.is_dir():
        yield path, path.stem
        return
    found = sorted(p for p in path.rglob("*") if p.name.endswith(SUFFIXES) and p.is_file())
    for file in found:
        relative = file.relative_to(path).as_posix()
        yield file, relative[: -len(file.suffix)] if file.suffix else relative


def count_articles(paths: list[str]) -> int | None:
    """How many articles ``read_articles`` will yield at most (one per text or HTML file,
    one per JSON line or Parquet row), for progress bars; None when it cannot be known up
    front (stdin, WARC)."""
    total = 0
    for name in paths:
        if name == "-":
            return None
        if not Path(name).exists():
            continue  # reported as a problem when read
        for path, _ in _expand(Path(name)):
            reader = reader_for(path.name)
            count = reader.count(path) if reader is not None else 0
            if count is None:
                return None
            total += count
    return total


def read_articles(
    paths: list[str],
    *,
    title_line: bool = False,
    published: str | None = None,
    max_chars: int = MAX_CHARS,
) -> Iterator[Item]:
    """Yield articles (and problems) from files, folders and ``-`` (stdin), in order.

    Args:
        paths: file or folder paths; ``-`` reads one article from stdin.
        title_line: treat the first line of a ``.txt`` article as its headline.
        published: ISO date for articles that carry none of their own.
        max_chars: refuse texts longer than this.

    An id met again in the same batch (a WARC-Record-ID copied into two files, a JSONL id
    used twice) is a problem and that article is skipped: one id names one article, one
    output file and one stored record.
    """
    seen: set[str] = set()
    for item in _read_paths(paths, title_line=title_line, published=published, max_chars=max_chars):
        if isinstance(item, Article):
            if item.id in seen:
                yield InputProblem(
                    f"id {item.id!r}", "this id was already read in this batch; skipped"
                )
                continue
            seen.add(item.id)
        yield item


def _read_paths(
    paths: list[str], *, title_line: bool, published: str | None, max_chars: int
) -> Iterator[Item]:
    for name in paths:
        if name == "-":
            text, problem = decode(sys.stdin.buffer.read(), "<stdin>")
            if problem:
                yield problem
            if text is not None:
                yield from read_txt(
                    Path("stdin"),
                    text,
                    title_line=title_line,
                    published=published,
                    max_chars=max_chars,
                )
            continue
        root = Path(name)
        if not root.exists():
            yield InputProblem(name, "no such file or folder")
            continue
        for path, article_id in _expand(root):
            options = ReadOptions(article_id, title_line, published, max_chars)
            # A file named on the command line is read as text whatever its suffix.
            yield from read_file(path, options, fallback=_TXT)
