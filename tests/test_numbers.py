"""Number, range, qualifier, vague and unit normalizers (pure; no model)."""

from __future__ import annotations

import pytest

from bagouz_extract.normalizers.numbers import (
    parse_number,
    parse_quantity,
    scan_numbers,
    scan_quantities,
)
from bagouz_extract.normalizers.units import match_rate, match_rate_span, to_si
from bagouz_extract.resources import load_json

NUMBERS = [
    ("7,000", 7000), ("1,234,567", 1234567), ("3.000", 3000), ("4.800", 4.8),
    ("1.5 million", 1.5e6),
    ("two thousand", 2000), ("six thousand", 6000), ("one hundred and sixty-one", 161),
    ("fifty-two", 52), ("twenty-one trillion three hundred", 21000000000300), ("a dozen", 12),
    ("half a dozen", 6), ("3 dozens", 36), ("one and a half", 1.5), ("two thirds", 2 / 3),
    ("10k", 10000), ("1.2b", 1.2e9), ("$10m", None), ("2 1/4", 2.25), ("1 234 567", 1234567),
    ("12,34,567.89", 1234567.89), ("1.234.567", 1234567), ("1e10", 1e10),
    ("two hundred point zero three", 200.03),
    ("a fifth", 0.2), ("one-eighth", 0.125), ("three quarters", 0.75),
    ("three twenty-firsts", 3 / 21),
    ("a hundredth", 0.01), ("twenty and three fifths", 20.6), ("3 million and a half", 3.5e6),
    ("one billion and a quarter million", 1000250000), ("quarter million", 250000),
    ("two thirds of a million", 2e6 / 3), ("one over three", 1 / 3), ("2000 over 3", 2000 / 3),
    ("one out of three", 1 / 3), ("4 thousand 3 hundred and 21", 4321), ("1.1^2", 1.21),
    ("1.3x10^6", 1.3e6), ("½", 0.5),
]


@pytest.mark.parametrize(("text", "value"), NUMBERS, ids=[t for t, _ in NUMBERS])
def test_number_forms_parse_to_their_value(text: str, value: float | None) -> None:
    if value is None:
        assert parse_number(text) is None or text.startswith("$")
    else:
        assert parse_number(text) == pytest.approx(value)


QUANTITIES = [
    ("more than 7,000", 7000, None, "more_than", False),
    ("over 500", 500, None, "more_than", False),
    ("at least 28", 28, None, "at_least", False),
    ("nearly 8,000", 8000, 8000, "about", True),
    ("about two thousand", 2000, 2000, "about", True),
    ("some 58,000", 58000, 58000, "about", True),
    ("up to 700", None, 700, "up_to", False),
    ("fewer than a thousand", None, 1000, "less_than", False),
    ("600 to 700", 600, 700, "range", False),
    ("600-700", 600, 700, "range", False),
    ("between 600 and 700", 600, 700, "range", False),
    ("60-plus", 60, None, "at_least", False),
    ("thousands", 2000, 9999, "vague", True),
    ("tens of thousands", 20000, 99999, "vague", True),
    ("Ten of thousands", 20000, 99999, "vague", True),
    ("a handful", 2, 5, "vague", True),
    ("several", 3, 9, "vague", True),
    ("a few hundred", 200, 500, "vague", True),
    ("Dozens", 24, 99, "vague", True),
    ("more than 10 and less than 20", 10, 20, "range", False),
    ("at most 100 and at least 20", 20, 100, "range", False),
    ("more than half", 0.5, None, "more_than", False),
]


@pytest.mark.parametrize(("text", "low", "high", "qualifier", "approx"), QUANTITIES,
                         ids=[q[0] for q in QUANTITIES])
def test_qualifiers_ranges_and_vague_quantities_set_bounds(
    text, low, high, qualifier, approx
) -> None:
    q = parse_quantity(text)
    assert q is not None
    assert (q.low, q.high, q.qualifier, q.approximate) == (low, high, qualifier, approx)


UNITS = [
    ("600-700 meters", "m", 600, 700),
    ("four square kilometres", "km2", 4, 4),
    ("700 meters square", "m2", 700, 700),
    ("a few hundred square kilometers", "km2", 200, 500),
    ("7.5 kilometers", "m", 7500, 7500),
    ("5 percent", "percent", 5, 5),
    ("25%", "percent", 25, 25),
    ("$ 700 million", "USD", 7e8, 7e8),
]


@pytest.mark.parametrize(("text", "unit", "low", "high"), UNITS, ids=[u[0] for u in UNITS])
def test_measures_are_normalized_to_si_keeping_the_text_unit(text, unit, low, high) -> None:
    q = parse_quantity(text)
    assert q is not None and q.unit == unit and q.unit_text
    assert (q.low, q.high) == (pytest.approx(low), pytest.approx(high))


NOT_NUMBERS = [
    "the 93rd anniversary", "Which one do you prefer?", "a man", "scp173m", "twenty-first century",
    "a third time", "the twenty-fifth day", "F-16 jets", "the 180ml bottle", "his score",
]


@pytest.mark.parametrize("text", NOT_NUMBERS, ids=NOT_NUMBERS)
def test_ordinals_pronouns_and_ids_are_not_numbers(text: str) -> None:
    assert scan_numbers(text) == []


def test_rate_after_a_count_is_an_iso_period() -> None:
    assert match_rate("400 in a day", 3) == "P1D"
    assert match_rate("400 people", 3) is None


def test_to_si_converts_square_miles() -> None:
    assert to_si(1, "square miles") == (pytest.approx(2.589988, rel=1e-5), "km2")


def test_every_vague_quantity_documents_its_bounds() -> None:
    for rec in load_json("quantities.json")["vague"]:
        found = scan_quantities(rec["example"])
        assert rec["low_basis"] and rec["high_basis"]
        assert found and (found[0].low, found[0].high) == (rec["low"], rec["high"]), rec["id"]


def test_every_qualifier_example_reads_with_its_qualifier() -> None:
    for rec in load_json("quantities.json")["qualifiers"]:
        found = [q for q in [parse_quantity(rec["example"].replace(" people", ""))] if q]
        assert found and found[0].qualifier == rec["qualifier"], rec["id"]


def test_every_unit_example_reads_its_unit() -> None:
    for rec in load_json("quantities_units.json")["units"]:
        q = parse_quantity(rec["example"])
        assert q is not None and q.unit == rec["si"], rec["id"]


NOT_RANGES = [("phone", "+1-222-2222-2222"), ("or_less_than", "5000 or less than 6000")]


@pytest.mark.parametrize(("name", "text"), NOT_RANGES, ids=[n for n, _ in NOT_RANGES])
def test_chains_and_next_bounds_are_not_ranges(name: str, text: str) -> None:
    assert all(q.qualifier != "range" for q in scan_quantities(text))
    assert not any(q.qualifier == "up_to" and q.high == 5000 for q in scan_quantities(text))


FRACTION_COUNTS = [("3 out of 10 victims", [3, 10]), ("over 500 people", [500])]


@pytest.mark.parametrize(("text", "values"), FRACTION_COUNTS, ids=[t for t, _ in FRACTION_COUNTS])
def test_over_and_out_of_before_a_noun_stay_counts(text: str, values: list[float]) -> None:
    assert [q.low for q in scan_quantities(text)] == values


def test_feet_and_inches_make_one_length() -> None:
    q = parse_quantity("5 feet 2 inches")
    assert q is not None and q.raw_low == pytest.approx(5 + 2 / 12) and q.unit == "m"


def test_two_seconds_is_a_time_not_two_halves() -> None:
    assert [v for _, _, v, _ in scan_numbers("two seconds")] == [2]


def test_rate_span_ends_after_the_period() -> None:
    assert match_rate_span("400 in a day", 3) == ("P1D", 12)
