"""The grouping rules, table by table (no sheets needed)."""

from __future__ import annotations

from datetime import date

import pytest

from bagouz_extract.corpus import grouping as g

D = date.fromisoformat


@pytest.mark.parametrize(("category", "family"), [
    ("civilians", "people"), ("displaced", "people"), ("people", "people"),
    ("fighters", "fighters"), ("area", "extent"), ("distance", "extent"),
    ("percent", None), ("other", None), (None, None), ("vehicles", "vehicles"),
], ids=lambda v: str(v))
def test_category_family(category: str | None, family: str | None) -> None:
    assert g.category_family(category) == family


@pytest.mark.parametrize(("event", "family"), [
    ("evacuated", "departed"), ("fled", "departed"), ("left", "departed"),
    ("captured", "detained"), ("arrested", "detained"), ("surrendered", "surrendered"),
    ("held", "remaining"), ("killed", "killed"), (None, None), ("bombed", "bombed"),
], ids=lambda v: str(v))
def test_event_family(event: str | None, family: str | None) -> None:
    assert g.event_family(event) == family


@pytest.mark.parametrize(("low", "high", "qualifier", "approximate", "bounds"), [
    (45, 45, "exact", False, (45, 45)),
    (400, 400, "exact", False, (380, 420)),
    (3000, 3000, "exact", False, (2850, 3150)),
    (28000, 28000, "exact", False, (27500, 28500)),
    (3150, 3150, "exact", False, (3150, 3150)),
    (2000, 2000, "about", True, (1600, 2400)),
    (2000, 2000, "exact", True, (1600, 2400)),
    (7000, None, "more_than", False, (7000, None)),
    (7000, 7000, "at_least", False, (7000, None)),
    (None, 700, "up_to", False, (0, 700)),
    (700, 700, "less_than", False, (0, 700)),
    (600, 700, "range", False, (600, 700)),
    (1000, None, "vague", True, (1000, None)),
    (None, None, "exact", False, None),
], ids=["small-exact", "round-hundreds", "round-thousands", "round-28k", "not-round", "about",
        "approximate", "more-than", "at-least", "up-to", "less-than", "range", "vague-open",
        "no-number"])
def test_claim_bounds(low: float | None, high: float | None, qualifier: str,
                      approximate: bool, bounds: g.Bounds | None) -> None:
    got = g.claim_bounds(low, high, qualifier, approximate)
    assert got == (None if bounds is None else pytest.approx(bounds))


@pytest.mark.parametrize(("value", "window"), [
    ("2019-03-04", (D("2019-03-04"), D("2019-03-04"))),
    ("2019-03-04T10:00", (D("2019-03-04"), D("2019-03-04"))),
    ("2019-02", (D("2019-02-01"), D("2019-02-28"))),
    ("2019", (D("2019-01-01"), D("2019-12-31"))),
    ("2019-W10", (D("2019-03-04"), D("2019-03-10"))),
    ("XXXX-02-09", None), ("P3D", None), ("PAST_REF", None), ("2019-02-30", None), (None, None),
], ids=lambda v: str(v))
def test_timex_window(value: str | None, window: g.Window | None) -> None:
    assert g.timex_window(value) == window


MAR4 = (D("2019-03-04"), D("2019-03-04"))
WEEK = (D("2019-03-03"), D("2019-03-08"))
APRIL = (D("2019-04-01"), D("2019-04-30"))


@pytest.mark.parametrize(("a", "a_dated", "b", "b_dated", "relation"), [
    (MAR4, True, MAR4, True, "same"),
    (WEEK, True, MAR4, True, "contains"),
    (MAR4, True, WEEK, True, "within"),
    (WEEK, True, APRIL, True, "unrelated"),
    ((None, D("2019-03-08")), False, (None, D("2019-03-09")), False, "as_of"),
    ((None, D("2019-03-08")), False, (None, D("2019-03-12")), False, "unrelated"),
    ((None, D("2019-03-08")), False, MAR4, True, "unrelated"),
    ((None, None), False, MAR4, True, "unknown"),
], ids=["equal", "contains", "within", "disjoint", "undated-same-day", "undated-apart",
        "undated-vs-dated", "unknown"])
def test_window_relation(a: g.Window, a_dated: bool, b: g.Window, b_dated: bool,
                         relation: str) -> None:
    assert g.window_relation(a, a_dated, b, b_dated) == relation


@pytest.mark.parametrize(("relation", "stock", "a", "b", "contested"), [
    ("same", False, (2850, 3150), (800, 1200), True),
    ("same", False, (7000, None), (6650, 7350), False),
    ("same", True, (600, 700), (600, 700), False),
    ("contains", False, (7000, None), (2850, 3150), False),
    ("contains", False, (0, 700), (1000, 1000), True),
    ("within", False, (1000, 1000), (0, 700), True),
    ("contains", True, (0, 700), (1000, 1000), False),
    ("unrelated", False, (1, 1), (9, 9), False),
    ("as_of", True, (2000, 2400), (600, 700), True),
    ("as_of", False, (24, 99), (2000, 9999), False),
], ids=["same-disjoint", "same-overlap", "same-stock", "part-below-open-whole",
        "part-exceeds-whole", "whole-below-part", "stock-never-nested", "unrelated",
        "stock-as-of-same-day", "flow-as-of-same-day-has-no-start"])
def test_disagreement(relation: str, stock: bool, a: g.Bounds, b: g.Bounds,
                      contested: bool) -> None:
    assert (g.disagreement(relation, stock, a, b) is not None) == contested


@pytest.mark.parametrize(("relation", "stock", "a", "b", "agree"), [
    ("same", False, (2850, 3150), (2900, 2900), True),
    ("same", False, (2850, 3150), (800, 1200), False),
    ("unknown", True, (600, 700), (600, 700), True),
    ("unknown", False, (2850, 3150), (2900, 2900), False),
    ("contains", False, (7000, None), (2850, 3150), False),
    ("unrelated", False, (400, 400), (400, 400), False),
    ("as_of", True, (600, 700), (650, 650), True),
    ("as_of", False, (400, 400), (400, 400), False),
], ids=["same-overlap", "same-disjoint", "unknown-stock", "unknown-flow", "nested",
        "unrelated", "as-of-stock", "as-of-flow"])
def test_agreement(relation: str, stock: bool, a: g.Bounds, b: g.Bounds, agree: bool) -> None:
    assert g.agreement(relation, stock, a, b) is agree


def test_buckets_never_chain_daily_reports_into_one() -> None:
    days = [D("2019-03-01").replace(day=1 + i) for i in range(30)]
    buckets = g.bucket_by_asof(days, lambda d: d)
    assert [len(b) for b in buckets] == [15, 15]


@pytest.mark.parametrize(("buckets", "unknown", "expected"), [
    ([[1, 2]], [9], [[1, 2, 9]]),
    ([[1], [2]], [9], [[1], [2], [9]]),
    ([], [9], [[9]]),
    ([[1]], [], [[1]]),
], ids=["joins-only-bucket", "ambiguous-stays-alone", "no-buckets", "nothing-unknown"])
def test_attach_unknown(buckets: list[list[int]], unknown: list[int],
                        expected: list[list[int]]) -> None:
    assert g.attach_unknown(buckets, unknown) == expected


@pytest.mark.parametrize(("category", "event", "stock"), [
    ("extent", None, True), ("people", "remaining", True), ("people", None, True),
    ("people", "departed", False), ("dead", "killed", False),
], ids=lambda v: str(v))
def test_is_stock(category: str, event: str | None, stock: bool) -> None:
    assert g.is_stock(category, event) is stock


@pytest.mark.parametrize(("family", "event", "key"), [
    ("extent", "trapped", None), ("population", "registered", None),
    ("people", "fled", "departed"), ("people", None, None),
], ids=["area-ignores-event", "population-ignores-event", "people-keep-event", "no-event"])
def test_key_event(family: str, event: str | None, key: str | None) -> None:
    assert g.key_event(family, event) == key


@pytest.mark.parametrize(("family", "needs"), [
    ("people", True), ("fighters", True), ("dead", False), ("extent", False),
], ids=lambda v: str(v))
def test_needs_event(family: str, needs: bool) -> None:
    assert g.needs_event(family) is needs


@pytest.mark.parametrize(("unit", "family"), [
    ("m", "extent"), ("m2", "extent"), ("km2", "extent"), ("person", "person"), (None, None),
], ids=lambda v: str(v))
def test_unit_family(unit: str | None, family: str | None) -> None:
    assert g.unit_family(unit) == family


@pytest.mark.parametrize(("bounds", "groups"), [
    ([(360000, None), (3, 9)], [[(3, 9)], [(360000, None)]]),
    ([(24, 99), (2000, 9999)], [[(24, 99), (2000, 9999)]]),
    ([(0, 700), (600, 700)], [[(0, 700), (600, 700)]]),
    ([(1, 1), (50, 50), (4000, 4000)], [[(1, 1), (50, 50), (4000, 4000)]]),
], ids=["toll-vs-incident", "dozens-vs-thousands", "up-to", "chain"])
def test_split_by_scope(bounds: list[g.Bounds], groups: list[list[g.Bounds]]) -> None:
    assert g.split_by_scope(bounds, lambda b: b) == groups


@pytest.mark.parametrize(("bounds", "unit", "scoped"), [
    ((600, 700), "m2", (600, 700)),
    ((200, 500), "km2", (2e8, 5e8)),
    ((600, 700), "m", (600, 490000)),
    ((2, None), "km", (2000, None)),
    ((3000, 3000), "person", (3000, 3000)),
], ids=["m2", "km2-to-m2", "length-spans-side-and-area", "open-length", "not-extent"])
def test_scope_bounds(bounds: g.Bounds, unit: str, scoped: g.Bounds) -> None:
    assert g.scope_bounds(bounds, unit) == pytest.approx(scoped)


# Claims as (actor, low, high) for the actor split; "ypg" is part of "sdf".
PARTS = {"ypg": {"sdf"}}


def _related(a: str, b: str) -> bool:
    return a == b or a in PARTS.get(b, set()) or b in PARTS.get(a, set())


def _split(items: list[tuple[str | None, float, float]]) -> list[tuple[str | None, list]]:
    return g.split_by_actor(items, lambda i: i[0], _related, lambda i: (i[1], i[2]))


@pytest.mark.parametrize(("items", "groups"), [
    ([("sdf", 400, 400), ("iraq", 400, 400)],
     [("iraq", [("iraq", 400, 400)]), ("sdf", [("sdf", 400, 400)])]),
    ([("sdf", 400, 400), (None, 380, 420)],
     [("sdf", [("sdf", 400, 400), (None, 380, 420)])]),
    ([("sdf", 400, 400), ("ypg", 390, 390)],
     [("sdf", [("sdf", 400, 400), ("ypg", 390, 390)])]),
    ([(None, 400, 400), (None, 10, 10)], [(None, [(None, 400, 400), (None, 10, 10)])]),
    ([("sdf", 400, 400), ("iraq", 50, 50), (None, 45, 55)],
     [("iraq", [("iraq", 50, 50), (None, 45, 55)]), ("sdf", [("sdf", 400, 400)])]),
    ([("sdf", 400, 400), ("iraq", 400, 400), (None, 400, 400)],
     [("iraq", [("iraq", 400, 400)]), ("sdf", [("sdf", 400, 400)]),
      (None, [(None, 400, 400)])]),
    ([], []),
], ids=["different-actors-split", "no-actor-joins-the-only-actor", "part-joins-whole",
        "no-actor-at-all", "no-actor-joins-the-one-it-overlaps", "ambiguous-no-actor-alone",
        "empty"])
def test_split_by_actor(items: list, groups: list) -> None:
    assert _split(items) == groups


def test_actor_clusters_never_chain_siblings_through_a_whole() -> None:
    parts = {"sdf": {"coalition"}, "iraq": {"coalition"}}

    def related(a: str, b: str) -> bool:
        return a == b or a in parts.get(b, set()) or b in parts.get(a, set())

    assert g.actor_clusters(["coalition", "sdf", "iraq"], related) == [
        ["coalition", "sdf"], ["iraq"]]


SINCE_DEC = (D("2018-12-01"), D("2019-03-11"))


@pytest.mark.parametrize(("buckets", "expected"), [
    ([[MAR4], [SINCE_DEC]], [[MAR4, SINCE_DEC]]),
    ([[MAR4, (None, D("2019-02-20"))], [SINCE_DEC]], [[MAR4, (None, D("2019-02-20")),
                                                      SINCE_DEC]]),
    ([[MAR4], [APRIL]], [[MAR4], [APRIL]]),
    ([[MAR4], [(None, D("2019-03-11"))]], [[MAR4], [(None, D("2019-03-11"))]]),
    ([[(None, None)], [SINCE_DEC]], [[(None, None)], [SINCE_DEC]]),
], ids=["part-joins-whole", "undated-inside-by-its-as-of-date", "disjoint-stay-apart",
        "undated-holds-nothing", "unknown-window-inside-nothing"])
def test_merge_nested(buckets: list[list[g.Window]], expected: list[list[g.Window]]) -> None:
    def canon(groups: list[list[g.Window]]) -> list[list[str]]:
        return sorted(sorted(map(repr, group)) for group in groups)

    assert canon(g.merge_nested(buckets, lambda w: w)) == canon(expected)
