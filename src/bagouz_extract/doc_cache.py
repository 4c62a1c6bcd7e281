"""Doc-wide values spaCy rebuilds on every access, computed once for the doc in hand.

`Doc.text` joins a Token object per word and `Doc.ents` makes a new Span per entity at each
access; several components and builders read both for the same doc. Only the last doc's
values are kept (a strong reference, so its id cannot be reused by a newer doc), and a
change of length (retokenizing) drops them, so memory stays flat and answers stay exact.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

_LAST: list[Any] = [None, -1, {}]  # doc, its length, {name: value}


def _values(doc: Doc) -> dict[str, Any]:
    if _LAST[0] is not doc or _LAST[1] != len(doc):
        _LAST[:] = [doc, len(doc), {}]
    values: dict[str, Any] = _LAST[2]
    return values


def doc_text(doc: Doc) -> str:
    """doc.text, joined once per doc."""
    values = _values(doc)
    text = values.get("text")
    if text is None:
        text = values["text"] = doc.text
    return str(text)


def doc_ents(doc: Doc) -> tuple[Span, ...]:
    """doc.ents, made once (the tuple is shared: callers must not change its spans)."""
    values = _values(doc)
    ents = values.get("ents")
    if ents is None:
        ents = values["ents"] = tuple(doc.ents)
    return tuple(ents)

