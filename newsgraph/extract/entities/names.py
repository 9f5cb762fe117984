"""Name mentions: the backbone's entity spans, cleaned and retyped, plus lexicon names it missed.

Fixes for known en_core_web_sm slips: a trailing function word ("the Cuban Missile Crisis
of"), a possessive "'s" inside the span, a leading "the", an ORG or GPE whose last word says
it is an EVENT or FAC ("… Crisis", "… Airport"), and a name cut before its head ("Wagner"
+ "group"). In a Title Case headline a name keeps only the words the body confirms ("Nokia
Shrinks" → "Nokia").

Junk the backbone takes for names is dropped by shape and context, never by a list of
articles' words: a span with no capital letter ("iris scan") or a currency sign; a unit of
the ``not_names`` table ("Mbps"); a lower-case term's acronym ("megabits per second
(Mbps)"); words inside a quoted title of a work ("a documentary called 'No More Mr
Nasty'"); a "person" owned by a possessive ("her Oscar") or behind an article ("the Mr Nasty
of books"), a thing owned by a pronoun ("his Budget"); an adjective under a degree adverb
("very Draconian") or before a noun ("Olympic champion"); a title the text marks as a work
(work_cues: "the comedy Sideways", "starring in Vera Drake"). A name before a contest noun
(contest_nouns: "the Premiership table", "Bafta nominations") is an EVENT; a "person"
coordinated with demonyms is one ("English, Scottish or Welsh"). A span running over a
score or a fixture is cut there ("Roddick 6-2 7-6", "Lesotho v Malawi").
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from itertools import pairwise

import spacy
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from newsgraph.extract.entities.model import Mention, acronym_plural
from newsgraph.extract.nlp import doc_text
from newsgraph.lexicon import entities as tables

# Backbone labels that name an actor, place or event; numbers, dates and works are skipped.
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT"})
# Labels a name's head word may override (never PERSON: "John Bank" stays a person).
RETYPABLE = frozenset({"ORG", "GPE", "LOC", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"})
_TRAILING_POS = frozenset({"ADP", "DET", "CCONJ", "PART", "PUNCT", "SPACE", "SCONJ"})
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
_TITLE_CASE_SHARE = 0.8
# Words that join two names into one span: a fixture ("Lesotho v Malawi") or a dash.
_SEPARATORS = frozenset({"v", "v.", "vs", "vs.", "-", "–", "—"})
_CURRENCY = frozenset("£$€¥")
_REMIT_PREPS = frozenset({"on", "for", "against"})
# Labels of names that may stand as adjectives ("Caribbean origin", "Japanese troops").
_ADJECTIVAL = frozenset({"NORP", "GPE", "LOC"})
# A quoted run that may be a title of a work: opening mark, a capital, up to 80 characters.
_QUOTED = re.compile(r"(?<!\w)(['‘\"“])([A-Z][^'‘’\"“”\n]{0,80}?)(['’\"”])(?!\w)")
_TITLE_WORDS = 8
_LONG_WORD = re.compile(r"[^\W\d_]{4,}")  # a word of four letters or more


def name_mentions(doc: Doc) -> list[Mention]:
    """Every name mention of the doc in text order, cleaned and typed."""
    spans = [part for ent in doc.ents for line in _lines(ent) for part in _parts(line)]
    mentions = _drop_overlaps([m for span in spans if (m := _from_span(span)) is not None])
    mentions = _confirm_headline_names(doc, mentions)
    mentions = _drop_counted_people(doc, _drop_terms(doc, _drop_titles_of_works(doc, mentions)))
    mentions = _drop_adjectives(doc, _drop_marked_works(doc, mentions))
    for start, end in _lexicon_hits(doc):
        inside = [m for m in mentions if start <= m.start and m.end <= end]
        if any(m.start < end and start < m.end for m in mentions if m not in inside):
            continue  # a listed name may replace only names it covers whole
        mention = _from_span(doc[start:end], label="ORG")
        if mention is not None:
            # "Liberal Democrat MP …" tagged "Liberal" ORG + "Democrat" NORP is one party
            mentions = [m for m in mentions if m not in inside]
            mentions.append(mention)
    mentions.sort(key=lambda m: m.start)
    _vote_labels(doc, mentions)
    _label_contests(doc, mentions)
    _label_coordinated_demonyms(doc, mentions)
    return mentions


def title_case_lines(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of the lines written in Title Case ("Spy Chief Confirms Call With CIA
    Boss"): at least three words of four letters or more, nearly all capitalised, and no
    full stop at the end (a sentence of names is no headline). Only in a text of several
    lines (a headline above a body)."""
    text = doc_text(doc)
    if "\n" not in text.strip():
        return []
    lines, offset = [], 0
    for line in text.split("\n"):
        # the words are read off the characters (fast), tokens are looked up only for a
        # line that passes; a body paragraph fails at once on its lower-case words
        words = _LONG_WORD.findall(line)
        capitals = sum(w[0].isupper() for w in words)
        sentence = line.rstrip().endswith(".")  # "Tony Blair met Gerhard Schroeder in Berlin."
        if len(words) >= 3 and capitals >= _TITLE_CASE_SHARE * len(words) and not sentence:
            span = doc.char_span(offset, offset + len(line), alignment_mode="expand")
            if span is not None and len(span):
                lines.append((span.start, span.end))
        offset += len(line) + 1
    return lines


def _confirm_headline_names(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """In a Title Case line every word looks like a name, so the backbone runs names over
    ordinary words ("Nokia Shrinks", "Greenspan Testimony"). There a name keeps only its
    longest run of words the rest of the text confirms: words of names found outside such
    lines, acronyms and listed places and organisations; with none, it is dropped."""
    lines = title_case_lines(doc)
    if not lines:
        return mentions
    inside = {i for a, b in lines for i in range(a, b)}
    body = [m for m in mentions if m.start not in inside]
    labels = {doc[m.start : m.end].text: m.label for m in body}
    words = {t.text: m.label for m in body for t in doc[m.start : m.end]}
    out = [m for m in mentions if m.start not in inside]
    for m in mentions:
        if m.start not in inside:
            continue
        if m.org is not None or m.place is not None:
            out.append(m)
            continue
        run = _confirmed_run(doc, m, words)
        if run is not None:
            text = doc[run[0] : run[1]].text
            label = labels.get(text) or words.get(doc[run[1] - 1].text) or m.label
            confirmed = _from_span(Span(doc, run[0], run[1], label=label))
            out.extend([confirmed] if confirmed is not None else [])
    return sorted(out, key=lambda m: m.start)


def _confirmed_run(doc: Doc, m: Mention, words: dict[str, str]) -> tuple[int, int] | None:
    """The longest run of confirmed tokens inside a headline name, or None."""
    best: tuple[int, int] | None = None
    start = None
    for i in range(m.start, m.end + 1):
        ok = i < m.end and _confirmed(doc[i], words)
        if ok and start is None:
            start = i
        elif not ok and start is not None:
            if best is None or i - start > best[1] - best[0]:
                best = (start, i)
            start = None
    return best


def _confirmed(token: Token, words: dict[str, str]) -> bool:
    text = token.text
    letters = text.replace(".", "")
    acronym = len(letters) > 1 and letters.isalpha() and text.isupper()
    return text in words or acronym or tables.place(text) is not None or text in tables.ORGS


def _lines(span: Span) -> list[Span]:
    """A backbone span cut at newlines: a name never runs from a headline into the body."""
    breaks = [t.i for t in span if t.is_space and "\n" in t.text]
    if not breaks:
        return [span]
    doc, bounds = span.doc, [span.start - 1, *breaks, span.end]
    return [Span(doc, a + 1, b, label=span.label) for a, b in pairwise(bounds) if b > a + 1]


def _parts(span: Span) -> list[Span]:
    """A span cut at a separator between names ("Lesotho v Malawi", "Kaplan - England"); a
    person's name also ends before a number ("Roddick 6-2 7-6")."""
    doc, bounds = span.doc, [span.start - 1]
    for t in span[1:-1]:
        spaced = bool(t.whitespace_) and bool(doc[t.i - 1].whitespace_)
        # A dash cuts only beside a name of two words or more: "Wal - Mart" stays one.
        long_side = t.i - bounds[-1] > 2 or span.end - t.i > 2 or t.is_alpha
        if spaced and long_side and t.text in _SEPARATORS and doc[t.i - 1].text[:1].isupper():
            bounds.append(t.i)
    bounds.append(span.end)
    parts = [Span(doc, a + 1, b, label=span.label) for a, b in pairwise(bounds) if b > a + 1]
    if span.label_ != "PERSON":
        return parts
    out = []
    for part in parts:
        end = next((t.i for t in part[1:] if t.text[:1].isdigit()), part.end)
        if end > part.start:
            out.append(Span(doc, part.start, end, label=part.label))
    return out


def _unlisted(m: Mention) -> bool:
    return m.org is None and m.place is None


def _drop_titles_of_works(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Names inside a quoted title ("a documentary called 'No More Mr Nasty'") are words of
    the title. A quote counts as a title when it is short, has no sentence punctuation and
    writes every word of four letters or more with a capital."""
    text, ranges = doc_text(doc), []
    for match in _QUOTED.finditer(text):
        inner = match.group(2)
        words = inner.split()
        long_words = [w for w in words if sum(c.isalpha() for c in w) >= 4]
        if (
            len(words) <= _TITLE_WORDS
            and not any(c in inner for c in ".,;:!?")
            and all(w[0].isupper() for w in long_words)
        ):
            span = doc.char_span(match.start(2), match.end(2), alignment_mode="expand")
            if span is not None and len(span) > 1:
                ranges.append((span.start, span.end))
    # Every mention of a title's word goes: "Michael Howard: No More Mr Nasty is shown".
    words = {
        doc[m.start : m.end].text
        for m in mentions
        if _unlisted(m)
        and any(a <= m.start and m.end <= b and (a, b) != (m.start, m.end) for a, b in ranges)
    }
    return _without(doc, mentions, words)


def _without(
    doc: Doc, mentions: list[Mention], texts: set[str], *, label: str | None = None
) -> list[Mention]:
    """``mentions`` less the unlisted ones (of ``label``, when given) whose text is one of
    ``texts``: a word found to be no name goes with all its mentions."""
    return [
        m
        for m in mentions
        if not (
            _unlisted(m)
            and (label is None or m.label == label)
            and doc[m.start : m.end].text in texts
        )
    ]


def _drop_marked_works(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A name the text marks as a title of a work ("the comedy Sideways", "starring in Vera
    Drake"; work_cues.tsv) names no actor: all its unlisted mentions go."""
    works = {doc[m.start : m.end].text for m in mentions if _unlisted(m) and _marked_work(doc, m)}
    return _without(doc, mentions, works)


def _marked_work(doc: Doc, m: Mention) -> bool:
    """Whether a work noun stands right before the name and is tied to it (a compound of it
    or its apposition), or the name is the object of "in" after a cue ("starring in")."""
    if m.start == 0:
        return False
    before, root = doc[m.start - 1], doc[m.head]
    # "the biopic The Aviator": the backbone leaves the title's "The" out
    noun = doc[m.start - 2] if before.text == "The" and m.start > 1 else before
    if noun.is_lower and noun.pos_ == "NOUN" and tables.WORK_CUES.get(noun.lemma_) == "before":
        return m.start <= noun.head.i < m.end or (root.dep_ == "appos" and root.head == noun)
    if before.lower_ == "in" and root.dep_ == "pobj" and root.head == before:
        governor = before.head  # "starring" may have the lemma "star"
        cues = (tables.WORK_CUES.get(governor.lemma_), tables.WORK_CUES.get(governor.lower_))
        return governor.is_lower and "in" in cues
    return False


def _drop_adjectives(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A one-word name tagged an adjective that modifies a noun ("Olympic champion",
    "Digital music") is a word, not a name, when no mention of it stands as a head: all
    its one-word mentions go. Places and demonyms stay ("black Caribbean origin")."""
    words = {
        doc[m.start].text
        for m in mentions
        if m.end - m.start == 1
        and _unlisted(m)
        and m.label not in _ADJECTIVAL
        and doc[m.start].is_title  # an acronym is no adjective ("the AFI jury")
        and doc[m.start].tag_ == "JJ"
        and doc[m.start].dep_ in ("amod", "compound")
    }
    # a word that stands as a head somewhere is a name ("company Envisional said … the
    # Envisional reports"), and so is a word of a person's full name ("Radcliffe eyes"
    # beside "Paula Radcliffe")
    words -= {doc[m.head].text for m in mentions if doc[m.head].dep_ not in ("amod", "compound")}
    people = [m for m in mentions if m.label == "PERSON" and m.end - m.start > 1]
    words -= {t.text for m in people for t in doc[m.start : m.end]}
    return [
        m
        for m in mentions
        if not (
            m.end - m.start == 1
            and _unlisted(m)
            and m.label not in _ADJECTIVAL
            and doc[m.start].text in words
        )
    ]


def _label_contests(doc: Doc, mentions: list[Mention]) -> None:
    """An unlisted name that modifies a contest noun ("the Premiership table", "Bafta
    nominations"; contest_nouns.tsv) names a competition or a prize: all its unlisted
    mentions become EVENTs, unless one of them is the subject of a verb ("Sony said")."""
    by_text: dict[str, list[Mention]] = {}
    for m in mentions:
        if _unlisted(m) and m.label not in ("NORP", "EVENT"):
            by_text.setdefault(doc[m.start : m.end].text, []).append(m)
    for group in by_text.values():
        if any(_modifies_contest(doc, m) for m in group) and not any(
            _subject(doc, m) for m in group
        ):
            for m in group:
                m.label = "EVENT"


def _subject(doc: Doc, m: Mention) -> bool:
    """Whether the mention is the subject of a verb."""
    return doc[m.head].dep_ in ("nsubj", "nsubjpass")


def _modifies_contest(doc: Doc, m: Mention) -> bool:
    """Whether the name's last word premodifies a lower-case contest noun right after it."""
    if m.end >= len(doc):
        return False
    noun = doc[m.end]
    if noun.text == "-" and m.end + 1 < len(doc):
        return doc[m.end + 1].lower_ in _PRIZED  # "Oscar-winning", "Bafta-nominated"
    tied = doc[m.end - 1].head == noun and doc[m.end - 1].dep_ in ("compound", "amod", "nmod")
    return tied and noun.is_lower and noun.pos_ == "NOUN" and noun.lower_ in tables.CONTEST_NOUNS


# Words after a hyphen that make the name before them a prize ("Oscar-winning").
_PRIZED = frozenset({"winning", "winner", "nominated"})


def _label_coordinated_demonyms(doc: Doc, mentions: list[Mention]) -> None:
    """A one-word unlisted "person" coordinated with a demonym is one too ("English,
    Scottish or Welsh")."""
    norp = {i for m in mentions if m.label == "NORP" for i in range(m.start, m.end)}
    for m in mentions:
        if m.label != "PERSON" or m.end - m.start != 1 or not _unlisted(m):
            continue
        token = doc[m.start]
        partners = [c.i for c in token.children if c.dep_ == "conj"]
        partners += [token.head.i] if token.dep_ == "conj" else []
        if any(i in norp for i in partners):
            m.label = "NORP"


def _drop_terms(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """An acronym in brackets after lower-case words that spell it is a term, not a name
    ("two megabits per second (Mbps)"); all its mentions go."""
    terms = set()
    for m in mentions:
        bracketed = (
            m.end - m.start == 1
            and m.start > 0
            and m.end < len(doc)
            and doc[m.start - 1].text == "("
            and doc[m.end].text == ")"
        )
        if bracketed and _spells_lowercase(doc, m.start - 1, doc[m.start].text):
            terms.add(doc[m.start].text)
    return _without(doc, mentions, terms)


def _drop_counted_people(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A one-word "person" that is counted ("won an Oscar", "two Emmys") is a thing, an
    award or a prize: all its one-word mentions go, unless the article also names a person
    with that word ("a Brown government" beside "Gordon Brown")."""
    people = [m for m in mentions if m.label == "PERSON" and _unlisted(m)]
    counted = {ent.text for ent in doc.ents if len(ent) == 1 and _counted(doc, ent.start)}
    counted -= {t.text for m in people if m.end - m.start > 1 for t in doc[m.start : m.end]}
    return _without(doc, mentions, counted, label="PERSON")


def _counted(doc: Doc, i: int) -> bool:
    """Whether an indefinite article or a number stands right before token ``i`` (the
    backbone may have tagged the counted word a work: "won an Oscar")."""
    before = doc[i - 1] if i > 0 else None
    return before is not None and (before.lower_ in ("a", "an") or before.tag_ == "CD")


def _spells_lowercase(doc: Doc, bracket: int, acronym: str) -> bool:
    """Whether the lower-case words right before ``bracket`` start with the acronym's first
    letter and hold all its letters in order ("megabits per second" → M, b, p, s)."""
    letters = [c.lower() for c in acronym if c.isalpha()]
    words: list[str] = []
    i = bracket - 1
    while i >= 0 and len(words) < len(letters) + 2 and doc[i].is_alpha and doc[i].is_lower:
        words.insert(0, doc[i].text)
        i -= 1
        if words[0][0] == letters[0] and _subsequence(letters, "".join(words)):
            return len(letters) >= 2
    return False


def _subsequence(letters: list[str], text: str) -> bool:
    it = iter(text)
    return all(c in it for c in letters)


def _vote_labels(doc: Doc, mentions: list[Mention]) -> None:
    """Give every unlisted mention of the same text the label most of them got, so one
    "North East" tagged PERSON among five LOCs follows the others (ties: not PERSON)."""
    votes: dict[str, Counter[str]] = {}
    for m in mentions:
        if m.org is None and m.place is None:
            votes.setdefault(doc[m.start : m.end].text, Counter())[m.label] += 1
    for m in mentions:
        counts = votes.get(doc[m.start : m.end].text)
        if counts and len(counts) > 1 and not (m.org or m.place):
            m.label = max(counts, key=lambda label: (counts[label], label != "PERSON"))


def _from_span(span: Span, *, label: str | None = None) -> Mention | None:
    label = label or span.label_
    if label not in NAME_LABELS and label not in RETYPABLE:
        return None
    start, end = _trim(span)
    if start >= end:
        return None
    doc = span.doc
    end = _before_descriptor(doc, start, end, label)
    start = _after_leading_title(doc, start, end, label)
    end = _extend_head(doc, start, end, label)
    if _title_plural(doc[end - 1]):
        if end - start == 1:
            return None  # "MPs" tagged a name: a group of people, found as such
        end -= 1  # "Labour MPs" tagged a name: the party, and a group of its MPs
    text = doc[start:end].text
    mention = Mention(start, end, "name", doc[start:end].root.i, label)
    _type(doc, mention, text)
    if mention.label not in NAME_LABELS or _bare_title(doc, mention, text):
        return None
    return None if _unlisted(mention) and _not_a_name(doc, mention, text) else mention


def _title_plural(token: Token) -> bool:
    """ "MPs", "MEPs": the plural of a title that is an acronym."""
    if not acronym_plural(token):
        return False
    found = tables.title(token.text[:-1])
    return found is not None and found.kind == "head"


def _before_descriptor(doc: Doc, start: int, end: int, label: str) -> int:
    """Where an organisation's name ends when the backbone ran it over the lower-case noun
    that describes it ("AFP news agency", "The Australian newspaper", "HBOS bank"): before
    a closing run of lower-case words ending in an organisation noun (org_nouns.tsv), when
    capitalised words stay. A body known by its kind ("the Commons home affairs
    committee") keeps its noun: that is its name."""
    if label != "ORG" or tables.org(doc[start:end].text) is not None:
        return end
    last = doc[end - 1]
    if last.lower_ not in tables.ORG_NOUNS or last.lower_ in tables.ORG_NOUNS_NAMED:
        return end
    cut = end
    while cut > start and doc[cut - 1].is_lower and doc[cut - 1].is_alpha:
        cut -= 1
    left = doc[start:cut]
    return cut if len(left) and all(t.text[:1].isupper() for t in left) else end


def _after_leading_title(doc: Doc, start: int, end: int, label: str) -> int:
    """Where the name starts when the backbone took a title into an organisation's name
    ("Spokeswoman Sandy Angers" tagged ORG): after the title, when the title is tagged a
    common noun (not "General" of "General Motors") and two or three capitalised words
    follow that no lexicon, legal form or head word makes an organisation or place."""
    if label != "ORG" or tables.org(doc[start:end].text) is not None:
        return start
    cut = start
    for stop in range(start + 1, end - 1):  # the longest title: "chief executive" …
        words = doc[start:stop]
        if all(t.pos_ == "NOUN" for t in words) and tables.title(words.text) is not None:
            cut = stop
    rest = doc[cut:end]
    if cut == start or len(rest) not in (2, 3) or not all(t.is_title for t in rest):
        return start
    if rest[-1].text in tables.ORG_SUFFIXES:
        return start
    listed = tables.org(rest.text) or tables.place(rest.text) or name_head(rest.text)
    return start if listed else cut


def _not_a_name(doc: Doc, m: Mention, text: str) -> bool:
    """Shape and context that say an unlisted span names nothing (see the module doc)."""
    if not any(c.isupper() for c in text) or _CURRENCY.intersection(text):
        return True
    if text in tables.NOT_NAMES:
        return True
    if text.lower().startswith("anti-") and " " not in text:
        return True  # "anti-French sentiment": a stance against them ("Anti-Corruption Unit" names)
    before = doc[m.start - 1] if m.start > 0 else None
    owned = before is not None and before.dep_ == "poss" and before.pos_ == "PRON"
    if owned and m.label != "PERSON" and m.end - m.start == 1 and before.head.i == m.start:
        return True  # "his Budget", "its iPod": a thing someone has
    if before is not None and m.label == "PERSON":
        if owned:
            return True  # "her Oscar": people are not owned
        if _honorific(doc[m.start]) and before.pos_ == "DET":
            return True  # "the Mr Nasty of books"
        if _honorific(before) and m.start > 1 and doc[m.start - 2].pos_ == "DET":
            return True
    head = doc[m.start]
    if m.end - m.start == 1 and head.pos_ == "ADJ" and m.label != "NORP":
        return head.dep_ == "acomp" or any(c.dep_ == "advmod" for c in head.children)
    return False


def _honorific(token: Token) -> bool:
    found = tables.title(token.text)
    return found is not None and found.kind == "honorific"


def _bare_title(doc: Doc, mention: Mention, text: str) -> bool:
    """A title or part of one that the backbone took for a name ("State", "President",
    "Home" of "Home Secretary")."""
    if mention.org is not None or mention.place is not None:
        return False
    after = doc[mention.end].text if mention.end < len(doc) else ""
    return tables.title(text) is not None or tables.title(f"{text} {after}") is not None


def _trim(span: Span) -> tuple[int, int]:
    """Token bounds without leading "the"/punctuation and trailing function words."""
    doc, start, end = span.doc, span.start, span.end
    whole = tables.org(span.text)
    while start < end and (doc[start].is_punct or doc[start].pos_ in ("PUNCT", "SPACE")):
        start += 1
    # A leading "The" stays only when it is part of a listed name ("The New York Times").
    if start < end and doc[start].lower_ == "the":
        keep = doc[start].text == "The" and whole is not None and whole.name.startswith("The ")
        start += 0 if keep else 1
    while end > start and (doc[end - 1].pos_ in _TRAILING_POS or doc[end - 1].text in _POSSESSIVE):
        end -= 1
    return start, end


def _drop_overlaps(mentions: list[Mention]) -> list[Mention]:
    """Mentions in text order without one overlapping an earlier one (the "LLC" the
    backbone tagged apart from "Chrysler" once "Chrysler LLC" is whole)."""
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (m.start, -m.end)):
        if not out or m.start >= out[-1].end:
            out.append(m)
    return out


def _extend_head(doc: Doc, start: int, end: int, label: str) -> int:
    """Include a following organisation head word the name modifies ("Wagner" + "group")
    or a legal form the backbone left out ("Chrysler" + "LLC")."""
    if label != "ORG" or end >= len(doc):
        return end
    if doc[end].text in tables.ORG_SUFFIXES and doc[end].text[:1].isupper():
        return end + 1
    nxt = doc[end]
    head = tables.NAME_HEADS.get(nxt.text)
    if head and head[0] == "ORG" and doc[end - 1].head.i == nxt.i and nxt.pos_ == "NOUN":
        return end + 1
    return _remit(doc, end)


def _remit(doc: Doc, end: int) -> int:
    """Include the remit a body's name goes on with when the backbone stopped at its head
    word: "Working Group" + "on Arbitrary Detention", "Committee" + "on Foreign Affairs" —
    a preposition, then capitalised words up to the next lowercase word."""
    head = tables.NAME_HEADS.get(doc[end - 1].text)
    if head is None or head[0] != "ORG" or doc[end].lower_ not in _REMIT_PREPS:
        return end
    stop = end + 1
    while stop < len(doc) and doc[stop].is_title and not doc[stop].ent_type_:
        stop += 1
    # "the Council on Tuesday", "a Court in London": a date or a place is no remit
    return stop if stop - end > 1 and doc[stop - 1].pos_ in ("NOUN", "PROPN") else end


def _type(doc: Doc, mention: Mention, text: str) -> None:
    """Attach lexicon facts and fix the label from the lexicon or the name's last word."""
    honorific = tables.title(doc[mention.start].text)
    if honorific is not None and honorific.kind == "honorific" and mention.end > mention.start + 1:
        mention.label = "PERSON"  # "Mr Park" is a person whatever the backbone says
    words = text.split()
    if len(words) > 1 and words[-1] in tables.ORG_SUFFIXES and words[-1][:1].isupper():
        mention.label = "ORG"  # "Fiat SpA", "Chrysler LLC": no person's name ends so
    if mention.label != "PERSON":
        mention.org = tables.org(text)
        mention.place = None if mention.org else tables.place(text)
    else:
        # The backbone tags some agencies, places and demonyms as people ("MI6", "Lib Dems",
        # "Oslo", "Lithuanian"); only an exact listed name counts, and a place only as one
        # word. A surname that is also a place ("Jordan" of "Michael Jordan") is given back
        # to the person when clustering.
        mention.org = tables.ORGS.get(text)
        place = None if mention.org else tables.PLACES.get(text)
        single = " " not in text
        # a whole country's name is no person's ("Burkina Faso", "Sierra Leone")
        mention.place = place if place and (single or place.kind == "country") else None
    if mention.org:
        mention.label = mention.org.type
    elif mention.place:
        mention.label = _PLACE_LABELS[mention.place.kind]
    elif mention.label in RETYPABLE:
        head = name_head(text)
        if head:
            mention.label = head[0]
        elif _looks_personal(doc, mention):
            mention.label = "PERSON"


def name_head(text: str) -> tuple[str, str | None] | None:
    """Type and sector told by a name's head word: its last word, or the word before its
    first "of"/"for" ("Court of Arbitration for Sport" is a court)."""
    words = text.split()
    for i, word in enumerate(words[1:], start=1):
        if word in ("of", "for"):
            head = tables.NAME_HEADS.get(words[i - 1])
            if head:
                return head
            break
    return tables.NAME_HEADS.get(words[-1])


def _looks_personal(doc: Doc, mention: Mention) -> bool:
    """An unlisted two- or three-word name after a person's title or starting with a known
    given name ("German chancellor Olaf Scholz" tagged ORG)."""
    words = doc[mention.start : mention.end]
    if not 2 <= len(words) <= 3 or not all(t.is_title for t in words):
        return False
    if words[0].text in tables.GIVEN_GENDER:
        return True
    before = doc[mention.start - 1] if mention.start > 0 else None
    return before is not None and tables.title(before.text) is not None


_PLACE_LABELS = {
    "country": "GPE",
    "demonym": "NORP",
    "capital": "GPE",
    "seat": "ORG",
    "region": "GPE",
}


@cache
def _matcher(vocab: Vocab) -> PhraseMatcher:
    """Lexicon names (seats of government, organisations) as a PhraseMatcher, once per Vocab.
    Acronyms of four letters or more ("ECOWAS", "NATO") match as written; shorter ones
    ("US", "IT") are too often words."""
    tokenizer = spacy.blank("en", vocab=vocab).tokenizer
    names = sorted(
        {name for name, p in tables.PLACES.items() if p.kind == "seat"}
        | {name for name in tables.ORGS if len(name) > 3}
    )
    matcher = PhraseMatcher(vocab, attr="ORTH")
    matcher.add("LEXICON", list(tokenizer.pipe(names)))
    return matcher


def _lexicon_hits(doc: Doc) -> list[tuple[int, int]]:
    """Capitalised lexicon names the backbone did not tag, longest first at each start."""
    hits = sorted(_matcher(doc.vocab)(doc), key=lambda h: (h[1], h[1] - h[2]))
    return [(s, e) for _, s, e in hits if doc[s].is_title or doc[s].is_upper]
