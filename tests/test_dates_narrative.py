"""Expressions relative to the story ("that day", "the following week", "the previous
Friday") count from the last date the text gave, not from the article's date."""

from __future__ import annotations

from datetime import date

import pytest

from bagouz_extract.normalizers.dates import normalize, reference_grain

OCT23 = date(1998, 10, 23)  # a Friday

# text, reference, value, type
FROM_REFERENCE = [
    ("that day", OCT23, "1998-10-23", "DATE"),
    ("Earlier that day", OCT23, "1998-10-23", "DATE"),
    ("that same day", OCT23, "1998-10-23", "DATE"),
    ("that week", OCT23, "1998-W43", "DATE"),
    ("later that year", OCT23, "1998", "DATE"),
    ("that month", OCT23, "1998-10", "DATE"),
    ("the following day", OCT23, "1998-10-24", "DATE"),
    ("the preceding month", OCT23, "1998-09", "DATE"),
    ("the following year", OCT23, "1999", "DATE"),
    ("the next morning", OCT23, "1998-10-24TMO", "TIME"),
    ("that night", OCT23, "1998-10-23TNI", "TIME"),
    ("the previous Friday", OCT23, "1998-10-16", "DATE"),
    ("the following Monday", OCT23, "1998-10-26", "DATE"),
    ("a month later", OCT23, "1998-11", "DATE"),
    ("a week earlier", OCT23, "1998-W42", "DATE"),
    # no reference and no article date: nothing is guessed
    ("that day", None, "XXXX-XX-XX", "DATE"),
    ("the previous Friday", None, "XXXX-WXX-5", "DATE"),
]


@pytest.mark.parametrize(("text", "reference", "value", "type_"), FROM_REFERENCE,
                         ids=[f"{r[0]}@{r[1]}" for r in FROM_REFERENCE])
def test_story_relative_expression_counts_from_its_reference(text, reference, value, type_):
    timex = normalize(text, reference)
    assert timex is not None
    assert (timex.value, timex.type) == (value, type_)


GRAINS = [
    ("that day", "day"), ("that week", "day"), ("later that year", "year"),
    ("the following month", "month"), ("the previous Friday", "day"),
    ("a month later", "month"), ("a week earlier", "day"),
    # relative to the article's date, not to the story
    ("a year earlier", None), ("last week", None), ("Friday", None), ("the next week", None),
]


@pytest.mark.parametrize(("text", "grain"), GRAINS, ids=[r[0] for r in GRAINS])
def test_only_story_relative_expressions_ask_for_a_reference(text, grain):
    assert reference_grain(text, None) == grain


STORIES = [
    # text, expression, value (article published 1999-10-25)
    ("Slepian was killed on Oct. 23, 1998. Earlier that day, police got a fax.",
     "Earlier that day", "1998-10-23"),
    ("The town fell in 2014; later that year it was retaken.", "later that year", "2014"),
    ("He was arrested on March 3, 1997 and released the following day.",
     "the following day", "1997-03-04"),
    ("Shares fell on Friday, down 4.5% from the previous Friday.",
     "the previous Friday", "1999-10-15"),
    # no earlier date: the article's date is the reference
    ("Police were at the scene that day, he said.", "that day", "1999-10-25"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expression", "value"), STORIES, ids=[r[1] for r in STORIES])
def test_story_relative_expression_follows_the_last_date_given(nlp, text, expression, value):
    from bagouz_extract import extract_text

    sheet = extract_text(text, source_id="story", published="1999-10-25", nlp=nlp)
    values = {m.text: d.value for d in sheet.dates for m in d.mentions}
    assert values[expression] == value
