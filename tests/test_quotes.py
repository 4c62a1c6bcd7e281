"""Direct quotes with their speaker and reporting verb (needs the model)."""

from __future__ import annotations

from pathlib import Path

import pytest
from actor_lookup import actor_of, sheet, speaker_name

from bagouz_extract import extract_text
from bagouz_extract.api import extract_sources
from bagouz_extract.models import FactSheet, Quote

SEEDS = Path(__file__).resolve().parents[1] / "seeds"

pytestmark = pytest.mark.model


def quotes(text: str) -> tuple[FactSheet, list[Quote]]:
    s = extract_text(text, source_id="t", published="2019-03-06")
    return s, s.quotes


CASES = [
    (
        "organisation",
        "“We have taken the whole town,” the SDF said on Monday.\n",
        "Syrian Democratic Forces",
        "said",
    ),
    (
        "curly-after",
        "“We will finish what is left,” said Mustafa Bali, the head of the SDF press office.\n",
        "Mustafa Bali",
        "said",
    ),
    (
        "straight-after",
        '"We will finish what is left," Mustafa Bali said on Sunday.\n',
        "Mustafa Bali",
        "said",
    ),
    (
        "before-colon",
        "Mustafa Bali said in a Tweet: “We are slowing down the offensive in Baghouz.”\n",
        "Mustafa Bali",
        "said in a Tweet",
    ),
    (
        "told",
        "“They have no force left at all now,” a SDF fighter told Rudaw.\n",
        "SDF fighter",
        "told",
    ),
    (
        "inverted-anonymous",
        "“There are 45 people here right now,” said a worker at a camp.\n",
        "worker at a camp",
        "said",
    ),
    (
        "stressed-partial",
        "General Joseph Votel spoke on Thursday. He stressed that the fighters "
        "“are still mostly extremists and we must continue the attack.”\n",
        "Joseph Votel",
        "stressed",
    ),
    # reporting verbs after the quote, straight marks
    *[
        (f"verb-{verb}", f'"We will not leave the area," Ali Hassan {verb}.\n', "Ali Hassan", verb.split()[0])
        for verb in ("noted", "stressed", "explained", "added", "warned", "told reporters")
    ],
    ("said-before-name", '"We will not leave the area," said Ali Hassan.\n', "Ali Hassan", "said"),
    ("colon-before", 'Ali Hassan told Rudaw: "We will not leave the area."\n', "Ali Hassan", "told"),
    (
        "wrote-on-twitter",
        "Ali Hassan wrote on Twitter: “We will not leave the area.”\n",
        "Ali Hassan",
        "wrote on Twitter",
    ),
    (
        "shared-in-a-tweet",
        "Ali Hassan shared in a Tweet: “We will not leave the area.”\n",
        "Ali Hassan",
        "shared in a Tweet",
    ),
    (
        "wrote-on-twitter-after",
        '"We will not leave the area," Ali Hassan wrote on Twitter.\n',
        "Ali Hassan",
        "wrote on Twitter",
    ),
    (
        "according-to-after",
        "“The battle is over and the area is safe,” according to Ali Hassan.\n",
        "Ali Hassan",
        "according to",
    ),
    (
        "according-to-before",
        'According to Ali Hassan, "the battle is over and the area is safe."\n',
        "Ali Hassan",
        "According to",
    ),
    (
        "according-to-body",
        "“The battle is over and the area is safe,” according to the SDF.\n",
        "Syrian Democratic Forces",
        "according to",
    ),
    (
        "according-to-role",
        "“The battle is over and the area is safe,” according to the mayor.\n",
        "mayor",
        "according to",
    ),
    (
        "unnamed-official",
        "“The situation is stable now,” an Iraqi official said.\n",
        "Iraqi official",
        "said",
    ),
    (
        "unnamed-senior-official",
        '"We will keep our troops there for now," a senior US defence official told reporters.\n',
        "senior US defence official",
        "told",
    ),
    (
        # after a quote the model may call a titled name a work of art
        "titled-name-after-quote",
        '"Our forces were ready," Brigadier General Sirwan Barzani, commander of the front, told '
        "Rudaw English.\n",
        "Sirwan Barzani",
        "told",
    ),
    (
        # a participle describing the medium is no reporting verb
        "participle-of-a-medium",
        'Ahmed Saleh, a spokesman for the army, said in a video posted online that the army would '
        '"liberate the capital."\n',
        "Ahmed Saleh",
        "said in a video",
    ),
    (
        # a reporting verb in a relative clause is not the report's
        "relative-clause-verb",
        '"There is no food and no water," one resident, who asked not to be named, told the BBC.\n',
        "resident",
        "told",
    ),
    (
        # nor one inside the that-clause the report carries
        "verb-inside-the-reported-clause",
        "Ali Hassan told supporters that the operation would continue \"until the last fighter is gone\".\n",
        "Ali Hassan",
        "told",
    ),
    (
        # a British headline's typewriter single quotes
        "straight-single-headline",
        "'We will not leave Afrin,' says Kurdish commander Sipan Hemo\n\nThe fighting went on.\n",
        "Sipan Hemo",
        "says",
    ),
    (
        # a clause joined to the reporting one, with its own subject, owns the quote
        "conjoined-clause-with-its-own-subject",
        "President Ali Hassan urged partners to hurry, and his chief of staff, Omar Khalil, called the "
        'strikes "another crime of the terrorist state".\n',
        "Omar Khalil",
        "called",
    ),
    (
        "pronoun-after-unnamed",
        "An Iraqi official said the bridge would reopen. “The situation is stable now,” he said.\n",
        "Iraqi official",
        "said",
    ),
    # verbs of the voice's manner report speech too
    (
        "yelled-before-a-colon",
        "Ali Hassan spoke at the funeral. And then he yelled: “This was not supposed to happen!”\n",
        "Ali Hassan",
        "yelled",
    ),
    (
        "muttered-after-the-quote",
        "“We will not leave,” Ali Hassan muttered as the shelling went on.\n",
        "Ali Hassan",
        "muttered",
    ),
]


@pytest.mark.parametrize(("case", "text", "speaker", "verb"), CASES, ids=[c[0] for c in CASES])
def test_quote_is_attributed_to_its_speaker(case: str, text: str, speaker: str, verb: str) -> None:
    s, found = quotes(text)
    assert len(found) == 1
    assert speaker_name(s, found[0]) == speaker
    assert found[0].verb == verb


def test_quote_carries_the_speaker_role_and_affiliation() -> None:
    _, found = quotes("“We will finish what is left,” said Mustafa Bali, the head of SDF Press Office.\n")
    assert found[0].speaker_role == "head of SDF Press Office"
    assert found[0].speaker_affiliation == "actor-sdf"


def test_quote_carries_the_fullest_role_not_the_rank() -> None:
    text = "“The strikes hit 40 targets,” said Lt. Col. Ali Hassan, a spokesman for the coalition.\n"
    _, found = quotes(text)
    assert found[0].speaker_role == "spokesman for the coalition"


def test_unnamed_speaker_quote_has_role_and_affiliation() -> None:
    _, found = quotes("“They have no force left at all now,” a SDF fighter told Rudaw.\n")
    assert (found[0].speaker_role, found[0].speaker_affiliation) == ("fighter", "actor-sdf")


# an unnamed speaker: its role without the state or body, and that state or body as affiliation
UNNAMED_CASES = [
    ("“The situation is stable now,” an Iraqi official said.\n", "official", "Iraq"),
    ('"We will keep our troops there," a senior US defence official told reporters.\n',
     "senior defence official", "United States"),
    ("“We are winning,” a SDF fighter told Rudaw.\n", "fighter", "Syrian Democratic Forces"),
    ("“The town is ours now,” said a spokesman for the Iraqi army.\n", "spokesman for the Iraqi army",
     "Iraqi Security Forces"),
]


@pytest.mark.parametrize(
    ("text", "role", "body"),
    UNNAMED_CASES,
    ids=["demonym", "state-in-phrase", "acronym", "body-after-preposition"],
)
def test_unnamed_speaker_role_and_affiliation(text: str, role: str, body: str) -> None:
    s, found = quotes(text)
    assert len(found) == 1 and found[0].speaker_role == role
    assert next(a.name for a in s.actors if a.id == found[0].speaker_affiliation) == body


def test_an_unnamed_speakers_role_is_written_as_in_the_text() -> None:
    _, found = quotes("“We are close,” a military commander in Deir ez-Zor told AFP.\n")
    assert [q.speaker_role for q in found] == ["military commander in Deir ez-Zor"]


@pytest.mark.parametrize("mark", ["“", '"'], ids=["curly", "straight"])
def test_quote_reopened_in_the_next_paragraph_is_one_quote(mark: str) -> None:
    close = "”" if mark == "“" else '"'
    text = (
        f"{mark}We will not leave the area until every fighter is gone.\n\n"
        f"{mark}Then we will go home to our families,{close} Ali Hassan said.\n"
    )
    s, found = quotes(text)
    assert len(found) == 1 and len(found[0].mentions) == 2
    assert found[0].text.startswith("We will not leave") and found[0].text.endswith("families,")
    assert speaker_name(s, found[0]) == "Ali Hassan"


# a quote standing as its own sentence continues the speaker of the sentence before it
CONTINUATION_CASES = [
    (
        "after-an-attributed-quote",
        "“We will not leave the area,” Ali Hassan said. “We will stay until every fighter is gone.”\n",
        ["Ali Hassan", "Ali Hassan"],
    ),
    (
        "after-reported-speech",
        "Ali Hassan said the town was calm. “We will stay until every fighter is gone.”\n",
        ["Ali Hassan"],
    ),
    (
        "verb-inside-the-earlier-quote-is-not-the-verb",
        "“Maintaining our ties with partners matters to us all,” said Ali Hassan. "
        "“We always look to build better relationships.”\n",
        ["Ali Hassan", "Ali Hassan"],
    ),
    (
        "not-a-person-spoken-of",
        "Ali Hassan would not comment on Omar Khalid's past. “He knows the people in this town very well.”\n",
        [None],
    ),
    (
        "not-a-name-inside-the-earlier-quote",
        "“Mayor Omar Khalid did a great job for the people of the town,” the director said. "
        "“Without him this could not have been done.”\n",
        ["director", "director"],
    ),
    (
        "across-paragraphs-to-a-quote-alone",
        "Ali Hassan said the town was calm.\n\n“We will stay until every fighter is gone from the town.”\n",
        ["Ali Hassan"],
    ),
    (
        "not-across-paragraphs-to-a-quote-in-a-sentence",
        "Ali Hassan said the town was calm.\n\nThe road was open. “We will stay until every fighter "
        "is gone.”\n",
        [None],
    ),
]


@pytest.mark.parametrize(
    ("text", "speakers"), [c[1:] for c in CONTINUATION_CASES], ids=[c[0] for c in CONTINUATION_CASES]
)
def test_standalone_quote_continues_the_previous_speaker(text: str, speakers: list[str | None]) -> None:
    s, found = quotes(text)
    assert [speaker_name(s, q) for q in found] == speakers
    assert all(q.verb == "said" for q in found if q.speaker)


def test_according_to_from_afar_does_not_attribute_a_phrase() -> None:
    _, found = quotes("He was convicted of “a relatively minor charge” in 2010, according to Ali Hassan.\n")
    assert found == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“The strikes hit a hospital and a school,” witnesses told Reuters.\n", "witnesses"),
        ("“The strikes hit a hospital and a school,” local residents said on Monday.\n", "local residents"),
        ("“The strikes hit a hospital and a school,” his relatives said.\n", None),
        (
            "“The strikes hit a hospital and a school,” Egyptian security sources said.\n",
            "Egyptian security sources",
        ),
    ],
    ids=["bare-plural", "plural-with-adjective", "someone-elses-description", "plural-with-a-noun"],
)
def test_unnamed_plural_speakers(text: str, speaker: str | None) -> None:
    s, found = quotes(text)
    assert [speaker_name(s, q) for q in found] == [speaker]


def test_pronoun_is_whoever_spoke_last_quoted_or_reported() -> None:
    s, found = quotes(
        "“We have won the battle,” said Ali Hassan. Later a senior SDF commander, who asked not to be"
        " named, told Reuters that hundreds had surrendered. “They had nowhere left to go,” he said.\n"
    )
    assert [speaker_name(s, q) for q in found] == ["Ali Hassan", "senior SDF commander"]


def test_quote_over_two_paragraphs_is_one_quote_with_two_mentions() -> None:
    text = (
        "Mustafa Bali said in a Tweet: “The timeline we gave them is over.\n"
        "“Our forces are ready now to finish what is left.”\n"
    )
    s, found = quotes(text)
    assert len(found) == 1
    assert len(found[0].mentions) == 2
    assert found[0].text == (
        "The timeline we gave them is over. Our forces are ready now to finish what is left."
    )
    assert speaker_name(s, found[0]) == "Mustafa Bali"
    for m in found[0].mentions:
        assert text[m.start : m.end] == m.text


def test_pronoun_speaker_is_the_last_person_who_spoke() -> None:
    text = (
        "“The war is far from over,” said General Joseph Votel. "
        "President Donald Trump decided to withdraw troops.\n"
        "“What we are seeing is a calculated decision by the jihadists,” he said.\n"
    )
    s, found = quotes(text)
    assert [speaker_name(s, q) for q in found] == ["Joseph Votel", "Joseph Votel"]


def test_a_person_named_inside_a_quote_is_no_later_speaker() -> None:
    text = (
        "President Saakashvili left for Brussels. Irakli Okruashvili, a former minister, "
        "spoke in Tbilisi.\n"
        "“A weak figure is more acceptable for Russia,” Okruashvili said. “He has no support in the west. "
        "One thing is clear: Saakashvili is a headache for the Georgian people.” "
        "“If it happened in 2003, it can happen again,” he continued.\n"
    )
    s, found = quotes(text)
    assert [speaker_name(s, q) for q in found] == ["Irakli Okruashvili"] * 3


def test_a_person_named_by_one_word_is_that_word_again_later() -> None:
    s = sheet("Mr. Kotzer said the book sold well in Toronto. The lawyer Kotzer wrote another.\n")
    assert [m.text for m in actor_of(s, "Mr. Kotzer").mentions] == ["Mr. Kotzer", "Kotzer"]


def test_organisation_inside_a_role_phrase_is_not_the_speaker(blank_nlp) -> None:
    # Rules only: no NER; the name before the apposition is found by rule, and the SDF in the
    # role phrase must not take over.
    text = (
        "Mustafa Bali, the head of SDF Press Office, said: "
        "“Our forces are ready now to start and finish what is left.”\n"
    )
    s = extract_text(text, source_id="t", nlp=blank_nlp)
    assert [speaker_name(s, q) for q in s.quotes] == ["Mustafa Bali"]


def test_scare_quotes_are_not_quotations() -> None:
    _, found = quotes("The so-called “Caliphate State” will be removed “for peacekeeping” soon.\n")
    assert found == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Police closed the road. \"We are safe,\" said Mayor John Smith.\n", ["We are safe,"]),
    ("Police closed the road. \"We are safe\" is what Mayor John Smith said.\n", []),
    ("They call it \"the last battle.\" Fighting went on.\n", []),
    ("Mr. Bush acknowledged the \"blockade,\" but said it would end.\n", []),
    ("\"No,\" said Mayor John Smith.\n", ["No,"]),
], ids=["short-with-speaker-and-comma", "short-without-closing-punctuation", "short-without-speaker",
        "one-lower-case-word-in-the-sentence", "one-word-answer"])
def test_a_short_quote_needs_closing_punctuation_and_a_speaker(text: str, expected: list[str]) -> None:
    s = extract_text(text, source_id="t")
    assert [q.text for q in s.quotes] == expected


SEED_QUOTES = [
    ("001_afe46e73b73918ef", "The destruction of the Khilafah", "Joseph Fotel"),
    ("001_afe46e73b73918ef", "are still mostly extremists", "Joseph Fotel"),
    ("001_afe46e73b73918ef", "What we are seeing today", "Joseph Fotel"),
    # words in quotation marks inside the White House's reported announcement
    ("001_afe46e73b73918ef", "for peacekeeping", "White House"),
    ("003_fffd244d9e50212b", "The timeline that we give it", "Mustafa Bali"),
    ("003_fffd244d9e50212b", "We’re slowing down the offensive", "Mustafa Bali"),
    ("004_e1c9c03375deb7b3", "The ISIS terrorist organization", "SDF fighter"),
    ("004_e1c9c03375deb7b3", "For three days", "SDF fighter"),
    ("004_e1c9c03375deb7b3", "Here we receive the refugees", "worker at a camp"),
    ("004_e1c9c03375deb7b3", "We tried to get out", "IDP"),
]


@pytest.fixture(scope="module")
def seed_sheets() -> dict[str, FactSheet]:
    outcomes = extract_sources(sorted(SEEDS.glob("*.txt")), root=SEEDS)
    return {o.sheet.source.id: o.sheet for o in outcomes if o.sheet}


@pytest.mark.parametrize(
    ("seed", "start", "speaker"),
    SEED_QUOTES,
    ids=[f"{s[0][:3]}-{s[2]}-{s[1][:12]}" for s in SEED_QUOTES],
)
def test_every_seed_quote_has_the_right_speaker(seed_sheets, seed: str, start: str, speaker: str) -> None:
    s = seed_sheets[seed]
    quote = next(q for q in s.quotes if q.text.startswith(start))
    assert speaker_name(s, quote) == speaker


def test_seed_quotes_are_all_attributed(seed_sheets) -> None:
    assert sum(len(s.quotes) for s in seed_sheets.values()) == len(SEED_QUOTES)
    assert all(q.speaker for s in seed_sheets.values() for q in s.quotes)


QUOTE = "“The war is far from over and we will keep fighting,”"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (f"{QUOTE} Mustafa Bali said on Monday.\n", "2019-03-04"),
        (
            "On March 4, Mustafa Bali told reporters: “The war is far from over and we will keep "
            "fighting.”\n",
            "2019-03-04",
        ),
        (f"{QUOTE} said Mustafa Bali, who arrived on Monday.\n", None),
        (f"{QUOTE} said Mustafa Bali.\n", None),
        # how long or how often says nothing of when it was said
        (f"{QUOTE} Mustafa Bali said after two years in the field.\n", None),
        (f"{QUOTE} Mustafa Bali, who speaks twice a week, said.\n", None),
    ],
    ids=["date-after-the-verb", "date-opening-the-clause-before", "date-in-relative-clause", "no-date",
         "a-duration", "a-set"],
)
def test_quote_is_dated_by_its_reporting_clause(text: str, value: str | None) -> None:
    s = extract_text(text, source_id="t", published="2019-03-10")
    (quote,) = s.quotes
    dates = {d.id: d.value for d in s.dates}
    assert (dates[quote.date] if quote.date else None) == value


# A definite role noun as the speaker: the one named holder of that role, else an unnamed
# speaker of that role (with the body the description names), never a guess among several.
ROLE_SPEAKERS = [
    (
        "the-mayor-with-one-named-mayor",
        "Mayor John Smith visited the shelter. Aid was short. “We need more beds,” the mayor said.\n",
        ("John Smith", False, None),
    ),
    (
        "the-spokesman-named-by-apposition",
        "John Kirby, the Pentagon spokesman, spoke on Monday. “No civilians were hit,” the spokesman said.\n",
        ("John Kirby", False, "actor-pentagon"),
    ),
    (
        "the-spokesman-is-the-named-spokesperson",
        "Col. Ryan Dillon, spokesperson for the coalition, spoke on Monday. "
        "“No civilians were hit,” the spokesman said.\n",
        ("Ryan Dillon", False, None),
    ),
    (
        "the-governor-with-one-named-governor",
        "Governor Ali Hassan toured the site. “We will rebuild,” the governor told reporters.\n",
        ("Ali Hassan", False, None),
    ),
    (
        "the-mayor-unnamed",
        "The shelter was full on Monday. “We need more beds,” the mayor said.\n",
        ("mayor", True, None),
    ),
    (
        "said-the-commander-inverted",
        "“We have taken the whole town,” said the commander.\n",
        ("commander", True, None),
    ),
    (
        "the-official-told-the-outlet",
        "“The camp is full,” the official told Reuters.\n",
        ("official", True, None),
    ),
    (
        # a relative clause set off by commas between the role noun and the verb
        "the-official-who-spoke-on-condition-of-anonymity",
        "“The camp is full,” the official, who spoke on condition of anonymity, told Reuters.\n",
        ("official", True, None),
    ),
    (
        "clause-before-the-quote",
        "The mayor said: “We will rebuild the bridge before winter comes.”\n",
        ("mayor", True, None),
    ),
    (
        "possessive-body",
        "“No civilians were hit,” the ministry's spokesman said on Monday.\n",
        ("ministry's spokesman", True, None),
    ),
    (
        "definite-with-prepositional-phrase",
        "“No civilians were hit,” the spokesman for the ministry said on Monday.\n",
        ("spokesman for the ministry", True, None),
    ),
    (
        "indefinite-with-a-body",
        "“We have taken the whole town,” a spokesman for the SDF said.\n",
        ("spokesman for the SDF", True, "actor-sdf"),
    ),
    (
        "definite-with-a-body-before",
        "“We have taken the whole town,” the SDF commander said.\n",
        ("SDF commander", True, "actor-sdf"),
    ),
    (
        "inverted-with-a-place",
        "“We will rebuild the bridge,” said the mayor of Baghuz.\n",
        ("mayor of Baghuz", True, None),
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in ROLE_SPEAKERS], ids=[c[0] for c in ROLE_SPEAKERS]
)
def test_definite_role_noun_speaks(text: str, expected: tuple[str, bool, str | None]) -> None:
    s, found = quotes(text)
    assert len(found) == 1
    speaker = next(a for a in s.actors if a.id == found[0].speaker)
    assert (speaker.name, speaker.id.startswith("actor-anon-"), speaker.affiliation) == expected
    assert found[0].speaker_role


NO_ROLE_SPEAKER = [
    (
        "two-named-holders",
        "Mayor John Smith met Mayor Jane Doe on Monday. “We need more beds,” the mayor said.\n",
    ),
    ("an-office-is-not-its-head", "“The camp is full and more keep coming,” said the mayor's office.\n"),
    ("a-document-is-no-speaker", "“The camp is full and more keep coming,” the report said.\n"),
]


@pytest.mark.parametrize("text", [c[1] for c in NO_ROLE_SPEAKER], ids=[c[0] for c in NO_ROLE_SPEAKER])
def test_no_role_speaker_without_one_clear_person(text: str) -> None:
    s, found = quotes(text)
    assert all(q.speaker is None for q in found)
    assert not any(a.id.startswith("actor-anon-") for a in s.actors)


def test_the_addressee_of_told_is_not_the_speaker() -> None:
    s, found = quotes("“The camp is full and more keep coming,” John Smith told the mayor.\n")
    assert [speaker_name(s, q) for q in found] == ["John Smith"]


PARTIAL_QUOTES = [
    # (text, quoted words, a speaker expected)
    ('News\n\nIn a post on X, RSF adviser Elbasha Tibaig wrote that the group had "withdrawn to '
     'regroup".\n', "withdrawn to regroup", True),
    ('News\n\nAn Upjohn spokesman said he had "heard nothing" to suggest a bid.\n', "heard nothing", True),
    ('News\n\nOfficials said the "Islamic State" group had fled.\n', "Islamic State", False),
    ('News\n\nIntel said a customer found two flaws in the chip\'s "floating-point unit" last week.\n',
     "floating-point unit", False),
    # a phrase without a verb in the words of one reported speaking is that speaker's
    ('News\n\nMONUSCO said it was "gravely concerned" by the fighting.\n', "gravely concerned", True),
    ('News\n\nPolice spokesman Ali Hassan said the situation was "under control" on Monday.\n',
     "under control", True),
    ('News\n\nKRG spokesman Karwan Rashid said the brigades had to be deployed "without further '
     'delay".\n', "without further delay", True),
    # ... not a term the writer marks at the end of a noun phrase
    ('News\n\nThomas said there was a defined "hot zone" where the state had dug.\n', "hot zone", False),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "words", "kept"), PARTIAL_QUOTES)
def test_a_short_fragment_is_a_quote_only_as_reported_speech(text: str, words: str, kept: bool) -> None:
    quotes = [q for q in sheet(text).quotes if q.text == words]
    assert bool(quotes) == kept
    assert all(q.speaker for q in quotes)


def test_the_head_of_a_body_speaks_by_the_phrase_that_makes_the_role() -> None:
    s, found = quotes("“We have retaken the area,” the head of the agency said.\n")
    assert [speaker_name(s, q) for q in found] == ["head of the agency"]


# a definite description of an office that reports, no quotation marks: (text, role, affiliation)
REPORTING_DESCRIPTIONS = [
    ("The head of the country's counter-terrorism operations said retaking the area was a victory.\n",
     "head of the country's counter-terrorism operations", None),
    ("The Iraqi army's spokesman said the town was safe.\n", "spokesman", "Iraqi Security Forces"),
    ("In a bit of television diplomacy, Iraq's deputy foreign minister responded from Baghdad.\n",
     "deputy foreign minister", "Iraq"),
]


@pytest.mark.parametrize(
    ("text", "role", "body"), REPORTING_DESCRIPTIONS, ids=["phrase", "body-possessive", "state-possessive"]
)
def test_a_reporting_description_of_an_office_is_an_unnamed_speaker(
    text: str, role: str, body: str | None
) -> None:
    s, _ = quotes(text)
    speakers = [a for a in s.actors if a.kind == "person"]
    assert [a.roles for a in speakers] == [[role]]
    owner = next((a.name for a in s.actors if a.id == speakers[0].affiliation), None)
    assert owner == body


@pytest.mark.parametrize(
    "text",
    [
        "Jay Roberts, chairman of the caucus, is pushing the bill. The lawmaker said he saw no conflict.\n",
        "Fidel Castro spoke for hours. The Cuban leader said the boy would return.\n",
    ],
    ids=["no-phrase-no-possessive", "state-and-office-only"],
)
def test_a_bare_definite_office_that_reports_is_no_new_speaker(text: str) -> None:
    s, _ = quotes(text)
    assert not [a for a in s.actors if a.id.startswith("actor-anon-")]


def test_a_definite_description_that_reports_takes_up_the_unnamed_one_before() -> None:
    s, _ = quotes("An Iraqi official confirmed the strike. The official said three people were killed.\n")
    official = [a for a in s.actors if a.kind == "person"]
    assert len(official) == 1
    assert [m.text for m in official[0].mentions] == ["An Iraqi official", "The official"]


def test_an_unnamed_speaker_may_open_with_a_hyphened_modifier() -> None:
    s, _ = quotes("A non-governmental security analyst meanwhile reported that fighters had moved closer.\n")
    assert [a.name for a in s.actors if a.kind == "person"] == ["non-governmental security analyst"]
