"""Build place facts from the bx_places spans: resolve, merge, mark the focus.

One PlaceFact per real place: mentions whose names resolve to the same gazetteer entry
merge (Baghuz, Baghouz, Al-Baghuz Fawqani), with every surface form in `aliases`. Names
the gazetteer cannot settle are kept with resolution "unresolved", never dropped.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from functools import lru_cache
from statistics import median
from typing import TYPE_CHECKING

from ..components.places import GAZETTEERS_KEY, SPAN_KEY, lexicon
from ..doc_cache import doc_ents
from ..gazetteer import Entry, Gazetteer, get_gazetteer
from ..gazetteer.resolve import (
    ArticleContext,
    Group,
    add_closeness,
    add_support,
    choose,
    one_country,
    unambiguous,
)
from ..models import PlaceFact
from ..normalizers.places import loose_key, place_key
from .context import Context, fact_id

if TYPE_CHECKING:
    from spacy.tokens import Span

# Countries whose place names are also common English personal names: there a PERSON
# entity is a place only after "in", "near", "from" ... ("Jackson said" is a man).
_ENGLISH_NAMING = frozenset({"US", "GB", "CA", "AU", "NZ", "IE"})
_STREETS = frozenset({"street", "road"})  # kinds never the article's focus over a town
_NEVER_NAMED_AFTER_A_TOWN = frozenset({"sea", "gulf", "ocean", "mountains", "mountain", "desert",
                                       "plain", "plains", "islands"})


def build_places(ctx: Context) -> list[PlaceFact]:
    spans = list(ctx.doc.spans[SPAN_KEY]) if SPAN_KEY in ctx.doc.spans else []
    if not spans:
        return []
    gaz = get_gazetteer(tuple(ctx.doc.user_data.get(GAZETTEERS_KEY, ())))
    groups, members = _group(spans, gaz, ctx)
    article = _context(groups, members, ctx)
    _resolve(groups, article, members)
    named_after = _named_after(groups, members, gaz, article)
    kept = {k: g for k, g in groups.items() if _keep(g, members[k], article)}
    facts = _facts(kept, members, ctx, named_after)
    _mark_focus(facts, len(ctx.text))
    for fact in facts:
        ctx.register("places", fact.id, fact.mentions)
        if fact.resolution != "unresolved":  # a name found in the gazetteer, not only by the model
            ctx.register("geocoded_places", fact.id, fact.mentions)
        # the state itself, not a constituent country (Scotland is a 'country' in GB too)
        if fact.kind == "country" and fact.country and fact.admin1 is None:
            ctx.country_places.setdefault(fact.country, fact.id)
        if _governs_itself(fact):
            ctx.governed_places[fact.id] = fact.name
    ctx.home_country = _home_country(facts)
    ctx.story_country = _story_country(facts, ctx.home_country)
    return facts


def _governs_itself(fact: PlaceFact) -> bool:
    """A first-level division (its own admin1: 'California', 'Zamfara State') or a region of
    a state outside its divisions ('Tigray', 'Kurdistan Region'): a place with a government of
    its own, which may act by its bare name. Not a city that is its own division."""
    if fact.resolution == "unresolved" or not fact.country or fact.kind not in _DIVISION_KINDS:
        return False
    return fact.admin1 == fact.name or (fact.kind == "region" and fact.admin1 is None)


# the kinds of first-level divisions in the gazetteers (data/gazetteer_admin1.json, GeoNames)
_DIVISION_KINDS = frozenset(
    {"state", "province", "region", "governorate", "oblast", "republic", "prefecture", "krai"}
    | {"department", "territory", "union territory", "autonomous region", "autonomous republic"}
    | {"autonomous oblast", "autonomous okrug", "federal entity"}
)


def _home_country(facts: list[PlaceFact]) -> str | None:
    """The dateline's country; else the one country all placed facts lie in, when the text
    names that country itself."""
    for fact in facts:
        if fact.country and any(m.rule == "dateline" for m in fact.mentions):
            return fact.country
    countries = {f.country for f in facts if f.country}
    named = {f.country for f in facts if f.kind == "country"}
    return next(iter(countries)) if len(countries) == 1 and countries == named else None


def _story_country(facts: list[PlaceFact], home: str | None) -> str | None:
    """The country the story is about: the one whose places it names most often, half as
    often again as the next one's (twice at least), or more often than the next one's when
    the story is filed from it."""
    by_country: Counter[str] = Counter()
    for fact in facts:
        if fact.country:
            by_country[fact.country] += len(fact.mentions)
    ranked = by_country.most_common(2)
    if not ranked:
        return None
    top, times = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    if top == home and times > runner_up:
        return top
    return top if times >= 2 and 2 * times >= 3 * runner_up else None


def _candidates(span: Span, gaz: Gazetteer, level: str | None = None
                ) -> tuple[list[Entry], bool]:
    found, loose = _named(span, gaz)
    if level == "county" and not any(e.level == "county" for e in found):
        # 'Jackson and Madison counties', 'Laurel county': the county is 'X County'.
        counties = [e for e in gaz.lookup(f"{span.text} County") if e.level == "county"]
        found, loose = (counties, False) if counties else (found, loose)
    if level == "feature":
        # A river or a valley is not the town named after it: unknown features stay
        # unresolved (and may borrow the town's point, see _named_after).
        found = [e for e in found if e.level in {"feature", "country", "admin1"}]
    return found, loose


def _named(span: Span, gaz: Gazetteer) -> tuple[list[Entry], bool]:
    # After a comma an AP abbreviation means the state ("Salina, Kan."), not a namesake town.
    if span.start > 0 and span.doc[span.start - 1].text == ",":
        for text in (span.text, f"{span.text}."):
            states = gaz.abbreviation(text)
            if states:
                return states, False
    # A demonym given as a place ('Egyptian' in a gold annotation, or a user's span)
    # names its country; the finder itself keeps demonyms out of places.
    demonyms = lexicon().demonyms
    code = demonyms.get(span.text) or demonyms.get(span.text.rstrip("s"))
    country = gaz.country(code) if code else None
    if country is not None:
        return [country], False
    if span.text.endswith(".") and span.text[0].isupper():
        # 'Pa.', 'Fla.', 'W.Va.': an AP abbreviation with its period is the state, not a
        # town in China or Norway that the letters spell.
        states = gaz.abbreviation(span.text)
        if states:
            return states, False
    found, loose = gaz.find(span.text)
    if not found and "." in span.text:  # "the S.C. Highway Patrol"
        return gaz.abbreviation(span.text), False
    return found, loose


def _hint_level(span: Span) -> str | None:
    hint = span.kb_id_
    return hint.split(":")[0] if hint and not hint.startswith("weak") else None


def _group(spans: list[Span], gaz: Gazetteer, ctx: Context
           ) -> tuple[dict[str, Group], dict[str, list[Span]]]:
    groups: dict[str, Group] = {}
    members: dict[str, list[Span]] = defaultdict(list)
    by_start = {span.start: span for span in spans}
    for span in spans:
        level = _hint_level(span)
        key = f"{loose_key(span.text) or place_key(span.text)}|{level or ''}"
        if key not in groups:
            # A street is unresolved by design: the gazetteer has towns, not streets.
            found, loose = ([], False) if level == "street" else _candidates(span, gaz, level)
            groups[key] = Group(key=key, candidates=found, loose=loose, weak=True)
        group = groups[key]
        group.weak = group.weak and span.kb_id_.startswith("weak")
        if level:
            group.hints.add(level)
        qualifier = _qualifier(span, by_start)
        if qualifier is not None:
            group.qualifiers.append(_candidates(qualifier, gaz)[0])
        members[key].append(span)
    return groups, members


def _qualifier(span: Span, by_start: dict[int, Span]) -> Span | None:
    """The place named right after a comma: 'Paris, Texas' qualifies Paris."""
    doc = span.doc
    if span.end + 1 < len(doc) and doc[span.end].text == ",":
        return by_start.get(span.end + 1)
    return None


def _context(groups: dict[str, Group], members: dict[str, list[Span]],
             ctx: Context) -> ArticleContext:
    article = ArticleContext()
    for key, group in groups.items():
        entry = None if group.weak else unambiguous(group)
        mentions = len(members[key])
        if entry is None:
            country = None if group.weak else one_country(group)
            if country:
                article.countries[country] += mentions
                article.own_countries[key] = (country, mentions)
            continue
        if entry.country:
            article.countries[entry.country] += mentions
            article.own_countries[key] = (entry.country, mentions)
        if entry.level == "admin1" and entry.admin1:
            article.admin1[(entry.country or "", entry.admin1)] += mentions
    demonyms = lexicon().demonyms
    for ent in doc_ents(ctx.doc):
        if ent.label_ == "NORP" and ent.text in demonyms:
            article.countries[demonyms[ent.text]] += 1
    return article


def _resolve(groups: dict[str, Group], article: ArticleContext, members: dict[str, list[Span]]) -> None:
    """Choose with what every name could mean, then again with what the others were chosen as.

    First pass: each name lends support to every division and area its candidates lie in
    (a unique name fully, a name with thirty namesakes a little). Second pass: only the
    choices of the first lend support, and the centre of the confidently placed names
    penalizes small namesakes far away from it.
    """
    for group in groups.values():
        if group.weak:
            # A name the model took for a person or an organisation is a place only in a
            # country the article names; an article that names none is read as English-
            # speaking local news ('Gainesville' three times in a Florida paper).
            home = set(article.countries) or _ENGLISH_NAMING
            at_home = [e for e in group.candidates if e.country in home]
            if not at_home and _after_preposition(members[group.key]) and not group.loose:
                # 'trained in Erbil' with no country named: a city of a million people after a
                # place preposition is that city, wherever the model's label put it
                at_home = [e for e in group.candidates if _world_city(e, group.key)]
            group.candidates = at_home
        add_support(article, group.key, group.candidates, 0.5 if group.weak else 1.0)
    add_closeness(article, {k: g.candidates for k, g in groups.items() if not g.weak})
    for group in groups.values():
        choose(group, article)
    article.admin1_support.clear()
    article.cell_support.clear()
    settled = []
    for group in groups.values():
        if group.choice is not None:
            sure = (group.confidence or 0.0) >= 0.7
            if sure:  # an unsure choice vouching for others only spreads its own mistake
                add_support(article, group.key, [group.choice], 1.0)
                if group.choice.country and not unambiguous(group):
                    article.country_votes[group.key] = group.choice.country
            if sure and group.choice.has_point and group.choice.level != "country":
                settled.append(group.choice)
    if settled:
        article.centre = (median(e.lat or 0.0 for e in settled),
                          median(e.lon or 0.0 for e in settled))
    for group in groups.values():
        choose(group, article)


def _named_after(groups: dict[str, Group], members: dict[str, list[Span]], gaz: Gazetteer,
                 article: ArticleContext) -> dict[str, Entry]:
    """'Naugatuck River', 'Canaan Valley', 'Jerome Township': a river, valley or township the
    gazetteer does not know gets the point of the town or state it shares its name with,
    settled in the article's context (a town is named after the river it stands on, a
    township after its town, far more often than not)."""
    near: dict[str, Entry] = {}
    for key, group in groups.items():
        span = members[key][0]
        if group.candidates or not group.hints or "street" in group.hints:
            continue
        if span[-1].lower_ in _NEVER_NAMED_AFTER_A_TOWN:
            continue  # the Red Sea, the Atlas Mountains: not named after a town 'Red', 'Atlas'
        cue = span[-1].lower_ in _cue_words() and len(span) > 1
        base = span[:-1].text if cue else span.text
        found, loose = gaz.find(base)
        found = [e for e in found if e.level in {"city", "admin1", "county"}]
        if not found or loose:
            continue
        probe = Group(key=f"{place_key(base)}|", candidates=found, qualifiers=group.qualifiers)
        choose(probe, article)
        if group.qualifiers and not probe.resolution.startswith("qualified"):
            continue  # 'Jerome Township, Ohio' is not by a Jerome in another state
        if probe.choice is not None and probe.choice.has_point:
            near[key] = probe.choice
    return near


@lru_cache(maxsize=1)
def _cue_words() -> frozenset[str]:
    return frozenset(words[-1] for words in lexicon().cues)


# a city this big is what its name means after 'in' or 'at', whatever country the text names
_WORLD_CITY = 1_000_000


def _world_city(entry: Entry, key: str) -> bool:
    """A city of a million people, named by its own name (not 'UF' for Ufa, not 'Cancun' an
    alternate spelling of Changchun)."""
    own = loose_key(entry.name) == key.split("|")[0]
    return own and entry.level == "city" and entry.population >= _WORLD_CITY


def _after_preposition(spans: list[Span]) -> bool:
    return any(s.kb_id_ == "weak:prep" for s in spans)


def _keep(group: Group, spans: list[Span], article: ArticleContext) -> bool:
    if not group.weak:
        return True
    entry = group.choice
    if entry is not None and entry.kind == "country" and not group.loose:
        return True  # a country the model took for a person or a team ("Egypt, which ...")
    if entry is None:
        return False
    if group.resolution.startswith("qualified"):
        return True  # 'Sioux Falls, S.D.': the state named after it vouches for the place
    if entry.level == "admin1":
        # 'Zamfara said' in a story that names Nigeria: the model's person is the state, in a
        # country named in the text (candidates were cut to those) whose divisions are seldom
        # people's names, as English-speaking ones are ('Georgia', 'Victoria', 'Washington')
        return bool(article.countries) and entry.country not in _ENGLISH_NAMING
    if entry.level not in {"city", "feature"}:
        return False
    by_preposition = _after_preposition(spans)
    if group.loose and not by_preposition and all(s.label_ == "ner-org-gazetteer" for s in spans):
        # 'Rally' is no Raleigh, 'OCHA' no Uchaux: a body's name whose spelling only folds to a
        # town's is the body
        return False
    # A town big enough to be what a local reader thinks of first ("Alexandria woman").
    # (Only with a country named: with none, 'Jackson said' is a man more often than not.)
    notable = entry.population >= 10_000 and len(spans[0]) == 1 and bool(article.countries)
    return by_preposition or notable or entry.country not in _ENGLISH_NAMING


def _facts(groups: dict[str, Group], members: dict[str, list[Span]],
           ctx: Context, named_after: dict[str, Entry]) -> list[PlaceFact]:
    buckets: dict[str, list[str]] = defaultdict(list)
    for key, group in groups.items():
        ref = group.choice.ref if group.choice else f"unresolved:{key.split('|')[0]}"
        buckets[ref].append(key)
    chosen = [g.choice for g in groups.values() if g.choice is not None]
    facts, used = [], set()
    for ref, keys in buckets.items():
        spans = sorted((s for k in keys for s in members[k]), key=lambda s: s.start_char)
        main = max((groups[k] for k in keys), key=lambda g: len(members[g.key]))
        fact = _fact(main, spans, chosen, ctx, named_after.get(main.key))
        if fact.id in used:
            fact.id = fact_id("place", f"{fact.name} {fact.country or ''} {ref}")
        used.add(fact.id)
        facts.append(fact)
    return sorted(facts, key=lambda f: f.mentions[0].start)


def _fact(group: Group, spans: list[Span], chosen: list[Entry], ctx: Context,
          near: Entry | None = None) -> PlaceFact:
    mentions = [ctx.mention(s.start_char, s.end_char, s.label_) for s in spans]
    aliases = list(dict.fromkeys(m.text for m in mentions))
    entry = group.choice
    if entry is None:
        name = Counter(m.text for m in mentions).most_common(1)[0][0]
        kind = next((s.kb_id_.split(":")[1] for s in spans if ":" in s.kb_id_
                     and not s.kb_id_.startswith("weak")), None)
        if near is not None:  # not in the gazetteer, but named after a place that is
            return PlaceFact(id=fact_id("place", f"{name} {near.country or ''}"), name=name,
                             aliases=aliases, kind=kind, country=near.country,
                             admin1=near.admin1, lat=near.lat, lon=near.lon,
                             resolution=f"named-after:{near.name}", confidence=0.3,
                             mentions=mentions)
        return PlaceFact(id=fact_id("place", name), name=name, aliases=aliases, kind=kind,
                         resolution="unresolved", mentions=mentions)
    lat, lon, resolution, confidence = entry.lat, entry.lon, group.resolution, group.confidence
    if not entry.has_point:
        near = _point_within(entry, chosen)
        if near is not None:
            lat, lon = near.lat, near.lon
            resolution = f"{resolution}+point-of:{near.name}"
            confidence = min(confidence or 0.5, 0.4)
    return PlaceFact(id=fact_id("place", f"{entry.name} {entry.country or ''}"), name=entry.name,
                     aliases=aliases, kind=entry.kind, country=entry.country, admin1=entry.admin1,
                     lat=lat, lon=lon, geonames_id=entry.geonames_id, resolution=resolution,
                     confidence=confidence, mentions=mentions)


def _point_within(entry: Entry, chosen: list[Entry]) -> Entry | None:
    """A county has no point in the package data: use a town the article places inside its state."""
    for other in chosen:
        if other.level == "city" and other.has_point and other.country == entry.country \
                and other.admin1 == entry.admin1:
            return other
    return None


def _mark_focus(facts: list[PlaceFact], text_length: int) -> None:
    """The most mentioned place(s) below country level; countries only if nothing finer."""
    if not facts:
        return
    broad = {"country", "continent"}
    finer = [f for f in facts if f.kind not in broad | _STREETS] \
        or [f for f in facts if f.kind not in _STREETS] or facts

    def weight(fact: PlaceFact) -> float:
        early = any(m.start < max(text_length // 5, 400) for m in fact.mentions)
        return len(fact.mentions) + (0.5 if early else 0.0)

    top = max(weight(f) for f in finer)
    for fact in finer:
        fact.focus = weight(fact) == top

