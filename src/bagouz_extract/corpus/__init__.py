"""Across sources: one corpus fact table built from many fact sheets."""

from .build import build_corpus
from .models import CorpusTable

__all__ = ["CorpusTable", "build_corpus"]
