"""Corpus outputs re-read article texts for the report: only when they still fit."""

from __future__ import annotations

import hashlib
from pathlib import Path

from test_corpus_sheets import TEXTS, sheet_a

from bagouz_extract.corpus.outputs import article_texts
from bagouz_extract.models import FactSheet


def _kept(tmp_path: Path, name: str, content: str) -> tuple[Path, FactSheet]:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    sheet = sheet_a()
    sheet.source.path = name
    sheet.source.sha256 = hashlib.sha256(content.encode("utf-8")).hexdigest()
    return path, sheet


def test_texts_are_keyed_by_source_path(tmp_path: Path) -> None:
    kept = [_kept(tmp_path, "a-wire.txt", TEXTS["a-wire"])]
    assert article_texts(kept) == {"a-wire.txt": TEXTS["a-wire"]}


def test_file_changed_since_extraction_gives_no_text(tmp_path: Path) -> None:
    path, sheet = _kept(tmp_path, "a-wire.txt", TEXTS["a-wire"])
    path.write_text("Rewritten: " + TEXTS["a-wire"], encoding="utf-8")
    assert article_texts([(path, sheet)]) == {}


def test_vanished_file_gives_no_text(tmp_path: Path) -> None:
    path, sheet = _kept(tmp_path, "a-wire.txt", TEXTS["a-wire"])
    path.unlink()
    assert article_texts([(path, sheet)]) == {}


def test_html_source_gives_the_extracted_main_text(tmp_path: Path) -> None:
    body = "<html><body><article><p>" + TEXTS["a-wire"] + "</p></article></body></html>"
    kept = [_kept(tmp_path, "a-wire.html", body)]
    [text] = article_texts(kept).values()
    assert "more than 7,000 people" in text and "<p>" not in text
