"""Grouping rules for the corpus table: small named functions and the data they read.

A claim group gathers count claims that claim the same thing. Two counts claim the same
thing when their *key* matches and their *time windows* fall in the same bucket:

- key = (category family, event family, place, unit family, rate): see
  `category_family`, `key_event`, `unit_family`, `claim_place` (in build.py) and the tables
  below; a count of people with no event claims nothing comparable (`needs_event`);
- actor: who did it (`split_by_actor`): "the SDF captured 400" and "Iraqi forces
  captured 400" are different claims; the same actor, or one part of the other (YPG within
  the SDF), is one; claims that name no actor join the actor's group (see there);
- window = the time the count is about (`timex_window`): its own date when it has one,
  else "as of" the publication date (`undated`), else unknown;
- buckets: windows whose end ("as of" date) lie within `ASOF_BUCKET_DAYS` of the first
  window of the bucket (`bucket_by_asof`); a claim with an unknown window joins the only
  bucket of its key, or stays alone when there are several (`attach_unknown`);
- scope: inside a bucket, figures more than `SCOPE_RATIO` apart speak of different scopes
  (a war's toll, an incident's) and are split (`split_by_scope`).

Inside a group, sources are compared pairwise (`disagreement`): each claim is an interval
(`claim_bounds`, from low/high/qualifier, widened by `rounding_slack` for round or
approximate numbers); claims about the same window must overlap; for flows (people who
left, were killed ...) a figure for a window inside another window may not exceed the
figure for the whole (`window_relation`). Stocks (people remaining, an area) measured on
different windows are never compared.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from typing import TypeVar

T = TypeVar("T")

# What is counted, mapped to one family, so that "people left" and "civilians left" meet.
CATEGORY_FAMILIES: dict[str, str] = {
    "people": "people", "civilians": "people", "displaced": "people", "refugees": "people",
    "fighters": "fighters", "militants": "fighters",
    "prisoners": "prisoners", "troops": "troops",
    "dead": "dead", "wounded": "wounded", "population": "population",
    "area": "extent", "distance": "extent",
    "money": "money",
}
# Categories too unspecific to group: a bare "5 percent" or "other" claims nothing comparable.
UNGROUPED_CATEGORIES = frozenset({"other", "percent"})

# What happened to them, mapped to one family: leaving by any road is leaving.
EVENT_FAMILIES: dict[str, str] = {
    "evacuated": "departed", "left": "departed", "fled": "departed", "escaped": "departed",
    "exited": "departed", "rescued": "departed", "transferred": "departed",
    "captured": "detained", "arrested": "detained", "detained": "detained",
    "surrendered": "surrendered",
    "killed": "killed", "died": "killed", "dead": "killed",
    "wounded": "wounded", "injured": "wounded",
    "held": "remaining", "remaining": "remaining", "trapped": "remaining",
    "besieged": "remaining", "hiding": "remaining",
    "freed": "freed", "released": "freed",
    "registered": "registered", "withdrawn": "withdrawn", "deployed": "deployed",
}
# Families whose counts say nothing comparable without an event: "3,000 people" alone.
NEEDS_EVENT = frozenset({"people", "fighters", "prisoners", "troops"})
# The size of an area is the same claim whatever happens in it ("trapped in 600 m").
EVENTLESS_CATEGORIES = frozenset({"extent", "population", "money"})
# Units that measure the same kind of thing share a key; values in different units of a
# family are listed together but never compared.
UNIT_FAMILIES: dict[str, str] = {
    "m": "extent", "km": "extent", "mi": "extent", "ft": "extent",
    "m2": "extent", "km2": "extent", "ha": "extent", "acre": "extent", "mi2": "extent",
}

# Extents in SI for the scope check: (dimension, metres or square metres per unit).
SI_SCALE: dict[str, tuple[str, float]] = {
    "m": ("length", 1.0), "km": ("length", 1e3), "mi": ("length", 1609.344),
    "ft": ("length", 0.3048), "m2": ("area", 1.0), "km2": ("area", 1e6), "ha": ("area", 1e4),
    "acre": ("area", 4046.86), "mi2": ("area", 2.59e6),
}

# A length and its square: "600-700 meters square" and "an area of 600-700 meters" are the
# same figures written two ways, so equal figures corroborate; different ones never
# contest, since which reading each writer meant is unknown.
SQUARE_UNITS = frozenset({("m", "m2"), ("km", "km2"), ("mi", "mi2"), ("ft", "ft2")})

# Event families that measure a level at a time, not a flow over a window.
STOCK_EVENTS = frozenset({"remaining", "deployed", None})
STOCK_CATEGORIES = frozenset({"extent", "population"})

ABOUT_TOLERANCE = 0.2  # "about 2,000" is taken as 1,600-2,400
ROUNDING_MAX_SHARE = 0.05  # a round "3,000" may stand for 2,850-3,150, never wider than 5 %
ASOF_BUCKET_DAYS = 14  # claims "as of" dates within two weeks are about the same moment
SAME_ASOF_DAYS = 1  # undated claims compare only with undated claims published a day apart
POINT_EVENT_MAX_DAYS = 31  # a window up to a month can date one event
SCOPE_RATIO = 100.0  # "360,000 dead" and "several killed" are not one claim

Window = tuple[date | None, date | None]
Bounds = tuple[float, float | None]


def category_family(category: str | None) -> str | None:
    """The family a count category belongs to, or None when it is not grouped."""
    if category is None or category in UNGROUPED_CATEGORIES:
        return None
    return CATEGORY_FAMILIES.get(category, category)


def event_family(event: str | None) -> str | None:
    return None if event is None else EVENT_FAMILIES.get(event, event)


def key_event(family: str, event: str | None) -> str | None:
    """The event part of the key: extents, populations and sums ignore what happened."""
    return None if family in EVENTLESS_CATEGORIES else event_family(event)


def needs_event(family: str) -> bool:
    return family in NEEDS_EVENT


def unit_family(unit: str | None) -> str | None:
    return None if unit is None else UNIT_FAMILIES.get(unit, unit)


def square_pair(a: str | None, b: str | None) -> bool:
    return (a, b) in SQUARE_UNITS or (b, a) in SQUARE_UNITS


def is_stock(category: str, event: str | None) -> bool:
    """A stock is a level at one time (people still inside, an area): windows must match."""
    return category in STOCK_CATEGORIES or event in STOCK_EVENTS


def rounding_slack(value: float) -> float:
    """Half the last significant place of a round number, capped at ROUNDING_MAX_SHARE.

    3,000 -> 150 (5 % cap); 28,000 -> 500 (half of a thousand); 3,150 -> 0 (not round)."""
    if value <= 0 or value != int(value):
        return 0.0
    digits = str(int(value))
    zeros = len(digits) - len(digits.rstrip("0"))
    if zeros < 2:
        return 0.0
    return min(10 ** zeros / 2, value * ROUNDING_MAX_SHARE)


def claim_bounds(low: float | None, high: float | None, qualifier: str,
                 approximate: bool) -> Bounds | None:
    """The interval a count commits its source to; None when it gives no number."""
    if low is None and high is None:
        return None
    if qualifier in {"less_than", "up_to"}:
        top = high if high is not None else low
        return (0.0, top)
    base = low if low is not None else high
    assert base is not None
    if qualifier in {"more_than", "at_least"}:
        return (base, None)
    top = high if qualifier in {"range", "vague"} else (high if high is not None else base)
    if qualifier == "about" or (approximate and qualifier == "exact"):
        return (base * (1 - ABOUT_TOLERANCE), None if top is None else top * (1 + ABOUT_TOLERANCE))
    if qualifier == "exact":
        return (base - rounding_slack(base), top + rounding_slack(top) if top is not None else None)
    return (base, top)


def intervals_overlap(a: Bounds, b: Bounds) -> bool:
    a_high = float("inf") if a[1] is None else a[1]
    b_high = float("inf") if b[1] is None else b[1]
    return a[0] <= b_high and b[0] <= a_high


_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")


def timex_window(value: str | None) -> Window | None:
    """Inclusive first and last day a TIMEX3 date value covers; None when it has no year.

    '2019-03-04' -> (Mar 4, Mar 4); '2019-03' -> (Mar 1, Mar 31); '2019' -> the year;
    '2019-W10' -> that ISO week; 'XXXX-02-09', 'P3D', 'PAST_REF' -> None."""
    if not value:
        return None
    try:
        if match := _DAY.match(value):
            day = date(*map(int, match.groups()))
            return (day, day)
        if match := _MONTH.match(value):
            year, month = map(int, match.groups())
            first = date(year, month, 1)
            return (first, (first + timedelta(days=32)).replace(day=1) - timedelta(days=1))
        if match := _WEEK.match(value):
            monday = date.fromisocalendar(int(match[1]), int(match[2]), 1)
            return (monday, monday + timedelta(days=6))
        if match := _YEAR.match(value):
            return (date(int(match[1]), 1, 1), date(int(match[1]), 12, 31))
    except ValueError:  # 2019-02-30 or week 60: not a real date, so no window
        return None
    return None


def window_relation(a: Window, a_dated: bool, b: Window, b_dated: bool) -> str:
    """'same', 'contains' (a holds b), 'within' (b holds a), 'as_of', 'unrelated', or
    'unknown' (a claim with neither date nor publication date).

    Undated claims are 'as_of' other undated claims published within SAME_ASOF_DAYS: the
    same moment for a level (people remaining), but not the same window for a flow, whose
    start is unknown ("dozens surrendered" and "thousands surrendered" may both be
    true). They are never nested with dated windows."""
    if None in (a[1], b[1]):
        return "unknown"
    if not a_dated and not b_dated:
        assert a[1] is not None and b[1] is not None
        return "as_of" if abs((a[1] - b[1]).days) <= SAME_ASOF_DAYS else "unrelated"
    if a_dated != b_dated or None in (a[0], b[0]):
        return "unrelated"
    if a == b:
        return "same"
    if _holds(a, b):
        return "contains"
    if _holds(b, a):
        return "within"
    return "unrelated"


def _holds(outer: Window, inner: Window) -> bool:
    assert None not in outer and None not in inner
    return outer[0] <= inner[0] and inner[1] <= outer[1]  # type: ignore[operator]


def disagreement(relation: str, stock: bool, a: Bounds, b: Bounds) -> str | None:
    """Why claims a and b cannot both be true, or None when they can (or can't be compared)."""
    if relation == "same" or (relation == "as_of" and stock):
        return None if intervals_overlap(a, b) else "same window, figures do not overlap"
    if stock:
        return None
    if relation == "contains" and a[1] is not None and b[0] > a[1]:
        return "figure for part of the window exceeds the figure for the whole"
    if relation == "within" and b[1] is not None and a[0] > b[1]:
        return "figure for part of the window exceeds the figure for the whole"
    return None


def agreement(relation: str, stock: bool, a: Bounds, b: Bounds) -> bool:
    """Whether a and b corroborate each other: overlapping figures for the same window, or,
    for a stock such as an area, as of the same day or for a claim whose time is unknown
    (the grouping already put it at this moment). Nested, unrelated or open-ended windows
    never corroborate."""
    if relation == "same" or (relation in {"as_of", "unknown"} and stock):
        return intervals_overlap(a, b)
    return False


def actor_clusters(actors: Sequence[str], related: Callable[[str, str], bool]) -> list[list[str]]:
    """Actors that may stand for each other: each joins the first cluster it is related to
    as a whole (so two units of one coalition never meet through the coalition)."""
    clusters: list[list[str]] = []
    for actor in actors:
        home = next((c for c in clusters if all(related(actor, other) for other in c)), None)
        if home is None:
            clusters.append([actor])
        else:
            home.append(actor)
    return clusters


def split_by_actor(items: Sequence[T], actor: Callable[[T], str | None],
                   related: Callable[[str, str], bool],
                   bounds: Callable[[T], Bounds]) -> list[tuple[str | None, list[T]]]:
    """(actor, claims) per cluster of related actors, the most named actor first.

    A claim that names no actor joins the only cluster there is; among several, the only
    one whose figures overlap its own; otherwise the unattributed claims stay together on
    their own (which actor they mean is unknown, and a guess could fake a dispute)."""
    named = Counter(a for a in map(actor, items) if a is not None)
    order = sorted(named, key=lambda a: (-named[a], a))
    clusters = actor_clusters(order, related)
    groups = [(c[0], [i for i in items if actor(i) in c]) for c in clusters]
    unnamed = [i for i in items if actor(i) is None]
    if len(groups) <= 1:
        return [(groups[0][0] if groups else None, list(items))] if items else []
    left = []
    for item in unnamed:
        fits = [n for n, (_, members) in enumerate(groups)
                if any(intervals_overlap(bounds(item), bounds(o)) for o in members
                       if actor(o) is not None)]
        if len(fits) == 1:
            groups[fits[0]][1].append(item)
        else:
            left.append(item)
    return groups + ([(None, left)] if left else [])


def bucket_by_asof(items: Sequence[T], asof: Callable[[T], date]) -> list[list[T]]:
    """Split items into buckets whose 'as of' dates lie within ASOF_BUCKET_DAYS of the
    bucket's first item (greedy over sorted dates, so a long run of daily reports never
    chains into one endless bucket)."""
    buckets: list[list[T]] = []
    first: date | None = None
    for item in sorted(items, key=asof):
        when = asof(item)
        if first is None or (when - first).days > ASOF_BUCKET_DAYS:
            buckets.append([])
            first = when
        buckets[-1].append(item)
    return buckets


def merge_nested(buckets: list[list[T]], window: Callable[[T], Window]) -> list[list[T]]:
    """For flows: a bucket whose claims all fall inside the dated window of a claim of
    another bucket joins that bucket, so "58,000 left since December" meets "3,000
    evacuated on March 4" and the part can be checked against the whole. Undated claims
    (no start) hold nothing; what they fall in is judged by their 'as of' date.

    Only windows longer than a day can hold another bucket (same-day windows already
    share one), tried in order of their start, so this stays near linear on long runs."""
    holders = sorted((start, end, i) for i, bucket in enumerate(buckets)
                     for start, end in map(window, bucket)
                     if start is not None and end is not None and start < end)
    owner = list(range(len(buckets)))

    def find(i: int) -> int:
        while owner[i] != i:
            owner[i] = owner[owner[i]]
            i = owner[i]
        return i

    for j, bucket in enumerate(buckets):
        span = _span(bucket, window)
        if span is None:
            continue
        for start, end, i in holders:
            if start > span[0]:
                break
            if span[1] <= end and find(i) != find(j):
                first, second = sorted((find(i), find(j)))
                owner[second] = first
    merged: dict[int, list[T]] = {}
    for j, bucket in enumerate(buckets):
        merged.setdefault(find(j), []).extend(bucket)
    return [merged[k] for k in sorted(merged) if merged[k]]


def _span(bucket: list[T], window: Callable[[T], Window]) -> tuple[date, date] | None:
    """First and last day a bucket's claims speak of (an undated claim: its 'as of' day)."""
    firsts, lasts = [], []
    for start, end in map(window, bucket):
        if end is None:
            return None
        firsts.append(start or end)
        lasts.append(end)
    return (min(firsts), max(lasts)) if lasts else None


def attach_unknown(buckets: list[list[T]], unknown: list[T]) -> list[list[T]]:
    """Claims with no window join the only bucket of their key; with several buckets it
    is ambiguous which moment they describe, so they form a bucket of their own."""
    if not unknown:
        return buckets
    if len(buckets) == 1:
        return [buckets[0] + unknown]
    return [*buckets, unknown]


def scope_bounds(bounds: Bounds, unit: str | None) -> Bounds:
    """Bounds on one scale for the scope check: extents in square metres. A length given
    as the size of an area ("an area of 600 m") may be the side of a square (L²) or a
    loosely written area (L), so it spans both."""
    dimension, scale = SI_SCALE.get(unit or "", ("", 1.0))
    low, high = bounds[0] * scale, None if bounds[1] is None else bounds[1] * scale
    if dimension == "length":
        return (low, None if high is None else max(high, high * high))
    return (low, high)


def split_by_scope(items: Sequence[T], bounds: Callable[[T], Bounds]) -> list[list[T]]:
    """Chains of figures within SCOPE_RATIO of each other (an open bound counts as its
    low end), in order of their lower bound; a wider gap starts a new group."""
    groups: list[list[T]] = []
    reach = 0.0
    for item in sorted(items, key=lambda i: bounds(i)[0]):
        low, high = bounds(item)
        if not groups or low > reach * SCOPE_RATIO:
            groups.append([])
        groups[-1].append(item)
        reach = max(reach, high if high is not None else low)
    return groups


def is_point_window(window: Window) -> bool:
    """Short enough to date a single event (a day, a week, a month)."""
    if None in window:
        return False
    return (window[1] - window[0]).days < POINT_EVENT_MAX_DAYS  # type: ignore[operator]
