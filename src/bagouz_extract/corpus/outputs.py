"""Write the corpus-level outputs of a run (--corpus, --report, --geojson), atomically.

The run keeps only the sheets; article texts are read again here, only when a report is
asked for, so memory during extraction holds no documents and no texts.
"""

from __future__ import annotations

import json
from pathlib import Path

from ..models import FactSheet
from ..sinks import atomic_write_text
from .build import build_corpus
from .models import CorpusTable
from .sources import keyed_sheets


def article_texts(kept: list[tuple[Path, FactSheet]], root: Path | None) -> dict[str, str]:
    """The text each sheet's offsets index (for HTML sources, the extracted main text), by
    source key (see corpus.sources)."""
    from ..loader import SourceError, load_source

    files = {id(sheet): path for path, sheet in kept}
    texts = {}
    for key, sheet in keyed_sheets(sheet for _, sheet in kept):
        try:
            texts[key] = load_source(files[id(sheet)], root).text
        except SourceError:  # gone since extraction: the report shows its facts only
            continue
    return texts


def write_corpus_outputs(kept: list[tuple[Path, FactSheet]], root: Path | None, *,
                         corpus: Path | None = None, report: Path | None = None,
                         geojson: Path | None = None) -> CorpusTable:
    sheets = [sheet for _, sheet in kept]
    table = build_corpus(sheets)
    if corpus is not None:
        atomic_write_text(corpus, table.to_json(pretty=True) + "\n")
    if geojson is not None:
        from ..geojson import to_geojson

        atomic_write_text(geojson, json.dumps(to_geojson(sheets), ensure_ascii=False,
                                              indent=1) + "\n")
    if report is not None:
        from ..report import render_report

        atomic_write_text(report, render_report(sheets, article_texts(kept, root), table))
    return table
