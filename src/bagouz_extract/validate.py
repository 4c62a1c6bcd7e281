"""Check a sheet the way its users will: schema round trip and exact evidence offsets."""

from __future__ import annotations

from pydantic import ValidationError

from .models import FactSheet


def sheet_problems(sheet: FactSheet, text: str | None) -> list[str]:
    """Empty when the sheet re-validates and every mention slices `text` exactly."""
    problems: list[str] = []
    try:
        FactSheet.model_validate_json(sheet.to_json())
    except ValidationError as err:
        problems.append(f"schema: {str(err).splitlines()[0]}")
    problems += _reference_problems(sheet)
    if text is None:
        return problems
    for kind in ("dates", "places", "actors", "counts", "quotes", "warnings"):
        for index, fact in enumerate(getattr(sheet, kind)):
            for mention in fact.mentions:
                if text[mention.start:mention.end] != mention.text:
                    problems.append(f"{kind}[{index}]: offsets {mention.start}-{mention.end} "
                                    f"do not slice {mention.text!r}")
    return problems


# (list, field, list its value names an id of): the links scripts follow from fact to fact
_REFERENCES = (
    ("actors", "affiliation", "actors"),
    ("actors", "place", "places"),
    ("counts", "actor", "actors"),
    ("counts", "place", "places"),
    ("counts", "date", "dates"),
    ("counts", "claimant", "actors"),
    ("counts", "parent", "counts"),
    ("quotes", "speaker", "actors"),
    ("quotes", "speaker_affiliation", "actors"),
    ("quotes", "date", "dates"),
)


def _reference_problems(sheet: FactSheet) -> list[str]:
    """Ids unique within each list, and every link to another fact names one of the sheet."""
    problems: list[str] = []
    ids: dict[str, set[str]] = {}
    for kind in ("dates", "places", "actors", "counts", "quotes"):
        seen = ids[kind] = set()
        for fact in getattr(sheet, kind):
            if fact.id in seen:
                problems.append(f"{kind}: id {fact.id!r} is not unique")
            seen.add(fact.id)
    for kind, field, target in _REFERENCES:
        for index, fact in enumerate(getattr(sheet, kind)):
            value = getattr(fact, field)
            if value is not None and value not in ids[target]:
                problems.append(f"{kind}[{index}].{field}: {value!r} is no id of {target}")
    return problems
