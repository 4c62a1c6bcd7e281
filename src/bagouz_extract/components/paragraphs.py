"""Paragraph breaks are sentence breaks.

The parser is free to run a headline into the first sentence under it ('Aid\\n\\nThe United
States condemns ...' made 'The United States' the object of 'Aid'), or one paragraph into
the next. A blank line ends a sentence in any news text, so the token after one opens a
sentence before the parser runs; spaCy's parser keeps sentence starts set before it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.attrs import IS_SPACE
from spacy.language import Language

if TYPE_CHECKING:
    from spacy.tokens import Doc

PARAGRAPH_BREAKS = "paragraph_breaks"


@Language.component(PARAGRAPH_BREAKS)
def mark_paragraph_breaks(doc: Doc) -> Doc:
    """Open a sentence at the first token after each blank line (Token objects are built only
    for whitespace tokens: this runs on every doc)."""
    spaces = doc.to_array(IS_SPACE).nonzero()[0]
    for i in spaces.tolist():
        if i + 1 < len(doc) and doc[i].text.count("\n") >= 2:
            doc[i + 1].is_sent_start = True
    return doc
