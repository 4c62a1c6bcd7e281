"""A doc no parser reads gets its tree's edges made afresh.

spaCy's tokenizer leaves each token's subtree edges stale after it applies a special case
next to a run of spaces ('  al-Baghuz ;) 2009': the emoticon's case shifts the edges of every
token after it by one). A parser sets them again; with none in the pipeline, `Token.children`
then reads past the doc's end and the process dies (found by the property tests on the
rules-only pipeline). Rebuilding the doc from its words and spaces, before any other
component, sets every edge to the token itself, as an unparsed doc should have them.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

FRESH_EDGES = "bx_fresh_edges"


@Language.component(FRESH_EDGES)
def fresh_edges(doc: Doc) -> Doc:
    """The same words and spaces in a new doc (runs first, so nothing else is lost)."""
    if not len(doc):
        return doc
    words = [t.text for t in doc]
    spaces = [bool(t.whitespace_) for t in doc]
    return Doc(doc.vocab, words=words, spaces=spaces)
