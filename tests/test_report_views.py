"""The report's map and timeline: what the view fits, and what falls outside it."""

from __future__ import annotations

import re
from datetime import date

import pytest
from test_corpus_sheets import make_sheet, mention

from bagouz_extract.corpus.models import CorpusPlace
from bagouz_extract.corpus.sources import keyed_sheets
from bagouz_extract.models import DateFact, DateRange
from bagouz_extract.report.article import SourceRefs
from bagouz_extract.report.mapsvg import render_map, view_places
from bagouz_extract.report.timeline import Dated, axis_domain, percentile, render_timeline

D = date.fromisoformat


def place(name: str, lat: float, lon: float, kind: str = "village", country: str | None = "SY",
          sources: int = 1) -> CorpusPlace:
    return CorpusPlace(id=f"place-{name.lower()}", name=name, kind=kind, country=country,
                       lat=lat, lon=lon, sources=[f"s{i}.txt" for i in range(sources)])


BAGHUZ = place("Baghuz", 34.45, 40.94, sources=4)
DEIR = place("Deir", 35.34, 40.14, kind="city", sources=3)
HAJIN = place("Hajin", 34.70, 40.83)
SYRIA = place("Syria", 35.0, 38.0, kind="country", sources=5)
IRAQ = place("Iraq", 34.9, 41.3, kind="country", country="IQ")  # centroid moved into view
RUSSIA = place("Russia", 60.0, 100.0, kind="country", country="RU")
UK = place("United Kingdom", 54.0, -4.0, kind="country", country="GB")
MIDEAST = place("Middle East", 29.0, 41.0, kind="region", country=None)
WASHINGTON = place("Washington", 38.9, -77.0, kind="city", country="US")
PARIS = place("Paris", 48.85, 2.35, kind="city", country="FR", sources=2)
KYIV = place("Kyiv", 50.45, 30.52, kind="city", country="UA", sources=2)


def _names(places: list[CorpusPlace]) -> list[str]:
    return sorted(p.name for p in places)


@pytest.mark.parametrize(("places", "view"), [
    ([BAGHUZ, DEIR, SYRIA, RUSSIA, UK], ["Baghuz", "Deir"]),
    ([BAGHUZ, DEIR, HAJIN, MIDEAST], ["Baghuz", "Deir", "Hajin"]),
    ([BAGHUZ, DEIR, HAJIN, WASHINGTON], ["Baghuz", "Deir", "Hajin"]),
    ([SYRIA, RUSSIA, UK], ["Russia", "Syria", "United Kingdom"]),
    ([PARIS, KYIV, WASHINGTON], ["Kyiv", "Paris", "Washington"]),
], ids=["countries-do-not-stretch-the-view", "supranational-region-is-broad",
        "far-minority-place-left-out", "only-countries-fit-countries",
        "no-dominant-neighbourhood-fits-all"])
def test_view_fits_places_below_country_level(places: list[CorpusPlace], view: list[str]) -> None:
    assert _names(view_places(places)) == view


def test_countries_in_view_are_drawn_and_the_rest_listed_beside_the_map() -> None:
    html = render_map([BAGHUZ, DEIR, HAJIN, IRAQ, RUSSIA, UK, WASHINGTON])
    drawn = re.findall(r"<text class=\"(?:local|broad)\"[^>]*>([^<]+)</text>", html)
    aside = html[html.index('class="offmap"'):]
    assert {"Baghuz", "Deir", "Iraq"} <= set(drawn)
    assert all(name in aside for name in ("Russia", "United Kingdom", "Washington"))
    assert "Russia" not in drawn and "Baghuz" not in aside
    assert '<circle class="broad"' in html  # a country is a ring, not a dot


def test_labels_of_nearby_places_do_not_overlap() -> None:
    crowd = [place(f"Village{i}", 34.45 + i * 0.001, 40.94) for i in range(6)]
    html = render_map([BAGHUZ, DEIR, *crowd])
    assert html.count("<circle") == 8  # every place keeps its dot (and its tooltip)
    assert html.count('<text class="local"') < 8  # crowded labels give way


@pytest.mark.parametrize(("values", "share", "expected"), [
    ([1, 2, 3, 4, 5], 50, 3), ([1, 2, 3, 4, 5], 0, 1), ([1, 2, 3, 4, 5], 100, 5),
    ([0, 10], 5, 0.5), ([7], 95, 7),
], ids=["median", "min", "max", "interpolated", "single"])
def test_percentile(values: list[int], share: float, expected: float) -> None:
    assert percentile(values, share) == pytest.approx(expected)


def _dated(start: str, end: str | None = None, row: int = 0) -> Dated:
    return Dated(D(start), D(end or start), row, "s", start, "x", None)


SIEGE = [_dated(f"2019-03-{day:02d}") for day in range(1, 21)]


@pytest.mark.parametrize(("items", "inside", "outside", "max_days"), [
    ([*SIEGE, _dated("2015-01-01", "2019-03-10")], ["2019-03-02", "2019-03-19"],
     ["2018-12-31"], 30),
    ([*SIEGE, _dated("2004-01-01", "2004-12-31")], ["2019-03-02", "2019-03-19"],
     ["2018-12-31"], 30),
    ([*SIEGE, _dated("2019-03-21")], ["2019-03-01", "2019-03-21"], ["2019-02-01"], 30),
    ([_dated("2019-03-04")], ["2019-03-04"], ["2019-03-20"], 7),
    ([_dated("2011-01-01", "2019-03-01"), _dated("2014-01-01", "2019-03-01")],
     ["2012-01-01", "2019-03-01"], ["2009-01-01"], 4000),
], ids=["multi-year-range-does-not-fill-the-axis", "year-long-date-does-not-fill-the-axis",
        "bulk-and-its-neighbours-are-drawn", "one-date-gets-a-week", "only-ranges"])
def test_axis_covers_the_bulk_of_point_dates(items: list[Dated], inside: list[str],
                                             outside: list[str], max_days: int) -> None:
    domain = axis_domain(items)
    assert domain is not None
    low, high = domain
    assert all(low <= D(day) <= high for day in inside)
    assert not any(low <= D(day) <= high for day in outside)
    assert (high - low).days <= max_days


def test_dates_beyond_the_axis_are_drawn_as_labelled_arrows() -> None:
    text = "On March 4 and March 5 and March 6, since 2011, in 2004."
    dates = [DateFact(id=f"d{i}", value=f"2019-03-0{i}", type="DATE",
                      mentions=[mention(text, f"March {i}")]) for i in (4, 5, 6)]
    dates += [DateFact(id="d-since", value="2011", type="DATE",
                       range=DateRange(start="2011", end="2019-03-06"),
                       mentions=[mention(text, "since 2011")]),
              DateFact(id="d-2004", value="2004", type="DATE", mentions=[mention(text, "2004")])]
    keyed = keyed_sheets([make_sheet("a", text, "2019-03-08", dates=dates)])
    html = render_timeline(keyed, SourceRefs(indexes={"a.txt": 0}, labels={"a.txt": "a"}))
    assert re.search(r'<g class="out">.*?>2004</text>', html)  # wholly before: gutter arrow
    assert re.search(r'<rect class="span"[^>]*><title>a: 2011[^<]*</title></rect>'
                     r'<polygon class="cut"', html)  # a range crossing the edge is cut there
    assert html.count('<circle class="pt"') == 3 and "lie outside it" in html
