"""Build dates facts from the bx_dates spans (first pass; owned by the dates issue)."""

from __future__ import annotations

from ..models import DateFact
from .context import Context


def build_dates(ctx: Context) -> list[DateFact]:
    return []
