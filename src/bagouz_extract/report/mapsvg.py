"""A map of the places with coordinates, drawn by hand as inline SVG (no tiles, no network).

Equirectangular projection around the places' bounding box with longitude scaled by the
cosine of the middle latitude, so distances look right at the latitudes shown; a labelled
graticule gives the coordinates. Dot size grows with the number of sources naming a place.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from ..corpus.models import CorpusPlace
from .article import esc

WIDTH, HEIGHT, PAD = 960, 440, 50
STEPS = (0.1, 0.25, 0.5, 1, 2, 5, 10, 20, 30, 60)
MIN_SPAN = 1.0  # degrees: one place alone still gets a readable neighbourhood


def _bounds(places: list[CorpusPlace]) -> tuple[float, float, float, float]:
    lats = [p.lat for p in places if p.lat is not None]
    lons = [p.lon for p in places if p.lon is not None]
    south, north, west, east = min(lats), max(lats), min(lons), max(lons)
    grow_lat = max(MIN_SPAN - (north - south), (north - south) * 0.15) / 2
    grow_lon = max(MIN_SPAN - (east - west), (east - west) * 0.15) / 2
    return (max(south - grow_lat, -85), min(north + grow_lat, 85),
            max(west - grow_lon, -180), min(east + grow_lon, 180))


def _step(span: float) -> float:
    return next((s for s in STEPS if span / s <= 8), STEPS[-1])


def render_map(places: list[CorpusPlace]) -> str:
    located = [p for p in places if p.lat is not None and p.lon is not None]
    missing = len(places) - len(located)
    note = (f'<p class="muted">{missing} places have no coordinates and are not drawn.</p>'
            if missing else "")
    if not located:
        return '<p class="muted">No place with coordinates.</p>' + note
    south, north, west, east = _bounds(located)
    squeeze = math.cos(math.radians((south + north) / 2))
    scale = min((WIDTH - 2 * PAD) / ((east - west) * squeeze), (HEIGHT - 2 * PAD) / (north - south))
    left = (WIDTH - (east - west) * squeeze * scale) / 2
    top = (HEIGHT - (north - south) * scale) / 2

    def xy(lat: float, lon: float) -> tuple[float, float]:
        return left + (lon - west) * squeeze * scale, top + (north - lat) * scale

    parts = [f'<svg class="map" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
             f'aria-label="map of places" xmlns="http://www.w3.org/2000/svg">'
             f'<rect class="sea" x="0" y="0" width="{WIDTH}" height="{HEIGHT}"/>']
    # The grid covers the whole canvas, not only the places' box, so no corner is blank.
    unit = squeeze * scale
    parts += _graticule(north - (HEIGHT - top) / scale, north + top / scale,
                        west - left / unit, west + (WIDTH - left) / unit, xy)
    for place in sorted(located, key=lambda p: (len(p.sources), p.id)):
        assert place.lat is not None and place.lon is not None
        x, y = xy(place.lat, place.lon)
        radius = 5 + 2 * min(len(place.sources), 6)
        title = f"{place.name} ({place.lat:.4f}, {place.lon:.4f}) — {', '.join(place.sources)}"
        parts.append(f'<g class="place"><circle cx="{x:.1f}" cy="{y:.1f}" r="{radius}">'
                     f"<title>{esc(title)}</title></circle>"
                     f'<text x="{x + radius + 3:.1f}" y="{y + 4:.1f}">{esc(place.name)}</text></g>')
    parts.append("</svg>")
    return "".join(parts) + note


def _graticule(south: float, north: float, west: float, east: float,
               xy: Callable[[float, float], tuple[float, float]]) -> list[str]:
    step = _step(max(north - south, east - west))
    lines = []
    lat = math.ceil(south / step) * step
    while lat <= north:
        (x1, y), (x2, _) = xy(lat, west), xy(lat, east)
        label = f'{abs(lat):g}°{"N" if lat >= 0 else "S"}'
        lines.append(f'<line class="grid" x1="{x1:.1f}" y1="{y:.1f}" x2="{x2:.1f}" y2="{y:.1f}"/>'
                     f'<text class="gl" x="{x1 + 4:.1f}" y="{y - 3:.1f}">{label}</text>')
        lat += step
    lon = math.ceil(west / step) * step
    while lon <= east:
        (x, y1), (_, y2) = xy(north, lon), xy(south, lon)
        label = f'{abs(lon):g}°{"E" if lon >= 0 else "W"}'
        lines.append(f'<line class="grid" x1="{x:.1f}" y1="{y1:.1f}" x2="{x:.1f}" y2="{y2:.1f}"/>'
                     f'<text class="gl" x="{x + 4:.1f}" y="{y2 - 4:.1f}">{label}</text>')
        lon += step
    return lines
