"""The reconciler: a pure function from an annotated Doc and its source to a FactSheet."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..models import ActorFact, FactSheet, PlaceFact
from .actors import build_actors
from .context import Context
from .counts import build_counts
from .dates import build_dates
from .places import build_places

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..loader import LoadedSource

__all__ = ["Context", "reconcile"]


def reconcile(doc: Doc, loaded: LoadedSource) -> FactSheet:
    """Merge mentions into facts and link them. Order matters: later builders link to earlier facts."""
    ctx = Context(doc=doc, loaded=loaded)
    dates = build_dates(ctx)
    places = build_places(ctx)
    actors, quotes = build_actors(ctx)
    places = _not_people(ctx, places, actors)
    counts = build_counts(ctx)
    return FactSheet(source=loaded.source, dates=dates, places=places, actors=actors,
                     counts=counts, quotes=quotes, warnings=[*loaded.warnings, *ctx.warnings])


def _not_people(ctx: Context, places: list[PlaceFact], actors: list[ActorFact]) -> list[PlaceFact]:
    """A name the model took for a place but the gazetteer does not know, and that the actors
    stage shows is a person's ('... Dagalo, known as Hemedti'), is not a place."""
    people = {(m.start, m.end) for a in actors if _surely_a_person(a) for m in a.mentions}
    linked = {a.place for a in actors}  # an actor's place stays, so every link resolves
    dropped = {
        p.id for p in places
        if p.resolution == "unresolved" and p.id not in linked
        and all((m.start, m.end) in people for m in p.mentions)
    }
    if not dropped:
        return places
    ctx.forget("places", dropped)
    return [p for p in places if p.id not in dropped]


# what the model alone says, and what follows from it: a town the model read as a person
# ('the Tennessee Colony area') has nothing else
_MODEL_ONLY_RULES = {"ner_person", "coref_full", "coref_short", "name_variant"}


def _surely_a_person(actor: ActorFact) -> bool:
    """A person with a role, or named by a rule beyond the model (a title, an apposition, 'known
    as')."""
    return actor.kind == "person" and (
        bool(actor.roles) or any(m.rule not in _MODEL_ONLY_RULES for m in actor.mentions)
    )
