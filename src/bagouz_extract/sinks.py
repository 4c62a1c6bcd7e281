"""Where sheets go: NDJSON on stdout, one file per source (atomically), failure records."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import IO

from .models import FactSheet


def write_ndjson(sheet: FactSheet, stream: IO[str], *, pretty: bool = False) -> None:
    stream.write(sheet.to_json(pretty=pretty) + "\n")
    stream.flush()


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


def write_sheet_file(sheet: FactSheet, out_dir: Path, *, pretty: bool = False) -> Path:
    target = out_dir / f"{sheet.source.id}.json"
    atomic_write_text(target, sheet.to_json(pretty=pretty) + "\n")
    return target


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
