"""Disambiguation: pick one gazetteer entry per place name using the article's context.

Pure: input is the names an article mentions with their candidate entries; output is a
choice, a confidence and the reason (`resolution`). Order of evidence:
1. a qualifier in the text ("Paris, Texas", "Charleston, W.Va.");
2. the article's other places and countries (named countries, demonyms, resolved
   states and provinces, places within a few hundred km of places already settled);
3. the kind the text implies ("Idlib province" is the province, not the city);
4. feature class and population (countries before states before towns; bigger first).
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field

from .entry import Entry

NEARBY_KM = 250.0


@dataclass
class Group:
    """All mentions of one name in one article, and what the gazetteer offers for it."""

    key: str
    candidates: list[Entry]
    hints: set[str] = field(default_factory=set)  # levels implied by cue words
    qualifiers: list[list[Entry]] = field(default_factory=list)  # entries named after a comma
    weak: bool = False  # only PERSON/ORG entities: needs context to be a place
    loose: bool = False  # matched only by the transliteration-tolerant key
    choice: Entry | None = None
    resolution: str = "unresolved"
    confidence: float | None = None


@dataclass
class ArticleContext:
    countries: Counter[str] = field(default_factory=Counter)
    admin1: Counter[tuple[str, str]] = field(default_factory=Counter)
    anchors: list[Entry] = field(default_factory=list)


def distance_km(a: Entry, b: Entry) -> float:
    if not (a.has_point and b.has_point):
        return math.inf
    lat1, lon1, lat2, lon2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))  # type: ignore[arg-type]
    h = math.sin((lat2 - lat1) / 2) ** 2 + \
        math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))


_LEVEL_PRIOR = {"country": 3.0, "admin1": 2.0, "feature": 1.5, "city": 0.0, "county": 0.5}


def _prior(entry: Entry) -> float:
    return _LEVEL_PRIOR[entry.level] + 0.35 * math.log10(entry.population + 10)


def _qualified(entry: Entry, group: Group) -> bool:
    for named in group.qualifiers:
        for q in named:
            if q.level == "country" and q.country == entry.country and entry.level != "country":
                return True
            if q.level == "admin1" and q.country == entry.country and q.admin1 == entry.admin1 \
                    and entry.level not in {"country", "admin1"}:
                return True
    return False


def score(entry: Entry, group: Group, ctx: ArticleContext) -> tuple[float, str]:
    """Score of one candidate and the strongest reason behind it."""
    total, reason = _prior(entry), "prominence"
    if _qualified(entry, group):
        total, reason = total + 6.0, "qualified"
    if entry.country and ctx.countries.get(entry.country):
        share = ctx.countries[entry.country] / max(sum(ctx.countries.values()), 1)
        total += 2.0 + 2.0 * share
        reason = reason if reason == "qualified" else "context-country"
    in_state = ctx.admin1.get((entry.country or "", entry.admin1 or ""))
    if entry.admin1 and in_state and entry.level != "admin1":
        total += 2.5
        reason = reason if reason == "qualified" else "context-admin1"
    if entry.level in {"city", "feature", "county"} and any(
            distance_km(entry, a) < NEARBY_KM for a in ctx.anchors if a.level != "country"):
        total += 2.0
        reason = reason if reason in {"qualified", "context-admin1"} else "context-nearby"
    if group.hints:
        total += 3.5 if entry.level in group.hints else -1.5
    if entry.source == "sup" or entry.source.startswith("user:"):
        total += 2.0  # curated records were added because the news uses them
    return total, reason


def choose(group: Group, ctx: ArticleContext) -> None:
    """Set group.choice / resolution / confidence (unresolved when nothing fits)."""
    if not group.candidates:
        group.choice, group.resolution, group.confidence = None, "unresolved", None
        return
    scored = sorted(((score(e, group, ctx), e) for e in group.candidates),
                    key=lambda item: (-item[0][0], item[1].rank, item[1].ref))
    (best, reason), entry = scored[0]
    runner_up = scored[1][0][0] if len(scored) > 1 else None
    if len(scored) == 1:
        reason = "only-candidate" if reason == "prominence" else reason
        margin = 3.0
    else:
        margin = best - (runner_up or 0.0)
    confidence = 0.5 + 0.45 * math.tanh(margin / 2)
    if group.loose:
        confidence -= 0.1
        reason = f"{reason}+transliteration"
    if entry.source == "sup":
        reason = f"{reason}+supplement"
    elif entry.source.startswith("user:"):
        reason = f"{reason}+user-gazetteer"
    group.choice, group.resolution, group.confidence = entry, reason, round(confidence, 2)


def unambiguous(group: Group) -> Entry | None:
    """An entry that needs no context: the only candidate, or a country/state by that name."""
    if len(group.candidates) == 1:
        return group.candidates[0]
    broad = [e for e in group.candidates if e.level in {"country", "admin1"}]
    if len(broad) == 1 and not group.hints - {"country", "admin1"}:
        top = broad[0]
        if all(_prior(top) >= _prior(e) for e in group.candidates):
            return top
    return None
