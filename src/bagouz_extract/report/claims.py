"""The cross-source claims table and the event-date table of the report."""

from __future__ import annotations

from ..corpus.describe import figure_text, number_text, window_text
from ..corpus.models import Claim, ClaimGroup, CorpusTable, DatedReport, EventDateGroup
from ..models import Mention
from .article import anchor_id, esc


def claim_order(group: ClaimGroup) -> tuple[int, int, str]:
    """Contested first, then claims more sources make, then by id (stable)."""
    return (0 if group.contested else 1, -len(group.sources), group.id)


def _evidence_link(source: str, evidence: list[Mention], indexes: dict[str, int],
                   label: str) -> str:
    if not evidence or source not in indexes:
        return esc(label)
    target = anchor_id(indexes[source], evidence[0])
    return f'<a href="#{esc(target)}" title="{esc(evidence[0].text)}">{esc(label)}</a>'


def _claim_cell(claim: Claim, indexes: dict[str, int]) -> str:
    figure = figure_text(claim.low, claim.high, claim.qualifier, claim.unit)
    who = f" per {esc(claim.claimant_name)}" if claim.claimant_name else ""
    flags = "".join(f' <span class="flag">{f}</span>' for f in ("negated", "hedged")
                    if getattr(claim, f))
    when = window_text(claim.window.start, claim.window.end)
    return (f'<li><b>{esc(claim.source)}</b>: '
            f'{_evidence_link(claim.source, claim.evidence, indexes, figure)}'
            f' <span class="muted">({esc(", ".join(filter(None, [claim.event, when])))})</span>'
            f"{who}{flags}</li>")


def _what(group: ClaimGroup) -> str:
    parts = [group.category, group.event or "", group.unit or ""]
    where = group.place_name or group.place or "place unknown"
    return f'{esc(" · ".join(p for p in parts if p))}<br><span class="muted">{esc(where)}</span>'


def _status(group: ClaimGroup) -> str:
    if group.contested:
        reasons = "".join(f"<li>{esc(r)}</li>" for r in group.reasons)
        return f'<span class="st contested">contested</span><ul class="why">{reasons}</ul>'
    if group.corroborated:
        return '<span class="st ok">corroborated</span>'
    if len(group.sources) > 1:
        return ('<span class="st single" title="the sources speak of different or unknown '
                'windows">not comparable</span>')
    return '<span class="st single">one source</span>'


def _row(group: ClaimGroup, indexes: dict[str, int]) -> str:
    multi = "multi" if len(group.sources) > 1 else "single"
    claims = "".join(_claim_cell(c, indexes) for c in group.claims)
    return (f'<tr class="{multi}" id="{esc(group.id)}"><td>{_what(group)}</td>'
            f'<td>{esc(window_text(group.window.start, group.window.end))}</td>'
            f'<td><ul class="claims">{claims}</ul></td>'
            f'<td class="num">{esc(number_text(group.conservative))}</td>'
            f'<td class="num">{esc(number_text(group.high))}</td><td>{_status(group)}</td></tr>')


def render_claims(table: CorpusTable, indexes: dict[str, int]) -> str:
    groups = sorted(table.claims, key=claim_order)
    if not groups:
        return '<p class="muted">No count claims to compare.</p>'
    multi = sum(1 for g in groups if len(g.sources) > 1)
    contested = sum(1 for g in groups if g.contested)
    rows = "".join(_row(g, indexes) for g in groups)
    return (f'<p>{len(groups)} claim groups, {multi} made by two or more sources, '
            f'{contested} contested. <label><input type="checkbox" id="show-single"> '
            f'show single-source groups</label></p>'
            f'<table class="claims-table hide-single"><thead><tr><th>what · where</th>'
            f'<th>window</th><th>sources</th><th>conservative</th><th>high</th>'
            f'<th>status</th></tr></thead><tbody>{rows}</tbody></table>')


def _report_item(r: DatedReport, indexes: dict[str, int]) -> str:
    link = _evidence_link(r.source, r.evidence, indexes, r.value)
    return f"<li><b>{esc(r.source)}</b>: {link}</li>"


def render_event_dates(groups: list[EventDateGroup], indexes: dict[str, int]) -> str:
    if not groups:
        return '<p class="muted">No event reported with dates by two or more sources.</p>'
    rows = []
    for group in sorted(groups, key=lambda g: (not g.contested, g.id)):
        reports = "".join(_report_item(r, indexes) for r in group.reports)
        status = (f'<span class="st contested">contested</span><ul class="why">'
                  f'{"".join(f"<li>{esc(x)}</li>" for x in group.reasons)}</ul>'
                  if group.contested else '<span class="st ok">consistent</span>')
        what = " · ".join(filter(None, [group.category, group.event]))
        rows.append(f"<tr><td>{esc(what)}<br><span class='muted'>"
                    f"{esc(group.place_name or group.place or 'place unknown')}</span></td>"
                    f"<td><ul class='claims'>{reports}</ul></td><td>{status}</td></tr>")
    return (f'<table class="claims-table"><thead><tr><th>event</th><th>dates given</th>'
            f'<th>status</th></tr></thead><tbody>{"".join(rows)}</tbody></table>')
