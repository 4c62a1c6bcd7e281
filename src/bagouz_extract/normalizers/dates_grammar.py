"""The temporal-expression grammar: rules from data/dates.json, macros expanded, compiled once.

The same rules serve two jobs: the bx_dates component scans a text with them (finditer) and
the normalizer re-reads one matched expression with them (fullmatch), so a span found by
rule R is always parsed by the groups of rule R.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..resources import DataFileError, load_json, require_keys

_RULE_KEYS = {"id", "norm", "type", "pattern", "example", "guard", "needs", "must"}
_REQUIRED = {"id", "norm", "type", "pattern", "example"}
_MACRO = re.compile(r"\{([A-Z]+)\}")
_TYPES = {"DATE", "DURATION", "SET", "TIME"}


@dataclass(frozen=True)
class DateRule:
    id: str
    norm: str
    type: str
    regex: re.Pattern[str]
    example: str
    guard: str | None = None
    keys: frozenset[str] = frozenset()  # trigger words (or DIGIT) a match must contain
    # Words one of which a window's text must hold before the rule is run there ("ahead",
    # "before"/"after"/"from"): cheap substring checks that spare a costly regex.
    must: tuple[str, ...] = ()


def _expand(pattern: str, macros: dict[str, str], where: str, depth: int = 0) -> str:
    if depth > 5:
        raise DataFileError(f"{where}: macros nest too deep")

    def sub(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in macros:
            raise DataFileError(f"{where}: unknown macro {{{name}}}")
        return _expand(macros[name], macros, where, depth + 1)

    return _MACRO.sub(sub, pattern)


@lru_cache(maxsize=1)
def rules() -> tuple[DateRule, ...]:
    """All rules in file order (the order breaks ties between equally long matches)."""
    data = load_json("dates.json")
    macros = data["macros"]
    compiled = []
    for record in data["rules"]:
        where = "data/dates.json"
        require_keys(record, _RULE_KEYS, _REQUIRED, where)
        if record["type"] not in _TYPES:
            raise DataFileError(f"{where}: record {record['id']!r}: bad type {record['type']!r}")
        pattern = _expand(record["pattern"], macros, f"{where}: record {record['id']!r}")
        try:
            # Matches start at a word start: cheap to reject everywhere else.
            regex = re.compile(rf"(?<![\w'])(?:{pattern})", re.IGNORECASE)
        except re.error as err:
            raise DataFileError(f"{where}: record {record['id']!r}: {err}") from err
        compiled.append(DateRule(record["id"], record["norm"], record["type"], regex,
                                 record["example"], record.get("guard"),
                                 _needs(record.get("needs"), where) or _keys(pattern),
                                 tuple(w.lower() for w in record.get("must") or ())))
    return tuple(compiled)


@lru_cache(maxsize=1)
def rules_by_id() -> dict[str, DateRule]:
    return {rule.id: rule for rule in rules()}


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    rule: DateRule
    groups: dict[str, str | None]


DIGIT = "<digit>"
_TRIGGER_CACHE: dict[str, frozenset[str]] = {}


def _needs(names: list[str] | None, where: str) -> frozenset[str]:
    """The trigger words of the classes a rule declares it needs ("month", "unit", "digit")."""
    classes = load_json("dates.json")["triggers"]["classes"]
    keys: set[str] = set()
    for name in names or []:
        if name == "digit":
            keys.add(DIGIT)
        elif name in classes:
            keys.update(w.lower() for w in classes[name])
        else:
            raise DataFileError(f"{where}: unknown trigger class {name!r}")
    return frozenset(keys)


def _keys(pattern: str) -> frozenset[str]:
    """Trigger words written in a pattern: a window without any of them cannot match it."""
    triggers = trigger_words()
    words = set(re.findall(r"[a-z]+", pattern.lower()))
    words |= {w[:-1] for w in words}  # "days?" is written "days"
    keys = {w for w in words if w in triggers}
    if "\\d" in pattern:
        keys.add(DIGIT)
    return frozenset(keys)


_WORD = re.compile(r"\w+")
# How far a match may reach before / after its trigger word ("more than twenty-four hours
# ago", "the end of this year"): rules are only run inside these windows, which keeps the
# scan a small part of pipeline time.
_BEFORE, _AFTER = 48, 40


@lru_cache(maxsize=1)
def trigger_words() -> frozenset[str]:
    return frozenset(w.lower() for w in load_json("dates.json")["triggers"]["words"])


def windows(text: str) -> list[tuple[int, int, frozenset[str]]]:
    """Merged stretches of text around trigger words, with the triggers each one holds."""
    triggers = trigger_words()
    merged: list[tuple[int, int, set[str]]] = []
    for word in _WORD.finditer(text):
        token = word.group().lower()
        if token in triggers:
            key = token
        elif not token.isalpha():
            key = DIGIT
        else:
            continue
        start, end = max(0, word.start() - _BEFORE), min(len(text), word.end() + _AFTER)
        if merged and start <= merged[-1][1]:
            last = merged[-1]
            last[2].add(key)
            merged[-1] = (last[0], max(last[1], end), last[2])
        else:
            merged.append((start, end, {key}))
    return [(s, e, frozenset(k)) for s, e, k in merged]


@lru_cache(maxsize=1)
def _rules_by_key() -> dict[str, tuple[int, ...]]:
    """Trigger key -> the positions (file order) of the rules it can start."""
    index: dict[str, list[int]] = {}
    for at, rule in enumerate(rules()):
        for key in rule.keys:
            index.setdefault(key, []).append(at)
    return {key: tuple(ats) for key, ats in index.items()}


def _rules_for(keys: frozenset[str]) -> list[DateRule]:
    """The rules a window's triggers can start, in file order: looked up by key rather than
    tested one by one (a window holds a few keys; the file has many rules)."""
    index, every = _rules_by_key(), rules()
    return [every[at] for at in sorted({at for key in keys for at in index.get(key, ())})]


def scan(text: str) -> list[Candidate]:
    """Every match of every rule near a trigger, overlapping ones included (the caller picks)."""
    found = []
    for start, end, keys in windows(text):
        lowered: str | None = None
        for rule in _rules_for(keys):
            if rule.must:
                lowered = lowered if lowered is not None else text[start:end].lower()
                if not any(word in lowered for word in rule.must):
                    continue
            for match in rule.regex.finditer(text, start, end):
                if match.end() > match.start():
                    found.append(Candidate(match.start(), match.end(), rule, match.groupdict()))
    return found


def parse(text: str, rule_id: str | None = None) -> tuple[DateRule, dict[str, str | None]] | None:
    """The rule (preferably `rule_id`) that matches the whole expression, with its groups."""
    by_id = rules_by_id()
    ordered = ([by_id[rule_id]] if rule_id in by_id else []) + list(rules())
    for rule in ordered:
        match = rule.regex.fullmatch(text)
        if match:
            return rule, match.groupdict()
    return None
