"""Golden: a short article through extract_text, with and without a publication date."""

from __future__ import annotations

import pytest

from bagouz_extract import extract_text

pytestmark = pytest.mark.model

TEXT = """Fighters surrender as the siege ends

On Wednesday, the Syrian Democratic Forces said 400 fighters had surrendered since December.
In the last few days, about 3,000 civilians left the village. The offensive began on 9 February
and talks will be held between March 1 and 5. Four years ago the group held a third of Iraq.
The camp, opened in 2014, now holds 60,000 people. Trucks arrive every day at 10:35 a.m.
"""

# value, type, granularity, range, mention texts
ANCHORED = [
    ("2019-02-20", "DATE", "day", None, ["Wednesday"]),
    ("2018-12", "DATE", "month", ("2018-12", "2019-02-20"), ["December"]),
    ("PXD", "DURATION", "day", (None, "2019-02-20"), ["the last few days"]),
    ("2019-02-09", "DATE", "day", None, ["9 February"]),
    ("P5D", "DURATION", "day", ("2019-03-01", "2019-03-05"), ["March 1 and 5"]),
    ("2015", "DATE", "year", None, ["Four years ago"]),
    ("2014", "DATE", "year", None, ["2014"]),
    ("PRESENT_REF", "DATE", None, None, ["now"]),
    ("P1D", "SET", "day", None, ["every day"]),
    ("2019-02-20T10:35", "TIME", "minute", None, ["10:35 a.m."]),
]
UNANCHORED = [
    ("XXXX-WXX-3", "DATE", "day", None, ["Wednesday"]),
    ("XXXX-12", "DATE", "month", ("XXXX-12", None), ["December"]),
    ("PXD", "DURATION", "day", None, ["the last few days"]),
    ("XXXX-02-09", "DATE", "day", None, ["9 February"]),
    ("P5D", "DURATION", "day", ("XXXX-03-01", "XXXX-03-05"), ["March 1 and 5"]),
    ("XXXX", "DATE", "year", None, ["Four years ago"]),
    ("2014", "DATE", "year", None, ["2014"]),
    ("PRESENT_REF", "DATE", None, None, ["now"]),
    ("P1D", "SET", "day", None, ["every day"]),
    ("XXXX-XX-XXT10:35", "TIME", "minute", None, ["10:35 a.m."]),
]


def _rows(sheet):
    return [(d.value, d.type, d.granularity,
             (d.range.start, d.range.end) if d.range else None,
             [m.text for m in d.mentions]) for d in sheet.dates]


@pytest.mark.parametrize(("published", "expected"), [("2019-02-20", ANCHORED), (None, UNANCHORED)],
                         ids=["anchored", "unanchored"])
def test_article_dates_match_the_golden_sheet(nlp, published, expected):
    sheet = extract_text(TEXT, source_id="golden", published=published, nlp=nlp)
    assert _rows(sheet) == expected


def test_anchor_is_recorded_only_for_relative_values(nlp):
    sheet = extract_text(TEXT, source_id="golden", published="2019-02-20", nlp=nlp)
    anchors = {d.value: d.anchor for d in sheet.dates}
    assert anchors["2015"] == "2019-02-20"
    assert anchors["2014"] is None


def test_repeated_mentions_merge_into_one_fact_with_a_content_id(nlp):
    text = "The attack came on 9 February. By 9 February the town had fallen."
    sheet = extract_text(text, source_id="repeat", published="2019-02-20", nlp=nlp)
    assert [(d.id, len(d.mentions)) for d in sheet.dates] == [("d-2019-02-09-date", 2)]


def test_bare_year_is_a_date_never_a_count(nlp):
    sheet = extract_text("Its population reached 10,689 in 2004.", source_id="year", nlp=nlp)
    assert [d.value for d in sheet.dates] == ["2004"]
    assert all(c.low != 2004 for c in sheet.counts)


def test_nothing_comes_from_the_clock(nlp):
    text = "It happened yesterday, on Friday, on March 5."
    sheet = extract_text(text, source_id="clock", nlp=nlp)
    assert [d.value for d in sheet.dates] == ["XXXX-XX-XX", "XXXX-WXX-5", "XXXX-03-05"]


def test_last_and_next_few_days_stay_apart_without_an_anchor(nlp):
    text = "Fighting grew in the last few days and will go on in the next few days."
    sheet = extract_text(text, source_id="dirs", nlp=nlp)
    rows = sorted((d.value, d.direction, d.id) for d in sheet.dates)
    assert [(v, dr) for v, dr, _ in rows] == [("PXD", "future"), ("PXD", "past")]
    assert rows[0][2] != rows[1][2]


def test_mod_is_carried_to_the_fact(nlp):
    text = "The offensive began in early March and ended in March."
    sheet = extract_text(text, source_id="mod", published="2019-04-02", nlp=nlp)
    assert sorted((d.value, d.mod or "") for d in sheet.dates) == [("2019-03", ""),
                                                                     ("2019-03", "START")]
