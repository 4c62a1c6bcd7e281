"""Single quotation marks (‘...’ and '...', British style) and the apostrophe they share a
mark with; double quotes written as two apostrophes (''...'', ``...'', wire copy); a body's
possessive before a name ('the BBC's X') as the person's affiliation."""

from __future__ import annotations

import pytest
from actor_lookup import affiliation_name, sheet, speaker_name

from bagouz_extract.components.quotes import closes_single, find_quotes, opens_single, quote_text

# (id, text, quotes found: their words, in order)
FIND_CASES = [
    (
        "sentence",
        "He said: ‘The camp is full and the people are hungry.’",
        ["The camp is full and the people are hungry."],
    ),
    ("comma-then-verb", "‘We are leaving the town today,’ she said.", ["We are leaving the town today,"]),
    ("punctuation-outside", "He called it ‘a grave mistake’.", ["a grave mistake"]),
    ("scare-quote-before-a-word", "They called them ‘rebels’ and left.", ["rebels"]),
    ("two-scare-quotes", "They called them ‘rebels’ and then ‘bandits’.", ["rebels", "bandits"]),
    # the apostrophe: inside a word, a plural possessive, an elided year, 'rock ’n’ roll'
    ("word-internal", "The country’s army and the town’s mayor met.", []),
    ("plural-possessive-alone", "The fighters’ families left the villages’ fields.", []),
    ("elided-year", "Back in the ’90s it was quiet.", []),
    ("elided-year-written-with-an-opening-mark", "Back in the ‘90s it was quiet.", []),
    ("rock-n-roll", "They played rock ’n’ roll all night.", []),
    ("opening-mark-inside-a-word", "The leader‘s men left.", []),
    # a plural possessive inside a quote gives way to the quote's own close
    (
        "possessive-inside",
        "‘We saw the fighters’ camp from here,’ he said.",
        ["We saw the fighters’ camp from here,"],
    ),
    ("apostrophes-inside", "‘The country’s army won’t stay,’ he said.", ["The country’s army won’t stay,"]),
    (
        "rock-n-roll-inside",
        "‘We played rock ’n’ roll all night,’ he said.",
        ["We played rock ’n’ roll all night,"],
    ),
    # no closing mark in its paragraph: no quote (its ’ may have been an apostrophe)
    ("unclosed", "He said: ‘The camp is full and the people’s food is gone\nNext line.’", []),
    # nested quotes stay one outer quote, either way round
    (
        "single-inside-double",
        "“They told us ‘go home’ and we left,” she said.",
        ["They told us ‘go home’ and we left,"],
    ),
    (
        "double-inside-single",
        "‘They told us “go home” and we left,’ she said.",
        ["They told us “go home” and we left,"],
    ),
    # a scare quote's weak close before a double quote opens is the close
    (
        "weak-close-before-a-double-quote",
        "It was ‘needless’ damage. He said: “We saw it.”",
        ["needless", "We saw it."],
    ),
    # typewriter single marks close as curly ones do (British headlines: 'We will not leave,' says X)
    (
        "straight-single",
        "He said: 'The camp is full and the people are hungry.'",
        ["The camp is full and the people are hungry."],
    ),
    ("straight-headline", "'We will not leave Afrin,' says Kurdish commander", ["We will not leave Afrin,"]),
    (
        "straight-apostrophes-inside",
        "'The fighters' camp won't stay open,' he said.",
        ["The fighters' camp won't stay open,"],
    ),
    # a possessive after an abbreviation's period opens nothing; nor one inside a word
    ("straight-possessive-after-a-period", "Intel Corp.'s chip has flaws, the makers' engineers said.", []),
    ("straight-word-internal", "The country's army won't stay in the fighters' camp.", []),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in FIND_CASES], ids=[c[0] for c in FIND_CASES])
def test_single_curly_quotes_and_apostrophes(text: str, expected: list[str]) -> None:
    assert [quote_text(text, q) for q in find_quotes(text)] == expected


# two apostrophes (or backticks) at a word's start open a double quote; two apostrophes close it
DOUBLED_CASES = [
    ("apostrophes", "''We are leaving the town today,'' she said.", ["We are leaving the town today,"]),
    (
        "backticks",
        "He said: ``We are leaving the town today.'' Then he left.",
        ["We are leaving the town today."],
    ),
    ("two-quotes", "``We won,'' he said. ``We are going home.''", ["We won,", "We are going home."]),
    ("apostrophes-inside", "``The country's army won't stay,'' he said.", ["The country's army won't stay,"]),
    ("over-two-paragraphs", "``First part.\n``Second part,'' he said.", ["First part. Second part,"]),
    ("inches", "The pipe is 10'' long and 5' wide.", []),
    ("a-closing-pair-opens-nothing", "It ended,'' he said and left.", []),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in DOUBLED_CASES], ids=[c[0] for c in DOUBLED_CASES]
)
def test_doubled_apostrophes_are_double_quotes(text: str, expected: list[str]) -> None:
    assert [quote_text(text, q) for q in find_quotes(text)] == expected


@pytest.mark.parametrize(
    ("text", "pos", "expected"),
    [
        ("said ‘Yes", 5, True),
        ("(‘Yes", 1, True),
        ("Hussein‘s", 7, False),
        ("the ‘90s", 4, False),
        ("in ‘03 we", 3, False),
        ("‘2019 was", 0, True),
        ("a ‘ b", 2, False),
    ],
)
def test_opening_single_mark_starts_a_word(text: str, pos: int, expected: bool) -> None:
    assert text[pos] == "‘" and opens_single(text, pos) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Syria’s", None),
        ("the ’90s", None),
        ("hungry.’ He", "strong"),
        ("today,’ she", "strong"),
        ("mistake’.", "strong"),
        ("mistake’", "strong"),
        ("mistake’ – he", "strong"),
        ("fighters’ camp", "weak"),
    ],
)
def test_closing_single_mark_strength(text: str, expected: str | None) -> None:
    assert closes_single(text, text.index("’")) == expected


SPEAKER_CASES = [
    (
        "doubled-after",
        "``The camp is full and the people are hungry,'' Ali Hassan told reporters.\n",
        "Ali Hassan",
        "told",
    ),
    (
        "doubled-before",
        "Ali Hassan said: ``The camp is full and the people are hungry.''\n",
        "Ali Hassan",
        "said",
    ),
    (
        "colon-before",
        "Ali Hassan said: ‘The camp is full and the people are hungry.’\n",
        "Ali Hassan",
        "said",
    ),
    (
        "after",
        "‘The camp is full and the people are hungry,’ Ali Hassan told reporters.\n",
        "Ali Hassan",
        "told",
    ),
    ("inverted", "‘The camp is full and the people are hungry,’ said Ali Hassan.\n", "Ali Hassan", "said"),
    (
        "possessive-inside",
        "‘We saw the fighters’ camp from the hill,’ said Ali Hassan.\n",
        "Ali Hassan",
        "said",
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "speaker", "verb"), [c[1:] for c in SPEAKER_CASES], ids=[c[0] for c in SPEAKER_CASES]
)
def test_single_curly_quote_is_attributed(text: str, speaker: str, verb: str) -> None:
    s = sheet(text)
    (quote,) = s.quotes
    assert (speaker_name(s, quote), quote.verb) == (speaker, verb)


@pytest.mark.model
def test_scare_quote_in_single_marks_is_no_quotation() -> None:
    assert sheet("Ali Hassan called the fighters ‘bandits’ on Monday.\n").quotes == []


@pytest.mark.model
def test_broadcaster_possessive_gives_the_quote_its_affiliation() -> None:
    s = sheet("The BBC's Quentin Sommerville said: ‘The camp is full and the people are hungry.’\n")
    (quote,) = s.quotes
    assert speaker_name(s, quote) == "Quentin Sommerville"
    assert next(a.name for a in s.actors if a.id == quote.speaker_affiliation) == "BBC"


# a body's (or state's) possessive right before a name is the person's affiliation
POSSESSIVE_CASES = [
    ("media-s", "The BBC's John Smith said the camp was full.\n", "John Smith", "BBC"),
    (
        "bare-apostrophe-after-s",
        "Reuters' John Smith reported that the camp was full.\n",
        "John Smith",
        "Reuters",
    ),
    (
        "curly-apostrophe",
        "The SDF’s Mustafa Bali said the camp was full.\n",
        "Mustafa Bali",
        "Syrian Democratic Forces",
    ),
    ("state", "Syria's Bashar al-Assad said the camp was full.\n", "Bashar al-Assad", "Syria"),
    ("two-word-state", "South Korea's Kang Kyung-wha said it was full.\n", "Kang Kyung-wha", "South Korea"),
    ("no-body", "On Monday's show John Smith said the camp was full.\n", "John Smith", None),
]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "person", "body"), [c[1:] for c in POSSESSIVE_CASES], ids=[c[0] for c in POSSESSIVE_CASES]
)
def test_possessive_body_before_a_name_is_the_affiliation(text: str, person: str, body: str | None) -> None:
    assert affiliation_name(sheet(text), person) == body


@pytest.mark.model
def test_a_states_possessive_of_two_words_is_its_whole_name() -> None:
    s = sheet("South Korea's Kang Kyung-wha said the camp was full.\n")
    assert [m.text for a in s.actors if a.kind == "state" for m in a.mentions] == ["South Korea"]
