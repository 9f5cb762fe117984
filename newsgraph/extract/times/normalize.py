"""TIMEX3 type and value for each kind of match of :mod:`newsgraph.extract.times.grammar`.

Every handler takes the regex match and a :class:`Context` and returns a :class:`Timex`
(or None to drop the match). Relative expressions resolve against the publication date
("last month") or against the last date the text mentioned ("a week prior").
"""

from __future__ import annotations

import datetime as dt
import re

from dateutil.easter import easter

from newsgraph.extract.times import anchor as a
from newsgraph.extract.times.amounts import (
    adjective_duration,
    clock,
    clock_part,
    duration,
    duration_value,
    every,
    half,
    noon,
    set_word,
    times_a,
    vague_duration,
)
from newsgraph.extract.times.anchor import Granularity, Point, Tense
from newsgraph.extract.times.context import Context, Handler, Timex
from newsgraph.extract.times.grammar import DECADE_WORDS
from newsgraph.extract.times.words import (
    DAYPARTS,
    DAYS,
    HOLIDAYS,
    REFS,
    SEASONS,
    SHIFTS,
    UNITS,
    WEEKDAYS,
    Unit,
    month_number,
    norm,
    number_value,
)

_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4}
_ORDINALS |= {"4th": 4, "final": 4, "last": 4}  # "the last quarter of 2004"
_FINER: tuple[Granularity, ...] = ("day", "week", "month", "season", "quarter", "year")


def _date(kind: str, value: str, granularity: Granularity) -> Timex:
    date = None
    if not value.startswith("X") and re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", value):
        parts = [int(p) for p in value.split("-")] + [1, 1]
        date = dt.date(parts[0], parts[1], parts[2])
    return Timex(kind, value, Point(date, granularity))


def _year(text: str) -> int:
    year = int(text)
    return year + (1900 if year >= 30 else 2000) if year < 100 else year


def month_day(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "June 30", "30 June 2023", "Friday, Oct. 23"."""
    month, day = month_number(m["month"]), int(m["day"])
    year_ = m.groupdict().get("year")
    if year_:
        date = a.safe_date(_year(year_), month, day)
        return _date("DATE", date.isoformat(), "day") if date else None
    tense = ctx.tense()
    shift = m.groupdict().get("shift")
    if shift:
        tense = "past" if SHIFTS[norm(shift)].shift < 0 else "future"
    return _date("DATE", a.month_day(month, day, ctx.published, tense), "day")


def week_of(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "the week of March 6": the (ISO) week holding that day."""
    day = month_day(m, ctx)
    if day is None or day.point is None or day.point.date is None:
        return Timex("DATE", "XXXX-WXX")
    point = day.point.at("week")
    return Timex("DATE", point.value(), point)


def numeric_date(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "2023-06-30", "6/30/2023"."""
    date = a.safe_date(_year(m["year"]), int(m["m"]), int(m["d"]))
    return _date("DATE", date.isoformat(), "day") if date else None


def month_year(m: re.Match[str], ctx: Context) -> Timex:
    """ "February 2022"."""
    return _date("DATE", f"{_year(m['year']):04d}-{month_number(m['month']):02d}", "month")


def month_relative_year(m: re.Match[str], ctx: Context) -> Timex:
    """ "June last year"."""
    month = month_number(m["month"])
    if ctx.published is None:
        return _date("DATE", f"XXXX-{month:02d}", "month")
    year = ctx.published.year + SHIFTS[norm(m["shift"])].shift
    return _date("DATE", f"{year:04d}-{month:02d}", "month")


def bare_month(m: re.Match[str], ctx: Context) -> Timex:
    """ "June", "last June", "early December"."""
    month = month_number(m["month"])
    if m["shift"]:
        value = a.relative_month(month, ctx.published, SHIFTS[norm(m["shift"])].shift)
    else:
        value = a.bare_month(month, ctx.published, ctx.tense())
    return _date("DATE", value, "month")


def year(m: re.Match[str], ctx: Context) -> Timex:
    """ "1962", "fiscal 1989", "mid-1996", "the second half of 1989" → 1989-H2."""
    value = f"{_year(m['year']):04d}"  # "'82" → 1982
    mod = norm(m["mod"] or "") if "mod" in m.re.groupindex else ""
    if "half" in mod:
        return Timex("DATE", f"{value}-H{1 if 'first' in mod else 2}")
    return _date("DATE", value, "year")


def year_end(m: re.Match[str], ctx: Context) -> Timex:
    """ "by year-end" → December 31 of this year; "since year-end" → of last year."""
    if ctx.published is None:
        return Timex("DATE", "XXXX-12-31")
    word = _LAST_WORD.search(ctx.before)
    cue = _YEAR_END_CUES.get(word.group(1).lower() if word else "")
    ends = [dt.date(ctx.published.year + k, 12, 31) for k in (-1, 0)]
    if cue == "past":  # the last year-end gone by
        end = ends[0] if ctx.published < ends[1] else ends[1]
    elif cue == "future":  # the next one to come
        end = ends[1]
    else:
        end = a.pick_year(ends, ctx.published, ctx.tense())
    return _date("DATE", end.isoformat(), "day")


_LAST_WORD = re.compile(r"([A-Za-z]+)\s*$")
_YEAR_END_CUES: dict[str, Tense] = {"since": "past", "by": "future", "until": "future"}


def decade(m: re.Match[str], ctx: Context) -> Timex:
    """ "the 1990s", "the '80s", "the 70s", "the nineties"."""
    groups = m.groupdict()
    if groups.get("word"):
        digits = DECADE_WORDS[norm(groups["word"])]
    else:
        digits = groups.get("dec") or f"19{groups['dec2']}"
    return Timex("DATE", digits, Point(dt.date(int(digits) * 10, 1, 1), "decade"))


def century(m: re.Match[str], ctx: Context) -> Timex:
    """ "the 20th century" → 19."""
    return Timex("DATE", f"{int(m['cent']) - 1:02d}")


def _last_quarter(ctx: Context, offset: int, *, reported: bool = False) -> Point | None:
    """The quarter in focus shifted by ``offset``, else the last one before publication.

    With ``reported`` the quarter in focus counts only if it has ended by publication: "the
    latest quarter" and "the year-ago quarter" compare results, never a quarter ahead.
    """
    ref = ctx.ref if ctx.ref is not None and ctx.ref.granularity == "quarter" else None
    if ref is not None and reported and ctx.published and ref.date:
        this_quarter = ctx.published.replace(
            month=ctx.published.month - (ctx.published.month - 1) % 3
        )
        if ref.date >= this_quarter.replace(day=1):
            ref = None
    if ref is not None:
        return ref.shift(offset, "quarter") if offset else ref
    if ctx.published is None:
        return None
    return Point(ctx.published, "quarter").shift(offset - 1, "quarter")


def quarter(m: re.Match[str], ctx: Context) -> Timex:
    """ "the third quarter", "third-quarter", "the year-earlier quarter"."""
    word = norm(m["ord"])
    text = norm(m.group())
    if word in ("latest", "year-earlier", "year-ago"):
        earlier = word.startswith("year-")
        point = _last_quarter(ctx, -4 if earlier else 0, reported=True)
        return Timex("DATE", point.value() if point else "XXXX-QX", point, anchors=not earlier)
    if word == "current":
        point = Point(ctx.published, "quarter") if ctx.published else None
        return Timex("DATE", point.value() if point else "XXXX-QX", point)
    if word == "last" and not (m["year"] or m["year0"]):  # "last quarter": the one before now
        point = Point(ctx.published, "quarter").shift(-1, "quarter") if ctx.published else None
        return Timex("DATE", point.value() if point else "XXXX-QX", point)
    number = _ORDINALS[word]
    if m["year"] or m["year0"]:
        value = f"{_year(m['year'] or m['year0']):04d}-Q{number}"
    elif ctx.published and m["relyear"]:  # "the first quarter of last year"
        value = f"{ctx.published.year + SHIFTS[norm(m['relyear'])].shift:04d}-Q{number}"
    elif ctx.published and re.search(r"\b(last|next) year's", text):
        shift = -1 if "last" in text else 1
        value = f"{ctx.published.year + shift:04d}-Q{number}"
    elif ctx.published and "this year's" in text:
        value = f"{ctx.published.year:04d}-Q{number}"
    else:
        value = a.quarter_year(number, ctx.published, ctx.tense())
    if m["ago"] and not value.startswith("X"):  # "the year-ago third quarter"
        year_, q = value.split("-Q")
        return _quarter_timex(f"{int(year_) - 1:04d}-Q{q}", anchors=False)
    return _quarter_timex(value)


def _quarter_timex(value: str, *, anchors: bool = True) -> Timex:
    if value.startswith("X"):
        return Timex("DATE", value, None)
    year_, q = value.split("-Q")
    point = Point(dt.date(int(year_), 3 * int(q) - 2, 1), "quarter")
    return Timex("DATE", value, point, anchors=anchors)


def bare_quarter(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "the quarter", "the 1988 period", "last year's quarter", "the same period last year".

    The quarter last mentioned, else the one before publication; a quarter that ended on a
    given day is the one holding most of its three months ("the quarter ended July 31": Q2).
    """
    det = norm(m["det"] or "")
    year_before = bool(m["yago"]) or det == "last year's"
    if norm(m["noun"]) == "period" and not (m["same"] or m["qyear"] or year_before):
        return None  # "the period" alone is any stretch of time
    if m["same"] and not year_before:
        return None
    if m["month"]:  # "the quarter ended Sept. 30"
        end = month_day(m, ctx)
        if end is None or end.point is None or end.point.date is None:
            return None
        return _quarter_timex(Point(end.point.date - dt.timedelta(days=45), "quarter").value())
    if m["qyear"]:  # "the 1988 quarter": the reported quarter (the last one ended) in 1988
        if ctx.published is None:
            return Timex("DATE", f"{m['qyear']}-QX")
        last = Point(ctx.published, "quarter").shift(-1, "quarter").date
        point = Point(last.replace(year=int(m["qyear"]), day=1), "quarter")  # type: ignore[union-attr]
        return Timex("DATE", point.value(), point, anchors=last.year == int(m["qyear"]))  # type: ignore[union-attr]
    in_focus = ctx.ref is not None and ctx.ref.granularity == "quarter"
    if year_before and ctx.ref is not None and ctx.ref.granularity == "month":
        # "sales rose in February compared with the same period last year": that month
        point = ctx.ref.shift(-1, "year")
        return Timex("DATE", point.value(), point, anchors=False)
    if det == "this" and ctx.published and not in_focus:
        point: Point | None = Point(ctx.published, "quarter")
    else:
        point = _last_quarter(ctx, 0, reported=year_before)
    if year_before:
        point = point.shift(-4, "quarter") if point else None
        return Timex("DATE", point.value() if point else "XXXX-QX", point, anchors=False)
    return Timex("DATE", point.value() if point else "XXXX-QX", point)


def weekday(m: re.Match[str], ctx: Context) -> Timex:
    """ "Friday", "last Friday", "Friday morning" (tense picks the week)."""
    day = WEEKDAYS[m["weekday"]]
    if m["shift"]:
        shift = SHIFTS[norm(m["shift"])]
        in_focus = ctx.ref is not None and ctx.ref.granularity == "day"
        anchor = ctx.anchor(shift.anchor) if in_focus else ctx.published  # "the previous Friday"
        value = a.relative_weekday(day, anchor, shift.shift)
    else:
        # A speech act told in the past tense lies in the past, even the day before publication.
        cue = ctx.cue()  # one parse walk, read twice
        weights = a.AGAINST_TENSE if cue == "said" else a.WEEKDAY_AGAINST_TENSE
        value = a.weekday(day, ctx.published, _weekday_tense(ctx, cue), weights=weights)
    timex = _date("DATE", value, "day")
    # "Friday night": a DATE valued with the part of day, as AQUAINT has it (TimeBank and
    # MEANTIME say TIME; measured over all three, DATE types more of them right)
    if m["part"]:
        return Timex("DATE", f"{value}T{DAYPARTS[norm(m['part'])]}", timex.point)
    return timex


def _weekday_tense(ctx: Context, cue: str | None) -> Tense:
    """A possessive weekday without a tense ("Wednesday's ruling") names a day gone by;
    "until Tuesday" looks ahead and "since Monday" back, whatever the verb's tense."""
    if cue in ("until", "since"):
        return "future" if cue == "until" else "past"
    tense = ctx.tense()
    if tense == "present" and ctx.after.startswith(("'s", "’s")):
        return "past"
    return tense


def weekdays(m: re.Match[str], ctx: Context) -> Timex:
    """ "Mondays", "Tuesday nights" → a SET."""
    value = f"XXXX-WXX-{WEEKDAYS[m['weekday']]}"
    part = m["part"] or (m["parts"] or "").rstrip("sS")
    if part:
        value += f"T{DAYPARTS[norm(part)]}"
    return Timex("SET", value)


def holiday(m: re.Match[str], ctx: Context) -> Timex:
    """ "Christmas", "last Thanksgiving", "Easter 2014"."""
    rule = HOLIDAYS.get(m["holiday"]) or next(
        v for k, v in HOLIDAYS.items() if norm(k) == norm(m["holiday"])
    )
    if m["year"]:
        return _date("DATE", _holiday_date(rule, int(m["year"])).isoformat(), "day")
    if ctx.published is None:
        return Timex("DATE", f"XXXX-{rule}" if _FIXED_DAY.fullmatch(rule) else "XXXX-XX-XX")
    base = ctx.published.year
    dates = [_holiday_date(rule, y) for y in (base - 1, base, base + 1)]
    tense: Tense = ctx.tense()
    if m["shift"]:
        tense = "past" if norm(m["shift"]) == "last" else "future"
    return _date("DATE", a.pick_year(dates, ctx.published, tense).isoformat(), "day")


_FIXED_DAY = re.compile(r"\d\d-\d\d")
_EASTER = re.compile(r"easter([+-]\d+)")


def _holiday_date(rule: str, year_: int) -> dt.date:
    """The date of a holiday rule (see ``time_holidays.tsv``) in ``year_``."""
    if easter_days := _EASTER.fullmatch(rule):
        return easter(year_) + dt.timedelta(days=int(easter_days.group(1)))
    if ":" in rule:
        rule, _, after = rule.partition("+")
        nth, day, month = (int(p) for p in rule.split(":"))
        return a.nth_weekday(year_, month, day, nth) + dt.timedelta(days=int(after or 0))
    month, day = (int(p) for p in rule.split("-"))
    return dt.date(year_, month, day)


def deictic(m: re.Match[str], ctx: Context) -> Timex:
    """ "yesterday", "today", "tomorrow morning", "tonight"."""
    offset, part = DAYS[norm(m["deictic"])]
    said_part = m["part"] or m["part0"]
    if said_part:
        part = DAYPARTS[norm(said_part)]
    if ctx.published is None:
        return Timex("DATE", "XXXX-XX-XX")
    date = ctx.published + dt.timedelta(days=offset)
    if part and said_part:
        return Timex("TIME", f"{date.isoformat()}T{part}", Point(date, "day"))
    return _date("DATE", date.isoformat(), "day")


def this_part(m: re.Match[str], ctx: Context) -> Timex:
    """ "this morning", "last night"."""
    part = DAYPARTS[norm(m["part"])]
    if ctx.published is None:
        return Timex("TIME", f"XXXX-XX-XXT{part}")
    date = ctx.published - dt.timedelta(days=1 if norm(m["shift"]) == "last" else 0)
    return Timex("TIME", f"{date.isoformat()}T{part}", Point(date, "day"))


def relative_unit(m: re.Match[str], ctx: Context) -> Timex:
    """ "last week", "this year", "next month", "earlier this year", "the past decade"."""
    shift = SHIFTS[norm(m["shift"])]
    unit = norm(m["unit"])
    if unit == "weekend":
        point = Point(ctx.anchor(shift.anchor), "week").shift(shift.shift, "week")
        value = point.value() + "-WE" if point.date else "XXXX-WXX-WE"
        return Timex("DATE", value, point)
    granularity: Granularity = UNITS[unit].granularity  # type: ignore[assignment]
    if unit in ("decade", "century"):
        if shift.shift:
            return Timex("DURATION", duration_value("1", UNITS[unit]))
        granularity = unit  # type: ignore[assignment]
    point = Point(ctx.anchor(shift.anchor), granularity).shift(shift.shift, granularity)
    return Timex("DATE", point.value(), point)


def relative_day(m: re.Match[str], ctx: Context) -> Timex:
    """ "the next day", "the following morning", "the day after his death": a day counted
    from the day in focus. In apposition to a date ("Oct. 12, the day before the crash")
    it is that date."""
    word = norm(m["unit"] or m["unit2"])
    if m["shift"]:
        offset = SHIFTS[norm(m["shift"])].shift
    else:
        offset = 0 if _APPOSITION.search(ctx.before) else (1 if norm(m["rel"]) == "after" else -1)
    part = "" if word == "day" else f"T{DAYPARTS[word]}"
    kind = "TIME" if part else "DATE"
    ref = ctx.ref if ctx.ref is not None and ctx.ref.date is not None else None
    if ref is not None and ref.granularity != "day":  # "in October 1998 ... the next day"
        return Timex(kind, _coarse_value(ref, "day") + part, None)
    base = ref.date if ref is not None else ctx.published
    if base is None:
        return Timex(kind, "XXXX-XX-XX" + part)
    date = base + dt.timedelta(days=offset)
    return Timex(kind, date.isoformat() + part, Point(date, "day"))


# A date just before, then a comma, restates that date: "Nov. 3, the day before ...",
# "Friday, the day after ...", "on Oct. 12, 1989, the day before ..." (not "killing 12,").
_APPOSITION = re.compile(
    r"(?:\b[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?|\b[A-Z][a-z]+day|\b\d{4}),\s*$"
)


def that_unit(m: re.Match[str], ctx: Context) -> Timex:
    """ "that day", "later that year", "the same week": the unit of the date in focus."""
    granularity: Granularity = UNITS[norm(m["unit"])].granularity  # type: ignore[assignment]
    point = Point(ctx.anchor("ref"), granularity)
    if m["yago"]:  # "the same month a year ago": the month in focus, a year back
        point = point.shift(-1, "year")
        return Timex("DATE", point.value(), point, anchors=False)
    ref = ctx.ref.granularity if ctx.ref is not None and ctx.ref.date is not None else None
    if ref in _FINER and _FINER.index(ref) > _FINER.index(granularity):  # type: ignore[arg-type]
        # "that same day" after "in October 1998": the day is unknown → 1998-10-XX
        return Timex("DATE", _coarse_value(ctx.ref, granularity), point, anchors=False)  # type: ignore[arg-type]
    return Timex("DATE", point.value(), point, anchors=False)


def _coarse_value(ref: Point, granularity: Granularity) -> str:
    """A value at ``granularity`` knowing only ``ref`` (coarser): the rest is X."""
    if granularity == "week":
        return f"{ref.value()[:4]}-WXX"
    known = ref.value() if ref.granularity in ("month", "year") else ref.value()[:4]
    parts = [*known.split("-"), "XX", "XX"]
    return "-".join(parts[: 3 if granularity == "day" else 2])


def the_year(m: re.Match[str], ctx: Context) -> Timex:
    """ "the year ended March 31" → P1Y; "the fiscal year", "for the year" → this year."""
    if m["ended"] is not None:
        return Timex("DURATION", "P1Y")
    point = Point(ctx.published, "year")
    return Timex("DATE", point.value(), point, anchors=False)


def relative_season(m: re.Match[str], ctx: Context) -> Timex:
    """ "this summer", "last fall"."""
    code = SEASONS[norm(m["season"])]
    shift = SHIFTS[norm(m["shift"]).replace("the ", "")].shift
    return Timex("DATE", a.season(code, ctx.published, shift, ctx.tense()))


def bare_season(m: re.Match[str], ctx: Context) -> Timex:
    """ "spring", "the early summer": the season nearest publication, by tense; "2006
    autumn", "spring next year": the season of that year."""
    code = SEASONS[norm(m["season"])]
    if m["year"]:
        return Timex("DATE", f"{int(m['year']):04d}-{code}")
    if m["rel"] and ctx.published is not None:
        return Timex("DATE", f"{ctx.published.year + SHIFTS[norm(m['rel'])].shift:04d}-{code}")
    return Timex("DATE", a.season(code, ctx.published, None, ctx.tense()))


def season_year(m: re.Match[str], ctx: Context) -> Timex:
    """ "the summer of 1998"."""
    return Timex("DATE", f"{int(m['year']):04d}-{SEASONS[norm(m['season'])]}")


def weekend(m: re.Match[str], ctx: Context) -> Timex:
    """ "the weekend": the coming one in future tense, else the last one."""
    if ctx.published is None:
        return Timex("DATE", "XXXX-WXX-WE")
    past = ctx.tense() != "future" and ctx.published.isoweekday() < 6
    point = Point(ctx.published, "week").shift(-1 if past else 0, "week")
    return Timex("DATE", point.value() + "-WE", point)


def ago(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "two weeks ago", "a week prior", "a year earlier"; "three days later" → P3D.

    Days and hours counted from another event ("three days later", "a day earlier") are
    durations over the amount, "later" being the signal (TimeML); "ago" counts from now.
    """
    shift = SHIFTS[norm(m["after"])]
    unit = UNITS[norm(m["unit"])]
    amount = number_value(m["num"])
    if shift.anchor == "ref" and unit.granularity in ("day", "time"):
        return Timex("DURATION", duration_value(amount, unit), end=m.end("unit"))
    if amount == "X" or "." in amount:
        value = "PAST_REF" if shift.shift < 0 else "FUTURE_REF"
        return Timex("DATE", value)
    if unit.granularity == "time":
        return None
    granularity = _offset_granularity(unit, shift.anchor, ctx)
    base = Point(ctx.anchor(shift.anchor), granularity)
    if granularity == "quarter" and ctx.ref is not None:
        base = ctx.ref
    steps = int(amount) * unit.factor * shift.shift
    step_unit: Granularity = "year" if unit.factor > 1 and unit.code == "Y" else unit.granularity  # type: ignore[assignment]
    point = base.shift(steps, step_unit)
    return Timex("DATE", point.value(), point, anchors=False)


def year_earlier(m: re.Match[str], ctx: Context) -> Timex:
    """ "year-earlier" (as in "year-earlier profit"): a year before the date in focus."""
    if ctx.ref is not None and ctx.ref.granularity == "quarter":
        point = ctx.ref.shift(-1, "year")
    else:
        point = Point(ctx.published, "year").shift(-1, "year")
    return Timex("DATE", point.value(), point, anchors=False)


def spelled_year(m: re.Match[str], ctx: Context) -> Timex:
    """ "nineteen ninety-six", "the year two thousand", "January nineteen ninety-seven"."""
    if m["century"]:
        hundreds = int(number_value(m["century"])) * 100
        number = hundreds + int(number_value(m["tens"])) + int(number_value(m["ones"] or "0"))
    else:
        number = 2000 + int(number_value(m["ones2"] or "0"))
    if m["season"]:
        return Timex("DATE", f"{number:04d}-{SEASONS[norm(m['season'])]}")
    if m["month"]:
        return _date("DATE", f"{number:04d}-{month_number(m['month']):02d}", "month")
    return _date("DATE", f"{number:04d}", "year")


def _offset_granularity(unit: Unit, anchor: str, ctx: Context) -> Granularity:
    own: Granularity = unit.granularity  # type: ignore[assignment]
    ref = ctx.ref.granularity if ctx.ref else None
    if ref == "quarter" and own == "year":
        return "quarter"
    if own == "year":  # "a year earlier" names a year, whatever the date in focus (TimeML)
        return own
    if anchor == "ref" and ref in _FINER and _FINER.index(ref) < _FINER.index(own):
        return ref  # type: ignore[return-value]
    return own


def reference(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "now", "recently", "the future" → PRESENT_REF, PAST_REF, FUTURE_REF.

    "Now," opening a sentence is a discourse marker ("Now, he says, ..."), not a time.
    """
    if m["ref"] == "Now" and ctx.after.startswith(",") and _SENTENCE_START.search(ctx.before):
        return None
    return Timex("DATE", REFS[norm(m["ref"])])


_SENTENCE_START = re.compile(r"(?:^|[.!?:]['\"’”]*)\s*['\"`‘“]*$")


_PLURAL_UNIT = re.compile(r"\b(seconds|minutes|hours|days|weeks|months|years|decades|centuries)\b")
_DAY_WORD = re.compile(r"\b(day|morning|afternoon|evening|night)\b")


def entity(m: re.Match[str], ctx: Context) -> Timex | None:
    """A DATE/TIME entity of the parser that no rule covers ("the day", "year-end", "weeks")."""
    text = norm(m.group())
    plural = _PLURAL_UNIT.search(text)
    if plural and not re.search(r"\d", text):
        return Timex("DURATION", duration_value("X", UNITS[plural.group(1)]))
    season = next((code for word, code in SEASONS.items() if word in text.split()), None)
    if season:
        return Timex("DATE", a.season(season, ctx.published, None, ctx.tense()))
    day = ctx.ref.date if ctx.ref is not None and ctx.ref.granularity == "day" else None
    day = day or ctx.published
    part = next((code for word, code in DAYPARTS.items() if word in text.split()), None)
    if part and day:
        return Timex("TIME", f"{day.isoformat()}T{part}", Point(day, "day"), anchors=False)
    for pattern, granularity in _ENTITY_UNITS:
        if pattern.search(text):
            point = Point(day if granularity == "day" else ctx.anchor("ref"), granularity)
            return Timex("DATE", point.value(), point, anchors=False)
    return None


_ENTITY_UNITS: tuple[tuple[re.Pattern[str], Granularity], ...] = (
    (_DAY_WORD, "day"),
    (re.compile(r"\bweek"), "week"),
    (re.compile(r"\bmonth"), "month"),
    (re.compile(r"\byear"), "year"),
)


HANDLERS: dict[str, Handler] = {
    "entity": entity,
    "iso": numeric_date,
    "slash": numeric_date,
    "md": month_day,
    "dm": month_day,
    "md_and": month_day,
    "dm_and": month_day,
    "my": month_year,
    "week_of": week_of,
    "month_rel": month_relative_year,
    "quarter": quarter,
    "quarter_bare": bare_quarter,
    "year_earlier": year_earlier,
    "spelled_year": spelled_year,
    "fiscal": year,
    "year": year,
    "decade": decade,
    "decade_two": decade,
    "spelled_decade": decade,
    "year_short": year,
    "century": century,
    "month": bare_month,
    "weekday": weekday,
    "weekdays": weekdays,
    "holiday": holiday,
    "deictic": deictic,
    "this_part": this_part,
    "relunit": relative_unit,
    "relday": relative_day,
    "that_unit": that_unit,
    "the_year": the_year,
    "relseason": relative_season,
    "season_year": season_year,
    "weekend": weekend,
    "season": bare_season,
    "ago": ago,
    "duration": duration,
    "half": half,
    "refs": reference,
    "vague_span": vague_duration,
    "bare_units": vague_duration,
    "adjdur": adjective_duration,
    "long": adjective_duration,
    "set_word": set_word,
    "every": every,
    "times_a": times_a,
    "clock": clock,
    "clock24": clock,
    "clock_hhmm": clock,
    "noon": noon,
    "clock_part": clock_part,
    "year_end": year_end,
}
