"""Quote marks: find quoted stretches of text without trusting the marks to be balanced.

News text mixes straight, curly, doubled-apostrophe (``''``) and guillemet quote marks,
HTML entities, inch marks (6'2") and stray marks. The scanner pairs marks per paragraph and
lets a quote that is still open at the end of a paragraph run on when the next paragraph
opens with a quote mark (the typographic convention for multi-paragraph quotes).
"""

from __future__ import annotations

import re
from typing import NamedTuple

# Longer alternatives first so "&quot;" is not read as "&" + "quot;" and "''" as two marks.
_MARK = re.compile(r"&quot;|&#34;|&#822[01];|&[lr]dquo;|''|``|[\"“”„«»]|[‘’']")
_OPENERS = frozenset({"“", "„", "«", "``", "&ldquo;", "&#8220;"})
_CLOSERS = frozenset({"”", "»", "&rdquo;", "&#8221;"})
_SINGLE = frozenset({"‘", "’", "'"})
_OPEN_CONTEXT = frozenset(" \t\n([{—–-/:")
_SENTENCE_ENDS = frozenset(".!?")
_PARAGRAPH = re.compile(r"\n\s*\n|\n(?=\s*\S)")


class Quote(NamedTuple):
    """A quoted stretch, marks included (``text[start:end]``)."""

    start: int
    end: int


def _role(text: str, mark: str, start: int, end: int) -> str:
    """Classify one mark as "open", "close" or "either" from the characters around it."""
    if mark in _OPENERS:
        return "open"
    if mark in _CLOSERS:
        return "close"
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    if mark in _SINGLE:
        if mark == "‘" or (before in _OPEN_CONTEXT and after.isalnum()):
            return "open"
        return "close" if not after.isalnum() else "none"  # apostrophe inside a word
    if before in _OPEN_CONTEXT and not after.isspace():
        return "open"
    if not before.isspace():
        return "close"
    return "either"


def _paragraphs(text: str) -> list[tuple[int, int]]:
    bounds, start = [], 0
    for match in _PARAGRAPH.finditer(text):
        bounds.append((start, match.start()))
        start = match.end()
    bounds.append((start, len(text)))
    return [(s, e) for s, e in bounds if text[s:e].strip()]


def _scan(text: str, start: int, end: int) -> tuple[list[Quote], int | None, bool]:
    """Pair double marks (and top-level single marks) inside one paragraph.

    Returns the closed quotes, the offset of a quote still open at the end, and whether that
    open quote began the paragraph.
    """
    quotes: list[Quote] = []
    opened: int | None = None
    kind = ""  # "double" or "single" for the quote currently open
    depth = 0
    first = True
    for match in _MARK.finditer(text, start, end):
        mark, role = match.group(), _role(text, match.group(), match.start(), match.end())
        single = mark in _SINGLE
        at_paragraph_start = first and not text[start : match.start()].strip()
        first = False
        if opened is None:
            if single and role != "open":
                continue
            if role == "close" and not at_paragraph_start:
                continue  # stray closer
            if role in ("open", "either", "close") and not _is_inch(text, match.start()):
                opened, kind, depth = match.start(), "single" if single else "double", 0
            continue
        if single != (kind == "single"):
            continue  # the other kind of mark nested inside this quote
        if not single and not depth and role == "open" and _after_sentence(text, opened, match):
            # "We lost. "Next year …": the writer opens each sentence of a quote and
            # leaves the one before open; it ends with its sentence
            quotes.append(Quote(opened, _rstrip(text, opened, match.start())))
            opened = match.start()
            continue
        if role == "open" and mark in _OPENERS:
            depth += 1
            continue
        if role == "none":
            continue
        if depth and mark in _CLOSERS:
            depth -= 1
            continue
        if role in ("close", "either") or (role == "open" and not single):
            quotes.append(Quote(opened, match.end()))
            opened = None
    began = opened is not None and not text[start:opened].strip()
    return quotes, opened, began


def _opens_sentence(text: str, start: int, opened: int) -> bool:
    """Does the quote at ``opened`` follow a colon, a comma or a finished sentence?"""
    before = text[max(start, opened - 2) : opened].strip()
    return before in (":", ",") or before[-1:] in _SENTENCE_ENDS


def _after_sentence(text: str, opened: int, match: re.Match[str]) -> bool:
    """Does an opening mark follow a finished sentence of the quote open at ``opened``?"""
    before = text[opened + 1 : match.start()]
    return before[-1:].isspace() and before.rstrip()[-1:] in _SENTENCE_ENDS


def _is_inch(text: str, offset: int) -> bool:
    """A mark right after a digit (6'2", a 12" pipe) measures, it does not quote."""
    return offset > 0 and text[offset - 1].isdigit()


def find_quotes(text: str) -> list[Quote]:
    """Every quoted stretch of ``text`` in order, marks included; never raises.

    A paragraph whose quote is not closed continues into the next paragraph when that one
    opens with a quote mark; otherwise the quote ends with its paragraph if it opened the
    paragraph (or followed a colon), and is dropped as a stray mark if not.
    """
    quotes: list[Quote] = []
    carried: int | None = None
    paragraphs = _paragraphs(text)
    for index, (start, end) in enumerate(paragraphs):
        found, opened, began = _scan(text, start, end)
        if carried is not None:
            if found:
                found[0] = Quote(carried, found[0].end)
            elif opened is not None:
                opened = carried
            else:
                found, opened = [Quote(carried, _rstrip(text, start, end))], None
            carried = None
        quotes.extend(found)
        if opened is None:
            continue
        nxt = paragraphs[index + 1][0] if index + 1 < len(paragraphs) else None
        if nxt is not None and _MARK.match(text, nxt) and text[nxt] not in _SINGLE:
            carried = opened
        elif began or _opens_sentence(text, start, opened):
            quotes.append(Quote(opened, _rstrip(text, start, end)))
    return quotes


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end
