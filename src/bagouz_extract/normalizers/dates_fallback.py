"""Last resort for expressions the grammar does not read (spaCy DATE entities): dateparser.

Only the short expression is parsed, never a whole text. Parts the expression does not
write are never taken from dateparser's answer (it fills them from its base date), so a
missing year becomes the anchor's nearest year or XXXX, never the clock's.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache
from typing import TYPE_CHECKING

from . import timex as tx

if TYPE_CHECKING:
    from .dates import Timex

_YEAR = re.compile(r"(?<!\d)(1[6-9]\d\d|20\d\d)(?!\d)")
_MONTH = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?![a-z])", re.I)
_DAY = re.compile(r"(?<![\d:])([12]\d|3[01]|0?[1-9])(st|nd|rd|th)?(?![\d:])")
_SETTINGS_BASE = {"PREFER_DATES_FROM": "past", "STRICT_PARSING": False,
                  "PARSERS": ["absolute-time"]}
# A fixed base (not the clock): only used to fill parts we then discard.
_NEUTRAL_BASE = datetime(2000, 1, 1)


@lru_cache(maxsize=4096)
def fallback(text: str, anchor: date | None) -> Timex | None:
    """A calendar DATE from an explicit month (and day/year) that dateparser can read."""
    from .dates import Timex  # deferred: dates imports this module lazily too

    if len(text) > 40 or not _MONTH.search(text):
        return None
    has_year = bool(_YEAR.search(text))
    has_day = bool(_DAY.search(_YEAR.sub(" ", text)))
    parsed = _dateparser(text, has_year, has_day)
    if parsed is None:
        return None
    month, day = parsed.month, parsed.day if has_day else None
    if has_year:
        year: int | None = parsed.year
    elif anchor is not None:
        year = tx.closest_year(month, day, anchor)
    else:
        year = None
    value = f"{year:04d}" if year is not None else "XXXX"
    value += f"-{month:02d}" + (f"-{day:02d}" if day else "")
    return Timex(value, "DATE", tx.granularity(value), anchored=not has_year and anchor is not None)


def _dateparser(text: str, has_year: bool, has_day: bool) -> datetime | None:
    import dateparser

    parts = ["month"] + (["year"] if has_year else []) + (["day"] if has_day else [])
    settings = {**_SETTINGS_BASE, "RELATIVE_BASE": _NEUTRAL_BASE, "REQUIRE_PARTS": parts}
    try:
        return dateparser.parse(text, languages=["en"], settings=settings)
    except (ValueError, OverflowError):
        return None
