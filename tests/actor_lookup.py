"""Finding the actor a surface form belongs to, shared by the actor test modules."""

from __future__ import annotations

from bagouz_extract.models import ActorFact, FactSheet


def actor_with(s: FactSheet, surface: str) -> ActorFact | None:
    return next((a for a in s.actors if any(m.text == surface for m in a.mentions)), None)


def actor_of(s: FactSheet, surface: str) -> ActorFact:
    actor = actor_with(s, surface)
    if actor is None:
        raise AssertionError(f"no actor has a mention {surface!r}: {[a.name for a in s.actors]}")
    return actor
