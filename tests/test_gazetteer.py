"""Gazetteer: data files valid, examples match their records, lookups and disambiguation."""

import pytest

from bagouz_extract.gazetteer import Gazetteer, get_gazetteer
from bagouz_extract.gazetteer.entry import Entry
from bagouz_extract.gazetteer.resolve import ArticleContext, Group, choose, unambiguous
from bagouz_extract.resources import load_json

SUPPLEMENT = load_json("gazetteer_supplement.json")["records"]


@pytest.mark.parametrize("record", SUPPLEMENT, ids=[r["id"] for r in SUPPLEMENT])
def test_every_supplement_record_is_complete_and_known_by_all_its_names(record: dict) -> None:
    gaz = Gazetteer(geonames=False)
    assert -90 <= record["lat"] <= 90 and -180 <= record["lon"] <= 180
    assert record["source"] and record["kind"]
    for name in [record["name"], *record["aliases"]]:
        assert any(e.name == record["name"] for e in gaz.local_match(name)), name


def test_user_gazetteer_adds_places(tmp_path) -> None:
    path = tmp_path / "mine.json"
    path.write_text('{"records": [{"id": "x", "name": "Tell Qasr", "kind": "village", '
                    '"country": "SY", "lat": 36.1, "lon": 40.2, "source": "field notes"}]}')
    gaz = Gazetteer([str(path)], geonames=False)
    assert [e.country for e in gaz.local_match("Tel Kasr")] == ["SY"]


LOOKUPS = [("Baghouz", "SY"), ("Hajin", "SY"), ("Deir Ezzor", "SY"), ("Syria", "SY"),
           ("U.S.", "US"), ("Laurel County", "US"), ("Ontario", "CA"), ("al-Hol camp", "SY")]


@pytest.mark.parametrize(("name", "country"), LOOKUPS, ids=[n for n, _ in LOOKUPS])
def test_lookup_finds_the_place_among_candidates(name: str, country: str) -> None:
    assert country in {e.country for e in get_gazetteer().lookup(name)}


def test_state_abbreviation_only_through_its_own_lookup() -> None:
    gaz = get_gazetteer()
    assert [e.name for e in gaz.abbreviation("W.Va.")] == ["West Virginia"]


def _entry(ref: str, country: str, level: str = "city", pop: int = 1000, admin1: str | None = None,
           lat: float = 0.0, lon: float = 0.0) -> Entry:
    return Entry(ref=ref, name=ref, kind=level, level=level, country=country, admin1=admin1,
                 lat=lat, lon=lon, population=pop)


def test_context_country_beats_population() -> None:
    group = Group(key="hol", candidates=[_entry("hol-no", "NO", pop=5000),
                                         _entry("hol-sy", "SY", pop=0)])
    choose(group, ArticleContext(countries={"SY": 3}))  # type: ignore[arg-type]
    assert group.choice is not None and group.choice.ref == "hol-sy"
    assert group.resolution == "context-country"


def test_qualifier_after_comma_decides() -> None:
    texas = _entry("texas", "US", level="admin1", admin1="Texas")
    group = Group(key="paris", candidates=[_entry("paris-fr", "FR", pop=2_000_000),
                                           _entry("paris-tx", "US", pop=25_000, admin1="Texas")],
                  qualifiers=[[texas]])
    choose(group, ArticleContext())
    assert group.choice is not None and group.choice.ref == "paris-tx"
    assert group.resolution == "qualified"


def test_without_context_the_bigger_place_wins_with_low_confidence() -> None:
    group = Group(key="x", candidates=[_entry("small", "US", pop=2_000),
                                       _entry("big", "FR", pop=900_000)])
    choose(group, ArticleContext())
    assert group.choice is not None and group.choice.ref == "big"
    assert group.resolution == "prominence"


def test_cue_word_prefers_the_province_over_the_city() -> None:
    group = Group(key="idlib", candidates=[_entry("city", "SY", pop=160_000),
                                           _entry("prov", "SY", level="admin1")], hints={"admin1"})
    choose(group, ArticleContext())
    assert group.choice is not None and group.choice.ref == "prov"


def test_no_candidate_is_unresolved_not_guessed() -> None:
    group = Group(key="nowhere", candidates=[])
    choose(group, ArticleContext())
    assert group.choice is None and group.resolution == "unresolved"


def test_a_country_name_is_unambiguous_even_with_small_namesakes() -> None:
    group = Group(key="syria", candidates=[_entry("sy", "SY", level="country", pop=17_000_000),
                                           _entry("tiny", "US", pop=50)])
    assert unambiguous(group) is not None and unambiguous(group).ref == "sy"  # type: ignore[union-attr]
