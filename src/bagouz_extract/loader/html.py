"""Main text of an HTML page, through trafilatura (offsets then index the extracted text)."""

from __future__ import annotations


def extract_main_text(html: str) -> str:
    import trafilatura

    extracted = trafilatura.extract(html, include_comments=False, include_tables=False,
                                    favor_precision=True, deduplicate=False)
    return extracted or ""
