"""Find direct quotations in text: straight and curly marks, quotes that run over paragraphs.

News style: a quotation that continues into the next paragraph leaves its first paragraph
unclosed and opens the next one with a new quotation mark. Each paragraph's part is one
segment; a quote is the list of its segments (offsets of the inner text, marks excluded).

British style quotes with single curly marks (‘...’). Its closing mark is also the apostrophe
("Syria’s", "fighters’", "’90s", "rock ’n’ roll"), so a single quote must open at a word's
start and close outside a word, and one left open in its paragraph is no quote at all.
Straight single marks ('...') are no quotes: in news text they are mostly scare quotes, titles
and quotes inside quotes (see tests/test_quotes_single.py). Doubled ones are: wire copy and
older plain-text news write a double quote as two apostrophes (''...'', or ``...'').
A straight mark right after a word and before a space ('defeat." Elsewhere') only closes: when
the text lost its opening mark, it opens nothing, so the marks after it still pair up.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPEN_CURLY = "“„«"
CLOSE_CURLY = "”»"
STRAIGHT = '"'
DOUBLED_OPEN = ("''", "``")
DOUBLED_CLOSE = "''"
OPEN_SINGLE = "‘"
CLOSE_SINGLE = "’"
APOSTROPHE = "'"
# a closing single mark right after these ends a quoted sentence or clause: ',’ he said'
_SPOKEN_CLOSE = ",.!?;:…"
_PARAGRAPH = re.compile(r"\n")
_MARKS = re.compile("[" + re.escape(OPEN_CURLY + CLOSE_CURLY + STRAIGHT + OPEN_SINGLE + "'`") + "]")


@dataclass(frozen=True)
class QuoteSegments:
    segments: tuple[tuple[int, int], ...]  # inner text offsets per paragraph
    # "curly", "straight", "single" (‘...’), "doubled" (''...'') or "statement" (no marks)
    style: str
    # a statement's reporting clause ends its own paragraph ('X said:'): where that ends
    lead: int | None = None

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
            if not first or (first[0] not in OPEN_CURLY + STRAIGHT and not first.startswith(DOUBLED_OPEN)):
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
    quotes.extend(_statements(text, paragraphs))
    quotes.sort(key=lambda q: q.start)
    return [q for q in quotes if any(e > s for s, e in q.segments)]


# 'Foreign Secretary X said:' ending a paragraph: press releases print the statement after it
# as paragraphs of their own, with no quotation marks
_STATEMENT_LEAD = re.compile(
    r"\b(?:said|says|added|adds|stated|states|commented|declared|wrote|writes|explained|stressed)\s*:\s*$"
)
_DOUBLE_MARKS = (*OPEN_CURLY, *CLOSE_CURLY, STRAIGHT, *DOUBLED_OPEN)
_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|[Oo]ur|us|[Mm]y|me)\b")


def _statements(text: str, paragraphs: list[tuple[int, int]]) -> list[QuoteSegments]:
    """Each statement: the paragraph after its lead, and the next ones while they speak in the
    first person ('I', 'we', 'our'); a paragraph with a double quotation mark or ending with a
    colon (another lead) ends it. A statement whose first paragraph holds a quotation mark is a
    quote of the usual kind."""
    out = []
    for at, (start, end) in enumerate(paragraphs[:-1]):
        if _STATEMENT_LEAD.search(text, start, end) is None:
            continue
        segments: list[tuple[int, int]] = []
        for next_start, next_end in paragraphs[at + 1 :]:
            body = text[next_start:next_end]
            if any(mark in body for mark in _DOUBLE_MARKS) or body.rstrip().endswith(":"):
                break
            if segments and not _FIRST_PERSON.search(body):
                break
            inner = body.strip()
            first = next_start + body.index(inner[0])
            segments.append((first, first + len(inner)))
        if segments:
            out.append(QuoteSegments(tuple(segments), "statement", lead=end))
    return out


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
    pos = start
    while True:
        # only quotation marks and apostrophes can open or close: jump from one to the next
        mark = _MARKS.search(text, pos, end)
        if mark is None:
            break
        pos = mark.start()
        char = text[pos]
        if open_at is None and char in (OPEN_SINGLE, APOSTROPHE) and _opens_single_here(text, pos, start):
            # 'We will not leave,' says commander: a typewriter's single quote closes the same
            # way a curly one does ('don't', "the fighters' camp" are no closing marks)
            close = _single_close(text, pos, end, start, CLOSE_SINGLE if char == OPEN_SINGLE else APOSTROPHE)
            if close is not None:  # unclosed in its paragraph: an apostrophe, no quote
                closed.append(QuoteSegments(((pos + 1, close),), "single"))
                pos = close
        elif open_at is None and _opens_doubled(text, pos, start, end):
            open_at, style = pos + 2, "doubled"
            pos += 1
        elif open_at is None and char == STRAIGHT and _closes_only(text, pos, end):
            pass  # a closing mark whose opening was lost: opening here would pair every mark after wrongly
        elif open_at is None and (char in OPEN_CURLY or char == STRAIGHT):
            open_at, style = pos + 1, "straight" if char == STRAIGHT else "curly"
        elif style == "doubled":
            if open_at is not None and text.startswith(DOUBLED_CLOSE, pos) and pos > open_at:
                closed.append(QuoteSegments(((open_at, pos),), style))
                open_at = None
                pos += 1
        elif open_at is not None and _closes(char, style):
            closed.append(QuoteSegments(((open_at, pos),), style))
            open_at = None
        pos += 1
    if open_at is None:
        return closed, None
    tail = end - (len(text[open_at:end]) - len(text[open_at:end].rstrip()))
    return closed, QuoteSegments(((open_at, tail),), style)


def _closes_only(text: str, pos: int, end: int) -> bool:
    """'defeat." Elsewhere', 'no response," added': a straight mark right after a word or its
    closing punctuation and before a space or the paragraph's end can only close a quote."""
    before = text[pos - 1] if pos > 0 else " "
    after = text[pos + 1] if pos + 1 < end else " "
    return (before.isalnum() or before in _SPOKEN_CLOSE) and after.isspace()


def _closes(char: str, style: str) -> bool:
    return char == STRAIGHT if style == "straight" else char in CLOSE_CURLY


def _opens_doubled(text: str, pos: int, start: int, end: int) -> bool:
    """''It' / ``It': two apostrophes (or backticks) at a word's start open a double quote; not
    a closing pair ('mind,'' he'), nor inches ('10'' long')."""
    if not text.startswith(DOUBLED_OPEN, pos) or pos + 2 >= end:
        return False
    before = text[pos - 1] if pos > start else " "
    return not (before.isalnum() or before in _SPOKEN_CLOSE) and text[pos + 2].isalnum()


_ELIDED_YEAR = re.compile(r"\d\d(?:s\b|\b)(?!\d)")


def opens_single(text: str, pos: int, start: int = 0) -> bool:
    """‘ opens a quote at a word's start ('said: ‘The', '(‘Yes'); not inside a word
    ('Hussein‘s') nor as an elided year's apostrophe ('the ‘90s', 'in ‘03')."""
    before = text[pos - 1] if pos > start else " "
    after = text[pos + 1 : pos + 2]
    if before.isalnum() or not (after.isalnum() or after in OPEN_CURLY + STRAIGHT):
        return False
    return not _ELIDED_YEAR.match(text, pos + 1)


def _opens_single_here(text: str, pos: int, start: int) -> bool:
    """A single quote opens at `pos`; a typewriter's mark only after a space, an opening bracket
    or dash, or at the paragraph's start ("Corp.'s chip": a possessive after an abbreviation)."""
    if not opens_single(text, pos, start):
        return False
    return text[pos] == OPEN_SINGLE or pos == start or text[pos - 1].isspace() or text[pos - 1] in "([{—–-:"


def closes_single(text: str, pos: int) -> str | None:
    """How surely ’ at `pos` closes a single quote: "strong" after a quoted sentence's
    punctuation or before punctuation or the paragraph's end ('hungry.’', 'it’,'); "weak" at a
    word's end before the next word ('‘terrorists’ and', but also 'the fighters’ camp'); None
    inside a word ('Syria’s') or before one ('’90s', 'rock ’n’')."""
    before = text[pos - 1] if pos > 0 else " "
    after = text[pos + 1 : pos + 2]
    if before.isspace() or after.isalnum():
        return None
    if before in _SPOKEN_CLOSE or not after or not after.isspace():
        return "strong"
    following = text[pos + 1 : pos + 3].strip()
    return "weak" if following and following[0].isalnum() else "strong"


def _single_close(text: str, pos: int, end: int, start: int, mark: str = CLOSE_SINGLE) -> int | None:
    """Where the single quote opened at `pos` closes in its paragraph: the first strong close
    before the next opening mark, else the first weak one ('called them ‘terrorists’ and'), else
    nowhere. A plural possessive inside ('‘The fighters’ camp is full,’') gives way to the
    strong close; a double quote inside ('‘We want “peace”,’') is passed over, but once a weak
    close has been seen it opens after the single quote ('‘needless’ damage. He said: “...')."""
    weak: int | None = None
    opener = OPEN_SINGLE if mark == CLOSE_SINGLE else APOSTROPHE
    at = pos + 1
    while at < end:
        char = text[at]
        if char in OPEN_CURLY or char == STRAIGHT:
            inner = _double_close(text, at, end)
            if weak is not None or inner is None:
                break
            at = inner
        elif char == mark and at > pos + 1 and (sure := closes_single(text, at)) is not None:
            if sure == "strong":
                return at
            if weak is None:
                weak = at
        elif char == opener and _opens_single_here(text, at, start):
            break
        at += 1
    return weak


def _double_close(text: str, pos: int, end: int) -> int | None:
    """The closing mark of the double quote opened at `pos`, in its paragraph."""
    marks = STRAIGHT if text[pos] == STRAIGHT else CLOSE_CURLY
    return next((at for at in range(pos + 1, end) if text[at] in marks), None)


def quote_text(text: str, quote: QuoteSegments) -> str:
    """The words of a quote: segments joined by a space, continuation marks dropped."""
    parts = [text[s:e].strip() for s, e in quote.segments]
    return re.sub(r"\s+", " ", " ".join(p for p in parts if p)).strip()
