"""A map of the places with coordinates, drawn by hand as inline SVG (no tiles, no network).

What the view fits (`view_places`): the places below country level, since a country's
point is only its centroid ("Russia" at 60°N 100°E would stretch a map of one valley
to a continent); and among those, when most of the weight (sources naming a place) sits
in one neighbourhood, only the places within REACH_KM of it. Everything else that falls
inside the view is still drawn (countries as hollow rings); what does not is listed
beside the map.

Equirectangular projection with longitude scaled by the cosine of the middle latitude,
so distances look right at the latitudes shown; a labelled graticule gives the
coordinates. Dot size grows with the number of sources naming a place; labels that would
overlap an earlier (more important) one move to another side or are left to the tooltip.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from ..corpus.models import CorpusPlace
from .article import esc

WIDTH, HEIGHT, PAD = 960, 440, 50
STEPS = (0.1, 0.25, 0.5, 1, 2, 5, 10, 20, 30, 60)
MIN_SPAN = 1.0  # degrees: one place alone still gets a readable neighbourhood
BROAD_KINDS = frozenset({"country", "continent", "ocean", "sea", "world"})
REACH_KM = 800.0  # a neighbourhood: places this close to its centre share the view
CLUSTER_SHARE = 0.6  # the neighbourhood must hold this share of the weight to be the view
CHAR_PX = 7.4  # label width estimate at 13px
CENTRE_CANDIDATES = 60  # the most-named places tried as centres (keeps a big corpus fast)

Box = tuple[float, float, float, float]  # south, north, west, east


def is_broad(place: CorpusPlace) -> bool:
    """A country or wider: its point is a centroid, not where anything happened. A place
    with no country code is supranational ("Middle East")."""
    return (place.kind or "") in BROAD_KINDS or place.country is None


def distance_km(a: CorpusPlace, b: CorpusPlace) -> float:
    assert None not in (a.lat, a.lon, b.lat, b.lon)
    lat1, lon1, lat2, lon2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))  # type: ignore[arg-type]
    h = (math.sin((lat2 - lat1) / 2) ** 2
         + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2)
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def view_places(located: list[CorpusPlace]) -> list[CorpusPlace]:
    """The places the view is fitted to (see the module doc)."""
    fine = [p for p in located if not is_broad(p)]
    if not fine:  # countries only: a map of their centroids is the best there is
        return located
    weight = {p.id: max(len(p.sources), 1) for p in fine}
    total = sum(weight.values())

    def near(centre: CorpusPlace) -> list[CorpusPlace]:
        return [p for p in fine if distance_km(centre, p) <= REACH_KM]

    candidates = sorted(fine, key=lambda p: (-weight[p.id], p.id))[:CENTRE_CANDIDATES]
    centre = max(candidates,
                 key=lambda c: (sum(weight[p.id] for p in near(c)), weight[c.id], c.id))
    cluster = near(centre)
    if sum(weight[p.id] for p in cluster) >= CLUSTER_SHARE * total:
        return cluster
    return fine


def fit_box(places: list[CorpusPlace]) -> Box:
    lats = [p.lat for p in places if p.lat is not None]
    lons = [p.lon for p in places if p.lon is not None]
    south, north, west, east = min(lats), max(lats), min(lons), max(lons)
    grow_lat = max(MIN_SPAN - (north - south), (north - south) * 0.15) / 2
    grow_lon = max(MIN_SPAN - (east - west), (east - west) * 0.15) / 2
    return (max(south - grow_lat, -85), min(north + grow_lat, 85),
            max(west - grow_lon, -180), min(east + grow_lon, 180))


def _step(span: float) -> float:
    return next((s for s in STEPS if span / s <= 8), STEPS[-1])


@dataclass(frozen=True)
class Projection:
    south: float
    north: float
    west: float
    squeeze: float
    scale: float
    left: float
    top: float

    @classmethod
    def fit(cls, box: Box) -> Projection:
        south, north, west, east = box
        squeeze = math.cos(math.radians((south + north) / 2))
        scale = min((WIDTH - 2 * PAD) / ((east - west) * squeeze),
                    (HEIGHT - 2 * PAD) / (north - south))
        return cls(south, north, west, squeeze, scale,
                   (WIDTH - (east - west) * squeeze * scale) / 2,
                   (HEIGHT - (north - south) * scale) / 2)

    def xy(self, lat: float, lon: float) -> tuple[float, float]:
        return (self.left + (lon - self.west) * self.squeeze * self.scale,
                self.top + (self.north - lat) * self.scale)

    def canvas(self) -> Box:
        """The coordinates the whole canvas shows (wider than the fitted box)."""
        unit = self.squeeze * self.scale
        return (self.north - (HEIGHT - self.top) / self.scale, self.north + self.top / self.scale,
                self.west - self.left / unit, self.west + (WIDTH - self.left) / unit)


def _on_canvas(place: CorpusPlace, canvas: Box) -> bool:
    south, north, west, east = canvas
    assert place.lat is not None and place.lon is not None
    return south <= place.lat <= north and west <= place.lon <= east


def render_map(places: list[CorpusPlace]) -> str:
    located = [p for p in places if p.lat is not None and p.lon is not None]
    missing = len(places) - len(located)
    note = (f'<p class="muted">{missing} places have no coordinates and are not drawn.</p>'
            if missing else "")
    if not located:
        return '<p class="muted">No place with coordinates.</p>' + note
    proj = Projection.fit(fit_box(view_places(located)))
    canvas = proj.canvas()
    drawn = [p for p in located if _on_canvas(p, canvas)]
    parts = [f'<svg class="map" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
             f'aria-label="map of places" xmlns="http://www.w3.org/2000/svg">'
             f'<rect class="sea" x="0" y="0" width="{WIDTH}" height="{HEIGHT}"/>']
    parts += _graticule(*canvas, proj.xy)
    parts += _places(drawn, proj)
    parts.append("</svg>")
    aside = _off_map([p for p in located if not _on_canvas(p, canvas)])
    return f'<div class="mapbox">{"".join(parts)}{aside}</div>{note}'


def _places(drawn: list[CorpusPlace], proj: Projection) -> list[str]:
    """Dots first (broad ones under the rest), then labels, most-named places first."""
    order = sorted(drawn, key=lambda p: (not is_broad(p), len(p.sources), p.id))
    dots: list[str] = []
    labels: list[str] = []
    taken: list[Box] = []
    for place in order:
        assert place.lat is not None and place.lon is not None
        x, y = proj.xy(place.lat, place.lon)
        radius = _radius(place)
        cls = "broad" if is_broad(place) else "local"
        kind = f", {place.kind}" if place.kind else ""
        title = (f"{place.name}{kind} ({place.lat:.4f}, {place.lon:.4f}) — "
                 f"{', '.join(place.sources)}")
        dots.append(f'<circle class="{cls}" cx="{x:.1f}" cy="{y:.1f}" r="{radius}">'
                    f"<title>{esc(title)}</title></circle>")
        taken.append((y - radius, y + radius, x - radius, x + radius))  # labels avoid dots
    for place in reversed(order):  # labels of the most important places win the space
        assert place.lat is not None and place.lon is not None
        x, y = proj.xy(place.lat, place.lon)
        radius = _radius(place)
        spot = _label_spot(place.name, x, y, radius, taken)
        if spot is not None:
            lx, ly, anchor, box = spot
            taken.append(box)
            cls = "broad" if is_broad(place) else "local"
            labels.append(f'<text class="{cls}" x="{lx:.1f}" y="{ly:.1f}" '
                          f'text-anchor="{anchor}">{esc(place.name)}</text>')
    return dots + labels


def _radius(place: CorpusPlace) -> float:
    """Places more sources name are bigger; a country's ring stays small (it is a centroid)."""
    return 4 if is_broad(place) else 5 + 2 * min(len(place.sources), 6)


def _label_spot(name: str, x: float, y: float, r: float,
                taken: list[Box]) -> tuple[float, float, str, Box] | None:
    """Right, left, above or below the dot: the first side whose box overlaps no label."""
    width, height = CHAR_PX * len(name), 14.0
    options = [(x + r + 3, y + 4, "start", (y - 10, y + 4, x + r + 3, x + r + 3 + width)),
               (x - r - 3, y + 4, "end", (y - 10, y + 4, x - r - 3 - width, x - r - 3)),
               (x, y - r - 4, "middle", (y - r - 4 - height, y - r - 4, x - width / 2,
                                         x + width / 2)),
               (x, y + r + 14, "middle", (y + r, y + r + 14, x - width / 2, x + width / 2))]
    for lx, ly, anchor, box in options:
        if not any(_overlap(box, other) for other in taken):
            return lx, ly, anchor, box
    return None


def _overlap(a: Box, b: Box) -> bool:
    return a[0] < b[1] and b[0] < a[1] and a[2] < b[3] and b[2] < a[3]


def _off_map(places: list[CorpusPlace]) -> str:
    if not places:
        return ""
    items = "".join(f'<li title="{esc(f"{p.lat:.2f}, {p.lon:.2f}")}">{esc(p.name)}'
                    f'<span class="muted"> {esc(p.kind or "")}</span></li>'
                    for p in sorted(places, key=lambda p: (-len(p.sources), p.name)))
    return (f'<aside class="offmap"><b>Outside this view ({len(places)})</b>'
            f"<ul>{items}</ul></aside>")


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
