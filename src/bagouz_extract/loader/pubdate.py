"""Parse a publication date written in a page header ("20-02-2019", "Published March 5, 2019").

Only full dates with a written year are accepted: a header date never borrows its year
from the machine's clock.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

_NUMERIC_DMY = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})")
_NUMERIC_YMD = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
_HAS_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_PREFIX = re.compile(
    r"^(?:(?:first |last )?(?:published|updated|posted|last updated|modified|date)"
    r"(?: on| at)?\s*:?\s*)", re.IGNORECASE)
_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
_TEXTUAL = re.compile(
    rf"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS}|(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?),?\s+\d{{4}}"
    rf"|(?:{_MONTHS}|(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?)\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}})"
    rf"(?:,?\s*(?:at\s+)?\d{{1,2}}[:.]\d{{2}}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{{2,4}})?)?",
    re.IGNORECASE)


@dataclass(frozen=True)
class HeaderDate:
    iso: str
    ambiguous: bool = False  # day and month could be swapped (both <= 12)
    label: str | None = None  # "published", "updated", ...


def parse_header_date(line: str) -> HeaderDate | None:
    """A date that makes up the whole line, optionally after "Published"/"Updated"."""
    stripped = line.strip().rstrip(".")
    prefix = _PREFIX.match(stripped)
    label = prefix.group().strip(" :").lower() if prefix and prefix.group().strip() else None
    rest = stripped[prefix.end():] if prefix else stripped
    rest = rest.strip()
    if not rest or not _HAS_YEAR.search(rest):
        return None
    found = _numeric(rest) or _textual(rest)
    if found is None:
        return None
    return HeaderDate(found.iso, found.ambiguous, label)


def _numeric(text: str) -> HeaderDate | None:
    for regex, order in ((_NUMERIC_YMD, "ymd"), (_NUMERIC_DMY, "dmy")):
        match = regex.fullmatch(text)
        if not match:
            continue
        a, b, c = (int(x) for x in match.groups())
        year, first, second = (a, b, c) if order == "ymd" else (c, b, a)
        # first=month, second=day for Y-M-D; for D-M-Y the day comes first. A first number
        # over 12 settles the order; otherwise day-first is assumed and flagged.
        if order == "dmy" and b > 12 and a <= 12:
            first, second = a, b
        iso = _safe_iso(year, first, second)
        ambiguous = order == "dmy" and a <= 12 and b <= 12 and a != b
        return HeaderDate(iso, ambiguous) if iso else None
    return None


def _textual(text: str) -> HeaderDate | None:
    if not _TEXTUAL.fullmatch(text):
        return None
    parsed = _dateparser_strict(text)
    return HeaderDate(parsed) if parsed else None


@lru_cache(maxsize=4096)
def _dateparser_strict(text: str) -> str | None:
    import dateparser

    settings = {"REQUIRE_PARTS": ["day", "month", "year"], "RETURN_AS_TIMEZONE_AWARE": False}
    result = dateparser.parse(text, languages=["en"], settings=settings)
    return result.date().isoformat() if result else None


def _safe_iso(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None
