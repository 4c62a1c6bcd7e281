"""bagouz-extract: turn news articles into checkable fact sheets.

The public API is imported lazily so that `import bagouz_extract` (and the CLI's --help
and --version) stay fast: spaCy is loaded only when extraction starts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from .api import extract_sources, extract_text
    from .models import FactSheet

__all__ = ["FactSheet", "__version__", "extract_sources", "extract_text"]


def __getattr__(name: str) -> Any:
    if name in {"extract_text", "extract_sources"}:
        from . import api

        return getattr(api, name)
    if name == "FactSheet":
        from .models import FactSheet

        return FactSheet
    raise AttributeError(f"module 'bagouz_extract' has no attribute {name!r}")
