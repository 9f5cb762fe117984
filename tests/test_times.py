"""Times stage: TIMEX3 spans, types and values on sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from spacy.language import Language

from newsgraph.extract.times import anchor, find_times
from newsgraph.lexicon import load_table, table_names

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "spy-chief-call.txt"
NEW_YEAR = dt.date(2024, 1, 3)  # a Wednesday, three days into the year
MIDSUMMER = dt.date(2023, 7, 4)  # a Tuesday


def times(nlp: Language, text: str, published: dt.date | None) -> list[tuple[str, str, str]]:
    doc = nlp(text)
    found = find_times(doc, published=published)
    for t in found:
        assert text[t.start : t.end] == t.text
    assert [t.id for t in found] == [f"T{i}" for i in range(1, len(found) + 1)]
    return [(t.text, t.type, t.value) for t in found]


GRANULARITY = [
    ("The plant opened in March 2019.", [("March 2019", "DATE", "2019-03")]),
    ("The treaty was signed in 1987.", [("1987", "DATE", "1987")]),
    ("The dam was finished on May 5, 2021.", [("May 5, 2021", "DATE", "2021-05-05")]),
    ("The band was popular in the 1990s.", [("the 1990s", "DATE", "199")]),
    (
        "Profits fell in the first quarter of 2022.",
        [("the first quarter of 2022", "DATE", "2022-Q1")],
    ),
    ("The lake froze in the winter of 1963.", [("the winter of 1963", "DATE", "1963-WI")]),
]

YEAR_BOUNDARY = [
    ("The fire started on December 28.", [("December 28", "DATE", "2023-12-28")]),
    ("Sales fell last month.", [("last month", "DATE", "2023-12")]),
    ("Prices rose sharply last year.", [("last year", "DATE", "2023")]),
    ("The vote is due next month.", [("next month", "DATE", "2024-02")]),
    ("The shop closed in November.", [("November", "DATE", "2023-11")]),
    ("Protests began in March.", [("March", "DATE", "2023-03")]),
    ("Elections will be held in March.", [("March", "DATE", "2024-03")]),
    ("He left two weeks ago.", [("two weeks ago", "DATE", "2023-W51")]),
    ("The ferry sank yesterday.", [("yesterday", "DATE", "2024-01-02")]),
    (
        "The blast happened at 10 p.m. on Tuesday.",
        [("10 p.m. on Tuesday", "TIME", "2024-01-02T22:00")],
    ),
]

QUOTES = [
    ('"We will meet again on Tuesday," she said.', [("Tuesday", "DATE", "2024-01-09")]),
    ('"Yesterday was hard," he said.', [("Yesterday", "DATE", "2024-01-02")]),
    ("He called it 'a decision for the future'.", [("the future", "DATE", "FUTURE_REF")]),
]

WEEKDAYS = [
    ("The minister resigned on Monday.", [("Monday", "DATE", "2024-01-01")]),
    ("The minister will resign on Monday.", [("Monday", "DATE", "2024-01-08")]),
    ("She arrived Friday.", [("Friday", "DATE", "2023-12-29")]),
    ("She will arrive Friday.", [("Friday", "DATE", "2024-01-05")]),
    ("The court ruled last Wednesday.", [("last Wednesday", "DATE", "2023-12-27")]),
]

DURATIONS = [
    ("The talks lasted three hours.", [("three hours", "DURATION", "PT3H")]),
    ("He signed a two-year contract.", [("two-year", "DURATION", "P2Y")]),
    ("She gave a 30-minute speech.", [("30-minute", "DURATION", "PT30M")]),
    ("The hour-long debate ended.", [("hour-long", "DURATION", "PT1H")]),
    ("She has led the party for nearly two decades.", [("nearly two decades", "DURATION", "P20Y")]),
    ("They spent 2 1/2 years in the camp.", [("2 1/2 years", "DURATION", "P2Y6M")]),
    (
        "The jet is almost two and a half years late.",
        [("almost two and a half years", "DURATION", "P2Y6M")],
    ),
    ("The siege went on for years.", [("years", "DURATION", "PXY")]),
]

SETS = [
    ("The committee meets every week.", [("every week", "SET", "P1W")]),
    ("The report is updated daily.", [("daily", "SET", "P1D")]),
    ("They meet twice a month.", [("twice a month", "SET", "P1M")]),
    ("The market is open every Monday.", [("every Monday", "SET", "XXXX-WXX-1")]),
]

REFERENCES = [
    ("Prices are now falling.", [("now", "DATE", "PRESENT_REF")]),
    ("The company recently hired a new boss.", [("recently", "DATE", "PAST_REF")]),
    ("Nobody knows what the future holds.", [("the future", "DATE", "FUTURE_REF")]),
]

NOT_TIMES = [
    ("May I ask a question?", []),
    ("We may see rain.", []),
    ("Protesters will march on the capital.", []),
    ("She read the Sunday Times over breakfast.", []),
    ("The company's 25-year-old chief quit.", []),
    ("He scored 1990 points in the game.", []),
    ("The fund pays $2 million a year in interest.", []),
    ("At the end of the day, they lost.", []),
]

AUTUMN = dt.date(2023, 10, 26)  # a Thursday, in the fourth quarter: third-quarter reports

QUARTERS = [
    (
        "Net fell from the year-earlier third quarter.",
        [("the year-earlier third quarter", "DATE", "2022-Q3")],
    ),
    ("Sales were flat in the 2022 quarter.", [("the 2022 quarter", "DATE", "2022-Q3")]),
    ("For the quarter a year ago, it lost money.", [("the quarter a year ago", "DATE", "2022-Q3")]),
    ("Sales for last year's quarter were weak.", [("last year's quarter", "DATE", "2022-Q3")]),
    (
        "Net rose from the corresponding period last year.",
        [("the corresponding period last year", "DATE", "2022-Q3")],
    ),
    (
        "In the quarter ended July 31, sales rose.",
        [("the quarter", "DATE", "2023-Q2"), ("July 31", "DATE", "2023-07-31")],
    ),
    ("In the period, sales rose.", []),
    (
        "Jobs were cut in the last quarter of 2022.",
        [("the last quarter of 2022", "DATE", "2022-Q4")],
    ),
    ("Sales rose last quarter.", [("last quarter", "DATE", "2023-Q3")]),
    (
        "Output grew 5% in the year to September.",
        [("the year", "DURATION", "P1Y"), ("September", "DATE", "2023-09")],
    ),
    (
        "It expects a loss in the fourth quarter. Sales in the latest quarter rose.",
        [("the fourth quarter", "DATE", "2023-Q4"), ("the latest quarter", "DATE", "2023-Q3")],
    ),
]

CONVENTIONS = [
    (
        "Earnings will lag in the second half of 2024.",
        [("the second half of 2024", "DATE", "2024-H2")],
    ),
    (
        "January nineteen ninety-seven was cold.",
        [("January nineteen ninety-seven", "DATE", "1997-01")],
    ),
    (
        "Oil fell in the winter of nineteen ninety-four.",
        [("the winter of nineteen ninety-four", "DATE", "1994-WI")],
    ),
    ("The deal should close by year-end.", [("year-end", "DATE", "2024-12-31")]),
    ("Shares are up 5% since year-end.", [("year-end", "DATE", "2023-12-31")]),
    ("He will leave at 4 in the morning.", [("4 in the morning", "TIME", "2024-01-03T04:00")]),
    (
        "Shares rose at mid-afternoon yesterday.",
        [("mid-afternoon yesterday", "TIME", "2024-01-02TAF")],
    ),
    ("Trading is to resume Tuesday.", [("Tuesday", "DATE", "2024-01-09")]),
    ("The sale is scheduled to close Monday.", [("Monday", "DATE", "2024-01-08")]),
    ("A day earlier, troops had left.", [("A day", "DURATION", "P1D")]),
    ("Three days later, talks resumed.", [("Three days", "DURATION", "P3D")]),
    ("It rose from 35% several years ago to 51%.", [("several years ago", "DATE", "PAST_REF")]),
    ("The loan may run for an additional year.", [("an additional year", "DURATION", "P1Y")]),
    (
        "Over the next couple of years, prices may rise.",
        [("the next couple of years", "DURATION", "P2Y")],
    ),
    ("Eight trading days passed.", [("Eight trading days", "DURATION", "P8D")]),
    (
        "Shares closed at 210 on Jan. 8, down 4% from the previous Friday.",
        [("Jan. 8", "DATE", "2024-01-08"), ("the previous Friday", "DATE", "2024-01-05")],
    ),
    (
        "The plant closed in October 2022. That same day, workers protested.",
        [("October 2022", "DATE", "2022-10"), ("That same day", "DATE", "2022-10-XX")],
    ),
]

CLOCKS_AND_SETS = [
    ("The match kicks off at 14:30.", [("14:30", "TIME", "2024-01-03T14:30")]),
    ("Markets shut 16:30 GMT.", [("16:30 GMT", "TIME", "2024-01-03T16:30Z")]),
    ("Chelsea won 3:1 at home.", []),
    ("Shares rose 4% by 1200 GMT.", [("1200 GMT", "TIME", "2024-01-03T12:00Z")]),
    ("The year 2023 was hard.", [("The year 2023", "DATE", "2023")]),
    ("Flights leave on Tuesday nights.", [("Tuesday nights", "SET", "XXXX-WXX-2TNI")]),
    ("The market opens Mondays.", [("Mondays", "SET", "XXXX-WXX-1")]),
    ("The appeal could take as long as a month or two.", [("a month", "DURATION", "P1M")]),
    ("Four flights a week leave Sydney.", []),
    ("Islam will one day be the second faith.", [("one day", "DATE", "FUTURE_REF")]),
    ("The strike lasted one day.", [("one day", "DURATION", "P1D")]),
]

DAY_PAIRS = [
    (
        "The summit is on April 24 and 25.",
        [("April 24", "DATE", "2024-04-24"), ("25", "DATE", "2024-04-25")],
    ),
    ("The vote is on April 24 and 25 people will stand.", [("April 24", "DATE", "2024-04-24")]),
    (
        "He races in Madrid from 4-6 March.",
        [("4", "DATE", "2024-03-04"), ("6 March", "DATE", "2024-03-06")],
    ),
]

NAMES_AND_MARKERS = [
    ('Baker said on ABC\'s "This Week," that talks failed.', []),
    ("He told CBS's ''60 Minutes'' he was innocent.", []),
    ("This is VOA Today.", []),
    ("Good evening from Central Park.", []),
    ("Now, he says, the war is over.", []),
    ("Inventories fell 0.7% month on month.", []),
    ("But this financial year the deficit grew.", [("this financial year", "DATE", "2024")]),
    ('He said, "Today, nobody has leverage."', [("Today", "DATE", "2024-01-03")]),
]

# Published on Sunday 2016-11-20.
HOLIDAYS = [
    # the Tuesday after the first Monday: Nov. 1 was a Tuesday, so not Nov. 1
    ("Trump won on Election Day.", [("Election Day", "DATE", "2016-11-08")]),
    (  # moveable feasts, counted from Easter Sunday (March 27 in 2016)
        "Crowds gathered on Good Friday and again on Easter Monday.",
        [("Good Friday", "DATE", "2016-03-25"), ("Easter Monday", "DATE", "2016-03-28")],
    ),
    ("He left after Easter 2014.", [("Easter 2014", "DATE", "2014-04-20")]),
    ("Sales rose at Christmas 2015.", [("Christmas 2015", "DATE", "2015-12-25")]),
    ("Stores will open on Boxing Day.", [("Boxing Day", "DATE", "2016-12-26")]),
    ("The Easter Island statues are old.", []),  # a name's first word
]

NO_PUBLISHED = [
    ("They met the day after Christmas.", [("the day after Christmas", "DATE", "XXXX-12-26")]),
    ("They met at Easter.", [("Easter", "DATE", "XXXX-XX-XX")]),
    ("They met at Christmas.", [("Christmas", "DATE", "XXXX-12-25")]),
    ("The summit ends on June 30.", [("June 30", "DATE", "XXXX-06-30")]),
    ("Russia invaded in February 2022.", [("February 2022", "DATE", "2022-02")]),
    ("Prices rose last year.", [("last year", "DATE", "XXXX")]),
    ("The minister resigned on Monday.", [("Monday", "DATE", "XXXX-WXX-1")]),
    ("The talks lasted three hours.", [("three hours", "DURATION", "PT3H")]),
]


# Published on Wednesday 2024-01-03: the words around a weekday, not only the tense, place it.
CONTEXT_CUES = [
    # a speech act told in the past is never tomorrow's
    ("The minister said Thursday that talks would resume.", [("Thursday", "DATE", "2023-12-28")]),
    (
        "Officials told reporters Thursday that the border was shut.",
        [("Thursday", "DATE", "2023-12-28")],
    ),
    # "until" looks ahead even after a past verb; a past perfect keeps it in the past
    ("The ruling was postponed until Tuesday.", [("Tuesday", "DATE", "2024-01-09")]),
    ("Inspectors had filed their reports by Tuesday.", [("Tuesday", "DATE", "2024-01-02")]),
    ("Shops have stayed shut since Monday.", [("Monday", "DATE", "2024-01-01")]),
    # a relative year after "of", and a period compared with the month in focus
    (
        "Sales fell in the first quarter of last year.",
        [("the first quarter of last year", "DATE", "2023-Q1")],
    ),
    (
        "Dealers will close after October of next year.",
        [("October of next year", "DATE", "2025-10")],
    ),
    (
        "Car sales rose 4% in November compared with the same period last year.",
        [("November", "DATE", "2023-11"), ("the same period last year", "DATE", "2022-11")],
    ),
    (
        "Car sales fell 35% in November from the same month a year ago.",
        [("November", "DATE", "2023-11"), ("the same month a year ago", "DATE", "2022-11")],
    ),
    # "a year earlier" names a year (TimeML), not the day in focus shifted
    (
        "The mill closed on December 12. A year earlier, it had hired 300 workers.",
        [("December 12", "DATE", "2023-12-12"), ("A year earlier", "DATE", "2022")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    CONTEXT_CUES
    + GRANULARITY
    + YEAR_BOUNDARY
    + QUOTES
    + WEEKDAYS
    + DURATIONS
    + SETS
    + REFERENCES
    + NOT_TIMES,
)
def test_times_sentence_table(nlp: Language, text: str, expected: list) -> None:
    assert times(nlp, text, NEW_YEAR) == expected


@pytest.mark.parametrize(
    ("text", "expected"), CONVENTIONS + CLOCKS_AND_SETS + DAY_PAIRS + NAMES_AND_MARKERS
)
def test_times_timeml_conventions(nlp: Language, text: str, expected: list) -> None:
    assert times(nlp, text, NEW_YEAR) == expected


@pytest.mark.parametrize(("text", "expected"), QUARTERS)
def test_times_quarters_in_results_reports(nlp: Language, text: str, expected: list) -> None:
    assert times(nlp, text, AUTUMN) == expected


@pytest.mark.parametrize(("text", "expected"), HOLIDAYS)
def test_times_holidays(nlp: Language, text: str, expected: list) -> None:
    """Fixed, floating and Easter-based holidays; a year after one dates it."""
    assert times(nlp, text, dt.date(2016, 11, 20)) == expected


@pytest.mark.parametrize(("text", "expected"), NO_PUBLISHED)
def test_times_without_published_date_keep_x(nlp: Language, text: str, expected: list) -> None:
    assert times(nlp, text, None) == expected


def test_times_dateline_anchors_without_published_date(nlp: Language) -> None:
    """The dateline under a headline anchors relative dates; the headline's last word stays
    a time of its own, not part of the dateline."""
    text = (
        "Markets to stay closed until Friday\nSeptember 18, 2008\n"
        "Stock markets will stay shut on Friday, regulators said on Wednesday."
    )
    assert times(nlp, text, None) == [
        ("Friday", "DATE", "2008-09-19"),
        ("September 18, 2008", "DATE", "2008-09-18"),
        ("Friday", "DATE", "2008-09-19"),
        ("Wednesday", "DATE", "2008-09-17"),
    ]


def test_times_no_dateline_keeps_x(nlp: Language) -> None:
    text = "Markets stay closed\n\nThe exchange said on Wednesday that it would reopen in 2009."
    assert times(nlp, text, None) == [("Wednesday", "DATE", "XXXX-WXX-3"), ("2009", "DATE", "2009")]


def test_times_relative_to_last_mentioned_date(nlp: Language) -> None:
    text = "The plant closed on March 10. A week prior, workers had walked out."
    assert times(nlp, text, dt.date(2023, 5, 1)) == [
        ("March 10", "DATE", "2023-03-10"),
        ("A week prior", "DATE", "2023-03-03"),
    ]


def test_times_gerund_takes_tense_of_its_clause(nlp: Language) -> None:
    text = "The dollar was trading at $1.36 on Friday after hitting a low on Thursday."
    assert times(nlp, text, dt.date(2024, 1, 2)) == [
        ("Friday", "DATE", "2023-12-29"),
        ("Thursday", "DATE", "2023-12-28"),
    ]


def test_times_possessive_weekday_is_past(nlp: Language) -> None:
    text = "The offer is 6% above Thursday's closing price."
    assert times(nlp, text, dt.date(2024, 1, 2)) == [("Thursday", "DATE", "2023-12-28")]


def test_times_quarter_follows_publication(nlp: Language) -> None:
    text = "Third-quarter profit rose, the company said."
    assert times(nlp, text, dt.date(2023, 11, 2)) == [("Third-quarter", "DATE", "2023-Q3")]


def test_times_example_article(nlp: Language) -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    found = times(nlp, text, MIDSUMMER)
    values = {(t, v) for t, _, v in found}
    for must in [("June 30", "2023-06-30"), ("June 24", "2023-06-24")]:
        assert must in values
    assert ("February 2022", "2022-02") in values
    assert ("1962", "1962") in values
    assert ("hour-long", "DURATION", "PT1H") in found
    assert ("Today", "DATE", "2023-07-04") in found
    assert ("a week prior", "DATE", "2023-06-23") in found


def test_times_example_article_without_date(nlp: Language) -> None:
    found = times(nlp, EXAMPLE.read_text(encoding="utf-8"), None)
    values = {(t, v) for t, _, v in found}
    assert ("June 30", "XXXX-06-30") in values
    assert ("February 2022", "2022-02") in values


@pytest.mark.parametrize(
    ("tense", "expected"),
    [("past", "2023-12-29"), ("future", "2024-01-05"), ("present", "2024-01-05")],
)
def test_times_anchor_weekday_by_tense(tense: anchor.Tense, expected: str) -> None:
    """Friday seen from Wednesday: tense decides, without one the closest Friday wins."""
    assert anchor.weekday(5, NEW_YEAR, tense) == expected


@pytest.mark.parametrize("name", [n for n in table_names() if n.startswith("time_")])
def test_times_lexicon_tables_load(name: str) -> None:
    assert load_table(name)


GATE_TEXTS = [
    "On Tues., Sept. 5, 2023 at 10:30 a.m. EST the board met; a week earlier it had not.",
    "THE THIRD-QUARTER RESULTS, DUE NEXT MONDAY, COVER THE 1990S AND THE PAST THREE YEARS.",
    "Shares rose 4% in mid-afternoon trading at 1400 GMT, twice a week, every other Friday.",
    "Nineteen ninety-six was the year two thousand's prelude; last Christmas came early.",
    "The fiscal 2022 year-end, the year-earlier period and a decades-long, hour-long wait.",
    "Currently, for the foreseeable future, daily flights leave at noon on 2023-06-30 or 6/30/23.",
    "Not since '82 and the late 70s or 80s, nor in the nineties, had rents been this high.",
]


@pytest.mark.parametrize("text", GATE_TEXTS)
def test_times_gates_skip_no_candidate(text: str) -> None:
    """Running each pattern only in windows holding its gate strings finds what running
    every pattern in every window finds."""
    from newsgraph.extract.times import grammar, stage

    assert set(grammar.GATES) == set(grammar.PATTERNS)
    every = {
        (kind, match.start(), match.end())
        for kind, pattern in grammar.COMPILED.items()
        for start, end in stage._windows(text)
        for match in pattern.finditer(text, start, end)
    }
    gated = {(c.kind, c.match.start(), c.match.end()) for c in stage._candidates(text)}
    assert gated == every and gated


DECADES_AND_SHORT_YEARS = [
    (
        "Boxy sedans were the fashion of the 70s and 80s.",
        [("the 70s", "DATE", "197"), ("80s", "DATE", "198")],
    ),
    ("The band peaked in the mid-80s.", [("the mid-80s", "DATE", "198")]),
    ("The town boomed through the nineties.", [("the nineties", "DATE", "199")]),
    ("Rents have not been this high since '82.", [("'82", "DATE", "1982")]),
    ("Interest in the '60s revival is fading.", [("the '60s", "DATE", "196")]),
    ("The senator, in his 70s, retired.", []),
]


@pytest.mark.parametrize(("text", "expected"), DECADES_AND_SHORT_YEARS)
def test_times_decades_and_short_years(nlp: Language, text: str, expected: list) -> None:
    """Two-digit decades after "the" (or right after another decade), spelled decades and
    apostrophe years after a year cue word."""
    assert times(nlp, text, NEW_YEAR) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The appeal could take weeks or months.", [("weeks or months", "DURATION", "PXW")]),
        (
            "Prices have fallen in recent days and weeks.",
            [("recent days and weeks", "DURATION", "PXD")],
        ),
    ],
)
def test_times_coordinated_vague_spans(nlp: Language, text: str, expected: list) -> None:
    """Two vague plural units joined by "or"/"and" are one span, valued by the first."""
    assert times(nlp, text, NEW_YEAR) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The plan should pay off in the long term.", [("the long term", "DATE", "FUTURE_REF")]),
        ("The border stays shut for the time being.", [("the time being", "DATE", "PRESENT_REF")]),
        ("The vote was put off to a later date.", [("a later date", "DATE", "FUTURE_REF")]),
    ],
)
def test_times_more_reference_phrases(nlp: Language, text: str, expected: list) -> None:
    """Vague phrases for the present and the future from the ``time_refs`` table."""
    assert times(nlp, text, NEW_YEAR) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ministers held their autumn meetings.", [("autumn", "DATE", "2023-FA")]),
        ("The party will hold its 2025 autumn conference.", [("2025 autumn", "DATE", "2025-FA")]),
        ("The show will launch in spring next year.", [("spring next year", "DATE", "2025-SP")]),
        ("A fall in demand hit sales.", []),
        ("Protesters marked the Arab Spring anniversary.", []),
    ],
)
def test_times_season_alone(nlp: Language, text: str, expected: list) -> None:
    """A season noun alone is a DATE (not "fall", not inside a name); a year before it or a
    relative year after it gives its year."""
    assert times(nlp, text, NEW_YEAR) == expected


def test_times_numeric_date_alone_opens_a_window(nlp: Language) -> None:
    """A numeric date with a two-digit year and no time word near it is still found."""
    found = times(nlp, "The jet was rolled out on 7/8/07 in Everett.", NEW_YEAR)
    assert found == [("7/8/07", "DATE", "2007-07-08")]


def test_times_week_of_a_date(nlp: Language) -> None:
    """ "the week of March 4" names the ISO week holding that day."""
    found = times(nlp, "The hearing is set for the week of March 4.", NEW_YEAR)
    assert found == [("the week of March 4", "DATE", "2024-W10")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The plant was sold earlier this year.", [("earlier this year", "DATE", "2024")]),
        ("The minister will speak later today.", [("later today", "DATE", "2024-01-03")]),
        (
            "The envoy arrives later this afternoon.",
            [("later this afternoon", "TIME", "2024-01-03TAF")],
        ),
    ],
)
def test_times_earlier_later_in_the_span(nlp: Language, text: str, expected: list) -> None:
    """ "earlier"/"later" before "this year", "today", "this afternoon" belong to the
    expression (TimeBank) and leave its value alone."""
    assert times(nlp, text, NEW_YEAR) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The deal was struck a week or so ago.", [("a week or so ago", "DATE", "2023-W52")]),
        (
            "Prices may climb over the next two years or so.",
            [("the next two years or so", "DURATION", "P2Y")],
        ),
        ("The mill will shut over the next year or so.", [("the next year or so", "DATE", "2025")]),
    ],
)
def test_times_or_so_in_the_span(nlp: Language, text: str, expected: list) -> None:
    """The hedge "or so" after an amount of time belongs to the expression."""
    assert times(nlp, text, NEW_YEAR) == expected


NEIGHBOUR_DAYS = [
    (
        "He was arrested on Feb. 22. He appeared in court the next morning.",
        [("Feb. 22", "DATE", "2024-02-22"), ("the next morning", "TIME", "2024-02-23TMO")],
    ),
    (
        "The talks began on Monday. The following day they collapsed.",
        [("Monday", "DATE", "2024-02-26"), ("The following day", "DATE", "2024-02-27")],
    ),
    (
        "The fire broke out on Feb. 22. The night before, a guard had left.",
        [("Feb. 22", "DATE", "2024-02-22"), ("The night", "TIME", "2024-02-21TNI")],
    ),
    (
        "He died on Feb. 10. Two men came to his house the day after his death.",
        [("Feb. 10", "DATE", "2024-02-10"), ("the day", "DATE", "2024-02-11")],
    ),
    (  # in apposition, "the day before ..." restates the date
        "He was last seen Feb. 3, the day before police issued a warrant.",
        [("Feb. 3", "DATE", "2024-02-03"), ("the day", "DATE", "2024-02-03")],
    ),
    (  # "in the day" is that same day, not a neighbour
        "She landed on Feb. 20 and left later in the day before dusk.",
        [("Feb. 20", "DATE", "2024-02-20"), ("later in the day", "DATE", "2024-02-20")],
    ),
    ("It happened the day before yesterday.", [("the day before yesterday", "DATE", "2024-02-27")]),
    ("They return the day after tomorrow.", [("the day after tomorrow", "DATE", "2024-03-02")]),
    (  # a number before the comma is no date in apposition
        "The blast on Feb. 20 killed 12, the day after the talks.",
        [("Feb. 20", "DATE", "2024-02-20"), ("the day", "DATE", "2024-02-21")],
    ),
    (  # only the month is known, so only the month is given
        "The strike began in January 2023. The next day, talks failed.",
        [("January 2023", "DATE", "2023-01"), ("The next day", "DATE", "2023-01-XX")],
    ),
    (
        "The strike began in January 2023. The next morning, talks failed.",
        [("January 2023", "DATE", "2023-01"), ("The next morning", "TIME", "2023-01-XXTMO")],
    ),
    (  # the date counted from follows: one expression, a day off that date
        "The day before last Tuesday's hearing, the lawyers met.",
        [("The day before last Tuesday", "DATE", "2024-02-26")],
    ),
    (
        "The night before Christmas, the guards left.",
        [("The night before Christmas", "TIME", "2023-12-24TNI")],
    ),
    (
        "They met the day after June 30, 2021.",
        [("the day after June 30, 2021", "DATE", "2021-07-01")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), NEIGHBOUR_DAYS)
def test_times_day_counted_from_day_in_focus(nlp: Language, text: str, expected: list) -> None:
    """ "The next/following/previous day (or morning …)" and "the day after X" count a day
    from the date in focus; a coarser date in focus leaves the day unknown."""
    assert times(nlp, text, dt.date(2024, 2, 29)) == expected


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("On 9999-12-31 and the next day, talks were held.", "9999-06-15"),
        ("Last week talks were held. Next year more will follow.", "0001-01-01"),
        ("Next year they will meet again.", "9999-06-15"),
    ],
)
def test_times_at_the_ends_of_the_calendar_are_unknown_not_errors(
    nlp: Language, text: str, published: str
) -> None:
    times = find_times(nlp(text), published=dt.date.fromisoformat(published))
    assert times and all(t.value for t in times)


def test_times_no_date_across_a_quotation_mark(nlp: Language) -> None:
    # the parser's DATE 'a "day' crosses the quote: the phrase quoted is no time
    doc = nlp('Students handed out leaflets calling for a "day of reckoning" with the regime.')
    assert find_times(doc, published=dt.date(2005, 1, 1)) == []
