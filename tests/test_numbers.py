"""Number, range, qualifier, vague and unit normalizers (pure; no model)."""

from __future__ import annotations

import pytest

from bagouz_extract.normalizers.numbers import (
    parse_number,
    parse_quantity,
    scan_numbers,
    scan_quantities,
)
from bagouz_extract.normalizers.units import match_rate, to_si
from bagouz_extract.resources import load_json

NUMBERS = [
    ("7,000", 7000), ("1,234,567", 1234567), ("3.000", 3000), ("4.800", 4.8), ("1.5 million", 1.5e6),
    ("two thousand", 2000), ("six thousand", 6000), ("one hundred and sixty-one", 161),
    ("fifty-two", 52), ("twenty-one trillion three hundred", 21000000000300), ("a dozen", 12),
    ("half a dozen", 6), ("3 dozens", 36), ("one and a half", 1.5), ("two thirds", 2 / 3),
    ("10k", 10000), ("1.2b", 1.2e9), ("$10m", None), ("2 1/4", 2.25), ("1 234 567", 1234567),
    ("12,34,567.89", 1234567.89), ("1.234.567", 1234567), ("1e10", 1e10),
    ("two hundred point zero three", 200.03),
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
]


@pytest.mark.parametrize(("text", "low", "high", "qualifier", "approx"), QUANTITIES,
                         ids=[q[0] for q in QUANTITIES])
def test_qualifiers_ranges_and_vague_quantities_set_bounds(text, low, high, qualifier, approx) -> None:
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


NOT_NUMBERS = ["the 93rd anniversary", "Which one do you prefer?", "a man", "scp173m", "twenty-first century"]


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
