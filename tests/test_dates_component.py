"""bx_dates finds temporal expressions with TimeML extents (rules only: blank pipeline)."""

from __future__ import annotations

import pytest
import spacy

from bagouz_extract.normalizers.dates_grammar import rules


@pytest.fixture(scope="module")
def finder_nlp():
    from bagouz_extract.components import dates  # noqa: F401  (registers the factory)

    nlp = spacy.blank("en")
    nlp.add_pipe("bx_dates")
    return nlp


def spans(nlp, text):
    doc = nlp(text)
    return [(s.text, s.label_) for s in doc.spans["bx_dates"]]


FOUND = [
    ("On Wednesday the SDF said it had entered the village.", [("Wednesday", "date.weekday")]),
    ("In the last week, 400 fighters surrendered.", [("the last week", "date.rel_span")]),
    ("The operation began on 9 February.", [("9 February", "date.day_month")]),
    ("Fighting has continued since December.", [("December", "date.month")]),
    ("It happened four years ago.", [("four years ago", "date.ago")]),
    ("The siege lasted for two weeks.", [("two weeks", "duration.count")]),
    ("Its population reached 10,689 in 2004.", [("2004", "date.year")]),
    ("Talks are held between March 1 and 5.", [("March 1 and 5", "date.month_day_range")]),
    ("The 2009-2010 season was long.", [("2009-2010", "date.year_range")]),
    ("Trucks came every day.", [("every day", "set.every")]),
    ("They met at 10:35 a.m. and left.", [("10:35 a.m.", "time.clock")]),
    ("In the last few days, operations diminished.", [("the last few days", "date.rel_span")]),
    ("It is now clear.", [("now", "ref.present")]),
    ("Published March 5, 2019 by staff.", [("March 5, 2019", "date.full_mdy")]),
    ("Talks broke off at noon Thursday.", [("noon Thursday", "time.named_day")]),
    ("They met on Tuesday of last week.", [("Tuesday of last week", "date.weekday_of_week")]),
    ("It ends three weeks from tomorrow.", [("three weeks from tomorrow", "date.offset_from")]),
    ("Marches are held each July.", [("each July", "set.every")]),
    ("He left a week or so ago.", [("a week or so ago", "date.ago")]),
    ("It opened on the fourth of July.", [("the fourth of July", "date.ordinal_month")]),
    ("Sales rose in Q1 2017.", [("Q1 2017", "date.quarter_q")]),
]


@pytest.mark.parametrize(("text", "expected"), FOUND, ids=[e[0][0] for _, e in FOUND])
def test_spans_follow_timeml_extents(finder_nlp, text, expected):
    assert spans(finder_nlp, text) == expected


NOT_DATES = [
    "More than 2,000 people left the camp.",
    "A 59-year-old man was wounded.",
    "Theresa May said the talks failed.",
    "He may march to the city.",
    "They found 1500 mines.",
    "Call 0800 555 1234 for help.",
    "They held a quarter of the town.",
    "A second attack followed.",
    "She drives an Audi Q3.",
    "Arsenal won 3-1 in the final.",  # a score, not a clock range
    "Between 10 and 12 people died.",
    "Now, he says, the war is lost.",  # a discourse marker
]


@pytest.mark.parametrize("text", NOT_DATES, ids=NOT_DATES)
def test_numbers_names_and_ages_are_not_dates(finder_nlp, text):
    assert spans(finder_nlp, text) == []


def test_rate_is_not_a_duration(finder_nlp):
    assert spans(finder_nlp, "They evacuated 400 a day.") == []


def test_overlapping_matches_keep_the_longest(finder_nlp):
    assert spans(finder_nlp, "It was signed on Tuesday, March 5, 2019.") == [
        ("Tuesday, March 5, 2019", "date.full_mdy")]


@pytest.mark.parametrize("rule", rules(), ids=lambda r: r.id)
def test_every_rule_example_matches_its_rule(rule):
    assert rule.regex.search(rule.example), f"{rule.id}: example {rule.example!r} does not match"


@pytest.mark.parametrize("rule", rules(), ids=lambda r: r.id)
def test_every_rule_is_reachable_through_a_trigger_word(rule):
    from bagouz_extract.normalizers.dates_grammar import windows

    match = rule.regex.search(rule.example)
    assert any(s <= match.start() and match.end() <= e and not rule.keys.isdisjoint(k)
               for s, e, k in windows(rule.example))
    assert not rule.must or any(w in rule.example.lower() for w in rule.must)


@pytest.mark.parametrize("rule", rules(), ids=lambda r: r.id)
def test_every_rule_names_an_existing_normalizer(rule):
    from bagouz_extract.normalizers.dates import HANDLERS

    assert rule.norm in HANDLERS


THE_YEAR = [
    ("Sales for the full year rose.", [("the full year", "date.the_year")]),
    ("It earned $5 million for the year ended Sept. 30.", [("the year", "duration.year_ended"),
                                                           ("Sept. 30", "date.month_day")]),
    ("The year before, it lost money.", []),
]


@pytest.mark.parametrize(("text", "expected"), THE_YEAR, ids=[r[0] for r in THE_YEAR])
def test_the_year_is_the_articles_year_only_after_a_preposition(finder_nlp, text, expected):
    assert spans(finder_nlp, text) == expected
