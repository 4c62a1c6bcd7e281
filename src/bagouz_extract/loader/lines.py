"""Lines of a text with their offsets, line endings left untouched."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

_LINE = re.compile(r"[^\n]*\n|[^\n]+$")


@dataclass(frozen=True)
class Line:
    start: int
    end: int  # excludes the line break
    text: str  # stripped of surrounding spaces and \r

    @property
    def blank(self) -> bool:
        return not self.text


def iter_lines(text: str) -> Iterator[Line]:
    for match in _LINE.finditer(text):
        raw = match.group().rstrip("\n").rstrip("\r")
        start = match.start()
        yield Line(start, start + len(raw), raw.strip())
