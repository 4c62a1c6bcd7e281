"""Line breaks inside a sentence are spaces for the model; offsets never move."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bagouz_extract import extract_text
from bagouz_extract.loader.linebreaks import join_broken_lines

WRAPPED = (
    "Syria talks stall as fighting resumes\n\n"
    "Fighting resumed on Monday when the Syrian Democratic\n"
    "Forces said that Islamic State fighters, led by Abu\n"
    "Bakr al-Baghdadi, had attacked the camp at Baghuz in\n"
    "the early hours. Officials said 20 people died and\n"
    "about 3,000 civilians fled towards Deir ez-Zor.\n\n"
    "By John Smith\nReuters\n"
)

# (id, text, the text the model reads)
CASES = [
    ("break-round-a-link", "the U.S.-led \ncoalition\n conducted", "the U.S.-led  coalition  conducted"),
    ("after-a-small-word", "Fighters of the\nIslamic State fled", "Fighters of the Islamic State fled"),
    ("comma-before-small-letters", "apples,\r\noranges", "apples,  oranges"),
    ("headline-before-the-body", "A tragedy\nCommenting on it", "A tragedy\nCommenting on it"),
    ("sentence-end", "It ended.\nthe next day", "It ended.\nthe next day"),
    ("paragraphs", "Head\n\nbody text", "Head\n\nbody text"),
    ("place-then-a-title", "in Iraq \nMinister Tobias Ellwood", "in Iraq \nMinister Tobias Ellwood"),
    ("byline-lines", "By John Smith\nReuters", "By John Smith\nReuters"),
    (
        "header-block-of-short-lines",
        "Briefing\n\nJohn Kirby\nSpokesperson\nWashington, DC\nMarch 3, 2016\n\nMR KIRBY: Good afternoon.",
        "Briefing\n\nJohn Kirby\nSpokesperson\nWashington, DC\nMarch 3, 2016\n\nMR KIRBY: Good afternoon.",
    ),
]


@pytest.mark.parametrize(("text", "read"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_breaks_inside_a_sentence_are_spaces(text: str, read: str) -> None:
    assert join_broken_lines(text) == read


def test_hard_wrapped_paragraphs_read_as_one_line_each() -> None:
    read = join_broken_lines(WRAPPED)
    assert "the Syrian Democratic Forces said" in read
    assert "led by Abu Bakr al-Baghdadi" in read
    assert read.startswith("Syria talks stall as fighting resumes\n\nFighting")  # the headline stays apart
    assert read.endswith("Deir ez-Zor.\n\nBy John Smith\nReuters\n")  # short lines are no wrapped lines


def test_lines_wider_than_a_wrap_are_no_wrapped_text() -> None:
    long_lines = "\n".join(f"Line {k} " + "word " * 30 for k in range(5))
    assert join_broken_lines(long_lines) == long_lines


@pytest.mark.model
def test_names_broken_by_a_wrap_are_found_with_their_exact_evidence() -> None:
    sheet = extract_text(WRAPPED, published="2019-03-04")
    names = {a.name: a for a in sheet.actors}
    assert "Syrian Democratic Forces" in names
    assert "Abu Bakr al-Baghdadi" in names
    mention = names["Syrian Democratic Forces"].mentions[0]
    assert WRAPPED[mention.start : mention.end] == mention.text == "the Syrian Democratic\nForces"


@given(st.text(alphabet=st.sampled_from("ab ,.\n\rAB"), max_size=200))
def test_every_offset_stays_put(text: str) -> None:
    read = join_broken_lines(text)
    assert len(read) == len(text)
    assert all(a == b or (a in "\r\n" and b == " ") for a, b in zip(text, read, strict=True))


def test_a_signature_block_of_short_lines_is_no_wrapped_text() -> None:
    text = ("The public are encouraged to report suspicious movements to the nearest military formation.\n\n"
            "Major General Ibrahim Dauda Kangiwa\nDirector, Defence Media Operations\n"
            "Defence Headquarters, Abuja\n16 June")
    assert join_broken_lines(text) == text
