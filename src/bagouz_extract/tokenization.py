"""Tokenizer rules for web-copied news text.

spaCy's English tokenizer leaves two things glued that copied web pages are full of:
a reference mark right after a word or its punctuation ('Abu Haidar,[1]', 'officer.[3]',
'basis[citation needed]'), and an opening bracket with no space before it ('Abboud
Qanbar(Arabic: ...)'). The glued token hides the name from the entity recognizer ('Abu
Haidar,[1' was one person) and the period from the sentence splitter. Splitting them off
changes no character offsets, only where tokens end.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

# Infixes are matched once over a token the prefix and suffix rules left, and the pieces
# are not split again: a comma or period before the '[' must therefore be an infix too.
_GLUED_BRACKETS = (
    r"(?<=\w)[,;:](?=\[)",  # 'Haidar,[1' -> 'Haidar' ',' '[' '1'
    r"(?<=\w\w)\.(?=\[)",  # 'officer.[3' -> 'officer' '.' '[' '3'; 'U.S.[5' keeps 'U.S.'
    r"(?<=\S)\[",  # 'basis[citation' -> 'basis' '[' 'citation'
    r"(?<=[^\W\d_])\((?=[^\W\d_])",  # 'Qanbar(Arabic' -> 'Qanbar' '(' 'Arabic'
)


def split_glued_brackets(nlp: Language) -> None:
    """Add the glued-bracket infixes to `nlp`'s tokenizer (setting the pattern clears the
    tokenizer's cache). A pipeline with a tokenizer of its own kind is left as it is."""
    from spacy.tokenizer import Tokenizer

    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return
    current = tokenizer.infix_finditer
    pattern = current.__self__.pattern if current is not None else ""
    extra = "|".join(_GLUED_BRACKETS)
    tokenizer.infix_finditer = re.compile(f"{pattern}|{extra}" if pattern else extra).finditer
