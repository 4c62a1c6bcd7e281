"""The cross-source claims table and the event-date table of the report."""

from __future__ import annotations

from ..corpus.describe import figure_text, number_text, window_text
from ..corpus.models import Claim, ClaimGroup, CorpusTable, DatedReport, EventDateGroup
from ..models import Mention
from .article import SourceRefs, anchor_id, esc


def claim_order(group: ClaimGroup) -> tuple[int, int, str]:
    """Contested first, then claims more sources make, then by id (stable)."""
    return (0 if group.contested else 1, -len(group.sources), group.id)


def _evidence_link(source: str, evidence: list[Mention], refs: SourceRefs,
                   label: str) -> str:
    if not evidence or source not in refs.indexes:
        return esc(label)
    target = anchor_id(refs.indexes[source], evidence[0])
    return f'<a href="#{esc(target)}" title="{esc(evidence[0].text)}">{esc(label)}</a>'


def _claim_cell(claim: Claim, refs: SourceRefs) -> str:
    figure = figure_text(claim.low, claim.high, claim.qualifier, claim.unit)
    who = f" per {esc(claim.claimant_name)}" if claim.claimant_name else ""
    by = f" by {esc(claim.actor_name)}" if claim.actor_name else ""
    flags = "".join(f' <span class="flag">{f}</span>' for f in ("negated", "hedged")
                    if getattr(claim, f))
    when = window_text(claim.window.start, claim.window.end)
    if claim.date and claim.window.basis != "date":  # a date without a year still tells
        when = f"dated {claim.date}" + (f", {when}" if claim.window.end else "")
    return (f'<li><b title="{esc(claim.source)}">{esc(refs.label(claim.source))}</b>: '
            f'{_evidence_link(claim.source, claim.evidence, refs, figure)}'
            f' <span class="muted">({esc(", ".join(filter(None, [claim.event, when])))})</span>'
            f"{by}{who}{flags}</li>")


def _what(group: ClaimGroup) -> str:
    parts = [group.category, group.event or "", group.unit or "", actor_text(group)]
    where = group.place_name or group.place or "place unknown"
    return f'{esc(" · ".join(p for p in parts if p))}<br><span class="muted">{esc(where)}</span>'


def actor_text(group: ClaimGroup) -> str:
    """'by the SDF', with how many claims name it when some name no one."""
    if not group.actor_name:
        return ""
    named = sum(1 for c in group.claims if c.actor is not None)
    return (f"by {group.actor_name}" if named == len(group.claims)
            else f"by {group.actor_name} ({named} of {len(group.claims)} claims say who)")


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


def _row(group: ClaimGroup, refs: SourceRefs) -> str:
    multi = "multi" if len(group.sources) > 1 else "single"
    claims = "".join(_claim_cell(c, refs) for c in group.claims)
    return (f'<tr class="{multi}" id="{esc(group.id)}"><td>{_what(group)}</td>'
            f'<td>{esc(window_text(group.window.start, group.window.end))}</td>'
            f'<td><ul class="claims">{claims}</ul></td>'
            f'<td class="num">{esc(number_text(group.conservative))}</td>'
            f'<td class="num">{esc(number_text(group.high))}</td><td>{_status(group)}</td></tr>')


def render_claims(table: CorpusTable, refs: SourceRefs) -> str:
    groups = sorted(table.claims, key=claim_order)
    if not groups:
        return '<p class="muted">No count claims to compare.</p>'
    multi = sum(1 for g in groups if len(g.sources) > 1)
    contested = sum(1 for g in groups if g.contested)
    rows = "".join(_row(g, refs) for g in groups)
    return (f'<p>{len(groups)} claim groups, {multi} made by two or more sources, '
            f'{contested} contested. <label><input type="checkbox" id="show-single"> '
            f'show single-source groups</label></p>'
            f'<table class="claims-table hide-single"><thead><tr><th>what · where</th>'
            f'<th>window</th><th>sources</th><th>conservative</th><th>high</th>'
            f'<th>status</th></tr></thead><tbody>{rows}</tbody></table>')


def _report_item(r: DatedReport, refs: SourceRefs) -> str:
    link = _evidence_link(r.source, r.evidence, refs, r.value)
    return f'<li><b title="{esc(r.source)}">{esc(refs.label(r.source))}</b>: {link}</li>'


def render_event_dates(groups: list[EventDateGroup], refs: SourceRefs) -> str:
    if not groups:
        return '<p class="muted">No event reported with dates by two or more sources.</p>'
    rows = []
    for group in sorted(groups, key=lambda g: (not g.contested, g.id)):
        reports = "".join(_report_item(r, refs) for r in group.reports)
        status = (f'<span class="st contested">contested</span><ul class="why">'
                  f'{"".join(f"<li>{esc(x)}</li>" for x in group.reasons)}</ul>'
                  if group.contested else '<span class="st ok">consistent</span>')
        what = " · ".join(filter(None, [group.category, group.event,
                                        f"by {group.actor_name}" if group.actor_name else ""]))
        rows.append(f"<tr><td>{esc(what)}<br><span class='muted'>"
                    f"{esc(group.place_name or group.place or 'place unknown')}</span></td>"
                    f"<td><ul class='claims'>{reports}</ul></td><td>{status}</td></tr>")
    return (f'<table class="claims-table"><thead><tr><th>event</th><th>dates given</th>'
            f'<th>status</th></tr></thead><tbody>{"".join(rows)}</tbody></table>')
