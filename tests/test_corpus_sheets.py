"""Hand-made fact sheets for the corpus, report and GeoJSON tests (imported by them).

Three short articles about one siege, written so that they agree on the area, disagree on
the number evacuated on one day, and date one capture differently. Offsets are computed
from the texts, so every mention slices its text exactly (checked below).
"""

from __future__ import annotations

from typing import Any

import pytest

from bagouz_extract.models import (
    ActorFact,
    CountFact,
    DateFact,
    DateRange,
    FactSheet,
    Mention,
    PlaceFact,
    Source,
    TextSpan,
)

TEXTS = {
    "a-wire": (
        "Since Sunday, more than 7,000 people have left Baghuz, according to the Syrian "
        "Democratic Forces. The fighters are trapped in an area of 600-700 meters near "
        "Deir ez-Zor."
    ),
    "b-daily": (
        "On March 4, the SDF evacuated 3,000 people from Baghouz. On March 5, the SDF "
        "captured 400 fighters trying to flee."
    ),
    "c-post": (
        "About 1,000 people left Baghuz on March 4, the SDF said. They are surrounded in "
        "an area of 600 to 700 meters. On March 7, 400 fighters were captured."
    ),
}
PUBLISHED = {"a-wire": "2019-03-08", "b-daily": "2019-03-11", "c-post": "2019-03-08"}

BAGHUZ: dict[str, Any] = {"lat": 34.4667, "lon": 40.9333, "country": "SY", "kind": "village"}


def mention(text: str, phrase: str, rule: str = "test", nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return Mention(text=phrase, start=start, end=start + len(phrase), rule=rule)


def make_sheet(source_id: str, text: str, published: str | None = None,
               **facts: Any) -> FactSheet:
    source = Source(id=source_id, path=f"{source_id}.txt", sha256="0" * 64, title=source_id,
                    outlet=source_id.split("-")[-1].title(), published=published,
                    published_basis="text" if published else None,
                    body=TextSpan(start=0, end=len(text)))
    return FactSheet(source=source, **facts)


def count(text: str, phrase: str, **fields: Any) -> CountFact:
    fields.setdefault("qualifier", "exact")
    fields.setdefault("unit", "person")
    key = f"{fields.get('category')}-{fields.get('low')}-{fields.get('event')}"
    return CountFact(id=f"count-{key}", mentions=[mention(text, phrase)], **fields)


def sheet_a() -> FactSheet:
    t = TEXTS["a-wire"]
    return make_sheet(
        "a-wire", t, PUBLISHED["a-wire"],
        dates=[DateFact(id="date-since-sunday", value="2019-03-03", type="DATE",
                        range=DateRange(start="2019-03-03", end="2019-03-08"),
                        mentions=[mention(t, "Since Sunday")])],
        places=[PlaceFact(id="place-baghuz", name="Baghuz", geonames_id=1000001, focus=True,
                          resolution="gazetteer", mentions=[mention(t, "Baghuz")], **BAGHUZ),
                PlaceFact(id="place-deir-ez-zor", name="Deir ez-Zor", kind="city", country="SY",
                          lat=35.336, lon=40.1408, geonames_id=170794, resolution="gazetteer",
                          mentions=[mention(t, "Deir ez-Zor")])],
        actors=[ActorFact(id="actor-sdf", name="Syrian Democratic Forces", aliases=["SDF"],
                          kind="armed_group",
                          mentions=[mention(t, "Syrian Democratic Forces")])],
        counts=[count(t, "more than 7,000 people", low=7000, high=None, qualifier="more_than",
                      category="people", event="left", place="place-baghuz",
                      date="date-since-sunday", claimant="actor-sdf"),
                count(t, "600-700 meters", low=600, high=700, qualifier="range", unit="m",
                      category="area", event=None)])


def sheet_b() -> FactSheet:
    t = TEXTS["b-daily"]
    return make_sheet(
        "b-daily", t, PUBLISHED["b-daily"],
        dates=[DateFact(id="date-2019-03-04", value="2019-03-04", type="DATE",
                        mentions=[mention(t, "March 4")]),
               DateFact(id="date-2019-03-05", value="2019-03-05", type="DATE",
                        mentions=[mention(t, "March 5")])],
        places=[PlaceFact(id="place-baghouz", name="Baghouz", geonames_id=1000001, focus=True,
                          resolution="gazetteer", mentions=[mention(t, "Baghouz")], **BAGHUZ)],
        actors=[ActorFact(id="actor-sdf", name="Syrian Democratic Forces", aliases=["SDF"],
                          kind="armed_group", mentions=[mention(t, "SDF")])],
        counts=[count(t, "3,000 people", low=3000, high=3000, category="people",
                      event="evacuated", actor="actor-sdf", place="place-baghouz",
                      date="date-2019-03-04"),
                count(t, "400 fighters", low=400, high=400, category="fighters",
                      event="captured", actor="actor-sdf", date="date-2019-03-05")])


def sheet_c() -> FactSheet:
    t = TEXTS["c-post"]
    return make_sheet(
        "c-post", t, PUBLISHED["c-post"],
        dates=[DateFact(id="date-2019-03-04", value="2019-03-04", type="DATE",
                        mentions=[mention(t, "March 4")]),
               DateFact(id="date-2019-03-07", value="2019-03-07", type="DATE",
                        mentions=[mention(t, "March 7")])],
        places=[PlaceFact(id="place-baghuz", name="Baghuz", focus=True, country="SY",
                          mentions=[mention(t, "Baghuz")])],
        actors=[ActorFact(id="actor-sdf", name="SDF", kind="armed_group",
                          mentions=[mention(t, "SDF")])],
        counts=[count(t, "About 1,000 people", low=1000, high=1000, qualifier="about",
                      approximate=True, category="people", event="left",
                      place="place-baghuz", date="date-2019-03-04", claimant="actor-sdf"),
                count(t, "600 to 700 meters", low=600, high=700, qualifier="range", unit="m",
                      category="area"),
                count(t, "400 fighters", low=400, high=400, category="fighters",
                      event="captured", date="date-2019-03-07")])


def sample_sheets() -> list[FactSheet]:
    return [sheet_a(), sheet_b(), sheet_c()]


def texts_by_key(texts: dict[str, str] = TEXTS) -> dict[str, str]:
    """Texts as the report takes them: by source key, the path (see make_sheet)."""
    return {f"{source_id}.txt": text for source_id, text in texts.items()}


def _all_mentions(sheet: FactSheet) -> list[Mention]:
    facts: list[DateFact | PlaceFact | ActorFact | CountFact] = [
        *sheet.dates, *sheet.places, *sheet.actors, *sheet.counts]
    return [m for fact in facts for m in fact.mentions]


@pytest.mark.parametrize("sheet", sample_sheets(), ids=lambda s: s.source.id)
def test_sample_mentions_slice_their_text(sheet: FactSheet) -> None:
    text = TEXTS[sheet.source.id]
    assert all(text[m.start:m.end] == m.text for m in _all_mentions(sheet))
