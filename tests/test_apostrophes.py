"""Curly apostrophes inside words are read as straight ones by the model; offsets stay put
and curly quotation marks stay as written."""

from __future__ import annotations

import pytest
from actor_lookup import sheet

from bagouz_extract.loader import build_loaded
from bagouz_extract.loader.apostrophes import straighten_apostrophes

CASES = [
    ("Taiwan’s Ministry of National Defense", "Taiwan's Ministry of National Defense"),
    ("Brian O’Connor", "Brian O'Connor"),
    ("I don’t think so", "I don't think so"),
    # a closing single quotation mark after a word, or a number's, is left as written
    ("she called them ‘rebels’ and left", "she called them ‘rebels’ and left"),
    ("the Workers’ Party", "the Workers’ Party"),
    ("the ’90s", "the ’90s"),
    ("no marks at all", "no marks at all"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_an_apostrophe_between_letters_is_written_straight(text: str, expected: str) -> None:
    straightened = straighten_apostrophes(text)
    assert straightened == expected
    assert len(straightened) == len(text)


def test_the_model_reads_straight_apostrophes_and_the_text_keeps_curly_ones() -> None:
    loaded = build_loaded("Seoul’s drills began.", source_id="t", path="t.txt")
    assert loaded.nlp_text == "Seoul's drills began."
    assert loaded.text == "Seoul’s drills began."


CURLY_AND_STRAIGHT = [
    "News\n\nTaiwan's Ministry of National Defense said it tracked 30 aircraft. China's State Council "
    "Taiwan Affairs Office said the drills were a warning.",
    "News\n\nThe Huntsville Police Department said on Monday that HPD's Support Services Division "
    "would review the case, Lt. Kevin Lunsford said.",
]


@pytest.mark.model
@pytest.mark.parametrize("straight", CURLY_AND_STRAIGHT)
def test_curly_and_straight_apostrophes_give_the_same_actors(straight: str) -> None:
    curly = straight.replace("'", "’")

    def actors(text: str) -> list[tuple[str, str, list[tuple[int, int]]]]:
        return sorted((a.name, a.kind, [(m.start, m.end) for m in a.mentions]) for a in sheet(text).actors)

    assert actors(curly) == actors(straight)
