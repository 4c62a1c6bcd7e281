"""Short human wording of figures and windows, shared by the report and the terminal view."""

from __future__ import annotations

UNIT_SUFFIX = {"person": "", "m": " m", "m2": " m²", "km2": " km²", "km": " km",
               "percent": " %", "USD": " USD"}
QUALIFIER_PREFIX = {"about": "about ", "more_than": "more than ", "at_least": "at least ",
                    "less_than": "less than ", "up_to": "up to "}


def number_text(value: float | None) -> str:
    if value is None:
        return "?"
    return f"{int(value):,}" if value == int(value) else f"{value:,.2f}".rstrip("0").rstrip(".")


def figure_text(low: float | None, high: float | None, qualifier: str,
                unit: str | None = None) -> str:
    """'more than 7,000', '600–700 m', 'about 2,000', 'up to 700'."""
    suffix = UNIT_SUFFIX.get(unit or "", f" {unit}" if unit else "")
    if qualifier in {"less_than", "up_to"}:
        core = number_text(high if high is not None else low)
    elif low is not None and high is not None and high != low:
        core = f"{number_text(low)}–{number_text(high)}"
    else:
        core = number_text(low if low is not None else high)
    return f"{QUALIFIER_PREFIX.get(qualifier, '')}{core}{suffix}"


def window_text(start: str | None, end: str | None) -> str:
    if start is None and end is None:
        return "undated"
    if start is None:
        return f"as of {end}"
    return start if start == end else f"{start} – {end}"
