"""Tokens of web-copied text: reference marks and brackets glued to a word are split off."""

from __future__ import annotations

import pytest

from bagouz_extract.pipeline import BLANK, PipelineSettings, build_pipeline


@pytest.fixture(scope="module")
def make_doc():
    return build_pipeline(PipelineSettings(model=BLANK)).make_doc


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("Abu Haidar,[1] is", ["Abu", "Haidar", ",", "[", "1", "]", "is"]),
        ("an officer.[3] Qanbar", ["an", "officer", ".", "[", "3", "]", "Qanbar"]),
        ("on February 13.[4]", ["on", "February", "13", ".", "[", "4", "]"]),
        ("a basis[citation needed] and", ["a", "basis", "[", "citation", "needed", "]", "and"]),
        ("Abboud Qanbar(Arabic: x)", ["Abboud", "Qanbar", "(", "Arabic", ":", "x", ")"]),
        ("the U.S.[5] army", ["the", "U.S.", "[", "5", "]", "army"]),  # the abbreviation keeps its period
        ("a (b) c", ["a", "(", "b", ")", "c"]),
        ("Al-Qa'im, was", ["Al", "-", "Qa'im", ",", "was"]),
    ],
)
def test_glued_brackets_are_split(make_doc, text, tokens):
    assert [t.text for t in make_doc(text)] == tokens


def test_offsets_are_unchanged(make_doc):
    text = "Abboud Qanbar(Arabic: x), also known as Abu Haidar,[1] is"
    doc = make_doc(text)
    assert "".join(t.text_with_ws for t in doc) == text
