"""Sheets of small test texts and finding the actor a surface form belongs to, shared by the
actor and quote test modules."""

from __future__ import annotations

from bagouz_extract import extract_text
from bagouz_extract.components.actors import registry_words
from bagouz_extract.models import ActorFact, FactSheet, Quote


def sheet(text: str, published: str = "2019-03-06") -> FactSheet:
    return extract_text(text, source_id="t", published=published)


def names_in(mention_text: str) -> set[str]:
    """The name a group's mention is written with: its evidence is the whole phrase ('the SDF',
    'ISIL fighters', 'The SDF forces'), so a lookup by the name finds it."""
    names = {mention_text}
    for article in ("the ", "The "):
        if mention_text.startswith(article):
            names.add(mention_text[len(article) :])
    for name in list(names):
        head, _, last = name.rpartition(" ")
        if head and last in registry_words("member_nouns"):
            names.add(head)
    return names


def actor_with(s: FactSheet, surface: str) -> ActorFact | None:
    return next((a for a in s.actors if any(surface in names_in(m.text) for m in a.mentions)), None)


def actor_at(s: FactSheet, start: int) -> ActorFact | None:
    """The actor with a mention starting at character `start` (a word written several times)."""
    return next((a for a in s.actors if any(m.start == start for m in a.mentions)), None)


def actor_named(s: FactSheet, name: str) -> ActorFact | None:
    """The actor with this canonical name, or None."""
    return next((a for a in s.actors if a.name == name), None)


def actor_of(s: FactSheet, surface: str) -> ActorFact:
    actor = actor_with(s, surface)
    if actor is None:
        raise AssertionError(f"no actor has a mention {surface!r}: {[a.name for a in s.actors]}")
    return actor


def affiliation_name(s: FactSheet, surface: str) -> str | None:
    """The name of the actor that the actor mentioned as `surface` is affiliated with."""
    actor = actor_of(s, surface)
    return next((a.name for a in s.actors if a.id == actor.affiliation), None)


def speaker_name(s: FactSheet, quote: Quote) -> str | None:
    return next((a.name for a in s.actors if a.id == quote.speaker), None)
