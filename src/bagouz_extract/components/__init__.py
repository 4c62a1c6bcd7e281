"""Rule components, one module per fact type. Importing this package registers the factories."""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import actors, counts, dates, entity_dashes, fresh_edges, paragraphs, places

if TYPE_CHECKING:
    from spacy.language import Language

    from ..pipeline import PipelineSettings

__all__ = [
    "actors",
    "add_fact_components",
    "counts",
    "dates",
    "entity_dashes",
    "fresh_edges",
    "paragraphs",
    "places",
]


def add_fact_components(nlp: Language, settings: PipelineSettings) -> None:
    """Add our components after the statistical ones; later ones may read earlier spans."""
    nlp.add_pipe("bx_dates")
    nlp.add_pipe("bx_places", config={"extra_gazetteers": list(settings.gazetteers)})
    nlp.add_pipe("bx_actors", config={"extra_registries": list(settings.actor_registries)})
    nlp.add_pipe("bx_counts")
