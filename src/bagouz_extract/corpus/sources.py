"""Which key a corpus uses for each source, and how people see it.

Source ids are file stems, so `a/report.txt` and `b/report.txt` share one: rows of the
corpus refer to a source by its path instead (unique in a run, relative to the input
folder). Sheets made by hand may still share a path; those get a content suffix.
Views show the short id, and the path only where ids collide.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from ..models import FactSheet

Keyed = list[tuple[str, FactSheet]]


def keyed_sheets(sheets: Iterable[FactSheet]) -> Keyed:
    """(key, sheet) sorted by key; the key is the source path, made unique when needed.

    Deterministic: the same sheets in any order get the same keys."""
    ordered = sorted(sheets, key=lambda s: (s.source.path, s.source.sha256, s.source.id))
    paths = Counter(s.source.path for s in ordered)
    seen: Counter[str] = Counter()
    out = []
    for sheet in ordered:
        key = sheet.source.path or sheet.source.id
        if paths[sheet.source.path] > 1:
            key = f"{key}#{sheet.source.sha256[:8]}"
            seen[key] += 1
            key = key if seen[key] == 1 else f"{key}-{seen[key]}"
        out.append((key, sheet))
    return out


def source_labels(rows: Iterable[tuple[str, str]]) -> dict[str, str]:
    """key -> what people read: the id, or the key where two sources share an id."""
    pairs = list(rows)
    ids = Counter(source_id for _, source_id in pairs)
    return {key: source_id if ids[source_id] == 1 else key for key, source_id in pairs}
