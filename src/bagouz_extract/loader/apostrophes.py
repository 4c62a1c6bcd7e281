"""Curly apostrophes inside words, read by the language model as straight ones.

The English pipeline learnt from text written with straight apostrophes: "Taiwan’s Ministry
of National Defense" is one organisation to it, where "Taiwan's Ministry of National Defense"
is a state and its office. A right single quotation mark between two letters ('Taiwan’s',
'O’Connor', 'don’t') is an apostrophe, never a closing quotation mark, so it turns into a
straight one (one character for one: every offset stays put). One after a word's end
('the rebels’') may close a quotation and is left as written.
"""

from __future__ import annotations

import re

_IN_WORD = re.compile(r"(?<=[^\W\d_])’(?=[^\W\d_])")


def straighten_apostrophes(text: str) -> str:
    """`text` with every curly apostrophe between two letters written straight (same length)."""
    return _IN_WORD.sub("'", text) if "’" in text else text
