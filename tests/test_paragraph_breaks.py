"""A blank line opens a sentence before the parser runs: a headline never runs into the first
sentence under it."""

from __future__ import annotations

import pytest
import spacy
from actor_lookup import sheet

from bagouz_extract.components.paragraphs import PARAGRAPH_BREAKS


@pytest.mark.parametrize(
    ("text", "opened"),
    [
        ("Aid\n\nThe United States condemns it.", ["The"]),
        ("One.\n\n\nTwo here.\n\nThree", ["Two", "Three"]),
        # a single line break (a wrapped line) opens nothing
        ("the U.S.-led\ncoalition struck", []),
        ("Trailing text\n\n", []),
    ],
)
def test_the_token_after_a_blank_line_opens_a_sentence(text: str, opened: list[str]) -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe(PARAGRAPH_BREAKS)
    doc = nlp(text)
    assert [t.text for t in doc if t.is_sent_start and t.i > 0] == opened


@pytest.mark.model
def test_a_state_opening_the_first_sentence_under_a_headline_acts() -> None:
    # the parser had made 'The United States' the object of the headline's word
    s = sheet("Aid\n\nThe United States strongly condemns the bombing of a convoy near Aleppo today.\n")
    assert [a.name for a in s.actors if a.kind == "state"] == ["United States"]
