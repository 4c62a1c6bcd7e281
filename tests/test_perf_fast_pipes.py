"""The stand-ins for spaCy's attribute_ruler and lemmatizer give the same token attributes."""

from __future__ import annotations

import pytest

spacy = pytest.importorskip("spacy")

from bagouz_extract.fast_pipes import speed_up  # noqa: E402
from bagouz_extract.pipeline import DEFAULT_MODEL  # noqa: E402

TEXTS = {
    "news": "On March 5, 2019, about 400 fighters surrendered to the SDF near Baghuz, officials said.",
    "contractions": "I ain't gonna say it's over, but y'all know we gotta go. Let's c'mon.",
    "auxiliaries": "There is no doubt; there were 3 attacks. He has done it and she does not.",
    "pronouns": "I told you it was mine; give it to me and I will give it to you.",
    "spaces": "Line one.\n\n  Line   two\t\twith  tabs.   ",
    "slang": "Nothin' happened, nuthin' at all. It gets worse; it got worse.",
    "subordinators": "If they come, we stay, because that is what we do while it rains.",
    "inflections": "The children were running faster than the better-armed men, who had fled.",
    "empty": "",
    # words no rule names share cached rules by their tag; the named ones keep their own
    "new-words": "Qarawzi met Vlostrinek at 4,512 Zmiev St. Y'all saw nuthin', nothin' at all.",
}
ATTRS = ("tag_", "pos_", "morph", "lemma_", "dep_")


@pytest.fixture(scope="module")
def pipelines():
    try:
        original = spacy.load(DEFAULT_MODEL, exclude=["senter", "ner"])
        fast = spacy.load(DEFAULT_MODEL, exclude=["senter", "ner"])
    except OSError:
        pytest.skip("model not installed")
    return original, fast, speed_up(fast)


def test_both_components_are_replaced(pipelines):
    _, fast, replaced = pipelines
    assert replaced == ["attribute_ruler", "lemmatizer"]
    assert fast.pipe_names == pipelines[0].pipe_names


@pytest.mark.parametrize("text", list(TEXTS.values()), ids=list(TEXTS))
def test_stand_ins_give_the_same_token_attributes(pipelines, text):
    original, fast, _ = pipelines
    for _ in range(2):  # the second pass answers from the stand-ins' caches
        want = [tuple(str(getattr(t, a)) for a in ATTRS) for t in original(text)]
        got = [tuple(str(getattr(t, a)) for a in ATTRS) for t in fast(text)]
        assert got == want


def test_unknown_pattern_shapes_leave_the_original_ruler():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "x", "OP": "+"}]], {"LEMMA": "x"})
    assert speed_up(nlp) == []
    assert type(nlp.get_pipe("attribute_ruler")).__name__ == "AttributeRuler"


def test_a_blank_pipeline_is_left_alone():
    assert speed_up(spacy.blank("en")) == []


def test_words_that_share_cached_rules_are_told_from_words_a_rule_names():
    # the ruler caches the rules of a word no first-token test names under its TAG, DEP and
    # IS_SPACE alone; a word that a LOWER value or pattern names must keep its own rules
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": {"REGEX": "^zz"}}]], {"NORM": "zed"})
    ruler.add([[{"LOWER": {"IN": ["qq", "rr"]}}]], {"NORM": "listed"})
    ruler.add([[{"LOWER": {"NOT_IN": ["aa", "zzx"]}}, {"LOWER": "end"}]], {"NORM": "before-end"})
    assert speed_up(nlp) == ["attribute_ruler"]
    for _ in range(2):
        doc = nlp("aa zzb bb Zzc qq cc RR aa end bb end zzx end")
        assert [t.norm_ for t in doc] == [
            "aa", "zed", "bb", "zed", "listed", "cc", "listed",
            "aa", "end", "before-end", "end", "zed", "end",
        ]
