"""Build date facts from bx_dates spans: normalize each against the anchor, merge repeats.

Every date mention is registered under "dates" so later builders can link to it (a count
governed by a date) and so a bare year is never read as a count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from spacy.tokens import Span

from ..components.dates import EXACT_KEY
from ..doc_cache import doc_text as joined_text
from ..models import DateFact, DateRange, Mention
from ..normalizers.dates import Timex, normalize, reference_grain
from .context import Context, fact_id

SPAN_KEY = "bx_dates"
# "since December": the period from the date up to the article's date.
_SINCE = re.compile(r"\b(?:ever\s+)?since\s+$", re.IGNORECASE)
_UNTIL = re.compile(r"\b(?:until|till|through|up to)\s+$", re.IGNORECASE)
_QUARTER = re.compile(r"^(\d{4})-Q(\d)$")
_DAY = re.compile(r"^\d{4}-\d\d-\d\d$")
_YEAR_BACK_RULES = ("date.offset", "date.year_earlier", "date.ago")
# How far back a report's quarter still governs "a year earlier" (about two sentences).
_QUARTER_REACH = 400


@dataclass
class _Found:
    start: int
    end: int
    rule: str
    sentence: int
    timex: Timex
    lean: str = "none"


@dataclass
class _Draft:
    timex: Timex
    mentions: list[Mention] = field(default_factory=list)


def build_dates(ctx: Context) -> list[DateFact]:
    anchor = ctx.anchor
    found = _normalized(ctx, anchor)
    found = [_in_context(item, found, anchor) for item in found]
    drafts: dict[tuple[str | None, ...], _Draft] = {}
    for item in found:
        timex = _with_signal_range(ctx, item.start, item.timex)
        key = (timex.value, timex.type, timex.range_start, timex.range_end, timex.mod,
               timex.direction)
        drafts.setdefault(key, _Draft(timex)).mentions.append(
            ctx.mention(item.start, item.end, item.rule))
    if anchor is not None:
        _check_anchor(ctx, found, anchor)
    facts = [_fact(draft, anchor.isoformat() if anchor else None) for draft in drafts.values()]
    for fact in facts:
        ctx.register("dates", fact.id, fact.mentions)
        if fact.type in ("DATE", "TIME"):
            # the dates that say when ('on Monday'), not how long or how often ('a year'): a
            # quote's or an event's date is one of these
            ctx.register("point_dates", fact.id, fact.mentions)
    return sorted(facts, key=lambda f: (f.mentions[0].start, f.id))


def _normalized(ctx: Context, anchor: date | None) -> list[_Found]:
    found: list[_Found] = []
    exact = ctx.doc.user_data.get(EXACT_KEY, {})
    doc_text = joined_text(ctx.doc)  # Doc.text joins its tokens anew at each access
    has_sentences = ctx.doc.has_annotation("SENT_START")  # scans every token: once per doc
    for span in ctx.doc.spans.get(SPAN_KEY, []):
        start, end = exact.get(f"{span.start}:{span.end}", (span.start_char, span.end_char))
        text = doc_text[start:end]
        reference = _reference(found, reference_grain(text, span.label_), anchor)
        timex = normalize(text, reference, span.label_, span.kb_id_ or "none")
        if timex is not None and span.kb_id_ == "future" and _will_clause(span):
            timex = _in_future(doc_text, start, text, anchor, timex)
        if timex is None:
            continue
        sentence = span.sent.start if has_sentences else -1
        found.append(_Found(start, end, span.label_, sentence, timex, span.kb_id_ or "none"))
    return found


_WRITTEN_DAY = re.compile(r"^(\d{4})-(\d\d)-(\d\d)$")


def _check_anchor(ctx: Context, found: list[_Found], anchor: date) -> None:
    """Warn when the text contradicts the publication date: it reports in the past tense a
    day, with its year written out, that comes after the article was published."""
    for item in found:
        match = _WRITTEN_DAY.match(item.timex.value)
        if (item.timex.anchored or item.lean != "past" or item.timex.type != "DATE"
                or match is None):
            continue
        when = date(*(int(x) for x in match.groups()))
        if when > anchor + timedelta(days=1):  # a day's slack for time zones
            ctx.warn("published_contradicted",
                     f"the text reports {when.isoformat()} as past, after the publication "
                     f"date {anchor.isoformat()}", [ctx.mention(item.start, item.end, item.rule)])
            return  # one warning says it; the mention shows where


_IN = re.compile(r"\bin\s+$", re.IGNORECASE)
_WHOLE_PERIOD = re.compile(r"^P\d+[DWMY]$")


_WILL = {"will", "'ll", "shall", "wo"}


def _will_clause(span: Span) -> bool:
    """An explicit future before the span in its sentence ("will return in two weeks"); a
    present tense is not enough ("it reaches 400 in a day" is a rate)."""
    sentence = span.sent if span.doc.has_annotation("SENT_START") else span.doc[:span.start]
    before = span.doc[sentence.start:span.start]
    return any(t.lower_ in _WILL or (t.lower_ == "going" and t.nbor(1).lower_ == "to")
               for t in before if t.i + 1 < len(span.doc))


def _in_future(doc_text: str, start: int, text: str, anchor: date | None, timex: Timex) -> Timex:
    """"will return in two weeks": with a future clause, the day two weeks after the anchor
    (the span stays "two weeks", as TimeML marks it); "in two weeks" of a past clause
    ("built in two weeks") stays a duration."""
    if (anchor is None or timex.type != "DURATION" or timex.mod or timex.range_start
            or not _WHOLE_PERIOD.match(timex.value)
            or not _IN.search(doc_text[max(0, start - 8):start])):
        return timex
    ahead = normalize(f"{text} from now", anchor, "date.ago")
    return ahead if ahead is not None and ahead.type == "DATE" else timex


_REFERENCE_FORM = {"day": re.compile(r"^(\d{4})-(\d\d)-(\d\d)(?:T|$)"),
                   "month": re.compile(r"^(\d{4})-(\d\d)(?:-\d\d)?(?:T|$)"),
                   "year": re.compile(r"^(\d{4})(?:-|$)")}


def _reference(found: list[_Found], grain: str | None, anchor: date | None) -> date | None:
    """The time an expression relative to the story counts from ("two days later", "that
    week", "the previous Friday"): the last date the text gave with at least the precision
    needed (TimeML's and HeidelTime's narrative reference), else the article's date. For
    any other expression (grain None): the article's date."""
    if grain is None:
        return anchor
    form = _REFERENCE_FORM[grain]
    for earlier in reversed(found):
        t = earlier.timex
        match = form.match(t.value)
        if match and t.type in ("DATE", "TIME") and not t.range_start:
            # A coarser reference stands at its middle; only its known parts are read.
            year, month, day = (*(int(x) for x in match.groups()), 7, 15)[:3]
            return date(year, month, day)
    return anchor


def _in_context(item: _Found, found: list[_Found], anchor: date | None) -> _Found:
    """Readings that depend on nearby dates rather than on the anchor alone."""
    t = item.timex
    if anchor is None:
        return item
    # "Profit rose 5% in the third quarter from a year earlier": the same quarter last year.
    if item.rule in _YEAR_BACK_RULES and t.value == f"{anchor.year - 1:04d}":
        quarter = _reported_quarter(found, item, anchor)
        if quarter is not None:
            match = _QUARTER.match(quarter.timex.value)
            if match:
                value = f"{int(match.group(1)) - 1:04d}-Q{match.group(2)}"
                return replace(item, timex=replace(t, value=value, granularity="quarter"))
    # "Friday at 10:35 a.m.": a clock time falls on the day its sentence names.
    if t.type == "TIME" and t.value.startswith(anchor.isoformat() + "T") and item.sentence >= 0:
        day = next((f for f in found if f.sentence == item.sentence and f is not item
                    and _DAY.match(f.timex.value)), None)
        if day is not None:
            value = day.timex.value + t.value[10:]
            return replace(item, timex=replace(t, value=value))
    return item


def _reported_quarter(found: list[_Found], item: _Found, anchor: date) -> _Found | None:
    """The quarter a report is about, as last named before `item`: one of the four up to
    the anchor's own ("third-quarter profit"), not a forecast ("the third quarter of 1990")
    nor itself a year-back one ("the year-ago quarter"). "The year-earlier period" refers
    to it however far back it was named; "a year earlier" only nearby."""
    current = anchor.year * 4 + (anchor.month - 1) // 3
    reach = 10**9 if item.rule == "date.year_earlier" else _QUARTER_REACH
    for earlier in reversed(found):
        if earlier.end > item.start or item.start - earlier.end > reach:
            continue
        match = _QUARTER.match(earlier.timex.value)
        if match and 0 <= current - (int(match.group(1)) * 4 + int(match.group(2)) - 1) < 4:
            return earlier
    return None


def _with_signal_range(ctx: Context, start: int, timex: Timex) -> Timex:
    """A point after 'since' opens a period ending at the anchor; after 'until' it closes one."""
    if timex.type not in ("DATE", "TIME") or timex.value.endswith("_REF") or timex.range_start:
        return timex
    before = ctx.text[max(0, start - 16):start]
    if _SINCE.search(before):
        anchor = ctx.anchor
        return replace(timex, range_start=timex.value,
                       range_end=anchor.isoformat() if anchor else None)
    if _UNTIL.search(before):
        return replace(timex, range_end=timex.value)
    return timex


def _fact(draft: _Draft, anchor: str | None) -> DateFact:
    t = draft.timex
    key = f"{t.value}-{t.type}"
    if t.range_start or t.range_end:
        key += f"-from-{t.range_start or 'x'}-to-{t.range_end or 'x'}"
    elif t.direction:
        key += f"-{t.direction}"  # "the last few days" and "the next few days", no anchor
    if t.mod:
        key += f"-{t.mod}"  # "early March" is not "March"
    has_range = t.range_start is not None or t.range_end is not None
    return DateFact(
        id=fact_id("d", key), value=t.value, type=t.type,  # type: ignore[arg-type]
        granularity=t.granularity,
        range=DateRange(start=t.range_start, end=t.range_end) if has_range else None,
        anchor=anchor if t.anchored else None, mod=t.mod,
        direction=t.direction,  # type: ignore[arg-type]
        mentions=draft.mentions)
