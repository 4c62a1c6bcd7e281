"""bx_counts: find the quantities an article reports, leaving out what only looks like one.

Numbers are found by the pure scanner in normalizers/numbers.py over the doc text; this
component drops years, dates, times, ages, ordinals, phone numbers, ids, donation prices,
list numbering and page furniture, using the doc (entities, date spans) for context. Each
kept quantity becomes a span in doc.spans["bx_counts"] labelled with the rule that read it;
the parsed Quantity is kept in doc.user_data["bx_counts"] keyed by (start, end) offsets.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from functools import lru_cache
from itertools import accumulate

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..doc_cache import doc_ents, doc_text
from ..normalizers.numbers import Quantity, detect_convention, scan_quantities
from ..resources import load_json, require_keys

USER_DATA_KEY = "bx_counts"
_TIME_UNITS = re.compile(
    r"[ \u00a0-]*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|months?|years?|yrs?|"
    r"decades?|"
    r"centuries|century|weekends?|fortnights?)\b",
    re.IGNORECASE,
)
_CLOCK_AFTER = re.compile(r"\s*(?::\d|[ap]\.?m\b\.?|o'clock|GMT|UTC|hrs\b|h\d\d)", re.IGNORECASE)
_AGE_BEFORE = re.compile(
    r"(?:\baged?|\bages|\bage of|\bat age|\bas young as|\bas old as)\s*$", re.IGNORECASE
)
_AGE_AFTER = re.compile(
    r"[ \u00a0-]*(?:years?|yrs?|months?)[ \u00a0-]*old\b|-year-old|-month-old", re.IGNORECASE
)
_DATE_SHAPE = re.compile(r"\d{1,4}[-/.]\d{1,2}[-/.]\d{2,4}")
_PHONE = re.compile(
    r"(?:\+\d[\d ()./-]{6,}\d|\(\d{2,4}\)\s?\d{3}[ -]?\d{3,4}|\b\d{3}[-. ]\d{3}[-. ]\d{4}\b)"
)
_DONATION = re.compile(
    r"(?:as little as|donat\w*|contribut\w*|support (?:us|our)|subscribe|per month|a month|"
    r"just|only)\s*$",
    re.IGNORECASE,
)
_LIST_ITEM = re.compile(r"(?:^|\n)[ \t]*$")
_LIST_MARK = re.compile(r"[.)]\s")


@lru_cache(maxsize=1)
def _context_lexicon() -> tuple[frozenset[str], tuple[re.Pattern[str], ...]]:
    data = load_json("counts.json")
    patterns = []
    for rec in data["furniture"]:
        require_keys(
            rec, {"id", "pattern", "example"}, {"id", "pattern", "example"}, "data/counts.json"
        )
        patterns.append(re.compile(rec["pattern"], re.IGNORECASE))
    return frozenset(data["id_prefixes"]), tuple(patterns)


class _DocIndex:
    """What the checks ask of a doc, read once per doc so each quantity costs a lookup.

    Doc.text and Doc.ents are rebuilt from every token on each access, and scanning all date
    spans or the whole line before each quantity made long single-line texts quadratic.
    """

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = text = doc_text(doc)
        ents = doc_ents(doc)
        # Dates and times: bx_dates spans and the model's DATE/TIME entities, sorted by start,
        # with the furthest end so far, so an overlap test is one bisection.
        ranges = sorted(
            [(s.start_char, s.end_char) for s in doc.spans.get("bx_dates", [])]
            + [(e.start_char, e.end_char) for e in ents if e.label_ in ("DATE", "TIME")]
        )
        self.blocked_starts = [s for s, _ in ranges]
        self.blocked_ends = list(accumulate((e for _, e in ranges), max))
        self.person_ends = {e.end_char for e in ents if e.label_ == "PERSON"}
        # '32 Engineer Regiment', 'Carrier Air Wing 3': the actors stage read the number as a
        # unit's name (as its first or its last word)
        units = [s for s in doc.spans.get("bx_actors", []) if s.label_ == "unit_name"]
        self.unit_edges = {s.start_char for s in units} | {s[-1].idx for s in units if s[-1].is_digit}
        # Brackets and line breaks: the last one before a number says if a "[" or "<" is
        # still open on its line.
        marks = [(m.start(), m.group()) for m in re.finditer(r"[\[\]<>\n]", text)]
        self.mark_at = [i for i, _ in marks]
        self.mark = [c for _, c in marks]

    def in_blocked(self, start: int, end: int) -> bool:
        """Some date or time range overlaps [start, end)."""
        i = bisect_left(self.blocked_starts, end)
        return i > 0 and self.blocked_ends[i - 1] > start

    def bracket_open(self, pos: int) -> bool:
        """A '[' or '<' opened earlier on the line of `pos` is not closed before it."""
        i = bisect_left(self.mark_at, pos)
        return i > 0 and self.mark[i - 1] in "[<"


def not_a_count(index: _DocIndex, q: Quantity) -> str | None:
    """Why the quantity `q` is not a count (a short reason), or None when it is one.

    The checks run in order and stop at the first that holds (most quantities are counts,
    dates or years: the costlier context tests then never run)."""
    doc, text = index.doc, index.text
    before, after = text[max(0, q.start - 40) : q.start], text[q.value_end : q.value_end + 40]
    checks: tuple[tuple[str, Callable[[], object]], ...] = (
        ("negative", lambda: q.low is not None and q.low < 0),
        ("fraction", lambda: q.kind == "fraction" and q.unit is None),
        ("vague_nearness",
         lambda: q.kind == "vague" and q.unit_kind == "length" and (q.high or 0) < 100),
        ("date", lambda: _in_date(q, index)),
        ("duration", lambda: q.unit is None and _TIME_UNITS.match(after)),
        ("year", lambda: _is_year(q, text, after)),
        ("time", lambda: _CLOCK_AFTER.match(after) or before.endswith(":")),
        ("age", lambda: _AGE_BEFORE.search(before) or _AGE_AFTER.match(after)
         or _after_name(index, q)),
        ("phone", lambda: _in_phone(text, q)),
        ("unit_name", lambda: q.value_start in index.unit_edges),
        ("id", lambda: _is_id(q, index, before) or _after_proper_name(doc, text, q)),
        ("donation", lambda: q.unit_kind == "money" and (q.low or 0) <= 100
         and _DONATION.search(before)),
        ("list_item", lambda: q.kind == "digits" and q.start == q.value_start
         and _LIST_ITEM.search(before) and _LIST_MARK.match(text, q.value_end, q.value_end + 2)),
        ("furniture", lambda: any(p.match(after) for p in _context_lexicon()[1])),
    )
    return next((name for name, hit in checks if hit()), None)


def _in_date(q: Quantity, index: _DocIndex) -> bool:
    text = index.text
    if index.in_blocked(q.value_start, q.value_end):
        # The model sometimes calls a count of people a DATE; a count noun right after wins.
        return not re.match(
            r"\s+(?:of\s+(?!(?:seconds|minutes|hours|days|weeks|months|years|decades)\b)\w"
            r"|people|civilians|fighters|troops|soldiers|families|refugees)",
            text[q.end : q.end + 20],
            re.IGNORECASE,
        )
    lo = max(0, q.value_start - 6)
    return any(
        lo + m.start() <= q.value_start < lo + m.end()
        for m in _DATE_SHAPE.finditer(text[lo : q.value_end + 6])
    )


def _is_year(q: Quantity, text: str, after: str) -> bool:
    raw = text[q.value_start : q.value_end]
    if (
        not re.fullmatch(r"\d{4}s?", raw)
        or q.unit
        or (q.qualifier == "range"
        and q.high
        and q.high > 2100)
    ):
        return False
    value = int(raw[:4])
    if not 1000 <= value <= 2100:
        return False
    # "2000 people" is a count; "in 2004" is a year.
    return not re.match(
        r"\s+(?:[a-z]+\s+)?(?:people|persons|civilians|fighters|troops|soldiers|families|"
        r"refugees|prisoners|men|women|children|homes|houses)\b",
        after,
    )


def _after_name(index: _DocIndex, q: Quantity) -> bool:
    """'Scott Dayton, 42, of Woodbridge': a number in commas right after a person is an age."""
    text = index.text
    if not re.fullmatch(r"\d{1,3}", text[q.value_start : q.value_end]):
        return False
    if not text.startswith(",", q.value_end):
        return False
    # Step back over the blanks before the number (str.rstrip on the whole prefix would copy
    # the text up to here for every number).
    comma = q.start
    while comma > 0 and text[comma - 1].isspace():
        comma -= 1
    comma -= 1
    return comma >= 0 and text[comma] == "," and comma in index.person_ends


def _after_proper_name(doc: Doc, text: str, q: Quantity) -> bool:
    """'Exercise Eager Lion 16', 'CTF 50', '(DDG 72)': digits right after a name, counting no
    noun, are part of the name."""
    if q.start != q.value_start or q.unit or not text[q.value_start : q.value_end].isdigit():
        return False
    span = doc.char_span(q.value_start, q.value_end, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    prev = doc[span.start - 1]
    if prev.is_sent_start or not (prev.is_title or prev.is_upper) or prev.pos_ != "PROPN":
        return False
    if prev.ent_type_ in ("DATE", "TIME") or prev.whitespace_ != " ":
        return False
    nxt = doc[span.end] if span.end < len(doc) else None
    return nxt is None or not (nxt.pos_ == "NOUN" and nxt.is_lower)


def _in_phone(text: str, q: Quantity) -> bool:
    lo, hi = max(0, q.value_start - 20), q.value_end + 20
    return any(lo + m.start() <= q.value_start < lo + m.end() for m in _PHONE.finditer(text[lo:hi]))


def _is_id(q: Quantity, index: _DocIndex, before: str) -> bool:
    raw = index.text[q.value_start : q.value_end]
    if re.fullmatch(r"\d{7,}", raw) and not q.unit:
        return True
    if index.bracket_open(q.value_start) or re.search(
        r"(?:\bid|#|=)\s*[\"'“”″]?\s*$", before, re.IGNORECASE
    ):
        return True
    prev = re.search(r"([A-Za-z.]+)[ \u00a0-]*$", before)
    if prev and q.start == q.value_start and prev.group(1).lower() in _context_lexicon()[0]:
        # "Resolution 2254", "F-16", "Route 4"; but not "the 4" or "over 4".
        return prev.group(1)[0].isupper() or before.endswith("-")
    return False


class CountFinder:
    """Write the counts of a doc to doc.spans['bx_counts'] (label = rule id, kb_id = separator
    convention)."""

    def __call__(self, doc: Doc) -> Doc:
        index = _DocIndex(doc)
        text = index.text
        convention = detect_convention(text)
        spans: list[Span] = []
        found: dict[tuple[int, int], Quantity] = {}
        for q in scan_quantities(text, convention, signed=False):
            if not_a_count(index, q):
                continue
            span = doc.char_span(
                q.start, q.end, label=q.rule, kb_id=convention, alignment_mode="expand"
            )
            if span is None or not text[q.start : q.end].strip():
                continue
            spans.append(span)
            found[(span.start_char, span.end_char)] = q
        doc.spans["bx_counts"] = spans
        doc.user_data[USER_DATA_KEY] = found
        return doc


@Language.factory("bx_counts", assigns=["doc.spans"])
def make_finder(nlp: Language, name: str) -> CountFinder:
    _context_lexicon()  # read and validate the lexicon once, when the pipeline is built
    return CountFinder()
