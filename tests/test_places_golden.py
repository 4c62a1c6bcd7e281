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


@pytest.mark.parametrize("text", [
    "Rebels backed by the Washington-led coalition attacked the town.",
    "Moscow-backed forces and a Tehran-funded militia held the road.",
], ids=["led", "backed-funded"])
def test_government_compounds_are_not_places(text: str) -> None:
    assert not any(a in {"Washington", "Moscow", "Tehran"}
                   for p in _places(text).values() for a in p["aliases"])


def test_dateline_and_organisation_names_give_places() -> None:
    places = _places("PATASKALA -- City officials said the Ohio Department of Transportation "
                     "will repave the road.")
    assert places["Pataskala"]["admin1"] == "Ohio"
    assert "Ohio" in places and "City" not in places


def test_directional_prefix_names_the_state() -> None:
    places = _places("Storms moved across North Texas on Monday, officials in Dallas said.")
    assert places["Texas"]["kind"] == "state" and places["Texas"]["aliases"] == ["Texas"]


@pytest.mark.parametrize(("text", "mention", "admin1"), [
    ("Rep. Charles Rangel, D-N.Y., chairman of the committee, said so.", "N.Y.", "New York"),
    ("House Speaker Robert DeLeo, D-Winthrop, agreed.", "Winthrop", "Massachusetts"),
    ("Police in Charleston, W.Va. The fire was out.", "W.Va.", "West Virginia"),
], ids=["party-state", "party-town", "abbreviation-keeps-its-period"])
def test_party_affiliations_and_state_abbreviations(text: str, mention: str, admin1: str) -> None:
    found = [p for p in _places(text).values() if mention in p["aliases"]]
    assert len(found) == 1 and found[0]["admin1"] == admin1


def test_a_place_name_is_a_place_wherever_the_article_repeats_it() -> None:
    places = _places("Gainesville parents charged. Police in Gainesville, Texas, said the "
                     "Gainesville Riding Club will host the rodeo.")
    mentions = [m["text"] for m in places["Gainesville"]["mentions"]]
    assert len(mentions) >= 3 and places["Gainesville"]["admin1"] == "Texas"
