"""Ranks written without a period (British style), police, civic and religious titles, and a
role noun with the words describing it right before a name give a named person a role
(needs the model)."""

from __future__ import annotations

import pytest
from actor_lookup import actor_named, actor_of, affiliation_name, sheet

from bagouz_extract.models import ActorFact, FactSheet

pytestmark = pytest.mark.model


# text, a mention of the person, the person's name, the roles expected (exactly)
TITLE_CASES = [
    ("sgt-no-dot", "Sgt Dave Brown said the man was arrested on Tuesday.", "Dave Brown", ["Sgt"]),
    ("capt-no-dot", "Capt Sarah Hill was injured in the blast.", "Sarah Hill", ["Capt"]),
    ("cpl-no-dot", "Cpl Tom Evans was injured in the blast.", "Tom Evans", ["Cpl"]),
    ("pte-no-dot", "Pte Michael Lee, 21, died at the scene.", "Michael Lee", ["Pte"]),
    ("staff-sgt-no-dot", "Staff Sgt Ann Cole was decorated for bravery.", "Ann Cole", ["Staff Sgt"]),
    ("det-insp", "Det Insp Claire Moss appealed for witnesses.", "Claire Moss", ["Det Insp"]),
    ("det-supt", "Det Supt Mark Hewitt said officers kept an open mind.", "Mark Hewitt", ["Det Supt"]),
    ("prof-no-dot", "Prof Mary Byrne of the university wrote the report.", "Mary Byrne", ["Prof"]),
    ("rev-no-dot", "Rev Andrew Smith led the service on Sunday.", "Andrew Smith", ["Rev"]),
    ("cllr", "Cllr Jane Wilson said the council would review the decision.", "Jane Wilson", ["Cllr"]),
    (
        "coroner",
        "Coroner Peter Harding recorded a verdict of accidental death.",
        "Peter Harding",
        ["Coroner"],
    ),
    ("detective", "Detective Mark Jones said the suspect fled on foot.", "Mark Jones", ["Detective"]),
    ("archbishop", "Archbishop Justin Welby called for calm.", "Justin Welby", ["Archbishop"]),
    ("trooper", "Trooper Kyle Matthews said the driver wore no seatbelt.", "Kyle Matthews", ["Trooper"]),
    (
        "state-trooper",
        "State Trooper Dan Miller said the crash happened at night.",
        "Dan Miller",
        ["State Trooper"],
    ),
    ("inspector", "Inspector Gary Lines said the road had reopened.", "Gary Lines", ["Inspector"]),
    ("councillor", "Councillor Dawn Reid said residents had been let down.", "Dawn Reid", ["Councillor"]),
    ("deputy-coroner", "Deputy Coroner Bill Marsh confirmed the death.", "Bill Marsh", ["Deputy Coroner"]),
    (
        "noble-style-after-office",
        "Emir Sheikh Tamim bin Hamad Al Thani met the delegation.",
        "Tamim bin Hamad Al Thani",
        ["Emir"],
    ),
    (
        "prince-after-office",
        "Prime Minister Prince Norodom Ranariddh fled the country.",
        "Norodom Ranariddh",
        ["Prime Minister"],
    ),
    (
        "crown-prince",
        "Crown Prince Mohammed bin Salman visited Washington.",
        "Mohammed bin Salman",
        ["Crown Prince"],
    ),
    ("elect", "President-elect Joe Biden named his cabinet.", "Joe Biden", ["President-elect"]),
    (
        "designate",
        "Prime Minister-designate Ali Kareem presented his cabinet.",
        "Ali Kareem",
        ["Prime Minister-designate"],
    ),
    ("lord-mayor", "Lord Mayor Sadiq Patel opened the fair.", "Sadiq Patel", ["Lord Mayor"]),
    (
        "governor-general",
        "Governor-General David Hurley swore in the ministers.",
        "David Hurley",
        ["Governor-General"],
    ),
    ("rabbi", "Rabbi Miriam Cohen spoke at the vigil.", "Miriam Cohen", ["Rabbi"]),
]


@pytest.mark.parametrize(
    ("text", "name", "roles"), [c[1:] for c in TITLE_CASES], ids=[c[0] for c in TITLE_CASES]
)
def test_a_title_before_the_name_is_the_role_not_the_name(text: str, name: str, roles: list[str]) -> None:
    person = actor_of(sheet(text), text[: text.index(name) + len(name)])  # the title opens the text
    assert person.name == name
    assert person.roles == roles


# text, the person's name, the role expected, the affiliation expected (actor name, or None)
DESCRIBED_CASES = [
    (
        "activist-opening",
        "Activist Rahul Sharma posted a video of the protest.",
        "Rahul Sharma",
        "activist",
        None,
    ),
    (
        "described-activist",
        "Human rights activist Omar Saleh posted a video of the protest.",
        "Omar Saleh",
        "Human rights activist",
        None,
    ),
    (
        "former",
        "Former president Jimmy Carter sent a letter of support.",
        "Jimmy Carter",
        "former president",
        None,
    ),
    (
        "hyphened",
        "Police say anti-war activist James Kopp fled the country.",
        "James Kopp",
        "anti-war activist",
        None,
    ),
    (
        "acting",
        "Acting police chief Ron Hale said the search went on.",
        "Ron Hale",
        "acting police chief",
        None,
    ),
    (
        "party-mp",
        "Labour MP Jess Phillips said the government had failed.",
        "Jess Phillips",
        "Labour MP",
        None,
    ),
    ("lower-case-mid-sentence", "The letter was signed by lawyer Anna Berg.", "Anna Berg", "lawyer", None),
    (
        "body-possessive-before-role",
        "Hamas's leader Ismail Haniyeh said the truce would hold.",
        "Ismail Haniyeh",
        "leader",
        "Hamas",
    ),
    (
        "group-possessive-before-role",
        "Hamas fired rockets on Monday. The group's spokesman Fawzi Barhoum said more would follow.",
        "Fawzi Barhoum",
        "spokesman",
        "Hamas",
    ),
    (
        "how-the-office-is-held",
        "Lebanese caretaker Prime Minister Najib Mikati condemned the strike.",
        "caretaker Prime Minister Najib Mikati",  # the title opens the person's mention
        "caretaker Prime Minister",
        "Lebanon",
    ),
    (
        "office-of-a-small-letter-noun",
        "The talks were led by ICRC head of delegation Anna Berg on Monday.",
        "Anna Berg",
        "ICRC head of delegation",
        "International Committee of the Red Cross",
    ),
    (
        "chief-of-staff-of-a-body",
        "The plan was drawn up by White House chief of staff Tom Reed.",
        "Tom Reed",
        "White House chief of staff",
        "White House",
    ),
    (
        "has-served-as",
        "Tom Reed is a British politician who has served as Secretary of State for Defence since 2019.",
        "Tom Reed",
        "Secretary of State for Defence",
        "United Kingdom",
    ),
]


@pytest.mark.parametrize(
    ("text", "name", "role", "affiliation"),
    [c[1:] for c in DESCRIBED_CASES],
    ids=[c[0] for c in DESCRIBED_CASES],
)
def test_a_role_noun_before_the_name_is_the_role(
    text: str, name: str, role: str, affiliation: str | None
) -> None:
    s = sheet(text)
    assert role in actor_of(s, name).roles
    assert affiliation_name(s, name) == affiliation


# text, the person's name, the roles expected (exactly)
NO_ROLE_CASES = [
    ("verb-head", "Ann Sengel will head Tom Smith's prosecution in Virginia.", "Tom Smith", []),
    ("surname-bishop", "Mr Bishop said Australia remained deeply concerned.", "Mr Bishop", []),
]


@pytest.mark.parametrize(
    ("text", "name", "roles"), [c[1:] for c in NO_ROLE_CASES], ids=[c[0] for c in NO_ROLE_CASES]
)
def test_a_word_before_a_name_that_is_no_role(text: str, name: str, roles: list[str]) -> None:
    assert actor_of(sheet(text), name).roles == roles


def test_a_role_held_already_is_not_repeated() -> None:
    s = sheet(
        "British prime minister Tony Blair arrived on Monday. Later, prime minister Tony Blair met the"
        " families."
    )
    assert actor_of(s, "Tony Blair").roles == ["British prime minister"]


# text, the person's name, the roles expected (exactly): an apposition's words that are no
# part of the role are left out of it
APPOSITION_CASES = [
    # an owner's name in the possessive opens the phrase as an article does, after a verb or
    # a preposition ('met', 'with') as well
    ("state-possessive-after-a-verb", "Blinken met Iraq's foreign minister, Fuad Hussein.", "Fuad Hussein",
     ["foreign minister"]),
    (
        "state-possessive-after-with",
        "Blinken had spoken with Qatar's prime minister, Sheikh Mohammed bin Abdulrahman Al Thani.",
        "Sheikh Mohammed bin Abdulrahman Al Thani",
        ["Sheikh", "prime minister"],
    ),
    (
        "persons-possessive-after-a-verb",
        "Prosecutors indicted Ali Bakari on Monday. They also indicted Bakari's wife, Bekelech M. "
        "Asefa, 26, of Canal Winchester.",
        "Bekelech M. Asefa",
        ["Bakari's wife"],
    ),
    (
        "second-phrase",
        "Worries grew that the Fed and its chairman, Alan Greenspan, would act.",
        "Alan Greenspan",
        ["chairman"],
    ),
    (
        "next-in-a-list",
        "The council met with Mayor Bob Horton, Vice Mayor Tommy Parler, and the clerk.",
        "Vice Mayor Tommy Parler",
        ["Vice Mayor"],
    ),
    (
        "her-father",
        "Ellen Smith and her father, Gary Underwood, attended the hearing.",
        "Gary Underwood",
        ["her father"],
    ),
    (
        "one-phrase-joined",
        "Barbara Bergwerf, a retired artist and photographer, spoke.",
        "Barbara Bergwerf",
        ["retired artist and photographer"],
    ),
    ("demonstrative", "We believe this man, James Kopp, is responsible for the death.", "James Kopp", []),
    (
        "charge-is-no-office",
        "In addition to a state charge of murder, Tom Kopp faces a federal charge.",
        "Tom Kopp",
        [],
    ),
    (
        "charge-d-affaires",
        "The US charge d'affaires, William Roebuck, met the minister.",
        "William Roebuck",
        ["US charge d'affaires"],
    ),
    (
        "hyphened-in",
        '"We have our suspect," said Bernard Tolbert, special agent-in-charge of the FBI\'s Buffalo office.',
        "Bernard Tolbert",
        ["special agent-in-charge of the FBI's Buffalo office"],
    ),
    (
        "wire-underscore",
        "The party included Ricardo Alarcon, National Assembly president _ and others.",
        "Ricardo Alarcon",
        ["National Assembly president"],
    ),
    (
        "dashes",
        "Amir Taheri -- a senior commander of the militia -- said the talks had failed.",
        "Amir Taheri",
        ["senior commander of the militia"],
    ),
    (
        "savings-and-loan",
        "Former savings and loan chief Charles Keating was released.",
        "Charles Keating",
        ["savings and loan chief"],
    ),
    # a participle that describes a noun is no verb of a clause: the phrase is a role
    ("participle-before-its-noun", "The plan was backed by Ann Lee, the head of the ruling military "
     "council, on Monday.", "Ann Lee", ["head of the ruling military council"]),
    ("past-participle-before-its-noun", "The house belongs to Keith Martello, a retired naval officer.",
     "Keith Martello", ["retired naval officer"]),
]


@pytest.mark.parametrize(
    ("text", "name", "roles"), [c[1:] for c in APPOSITION_CASES], ids=[c[0] for c in APPOSITION_CASES]
)
def test_an_apposition_keeps_only_its_role_words(text: str, name: str, roles: list[str]) -> None:
    assert actor_of(sheet(text), name).roles == roles


# text, the person's name, the role expected, the affiliation expected (actor name, or None)
BODY_IN_ROLE_CASES = [
    (
        "body-after-in",
        "Ahmad Rashid, a senior official in the Afghan interior ministry, said the attack was planned.",
        "Ahmad Rashid",
        "senior official in the Afghan interior ministry",
        "Afghan Interior Ministry",  # the state's office written in small letters is an actor
    ),
    (
        "place-after-in-is-cut",
        "Mohammed Saleh, head of the local council in Douma, said food was running out.",
        "Mohammed Saleh",
        "head of the local council",
        None,
    ),
    (
        "occupation-before-name",
        "Local resident Sami Haddad said he heard three explosions.",
        "Sami Haddad",
        "Local resident",
        None,
    ),
    (
        "teacher",
        "Parents thanked science teacher Mary Hoak, who retired in June.",
        "Mary Hoak",
        "science teacher",
        None,
    ),
]


@pytest.mark.parametrize(
    ("text", "name", "role", "affiliation"),
    [c[1:] for c in BODY_IN_ROLE_CASES],
    ids=[c[0] for c in BODY_IN_ROLE_CASES],
)
def test_a_body_in_the_role_stays_a_place_goes(
    text: str, name: str, role: str, affiliation: str | None
) -> None:
    s = sheet(text)
    assert actor_of(s, name).roles == [role]
    assert affiliation_name(s, name) == affiliation


# text, the person's name (with the title that opens the text), the roles expected (exactly)
SERVICE_CASES = [
    (
        "fire-chief",
        "Fire Chief Tom Burns said the blaze started in the kitchen.",
        "Tom Burns",
        ["Fire Chief"],
    ),
    (
        "county-commissioner",
        "County Commissioner Bob Lee opposed the zoning change.",
        "Bob Lee",
        ["County Commissioner"],
    ),
    (
        "city-manager",
        "City Manager Sara Lopez presented the budget on Tuesday.",
        "Sara Lopez",
        ["City Manager"],
    ),
    (
        "place-stays-out",
        "Springfield Police Lt. Mark Adams said the suspect was arrested.",
        "Mark Adams",
        ["Police Lt."],
    ),
    (
        "principal",
        '"We are devastated," said Jim Walker, principal of Lincoln High School.',
        "Jim Walker",
        ["principal of Lincoln High School"],
    ),
]


@pytest.mark.parametrize(
    ("text", "name", "roles"), [c[1:] for c in SERVICE_CASES], ids=[c[0] for c in SERVICE_CASES]
)
def test_the_service_before_a_title_is_part_of_the_role(text: str, name: str, roles: list[str]) -> None:
    assert _named(sheet(text), name).roles == roles


def _named(s: FactSheet, name: str) -> ActorFact:
    """The actor of that name (its mentions open with the title)."""
    return next(a for a in s.actors if a.name == name)


def test_a_title_with_its_service_is_still_its_short_title() -> None:
    s = sheet(
        "Tanzanian Foreign Minister Jakaya Kikwete arrived on Monday. Later the foreign minister met"
        " the president's envoy."
    )
    person = _named(s, "Jakaya Kikwete")
    assert person.roles == ["Tanzanian Foreign Minister"]
    assert "the foreign minister" in [m.text for m in person.mentions]


def test_a_title_in_the_possessive_is_a_mention_without_the_possessive() -> None:
    s = sheet("President Joe Biden spoke on Monday. The president's plan was approved on Friday.")
    assert "The president" in [m.text for m in _named(s, "Joe Biden").mentions]


# text, the person's name, the affiliation expected (actor name, or None)
WHOSE_CASES = [
    (
        "former-demonym",
        "Tom Fletcher, a former British ambassador to Lebanon, wrote about the crisis.",
        "Tom Fletcher",
        "United Kingdom",
    ),
    (
        "state-office",
        "Ibrahim Kalin, spokesman for Turkish President Recep Tayyip Erdogan, said Turkey would act.",
        "Ibrahim Kalin",
        "Turkey",
    ),
    (
        "person-is-no-body",
        "Matt Turner, spokesman for Gov. Joe Manchin, declined to comment.",
        "Matt Turner",
        None,
    ),
    # a demonym before a role no state employs is a nationality; before an official, the state
    (
        "nationality-of-a-lawyer",
        "Syrian lawyer Anwar al-Bunni said the trial was historic.",
        "Anwar al-Bunni",
        None,
    ),
    (
        "nationality-of-an-activist",
        "Egyptian activist Alaa Abdel Fattah was freed on Monday.",
        "Alaa Abdel Fattah",
        None,
    ),
    ("state-of-an-official", "Syrian official Ali Haidar said the talks would go on.", "Ali Haidar", "Syria"),
    (
        "nationality-in-an-apposition",
        "Sami Ali, a Syrian human rights lawyer, said the trial was historic.",
        "Sami Ali",
        None,
    ),
    # a state's body in the role is whom the person serves, though the state is named too
    (
        "a-states-body-with-the-state-named",
        "Iran backs the group. Iran's foreign ministry spokesman Nasser Kanaani said Israel would "
        "bear responsibility.",
        "Nasser Kanaani",
        "Iranian Foreign Ministry",
    ),
    # a spokesperson of no body the role names speaks for the subject of the sentence before
    (
        "spokesperson-of-the-subject-before",
        "The White House praised the vote. Press secretary Karine Jean-Pierre said the president "
        "would sign the bill.",
        "Karine Jean-Pierre",
        "White House",
    ),
    (
        "spokesperson-after-a-paragraph",
        "The White House praised the vote.\n\nPress secretary Karine Jean-Pierre said the "
        "president would sign the bill.",
        "Karine Jean-Pierre",
        None,
    ),
    # 'its' after a sentence whose subject is 'it': the subject of the sentence before that
    (
        "its-after-it",
        "HTS was al Qaeda's affiliate in Syria until 2016. It is designated a terrorist group by "
        "the United States, Russia and Turkey. Its leader, Abu Mohammed al-Golani, told fighters "
        "to spare civilians.",
        "Abu Mohammed al-Golani",
        "Hayat Tahrir al-Sham",
    ),
    # a body right before 'under' and a name is the body the person leads
    (
        "body-under-a-leader",
        "Talks\n\nThe talks collapsed. But the bulk of the OLA, under Jaal Marroo, stayed in the forests.",
        "Jaal Marroo",
        "OLA",
    ),
    (
        "a-state-under-its-leader",
        "Talks\n\nSyria under Bashar al-Assad refused the offer.",
        "Bashar al-Assad",
        "Syria",
    ),
    # 'under' after no body: a deed's or a law's, no one's affiliation
    (
        "under-after-no-body",
        "Talks\n\nSanctions grew under Omar Khalid, the new envoy.",
        "Omar Khalid",
        None,
    ),
    # a faction is an armed group of its own: its spokesman serves it, not the wider movement
    (
        "spokesman-of-a-faction",
        "Fighting in Amhara\n\nThe Amhara Fano National Movement (AFNM), one of several Fano factions, said "
        "its fighters had killed dozens of soldiers. Its spokesman, Mesafint Tegegne, told the BBC the "
        "group would keep fighting.",
        "Mesafint Tegegne",
        "Amhara Fano National Movement",
    ),
    # an office of a group is the group's ('head of SDF Press Office')
    (
        "head-of-a-groups-office",
        "Talks\n\nMustafa Bali, the head of SDF Press Office, said the talks failed.",
        "Mustafa Bali",
        "Syrian Democratic Forces",
    ),
    # two bodies are subjects in the sentence before: the main clause's is whose
    (
        "its-after-a-reported-clause",
        "Clashes in Sabha\n\nThe LNA said in a statement that its 128th Brigade had launched a "
        "security operation in the city. Its spokesman, Major General Omar al-Ferjani, went further.",
        "Major General Omar al-Ferjani",
        "Libyan National Army",
    ),
    (
        "its-after-two-main-clauses",
        "Clashes in Sabha\n\nThe LNA attacked and the Fezzan Shield Brigade fought back. Its "
        "spokesman, Major General Omar al-Ferjani, went further.",
        "Major General Omar al-Ferjani",
        None,
    ),
    # a title opened by 'Junta' or 'Government' serves the one state's government named
    (
        "junta-spokesman",
        "Myanmar's military government said the strike hit rebels. Junta spokesman Zaw Min Tun "
        "said the air force had targeted fighters.",
        "Zaw Min Tun",
        "Burmese government",
    ),
    (
        "junta-spokesman-beside-a-body-called-a-government",
        "The National Unity Government condemned the strike. Junta spokesman Zaw Min Tun said the "
        "air force had targeted fighters.",
        "Zaw Min Tun",
        None,
    ),
    (
        "government-spokesman-of-a-two-word-state",
        "Burkina Faso's military government suspended the broadcasters. Government spokesman "
        "Jean-Emmanuel Ouedraogo dismissed the report.",
        "Jean-Emmanuel Ouedraogo",
        "Burkinabe government",
    ),
    # 'its' before a role noun right before the name, as in an apposition
    (
        "its-before-a-title",
        "Wagner Group fighters withdrew from Bakhmut, its founder Yevgeny Prigozhin said.",
        "Yevgeny Prigozhin",
        "Wagner Group",
    ),
    # a company officer's title of no body serves the one company the text names before
    (
        "officer-of-the-one-company",
        "Contoso Corp. said on Wednesday it would cut 10,000 jobs.\n\nChief Executive Sam Rao said "
        "customers were cautious.",
        "Chief Executive Sam Rao",
        "Contoso Corp.",
    ),
    (
        "officer-of-two-companies",
        "Contoso Corp. and Fabrikam Inc. said on Wednesday they would merge.\n\nChief Executive Sam Rao "
        "said customers were cautious.",
        "Chief Executive Sam Rao",
        None,
    ),
    # a 'Minister of X' heads the one ministry the text names with every word of X
    (
        "minister-of-the-named-ministry",
        "The Ministry of Foreign Affairs of the Republic of Moldova condemns the detention.\n\nMinister "
        "of Foreign Affairs Andrei Popescu stated that the officer must be freed.",
        "Andrei Popescu",
        "Ministry of Foreign Affairs of the Republic of Moldova",
    ),
    (
        "minister-of-another-portfolio",
        "The Ministry of Foreign Affairs of the Republic of Moldova condemns the detention.\n\nMinister "
        "of Defence Andrei Popescu stated that the officer must be freed.",
        "Minister of Defence Andrei Popescu",
        None,
    ),
]


@pytest.mark.parametrize(
    ("text", "name", "affiliation"), [c[1:] for c in WHOSE_CASES], ids=[c[0] for c in WHOSE_CASES]
)
def test_whom_a_role_serves(text: str, name: str, affiliation: str | None) -> None:
    assert affiliation_name(sheet(text), name) == affiliation


def test_another_persons_title_and_name_is_no_role() -> None:
    s = sheet(
        "The suit named city manager Steve Gantt, Councilwoman Tameika Isaac Devine and Charles Phillips."
    )
    assert _named(s, "Steve Gantt").roles == ["city manager"]


# text, the person's name, the roles expected (exactly), the affiliation expected
COPULA_CASES = [
    (
        "and-the",
        "Salih Karim (born 1951) is a Syrian Kurdish politician and the co-chair of the Democratic Union.",
        "Salih Karim",
        ["Syrian Kurdish politician", "co-chair of the Democratic Union"],
        "Syria",
    ),
    (
        "and-inside-a-name",
        "Abu Omar al-Tunisi was the leader of the Islamic State of Iraq and the Levant.",
        "Abu Omar al-Tunisi",
        ["leader of the Islamic State of Iraq and the Levant"],
        None,
    ),
    (
        "has-been",
        "Omar Hadi has been President of Syria since 2000.",
        "Omar Hadi",
        ["President of Syria"],
        "Syria",
    ),
    (
        "state-possessive",
        "Julie Bishop, who was Australia's Minister for Foreign Affairs from 2013 to 2018, visited Iraq.",
        "Julie Bishop",
        ["Minister for Foreign Affairs"],
        "Australia",
    ),
    (
        "serving-as",
        "Geir Lund is a Norwegian diplomat currently serving as the UN Special Envoy for Syria.",
        "Geir Lund",
        ["Norwegian diplomat", "Special Envoy for Syria"],
        "Norway",
    ),
]


@pytest.mark.parametrize(
    ("text", "name", "roles", "affiliation"), [c[1:] for c in COPULA_CASES], ids=[c[0] for c in COPULA_CASES]
)
def test_roles_said_with_a_copula(text: str, name: str, roles: list[str], affiliation: str | None) -> None:
    s = sheet(text)
    assert actor_of(s, name).roles == roles
    if affiliation is not None:
        assert affiliation_name(s, name) == affiliation


def test_a_long_portfolio_stays_in_the_title() -> None:
    s = sheet("Minister for the Middle East and North Africa James Cleverly said the UK would help.")
    assert _named(s, "James Cleverly").roles == ["Minister for the Middle East and North Africa"]


def test_a_word_of_when_is_no_part_of_the_role() -> None:
    s = sheet("Dennis Vacco, then the U.S. attorney for western New York, opened the inquiry.")
    assert actor_of(s, "Dennis Vacco").roles == ["U.S. attorney for western New York"]


# text, the person's name, the roles expected (exactly): the Australian government's style
HONOURABLE_CASES = [
    (
        "senator-the-hon",
        "Senator the Hon Marise Payne, Minister for Foreign Affairs, released a statement.",
        "Marise Payne",
        ["Senator", "Minister for Foreign Affairs"],
    ),
    (
        "the-hon-mp",
        "The Hon Julie Bishop MP, Minister for Foreign Affairs, announced the funding.",
        "Julie Bishop",
        ["Minister for Foreign Affairs"],
    ),
]


@pytest.mark.parametrize(
    ("text", "name", "roles"), [c[1:] for c in HONOURABLE_CASES], ids=[c[0] for c in HONOURABLE_CASES]
)
def test_the_honourable_is_no_role_and_no_actor(text: str, name: str, roles: list[str]) -> None:
    s = sheet(text)
    assert [a.name for a in s.actors] == [name]
    assert s.actors[0].roles == roles


def test_a_second_noun_phrase_after_the_role_is_a_role_of_its_own() -> None:
    # not glued onto the first role ('director ... at UF and a member of the march')
    s = sheet("Tamara Cohen, the director of diversity affairs at UF and a member of the march, spoke first.")
    assert actor_of(s, "Tamara Cohen").roles == ["director of diversity affairs at UF", "member of the march"]


# text, the person's name, the affiliation expected (actor name, or None)
OF_BODY_CASES = [
    (
        "of-body",
        "Human Rights Watch criticised the trial. Sarah Whitson of Human Rights Watch said it was unjust.",
        "Sarah Whitson",
        "Human Rights Watch",
    ),
    (
        "of-the-body",
        "Ahmed Ali of the Red Cross said aid to Syrian Democratic Forces prisons was blocked.",
        "Ahmed Ali",
        "International Committee of the Red Cross",
    ),
    ("of-a-place", "John Smith of London won the race.", "John Smith", None),
]


@pytest.mark.parametrize(
    ("text", "name", "affiliation"), [c[1:] for c in OF_BODY_CASES], ids=[c[0] for c in OF_BODY_CASES]
)
def test_a_body_after_of_is_whom_the_person_works_for(text: str, name: str, affiliation: str | None) -> None:
    s = sheet(text)
    assert affiliation_name(s, name) == affiliation
    assert actor_of(s, name).roles == []


def test_one_description_apposed_to_two_people_is_each_ones_own_mention() -> None:
    s = sheet(
        "Arrests\n\nIn the first footage a man identified as Giorgi Bolashvili, an activist from DMUG youth "
        "wing, negotiates with an agent.\n\nIn the third episode a man identified as Vakhtang Narsia, an "
        "activist from DMUG youth wing, is discussing with another man.\n"
    )
    spans = [(m.start, m.end) for a in s.actors for m in a.mentions]
    assert len(spans) == len(set(spans))  # no mention in two actors
    for name in ("Giorgi Bolashvili", "Vakhtang Narsia"):
        person = actor_named(s, name)
        assert person is not None
        assert [m.text for m in person.mentions].count("an activist from DMUG youth wing") == 1


BARE_BODY_CASES = [
    # (text, the person's mention, the body they serve or None)
    ("The Malian army said it repelled the attack. The army's chief, Gen. Omar Diarra, visited "
     "the base on Monday.", "Gen. Omar Diarra", "Malian armed forces"),
    ("The Kenyan government denied the report. The government's spokesman, Isaac Mwaura, spoke "
     "on Monday.", "Isaac Mwaura", "Kenyan government"),
    # two armies named: 'the army's' does not say which
    ("The Sudanese army and the Chadian army met at the border. The army's chief, Gen. Omar "
     "Diarra, visited the base.", "Gen. Omar Diarra", None),
]


@pytest.mark.parametrize(
    ("text", "person", "body"), BARE_BODY_CASES, ids=["army", "government", "two-armies"]
)
def test_the_armys_chief_serves_the_one_army_the_text_names(text: str, person: str, body: str | None) -> None:
    s = sheet(text)
    assert affiliation_name(s, person) == body


MILITARY_STAFF_CASES = [
    ("defence-staff", "The Nigerian Army said the troops were ready. The Chief of Defence Staff, General "
     "Olufemi Adeyemi, has commended the troops.", "General Olufemi Adeyemi", "Nigerian armed forces"),
    ("army-staff", "The Pakistani army said the troops were ready. Chief of Army Staff Asim Munir visited "
     "the front.", "Asim Munir", "Pakistan Armed Forces"),
    # a chief of staff of no armed force serves no army by the word
    ("white-house", "The Pentagon said the troops were ready. White House Chief of Staff John Kelly spoke "
     "on Monday.", "Chief of Staff John Kelly", "White House"),
]


@pytest.mark.parametrize(
    ("case", "text", "person", "body"), MILITARY_STAFF_CASES, ids=[c[0] for c in MILITARY_STAFF_CASES]
)
def test_a_chief_of_an_armed_forces_staff_serves_the_one_armed_force(
    case: str, text: str, person: str, body: str
) -> None:
    assert affiliation_name(sheet(text), person) == body


# (text, the person's mention, the role expected, the body they work at or None)
ACADEMIC_CASES = [
    ("a-name-with-of-before-the-noun", "\u201cThe conflict is frozen,\u201d said Dawit Tefera, a Horn of "
     "Africa researcher at Chatham House in London.", "Dawit Tefera", "Horn of Africa researcher",
     "Chatham House"),
    ("criminologist", "\u201cIt is over,\u201d said Sara Lindholm, a criminologist at Stockholm University.",
     "Sara Lindholm", "criminologist at Stockholm University", "Stockholm University"),
    ("a-clause-after-the-role", "Maureen Connelly, a media consultant not affiliated with either "
     "campaign, said the ads worked.", "Maureen Connelly", "media consultant", None),
    # a long apposition that runs to the sentence's end, at a body whose name the model cut at 'and'
    ("long-to-the-sentence-end", "\u201cSome cells still have weapons,\u201d said Mona Abdel Hafez, a "
     "researcher at the Al-Ahram Center for Political and Strategic Studies in Cairo.", "Mona Abdel Hafez",
     "researcher at the Al-Ahram Center for Political and Strategic Studies",
     "Al-Ahram Center for Political and Strategic Studies"),
    # a one-word body the model tagged, kept for the description apposed to it
    ("a-described-one-word-body", "\u201cWomen think the war is over,\u201d said Ndeye Fatou Badji, a "
     "coordinator with Usoforal, a women's peace group based in Ziguinchor.", "Ndeye Fatou Badji",
     "coordinator with Usoforal", "Usoforal"),
]


@pytest.mark.parametrize(
    ("case", "text", "person", "role", "body"), ACADEMIC_CASES, ids=[c[0] for c in ACADEMIC_CASES]
)
def test_a_scholars_apposition_gives_the_role_and_the_body(
    case: str, text: str, person: str, role: str, body: str | None
) -> None:
    s = sheet(text)
    assert role in actor_of(s, person).roles
    assert affiliation_name(s, person) == body


def test_a_list_of_titled_people_to_the_sentence_end_is_no_apposition() -> None:
    s = sheet("Talks\n\nThe envoy met with Prime Minister Haider al-Abadi, Speaker of the Council of "
              "Representatives Salim al-Jabouri and Foreign Minister Ibrahim al-Jaafari.")
    assert not any("Jaafari" in role for role in actor_named(s, "Haider al-Abadi").roles)
    assert not any("Jaafari" in m.text for m in actor_named(s, "Haider al-Abadi").mentions)


def test_a_possessive_ends_a_role_phrase_whole() -> None:
    s = sheet("An ex-wife of Stewart's, Sue Griffin, told the court he had threatened her.")
    assert "ex-wife of Stewart's" in actor_of(s, "Sue Griffin").roles


# (text, the person's mention, the body the apposition names, which no model tag found)
WORKPLACE_CASES = [
    ("hospital", "Dr. Fadumo Ali Osman, director of Madina Hospital, said the hospital had received 46 "
     "wounded.", "Dr. Fadumo Ali Osman", "Madina Hospital"),
    ("a-small-letter-head", "Abdikadir Warsame, head of the Aamin Ambulance service, said his teams had "
     "carried 30 wounded.", "Abdikadir Warsame", "Aamin Ambulance service"),
    ("a-first-word-head", "\u201cThe emergency has become the policy,\u201d said Isabel Painemal, an "
     "anthropologist at the Universidad de La Frontera in Temuco.", "Isabel Painemal",
     "Universidad de La Frontera"),
]


@pytest.mark.parametrize(
    ("case", "text", "person", "body"), WORKPLACE_CASES, ids=[c[0] for c in WORKPLACE_CASES]
)
def test_a_workplace_named_in_the_apposition_is_a_body_and_the_affiliation(
    case: str, text: str, person: str, body: str
) -> None:
    s = sheet(text)
    assert actor_of(s, body).kind == "organization"
    assert affiliation_name(s, person) == body


@pytest.mark.parametrize(
    "text",
    ["Serhiy Bondarenko, governor of Kharkiv Region, said the strike hit a school.",
     "John Smith, a professor of Political Science, said the vote was close."],
    ids=["a-place", "a-subject"],
)
def test_a_place_or_a_subject_in_the_apposition_is_no_workplace(text: str) -> None:
    s = sheet(text)
    assert [a.kind for a in s.actors] == ["person"]


BARE_HEAD_CASES = [
    # (text, the person's mention, the body the bare head word stands for, or None)
    ("Russia's Investigative Committee opened a case. \"They prepared,\" Svetlana Orlova, a spokeswoman "
     "for the committee, told Tass.", "Svetlana Orlova", "Russian Investigative Committee"),
    ("The State Administration Council extended the deal. Major General Kyaw Thet Lwin, a spokesman for "
     "the council, told MRTV that the army had won.", "Major General Kyaw Thet Lwin",
     "State Administration Council"),
    # two councils named: 'the council' does not say which
    ("The State Administration Council and the Kachin Independence Council met. Kyaw Thet Lwin, a "
     "spokesman for the council, told MRTV that talks went well.", "Kyaw Thet Lwin", None),
]


@pytest.mark.parametrize(
    ("text", "person", "body"), BARE_HEAD_CASES, ids=["committee", "council", "two-councils"]
)
def test_a_role_for_the_bare_head_serves_the_one_body_it_ends(
    text: str, person: str, body: str | None
) -> None:
    assert affiliation_name(sheet(text), person) == body


def test_an_unnamed_government_official_serves_no_government_by_the_word() -> None:
    s = sheet(
        "The Cypriot government says the ship breached a UN ban. A government official from a country "
        'in the region told the AP that the delegation "was instructed to reach secret agreements."'
    )
    unnamed = [a for a in s.actors if a.id.startswith("actor-anon-")]
    assert unnamed and all(a.affiliation is None for a in unnamed)
