"""Gazetteer: data files valid, examples match their records, lookups and disambiguation."""

from collections import Counter
from dataclasses import replace

import pytest

from bagouz_extract.gazetteer import Gazetteer, get_gazetteer
from bagouz_extract.gazetteer.entry import Entry
from bagouz_extract.gazetteer.resolve import (
    ArticleContext,
    Group,
    add_closeness,
    add_support,
    choose,
    one_country,
    unambiguous,
)
from bagouz_extract.normalizers.places import loose_key
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


def _support_context(*named: tuple[str, list[Entry]]) -> ArticleContext:
    ctx = ArticleContext()
    for key, candidates in named:
        add_support(ctx, key, candidates, 1.0)
    return ctx


def test_other_names_in_one_state_pick_the_namesake_in_that_state() -> None:
    paris_tx = _entry("paris-tx", "US", pop=25_000, admin1="Texas", lat=33.66, lon=-95.55)
    paris_tn = _entry("paris-tn", "US", pop=10_000, admin1="Tennessee", lat=36.30, lon=-88.33)
    group = Group(key=f"{loose_key('Paris')}|", candidates=[paris_tx, paris_tn])
    ctx = _support_context(("puryear|", [_entry("puryear", "US", pop=600, admin1="Tennessee",
                                                lat=36.44, lon=-88.33)]))
    choose(group, ctx)
    assert group.choice is not None and group.choice.ref == "paris-tn"


def test_a_name_does_not_vouch_for_itself() -> None:
    # "New York": the state's name must not make New York City "in context" (and vice versa).
    state = _entry("ny-state", "US", level="admin1", pop=19_000_000, admin1="New York")
    city = Entry(ref="nyc", name="New York City", kind="city", level="city", country="US",
                 admin1="New York", lat=40.7, lon=-74.0, population=8_800_000)
    group = Group(key=f"{loose_key('New York')}|", candidates=[state, city])
    ctx = _support_context((f"{loose_key('New York')}|", [state, city]))
    choose(group, ctx)
    assert group.choice is not None and group.choice.ref == "ny-state"


def test_a_cue_hinted_group_of_the_same_name_does_not_vouch_for_it() -> None:
    # "Indiana" and "Indiana County" (hinted a county) are one name: Indiana County, Pa.
    # must not make the town of Indiana, Pa. 'in context' against the state.
    state = _entry("in", "US", level="admin1", pop=6_000_000, admin1="Indiana")
    town = _entry("in-pa", "US", pop=14_000, admin1="Pennsylvania")
    county = _entry("in-co", "US", level="county", pop=88_000, admin1="Pennsylvania")
    group = Group(key=f"{loose_key('Indiana')}|", candidates=[state, town])
    ctx = _support_context((f"{loose_key('Indiana')}|county", [county]))
    choose(group, ctx)
    assert group.choice is not None and group.choice.ref == "in"


def test_a_name_whose_meanings_share_one_country_is_evidence_for_it() -> None:
    henry = Group(key="henry county|county", candidates=[
        _entry(f"henry-{s}", "US", level="county", admin1=s) for s in ("Iowa", "Tennessee")])
    assert one_country(henry) == "US"
    assert one_country(Group(key="paris|", candidates=[_entry("p-fr", "FR"),
                                                        _entry("p-tx", "US")])) is None


def _paris_and(*others: Entry) -> tuple[Group, ArticleContext]:
    paris = Group(key=f"{loose_key('Paris')}|", candidates=[
        Entry(ref="paris-fr", name="Paris", kind="city", level="city", country="FR", admin1=None,
              lat=48.85, lon=2.35, population=2_100_000, flags="capital"),
        *(replace(_entry(ref, "US", pop=pop, admin1=state, lat=lat, lon=lon), name="Paris")
          for ref, pop, state, lat, lon in (("paris-tn", 10_000, "Tennessee", 36.30, -88.33),
                                            ("paris-tx", 25_000, "Texas", 33.66, -95.55)))])
    other = Group(key="henry county|county", candidates=list(others))
    ctx = ArticleContext(countries={"US": 2})  # type: ignore[arg-type]
    add_closeness(ctx, {paris.key: paris.candidates, other.key: other.candidates})
    return paris, ctx


def test_a_pair_of_meanings_too_close_to_be_chance_decides_both_names() -> None:
    # Paris, Tennessee lies in Henry County, Tennessee: of the Parises and the Henry
    # Counties, that pair is far closer than chance would put any two.
    counties = [_entry("henry-tn", "US", level="county", admin1="Tennessee", lat=36.33, lon=-88.30),
                _entry("henry-ia", "US", level="county", admin1="Iowa", lat=40.99, lon=-91.54),
                _entry("henry-ga", "US", level="county", admin1="Georgia", lat=33.45, lon=-84.15)]
    paris, ctx = _paris_and(*counties)
    choose(paris, ctx)
    assert paris.choice is not None and paris.choice.ref == "paris-tn"


def test_a_name_with_one_far_likelier_meaning_does_not_vouch_by_closeness() -> None:
    # 'Russia' means the country: its village namesake near a small Paris proves nothing.
    russia = [_entry("russia", "RU", level="country", pop=140_000_000),
              _entry("russia-tn", "US", pop=100, admin1="Tennessee", lat=36.31, lon=-88.32)]
    paris, ctx = _paris_and(*russia)
    assert not ctx.closeness.get(paris.key)


def test_national_capital_beats_the_same_named_state() -> None:
    state = _entry("wa", "US", level="admin1", pop=7_000_000, admin1="Washington")
    dc = Entry(ref="dc", name="Washington", kind="city", level="city", country="US",
               admin1="District of Columbia", lat=38.9, lon=-77.0, population=690_000,
               flags="capital")
    group = Group(key=f"{loose_key('Washington')}|", candidates=[state, dc])
    choose(group, ArticleContext())
    assert group.choice is not None and group.choice.ref == "dc"


@pytest.mark.parametrize(("hints", "expected"), [(set(), "city"), ({"admin1"}, "gov")],
                         ids=["bare-name-is-the-city", "cue-makes-the-governorate"])
def test_division_named_after_its_seat(hints: set[str], expected: str) -> None:
    gov = Entry(ref="gov", name="Al-Hasakah Governorate", kind="governorate", level="admin1",
                country="SY", admin1="Al-Hasakah Governorate", lat=36.6, lon=40.9,
                flags="seat-named")
    city = Entry(ref="city", name="Al Hasakah", kind="city", level="city", country="SY",
                 admin1="Al-Hasakah Governorate", lat=36.5, lon=40.75, population=420_000)
    group = Group(key=f"{loose_key('al-Hasakah')}|", candidates=[gov, city], hints=hints)
    choose(group, ArticleContext(countries={"SY": 2}))  # type: ignore[arg-type]
    assert group.choice is not None and group.choice.ref == expected


def test_small_namesake_known_only_by_an_alternate_name_loses() -> None:
    moscow = Entry(ref="msk", name="Moscow", kind="city", level="city", country="RU",
                   admin1=None, lat=55.75, lon=37.6, population=10_000_000, flags="capital")
    dalton = Entry(ref="dalton", name="Dalton", kind="town", level="city", country="US",
                   admin1="Ohio", lat=40.8, lon=-81.7, population=1_800)
    group = Group(key=f"{loose_key('Moscow')}|", candidates=[moscow, dalton])
    ctx = _support_context(("canton|", [_entry("canton", "US", admin1="Ohio", lat=40.8,
                                               lon=-81.4)]))
    ctx.countries["US"] = 3
    choose(group, ctx)
    assert group.choice is not None and group.choice.ref == "msk"


@pytest.mark.parametrize(("name", "kind"), [("Walker County", "county"), ("Europe", "continent")],
                         ids=["county", "continent"])
def test_counties_and_continents_have_points(name: str, kind: str) -> None:
    found = [e for e in get_gazetteer().lookup(name) if e.kind == kind]
    assert found and all(e.has_point for e in found)


STRANGERS = [
    # (meanings of the name, the article's country votes, which names cast them, settled?)
    ([_entry("town-ye", "YE", pop=0)], {"SD": 6, "YE": 1}, {"darfur": ("SD", 6)}, False),  # Darfur
    ([_entry("town-ye", "YE", pop=0)], {"SD": 1, "YE": 1}, {"darfur": ("SD", 1)}, True),  # little said
    ([_entry("town-ye", "YE", pop=0)], {"IE": 6, "YE": 1}, {}, True),  # demonyms alone ('Irish')
    ([_entry("town-sd", "SD", pop=0)], {"SD": 7}, {"darfur": ("SD", 6)}, True),  # its own country
    ([_entry("city-ye", "YE", pop=2_500_000)], {"SD": 6, "YE": 1}, {"darfur": ("SD", 6)}, True),
    ([_entry("prov-ye", "YE", level="admin1")], {"SD": 6, "YE": 1}, {"darfur": ("SD", 6)}, True),
    ([_entry("town-it", "IT", pop=2_000), _entry("town-de", "DE", pop=18_000)], {"NG": 6},
     {"kaduna": ("NG", 6)}, False),  # every meaning a stranger
]


@pytest.mark.parametrize(("entries", "votes", "named", "settled"), STRANGERS,
                         ids=["stranger", "few-votes", "demonyms", "home", "big-city", "province",
                              "all-strangers"])
def test_a_small_town_abroad_that_nothing_supports_is_left_unresolved(entries, votes, named,
                                                                      settled) -> None:
    group = Group(key="tawila", candidates=entries)
    own = {"tawila": (entries[0].country, 1), **named} if len(entries) == 1 else named
    choose(group, ArticleContext(countries=Counter(votes), own_countries=own))
    assert (group.choice is not None) == settled


def test_a_transliterated_match_abroad_is_doubtful_whatever_its_size() -> None:
    group = Group(key="kuriga", candidates=[_entry("city-ma", "MA", pop=214_000)], loose=True)
    choose(group, ArticleContext(countries=Counter({"NG": 6}), own_countries={"kaduna": ("NG", 6)}))
    assert group.choice is None


def test_a_division_named_after_its_seat_does_not_make_a_name_dominated() -> None:
    # 'Alexandria' in a Minnesota story: Egypt's Alexandria Governorate (named after its seat)
    # is one meaning among towns, so a namesake close to another name still vouches for both.
    governorate = replace(_entry("alex-gov", "EG", level="admin1", pop=0, admin1="Alexandria Governorate",
                                 lat=31.2, lon=29.9), flags="seat-named")
    counties = [_entry("henry-tn", "US", level="county", admin1="Tennessee", lat=36.33, lon=-88.30),
                _entry("henry-ia", "US", level="county", admin1="Iowa", lat=40.99, lon=-91.54)]
    paris, ctx = _paris_and(governorate, *counties)
    choose(paris, ctx)
    assert paris.choice is not None and paris.choice.ref == "paris-tn"
