from __future__ import annotations

import re

import pytest

from bagouz_extract.loader.boilerplate import find_boilerplate, furniture_rules, match_line

BODY = "The army said on Monday that 300 people had left the town after talks.\n" * 12


@pytest.mark.parametrize("rule", furniture_rules(), ids=lambda r: r.id)
def test_every_rule_matches_its_example(rule):
    assert rule.regex.fullmatch(rule.example), rule.id


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("skip to Main Content", "navigation"),
        ("Back To Top", "navigation"),
        ("A+ A-", "widget"),
        ("Tags: Iraq Syria refugees", "tags"),
        ("[give_form id=\"42307\"]", "shortcode"),
        ("Share this article: Facebook Twitter Email", "share"),
        ("By Jane Doe and John Roe", "byline"),
        ("Reporting by Jane Doe in Erbil, produced by John Roe", "byline"),
        ("(Reporting by Jane Doe; Editing by John Roe)", "byline"),
        ("Image caption: Soldiers celebrate in the town centre (AFP/Getty Images)", "media"),
        ("Image source, Getty Images", "media"),
        ("Published 3 hours ago", "metadata"),
    ],
    ids=[
        *("skip", "back-to-top", "font-size", "tags", "shortcode", "share", "by-line"),
        *("credits", "wire-credits", "image-caption", "image-source", "published-ago"),
    ],
)
def test_furniture_lines_are_recognised(line, kind):
    rule = match_line(line)
    assert rule is not None and rule.kind == kind


@pytest.mark.parametrize(
    "line",
    [
        "Thousands of civilians have left the town since Sunday.",
        "Comments made by the minister were criticised by the opposition on Tuesday evening.",
        "Support for the ceasefire has grown in recent weeks.",
        "Published reports said 3 hours ago the town fell.",
        "Most read newspapers in the city carried the story on Monday.",
    ],
    ids=[
        *("prose", "prose-starting-with-comments", "prose-starting-with-support"),
        *("prose-starting-with-published", "prose-starting-with-most-read"),
    ],
)
def test_prose_is_not_furniture(line):
    assert match_line(line) is None


def test_comment_section_at_the_end_is_removed_to_the_end():
    text = BODY + "\nComments\n\nWe welcome comments that are relevant.\nPost a comment\n"
    removed = find_boilerplate(text)
    assert removed[-1].kind == "comments"
    assert text[removed[-1].start:removed[-1].end].startswith("Comments")
    assert removed[-1].end == len(text.rstrip())


def test_related_links_at_the_end_are_removed_to_the_end():
    text = BODY + "\nRelated Topics\nIraq\n\nMore on this story\nIraq's Kurds vote in referendum\n"
    removed = find_boilerplate(text)
    assert text[removed[-1].start:removed[-1].end].startswith("Related Topics")
    assert removed[-1].end == len(text.rstrip())


@pytest.mark.parametrize(
    "desk", ["BBC News, Baghdad", "Middle East correspondent", "Security correspondent, Beirut"]
)
def test_the_line_under_a_byline_naming_a_desk_is_byline(desk):
    text = f"Town retaken\n\nBy Sarah Collins\n{desk}\n\n" + BODY
    removed = find_boilerplate(text)
    assert [text[r.start:r.end] for r in removed if r.kind == "byline"] == ["By Sarah Collins", desk]


def test_a_desk_shaped_line_under_no_byline_stays():
    assert not find_boilerplate("Town retaken\n\nBaghdad, Iraq\n\n" + BODY)


def test_a_sentence_under_a_byline_stays():
    text = "Town retaken\n\nBy Sarah Collins\nIraqi forces say they have retaken the town.\n\n" + BODY
    assert [text[r.start:r.end] for r in find_boilerplate(text)] == ["By Sarah Collins"]


def test_tail_marker_in_first_half_does_not_remove_the_article():
    text = "Comments\n" + BODY
    assert all(span.kind != "comments" for span in find_boilerplate(text))


def test_removed_spans_index_the_original_text():
    text = "skip to content\r\n\r\n" + BODY + "Back To Top\r\n"
    for span in find_boilerplate(text):
        assert re.fullmatch(r"[\S ]+", text[span.start:span.end])
