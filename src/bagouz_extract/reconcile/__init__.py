"""The reconciler: a pure function from an annotated Doc and its source to a FactSheet."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..models import FactSheet
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
    counts = build_counts(ctx)
    return FactSheet(source=loaded.source, dates=dates, places=places, actors=actors,
                     counts=counts, quotes=quotes, warnings=[*loaded.warnings, *ctx.warnings])
