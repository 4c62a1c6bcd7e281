"""Doc-wide values spaCy rebuilds on every access, computed once for the doc in hand.

`Doc.text` joins a Token object per word and `Doc.ents` makes a new Span per entity (and a
Token for each end) at each access; the components and builders read these, and each token's
text, many times for the same doc. Only the last doc's values are kept (a strong reference,
so its id cannot be reused by a newer doc), and a change of length (retokenizing) drops them,
so memory stays flat and answers stay exact. The values are shared: callers must not change
them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

_LAST: list[Any] = [None, -1, {}]  # doc, its length, {name: value}


def _values(doc: Doc) -> dict[str, Any]:
    if _LAST[0] is not doc or _LAST[1] != len(doc):
        _LAST[:] = [doc, len(doc), {}]
    values: dict[str, Any] = _LAST[2]
    return values


def doc_memo(doc: Doc, name: str, build: Callable[[], Any]) -> Any:
    """`build()`, made once for the doc in hand under `name`: a value a rule derives from the
    whole doc and asks for once per mention."""
    values = _values(doc)
    if name not in values:
        values[name] = build()
    return values[name]


def doc_text(doc: Doc) -> str:
    """doc.text, joined once per doc from the doc's array (each token's text and its trailing
    space), without the Token object per word that Doc.text builds."""
    values = _values(doc)
    text = values.get("text")
    if text is None:
        text = values["text"] = _joined(doc)
    return str(text)


def _joined(doc: Doc) -> str:
    from spacy.attrs import ORTH, SPACY

    if not len(doc):
        return str(doc.text)
    strings = doc.vocab.strings
    return "".join(strings[o] + " " if s else strings[o] for o, s in doc.to_array([ORTH, SPACY]).tolist())


def doc_ents(doc: Doc) -> tuple[Span, ...]:
    """doc.ents, made once (the tuple is shared: callers must not change its spans)."""
    values = _values(doc)
    ents = values.get("ents")
    if ents is None:
        ents = values["ents"] = tuple(doc.ents)
    return tuple(ents)


def token_texts(doc: Doc) -> list[str]:
    """Each token's text, read from the doc's array: a scan that builds every Token object
    costs more than the rule it applies."""
    return _column(doc, "ORTH")


def token_lowers(doc: Doc) -> list[str]:
    """Each token's text in small letters, read from the doc's array."""
    return _column(doc, "LOWER")


def _column(doc: Doc, attr: str) -> list[str]:
    values = _values(doc)
    column: list[str] | None = values.get(attr)
    if column is None:
        strings = doc.vocab.strings
        column = values[attr] = [strings[v] for v in doc.to_array(attr).tolist()] if len(doc) else []
    return column


def text_positions(doc: Doc) -> dict[str, list[int]]:
    """Each distinct token text -> the indices of its tokens, in order."""
    return _positions(doc, "ORTH")


def lower_positions(doc: Doc) -> dict[str, list[int]]:
    """Each distinct token text in small letters -> the indices of its tokens, in order."""
    return _positions(doc, "LOWER")


def _positions(doc: Doc, attr: str) -> dict[str, list[int]]:
    values = _values(doc)
    key = f"{attr}-positions"
    positions: dict[str, list[int]] | None = values.get(key)
    if positions is None:
        positions = values[key] = {}
        for i, text in enumerate(_column(doc, attr)):
            positions.setdefault(text, []).append(i)
    return positions
