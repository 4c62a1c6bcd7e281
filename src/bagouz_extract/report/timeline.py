"""A timeline of dated facts: one row per source, drawn as inline SVG, plus a sorted table.

The axis covers the bulk of the *point* dates (a day, a week, a month): from their
LOW_PERCENTILE to their HIGH_PERCENTILE, padded a little, so neither a single "in 2004"
nor a multi-year range ("four years ago", "since 2011") squeezes a siege of three weeks
into a few pixels. What falls outside is still drawn: a range that crosses the edge is
clipped there with an arrow head, and a fact wholly outside becomes an arrow in the
gutter beside its row, labelled with its date. The table below lists every dated fact.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from ..corpus import grouping as g
from ..corpus.describe import figure_text
from ..corpus.sources import Keyed
from ..models import DateFact, FactSheet
from .article import SourceRefs, anchor_id, esc

LOW_PERCENTILE, HIGH_PERCENTILE = 5.0, 95.0
PAD_SHARE = 0.08  # of the drawn span, on each side, so the edge dates are not on the frame
MIN_SPAN_DAYS = 6  # one date alone still gets a readable week
WIDTH, LEFT, GUTTER, RIGHT, ROW, TOP = 960, 170, 74, 10, 34, 34
AXIS_START, AXIS_END = LEFT + GUTTER, WIDTH - RIGHT - GUTTER


@dataclass(frozen=True)
class Dated:
    start: date
    end: date
    row: int
    source: str
    value: str
    what: str
    anchor: str | None

    @property
    def point(self) -> bool:
        return g.is_point_window((self.start, self.end))


def dated_facts(sheets: Keyed, refs: SourceRefs) -> list[Dated]:
    items = []
    for row, (key, sheet) in enumerate(sheets):
        linked = _count_labels(sheet)
        for fact in sheet.dates:
            window = _window(fact, sheet.source.published)
            if window is None or window[0] is None or window[1] is None:
                continue
            first = fact.mentions[0] if fact.mentions else None
            anchor = anchor_id(refs.indexes[key], first) if first else None
            what = linked.get(fact.id) or (fact.mentions[0].text if fact.mentions else fact.value)
            items.append(Dated(window[0], window[1], row, refs.label(key), fact.value,
                               " ".join(what.split()), anchor))
    return sorted(items, key=lambda d: (d.start, d.end, d.source, d.value))


def _count_labels(sheet: FactSheet) -> dict[str, str]:
    labels: dict[str, list[str]] = {}
    for c in sheet.counts:
        if c.date:
            text = " ".join(filter(None, [figure_text(c.low, c.high, c.qualifier, c.unit),
                                          c.category, c.event]))
            labels.setdefault(c.date, []).append(text)
    return {k: "; ".join(v) for k, v in labels.items()}


def _window(fact: DateFact, published: str | None) -> g.Window | None:
    if fact.range is not None and fact.range.start:
        start = g.timex_window(fact.range.start)
        end = g.timex_window(fact.range.end) or g.timex_window(published)
        return (start[0], end[1]) if start and end else None
    return g.timex_window(fact.value) if fact.type == "DATE" else None


def percentile(days: list[int], share: float) -> float:
    """Linear-interpolated percentile (share in 0-100) of sorted ordinals."""
    at = (len(days) - 1) * share / 100
    below = int(at)
    above = min(below + 1, len(days) - 1)
    return days[below] + (days[above] - days[below]) * (at - below)


def axis_domain(items: list[Dated]) -> tuple[date, date] | None:
    """First and last day drawn: the bulk of the point dates (their middles), padded; with
    no point date, the bulk of the ranges' ends."""
    if not items:
        return None
    points = [d for d in items if d.point]
    if points:
        days = sorted((d.start.toordinal() + d.end.toordinal()) // 2 for d in points)
    else:
        days = sorted(day.toordinal() for d in items for day in (d.start, d.end))
    low, high = percentile(days, LOW_PERCENTILE), percentile(days, HIGH_PERCENTILE)
    if points:  # a point's whole window belongs on the axis when its middle does
        inside = [d for d in points if low <= (d.start.toordinal() + d.end.toordinal()) // 2
                  <= high]
        low = min([low, *(d.start.toordinal() for d in inside)])
        high = max([high, *(d.end.toordinal() for d in inside)])
    pad = max(1.0, (high - low) * PAD_SHARE, (MIN_SPAN_DAYS - (high - low)) / 2)
    return date.fromordinal(int(low - pad)), date.fromordinal(int(high + pad + 0.999))


def _ticks(low: date, high: date) -> list[tuple[date, str]]:
    span = (high - low).days
    if span <= 70:
        step = 1 if span <= 14 else 7
        first = low + timedelta(days=(-low.weekday()) % 7 if step == 7 else 0)
        return [(first + timedelta(days=i), (first + timedelta(days=i)).strftime("%b %d"))
                for i in range(0, span + 1, step) if first + timedelta(days=i) <= high]
    if span <= 800:
        months, cur = [], date(low.year, low.month, 1)
        while cur <= high:
            if cur >= low:
                months.append((cur, cur.strftime("%Y-%m")))
            cur = (cur + timedelta(days=32)).replace(day=1)
        return months
    every = max(1, (high.year - low.year) // 10)
    return [(date(y, 1, 1), str(y)) for y in range(low.year + 1, high.year + 1, every)]


def render_timeline(sheets: Keyed, refs: SourceRefs) -> str:
    items = dated_facts(sheets, refs)
    domain = axis_domain(items)
    if domain is None:
        return '<p class="muted">No dated facts with a known year.</p>'
    low, high = domain
    days = max((high - low).days, 1)

    def x(day: date) -> float:
        return AXIS_START + (AXIS_END - AXIS_START) * min(max((day - low).days, 0), days) / days

    height = TOP + ROW * len(sheets) + 10
    parts = [f'<svg class="timeline" viewBox="0 0 {WIDTH} {height}" role="img" '
             f'aria-label="timeline of dated facts" xmlns="http://www.w3.org/2000/svg">']
    parts += _axis(low, high, x, height)
    for row, (key, _) in enumerate(sheets):
        y = TOP + ROW * row + ROW / 2
        parts.append(f'<line class="row" x1="{AXIS_START}" x2="{AXIS_END}" y1="{y}" y2="{y}"/>'
                     f'<text class="rl" x="{LEFT - 8}" y="{y + 4}">'
                     f"{esc(_clip(refs.label(key)))}</text>")
    shown = [d for d in items if d.end >= low and d.start <= high]
    parts += [_mark(d, x, TOP + ROW * d.row + ROW / 2, low, high) for d in shown]
    outside = [d for d in items if d.end < low or d.start > high]
    parts += _gutters(outside, low)
    parts.append("</svg>")
    note = (f'<p class="muted">Axis: the bulk of the dates ({low} – {high}); '
            f"{len(outside)} dated facts lie outside it, shown as arrows at the sides, and "
            f"ranges crossing an edge are cut there with an arrow. All are listed below.</p>"
            if outside or any(d.start < low or d.end > high for d in shown) else "")
    return "".join(parts) + note + _table(items)


def _axis(low: date, high: date, x: Callable[[date], float], height: int) -> list[str]:
    parts = []
    for day, label in _ticks(low, high):
        parts.append(f'<line class="tick" x1="{x(day):.1f}" x2="{x(day):.1f}" y1="{TOP - 8}" '
                     f'y2="{height - 6}"/><text class="tl" x="{x(day):.1f}" y="{TOP - 14}">'
                     f"{esc(label)}</text>")
    parts.append(f'<line class="edge" x1="{AXIS_START}" x2="{AXIS_START}" y1="{TOP - 8}" '
                 f'y2="{height - 6}"/><line class="edge" x1="{AXIS_END}" x2="{AXIS_END}" '
                 f'y1="{TOP - 8}" y2="{height - 6}"/>')
    return parts


def _mark(d: Dated, x: Callable[[date], float], y: float, low: date, high: date) -> str:
    x1, x2 = x(d.start), x(d.end)
    title = f"<title>{esc(d.source)}: {esc(d.value)} — {esc(d.what)}</title>"
    if x2 - x1 < 4 and low <= d.start and d.end <= high:
        shape = f'<circle class="pt" cx="{(x1 + x2) / 2:.1f}" cy="{y}" r="6">{title}</circle>'
    else:
        shape = (f'<rect class="span" x="{x1:.1f}" y="{y - 5}" width="{max(x2 - x1, 2):.1f}" '
                 f'height="10" rx="4">{title}</rect>')
        # Cut at an edge: an arrow head on the edge says the range goes on beyond it (its
        # real ends are in the tooltip and the table; labels of stacked cuts would collide).
        if d.start < low:
            shape += _arrow(x1 + 9, y, -1)
        if d.end > high:
            shape += _arrow(x2 - 9, y, 1)
    return f'<a href="#{esc(d.anchor)}">{shape}</a>' if d.anchor else shape


def _arrow(x: float, y: float, direction: int) -> str:
    tip = x + 9 * direction
    return (f'<polygon class="cut" points="{tip:.1f},{y} {x:.1f},{y - 7} {x:.1f},{y + 7}"/>')


def _gutters(outside: list[Dated], low: date) -> list[str]:
    """Per row and side, one arrow for the facts beyond the axis, labelled with the
    nearest one's date and how many more there are."""
    by_side: dict[tuple[int, int], list[Dated]] = {}
    for d in outside:
        by_side.setdefault((d.row, -1 if d.end < low else 1), []).append(d)
    parts = []
    for (row, side), items in sorted(by_side.items()):
        nearest = max(items, key=lambda d: d.end) if side < 0 else min(items, key=lambda d: d.start)
        y = TOP + ROW * row + ROW / 2
        if side < 0:
            arrow, x, anchor = _arrow(LEFT + 10, y, -1), LEFT + 14, "start"
        else:
            arrow, x, anchor = _arrow(WIDTH - RIGHT - 10, y, 1), WIDTH - RIGHT - 14, "end"
        text = (f'<text class="ol" x="{x}" y="{y + 4}" text-anchor="{anchor}">'
                f"{esc(_date_label(nearest, side))}</text>")
        if len(items) > 1:
            text += (f'<text class="om" x="{x}" y="{y + 15}" text-anchor="{anchor}">'
                     f"+{len(items) - 1} more</text>")
        titles = "; ".join(f"{d.value}: {d.what}" for d in items)
        body = (f'<g class="out">{arrow}{text}'
                f"<title>{esc(items[0].source)}, beyond the axis: {esc(titles)}</title></g>")
        parts.append(f'<a href="#{esc(nearest.anchor)}">{body}</a>' if nearest.anchor else body)
    return parts


def _date_label(d: Dated, side: int) -> str:
    """Short enough for the gutter: a year as the text gave it ('2004'), else 'Dec 2018'
    for the end nearest the axis."""
    if len(d.value) == 4 and d.value.isdigit():
        return d.value
    return (d.end if side < 0 else d.start).strftime("%b %Y")


def _table(items: list[Dated]) -> str:
    rows = "".join(
        f"<tr><td>{esc(d.value)}</td><td>{esc(d.source)}</td><td>"
        + (f'<a href="#{esc(d.anchor)}">{esc(_clip(d.what, 90))}</a>' if d.anchor else esc(d.what))
        + "</td></tr>" for d in items)
    return (f'<details><summary>All dated facts ({len(items)})</summary><table class="plain">'
            f"<thead><tr><th>date</th><th>source</th><th>fact</th></tr></thead>"
            f"<tbody>{rows}</tbody></table></details>")


def _clip(text: str, limit: int = 22) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
