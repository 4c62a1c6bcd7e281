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
