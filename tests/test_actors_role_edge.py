"""A one-word office opening a text (no article, no nationality after it) never crashes."""

from __future__ import annotations

from bagouz_extract import extract_text


def test_one_word_office_is_handled(nlp):
    sheet = extract_text("Minister says 300 families returned home on Monday.", source_id="t", nlp=nlp)
    assert sheet.source.id == "t"
