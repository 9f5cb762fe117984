"""Plain-text, JSON Lines and stdin readers.

- ``X.txt`` is one article with id ``X`` (``title_line=True``: line 1 is the headline).
- ``X.jsonl`` holds one article per line: ``{"id","text","title","published","source","url"}``;
  only ``text`` is required, a missing id becomes ``X-<line>``.
- ``-`` reads one article from stdin (id ``stdin``).
- A folder is read recursively for ``.txt`` and ``.jsonl`` files, in sorted order.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from newsgraph.record import UNSTORABLE, Article

# A news article is rarely over 100k characters; spaCy's parser needs about 1 GB of
# temporary memory per 100k characters, so far larger inputs are refused, not parsed.
MAX_CHARS = 1_000_000
READABLE_SUFFIXES = (".txt", ".jsonl", ".html", ".htm", ".warc", ".warc.gz")


@dataclass(frozen=True)
class InputProblem:
    """Something wrong with one input: where (``file`` or ``file:line``) and what."""

    where: str
    message: str
    fatal: bool = True  # False: a warning, the article is still analyzed

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


def parse_published(value: str | None) -> str | None:
    """Normalise a publication date to ``YYYY-MM-DD``.

    Accepts an ISO date or an ISO datetime (its date part is kept).

    Raises:
        ValueError: naming the bad value and the expected form.
    """
    if value is None or value == "":
        return None
    try:  # "2023-07-04", or the date part of "2025-03-14 20:28:39Z"
        return dt.datetime.fromisoformat(str(value).strip()).date().isoformat()
    except ValueError:
        raise ValueError(f"invalid published date {value!r}: expected YYYY-MM-DD") from None


def decode(data: bytes, where: str) -> tuple[str | None, InputProblem | None]:
    """Decode bytes as UTF-8; refuse binary data, replace undecodable bytes with a warning."""
    if b"\x00" in data[:8192]:
        return None, InputProblem(where, "looks like a binary file (NUL bytes); skipped")
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as err:
        text = data.decode("utf-8", errors="replace")
        warning = (
            f"not valid UTF-8 (first bad byte at offset {err.start}); decoded with replacement"
        )
        return text, InputProblem(where, warning, fatal=False)


def check_text(text: str, where: str, *, max_chars: int = MAX_CHARS) -> InputProblem | None:
    """The problem that stops this text being analyzed, or None."""
    if not text.strip():
        return InputProblem(where, "empty text")
    if len(text) > max_chars:
        return InputProblem(
            where, f"text too long ({len(text):,} characters; the limit is {max_chars:,})"
        )
    return None


def _article_or_problem(
    fields: dict, where: str, *, max_chars: int
) -> Iterator[Article | InputProblem]:
    problem = check_text(fields["text"], where, max_chars=max_chars)
    if problem:
        yield problem
        return
    try:
        fields["published"] = parse_published(fields.get("published"))
        article = Article(**fields)
    except ValidationError as err:
        yield InputProblem(where, "; ".join(_field_error(e) for e in err.errors()))
        return
    except ValueError as err:
        yield InputProblem(where, str(err).splitlines()[0])
        return
    if any(UNSTORABLE.search(v) for v in fields.values() if isinstance(v, str)):
        yield InputProblem(
            where, "NUL or lone surrogate characters replaced by U+FFFD", fatal=False
        )
    yield article


def _field_error(error: Any) -> str:
    """ "title: Input should be a valid string" from one pydantic error."""
    field = ".".join(str(part) for part in error["loc"]) or "article"
    return f"{field}: {error['msg']}"


def read_txt(
    path: Path,
    text: str,
    *,
    title_line: bool = False,
    published: str | None = None,
    max_chars: int = MAX_CHARS,
    article_id: str | None = None,
) -> Iterator[Article | InputProblem]:
    """One article from a plain text (already decoded)."""
    title = None
    if title_line and "\n" in text:
        # Offsets index the whole text, so the headline stays in it; title is a copy.
        title = text.split("\n", 1)[0].strip() or None
    fields = {"id": article_id or path.stem, "text": text, "title": title, "published": published}
    yield from _article_or_problem(fields, str(path), max_chars=max_chars)


def read_jsonl(
    path: Path,
    text: str,
    *,
    article_id: str | None = None,
    published: str | None = None,
    max_chars: int = MAX_CHARS,
) -> Iterator[Article | InputProblem]:
    """Articles from JSON Lines text; each bad line becomes a problem naming its number.
    A line without an id gets ``<article_id or file stem>-<line number>``."""
    # JSON Lines end lines with "\n" only: U+2028 and U+2029 may sit inside a string.
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as err:
            yield InputProblem(where, f"not valid JSON ({err.msg} at column {err.colno})")
            continue
        except RecursionError:
            yield InputProblem(where, "not valid JSON (nested too deeply)")
            continue
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
            yield InputProblem(where, 'no "text" field (a string) in this JSON line')
            continue
        given = obj.get("id")
        if given is not None and (isinstance(given, bool) or not isinstance(given, str | int)):
            yield InputProblem(where, f'"id" must be a string or a whole number, got {given!r}')
            continue
        fields = {
            "id": str(given) if given not in (None, "") else f"{article_id or path.stem}-{number}",
            "text": obj["text"],
            "title": obj.get("title"),
            "published": obj.get("published") or published,
            "source": obj.get("source"),
            "url": obj.get("url"),
        }
        yield from _article_or_problem(fields, where, max_chars=max_chars)


def _expand(path: Path) -> Iterator[tuple[Path, str]]:
    """Files to read with their article ids: the stem for a file given by name, the path
    below the folder without its suffix for a file found in one ("business/002"), so files
    of the same name in different folders stay different articles."""
    if not path.is_dir():
        yield path, path.stem
        return
    found = sorted(p for p in path.rglob("*") if p.name.endswith(READABLE_SUFFIXES) and p.is_file())
    for file in found:
        relative = file.relative_to(path).as_posix()
        yield file, relative[: -len(file.suffix)] if file.suffix else relative


def count_articles(paths: list[str]) -> int | None:
    """How many articles ``read_articles`` will yield at most (one per text or HTML file,
    one per JSON line), for progress bars; None when it cannot be known up front (stdin,
    WARC)."""
    total = 0
    for name in paths:
        if name == "-":
            return None
        if not Path(name).exists():
            continue  # reported as a problem when read
        for path, _ in _expand(Path(name)):
            if path.name.endswith((".warc", ".warc.gz")):
                return None
            if path.suffix == ".jsonl":
                with path.open("rb") as stream:
                    total += sum(1 for line in stream if line.strip())
            else:
                total += 1
    return total


def read_articles(
    paths: list[str],
    *,
    title_line: bool = False,
    published: str | None = None,
    max_chars: int = MAX_CHARS,
) -> Iterator[Article | InputProblem]:
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
) -> Iterator[Article | InputProblem]:
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
            yield from _read_file(
                path, article_id, title_line=title_line, published=published, max_chars=max_chars
            )


def _read_file(
    path: Path, article_id: str, *, title_line: bool, published: str | None, max_chars: int
) -> Iterator[Article | InputProblem]:
    from newsgraph.sources import web  # trafilatura is slow to import; only when needed

    if path.name.endswith(web.WARC_SUFFIXES):
        yield from web.read_warc(path, published=published, max_chars=max_chars)
        return
    try:
        if path.suffix != ".jsonl" and path.stat().st_size > 4 * max_chars:
            size = path.stat().st_size
            limit = f"the limit is {max_chars:,} characters"
            yield InputProblem(str(path), f"text too long ({size:,} bytes; {limit})")
            return
        data = path.read_bytes()
    except OSError as err:
        yield InputProblem(str(path), f"cannot read: {err.strerror or err}")
        return
    if path.suffix in web.HTML_SUFFIXES:
        yield from web.read_html(
            path, data, article_id=article_id, published=published, max_chars=max_chars
        )
        return
    text, problem = decode(data, str(path))
    if problem:
        yield problem
    if text is None:
        return
    if path.suffix == ".jsonl":
        yield from read_jsonl(
            path, text, article_id=article_id, published=published, max_chars=max_chars
        )
    else:
        yield from read_txt(
            path, text, title_line=title_line, published=published, max_chars=max_chars,
            article_id=article_id,
        )  # fmt: skip
