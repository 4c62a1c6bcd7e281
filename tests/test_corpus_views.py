"""The terminal corpus summary: on stderr, sources with failures, contested claims first."""

from __future__ import annotations

import io

import pytest
from rich.console import Console
from test_corpus_sheets import sample_sheets

from bagouz_extract.corpus import build_corpus
from bagouz_extract.corpus_views import corpus_summary


def _render(failures: dict[str, str] | None = None) -> str:
    buffer = io.StringIO()
    corpus_summary(build_corpus(sample_sheets()), failures,
                   Console(file=buffer, width=200, color_system=None))
    return buffer.getvalue()


def test_summary_lists_each_source_and_each_failure() -> None:
    text = _render({"broken.txt": "empty: no text to extract facts from"})
    assert all(name in text for name in ("a-wire", "b-daily", "c-post", "broken.txt"))
    assert "failed: empty: no text to extract facts from" in text


def test_contested_claims_are_listed_first() -> None:
    text = _render()
    claims = text[text.index("claims across sources"):]
    assert claims.index("contested") < claims.index("corroborated")
    assert "b-daily says 3,000, c-post says about 1,000" in claims


def test_default_console_is_stderr(capsys: pytest.CaptureFixture[str]) -> None:
    from bagouz_extract.views import stderr_console

    stderr_console.cache_clear()
    corpus_summary(build_corpus(sample_sheets()))
    captured = capsys.readouterr()
    assert captured.out == "" and "a-wire" in captured.err
    stderr_console.cache_clear()
