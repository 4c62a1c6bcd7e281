"""Title, outlet, byline and publication date: from the text, a sidecar file, or an option.

Sidecar format: beside `article.txt`, a file `article.meta.json` holding any of
`title`, `outlet`, `byline` (string or list), `published` (YYYY-MM-DD), `language`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from ..models import RemovedSpan
from .lines import Line, iter_lines
from .pubdate import parse_header_date

SIDECAR_SUFFIX = ".meta.json"
_HEADER_LINES = 12  # page headers (title, date, outlet, tags) sit in the first lines
_TITLE_MAX_CHARS = 200
_OUTLET_MAX_WORDS = 4
# "SYRIA (VOP TODAY NEWS) — ..." and "DEIR EZ-ZOR, Syria (Reuters) - ...": the outlet is in
# the parentheses of an agency dateline.
_DATELINE_OUTLET = re.compile(r"^[A-Z][A-Z .,'’-]{1,60}(?:,\s*[A-Z][\w ]{1,30})?\s*\(([^)]{2,40})\)\s*[—–-]")
_BY_NAME = re.compile(r"\b(?i:by)\s+([A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})")  # 'By X', 'editing by X'


class SidecarError(ValueError):
    """The sidecar file exists but cannot be used; the message names it."""


class Sidecar(BaseModel):
    model_config = ConfigDict(extra="allow")
    title: str | None = None
    outlet: str | None = None
    byline: list[str] | None = None
    published: date | None = None
    language: str | None = None

    @field_validator("byline", mode="before")
    @classmethod
    def _one_name_is_a_list(cls, value: object) -> object:
        return [value] if isinstance(value, str) else value


@dataclass
class HeaderInfo:
    title: str | None = None
    outlet: str | None = None
    byline: list[str] = field(default_factory=list)
    published: str | None = None
    published_note: str | None = None
    removed: list[RemovedSpan] = field(default_factory=list)


def read_sidecar(article: Path) -> Sidecar | None:
    path = article.with_name(article.name.rsplit(".", 1)[0] + SIDECAR_SUFFIX)
    if not path.is_file():
        return None
    try:
        return Sidecar.model_validate(json.loads(path.read_text(encoding="utf-8-sig")))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, ValidationError) as err:
        first = str(err).splitlines()[0]
        raise SidecarError(f"{path.name}: unreadable metadata sidecar: {first}") from err


def read_header(text: str, removed: list[RemovedSpan]) -> HeaderInfo:
    """Look at the first lines for a title, a date line, an outlet line and credit lines."""
    info = HeaderInfo()
    masked = {(span.start, span.end) for span in removed}
    lines = [ln for ln in iter_lines(text) if not ln.blank]
    header = [ln for ln in lines[:_HEADER_LINES] if not _is_removed(ln, masked)]
    _find_date_and_outlet(header, info)
    _find_title(header, info)
    _find_outlet_in_dateline(lines, masked, info)
    info.byline = _names_in_credit_lines(text, removed)
    return info


def _is_removed(line: Line, masked: set[tuple[int, int]]) -> bool:
    return any(start <= line.start < end or start <= line.end - 1 < end for start, end in masked)


def _find_date_and_outlet(header: list[Line], info: HeaderInfo) -> None:
    for index, line in enumerate(header):
        found = parse_header_date(line.text)
        if found is None:
            continue
        if info.published is None or found.label == "published":
            info.published = found.iso
            info.published_note = "day and month order assumed day-first" if found.ambiguous else None
        info.removed.append(RemovedSpan(start=line.start, end=line.end, kind="dateline"))
        neighbour = header[index + 1] if index + 1 < len(header) else None
        if neighbour is not None and info.outlet is None and _looks_like_outlet(neighbour.text):
            info.outlet = neighbour.text
            info.removed.append(RemovedSpan(start=neighbour.start, end=neighbour.end, kind="metadata"))


def _looks_like_outlet(text: str) -> bool:
    words = text.split()
    return (0 < len(words) <= _OUTLET_MAX_WORDS and text[0].isupper()
            and not re.search(r"[.!?:;,\"“”]$", text) and parse_header_date(text) is None)


def _find_title(header: list[Line], info: HeaderInfo) -> None:
    dated = {span.start for span in info.removed}
    for line in header:
        if line.start in dated:
            continue
        words = len(line.text.split())
        if len(line.text) <= _TITLE_MAX_CHARS and (not line.text.endswith(".") or words <= 15):
            info.title = line.text
        return


def _find_outlet_in_dateline(lines: list[Line], masked: set[tuple[int, int]], info: HeaderInfo) -> None:
    if info.outlet is not None:
        return
    for line in lines[:_HEADER_LINES]:
        match = _DATELINE_OUTLET.match(line.text)
        if match and not _is_removed(line, masked):
            info.outlet = match.group(1).strip()
            return


def _names_in_credit_lines(text: str, removed: list[RemovedSpan]) -> list[str]:
    names: list[str] = []
    for span in removed:
        if span.kind != "byline":
            continue
        for match in _BY_NAME.finditer(text[span.start:span.end]):
            name = re.sub(r"\s+(in|for|at|from)$", "", match.group(1))
            if name not in names:
                names.append(name)
    return names
