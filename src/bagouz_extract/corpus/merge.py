"""Merge places and actors across sheets into corpus entities.

Merging rules (precision first: two different things must never become one):
- places: same GeoNames id, or same place id, or same normalized name in the same country;
  never merge two places whose GeoNames ids differ (`_UnionFind` refuses);
- actors: same actor id, or same normalized canonical name; an actor's affiliations (the
  sheets' `affiliation` links, followed up the chain) are kept for the grouping rules.
Ids are content-derived, so the same sheets always give the same corpus ids.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from typing import TypeVar

from ..models import ActorFact, PlaceFact
from .models import CorpusActor, CorpusPlace, FactRef
from .sources import Keyed

F = TypeVar("F", PlaceFact, ActorFact)
Index = dict[tuple[str, str], str]  # (source key, fact id) -> corpus id


def normalized_name(name: str) -> str:
    """'Al-Bagouz ' and 'al bagouz' meet; accents and punctuation do not separate names."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", " ", ascii_name.lower()).strip()


def place_keys(place: PlaceFact) -> list[str]:
    keys = [f"id:{place.id}", f"name:{normalized_name(place.name)}|{place.country or ''}"]
    if place.geonames_id is not None:
        keys.append(f"gn:{place.geonames_id}")
    return keys


def actor_keys(actor: ActorFact) -> list[str]:
    return [f"id:{actor.id}", f"name:{normalized_name(actor.name)}"]


class _UnionFind:
    """Components of facts; a component may carry one label (a GeoNames id) and two
    components with different labels are never joined."""

    def __init__(self, labels: list[int | None]) -> None:
        self.parent = list(range(len(labels)))
        self.label = list(labels)

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        a, b = self.find(i), self.find(j)
        if a == b:
            return
        if None not in (self.label[a], self.label[b]) and self.label[a] != self.label[b]:
            return
        low, high = min(a, b), max(a, b)
        self.parent[high] = low
        self.label[low] = self.label[low] if self.label[low] is not None else self.label[high]


def _components(facts: list[tuple[str, F]], keys: Callable[[F], Iterable[str]],
                labels: list[int | None]) -> list[list[tuple[str, F]]]:
    sets = _UnionFind(labels)
    first_with: dict[str, int] = {}
    for i, (_, fact) in enumerate(facts):
        for key in keys(fact):
            sets.union(i, first_with.setdefault(key, i))
    groups: dict[int, list[tuple[str, F]]] = {}
    for i, item in enumerate(facts):
        groups.setdefault(sets.find(i), []).append(item)
    return list(groups.values())


def _most_common(values: Iterable[str | None]) -> str | None:
    counted = Counter(v for v in values if v)
    if not counted:
        return None
    return min(counted, key=lambda v: (-counted[v], v))


def _refs(members: Sequence[tuple[str, PlaceFact | ActorFact]]) -> list[FactRef]:
    # One mention per fact is enough to find it; the sheet holds the rest.
    return sorted((FactRef(source=src, fact=f.id, evidence=f.mentions[:1]) for src, f in members),
                  key=lambda r: (r.source, r.fact))


def _aliases(members: Sequence[tuple[str, PlaceFact | ActorFact]], name: str) -> list[str]:
    names: set[str] = set()
    for _, fact in members:
        names.update([fact.name, *fact.aliases])
    return sorted(names - {name})


def merge_places(sheets: Keyed) -> tuple[list[CorpusPlace], Index]:
    facts = [(key, p) for key, s in sheets for p in s.places]
    labels: list[int | None] = [p.geonames_id for _, p in facts]
    places, index = [], {}
    for members in _components(facts, place_keys, labels):
        place = _corpus_place(members)
        places.append(place)
        index.update({(src, f.id): place.id for src, f in members})
    return sorted(places, key=lambda p: p.id), index


def _corpus_place(members: list[tuple[str, PlaceFact]]) -> CorpusPlace:
    located = [f for _, f in members if f.lat is not None and f.lon is not None]
    best = min(located or [f for _, f in members], key=lambda f: (f.geonames_id is None, f.id))
    name = _most_common(f.name for _, f in members) or best.name
    gid = best.geonames_id
    return CorpusPlace(
        id=f"geonames:{gid}" if gid is not None else min(f.id for _, f in members),
        name=name, aliases=_aliases(members, name),
        kind=_most_common(f.kind for _, f in members), country=best.country,
        lat=best.lat, lon=best.lon, geonames_id=gid,
        sources=sorted({src for src, _ in members}), refs=_refs(members))


def merge_actors(sheets: Keyed) -> tuple[list[CorpusActor], Index]:
    facts = [(key, a) for key, s in sheets for a in s.actors]
    actors, index = [], {}
    for members in _components(facts, actor_keys, [None] * len(facts)):
        name = _most_common(f.name for _, f in members) or members[0][1].name
        actor = CorpusActor(
            id=_most_common(f.id for _, f in members) or members[0][1].id,
            name=name, aliases=_aliases(members, name),
            kind=_most_common(f.kind for _, f in members),
            sources=sorted({src for src, _ in members}), refs=_refs(members))
        actors.append(actor)
        index.update({(src, f.id): actor.id for src, f in members})
    parents = _parents(facts, index)
    for actor in actors:
        actor.affiliations = sorted(_ancestors(actor.id, parents))
    return sorted(actors, key=lambda a: a.id), index


def _parents(facts: list[tuple[str, ActorFact]], index: Index) -> dict[str, set[str]]:
    """Corpus actor id -> the corpus actors any sheet says it belongs to."""
    parents: dict[str, set[str]] = {}
    for src, fact in facts:
        parent = index.get((src, fact.affiliation)) if fact.affiliation else None
        if parent is not None and parent != index[(src, fact.id)]:
            parents.setdefault(index[(src, fact.id)], set()).add(parent)
    return parents


def _ancestors(actor: str, parents: dict[str, set[str]]) -> set[str]:
    found: set[str] = set()
    todo = list(parents.get(actor, ()))
    while todo:  # sheets may disagree into a cycle: `found` stops it
        parent = todo.pop()
        if parent not in found and parent != actor:
            found.add(parent)
            todo.extend(parents.get(parent, ()))
    return found
