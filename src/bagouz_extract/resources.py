"""Read the package's data files (rules, lexicons, gazetteers, registries).

Data ships inside the package and is read with importlib.resources, so it works from a
wheel, an editable install or a zip alike. Loaders are cached: each file is parsed once
per process.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


class DataFileError(ValueError):
    """A data file is malformed; the message names the file and the record."""


@cache
def load_json(name: str) -> Any:
    """Parse `bagouz_extract/data/<name>`; raise DataFileError naming the file on bad JSON."""
    ref = resources.files("bagouz_extract").joinpath("data", name)
    try:
        return json.loads(ref.read_text(encoding="utf-8"), object_pairs_hook=_unique_keys(name))
    except json.JSONDecodeError as err:
        raise DataFileError(f"data/{name}: line {err.lineno}: {err.msg}") from err


def _unique_keys(name: str) -> Any:
    """A JSON object hook that refuses a key given twice: json keeps the last silently, so a
    section pasted twice (or edited in one copy only) would change behaviour unseen."""

    def build(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, value in pairs:
            if key in out:
                raise DataFileError(f"data/{name}: key {key!r} appears twice in one object")
            out[key] = value
        return out

    return build


def require_keys(record: dict[str, Any], allowed: set[str], required: set[str], where: str) -> None:
    """Check one rule record against its allowed keys so a typo fails at load, naming it."""
    unknown = set(record) - allowed
    missing = required - set(record)
    if unknown or missing:
        raise DataFileError(
            f"{where}: record {record.get('id', '?')!r}: "
            + (f"unknown keys {sorted(unknown)} " if unknown else "")
            + (f"missing keys {sorted(missing)}" if missing else "")
        )
