"""Find page furniture in plain text: navigation, share lines, comment and donation blocks.

Rules are data (data/boilerplate.json). Removed spans are recorded with their kind; the
text itself is never changed, so offsets into it stay valid.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..models import RemovedSpan
from ..resources import DataFileError, load_json, require_keys
from .lines import Line, iter_lines

_RULE_KEYS = {"id", "kind", "scope", "pattern", "example"}
# A removed line is never longer than this: long lines are prose even when they match.
_MAX_FURNITURE_LINE = 400


@dataclass(frozen=True)
class FurnitureRule:
    id: str
    kind: str
    scope: str  # "line" or "tail"
    regex: re.Pattern[str]
    example: str


@lru_cache(maxsize=1)
def furniture_rules() -> tuple[FurnitureRule, ...]:
    rules = []
    for record in load_json("boilerplate.json")["rules"]:
        require_keys(record, _RULE_KEYS, _RULE_KEYS, "data/boilerplate.json")
        if record["scope"] not in {"line", "tail"}:
            raise DataFileError(f"data/boilerplate.json: {record['id']}: scope must be line or tail")
        try:
            regex = re.compile(rf"(?:{record['pattern']})\s*", re.IGNORECASE)
        except re.error as err:
            raise DataFileError(f"data/boilerplate.json: {record['id']}: bad pattern: {err}") from err
        rules.append(FurnitureRule(record["id"], record["kind"], record["scope"], regex, record["example"]))
    return tuple(rules)


def match_line(line: str) -> FurnitureRule | None:
    """The first rule that matches the whole line, if any."""
    if not line or len(line) > _MAX_FURNITURE_LINE:
        return None
    for rule in furniture_rules():
        if rule.regex.fullmatch(line):
            return rule
    return None


def find_boilerplate(text: str) -> list[RemovedSpan]:
    """Spans of furniture lines, plus the tail from the first tail marker in the last half."""
    removed: list[RemovedSpan] = []
    after_byline = False
    for line in iter_lines(text):
        if line.blank:
            continue
        if after_byline and _BYLINE_DESK.fullmatch(line.text.strip()):
            # 'By Sarah Collins' / 'BBC News, Baghdad': the writer's desk and post, no fact
            removed.append(RemovedSpan(start=_lstrip_at(text, line), end=line.end, kind="byline"))
            continue
        rule = match_line(line.text)
        after_byline = rule is not None and rule.kind == "byline"
        if rule is None:
            continue
        if rule.scope == "tail" and line.start >= len(text) // 2:
            removed.append(RemovedSpan(start=line.start, end=_content_end(text), kind=rule.kind))
            break
        if rule.scope == "line":
            removed.append(RemovedSpan(start=_lstrip_at(text, line), end=line.end, kind=rule.kind))
    return removed


# capitalised words, a comma, a capitalised place ('BBC News, Baghdad'), or a desk's title
# ('Middle East correspondent'), at most eight words, with no sentence's full stop
_BYLINE_DESK = re.compile(
    r"(?:[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,4}\s*,\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
    r"|(?:[A-Z][\w&'’-]*\s+){0,4}(?:correspondent|reporter|editor|analyst)(?:,\s*[A-Z][\w'’ -]{1,30})?)"
)


def _lstrip_at(text: str, line: Line) -> int:
    start = line.start
    while start < line.end and text[start] in " \t":
        start += 1
    return start


def _content_end(text: str) -> int:
    return len(text.rstrip())
