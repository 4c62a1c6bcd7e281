"""Build counts facts from the bx_counts spans (first pass; owned by the counts issue)."""

from __future__ import annotations

from ..models import CountFact
from .context import Context


def build_counts(ctx: Context) -> list[CountFact]:
    return []
