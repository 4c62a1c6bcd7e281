"""Relative and calendar expressions resolved against the anchor (normalizer only, no model)."""

from __future__ import annotations

from datetime import date

import pytest

from bagouz_extract.normalizers.dates import normalize

MAR22 = date(1998, 3, 22)  # a Sunday

READINGS = [
    # text, anchor, value, type, mod
    ("a couple of years", None, "P2Y", "DURATION", None),
    ("each July", MAR22, "XXXX-07", "SET", None),
    ("every decade", MAR22, "P10Y", "SET", None),
    ("a week or so ago", MAR22, "1998-W11", "DATE", None),
    ("the last half of 1989", None, "1989-H2", "DATE", None),
    ("the latter half of 1989", None, "1989-H2", "DATE", None),
    ("late yesterday", MAR22, "1998-03-21", "DATE", "END"),
    ("noon Thursday", MAR22, "1998-03-19T12:00", "TIME", None),
    ("Friday at midnight", MAR22, "1998-03-20T24:00", "TIME", None),
    ("noon Thursday", None, "XXXX-XX-XXT12:00", "TIME", None),
    # a day counted from another day
    ("three weeks from tomorrow", MAR22, "1998-04-13", "DATE", None),
    ("two days before yesterday", MAR22, "1998-03-19", "DATE", None),
    ("more than 2 weeks before today", MAR22, "1998-03-08", "DATE", "BEFORE"),
    ("3 days from Tuesday", MAR22, "1998-03-20", "DATE", None),
    ("4 months from tomorrow", date(1998, 5, 30), "1998-09-30", "DATE", None),
    ("two months after next Friday", MAR22, "1998-05-27", "DATE", None),
    ("2 weeks before May 13 1999", None, "1999-04-29", "DATE", None),
    ("two days after Christmas", MAR22, "1997-12-27", "DATE", None),
    ("two days after Christmas", None, "XXXX-XX-XX", "DATE", None),
    # a weekday of a named week
    ("Tuesday of last week", MAR22, "1998-03-10", "DATE", None),
    ("next week on Tuesday", MAR22, "1998-03-24", "DATE", None),
    ("Wednesday evening next week", MAR22, "1998-03-25TEV", "DATE", None),
    ("Tuesday of last week", None, "XXXX-WXX-2", "DATE", None),
    ("this upcoming Friday", MAR22, "1998-03-27", "DATE", None),
    # spelled-out ordinal days
    ("February twenty-second", MAR22, "1998-02-22", "DATE", None),
    ("the fourth of July, 1995", None, "1995-07-04", "DATE", None),
    ("July 4th of 1995", None, "1995-07-04", "DATE", None),
    ("the twenty third day of September", None, "XXXX-09-23", "DATE", None),
    ("every other day", None, "P2D", "SET", None),
    ("the coming quarter", MAR22, "1998-Q2", "DATE", None),
    ("two more weeks", None, "P2W", "DURATION", None),
    ("at least 20 more years", None, "P20Y", "DURATION", "EQUAL_OR_MORE"),
    ("an additional year", None, "P1Y", "DURATION", None),
    ("the near term", MAR22, "FUTURE_REF", "DATE", None),
    ("the weeks ahead", MAR22, "PXW", "DURATION", None),
    ("year-end", MAR22, "1998-12-31", "DATE", None),
    ("year-end", None, "XXXX-12-31", "DATE", None),
    ("Q1 2017", MAR22, "2017-Q1", "DATE", None),
    ("2017 Q1", None, "2017-Q1", "DATE", None),
    ("Q4 of 2018", None, "2018-Q4", "DATE", None),
]


def test_the_weeks_ahead_start_at_the_anchor_and_look_forward():
    timex = normalize("the weeks ahead", MAR22)
    assert (timex.range_start, timex.range_end, timex.direction) == ("1998-03-22", None, "future")


@pytest.mark.parametrize(("text", "anchor", "value", "type_", "mod"), READINGS,
                         ids=[f"{r[0]}@{r[1]}" for r in READINGS])
def test_expression_reads_as_timeml_value(text, anchor, value, type_, mod):
    timex = normalize(text, anchor)
    assert timex is not None
    assert (timex.value, timex.type, timex.mod) == (value, type_, mod)


NOV7 = date(2016, 11, 7)  # a Monday

# text, anchor, duration, start, end
CLOCK_RANGES = [
    ("from 3 to 5 pm", NOV7, "PT2H", "2016-11-07T15:00", "2016-11-07T17:00"),
    ("10:30 to 3 on 1/1/2015", NOV7, "PT4H30M", "2015-01-01T10:30", "2015-01-01T15:00"),
    ("3:00 to 4:00 tomorrow", NOV7, "PT1H", "2016-11-08T03:00", "2016-11-08T04:00"),
    ("Tuesday from 2:00 to 2:30 pm", NOV7, "PT30M", "2016-11-01T14:00", "2016-11-01T14:30"),
    ("yesterday afternoon from 3-8pm", NOV7, "PT5H", "2016-11-06T15:00", "2016-11-06T20:00"),
    ("between 7 and 9:30 last night", NOV7, "PT2H30M", "2016-11-06T19:00", "2016-11-06T21:30"),
    ("this evening from 7 to 7:30", NOV7, "PT30M", "2016-11-07T19:00", "2016-11-07T19:30"),
    ("December 12th at 4 - 6:30 pm", None, "PT2H30M", "XXXX-12-12T16:00", "XXXX-12-12T18:30"),
    ("from 3 to 5 pm", None, "PT2H", "XXXX-XX-XXT15:00", "XXXX-XX-XXT17:00"),
]


@pytest.mark.parametrize(("text", "anchor", "value", "start", "end"), CLOCK_RANGES,
                         ids=[f"{r[0]}@{r[1]}" for r in CLOCK_RANGES])
def test_clock_range_is_a_period_of_its_day(text, anchor, value, start, end):
    timex = normalize(text, anchor)
    assert timex is not None
    assert (timex.value, timex.range_start, timex.range_end) == (value, start, end)


def test_previous_weekday_is_the_one_before_the_anchor():
    assert normalize("previous Monday", NOV7).value == "2016-10-31"


DATE_CLOCKS = [
    ("Feb. 2 at 9:00 am", NOV7, "2017-02-02T09:00"),
    ("December 12, 2016 at 4 p.m.", None, "2016-12-12T16:00"),
    ("23.04.2022 14:55", None, "2022-04-23T14:55"),
    ("Feb. 2 at 9:00 am", None, "XXXX-02-02T09:00"),
]


@pytest.mark.parametrize(("text", "anchor", "value"), DATE_CLOCKS,
                         ids=[f"{r[0]}@{r[1]}" for r in DATE_CLOCKS])
def test_date_with_clock_time_is_one_time(text, anchor, value):
    timex = normalize(text, anchor)
    assert (timex.value, timex.type) == (value, "TIME")
