"""Gendered words of news text (data/quote_rules.json): pronouns, honorifics, role nouns and
given names, each with the gender it tells. The actors stage reads given names (a common
given name makes a name-shaped organisation a person); the reconciler reads all of them to
tie 'he said' / 'she said' to a speaker (reconcile/speaker_gender.py)."""

from __future__ import annotations

from functools import cache

from ..resources import DataFileError, load_json, require_keys

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
