"""The tense lean of a weekday or yearless date comes from the clause that governs it."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

LEANS = [
    ("The meeting is scheduled for Friday.", "Friday", "future"),
    ("He plans to leave on Thursday.", "Thursday", "future"),
    ("The talks are set to resume on Friday.", "Friday", "future"),
    # a plan made in the past is still about a coming day; a past perfect is not
    ("Protesters planned a large demonstration on Saturday.", "Saturday", "future"),
    ("It had been due to expire Friday evening.", "Friday evening", "none"),
    # "set" schedules only with "to" or "for"
    ("Its record high was set on Aug. 6.", "Aug. 6", "past"),
    ("The peace process, set to resume Monday, stalled.", "Monday", "future"),
    # "from" alone is no future signal
    ("It bought 100,000 shares from Aug. 26 to Oct. 20.", "Aug. 26", "past"),
]


@pytest.mark.parametrize(("text", "span", "lean"), LEANS, ids=[r[0] for r in LEANS])
def test_lean_follows_the_governing_verb(nlp, text, span, lean):
    doc = nlp(text)
    found = {s.text: s.kb_id_ for s in doc.spans["bx_dates"]}
    assert found[span] == lean


IN_PERIODS = [
    ("The vote will be held in two weeks.", "2019-W10", "DATE"),
    ("Troops will leave in 3 months, officials said.", "2019-05", "DATE"),
    ("The bridge was built in two weeks.", "P2W", "DURATION"),
    ("He will be back in a few days.", "PXD", "DURATION"),  # no amount: no day to name
    ("Sometimes it reaches 400 in a day.", "P1D", "DURATION"),  # a rate, not a coming day
]


@pytest.mark.parametrize(("text", "value", "type_"), IN_PERIODS, ids=[r[0] for r in IN_PERIODS])
def test_in_a_period_of_a_future_clause_is_the_day_it_ends(nlp, text, value, type_):
    from bagouz_extract import extract_text

    sheet = extract_text(text, source_id="in", published="2019-02-20", nlp=nlp)
    assert [(d.value, d.type) for d in sheet.dates] == [(value, type_)]


PERIODS = [
    # text, value, range: a point after "since" opens a period up to the article's date
    ("Fighting has raged since Sunday.", "2019-02-17", ("2019-02-17", "2019-02-20")),
    ("Fighting has raged since December.", "2018-12", ("2018-12", "2019-02-20")),
    ("Prices rose in the last few months.", "PXM", (None, "2019-02-20")),
    ("Talks are held between March 1 and 5.", "P5D", ("2019-03-01", "2019-03-05")),
    ("The 2009-2010 season was long.", "P2Y", ("2009", "2010")),
]


@pytest.mark.parametrize(("text", "value", "span"), PERIODS, ids=[r[0] for r in PERIODS])
def test_periods_and_ranges_carry_what_can_be_known_of_their_ends(nlp, text, value, span):
    from bagouz_extract import extract_text

    sheet = extract_text(text, source_id="p", published="2019-02-20", nlp=nlp)
    assert [(d.value, (d.range.start, d.range.end) if d.range else None)
            for d in sheet.dates] == [(value, span)]
