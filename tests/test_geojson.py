"""GeoJSON of places with their facts, for GIS tools."""

from __future__ import annotations

import json

import pytest
from test_corpus_sheets import sample_sheets

from bagouz_extract.geojson import to_geojson
from bagouz_extract.models import PlaceFact


@pytest.fixture(scope="module")
def collection() -> dict:
    return to_geojson(sample_sheets())


def test_one_point_per_merged_place_lon_first(collection: dict) -> None:
    assert collection["type"] == "FeatureCollection"
    points = {f["id"]: f["geometry"]["coordinates"] for f in collection["features"]}
    assert points == {"geonames:1000001": [40.9333, 34.4667], "geonames:170794": [40.1408, 35.336]}


def test_feature_lists_sources_and_the_counts_placed_there(collection: dict) -> None:
    baghuz = next(f for f in collection["features"] if f["id"] == "geonames:1000001")
    props = baghuz["properties"]
    assert props["sources"] == ["a-wire.txt", "b-daily.txt", "c-post.txt"]
    texts = [(f["source"], f["text"]) for f in props["facts"] if f["type"] == "count"]
    assert texts == [("a-wire.txt", "more than 7,000"), ("b-daily.txt", "3,000"),
                     ("c-post.txt", "about 1,000")]
    assert props["facts"][0]["evidence"][0]["text"] == "more than 7,000 people"


def test_places_without_coordinates_are_left_out() -> None:
    sheet = sample_sheets()[0]
    sheet.places.append(PlaceFact(id="place-nowhere", name="Nowhere"))
    ids = [f["id"] for f in to_geojson([sheet])["features"]]
    assert "place-nowhere" not in ids


def test_output_is_plain_json(collection: dict) -> None:
    assert json.loads(json.dumps(collection)) == collection
