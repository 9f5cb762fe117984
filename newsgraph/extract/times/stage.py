"""Times stage: temporal expressions normalised to TIMEX3 type and value.

Candidates come from compiled regular expressions built from the ``time_*`` lexicon tables
(:mod:`newsgraph.extract.times.grammar`); the parse is only consulted where a word is
ambiguous ("May", a bare year, "Sunday Times") and for the tense that anchors a bare
weekday or month. Overlapping candidates keep the longest; values are computed in text
order so "a week prior" can resolve against the date mentioned before it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import partial
from typing import NamedTuple

from spacy.tokens import Doc, Token

from newsgraph.extract.nlp import doc_text
from newsgraph.extract.times import grammar
from newsgraph.extract.times.anchor import Tense
from newsgraph.extract.times.normalize import HANDLERS, Context, Timex
from newsgraph.extract.times.words import AMBIGUOUS_MONTHS, AMBIGUOUS_SEASONS, norm
from newsgraph.lexicon import load_table
from newsgraph.record import Time

_CUES: dict[str, frozenset[str]] = {
    cue: frozenset(r.values["word"] for r in load_table("time_cues") if r.values["cue"] == cue)
    for cue in ("year", "month", "ahead", "said", "until", "since")
}
# "until Tuesday", "as soon as Tuesday", "since Monday": the signal word before a weekday.
_SIGNAL = re.compile(
    r"\b(?P<word>"
    + "|".join(re.escape(w) for w in sorted(_CUES["until"] | _CUES["since"], key=len, reverse=True))
    + r")\s+(?:on\s+)?$",
    re.I,
)
# Entity labels that swallow a time word ("Sunday Times", "USA Today", "April Ryan").
_NAME_LABELS = frozenset({"ORG", "PERSON", "WORK_OF_ART", "FAC", "PRODUCT", "LAW", "GPE"})
# Kinds whose capitalised unit word inside a sentence is a title ("This Week", "60 Minutes").
_TITLE_KINDS = frozenset({"relunit", "duration", "deictic"})
_SENTENCE_END = frozenset({".", "!", "?", ":", ";", "--"})
_CLOCK_KINDS = frozenset({"clock", "clock24", "clock_hhmm", "clock_part", "noon"})
_FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo", "would", "going"})
_PREVIOUS_WORD = re.compile(r"([A-Za-z]+)[\s-]*$")
_ANY = re.compile(r".+", re.S)
_COUNTED = re.compile(r"\s+([a-z]+s)\b")
# Parser DATE entities that are not TIMEX3s: bare numbers, ages, rates, adjectives.
_ENTITY_SKIP = re.compile(
    r"^[\d\s.,]+$|year-old|month-old|years old|\b(quarterly|annual|annually|seasonally|cents?)\b"
    r"|^(the\s+)?(night|morning|evening|day)\s+of$|end of the day"
    r"|^(his|her|its|their|our|my|your)\s"  # "his year in kindergarten"
    r"|[\"“”]",  # across a quotation mark: 'a "day of reckoning"' is a phrase quoted
    re.I,
)
# "prices rose 0.7% month on month": a rate of change, not a time
_ON_UNIT = re.compile(r"(?:\s+|-)on(?:\s+|-)(?:the\s+)?(?:day|week|month|quarter|year)\b", re.I)
_UNIT_ON = re.compile(r"\b(?:day|week|month|quarter|year)(?:\s+|-)on(?:\s+|-)(?:the\s+)?$", re.I)
# A greeting ("Good evening from Central Park") names no time.
_GREETING = re.compile(r"\bgood\s+$", re.I)
# Case-insensitive regexes match these to "i", which case folding alone does not do.
_DOTTED_I = str.maketrans({"İ": "i", "ı": "i"})
_DAY_VALUE = re.compile(r"(?:\d{4}|XXXX)-(?:\d\d|XX)-(?:\d\d|XX)$")
_YEARS = ("2000", "2001")  # a leap year and a common one
_COUNTED_GAP = re.compile(r"\s+(?:before|after)\s+", re.I)  # "the day before| |Tuesday"


class _Ent(NamedTuple):
    start: int
    end: int
    label: str


@dataclass
class _Candidate:
    kind: str
    start: int
    end: int
    match: re.Match[str]
    timex: Timex | None = None


def find_times(doc: Doc, *, published: dt.date | None = None) -> list[Time]:
    """Find TIMEX3 expressions and normalise them against ``published``.

    Args:
        doc: the parsed article.
        published: the publication date; without it, a dateline among the first lines
            ("September 01, 2007" under the headline) anchors relative dates, and without
            either, values keep X for the unknown parts.

    Returns:
        Times in text order with ids ``T1``, ``T2``, …; ``doc.text[start:end] == text``.
    """
    text = doc_text(doc)
    ents = [_Ent(e.start_char, e.end_char, e.label_) for e in doc.ents]
    candidates = [c for c in _candidates(text) if _plausible(c, doc, text, ents)]
    chosen = _resolve(candidates)
    chosen = sorted(chosen + _entity_candidates(doc, text, ents, chosen), key=lambda c: c.start)
    _normalise(chosen, doc, text, published or _dateline(text, chosen))
    merged = _merge_clock(text, _merge_counted_day(text, [c for c in chosen if c.timex]))
    return [
        Time(
            id=f"T{i}",
            start=c.start,
            end=c.end,
            text=text[c.start : c.end],
            type=c.timex.type,  # type: ignore[union-attr]
            value=c.timex.value,  # type: ignore[union-attr]
        )
        for i, c in enumerate(merged, start=1)
    ]


# A dateline is a full date on a short line among the first lines ("September 01, 2007"
# under the headline, "WASHINGTON, June 3, 2023 -"); without a publication date, it anchors.
_DATELINE_LINES = 3
_DATELINE_WIDTH = 80
_FULL_DATE_KINDS = frozenset({"md", "dm", "iso", "slash"})


def _dateline(text: str, chosen: list[_Candidate]) -> dt.date | None:
    """The date of the article's dateline, if its first lines hold one."""
    top = text.lstrip()
    reach = len(text) - len(top) + sum(len(line) + 1 for line in top.split("\n")[:_DATELINE_LINES])
    for c in chosen:
        if c.start >= reach:
            break
        if c.kind not in _FULL_DATE_KINDS or not c.match.groupdict().get("year"):
            continue
        line_start = text.rfind("\n", 0, c.start) + 1
        line_end = text.find("\n", c.end)
        if (line_end if line_end >= 0 else len(text)) - line_start > _DATELINE_WIDTH:
            continue
        timex = HANDLERS[c.kind](c.match, Context(published=None, tense=lambda: "present"))
        if timex is not None and timex.point is not None and timex.point.date is not None:
            return timex.point.date
    return None


def _windows(text: str) -> list[tuple[int, int]]:
    """Stretches of text within reach of a trigger word, merged; only these are scanned."""
    windows: list[tuple[int, int]] = []
    for word in grammar.TRIGGER_WORD.finditer(text):
        token = word.group()
        low = token.lower()
        plural = low.endswith("s") and low[:-1] in grammar.TRIGGERS  # "Mondays", "nights"
        if not (token[0].isdigit() or token[0] in "'’" or low in grammar.TRIGGERS or plural):
            continue
        start, end = (
            max(0, word.start() - grammar.REACH),
            min(len(text), word.end() + grammar.REACH),
        )
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return windows


def _candidates(text: str) -> list[_Candidate]:
    """Every match of every pattern inside the windows; a pattern runs only in the windows
    holding one of its gate strings (most hold none, and running a pattern costs far more)."""
    found: dict[tuple[str, int, int], _Candidate] = {}
    windows = _windows(text)
    folded = [text[start:end].translate(_DOTTED_I).casefold() for start, end in windows]
    open_for: dict[tuple[str, ...], list[tuple[int, int]]] = {}
    for kind, pattern in grammar.COMPILED.items():
        gate = grammar.GATES[kind]
        if gate not in open_for:
            open_for[gate] = _open_windows(windows, folded, gate)
        for window_start, window_end in open_for[gate]:
            for match in pattern.finditer(text, window_start, window_end):
                start, end = match.span("core") if "core" in pattern.groupindex else match.span()
                if "hyph" in pattern.groupindex and match["hyph"]:
                    start = match.start("ord")  # "the third-quarter results": no "the"
                found.setdefault((kind, start, end), _Candidate(kind, start, end, match))
    return list(found.values())


def _open_windows(
    windows: list[tuple[int, int]], folded: list[str], gate: tuple[str, ...]
) -> list[tuple[int, int]]:
    """The windows whose case-folded text holds one of the gate strings."""
    return [w for w, f in zip(windows, folded, strict=True) if any(g in f for g in gate)]


def _entity_candidates(
    doc: Doc, text: str, ents: list[_Ent], chosen: list[_Candidate]
) -> list[_Candidate]:
    """The parser's DATE/TIME entities that overlap no rule match and are not ages or rates."""
    extra = []
    for e in ents:
        if e.label not in ("DATE", "TIME") or _ENTITY_SKIP.search(text[e.start : e.end]):
            continue
        if _is_title(doc, e.start, e.end) or _GREETING.search(text, max(0, e.start - 6), e.start):
            continue
        if _ON_UNIT.match(text, e.end) or _UNIT_ON.search(text, max(0, e.start - 20), e.start):
            continue
        if any(c.start < e.end and e.start < c.end for c in chosen):
            continue
        match = _ANY.fullmatch(text, e.start, e.end)
        if match is not None:
            extra.append(_Candidate("entity", e.start, e.end, match))
    return extra


def _previous_word(text: str, start: int) -> str:
    found = _PREVIOUS_WORD.search(text, max(0, start - 20), start)
    return found.group(1).lower() if found else ""


def _plausible(c: _Candidate, doc: Doc, text: str, ents: list[_Ent]) -> bool:
    if _inside_name(ents, c.start, c.end):
        return False
    if c.kind in _TITLE_KINDS and _is_title(doc, c.start, c.end):
        return False
    if c.kind == "set_word":
        return not _before_noun(doc, c.end)
    if c.kind == "year_short" or (c.kind == "year" and not c.match["mod"]):
        return _is_year(c, text, ents)
    if c.kind == "month" and c.match["month"].rstrip(".") in AMBIGUOUS_MONTHS:
        return _is_month(c, doc, text)
    if c.kind in ("weekday", "holiday"):
        return not _names_a_title(doc, c.start, c.end)
    if c.kind == "season":
        return _is_season(doc, c, ents)
    return True


def _is_title(doc: Doc, start: int, end: int) -> bool:
    """A capitalised unit word inside a sentence names a show or paper ("ABC's "This Week"",
    "CBS's "60 Minutes"", "VOA Today"), not a time; a quotation may open with one
    ("he told Reuters, "Today, ...")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not span[-1].is_title or span[-1].lower_ not in grammar.TRIGGERS:
        return False
    i = span[0].i
    while i > 0 and not doc[i].is_sent_start and (doc[i - 1].is_quote or doc[i - 1].is_space):
        i -= 1
    if i == 0 or doc[i].is_sent_start or doc[i - 1].text in _SENTENCE_END:
        return False
    if i == span[0].i:
        return True
    after = doc[span.end : span.end + 2]  # a quoted title closes at once ("This Week,") or
    return any(t.is_quote for t in after) or (  # runs on in title case ("This Week With")
        len(after) > 0 and after[0].is_title and after[0].is_stop
    )


def _names_a_title(doc: Doc, start: int, end: int) -> bool:
    """A weekday or holiday inside a name ("the Sunday Times", "Monday Night Football",
    "Easter Island")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    token = span[-1]
    head = token.head
    if "\n" in doc_text(doc)[token.idx : head.idx]:  # a headline's last word, not a name part
        return False
    return token.dep_ == "compound" and head.pos_ == "PROPN" and head.i > token.i


def _inside_name(ents: list[_Ent], start: int, end: int) -> bool:
    return any(
        e.label in _NAME_LABELS
        and e.start < end
        and start < e.end
        and (e.start < start or e.end > end)
        for e in ents
    )


def _before_noun(doc: Doc, end: int) -> bool:
    """Whether the word ending at ``end`` precedes a name ("the Communist Party daily Granma")."""
    span = doc.char_span(end - 1, end, alignment_mode="expand")
    if span is None or span[-1].i + 1 >= len(doc):
        return False
    return doc[span[-1].i + 1].pos_ == "PROPN"


def _is_year(c: _Candidate, text: str, ents: list[_Ent]) -> bool:
    if _previous_word(text, c.start) in _CUES["year"] or "year" in norm(c.match.group()):
        return True
    counted = _COUNTED.match(text, c.end)
    if counted and counted.group(1).lower() not in grammar.TRIGGERS:
        return False  # "scored 1990 points"
    return any(e.label == "DATE" and e.start <= c.start and c.end <= e.end for e in ents)


def _is_season(doc: Doc, c: _Candidate, ents: list[_Ent]) -> bool:
    """A season word alone is a season when it is a noun outside a name: not "fall" (a drop),
    not "spring into action", "the Arab Spring" or "the Spring of Life" rally. Inside a
    parser DATE that says more ("the wet summer") the entity keeps its wider span."""
    if norm(c.match["season"]) in AMBIGUOUS_SEASONS:
        return False
    if not (c.match["year"] or c.match["rel"]) and any(
        e.label == "DATE"
        and e.start <= c.match.start("season") < e.end
        and e.end - e.start > c.end - c.start
        and not _ENTITY_SKIP.search(c.match.string, e.start, e.end)
        for e in ents
    ):
        return False
    span = doc.char_span(c.match.start("season"), c.end, alignment_mode="expand")
    if span is None or span[0].pos_ not in ("NOUN", "PROPN"):
        return False
    token = span[0]
    before = doc[token.i - 1] if token.i > 0 else None
    if (
        before is not None
        and before.is_title
        and not token.is_sent_start
        and not before.is_sent_start
    ):
        return False  # "the Arab Spring"
    after = doc[token.i + 1 : token.i + 3]
    return not (len(after) == 2 and after[0].lower_ == "of" and after[1].is_title)


def _is_month(c: _Candidate, doc: Doc, text: str) -> bool:
    if c.match["shift"] or c.match["mod"]:
        return True
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None or span[0].pos_ in ("VERB", "AUX"):
        return False
    return _previous_word(text, c.start) in _CUES["month"]


def _resolve(candidates: list[_Candidate]) -> list[_Candidate]:
    """Keep the longest of overlapping candidates (ties: the earlier pattern), in text order."""
    ranked = sorted(candidates, key=lambda c: (c.start - c.end, grammar.PRIORITY[c.kind], c.start))
    taken: list[_Candidate] = []
    for c in ranked:
        if all(c.end <= t.start or t.end <= c.start for t in taken):
            taken.append(c)
    return sorted(taken, key=lambda c: c.start)


def _normalise(chosen: list[_Candidate], doc: Doc, text: str, published: dt.date | None) -> None:
    ctx = Context(published=published, tense=lambda: "present")
    for c in chosen:
        ctx.tense = partial(tense_at, doc, c.start, c.end)
        ctx.cue = partial(cue_at, doc, c.start, c.end)
        ctx.before = text[max(0, c.start - 30) : c.start]
        ctx.after = text[c.end : c.end + 3]
        try:
            c.timex = HANDLERS[c.kind](c.match, ctx)
        except (OverflowError, ValueError):
            # counting past 9999 or before year 1 ("next year" in 9999): no date, no crash
            c.timex = Timex("DATE", "XXXX-XX-XX", anchors=False)
        if c.timex is not None and c.timex.end is not None:
            c.end = c.timex.end
        point = c.timex.point if c.timex and c.timex.anchors else None
        if point is not None and point.date is not None:
            ctx.ref = point


def tense_at(doc: Doc, start: int, end: int) -> Tense:
    """The tense of the verb governing the characters ``start:end`` (present if none).

    A gerund without auxiliaries ("after hitting a low on Thursday") takes the tense of the
    clause it hangs from.
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return "present"
    token = _governing_verb(span.root)
    if token is None:
        return "present"
    group = [t for t in token.children if t.dep_ in ("aux", "auxpass")] + [token]
    if token.tag_ == "VBG" and len(group) == 1 and token.head is not token:
        token = _governing_verb(token.head) or token
        group = [t for t in token.children if t.dep_ in ("aux", "auxpass")] + [token]
    return _verb_tense(token, group)


def cue_at(doc: Doc, start: int, end: int) -> str | None:
    """What the context says of a weekday at ``start:end`` besides tense.

    "until" or "since" for a signal word just before it ("postponed until Tuesday", "since
    Monday"; not after a past perfect: "had filed by Wednesday"), "said" when a past-tense
    speech verb governs it ("New Zealand said Friday"), else None. The words come from the
    ``time_cues`` table.
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    verb = _governing_verb(span.root) if span is not None else None
    signal = _SIGNAL.search(doc_text(doc), max(0, start - 20), start)
    if signal is not None and signal["word"].lower() in _CUES["since"]:
        return "since"
    if signal is not None and not _past_perfect(verb):  # "had filed by Wednesday": gone by
        return "until"
    if verb is not None and verb.lemma_ in _CUES["said"] and verb.tag_ in ("VBD", "VBN"):
        return "said"
    return None


def _past_perfect(verb: Token | None) -> bool:
    return verb is not None and any(t.lower_ == "had" for t in verb.children if t.dep_ == "aux")


def _governing_verb(token: Token) -> Token | None:
    """The verb above ``token``; an adjective on the way ("payable Dec. 7") hides its tense."""
    for _ in range(4):
        if token.pos_ in ("VERB", "AUX", "ADJ") or token.head is token:
            break
        token = token.head
    return token if token.pos_ in ("VERB", "AUX") else None


def _verb_tense(token: Token, group: list[Token]) -> Tense:
    if any(t.lower_ in _FUTURE_AUX for t in group):
        return "future"
    if any(t.tag_ == "TO" for t in group) and token.head is not token:
        return _infinitive_tense(token.head)
    if any(t.tag_ == "MD" for t in group):
        return "present"  # "could be located Wednesday": either way
    if any(t.tag_ == "VBD" for t in group):
        return "past"
    if token.tag_ == "VBN" and all(t.lemma_ != "be" for t in group[:-1]):
        return "past"  # "has met", "the year ended March 31"
    return "present"


def _infinitive_tense(head: Token) -> Tense:
    """An infinitive looks ahead of its clause: "is to resume Tuesday", "is expected to close
    Monday" name a coming day; after a past clause ("was to meet Friday") either way."""
    if head.lemma_ not in _CUES["ahead"]:
        return "present"
    verb = head.head if head.pos_ == "ADJ" else head  # "had been due to expire"
    group = [t for t in verb.children if t.dep_ in ("aux", "auxpass")] + [verb]
    if any(t.tag_ in ("TO", "MD") for t in group) or _verb_tense(verb, group) == "past":
        return "present"
    return "future"


def _merge_clock(text: str, chosen: list[_Candidate]) -> list[_Candidate]:
    """Join a time of day to the day beside it: "10 p.m. Wednesday", "Friday at noon"."""
    merged: list[_Candidate] = []
    for c in chosen:
        prev = merged[-1] if merged else None
        if prev is not None and _joinable(text, prev, c):
            merged[-1] = _join(prev, c)
        else:
            merged.append(c)
    return merged


def _merge_counted_day(text: str, chosen: list[_Candidate]) -> list[_Candidate]:
    """Join "the day before|after" to the date it counts from: "the day before last
    Tuesday", "the night after Christmas" are one expression, valued from that date."""
    merged: list[_Candidate] = []
    for c in chosen:
        prev = merged[-1] if merged else None
        if (
            prev is not None
            and prev.kind == "relday"
            and prev.match["rel"]
            and _COUNTED_GAP.fullmatch(text, prev.end, c.start)
            and _DAY_VALUE.match(c.timex.value)  # type: ignore[union-attr]
        ):
            merged[-1] = _count_from(prev, c)
        else:
            merged.append(c)
    return merged


def _count_from(rel: _Candidate, day: _Candidate) -> _Candidate:
    """``rel`` ("the night before") valued a day off the date ``day`` names."""
    part = rel.timex.value.partition("T")[2]  # type: ignore[union-attr]
    year, month_day = day.timex.value[:4], day.timex.value[4:]  # type: ignore[union-attr]
    offset = dt.timedelta(days=1 if norm(rel.match["rel"]) == "after" else -1)
    if "X" in month_day:
        value = "XXXX-XX-XX"  # a day off an unknown day is unknown
    elif year == "XXXX":  # "the day after Christmas", year unknown: the same in any year?
        days = {(dt.date.fromisoformat(y + month_day) + offset).isoformat()[4:] for y in _YEARS}
        value = "XXXX" + days.pop() if len(days) == 1 else "XXXX-XX-XX"
    else:
        value = _day_off(year + month_day, offset)
    timex = Timex("TIME" if part else "DATE", f"{value}T{part}" if part else value)
    return _Candidate(rel.kind, rel.start, day.end, rel.match, timex)


def _day_off(day: str, offset: dt.timedelta) -> str:
    """The ISO day ``offset`` from ``day``; unknown past the calendar's ends."""
    try:
        return (dt.date.fromisoformat(day) + offset).isoformat()
    except (OverflowError, ValueError):
        return "XXXX-XX-XX"


def _joinable(text: str, left: _Candidate, right: _Candidate) -> bool:
    if (left.kind in _CLOCK_KINDS) == (right.kind in _CLOCK_KINDS):
        return False
    day = right if left.kind in _CLOCK_KINDS else left
    gap = grammar.JOINER.fullmatch(text, left.end, right.start)
    return gap is not None and bool(_DAY_VALUE.match(day.timex.value))  # type: ignore[union-attr]


def _join(left: _Candidate, right: _Candidate) -> _Candidate:
    clock, day = (left, right) if left.kind in _CLOCK_KINDS else (right, left)
    hhmm = clock.timex.value.split("T", 1)[1]  # type: ignore[union-attr]
    value = f"{day.timex.value}T{hhmm}"  # type: ignore[union-attr]
    return _Candidate(clock.kind, left.start, right.end, left.match, Timex("TIME", value))
