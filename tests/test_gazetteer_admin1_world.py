"""First-level divisions beyond SY, IQ, CA, GB, AU and the US (data/gazetteer_admin1.json):
the table is valid, every record is tied to one GeoNames admin1 code through its capital,
centres are computed from GeoNames, and news phrases resolve to the division."""

from __future__ import annotations

import statistics
from collections import defaultdict
from functools import cache
from typing import Any

import pytest

from bagouz_extract.gazetteer import get_gazetteer, sources
from bagouz_extract.gazetteer.resolve import ArticleContext, Group, choose
from bagouz_extract.resources import load_json

RECORDS: list[dict[str, Any]] = load_json("gazetteer_admin1.json")["records"]
MEDIAN_SOURCE = ("curated name; centre: median of GeoNames cities500 places with the "
                 "division's admin1 code")
# The conflict countries the table covers, with at least this many divisions each.
COVERED = {"AF": 34, "PK": 7, "NG": 37, "SD": 18, "SS": 10, "SO": 18, "ET": 14, "CD": 26,
           "UA": 27, "RU": 83, "YE": 22, "LY": 22, "ML": 11, "BF": 13, "NE": 8, "TD": 23,
           "CM": 10, "KE": 47, "MZ": 11, "MM": 15, "IN": 36, "BD": 8, "PH": 17, "LB": 8,
           "IL": 6, "TR": 81, "IR": 31, "EG": 27, "MX": 32, "CO": 33, "HT": 10, "VE": 25,
           "CF": 20}


@cache
def _cities() -> dict[str, dict[str, Any]]:
    return sources.load_cities()


@cache
def _codes() -> dict[str, str]:
    """Record id -> the GeoNames admin1 code its capital gives, as the index build reads it."""
    capitals = sources._capital_codes(_cities(), {r["country"] for r in RECORDS})
    return {r["id"]: capitals.get((r["country"], sources.place_key(r["capital"])), "")
            for r in RECORDS}


# -- the table ---------------------------------------------------------------------------


def test_the_table_validates_and_every_record_is_an_admin1_entry() -> None:
    entries = list(sources.admin1_entries())  # raises DataFileError on a bad record
    assert len(entries) == len(RECORDS)
    assert all(e.level == "admin1" and e.country for e, _ in entries)
    ids = [r["id"] for r in RECORDS]
    assert len(ids) == len(set(ids))
    names = [(r["country"], r["name"]) for r in RECORDS]
    assert len(names) == len(set(names))
    for record in RECORDS:
        assert -90 <= record["lat"] <= 90 and -180 <= record["lon"] <= 180, record["id"]
        assert record["kind"] and record["source"] and record["capital"], record["id"]
        assert record["name"] in record["example"], record["id"]
        assert isinstance(record.get("bare", True), bool), record["id"]


@pytest.mark.parametrize(("country", "least"), sorted(COVERED.items()))
def test_the_conflict_countries_have_their_divisions(country: str, least: int) -> None:
    assert sum(r["country"] == country for r in RECORDS) >= least


def test_every_capital_is_found_and_gives_its_own_admin1_code() -> None:
    codes = _codes()
    missing = [r["id"] for r in RECORDS if not codes[r["id"]]]
    assert not missing
    by_code: dict[tuple[str, str], list[str]] = defaultdict(list)
    for record in RECORDS:
        by_code[(record["country"], codes[record["id"]])].append(record["id"])
    assert not {k: v for k, v in by_code.items() if len(v) > 1}


def test_every_division_has_places_and_its_centre_is_their_median() -> None:
    points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for city in _cities().values():
        points[(city["countrycode"], city["admin1code"])].append(
            (city["latitude"], city["longitude"]))
    for record in RECORDS:
        places = points[(record["country"], _codes()[record["id"]])]
        assert places, record["id"]
        if record["source"] == MEDIAN_SOURCE:
            lat = round(statistics.median(p[0] for p in places), 2)
            lon = round(statistics.median(p[1] for p in places), 2)
            assert (record["lat"], record["lon"]) == (lat, lon), record["id"]


def test_towns_carry_their_division() -> None:
    names = sources.admin1_names(_cities())
    assert names[("NG", "27")] == "Borno State"  # Maiduguri's state
    assert names[("UA", "08")] == "Kherson Oblast"


def test_every_record_is_found_by_all_its_names() -> None:
    gaz = get_gazetteer()
    for record in RECORDS:
        for name in sources.admin1_record_names(record)[1]:
            refs = {e.ref for e in gaz.lookup(name)}
            assert f"adm1:{record['id']}" in refs, (record["id"], name)


# -- which names a record is registered under --------------------------------------------


def _record(name: str, **more: Any) -> dict[str, Any]:
    return {"id": "x", "name": name, "aliases": [], "country": "XX", "capital": "Y", **more}


@pytest.mark.parametrize(("name", "more", "bare"), [
    ("Borno State", {}, "Borno"),
    ("Kherson Oblast", {}, "Kherson"),
    ("Krasnodar Krai", {}, "Krasnodar"),
    ("Antioquia Department", {}, "Antioquia"),
    ("Dhaka Division", {}, "Dhaka"),
    ("Mandera County", {}, "Mandera"),
    ("Idlib Governorate", {}, "Idlib"),
    ("Central Region", {}, None),  # generic words never stand alone
    ("North-West Region", {}, None),
    ("Far North Region", {}, None),
    ("Lakes State", {}, None),
    ("Unity State", {}, None),
    ("Niger State", {}, None),  # a country's name
    ("Gaza Province", {"bare": False}, None),  # kept off by the record
    ("Ontario", {}, None),  # no division word: nothing to strip
], ids=lambda v: v if isinstance(v, str) else None)
def test_a_division_is_registered_without_its_division_word_unless_generic(
        name: str, more: dict[str, Any], bare: str | None) -> None:
    base, names = sources.admin1_record_names(_record(name, **more))
    assert name in names
    if bare is None:
        assert names == [name]
    else:
        assert base == bare and bare in names


@pytest.mark.parametrize("word", ["Central", "Centre", "North-West", "Lakes", "Unity", "Red Sea",
                                  "Gaza", "Somali", "Harari", "Bay", "Sahel"])
def test_generic_or_dangerous_words_are_not_divisions(word: str) -> None:
    assert not [e for e in get_gazetteer().lookup(word) if e.ref.startswith("adm1:")]


def test_a_generic_division_is_found_by_its_full_name() -> None:
    found = {e.country for e in get_gazetteer().lookup("Centre Region") if e.level == "admin1"}
    assert found == {"BF", "CM"}


# -- resolution: the resolver on the real gazetteer's candidates --------------------------


def _choose(name: str, hints: set[str], countries: dict[str, int]) -> Any:
    group = Group(key=name.lower(), candidates=get_gazetteer().lookup(name), hints=hints)
    choose(group, ArticleContext(countries=countries))  # type: ignore[arg-type]
    return group.choice


@pytest.mark.parametrize(("name", "hints", "countries", "expected"), [
    ("Punjab", {"admin1"}, {"PK": 2}, "Punjab Province"),
    ("Punjab", {"admin1"}, {"IN": 2}, "Punjab"),
    ("Herat", set(), {}, "city"),  # a division named after its seat: bare means the city
    ("Herat", {"admin1"}, {}, "Herat Province"),
    ("Kyiv", set(), {}, "city"),  # the capital before the oblast around it
    ("Kyiv", {"admin1"}, {"UA": 1}, "Kyiv Oblast"),
    ("Moscow", set(), {}, "city"),
    ("Kherson", set(), {"UA": 1}, "city"),
    ("Kherson", {"admin1"}, {"UA": 1}, "Kherson Oblast"),
    ("Mexico", set(), {}, "country"),  # a country's name stays the country
    ("Borno", {"admin1"}, {}, "Borno State"),
    ("Cabo Delgado", set(), {}, "Cabo Delgado Province"),
], ids=lambda v: v if isinstance(v, str) else None)
def test_resolver_choices(name: str, hints: set[str], countries: dict[str, int],
                          expected: str) -> None:
    choice = _choose(name, hints, countries)
    assert choice is not None
    assert expected in {choice.name, choice.level}, choice


# -- resolution through the library ------------------------------------------------------


def _places(text: str) -> dict[str, Any]:
    from bagouz_extract import extract_text

    sheet = extract_text(text, source_id="t", published="2024-03-01")
    return {p.name: p for p in sheet.places}


@pytest.mark.model
@pytest.mark.parametrize(("text", "name", "country"), [
    ("Fighting in Herat province killed 12 people.", "Herat Province", "AF"),
    ("Gunmen in Borno State killed five farmers.", "Borno State", "NG"),
    ("Gunmen in Borno state killed five farmers.", "Borno State", "NG"),
    ("Shelling in Ukraine's Kherson region killed two.", "Kherson Oblast", "UA"),
    ("Russian forces shelled towns in the Donetsk region.", "Donetsk Oblast", "UA"),
    ("Officials in Kyiv said drones hit the Kyiv region overnight.", "Kyiv Oblast", "UA"),
    ("Insurgents attacked a base in Cabo Delgado province, Mozambique.",
     "Cabo Delgado Province", "MZ"),
    ("M23 rebels advanced in North Kivu province.", "North Kivu Province", "CD"),
    ("The army clashed with the Arakan Army in Rakhine State.", "Rakhine State", "MM"),
    ("A bomb exploded in Khyber Pakhtunkhwa province, Pakistan.",
     "Khyber Pakhtunkhwa Province", "PK"),
    ("RSF fighters attacked El Fasher in North Darfur state.", "North Darfur State", "SD"),
    ("Flooding hit the province of Punjab, officials in Lahore, Pakistan, said.",
     "Punjab Province", "PK"),
    ("Flooding hit the province of Punjab, officials in Amritsar, India, said.", "Punjab", "IN"),
    ("Separatists attacked a school in Cameroon's North-West Region.", "North-West Region", "CM"),
], ids=lambda v: v[:45] if isinstance(v, str) and len(v) > 12 else None)
def test_news_phrases_find_the_division(text: str, name: str, country: str) -> None:
    places = _places(text)
    assert name in places, sorted(places)
    assert places[name].country == country
    assert places[name].kind not in {"city", "town", "village"}


@pytest.mark.model
def test_bare_herat_is_still_the_city() -> None:
    places = _places("Fighting in Herat killed 12 people, officials in Afghanistan said.")
    herat = [p for p in places.values() if p.country == "AF" and p.kind != "country"]
    assert [p.kind for p in herat] == ["city"], places


@pytest.mark.model
def test_the_bare_word_central_is_no_division() -> None:
    places = _places("Troops moved into central Cameroon and the Centre of the country.")
    assert not [p for p in places.values() if p.kind == "region"], places


@pytest.mark.model
def test_darfur_is_the_region_not_a_state() -> None:
    places = _places("Fighting in Darfur continued, Sudanese officials said.")
    assert places["Darfur"].kind == "region" and places["Darfur"].admin1 is None
