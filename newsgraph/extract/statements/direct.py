"""Direct quotes: join quoted stretches to the cues the parse found, or find their cue beside
them, or let them continue the turn of the statement just before."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsgraph.extract.nlp import doc_text
from newsgraph.extract.statements.found import Found, Range, token_range
from newsgraph.extract.statements.lexicon import Lexicon
from newsgraph.extract.statements.marks import Quote
from newsgraph.extract.statements.speakers import set_speaker, subject_of
from newsgraph.extract.statements.speech import discourse

_DASHES = frozenset({"—", "–", "―", "--", "-"})
_CUE_WINDOW = 8  # tokens between a quote and a cue verb beside it ("…," the senator said)
_COLON_WINDOW = 24  # a colon introduces its quote from anywhere in the clause before it
_TURN_GAP = 240  # characters a quote may sit after the statement whose turn it continues
_MIN_MIXED_WORDS = 3  # shorter quotes inside a sentence are scare quotes, not statements


def attach_quotes(doc: Doc, found: list[Found], quotes: list[Quote], lex: Lexicon) -> None:
    """Widen contents to the quotes they touch, add statements for the remaining quotes, and
    settle direct/mixed/indirect (in place, keeps ``found`` in text order)."""
    quotes = [q for q in quotes if q.end - q.start > 2]
    spoken = [f for f in found if f.content is not None]
    loose = []
    for quote in quotes:
        if any(_is_turn_label(f) and _within(f.cue, quote) for f in spoken):
            continue  # a quoted transcript: each "NAME:" turn is its own statement
        owners = [
            f
            for f in spoken
            if _overlaps(f.content, quote) and not (f.cue and _within(f.cue, quote))
        ]  # a cue inside the quote is the quoted speaker's own "I swear …", not its cue
        for owner in owners:
            owner.content = (min(owner.content[0], quote.start), max(owner.content[1], quote.end))
        if not owners:
            loose.append(quote)
    for quote in loose:
        statement = _beside(doc, quote, found, lex)
        if statement is None:
            statement = _continuation(doc_text(doc), quote, found)
        if statement is not None:
            found.append(statement)
            spoken.append(statement)
    found.sort(key=lambda f: (f.content or f.cue or (0, 0))[0])
    for statement in found:
        _settle_kind(statement, quotes)


def _is_turn_label(statement: Found) -> bool:
    return statement.cue_token is not None and statement.cue_token.text == ":"


def _within(a: Range, b: Quote) -> bool:
    return b.start <= a[0] and a[1] <= b.end


def _overlaps(a: Range, b: Quote) -> bool:
    return a[0] < b.end and b.start < a[1]


def _beside(doc: Doc, quote: Quote, found: list[Found], lex: Lexicon) -> Found | None:
    """A cue right after the quote ("…," X said / "…" — X) or right before it (X said: "…")."""
    used = {f.cue_token.i for f in found if f.cue_token is not None and f.content is not None}
    text = doc_text(doc)
    after = _token_at(doc, quote.end)
    if (
        after is not None
        and not _new_line(text, quote, after)
        and _opens_sentence(text, quote.start)
    ):
        if after.text in _DASHES:
            return _dashed(doc, quote, after)
        for token in doc[after.i : min(after.i + _CUE_WINDOW, after.sent.end)]:
            if _is_cue(token, lex) and token.i not in used:
                return _quoted(quote, token)
            if token.text in (".", "!", "?") or token.text in '"“”':
                break
    before = _token_at(doc, quote.start - 1, backwards=True)
    words = len(text[quote.start : quote.end].split())
    if before is not None and before.text in (":", ",") and words >= _MIN_MIXED_WORDS:
        reach = _COLON_WINDOW if before.text == ":" else _CUE_WINDOW
        window = doc[max(before.sent.start, before.i - reach) : before.i]
        for token in reversed(window):
            if _is_cue(token, lex) and token.i not in used:
                return _quoted(quote, token)
    return None


def _new_line(text: str, quote: Quote, after: Token) -> bool:
    """Whether a line that starts a sentence parts the quote from the token after it: the
    next paragraph's "Trump spoke …" is no cue of it, while "⏎said Smith" (a wrapped line)
    and "⏎— Steve Jobs" (an attribution line) still are."""
    return (
        "\n" in text[quote.end : after.idx]
        and bool(after.is_sent_start)
        and after.text not in _DASHES
    )


def _opens_sentence(text: str, offset: int) -> bool:
    """Does a quote at ``offset`` start its sentence (line start, or after . ! ? : or a quote)?"""
    before = text[:offset].rstrip(" \t")
    return not before or before[-1] in "\n.!?:\"”'’"


def _dashed(doc: Doc, quote: Quote, dash: Token) -> Found | None:
    """ "…" — Jane Doe: the name after the dash is the speaker, the dash the cue."""
    name = next((t for t in doc[dash.i + 1 : dash.i + 3] if not t.is_space), None)
    if name is None or name.pos_ != "PROPN":
        return None
    while name.dep_ == "compound" and name.head.i > name.i and name.head.pos_ == "PROPN":
        name = name.head
    return set_speaker(Found("direct", token_range(dash), None, (quote.start, quote.end)), name)


def _is_cue(token: Token, lex: Lexicon) -> bool:
    entry = lex.verbs.get(token.lemma_)
    return (
        entry is not None
        and token.pos_ in ("VERB", "AUX")
        and bool(entry.frames & {"clause", "quote"})
        and not discourse(token, lex)  # "…” That said, she …": no cue of the quote
        and not _shows_object(token, lex)
    )


def _shows_object(token: Token, lex: Lexicon) -> bool:
    """ "…" The side have shown their determination: a verb of the reporting_data_verbs
    table with an object shows that object; it is no cue of a quote beside it."""
    return token.lemma_ in lex.data_verbs and any(c.dep_ == "dobj" for c in token.children)


def _quoted(quote: Quote, cue: Token) -> Found:
    found = Found("direct", token_range(cue), None, (quote.start, quote.end), cue)
    speaker = subject_of(cue)
    if speaker is None:  # "…," said the senator: the subject may follow as a dobj/attr
        speaker = next(
            (c for c in cue.children if c.i > cue.i and c.pos_ in ("PROPN", "NOUN")), None
        )
    return set_speaker(found, speaker)


def _token_at(doc: Doc, offset: int, *, backwards: bool = False) -> Token | None:
    """The first token starting at or after ``offset`` (or ending at or before it)."""
    text = doc_text(doc)
    step = -1 if backwards else 1
    while 0 <= offset < len(text) and text[offset].isspace():
        offset += step
    if not 0 <= offset < len(text):
        return None
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _continuation(text: str, quote: Quote, found: list[Found]) -> Found | None:
    """A quote with no cue continues the turn of the statement just before it."""
    previous = [f for f in found if f.content is not None and f.content[1] <= quote.start]
    if not previous:
        return None
    last = max(previous, key=lambda f: f.content[1])
    gap = text[last.content[1] : quote.start]
    if last.speaker is None or len(gap) > _TURN_GAP or gap.count("\n") > 2:
        return None
    opens_sentence = not gap.strip() or gap.rstrip()[-1:] in '.!?"”:'
    if not opens_sentence and (
        "\n" in gap or len(text[quote.start : quote.end].split()) < _MIN_MIXED_WORDS
    ):
        return None
    # A quote opening the next sentence continues the turn under its cue; one inside the
    # cue's own sentence ("…," he said, but "when …") is governed by the cue too.
    in_cue_sentence = last.cue_token is not None and (
        last.cue_token.sent.start_char <= quote.start < last.cue_token.sent.end_char
    )
    shares_cue = opens_sentence or in_cue_sentence
    cue = last.cue if shares_cue else None
    statement = Found("direct" if opens_sentence else "mixed", cue, last.speaker, quote)
    statement.speaker_head, statement.inherited = last.speaker_head, True
    statement.speaker_unnamed = last.speaker_unnamed
    statement.relative, statement.members = last.relative, list(last.members)
    statement.cue_token = last.cue_token if shares_cue else None
    statement.carriers = list(last.carriers)
    return statement


def _fragment_ends_sentence(text: str, quote: Quote, gap: str) -> bool:
    """A quoted clause that closes the narrator's sentence ("… about “what to do with it.”")
    is reported speech; a short quoted phrase mid-sentence is a scare quote."""
    inner = text[quote.start : quote.end].rstrip("\"”'’»")
    return "\n" not in gap and len(inner.split()) >= _MIN_MIXED_WORDS and inner[-1:] in ".!?"


def _settle_kind(statement: Found, quotes: list[Quote]) -> None:
    if statement.kind == "no_comment" or statement.content is None:
        return
    if statement.inherited and statement.kind == "mixed":
        return  # a quoted fragment inside the narrator's sentence
    start, end = statement.content
    inside = [q for q in quotes if start <= q.start and q.end <= end]
    if any(q.start - start <= 1 and end - q.end <= 1 for q in inside):
        statement.kind = "direct"
    elif inside:
        statement.kind = "mixed"
    elif statement.kind != "mixed":
        statement.kind = "indirect"
