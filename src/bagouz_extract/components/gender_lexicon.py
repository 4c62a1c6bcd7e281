"""Gendered words of news text (data/quote_rules.json): pronouns, honorifics, role nouns and
given names, each with the gender it tells. The actors stage reads given names (a common
given name makes a name-shaped organisation a person); the reconciler reads all of them to
tie 'he said' / 'she said' to a speaker (reconcile/speaker_gender.py)."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from ..resources import DataFileError, load_json, require_keys

if TYPE_CHECKING:
    from spacy.tokens import Doc

_SECTIONS = ("pronouns", "honorifics", "role_nouns", "given_names")
_GENDERS = ("female", "male")
_KEYS = {"id", "gender", "words", "example"}


@cache
def gender_words(section: str) -> dict[str, str]:
    """word -> gender of one section of data/quote_rules.json, checked on first use."""
    if section not in _SECTIONS:
        raise KeyError(section)
    out: dict[str, str] = {}
    for record in load_json("quote_rules.json")[section]:
        where = f"data/quote_rules.json:{section}"
        require_keys(record, _KEYS, _KEYS, where)
        if record["gender"] not in _GENDERS:
            raise DataFileError(f"{where}: record {record['id']!r}: gender must be one of {_GENDERS}")
        out.update((word.lower(), record["gender"]) for word in record["words"])
    return out


@cache
def two_surname_given_names() -> frozenset[str]:
    """Given names of Spanish and Portuguese use (the 'given-names-*-iberian' records): a
    name they open ends in two surnames, the first of them used alone ('Ricardo Valdivia
    Torres' ... 'Valdivia')."""
    return frozenset(
        word.lower()
        for record in load_json("quote_rules.json")["given_names"]
        if record["id"].endswith("-iberian")
        for word in record["words"]
    )


# months that are surnames as well ('Theresa May', 'Brian May', 'Mrs June')
MONTH_SURNAMES = frozenset({"May", "June", "April", "August"})


def month_surname(doc: Doc, i: int) -> str | None:
    """'Theresa May said', 'Mrs May told MPs': a month's name at token i after a given name
    ('given') or an honorific ('honorific') is a surname, not before a number or another
    capitalised word ('May 5', 'May Day'); None when it is no surname."""
    if i < 1 or doc[i].text not in MONTH_SURNAMES:
        return None
    after = doc[i + 1] if i + 1 < len(doc) else None
    if after is not None and (after.like_num or after.text[:1].isupper()):
        return None
    before = doc[i - 1]
    if before.is_title and before.lower_.rstrip(".") in {*gender_words("honorifics"), "dr"}:
        return "honorific"
    given = before.lower_ in gender_words("given_names")
    if given and before.is_title and before.ent_type_ in ("", "PERSON", "DATE"):
        return "given"
    return None
