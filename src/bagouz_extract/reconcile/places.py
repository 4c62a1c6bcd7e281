"""Build places facts from the bx_places spans (first pass; owned by the places issue)."""

from __future__ import annotations

from ..models import PlaceFact
from .context import Context


def build_places(ctx: Context) -> list[PlaceFact]:
    return []
