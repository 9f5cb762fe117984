"""The search box's syntax, turned into a query SQLite FTS5 and PostgreSQL understand.

    talks negotiations        both words (in any order)
    talks OR negotiations     either word; OR binds the terms on each side of it
    "peace talks"             the words as a phrase
    negot*                    words starting with "negot"

PostgreSQL matches a prefix against the English stems it indexes ("negotiations" is stored
as "negoti"), so there a prefix finds a word only up to its stem: "negot*" does,
"negotiat*" does not. SQLite indexes words as written.

Anything else is taken as plain words: punctuation splits words as both databases' own
tokenizers do, and stray quotes, brackets or operators (``NEAR``, ``-``, ``:``) never reach
the database as syntax, so no input is a syntax error there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_TOKEN = re.compile(r'"([^"]*)"?|([^\s"]+)')
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Term:
    """One word or phrase; ``prefix``: its last word may go on ("negotiat*")."""

    words: tuple[str, ...]
    prefix: bool = False


def parse(query: str) -> list[list[Term]]:
    """The terms of a query: every group must match, one term of a group is enough."""
    groups: list[list[Term]] = []
    either = False
    for match in _TOKEN.finditer(query):
        phrase, token = match.groups()
        if token == "OR":
            either = bool(groups)  # "OR talks" at the start is just "talks"
            continue
        text = phrase if phrase is not None else token
        words = tuple(_WORD.findall(text))
        if not words:
            continue
        term = Term(words, prefix=phrase is None and token.endswith("*"))
        if either:
            groups[-1].append(term)
        else:
            groups.append([term])
        either = False
    return groups


def sqlite_query(query: str) -> str:
    """The FTS5 MATCH expression: every word quoted, so none is read as an operator."""

    def term(t: Term) -> str:
        return '"' + " ".join(t.words) + '"' + ("*" if t.prefix else "")

    return " AND ".join(_either([term(t) for t in group], " OR ") for group in parse(query))


def postgres_query(query: str) -> str:
    """The text for ``to_tsquery('english', …)``: every word quoted as a lexeme, phrases
    joined with ``<->``, a prefix marked ``:*``."""

    def term(t: Term) -> str:
        lexemes = [f"'{w}'" for w in t.words]
        if t.prefix:
            lexemes[-1] += ":*"
        return _either(lexemes, " <-> ") if len(lexemes) > 1 else lexemes[0]

    return " & ".join(_either([term(t) for t in group], " | ") for group in parse(query))


def _either(parts: list[str], operator: str) -> str:
    return parts[0] if len(parts) == 1 else "(" + operator.join(parts) + ")"
