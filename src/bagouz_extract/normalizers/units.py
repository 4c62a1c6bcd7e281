"""Units of measure written after a number, normalized to SI ("meters" -> m, "square miles" -> km2).

Pure functions; the unit lexicon is data/quantities_units.json.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..resources import load_json, require_keys

_UNIT_KEYS = {"id", "forms", "name", "kind", "si", "factor", "example"}


@dataclass(frozen=True)
class UnitMatch:
    text: str  # the unit as written
    end: int  # offset just after it
    name: str  # the text's own unit: "mile"
    kind: str  # length, area, percent, money, mass, ...
    si: str  # normalized unit: m, m2, km2, percent, USD ...
    factor: float  # multiply the text's value by this to get the normalized value


@dataclass(frozen=True)
class _Form:
    pattern: re.Pattern[str]
    first: re.Pattern[str]  # its first character alone, with the same case rule
    name: str
    kind: str
    si: str
    factor: float


def _form_pattern(form: str) -> re.Pattern[str]:
    # Symbols of one or two letters are case-sensitive ("m" metre vs "M" million; "MB" vs "mb").
    words = [re.escape(w) for w in form.split(" ")]
    body = r"[ \u00a0]+".join(words)
    tail = r"(?![A-Za-z0-9])" if form[-1].isalnum() else ""
    flags = 0 if len(form) <= 2 else re.IGNORECASE
    return re.compile(body + tail, flags)


def _first_char(form: str) -> re.Pattern[str]:
    return re.compile(re.escape(form[0]), 0 if len(form) <= 2 else re.IGNORECASE)


@lru_cache(maxsize=1)
def _forms() -> tuple[_Form, ...]:
    data = load_json("quantities_units.json")
    forms: list[tuple[str, _Form]] = []
    for rec in data["units"]:
        require_keys(rec, _UNIT_KEYS, _UNIT_KEYS, "data/quantities_units.json")
        for form in rec["forms"]:
            forms.append(
                (
                    form,
                    _Form(
                        _form_pattern(form),
                        _first_char(form),
                        rec["name"],
                        rec["kind"],
                        rec["si"],
                        float(rec["factor"]),
                    ),
                )
            )
    # Longest spelling first, so "square miles" wins over "miles".
    forms.sort(key=lambda item: -len(item[0]))
    return tuple(f for _, f in forms)


@lru_cache(maxsize=1)
def _currencies() -> dict[str, str]:
    data = load_json("quantities_units.json")
    out = {}
    for rec in data["currencies"]:
        require_keys(
            rec,
            {"id", "symbol", "unit", "example"},
            {"id", "symbol", "unit", "example"},
            "data/quantities_units.json",
        )
        out[rec["symbol"]] = rec["unit"]
    return out


@lru_cache(maxsize=1)
def _rates() -> tuple[tuple[re.Pattern[str], str], ...]:
    data = load_json("quantities_units.json")
    out = []
    for rec in data["rates"]:
        require_keys(
            rec,
            {"id", "words", "period", "example"},
            {"id", "words", "period", "example"},
            "data/quantities_units.json",
        )
        words = "|".join(re.escape(w) for w in rec["words"])
        out.append(
            (
                re.compile(
                    rf"\s*(?:(?:in|per|each|every)\s+(?:a\s+|an\s+|one\s+|single\s+|the\s+)?|a\s+|an\s+)"
                    rf"(?:{words})\b",
                    re.IGNORECASE,
                ),
                rec["period"],
            )
        )
    return tuple(out)


def currency(symbol: str) -> str | None:
    """'$' -> 'USD'; None when `symbol` is no currency sign."""
    return _currencies().get(symbol)


_LEAD_RE = re.compile(r"(?:[ \u00a0]?-[ \u00a0]?|[ \u00a0]{1,2}[(\[{<]?|[(\[{<]?)")


def match_unit(text: str, pos: int) -> UnitMatch | None:
    """The unit written at `pos` (after optional space, hyphen or bracket): '600 meters',
    '3-inch', '20 (kg)'."""
    m = _LEAD_RE.match(text, pos)
    at = m.end() if m else pos
    for form in _forms_starting(text[at : at + 1]):
        hit = form.pattern.match(text, at)
        if hit:
            end = hit.end()
            if text[at - 1 : at] in "([{<" and text[end : end + 1] in ")]}>":
                end += 1
            elif text[at - 1 : at] in "([{<":
                continue
            return UnitMatch(text[at : hit.end()], end, form.name, form.kind, form.si, form.factor)
    return None


@lru_cache(maxsize=4096)
def _forms_starting(char: str) -> tuple[_Form, ...]:
    """The forms whose pattern can match text starting with `char`, longest first.

    Every form starts with a literal character, so this is the same answer as trying each
    form's pattern, at one test per form per distinct character instead of per number.
    """
    return tuple(f for f in _forms() if f.first.match(char))


def match_rate(text: str, pos: int) -> str | None:
    """'400 in a day' -> 'P1D': the period right after a count, or None."""
    found = match_rate_span(text, pos)
    return found[0] if found else None


def match_rate_span(text: str, pos: int) -> tuple[str, int] | None:
    """The period right after a count and the offset where its phrase ends ('in a day')."""
    for pattern, period in _rates():
        hit = pattern.match(text, pos)
        if hit:
            return period, hit.end()
    return None


def to_si(value: float, unit_text: str) -> tuple[float, str] | None:
    """Convert `value` written in `unit_text` ("square miles") to its normalized unit."""
    hit = match_unit(" " + unit_text, 0)
    if hit is None or hit.end != len(unit_text) + 1:
        return None
    return round(value * hit.factor, 6), hit.si
