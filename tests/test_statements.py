"""Statements stage: direct quotes, reported speech, no-comment, speakers, hearers, carriers."""

from __future__ import annotations

import pytest
from conftest import EXAMPLE
from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.extract.pipeline import analyze
from newsgraph.extract.statements import find_statements
from newsgraph.extract.statements.lexicon import FRAMES, lexicon
from newsgraph.extract.statements.marks import find_quotes
from newsgraph.lexicon import table_names
from newsgraph.record import Entity, Mention, Statement, Time


def _statements(
    nlp: Language, text: str, entities: list[Entity] | None = None, times: list[Time] | None = None
) -> list[Statement]:
    statements = find_statements(nlp(text), entities=entities or [], times=times or []).statements
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


def test_statements_cue_in_the_next_paragraph_is_not_the_quotes(nlp: Language) -> None:
    """A quote ending its paragraph continues the turn before it; the verb opening the next
    paragraph ("Trump spoke …") is no cue of it."""
    text = (
        "“A deal may emerge,” Graham said. “But this is why he is hurting with voters.”\n\n"
        "On Thursday, Trump spoke to oil industry leaders."
    )
    first, second, *_ = _statements(nlp, text)
    assert _row(first)[:3] == ("direct", "Graham", "said")
    assert _row(second) == (
        "direct",
        "Graham",
        "said",
        "“But this is why he is hurting with voters.”",
    )


def test_statements_quote_in_the_cues_sentence_shares_the_cue(nlp: Language) -> None:
    text = '"I like Larry," she said, but "when it comes to energy, he is a lobbyist."'
    first, second = _statements(nlp, text)
    assert _row(first) == ("direct", "she", "said", '"I like Larry,"')
    assert _row(second) == ("mixed", "she", "said", '"when it comes to energy, he is a lobbyist."')
    text = '"I like Larry," said Sen. Smith, but "when it comes to energy, he is a lobbyist."'
    assert _row(_statements(nlp, text)[1])[2] == "said"  # "Sen." ends no sentence


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        ('"We will win the election,"\nsaid Smith.', "Smith", "said"),  # a wrapped line
        ('"Stay hungry, stay foolish."\n— Steve Jobs', "Steve Jobs", "—"),  # an attribution
    ],
)
def test_statements_cue_on_the_next_line(nlp: Language, text: str, speaker: str, cue: str) -> None:
    assert _row(_statements(nlp, text)[0])[1:3] == (speaker, cue)


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
    (  # a document that is the means of a verb speaks for the verb's subject
        "The company replied in a statement saying it would appeal.",
        ("indirect", "The company", "saying", "it would appeal"),
    ),
    (  # … unless the document names its own source
        "Apple responded in a statement by spokeswoman Kristin Huguet saying the phone works.",
        ("indirect", "spokeswoman Kristin Huguet", "saying", "the phone works"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), INDIRECT)
def test_statements_indirect_speech(nlp: Language, text: str, expected: tuple) -> None:
    assert _row(_statements(nlp, text)[0]) == expected


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The minister said the government would co-operate with the long-term inquiry.",
            "the government would co-operate with the long-term inquiry",
        ),
        (
            "Eircom revealed that it would re-enter the Irish mobile phone market.",
            "that it would re-enter the Irish mobile phone market",
        ),
    ],
)
def test_statements_content_never_ends_inside_a_word(
    nlp: Language, text: str, content: str
) -> None:
    """The parser may split a hyphenated word across two clauses; the content keeps it whole."""
    (statement,) = _statements(nlp, text)
    assert statement.content is not None and statement.content.text == content


def test_statements_unnamed_speaker_is_not_the_name_beside_it(nlp: Language) -> None:
    """ "Mr Blair's spokesman" speaks for Blair but is not Blair: no entity, the span stays."""
    text = "Tony Blair met the families. Mr Blair's official spokesman said the talks went well."
    blair = _entity("E1", text, "Blair")
    (statement,) = _statements(nlp, text, [blair])
    assert statement.speaker is not None
    assert statement.speaker.text == "Mr Blair's official spokesman"
    assert statement.speaker.entity is None
    named = _statements(
        nlp, "Blair said the talks went well.", [_entity("E1", "Blair said", "Blair")]
    )
    assert named[0].speaker is not None and named[0].speaker.entity == "E1"


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


def _person(eid: str, text: str, name: str) -> Entity:
    entity = _entity(eid, text, name)
    entity.type = "PERSON"
    return entity


def test_statements_coordinated_speakers_are_one_group(nlp: Language) -> None:
    text = "Senators Anna Berg and Tom Hale have argued that the bill is flawed."
    entities = [_person("E1", text, "Anna Berg"), _person("E2", text, "Tom Hale")]
    (statement,) = _statements(nlp, text, entities)
    assert statement.speaker is not None
    assert statement.speaker.text == "Senators Anna Berg and Tom Hale"
    assert statement.speaker.entity is None  # a group of two is neither of them


def test_statements_coordinated_quote_speakers_are_one_group(nlp: Language) -> None:
    text = '"We are done," said Tom Hale and Anna Berg.'
    entities = [_person("E1", text, "Tom Hale"), _person("E2", text, "Anna Berg")]
    (statement,) = _statements(nlp, text, entities)
    assert statement.speaker is not None
    assert (statement.speaker.text, statement.speaker.entity) == ("Tom Hale and Anna Berg", None)


def test_statements_coordination_inside_one_name_resolves(nlp: Language) -> None:
    text = "Procter and Gamble said the plant would close."
    (statement,) = _statements(nlp, text, [_entity("E1", text, "Procter and Gamble")])
    assert statement.speaker is not None
    assert (statement.speaker.text, statement.speaker.entity) == ("Procter and Gamble", "E1")


ASKED = [
    ("When Tom Hale was asked about the report, he told Reuters the bill was flawed.", "asked"),
    ("Asked about the report, Tom Hale said the bill was flawed.", "Asked"),
    ("Tom Hale was told that the plant would close.", "told"),
]


@pytest.mark.parametrize(("text", "cue"), ASKED)
def test_statements_passive_hearer_verb_names_the_hearer(
    nlp: Language, text: str, cue: str
) -> None:
    statements = _statements(nlp, text, [_person("E1", text, "Tom Hale")])
    asked = next(s for s in statements if s.cue is not None and s.cue.text == cue)
    assert asked.speaker is None  # whoever asked is not named
    assert asked.addressee == "E1"
    others = [s for s in statements if s is not asked]
    assert all(s.speaker is not None and s.speaker.text in ("he", "Tom Hale") for s in others)


def test_statements_passive_hearer_verb_with_agent(nlp: Language) -> None:
    text = "Tom Hale was asked by a reporter whether he would run again."
    (statement,) = _statements(nlp, text, [_person("E1", text, "Tom Hale")])
    assert statement.speaker is not None and statement.speaker.text == "a reporter"
    assert statement.addressee == "E1"


def test_statements_headline_verb_is_a_statement_of_its_line(nlp: Language) -> None:
    text = "Mayor confirms budget cuts\nThe mayor said on Monday that the budget would shrink."
    rows = [_row(s) for s in _statements(nlp, text)]
    assert ("indirect", "Mayor", "confirms", "budget cuts") in rows
    assert ("indirect", "The mayor", "said", "that the budget would shrink") in rows


def test_statements_relative_pronoun_speaker_resolves_to_its_antecedent(nlp: Language) -> None:
    text = "The talks failed, said Anna Berg, who added that nobody had expected a deal."
    statements = _statements(nlp, text, [_person("E1", text, "Anna Berg")])
    added = next(s for s in statements if s.cue is not None and s.cue.text == "added")
    assert added.speaker is not None  # a pronoun as written, resolved like "she"
    assert (added.speaker.text, added.speaker.entity) == ("who", "E1")


def test_statements_relative_pronoun_without_entity_shows_its_antecedent(nlp: Language) -> None:
    text = "The plan was criticised by an official who said it would fail."
    (statement,) = _statements(nlp, text)
    assert _row(statement) == ("indirect", "an official who", "said", "it would fail")


def test_statements_relative_clause_on_a_date_is_not_the_speaker(nlp: Language) -> None:
    text = "This follows reports by Metro Times on Monday, which stated that the mayor resigned."
    (statement,) = _statements(nlp, text)
    assert statement.speaker is not None and statement.speaker.text == "Metro Times"


def _parsed(nlp: Language, rows: list[tuple[str, str, int, str, str, str]]) -> Doc:
    """A Doc parsed by hand: (word, space after, head, dep, tag, entity label) per token, to
    pin down a parser mistake the rules must survive."""
    pos = {"CD": "NUM", "NN": "NOUN", "NNP": "PROPN", "_SP": "SPACE", "DT": "DET", "VBZ": "VERB",
           "VBG": "VERB", "JJ": "ADJ", ".": "PUNCT", ":": "PUNCT", "NNS": "NOUN", "TO": "PART",
           "VB": "VERB", "AUX": "AUX"}  # fmt: skip
    return Doc(
        nlp.vocab,
        words=[r[0] for r in rows],
        spaces=[r[1] == " " for r in rows],
        heads=[r[2] for r in rows],
        deps=[r[3] for r in rows],
        tags=[r[4] for r in rows],
        pos=["AUX" if r[0] == "is" else pos[r[4]] for r in rows],
        lemmas=[
            {"is": "be", "calling": "call", "urges": "urge"}.get(r[0], r[0].lower()) for r in rows
        ],
        ents=[r[5] for r in rows],
    )


def test_statements_time_stamp_line_is_not_the_speaker(nlp: Language) -> None:
    # "5:45 p.m." on the line above, parsed as a second subject of "calling"
    doc = _parsed(nlp, [
        ("5:45", " ", 1, "nummod", "CD", "B-TIME"), ("p.m.", "", 6, "nsubj", "NN", "I-TIME"),
        ("\n\n", "", 1, "dep", "_SP", "O"), ("The", " ", 4, "det", "DT", "O"),
        ("doctor", " ", 6, "nsubj", "NN", "O"), ("is", " ", 6, "aux", "VBZ", "O"),
        ("calling", " ", 6, "ROOT", "VBG", "O"), ("the", " ", 8, "det", "DT", "O"),
        ("mayor", " ", 6, "dobj", "NN", "O"), ("fit", "", 6, "oprd", "JJ", "O"),
        (".", "", 6, "punct", ".", "O"),
    ])  # fmt: skip
    (statement,) = find_statements(doc, entities=[], times=[]).statements
    assert statement.speaker is not None and statement.speaker.text == "The doctor"


def test_statements_line_label_before_a_colon_is_not_the_speaker(nlp: Language) -> None:
    # "The Latest: Hale urges …" with "Latest" parsed as a second subject of "urges"
    doc = _parsed(nlp, [
        ("The", " ", 1, "det", "DT", "O"), ("Latest", "", 4, "nsubj", "JJ", "O"),
        (":", " ", 4, "punct", ":", "O"), ("Hale", " ", 4, "nsubj", "NNP", "B-PERSON"),
        ("urges", " ", 4, "ROOT", "VBZ", "O"), ("voters", " ", 4, "dobj", "NNS", "O"),
        ("to", " ", 7, "aux", "TO", "O"), ("vote", "", 4, "xcomp", "VB", "O"),
        (".", "", 4, "punct", ".", "O"),
    ])  # fmt: skip
    (statement,) = find_statements(doc, entities=[], times=[]).statements
    assert statement.speaker is not None and statement.speaker.text == "Hale"


def test_statements_anonymity_request_is_not_a_statement(nlp: Language) -> None:
    text = "A senior official who asked not to be named said the talks had failed."
    assert [_row(s)[2] for s in _statements(nlp, text)] == ["said"]


def test_statements_posted_results_are_not_a_statement(nlp: Language) -> None:
    """ "posted a loss" reports figures; "posted on its website that …" is still speech."""
    assert _statements(nlp, "General Motors has posted its first annual loss since 1992.") == []
    text = "Ford posted on its website that losses rose."
    assert [_row(s)[3] for s in _statements(nlp, text)] == ["that losses rose"]


IDIOMS = [
    (
        "The senator made it clear that she would vote against the bill.",
        ("indirect", "The senator", "made it clear", "that she would vote against the bill"),
    ),
    (
        "Clinton laid out her plan to raise taxes.",
        ("indirect", "Clinton", "laid out", "her plan to raise taxes"),
    ),
    (
        "The judge ruled that the law was unconstitutional.",
        ("indirect", "The judge", "ruled", "that the law was unconstitutional"),
    ),
    (
        "The coach encouraged his players to speak up.",
        ("indirect", "The coach", "encouraged", "to speak up"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), IDIOMS)
def test_statements_idiomatic_cues(nlp: Language, text: str, expected: tuple) -> None:
    assert _row(_statements(nlp, text)[0]) == expected


def test_statements_trailing_participle_is_the_speakers_next_statement(nlp: Language) -> None:
    text = "The mayor argued that the new tax would hurt shops, saying it was badly designed."
    rows = [_row(s) for s in _statements(nlp, text)]
    assert rows == [
        ("indirect", "The mayor", "argued", "that the new tax would hurt shops"),
        ("indirect", "The mayor", "saying", "it was badly designed"),
    ]


UNSOURCED = [
    ("The governor appears to have lost the support of his party.", "appears"),
    ("The senator is said to be furious about the leak.", "said"),
]


@pytest.mark.parametrize(("text", "cue"), UNSOURCED)
def test_statements_passive_and_raising_subjects_are_not_sources(
    nlp: Language, text: str, cue: str
) -> None:
    (statement,) = _statements(nlp, text)
    assert (statement.cue is not None and statement.cue.text, statement.speaker) == (cue, None)


@pytest.mark.parametrize(
    "text",
    [
        "The senator is expected to announce her candidacy on Monday.",
        "It is widely believed that the new bridge will open late.",
        "The striker is thought to have agreed terms with the club.",
    ],
)
def test_statements_view_held_by_nobody_is_no_statement(nlp: Language, text: str) -> None:
    # a passive attitude verb with no agent is the writer's hedge, not someone's statement
    assert _statements(nlp, text) == []


def test_statements_view_held_by_an_agent_keeps_it(nlp: Language) -> None:
    (statement,) = _statements(nlp, "The bridge is expected by engineers to open late.")
    assert _row(statement)[:3] == ("indirect", "engineers", "expected")


def test_statements_quoted_as_saying_keeps_its_speaker(nlp: Language) -> None:
    (statement,) = _statements(nlp, "The senator was quoted as saying that the bill was dead.")
    assert _row(statement) == ("indirect", "The senator", "saying", "that the bill was dead")


def test_statements_want_reports_its_object(nlp: Language) -> None:
    (statement,) = _statements(nlp, "Most voters want a change of direction.")
    assert _row(statement) == ("indirect", "Most voters", "want", "a change of direction")


def test_statements_colon_introduces_a_quote_from_afar(nlp: Language) -> None:
    text = (
        "The senator said after a long and bitter meeting with the leaders of her party on "
        'Friday night: "We lost this fight, but we will be back next year."'
    )
    quote = next(s for s in _statements(nlp, text) if s.kind == "direct")
    assert _row(quote)[:3] == ("direct", "The senator", "said")


def test_statements_idiom_needs_its_word(nlp: Language) -> None:
    assert _statements(nlp, "She made a cake that everyone liked.") == []


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
    # a mark opening a sentence inside an open quote starts the next quote (the writer
    # left the first one open): the words between stay quoted
    (
        'He said: "We lost. "Next year we win. "I think so." Then he left.',
        ['"We lost.', '"Next year we win.', '"I think so."'],
    ),
    ("“We lost. “Next time.” Done.", ["“We lost.", "“Next time.”"]),
    # a quote that opens a sentence and is never closed runs to the end of its paragraph
    ('Smith was upbeat. "We played well.\nThe season starts.', ['"We played well.']),
]


@pytest.mark.parametrize(("text", "expected"), QUOTES)
def test_statements_quote_marks_pairing(text: str, expected: list[str]) -> None:
    assert [text[q.start : q.end] for q in find_quotes(text)] == expected


def test_statements_reporting_tables_load() -> None:
    names = [n for n in table_names() if n.startswith("reporting_")]
    assert {"reporting_verbs", "reporting_nouns", "reporting_no_comment"} <= set(names)
    assert {"reporting_idioms", "reporting_non_statements", "reporting_raising_verbs"} <= set(names)
    lex = lexicon()
    assert len(lex.verbs) > 150
    assert all(entry.frames <= FRAMES for entry in lex.verbs.values())
    assert ("according", "to") in lex.phrases
    assert "decline" in lex.no_comment
    assert all(entry.frames <= FRAMES for e in lex.idioms.values() for _, entry in e)
    assert "ask" in lex.non_statements


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


# --- quality sweep: words that look like cues but report nothing ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a participle naming its noun
        "Engineers are testing a technology called Turbo Link across the region.",
        # an intention told as background in a relative clause
        "Mrs Carter was the relative with whom Pietro planned to stay in Leeds.",
        # a thing as the subject of an object-only cue
        "The directive would offer patent protection to software inventions.",
        "Early broadband systems offer two megabits per second.",
        # seeking and voting are acts, not speech
        "The airline is looking to cut its costs by a fifth.",
        "Most councillors voted for the new parking rules.",
    ],
)
def test_statements_skip_look_alike_cues(nlp: Language, text: str) -> None:
    assert _statements(nlp, text) == []


def test_statements_keep_people_and_bodies_with_object_cues(nlp: Language) -> None:
    rows = [
        _row(s) for s in _statements(nlp, "The government offered condolences to the families.")
    ]
    assert rows == [("indirect", "The government", "offered", "condolences")]
    rows = [_row(s) for s in _statements(nlp, "Critics slammed the new tax rules on Monday.")]
    assert rows and rows[0][1] == "Critics"


def test_statements_passive_cue_after_and_has_no_speaker(nlp: Language) -> None:
    text = "The ballot is due to be held on Friday and is expected to be close."
    statements = _statements(nlp, text)
    assert all(s.speaker is None for s in statements)


def test_statements_naming_verb_with_a_subject_still_reports(nlp: Language) -> None:
    rows = [_row(s) for s in _statements(nlp, "Mr Lowe called the plan a disgrace.")]
    assert rows and rows[0][1:3] == ("Mr Lowe", "called")


def test_statements_plural_they_speaks_for_the_pair_before(nlp: Language) -> None:
    text = (
        "Sprinters Nikos Varga and Elena Moss missed a drugs test in Athens. The federation "
        "charged them on Monday. They said they had been in hospital."
    )
    entities = [_person("E1", text, "Nikos Varga"), _person("E2", text, "Elena Moss")]
    (statement,) = _statements(nlp, text, entities)
    assert statement.speaker is not None
    # the group's span, as for "Varga and Moss said"; no single entity
    assert (statement.speaker.text, statement.speaker.entity) == (
        "Sprinters Nikos Varga and Elena Moss",
        None,
    )


def test_statements_plural_they_skips_pair_behind_a_plural_subject(nlp: Language) -> None:
    text = (
        "Nikos Varga and Elena Moss missed a test. Their lawyers met the panel on Monday. They "
        "said the hearing was unfair."
    )
    entities = [_person("E1", text, "Nikos Varga"), _person("E2", text, "Elena Moss")]
    (statement,) = _statements(nlp, text, entities)
    assert statement.speaker is not None
    assert statement.speaker.text == "They"  # the lawyers, not the pair


def test_statements_plural_they_ignores_pair_that_is_no_subject(nlp: Language) -> None:
    text = "Analysts praised talks between India and Pakistan on the dam. This, they say, helps."
    entities = [_entity("E1", text, "India"), _entity("E2", text, "Pakistan")]
    statements = _statements(nlp, text, entities)
    assert all(s.speaker is None or "India" not in s.speaker.text for s in statements)


# --- first-person pronouns of quotes --------------------------------------------------


def _pronouns_of(record_entities: list[Entity], name: str) -> list[str]:
    entity = next(e for e in record_entities if e.name == name)
    return [m.text for m in entity.mentions if m.kind == "pronoun"]


FIRST_PERSON = [
    (  # "I" is the speaker
        'Steve Jobs wrote to the board: "I have always said that I would tell you first."',
        "Steve Jobs",
        ["I", "I"],
    ),
    (  # "we" of a person is the company named in the title
        "Airbus chief executive Thomas Enders said in a statement, "
        '"We want to know what happened, as air safety is our top priority."',
        "Airbus",
        ["We", "our"],
    ),
    (  # a government official's "we" is the country, when the article names it
        "Canada will lend the carmakers money. Prime Minister Stephen Harper said: "
        '"We are doing this to protect jobs."',
        "Canada",
        ["We"],
    ),
    (  # a police rank is a title naming the force
        "Helen Marsh, assistant chief constable of Kent Police, said: "
        '"We acted on intelligence and we stand by that decision."',
        "Kent Police",
        ["We", "we"],
    ),
    (  # "we" of an unnamed person is the organisation completing the title
        "A spokeswoman for the Care Quality Commission said the visit was routine. "
        '"We are looking at the records of the clinic," she said.',
        "Care Quality Commission",
        ["We"],
    ),
    (
        'Boeing delayed the jet. "We have cut our design effort," Boeing said.',
        "Boeing",
        ["We", "our"],
    ),
    (  # a company officer whose title names no company speaks for the one the story is about
        "Nordwind Corp cuts 300 jobs\nNordwind Corp announced the cuts on Monday. Chief "
        'executive Tom Barker said: "We are sorry for our staff." Baltic Mills said nothing.',
        "Nordwind Corp",
        ["We", "our"],
    ),
    (  # a company's possessive overlapping the officer's title: "the firm's chief executive"
        "Shares fell on Monday. Nordwind Corp cut 300 jobs. The firm's chief executive, Tom "
        'Barker, said: "We are sorry."',
        "Nordwind Corp",
        ["We"],
    ),
    (  # a mixed quote: only the words inside the marks are the speaker's ("us" is the writer)
        'Boeing cut jobs. Boeing told us that it expects "a hard year for our suppliers."',
        "Boeing",
        ["it", "our"],
    ),
]


@pytest.mark.parametrize(("text", "name", "pronouns"), FIRST_PERSON)
def test_statements_first_person_joins_the_speaker(text: str, name: str, pronouns: list) -> None:
    entities = analyze(text).entities
    assert _pronouns_of(entities, name) == pronouns
    for entity in entities:  # the record's contract: offsets index the text
        assert all(text[m.start : m.end] == m.text for m in entity.mentions)


def test_statements_first_person_stays_unattached_without_a_side() -> None:
    """A business person's "we" with no company in the title, when the article is about
    no one company, and a pronoun outside any quote, are left alone; "I" of a quote by an
    organisation is nobody's."""
    text = (
        'Ford and Fiat posted profits. "Our results show progress," said chief executive Alan '
        'Mulally. We will see. "I am proud," the company said.'
    )
    entities = analyze(text).entities
    assert all(m.text not in ("Our", "We", "I") for e in entities for m in e.mentions), [
        (e.name, m.text) for e in entities for m in e.mentions
    ]


def test_statements_written_to_someone_demanding_is_the_writers() -> None:
    from newsgraph import analyze

    text = "Opposition leader Jane Smith has written to Tony Blair demanding an inquiry."
    record = analyze(text, "2005-01-10")
    names = {e.id: e.name for e in record.entities}
    (statement,) = record.statements
    assert names[statement.speaker.entity] == "Jane Smith"
    assert names[statement.addressee] == "Tony Blair"
    assert statement.cue.text == "demanding"


@pytest.mark.parametrize(
    ("text", "speaker", "name"),
    [
        (
            "Figures from the watchdog Ofgem show that bills rose by a tenth.",
            "the watchdog Ofgem",
            "Ofgem",
        ),
        ("A study by Oxfam said that aid had fallen.", "Oxfam", "Oxfam"),
        ("Acme Foods' figures suggest that sales are slowing.", "Acme Foods", "Acme Foods"),
        # a cue noun that is a document too ("report", "statement") has its maker in a
        # compound like any document
        ("The Greenpeace report said that forests had shrunk.", "Greenpeace", "Greenpeace"),
    ],
)
def test_statements_document_speaks_for_its_named_maker(
    nlp: Language, text: str, speaker: str, name: str
) -> None:
    entities = [_entity("E1", text, name)]
    (statement,) = _statements(nlp, text, entities)
    assert statement.speaker is not None
    assert (statement.speaker.text, statement.speaker.entity) == (speaker, "E1")


def test_statements_poll_of_people_does_not_speak_for_them(nlp: Language) -> None:
    text = "A poll of Londoners suggests that Mayor Ruth Kemp will win."
    (statement,) = _statements(nlp, text, [_entity("E1", text, "Londoners")])
    assert statement.speaker is not None
    assert (statement.speaker.text, statement.speaker.entity) == ("A poll", None)


@pytest.mark.parametrize(
    "text",
    [
        "Experts say the new dam will flood the valley.",
        "Traders said the price of copper would keep falling.",
        "Supporters of the stadium argue that it will bring jobs to the town.",
    ],
)
def test_statements_people_speaking_as_a_class_are_a_group(text: str) -> None:
    record = analyze(text)
    (statement,) = record.statements
    assert statement.speaker is not None and statement.speaker.entity is not None
    group = record.entity(statement.speaker.entity)
    assert group is not None and group.type == "NORP"


def test_statements_unmarked_name_is_the_entity_of_that_name(nlp: Language) -> None:
    text = "Tesco offers refunds to shoppers\n\nTesco has agreed to refund shoppers."
    body = text.rindex("Tesco")
    mention = Mention(start=body, end=body + 5, text="Tesco", kind="name")
    entities = [Entity(id="E1", name="Tesco", type="ORG", mentions=[mention])]
    headline = _statements(nlp, text, entities)[0]
    assert headline.speaker is not None
    assert (headline.speaker.text, headline.speaker.entity) == ("Tesco", "E1")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # a document goes on reporting
            "The report said the number of homeless families had doubled since 2001. "
            "It also called on ministers to build more social housing.",
            "The report",
        ),
        (  # a body goes on after a sentence about someone else
            "The Drivers Union, representing 300 drivers, has asked the court to stop Acme "
            "Buses cutting pay. It argues that the cuts break the contract.",
            "The Drivers Union",
        ),
    ],
)
def test_statements_pronoun_goes_on_with_the_speaker_before(text: str, speaker: str) -> None:
    record = analyze(text)
    first, second = record.statements
    assert first.speaker is not None and first.speaker.text == speaker
    assert second.speaker is not None and second.speaker.entity == first.speaker.entity
    entity = record.entity(first.speaker.entity)
    assert entity is not None  # the pronoun is a mention of it, like the quotes' "we"
    assert second.speaker.text in [m.text for m in entity.mentions if m.kind == "pronoun"]


@pytest.mark.parametrize(
    "text",
    [
        (  # the clause above has a subject of its own: Porschy, whoever spoke before
            "GM said it would launch two hybrid cars in 2007. Even sports car maker Porschy "
            "may join the race, although it insists that it is still considering the idea."
        ),
        (  # an empty "it" is no one
            "The report said prices rose. It is worth remembering that prices fell last year."
        ),
        (  # a person is no "it"
            "Jane Smith said prices rose. It claims that the rise will last."
        ),
        (  # an "it" inside a quotation is the quoted speaker's word
            "The Treasury, which ordered the audit, said costs rose. "
            '"It took too long to act," said analyst Tom Reed commenting on the audit.'
        ),
    ],
)
def test_statements_pronoun_goes_on_only_where_safe(text: str) -> None:
    record = analyze(text)
    assert record.statements[-1].speaker is None or record.statements[-1].speaker.entity is None


def test_statements_person_goes_on_past_a_quotation() -> None:
    text = (
        "Parking fees will double next spring, council leader Martin Hollis said on Monday. "
        '"We had no other way to balance the books. The roads need repair. Nobody likes it." '
        "He added that residents would be consulted."
    )
    record = analyze(text)
    first, last = record.statements[0], record.statements[-1]
    assert first.speaker is not None and first.speaker.entity is not None
    assert last.speaker is not None and last.speaker.text == "He"
    assert last.speaker.entity == first.speaker.entity


@pytest.mark.parametrize(
    "text",
    [
        (  # the gender clashes
            "Parking fees will double next spring, council leader Martin Hollis said on "
            'Monday. "We had no other way to balance the books. The roads need repair." '
            "She added that residents would be consulted."
        ),
        (  # another person is named in between
            "Parking fees will double next spring, council leader Martin Hollis said on "
            'Monday. "We had no other way. Ask Peter Lund about the roads." '
            "He added that residents would be consulted."
        ),
        (  # too many sentences of narrative in between
            "Parking fees will double next spring, council leader Martin Hollis said on "
            "Monday. The council meets in March. The roads need repair. Buses are late. "
            "He added that residents would be consulted."
        ),
    ],
)
def test_statements_person_goes_on_only_where_safe(text: str) -> None:
    record = analyze(text)
    last = record.statements[-1]
    assert last.speaker is not None and last.speaker.text in ("He", "She")
    assert last.speaker.entity is None


def test_statements_title_already_given_names_the_same_person() -> None:
    text = (
        "The days of apologising for the empire are over, Gordon Brown has said. "
        "The chancellor, speaking during a tour of Ghana, said it was time to talk about "
        "shared values. Mr Brown signed a debt deal in Accra on Monday. President John "
        "Kufuor welcomed the deal, saying it was fair. Under the plan, countries must spend "
        "the money on schools and clinics. The chancellor said he hoped other rich nations "
        "would follow."
    )
    record = analyze(text)
    names = {e.id: e.name for e in record.entities}
    last = record.statements[-1]
    assert last.speaker is not None and last.speaker.text == "The chancellor"
    assert names.get(last.speaker.entity or "") == "Gordon Brown"


def test_statements_a_person_named_in_the_content_is_not_its_speaker(nlp: Language) -> None:
    # "she" resolved to Ortiz, yet the quote speaks of Ortiz by name: someone else says it
    record = analyze('Ana Ortiz met the council on Monday. "Ortiz has failed this city," she said.')
    (statement,) = record.statements
    assert statement.speaker is not None
    assert (statement.speaker.text, statement.speaker.entity) == ("she", None)
    # the speaker's own name in a parenthetical cue is no such mention
    record = analyze("The plan, Ana Ortiz said, will cost the city nothing.")
    (statement,) = record.statements
    assert statement.speaker is not None and statement.speaker.entity is not None
