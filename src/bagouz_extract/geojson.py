"""GeoJSON (RFC 7946) of the places in a set of fact sheets, with the facts tied to them.

One Point feature per place merged across sheets (see corpus.merge); places without
coordinates are left out, since GIS tools cannot draw them. Each feature lists the sources
that name it (by path, unique where ids are not) and the counts and actors the sheets
attach to it, with their evidence.
"""

from __future__ import annotations

from typing import Any

from .corpus.describe import figure_text
from .corpus.merge import merge_places
from .corpus.sources import keyed_sheets
from .models import FactSheet


def to_geojson(sheets: list[FactSheet]) -> dict[str, Any]:
    keyed = keyed_sheets(sheets)
    places, index = merge_places(keyed)
    facts: dict[str, list[dict[str, Any]]] = {p.id: [] for p in places}
    for key, sheet in keyed:
        for fact in _place_facts(key, sheet, index):
            facts[fact.pop("_place")].append(fact)
    features = []
    for place in places:
        if place.lat is None or place.lon is None:
            continue
        features.append({
            "type": "Feature", "id": place.id,
            "geometry": {"type": "Point", "coordinates": [place.lon, place.lat]},
            "properties": {
                "name": place.name, "aliases": place.aliases, "kind": place.kind,
                "country": place.country, "geonames_id": place.geonames_id,
                "sources": place.sources,
                "mentions": [{"source": r.source, "fact": r.fact, **e.model_dump()}
                             for r in place.refs for e in r.evidence],
                "facts": facts[place.id],
            },
        })
    return {"type": "FeatureCollection", "features": features}


def _place_facts(src: str, sheet: FactSheet,
                 index: dict[tuple[str, str], str]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for c in sheet.counts:
        if c.place and (src, c.place) in index:
            out.append({"_place": index[(src, c.place)], "type": "count", "source": src,
                        "id": c.id, "text": figure_text(c.low, c.high, c.qualifier, c.unit),
                        "low": c.low, "high": c.high, "qualifier": c.qualifier, "unit": c.unit,
                        "category": c.category, "event": c.event, "date": c.date,
                        "negated": c.negated, "evidence": _evidence(c.mentions)})
    for a in sheet.actors:
        if a.place and (src, a.place) in index:
            out.append({"_place": index[(src, a.place)], "type": "actor", "source": src,
                        "id": a.id, "text": a.name, "kind": a.kind,
                        "evidence": _evidence(a.mentions)})
    return out


def _evidence(mentions: list[Any]) -> list[dict[str, Any]]:
    return [{"text": m.text, "start": m.start, "end": m.end} for m in mentions]
