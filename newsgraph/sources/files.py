"""Plain-text and JSON Lines readers (a decoded text in, articles and problems out).

- ``X.txt`` is one article with id ``X`` (``title_line=True``: line 1 is the headline);
  stdin is read the same way (id ``stdin``).
- ``X.jsonl`` holds one article per line: ``{"id","text","title","published","source","url"}``;
  only ``text`` is required, a missing id becomes ``X-<line>``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import PurePath

from newsgraph.record import Article
from newsgraph.sources.common import MAX_CHARS, InputProblem, make_article


def read_txt(
    path: PurePath,
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
    yield from make_article(fields, str(path), max_chars=max_chars)


def read_jsonl(
    path: PurePath,
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
        yield from make_article(fields, where, max_chars=max_chars)
