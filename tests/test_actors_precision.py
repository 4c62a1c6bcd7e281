"""Actor precision on ordinary news: monarchs are not merged into namesakes, ranks written
without their period, buildings, shops and companies the model calls people."""

from __future__ import annotations

import pytest
from actor_lookup import actor_of, sheet

from bagouz_extract.components.actors import registry_words
from bagouz_extract.resources import load_json

# --- no model ------------------------------------------------------------------------------

SECTIONS = [
    "regnal_titles", "place_heads", "venue_heads", "company_suffixes", "national_group_nouns", "group_sides",
    "surname_place_heads", "public_place_words", "media_nouns", "place_body_nouns", "media_services",
    "company_nouns", "language_names", "police_names", "company_trade_words",
]


@pytest.mark.parametrize("section", SECTIONS)
def test_each_word_list_loads_and_its_example_holds_a_word(section: str) -> None:
    words = registry_words(section)
    example = load_json("actors.json")[section]["example"].lower().replace(".", "").replace("-", " ")
    example = example.translate(str.maketrans("():;,", "     "))
    assert words
    assert any(w.lower() in example.split() for w in words)


def test_surname_words_are_no_place_heads() -> None:
    # 'Jim Hall', 'John Stuart Mill', 'Tony Park' are people
    heads = registry_words("place_heads") | registry_words("venue_heads")
    assert not {"hall", "mill", "park", "church"} & heads


# --- model ---------------------------------------------------------------------------------

MONARCHS = [
    # (text, the monarch's mention, the monarch's name, the namesake's mention)
    ("Saddam Hussein met King Hussein in Baghdad on Monday.\n", "King Hussein", "King Hussein",
     "Saddam Hussein"),
    ("Bashar Abdullah rejected the plan. Jordan's King Abdullah urged calm.\n", "King Abdullah",
     "King Abdullah", "Bashar Abdullah"),
    ("Crown Prince Hassan flew to Amman, where Ali Hassan greeted him.\n", "Crown Prince Hassan",
     "Crown Prince Hassan", "Ali Hassan"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "mention", "name", "other"), MONARCHS)
def test_a_monarch_is_not_a_namesake(text: str, mention: str, name: str, other: str) -> None:
    s = sheet(text)
    monarch = actor_of(s, mention)
    assert monarch.name == name
    assert monarch.id != actor_of(s, other).id


ROYAL_FULL_NAMES = [
    # (text, the short mention, the full mention, one person)
    ("Saudi Arabia's Crown Prince Mohammed bin Salman met officials. Prince Mohammed said reforms "
     "would continue.\n", "Prince Mohammed", "Crown Prince Mohammed bin Salman", True),
    ("Senator Elizabeth Warren spoke on Monday. Queen Elizabeth visited Canada.\n", "Queen Elizabeth",
     "Senator Elizabeth Warren", False),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "short", "full", "same"), ROYAL_FULL_NAMES)
def test_a_royal_given_name_joins_the_royal_full_name(text: str, short: str, full: str, same: bool) -> None:
    s = sheet(text)
    assert (actor_of(s, short).id == actor_of(s, full).id) is same


@pytest.mark.model
def test_a_regnal_number_stays_in_the_name() -> None:
    s = sheet("Officials said Queen Elizabeth II is taking a keen interest in the talks.\n")
    assert actor_of(s, "Queen Elizabeth II").name == "Queen Elizabeth II"


SAME_PERSON = [
    # (text, a short mention, the full mention of the same person)
    ("Gen. Mark Hill arrived on Friday. Gen Hill told reporters the base was secure.\n",
     "Gen Hill", "Gen. Mark Hill"),
    ("Lt Col Sarah Jones said the unit was ready. Col Jones added that it would move.\n",
     "Col Jones", "Lt Col Sarah Jones"),
    # a family name written first, with two letters or a hyphenated given name after it
    ("Kim Jong-un met officials at Panmunjom. Kim said the talks were frank.\n", "Kim", "Kim Jong-un"),
    ("Chinese President Xi Jinping met Joe Biden in Bali. Xi said ties must improve.\n", "Xi",
     "President Xi Jinping"),
    # the given name's two syllables written apart
    ("North Korean leader Kim Jong Un visited a factory. Kim said production must rise.\n", "Kim",
     "Kim Jong Un"),
    # a family name two people of the text share: the one written last before it
    ("Kim Yo Jong warned Seoul. Leader Kim Jong Un oversaw a test. Kim said it worked.\n", "Kim",
     "Kim Jong Un"),
    ("Leader Kim Jong Un oversaw a test. Kim Yo Jong warned Seoul. Kim said it was a threat.\n", "Kim",
     "Kim Yo Jong"),
    # a president is no monarch: the title does not stay in the name
    ("President Saddam Hussein spoke on Monday. President Hussein said Iraq would win.\n",
     "President Hussein", "President Saddam Hussein"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "short", "full"), SAME_PERSON)
def test_a_short_mention_joins_the_full_name(text: str, short: str, full: str) -> None:
    s = sheet(text)
    assert actor_of(s, short).id == actor_of(s, full).id


@pytest.mark.model
def test_a_single_letter_after_an_abbreviation_is_no_name() -> None:
    s = sheet("Gen Z voters turned out in large numbers on Tuesday.\n")
    assert not [a for a in s.actors if a.kind == "person"]


NOT_PEOPLE = [
    # (text, a mention that must not be a person's)
    ("The concert was moved to the Karl Marx Theater on Friday.\n", "Karl Marx Theater"),
    ("Residents gathered at the Riverwalk Amphitheatre to hear the mayor.\n", "Riverwalk Amphitheatre"),
    ("Police said the fight started outside Knucklehead's Bar late on Saturday.\n", "Knucklehead's Bar"),
    ("Shares of John Labatt Ltd. rose 2% in Toronto trading.\n", "John Labatt Ltd."),
    ("The Charles Webb Center for disabled children is hoping for donations.\n", "Charles Webb Center"),
    # a company by its trade, set off after a role noun
    ("The ship's Greek manager, Poseidon Bulk Carriers, told Al Jazeera that the crew were safe.\n",
     "Poseidon Bulk Carriers"),
    # a programme named after what it rewards
    ("The Rewards for Justice Program is offering up to $5 million for information.\n", "Justice Program"),
    # a people's name the model calls a person's, before a noun for a people
    ("The Arakan Army, which is fighting for self-rule for the Rakhine Buddhist population, said it took "
     "the town.\n", "Rakhine Buddhist"),
    ("Our customers along the corridor into Gainesville and Lindsay communities were pleased.\n", "Lindsay"),
    # an animal's name, wherever it stands later
    ("Jane Doyle, of Akron, brought her rescue dog, a cocker spaniel named Buddy, to compete in the "
     "obedience part of the show. Buddy started to compete three years ago. \"I wanted to show them that "
     "Buddy could win,\" she said.\n", "Buddy"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "mention"), NOT_PEOPLE)
def test_a_building_shop_company_or_pet_is_no_person(text: str, mention: str) -> None:
    people = {m.text for a in sheet(text).actors if a.kind == "person" for m in a.mentions}
    assert mention not in people


# (text, a building's name the model calls a body, written where something happens or goes)
BUILDINGS_AS_SITES = [
    ("drove-to", "The gunmen opened fire on officers and then drove to the Church of St. George, where "
     "they shot the guard.\n", "Church of St. George"),
    ("assault-on-a-venue", "The group claimed the March 2024 assault on the Crocus City Hall concert venue "
     "outside the capital.\n", "Crocus City Hall"),
    ("gathered-outside", "Several hundred protesters gathered outside Parliament House before groups broke "
     "away towards the city centre.\n", "Parliament House"),
]


@pytest.mark.model
@pytest.mark.parametrize(
    ("case", "text", "mention"), BUILDINGS_AS_SITES, ids=[c[0] for c in BUILDINGS_AS_SITES]
)
def test_a_buildings_name_where_something_happens_is_no_actor(case: str, text: str, mention: str) -> None:
    assert mention not in {m.text.removeprefix("the ") for a in sheet(text).actors for m in a.mentions}


@pytest.mark.model
def test_a_chamber_named_house_of_is_a_body_also_after_a_placing_word() -> None:
    s = sheet("Republicans in the House of Delegates tried to advance a resolution on Monday.\n")
    assert actor_of(s, "House of Delegates")


def test_a_company_named_by_its_trade_is_an_organisation() -> None:
    s = sheet("The ship's Greek manager, Poseidon Bulk Carriers, told Al Jazeera that the crew were safe.\n")
    assert actor_of(s, "Poseidon Bulk Carriers").kind == "organization"


@pytest.mark.parametrize(
    "text",
    ["Jasmine Construction has won contracts to build on seized land.\n",
     "Also listed is Al-Sahel Petroleum Trading, which ships fuel to the regime.\n"],
    ids=["given-name-opens-it", "model-reads-a-person"],
)
def test_a_name_closed_by_a_trade_is_a_company_even_after_a_given_name(text: str) -> None:
    name = "Jasmine Construction" if "Jasmine" in text else "Al-Sahel Petroleum Trading"
    assert actor_of(sheet(text), name).kind == "organization"


NAME_SHAPED_BODIES = [
    # (text, the mention the model calls an organisation, person or not)
    ("Staffan de Mistura flew to Geneva on Tuesday.\n", "Staffan de Mistura", True),
    ("Dirk van Dijk arrived in Pretoria for the talks.\n", "Dirk van Dijk", True),
    ("Marcus Lee told reporters the plan was dead.\n", "Marcus Lee", True),
    # a body's longer name with a particle, an armed group with the Arabic article
    ("Shares rose on the Societe de Bourses Francaises on Monday.\n", "Societe de Bourses Francaises", False),
    ("Ahrar al Sham fighters attacked the checkpoint.\n", "Ahrar al Sham", False),
    # a state after the particle; a company word inside
    ("The Tour de France starts in Brussels on Saturday.\n", "Tour de France", False),
    ("Rose Partners Limited Partnership bought the stake on Friday.\n",
     "Rose Partners Limited Partnership", False),
    # a brand's possessive
    ("Police found 900 cases of Jack Daniel's whiskey inside the stolen trailer.\n", "Jack Daniel", False),
    # a body's short form in mixed case
    ("TxDOT said the road would reopen on Monday.\n", "TxDOT", False),
    # a place word ends it: no name
    ("Dolly Sods Wilderness drew hikers from three states.\n", "Dolly Sods Wilderness", False),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "mention", "person"), NAME_SHAPED_BODIES)
def test_a_name_shaped_body_is_a_person(text: str, mention: str, person: bool) -> None:
    people = {m.text for a in sheet(text).actors if a.kind == "person" for m in a.mentions}
    assert (mention in people) is person


NO_ACTOR = [
    # (text, a mention that must name no actor)
    ("Crowds gathered outside the Guernsey County Administration Building on Friday.\n",
     "Guernsey County Administration Building"),
    ("Honorees: Ronnie M. Campbell*Blanche D. Maness*Charles H. Long.\n",
     "Ronnie M. Campbell*Blanche D. Maness*Charles H. Long"),
    # a registered outlet's name inside an operation's name is no outlet
    ("The commander of al-Jazeera Tempest campaign, Ciya Furat, said the town was taken.\n", "al-Jazeera"),
    # a body's head word alone, no body of that kind named: the model cut a name, or which
    # board is meant the text does not say
    ("The Board voted 5-2 on Tuesday to close the school, a decision parents criticised.\n", "The Board"),
    ("No one claimed the attack, but the area is a stronghold of the Al-Qaeda-linked Group to "
     "Fight for Islam, residents said.\n", "Group"),
    # a minister's portfolios listed after the title
    ("Nasser Bourita, the Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates, "
     "told reporters the vote was historic.\n", "African Cooperation"),
    ("The Commission notes the assurance given by the Minister of Foreign Affairs, African Integration "
     "and Guineans Abroad, Dr. Morissanda Kouyate, that the timetable holds.\n", "African Integration"),
    # a registered person's name as a word of a place's name
    ("Soldiers trained at Al Asad Airbase in Anbar province last week.\n", "Asad"),
    # the model's organisation ran on into the preposition after it
    ("The Ministry of Peshmerga in Erbil also received engineering training.\n", "Ministry of Peshmerga in"),
    # a military site's name, read whole or in part as a person's
    ("Soldiers fired artillery from Fire Base Saham, near the Iraqi border.\n", "Fire Base Saham"),
    ("Forward Operating Base Gamberi closed on Monday, officials said.\n", "Gamberi"),
    ("Troops at Camp Taji were attacked. John Camp, a reporter, said the base was quiet.\n", "Camp"),
    # a place among the places of a list a place preposition opens, which the model called a person
    ("Coalition trainers at Besmaya, Taji, Al Asad and Erbil have trained soldiers.\n", "Al Asad"),
    ("Coalition trainers at Besmaya, Taji, Al Asad and Erbil have trained soldiers.\n", "Asad"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "mention"), NO_ACTOR)
def test_a_building_or_a_run_of_names_is_no_actor(text: str, mention: str) -> None:
    assert mention not in {m.text for a in sheet(text).actors for m in a.mentions}


@pytest.mark.model
@pytest.mark.parametrize(("text", "person"), [
    # a comma before 'and' after one place joins clauses: the person stays
    ("Commanders included Mahmud Barkhodan, the commander of the YPG in Kobani, and Meysa Abdo.\n",
     "Meysa Abdo"),
    # a person somewhere, listed after a place
    ("Writers in San Francisco and Terry Collins in Oakland contributed to this report.\n", "Terry Collins"),
])
def test_a_person_after_a_place_is_no_place_of_a_list(text: str, person: str) -> None:
    assert actor_of(sheet(text), person).kind == "person"


BODIES_NAMED_BY_A_NOUN = [
    # (text, the body's name): a noun for a body right before the name or heading an apposition
    ("The Salvadoran human rights organisation Cristosal has recorded 400 deaths in custody.\n", "Cristosal"),
    ("Fogo Cruzado, a group that monitors armed violence, said 40 schools had closed.\n", "Fogo Cruzado"),
    ("A member of the Kremlin-backed youth movement Nashi spoke at the debate.\n", "Nashi"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "name"), BODIES_NAMED_BY_A_NOUN)
def test_a_name_a_body_noun_describes_is_a_body(text: str, name: str) -> None:
    assert actor_of(sheet(text), name).kind != "person"


@pytest.mark.parametrize(
    "text",
    [
        # ', the company ...' opens the next clause here; 'an indigenous group' is a people
        "According to Polk's son, Trent, the company employs about 60 people.\n",
        "Most of the town's people were Maori, an indigenous group of New Zealand.\n",
    ],
)
@pytest.mark.model
def test_a_clause_or_a_people_after_a_name_makes_no_body(text: str) -> None:
    assert not [a for a in sheet(text).actors if a.kind not in ("person", "population", "state")]


def test_a_full_name_after_a_quote_is_a_person_whatever_the_model_says() -> None:
    s = sheet(
        '"The risk is not a sudden war but a slow militarisation," said Hugo Marchand, North Africa '
        "analyst at the International Crisis Group.\n"
    )
    marchand = actor_of(s, "Hugo Marchand")
    assert marchand.kind == "person"
    assert [q.speaker for q in s.quotes] == [marchand.id]


def test_a_name_after_a_title_of_a_place_is_still_the_person() -> None:
    # one place after the title, no list of portfolios: the name set off after it is a person's
    s = sheet("The High Sheriff of Cambridgeshire, Judy Pearson, presented the awards on Friday.\n")
    assert actor_of(s, "Judy Pearson").kind == "person"


NAMES_WITHOUT_ACRONYM = [
    # (text, the person's name)
    ("Steven Snyder TWA said the flight was late.\n", "Steven Snyder"),
    # a regnal number is no acronym
    ("Kathleen Mary Smith II said no.\n", "Kathleen Mary Smith II"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "name"), NAMES_WITHOUT_ACRONYM)
def test_an_acronym_after_a_name_is_no_part_of_it(text: str, name: str) -> None:
    assert name in {a.name for a in sheet(text).actors if a.kind == "person"}


GENERATIONS = [
    # (text, first mention, second mention, one person)
    ("President Donald Trump and his son Donald Trump Jr. attended the rally.\n",
     "President Donald Trump", "Donald Trump Jr.", False),
    ("Gen. Joseph F. Dunford Jr. arrived in Kabul. Joseph Dunford said the mission continued.\n",
     "Gen. Joseph F. Dunford Jr.", "Joseph Dunford", True),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "first", "second", "same"), GENERATIONS)
def test_a_bare_name_before_its_junior_is_the_father(text: str, first: str, second: str, same: bool) -> None:
    s = sheet(text)
    assert (actor_of(s, first).id == actor_of(s, second).id) is same



@pytest.mark.model
def test_a_word_that_is_also_a_surname_joins_neither() -> None:
    s = sheet("Hussein Ali met Saddam Hussein in Baghdad. Hussein said no.\n")
    assert actor_of(s, "Hussein Ali").id != actor_of(s, "Saddam Hussein").id
    assert [a.name for a in s.actors if any(m.text == "Hussein" for m in a.mentions)] == []


# a name ending in a surname-like place head: a place unless a given name, an initial, a title or
# speaking marks a person; a public place's word before the head always makes a place
SURNAME_PLACE_HEADS = [
    ("The orchestra plays Symphony Hall on Friday.\n", "Symphony Hall", False),
    ("Martin Dies Jr. State Park will reopen on Friday.\n", "Martin Dies Jr. State Park", False),
    ("Stuart Hall met the mayor on Friday.\n", "Stuart Hall", True),
    ("Stuart Hall met Judge Julian Hall on Friday.\n", "Julian Hall", True),
    ("Tex Hill said the trip was long.\n", "Tex Hill", True),
    ("He played as well as Tiger Woods on the 18th hole at Augusta.\n", "Tiger Woods", True),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "name", "person"), SURNAME_PLACE_HEADS)
def test_a_surname_like_place_head_ends_a_place_unless_a_person_is_marked(
    text: str, name: str, person: bool
) -> None:
    people = [a.name for a in sheet(text).actors if a.kind == "person"]
    assert (name in people) is person


# a person's name ends in a capitalised word; a suffix alone names no one
@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Meth makers are hard to catch, police said.\n", []),
        ("President Daniel arap Moi spoke in Nairobi.\n", ["Daniel arap Moi"]),
        ("UN Secretary-General Ban Ki-moon said the talks would resume.\n", ["Ban Ki-moon"]),
        ("The Bush Jr administration said so on Monday.\n", ["Bush"]),
    ],
)
def test_a_persons_name_ends_in_a_capitalised_word(text: str, people: list[str]) -> None:
    assert [a.name for a in sheet(text).actors if a.kind == "person"] == people


OPERATION_NEIGHBOURS = [
    # (text, a registered actor's mention that must stay an actor beside an operation noun)
    ("The SDF offensive resumed on Sunday.\n", "SDF"),
    ("The SDF Deir ez-Zor campaign resumed on Sunday.\n", "SDF"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "mention"), OPERATION_NEIGHBOURS)
def test_an_actor_running_an_operation_stays_an_actor(text: str, mention: str) -> None:
    assert mention in {m.text for a in sheet(text).actors for m in a.mentions}


# a page's or a document's title, a list of states' offices, a transcript's label: no actor
NOT_ACTORS = [
    ("document-title-person", "Joint Statement on the Situation in Aleppo\n\nThe leaders met on Monday.\n",
     "Joint Statement"),
    ("briefing-title", "Department Press Briefing\n\nThe spokesman took questions on Monday.\n",
     "Department Press Briefing"),
    ("document-name", "The talks rest on the Geneva Communique of 2012, officials said.\n",
     "Geneva Communique"),
    ("governments-of-states", "It was released by the Governments of Canada, France and Italy.\n",
     "Governments of Canada"),
    ("transcript-label", "MR KIRBY: Good afternoon.\n\nQUESTION: Can you say more?\n\nMR KIRBY: No.\n\n"
     "QUESTION: Why not?\n", "QUESTION"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "mention"), [c[1:] for c in NOT_ACTORS], ids=[c[0] for c in NOT_ACTORS])
def test_a_title_a_states_offices_or_a_transcript_label_is_no_actor(text: str, mention: str) -> None:
    s = sheet(text)
    assert not [m.text for a in s.actors for m in a.mentions if mention in m.text]


@pytest.mark.model
def test_a_transcript_speaker_label_repeated_is_still_the_person() -> None:
    s = sheet("Spokesperson John Kirby briefed reporters.\n\nMR KIRBY: Good afternoon, everybody.\n\n"
              "QUESTION: Can you say more about the talks?\n\nMR KIRBY: He did.\n")
    kirby = actor_of(s, "MR KIRBY")
    assert kirby.name == "John Kirby" and kirby.kind == "person"
    assert [m.text for m in kirby.mentions].count("MR KIRBY") == 2


@pytest.mark.model
def test_a_dateline_in_capitals_is_no_mention_but_still_context() -> None:
    s = sheet(
        "Bombing condemned\n\nUNITED NATIONS (AP) _ The Security Council condemned the bombing on Thursday.\n"
    )
    assert not [a for a in s.actors if any(m.text in ("UNITED NATIONS", "AP") for m in a.mentions)]
    assert actor_of(s, "The Security Council").name == "UN Security Council"


@pytest.mark.model
def test_a_states_possessive_before_a_bodys_name_and_a_role_owns_the_role() -> None:
    s = sheet("Vote\n\nThe U.N. met on Friday. Russia's U.N. ambassador, Vassily Nebenzia, said no.\n")
    assert actor_of(s, "U.N.").affiliation is None


# (text, the mention's text that is no actor's)
INSIDE_OTHER_NAMES = [
    ("hyphened-place", "PORT-AU-PRINCE, March 12 (AP) - Gangs burned a police station.\n", "AU"),
    ("region-demonym", "Several Latin American governments refused to recognise the result.\n",
     "American governments"),
    ("north-american", "North American officials met in Ottawa on Monday.\n", "American officials"),
]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "mention"), [c[1:] for c in INSIDE_OTHER_NAMES], ids=[c[0] for c in INSIDE_OTHER_NAMES]
)
def test_a_word_inside_another_name_is_no_actor(text: str, mention: str) -> None:
    s = sheet(text)
    assert mention not in {m.text for a in s.actors for m in a.mentions}


@pytest.mark.model
def test_a_two_word_demonym_is_its_own_state_s() -> None:
    s = sheet("South Sudanese troops crossed the border on Monday.\n")
    assert actor_of(s, "South Sudanese troops").name == "South Sudanese armed forces"


@pytest.mark.model
def test_a_name_the_model_cut_one_word_short_is_whole() -> None:
    s = sheet(
        "Venezuelan opposition leader Maria Corina Machado said on Tuesday she was in hiding.\n\n"
        '"I am in a safe place," Machado told reporters.\n'
    )
    person = actor_of(s, "Machado")
    assert person.name == "Maria Corina Machado"
    assert [q.speaker for q in s.quotes] == [person.id]


# (text, words that are no person's mention)
NOT_A_PERSON = [
    # a name over an e-mail address is a byline
    ("byline-over-an-address",
     "Fans can snag game tickets.\n\nScott Davis sedavis@lsj.com March 24, 2009\n\nThe team won.\n",
     "Scott Davis"),
    # a state's name is no later short name of a person the model misread ('Amnesty Kenya')
    ("state-name-no-short-name",
     "The Kenya Human Rights Commission, Amnesty International Kenya and the Law Society of Kenya said "
     "the police had used excessive force.\n\nIrungu Houghton, the executive director of Amnesty Kenya, "
     "told reporters the deaths must be investigated.\n",
     "Kenya"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "words"), [c[1:] for c in NOT_A_PERSON], ids=[c[0] for c in NOT_A_PERSON])
def test_words_that_are_no_persons_mention(text: str, words: str) -> None:
    s = sheet(text)
    assert words not in {m.text for a in s.actors if a.kind == "person" for m in a.mentions}


# the country of a dateline ('SEOUL, South Korea (AP) —') is where the story is filed from
DATELINE_SEOUL = (
    "Missile launch\n\n"
    "SEOUL, South Korea (AP) — North Korea fired a missile on Wednesday. "
    "Seoul condemned the launch.\n"
)


@pytest.mark.model
def test_a_datelines_country_is_no_mention_where_the_text_names_the_state() -> None:
    s = sheet(DATELINE_SEOUL)
    at = DATELINE_SEOUL.index("South Korea")
    assert not [m for a in s.actors for m in a.mentions if m.start == at]
    assert [a.name for a in s.actors if a.kind == "state"] == ["North Korea", "South Korea"]


@pytest.mark.model
def test_a_datelines_country_stays_the_state_its_people_belong_to() -> None:
    text = (
        "Wildfire forces thousands to flee in southern France\n\n"
        "MARSEILLE, France — More than 3,000 people were evacuated overnight as a wildfire tore "
        "through pine forests near the southern French city of Marseille, officials said on Wednesday.\n\n"
        "About 800 firefighters, backed by water-bombing aircraft, were battling the blaze, which had "
        "burned 1,200 hectares, the regional fire service said.\n\n"
        "Interior Minister Gerald Darmanin, who visited the area, said the weather remained "
        '"extremely dangerous."\n'
    )
    s = sheet(text)
    france = next(a for a in s.actors if a.name == "France")
    assert [m.rule for m in france.mentions] == ["dateline_state"]
    assert next(a for a in s.actors if a.name == "Gerald Darmanin").affiliation == france.id


@pytest.mark.model
def test_an_ethnic_community_is_no_person() -> None:
    s = sheet("The killings of Tutsis in 1994 left a million dead. Many Hutus fled to Congo, and Tigrayan "
              "forces later withdrew from the town.\n")
    assert not [a for a in s.actors if a.kind == "person"]
    assert {a.kind for a in s.actors if a.name in ("Tutsis", "Hutus")} == {"population"}


def test_a_foreign_office_is_the_uks_only_with_the_uk_in_the_text() -> None:
    # 'Foreign Office' alone also names Pakistan's and Germany's ministries
    away = sheet("Islamabad denied it. Foreign Office spokesman Ali Raza said the strikes were lawful.")
    assert all("Commonwealth" not in a.name for a in away.actors)
    home = sheet("Britain condemned the attack. The Foreign Office said it was deeply concerned.")
    assert "Foreign, Commonwealth and Development Office" in {a.name for a in home.actors}


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Riots\n\nPolice Public Relations Officer Jane Dube said roads were open.",
         "Police Public Relations"),
        ("Raid\n\nThe brigade's Assistant Director Army Public Relations, Captain Tom Obi, said the "
         "camp fell.", "Army Public Relations"),
    ],
)
def test_a_public_relations_office_beside_a_title_is_part_of_the_title(text: str, wrong: str) -> None:
    assert wrong not in {a.name for a in sheet(text).actors}


# a title word opening a weapon's or an award's name names no person ('General Purpose
# Machine Gun', 'the High Sheriff Award')
@pytest.mark.parametrize(
    "text",
    [
        "Raid\n\nTroops recovered 11 AK-47 rifles, one General Purpose Machine Gun and 1,460 rounds.",
        "Awards\n\nRebecca Rayner also picked up the High Sheriff Award for her fundraising.",
    ],
    ids=["weapon", "award"],
)
def test_a_titled_thing_is_no_person(text: str) -> None:
    s = sheet(text)
    assert not any(a.kind == "person" and a.roles for a in s.actors)

