"""Write the corpus-level outputs of a run (--corpus, --report, --geojson), atomically.

The run keeps only the sheets; article texts are read again here, only when a report is
asked for, so memory during extraction holds no documents and no texts.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from ..models import FactSheet
from ..sinks import atomic_write_text
from .build import build_corpus
from .models import CorpusTable
from .sources import keyed_sheets


def article_texts(kept: list[tuple[Path, FactSheet]]) -> dict[str, str]:
    """The text each sheet's offsets index (for HTML sources, the extracted main text), by
    source key (see corpus.sources). Only decoding is redone, not the loader's metadata and
    language work; a file that changed since extraction is skipped, since its offsets
    would no longer fit (the report then shows that source's facts only)."""
    files = {id(sheet): path for path, sheet in kept}
    texts = {}
    for key, sheet in keyed_sheets(sheet for _, sheet in kept):
        text = source_text(files[id(sheet)], sheet)
        if text is not None:
            texts[key] = text
    return texts


def source_text(path: Path, sheet: FactSheet) -> str | None:
    from ..loader import TEXT_SUFFIXES
    from ..loader.decoding import DecodeError, decode_bytes

    try:
        raw = path.read_bytes()
        text = decode_bytes(raw).text
    except (OSError, DecodeError):  # gone or unreadable since extraction
        return None
    if hashlib.sha256(raw).hexdigest() != sheet.source.sha256:
        return None
    if TEXT_SUFFIXES.get(path.suffix.lower()) == "html":
        from ..loader.html import extract_main_text

        text = extract_main_text(text)
    return text


def write_corpus_outputs(kept: list[tuple[Path, FactSheet]], root: Path | None, *,
                         corpus: Path | None = None, report: Path | None = None,
                         geojson: Path | None = None) -> CorpusTable:
    """`kept` pairs each sheet with the file it came from (a path that opens as given);
    `root` is the input folder the sheets' paths are relative to."""
    del root  # the kept paths open as they are; sheets already hold the relative ones
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

        atomic_write_text(report, render_report(sheets, article_texts(kept), table))
    return table
