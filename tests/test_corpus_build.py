"""build_corpus on hand-made sheets: merging, grouping, contested claims, event dates."""

from __future__ import annotations

import pytest
from test_corpus_sheets import make_sheet, sample_sheets, sheet_a, sheet_b

from bagouz_extract.corpus import build_corpus
from bagouz_extract.corpus.models import ClaimGroup, CorpusTable
from bagouz_extract.models import ActorFact, CountFact, DateFact, DateRange, FactSheet, PlaceFact


@pytest.fixture(scope="module")
def table() -> CorpusTable:
    return build_corpus(sample_sheets())


def _group(table: CorpusTable, category: str, event: str | None) -> ClaimGroup:
    found = [g for g in table.claims if g.category == category and g.event == event]
    assert len(found) == 1, [g.id for g in found]
    return found[0]


def test_places_merge_by_geonames_id_and_by_place_id(table: CorpusTable) -> None:
    baghuz = next(p for p in table.places if p.id == "geonames:1000001")
    assert baghuz.sources == ["a-wire.txt", "b-daily.txt", "c-post.txt"]
    assert baghuz.name == "Baghuz" and baghuz.aliases == ["Baghouz"]
    assert baghuz.lat == pytest.approx(34.4667)


def test_places_with_different_geonames_ids_stay_apart() -> None:
    one = make_sheet("one", "Hasakah", places=[PlaceFact(id="place-hasakah", name="Hasakah",
                                                         geonames_id=1)])
    two = make_sheet("two", "Hasakah", places=[PlaceFact(id="place-hasakah", name="Hasakah",
                                                         geonames_id=2)])
    assert [p.id for p in build_corpus([one, two]).places] == ["geonames:1", "geonames:2"]


def test_actors_merge_by_id_across_articles(table: CorpusTable) -> None:
    assert [(a.id, a.sources) for a in table.actors] == [
        ("actor-sdf", ["a-wire.txt", "b-daily.txt", "c-post.txt"])]


def test_people_leaving_from_every_source_form_one_group(table: CorpusTable) -> None:
    group = _group(table, "people", "departed")
    assert group.sources == ["a-wire.txt", "b-daily.txt", "c-post.txt"]
    assert group.place == "geonames:1000001" and group.place_name == "Baghuz"
    assert [c.event for c in group.claims] == ["left", "evacuated", "left"]


def test_same_day_figures_that_cannot_overlap_are_contested(table: CorpusTable) -> None:
    group = _group(table, "people", "departed")
    assert group.contested
    assert group.reasons == ["b-daily says 3,000, c-post says about 1,000: "
                             "same window, figures do not overlap"]
    assert (group.conservative, group.high) == (1000, 7000)


def test_matching_areas_from_two_sources_are_corroborated(table: CorpusTable) -> None:
    group = _group(table, "extent", None)
    assert group.sources == ["a-wire.txt", "c-post.txt"] and group.unit == "m"
    assert group.corroborated and not group.contested
    assert (group.conservative, group.high) == (600, 700)


def test_claims_carry_evidence_and_claimant(table: CorpusTable) -> None:
    claim = _group(table, "people", "departed").claims[0]
    assert claim.evidence[0].text == "more than 7,000 people"
    assert (claim.claimant, claim.claimant_name) == ("actor-sdf", "Syrian Democratic Forces")
    assert (claim.window.start, claim.window.end, claim.window.basis) == (
        "2019-03-03", "2019-03-08", "date")


def test_same_capture_dated_differently_is_a_contested_event_date(table: CorpusTable) -> None:
    assert len(table.event_dates) == 1
    event = table.event_dates[0]
    assert (event.event, event.category, event.sources) == ("detained", "fighters",
                                                             ["b-daily.txt", "c-post.txt"])
    assert event.contested and "2019-03-05" in event.reasons[0]


def test_same_figure_on_different_days_is_not_corroboration(table: CorpusTable) -> None:
    group = _group(table, "fighters", "detained")
    assert len(group.sources) == 2 and not group.corroborated and not group.contested


def test_claims_weeks_apart_are_separate_groups() -> None:
    late = sheet_b().model_copy(deep=True)
    late.source.id, late.source.path = "late", "late.txt"
    late.dates[0].value = "2019-05-01"
    groups = build_corpus([sheet_a(), late]).claims
    departed = [g for g in groups if g.event == "departed"]
    assert [g.sources for g in departed] == [["a-wire.txt"], ["late.txt"]]


def test_negated_claims_are_listed_but_not_counted() -> None:
    base = sheet_b()
    negated = base.model_copy(update={"counts": [
        CountFact(id="count-x", low=9000, high=9000, category="people", event="evacuated",
                  unit="person", date="date-2019-03-04", negated=True)]}, deep=True)
    negated.source.id, negated.source.path = "neg", "neg.txt"
    group = next(g for g in build_corpus([base, negated]).claims if g.event == "departed")
    assert len(group.claims) == 2 and not group.contested
    assert group.high == 3000


def test_same_sheets_give_byte_identical_tables() -> None:
    first = build_corpus(sample_sheets()).to_json()
    assert build_corpus(list(reversed(sample_sheets()))).to_json() == first


def test_group_ids_are_unique(table: CorpusTable) -> None:
    ids = [g.id for g in table.claims]
    assert len(ids) == len(set(ids))


def test_empty_corpus_is_an_empty_table() -> None:
    assert build_corpus([]) == CorpusTable()


def _sheet(source_id: str, *counts: CountFact) -> FactSheet:
    return make_sheet(source_id, "text", "2019-03-08", counts=list(counts))


def test_people_without_an_event_are_never_grouped() -> None:
    one = _sheet("one", CountFact(id="c1", low=45, high=45, category="people", unit="person"))
    two = _sheet("two", CountFact(id="c2", low=3, high=9, category="people", unit="person"))
    assert [g.sources for g in build_corpus([one, two]).claims] == [["one.txt"], ["two.txt"]]


def test_area_in_m_and_m2_is_one_group_listed_but_not_compared() -> None:
    one = _sheet("one", CountFact(id="c1", low=600, high=700, qualifier="range", unit="m2",
                                  category="area", event="trapped"))
    two = _sheet("two", CountFact(id="c2", low=600, high=700, qualifier="range", unit="m",
                                  category="distance"))
    three = _sheet("three", CountFact(id="c3", low=50, high=50, unit="m", category="area"))
    [group] = build_corpus([one, two, three]).claims
    assert group.sources == ["one.txt", "three.txt", "two.txt"] and group.units == ["m", "m2"]
    assert group.unit == "m" and (group.conservative, group.high) == (50, 700)
    assert group.contested  # "three" and "two" disagree in the same unit, same day


def test_figures_orders_of_magnitude_apart_are_different_claims() -> None:
    war = _sheet("war", CountFact(id="c1", low=360000, qualifier="more_than", unit="person",
                                  category="dead", event="killed"))
    strike = _sheet("strike", CountFact(id="c2", low=3, high=9, qualifier="vague",
                                        unit="person", category="dead", event="killed"))
    assert [g.sources for g in build_corpus([war, strike]).claims] == [["strike.txt"], ["war.txt"]]


def test_pocket_and_territory_sizes_are_different_claims() -> None:
    pocket = _sheet("pocket", CountFact(id="c1", low=600, high=700, qualifier="range",
                                        unit="m", category="area"))
    square = _sheet("square", CountFact(id="c2", low=600, high=700, qualifier="range",
                                        unit="m2", category="area"))
    land = _sheet("land", CountFact(id="c3", low=200, high=500, qualifier="vague", unit="km2",
                                    category="area"))
    groups = build_corpus([pocket, square, land]).claims
    assert sorted(g.sources for g in groups) == [["land.txt"], ["pocket.txt", "square.txt"]]


def _actor_sheet(source_id: str, actor: str | None, low: float, path: str | None = None,
                 affiliation: str | None = None, event: str = "captured") -> FactSheet:
    actors = [] if actor is None else [ActorFact(id=actor, name=actor.upper(),
                                                 affiliation=affiliation)]
    if affiliation:
        actors.append(ActorFact(id=affiliation, name=affiliation.upper()))
    sheet = make_sheet(source_id, "text", "2019-03-08", actors=actors, counts=[
        CountFact(id="c1", low=low, high=low, unit="person", category="fighters",
                  event=event, actor=actor)])
    if path:
        sheet.source.path = path
    return sheet


@pytest.mark.parametrize(("sheets", "groups"), [
    ([("one", "actor-sdf", 400), ("two", "actor-iraqi-forces", 400)],
     [("actor-iraqi-forces", ["two.txt"]), ("actor-sdf", ["one.txt"])]),
    ([("one", "actor-sdf", 400), ("two", None, 400)],
     [("actor-sdf", ["one.txt", "two.txt"])]),
    ([("one", "actor-sdf", 400), ("two", "actor-sdf", 300)],
     [("actor-sdf", ["one.txt", "two.txt"])]),
], ids=["different-actors-are-different-claims", "claim-without-actor-joins",
        "same-actor-joins"])
def test_acting_actor_is_part_of_the_claim(sheets: list, groups: list) -> None:
    table = build_corpus([_actor_sheet(*s) for s in sheets])
    assert [(g.actor, g.sources) for g in table.claims] == groups


def test_actor_within_another_reports_the_same_deed() -> None:
    ypg = _actor_sheet("one", "actor-ypg", 400, affiliation="actor-sdf")
    sdf = _actor_sheet("two", "actor-sdf", 400)
    table = build_corpus([ypg, sdf])
    assert [g.sources for g in table.claims] == [["one.txt", "two.txt"]]
    assert next(a for a in table.actors if a.id == "actor-ypg").affiliations == ["actor-sdf"]


def test_same_id_in_two_folders_stays_two_sources() -> None:
    north = _actor_sheet("report", "actor-sdf", 400, path="north/report.txt", event="held")
    south = _actor_sheet("report", "actor-sdf", 90, path="south/report.txt", event="held")
    table = build_corpus([north, south])
    assert [(s.key, s.id) for s in table.sources] == [
        ("north/report.txt", "report"), ("south/report.txt", "report")]
    [group] = table.claims
    assert group.sources == ["north/report.txt", "south/report.txt"]
    assert group.reasons == ["north/report.txt says 400, south/report.txt says 90: "
                             "same window, figures do not overlap"]


def test_same_path_twice_still_gets_two_keys() -> None:
    one, two = _actor_sheet("x", None, 4), _actor_sheet("x", None, 5)
    two.source.sha256 = "1" * 64
    keys = [s.key for s in build_corpus([two, one]).sources]
    assert keys == ["x.txt#00000000", "x.txt#11111111"]


def test_group_names_an_actor_only_when_one_of_its_claims_does() -> None:
    bodies = _actor_sheet("one", "actor-isis", 5)
    war = _sheet("two", CountFact(id="c2", low=360000, qualifier="more_than", unit="person",
                                  category="fighters", event="captured"))
    groups = build_corpus([bodies, war]).claims
    assert sorted((g.sources[0], g.actor) for g in groups) == [
        ("one.txt", "actor-isis"), ("two.txt", None)]


def test_undated_flows_published_the_same_day_are_not_compared() -> None:
    dozens = _actor_sheet("one", None, 24, event="surrendered")
    thousands = _actor_sheet("two", None, 2000, event="surrendered")
    [group] = build_corpus([dozens, thousands]).claims
    assert group.sources == ["one.txt", "two.txt"]
    assert not group.contested and not group.corroborated


def test_a_figure_for_a_long_window_meets_the_figures_inside_it() -> None:
    text = "Since December 58,000 people left. On January 10, 90,000 were evacuated."
    since = DateFact(id="d-dec", value="2018-12", type="DATE",
                     range=DateRange(start="2018-12", end="2019-03-11"))
    mar4 = DateFact(id="d-mar4", value="2019-01-10", type="DATE")  # weeks before: merged
    whole = make_sheet("whole", text, "2019-03-11", dates=[since], counts=[CountFact(
        id="c1", low=58000, high=58000, unit="person", category="people", event="left",
        date="d-dec")])
    part = make_sheet("part", text, "2019-01-11", dates=[mar4], counts=[CountFact(
        id="c2", low=90000, high=90000, unit="person", category="people", event="evacuated",
        date="d-mar4")])
    [group] = build_corpus([whole, part]).claims
    assert group.contested and "exceeds the figure for the whole" in group.reasons[0]


@pytest.mark.parametrize(("other", "corroborated"), [
    ((600, 700, "m2"), True), ((900, 950, "m2"), False), ((600, 700, "km2"), False),
], ids=["same-figures-as-a-square-corroborate", "other-figures-never-contest",
        "not-its-square"])
def test_length_and_its_square_with_the_same_figures_corroborate(
        other: tuple[int, int, str], corroborated: bool) -> None:
    one = _sheet("one", CountFact(id="c1", low=600, high=700, qualifier="range", unit="m",
                                  category="area"))
    two = _sheet("two", CountFact(id="c2", low=other[0], high=other[1], qualifier="range",
                                  unit=other[2], category="area"))
    groups = [g for g in build_corpus([one, two]).claims if len(g.sources) == 2]
    assert [g.corroborated for g in groups] == ([corroborated] if other[2] != "km2" else [])
    assert not any(g.contested for g in groups)


def test_same_figure_years_apart_is_two_events_not_a_contested_date() -> None:
    def capture(source_id: str, day: str) -> FactSheet:
        return make_sheet(source_id, "text", day, dates=[
            DateFact(id="d1", value=day, type="DATE")], counts=[CountFact(
                id="c1", low=400, high=400, unit="person", category="fighters",
                event="captured", date="d1")])

    table = build_corpus([capture("a", "2017-03-05"), capture("b", "2019-03-05"),
                          capture("c", "2019-03-07")])
    assert [(e.sources, e.contested) for e in table.event_dates] == [
        (["b.txt", "c.txt"], True)]
