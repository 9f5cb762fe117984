"""Drop-in versions of two spaCy components that write the same annotations, faster.

spaCy's attribute ruler and rule lemmatizer are pure Python per token: together they cost
about 15% of the whole ``en_core_web_sm`` pipeline on news text, more than every newsgraph
stage. Both stay spaCy's own classes (same patterns and lookup tables, loaded from the
model), with their per-token loop replaced:

- :class:`ArrayAttributeRuler` gathers what the matched rules write into one array per doc
  and hands it to ``Doc.from_array``, instead of building a ``Span`` and calling
  ``set_token_attrs`` for every match;
- :class:`CachedLemmatizer` lemmatizes each distinct (word, part of speech, morphology) of a
  doc once, from spaCy's own cache, instead of every token.

``load_nlp`` swaps them in through the model's config (``factory`` of the ``attribute_ruler``
and ``lemmatizer`` components), so the pipeline's order, patterns and tables are untouched.
``tests/test_components.py`` checks that every token attribute is identical to stock spaCy's
on real articles.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from spacy.attrs import IDS, LEMMA, MORPH, ORTH, POS
from spacy.errors import Errors
from spacy.lang.en import English
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

ATTRIBUTE_RULER = "newsgraph_attribute_ruler"
LEMMATIZER = "newsgraph_lemmatizer"
# spaCy's lemma cache grows with every new (word, POS, morphology) it meets; past this many
# entries it starts again, so a long crawl does not grow with its vocabulary.
LEMMA_CACHE_LIMIT = 100_000


class ArrayAttributeRuler(AttributeRuler):
    """spaCy's ``AttributeRuler`` with its one-token rules read from a table.

    Nearly all of the model's rules look at one token only ("a token tagged NNS gets
    POS NOUN and Number=Plur"). What they write depends only on the attributes they test
    (tag, lower case, dependency, …), so it is worked out once per distinct combination and
    kept; a doc then gets its writes with one ``to_array`` and one ``from_array``. Rules of
    several tokens ("gon na") still run through spaCy's ``Matcher``. As in spaCy, when rules
    overlap the later rule wins. Any pattern this cannot read (an operator, an extension
    attribute) sends the whole component back to spaCy's own path.
    """

    def __call__(self, doc: Doc) -> Doc:
        plan = self._plan()
        if plan is None or not len(doc):
            return super().__call__(doc)
        keys, inverse = np.unique(doc.to_array(plan.tested), axis=0, return_inverse=True)
        if len(plan.writes) > RULER_CACHE_LIMIT:
            plan.writes.clear()
        found = []
        for key in map(tuple, keys.tolist()):
            entry = plan.writes.get(key)
            if entry is None:
                entry = plan.writes[key] = plan.evaluate(key, self.vocab.strings)
            found.append(entry)
        inverse = inverse.ravel()
        rules = np.array([entry[0] for entry in found], dtype=np.int64)[inverse]
        values = np.array([entry[1] for entry in found], dtype=np.uint64)[inverse]
        opens = any(entry[2] for entry in found)
        for rule, start, end in plan.span_matches(doc) if opens else ():
            index = self.indices[rule]
            i = (start if index >= 0 else end) + index
            if not start <= i < end:
                return super().__call__(doc)  # raises spaCy's own error (E1001)
            for column, value in plan.rule_writes[rule]:
                if rule > rules[i, column]:
                    rules[i, column], values[i, column] = rule, value
        table = doc.to_array(plan.columns)
        written = rules >= 0
        table[written] = values[written]
        doc.from_array(plan.columns, table)
        return doc

    def _plan(self) -> _RulerPlan | None:
        """The rules compiled for :meth:`__call__`, rebuilt when rules are added."""
        cached = getattr(self, "_compiled", None)
        if cached is None or cached[0] != len(self.attrs):
            cached = self._compiled = (len(self.attrs), _RulerPlan.build(self))
        return cached[1]


# Attributes a one-token rule may test, read by hash (strings) or as 0/1 (flags).
_HASHED = frozenset({"ORTH", "TEXT", "LOWER", "NORM", "TAG", "DEP", "LEMMA", "SHAPE"})
_FLAGS = frozenset({"IS_SPACE", "IS_PUNCT", "IS_ALPHA", "IS_DIGIT", "IS_TITLE", "IS_UPPER"})
# Past this many distinct token combinations the ruler's table starts again (memory bound).
RULER_CACHE_LIMIT = 100_000


@dataclass
class _RulerPlan:
    """An attribute ruler's rules, split into one-token tests and spaCy-matched spans."""

    tested: list[int]  # attribute ids the one-token rules test: the table's key
    columns: list[int]  # attribute ids any rule writes
    tests: list[tuple[int, list[tuple[int, str, Any]]]]  # (rule, [(key column, op, value)])
    opening: list[list[tuple[int, str, Any]]]  # tests of the first token of each span rule
    rule_writes: list[list[tuple[int, int]]]  # per rule: (column, value) it writes
    matcher: Matcher | None  # the rules of several tokens
    tag_column: int | None = None  # the key column of TAG, if rules test it
    by_tag: dict[int, list[tuple[int, list[tuple[int, str, Any]]]]] = field(default_factory=dict)
    writes: dict[tuple[int, ...], tuple[list[int], list[int], bool]] = field(default_factory=dict)

    @classmethod
    def build(cls, ruler: AttributeRuler) -> _RulerPlan | None:
        """Compile ``ruler``'s rules, or None if one uses a pattern this cannot read."""
        if any("_" in attrs for attrs in ruler.attrs):
            return None
        columns = sorted({attr for attrs in ruler.attrs for attr in attrs})
        where = {attr: n for n, attr in enumerate(columns)}
        rule_writes = [[(where[a], int(v)) for a, v in attrs.items()] for attrs in ruler.attrs]
        singles: list[tuple[int, dict[str, Any]]] = []
        openers: list[dict[str, Any]] = []  # the first token of each rule of several tokens
        matcher = Matcher(ruler.vocab)
        for rule, entry in enumerate(ruler.patterns):
            for pattern in entry["patterns"]:
                if len(pattern) == 1 and "OP" not in pattern[0] and ruler.indices[rule] in (0, -1):
                    singles.append((rule, pattern[0]))
                    continue
                if "OP" in pattern[0]:
                    return None  # an optional first token: any token may open a match
                matcher.add(str(rule), [pattern])
                openers.append(pattern[0])
        specs = [spec for _, spec in singles] + openers
        names = sorted({name.upper() for spec in specs for name in spec})
        if not set(names) <= _HASHED | _FLAGS:
            return None
        position = {name: n for n, name in enumerate(names)}

        def checks(spec: dict[str, Any]) -> list[tuple[int, str, Any]] | None:
            read = [
                _check(position[name.upper()], name.upper(), value, ruler.vocab.strings)
                for name, value in spec.items()
            ]
            return None if None in read else read  # type: ignore[return-value]

        tests = [(rule, checks(spec)) for rule, spec in singles]
        opening = [checks(spec) for spec in openers]
        if any(c is None for _, c in tests) or any(c is None for c in opening):
            return None
        tested = [IDS["ORTH" if name == "TEXT" else name] for name in names]
        return cls(
            tested,
            columns,
            tests,  # type: ignore[arg-type]
            opening,  # type: ignore[arg-type]
            rule_writes,
            matcher if openers else None,
            position.get("TAG"),
        )

    def evaluate(self, key: tuple[int, ...], strings: Any) -> tuple[list[int], list[int], bool]:
        """For a token with ``key``'s attributes: per written column, the last one-token
        rule that matches and the value it writes (rule -1: none); and whether the token
        can open a rule of several tokens."""
        rules, values = [-1] * len(self.columns), [0] * len(self.columns)
        for rule, checks in self._tests_for(key):
            if _all_pass(key, checks, strings):
                for column, written in self.rule_writes[rule]:
                    rules[column], values[column] = rule, written
        opens = any(_all_pass(key, checks, strings) for checks in self.opening)
        return rules, values, opens

    def _tests_for(self, key: tuple[int, ...]) -> list[tuple[int, list[tuple[int, str, Any]]]]:
        """The tests that can pass for ``key``, in rule order: most rules name one tag, so
        only those of the key's tag and those naming none are tried."""
        if self.tag_column is None:
            return self.tests
        tag = key[self.tag_column]
        tests = self.by_tag.get(tag)
        if tests is None:
            tests = self.by_tag[tag] = [
                (rule, checks)
                for rule, checks in self.tests
                if not any(c == self.tag_column and op == "==" and v != tag for c, op, v in checks)
            ]
        return tests

    def span_matches(self, doc: Doc) -> list[tuple[int, int, int]]:
        """(rule, start, end) of the several-token rules that match ``doc``."""
        if self.matcher is None:
            return []
        strings = doc.vocab.strings
        return [(int(strings[m]), s, e) for m, s, e in self.matcher(doc, allow_missing=True)]


def _check(column: int, name: str, value: Any, strings: Any) -> tuple[int, str, Any] | None:
    """One token test as (key column, operator, operand), or None if it is not readable.
    Strings are compared by their id in ``strings`` (a symbol's id is not its hash)."""
    if name in _FLAGS:
        return (column, "==", int(value)) if isinstance(value, bool) else None
    if isinstance(value, str):
        return column, "==", strings.add(value)
    if isinstance(value, dict) and len(value) == 1:
        ((op, operand),) = value.items()
        if op in ("IN", "NOT_IN") and all(isinstance(v, str) for v in operand):
            return column, op, frozenset(strings.add(v) for v in operand)
        if op == "REGEX" and isinstance(operand, str):
            return column, op, re.compile(operand)
    return None


def _all_pass(key: tuple[int, ...], checks: list[tuple[int, str, Any]], strings: Any) -> bool:
    return all(_passes(key[column], op, operand, strings) for column, op, operand in checks)


def _passes(have: int, op: str, operand: Any, strings: Any) -> bool:
    if op == "==":
        return have == operand
    if op == "IN":
        return have in operand
    if op == "NOT_IN":
        return have not in operand
    return bool(operand.search(strings[have])) if have else False


class CachedLemmatizer(EnglishLemmatizer):
    """spaCy's English rule lemmatizer, run once per distinct (word, POS, morphology) of a
    doc. spaCy's lemma is a function of exactly these three (its own cache key), so the
    lemmas are the same; base forms, which spaCy recomputes every time, are cached too."""

    def __call__(self, doc: Doc) -> Doc:
        if not self._validated:
            self._validate_tables(Errors.E1004)
        if self.mode != "rule" or not len(doc):
            return super().__call__(doc)
        table = doc.to_array([ORTH, POS, MORPH, LEMMA])
        rows = np.arange(len(doc)) if self.overwrite else np.flatnonzero(table[:, 3] == 0)
        if not len(rows):
            return doc
        keys, first, inverse = np.unique(
            table[rows, :3], axis=0, return_index=True, return_inverse=True
        )
        if len(self.cache) > LEMMA_CACHE_LIMIT:
            self.cache.clear()
        add = self.vocab.strings.add
        lemmas = np.empty(len(keys), dtype=np.uint64)
        for n, key in enumerate(map(tuple, keys.tolist())):
            forms = self.cache.get(key)
            if forms is None:
                forms = self.cache[key] = self.lemmatize(doc[int(rows[first[n]])])
            lemmas[n] = add(forms[0])
        table[rows, 3] = lemmas[inverse.ravel()]
        doc.from_array([LEMMA], table[:, 3])
        return doc


@English.factory(
    ATTRIBUTE_RULER,
    default_config={"validate": False, "scorer": {"@scorers": "spacy.attribute_ruler_scorer.v1"}},
)
def make_attribute_ruler(
    nlp: English, name: str, validate: bool, scorer: Callable[..., Any] | None
) -> ArrayAttributeRuler:
    """Factory for :class:`ArrayAttributeRuler` (same settings as spaCy's)."""
    return ArrayAttributeRuler(nlp.vocab, name, validate=validate, scorer=scorer)


@English.factory(
    LEMMATIZER,
    default_config={
        "model": None,
        "mode": "rule",
        "overwrite": False,
        "scorer": {"@scorers": "spacy.lemmatizer_scorer.v1"},
    },
)
def make_lemmatizer(
    nlp: English,
    model: Any,
    name: str,
    mode: str,
    overwrite: bool,
    scorer: Callable[..., Any] | None,
) -> CachedLemmatizer:
    """Factory for :class:`CachedLemmatizer` (same settings as spaCy's)."""
    return CachedLemmatizer(nlp.vocab, model, name, mode=mode, overwrite=overwrite, scorer=scorer)


# The model's config, with the two components built by the factories above.
FAST_COMPONENTS = {
    "components": {
        "attribute_ruler": {"factory": ATTRIBUTE_RULER},
        "lemmatizer": {"factory": LEMMATIZER},
    }
}
