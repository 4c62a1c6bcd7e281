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
    if text is None:
        return problems
    for kind in ("dates", "places", "actors", "counts", "quotes", "warnings"):
        for index, fact in enumerate(getattr(sheet, kind)):
            for mention in fact.mentions:
                if text[mention.start:mention.end] != mention.text:
                    problems.append(f"{kind}[{index}]: offsets {mention.start}-{mention.end} "
                                    f"do not slice {mention.text!r}")
    return problems
