"""bx_counts component (first pass; owned by the counts issue)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class CountFactFinder:
    def __call__(self, doc: Doc) -> Doc:
        doc.spans["bx_counts"] = []
        return doc


@Language.factory("bx_counts")
def make_finder(nlp: Language, name: str) -> CountFactFinder:
    return CountFactFinder()
