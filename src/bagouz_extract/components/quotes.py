"""Find direct quotations in text: straight and curly marks, quotes that run over paragraphs.

News style: a quotation that continues into the next paragraph leaves its first paragraph
unclosed and opens the next one with a new quotation mark. Each paragraph's part is one
segment; a quote is the list of its segments (offsets of the inner text, marks excluded).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPEN_CURLY = "“„«"
CLOSE_CURLY = "”»"
STRAIGHT = '"'
_PARAGRAPH = re.compile(r"\n")


@dataclass(frozen=True)
class QuoteSegments:
    segments: tuple[tuple[int, int], ...]  # inner text offsets per paragraph
    style: str  # "curly" or "straight"

    @property
    def start(self) -> int:
        return self.segments[0][0]

    @property
    def end(self) -> int:
        return self.segments[-1][1]


def find_quotes(text: str) -> list[QuoteSegments]:
    """All quotations in `text`, in order; unclosed ones end at their paragraph's end."""
    quotes: list[QuoteSegments] = []
    paragraphs = _paragraphs(text)
    index = 0
    while index < len(paragraphs):
        start, end = paragraphs[index]
        found, carried = _quotes_in_paragraph(text, start, end)
        quotes.extend(found)
        # An open quote carries over only when the next paragraph reopens with a mark.
        while carried is not None and index + 1 < len(paragraphs):
            nxt_start, nxt_end = paragraphs[index + 1]
            first = text[nxt_start:nxt_end].lstrip()
            if not first or first[0] not in OPEN_CURLY + STRAIGHT:
                break
            index += 1
            more, carried_next = _quotes_in_paragraph(text, nxt_start, nxt_end)
            if more:
                merged = QuoteSegments(carried.segments + more[0].segments, carried.style)
                carried = None
                quotes.append(merged)
                quotes.extend(more[1:])
                carried = carried_next
            elif carried_next is not None:
                carried = QuoteSegments(carried.segments + carried_next.segments, carried.style)
        if carried is not None:
            quotes.append(carried)
        index += 1
    return [q for q in quotes if any(e > s for s, e in q.segments)]


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for match in _PARAGRAPH.finditer(text):
        if match.start() > start and text[start : match.start()].strip():
            out.append((start, match.start()))
        start = match.end()
    if text[start:].strip():
        out.append((start, len(text)))
    return out


def _quotes_in_paragraph(text: str, start: int, end: int) -> tuple[list[QuoteSegments], QuoteSegments | None]:
    """Closed quotes of one paragraph, and the quote left open at its end (if any)."""
    closed: list[QuoteSegments] = []
    open_at: int | None = None
    style = ""
    for pos in range(start, end):
        char = text[pos]
        if open_at is None and (char in OPEN_CURLY or char == STRAIGHT):
            open_at, style = pos + 1, "straight" if char == STRAIGHT else "curly"
        elif open_at is not None and _closes(char, style):
            closed.append(QuoteSegments(((open_at, pos),), style))
            open_at = None
    if open_at is None:
        return closed, None
    tail = end - (len(text[open_at:end]) - len(text[open_at:end].rstrip()))
    return closed, QuoteSegments(((open_at, tail),), style)


def _closes(char: str, style: str) -> bool:
    return char == STRAIGHT if style == "straight" else char in CLOSE_CURLY


def quote_text(text: str, quote: QuoteSegments) -> str:
    """The words of a quote: segments joined by a space, continuation marks dropped."""
    parts = [text[s:e].strip() for s, e in quote.segments]
    return re.sub(r"\s+", " ", " ".join(p for p in parts if p)).strip()
