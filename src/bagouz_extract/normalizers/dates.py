"""Turn one temporal expression into a TIMEX3 value, resolved against an anchor date.

Pure and cached per (expression, rule, anchor, lean). The anchor is the article's
publication date or None; nothing is ever read from the machine's clock, so without an
anchor a missing year stays XXXX and relative expressions stay unresolved.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache

from . import timex as tx
from .dates_grammar import DateRule, parse
from .dates_units import Groups, modifier, number, period, unit_name


@dataclass(frozen=True)
class Timex:
    value: str
    type: str
    granularity: str | None
    range_start: str | None = None
    range_end: str | None = None
    anchored: bool = False  # the value was computed from the anchor
    mod: str | None = None  # TimeML mod: START, MID, END, APPROX, MORE_THAN, ...
    # A period reaching back from / forward to the reference time ("the last few days" vs
    # "the next few days"): tells apart two periods whose ends are unknown without an anchor.
    direction: str | None = None


@lru_cache(maxsize=8192)
def normalize(text: str, anchor: date | None = None, rule_id: str | None = None,
              lean: str = "none") -> Timex | None:
    """The TIMEX3 reading of `text` (one expression, not a sentence), or None."""
    found = parse(text.strip(), rule_id)
    if found is None:
        from .dates_fallback import fallback  # dateparser only for what the grammar misses

        return fallback(text.strip(), anchor)
    rule, groups = found
    handler = HANDLERS.get(rule.norm)
    if handler is None:
        return None
    result = handler(groups, anchor, lean, rule)
    if result is None:
        return None
    return replace(result, granularity=result.granularity or tx.granularity(result.value))


def _t(value: str, type_: str = "DATE", *, anchored: bool = False, start: str | None = None,
       end: str | None = None, mod: str | None = None, direction: str | None = None) -> Timex:
    return Timex(value, type_, None, start, end, anchored, mod, direction)


# --- handlers: one per rule "norm" --------------------------------------------------------

def _ymd(g: Groups, anchor: date | None, lean: str, rule: DateRule) -> Timex | None:
    month = int(g.get("mnum") or 0) or tx.month_number(g["month"] or "")
    raw_day = g.get("dnum") or g.get("day")
    day = tx.day_number(raw_day) if raw_day else None
    year = int(g.get("year") or 0) or None
    anchored = False
    if year is None and anchor is not None:
        year, anchored = tx.closest_year(month, day, anchor, lean), True
    if day is not None and year is not None:
        try:
            date(year, month, day)
        except ValueError:
            return None
    ystr = f"{year:04d}" if year is not None else "XXXX"
    value = f"{ystr}-{month:02d}" + (f"-{day:02d}" if day else "")
    return _t(value, anchored=anchored, mod=modifier(g))


def _week_of(g: Groups, anchor: date | None, lean: str, rule: DateRule) -> Timex | None:
    """ "the week of March 6": the ISO week holding that day (TimeML 2000-W10)."""
    day = _ymd(g, anchor, lean, rule)
    if day is None or "X" in day.value or len(day.value) != 10:
        return _t("XXXX-WXX") if day is not None else None
    return _t(tx.iso_week(date.fromisoformat(day.value)), anchored=day.anchored)


def _numeric(g: Groups, anchor: date | None, lean: str, rule: DateRule) -> Timex | None:
    a, b, year = int(g["a"] or 0), int(g["b"] or 0), int(g["year"] or 0)
    if a > 12 >= b:
        day, month = a, b
    elif b > 12 >= a:
        day, month = b, a
    elif a == b:
        day = month = a
    else:
        return None  # 03/04/2019: day-first or month-first cannot be told; no guess
    try:
        return _t(date(year, month, day).isoformat())
    except ValueError:
        return None


def _rel_month(g: Groups, anchor: date | None, lean: str, rule: DateRule) -> Timex | None:
    month = tx.month_number(g["month"] or "")
    if anchor is None:
        return _t(f"XXXX-{month:02d}")
    rel = (g["rel"] or "").lower()
    if "last" in rel or "past" in rel:
        year = anchor.year if month < anchor.month else anchor.year - 1
    elif "next" in rel or "coming" in rel:
        year = anchor.year if month > anchor.month else anchor.year + 1
    else:
        year = anchor.year
    return _t(f"{year:04d}-{month:02d}", anchored=True)


def _year(g: Groups, anchor: date | None, lean: str, rule: DateRule) -> Timex | None:
    season = (g.get("mod") or "").lower().split()
    if len(season) == 3 and season[1] in tx.SEASONS:  # "the summer of 2014"
        return _t(f"{int(g['year'] or 0):04d}-{tx.SEASONS[season[1]]}")
    return _t(f"{int(g['year'] or 0):04d}", mod=modifier(g))


def _year_words(g: Groups, anchor: date | None, lean: str, rule: DateRule) -> Timex | None:
    """"nineteen ninety-six", "the year two thousand" (spoken-style transcripts)."""
    base = 1900 if (g["century"] or "").lower() == "nineteen" else 2000
    if base == 1900 and not g.get("rest"):
        return None  # "nineteen" alone is a number
    rest = number(g.get("rest")) if g.get("rest") else 0
    return _t(f"{base + int(rest or 0):04d}") if rest is not None else None


def _year_apos(g: Groups, anchor: date | None, lean: str, rule: DateRule) -> Timex | None:
    yy = int(g["yy"] or 0)
    limit = (anchor.year % 100 + 10) if anchor else 30
    century = (anchor.year // 100 if anchor else 20) - (1 if yy > limit else 0)
    return _t(f"{century * 100 + yy:04d}")


def _decade(g: Groups, anchor: date | None, lean: str, rule: DateRule) -> Timex | None:
    return _t((g["dec"] or "")[:3], mod=modifier(g))  # TIMEX3 decade: "the 1990s" is 199


def _year_range(g: Groups, anchor: date | None, lean: str, rule: DateRule) -> Timex | None:
    y1, raw = int(g["y1"] or 0), g["y2"] or ""
    y2 = int(raw) if len(raw) == 4 else (y1 // 100) * 100 + int(raw)
    if not 0 < y2 - y1 <= 50:
        return None  # "1990-1980" or "2009-12" read as a range would be a guess
    return _t(f"P{y2 - y1 + 1}Y", "DURATION", start=f"{y1:04d}", end=f"{y2:04d}")


def _day_range(g: Groups, anchor: date | None, lean: str, rule: DateRule) -> Timex | None:
    d1, d2 = tx.day_number(g["d1"] or ""), tx.day_number(g["d2"] or "")
    start = _ymd({"month": g["month"], "day": str(d1), "year": g.get("year")}, anchor, lean, rule)
    end = _ymd({"month": g["month"], "day": str(d2), "year": g.get("year")}, anchor, lean, rule)
    if start is None or end is None or d2 <= d1:
        return None
    return _t(f"P{d2 - d1 + 1}D", "DURATION", start=start.value, end=end.value,
              anchored=start.anchored)


def _season(g: Groups, anchor: date | None, lean: str, rule: DateRule) -> Timex | None:
    code = tx.SEASONS[(g["season"] or "").lower()]
    if g.get("year"):
        return _t(f"{int(g['year'] or 0):04d}-{code}")
    if anchor is None:
        return _t(f"XXXX-{code}")
    rel = (g.get("rel") or "").lower()
    start = tx.SEASON_START[code]
    year = anchor.year
    if "last" in rel or "past" in rel:
        year = anchor.year if start + 3 <= anchor.month else anchor.year - 1
    elif "next" in rel or "coming" in rel:
        year = anchor.year if start > anchor.month else anchor.year + 1
    return _t(f"{year:04d}-{code}", anchored=True)


_QUARTER_REL = {"latest": -1, "last": -1, "past": -1, "previous": -1, "current": 0, "this": 0,
                "next": 1, "coming": 1}
_ORDINAL = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3,
            "4th": 4, "1": 1, "2": 2, "3": 3, "4": 4}  # digits: "Q1 2017"


def _quarter(g: Groups, anchor: date | None, lean: str, rule: DateRule) -> Timex | None:
    rel = (g.get("rel") or "").lower()
    ordinal = (_ORDINAL.get((g.get("ord") or g.get("ord2") or "").lower())
               or _ORDINAL.get(rel))
    back = 1 if g.get("ago") else 0  # "the year-ago third quarter"
    year = _quarter_year(g, anchor)
    if ordinal:
        if year is None and anchor is None:
            return _t(f"XXXX-Q{ordinal}")
        if year is None and anchor is not None:
            # Reports discuss the current or past quarters; a later one is last year's.
            year = anchor.year if ordinal <= tx.quarter_of(anchor) else anchor.year - 1
        return _t(f"{(year or 0) - back:04d}-Q{ordinal}",
                  anchored=not (g.get("year") or g.get("year2")))
    if anchor is None:
        return None
    if g.get("relyear"):  # "last year's quarter": the same quarter a year before
        base = tx.shift(anchor, "quarter", -1) or ""
        return _t(f"{(year or 0):04d}-{base[5:]}", anchored=True)
    if year is not None:  # "the 1988 quarter": the reported quarter, that year
        return _t(f"{year - back:04d}-{(tx.shift(anchor, 'quarter', -1) or '')[5:]}", anchored=True)
    step = _QUARTER_REL.get(rel, -1)  # bare "the quarter": the last one completed
    return _t(tx.shift(anchor, "quarter", step - 4 * back) or "", anchored=True)


def _quarter_year(g: Groups, anchor: date | None) -> int | None:
    if g.get("year") or g.get("year2"):
        return int(g.get("year") or g.get("year2") or 0)
    relyear = (g.get("relyear") or "").lower()
    if relyear and anchor is not None:
        return anchor.year + {"last": -1, "next": 1}.get(relyear, 0)
    return None


def _half(g: Groups, anchor: date | None, lean: str, rule: DateRule) -> Timex | None:
    half = 1 if (g["ord"] or "").lower() == "first" else 2  # second, last, latter
    if g.get("year"):
        return _t(f"{int(g['year'] or 0):04d}-H{half}")
    return _t(f"{anchor.year:04d}-H{half}", anchored=True) if anchor else _t(f"XXXX-H{half}")


_REL_DAY = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1,
            "the day before yesterday": -2, "the day after tomorrow": 2}


def _rel_day(g: Groups, anchor: date | None, lean: str, rule: DateRule) -> Timex | None:
    offset = _REL_DAY[(g["rel"] or "").lower()]
    part = (g.get("part") or "").lower()
    day = (anchor + timedelta(days=offset)).isoformat() if anchor else "XXXX-XX-XX"
    if part:
        return _t(f"{day}T{tx.PARTS[part]}", "TIME", anchored=anchor is not None)
    return _t(day, anchored=anchor is not None, mod=modifier(g))  # "late yesterday": END


def _part_of_day(g: Groups, anchor: date | None, lean: str, rule: DateRule) -> Timex | None:
    rel = (g["rel"] or "").lower()
    part = tx.PARTS[(g["part"] or "").lower()]
    offset = -1 if rel.endswith("last") else 0
    day = (anchor + timedelta(days=offset)).isoformat() if anchor else "XXXX-XX-XX"
    return _t(f"{day}T{part}", "TIME", anchored=anchor is not None)


def _weekday(g: Groups, anchor: date | None, lean: str, rule: DateRule) -> Timex | None:
    weekday = tx.WEEKDAYS[(g["wd"] or "").lower()]
    if anchor is None:
        part = (g.get("part") or "").lower()
        if part:
            return _t(f"XXXX-WXX-{weekday}T{tx.PARTS[part]}", mod=modifier(g))
        return _t(f"XXXX-WXX-{weekday}", mod=modifier(g))
    rel = (g.get("rel") or "").lower()
    direction = {"last": "last", "past": "last", "this past": "last", "previous": "last",
                 "next": "next",
                 "coming": "future", "this coming": "future", "upcoming": "next",
                 "this upcoming": "next"}.get(rel)
    if rel == "this":
        direction = "future" if lean == "future" else "past"
    # Unknown tense: news reports what happened, so a bare weekday leans to the past.
    when = tx.weekday_date(weekday, anchor, direction or
                           ("future" if lean == "future" else "past")).isoformat()
    part = (g.get("part") or "").lower()
    if part:
        # TimeML corpora mostly type "Friday night" as a DATE with a part-of-day value.
        return _t(f"{when}T{tx.PARTS[part]}", anchored=True, mod=modifier(g))
    return _t(when, anchored=True, mod=modifier(g))


def _weekday_of_week(g: Groups, anchor: date | None, lean: str,
                     rule: DateRule) -> Timex | None:
    """"Tuesday of last week", "next week on Wednesday": that day of the named week."""
    weekday = tx.WEEKDAYS[(g["wd"] or "").lower()]
    if anchor is None:
        return _t(f"XXXX-WXX-{weekday}")
    step = _REL_STEP[(g["rel"] or "").lower()]
    monday = anchor - timedelta(days=anchor.isoweekday() - 1) + timedelta(weeks=step)
    day = (monday + timedelta(days=weekday - 1)).isoformat()
    part = (g.get("part") or "").lower()
    return _t(f"{day}T{tx.PARTS[part]}" if part else day, anchored=True)


def _offset_from(g: Groups, anchor: date | None, lean: str, rule: DateRule) -> Timex | None:
    """"three weeks from tomorrow", "two days before Christmas": a day counted from a day."""
    base = normalize(re.sub(r"\s+", " ", g["ref"] or ""), anchor)
    amount = number(g.get("num"))
    if base is None or amount is None or amount != int(amount):
        return None
    sign = -1 if (g.get("dir") or "").lower() == "before" else 1
    # "more than two weeks before" is a point before the value, "more than ... after" one after
    mod = (_AGO_MOD if sign < 0 else _FROM_MOD).get(modifier(g) or "", modifier(g))
    if not _DAY_VALUE.match(base.value):
        return _t("XXXX-XX-XX", mod=mod)  # the day it counts from is unknown
    unit = unit_name(g["unit"] or "")
    start = date.fromisoformat(base.value)
    if unit in ("day", "week"):
        when = start + timedelta(days=sign * int(amount) * (7 if unit == "week" else 1))
    else:
        year, month = tx.add_months(start.year, start.month,
                                    sign * int(amount) * (12 if unit == "year" else 1))
        when = date(year, month, min(start.day, calendar.monthrange(year, month)[1]))
    return _t(when.isoformat(), anchored=base.anchored, mod=mod)


_FROM_MOD = {"MORE_THAN": "AFTER", "EQUAL_OR_MORE": "ON_OR_AFTER", "LESS_THAN": "BEFORE",
             "EQUAL_OR_LESS": "ON_OR_BEFORE"}


_DAY_VALUE = re.compile(r"^\d{4}-\d\d-\d\d$")
_REL_STEP = {"this": 0, "last": -1, "next": 1, "the rest of": 0}


def _rel_unit(g: Groups, anchor: date | None, lean: str, rule: DateRule) -> Timex | None:
    rel = (g["rel"] or "").lower()
    unit = (g["unit"] or "").lower()
    words = rel.split()
    step = 0
    for word in ("last", "next", "this", "the"):
        if word in words:
            step = _REL_STEP.get(word, 0)
            break
    mod = "START" if words[0] in ("early", "earlier", "beginning") else (
        "END" if words[0] in ("late", "later") or "end" in words else None)
    if anchor is None:
        return _t({"day": "XXXX-XX-XX", "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE",
                   "month": "XXXX-XX", "year": "XXXX"}.get(unit, "XXXX"), mod=mod)
    value = tx.shift(anchor, unit, step)
    if value is None:
        return None
    return _t(value, anchored=True, mod=mod)


def _rel_span(g: Groups, anchor: date | None, lean: str, rule: DateRule) -> Timex | None:
    """"the past two years", "the last week", "the next few days": a period ending/starting now."""
    rel = (g["rel"] or "").lower()
    unit = unit_name(g["unit"] or "")
    if g.get("num") is None and rel in ("current", "this"):
        return _rel_unit({"rel": "this", "unit": unit}, anchor, lean, rule)
    if g.get("num") is None and unit in ("quarter",) and rel in _QUARTER_REL:
        return _quarter({"rel": rel}, anchor, lean, rule)
    if g.get("num") is None and rel in ("following", "preceding"):
        return None  # "the following year": relative to an event; resolved in context
    plural = (g["unit"] or "").lower().endswith("s")
    amount = number(g.get("num")) if g.get("num") else (None if plural else 1)
    value = period(amount, unit)
    if value is None:
        return None
    past = rel in ("past", "last", "previous", "recent")
    direction = "past" if past else ("future" if rel in ("next", "coming", "ahead") else None)
    if rel in ("first", "final", "latest", "following", "preceding") or anchor is None:
        return _t(value, "DURATION", mod=modifier(g), direction=direction)
    start = end = None
    if amount is not None and unit in ("day", "week", "month", "year", "decade"):
        days = {"day": 1, "week": 7}.get(unit)
        months = {"month": 1, "year": 12, "decade": 120}.get(unit, 0)
        other = _offset_date(anchor, (-1 if past else 1) * amount, days, months)
        if other is not None:
            start, end = (other, anchor.isoformat()) if past else (anchor.isoformat(), other)
    elif past:
        end = anchor.isoformat()
    else:
        start = anchor.isoformat()
    return _t(value, "DURATION", anchored=True, start=start, end=end, mod=modifier(g),
              direction=direction)


def _offset_date(anchor: date, amount: float, days: int | None, months: int) -> str | None:
    if amount != int(amount):
        return None
    if days:
        return (anchor + timedelta(days=days * int(amount))).isoformat()
    year, month = tx.add_months(anchor.year, anchor.month, months * int(amount))
    try:
        return date(year, month, min(anchor.day, 28)).isoformat()
    except ValueError:
        return None


_AGO_UNITS = {"day", "week", "month", "year", "decade", "century", "quarter"}
# "more than four decades ago" is a point before the value, "less than a year ago" one after.
_AGO_MOD = {"MORE_THAN": "BEFORE", "EQUAL_OR_MORE": "ON_OR_BEFORE", "LESS_THAN": "AFTER",
            "EQUAL_OR_LESS": "ON_OR_AFTER"}


def _ago(g: Groups, anchor: date | None, lean: str, rule: DateRule) -> Timex | None:
    unit = unit_name(g["unit"] or "")
    plural_only = g.get("num") is None
    amount = None if plural_only else number(g.get("num"))
    future = (g.get("dir") or "").lower() in ("from now", "hence")
    if unit not in _AGO_UNITS:
        return None
    mod = _AGO_MOD.get(modifier(g) or "", modifier(g))
    if amount is None:
        return _t("FUTURE_REF" if future else "PAST_REF", mod=mod)
    if anchor is None:
        return _t({"day": "XXXX-XX-XX", "week": "XXXX-WXX", "month": "XXXX-XX"}.get(unit, "XXXX"),
                  mod=mod)
    if amount != int(amount):
        return None
    sign = 1 if future else -1
    if unit == "decade":
        unit, amount = "year", amount * 10
    if unit == "century":
        unit, amount = "year", amount * 100
    value = tx.shift(anchor, unit, sign * int(amount))
    return _t(value, anchored=True, mod=mod) if value else None


def _offset(g: Groups, anchor: date | None, lean: str, rule: DateRule) -> Timex | None:
    """"a year earlier": the article's own year/month minus one (news compares to the DCT);
    "two days later": counted from the reference the caller passes as `anchor` (see
    reference_grain). TimeML writes "three days later" as the duration "three days", so
    days are left to the duration rules."""
    unit = unit_name(g["unit"] or "")
    direction = (g.get("dir") or "").lower()
    if unit not in ("year", "month", "week") or anchor is None:
        return None
    amount = int(number(g.get("num")) or 1) if g.get("num") else 1
    sign = 1 if direction == "later" else -1
    value = tx.shift(anchor, unit, sign * amount)
    return _t(value, anchored=True) if value else None


# --- expressions relative to the story's own time ("two days later", "that week") --------

_NARRATIVE_GRAIN = {"day": "day", "morning": "day", "afternoon": "day", "evening": "day",
                    "night": "day", "week": "day", "month": "month", "year": "year"}


def reference_grain(text: str, rule_id: str | None) -> str | None:
    """How precise the reference time of an expression relative to the story must be
    ("the following day" needs a day, "that year" a year), or None when the expression is
    relative to the article's own date. The caller finds that reference (the last date the
    text gave) and passes it to normalize() as the anchor: "that day" is then "today"."""
    found = parse(text.strip(), rule_id)
    if found is None:
        return None
    rule, g = found
    if rule.norm == "narrative":
        unit = (g.get("unit") or g.get("unit2") or "").lower()
        return _NARRATIVE_GRAIN.get(unit, "day")
    if rule.norm == "offset" and rule.id == "date.offset":
        unit = unit_name(g["unit"] or "")
        # "a year earlier" compares with the reported period (the article's), "a month
        # later" / "a week earlier" move along the story.
        if (g.get("dir") or "").lower() == "later" or unit == "week":
            return {"week": "day"}.get(unit, unit)
    return None


_REF_STEP = {"previous": -1, "preceding": -1, "following": 1, "next": 1}


def _narrative(g: Groups, anchor: date | None, lean: str, rule: DateRule) -> Timex | None:
    """"that week", "earlier that day", "the following month", "the previous Friday",
    "the next morning": `anchor` is the story's reference time, not the article's date."""
    rel = (g.get("rel") or g.get("rel2") or "").lower()
    unit = (g.get("unit") or g.get("unit2") or "").lower()
    step = _REF_STEP.get(rel, 0)
    mod = {"early": "START", "late": "END"}.get((g.get("mod") or "").lower())
    if g.get("wd"):
        weekday = tx.WEEKDAYS[(g["wd"] or "").lower()]
        if anchor is None:
            return _t(f"XXXX-WXX-{weekday}")
        day = tx.weekday_date(weekday, anchor, "last" if step < 0 else "next").isoformat()
        part = (g.get("part") or "").lower()
        return _t(f"{day}T{tx.PARTS[part]}" if part else day, anchored=True)
    if unit in tx.PARTS:
        day = (anchor + timedelta(days=step)).isoformat() if anchor else "XXXX-XX-XX"
        return _t(f"{day}T{tx.PARTS[unit]}", "TIME", anchored=anchor is not None, mod=mod)
    if anchor is None:
        return _t({"day": "XXXX-XX-XX", "week": "XXXX-WXX", "month": "XXXX-XX"}.get(unit, "XXXX"),
                  mod=mod)
    value = tx.shift(anchor, unit, step)
    return _t(value, anchored=True, mod=mod) if value else None


def _duration(g: Groups, anchor: date | None, lean: str, rule: DateRule) -> Timex | None:
    unit = unit_name(g["unit"] or "")
    vague = g.get("num") is None and rule.id in ("duration.vague", "duration.recent")
    amount = None if vague else number(g.get("num"))
    if amount is not None and g.get("half"):
        amount += 0.5
    value = period(amount, unit)
    return _t(value, "DURATION", mod=modifier(g)) if value else None


def _set(g: Groups, anchor: date | None, lean: str, rule: DateRule) -> Timex | None:
    word = (g.get("unit") or "").lower()
    if word in tx.WEEKDAYS:
        return _t(f"XXXX-WXX-{tx.WEEKDAYS[word]}", "SET")
    if word in tx.PARTS:
        return _t(f"XXXX-XX-XXT{tx.PARTS[word]}", "SET")
    if word in tx.SEASONS:
        return _t(f"XXXX-{tx.SEASONS[word]}", "SET")
    if word.rstrip(".") in _MONTH_WORDS:  # "each July"
        return _t(f"XXXX-{tx.month_number(word):02d}", "SET")
    amount = number(g.get("num")) if g.get("num") else 1
    if amount is not None and g.get("other"):  # "every other day": every two days
        amount *= 2
    value = period(amount, unit_name(word))
    return _t(value, "SET") if value else None


_MONTH_WORDS = {"january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december", "jan", "feb", "aug", "sept",
                "oct", "nov", "dec"}


_ADVERB = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
           "nightly": "XXXX-XX-XXTNI", "hourly": "PT1H"}


def _set_adverb(g: Groups, anchor: date | None, lean: str, rule: DateRule) -> Timex | None:
    return _t(_ADVERB[(g["adv"] or "").lower()], "SET")


def _clock(g: Groups, anchor: date | None, lean: str, rule: DateRule) -> Timex | None:
    day = _clock_day(g, anchor, lean, rule)
    if day is None:
        return None
    named = (g.get("named") or "").lower()
    if named:
        return _t(f"{day}T{'24:00' if named == 'midnight' else '12:00'}", "TIME",
                  anchored="X" not in day and anchor is not None)
    hour = int(g.get("h") or g.get("h2") or 0)
    minute = int(g.get("m") or g.get("m2") or 0)
    ap = (g.get("ap") or g.get("ap2") or "").lower().replace(".", "")
    if ap == "pm" and hour < 12:
        hour += 12
    elif ap == "am" and hour == 12:
        hour = 0
    if hour > 23:
        return None
    explicit = g.get("wd") or g.get("rel") or g.get("month")
    written = g.get("year") or g.get("ny")  # the day is written out in full: no anchor used
    return _t(f"{day}T{hour:02d}:{minute:02d}", "TIME",
              anchored=anchor is not None and not written and not (g.get("month") and not explicit))


def _clock_day(g: Groups, anchor: date | None, lean: str, rule: DateRule) -> str | None:
    """The day a clock time falls on: its own weekday/date/relative day, else the anchor's."""
    if g.get("wd"):
        found = _weekday({"wd": g["wd"]}, anchor, lean, rule)
    elif g.get("rel"):
        found = _rel_day({"rel": g["rel"]}, anchor, lean, rule)
    elif g.get("month"):
        found = _ymd({"month": g["month"], "day": g.get("day"), "year": g.get("year")}, anchor,
                     lean, rule)
    elif g.get("a"):  # "23.04.2022 14:55"
        found = _numeric({"a": g["a"], "b": g.get("b"), "year": g.get("ny")}, anchor, lean, rule)
    else:
        return anchor.isoformat() if anchor else "XXXX-XX-XX"
    if found is None:
        return None
    return found.value if "W" not in found.value else "XXXX-XX-XX"  # no weekday form with time


def _clock_range(g: Groups, anchor: date | None, lean: str, rule: DateRule) -> Timex | None:
    """"from 10:30 to 3 on 1/1/2015", "next Monday 1-3 pm": a period of a day, as a
    duration whose ends are the two clock times on that day (the anchor's day if none)."""
    ends = _range_hours(g)
    if ends is None:
        return None
    (h1, m1), (h2, m2) = ends
    minutes = (h2 * 60 + m2) - (h1 * 60 + m1)
    if minutes <= 0:
        return None
    day = _range_day(g, anchor, lean, rule)
    if day is None:
        return None
    hours, rest = divmod(minutes, 60)
    value = "PT" + (f"{hours}H" if hours else "") + (f"{rest}M" if rest else "")
    return _t(value, "DURATION", start=f"{day}T{h1:02d}:{m1:02d}", end=f"{day}T{h2:02d}:{m2:02d}",
              anchored=anchor is not None and "X" not in day)


_PM_PARTS = {"afternoon", "evening", "night", "tonight"}


def _range_hours(g: Groups) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The two ends in 24-hour time: a single am/pm serves both ends ("1-3 pm"), unless
    that would put the start after the end ("10 to 3 pm" starts at 10 am); a part of the
    day ("this evening from 7 to 7:30") or an end before the start ("10:30 to 3") is pm."""
    h1, h2 = int(g.get("h1") or 0), int(g.get("h2") or 0)
    m1, m2 = int(g.get("m1") or 0), int(g.get("m2") or 0)
    ap1 = (g.get("ap1") or "").lower().replace(".", "")
    ap2 = (g.get("ap2") or "").lower().replace(".", "")
    part = (g.get("part") or g.get("ppart") or g.get("rd") or "").lower()
    if not ap1 and ap2:
        ap1 = ap2 if _hour(h1, ap2) * 60 + m1 < _hour(h2, ap2) * 60 + m2 else "am"
    elif ap1 and not ap2:
        ap2 = ap1 if _hour(h1, ap1) * 60 + m1 < _hour(h2, ap1) * 60 + m2 else "pm"
    elif not ap1 and part in _PM_PARTS and h1 < 12 and h2 < 12:
        ap1 = ap2 = "pm"
    start, end = _hour(h1, ap1), _hour(h2, ap2)
    if not ap2 and end * 60 + m2 <= start * 60 + m1 and end < 12:
        end += 12
    if start > 23 or end > 24:
        return None
    return (start, m1), (end, m2)


def _hour(hour: int, ap: str) -> int:
    if ap == "pm" and hour < 12:
        return hour + 12
    if ap == "am" and hour == 12:
        return 0
    return hour


def _range_day(g: Groups, anchor: date | None, lean: str, rule: DateRule) -> str | None:
    """The day a clock range falls on: its own date, weekday or relative day, else the
    anchor's (XXXX-XX-XX without one)."""
    found: Timex | None
    if g.get("a"):
        found = _numeric({"a": g["a"], "b": g["b"], "year": g["y"]}, anchor, lean, rule)
    elif g.get("month"):
        found = _ymd({"month": g["month"], "day": g["day"], "year": g.get("year")}, anchor,
                     lean, rule)
    elif g.get("wd"):
        found = _weekday({"wd": g["wd"], "rel": g.get("rel")}, anchor, lean, rule)
    elif g.get("rd") or g.get("prd"):
        rel = (g.get("rd") or g.get("prd") or "").lower()
        found = _rel_day({"rel": {"last": "yesterday", "this": "today"}.get(rel, rel)}, anchor,
                         lean, rule)
    else:
        return anchor.isoformat() if anchor else "XXXX-XX-XX"
    if found is None:
        return None
    return found.value if "W" not in found.value else "XXXX-XX-XX"


def _weekend(g: Groups, anchor: date | None, lean: str, rule: DateRule) -> Timex | None:
    """'the weekend': early in the week it is the one just past, later the coming one."""
    if anchor is None:
        return _t("XXXX-WXX-WE")
    past = anchor.isoweekday() <= 2 or (lean != "future" and anchor.isoweekday() <= 3)
    return _t(tx.shift(anchor, "weekend", -1 if past else 0) or "", anchored=True)


def _holiday(g: Groups, anchor: date | None, lean: str, rule: DateRule) -> Timex | None:
    name = (g["name"] or "").lower()
    rel = (g.get("rel") or "").lower()
    if g.get("year"):
        day = tx.holiday(name, int(g["year"] or 0))
        return _t(day.isoformat()) if day else None
    if anchor is None:
        fixed = tx.FIXED_HOLIDAYS.get(name)
        return _t(f"XXXX-{fixed[0]:02d}-{fixed[1]:02d}") if fixed else None
    candidates = [d for d in (tx.holiday(name, y) for y in range(anchor.year - 1, anchor.year + 2))
                  if d is not None]
    if rel == "last":
        options = [d for d in candidates if d < anchor]
        pick = max(options) if options else None
    elif rel == "next" or lean == "future":
        options = [d for d in candidates if d >= anchor]
        pick = min(options) if options else None
    else:
        pick = min(candidates, key=lambda d: (abs((d - anchor).days) * (1 if d <= anchor else 2)))
    return _t(pick.isoformat(), anchored=True) if pick else None


_REFS = {"now": "PRESENT_REF", "currently": "PRESENT_REF", "nowadays": "PRESENT_REF",
         "at present": "PRESENT_REF", "the present": "PRESENT_REF", "present-day": "PRESENT_REF",
         "these days": "PRESENT_REF", "at the moment": "PRESENT_REF", "right now": "PRESENT_REF",
         "current": "PRESENT_REF", "recently": "PAST_REF", "lately": "PAST_REF",
         "the past": "PAST_REF", "in the past": "PAST_REF", "previously": "PAST_REF",
         "formerly": "PAST_REF", "recent": "PAST_REF", "the future": "FUTURE_REF",
         "soon": "FUTURE_REF", "the near term": "FUTURE_REF",
         "the short term": "FUTURE_REF"}


def _ref(g: Groups, anchor: date | None, lean: str, rule: DateRule) -> Timex | None:
    ref = re.sub(r"\s+", " ", (g["ref"] or "").lower())
    return _t(_REFS.get(ref, "FUTURE_REF" if ref.startswith("the coming") else "PRESENT_REF"))


def _year_end(g: Groups, anchor: date | None, lean: str, rule: DateRule) -> Timex | None:
    """"by year-end": the last day of the article's year (TimeML corpora write it as a day)."""
    if anchor is None:
        return _t("XXXX-12-31")
    return _t(f"{anchor.year:04d}-12-31", anchored=True)


Handler = Callable[[Groups, "date | None", str, DateRule], "Timex | None"]
HANDLERS: dict[str, Handler] = {
    "ymd": _ymd,
    "week_of": _week_of,
    "numeric": _numeric,
    "year_words": _year_words,
    "rel_month": _rel_month,
    "year": _year,
    "year_apos": _year_apos, "decade": _decade, "year_range": _year_range,
    "day_range": _day_range, "season": _season, "quarter": _quarter, "half": _half,
    "rel_day": _rel_day, "part_of_day": _part_of_day, "weekday": _weekday,
    "rel_unit": _rel_unit, "rel_span": _rel_span, "ago": _ago, "offset": _offset,
    "narrative": _narrative,
    "weekday_of_week": _weekday_of_week, "offset_from": _offset_from,
    "duration": _duration, "set": _set, "set_adverb": _set_adverb,
    "clock": _clock, "clock_range": _clock_range, "ref": _ref, "year_end": _year_end,
    "weekend": _weekend, "holiday": _holiday,
}
