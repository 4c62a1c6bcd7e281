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
]


@pytest.mark.parametrize(("text", "value", "type_"), IN_PERIODS, ids=[r[0] for r in IN_PERIODS])
def test_in_a_period_of_a_future_clause_is_the_day_it_ends(nlp, text, value, type_):
    from bagouz_extract import extract_text

    sheet = extract_text(text, source_id="in", published="2019-02-20", nlp=nlp)
    assert [(d.value, d.type) for d in sheet.dates] == [(value, type_)]
