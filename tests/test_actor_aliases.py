"""The names one article uses for one actor end in one actor (alias kinds news uses)."""

from __future__ import annotations

import pytest
from actor_lookup import actor_named, actor_of, affiliation_name, names_in, sheet

from bagouz_extract import extract_text
from bagouz_extract.reconcile.actor_resolve import Candidate, unify_aliases

# (id, text, one surface form, another surface form of the same actor)
SAME_ACTOR = [
    (
        "alias-cue-after-the-bracketed-acronym",
        "PARIS - Médecins du Monde (MdM), known in English as Doctors of the World, condemned the "
        "shelling of the hospital.",
        "Médecins du Monde",
        "Doctors of the World",
    ),
    (
        "two-other-names-after-the-bracket",
        "Rewards were offered for members of the Islamic State of Iraq and the Levant (ISIL), also known "
        "as ISIS and Daesh. Daesh denied it.",
        "ISIL",
        "Daesh",
    ),
    (
        "known-in-a-language-as",
        "The Islamic Movement, known in Arabic as Harakat al-Islamiya, said it would fight.",
        "Islamic Movement",
        "Harakat al-Islamiya",
    ),
    (
        "weak-alias-with-its-context",
        "The National Liberation Army released the father of a footballer in Colombia. The ELN had "
        "said it would free him.",
        "National Liberation Army",
        "ELN",
    ),
    (
        "acronym-defined",
        "The Syrian Democratic Forces (SDF) advanced on Monday. The SDF said it took the town.",
        "Syrian Democratic Forces",
        "SDF",
    ),
    (
        "acronym-undefined-registered",
        "The Syrian Democratic Forces advanced on Monday. Later the SDF said it took the town.",
        "Syrian Democratic Forces",
        "SDF",
    ),
    (
        "acronym-undefined-unregistered",
        "The National Liberation Front held talks in Idlib on Monday. The NLF said it would disarm.",
        "National Liberation Front",
        "NLF",
    ),
    (
        "acronym-skips-of-and-the",
        "The Islamic State of Iraq and the Levant (ISIL) lost its last town. ISIL fighters fled.",
        "Islamic State of Iraq and the Levant",
        "ISIL",
    ),
    (
        "acronym-from-another-language",
        "The Syrian Democratic Forces advanced. The QSD said it took the town.",
        "Syrian Democratic Forces",
        "QSD",
    ),
    (
        "bracketed-acronym-of-another-language",
        "The Democratic Union Party (PYD) said on Monday it took the town. The PYD lost ten men.",
        "Democratic Union Party",
        "PYD",
    ),
    (
        "acronym-from-french",
        "Doctors Without Borders said on Monday that the camp was full. MSF staff said more aid was needed.",
        "Doctors Without Borders",
        "MSF",
    ),
    (
        "surname-alone",
        "Mustafa Bali said the town fell. Later Bali said the fighting was over.",
        "Mustafa Bali",
        "Bali",
    ),
    (
        "surname-with-mr",
        "Mustafa Bali said the town fell. Later Mr Bali said the fighting was over.",
        "Mustafa Bali",
        "Mr Bali",
    ),
    (
        "without-the-middle-initial",
        "Lt. Gen. Stephen J. Townsend said the town fell. Stephen Townsend added that more would follow.",
        "Lt. Gen. Stephen J. Townsend",
        "Stephen Townsend",
    ),
    (
        "without-the-nickname",
        "Col. John “J.D.” Dorrian said the town fell. John Dorrian added that more would follow.",
        "Col. John “J.D.” Dorrian",
        "John Dorrian",
    ),
    (
        "transliterated-given-name",
        "Mustafa Bali said the town fell. Mustapha Bali added that more would follow.",
        "Mustafa Bali",
        "Mustapha Bali",
    ),
    (
        "possessive-variant",
        "The Syrian Democratic Forces advanced. Syria's democratic forces said the town fell.",
        "Syrian Democratic Forces",
        "Syria's democratic forces",
    ),
    (
        "group-suffix",
        "The Islamic State group lost its last town. The Islamic State said it would fight on.",
        "Islamic State group",
        "Islamic State",
    ),
    (
        "also-known-as",
        "The Free Syrian Army, also known as the FSA, said it would fight. The FSA was formed in 2011.",
        "Free Syrian Army",
        "FSA",
    ),
    (
        "comma-or-translation",
        "The Levant Front, or Al-Jabha al-Shamiya, said on Monday it would fight on.",
        "Levant Front",
        "Al-Jabha al-Shamiya",
    ),
    (
        "dashes-translation",
        "The Hamza Division — Firqat al-Hamza — said on Monday it would fight on.",
        "Hamza Division",
        "Firqat al-Hamza",
    ),
    (
        "known-as",
        "The Iraqi Army's 9th Division, known as the Golden Division, retook the town on Monday.",
        "9th Division",
        "Golden Division",
    ),
    (
        "comma-or-acronym",
        "The Free Syrian Army, or FSA, said it would fight on.",
        "Free Syrian Army",
        "FSA",
    ),
    (
        "the-organization",
        "Human Rights Watch published a report on Monday. The organization said civilians died.",
        "Human Rights Watch",
        "The organization",
    ),
    (
        "head-word-alone",
        "The Kurdish National Council met on Monday. The Council said talks failed.",
        "Kurdish National Council",
        "Council",
    ),
    (
        "group-head-word-alone",
        "The Wagner Group sent fighters to Mali in 2021. The Group denied any abuses.",
        "Wagner Group",
        "The Group",
    ),
    (
        "small-letter-head-word",
        "The Kurdish National Council met on Monday. Later the council said talks failed.",
        "Kurdish National Council",
        "the council",
    ),
    (
        "small-letter-head-before-of",
        "The Department of Veterans Affairs said the wait was long. The department said it hired staff.",
        "Department of Veterans Affairs",
        "The department",
    ),
    (
        "hyphen-and-case",
        "Al-Qaeda claimed the attack on Monday. Officials said al Qaeda had planned it for months.",
        "Al-Qaeda",
        "al Qaeda",
    ),
    (
        "transliteration",
        "Al-Qaeda claimed the attack on Monday. Officials said Al Qaida had planned it for months.",
        "Al-Qaeda",
        "Al Qaida",
    ),
    (
        "typo",
        "The Kurdish National Council met on Monday. The Kurdish Nationl Council said talks failed.",
        "Kurdish National Council",
        "Kurdish Nationl Council",
    ),
    (
        "demonym-and-possessive-government",
        "The Syrian government said on Monday the town was safe. Syria's government said aid would come.",
        "Syrian government",
        "Syria's government",
    ),
    (
        "state-possessive-and-demonym-name",
        "Libya's National Army took the town on Monday. The Libyan National Army said the battle was over.",
        "National Army",
        "Libyan National Army",
    ),
    (
        "state-possessive-of-a-registered-name",
        "Syria's Democratic Forces took the town on Monday. The Syrian Democratic Forces said it had won.",
        "Democratic Forces",
        "Syrian Democratic Forces",
    ),
    (
        "acronym-leaves-the-state-word-out",
        "The Iraqi Counter Terrorism Service took the town. The CTS said 20 fighters died.",
        "Iraqi Counter Terrorism Service",
        "CTS",
    ),
    (
        "acronym-of-a-hyphenated-name-with-the-state",
        "The Iraqi Counter-Terrorism Service took the town. The ICTS said 20 fighters died.",
        "Iraqi Counter-Terrorism Service",
        "ICTS",
    ),
    (
        "acronym-of-a-body-of-a-two-word-state",
        "North Korea fired a missile, South Korea's Joint Chiefs of Staff said. The JCS said it was "
        "on alert.",
        "South Korea's Joint Chiefs of Staff",
        "JCS",
    ),
    (
        "capital-that-speaks-is-the-government",
        "The Syrian government denied the report on Monday. Damascus said the rebels had staged the attack.",
        "Syrian government",
        "Damascus",
    ),
    (
        "capital-where-the-state-acts-too-is-the-state",
        "Kinshasa accuses Rwanda of sending troops. Rwanda's government spokeswoman called it an excuse. "
        "Kigali rejected the accusation, and Rwanda has long denied backing the rebels.",
        "Rwanda",
        "Kigali",
    ),
    (
        "capital-where-the-state-only-files-the-story-is-the-government",
        "BOSASO, Somalia (AFP) - Somalia's federal government accused the region of going alone. "
        "Mogadishu says it has offered help.",
        "Somalia's federal government",
        "Mogadishu",
    ),
    (
        "capital-in-a-pair-of-subjects",
        "The Russian government denied it. Damascus and Moscow have accused the rebels of the attack.",
        "Russian government",
        "Moscow",
    ),
    (
        "capital-that-sees-something-as",
        "The Turkish government denied it. Ankara sees the YPG as an extension of the PKK.",
        "Turkish government",
        "Ankara",
    ),
    (
        "capital-of-an-unregistered-government",
        "The Libyan government denied the report on Monday. Tripoli said the rebels had staged the attack.",
        "Libyan government",
        "Tripoli",
    ),
    (
        "proper-word-of-a-party-name",
        "The Yemeni Islah Party won ten seats on Monday. Islah said it would join the government.",
        "Yemeni Islah Party",
        "Islah",
    ),
    (
        "proper-word-of-a-company-name",
        "Magna International Inc. said profits fell. Magna said it would cut 500 jobs.",
        "Magna International Inc.",
        "Magna",
    ),
    (
        "acronym-of-a-states-forces-as-written",
        "The Kenya Defence Forces took the town. The KDF said 20 fighters died.",
        "Kenya Defence Forces",
        "KDF",
    ),
    (
        "mixed-case-acronym",
        "The Department for International Development funded the clinic. DfID said more aid would follow.",
        "Department for International Development",
        "DfID",
    ),
    (
        "given-name-cut-short",
        "Defense Secretary Ashton Carter visited the troops. Ash Carter said the campaign was going well.",
        "Defense Secretary Ashton Carter",
        "Ash Carter",
    ),
    (
        "familiar-form-of-a-given-name",
        "Christopher Garver said ten strikes hit the town. Chris Garver added that more would follow.",
        "Christopher Garver",
        "Chris Garver",
    ),
    (
        "surname-without-the-generation-suffix",
        "Gen. Joseph F. Dunford Jr. said the town fell. Dunford added that the coalition would stay.",
        "Gen. Joseph F. Dunford Jr.",
        "Dunford",
    ),
    (
        "full-name-without-initial-and-suffix",
        "Gen. Joseph F. Dunford Jr. said the town fell. Joseph Dunford added that the coalition would stay.",
        "Gen. Joseph F. Dunford Jr.",
        "Joseph Dunford",
    ),
    (
        "two-word-surname-with-a-particle",
        "Ahmed Abu Risha said the town fell. Abu Risha said ten fighters died.",
        "Ahmed Abu Risha",
        "Abu Risha",
    ),
    (
        "acronym-the-model-calls-a-person",
        "The Libyan Observatory for Human Rights said 20 people died. LOHR said most were civilians.",
        "Libyan Observatory for Human Rights",
        "LOHR",
    ),
    (
        "head-word-the-model-calls-a-person",
        "The Libyan Observatory for Human Rights said 20 people died. The Observatory said more would die.",
        "Libyan Observatory for Human Rights",
        "Observatory",
    ),
    (
        "capitalised-government-is-the-one-named",
        "The UK Government announced new funding. The Government has committed £2 billion to the region.",
        "UK Government",
        "The Government",
    ),
    (
        "a-body-that-renamed-itself",
        "The town fell to Saw Chit Thu, whose Karen Border Guard Force (BGF) had broken with the junta "
        "and renamed itself the Karen National Army (KNA). The KNA has since guarded the highway.",
        "BGF",
        "KNA",
    ),
]


def _owner(sheet, surface: str) -> str | None:  # type: ignore[no-untyped-def]
    return next((a.id for a in sheet.actors if any(surface in names_in(m.text) for m in a.mentions)), None)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "one", "other"), [c[1:] for c in SAME_ACTOR], ids=[c[0] for c in SAME_ACTOR]
)
def test_alias_forms_are_one_actor(text: str, one: str, other: str) -> None:
    sheet = extract_text(text, source_id="t", published="2019-03-06")
    owner = _owner(sheet, one)
    assert owner is not None, [(a.name, [m.text for m in a.mentions]) for a in sheet.actors]
    assert _owner(sheet, other) == owner, [(a.name, [m.text for m in a.mentions]) for a in sheet.actors]


DIFFERENT_ACTORS = [
    (
        "two-groups-in-a-list",
        "The Hamza Division, or the Sultan Murad Division, will hold the town, officials said.",
        "Hamza Division",
        "Sultan Murad Division",
    ),
    (
        "small-letter-head-that-does-not-act",
        "The Democratic Party won the vote. At the party, guests danced until dawn.",
        "Democratic Party",
        "the party",
    ),
    (
        "small-letter-head-with-two-bodies",
        "The Kurdish National Council and the Syrian National Council met. The council said talks failed.",
        "Kurdish National Council",
        "The council",
    ),
    (
        "two-people-with-initials",
        "George H. W. Bush met George W. Bush on Monday. George Bush said the talks went well.",
        "George H. W. Bush",
        "George W. Bush",
    ),
    (
        "different-given-names",
        "Hassan Ali met Hussein Ali on Monday in Baghdad. Both said the talks went well.",
        "Hassan Ali",
        "Hussein Ali",
    ),
    (
        "acronym-fitting-nothing",
        "The National Liberation Front held talks in Idlib on Monday. The HTS said it would not disarm.",
        "National Liberation Front",
        "HTS",
    ),
    (
        "two-councils-and-a-head-word",
        "The Kurdish National Council and the Syrian National Council met. The Council said talks failed.",
        "Kurdish National Council",
        "Syrian National Council",
    ),
    (
        "another-states-possessive",
        "Egypt's National Army held drills on Monday. The Libyan National Army said the battle was over.",
        "National Army",
        "Libyan National Army",
    ),
    (
        "capitalised-government-with-two-governments-named",
        "The Iraqi government and the Turkish government met. The Government said the talks went well.",
        "Iraqi government",
        "The Government",
    ),
    (
        "small-letter-government-may-be-another-states",
        "The Iraqi government welcomed the aid. The government said it would distribute it quickly.",
        "Iraqi government",
        "The government",
    ),
    (
        "given-names-one-letter-apart",
        "Ali Hassan met Alia Hassan on Monday in Baghdad. Both said the talks went well.",
        "Ali Hassan",
        "Alia Hassan",
    ),
    (
        "longer-given-name-of-another-person",
        "Joseph Smith met Josephine Smith on Monday. Later Joseph Smith said the talks went well.",
        "Joseph Smith",
        "Josephine Smith",
    ),
    (
        "particle-surname-of-two-people",
        "Ahmed Abu Risha met Sattar Abu Risha on Monday. Abu Risha said ten fighters died.",
        "Ahmed Abu Risha",
        "Abu Risha",
    ),
    (
        "word-of-a-body-and-of-a-persons-name",
        "The Sultan Murad Division shelled the town. Its commander Murad Khalil said the town fell. "
        "Murad said "
        "more would follow.",
        "Sultan Murad Division",
        "Murad",
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "one", "other"), [c[1:] for c in DIFFERENT_ACTORS], ids=[c[0] for c in DIFFERENT_ACTORS]
)
def test_different_bodies_stay_apart(text: str, one: str, other: str) -> None:
    sheet = extract_text(text, source_id="t", published="2019-03-06")
    first, second = _owner(sheet, one), _owner(sheet, other)
    assert first is None or first != second


@pytest.mark.model
def test_mixed_case_short_form_spelling_no_name_is_no_actor() -> None:
    text = "The charity funded the clinic. DfID said more aid would follow."
    sheet = extract_text(text, published="2019-03-06")
    assert _owner(sheet, "DfID") is None


CAPITAL_AS_PLACE = [
    ("subject-of-a-place-verb", "Damascus saw heavy fighting on Monday, residents said."),
    ("passive-subject", "Damascus was shelled on Monday, residents said."),
    ("after-a-preposition", "The talks in Damascus ended on Monday without a deal."),
    ("a-place-verb-with-no-attitude", "Syria's army advanced. Damascus remained calm on Monday."),
    ("object-of-an-attack", "Syria's army advanced. Rebels attacked Damascus on Monday."),
    ("quiet-after-shelling", "Syria's army advanced. Damascus was quiet after a week of shelling."),
    ("target-of-an-offensive", "Syria's army advanced. The offensive against Damascus stalled."),
    ("two-places-after-a-preposition", "Syria's army advanced. He flew to Damascus and Amman on Monday."),
    # a town of the same name in a text that never names the capital's country
    ("country-never-named", "Damascus collected $597,000 in sales tax in March, the county said."),
]


@pytest.mark.model
@pytest.mark.parametrize("text", [c[1] for c in CAPITAL_AS_PLACE], ids=[c[0] for c in CAPITAL_AS_PLACE])
def test_capital_that_does_not_act_is_no_actor(text: str) -> None:
    sheet = extract_text(text, source_id="t", published="2019-03-06")
    assert _owner(sheet, "Damascus") is None, [(a.name, [m.text for m in a.mentions]) for a in sheet.actors]


def _cand(
    start: int, name: str, key: str, kind: str = "organization", left: str = "", right: str = ""
) -> Candidate:
    return Candidate(start, start + len(name), 0, 1, "ner_org", key, name, kind, left=left, right=right)


def _keys(cands: list[Candidate]) -> list[str]:
    unify_aliases(cands)
    return [c.key for c in cands]


# Pure cases (no model): candidates as the resolver builds them, keys after unify_aliases.
def _lone(start: int, name: str) -> Candidate:
    """A lone capitalised word the model read as a person."""
    return Candidate(start, start + len(name), 0, 1, "ner_person", f"person:{name.lower()}", name, "person")


UNIFY = [
    (
        "lone-word-of-one-body-name-is-the-body",
        [_cand(0, "Hamza Division", "org:hamza-division"), _lone(40, "Hamza")],
        ["org:hamza-division", "org:hamza-division"],
    ),
    (
        "lone-word-of-two-body-names-stays",
        [
            _cand(0, "Hamza Division", "org:hamza-division"),
            _cand(20, "Hamza Brigade", "org:hamza-brigade"),
            _lone(40, "Hamza"),
        ],
        ["org:hamza-division", "org:hamza-brigade", "person:hamza"],
    ),
    (
        "lone-word-before-the-body-stays",
        [_lone(0, "Hamza"), _cand(40, "Hamza Division", "org:hamza-division")],
        ["person:hamza", "org:hamza-division"],
    ),
    (
        "lone-acronym-opening-a-body-name-is-its-owner",
        [_cand(0, "DAC Arts Grants Committee", "org:dac-committee"), _cand(40, "DAC", "org:dac")],
        ["org:dac-committee", "org:dac"],
    ),
    (
        "lone-word-joined-already-stays-joined",
        [
            _cand(0, "Magna Arts Committee", "org:committee"),
            Candidate(60, 65, 0, 1, "ner_org", "org:magna-group", "Magna", "organization"),
        ],
        ["org:committee", "org:magna-group"],
    ),
    (
        "lone-word-of-a-persons-name-stays",
        [
            _cand(0, "Hamza Division", "org:hamza-division"),
            Candidate(20, 31, 0, 1, "ner_person", "person:hamza ali", "Hamza Ali", "person"),
            _lone(40, "Hamza"),
        ],
        # not the body's: the person's, whose first word it is
        ["org:hamza-division", "person:hamza ali", "person:hamza ali"],
    ),
    (
        "undefined-acronym-takes-the-long-form",
        [_cand(0, "National Liberation Front", "org:nlf-long"), _cand(100, "NLF", "org:nlf")],
        ["org:nlf-long", "org:nlf-long"],
    ),
    (
        "acronym-with-two-long-forms-stays",
        [
            _cand(0, "National Liberation Front", "org:a"),
            _cand(50, "National Labour Federation", "org:b"),
            _cand(100, "NLF", "org:nlf"),
        ],
        ["org:a", "org:b", "org:nlf"],
    ),
    (
        "misspelling-joins-the-commoner-spelling",
        [
            _cand(0, "Kurdish National Council", "org:knc"),
            _cand(40, "Kurdish National Council", "org:knc"),
            _cand(80, "Kurdish Nationl Council", "org:typo"),
        ],
        ["org:knc", "org:knc", "org:knc"],
    ),
    (
        "different-words-are-not-a-misspelling",
        [_cand(0, "Kurdish National Council", "org:knc"), _cand(80, "Syrian National Council", "org:snc")],
        ["org:knc", "org:snc"],
    ),
    (
        "or-appositive-acronym",
        [
            _cand(0, "Free Syrian Army", "org:fsa-long"),
            _cand(22, "FSA", "org:fsa", left="Army, or ", right=", said"),
        ],
        ["org:fsa-long", "org:fsa-long"],
    ),
    (
        "or-appositive-english-name-is-a-second-group",
        [
            _cand(0, "Hamza Division", "org:hamza"),
            _cand(24, "Sultan Murad Division", "org:murad", left="ion, or ", right=", will"),
        ],
        ["org:hamza", "org:murad"],
    ),
    (
        "dash-appositive-foreign-name-read-as-person",
        [
            _cand(0, "Hamza Division", "org:hamza", kind="military"),
            Candidate(
                17, 32, 3, 6, "ner_person", "person:firqat", "Firqat al-Hamza", "person",
                left="ision — ",
                right=" — said",
            ),
        ],
        ["org:hamza", "org:hamza"],
    ),
    (
        "head-word-takes-the-one-body-named-before",
        [_cand(0, "Kurdish National Council", "org:knc"), _cand(80, "Council", "org:council")],
        ["org:knc", "org:knc"],
    ),
    (
        "defined-acronym-keeps-its-long-form",
        [
            _cand(0, "Commemorative Air Force", "org:commemorative air force"),
            _cand(25, "CAF", "org:commemorative air force"),
            Candidate(60, 80, 9, 12, "state_body", "body:cn", "Chinese Armed Forces", "military"),
        ],
        ["org:commemorative air force", "org:commemorative air force", "body:cn"],
    ),
    (
        "lower-case-description-spells-no-acronym",
        [_cand(0, "Chinese armed forces", "body:cn"), _cand(60, "CAF", "org:caf")],
        ["body:cn", "org:caf"],
    ),
    (
        "head-word-is-the-head-not-a-modifier",
        [_cand(0, "California Army National Guard", "org:guard"), _cand(80, "Army", "org:army")],
        ["org:guard", "org:army"],
    ),
    (
        "head-word-before-of",
        [_cand(0, "Ministry of Defense", "org:mod"), _cand(80, "Ministry", "org:ministry")],
        ["org:mod", "org:mod"],
    ),
    (
        "known-as-links-to-the-registered-name",
        [
            _cand(0, "Golden Division", "org:golden"),
            _cand(30, "Counter Terrorism Service", "reg:cts", left="n, known as the ", right=", took"),
        ],
        ["reg:cts", "reg:cts"],
    ),
    (
        "letters-opening-a-name-spell-the-long-names-words",
        [
            _cand(0, "Internal Security Operations Command Region 4 Forward Command", "org:isoc-long"),
            _cand(90, "ISOC Region 4 Forward Command", "org:isoc-short"),
        ],
        ["org:isoc-long", "org:isoc-long"],
    ),
    (
        "letters-opening-a-name-with-another-rest-stay",
        [
            _cand(0, "Internal Security Operations Command Region 4", "org:isoc-4"),
            _cand(90, "ISOC Region 5", "org:isoc-5"),
        ],
        ["org:isoc-4", "org:isoc-5"],
    ),
    (
        "head-word-before-the-name-names-none",  # not joined, and alone it names no body
        [_cand(0, "Council", "org:council"), _cand(80, "Kurdish National Council", "org:knc")],
        ["org:knc"],
    ),
]


@pytest.mark.parametrize(("cands", "expected"), [c[1:] for c in UNIFY], ids=[c[0] for c in UNIFY])
def test_unify_aliases(cands: list[Candidate], expected: list[str]) -> None:
    assert _keys(cands) == expected


# a person's other name after a cue: a mention, and every mention by that name is the person's; a
# past post after 'formerly' and two names joined by 'and' are no other name
PERSON_NICKNAMES = [
    ("Mohamed Hamdan Dagalo, better known as Hemedti, leads the group. Hemedti told Al Arabiya "
     "he would not talk.\n", "Mohamed Hamdan Dagalo", "Hemedti", True),
    ("Robert F. Angelo, formerly Phoenix's senior vice president, left the firm.\n", "Robert F. Angelo",
     "Phoenix", False),
    ("Omar Odeh, also known as Sami Howaida and Bast Awadh, was charged on Monday.\n", "Omar Odeh",
     "Sami Howaida and Bast Awadh", False),
    # a birth name: 'born' and 'née' cue only a person's other name, in brackets too; not a place
    ("Abu Bakr al-Baghdadi, born Ibrahim Awad Ibrahim al-Badri, led the group.\n", "Abu Bakr al-Baghdadi",
     "Ibrahim Awad Ibrahim al-Badri", True),
    ("Margaret Thatcher (née Roberts) led the party for years.\n", "Margaret Thatcher", "Roberts", True),
    # a semicolon closes the name in brackets as the bracket does (a Wikipedia opening)
    ("Abu Bakr al-Baghdadi (born Ibrahim Awad Ibrahim al-Badri; 28 July 1971 – 27 October 2019) was an "
     "Iraqi militant.\n", "Abu Bakr al-Baghdadi", "Ibrahim Awad Ibrahim al-Badri", True),
    ("Ali Hassan, born in Mosul, leads the group.\n", "Ali Hassan", "Mosul", False),
    ("Ms. Underwood, born Dec. 20, 1974, grew up in Ohio.\n", "Underwood", "Dec.", False),
    # the cue after a later surname alone ('Dagalo' joins the person after the cue is read)
    ("The group is led by Mohamed Hamdan Dagalo. Dagalo, widely known as Hemedti, has not "
     "commented.\n", "Mohamed Hamdan Dagalo", "Hemedti", True),
    # after a short description apposed to the name
    ("The Department designated Tarkhan Batirashvili, a Georgian national also known as Abu Omar "
     "al-Shishani, on Monday.\n", "Tarkhan Batirashvili", "Abu Omar al-Shishani", True),
    # a fighter's nom de guerre, however the clause before it runs
    ("Talks\n\nThe unit was led by Meysa Abdo, who used the nom de guerre Narin Afrin.\n", "Meysa Abdo",
     "Narin Afrin", True),
    ("Talks\n\nThe unit was led by Meysa Abdo, under the nom de guerre Narin Afrin.\n", "Meysa Abdo",
     "Narin Afrin", True),
    # a dash with spaces sets the cue off as a comma does; a hyphen inside a word does not
    ('Talks\n\nDr Karim Haddad - known to his patients as "Abu Nour", after his daughter - was one of '
     "the last doctors.\n", "Karim Haddad", "Abu Nour", True),
    ("Talks\n\nDr Karim Haddad \u2014 known to his patients as Abu Nour \u2014 stayed.\n", "Karim Haddad",
     "Abu Nour", True),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "name", "other", "joined"), PERSON_NICKNAMES)
def test_a_persons_other_name_after_a_cue_joins_the_person(
    text: str, name: str, other: str, joined: bool
) -> None:
    s = extract_text(text)
    person = actor_named(s, name)
    assert person is not None
    assert (other in [m.text for m in person.mentions]) is joined
    if joined:
        assert [a.name for a in s.actors if a.kind == "person"] == [name]


# a capital that takes a stance, or that the model reads as a person, is its state (news and its
# readers take "Washington" for the United States) where the text names no government in words
CAPITAL_STANCES = [
    ("remained-silent", "Russia and the United States met. Washington remained silent on the deal.\n",
     "Washington", "United States"),
    ("stood-by", "Russia and Syria met on Monday. Moscow stood by its ally.\n", "Moscow",
     "Russia"),
    ("was-cautious", "France and Germany met on Monday. Paris was cautious about the deal.\n", "Paris",
     "France"),
    ("model-reads-a-person", "Russia, Iran and Turkey met. Ankara warned of retaliation.\n", "Ankara",
     "Turkey"),
    ("urged", "Turkey and Syria met on Monday. The Europeans urged Ankara to halt.\n", "Ankara",
     "Turkey"),
    ("given", "Turkey and Syria met on Monday. Washington gave Ankara a green light.\n", "Ankara",
     "Turkey"),
    ("talks-with", "Russia and Syria met on Monday. Talks with Moscow went on.\n", "Moscow",
     "Russia"),
    ("was-alarmed", "Egypt and the United States met. Washington was deeply alarmed.\n", "Washington",
     "United States"),
    ("a-partys-part", "Taiwan and the United States met. Washington remains Taipei's main arms supplier.\n",
     "Washington", "United States"),
    ("a-warning-from", "Russia and Iraq met on Monday. A stern warning from Moscow followed.\n", "Moscow",
     "Russia"),
    ("possessive-claim", "China and Taiwan met on Monday. The party rejects Beijing's claim to the island.\n",
     "Beijing", "China"),
    # no country named: the place stage put the city in the capital's country
    ("country-unnamed", "Tensions\n\nWashington blamed Tehran for the attack. Moscow warned against it.\n",
     "Moscow", "Russia"),
    ("country-unnamed-partner", "Coup\n\nThe junta ousted French troops and turned to Moscow for weapons.\n",
     "Moscow", "Russia"),
    ("country-unnamed-subject", "Farmers\n\nFarmers will die until New Delhi understands the danger.\n",
     "New Delhi", "India"),
    ("goodwill-from", "Jordan and Syria met. “We have seen goodwill from Damascus,” he said.\n",
     "Damascus", "Syria"),
    ("a-side-won-over", "Morocco and France met. Rabat has won over Paris on the plan.\n", "Paris", "France"),
    ("whose-view", "Korea and the United States met. To Washington, it says the drills have a cost.\n",
     "Washington", "United States"),
    ("resolve-of", "Russia and Ukraine met. The war will test the resolve of Moscow.\n", "Moscow", "Russia"),
]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "capital", "state"), [c[1:] for c in CAPITAL_STANCES], ids=[c[0] for c in CAPITAL_STANCES]
)
def test_a_capital_taking_a_stance_is_its_state(text: str, capital: str, state: str) -> None:
    sheet = extract_text(text, source_id="t", published="2019-03-06")
    owner = _owner(sheet, capital)
    assert [(a.name, a.kind) for a in sheet.actors if a.id == owner] == [(state, "state")]


# a capital's possessive before a word of a city's own ('Jerusalem's role in Arab culture') or a
# flight's 'from' stays the city
@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Israel and Egypt met. They celebrated Jerusalem's role in Arab culture.\n",
        "Russia and Iraq met on Monday. The flights from Moscow landed late.\n",
    ],
)
def test_a_capital_as_a_city_stays_no_actor(text: str) -> None:
    sheet = extract_text(text, source_id="t", published="2019-03-06")
    assert not [m for a in sheet.actors for m in a.mentions if m.text in ("Jerusalem", "Moscow")]


@pytest.mark.model
def test_a_town_named_like_a_capital_is_no_state() -> None:
    text = "Paris news\n\nParis collected $597,667 in sales tax, the Lamar County city said.\n"
    sheet = extract_text(text, source_id="t", published="2019-03-06")
    assert all(a.kind not in ("state", "government") for a in sheet.actors)


@pytest.mark.model
def test_a_surname_spelt_like_a_capital_is_no_state() -> None:
    text = "Denzel Washington starred in a film about the United States. Washington said he was proud.\n"
    sheet = extract_text(text, source_id="t", published="2019-03-06")
    assert all(a.kind != "government" for a in sheet.actors)
    assert not [m for a in sheet.actors if a.kind == "state" for m in a.mentions if m.text == "Washington"]


@pytest.mark.model
def test_bodies_the_model_reads_as_one_name_are_each_an_actor() -> None:
    # the model tags 'Amnesty International and Human Rights Watch' as one organisation here
    text = "Head\n\nThe army won.\n\nAmnesty International and Human Rights Watch have accused militias."
    s = extract_text(text)
    names = {a.name for a in s.actors}
    assert {"Amnesty International", "Human Rights Watch"} <= names
    assert not any(" and " in a.name for a in s.actors)


@pytest.mark.model
def test_a_name_with_and_inside_stays_one_body() -> None:
    s = extract_text("Head\n\nThe army won.\n\nThe Securities and Exchange Commission has accused the firm.")
    assert "Securities and Exchange Commission" in {a.name for a in s.actors}


# (text, person, the person's mentions): a short form of the person's other name joins; a
# registered person's name inside a place's name does not
PERSON_MENTIONS = [
    ("The Department designated Tarkhan Tayumurazovich Batirashvili, also known as Abu Omar al-Shishani, "
     "as a terrorist.\n\nShishani is a senior ISIS commander.\n", "Tarkhan Tayumurazovich Batirashvili",
     ["Tarkhan Tayumurazovich Batirashvili", "Abu Omar al-Shishani", "Shishani", "a senior ISIS commander"]),
    ("The fighters crossed Lake Assad in boats on Monday.\n\nPresident Bashar al-Assad spoke in Damascus.\n",
     "Bashar al-Assad", ["President Bashar al-Assad"]),
]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name", "mentions"), PERSON_MENTIONS, ids=["other-names-short-form", "name-inside-a-place"]
)
def test_a_persons_mentions(text: str, name: str, mentions: list[str]) -> None:
    person = actor_named(extract_text(text), name)
    assert person is not None and [m.text for m in person.mentions] == mentions


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The Counter ISIL Finance Group met in Rome on Monday.\n",
        "The Counter-Daesh Communications Cell said the video was fake.\n",
    ],
    ids=["counter", "counter-hyphened"],
)
def test_a_body_named_for_countering_an_actor_is_no_body_of_it(text: str) -> None:
    s = extract_text(text)
    body = next(a for a in s.actors if a.kind not in ("armed_group", "person"))
    isis = actor_named(s, "Islamic State")
    assert isis is not None and body.affiliation != isis.id
    assert len(isis.mentions) == 1  # the name inside still names the group


@pytest.mark.model
def test_the_global_coalitions_long_name_is_the_us_led_coalition() -> None:
    s = extract_text("The Global Coalition to Counter ISIL met in Washington on Monday.\n")
    coalition = actor_named(s, "US-led coalition")
    assert coalition is not None
    assert [m.text for m in coalition.mentions] == ["The Global Coalition to Counter ISIL"]
    isis = actor_named(s, "Islamic State")
    assert isis is not None and [m.text for m in isis.mentions] == ["ISIL"]


@pytest.mark.model
def test_a_unit_named_group_is_no_other_groups_anaphor() -> None:
    s = extract_text(
        "Airmen deploy\n\nThe airmen left to support operations against the Islamic State of Iraq and the "
        "Levant.\n\n“We are ready,” said Col. Travis Caughlin, 507th Maintenance Group Commander.\n\n"
        "The group plans to be deployed for two months.\n"
    )
    isis = actor_named(s, "Islamic State")
    assert isis is not None and "The group" not in [m.text for m in isis.mentions]


@pytest.mark.model
def test_a_registered_persons_name_after_a_cue_takes_in_the_other_name() -> None:
    s = extract_text(
        "Abu Muhammad al-Adnani\n\nTaha Subhi Falaha (1977 – 30 August 2016), better known as Abu Muhammad "
        "al-Adnani, was a senior leader of the Islamic State of Iraq and the Levant.\n"
    )
    people = [a for a in s.actors if a.kind == "person"]
    assert [a.name for a in people] == ["Abu Mohammad al-Adnani"]
    assert "Falaha" in [m.text for m in people[0].mentions]
    spans = [(m.start, m.end) for a in s.actors for m in a.mentions]
    assert len(spans) == len(set(spans))  # no mention in two actors


@pytest.mark.model
def test_an_arabic_word_for_a_group_opens_a_groups_name() -> None:
    s = extract_text("He fought alongside Abu Musab al-Zarqawi's Jama'at al-Tawhid wal-Jihad in Iraq.\n")
    group = next(a for a in s.actors if a.name.startswith("Jama'at"))
    assert group.kind == "armed_group"


@pytest.mark.model
def test_the_insurgency_is_no_groups_anaphor() -> None:
    s = extract_text(
        "Abu Muhammad al-Adnani was a senior leader of the Islamic State of Iraq and the Levant.\n\n"
        "He joined the insurgency in Iraq after the 2003 invasion.\n"
    )
    assert not [m.text for a in s.actors for m in a.mentions if "insurgency" in m.text]


# a word in capitals the text never defines that spells the initials of one body's name it
# gives is that body (and a role it opens is that body's); two bodies of the same initials, none
INITIALS_CASES = [
    ("role-opens",
     "Talks\n\nThe National Unity Government called the vote illegitimate. NUG spokesperson Kyaw Zaw "
     "said the junta had lost control.\n",
     "NUG", "National Unity Government"),
    ("two-bodies-share-them",
     "Talks\n\nThe National Unity Government met the National Union of Gardeners. NUG officials left.\n",
     "NUG", None),
]


@pytest.mark.model
@pytest.mark.parametrize(("case", "text", "word", "body"), INITIALS_CASES, ids=[c[0] for c in INITIALS_CASES])
def test_undefined_initials_name_the_one_body_they_spell(
    case: str, text: str, word: str, body: str | None
) -> None:
    s = extract_text(text)
    holder = next((a for a in s.actors if any(m.text == word for m in a.mentions)), None)
    assert (holder.name if holder else None) == body


# whom an actor serves once initials or a joined name are read: the body the initials spell,
# none for a body whose name holds a generic alias ('Security Council') after 'and'
AFFILIATION_CASES = [
    ("initials-role",
     "Talks\n\nThe National Unity Government called the vote illegitimate. NUG spokesperson Kyaw Zaw "
     "said the junta had lost control.\n",
     "Kyaw Zaw", "National Unity Government"),
    ("generic-alias-joined-inside-a-name",
     "Talks\n\nThe National Defense and Security Council approved the extension, state television "
     "said. The United Nations condemned it.\n",
     "National Defense and Security Council", None),
]


@pytest.mark.model
@pytest.mark.parametrize(
    ("case", "text", "name", "serves"), AFFILIATION_CASES, ids=[c[0] for c in AFFILIATION_CASES]
)
def test_whom_an_actor_serves_after_initials_and_joined_names(
    case: str, text: str, name: str, serves: str | None
) -> None:
    s = extract_text(text)
    actor = actor_named(s, name)
    assert actor is not None
    assert next((a.name for a in s.actors if a.id == actor.affiliation), None) == serves


@pytest.mark.model
def test_an_acronym_given_by_known_by_its_acronym_is_the_body_each_time_it_is_used() -> None:
    s = sheet(
        "The Congolese army, known by its French acronym FARDC, said its troops repelled an attack. "
        "FARDC spokesman Sylvain Ekenge gave no toll.\n"
    )
    army = actor_of(s, "Congolese army")
    assert [m.text for m in army.mentions if m.text == "FARDC"] == ["FARDC", "FARDC"]
    assert affiliation_name(s, "Sylvain Ekenge") == army.name


# a registered body's generic alias after an unregistered body named with those words
RED_CROSS = (
    "Attack on school\n\n"
    "The Uganda Red Cross Society said its volunteers had evacuated 20 pupils.\n\n"
    '"Many of the injured are children," Red Cross spokeswoman Esther Kabugo said.\n'
)


@pytest.mark.model
def test_a_generic_alias_shortens_the_body_the_text_named_with_it() -> None:
    s = sheet(RED_CROSS)
    assert affiliation_name(s, "Esther Kabugo") == "Uganda Red Cross Society"
    assert not [a for a in s.actors if a.name == "International Committee of the Red Cross"]


@pytest.mark.model
def test_a_generic_alias_stays_the_registered_bodys_where_that_is_named_in_full() -> None:
    icrc = "International Committee of the Red Cross"
    text = RED_CROSS.replace("volunteers had", f"volunteers and the {icrc} had")
    assert affiliation_name(sheet(text), "Esther Kabugo") == icrc


@pytest.mark.parametrize(
    ("name", "short", "expected"),
    [
        ("National Weather Service", "Weather Service", True),
        ("Uganda Red Cross Society", "Red Cross", True),
        ("First Bank of Princeton", "First Bank", True),
        ("Georgian Foreign Ministry", "Foreign Ministry", True),
        # a longer name of another thing, of two bodies, or of a campaign
        ("Big Board Composite", "Big Board", False),
        ("American Legion Post 31", "American Legion", False),
        ("City Council and School Board", "School Board", False),
        ("Turner for Municipal Court", "Municipal Court", False),
        ("Weather Service", "Weather Service", False),
    ],
)
def test_which_longer_names_a_short_name_shortens(name: str, short: str, expected: bool) -> None:
    from bagouz_extract.reconcile.actors import _holds_words

    assert _holds_words(name, short.lower().split()) is expected


# a short form the text defines names what it defines, not the registered body it also spells:
# (id, text, the short form, the defined body's name and kind, the registered namesake)
DEFINED_OVER_REGISTERED = [
    ("a-states-forces-over-a-news-agency",
     "Two personnel of the Armed Forces of the Philippines (AFP) were hurt. "
     "AFP Chief of Staff General Ernesto Dimaculangan said the troops were safe.",
     "AFP", ("Armed Forces of the Philippines", "military"), "Agence France-Presse"),
    ("one-registered-body-over-another",
     "The Somali National Army (SNA) said 12 people died. "
     "SNA commander Ahmed Abdi said the gunmen were killed.",
     "SNA", ("Somali National Army", "military"), "Syrian National Army"),
]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "short", "defined", "namesake"),
    [c[1:] for c in DEFINED_OVER_REGISTERED],
    ids=[c[0] for c in DEFINED_OVER_REGISTERED],
)
def test_a_short_form_the_text_defines_is_no_registered_namesake(
    text: str, short: str, defined: tuple[str, str], namesake: str
) -> None:
    s = sheet(text)
    body = actor_of(s, short)
    assert (body.name, body.kind) == defined
    assert actor_named(s, namesake) is None


@pytest.mark.model
def test_a_name_in_capitals_in_a_title_or_a_sign_off_is_the_body_named_below() -> None:
    text = ("STATEMENT OF THE NATIONAL MARITIME COUNCIL ON THE HARASSMENT OF THE RESUPPLY MISSION\n\n"
            "Manila, 13 August 2025 - The National Maritime Council (NMC) strongly condemns the actions of "
            "the China Coast Guard.\n\n- NATIONAL MARITIME COUNCIL")
    s = sheet(text)
    council = actor_of(s, "NMC")
    assert [m.start for m in council.mentions if m.text == "NATIONAL MARITIME COUNCIL"] == [
        text.index("NATIONAL MARITIME"), text.rindex("NATIONAL MARITIME")]


@pytest.mark.model
def test_a_nickname_in_quotation_marks_after_an_alias_cue_is_the_person() -> None:
    s = sheet('Cartels\n\nThe CJNG, led by Nemesio Oseguera, known as "El Mencho," has fought its rivals '
              "for years.")
    assert actor_of(s, "El Mencho").name == "Nemesio Oseguera"


REORDERED_ACRONYMS = [
    # (text, acronym, English name): an acronym of the name in its own language's word order
    ("The FLNC, a Corsican separatist group, claimed the attacks.\n\nIn a statement, the National "
     "Liberation Front of Corsica said it had targeted holiday homes. Founded in 1976, the FLNC "
     "carried out thousands of attacks.\n", "FLNC", "National Liberation Front of Corsica"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "acronym", "name"), REORDERED_ACRONYMS)
def test_an_acronym_of_a_foreign_word_order_is_the_body(text: str, acronym: str, name: str) -> None:
    s = sheet(text)
    assert actor_of(s, acronym).id == actor_of(s, name).id


@pytest.mark.model
def test_an_acronym_of_three_letters_reordered_is_another_body() -> None:
    # 'LNA' is no 'National Liberation Army': three letters reordered match too easily
    s = sheet("The LNA shelled the town. Separately, the National Liberation Army said it had freed "
              "two hostages.\n")
    assert actor_of(s, "LNA").id != actor_of(s, "National Liberation Army").id


@pytest.mark.model
def test_a_gangs_name_without_its_noun_is_the_gang() -> None:
    s = sheet("PORT-AU-PRINCE, Haiti (AP) -- Gunmen from the Kolo Ansanm gang coalition overran much of "
              "the town on Monday.\n\nKolo Ansanm — the name means living together — was formed in 2024. "
              "The gang controls most of the capital.\n")
    gang = actor_of(s, "Kolo Ansanm gang")
    assert gang.kind == "armed_group"
    assert {"Kolo Ansanm", "The gang"} <= {m.text for m in gang.mentions}


@pytest.mark.model
def test_a_demonym_before_a_noun_is_no_persons_short_name() -> None:
    s = sheet("The Banyamulenge, Congolese Tutsi, have their own armed group. Burundi has no ambitions on "
              "Congolese territory, the army said.\n")
    assert not [m for a in s.actors if a.kind == "person" for m in a.mentions if m.text == "Congolese"]


@pytest.mark.model
def test_the_ministry_just_named_of_two_is_the_one_meant() -> None:
    s = sheet(
        "Armenia's defence ministry said Azerbaijani units had opened fire.\n\nBaku told a different "
        "story. Azerbaijan's defence ministry accused Armenian troops of firing first.\n\n\"The Armenian "
        'side is trying to derail the peace process," the ministry said in a statement.\n'
    )
    ministry = actor_of(s, "Azerbaijan's defence ministry")
    assert "the ministry" in [m.text for m in ministry.mentions]
    assert s.quotes[0].speaker == ministry.id


@pytest.mark.model
def test_a_capitalised_head_of_two_bodies_stays_no_ones() -> None:
    # 'the Ministry' of an official statement is the one issuing it, whoever was named last
    s = sheet(
        "The Ministry of Foreign Affairs of Cambodia protests the shelling. The Ministry of National "
        "Defence reported two soldiers wounded. The Ministry calls for restraint.\n"
    )
    assert not [m for a in s.actors for m in a.mentions if m.text == "The Ministry"]


@pytest.mark.model
def test_a_name_cut_at_its_and_takes_the_rest_and_its_short_form_joins() -> None:
    s = sheet("The Ministry of Foreign Affairs and International Cooperation condemned the shelling.\n\n"
              "The Ministry of Foreign Affairs also summoned the ambassador.\n")
    ministry = actor_named(s, "Ministry of Foreign Affairs and International Cooperation")
    assert ministry is not None
    assert "The Ministry of Foreign Affairs" in [m.text for m in ministry.mentions]
    assert actor_named(s, "Ministry of Foreign Affairs") is None


@pytest.mark.model
def test_a_name_opening_two_longer_names_joins_neither() -> None:
    s = sheet("The Ministry of Health and Sanitation and the Ministry of Health and Social Welfare met. "
              "The Ministry of Health said the talks went well.\n")
    assert actor_named(s, "Ministry of Health") is not None


@pytest.mark.model
def test_a_hyphened_short_form_and_an_en_dash_long_form_are_one_body() -> None:
    s = sheet("The centre alerted Maritime Domain Awareness for Trade – Gulf of Guinea (MDAT-GoG) at 0900. "
              "MDAT-GoG later confirmed the boarding.\n")
    body = actor_of(s, "MDAT-GoG")
    assert body.name == "Maritime Domain Awareness for Trade – Gulf of Guinea"
    assert len(body.mentions) == 3


@pytest.mark.model
def test_a_registered_hyphened_short_form_stays_the_registered_body() -> None:
    s = sheet("Fighting pitted the army against the Sudan People's Liberation Army-in-Opposition (SPLA-IO), "
              "which is loyal to Riek Machar. The SPLA-IO denied it.\n")
    assert actor_of(s, "SPLA-IO").id == "actor-splm-io"


@pytest.mark.model
def test_a_bracketed_acronym_of_another_language_joins_its_later_uses() -> None:
    # the initials are of the Spanish name (Ejército Nacional Revolucionario), not the English one
    s = sheet("Suspected members of the National Revolutionary Army (ENR) kidnapped a rancher on Thursday. "
              "Police found a pamphlet signed by the ENR demanding a ransom. The ENR emerged in 2008.\n")
    group = actor_of(s, "National Revolutionary Army")
    assert sum(m.text.endswith("ENR") for m in group.mentions) == 3


# a word one person's name and another's share ('Singh'): in a name the model read whole
# elsewhere it is no short name of the first
@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "first", "other_start"),
    [
        ("The module was run by Harjit Singh, a gangster. Commissioner of Police Jaskaran Singh Aulakh "
         "said three suspects were held.\n", "Harjit Singh", "Singh Aulakh"),
        ("The raid was led by Carlos Ruiz, police said. Officer Luis Ruiz Benavides said later that "
         "two men were held.\n", "Carlos Ruiz", "Ruiz Benavides"),
    ],
    ids=["sikh-middle-name", "shared-surname"],
)
def test_a_shared_name_word_inside_another_longer_name_is_no_short_name(
    text: str, first: str, other_start: str
) -> None:
    s = sheet(text)
    person = actor_of(s, first)
    assert all(m.start != text.index(other_start) for m in person.mentions)


def test_karen_and_burmese_titles_are_titles() -> None:
    # 'said Padoh Saw Ler Htoo, a KNU spokesman' ... 'Saw Ler Htoo said': the title opens no name
    from bagouz_extract.components.actors import title_words

    assert {"padoh", "daw"} <= title_words()


# a surname the model read as a place or a body, right after the rest of the name
@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "full", "short"),
    [
        ("Interior Minister Ibrahim Adamu Sulemana, who flew to Bawku on Thursday, urged calm. "
         '"Nobody wins this war," Sulemana told elders.\n', "Ibrahim Adamu Sulemana", "Sulemana told"),
        ("Police Superintendent Pedro Toledo said the officers were suspended. Toledo said two would be "
         "charged.\n", "Pedro Toledo", "Toledo said two"),
    ],
    ids=["surname-read-as-a-place", "surname-read-as-a-city"],
)
def test_a_surname_the_model_read_as_a_place_closes_the_name(text: str, full: str, short: str) -> None:
    s = sheet(text)
    person = actor_of(s, short.split()[0])
    assert person.name == full
    assert any(m.start == text.index(short) for m in person.mentions)


# an acronym joined by a hyphen to a faction's word is the faction, another actor
@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "faction", "group"),
    [
        ("The Front for the Liberation of the Enclave of Cabinda (FLEC) has split. FLEC-FAC, its main armed "
         "faction, claims ambushes. A FLEC faction claimed the attack.\n", "FLEC-FAC", "FLEC"),
        ("The Front for the Restoration of Unity and Democracy (FRUD) signed a peace deal, but a faction "
         "known as FRUD-armé kept fighting. FRUD-armé claimed the attack.\n", "FRUD-armé", "FRUD"),
    ],
    ids=["another-acronym", "a-word-of-another-language"],
)
def test_an_acronym_hyphened_to_a_faction_word_is_the_faction(text: str, faction: str, group: str) -> None:
    s = sheet(text)
    assert actor_of(s, faction).id != actor_of(s, group).id
    assert all(m.text == faction for m in actor_of(s, faction).mentions)


@pytest.mark.parametrize(
    "text",
    ["The SDF-led forces advanced.", "Officials met at the NATO-Russia Council.", "He spoke on WPXI-TV.",
     "PORT-AU-PRINCE, Haiti (AP) - Gangs attacked."],
    ids=["english-suffix", "a-name", "a-station-band", "a-longer-hyphened-name"],
)
def test_an_acronym_hyphened_to_other_words_is_no_faction(text: str) -> None:
    import spacy

    from bagouz_extract.components.actors import faction_name_spans

    assert faction_name_spans(spacy.blank("en")(text)) == []


# a person's other name after 'alias' or 'known by the alias', in quotation marks or not
@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name", "alias"),
    [
        ('Police are hunting Ramón Duarte Salinas, alias "Comandante Lucio," who escaped.\n',
         "Ramón Duarte Salinas", "Comandante Lucio"),
        ("The cell was run by Harjit Singh Gill, alias Bobby Sandhu, a gangster. Sandhu faces 20 cases.\n",
         "Harjit Singh Gill", "Bobby Sandhu"),
        ('Police are hunting Ramón Duarte Salinas, a veteran fighter known by the alias "Comandante Lucio," '
         "who escaped.\n", "Ramón Duarte Salinas", "Comandante Lucio"),
    ],
    ids=["alias-quoted", "alias-bare", "known-by-the-alias"],
)
def test_a_person_alias_after_its_cue_is_the_person(text: str, name: str, alias: str) -> None:
    s = sheet(text)
    assert actor_of(s, alias).name == name


@pytest.mark.model
def test_a_bracketed_short_form_glossed_after_a_comma_is_defined() -> None:
    s = sheet("The Djiboutian League of Human Rights (LDDH, from its French name Ligue djiboutienne des "
              "droits humains) called for restraint. The LDDH said 40 people were held.\n")
    league = actor_of(s, "Djiboutian League of Human Rights")
    assert [m.text for m in league.mentions if "LDDH" in m.text] == ["LDDH", "The LDDH"]


# an undefined short form spelling one named person's title is that person
@pytest.mark.model
def test_a_short_form_of_a_persons_title_is_the_person() -> None:
    s = sheet("Director General of Police Gaurav Yadav, who chaired a meeting in Chandigarh on Saturday, "
              "said the force had busted 11 modules.\n\n"
              '"Our men are not going to be intimidated," the DGP said.\n')
    speaker = next(a for a in s.actors if a.id == s.quotes[0].speaker)
    assert speaker.kind == "person" and "Yadav" in speaker.name


def test_a_short_form_of_two_peoples_titles_is_neither() -> None:
    from bagouz_extract.reconcile.actors import Cluster, _merge_title_initials

    clusters = {
        "person:a": Cluster("person:a", "Gaurav Yadav", "person", roles=["Director General of Police"]),
        "person:b": Cluster("person:b", "Harpreet Sidhu", "person", roles=["Director General of Prisons"]),
        "org:dgp": Cluster("org:dgp", "DGP", "organization"),
    }
    _merge_title_initials(clusters)
    assert "org:dgp" in clusters  # 'DGP' spells both titles: no one's
    del clusters["person:b"]
    _merge_title_initials(clusters)
    assert "org:dgp" not in clusters  # one holder: that person


@pytest.mark.parametrize(
    ("text", "long_form", "short"),
    [
        ("The Bureau of Population, Refugees, and Migration (PRM) will fund the camps. PRM said so.\n",
         "Bureau of Population, Refugees, and Migration", "PRM"),
        ("The U.S. Trade and Development Agency (USTDA) will fund the camps. USTDA said so.\n",
         "U.S. Trade and Development Agency", "USTDA"),
    ],
    ids=["listed-words-after-a-skipped-head", "dotted-initials"],
)
def test_an_acronym_defined_by_a_listed_or_dotted_long_form_is_the_body(
    text: str, long_form: str, short: str
) -> None:
    s = sheet(text)
    body = actor_of(s, short)
    assert body.name == long_form
    assert sum(m.text == short for m in body.mentions) == 2


@pytest.mark.model
def test_two_names_joined_after_an_alias_cue_are_no_one_name() -> None:
    sheet = extract_text(
        "Rewards were offered for members of the Islamic State of Iraq and the Levant (ISIL), also known "
        "as ISIS and Daesh.", source_id="t", published="2019-03-06")
    assert not [m for a in sheet.actors for m in a.mentions if m.text == "ISIS and Daesh"]


@pytest.mark.model
def test_a_bodys_other_name_set_off_by_dashes_joins_the_body() -> None:
    s = extract_text("Talks\n\nThe Hamza Division \u2014 also called Firqat al-Hamza \u2014 took the town.\n")
    division = actor_named(s, "Hamza Division")
    assert division is not None and "Firqat al-Hamza" in [m.text for m in division.mentions]
