"""Publication-date warnings: a date in the future of the run, sources that disagree, a text
that contradicts the date it was published on."""

from __future__ import annotations

from datetime import date

import pytest

from bagouz_extract.loader import build_loaded

BODY = "Fighting went on in the town for a third day, residents said. " * 5
WITH_HEADER = "Rebels retake the town\n\nPublished March 5, 2019\n\n" + BODY


def _codes(loaded):
    return [w.code for w in loaded.warnings]


def test_publication_date_in_the_future_of_the_run_is_flagged():
    loaded = build_loaded(BODY, source_id="f", path="f.txt", published=date(2999, 1, 1))
    assert loaded.source.published == "2999-01-01"  # kept: the clock only warns
    assert "published_future" in _codes(loaded)


def test_past_publication_date_is_not_flagged():
    loaded = build_loaded(BODY, source_id="p", path="p.txt", published=date(2019, 3, 1))
    assert "published_future" not in _codes(loaded)


def test_option_that_disagrees_with_the_text_is_flagged_and_the_text_wins():
    loaded = build_loaded(WITH_HEADER, source_id="c", path="c.txt", published=date(2019, 3, 6))
    assert (loaded.source.published, loaded.source.published_basis) == ("2019-03-05", "text")
    assert "published_conflict" in _codes(loaded)


def test_option_that_agrees_with_the_text_is_quiet():
    loaded = build_loaded(WITH_HEADER, source_id="c", path="c.txt", published=date(2019, 3, 5))
    assert "published_conflict" not in _codes(loaded)


CONTRADICTIONS = [
    # text, published, warned
    ("The offensive began on March 5, 2019, officials said.", "2019-02-20", True),
    ("The vote is set for March 5, 2019.", "2019-02-20", False),  # ahead, not past
    ("The offensive began on March 5, 2019.", "2019-03-06", False),
    ("The offensive began on March 5.", "2019-02-20", False),  # no written year: not evidence
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "published", "warned"), CONTRADICTIONS,
                         ids=[f"{r[0]}@{r[1]}" for r in CONTRADICTIONS])
def test_text_reporting_a_later_day_as_past_contradicts_the_publication_date(
        nlp, text, published, warned):
    from bagouz_extract import extract_text

    sheet = extract_text(text, source_id="x", published=published, nlp=nlp)
    found = [w for w in sheet.warnings if w.code == "published_contradicted"]
    assert bool(found) == warned
    if warned:
        assert found[0].mentions[0].text == "March 5, 2019"
