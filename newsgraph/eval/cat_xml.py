"""Reader for NewsReader CAT ``.xml`` documents (the format of the MEANTIME corpus): plain
text rebuilt from their tokens. Code only: the corpus is read at run time from the folder
given to ``newsgraph eval``.

Shared by the dev evaluations that read MEANTIME (times, entities). Sentence 0 (the
headline) and 1 (the dateline) end with a line break; body sentences are joined with a
space, with no space before closing punctuation and clitics ("'s", "n't") or after an
opening bracket or "$". MEANTIME annotates only the first sentences of an article, so the
text stops after the last sentence holding any markable (else every later prediction
would count as spurious).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass

# No space before these tokens when MEANTIME's tokens are joined back into text.
_NO_SPACE_BEFORE = frozenset({",", ".", ":", ";", "!", "?", "%", ")", "'s", "n't", "'re", "'"})
_NO_SPACE_AFTER = frozenset({"(", "$"})


@dataclass(frozen=True)
class TokenText:
    """A document's rebuilt text and where each kept token lies in it."""

    text: str
    spans: dict[str, tuple[int, int]]  # token id (t_id) -> character start, end


def rebuild_text(root: ET.Element) -> TokenText:
    """Join the tokens of a parsed MEANTIME document into text, up to the last sentence
    holding a markable (any ``token_anchor``)."""
    sentence_of = {t.get("t_id", ""): int(t.get("sentence", "0")) for t in root.iter("token")}
    marked = [sentence_of[a.get("t_id", "")] for a in root.iter("token_anchor")]
    last_sentence = max(marked, default=-1)
    spans: dict[str, tuple[int, int]] = {}
    pieces: list[str] = []
    length, previous, sentence = 0, "", "0"
    for token in root.iter("token"):
        if sentence_of[token.get("t_id", "")] > last_sentence:
            break
        word = token.text or ""
        if pieces:
            gap = "\n" if token.get("sentence") != sentence and sentence in ("0", "1") else " "
            if gap == " " and (word in _NO_SPACE_BEFORE or previous in _NO_SPACE_AFTER):
                gap = ""
            pieces.append(gap)
            length += len(gap)
        spans[token.get("t_id", "")] = (length, length + len(word))
        pieces.append(word)
        length += len(word)
        previous, sentence = word, token.get("sentence", sentence)
    return TokenText("".join(pieces), spans)


def anchored_span(element: ET.Element, spans: dict[str, tuple[int, int]]) -> tuple[int, int] | None:
    """Character span from the first to the last anchored token of a markable, or None
    when it has no anchor inside the rebuilt text."""
    found = (spans.get(a.get("t_id", "")) for a in element.iter("token_anchor"))
    anchors = [span for span in found if span is not None]
    if not anchors:
        return None
    return min(s for s, _ in anchors), max(e for _, e in anchors)
