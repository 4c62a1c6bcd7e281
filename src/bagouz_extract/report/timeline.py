"""A timeline of dated facts: one row per source, drawn as inline SVG, plus a sorted table.

The axis covers the period most dates fall in (ASIDE_DAYS around the median date), so a
single "in 2004" does not squeeze a siege of three weeks into one pixel; dates outside
that period are still listed in the table below the axis.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from statistics import median_low

from ..corpus import grouping as g
from ..corpus.describe import figure_text
from ..models import DateFact, FactSheet
from .article import anchor_id, esc

ASIDE_DAYS = 200
WIDTH, LEFT, RIGHT, ROW, TOP = 960, 170, 20, 34, 34


@dataclass(frozen=True)
class Dated:
    start: date
    end: date
    row: int
    source: str
    value: str
    what: str
    anchor: str | None


def dated_facts(sheets: list[FactSheet], indexes: dict[str, int]) -> list[Dated]:
    items = []
    for row, sheet in enumerate(sheets):
        linked = _count_labels(sheet)
        for fact in sheet.dates:
            window = _window(fact, sheet.source.published)
            if window is None or window[0] is None or window[1] is None:
                continue
            first = fact.mentions[0] if fact.mentions else None
            anchor = anchor_id(indexes[sheet.source.id], first) if first else None
            what = linked.get(fact.id) or (fact.mentions[0].text if fact.mentions else fact.value)
            items.append(Dated(window[0], window[1], row, sheet.source.id, fact.value,
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


def axis_domain(items: list[Dated]) -> tuple[date, date] | None:
    if not items:
        return None
    middle = median_low(sorted(d.start for d in items))
    near = [d for d in items if abs((d.start - middle).days) <= ASIDE_DAYS]
    low = min(d.start for d in near) - timedelta(days=1)
    high = max(min(d.end, middle + timedelta(days=ASIDE_DAYS)) for d in near) + timedelta(days=1)
    return low, high


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
    return [(date(y, 1, 1), str(y)) for y in range(low.year + 1, high.year + 1)]


def render_timeline(sheets: list[FactSheet], indexes: dict[str, int]) -> str:
    items = dated_facts(sheets, indexes)
    domain = axis_domain(items)
    if domain is None:
        return '<p class="muted">No dated facts with a known year.</p>'
    low, high = domain
    days = max((high - low).days, 1)

    def x(day: date) -> float:
        return LEFT + (WIDTH - LEFT - RIGHT) * min(max((day - low).days, 0), days) / days

    height = TOP + ROW * len(sheets) + 10
    parts = [f'<svg class="timeline" viewBox="0 0 {WIDTH} {height}" role="img" '
             f'aria-label="timeline of dated facts" xmlns="http://www.w3.org/2000/svg">']
    for day, label in _ticks(low, high):
        parts.append(f'<line class="tick" x1="{x(day):.1f}" x2="{x(day):.1f}" y1="{TOP - 8}" '
                     f'y2="{height - 6}"/><text class="tl" x="{x(day):.1f}" y="{TOP - 14}">'
                     f"{esc(label)}</text>")
    for row, sheet in enumerate(sheets):
        y = TOP + ROW * row + ROW / 2
        parts.append(f'<line class="row" x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y}" y2="{y}"/>'
                     f'<text class="rl" x="{LEFT - 8}" y="{y + 4}">{esc(_clip(sheet.source.id))}'
                     f"</text>")
    shown = [d for d in items if d.end >= low and d.start <= high]
    parts += [_mark(d, x, TOP + ROW * d.row + ROW / 2) for d in shown]
    parts.append("</svg>")
    hidden = len(items) - len(shown)
    note = (f'<p class="muted">{hidden} dated facts fall outside the period drawn; '
            f"all are listed below.</p>" if hidden else "")
    return "".join(parts) + note + _table(items)


def _mark(d: Dated, x: Callable[[date], float], y: float) -> str:
    x1, x2 = x(d.start), x(d.end)
    title = f"<title>{esc(d.source)}: {esc(d.value)} — {esc(d.what)}</title>"
    if x2 - x1 < 4:
        shape = f'<circle class="pt" cx="{(x1 + x2) / 2:.1f}" cy="{y}" r="6">{title}</circle>'
    else:
        shape = (f'<rect class="span" x="{x1:.1f}" y="{y - 5}" width="{x2 - x1:.1f}" '
                 f'height="10" rx="4">{title}</rect>')
    return f'<a href="#{esc(d.anchor)}">{shape}</a>' if d.anchor else shape


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
