"""Regular expressions for temporal expressions, compiled once from the lexicon tables.

Each pattern has a kind; :mod:`newsgraph.extract.times.normalize` turns a match of that
kind into a TIMEX3 type and value. Month and weekday names match case-sensitively (so "may"
and "We" never match); every other word matches in any case. A named group ``core`` narrows
the expression's span inside a wider context ("for years" → "years").
"""

from __future__ import annotations

import re

from newsgraph.extract.times.words import (
    DAYPARTS,
    DAYS,
    HOLIDAYS,
    MONTHS,
    NUMBERS,
    REFS,
    SEASONS,
    SETS,
    SHIFT_AFTER,
    SHIFT_BEFORE,
    UNITS,
    WEEKDAYS,
    alternation,
)
from newsgraph.lexicon import load_table


def _i(pattern: str) -> str:
    return f"(?i:{pattern})"


def _months() -> str:
    words = [w for w in MONTHS if len(w) > 4 or w == "June" or w == "July"] + ["May"]
    abbrs = [w for w in MONTHS if w not in words]
    return alternation([*words, *[a + "." for a in abbrs], *abbrs]) + r"(?![A-Za-z])"


_S = r"\s+"
_LINE_S = r"[^\S\n]+"  # spaces within a line: a headline's last word never joins the dateline
MONTH = f"(?P<month>{_months()})"
WEEKDAY = f"(?P<weekday>{alternation(WEEKDAYS)})(?![a-z])"
DAY = r"(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d|%)(?!\s*(?:%|percent|per))"
YEAR = r"(?<![\d$.,])(?P<year>1[0-9]\d\d|20\d\d)(?![\d%])(?![.,]\d)(?!-(?:\d|year))"
_TENS = alternation(n for n, v in NUMBERS.items() if v.isdigit() and len(v) == 2 and v[1] == "0")
_ONES = alternation(n for n, v in NUMBERS.items() if v.isdigit() and len(v) == 1 and " " not in n)
_WORDS = alternation(
    n
    for n, v in NUMBERS.items()
    if not re.fullmatch(f"{_TENS}[- ].*", n) and n not in ("a", "an", "some", "many", "few")
)
# Number words: "twenty-four" is built from tens and ones so the alternation stays short.
NUMBER_WORD = rf"(?:{_TENS}(?:[-\s]{_ONES})?|{_WORDS})(?![a-z])"
NUM = _i(rf"(?P<num>\d+(?:\.\d+|\s+1/2|½)?|{NUMBER_WORD}|an?)")
_SINGULAR = [w for w, u in UNITS.items() if not w.endswith("s")]
_PLURAL = [w for w in UNITS if w.endswith("s")]
UNIT = _i(f"(?P<unit>{alternation(UNITS)})") + r"(?![a-z])"
UNIT_ONE = _i(f"(?P<unit>{alternation(_SINGULAR)})") + r"(?![a-z])"
UNIT_MANY = _i(f"(?P<unit>{alternation(_PLURAL)})") + r"(?![a-z])"
MOD = _i(
    r"(?:(?P<mod>early|late|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|"
    r"the\s+middle\s+of|the\s+(?:first|second|last|latter)\s+half\s+of|end\s+of)"
    r"(?:\s+|-))?"
)
APPROX = _i(
    r"(?:(?:about|around|nearly|almost|approximately|roughly|more\s+than|less\s+than|"
    r"fewer\s+than|at\s+least|at\s+most|up\s+to|no\s+more\s+than)\s+)?"
)
BEFORE = _i(f"(?P<shift>{alternation(SHIFT_BEFORE)})")
AFTER = _i(
    "(?P<after>"
    + alternation(w for w, s in SHIFT_AFTER.items() if not s.final)
    + "|"
    + alternation(w for w, s in SHIFT_AFTER.items() if s.final)
    + r"(?=\s*[,.;:)'\"]|\s*$))(?!(?<=prior)\s+to\b)"  # "prior to X" is a preposition
)
DAYPART = _i(f"(?P<part>{alternation(DAYPARTS)})") + r"(?![a-z])"
SEASON = _i(f"(?P<season>{alternation(SEASONS)})") + r"(?![a-z])"
AMPM = _i(r"(?P<ampm>[ap]\.m\.?|[ap]m)(?![a-z])")
TZ = r"(?:\s+(?P<tz>[ECMP][SD]T|GMT|UTC|BST))?"
# "a week or so ago", "the next two years or so": the hedge belongs to the expression
OR_SO = _i(r"(?:\s+or\s+so(?![a-z]))?")
# "weeks or months", "recent days and weeks": one vague span, valued by its first unit
_OR_UNITS = _i(rf"(?:\s+(?:or|and)\s+{alternation(_PLURAL)}(?![a-z]))?")

# "the seventies" → 197: the tens from thirty up, made plural ("ninety" → "nineties")
DECADE_WORDS: dict[str, str] = {
    n[:-1] + "ies": "19" + v[0]
    for n, v in NUMBERS.items()
    if v.isdigit() and len(v) == 2 and v.endswith("0") and int(v) >= 30
}

_ONE_TO_NINE = r"(?:one|two|three|four|five|six|seven|eight|nine)"
# "nineteen ninety-six", "the year two thousand and one" (broadcast transcripts spell years)
SPELLED_YEAR = _i(
    r"(?:the\s+year\s+)?(?:(?P<century>nineteen|eighteen)\s+(?P<tens>"
    + alternation(n for n, v in NUMBERS.items() if len(v) == 2 and v.endswith("0"))
    + rf")(?:[-\s](?P<ones>{_ONE_TO_NINE}))?"
    r"|the\s+year\s+two\s+thousand"
    rf"(?:\s+and\s+(?P<ones2>{_ONE_TO_NINE}))?)"
    r"(?![a-z-])"
)

# kind → pattern; earlier kinds win ties between equally long candidates.
PATTERNS: dict[str, str] = {
    "iso": r"(?<![\d-])(?P<year>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\d-])",
    "slash": r"(?<![\d/])(?P<m>1[0-2]|0?[1-9])/(?P<d>[12]\d|3[01]|0?[1-9])/(?P<year>\d{4}|\d\d)"
    r"(?![\d/])",
    "md": f"(?:{WEEKDAY},?{_LINE_S})?(?:{BEFORE}{_S})?{MOD}{MONTH}{_S}{DAY}(?:,?{_S}{YEAR})?",
    "dm": f"(?:{WEEKDAY},?{_LINE_S})?(?:the{_S})?{DAY}(?:{_S}of)?{_S}{MONTH}(?:,?{_S}{YEAR})?",
    # the second day of "April 24 and 25", "May 3-5" (the first is an "md" match of its own)
    "md_and": f"{MONTH}{_S}"
    + r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
    + _i(r"(?:\s*(?:-|–|to|through|and|&)\s*)")
    + f"(?P<core>{DAY}(?:,?{_S}{YEAR})?)(?![\\w-])"
    + r"(?!\s+(?!(?:in|at|on|to|for|of|and|or|when|while|after|before|with|as|the|that)\b)[a-z])",
    # the first day of "4-6 March", "8 and 9 May" (the second is a "dm" match of its own)
    "dm_and": r"(?<![\d/.-])"
    + f"(?P<core>{DAY})"
    + _i(r"\s*(?:-|–|to|and|&)\s*")
    + r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
    + f"{_S}(?:of{_S})?{MONTH}",
    "my": f"{MOD}{MONTH},?{_S}(?:of{_S})?{YEAR}",
    "week_of": _i(r"(?:the\s+)?week\s+of\s+") + f"{MONTH}{_S}{DAY}(?:,?{_S}{YEAR})?",
    "month_rel": f"{MOD}{MONTH}{_S}(?:of{_S})?{BEFORE}{_S}" + _i("year"),
    "quarter": _i(
        r"(?:(?:the|this\s+year's|last\s+year's|next\s+year's|the\s+year's)\s+)?"
        r"(?:(?P<year0>1[0-9]\d\d|20\d\d)\s+)?"
        r"(?:(?:fiscal|calendar|flat|latest|same|comparable)\s+)*"
        r"(?:(?P<ago>year-earlier|year-ago)\s+)?"  # "the year-ago third quarter"
        r"(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|final|current|latest|last|"
        r"year-earlier|year-ago)(?:(?P<hyph>-)|\s+)(?:fiscal\s+)?(?:quarter|period)(?!s)"
        r"(?:(?:\s+of|,)?\s+(?:fiscal\s+)?" + YEAR + ")?"
        r"(?:\s+of\s+(?P<relyear>last|this|next)\s+year(?![a-z-]))?"  # "… of last year"
    ),
    "year_earlier": _i(r"(?P<word>year-earlier|year-ago)(?![a-z-])"),
    "spelled_year": _i(r"(?:(?:the\s+)?(?P<season>" + alternation(SEASONS) + r")\s+of\s+)?")
    + f"(?:{MONTH}{_S})?"
    + SPELLED_YEAR,
    "quarter_bare": _i(
        r"(?P<core>(?:(?P<det>the|this|that|last\s+year's)|(?P<same>the\s+(?:same|corresponding|"
        r"comparable))|the\s+(?P<qyear>1[0-9]\d\d|20\d\d))\s+(?P<noun>quarter|period)(?![a-z-])"
        r"(?P<yago>\s+(?:(?:a|one)\s+year\s+(?:ago|earlier)|last\s+year|"
        r"of\s+(?:last|the\s+previous)\s+year)(?![a-z-]))?)"
    )
    + _i(r"(?=(?:,?\s+end(?:ed|ing)\s+")
    + MONTH
    + _S
    + DAY
    + ")?)",
    "fiscal": _i(r"(?:the\s+)?fiscal\s+(?:year\s+)?") + YEAR,
    "year": f"{MOD}(?:[Tt]he{_S}year{_S})?{YEAR}(?!-)",
    "decade": _i(r"(?:the\s+)?") + MOD + r"(?:(?P<dec>1\d\d|20\d)0s|'(?P<dec2>\d)0s)(?![a-z])",
    # "the 70s", "the mid-80s", and the next of "the 70s and 80s": a two-digit decade needs
    # "the" (or a decade just before), else "in his 70s" would be one
    "decade_two": "(?:"
    + _i(r"the\s+")
    + r"|(?<=0s\sand\s)|(?<=0s\sor\s)|(?<=0s\sto\s))"
    + MOD
    + r"(?P<dec2>[3-9])0s(?![\w'])",
    "spelled_decade": _i(r"the\s+") + MOD + _i(f"(?P<word>{alternation(DECADE_WORDS)})(?![a-z])"),
    "year_short": r"['’](?P<year>\d\d)(?![\w'’%])",  # "since '82", "the class of '83"
    "century": _i(r"(?:the\s+)?(?P<cent>\d{1,2})(?:st|nd|rd|th)\s+century(?![a-z])"),
    "month": f"(?:{BEFORE}{_S})?{MOD}{MONTH}",
    "weekday": _i(r"(?:(?:early|late)\s+)?(?:the\s+(?=previous|following))?")
    + f"(?:{BEFORE}{_S})?{WEEKDAY}(?:{_S}{DAYPART})?",
    "weekdays": f"(?P<weekday>{alternation(w for w in WEEKDAYS if not w.endswith('.'))})"
    + r"(?:s(?![a-z])(?:\s+"  # "Mondays", "Tuesday nights": a SET
    + DAYPART
    + r")?|\s+"
    + _i(r"(?P<parts>mornings|afternoons|evenings|nights)")
    + r"(?![a-z]))",
    # "Christmas", "last Thanksgiving", "Easter 2014"
    "holiday": _i(r"(?:(?P<shift>last|next|this)\s+)?")
    + f"(?P<holiday>{alternation(HOLIDAYS)})(?![a-z])"
    + r"(?:[ \t]+(?P<year>(?:1[89]|20)\d\d)(?!\d)(?![.,]\d))?",
    "deictic": _i(
        r"(?:(?:mid-?|early\s+|late\s+)?(?P<part0>morning|afternoon|evening)\s+"  # "mid-afternoon
        r"(?=yesterday|today|tomorrow))?"  # yesterday"
        r"(?:(?:early|late|earlier|later)\s+)?(?P<deictic>" + alternation(DAYS) + r")(?![a-z])"
        r"(?:\s+(?P<part>morning|afternoon|evening|night))?"
    ),
    "this_part": _i(r"(?:(?:earlier|later)\s+)?(?P<shift>this|last)\s+") + DAYPART,
    # "earlier this year", "later this month": TimeBank keeps the adverb in the expression
    "relunit": _i(r"(?:(?:earlier|later)\s+(?=this\s))?")
    + MOD
    + _i(r"(?:the\s+)?")
    + BEFORE
    + _S
    + _i(r"(?:(?:financial|fiscal|calendar|tax)\s+(?=year|quarter))?")  # "this financial year"
    + _i(r"(?P<unit>week|weekend|month|year|quarter|decade|century)(?![a-z-])")
    + OR_SO,
    # "the next day", "the following morning", "the previous night"; "the day after his
    # death" (the day itself; "before"/"after" and what follows stay outside)
    "relday": _i(r"(?:the\s+)?(?P<shift>next|following|previous|preceding)\s+")
    + _i(r"(?P<unit>day|morning|afternoon|evening|night)(?![a-z-])")
    + "|"
    + r"(?<![Ii]n\s)"  # "later in the day before returning" is that same day
    + _i(r"the\s+(?P<unit2>day|morning|afternoon|evening|night)(?=\s+(?P<rel>before|after)\b)"),
    "that_unit": _i(
        r"(?:(?:earlier|later)\s+)?(?:that|the\s+same|that\s+same)\s+"
        r"(?P<unit>day|week|month|year)(?![a-z-])"
        r"(?P<yago>\s+(?:(?:a|one)\s+year\s+(?:ago|earlier)|last\s+year)(?![a-z-]))?"
    ),
    "the_year": _i(
        r"the\s+(?:(?:fiscal|full|current|calendar|latest)\s+)*year(?![a-z-])"
        r"(?!\s+(?:two|nineteen|before|after|earlier|later|ago|of|in|when|\d)\b)"
    )
    # "the year ended March 31", "the year to October": the twelve months up to it
    + r"(?P<ended>(?=,?\s+[Ee]nd(?:ed|ing)\b)|(?=\s+to\s+"
    + MONTH.replace("(?P<month>", "(?:")
    + "))?",
    "relseason": _i(r"(?:(?:early|late)\s+)?(?:(?P<shift>this|last|next|the\s+past)\s+)") + SEASON,
    "season_year": _i(r"(?:the\s+)?") + SEASON + _i(r"\s+(?:of\s+)?") + YEAR,
    "weekend": _i(r"(?P<det>the)\s+weekend(?![a-z])"),
    # a season alone ("spring shows signs of hope", "their autumn meetings"), after a year
    # ("the 2006 autumn conference") or before a relative year ("in spring next year")
    "season": _i(r"(?:the\s+)?")
    + f"(?:{YEAR}{_S})?"
    + _i(r"(?:(?:early|late|mid)(?:\s+|-))?")
    + SEASON
    + _i(r"(?:\s+(?P<rel>next|last|this)\s+year(?![a-z]))?"),
    "ago": APPROX + f"{NUM}{_S}{UNIT}(?!-){OR_SO}{_S}{AFTER}",
    "duration": APPROX
    + _i(r"(?:the\s+)?(?:(?P<span>past|last|next|first|coming|previous|final|following)\s+)?")
    + f"{NUM}"
    + _i(r"(?:\s+and\s+a\s+half(?=\s+[a-z]+s\b))?")  # "two and a half years"
    + _S
    + _i(
        r"(?:(?:more|full|straight|consecutive|long|additional|extra|trading|business|working)"
        r"\s+)?"
    )
    + UNIT
    + r"(?!-|\s+old\b)"
    + OR_SO
    + _i(r"(?:\s+and\s+a\s+half)?"),
    "half": APPROX + _i(r"half\s+(?:an?\s+)?") + UNIT_ONE,
    "refs": _i(r"(?<![\w-])(?P<ref>" + alternation(REFS) + r")(?![\w-])"),
    "vague_span": _i(r"(?:the\s+)?(?P<span>past|last|next|coming|recent|few|several|many)\s+")
    + _i(r"(?:few\s+|several\s+|many\s+)?")
    + UNIT_MANY
    + _OR_UNITS,
    "bare_units": _i(r"(?:\b(?:for|in|within|over|after|take|took|takes|lasted|last)\s+)")
    + "(?P<core>"
    + _i(r"(?P<unit>years|months|weeks|decades|hours|days|minutes)(?![a-z])")
    + _i(r"(?!\s+(?:of|ago|earlier|later|before|after)\b)")
    + f"{_OR_UNITS})",
    "adjdur": _i(rf"(?P<num>\d+|{NUMBER_WORD})") + "-" + UNIT_ONE + r"(?!-old)(?:-long)?",
    "long": _i(r"(?:an?\s+)?") + UNIT + _i(r"-long"),
    "set_word": _i(r"(?<![\w-])(?P<set>" + alternation(SETS) + r")(?![\w-])"),
    "every": _i(r"(?<![\w-])(?:every|each)\s+(?:(?P<num>other|\d+|[a-z]+)\s+)??")
    + f"(?:{UNIT}|{WEEKDAY}|{MONTH})",
    "times_a": _i(r"(?:once|twice|\d+\s+times|[a-z]+\s+times)\s+(?:a|an|per|each)\s+") + UNIT_ONE,
    "clock": r"(?<![\d.:$])(?P<hour>1[0-2]|0?[1-9])(?::(?P<min>[0-5]\d))?\s*" + AMPM + TZ,
    # "at 14:30", "by 09:00", "14:30 GMT": a bare "3:1" may be a score or a ratio
    "clock24": _i(
        r"(?:(?<=at\s)|(?<=by\s)|(?<=until\s)|(?<=from\s)|(?<=after\s)|(?<=before\s)"
        r"|(?<=around\s)|(?<=since\s)|(?=\d\d?:\d\d\s+(?:[ECMP][SD]T|GMT|UTC|BST)\b))"
    )
    + r"(?P<hour>[01]?\d|2[0-3]):(?P<min>[0-5]\d)(?![\d:])"
    + TZ,
    "clock_hhmm": r"(?<![\d.,:$£€])(?P<hour>[01]\d|2[0-3])(?P<min>[0-5]\d)"  # "1200 GMT" (BBC)
    + r"(?=\s+(?:GMT|BST|UTC)\b)"
    + TZ,
    "noon": _i(r"(?<![a-z-])(?<!high\s)(?P<word>noon|midnight|midday)(?![a-z])"),
    # "4 in the morning", "10 at night"
    "clock_part": r"(?<![\d.:$])(?P<hour>1[0-2]|0?[1-9])(?::(?P<min>[0-5]\d))?"
    + _i(r"(?:\s+o'clock)?\s+(?:in\s+the|at)\s+(?P<part>morning|afternoon|evening|night)(?![a-z])"),
    "year_end": _i(r"(?:the\s+)?(?P<core>year[- ]end)(?![a-z-])"),
}

# Every expression starts at a word start; the look-behind lets the engine skip the rest fast.
# Wrapped so the guard against starting inside a word covers every alternative of a pattern.
COMPILED: dict[str, re.Pattern[str]] = {
    k: re.compile(r"(?<!\w)(?:" + p + ")") for k, p in PATTERNS.items()
}
PRIORITY: dict[str, int] = {k: i for i, k in enumerate(PATTERNS)}


def _stems(words: object) -> tuple[str, ...]:
    """The longest run of letters of each word or phrase, case-folded: one of them is in the
    text of every match of an alternation of these words, however the spaces are spelled."""
    stems = {max(re.findall(r"[^\W\d_]+|\S+", str(w)), key=len).casefold() for w in words}  # type: ignore[attr-defined]
    return tuple(sorted(stems))


_DIGITS = tuple("0123456789")
_MONTH_STEMS = tuple(sorted({m[:3].casefold() for m in MONTHS}))  # "Sept." holds "sep"
_WEEKDAY_STEMS = tuple(sorted({d[:3].casefold() for d in WEEKDAYS}))  # "Thurs." holds "thu"
_UNIT_STEMS = _stems(UNITS)
# kind → strings of which every match of the kind holds at least one (case-folded): a window
# of text holding none of them cannot match, so the pattern is not run there. They only skip
# work: a match holds one of them by construction, so the candidates stay the same.
GATES: dict[str, tuple[str, ...]] = {
    "iso": ("-",),
    "week_of": ("week",),
    "slash": ("/",),
    **dict.fromkeys(("md", "dm", "md_and", "dm_and", "my", "month_rel", "month"), _MONTH_STEMS),
    "quarter": ("quarter", "period"),
    "quarter_bare": ("quarter", "period"),
    "year_earlier": ("year-",),
    "spelled_year": ("nineteen", "eighteen", "thousand"),
    "fiscal": ("fiscal",),
    "year": _DIGITS,
    "decade": ("0s",),
    "decade_two": ("0s",),
    "spelled_decade": tuple(DECADE_WORDS),
    "year_short": ("'", "’"),
    "century": ("century",),
    "weekday": _WEEKDAY_STEMS,
    "weekdays": _WEEKDAY_STEMS,
    "holiday": _stems(HOLIDAYS),
    "deictic": _stems(DAYS),
    "this_part": _stems(DAYPARTS),
    "relunit": ("week", "month", "year", "quarter", "decade", "century"),
    "relday": ("day", "morning", "afternoon", "evening", "night"),
    "that_unit": ("day", "week", "month", "year"),
    "the_year": ("year",),
    "relseason": _stems(SEASONS),
    "season_year": _stems(SEASONS),
    "weekend": ("weekend",),
    "season": _stems(SEASONS),
    "ago": _stems(SHIFT_AFTER),
    "duration": _UNIT_STEMS,
    "half": ("half",),
    "refs": _stems(REFS),
    "vague_span": _UNIT_STEMS,
    "bare_units": _UNIT_STEMS,
    "adjdur": _UNIT_STEMS,
    "long": ("-long",),
    "set_word": _stems(SETS),
    "every": ("every", "each"),
    "times_a": ("once", "twice", "times"),
    "clock": ("a.m", "p.m", "am", "pm"),
    "clock24": (":",),
    "clock_hhmm": ("gmt", "bst", "utc"),
    "noon": ("noon", "midnight", "midday"),
    "clock_part": ("morning", "afternoon", "evening", "night"),
    "year_end": ("end",),
}

# Words at least one of which every pattern contains; text far from all of them is skipped.
_REF_FILLERS = frozenset(row.values["word"] for row in load_table("time_fillers"))
TRIGGERS: frozenset[str] = frozenset(
    w
    for words in (
        [m.rstrip(".").lower() for m in MONTHS],
        [d.rstrip(".").lower() for d in WEEKDAYS],
        UNITS,
        SETS,
        DAYS,
        DAYPARTS,
        SEASONS,
        [w for phrase in REFS for w in phrase.split() if w not in _REF_FILLERS],
        [w.lower() for name in HOLIDAYS for w in re.findall(r"[A-Za-z]{4,}", name)],
        ["weekend", "noon", "midnight", "midday", "fiscal", "period", "nineteen", "thousand"],
        ["gmt", "utc", "bst"],
        DECADE_WORDS,
    )
    for w in words
)
# Words, years ("1990", "'82"), decades ("80s"), clock times ("14:30", "5 pm") and numeric
# dates ("7/8/07"); other numbers need a unit word.
TRIGGER_WORD = re.compile(
    r"[A-Za-z]+|(?<!\d)(?:1\d|20)\d\d(?!\d)|\d:\d\d|\d\s*[ap]\.?m\b|'?\d0s\b|['’]\d\d(?!\w)"
    r"|\d/\d\d?/\d\d"
)
# How far an expression reaches around its trigger word ("no more than the past twenty-four
# hours", "Wednesday, Oct. 26, 1998"): windows of text this wide around triggers are scanned.
REACH = 50

# A time of day joined to a date on either side ("10 p.m. Wednesday", "Friday at noon").
JOINER = re.compile(_i(r"\s*(?:,\s*|\s+on\s+|\s+at\s+|\s+)?"))
