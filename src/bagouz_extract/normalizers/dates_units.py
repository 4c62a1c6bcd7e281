"""Numbers, units and modifiers inside temporal expressions ("two weeks", "5 1/2 hours").

Pure helpers for the dates normalizer: counts from digits or words, TIMEX3 durations
(P3D, PT5H30M, PXY for a vague amount) and TimeML mod values (START, APPROX, ...).
"""

from __future__ import annotations

import re

Groups = dict[str, str | None]


# --- numbers ---------------------------------------------------------------------------

_WORDS = {w: i for i, w in enumerate(
    ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
     "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
     "nineteen"])}
_WORDS.update({"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
               "seventy": 70, "eighty": 80, "ninety": 90, "a": 1, "an": 1})
_HALF = {"half a", "half an", "a half"}
_COUPLE = {"a couple of", "couple of", "a couple", "a pair of"}


def number(text: str | None) -> float | None:
    """A count from digits or number words; None for vague amounts ("several", "a few")."""
    if text is None:
        return 1
    words = text.lower().strip()
    if words in _HALF:
        return 0.5
    if words in _COUPLE:
        return 2
    digits = re.fullmatch(r"(\d+(?:\.\d+)?)(\s1/2)?", words)
    if digits:
        return float(digits.group(1)) + (0.5 if digits.group(2) else 0)
    total = 0
    for part in re.split(r"[- ]+", words):
        if part == "hundred":
            total = max(total, 1) * 100
        elif part in _WORDS:
            total += _WORDS[part]
        elif part != "and":
            return None
    return float(total) if total else None


def _num_text(n: float) -> str:
    return str(int(n)) if n == int(n) else f"{n:g}"


# --- units -----------------------------------------------------------------------------

_UNIT = {"second": ("S", True), "minute": ("M", True), "hour": ("H", True), "day": ("D", False),
         "week": ("W", False), "weekend": ("WE", False), "fortnight": ("W", False),
         "month": ("M", False), "quarter": ("Q", False), "year": ("Y", False),
         "decade": ("DE", False), "century": ("CE", False)}


def unit_name(text: str) -> str:
    word = text.lower().rstrip("s") if text.lower() not in ("centuries",) else "century"
    return "century" if word == "centurie" else word


_SMALLER = {"Y": ("M", 12), "D": ("H", 24), "H": ("M", 60), "S": ("S", 60), "W": ("D", 7)}


def period(amount: float | None, unit: str) -> str | None:
    """An ISO 8601 / TIMEX3 duration: P3D, PT5H, P2W, PXY for a vague amount."""
    if unit not in _UNIT:
        return None
    letter, in_time = _UNIT[unit]
    if unit == "fortnight" and amount is not None:
        amount *= 2
    if unit == "weekend":
        return None if amount is None else f"P{_num_text(amount * 2)}D"
    if unit in ("decade", "century") and amount is not None:
        # TimeML corpora write decades and centuries in years: "two decades" is P20Y.
        return f"P{_num_text(amount * (10 if unit == 'decade' else 100))}Y"
    if amount is None:
        count = "X"
    elif amount != int(amount) and (unit == "minute" or (letter in _SMALLER and unit != "month")):
        # "2 1/2 years" is P2Y6M, "5 1/2 hours" PT5H30M: the fraction in the next unit down.
        smaller, factor = _SMALLER["S" if unit == "minute" else letter]
        rest = round((amount - int(amount)) * factor)
        whole = f"{int(amount)}{letter}" if int(amount) else ""
        return f"P{'T' if in_time else ''}{whole}{rest}{smaller}"
    else:
        count = _num_text(amount)
    return f"P{'T' if in_time else ''}{count}{letter}"


_APPROX_MOD = {"about": "APPROX", "around": "APPROX", "almost": "LESS_THAN", "nearly": "LESS_THAN",
               "roughly": "APPROX", "approximately": "APPROX", "some": "APPROX",
               "more than": "MORE_THAN", "over": "MORE_THAN", "less than": "LESS_THAN",
               "fewer than": "LESS_THAN", "under": "LESS_THAN", "at least": "EQUAL_OR_MORE",
               "at most": "EQUAL_OR_LESS", "up to": "EQUAL_OR_LESS", "just over": "MORE_THAN",
               "just under": "LESS_THAN", "well over": "MORE_THAN"}
_POINT_MOD = {"early": "START", "the beginning of": "START", "the start of": "START",
              "mid": "MID", "the middle of": "MID", "late": "END", "the end of": "END",
              "the first half of": "START", "the second half of": "END"}


def modifier(g: Groups) -> str | None:
    for key, table in (("approx", _APPROX_MOD), ("mod", _POINT_MOD)):
        word = (g.get(key) or "").lower()
        if word in table:
            return table[word]
    return None
