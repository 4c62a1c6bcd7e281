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
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from ..normalizers.places import loose_key, place_key
from .entry import Entry

NEARBY_KM = 250.0
CLOSE_WEIGHT = 1.5
CLOSE_CAP = 4.0


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
    # what each unambiguous name added to `countries` itself, by name: (country, mentions)
    own_countries: dict[str, tuple[str, int]] = field(default_factory=dict)
    admin1: Counter[tuple[str, str]] = field(default_factory=Counter)
    anchors: list[Entry] = field(default_factory=list)
    # What the article's names could mean, name by name: support[group key] maps a
    # (country, admin1) pair or a grid cell to the weight that name lends it. A candidate
    # is supported by the OTHER names of the article (a name cannot vouch for itself).
    admin1_support: dict[str, dict[tuple[str, str], float]] = field(default_factory=dict)
    cell_support: dict[str, dict[tuple[int, int], float]] = field(default_factory=dict)
    centre: tuple[float, float] | None = None  # of the places settled with confidence
    # Second pass: the country each confidently placed name was placed in, by name.
    country_votes: dict[str, str] = field(default_factory=dict)
    # closeness[key][ref]: how far from chance it is that a meaning of another name of the
    # article lies this close to candidate `ref` of name `key` (see add_closeness).
    closeness: dict[str, dict[str, float]] = field(default_factory=dict)
    # near[key] = (cell_support[key], its 3x3 neighbourhood maxima): made once per support.
    near: dict[str, tuple[dict[tuple[int, int], float], dict[tuple[int, int], float]]] = \
        field(default_factory=dict, repr=False, compare=False)


def distance_km(a: Entry, b: Entry) -> float:
    if not (a.has_point and b.has_point):
        return math.inf
    return _km(a.lat, a.lon, b.lat, b.lon)  # type: ignore[arg-type]


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (lat1, lon1, lat2, lon2))
    h = math.sin((lat2 - lat1) / 2) ** 2 + \
        math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))


# Bare names: a US state or a country before a town of that name ("Texas", "Georgia" in
# US news), a town before a division named after it ("Idlib", "al-Hasakah").
_LEVEL_PRIOR = {"country": 3.0, "admin1": 2.0, "feature": 1.5, "city": 0.0, "county": 0.5}
_CELL_DEG = 1.5  # grid cell for "near each other": about 100-170 km


def _prior(entry: Entry) -> float:
    level = _LEVEL_PRIOR[entry.level]
    if "seat-named" in entry.flags:
        level = -0.5
    if "capital" in entry.flags:
        level += 4.0  # a national capital is what a bare name means first ("Moscow")
    return level + 0.8 * math.log10(_population(entry) + 10)


# A first-level division the data gives no population ('Ontario', 'Bavaria') is still a
# big place: as likely a meaning of its name as a city of this size.
ADMIN1_POPULATION = 1_000_000


def _population(entry: Entry) -> int:
    if entry.population or entry.level != "admin1" or "seat-named" in entry.flags:
        return entry.population
    return ADMIN1_POPULATION


def cell(lat: float, lon: float) -> tuple[int, int]:
    return math.floor(lat / _CELL_DEG), math.floor(lon / _CELL_DEG)


def add_support(ctx: ArticleContext, key: str, candidates: list[Entry], weight: float) -> None:
    """Record what one name could mean, each meaning weighted by how likely it is on its own:
    'Chicago' lends Illinois nearly all its weight, 'Springfield' a little to many states."""
    scored = [(e, _prior(e)) for e in candidates if e.level != "country"]
    if not scored:
        return
    top = max(p for _, p in scored)
    likely = [(e, math.exp(p - top)) for e, p in scored]
    total = sum(w for _, w in likely)
    regions: dict[tuple[str, str], float] = defaultdict(float)
    cells: dict[tuple[int, int], float] = defaultdict(float)
    for entry, w in likely:
        share = weight * w / total
        if entry.admin1:
            regions[(entry.country or "", entry.admin1)] += share
        if entry.has_point and entry.level in {"city", "county", "feature"}:
            cells[cell(entry.lat, entry.lon)] += share  # type: ignore[arg-type]
    if regions:
        ctx.admin1_support[key] = dict(regions)
    if cells:
        ctx.cell_support[key] = dict(cells)


@dataclass
class _Others:
    """What the article's OTHER names say, from one name's side: the same for every
    candidate of that name, so made once per name and choice, not once per candidate."""

    regions: list[dict[tuple[str, str], float]]
    near: list[dict[tuple[int, int], float]]  # neighbourhood maxima, see _neighbourhood
    countries: Counter[str]
    country_total: int


def _others(own: str, ctx: ArticleContext) -> _Others:
    own = _base(own)
    counts = Counter(ctx.countries)
    for key, country in ctx.country_votes.items():
        if _base(key) != own:
            counts[country] += 1
    return _Others(regions=[s for k, s in ctx.admin1_support.items() if _base(k) != own],
                   near=[_neighbourhood(ctx, k) for k in ctx.cell_support if _base(k) != own],
                   countries=counts, country_total=sum(counts.values()))


def _neighbourhood(ctx: ArticleContext, key: str) -> dict[tuple[int, int], float]:
    """For each cell, the largest support of `key` in it and the 8 cells around it (0.0
    counted for cells without support): what a candidate in that cell gets from `key`."""
    cells = ctx.cell_support[key]
    made = ctx.near.get(key)
    if made is not None and made[0] is cells:
        return made[1]
    # Supports are shares of a positive weight (never below 0.0), so the 0.0 a cell without
    # support would add never wins: the running maximum is the answer.
    best: dict[tuple[int, int], float] = {}
    for (r, c), value in cells.items():
        for x in ((r + 1, c + 1), (r + 1, c), (r + 1, c - 1), (r, c + 1), (r, c),
                  (r, c - 1), (r - 1, c + 1), (r - 1, c), (r - 1, c - 1)):
            old = best.get(x)
            if old is None or value > old:
                best[x] = value
    ctx.near[key] = (cells, best)
    return best


def _support(entry: Entry, others: _Others) -> tuple[float, float]:
    """(same-division support, nearby support) that the article's other names lend `entry`."""
    region = (entry.country or "", entry.admin1 or "")
    same = sum(s.get(region, 0.0) for s in others.regions) \
        if entry.admin1 and entry.level != "country" else 0.0
    near = 0.0
    if entry.has_point and entry.level in {"city", "county", "feature"}:
        at = cell(entry.lat, entry.lon)  # type: ignore[arg-type]
        for best in others.near:
            near += best.get(at, 0.0)
    return same, near


# Chance that two ambiguous names have meanings within d km of each other, as if their
# meanings were scattered at random over the settled part of a large country: the
# closer the nearest pair of meanings, and the fewer meanings, the less it is chance.
_CLOSE_AREA_KM2 = 3.0e6
_CLOSE_MIN_KM = 10.0
_CLOSE_STATE_KM = 200.0
_CLOSE_MAX_VOUCHING = 40
_DOMINANT_GAP = 2.5
_CLOSE_LEVELS = frozenset({"city", "county", "feature"})


def add_closeness(ctx: ArticleContext, named: dict[str, list[Entry]]) -> None:
    """'Paris' and 'Henry County' in one article: Paris, Tennessee lies in Henry County,
    Tennessee; of twenty Parises and ten Henry Counties, that pair is too close to be chance.
    Each candidate gets, from every other name, -log10 of the chance that a meaning of that
    name falls as near to it as the nearest one does. Only names that are truly ambiguous
    vouch this way: 'Russia' means the country, not the village in Ohio near a Moscow."""
    points = {k: [e for e in c if e.has_point and e.level in _CLOSE_LEVELS]
              for k, c in named.items()}
    vouching = {k: v for k, v in points.items() if v and not _dominated(named[k])}
    if len(vouching) > _CLOSE_MAX_VOUCHING:  # bounded work on long articles: the most
        keep = sorted(vouching, key=lambda k: len(vouching[k]))[:_CLOSE_MAX_VOUCHING]  # specific
        vouching = {k: vouching[k] for k in keep}
    for key, candidates in named.items():
        mine = points[key] + [e for e in candidates if e.level == "admin1"]
        evidence: dict[str, float] = defaultdict(float)
        for other, theirs in vouching.items():
            if _base(other) == _base(key):
                continue
            pairs = len(mine) * len(theirs)
            for entry in mine:
                d = _nearest_km(entry, theirs)
                chance = pairs * math.pi * max(d, _CLOSE_MIN_KM) ** 2 / _CLOSE_AREA_KM2
                if chance < 1.0:
                    evidence[entry.ref] += -math.log10(chance)
        if evidence:
            ctx.closeness[key] = dict(evidence)


def _nearest_km(entry: Entry, others: list[Entry]) -> float:
    if entry.level == "admin1":  # a state holds a meaning of the other name: as if that near
        inside = any(e.country == entry.country and e.admin1 == entry.admin1 for e in others)
        return _CLOSE_STATE_KM if inside else math.inf
    # _fast_km written out: this loop runs over every pair of meanings of two names.
    lat, lon, rad, cos, hypot = entry.lat, entry.lon, math.radians, math.cos, math.hypot
    return min(6371.0 * hypot(rad(e.lon - lon) * cos(rad((lat + e.lat) / 2)), rad(e.lat - lat))  # type: ignore[operator]
               for e in others)


def _dominated(candidates: list[Entry]) -> bool:
    """A name one meaning of which is far likelier than the rest ('Russia', 'Chicago'). A
    division named after its seat ('Alexandria Governorate') does not make 'Alexandria' one."""
    if any(e.level == "country" or (e.level == "admin1" and "seat-named" not in e.flags) for e in candidates):
        return True
    priors = sorted((_prior(e) for e in candidates), reverse=True)
    return len(priors) > 1 and priors[0] - priors[1] >= _DOMINANT_GAP


def _fast_km(a: Entry, b: Entry) -> float:
    """Equirectangular distance: exact enough below a few hundred km, where it matters."""
    lat = math.radians((a.lat + b.lat) / 2)  # type: ignore[operator]
    dx = math.radians(b.lon - a.lon) * math.cos(lat)  # type: ignore[operator]
    dy = math.radians(b.lat - a.lat)  # type: ignore[operator]
    return 6371.0 * math.hypot(dx, dy)


def _base(key: str) -> str:
    """The name of a group key without its cue level: 'Indiana' and 'Indiana County' hinted
    as a county are one name and must not vouch for each other."""
    return key.split("|")[0]


def _qualified(entry: Entry, group: Group) -> bool:
    for named in group.qualifiers:
        for q in named:
            if q.level == "country" and q.country == entry.country and entry.level != "country":
                return True
            if q.level == "admin1" and q.country == entry.country and q.admin1 == entry.admin1 \
                    and entry.level not in {"country", "admin1"}:
                return True
    return False


def score(entry: Entry, group: Group, ctx: ArticleContext,
          others: _Others | None = None, own_city: bool | None = None) -> tuple[float, str]:
    """Score of one candidate and the strongest reason behind it (`own_city`: what
    _own_name_of_a_city says of the group, when the caller has asked it once already)."""
    others = others or _others(group.key, ctx)
    total, reason = _prior(entry), "prominence"
    if _qualified(entry, group):
        total, reason = total + 8.0, "qualified"
    share = _country_share(entry, others)
    if share:
        total += 1.0 + 3.0 * share
        reason = reason if reason == "qualified" else "context-country"
    same, near = _support(entry, others)
    if same:
        total += 3.5 * min(same, 1.5)
        reason = reason if reason == "qualified" else "context-admin1"
    if near:
        total += 2.0 * min(near, 1.5)
        reason = reason if reason in {"qualified", "context-admin1"} else "context-nearby"
    close = ctx.closeness.get(group.key, {}).get(entry.ref, 0.0)
    if close:
        total += CLOSE_WEIGHT * min(close, CLOSE_CAP)
        reason = reason if reason in {"qualified", "context-admin1"} else "context-nearby"
    total -= _remoteness(entry, ctx)
    if not _named_as(entry, group.key) and any(
            e.level == "country" and _named_as(e, group.key) for e in group.candidates):
        total -= 5.0  # 'Mexico' is the country, not Mexico City also called that
    elif not _named_as(entry, group.key):
        # Found only through an alternate name ("Moscow" for a town in Ohio once called
        # that, "New York" for New York City): fine for famous places, doubtful otherwise,
        # and doubtful for any where a city of note bears the name as its own ('Cancun' is
        # Cancún, not a spelling of Changchun)
        doubt = max(0.0, 5.0 - max(0.0, math.log10(entry.population + 10) - 5.0) * 4.0)
        if _own_name_of_a_city(group) if own_city is None else own_city:
            doubt = max(doubt, 2.0)
        total -= doubt
    if group.hints:
        total += 7.0 if entry.level in group.hints else -2.0
    if entry.source == "sup" or entry.source.startswith("user:"):
        total += 2.0  # curated records were added because the news uses them
    return total, reason


# a city this big that bears a name as its own outweighs a bigger city that only has it as an
# alternate spelling
_CITY_OF_NOTE = 100_000


def _own_name_of_a_city(group: Group) -> bool:
    """A city of note among the candidates bears the name as its own ('Cancún' for 'Cancun')."""
    return any(e.level == "city" and e.population >= _CITY_OF_NOTE and _named_as(e, group.key)
               for e in group.candidates)


def _country_share(entry: Entry, others: _Others) -> float:
    """Share of the article's country evidence for the entry's country (not counting the
    name's own vote once the names have been placed a first time)."""
    if not entry.country:
        return 0.0
    return others.countries[entry.country] / max(others.country_total, 1)


def _named_as(entry: Entry, key: str) -> bool:
    """Whether the entry's own name (not an alternate) is the name the article used."""
    if entry.source == "sup" or entry.source.startswith("user:") or entry.level == "admin1":
        return True
    mention = key.split("|")[0]
    return mention in _name_keys(entry.name)


@lru_cache(maxsize=1 << 16)
def _name_keys(name: str) -> tuple[str, str]:
    """(loose_key, place_key) of an entry's name: asked for every candidate at every choice."""
    return loose_key(name), place_key(name)


def _remoteness(entry: Entry, ctx: ArticleContext) -> float:
    """Small places far from where the article's settled places are: unlikely namesakes."""
    if ctx.centre is None or not entry.has_point or entry.level not in {"city", "county"}:
        return 0.0
    km = _km(entry.lat, entry.lon, *ctx.centre)  # type: ignore[arg-type]
    if km < 300:
        return 0.0
    fame = math.log10(entry.population + 10)
    return max(0.0, min(3.0, math.log10(km / 300) * 2.0) - max(0.0, fame - 5.0))


def choose(group: Group, ctx: ArticleContext) -> None:
    """Set group.choice / resolution / confidence (unresolved when nothing fits)."""
    if not group.candidates:
        group.choice, group.resolution, group.confidence = None, "unresolved", None
        return
    others = _others(group.key, ctx)
    own_city = _own_name_of_a_city(group)  # asked once, not once per candidate
    scored = sorted(((score(e, group, ctx, others, own_city), e) for e in group.candidates),
                    key=lambda item: (-item[0][0], item[1].rank, item[1].ref))
    (best, reason), entry = scored[0]
    if reason in ("prominence", "context-country") and _abroad(group, ctx):
        group.choice, group.resolution, group.confidence = None, "unresolved", None
        return
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


# an article whose other names give this many country votes says where it is
_SETTLED_COUNTRY_VOTES = 3
_SMALL_TOWN = 100_000


def _abroad(group: Group, ctx: ArticleContext) -> bool:
    """Every meaning of the name is a small town in a country nothing else in the article
    names, while the other place names settle the article elsewhere: 'Tawila' in a report on
    Darfur is a Sudanese town the gazetteer lacks, not the Yemeni town of that name. Such a
    name is left unresolved. (Only asked when nothing near or in its region supports one.)"""
    own_country, own = ctx.own_countries.get(group.key, (None, 0))
    others = Counter(ctx.countries)
    if own_country is not None:
        others[own_country] -= own
    # settled by other place names, not by demonyms alone ('an Irish pub' in a US town)
    named_elsewhere = sum(n for key, (_country, n) in ctx.own_countries.items() if key != group.key)
    if named_elsewhere < _SETTLED_COUNTRY_VOTES:
        return False
    return all(_small_town(e, group) and others[e.country or ""] <= 0 for e in group.candidates)


def _small_town(entry: Entry, group: Group) -> bool:
    """A town, not a city of note; a name matched only by its transliteration key ('Kuriga'
    for Khouribga) is doubtful whatever the size of the town it found."""
    small = entry.population < _SMALL_TOWN or group.loose
    return entry.level == "city" and small and not group.qualifiers


def one_country(group: Group) -> str | None:
    """The country every meaning of an ambiguous name lies in ('Henry County' is in ten
    states, all in the US): country evidence even when the place itself is not settled."""
    countries = {e.country for e in group.candidates}
    return countries.pop() if len(countries) == 1 else None


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
