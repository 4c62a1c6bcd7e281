"""Titles, appositions and relative clauses give a named person a role and an affiliation;
a later title alone is a mention of its one holder (needs the model)."""

from __future__ import annotations

from itertools import pairwise

import pytest
from actor_lookup import actor_named, actor_of, affiliation_name, sheet

pytestmark = pytest.mark.model


# text, a mention of the person, expected role, expected affiliation (actor name)
ROLE_CASES = [
    # 'Commissioner of Police' serves the one police force named: the words before 'of' are the
    # title's, no owner the force's name must hold
    ("title-of-police", "The Kingdom Police Service (KPS) arrested 64 people. National Commissioner of "
     "Police Tom Dube said the KPS would act.", "Commissioner of Police Tom Dube",
     "National Commissioner of Police", "Kingdom Police Service"),
    # a state completing a title before the name; a state's name of several words before the
    # title or role noun is that state's, not the state its last word names alone
    ("state-completing-a-title", "President of Kenya William Ruto said the talks would go on.",
     "William Ruto", "President of Kenya", "Kenya"),
    ("named-state-completing-a-title", "Iraq voted. President of Iraq Barham Salih said the vote was fair.",
     "Barham Salih", "President of Iraq", "Iraq"),
    ("two-word-state-before-a-title", "South Sudan President Salva Kiir met the envoy on Monday.",
     "President Salva Kiir", "President", "South Sudan"),
    ("three-word-state-before-a-title", "Papua New Guinea Prime Minister James Marape spoke on Monday.",
     "Prime Minister James Marape", "Prime Minister", "Papua New Guinea"),
    ("two-word-demonym-before-a-role-noun", "North Korean leader Kim Jong Un spoke on Monday.",
     "Kim Jong Un", "North Korean leader", "North Korea"),
    (
        # two offices joined by 'and'; the body's short form before the first is the owner
        "two-offices-joined",
        "The National Maritime Council (NMC) met on Monday. “We will not be intimidated,” said NMC "
        "Spokesperson and Assistant Director-General Alonzo Villareal.",
        "Spokesperson and Assistant Director-General Alonzo Villareal",
        "Spokesperson and Assistant Director-General",
        "National Maritime Council",
    ),
    (
        "small-letter-office-before-a-body",
        "Frank Leone, an administrator at the Flint Hills Christian School, said the road was dangerous.",
        "Frank Leone",
        "administrator at the Flint Hills Christian School",
        "Flint Hills Christian School",
    ),
    (
        "local-office",
        "County Clerk Mary Jones said all ballots were counted.",
        "Clerk Mary Jones",
        "County Clerk",
        None,
    ),
    (
        "local-office-with-prefix",
        "Acting City Planner Sue Guio said the plan was ready.",
        "Planner Sue Guio",
        "Acting City Planner",
        None,
    ),
    (
        "two-offices-with-a-slash",
        "Statement by the High Representative/Vice-President Ana Lopez on the talks.",
        "High Representative/Vice-President Ana Lopez",
        "High Representative/Vice-President",
        None,
    ),
    (
        "hyphenated-title-with-body",
        "UN Secretary-General Ban Ki-moon said the talks would resume next week.",
        "Secretary-General Ban Ki-moon",
        "Secretary-General",
        "United Nations",
    ),
    (
        "hyphen-prefix",
        "Vice-President Mike Pence met troops at the base.",
        "Vice-President Mike Pence",
        "Vice-President",
        None,
    ),
    (
        "deputy-prime-minister",
        "Deputy Prime Minister Ali Hassan visited the camp on Monday.",
        "Deputy Prime Minister Ali Hassan",
        "Deputy Prime Minister",
        None,
    ),
    (
        "state-before-title",
        "Russian Deputy Foreign Minister Sergei Ryabkov spoke to reporters.",
        "Deputy Foreign Minister Sergei Ryabkov",
        "Deputy Foreign Minister",
        "Russia",
    ),
    (
        "acting-prefix",
        "Acting Defense Secretary Patrick Shanahan visited the troops.",
        "Acting Defense Secretary Patrick Shanahan",
        "Acting Defense Secretary",
        None,
    ),
    (
        "title-with-joiner",
        "Chief of Staff John Kelly declined to comment.",
        "Chief of Staff John Kelly",
        "Chief of Staff",
        None,
    ),
    (
        "abbreviated-military",
        "Lt. Gen. Paul LaCamera said the coalition would continue its work.",
        "Lt. Gen. Paul LaCamera",
        "Lt. Gen.",
        None,
    ),
    (
        "apposition-a-spokesman-for",
        "Mustafa Bali, a spokesman for the SDF, said the fighting was over.",
        "Mustafa Bali",
        "spokesman for the SDF",
        "Syrian Democratic Forces",
    ),
    (
        "apposition-the-body-spokesman",
        "Kino Gabriel, the SDF spokesman, said the battle was near its end.",
        "Kino Gabriel",
        "SDF spokesman",
        "Syrian Democratic Forces",
    ),
    (
        "possessive-state-before-title",
        "Britain's Foreign Secretary Boris Johnson arrived at the airport.",
        "Foreign Secretary Boris Johnson",
        "Foreign Secretary",
        "United Kingdom",
    ),
    (
        "lower-case-role-noun-after-body",
        "SDF commander Mazloum Abdi said the battle was over.",
        "Mazloum Abdi",
        "SDF commander",
        "Syrian Democratic Forces",
    ),
    (
        "lower-case-role-noun-after-demonym",
        "Iraqi official Ali Hassan said the bridge would reopen.",
        "Ali Hassan",
        "Iraqi official",
        "Iraq",
    ),
    (
        "age-before-apposition",
        "Ali Hassan, 45, a commander in the Hamza Division, said the town was calm.",
        "Ali Hassan",
        "commander in the Hamza Division",
        "Hamza Division",
    ),
    (
        "demonym-opens-apposition",
        "Ali Hassan, Iraqi ambassador to the United Nations, said the talks failed.",
        "Ali Hassan",
        "Iraqi ambassador to the United Nations",
        "Iraq",
    ),
    (
        "apposition-ended-by-the-verb",
        "Col. John Thomas, Central Command spokesman will moderate the call.",
        "Col. John Thomas",
        "Central Command spokesman",
        None,
    ),
    (
        "possessor-is-the-affiliation",
        "The SDF's commander, Mazloum Abdi, said the battle was over.",
        "Mazloum Abdi",
        "commander",
        "Syrian Democratic Forces",
    ),
    (
        "possessive-state-apposition",
        "Ali Hassan, Iraq's ambassador to the UN, said the talks failed.",
        "Ali Hassan",
        "ambassador to the UN",
        "Iraq",
    ),
    (
        "bracketed-acronym-inside-apposition",
        "Mustafa Bali, head of the Syrian Democratic Forces (SDF) media office, wrote on Twitter.",
        "Mustafa Bali",
        "head of the Syrian Democratic Forces (SDF) media office",
        "Syrian Democratic Forces",
    ),
    (
        "hyphened-participle-inside-apposition",
        "Ali Hassan, co-chair of foreign relations in the Kurdish-led administration, said the camps"
        " were full.",
        "Ali Hassan",
        "co-chair of foreign relations in the Kurdish-led administration",  # a body, no place
        None,
    ),
    (
        "apposition-with-a-speaker-noun",
        "“The strikes hit a hospital and a school,” Hassan, a local doctor, said.",
        "Hassan",
        "local doctor",
        None,
    ),
    (
        "local-office-title",
        "State Treasurer Jane Smith said the fund was solvent.",
        "State Treasurer Jane Smith",
        "State Treasurer",
        None,
    ),
    (
        "county-sheriff",
        "Sheriff John Doe said two deputies were hurt.",
        "Sheriff John Doe",
        "Sheriff",
        None,
    ),
    (
        "relative-heads",
        "Mustafa Bali, who heads the SDF press office, said the fighting was over.",
        "Mustafa Bali",
        "head of SDF press office",
        "Syrian Democratic Forces",
    ),
    (
        "relative-heads-a-based-body",
        "Rami Abdulrahman, who heads the UK-based Syrian Observatory for Human Rights, said 14 died.",
        "Rami Abdulrahman",
        "head of UK-based Syrian Observatory for Human Rights",
        "Syrian Observatory for Human Rights",
    ),
    (
        "two-word-demonym-before-the-title",
        "South Korean Foreign Minister Cho Hyun said the talks had failed.",
        "Foreign Minister Cho Hyun",
        "Foreign Minister",
        "South Korea",
    ),
    (
        "two-word-demonym-in-the-apposition",
        "Daniel Okoro, the Sierra Leonean defence minister, said the talks had failed.",
        "Daniel Okoro",
        "Sierra Leonean defence minister",
        "Sierra Leone",
    ),
    (
        "relative-heads-the-ruling-body",
        "General Abdourahamane Tiani, who heads the ruling National Council for the Safeguard of the "
        "Homeland (CNSP), declared three days of mourning.",
        "General Abdourahamane Tiani",
        "head of ruling National Council for the Safeguard of the Homeland",
        "National Council for the Safeguard of the Homeland",
    ),
    (
        "a-state-names-the-desk-of-a-possessor-body",
        "Human Rights Watch's Syria researcher Sara Kayyali said the camp was full.",
        "Sara Kayyali",
        "Human Rights Watch's Syria researcher",
        "Human Rights Watch",
    ),
    (
        "a-state-names-the-branch-of-a-body",
        "Amnesty International Nigeria's director Osai Ojigho said the army failed.",
        "Osai Ojigho",
        "Amnesty International Nigeria's director",
        "Amnesty International",
    ),
    (
        "rapporteur-apposition",
        "Tom Andrews, the UN special rapporteur on human rights, said the strikes were war crimes.",
        "Tom Andrews",
        "UN special rapporteur on human rights",
        "United Nations",
    ),
    (
        "copula-role-then-and-serves",
        "Abu Bakr al-Tamimi is the official spokesman for the Islamic State of Iraq and the Levant and "
        "serves as the group's chief of external operations.",
        "Abu Bakr al-Tamimi",
        "official spokesman for the Islamic State of Iraq and the Levant",
        "Islamic State",
    ),
    (
        # a Wikipedia opening's long bracket between the name and its copula
        "copula-after-a-long-bracket",
        "Ali Hassan (born 3 March 1960 in Mosul, Iraq; died 2 May 2015) was a Syrian politician who "
        "served as Minister of Defence.",
        "Ali Hassan",
        "Minister of Defence",
        None,
    ),
    (
        # a place's name before a title goes whole when the service word ends it
        "place-name-before-a-title",
        "Kurdistan Region President Nechirvan Barzani called the attack a terrorist act.",
        "President Nechirvan Barzani",
        "Kurdistan Region President",
        None,
    ),
    (
        "relative-commands",
        "Ali Rahim, who commands the border brigade, said the town was calm.",
        "Ali Rahim",
        "commander of border brigade",
        None,
    ),
    (
        "body-opens-an-office-apposition",
        "The UN Special Envoy for Yemen, John Roberts, said the talks would resume.",
        "John Roberts",
        "Special Envoy for Yemen",
        "United Nations",
    ),
    (
        "demonym-opens-an-office-apposition",
        "The Iraqi Foreign Minister, Ali Hassan, said Iraq would reopen the border.",
        "Ali Hassan",
        "Foreign Minister",
        "Iraq",
    ),
    (
        "demonym-of-a-state-the-text-does-not-name-stays-in-the-role",
        "The Iraqi Foreign Minister, Ali Hassan, met the delegation on Sunday.",
        "Ali Hassan",
        "Iraqi Foreign Minister",
        None,
    ),
    (
        "words-between-body-and-role-noun",
        "BBC Middle East editor Tom Harris reported from the capital.",
        "Tom Harris",
        "BBC Middle East editor",
        "BBC",
    ),
    (
        "adjectives-between-body-and-role-noun",
        "Reuters senior correspondent Anna Clarke said the road was closed.",
        "Anna Clarke",
        "Reuters senior correspondent",
        "Reuters",
    ),
    (
        "state-completes-the-office",
        "Ali Hassan is the President of Iraq. He spoke on Monday.",
        "Ali Hassan",
        "President of Iraq",
        "Iraq",
    ),
    (
        "state-after-a-portfolio",
        "Ali Hassan, the former Minister of Defence of Iraq, was arrested.",
        "Ali Hassan",
        "former Minister of Defence of Iraq",
        "Iraq",
    ),
    (
        "region-possessive-opens-the-apposition",
        "Puntland accused Mogadishu of neglect. Puntland's president, Said Abdullahi Deni, spoke.",
        "Said Abdullahi Deni",
        "president",
        "Puntland",
    ),
    (
        "state-possessive-opens-the-apposition",
        "Ivan Petrov, Russia's foreign minister, said Moscow would veto the resolution.",
        "Ivan Petrov",
        "foreign minister",
        "Russia",
    ),
    (
        "portfolio-between-title-and-name",
        "Minister for Foreign Affairs Jane Parker announced $20 million in aid.",
        "Jane Parker",
        "Minister for Foreign Affairs",
        None,
    ),
    (
        "bracketed-acronym-before-role-noun",
        "Syrian Democratic Forces (SDF) spokesman Ali Hassan said the village was retaken.",
        "Ali Hassan",
        "Syrian Democratic Forces (SDF) spokesman",
        "Syrian Democratic Forces",
    ),
    (
        "demonym-before-a-state-body",
        "Tom Miller, head of the British delegation, said the talks had been productive.",
        "Tom Miller",
        "head of the British delegation",
        "UK government",  # the delegation is the state's government's, an actor of its own
    ),
    (
        "state-possessive-with-a-time-after-the-role",
        "Ivan Petrov, Russia's foreign minister at the time, rejected the claim.",
        "Ivan Petrov",
        "foreign minister",
        "Russia",
    ),
    (
        "its-the-one-body-named-before",
        "The Free Syrian Army attacked the positions near the town. Its commander, Ahmed Saleh, said the"
        " battle would last weeks.",
        "Ahmed Saleh",
        "commander",
        "Free Syrian Army",
    ),
    (
        "speaker-of-a-parliament",
        "Ali Hassan, the Speaker of the Iraqi parliament, called for calm.",
        "Ali Hassan",
        "Speaker of the Iraqi parliament",
        None,
    ),
    (
        "encyclopedia-lede-first-role",
        "Ali Hassan (born 1950) is a Syrian politician who served as Minister of Transport from 2006.",
        "Ali Hassan",
        "Syrian politician",
        "Syria",
    ),
    (
        "encyclopedia-lede-second-role",
        "Ali Hassan (born 1950) is a Syrian politician who served as Minister of Transport from 2006.",
        "Ali Hassan",
        "Minister of Transport",
        "Syria",
    ),
    (
        "copula-before-a-title-without-article",
        "Ali Hassan was Prime Minister of Iraq from 2014 to 2018.",
        "Ali Hassan",
        "Prime Minister of Iraq",
        "Iraq",
    ),
    (
        "agent-in-charge",
        "Gregory Jones, special agent in charge of the FBI's Atlanta office, said the search continued.",
        "Gregory Jones",
        "special agent in charge of the FBI's Atlanta office",
        "FBI",
    ),
    (
        "role-noun-before-a-destination-and-the-name",
        "Former US ambassador to Syria Robert Ford said the policy had failed.",
        "Robert Ford",
        "US ambassador to Syria",
        "United States",
    ),
    (
        "role-in-brackets-after-the-name",
        "Peter Wallace (head of the EU delegation to Lebanon) met the ministers in Beirut.",
        "Peter Wallace",
        "head of the EU delegation to Lebanon",
        "European Union",
    ),
    (
        "hyphened-role-noun-in-an-apposition",
        "Talks\n\nThe UN's humanitarian co-ordinator for Syria, Panos Moumtzis, said he was worried.",
        "Panos Moumtzis",
        "humanitarian co-ordinator for Syria",
        "United Nations",
    ),
    (
        "role-noun-before-a-rank",
        "Talks\n\nThe town fell, Syrian army spokesman Brig. Gen. Ali Mayhoub told reporters.",
        "Brig. Gen. Ali Mayhoub",
        "Syrian army spokesman",
        "Syrian Arab Army",
    ),
    (
        "bare-role-noun-before-a-rank",
        "Talks\n\nThe ministry denied it, spokesman Maj Gen Igor Konashenkov told reporters.",
        "Maj Gen Igor Konashenkov",
        "spokesman",
        None,
    ),
    (
        "counterpart-met-in-an-apposition",
        "Talks\n\nHulusi Akar spoke to his Russian counterpart, Sergei Shoigu, on Tuesday.",
        "Sergei Shoigu",
        "his Russian counterpart",
        "Russia",
    ),
    (
        "office-met-in-an-apposition",
        "Talks\n\nPutin held talks with the Iraqi prime minister, Haider al-Abadi, in Moscow.",
        "Haider al-Abadi",
        "Iraqi prime minister",
        "Iraq",
    ),
    (
        "counterpart-after-the-name",
        "Talks\n\nLavrov met Mohammad Javad Zarif, his Iranian counterpart, in Moscow.",
        "Mohammad Javad Zarif",
        "his Iranian counterpart",
        "Iran",
    ),
    (
        "long-role-after-a-possessive",
        "Talks\n\nAmnesty International: Donatella Rovera, the group's senior crisis response adviser, said.",
        "Donatella Rovera",
        "senior crisis response adviser",
        "Amnesty International",
    ),
    (
        "role-after-nor",
        "Talks\n\nNeither the police nor Farrin's attorney, Tony Soltani, would say what the link was.",
        "Tony Soltani",
        "Farrin's attorney",
        None,
    ),
    (
        "apposition-before-a-participle",
        "Talks\n\nAbu Ahmad, a camp resident reached by phone, said many families could not pay.",
        "Abu Ahmad",
        "camp resident",
        None,
    ),
    (
        "apposition-before-a-participle-of-work",
        "Talks\n\nJane Smith, a doctor working for Doctors Without Borders, said many were sick.",
        "Jane Smith",
        "doctor",
        "Doctors Without Borders",
    ),
    (
        "copula-role-before-a-participle",
        "Talks\n\nThe tide has turned. Gwynne Dyer is an independent journalist based in London, England.",
        "Gwynne Dyer",
        "independent journalist",
        None,
    ),
    (
        "apposition-then-a-description-of-its-body",
        'Talks\n\n"Tanzania is growing," said Jalal Ebrahim, president of Safaricentre International, a tour '
        "operator in Manhattan Beach, Calif.",
        "Jalal Ebrahim",
        "president of Safaricentre International",
        None,
    ),
    (
        "apposition-whose-office-is-named-after-it",
        "Talks\n\nFollowing are statements by Lawrence Wechsler, a lawyer for the White House secretary, "
        "Betty Currie; the White House; and others.",
        "Lawrence Wechsler",
        "lawyer for the White House secretary",
        "White House",
    ),
    (
        "office-holder-after-a-deed-noun",
        "Talks\n\nThe EU backs the work of the UN Special Envoy, Geir Pedersen, and aid agencies.",
        "Geir Pedersen",
        "Special Envoy",
        "United Nations",
    ),
    (
        "office-holder-after-what-was-done-to-him",
        "Talks\n\nThe Indigenous People of Biafra (IPOB) pressed for the release of its leader, Nnamdi "
        "Kanu, who has been in custody since 2021.",
        "Nnamdi Kanu",
        "leader",
        "Indigenous People of Biafra",
    ),
    (
        "office-holder-after-an-abstract-noun",
        "The rally followed the resignation of the party's chairman, Tom Reed.",
        "Tom Reed",
        "party's chairman",
        None,
    ),
    (
        "office-with-a-preposition-after-a-deed-noun",
        "Talks\n\nThe EU reiterates its full support to the United Nations Special Envoy for Syria, "
        "Geir Pedersen, and to aid agencies.",
        "Geir Pedersen",
        "United Nations Special Envoy for Syria",
        "United Nations",
    ),
    (
        "office-of-a-state-after-a-deed-noun",
        "Talks\n\nHe also received a phone call from the Emir of Kuwait, Sheikh Sabah al-Ahmad al-Sabah.",
        "Sheikh Sabah al-Ahmad al-Sabah",
        "Emir of Kuwait",
        "Kuwait",
    ),
    (
        "office-with-a-preposition-after-alongside",
        "Talks\n\nBurt will attend the session in New York, alongside the UK Permanent Representative "
        "to the UN, Karen Pierce.",
        "Karen Pierce",
        "UK Permanent Representative to the UN",
        "United Kingdom",
    ),
    (
        "apposition-ending-in-a-bracketed-short-form",
        "Talks\n\nSalam met the Commander of the Lebanese Armed Forces (LAF), General Jean Kahwaji.",
        "General Jean Kahwaji",
        "Commander of the Lebanese Armed Forces",
        "Lebanese Armed Forces",
    ),
    (
        "body-led-by-the-person",
        "Talks\n\nThe Syrian Observatory for Human Rights, headed by Rami Abdulrahman, said so.",
        "Rami Abdulrahman",
        "head",
        "Syrian Observatory for Human Rights",
    ),
    # the parse's agent past the words between: a body formed or led by the person
    (
        "body-formed-by-the-person",
        "Talks\n\nThe Coalition of Patriots for Change (CPC), formed in late 2020 by former president "
        "François Bozizé, has been pushed back.",
        "François Bozizé",
        "founder",
        "Coalition of Patriots for Change",
    ),
    # the active subject of a verb of founding with a group as its object
    (
        "person-founded-the-group",
        "Talks\n\nAhmed Ali founded the Hamza Division in 2013.",
        "Ahmed Ali",
        "founder",
        "Hamza Division",
    ),
    (
        "person-established-the-orchestra",
        "Talks\n\nWafa Younis established the Strings of Freedom orchestra three years ago in Jenin.",
        "Wafa Younis",
        "founder",
        "Strings of Freedom orchestra",
    ),
    (
        "group-led-by-the-person",
        "Talks\n\nThe Islamic State Somalia Province (IS-Somalia) lost ground. The group, led by Abdulqadir "
        "Mumin, has lost more.",
        "Abdulqadir Mumin",
        "leader",
        "Islamic State Somalia Province",
    ),
    (
        "hyphened-office-opening-with-a-preposition",
        "Mark Lowcock, the UN Under-Secretary-General for Humanitarian Affairs, called for calm.",
        "Mark Lowcock",
        "UN Under-Secretary-General for Humanitarian Affairs",
        "United Nations",
    ),
    (
        "neighbour-before-the-name",
        "It was late. Neighbor Linda Torres said she heard shouting.",
        "Linda Torres",
        "neighbor",
        None,
    ),
    (
        "party-tag-before-the-apposition",
        "Sen. Max Baucus, D-Mont., the chairman of the Senate Finance Committee, said the bill would pass.",
        "Sen. Max Baucus",
        "chairman of the Senate Finance Committee",
        "Senate Finance Committee",
    ),
    (
        "party-tag-in-brackets",
        "Rep. Adam Smith (D-Wash.), chairman of the House Armed Services Committee, said so.",
        "Rep. Adam Smith",
        "chairman of the House Armed Services Committee",
        "House Armed Services Committee",
    ),
    (
        "hyphened-verb-inside-the-apposition",
        "Rep. Charles Rangel, D-N.Y., chairman of the tax-writing House Ways and Means Committee, said so.",
        "Rep. Charles Rangel",
        "chairman of the tax-writing House Ways and Means Committee",
        "House Ways and Means Committee",
    ),
    # a body whose name is its head's office, right before the name: the title, and the body
    (
        "body-named-by-its-office",
        "Camps\n\nUN High Commissioner for Refugees Filippo Grandi said the camps were full.",
        "Filippo Grandi",
        "UN High Commissioner for Refugees",
        "UNHCR",
    ),
    # a portfolio's plural is no plural title ('Rights' is no plural of 'Right', as in 'Rt Hon')
    (
        "plural-word-in-a-portfolio",
        "Detentions\n\nUN High Commissioner for Human Rights Volker Türk said detentions rose.",
        "Volker Türk",
        "High Commissioner for Human Rights",
        "United Nations",
    ),
    # a portfolio with an 'of' of its own, before a name the model runs into the body's name
    ("of-inside-the-portfolio", "In Baghdad, he met Speaker of the Council of Representatives Salim "
     "al-Jabouri.", "Salim al-Jabouri", "Speaker of the Council of Representatives", None),
    # a sponsor hyphened to the body describes it: the spokesman is the body's, not the sponsor's
    ("sponsor-before-the-body", "Talks\n\nMustafa Bali, spokesman for the US-backed Syrian Democratic "
     "Forces (SDF), said fighters were still resisting.", "Mustafa Bali",
     "spokesman for the US-backed Syrian Democratic Forces (SDF)", "Syrian Democratic Forces"),
    # 'Minister of State for ...': the title's own 'of', then the portfolio after 'for'
    ("minister-of-state-for", "Talks\n\nMinister of State for the Middle East Alistair Burt agreed.",
     "Alistair Burt", "Minister of State for the Middle East", None),
]


@pytest.mark.parametrize(
    ("text", "mention", "role", "affiliation"), [c[1:] for c in ROLE_CASES], ids=[c[0] for c in ROLE_CASES]
)
def test_role_and_affiliation(text: str, mention: str, role: str, affiliation: str | None) -> None:
    s = sheet(text)
    assert role in actor_of(s, mention).roles
    if affiliation is not None:
        assert affiliation_name(s, mention) == affiliation


def test_a_deed_a_person_launched_founds_no_body() -> None:
    s = sheet("Talks\n\nAhmed Ali launched an attack on the Hamza Division in 2013.")
    assert actor_of(s, "Ahmed Ali").roles == []
    assert affiliation_name(s, "Ahmed Ali") is None


def test_a_state_body_after_a_two_word_state_name_is_that_states() -> None:
    s = sheet("The South Sudan army shelled the town on Monday.")
    assert actor_of(s, "The South Sudan army").name == "South Sudanese armed forces"


def test_a_possessor_office_is_another_person() -> None:
    s = sheet("Ali Hassan, the Iraqi Prime Minister's spokesman, said the town was calm.")
    assert actor_of(s, "the Iraqi Prime Minister").id != actor_of(s, "Ali Hassan").id
    assert actor_of(s, "Ali Hassan").roles == ["Iraqi Prime Minister's spokesman"]


def test_a_described_person_speaks_not_the_description() -> None:
    s = sheet("“The strikes hit a hospital and a school,” Ali Hassan, a local doctor, said.")
    assert [a.name for a in s.actors] == ["Ali Hassan"]
    assert s.quotes[0].speaker == actor_of(s, "Ali Hassan").id


def test_a_title_is_no_part_of_an_alias() -> None:
    s = sheet("Lt. Col. Sean Robertson, a spokesman for the coalition, said the strike killed two fighters.")
    assert all(not alias.startswith("Lt.") for alias in actor_of(s, "Lt. Col. Sean Robertson").aliases)


def test_a_group_the_text_names_beats_an_unnamed_registry_affiliation() -> None:
    s = sheet(
        "Jabhat Fateh al-Sham fighters denied the claim on Monday. Abu Mohammad al-Julani, the"
        " group's leader, appeared in a video."
    )
    assert affiliation_name(s, "Abu Mohammad al-Julani") == actor_of(s, "the group").name


# text, a mention of the person, the affiliation it must not get (None: no role at all)
def test_a_portfolio_the_model_runs_into_the_name_is_a_place_and_a_minister() -> None:
    s = sheet("Talks\n\nMinister for the Middle East Alistair Burt said the regime must stop.")
    assert actor_of(s, "Alistair Burt").roles == ["Minister for the Middle East"]
    assert [m.text for p in s.places for m in p.mentions] == ["Middle East"]


def test_a_name_with_a_particle_after_a_portfolio_is_the_holder() -> None:
    s = sheet("Talks\n\nThe group met, and Special Envoy for Syria Staffan de Mistura will brief them.")
    assert actor_of(s, "Staffan de Mistura").roles == ["Special Envoy for Syria"]


# 'Minister of <portfolio> <name>': the portfolio after 'of' is the office's, the name after
# it the holder's, whether the model ran the portfolio into the name or missed the name
PORTFOLIO_OF_CASES = [
    ("model-runs-portfolio-into-name", "Talks\n\nMinister of Labour Tom Hale visited the site on Monday.",
     "Tom Hale", "Minister of Labour"),
    ("model-misses-the-name", "Talks\n\nDeputy Minister of Health Ana Ruiz said the clinic was shut.",
     "Ana Ruiz", "Deputy Minister of Health"),
    # a name of three words: the given name is no word of the portfolio
    ("three-word-name-missed", "Talks\n\nCommissioner of Police Jaskaran Singh Aulakh said three "
     "suspects had been arrested.", "Jaskaran Singh Aulakh", "Commissioner of Police"),
    ("model-cuts-the-given-name", "Talks\n\nDirector General of Police Arvind Kumar Bhalla said the force "
     "was ready.", "Arvind Kumar Bhalla", "Director General of Police"),
    ("inspector-general-of", "Talks\n\nInspector General of Police Ibrahim Idris said the force was "
     "ready.", "Ibrahim Idris", "Inspector General of Police"),
    # guards: a portfolio's own word before the name stays the portfolio's
    ("portfolio-word-before-the-name", "Talks\n\nMinister of Foreign Affairs Ahmed Aboul Gheit said the "
     "talks failed.", "Ahmed Aboul Gheit", "Minister of Foreign Affairs"),
]


# 'Ambassador to <place> <name>': the place after 'to' is the office's; a title after 'to'
# opens the next person's title ('Adviser to | President X')
# text, name, role, affiliation (actor name or None)
PORTFOLIO_TO_CASES = [
    ("ambassador-to-a-state", "Talks\n\nUS Ambassador to Syria Robert Ford said the talks failed.",
     "Robert Ford", "Ambassador to Syria", "United States"),
    ("demonym-before-ambassador-to", "Talks\n\nThe envoy met British Ambassador to Iraq Frank Baker "
     "on Monday.", "Frank Baker", "Ambassador to Iraq", "United Kingdom"),
    ("envoy-to-with-no-owner", "Talks\n\nSpecial Envoy to Yemen Martin Griffiths said the talks "
     "failed.", "Martin Griffiths", "Special Envoy to Yemen", None),
    # the model reads 'the United States Lukman Faily' as one organisation
    ("model-runs-the-state-into-the-name", "Talks\n\nThe minister was accompanied by Iraqi Ambassador "
     "to the United States Lukman Faily and senior officials.", "Lukman Faily",
     "Ambassador to the United States", "Iraq"),
    # guard: the title after 'to' is the named person's own
    ("title-after-to-is-the-holders", "Talks\n\nHe wrote to Adviser to President Ana Ruiz on Monday.",
     "Ana Ruiz", "President", None),
]


@pytest.mark.parametrize(("text", "name", "role", "body"), [c[1:] for c in PORTFOLIO_TO_CASES],
                         ids=[c[0] for c in PORTFOLIO_TO_CASES])
def test_a_name_after_a_portfolio_to_is_the_holder(text: str, name: str, role: str, body: str | None) -> None:
    s = sheet(text)
    person = actor_named(s, name)
    assert person is not None and person.roles == [role]
    assert next((a.name for a in s.actors if a.id == person.affiliation), None) == body


@pytest.mark.parametrize(("text", "name", "role"), [c[1:] for c in PORTFOLIO_OF_CASES],
                         ids=[c[0] for c in PORTFOLIO_OF_CASES])
def test_a_name_after_a_portfolio_of_is_the_holder(text: str, name: str, role: str) -> None:
    s = sheet(text)
    assert [(a.name, a.roles) for a in s.actors if a.kind == "person"] == [(name, [role])]


def test_a_portfolio_of_with_no_name_after_it_names_no_one() -> None:
    s = sheet(
        "Talks\n\nThe depot won the 2009 Secretary of Defense Employer Support Freedom Award. "
        "The Ambassador of the Kingdom of Thailand said the talks would go on."
    )
    assert not any(a.kind == "person" and "Award" in a.name for a in s.actors)
    assert "Thailand" in {m.text for a in s.actors if a.kind == "state" for m in a.mentions}


def test_a_portfolio_of_two_places_holds_no_name() -> None:
    s = sheet("Talks\n\nThe Minister for the Middle East and North Africa said the talks would go on.")
    assert not any(m.text == "North Africa" for a in s.actors for m in a.mentions)
    assert "Middle East" in {m.text for p in s.places for m in p.mentions}


def test_a_deed_led_by_a_person_gives_no_role() -> None:
    s = sheet("Talks\n\nAn attack led by John Smith failed near the base.")
    assert actor_of(s, "John Smith").roles == []


def test_a_deed_launched_by_a_person_gives_no_role() -> None:
    s = sheet("Talks\n\nThe attack was launched by Ahmed Ali, police said.")
    assert actor_of(s, "Ahmed Ali").roles == []


def test_a_phrase_with_a_place_after_the_role_is_no_apposition() -> None:
    s = sheet("Talks\n\nHe was sitting with his mother in the car, Jane Smith said.")
    assert actor_of(s, "Jane Smith").roles == []


NO_ROLE_CASES = [
    (
        "bank-of-a-country",
        "Tom Reed, the head of the Bank of England, said rates would rise.",
        "United Kingdom",
    ),
    (
        "history-of-a-people",
        "Tom Reed, a professor of Russian history, said the archive was closed.",
        "Russia",
    ),
]


@pytest.mark.parametrize(("text", "wrong"), [c[1:] for c in NO_ROLE_CASES], ids=[c[0] for c in NO_ROLE_CASES])
def test_a_state_in_a_description_is_no_affiliation(text: str, wrong: str) -> None:
    assert affiliation_name(sheet(text), "Tom Reed") != wrong


def test_a_portfolio_title_is_no_role_of_a_name_after_a_clause() -> None:
    s = sheet("Ali Rahim, president of the National Assembly and Castro's adviser, spoke on Monday.")
    assert all(not r.startswith("of ") for a in s.actors for r in a.roles)


# text, each name with its office and affiliation (None: none)
SHARED_OFFICE_CASES = [
    (
        "two-states-in-order",
        "The foreign ministers of France and Germany, Jean-Yves Le Drian and Heiko Maas, issued a joint"
        " statement.",
        [("Jean-Yves Le Drian", "foreign minister", "France"), ("Heiko Maas", "foreign minister", "Germany")],
    ),
    (
        "number-before-the-office",
        "Two senior commanders, Ali Hassan and Omar Saleh, were killed in the strike.",
        [("Ali Hassan", "senior commander", None), ("Omar Saleh", "senior commander", None)],
    ),
    # a plural title right before two names: each holds it as one holder's title
    (
        "plural-title-before-two-names",
        "Senators John McCain and Lindsey Graham visited Kobani on Monday.",
        [("John McCain", "Senator", None), ("Lindsey Graham", "Senator", None)],
    ),
    # two states before it: which is whose is not said
    (
        "plural-title-after-two-states",
        "The Russian and Turkish Foreign Ministers Sergei Lavrov and Mevlut Cavusoglu spoke in Sochi.",
        [("Sergei Lavrov", "Foreign Minister", None), ("Mevlut Cavusoglu", "Foreign Minister", None)],
    ),
    # a plural description after two names, each with an age: each one's, in the singular
    (
        "plural-apposition-after-two-names-with-ages",
        "Farmers killed\n\nJuan Carlos Mejía Cruz, 47, and Santos Efraín Reyes, 39, members of the board of "
        "the Nueva Vida cooperative, were intercepted on Tuesday.",
        [
            ("Juan Carlos Mejía Cruz", "member of the board of the Nueva Vida cooperative", None),
            ("Santos Efraín Reyes", "member of the board of the Nueva Vida cooperative", None),
        ],
    ),
    # 'both' says it holds for each; the body named in it is their affiliation
    (
        "plural-apposition-with-both",
        "Lawyers protest\n\nAhmed Hassan and Omar Khalid, both senior members of the Honduran Bar "
        "Association, said it was a crime.",
        [
            ("Ahmed Hassan", "senior member of the Honduran Bar Association", "Honduran Bar Association"),
            ("Omar Khalid", "senior member of the Honduran Bar Association", "Honduran Bar Association"),
        ],
    ),
    # a number counts the people, no word of the role; the body's bracketed acronym is in it
    (
        "plural-apposition-with-a-number-and-an-acronym",
        "Guinea\n\nThe Commission is concerned over the fate of Ali Hassan and Omar Saleh, two leaders of "
        "the National Front for the Defence of the Constitution (FNDC), who were abducted.",
        [
            (
                "Ali Hassan",
                "leader of the National Front for the Defence of the Constitution (FNDC)",
                "National Front for the Defence of the Constitution",
            ),
            (
                "Omar Saleh",
                "leader of the National Front for the Defence of the Constitution (FNDC)",
                "National Front for the Defence of the Constitution",
            ),
        ],
    ),
]


# an office before 'and' and a role noun right before the name: both the person's, whose
# the state before the office says
JOINED_OFFICE_CASES = [
    (
        "office-and-role-noun",
        "Attack\n\nSix soldiers were killed, Communication Minister and government spokesman Abdourahman "
        "Youssouf Houmed said.",
        "Abdourahman Youssouf Houmed",
        {"Communication Minister", "government spokesman"},
        None,
    ),
    (
        "state-before-the-office",
        "Talks\n\nEgyptian Foreign Minister and party leader Sameh Shoukry spoke on Monday.",
        "Sameh Shoukry",
        {"Foreign Minister", "party leader"},
        "Egypt",
    ),
]


@pytest.mark.parametrize(
    ("text", "name", "roles", "state"),
    [c[1:] for c in JOINED_OFFICE_CASES],
    ids=[c[0] for c in JOINED_OFFICE_CASES],
)
def test_an_office_joined_before_a_role_noun_is_a_second_role(
    text: str, name: str, roles: set[str], state: str | None
) -> None:
    s = sheet(text)
    person = actor_of(s, name)
    assert set(person.roles) == roles
    assert affiliation_name(s, person.mentions[0].text) == state


def test_a_second_person_after_and_holds_no_office_of_the_first() -> None:
    s = sheet("Talks\n\nHe met Foreign Minister Ali Musa and senior official John Smith on Monday.")
    assert actor_of(s, "John Smith").roles == ["senior official"]


# a plural noun after two names that no comma closes: who says it, or unclear where it ends
PLURAL_NO_ROLE_CASES = [
    ("who-says-it", "Talks\n\nAhmed Hassan and Omar Khalid, officials said, were arrested on Monday."),
    ("no-closing-comma", "Talks\n\nAhmed Hassan and Omar Khalid, members of the council were arrested."),
    ("a-preposition-first", "Talks\n\nAhmed Hassan and Omar Khalid, with members of the council, left."),
]


@pytest.mark.parametrize(
    "text", [c[1] for c in PLURAL_NO_ROLE_CASES], ids=[c[0] for c in PLURAL_NO_ROLE_CASES]
)
def test_a_plural_noun_after_two_names_not_set_off_is_no_role(text: str) -> None:
    s = sheet(text)
    assert actor_of(s, "Ahmed Hassan").roles == actor_of(s, "Omar Khalid").roles == []


@pytest.mark.parametrize(
    ("text", "holders"), [c[1:] for c in SHARED_OFFICE_CASES], ids=[c[0] for c in SHARED_OFFICE_CASES]
)
def test_a_plural_office_before_two_names_is_each_ones(text: str, holders: list) -> None:
    s = sheet(text)
    for name, role, affiliation in holders:
        actor = actor_named(s, name) or actor_of(s, name)  # a mention may hold its title
        assert actor.roles == [role]
        assert affiliation_name(s, actor.mentions[-1].text) == affiliation


def test_examples_after_a_plural_office_hold_no_office() -> None:
    s = sheet("The faith teaches that leaders such as Jesus, Muhammad and Buddha were prophets.")
    assert all(a.roles == [] for a in s.actors if a.kind == "person")


def test_an_office_of_two_bodies_is_neither_names() -> None:
    s = sheet("Hamas and Fatah leaders, Ali Hassan and Omar Saleh, met in Cairo.")
    assert actor_of(s, "Ali Hassan").roles == actor_of(s, "Omar Saleh").roles == []


# text, the person, the roles it gets (none of the words before or around it)
WRONG_ROLE_CASES = [
    (
        "a-list-after-the-name",
        "Talks\n\nJuan Miguel Gonzalez, the boy's stepmother, his baby half-brother, a dozen classmates and "
        "some adults planned to apply for visas.",
        "Juan Miguel Gonzalez",
        [],
    ),
    (
        "a-list-of-names-and-descriptions",
        "Talks\n\nThe bodies of Amir and Gerard, their 21-year-old aunt and her boyfriend, "
        "Andre Jones Sr., 33, were found on March 16.",
        "Andre Jones Sr",
        [],
    ),
    (
        "a-relative-in-apposition",
        "Talks\n\nHer younger sister, Kalena Horhn of Grand Prairie, said she remembers riding a bike.",
        "Kalena Horhn",
        ["Her younger sister"],
    ),
    (
        "an-apposition-before-the-police-said",
        "Talks\n\nJohn Smith, a local farmer, the police said, was arrested on Monday.",
        "John Smith",
        ["local farmer"],
    ),
    (
        "lower-case-office-before-of",
        "Mark Lee, chief financial officer of Acme Corp., said the company had no comment.",
        "Mark Lee",
        ["chief financial officer of Acme Corp."],
    ),
    (
        "a-person-noun-before-of-keeps-the-apposition-its-own",
        "The rally followed a speech by the rival of the president, John Smith.",
        "John Smith",
        [],
    ),
    (
        "a-name-opening-the-clause-after-an-of-phrase",
        "Talks\n\nAfter the resignation of the chancellor, Hans Weber named a successor.",
        "Hans Weber",
        [],
    ),
    (
        "object-of-a-verb-before-a-speaker",
        "Officers found the mother hurt on the floor, Lt. Pat Nolan said.",
        "Lt. Pat Nolan",
        ["Lt."],
    ),
    (
        "words-other-than-a-noun-phrase-before-a-plural-office",
        "The meeting was attended by the mayor as well as three board members, Ana Diaz and Tom Reed.",
        "Tom Reed",
        [],
    ),
    (
        # 'Master' only opens titles ('Master Sgt.'): before another word it is no title
        "word-that-only-opens-a-title",
        "Master Gardener Greg Fears said the roses need water.",
        "Gardener Greg Fears",  # the model's name; the title word is what is pinned here
        [],
    ),
    (
        "honorific-after-the-title",
        "Air Chief Marshal Sir Stuart Peach visited the base on Monday.",
        "Air Chief Marshal Sir Stuart Peach",
        ["Air Chief Marshal"],
    ),
    (
        "opening-word-and-its-split-period",
        "Lt. Gen. Paul Funk said the strikes would go on.",
        "Lt. Gen. Paul Funk",
        ["Lt. Gen."],
    ),
    (
        "bracket-without-a-role",
        "Peter Wallace (pictured) met the ministers in Beirut on Monday.",
        "Peter Wallace",
        [],
    ),
    (
        "place-a-sentence-ends-with-is-no-destination",
        "The aid went to Syria. Robert Ford said the policy had failed.",
        "Robert Ford",
        [],
    ),
    (
        "deed-in-a-relative-clause",
        "Ali Rahim, who led the attack last year, said the town was calm.",
        "Ali Rahim",
        [],
    ),
    (
        # another person's office named alone before 'and', here or with 'the' elsewhere
        "an-office-named-alone-before-and",
        "The Prime Minister and President Hollande met.\nPrime Minister and President Hollande at the "
        "summit.",
        "President Hollande",
        ["President"],
    ),
    (
        # 'Under' opens 'Under Secretary', but as a preposition before the name it is none
        "preposition-before-the-name",
        "The group was founded in 2012. Under Jawlani, the group grew.",
        "Jawlani",
        [],
    ),
]


@pytest.mark.parametrize(
    ("text", "name", "roles"), [c[1:] for c in WRONG_ROLE_CASES], ids=[c[0] for c in WRONG_ROLE_CASES]
)
def test_words_near_a_name_that_are_no_role(text: str, name: str, roles: list[str]) -> None:
    assert actor_of(sheet(text), name).roles == roles


def test_a_state_word_before_a_capitalised_word_is_no_affiliation() -> None:
    s = sheet("American Airlines representative Dale Morris said flights resumed. Mr Morris left.")
    assert affiliation_name(s, "Mr Morris") != "United States"


def test_its_after_two_subjects_names_no_body() -> None:
    s = sheet(
        "Turkey and Russia signed the deal. Its foreign minister, Ahmet Yilmaz, said the talks went well."
    )
    assert actor_of(s, "Ahmet Yilmaz").affiliation is None


def test_a_possessor_office_keeps_its_state_in_the_role() -> None:
    s = sheet("Ali Hassan, the Iraqi Prime Minister's spokesman, said the town was calm.")
    assert actor_of(s, "Ali Hassan").roles == ["Iraqi Prime Minister's spokesman"]


# text, the full mention, the later title alone (same person)
TITLE_CASES = [
    (
        "the-title",
        "Foreign Secretary Boris Johnson visited the camp. The Foreign Secretary said Britain would help.",
        "Foreign Secretary Boris Johnson",
        "The Foreign Secretary",
    ),
    (
        "title-without-article",
        "Foreign Secretary Boris Johnson visited the camp. Foreign Secretary said Britain would help.",
        "Foreign Secretary Boris Johnson",
        "Foreign Secretary",
    ),
    (
        "hyphenated-title",
        "UN Secretary-General Ban Ki-moon arrived. The Secretary-General said the talks would resume.",
        "Secretary-General Ban Ki-moon",
        "The Secretary-General",
    ),
    (
        "hyphen-prefix-title",
        "Vice-President Mike Pence met troops. The Vice-President said the mission was going well.",
        "Vice-President Mike Pence",
        "The Vice-President",
    ),
    (
        "lower-case-title",
        "Iraq's Prime Minister Haider al-Abadi visited the front. The prime minister praised the troops.",
        "Prime Minister Haider al-Abadi",
        "The prime minister",
    ),
    (
        "high-representative",
        "The EU High Representative, Ana Lopez, arrived. The High Representative called for a ceasefire.",
        "Ana Lopez",
        "The High Representative",
    ),
    (
        "one-of-two-offices-with-a-slash",
        "A statement by the High Representative/Vice-President Ana Lopez was read. The High Representative"
        " called for a ceasefire.",
        "High Representative/Vice-President Ana Lopez",
        "The High Representative",
    ),
    (
        "title-without-its-portfolio",
        "The UN Special Envoy for Yemen, John Roberts, arrived. The Special Envoy said aid was blocked.",
        "John Roberts",
        "The Special Envoy",
    ),
    (
        "head-word-alone",
        "Defense Secretary Ash Carter arrived at the base. “We are proud of the coalition,”"
        " the Secretary said.",
        "Defense Secretary Ash Carter",
        "the Secretary",
    ),
]


@pytest.mark.parametrize(
    ("text", "full", "title"), [c[1:] for c in TITLE_CASES], ids=[c[0] for c in TITLE_CASES]
)
def test_title_alone_is_its_holder(text: str, full: str, title: str) -> None:
    s = sheet(text)
    assert actor_of(s, title).id == actor_of(s, full).id


def test_the_secretary_speaks_for_its_holder() -> None:
    s = sheet(TITLE_CASES[-1][1])
    assert [q.speaker for q in s.quotes] == [actor_of(s, "Defense Secretary Ash Carter").id]


# text, the title alone, the holders it could be taken for (so it names none)
TWO_HOLDER_CASES = [
    (
        "head-word",
        "Defense Secretary Ash Carter and Secretary of State John Kerry arrived. The Secretary said the"
        " talks went well.",
        "The Secretary",
        ("Ash Carter", "John Kerry"),
    ),
    (
        "title-without-portfolio",
        "The UN Special Envoy for Yemen, John Roberts, met the UN Special Envoy for Libya, Paul Grant."
        " The Special Envoy said aid was blocked.",
        "The Special Envoy",
        ("John Roberts", "Paul Grant"),
    ),
    (
        # a longer title than the one holder's is no one's: 'Prime' is the title's own word
        "longer-title",
        "Minister Alistair Burt met the envoys. Lord Ahmad, the Prime Minister's Special Envoy, spoke.",
        "the Prime Minister",
        ("Alistair Burt",),
    ),
]


@pytest.mark.parametrize(
    ("text", "title", "holders"), [c[1:] for c in TWO_HOLDER_CASES], ids=[c[0] for c in TWO_HOLDER_CASES]
)
def test_two_holders_leave_the_title_alone(text: str, title: str, holders: tuple[str, ...]) -> None:
    s = sheet(text)
    assert all(a.name not in holders for a in s.actors if any(m.text == title for m in a.mentions))


def test_an_office_inside_the_title_is_no_second_mention() -> None:
    s = sheet("Statement by the High Representative/Vice-President Ana Lopez. The High Representative spoke.")
    spans = sorted((m.start, m.end) for m in actor_of(s, "The High Representative").mentions)
    assert all(a[1] <= b[0] for a, b in pairwise(spans)), spans


UN_STATEMENT = (
    "The following statement was issued today by the Spokesperson for UN Secretary-General "
    "António Guterres:\n\nThe Secretary-General strongly condemns the attack on the convoy. "
    "The Secretary-General extends his deepest condolences.\n\nThe Secretary-General recalls that "
    "such attacks may constitute war crimes.\n\nStéphane Dujarric, Spokesman for the Secretary-General\n"
)


def test_whom_a_spokesman_speaks_for_is_not_the_spokesman() -> None:
    s = sheet(UN_STATEMENT)
    spokesman = actor_named(s, "Stéphane Dujarric")
    assert spokesman is not None and not any(m.text.startswith("The Secretary") for m in spokesman.mentions)
    chief = actor_of(s, "Secretary-General António Guterres")
    titles = [m.start for m in chief.mentions if m.text == "The Secretary-General"]
    assert len(titles) == 3
    starts = [m.start for m in chief.mentions]
    assert len(starts) == len(set(starts)), "a title and the office read inside it are one mention"


def test_a_title_with_a_portfolio_is_headed_by_its_first_word() -> None:
    s = sheet(
        "Stéphane Dujarric, Spokesman for the Secretary-General, briefed reporters in New York. "
        "The spokesman said aid convoys had been blocked."
    )
    assert actor_of(s, "The spokesman").name == "Stéphane Dujarric"


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # the phrase ends a clause the name then reports
        "He advised the board to go on with an interim superintendent for a year, Jerry Ehlers said.\n",
        # whom someone was with is no office
        "He talked with his mother in the car, Anna Smith told reporters.\n",
    ],
)
def test_a_phrase_ending_a_clause_before_a_name_is_no_role(text: str) -> None:
    assert [a.roles for a in sheet(text).actors if a.kind == "person"] == [[]]


@pytest.mark.model
def test_a_title_opening_a_bodys_name_is_no_mention_of_its_holder() -> None:
    # 'the General' of 'the General Staff' is no mention of the general named later
    s = sheet("Troops held the line, the General Staff of the Armed Forces said on Sunday. "
              "Gen. Mark Milley spoke in Brussels. The General said the war was far from over.\n")
    milley = actor_named(s, "Mark Milley")
    assert milley is not None
    assert [m.text for m in milley.mentions] == ["Gen. Mark Milley", "The General"]


@pytest.mark.model
def test_a_word_of_a_body_before_a_rank_is_no_title_word() -> None:
    # 'Staff' opens 'Staff Sgt.', but here it ends the Joint Chiefs of Staff
    s = sheet("US Chairman of the Joint Chiefs of Staff Gen Martin Dempsey told a Senate committee so.\n")
    dempsey, chiefs = actor_named(s, "Martin Dempsey"), actor_named(s, "Joint Chiefs of Staff")
    assert dempsey is not None and chiefs is not None
    assert dempsey.roles == ["Gen"]
    assert dempsey.affiliation == chiefs.id


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Statement by the Spokesperson on the latest attacks in Idlib.\n\nThe EU condemns the strikes.\n",
        "The President will travel to Paris, the Governor said on Monday.\n",
    ],
)
def test_an_office_of_one_title_word_no_one_holds_is_no_actor(text: str) -> None:
    assert [a for a in sheet(text).actors if a.kind == "person"] == []


# an office addressed as such is the one person who holds it there, every time the speech
# addresses it; a name after the office makes it a titled name, no address
ADDRESSED_OFFICES = [
    ("Thank you, Mr President, and thank you to Mr Kim for his briefing.\n\nMr President, we cannot "
     "stand by.\n", "Mr President", 2),
    ("Madam Speaker, with permission, I will make a statement on Syria.\n", "Madam Speaker", 1),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "name", "mentions"), ADDRESSED_OFFICES)
def test_an_office_addressed_is_a_person(text: str, name: str, mentions: int) -> None:
    person = actor_named(sheet(text), name)
    assert person is not None and person.kind == "person"
    assert len(person.mentions) == mentions


@pytest.mark.model
def test_an_office_addressed_before_a_name_is_the_name() -> None:
    s = sheet("Thank you, Mr President Macron, for your welcome.\n")
    assert actor_named(s, "Mr President") is None


# 'Chief' alone is a title ('Fire Chief X', 'Chief Myers'); a title going on after the words
# read as a name makes no person of them ('Chief Financial | Officer Alex Sink')
CHIEF_TITLES = [
    ("Cookville Fire Chief Wesley McCollum said it would be free.\n", "Wesley McCollum", ["Fire Chief"]),
    ("Chief Myers said the trail would stay closed.\n", "Myers", ["Chief"]),
    ("Chief Executive Tim Cook spoke on Monday.\n", "Tim Cook", ["Chief Executive"]),
    ("Chief Financial Officer Alex Sink said no.\n", "Alex Sink", ["Chief Financial Officer"]),
]


@pytest.mark.parametrize(("text", "name", "roles"), CHIEF_TITLES)
def test_chief_titles(text: str, name: str, roles: list[str]) -> None:
    s = sheet(text)
    assert [a.name for a in s.actors if a.kind == "person"] == [name]
    person = actor_named(s, name)
    assert person is not None and person.roles == roles


def test_an_office_the_model_calls_an_organisation_is_no_body() -> None:
    # the model tags 'The High Representative of the Union for Foreign Affairs' as an organisation
    s = sheet(
        "EU statement\n\nThe High Representative of the Union for Foreign Affairs and Security Policy, "
        "Josep Borrell, calls on the regime to stop."
    )
    assert not any(a.name.startswith("High Representative") for a in s.actors)
    assert "High Representative of the Union for Foreign Affairs and Security Policy" in actor_of(
        s, "Josep Borrell"
    ).roles


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name", "body"),
    [
        ("Army Lt. Gen. Stephen J. Townsend, commander of Combined Joint Task Force Operation Inherent "
         "Resolve, told reporters the city was cleared.\n", "Stephen J. Townsend", "US-led coalition"),
        ("Navy Capt. Jeff Davis, a Pentagon spokesman, said the strike hit a depot.\n", "Jeff Davis",
         "US Department of Defense"),
    ],
    ids=["coalition-command", "department"],
)
def test_an_apposed_offices_body_outranks_the_service_before_the_rank(
    text: str, name: str, body: str
) -> None:
    s = sheet(text)
    person = actor_named(s, name)
    assert person is not None
    assert next(a.name for a in s.actors if a.id == person.affiliation) == body


@pytest.mark.parametrize(
    ("text", "name", "role", "mention"),
    [
        ("The command secures the capital. His Chief of Staff is Major General Hassan Karim.\n",
         "Hassan Karim", "Chief of Staff", "His Chief of Staff"),
        ("The head of the mission is Ambassador Jane Holl, a veteran diplomat.\n", "Jane Holl",
         "head of the mission", "The head of the mission"),
    ],
    ids=["possessive-office", "office-with-phrase"],
)
def test_an_office_before_a_copula_and_a_name_is_that_persons(
    text: str, name: str, role: str, mention: str
) -> None:
    person = actor_named(sheet(text), name)
    assert person is not None and role in person.roles
    assert mention in [m.text for m in person.mentions]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The winner of the race is John Smith.\n", "John Smith"),
        ("Police named John Smith as a suspect in the attack.\n", "John Smith"),
    ],
    ids=["copula-without-an-office", "appointing-without-an-office"],
)
def test_a_copula_or_a_verb_of_appointing_without_an_office_gives_no_role(text: str, name: str) -> None:
    person = actor_named(sheet(text), name)
    assert person is not None and person.roles == []


# an office given by a verb of appointing or by 'become': (text, person, role)
OFFICES_GIVEN = [
    ("In 2004 Zarqawi appointed Abu Ghadiya the lead Syrian commander for the group's logistics.\n",
     "Abu Ghadiya", "lead Syrian commander for the group's logistics"),
    ("In 2007 Abboud Qanbar was appointed by Prime Minister Nouri Maliki as the Iraqi commander for the "
     "Baghdad Operational Command.\n", "Abboud Qanbar",
     "Iraqi commander for the Baghdad Operational Command"),
    ("Jane Holl was named ambassador to Iraq in May.\n", "Jane Holl", "ambassador to Iraq"),
    ("Sergei Subbotin was elected mayor with 61 percent of the vote.\n", "Sergei Subbotin", "mayor"),
    ("The society was headed by Bashar al-Assad, who would later become the President of Syria.\n",
     "Bashar al-Assad", "President of Syria"),
    ("Jane Holl, who became the head of the mission in 2010, said it was fine.\n", "Jane Holl",
     "head of the mission"),
]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    OFFICES_GIVEN,
    ids=["object-complement", "passive-past-the-agent", "no-article", "how-is-no-office",
         "would-later-become", "became"],
)
def test_the_office_a_verb_of_appointing_or_becoming_gives_is_the_persons_role(
    text: str, name: str, role: str
) -> None:
    person = actor_named(sheet(text), name)
    assert person is not None and role in person.roles


def test_a_sayyids_honorific_is_a_title_not_a_name() -> None:
    s = sheet("Hassan Nasrallah\n\nSayyed Hassan Nasrallah was the secretary-general of Hezbollah.\n")
    people = [a for a in s.actors if a.kind == "person"]
    assert [a.name for a in people] == ["Hassan Nasrallah"]
    assert "Sayyed Hassan Nasrallah" in [m.text for m in people[0].mentions]


# an office written before a military rank: (text, person, roles in order)
OFFICE_THEN_RANK = [
    ("Pentagon Press Secretary Capt. Jeff Davis said the talks went well.\n", "Jeff Davis",
     ["Press Secretary", "Capt."]),
    ("Army Chief of Staff Gen. Mark Milley spoke to the troops.\n", "Mark Milley",
     ["Chief of Staff", "Gen."]),
    ("Russian Chief of the General Staff Gen. Valery Gerasimov met him in Antalya.\n", "Valery Gerasimov",
     ["Chief of the General Staff", "Gen."]),
    ("Lt. Gen. Paul Funk spoke to the troops.\n", "Paul Funk", ["Lt. Gen."]),
    ("Attorney General Janet Reno said the review was over.\n", "Janet Reno", ["Attorney General"]),
    ("Detective Sgt. Don Yarbrough said the group was small.\n", "Don Yarbrough", ["Detective Sgt."]),
    ("Senior Chief Petty Officer Scott Dayton died on Thursday.\n", "Scott Dayton",
     ["Senior Chief Petty Officer"]),
]


@pytest.mark.parametrize(
    ("text", "name", "roles"),
    OFFICE_THEN_RANK,
    ids=["press-secretary-captain", "chief-of-staff-general", "of-the-inside-an-office", "one-rank",
         "general-ends-an-office", "police-rank", "one-naval-rank"],
)
def test_an_office_before_a_rank_is_a_role_of_its_own(text: str, name: str, roles: list[str]) -> None:
    person = actor_named(sheet(text), name)
    assert person is not None and person.roles == roles


def test_the_right_honourable_is_no_role_and_no_mention_of_rt() -> None:
    s = sheet("From: Foreign & Commonwealth Office and The Rt Hon Boris Johnson MP\n\n"
              "The Rt. Hon. Alistair Burt MP spoke on Monday.\n")
    assert "RT" not in [a.name for a in s.actors]
    for name in ("Boris Johnson", "Alistair Burt"):
        person = actor_named(s, name)
        assert person is not None and person.roles == [] and person.affiliation is None


def test_a_second_titled_name_after_a_portfolio_holders_name_is_another_person() -> None:
    s = sheet("Assistant Secretary for Near Eastern Affairs Stuart Jones and Ambassador Douglas Silliman "
              "also attended the meeting.\n")
    jones, silliman = actor_named(s, "Stuart Jones"), actor_named(s, "Douglas Silliman")
    assert jones is not None and jones.roles == ["Assistant Secretary for Near Eastern Affairs"]
    assert silliman is not None and silliman.roles == ["Ambassador"]


def test_who_reports_after_a_persons_home_is_no_role_of_the_person() -> None:
    s = sheet("Two men are charged in the death of Phillip Christofoli of Gaston, sheriff's deputies said.\n")
    person = actor_named(s, "Phillip Christofoli")
    assert person is not None and person.roles == []


# text, the person, the body a title of its body word serves (None: two bodies of that word)
BODY_WORD_TITLES = [
    (
        "ministry-official",
        "Syria's Interior Ministry said it arrested five men. A ministry official, Ahmed Saleh, "
        "said they were foreigners.",
        "Ahmed Saleh",
        "Syrian Interior Ministry",
    ),
    (
        "police-spokesman-of-a-military-police",
        "The Iraqi Federal Police entered the town on Monday. Police spokesman Saad Maan said "
        "the streets were calm.",
        "Saad Maan",
        "Iraqi Federal Police",
    ),
    (
        "a-police-union-is-no-force",
        "The Springfield Police Union met on Monday. Police Officer Jason Barber said the "
        "meeting was long.",
        "Police Officer Jason Barber",
        None,
    ),
    (
        "a-town-names-its-own-police",
        "Jason Miller surrendered, Springfield Police Chief Karen Walsh said. Officers of the "
        "Massachusetts State Police assisted.",
        "Chief Karen Walsh",
        "Springfield Police",  # the town's own force, named in capitals before the title
    ),
    (
        "another-ministry-named-in-the-title",
        "Syria's Defence Ministry said it struck a convoy. A foreign ministry spokesman, Ahmed "
        "Saleh, said the talks would go on.",
        "Ahmed Saleh",
        None,
    ),
    (
        "defense-secretary-of-the-pentagon",
        "The Pentagon sent more troops on Monday. Defense Secretary Jim Mattis said they would "
        "stay for months.",
        "Defense Secretary Jim Mattis",
        "US Department of Defense",
    ),
    (
        "two-ministries",
        "Syria's Interior Ministry and the Foreign Ministry met. A ministry official, Ahmed "
        "Saleh, said they agreed.",
        "Ahmed Saleh",
        None,
    ),
]


@pytest.mark.parametrize(
    ("case", "text", "person", "body"), BODY_WORD_TITLES, ids=[c[0] for c in BODY_WORD_TITLES]
)
def test_a_title_of_a_body_word_serves_the_one_body_of_that_word(
    case: str, text: str, person: str, body: str | None
) -> None:
    assert affiliation_name(sheet(text), person) == body


def test_an_unnamed_officials_body_word_names_the_one_body_of_that_word() -> None:
    text = (
        "The Pentagon said on Monday that it had sent more troops. A senior defense official, "
        'speaking on condition of anonymity, said the deployment would last months. "We are '
        'ready," the official said.'
    )
    s = sheet(text)
    official = actor_of(s, "A senior defense official")
    assert affiliation_name(s, "A senior defense official") == "US Department of Defense"
    assert [q.speaker_affiliation for q in s.quotes if q.speaker == official.id] == ["actor-pentagon"]


# an unnamed speaker's words followed by 'of', 'with', 'from' or 'at' and a body: the body's
# text, the speaker's words, the body (None: no body named in the phrase)
UNNAMED_OF_A_BODY = [
    ("of-a-possessed-wing", 'Blast\n\nThe Punjab Police said three men were held.\n\n"These boys have no '
     "ideology,\" said a senior officer of the Punjab Police's counter-intelligence wing, who asked not to "
     "be named.", "a senior officer", "Punjab Police"),
    ("at-a-station", "Shooting\n\nThe shooting took place about 11:20 p.m. Wednesday, said a lieutenant "
     "at the Los Angeles Police Department's Newton Station.", "a lieutenant",
     "Los Angeles Police Department"),
    # guard: 'in' says where the speaker is, not whose
    ("in-a-city", 'Blast\n\nThe Punjab Police said three men were held. "We are ready," said a senior '
     "officer in Amritsar.", "a senior officer in Amritsar", None),
]


@pytest.mark.parametrize(("text", "words", "body"), [c[1:] for c in UNNAMED_OF_A_BODY],
                         ids=[c[0] for c in UNNAMED_OF_A_BODY])
def test_an_unnamed_speaker_of_a_body_named_after_the_words_is_its(
    text: str, words: str, body: str | None
) -> None:
    s = sheet(text)
    assert affiliation_name(s, words) == body


def test_an_unnamed_official_of_a_body_word_no_body_has_stays_unaffiliated() -> None:
    text = "The Pentagon sent more troops. A military official said the base was calm, "
    text += "and a senior police official said the roads were open."
    s = sheet(text)
    for description in ("A military official", "a senior police official"):
        found = [a for a in s.actors if any(m.text == description for m in a.mentions)]
        assert all(a.affiliation is None for a in found)


# text, the person, the role a party member's description gives
PARTY_ROLES = [
    (
        "top-member-of-a-committee",
        "Sen. Jim Inhofe of Oklahoma, the top Republican on the Armed Services Committee, said the "
        "strikes were legal.",
        "Sen. Jim Inhofe",
        "top Republican on the Armed Services Committee",
    ),
    (
        "home-and-party",
        '"This is a mistake," said Sen. Tim Kaine, a Virginia Democrat who wrote the measure.',
        "Sen. Tim Kaine",
        "Virginia Democrat",
    ),
]


@pytest.mark.parametrize(("case", "text", "person", "role"), PARTY_ROLES, ids=[c[0] for c in PARTY_ROLES])
def test_a_party_members_description_is_a_role(case: str, text: str, person: str, role: str) -> None:
    assert role in actor_of(sheet(text), person).roles


def test_a_party_members_description_alone_is_no_unnamed_speaker() -> None:
    text = (
        "House Minority Leader Tim Armstead tried to bring the resolution to a vote. "
        '"It is time for us to listen," the Kanawha County Republican said.'
    )
    s = sheet(text)
    assert not [a for a in s.actors if a.id.startswith("actor-anon-")]


# text, the person, the roles two descriptions joined by 'and' give (none: a list, no role)
COORDINATED_APPOSITIONS = [
    (
        "two-roles",
        "Mary Jones, a Connecticut Democrat and the author of the provision, says the law is clear.",
        "Mary Jones",
        ["Connecticut Democrat", "author of the provision"],
    ),
    (
        "a-role-and-no-role",
        '"Be sure," said Dr. Timothy Quill, a professor of medicine at the University of Rochester '
        "and a supporter of the laws.",
        "Dr. Timothy Quill",
        ["professor of medicine at the University of Rochester"],
    ),
    (
        "a-list-is-no-role",
        "Jessica Kay, 18, died. Kay, along with two other passengers in the Bronco and the driver "
        "were taken to the hospital.",
        "Jessica Kay",
        [],
    ),
]


@pytest.mark.parametrize(
    ("case", "text", "person", "roles"),
    COORDINATED_APPOSITIONS,
    ids=[c[0] for c in COORDINATED_APPOSITIONS],
)
def test_two_descriptions_joined_by_and_are_two_roles(
    case: str, text: str, person: str, roles: list[str]
) -> None:
    assert actor_of(sheet(text), person).roles == roles


# A relative clause of work puts the person at a body: its affiliation, no role. (text, the
# person, the body or None)
WORKPLACE_CASES = [
    ("teaches-at",
     '"It will fail," said Youssef Benali, who teaches international relations at Mohammed V University.',
     "Youssef Benali", "Mohammed V University"),
    ("tracks-at",
     '"Nobody trusts it," said Dana Haddad, who tracks the captagon trade at the New Lines Institute.',
     "Dana Haddad", "New Lines Institute"),
    ("works-for",
     "Maria Lopez, who works for the International Rescue Committee, said the camp was full.",
     "Maria Lopez", "International Rescue Committee"),
    ("a-deed-at-a-place-is-no-workplace",
     "Maria Lopez, who fled the fighting in Goma, said the camp was full.", "Maria Lopez", None),
]


@pytest.mark.parametrize(
    ("case", "text", "person", "body"), WORKPLACE_CASES, ids=[c[0] for c in WORKPLACE_CASES]
)
def test_a_relative_clause_of_work_gives_the_workplace(
    case: str, text: str, person: str, body: str | None
) -> None:
    s = sheet(text)
    actor = actor_named(s, person)
    assert actor is not None and affiliation_name(s, person) == body and actor.roles == []


@pytest.mark.parametrize(
    ("text", "name", "roles"),
    [
        ("Blast\n\nInternal Security Minister Abdullahi Sheikh Hassan, who visited the site on Saturday, "
         'described the attack as "a cowardly crime against innocent Somalis".', "Abdullahi Sheikh Hassan",
         ["Internal Security Minister"]),
        ("Talks\n\nPresident Hassan Sheikh Mohamud said the offensive would go on.", "Hassan Sheikh Mohamud",
         ["President"]),
    ],
    ids=["after-a-given-name", "inside-a-titled-name"],
)
def test_a_style_after_a_given_name_is_part_of_the_name(text: str, name: str, roles: list[str]) -> None:
    person = actor_named(sheet(text), name)
    assert person is not None and person.roles == roles
