"""Where sheets go: NDJSON on stdout, one file per source (atomically), failure records."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from .loader import TEXT_SUFFIXES


def atomic_write_text(path: Path, content: str) -> None:
    """Write to a temporary file beside `path`, then rename: readers never see half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def sheet_target(out_dir: Path, path: Path, root: Path | None) -> Path:
    """Where --out puts a source's sheet: the input folder's layout, `.json` for the suffix.

    Mirroring the layout keeps `a/x.txt` and `b/x.txt` apart; `x.txt` and `x.md` side by
    side keep their suffix (`x.txt.json`) so neither overwrites the other.
    """
    relative = path.name if root is None else path.relative_to(root).as_posix()
    stem = Path(relative)
    twins = [p for p in path.parent.glob(f"{path.stem}.*") if p != path and p.suffix.lower() in TEXT_SUFFIXES]
    name = stem.name + ".json" if twins else stem.stem + ".json"
    return out_dir / stem.parent / name


def current_sheet(target: Path, sha256: str, version: str) -> bool:
    """True when `target` holds a sheet of the same content written by the same version."""
    try:
        data = json.loads(target.read_text(encoding="utf-8"))
        return bool(data["source"]["sha256"] == sha256 and data.get("tool_version") == version)
    except (OSError, ValueError, KeyError, TypeError):
        return False


class FailureLog:
    """Failures as NDJSON records, appended as they happen so an interrupt keeps them."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text("", encoding="utf-8")

    def add(self, record: dict[str, str]) -> None:
        if self.path is None:
            return
        with self.path.open("a", encoding="utf-8") as handle:
            handle.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
