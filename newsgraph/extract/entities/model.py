"""Working types of the entities stage: mentions and clusters before they become records."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy
from spacy.attrs import IS_SPACE, LEMMA, LOWER, ORTH, POS, SENT_START
from spacy.tokens import Doc, Token

from newsgraph.extract.nlp import Hashes
from newsgraph.lexicon.entities import Org, Place

# Determiners of a phrase that introduces someone new ("a court", "some protesters"): kept
# in the mention's span, left out of a nameless group's name.
INDEFINITE = frozenset({"a", "an", "another", "one", "some", "any"})


@dataclass
class Mention:
    """One mention in token coordinates (``start:end``) with its syntactic head."""

    start: int
    end: int
    kind: str  # name | title | pronoun | nominal
    head: int
    label: str = ""  # backbone/lexicon type of a name mention
    place: Place | None = None
    org: Org | None = None


@dataclass
class Cluster:
    """One entity under construction."""

    key: tuple
    type: str
    mentions: list[Mention] = field(default_factory=list)
    roles: list[Mention] = field(default_factory=list)
    country: str | None = None
    sector: str | None = None
    gender: str | None = None
    plural: bool = False

    @property
    def first(self) -> int:
        """Token index of the first mention (entities are numbered in this order)."""
        return min(m.start for m in self.mentions)


@dataclass
class Context:
    """Per-document facts computed once and shared by the passes."""

    doc: Doc
    segment: list[int]  # sentence index per token; a newline also ends a sentence
    clusters: list[Cluster] = field(default_factory=list)
    owner: dict[int, Cluster] = field(default_factory=dict)  # token index -> cluster
    # offsets of double quotation marks and of line starts, built on first use (coref)
    quote_marks: tuple[list[int], list[int]] | None = None

    def add(self, cluster: Cluster, mention: Mention) -> None:
        """Attach a mention to a cluster and index its tokens."""
        cluster.mentions.append(mention)
        for i in range(mention.start, mention.end):
            self.owner.setdefault(i, cluster)

    def absorb(self, target: Cluster, source: Cluster) -> None:
        """Merge ``source`` into ``target``: its mentions and tokens become the target's."""
        for m in source.mentions:
            self.add(target, m)
            for i in range(m.start, m.end):
                self.owner[i] = target
        self.clusters.remove(source)


def segments(doc: Doc) -> list[int]:
    """Sentence index of every token, treating a newline (headline, paragraph) as a break.

    The backbone often runs a headline into the first sentence; pronoun distance and
    subject-hood are measured in these segments instead. Works on attribute arrays:
    creating a Token object per token would cost more than the rest of the stage.
    """
    if not len(doc):
        return []
    attrs = doc.to_array([SENT_START, IS_SPACE])
    starts = attrs[:, 0] == 1
    starts[0] = True
    for i in numpy.flatnonzero(attrs[:, 1]).tolist():
        if "\n" in doc[i].text and i + 1 < len(doc):
            starts[i + 1] = True
    return (numpy.cumsum(starts) - 1).tolist()


def candidates(doc: Doc, pos: frozenset[int], words: Hashes) -> list[int]:
    """Indices of tokens with a part of speech in ``pos`` whose lower-case form or lemma
    is one of ``words``, found on attribute arrays without creating Token objects."""
    if not len(doc):
        return []
    attrs = doc.to_array([POS, LOWER, LEMMA])
    hit = words.contain(attrs[:, 1]) | words.contain(attrs[:, 2])
    hit &= numpy.isin(attrs[:, 0], list(pos))
    return numpy.flatnonzero(hit).tolist()


def matching(doc: Doc, words: Hashes) -> list[int]:
    """Indices of tokens whose exact text is one of ``words``."""
    if not len(doc) or not len(words.sorted):
        return []
    return numpy.flatnonzero(words.contain(doc.to_array(ORTH))).tolist()


def acronym_plural(token: Token) -> bool:
    """A plural of an acronym ("MPs", "CEOs"), which the parser often tags a singular
    proper noun and leaves unlemmatised."""
    text = token.text
    return len(text) > 2 and text.endswith("s") and text[:-1].isupper()


def segment_start(segment: list[int], i: int) -> int:
    """Index of the first token of the segment holding token ``i``."""
    while i > 0 and segment[i - 1] == segment[i]:
        i -= 1
    return i


def set_off_clause(token: Token) -> bool:
    """Whether ``token`` heads a relative or participle clause set off by a comma ("the
    airline, which is the largest in China, …"): it describes what it hangs on and does not
    narrow it down."""
    left = token.left_edge.i
    return token.dep_ in ("relcl", "acl") and left > 0 and token.doc[left - 1].text == ","
