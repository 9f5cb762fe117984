"""What every reader shares: the problem type, decoding, the text checks and the one
place an :class:`~newsgraph.record.Article` is built from a reader's fields."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from newsgraph.record import UNSTORABLE, Article

# A news article is rarely over 100k characters; spaCy's parser needs about 1 GB of
# temporary memory per 100k characters, so far larger inputs are refused, not parsed.
MAX_CHARS = 1_000_000


@dataclass(frozen=True)
class InputProblem:
    """Something wrong with one input: where (``file`` or ``file:line``) and what."""

    where: str
    message: str
    fatal: bool = True  # False: a warning, the article is still analyzed

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


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


def make_article(fields: dict, where: str, *, max_chars: int) -> Iterator[Article | InputProblem]:
    """The :class:`Article` of a reader's fields, or the problems that stop it (an empty or
    too long text, a field the model refuses, such as a bad ``published``), and a warning
    when characters had to be replaced. Every reader builds its articles here."""
    problem = check_text(fields["text"], where, max_chars=max_chars)
    if problem:
        yield problem
        return
    try:
        article = Article(**fields)
    except ValidationError as err:
        yield InputProblem(where, field_errors(err))
        return
    if any(UNSTORABLE.search(v) for v in fields.values() if isinstance(v, str)):
        yield InputProblem(
            where, "NUL or lone surrogate characters replaced by U+FFFD", fatal=False
        )
    yield article


def field_errors(err: ValidationError) -> str:
    """ "title: Input should be a valid string; published: invalid published date …" from
    the errors of an :class:`Article` refused by pydantic."""
    return "; ".join(_field_error(e) for e in err.errors())


def _field_error(error: Any) -> str:
    field = ".".join(str(part) for part in error["loc"]) or "article"
    # A validator's own message ("invalid published date …") reads without pydantic's prefix.
    return f"{field}: {error['msg'].removeprefix('Value error, ')}"
