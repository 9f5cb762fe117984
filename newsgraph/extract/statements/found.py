"""The working record of one statement before entities, carriers and ids are attached."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

Range = tuple[int, int]  # character offsets, end exclusive


@dataclass
class Found:
    """A statement as the rules find it: character ranges and the tokens they came from."""

    kind: str  # direct | indirect | mixed | no_comment (direct/mixed settled by quotes)
    cue: Range | None
    speaker: Range | None
    content: Range | None
    cue_token: Token | None = None
    speaker_head: Range | None = None  # the speaker's head word, for entity lookup
    content_root: Token | None = None
    addressee: Range | None = None
    carriers: list[Range] = field(default_factory=list)  # outlets, innermost first
    inherited: bool = False  # speaker taken from the previous statement
    relative: Range | None = None  # "who"/"which" standing for the speaker
    members: list[Range] = field(default_factory=list)  # heads of a coordinated speaker
    speaker_unnamed: bool = False  # the head is a common noun with no name ("his spokesman")


def char_range(tokens: Span | Doc | list[Token]) -> Range:
    """Character range of a run of tokens (first token start to last token end)."""
    first, last = tokens[0], tokens[-1]
    return first.idx, last.idx + len(last.text)


def token_range(token: Token) -> Range:
    return token.idx, token.idx + len(token.text)


def trim(text: str, start: int, end: int) -> Range | None:
    """Drop outer spaces and the punctuation that PolNeAR keeps out of a content span.

    A closing quote mark ends the span (the comma inside ``"…,"`` stays with the quote).
    """
    strip = " \t\n\r,.;:—–-"
    while start < end and (text[start] in strip or text[start] in ")]"):
        start += 1
    while end > start and text[end - 1] in strip:
        end -= 1
    return (start, end) if end > start else None
