"""bx_places component (first pass; owned by the places issue)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class PlaceFactFinder:
    def __call__(self, doc: Doc) -> Doc:
        doc.spans["bx_places"] = []
        return doc


@Language.factory("bx_places", default_config={"extra_gazetteers": []})
def make_finder(nlp: Language, name: str, extra_gazetteers: list[str]) -> PlaceFactFinder:
    return PlaceFactFinder()
