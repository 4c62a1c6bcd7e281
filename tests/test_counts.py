"""Count facts through the whole pipeline: precision, bounds, category, event, links (needs the
model)."""

from __future__ import annotations

import pytest

from bagouz_extract import extract_text

ARTICLE = (
    "Fighters trapped in Baghuz\n\n"
    "On March 5, the coalition forces captured 400 ISIS terrorists trying to flee Baghuz. "
    "Since Sunday, more than 7,000 people have left, according to the Syrian Democratic Forces. "
    "Some 58,000 people have left since December, "
    "including more than six thousand fighters arrested. "
    "The militants are trapped in 600 to 700 meters square. "
    "Dozens of IS mercenaries surrendered. Maybe 5 percent are Syrians.\n"
)


@pytest.fixture(scope="module")
def counts():
    sheet = extract_text(ARTICLE, source_id="golden", published="2019-03-06")
    return {c.mentions[0].text: c for c in sheet.counts}


def test_golden_article_lists_exactly_the_counts_a_reader_would(counts) -> None:
    assert set(counts) == {"400", "more than 7,000", "Some 58,000", "more than six thousand",
                           "600 to 700 meters square", "Dozens", "5 percent"}


CASES = [
    ("400", 400, 400, "exact", "fighters", "captured"),
    ("more than 7,000", 7000, None, "more_than", "people", "left"),
    ("Some 58,000", 58000, 58000, "about", "people", "left"),
    ("more than six thousand", 6000, None, "more_than", "fighters", "arrested"),
    ("600 to 700 meters square", 600, 700, "range", "area", "trapped"),
    ("Dozens", 24, 99, "vague", "fighters", "surrendered"),
]


@pytest.mark.parametrize(("text", "low", "high", "qualifier", "category", "event"), CASES,
                         ids=[c[0] for c in CASES])
def test_count_has_bounds_category_and_event(
    counts, text, low, high, qualifier, category, event
) -> None:
    c = counts[text]
    got = (c.low, c.high, c.qualifier, c.category, c.event)
    assert got == (low, high, qualifier, category, event)


def test_nested_count_names_its_parent(counts) -> None:
    assert counts["more than six thousand"].parent == counts["Some 58,000"].id


def test_hedged_percentage_is_flagged(counts) -> None:
    assert counts["5 percent"].hedged and counts["5 percent"].unit == "percent"


def test_vague_count_is_approximate(counts) -> None:
    assert counts["Dozens"].approximate


NOT_COUNTS = [
    ("year", "The town had 10,689 people in 2004."),
    ("date", "The battle began on 20-02-2019 near the river."),
    ("age", "Scott Dayton, 42, of Woodbridge, died last week."),
    ("age_hyphen", "A 35-year-old man was arrested."),
    ("phone", "Call +1-222-555-0123 for details."),
    ("shortcode", "[give_form id=\"42307\"]"),
    ("donation", "Support us from as little as $1 today."),
    ("time", "The strike came at 10:30 pm."),
    ("ordinal", "It was the 93rd anniversary."),
]


@pytest.mark.parametrize(("name", "text"), NOT_COUNTS, ids=[n for n, _ in NOT_COUNTS])
def test_dates_ages_ids_and_prices_are_not_counts(name: str, text: str) -> None:
    sheet = extract_text(text, source_id=name)
    values = {c.low for c in sheet.counts}
    assert not values & {2004, 20, 2, 2019, 42, 35, 1, 222, 42307, 10, 30, 93}


def _only(text: str, published: str | None = None):
    sheet = extract_text(text, source_id="case", published=published)
    return sheet, {c.mentions[0].text: c for c in sheet.counts}


CATEGORY_FROM_EVENT = [
    ("At least 12 civilians were killed in the market.", "At least 12", "dead"),
    ("Police arrested 35 protesters outside parliament.", "35", "prisoners"),
    ("More than 2,000 families have fled the fighting.", "More than 2,000", "displaced"),
    ("The town has a population of 45,000.", "45,000", "population"),
    ("Clashes left 9 dead in the capital.", "9", "dead"),
]


@pytest.mark.parametrize(("text", "mention", "category"), CATEGORY_FROM_EVENT,
                         ids=[c[2] + ":" + c[1] for c in CATEGORY_FROM_EVENT])
def test_what_happened_decides_what_people_count_as(text, mention, category) -> None:
    assert _only(text)[1][mention].category == category


def test_a_time_phrase_on_the_reporting_verb_dates_the_reported_count() -> None:
    sheet, counts = _only(
        "On March 4, the spokesman said that the army had evacuated 3,000 people.", "2019-03-06"
    )
    dates = {d.id: d.value for d in sheet.dates}
    assert dates.get(counts["3,000"].date) == "2019-03-04"


def test_a_rate_period_is_not_the_count_date() -> None:
    _sheet, counts = _only("Sometimes it reaches 400 people in a day.", "2019-03-06")
    assert counts["400"].rate == "P1D" and counts["400"].date is None


def test_a_single_speaker_is_not_a_count() -> None:
    _, counts = _only('"Our neighbours fled the town," said one resident.')
    assert "one" not in counts


def test_a_coordinated_clause_does_not_borrow_the_attribution() -> None:
    _sheet, counts = _only(
        "The town had 10,689 people in 2004 according to the Central Bureau of Statistics, "
        "but thousands of fighters have fled to this area."
    )
    assert counts["thousands"].claimant is None and counts["thousands"].date is None
