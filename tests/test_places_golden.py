"""Golden small texts through the full pipeline: recognition, resolution, merging, focus."""

import pytest

from bagouz_extract import extract_text

pytestmark = pytest.mark.model

SYRIA = ("SDF fighters advanced on Baghuz on Monday. Families from Baghouz were taken to al-Hol "
         "camp in Hasakah. Fighting near Hajin and in the village of Al-Baghuz Fawqani went on, "
         "east of the Euphrates River in Syria's Deir Ezzor province, the Syrian Democratic "
         "Forces said.")


def _places(text: str) -> dict[str, dict]:
    sheet = extract_text(text, source_id="t", published="2019-03-01")
    return {p.name: p.model_dump() for p in sheet.places}


def test_spellings_of_one_village_merge_into_one_place() -> None:
    places = _places(SYRIA)
    baghuz = [p for p in places.values() if "Baghuz" in p["name"]]
    assert len(baghuz) == 1
    assert {"Baghuz", "Baghouz", "Al-Baghuz Fawqani"} <= set(baghuz[0]["aliases"])
    assert baghuz[0]["country"] == "SY" and baghuz[0]["focus"]


@pytest.mark.parametrize(("name", "country", "kind"), [
    ("Al-Hol camp", "SY", "camp"), ("Hajīn", "SY", "town"), ("Euphrates", "SY", "river"),
    ("Syria", "SY", "country"), ("Deir ez-Zor Governorate", "SY", "governorate"),
], ids=["camp", "town", "river", "country", "province-cue"])
def test_conflict_places_resolve_in_syria(name: str, country: str, kind: str) -> None:
    places = _places(SYRIA)
    assert name in places, sorted(places)
    assert places[name]["country"] == country and places[name]["kind"] == kind
    assert places[name]["lat"] is not None


def test_organisations_and_demonyms_are_not_places() -> None:
    places = _places(SYRIA)
    for fact in places.values():
        assert not any(a in {"Syrian", "SDF", "Syrian Democratic Forces"} for a in fact["aliases"])


def test_qualified_us_town_and_state_abbreviation() -> None:
    places = _places("Police in Charleston, W.Va., said the fire in Paris, Texas, was arson.")
    assert places["Charleston"]["admin1"] == "West Virginia"
    assert places["Paris"]["country"] == "US" and places["Paris"]["admin1"] == "Texas"


def test_unknown_village_is_kept_unresolved() -> None:
    places = _places("Shelling hit Zzyqtar village in Syria on Monday.")
    assert places["Zzyqtar"]["resolution"] == "unresolved"
    assert places["Zzyqtar"]["kind"] == "village" and places["Zzyqtar"]["lat"] is None
