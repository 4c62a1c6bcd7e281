"""build_corpus(sheets) -> CorpusTable: one fact table across many fact sheets.

The rules that decide what belongs together live in grouping.py (claims) and merge.py
(places, actors); this module only walks the sheets and assembles the models.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from itertools import combinations
from typing import TypeVar

from ..models import CountFact, DateFact, FactSheet
from ..reconcile.context import slug
from . import grouping as g
from .describe import figure_text
from .merge import Index, merge_actors, merge_places
from .models import (
    Claim,
    ClaimGroup,
    CorpusSource,
    CorpusTable,
    DatedReport,
    EventDateGroup,
    Window,
)
from .sources import keyed_sheets, source_labels

# (category family, event family, place, unit family, rate, alone, actor): `alone` is the
# count's own id for counts that must not be grouped with anything (see
# grouping.needs_event); `actor` is filled in by grouping.split_by_actor.
Key = tuple[str, str | None, str | None, str | None, str | None, str | None, str | None]


@dataclass
class _Pending:
    """A claim with what grouping needs that the output model does not carry."""

    key: Key
    claim: Claim
    bounds: g.Bounds
    window: g.Window
    dated: bool


@dataclass
class _Corpus:
    """What the grouping needs to know about the merged entities."""

    names: dict[str, str]
    labels: dict[str, str]  # source key -> what people read (the id)
    affiliations: dict[str, set[str]]

    def related(self, a: str, b: str) -> bool:
        """The same actor, or one part of the other: they may report the same deed."""
        return (a == b or a in self.affiliations.get(b, set())
                or b in self.affiliations.get(a, set()))


def build_corpus(sheets: list[FactSheet]) -> CorpusTable:
    keyed = keyed_sheets(sheets)
    places, place_index = merge_places(keyed)
    actors, actor_index = merge_actors(keyed)
    corpus = _Corpus(names={p.id: p.name for p in places} | {a.id: a.name for a in actors},
                     labels=source_labels((k, s.source.id) for k, s in keyed),
                     affiliations={a.id: set(a.affiliations) for a in actors})
    pending = [p for key, s in keyed
               for p in _sheet_claims(key, s, place_index, actor_index, corpus.names)]
    by_key = _by_key(pending, corpus)
    return CorpusTable(
        sources=[_source_row(k, s) for k, s in keyed], places=places, actors=actors,
        claims=_unique_ids(_claim_groups(by_key, corpus)),
        event_dates=_unique_ids(_event_date_groups(by_key, corpus)))


def _by_key(pending: list[_Pending], corpus: _Corpus) -> dict[Key, list[_Pending]]:
    """Claims by key, the key completed with the acting actor (grouping.split_by_actor)."""
    by_key: dict[Key, list[_Pending]] = {}
    for item in pending:
        by_key.setdefault(item.key, []).append(item)
    out: dict[Key, list[_Pending]] = {}
    for key, items in by_key.items():
        for actor, members in g.split_by_actor(items, lambda p: p.claim.actor, corpus.related,
                                               lambda p: p.bounds):
            out[(*key[:6], actor)] = members
    return out


G = TypeVar("G", ClaimGroup, EventDateGroup)


def _unique_ids(groups: list[G]) -> list[G]:
    """Slugs of different keys can coincide; number repeats in (deterministic) order."""
    seen: dict[str, int] = {}
    for group in groups:
        seen[group.id] = seen.get(group.id, 0) + 1
        if seen[group.id] > 1:
            group.id = f"{group.id}-{seen[group.id]}"
    return groups


def _source_row(key: str, sheet: FactSheet) -> CorpusSource:
    src = sheet.source
    return CorpusSource(key=key, id=src.id, path=src.path, title=src.title, outlet=src.outlet,
                        published=src.published, dates=len(sheet.dates), places=len(sheet.places),
                        actors=len(sheet.actors), counts=len(sheet.counts),
                        quotes=len(sheet.quotes), warnings=len(sheet.warnings))


def claim_place(key: str, sheet: FactSheet, count: CountFact, places: Index) -> str | None:
    """The count's own place, else the article's focus place: an unplaced "7,000 left" in
    an article about one town is about that town, and two articles about different towns
    must not pool their unplaced counts."""
    if count.place is not None and (key, count.place) in places:
        return places[(key, count.place)]
    focus = sorted(p.id for p in sheet.places if p.focus)
    return places.get((key, focus[0])) if len(focus) == 1 else None


def count_window(count: CountFact, dates: dict[str, DateFact],
                 published: date | None) -> tuple[g.Window, str]:
    """The window a count is about and its basis: its date, else as of publication."""
    fact = dates.get(count.date) if count.date else None
    window = _date_window(fact, published) if fact is not None else None
    if window is not None:
        return window, "date"
    return ((None, published), "published") if published else ((None, None), "unknown")


def _date_window(fact: DateFact, published: date | None) -> g.Window | None:
    if fact.range is not None and (fact.range.start or fact.range.end):
        start = g.timex_window(fact.range.start)
        end = g.timex_window(fact.range.end)
        last = end[1] if end else published  # "since Sunday": up to the publication date
        if start is None or last is None:
            return None
        return (start[0], last)
    return g.timex_window(fact.value) if fact.type == "DATE" else None


def _sheet_claims(key: str, sheet: FactSheet, places: Index, actors: Index,
                  names: dict[str, str]) -> list[_Pending]:
    src = sheet.source
    published = _iso(src.published)
    dates = {d.id: d for d in sheet.dates}
    out = []
    for count in sheet.counts:
        family = g.category_family(count.category)
        bounds = g.claim_bounds(count.low, count.high, count.qualifier, count.approximate)
        if family is None or bounds is None:
            continue
        window, basis = count_window(count, dates, published)
        claimant = actors.get((key, count.claimant)) if count.claimant else None
        actor = actors.get((key, count.actor)) if count.actor else None
        claim = Claim(
            source=key, count=count.id, low=count.low, high=count.high,
            qualifier=count.qualifier, approximate=count.approximate, unit=count.unit,
            counted=count.counted, category=count.category, event=count.event,
            bounds_low=bounds[0], bounds_high=bounds[1],
            window=Window(start=_text(window[0]), end=_text(window[1]), basis=basis),  # type: ignore[arg-type]
            date=dates[count.date].value if count.date in dates else None,
            claimant=claimant, claimant_name=names.get(claimant or ""),
            actor=actor, actor_name=names.get(actor or ""),
            negated=count.negated, hedged=count.hedged, evidence=count.mentions)
        event = g.key_event(family, count.event)
        alone = f"{key}/{count.id}" if event is None and g.needs_event(family) else None
        group_key = (family, event, claim_place(key, sheet, count, places),
                     g.unit_family(count.unit), count.rate, alone, None)
        out.append(_Pending(group_key, claim, bounds, window, basis == "date"))
    return out


def _claim_groups(by_key: dict[Key, list[_Pending]], corpus: _Corpus) -> list[ClaimGroup]:
    groups: list[ClaimGroup] = []
    for key in sorted(by_key, key=_key_text):
        items = by_key[key]
        known = [p for p in items if p.window[1] is not None]
        unknown = [p for p in items if p.window[1] is None]
        buckets = g.bucket_by_asof(known, _asof)
        if not g.is_stock(key[0], key[1]):
            buckets = g.merge_nested(buckets, lambda p: p.window)
        buckets = g.attach_unknown(buckets, unknown)
        for bucket in buckets:
            groups.extend(_group(key, part, corpus)
                          for part in g.split_by_scope(bucket, _scope))
    return groups


def _scope(item: _Pending) -> g.Bounds:
    return g.scope_bounds(item.bounds, item.claim.unit)


def _asof(item: _Pending) -> date:
    assert item.window[1] is not None
    return item.window[1]


def _group(key: Key, items: list[_Pending], corpus: _Corpus) -> ClaimGroup:
    category, event, place, key_unit, rate, alone, actor = key
    names = corpus.names
    items = sorted(items, key=lambda p: (p.claim.source, p.claim.count))
    if all(p.claim.actor is None for p in items):  # a scope split left only unattributed
        actor = None
    units = sorted({p.claim.unit or "" for p in items})
    unit = _main_unit(items)
    starts = [p.window[0] for p in items if p.window[0] is not None]
    ends = [p.window[1] for p in items if p.window[1] is not None]
    window = Window(start=_text(min(starts)) if starts else None,
                    end=_text(max(ends)) if ends else None,
                    basis="date" if any(p.dated for p in items) else
                    ("published" if ends else "unknown"))
    stock = g.is_stock(category, event)
    reasons = _disagreements(items, stock, corpus.labels)
    conservative, high = _figures([p for p in items if p.claim.unit == unit])
    sources = sorted({p.claim.source for p in items})
    id_parts = [category, event, actor, place, key_unit, rate, alone,
                _text(min(ends)) if ends else "undated"]
    return ClaimGroup(
        id=f"claim-{slug('-'.join(filter(None, id_parts)))}",
        category=category, event=event, place=place, place_name=names.get(place or ""),
        actor=actor, actor_name=names.get(actor or ""), unit=unit,
        units=[u for u in units if u], window=window, sources=sources,
        claims=[p.claim for p in items],
        conservative=conservative, high=high, contested=bool(reasons), reasons=reasons,
        corroborated=not reasons and _corroborated(items, stock))


def _main_unit(items: list[_Pending]) -> str | None:
    """The unit most claims use (ties: alphabetical); figures are given in it."""
    counted = Counter(p.claim.unit for p in items if not p.claim.negated)
    if not counted:
        return items[0].claim.unit
    return min(counted, key=lambda u: (-counted[u], u or ""))


def _comparable(items: list[_Pending], *,
                loose: bool = False) -> list[tuple[_Pending, _Pending]]:
    """Pairs of credible claims by different sources in the same unit (one source's
    repeated or partial figures are not a dispute; 600 m and 600 m² are not comparable).
    `loose` also pairs a length with its square (grouping.square_pair), for agreement."""
    credible = [p for p in items if not p.claim.negated]
    return [(a, b) for a, b in combinations(credible, 2)
            if a.claim.source != b.claim.source and (
                a.claim.unit == b.claim.unit
                or (loose and g.square_pair(a.claim.unit, b.claim.unit)))]


def _disagreements(items: list[_Pending], stock: bool, labels: dict[str, str]) -> list[str]:
    reasons = []
    for a, b in _comparable(items):
        relation = g.window_relation(a.window, a.dated, b.window, b.dated)
        why = g.disagreement(relation, stock, a.bounds, b.bounds)
        if why:
            reasons.append(f"{labels[a.claim.source]} says {_said(a.claim)}, "
                           f"{labels[b.claim.source]} says {_said(b.claim)}: {why}")
    return reasons


def _corroborated(items: list[_Pending], stock: bool) -> bool:
    return any(g.agreement(g.window_relation(a.window, a.dated, b.window, b.dated), stock,
                           a.bounds, b.bounds) for a, b in _comparable(items, loose=True))


def _said(claim: Claim) -> str:
    return figure_text(claim.low, claim.high, claim.qualifier, claim.unit)


def _figures(items: list[_Pending]) -> tuple[float | None, float | None]:
    """Conservative = lowest stated lower figure, high = highest stated figure, over the
    credible claims: not negated, and vague ones ("thousands") only when nothing firmer."""
    credible = [p.claim for p in items if not p.claim.negated]
    firm = [c for c in credible if c.qualifier != "vague"] or credible
    lows = [c.low for c in firm if c.low is not None and c.qualifier not in {"less_than", "up_to"}]
    highs = [c.high if c.high is not None else c.low for c in firm]
    known_highs = [h for h in highs if h is not None]
    return (min(lows) if lows else None, max(known_highs) if known_highs else None)


def _event_date_groups(by_key: dict[Key, list[_Pending]],
                       corpus: _Corpus) -> list[EventDateGroup]:
    """Same key and overlapping figures for a short window: the same event; compare dates."""
    groups = []
    for key in sorted(by_key, key=_key_text):
        if key[1] is None or g.is_stock(key[0], key[1]):
            continue
        candidates = [p for p in by_key[key] if p.dated and g.is_point_window(p.window)
                      and not p.claim.negated and p.claim.qualifier != "vague"]
        # "400 captured" on March 5 and on March 7 may be one capture dated two ways;
        # in 2017 and in 2019 they are two captures: only dates within two weeks are compared.
        for figures in _figure_clusters(candidates):
            for cluster in g.bucket_by_asof(figures, _asof):
                if len({p.claim.source for p in cluster}) > 1:
                    groups.append(_event_group(key, cluster, corpus))
    return groups


def _figure_clusters(items: list[_Pending]) -> list[list[_Pending]]:
    """Chains of claims whose figure intervals overlap, in order of their lower bound."""
    clusters: list[list[_Pending]] = []
    reach = float("-inf")
    for item in sorted(items, key=lambda p: (p.bounds[0], p.claim.source, p.claim.count)):
        if not clusters or item.bounds[0] > reach:
            clusters.append([])
            reach = float("-inf")
        clusters[-1].append(item)
        reach = max(reach, float("inf") if item.bounds[1] is None else item.bounds[1])
    return clusters


def _event_group(key: Key, cluster: list[_Pending], corpus: _Corpus) -> EventDateGroup:
    category, event, place, _, _, _, actor = key
    assert event is not None
    names, labels = corpus.names, corpus.labels
    reports = [DatedReport(source=p.claim.source, fact=p.claim.count, value=p.claim.date or "",
                           window=p.claim.window, evidence=p.claim.evidence[:1]) for p in cluster]
    reasons = [f"{labels[a.claim.source]} dates it {a.claim.date}, "
               f"{labels[b.claim.source]} dates it "
               f"{b.claim.date}: the dates do not overlap"
               for a, b in combinations(cluster, 2)
               if a.claim.source != b.claim.source and g.window_relation(
                   a.window, True, b.window, True) == "unrelated" and _disjoint(a.window, b.window)]
    low = format(min(p.bounds[0] for p in cluster), "g")
    first = _text(min(_asof(p) for p in cluster))
    return EventDateGroup(
        id=f"event-{slug('-'.join(filter(None, [event, category, actor, place, low, first])))}",
        event=event, category=category, place=place, place_name=names.get(place or ""),
        actor=actor, actor_name=names.get(actor or ""),
        sources=sorted({p.claim.source for p in cluster}),
        reports=sorted(reports, key=lambda r: (r.source, r.fact)),
        contested=bool(reasons), reasons=reasons)


def _disjoint(a: g.Window, b: g.Window) -> bool:
    return a[1] < b[0] or b[1] < a[0]  # type: ignore[operator]


def _key_text(key: Key) -> str:
    return "|".join(part or "" for part in key)


def _iso(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _text(value: date | None) -> str | None:
    return value.isoformat() if value else None
