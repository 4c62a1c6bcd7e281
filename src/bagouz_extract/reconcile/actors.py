"""Build actor facts and quotes (first pass; owned by the actors issue)."""

from __future__ import annotations

from ..models import ActorFact, Quote
from .context import Context


def build_actors(ctx: Context) -> tuple[list[ActorFact], list[Quote]]:
    return [], []
