"""Statements stage: direct quotes, reported speech, no-comment, speakers, hearers, carriers."""

from __future__ import annotations

import pytest
from conftest import EXAMPLE
from spacy.language import Language

from newsgraph.extract.lexicon import table_names
from newsgraph.extract.pipeline import analyze
from newsgraph.extract.quotes.lexicon import FRAMES, lexicon
from newsgraph.extract.quotes.marks import find_quotes
from newsgraph.extract.statements import find_statements
from newsgraph.record import Entity, Mention, Statement, Time


def _statements(
    nlp: Language, text: str, entities: list[Entity] | None = None, times: list[Time] | None = None
) -> list[Statement]:
    statements = find_statements(nlp(text), entities=entities or [], times=times or [])
    for statement in statements:  # the record's contract, checked on every case
        for span in (statement.speaker, statement.cue, statement.content):
            if span is not None:
                assert 0 <= span.start < span.end <= len(text)
                assert text[span.start : span.end] == span.text
    assert [s.id for s in statements] == [f"S{i}" for i in range(1, len(statements) + 1)]
    return statements


def _row(statement: Statement) -> tuple[str, str | None, str | None, str | None]:
    def text(span: object) -> str | None:
        return None if span is None else span.text  # type: ignore[attr-defined]

    return statement.kind, text(statement.speaker), text(statement.cue), text(statement.content)


def _entity(eid: str, text: str, name: str, *, sector: str | None = None) -> Entity:
    mentions = []
    start = text.find(name)
    while start >= 0:
        mentions.append(Mention(start=start, end=start + len(name), text=name, kind="name"))
        start = text.find(name, start + 1)
    return Entity(id=eid, name=name, type="ORG", sector=sector, mentions=mentions)


DIRECT = [
    (
        '"We will win this fight," Smith said.',
        ("direct", "Smith", "said", '"We will win this fight,"'),
    ),
    (
        "“The talks are over,” said Maria Lopez, the union leader.",
        ("direct", "Maria Lopez", "said", "“The talks are over,”"),
    ),
    (
        "The minister said: “Prices will fall next year.”",
        ("direct", "The minister", "said", "“Prices will fall next year.”"),
    ),
    (
        "The senator told Reuters, “Nobody expected the vote to pass.”",
        ("direct", "The senator", "told", "“Nobody expected the vote to pass.”"),
    ),
    (
        "“I never met him.” ― Jane Doe",
        ("direct", "Jane Doe", "―", "“I never met him.”"),
    ),
    (
        "Gov. Ann Reyes: “We have enough water for the summer.”",
        ("direct", "Gov. Ann Reyes", ":", "“We have enough water for the summer.”"),
    ),
    (
        "«Nous allons gagner cette bataille», the mayor said.",
        ("direct", "the mayor", "said", "«Nous allons gagner cette bataille»"),
    ),
    (
        "He stated, “It is natural that talks will resume, but the terms must ripen.”",
        (
            "direct",
            "He",
            "stated",
            "“It is natural that talks will resume, but the terms must ripen.”",
        ),
    ),
]


@pytest.mark.parametrize(("text", "expected"), DIRECT)
def test_statements_direct_quote_with_cue(nlp: Language, text: str, expected: tuple) -> None:
    assert _row(_statements(nlp, text)[0]) == expected


def test_statements_name_colon_line_openers(nlp: Language) -> None:
    text = (
        "Lopez: Talks With the Union Have Failed\n\n"
        '"PENCE: Well, look, the vote is next week.\n\n'
        "Maria Lopez met Mike Pence on Monday. Correction: An earlier version misspelled a name."
    )
    entities = [
        Entity(id="E1", name="Maria Lopez", type="PERSON"),
        Entity(id="E2", name="Mike Pence", type="PERSON"),
    ]
    rows = [_row(s) for s in _statements(nlp, text, entities) if s.cue and s.cue.text == ":"]
    assert rows == [
        ("indirect", "Lopez", ":", "Talks With the Union Have Failed"),
        ("indirect", "PENCE", ":", "Well, look, the vote is next week"),
    ]


def test_statements_multi_sentence_quote_is_one_content(nlp: Language) -> None:
    text = '"The plan failed. Nobody wanted it. We start again tomorrow," the coach said.'
    (statement,) = _statements(nlp, text)
    assert _row(statement) == (
        "direct",
        "the coach",
        "said",
        '"The plan failed. Nobody wanted it. We start again tomorrow,"',
    )


def test_statements_quote_runs_over_paragraphs(nlp: Language) -> None:
    text = (
        "The mayor spoke for an hour. She said: “We rebuilt the bridge.\n\n"
        "“We rebuilt the school. We will rebuild the station.”\n\nThe crowd cheered."
    )
    statements = _statements(nlp, text)
    quote = next(s for s in statements if s.kind == "direct")
    assert quote.content is not None
    assert quote.content.text.startswith("“We rebuilt the bridge.")
    assert quote.content.text.endswith("We will rebuild the station.”")


def test_statements_quote_without_cue_continues_the_turn(nlp: Language) -> None:
    text = '"It is going well so far," Ross said. "Police are out there doing their jobs."'
    first, second = _statements(nlp, text)
    assert _row(first) == ("direct", "Ross", "said", '"It is going well so far,"')
    assert _row(second) == ("direct", "Ross", "said", '"Police are out there doing their jobs."')


def test_statements_quote_then_cue_without_comma(nlp: Language) -> None:
    text = "“The budget is a disaster.” Jones added. The vote is on Friday."
    statements = _statements(nlp, text)
    assert _row(statements[0]) == ("direct", "Jones", "added", "“The budget is a disaster.”")


INDIRECT = [
    (
        "Podolyak emphasized that Russia was losing the war.",
        ("indirect", "Podolyak", "emphasized", "that Russia was losing the war"),
    ),
    (
        "The ministry said the border would reopen on Monday.",
        ("indirect", "The ministry", "said", "the border would reopen on Monday"),
    ),
    (
        "Prices will rise again, according to the central bank.",
        ("indirect", "the central bank", "according to", "Prices will rise again"),
    ),
    (
        "According to Amnesty International, dozens were detained overnight.",
        (
            "indirect",
            "Amnesty International",
            "According to",
            "dozens were detained overnight",
        ),
    ),
    (
        "Garcia expressed his belief that the strike will end soon.",
        ("indirect", "Garcia", "expressed his belief", "that the strike will end soon"),
    ),
    (
        "The governor wants to cut the sales tax.",
        ("indirect", "The governor", "wants", "to cut the sales tax"),
    ),
    (
        "Most economists believe that inflation has peaked.",
        ("indirect", "Most economists", "believe", "that inflation has peaked"),
    ),
    (
        "The league, which opened an inquiry last week, has firmly stated that it will not "
        "change the rules.",
        ("indirect", "The league", "stated", "that it will not change the rules"),
    ),
    (
        "The museum, the director said, would open in May.",
        ("indirect", "the director", "said", "The museum, the director said, would open in May"),
    ),
    (
        "The senator called for a ban on assault weapons.",
        ("indirect", "The senator", "called", "a ban on assault weapons"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), INDIRECT)
def test_statements_indirect_speech(nlp: Language, text: str, expected: tuple) -> None:
    assert _row(_statements(nlp, text)[0]) == expected


def test_statements_coordinated_speakers_of_reports(nlp: Language) -> None:
    text = (
        "This follows reports by The Daily Planet and Metro Times on Monday, which stated "
        "that the mayor had resigned."
    )
    (statement,) = _statements(nlp, text)
    assert _row(statement) == (
        "indirect",
        "The Daily Planet and Metro Times",
        "stated",
        "that the mayor had resigned",
    )


def test_statements_mixed_quote_inside_indirect_speech(nlp: Language) -> None:
    text = "The council has echoed this, emphasizing that “no deal without consent” should hold."
    statements = _statements(nlp, text)
    mixed = next(s for s in statements if s.kind == "mixed")
    assert _row(mixed) == (
        "mixed",
        "The council",
        "emphasizing",
        "that “no deal without consent” should hold",
    )


def test_statements_quoted_clause_ending_a_sentence_is_mixed(nlp: Language) -> None:
    text = (
        "Lee disclosed that he met the envoy. The Daily Courier reported this revelation made "
        "by Lee, shedding light on their talks about “what to do with the harbour.”"
    )
    entities = [_entity("E1", text, "Lee"), _entity("E2", text, "Daily Courier", sector="MED")]
    statements = _statements(nlp, text, entities)
    mixed = next(s for s in statements if s.content and "harbour" in s.content.text)
    assert mixed.kind == "mixed"
    assert mixed.speaker is not None and mixed.speaker.text == "Lee"
    assert mixed.reported_by == ["E2"]


def test_statements_scare_quote_is_not_a_statement(nlp: Language) -> None:
    text = "Lee spoke on Monday. The company sold “premium” water to hotels."
    assert all(s.content is None or "premium" not in s.content.text for s in _statements(nlp, text))


NO_COMMENT = [
    ("The Central Intelligence Agency declined to provide any comments on the remarks.",
     "The Central Intelligence Agency", "declined to provide any comments"),
    ("A spokesman for the company declined to comment.", "A spokesman", "declined to comment"),
    ("The White House did not respond to a request for comment.", "The White House",
     "respond to a request for comment"),
    ("The coach refused to say whether he would stay.", "The coach", "refused to say"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "speaker", "cue"), NO_COMMENT)
def test_statements_no_comment(nlp: Language, text: str, speaker: str, cue: str) -> None:
    (statement,) = _statements(nlp, text)
    assert _row(statement) == ("no_comment", speaker, cue, None)


def test_statements_pronoun_speaker_resolves_through_entity_at(nlp: Language) -> None:
    text = "Maria Lopez spoke first. She said the union would strike."
    lopez = _entity("E1", text, "Maria Lopez")
    lopez.mentions.append(Mention(start=25, end=28, text="She", kind="pronoun"))
    statements = _statements(nlp, text, [lopez])
    assert statements[0].speaker is not None
    assert (statements[0].speaker.text, statements[0].speaker.entity) == ("She", "E1")


def test_statements_unresolved_speaker_keeps_surface_span(nlp: Language) -> None:
    (statement,) = _statements(nlp, "He said the vote was rigged.")
    assert statement.speaker is not None
    assert (statement.speaker.text, statement.speaker.entity) == ("He", None)


def test_statements_addressee_outlet_carries_the_statement(nlp: Language) -> None:
    text = "Grant told Reuters, “We are not leaving.”"
    entities = [_entity("E1", text, "Grant"), _entity("E2", text, "Reuters", sector="MED")]
    (statement,) = _statements(nlp, text, entities)
    assert (statement.addressee, statement.reported_by) == ("E2", ["E2"])


def test_statements_speaking_to_an_outlet(nlp: Language) -> None:
    text = "Vance, speaking to the Daily Courier, said the mine would close. He said it twice."
    entities = [
        _entity("E1", text, "Vance"),
        _entity("E2", text, "Daily Courier", sector="MED"),
    ]
    statement = _statements(nlp, text, entities)[0]
    assert statement.addressee == "E2"
    assert statement.reported_by == ["E2"]


def test_statements_outlet_reporting_a_revelation_carries_it(nlp: Language) -> None:
    text = (
        "Lee disclosed that he met the envoy in May. The Daily Courier reported this "
        "revelation made by Lee."
    )
    entities = [_entity("E1", text, "Lee"), _entity("E2", text, "Daily Courier", sector="MED")]
    statements = _statements(nlp, text, entities)
    assert len(statements) == 1
    assert _row(statements[0])[:3] == ("indirect", "Lee", "disclosed")
    assert statements[0].reported_by == ["E2"]


def test_statements_outlet_reporting_that_someone_said(nlp: Language) -> None:
    text = "The Daily Courier reported that Lee said the talks had failed."
    entities = [_entity("E1", text, "Lee"), _entity("E2", text, "Daily Courier", sector="MED")]
    (statement,) = _statements(nlp, text, entities)
    assert _row(statement) == ("indirect", "Lee", "said", "the talks had failed")
    assert statement.reported_by == ["E2"]


def test_statements_time_governing_the_cue(nlp: Language) -> None:
    text = "On Monday, Lee said the talks would resume on Friday."
    monday = Time(id="T1", start=3, end=9, text="Monday", type="DATE", value="XXXX-WXX-1")
    friday = Time(id="T2", start=44, end=50, text="Friday", type="DATE", value="XXXX-WXX-5")
    (statement,) = _statements(nlp, text, times=[monday, friday])
    assert statement.time == "T1"


def test_statements_speech_inside_a_quote_is_not_another_statement(nlp: Language) -> None:
    text = '"I think we will win, and I said so," Kim said.'
    statements = _statements(nlp, text)
    assert [_row(s)[2] for s in statements] == ["said"]
    assert statements[0].speaker is not None and statements[0].speaker.text == "Kim"


def test_statements_headline_does_not_swallow_the_first_sentence(nlp: Language) -> None:
    text = "Spy chief confirms call with rival\nThe spy chief disclosed that he held a call."
    statements = _statements(nlp, text)
    assert any(_row(s)[2] == "disclosed" for s in statements)


LONG_QUOTE = "“" + " ".join(["The river rose again and we waited."] * 430) + "”"
BAD_INPUT = [
    pytest.param("He said “this never closes and goes on", id="unbalanced"),
    pytest.param("“ ” ” “ \" ' ‘ ’ « »", id="stray-marks"),
    pytest.param('The 6\'2" center said he was "ready" to play.', id="inches"),
    pytest.param("“He told me ‘never say “never” again’,” she said.", id="nested"),
    pytest.param(LONG_QUOTE + " the farmer said.", id="3000-words"),
    pytest.param(LONG_QUOTE, id="one-long-quote"),
    pytest.param("&quot;We are ready,&quot; the mayor said.", id="html-entities"),
    pytest.param("", id="empty"),
    pytest.param("\n\n\n", id="blank-lines"),
    pytest.param("Said.", id="bare-cue"),
]


@pytest.mark.parametrize("text", BAD_INPUT)
def test_statements_bad_input_never_raises(nlp: Language, text: str) -> None:
    _statements(nlp, text)  # the helper checks offsets and span texts


def test_statements_html_entity_quotes_are_quotes(nlp: Language) -> None:
    (statement,) = _statements(nlp, "&quot;We are ready,&quot; the mayor said.")
    assert _row(statement) == ("direct", "the mayor", "said", "&quot;We are ready,&quot;")


def test_statements_long_quote_is_one_statement(nlp: Language) -> None:
    text = LONG_QUOTE + " the farmer said."
    (statement,) = _statements(nlp, text)
    assert statement.content is not None and statement.content.text == LONG_QUOTE


QUOTES = [
    ('He said "yes" twice.', ['"yes"']),
    ("“one” and “two”", ["“one”", "“two”"]),
    ("a 6'2\" man", []),
    ('a 12" pipe and "a quote"', ['"a quote"']),
    ("“outer ‘inner’ “nested” end” done", ["“outer ‘inner’ “nested” end”"]),
    ("it’s ‘fine’ now", ["‘fine’"]),
    ("''NYT style,'' he said", ["''NYT style,''"]),
    ("“First.\n\n“Second.”\n", ["“First.\n\n“Second.”"]),
    ("Stray “ mark mid paragraph.\nNext line.", []),
    ("“Opened the line and never closed\nNext line.", ["“Opened the line and never closed"]),
    ("”Closer opens a paragraph.”", ["”Closer opens a paragraph.”"]),
]


@pytest.mark.parametrize(("text", "expected"), QUOTES)
def test_statements_quote_marks_pairing(text: str, expected: list[str]) -> None:
    assert [text[q.start : q.end] for q in find_quotes(text)] == expected


def test_statements_reporting_tables_load() -> None:
    names = [n for n in table_names() if n.startswith("reporting_")]
    assert {"reporting_verbs", "reporting_nouns", "reporting_no_comment"} <= set(names)
    lex = lexicon()
    assert len(lex.verbs) > 150
    assert all(entry.frames <= FRAMES for entry in lex.verbs.values())
    assert ("according", "to") in lex.phrases
    assert "decline" in lex.no_comment


# The example article: the "must" items of shared/seed/expected.md, by general rules only.
MUST = [
    ("Naryshkin", "disclosed", "indirect", "that he held a phone conversation"),
    ("The Central Intelligence Agency", "declined to provide any comments", "no_comment", None),
    ("He", "stated", "direct", "“It’s natural that negotiations will be possible"),
    ("he", "told", "direct", "“Today, someone like Naryshkin has no leverage"),
    ("He", "added", "direct", "“This Russian elite perceives events"),
]


@pytest.fixture(scope="module")
def example_statements() -> list[Statement]:
    return analyze(EXAMPLE.read_text(encoding="utf-8"), published="2023-07-04").statements


def _find(statements: list[Statement], cue: str, content: str | None) -> Statement:
    for statement in statements:
        if statement.cue is None or statement.cue.text != cue:
            continue
        if content is None or (statement.content and statement.content.text.startswith(content)):
            return statement
    raise AssertionError(f"no statement with cue {cue!r} and content {content!r}")


@pytest.mark.parametrize(("speaker", "cue", "kind", "content"), MUST)
def test_statements_example_must_items(
    example_statements: list[Statement], speaker: str, cue: str, kind: str, content: str | None
) -> None:
    statement = _find(example_statements, cue, content)
    assert statement.kind == kind
    assert statement.speaker is not None and speaker in statement.speaker.text


def test_statements_example_should_items(example_statements: list[Statement]) -> None:
    for cue, content, kind in [
        ("stated", "that Burns had reached out", "indirect"),
        ("confirmed", "that Burns addressed the events", "indirect"),
        ("expressed his belief", "that negotiations regarding the war", "indirect"),
        ("emphasized", "that Russia was losing the war", "indirect"),
        ("stated", "that it will not engage in talks", "indirect"),
        ("emphasized", "that other nations should not negotiate", "indirect"),
        ("emphasizing", "that “nothing about Ukraine without Ukraine”", "mixed"),
    ]:
        assert _find(example_statements, cue, content).kind == kind


ENTITY_NAMES = [
    ("disclosed", "that he held", "Sergey Naryshkin", None, ["TASS"]),
    ("stated", "“It’s natural", "Sergey Naryshkin", None, None),
    ("told", "“Today", "Mykhailo Podolyak", "Reuters", ["Reuters"]),
    ("added", "“This Russian elite", "Mykhailo Podolyak", None, None),
    ("expressed his belief", "that negotiations", "Sergey Naryshkin", "TASS", ["TASS"]),
    ("declined to provide any comments", None, "Central Intelligence Agency", None, None),
]


@pytest.mark.parametrize(("cue", "content", "speaker", "addressee", "carriers"), ENTITY_NAMES)
def test_statements_example_speakers_resolve_to_entities(
    cue: str, content: str | None, speaker: str, addressee: str | None, carriers: list | None
) -> None:
    analysis = analyze(EXAMPLE.read_text(encoding="utf-8"), published="2023-07-04")
    statement = _find(analysis.statements, cue, content)
    names = {e.id: e.name for e in analysis.entities}
    assert statement.speaker is not None
    assert names.get(statement.speaker.entity or "") == speaker
    if addressee is not None:
        assert names.get(statement.addressee or "") == addressee
    if carriers is not None:
        assert [names[c] for c in statement.reported_by] == carriers
