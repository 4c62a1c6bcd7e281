"""Line breaks inside a sentence, read as spaces by the language model.

The model reads a line break as a token of its own, which splits names and phrases: in
hard-wrapped text 'the Syrian Democratic\\nForces' is no organisation and 'Abu\\nBakr
al-Baghdadi' a name with a break in it; text copied from web pages breaks lines round links
('the \\nIslamic State\\n group'). A break turns into a space (one character for one, so every
offset stays put) where the line cannot have ended there:

- anywhere, when the line before ends in a small word ('the', 'of') or in a small letter or a
  comma before a line that goes on in small letters;
- in hard-wrapped text (most lines of its paragraphs about one width, at most 100
  characters), between two lines of a paragraph when the first is near that width: a shorter
  line is a heading, a byline or a paragraph's last line.
"""

from __future__ import annotations

import re

# words a sentence, a headline or a paragraph does not end with
_OPEN_WORDS = frozenset(
    {"the", "a", "an", "of", "in", "on", "at", "by", "to", "for", "from", "with", "and", "or", "but"}
    | {"into", "onto", "than", "that", "its", "their", "his", "her", "our"}
)
_BREAK = re.compile(r"(?:\r\n|\r|\n)")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[ \t]*$")
_MAX_WRAP = 100  # columns: a wider line is a paragraph written on one line, not wrapped
_MIN_WRAP = 30  # columns: narrower lines are a header's ('John Kirby | Spokesperson'), no wrap
_MIN_WRAPPED_LINES = 5  # fewer short lines are a signature or an address block, not wrapped text
_WRAPPED_SHARE = 0.7  # of a paragraph's inner lines near the width
_NEAR_WIDTH = 0.7


def join_broken_lines(text: str) -> str:
    """The text with each line break inside a sentence turned into a space (same length)."""
    lines = _lines(text)
    width = _wrap_width(lines)
    chars: list[str] | None = None
    for k, (start, end, brk_end) in enumerate(lines[:-1]):
        next_start, next_end, _ = lines[k + 1]
        line, following = text[start:end], text[next_start:next_end]
        if not line.strip() or not following.strip():
            continue  # a blank line parts paragraphs
        wrapped = width is not None and len(line.rstrip()) >= _NEAR_WIDTH * width and k > 0
        if wrapped or _goes_on(line, following.lstrip()):
            chars = chars if chars is not None else list(text)
            for i in range(end, brk_end):
                chars[i] = " "
    return text if chars is None else "".join(chars)


def _lines(text: str) -> list[tuple[int, int, int]]:
    """(start, end, end of its line break) of every line."""
    out, start = [], 0
    for found in _BREAK.finditer(text):
        out.append((start, found.start(), found.end()))
        start = found.end()
    out.append((start, len(text), len(text)))
    return out


def _wrap_width(lines: list[tuple[int, int, int]]) -> int | None:
    """The width the text is wrapped at, or None when it is not hard-wrapped."""
    lengths = [end - start for start, end, _ in lines]
    inner = [n for k, n in enumerate(lengths[:-1]) if n and lengths[k + 1]]
    if len(inner) < _MIN_WRAPPED_LINES:
        return None
    width = max(inner)
    if not _MIN_WRAP <= width <= _MAX_WRAP:
        return None
    near = sum(n >= _NEAR_WIDTH * width for n in inner)
    return width if near >= _WRAPPED_SHARE * len(inner) else None


def _goes_on(line: str, following: str) -> bool:
    """The line cannot end a sentence, a headline or a paragraph before what follows."""
    stripped = line.rstrip()
    if not stripped or not following:
        return False
    last, first = stripped[-1], following[0]
    if (last.islower() or last == ",") and first.islower():
        return True
    word = _WORD_BEFORE.search(stripped[-12:])
    return word is not None and word.group(1) in _OPEN_WORDS and first.isalnum()
