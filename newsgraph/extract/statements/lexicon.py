"""The reporting lexicon, loaded once from the ``reporting_*.tsv`` tables into lookups."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from newsgraph.lexicon import LexiconError, load_table

FRAMES = frozenset({"clause", "to", "np", "quote"})


@dataclass(frozen=True)
class Verb:
    """A reporting verb: its kind (say, deny, want …) and the complements it takes."""

    kind: str
    frames: frozenset[str]


@dataclass(frozen=True)
class Lexicon:
    """Every reporting table as sets and dicts, built once per process."""

    verbs: dict[str, Verb]
    nouns: dict[str, str]  # cue noun lemma -> kind ("belief", "report" …)
    noun_complements: dict[str, frozenset[str]]  # "that", "to", or prepositions
    phrases: dict[tuple[str, ...], str]  # prepositional cues ("according", "to") -> kind
    no_comment: dict[str, tuple[tuple[str, bool], ...]]  # head lemma -> (object, negated)
    prep_verbs: frozenset[tuple[str, str]]  # ("call", "for"): the preposition's object
    prep_lemmas: frozenset[str]  # the verbs of prep_verbs, for a quick first test
    addressee_verbs: frozenset[str]  # verbs whose object is the hearer ("told Reuters")
    outlets: frozenset[str]  # words that mark a news outlet ("Agency", "Times")
    raising: frozenset[str]  # verbs whose subject is not the source ("appears to")
    idioms: dict[str, tuple[tuple[str, Verb], ...]]  # lemma -> (word it needs, its entry)
    non_statements: dict[str, frozenset[str]]  # head lemma -> words that undo it as a cue
    naming: frozenset[str]  # participles that name a noun ("a film called X")
    source_nouns: frozenset[str]  # common nouns that may be an object-only cue's source
    documents: frozenset[str]  # documents and data whose maker is the source ("figures from X")
    data_verbs: frozenset[str]  # verbs whose object only a document shows ("showed a rise")
    particles: frozenset[tuple[str, str]]  # (verb, particle) of another sense ("show off")
    discourse: tuple[tuple[str, ...], ...]  # set phrases that report nothing ("that said")


def _frames(name: str, line: int, cell: str) -> frozenset[str]:
    frames = frozenset(f.strip() for f in cell.split(",") if f.strip())
    if not frames or not frames <= FRAMES:
        raise LexiconError(f"{name}.tsv:{line}: frames {cell!r} not in {sorted(FRAMES)}")
    return frames


@cache
def lexicon() -> Lexicon:
    """Load and validate the reporting tables (cached)."""
    verbs = {
        row.values["lemma"]: Verb(
            row.values["kind"], _frames("reporting_verbs", row.line, row.values["frames"])
        )
        for row in load_table("reporting_verbs")
    }
    noun_rows = load_table("reporting_nouns")
    nouns = {row.values["lemma"]: row.values["kind"] for row in noun_rows}
    noun_complements = {
        row.values["lemma"]: frozenset((row.values["complements"] or "that").split(","))
        for row in noun_rows
    }
    phrases = {
        tuple(row.values["phrase"].lower().split()): row.values["kind"]
        for row in load_table("reporting_phrases")
    }
    prep_verbs = frozenset(
        (row.values["lemma"], row.values["prep"]) for row in load_table("reporting_prep_verbs")
    )
    no_comment: dict[str, list[tuple[str, bool]]] = {}
    for row in load_table("reporting_no_comment"):
        entry = (row.values["object"].strip("-"), row.values["negated"] == "yes")
        no_comment.setdefault(row.values["head"], []).append(entry)
    idioms: dict[str, list[tuple[str, Verb]]] = {}
    for row in load_table("reporting_idioms"):
        frames = _frames("reporting_idioms", row.line, row.values["frames"])
        entry = (row.values["word"].lower(), Verb(row.values["kind"], frames))
        idioms.setdefault(row.values["lemma"], []).append(entry)
    non_statements: dict[str, set[str]] = {}
    for row in load_table("reporting_non_statements"):
        non_statements.setdefault(row.values["head"], set()).add(row.values["follows"])
    documents = frozenset(row.values["lemma"] for row in load_table("reporting_document_nouns"))
    return Lexicon(
        verbs=verbs,
        nouns=nouns,
        noun_complements=noun_complements,
        phrases=phrases,
        no_comment={head: tuple(entries) for head, entries in no_comment.items()},
        prep_verbs=prep_verbs,
        prep_lemmas=frozenset(lemma for lemma, _ in prep_verbs),
        addressee_verbs=frozenset(
            row.values["lemma"] for row in load_table("reporting_addressee_verbs")
        ),
        outlets=frozenset(row.values["word"].lower() for row in load_table("reporting_outlets")),
        raising=frozenset(row.values["lemma"] for row in load_table("reporting_raising_verbs")),
        idioms={lemma: tuple(entries) for lemma, entries in idioms.items()},
        non_statements={head: frozenset(words) for head, words in non_statements.items()},
        naming=frozenset(row.values["lemma"] for row in load_table("reporting_naming_verbs")),
        source_nouns=frozenset(row.values["lemma"] for row in load_table("reporting_source_nouns"))
        | documents,
        documents=documents,
        data_verbs=frozenset(row.values["lemma"] for row in load_table("reporting_data_verbs")),
        particles=frozenset(
            (row.values["lemma"], row.values["particle"])
            for row in load_table("reporting_particles")
        ),
        discourse=tuple(
            tuple(row.values["phrase"].lower().split()) for row in load_table("reporting_discourse")
        ),
    )
