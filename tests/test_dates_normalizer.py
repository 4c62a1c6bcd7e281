"""The TIMEX3 normalizer: one expression in, a value with type and granularity out."""

from __future__ import annotations

from datetime import date

import pytest

from bagouz_extract.normalizers.dates import normalize
from bagouz_extract.normalizers.timex import granularity

FEB20 = date(2019, 2, 20)  # a Wednesday

ANCHORED = [
    # text, anchor, expected value, type, granularity
    ("Wednesday", FEB20, "2019-02-20", "DATE", "day"),
    ("Sunday", FEB20, "2019-02-17", "DATE", "day"),
    ("last Friday", FEB20, "2019-02-15", "DATE", "day"),
    ("next Friday", FEB20, "2019-02-22", "DATE", "day"),
    ("December", FEB20, "2018-12", "DATE", "month"),
    ("9 February", FEB20, "2019-02-09", "DATE", "day"),
    ("March 5", FEB20, "2019-03-05", "DATE", "day"),
    ("four years ago", date(2019, 7, 1), "2015", "DATE", "year"),
    ("two weeks ago", FEB20, "2019-W06", "DATE", "week"),
    ("three days ago", FEB20, "2019-02-17", "DATE", "day"),
    ("yesterday", FEB20, "2019-02-19", "DATE", "day"),
    ("today", FEB20, "2019-02-20", "DATE", "day"),
    ("last week", FEB20, "2019-W07", "DATE", "week"),
    ("this month", FEB20, "2019-02", "DATE", "month"),
    ("last year", FEB20, "2018", "DATE", "year"),
    ("earlier this year", FEB20, "2019", "DATE", "year"),
    ("last fall", FEB20, "2018-FA", "DATE", "season"),
    ("last October", FEB20, "2018-10", "DATE", "month"),
    ("early March", FEB20, "2019-03", "DATE", "month"),
    ("third-quarter", date(1989, 10, 26), "1989-Q3", "DATE", "quarter"),
    ("the latest quarter", date(1989, 10, 26), "1989-Q3", "DATE", "quarter"),
    ("a year earlier", date(1989, 10, 26), "1988", "DATE", "year"),
    ("10:35 a.m.", FEB20, "2019-02-20T10:35", "TIME", "minute"),
    ("9 a.m. Tuesday", FEB20, "2019-02-19T09:00", "TIME", "minute"),
    ("this morning", FEB20, "2019-02-20TMO", "TIME", "part_of_day"),
    ("Thanksgiving", date(1999, 12, 1), "1999-11-25", "DATE", "day"),
    ("the weekend", date(2019, 2, 18), "2019-W07-WE", "DATE", "weekend"),
    ("the year-ago third quarter", date(1989, 10, 26), "1988-Q3", "DATE", "quarter"),
    ("next year's first quarter", date(1989, 10, 26), "1990-Q1", "DATE", "quarter"),
]


@pytest.mark.parametrize(("text", "anchor", "value", "type_", "gran"), ANCHORED,
                         ids=[f"{row[0]}@{row[1]}" for row in ANCHORED])
def test_relative_expressions_resolve_against_the_anchor(text, anchor, value, type_, gran):
    timex = normalize(text, anchor)
    assert timex is not None
    assert (timex.value, timex.type, timex.granularity) == (value, type_, gran)
    assert timex.anchored or value[:4].isdigit()


UNANCHORED = [
    ("9 February", "XXXX-02-09", "DATE"),
    ("on 9 February", "XXXX-02-09", "DATE"),  # read by the dateparser fallback
    ("Friday", "XXXX-WXX-5", "DATE"),
    ("December", "XXXX-12", "DATE"),
    ("yesterday", "XXXX-XX-XX", "DATE"),
    ("four years ago", "XXXX", "DATE"),
    ("last week", "XXXX-WXX", "DATE"),
    ("10:35 a.m.", "XXXX-XX-XXT10:35", "TIME"),
    ("March 5, 2019", "2019-03-05", "DATE"),
    ("20-02-2019", "2019-02-20", "DATE"),
    ("2019-02-20", "2019-02-20", "DATE"),
]


@pytest.mark.parametrize(("text", "value", "type_"), UNANCHORED, ids=[r[0] for r in UNANCHORED])
def test_without_anchor_unknown_parts_stay_x(text, value, type_):
    timex = normalize(text, None)
    assert timex is not None
    assert (timex.value, timex.type) == (value, type_)
    assert not timex.anchored


ABSOLUTE = [
    ("two weeks", "P2W", "DURATION", "week"),
    ("three days", "P3D", "DURATION", "day"),
    ("five-year", "P5Y", "DURATION", "year"),
    ("16-hour", "PT16H", "DURATION", "hour"),
    ("5 1/2 hours", "PT5H30M", "DURATION", "minute"),
    ("2 1/2 years", "P2Y6M", "DURATION", "month"),
    ("two decades", "P20Y", "DURATION", "year"),
    ("several months", "PXM", "DURATION", "month"),
    ("2014", "2014", "DATE", "year"),
    ("the 1990s", "199", "DATE", "decade"),
    ("the third quarter of 1998", "1998-Q3", "DATE", "quarter"),
    ("summer 2014", "2014-SU", "DATE", "season"),
    ("every day", "P1D", "SET", "day"),
    ("every Monday", "XXXX-WXX-1", "SET", "day"),
    ("twice a year", "P1Y", "SET", "year"),
    ("now", "PRESENT_REF", "DATE", None),
    ("currently", "PRESENT_REF", "DATE", None),
    ("recently", "PAST_REF", "DATE", None),
    ("the future", "FUTURE_REF", "DATE", None),
    ("years ago", "PAST_REF", "DATE", None),
]


@pytest.mark.parametrize(("text", "value", "type_", "gran"), ABSOLUTE, ids=[r[0] for r in ABSOLUTE])
def test_anchor_free_expressions_are_the_same_with_or_without_anchor(text, value, type_, gran):
    for anchor in (None, FEB20):
        timex = normalize(text, anchor)
        assert timex is not None
        assert (timex.value, timex.type, timex.granularity) == (value, type_, gran)


RANGES = [
    ("the past two years", FEB20, "P2Y", "2017-02-20", "2019-02-20"),
    ("the last few days", FEB20, "PXD", None, "2019-02-20"),
    ("the next three days", FEB20, "P3D", "2019-02-20", "2019-02-23"),
    ("2009-2010", None, "P2Y", "2009", "2010"),
    ("2009-10", None, "P2Y", "2009", "2010"),
    ("March 1 and 5", FEB20, "P5D", "2019-03-01", "2019-03-05"),
    ("March 1-5", None, "P5D", "XXXX-03-01", "XXXX-03-05"),
]


@pytest.mark.parametrize(("text", "anchor", "value", "start", "end"), RANGES,
                         ids=[r[0] for r in RANGES])
def test_periods_carry_their_start_and_end(text, anchor, value, start, end):
    timex = normalize(text, anchor)
    assert timex is not None
    assert (timex.value, timex.range_start, timex.range_end) == (value, start, end)


def test_weekday_leans_to_the_future_when_the_clause_does():
    assert normalize("Friday", FEB20, lean="future").value == "2019-02-22"
    assert normalize("Friday", FEB20, lean="past").value == "2019-02-15"


@pytest.mark.parametrize("text", ["03/04/2019", "1990-1980", "blah"],
                         ids=["ambiguous-dm", "backwards", "junk"])
def test_no_value_is_guessed(text):
    assert normalize(text, FEB20) is None


@pytest.mark.parametrize(("value", "gran"), [("2019", "year"), ("2019-02", "month"),
                                             ("XXXX-02-09", "day"), ("2019-W07", "week"),
                                             ("P3D", "day"), ("PT5H", "hour"), ("PAST_REF", None),
                                             ("199", "decade")],
                         ids=lambda v: str(v))
def test_granularity_follows_the_value(value, gran):
    assert granularity(value) == gran


def test_normalization_is_cached_per_expression_and_anchor():
    normalize.cache_clear()
    normalize("March 5", FEB20)
    normalize("March 5", FEB20)
    normalize("March 5", None)
    info = normalize.cache_info()
    assert (info.hits, info.misses) == (1, 2)


MODS = [
    ("early March", "START"),
    ("mid-March", "MID"),
    ("late March", "END"),
    ("the end of 2018", "END"),
    ("early this year", "START"),
    ("late Friday", "END"),
    ("about four years ago", "APPROX"),
    ("more than four decades ago", "BEFORE"),
    ("less than a year ago", "AFTER"),
    ("nearly two weeks", "LESS_THAN"),
    ("March", None),
]


@pytest.mark.parametrize(("text", "mod"), MODS, ids=[r[0] for r in MODS])
def test_timeml_mod_comes_with_the_value(text, mod):
    for anchor in (None, FEB20):
        timex = normalize(text, anchor)
        assert timex is not None
        assert timex.mod == mod


@pytest.mark.parametrize(("text", "direction"), [("the last few days", "past"),
                                                 ("the past two years", "past"),
                                                 ("the next few days", "future"),
                                                 ("the coming weeks", "future")],
                         ids=["last-few", "past-two", "next-few", "coming"])
def test_periods_know_whether_they_reach_back_or_ahead(text, direction):
    for anchor in (None, FEB20):
        assert normalize(text, anchor).direction == direction


YEARLESS = [
    # text, anchor, lean, value: a tense lean moves a date only within about ten months
    ("Dec. 7", date(1989, 11, 2), "past", "1989-12-07"),
    ("Sept. 14", date(1989, 10, 30), "future", "1989-09-14"),
    ("March", date(1989, 10, 30), "past", "1989-03"),
    ("December", FEB20, "past", "2018-12"),
    ("March 5", FEB20, "future", "2019-03-05"),
    ("January", date(2019, 11, 20), "future", "2020-01"),
]


@pytest.mark.parametrize(("text", "anchor", "lean", "value"), YEARLESS,
                         ids=[f"{r[0]}@{r[1]}-{r[2]}" for r in YEARLESS])
def test_yearless_dates_take_the_nearest_plausible_year(text, anchor, lean, value):
    assert normalize(text, anchor, lean=lean).value == value


NEWS_CONVENTIONS = [
    # TimeML conventions for news: the article's year, fiscal periods, seasons, decades
    ("the year", FEB20, "date.the_year", "2019", "DATE"),
    ("the full year", FEB20, "date.the_year", "2019", "DATE"),
    ("the year", None, "date.the_year", "XXXX", "DATE"),
    ("the year", FEB20, "duration.year_ended", "P1Y", "DURATION"),
    ("fiscal 1989", FEB20, None, "1989", "DATE"),
    ("the summer of 2014", None, None, "2014-SU", "DATE"),
    ("the 1990s", None, None, "199", "DATE"),
    ("the first quarter of 1998", None, None, "1998-Q1", "DATE"),
    ("last week", FEB20, None, "2019-W07", "DATE"),
    ("a year ago", FEB20, None, "2018", "DATE"),
    ("the week of March 6", date(2000, 2, 24), None, "2000-W10", "DATE"),
    ("the week of March 6", None, None, "XXXX-WXX", "DATE"),
]


@pytest.mark.parametrize(("text", "anchor", "rule", "value", "type_"), NEWS_CONVENTIONS,
                         ids=[f"{r[0]}-{r[2]}-{r[1]}" for r in NEWS_CONVENTIONS])
def test_news_conventions_follow_timeml(text, anchor, rule, value, type_):
    timex = normalize(text, anchor, rule)
    assert (timex.value, timex.type) == (value, type_)
