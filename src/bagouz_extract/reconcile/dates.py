"""Build date facts from bx_dates spans: normalize each against the anchor, merge repeats.

Every date mention is registered under "dates" so later builders can link to it (a count
governed by a date) and so a bare year is never read as a count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..models import DateFact, DateRange, Mention
from ..normalizers.dates import Timex, normalize
from .context import Context, fact_id

SPAN_KEY = "bx_dates"
# "since December": the period from the date up to the article's date.
_SINCE = re.compile(r"\b(?:ever\s+)?since\s+$", re.IGNORECASE)
_UNTIL = re.compile(r"\b(?:until|till|through|up to)\s+$", re.IGNORECASE)
_POINT_TYPES = ("DATE", "TIME")


@dataclass
class _Draft:
    timex: Timex
    mentions: list[Mention] = field(default_factory=list)


def build_dates(ctx: Context) -> list[DateFact]:
    anchor = ctx.anchor
    drafts: dict[tuple[str, str, str | None, str | None], _Draft] = {}
    for span in ctx.doc.spans.get(SPAN_KEY, []):
        timex = normalize(span.text, anchor, span.label_, span.kb_id_ or "past")
        if timex is None:
            continue
        timex = _with_signal_range(ctx, span.start_char, timex)
        key = (timex.value, timex.type, timex.range_start, timex.range_end)
        draft = drafts.setdefault(key, _Draft(timex))
        draft.mentions.append(ctx.span_mention(span))
    facts = [_fact(draft, anchor.isoformat() if anchor else None) for draft in drafts.values()]
    for fact in facts:
        ctx.register("dates", fact.id, fact.mentions)
    return sorted(facts, key=lambda f: (f.mentions[0].start, f.id))


def _with_signal_range(ctx: Context, start: int, timex: Timex) -> Timex:
    """A point after 'since' opens a period ending at the anchor; after 'until' it closes one."""
    if timex.type not in _POINT_TYPES or timex.value.endswith("_REF") or timex.range_start:
        return timex
    before = ctx.text[max(0, start - 16):start]
    if _SINCE.search(before):
        anchor = ctx.anchor
        return Timex(timex.value, timex.type, timex.granularity, timex.value,
                     anchor.isoformat() if anchor else None, timex.anchored, timex.mod)
    if _UNTIL.search(before):
        return Timex(timex.value, timex.type, timex.granularity, None, timex.value,
                     timex.anchored, timex.mod)
    return timex


def _fact(draft: _Draft, anchor: str | None) -> DateFact:
    t = draft.timex
    key = f"{t.value}-{t.type}"
    if t.range_start or t.range_end:
        key += f"-from-{t.range_start or 'x'}-to-{t.range_end or 'x'}"
    has_range = t.range_start is not None or t.range_end is not None
    return DateFact(
        id=fact_id("d", key), value=t.value, type=t.type,  # type: ignore[arg-type]
        granularity=t.granularity,
        range=DateRange(start=t.range_start, end=t.range_end) if has_range else None,
        anchor=anchor if t.anchored else None, mentions=draft.mentions)
