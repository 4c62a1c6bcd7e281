"""One article's text with every fact highlighted (displaCy style) and its fact list.

The text is untrusted: every piece of it goes through `esc`, and facts are drawn as
segments between span boundaries so overlapping spans (a count containing a place) both
stay visible and both keep their evidence anchor.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from itertools import pairwise

from ..corpus.describe import figure_text
from ..models import CountFact, FactSheet, Mention

# Which highlight colours a segment covered by several facts: the most specific wins.
PRIORITY = {"count": 0, "date": 1, "place": 2, "actor": 3}
LABEL = {"count": "COUNT", "date": "DATE", "place": "PLACE", "actor": "ACTOR"}


def esc(value: object) -> str:
    return escape(str(value), quote=True)


@dataclass(frozen=True)
class SourceRefs:
    """How views point at a source: its article's position (for evidence anchors) and the
    label people read (the id; the path where ids collide), both by source key."""

    indexes: dict[str, int]
    labels: dict[str, str]

    def label(self, key: str) -> str:
        return self.labels.get(key, key)


def anchor_id(source_index: int, mention: Mention) -> str:
    """Evidence anchors are positional, so any view can link to `#ev-s<i>-<start>-<end>`."""
    return f"ev-s{source_index}-{mention.start}-{mention.end}"


@dataclass(frozen=True)
class Highlight:
    start: int
    end: int
    kind: str
    title: str
    anchor: str


def fact_summaries(sheet: FactSheet) -> list[tuple[str, str, list[Mention]]]:
    """(kind, one-line summary, mentions) for every fact, in a stable order."""
    rows: list[tuple[str, str, list[Mention]]] = []
    rows += [("date", d.value + (f" ({d.type.lower()})" if d.type != "DATE" else ""), d.mentions)
             for d in sheet.dates]
    rows += [("place", _place_text(p.name, p.kind, p.country, p.lat, p.lon), p.mentions)
             for p in sheet.places]
    rows += [("actor", a.name + (f" ({a.kind})" if a.kind else ""), a.mentions)
             for a in sheet.actors]
    rows += [("count", _count_text(c), c.mentions) for c in sheet.counts]
    return rows


def _place_text(name: str, kind: str | None, country: str | None,
                lat: float | None, lon: float | None) -> str:
    where = ", ".join(filter(None, [kind, country]))
    coords = f" @ {lat:.3f}, {lon:.3f}" if lat is not None and lon is not None else ""
    return f"{name}{f' ({where})' if where else ''}{coords}"


def _count_text(c: CountFact) -> str:
    parts = [figure_text(c.low, c.high, c.qualifier, c.unit), c.category, c.event]
    flags = [f for f in ("negated", "hedged") if getattr(c, f)]
    return " · ".join(p for p in parts if p) + (f" [{', '.join(flags)}]" if flags else "")


def highlights(sheet: FactSheet, index: int, text: str) -> list[Highlight]:
    found = []
    for kind, summary, mentions in fact_summaries(sheet):
        for m in mentions:
            if 0 <= m.start < m.end <= len(text):
                found.append(Highlight(m.start, m.end, kind, f"{LABEL[kind]}: {summary}",
                                       anchor_id(index, m)))
    return sorted(set(found), key=lambda h: (h.start, -h.end, PRIORITY[h.kind], h.anchor))


def render_text(text: str, marks: list[Highlight], furniture: list[tuple[int, int]]) -> str:
    """The whole text as escaped segments; marked segments carry the top fact's colour."""
    cuts = sorted({0, len(text), *(h.start for h in marks), *(h.end for h in marks),
                   *(p for span in furniture for p in span if 0 <= p <= len(text))})
    starting: dict[int, list[Highlight]] = {}
    ending: dict[int, list[Highlight]] = {}
    for h in marks:
        starting.setdefault(h.start, []).append(h)
        ending.setdefault(h.end, []).append(h)
    out, active = [], set()
    seen_anchor: set[str] = set()
    for left, right in pairwise(cuts):
        for h in starting.get(left, []):
            active.add(h)
            if h.anchor not in seen_anchor:
                seen_anchor.add(h.anchor)
                out.append(f'<span class="anc" id="{esc(h.anchor)}"></span>')
        out.append(_segment(text[left:right], active, _inside(left, furniture)))
        for h in sorted(ending.get(right, []), key=lambda h: PRIORITY[h.kind]):
            active.discard(h)
            out.append(f'<span class="lbl k-{h.kind}" title="{esc(h.title)}">'
                       f'{LABEL[h.kind]}</span>')
    return "".join(out)


def _segment(piece: str, active: set[Highlight], dimmed: bool) -> str:
    body = esc(piece)
    if dimmed:
        body = f'<span class="furn">{body}</span>'
    if not active:
        return body
    top = min(active, key=lambda h: (PRIORITY[h.kind], h.anchor))
    depth = " multi" if len(active) > 1 else ""
    return f'<mark class="k-{top.kind}{depth}" title="{esc(top.title)}">{body}</mark>'


def _inside(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in spans)


def render_fact_list(sheet: FactSheet, index: int) -> str:
    items = []
    for kind, summary, mentions in fact_summaries(sheet):
        links = " ".join(f'<a href="#{esc(anchor_id(index, m))}">“{esc(_short(m.text))}”</a>'
                         for m in mentions[:5])
        more = f" +{len(mentions) - 5}" if len(mentions) > 5 else ""
        items.append(f'<li><span class="tag k-{kind}">{LABEL[kind]}</span> {esc(summary)} '
                     f'<span class="ev">{links}{more}</span></li>')
    if not items:
        return '<p class="muted">No facts extracted.</p>'
    return f'<ul class="facts">{"".join(items)}</ul>'


def _short(text: str, limit: int = 60) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def render_article(sheet: FactSheet, index: int, text: str | None) -> str:
    src = sheet.source
    meta = " · ".join(esc(v) for v in [src.outlet, src.published, src.path] if v)
    warn = "".join(f"<li>{esc(w.code)}: {esc(w.message)}</li>" for w in sheet.warnings)
    if text is None:
        body = '<p class="muted">Article text not available; facts only.</p>'
    else:
        furniture = [(r.start, r.end) for r in src.boilerplate]
        marked = render_text(text, highlights(sheet, index, text), furniture)
        body = f'<div class="text">{marked}</div>'
    return (f'<section class="article" id="src-{index}"><h3>{esc(src.title or src.id)}</h3>'
            f'<p class="meta">{esc(src.id)} · {meta}</p>{body}'
            f'<details open><summary>Facts ({len(fact_summaries(sheet))})</summary>'
            f'{render_fact_list(sheet, index)}</details>'
            + (f'<details><summary>Warnings ({len(sheet.warnings)})</summary><ul>{warn}</ul>'
               f'</details>' if warn else "") + "</section>")
