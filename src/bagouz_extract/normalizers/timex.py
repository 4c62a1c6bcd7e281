"""Calendar arithmetic for TIMEX3 values (pure; every function takes its anchor explicitly)."""

from __future__ import annotations

import re
from datetime import date, timedelta

MONTHS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
          "sep": 9, "oct": 10, "nov": 11, "dec": 12}
WEEKDAYS = {"monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5,
            "saturday": 6, "sunday": 7}
# month and weekday names in full, lower case: words that open no name ('the Task Force Monday')
CALENDAR_WORDS = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"} | set(WEEKDAYS)
)
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
# First month of each season (northern hemisphere, as TimeML corpora assume).
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}


def month_number(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")[:3]]


_ORDINAL_WORDS = {w: i + 1 for i, w in enumerate(
    ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
     "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
     "eighteenth", "nineteenth", "twentieth"])}
_ORDINAL_WORDS["thirtieth"] = 30


def day_number(word: str) -> int:
    """The day of month in "9", "9th" or "twenty-second"."""
    digits = re.sub(r"\D", "", word)
    if digits:
        return int(digits)
    parts = re.split(r"[- ]+", word.lower())
    tens = {"twenty": 20, "thirty": 30}.get(parts[0], 0) if len(parts) == 2 else 0
    return tens + _ORDINAL_WORDS[parts[-1]]


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def iso_week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def quarter_of(day: date) -> int:
    return (day.month - 1) // 3 + 1


def closest_year(month: int, day: int | None, anchor: date, lean: str = "past") -> int:
    """The year that puts month/day nearest the anchor; ties lean to the past.

    With a future lean (the clause is in the future tense) the nearest date not before
    the anchor's month is taken, with a past lean the nearest not after it, but only when
    that date lies within about ten months of the anchor: a tense read off the governing verb
    ("declared a dividend payable Dec. 7") must not push a date eleven months away.
    """
    scored: list[tuple[float, int, int, int]] = []  # (score, year, direction, days away)
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            when = date(year, month, day or 15)
        except ValueError:
            continue
        gap = (when - anchor).days
        later, earlier = (year, month) > (anchor.year, anchor.month), (year, month) < (
            anchor.year, anchor.month)
        direction_sign = 1 if later else (-1 if earlier else 0)
        # A date more than a month ahead of the article is less likely than one behind it.
        score = abs(gap) if gap <= 0 else abs(gap) * 1.5
        scored.append((score, year, direction_sign, abs(gap)))
    if not scored:
        return anchor.year
    wanted = {"future": (0, 1), "past": (-1, 0)}.get(lean)
    if wanted:
        leaning = [s for s in scored if s[2] in wanted and s[3] <= _LEAN_REACH]
        if leaning:
            return min(leaning)[1]
    return min(scored)[1]


# How far (days) a tense lean may move a yearless date from the anchor.
_LEAN_REACH = 300


def weekday_date(weekday: int, anchor: date, lean: str) -> date:
    """The weekday nearest the anchor in the direction of `lean` (the anchor day included)."""
    delta = anchor.isoweekday() - weekday
    if lean == "future":
        return anchor + timedelta(days=(-delta) % 7)
    if lean == "last":  # "last Friday": strictly before the anchor
        return anchor - timedelta(days=delta % 7 or 7)
    if lean == "next":  # "next Friday": strictly after the anchor
        return anchor + timedelta(days=(-delta) % 7 or 7)
    return anchor - timedelta(days=delta % 7)


def shift(anchor: date, unit: str, amount: int) -> str | None:
    """The TIMEX3 value `amount` units away from the anchor, at the unit's granularity."""
    if unit == "day":
        return (anchor + timedelta(days=amount)).isoformat()
    if unit == "week":
        return iso_week(anchor + timedelta(weeks=amount))
    if unit == "weekend":
        return iso_week(anchor + timedelta(weeks=amount)) + "-WE"
    if unit == "month":
        year, month = add_months(anchor.year, anchor.month, amount)
        return f"{year:04d}-{month:02d}"
    if unit == "quarter":
        year, month = add_months(anchor.year, (quarter_of(anchor) - 1) * 3 + 1, 3 * amount)
        return f"{year:04d}-Q{(month - 1) // 3 + 1}"
    if unit == "year":
        return f"{anchor.year + amount:04d}"
    if unit == "decade":
        return f"{anchor.year // 10 + amount:03d}"
    if unit == "century":
        return f"{anchor.year // 100 + amount:02d}"
    return None


def granularity(value: str) -> str | None:
    """How precise a TIMEX3 value is: day, month, year, week, quarter, hour, ... or None."""
    if value.endswith("_REF"):
        return None
    if value.startswith("P"):
        unit = value[-1] if not value.endswith("DE") else "DE"
        in_time = "T" in value
        return {"S": "second", "M": "minute" if in_time else "month", "H": "hour", "D": "day",
                "W": "week", "Y": "year", "Q": "quarter", "DE": "decade"}.get(unit)
    return _point_granularity(value)


_POINT_FORMS = [
    (re.compile(r"^[\dX]{4}-[\dX]{2}-[\dX]{2}T\d\d:\d\d"), "minute"),
    (re.compile(r"^[\dX]{4}-[\dX]{2}-[\dX]{2}T(MO|AF|EV|NI|\d\d)"), "part_of_day"),
    (re.compile(r"^[\dX]{4}-W[\dX]{2}-\dT(MO|AF|EV|NI)$"), "part_of_day"),
    (re.compile(r"^[\dX]{4}-[\dX]{2}-[\dX]{2}$"), "day"),
    (re.compile(r"^[\dX]{4}-W[\dX]{2}-WE$"), "weekend"),
    (re.compile(r"^[\dX]{4}-W[\dX]{2}-\d$"), "day"),
    (re.compile(r"^[\dX]{4}-W[\dX]{2}$"), "week"),
    (re.compile(r"^[\dX]{4}-[\dX]{2}$"), "month"),
    (re.compile(r"^[\dX]{4}-Q[\dX]$"), "quarter"),
    (re.compile(r"^[\dX]{4}-H\d$"), "half_year"),
    (re.compile(r"^[\dX]{4}-(SP|SU|FA|WI)$"), "season"),
    (re.compile(r"^\d{3}X?$"), "decade"),
    (re.compile(r"^[\dX]{4}$"), "year"),
    (re.compile(r"^\d{2}$"), "century"),
]


def _point_granularity(value: str) -> str | None:
    for regex, name in _POINT_FORMS:
        if regex.match(value):
            return name
    return None


FIXED_HOLIDAYS = {"christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
                  "new year's day": (1, 1), "new year": (1, 1), "new year's eve": (12, 31),
                  "halloween": (10, 31), "valentine's day": (2, 14)}


def holiday(name: str, year: int) -> date | None:
    """The date of a named holiday in a given year (Western calendar, US Thanksgiving)."""
    if name in FIXED_HOLIDAYS:
        month, day = FIXED_HOLIDAYS[name]
        return date(year, month, day)
    if name.startswith("thanksgiving"):
        first = date(year, 11, 1)
        return first + timedelta(days=(3 - first.weekday()) % 7 + 21)
    if name.startswith("easter"):
        return _easter(year)
    return None


def _easter(year: int) -> date:
    """Gregorian Easter Sunday (anonymous algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31
    day = (h + l - 7 * m + 114) % 31 + 1
    return date(year, month, day)
