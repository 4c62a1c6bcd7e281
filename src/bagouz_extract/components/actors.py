"""bx_actors component (first pass; owned by the actors issue)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class ActorFinder:
    def __call__(self, doc: Doc) -> Doc:
        doc.spans["bx_actors"] = []
        return doc


@Language.factory("bx_actors", default_config={"extra_registries": []})
def make_finder(nlp: Language, name: str, extra_registries: list[str]) -> ActorFinder:
    return ActorFinder()
