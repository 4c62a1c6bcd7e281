"""Actors in encyclopedic and web-copied prose: reference marks glued to names, companies
named after a describing noun, groups and sites the model calls people, places and buildings
named after a person."""

from __future__ import annotations

import pytest
from actor_lookup import actor_of, actor_with, sheet

from bagouz_extract.components.actors import registry_words
from bagouz_extract.models import ActorFact, FactSheet


def both_found(s: FactSheet, first: str, second: str) -> tuple[ActorFact, ActorFact]:
    """The actors of two mentions, each found."""
    one, other = actor_with(s, first), actor_with(s, second)
    assert one is not None and other is not None
    return one, other


# --- no model ------------------------------------------------------------------------------


def test_company_nouns_leave_out_words_for_people_and_ships() -> None:
    # 'the developer John Smith', 'the aircraft carrier FS Charles de Gaulle'
    assert not {"developer", "producer", "operator", "carrier"} & registry_words("company_nouns")


# --- model ---------------------------------------------------------------------------------

FOUND = [
    # (text, mention, kind)
    ("Hassan Karim(Arabic: x), also known as Abu Ali,[1] is an Iraqi general. In 2007 Karim was "
     "appointed commander.[2] Karim announced the plan on television.[3]\n", "Hassan Karim", "person"),
    ("The dam was completed in 1956 by the German company Zublin.\n", "Zublin", "organization"),
    # the State Department's spelling of a registered group's name
    ("Nusrah launched another attack on Monday.\n", "Nusrah", "armed_group"),
    ("Downing Street said the strikes were legal.\n", "Downing Street", "government"),
    ("The Chinese telecom giant Huawei denied the report on Monday.\n", "Huawei", "organization"),
    ("The group fought alongside Saray al-Jihad Group and others.\n", "Saray al-Jihad Group", "organization"),
    ("The Sunni militant Abu Ghadiya was killed in a raid.\n", "Abu Ghadiya", "person"),
    ("Syrian state media said an Israeli missile strike had targeted the airport.\n", "Syrian state media",
     "media"),
    ("Iran's state television said the talks failed.\n", "Iran's state television", "media"),
    ("Many in Iraq's National Symphony Orchestra have already left.\n", "National Symphony Orchestra",
     "organization"),
    ("About 350 Syrians work for al-Rahman Farms near Ramtha.\n", "al-Rahman Farms", "organization"),
    ("Also on Tuesday, a Russian military spokesman accused the US-led coalition of killing civilians.\n",
     "a Russian military spokesman", "person"),
    ("In 2006 the umbrella organization known as the Mujahideen Shura Council announced its formation.\n",
     "Mujahideen Shura Council", "armed_group"),
    ("The society is said to be closely associated with the Syrian state.\n", "the Syrian state", "state"),
    ("Iraqi television said troops had entered the compound.\n", "Iraqi television", "media"),
    ("The news agency Firat said 12 fighters died.\n", "Firat", "media"),
    ("The British maritime security agency UKMTO said a ship was hit.\n", "UKMTO", "organization"),
    ("She organizes the festival along with her husband Jerry, who built the stage.\n", "Jerry", "person"),
    ("Russia launched 87 drones at Ukraine overnight, the Ukrainian air force said on Sunday.\n",
     "the Ukrainian air force", "military"),
    ("Power cuts\n\nUkrenergo, the national grid operator, said emergency repairs were under way.\n",
     "Ukrenergo", "organization"),
    ("Hezbollah\n\nHezbollah, which fought a month-long war with Israel in 2006, has sent fighters.\n",
     "Israel", "state"),
    ("Talks\n\nThe ambassadors of Hungary, Poland and the Czech Republic issued a joint statement.\n",
     "Poland", "state"),
    ("Talks\n\nAlbright invited the foreign ministers of Poland, the Czech Republic and Hungary to a "
     "ceremony.\n", "Hungary", "state"),
    ("Fire\n\nFirefighter Dan Reyes and Kowalski spoke. Kowalski, the crane operator, said the fire was "
     "out.\n", "Kowalski", "person"),  # an operator of a machine is a person
    ("Domains\n\nThe sites were seized by the U.S. DNS infrastructure operator Network Solutions.\n",
     "Network Solutions", "organization"),
    ("Fire\n\nThe crane operator Mike Dunn said the fire was out.\n", "Mike Dunn", "person"),
    ("Veteran\n\nHe took part in the Iran-Iraq War of 1980-88 as a young officer.\n", "Iraq", "state"),
    ("Talks\n\nThe US-Iran talks collapsed on Friday.\n", "Iran", "state"),
    ("Talks\n\nRepresentatives of the Ministers of Foreign Affairs of Iran, Saudi Arabia and Jordan met "
     "in Brussels.\n", "Iran", "state"),
    # a name the model calls a person's, with a group's noun as the head of its apposition
    # (an unregistered name: Jemaah Islamiyah itself is in the registry)
    ("Bombings\n\nLast year Jemaah Tarbiyah, the militant network behind those attacks, announced it "
     "was disbanding.\n", "Jemaah Tarbiyah", "armed_group"),
    ("Bombings\n\nLast year Jemaah Tarbiyah, the Al-Qaeda-linked network behind those attacks, "
     "announced it was disbanding.\n", "Jemaah Tarbiyah", "organization"),
    # ... but a person's when the head is a person's noun or the phrase is no apposition
    ("The rebels spoke.\n\nMaria Duarte, the rights group's director, said the report was late.\n",
     "Maria Duarte", "person"),
    ("Rights\n\n“It is late,” said Jim Childs, an electrician the task force hired to help.\n",
     "Jim Childs", "person"),
    ("Vote\n\nThe election pitted Barack Obama, the nation's first black major party presidential "
     "candidate, against John McCain.\n", "Barack Obama", "person"),
    ("Group\n\nThe United States designated him in May 2013. Under Jawlani, the group has carried out "
     "suicide bombings.\n", "Jawlani", "person"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "mention", "kind"), FOUND)
def test_the_actor_is_found_with_its_kind(text: str, mention: str, kind: str) -> None:
    actor = actor_with(sheet(text), mention)
    assert actor is not None and actor.kind == kind


NOT_ACTORS = [
    # (text, a name that is no actor there)
    ("Rebels fled into the hills near the Samarra Barrage on Friday.\n", "Samarra Barrage"),
    ("Fighters moved throughout Al Anbar and Nineveh last year.\n", "Al Anbar"),
    ("The wounded were taken to Al Assad University Hospital in Damascus.\n", "Al Assad"),
    ("Flights left John F. Kennedy International Airport late on Sunday.\n", "John F. Kennedy"),
    ("The Hamrin Mountains (Arabic: Jabal Hamrin, Kurdish: Çiyayê Hemrîn or Çiyayên Hemrîn) are a "
     "ridge in Iraq.\n", "Hemrîn"),
    ("The Yazidi Book of Revelation (Kitêba Cilwe in Kurdish; also transliterated as Kitab Al Jilwah) "
     "is one of two books.\n", "Jilwah"),
    ("Giving it to the first player is not an official Monopoly rule.\n", "Monopoly"),
    ("Advisers train Iraqi troops at Al Asad Air Base in Anbar province.\n", "Asad"),
    ("An airstrike near the village of Tal Shayir killed civilians. Forces advancing on Tal Shayir came "
     "under fire.\n", "Tal Shayir"),
]


NOT_BODIES = [
    # (text, a name that is no organisation's there)
    ("Gen. Paul Funk visited the Middle Euphrates River Valley on Monday.\n",
     "Middle Euphrates River Valley"),
    ("Recruits trained at the Besmaya Range Complex for ten weeks.\n", "Besmaya Range Complex"),
    ("The attack was a flagrant breach of the Chemical Weapons Convention.\n", "Chemical Weapons Convention"),
    ("The Department of State has amended the Foreign Terrorist Organization and Specially Designated Global "
     "Terrorist designations of al-Nusrah Front.\n", "Foreign Terrorist Organization"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "name"), NOT_BODIES)
def test_a_place_a_treaty_or_a_listing_is_no_body(text: str, name: str) -> None:
    assert not any(name in m.text for a in sheet(text).actors for m in a.mentions)


def test_a_title_holder_the_model_ran_into_the_body_is_a_person() -> None:
    s = sheet("He met Speaker of the Council of Representatives Salim al-Jabouri on Monday.\n")
    assert actor_of(s, "Salim al-Jabouri").kind == "person"
    assert actor_of(s, "Council of Representatives").kind != "person"


@pytest.mark.model
@pytest.mark.parametrize(("text", "name"), NOT_ACTORS)
def test_a_site_or_a_namesake_is_no_actor(text: str, name: str) -> None:
    s = sheet(text)
    kinds = ("person", "armed_group")
    assert not any(name in m.text and a.kind in kinds for a in s.actors for m in a.mentions)


@pytest.mark.model
def test_a_longer_name_is_taken_up_by_its_given_name_and_no_plural_is_a_role() -> None:
    text = ("Library\n\nOmar Abu Anas, a former engineering student, joined the rebels. Omar says "
            "the library is helping. Unfortunately for Omar, his fellow fighters were trapped.\n")
    omar = actor_with(sheet(text), "Omar Abu Anas")
    assert omar is not None
    assert [m.text for m in omar.mentions].count("Omar") == 2
    assert "his fellow fighters" not in omar.roles


@pytest.mark.model
def test_state_media_belong_to_their_state_and_need_one() -> None:
    s = sheet("Iraqi state television said troops had entered the compound. State media said nothing.\n")
    media = [a for a in s.actors if a.kind == "media"]
    assert [a.name for a in media] == ["Iraqi state television"]


@pytest.mark.model
def test_a_style_of_address_does_not_hide_an_apposed_office() -> None:
    text = ("Foreign Minister Julie Bishop met with the Minister of Foreign Affairs of Iraq, HE Dr Ibrahim "
            "Al-Jaafari, in Canberra on 12 February.\n")
    _, guest = both_found(sheet(text), "Foreign Minister Julie Bishop", "Dr Ibrahim Al-Jaafari")
    assert ("the Minister of Foreign Affairs of Iraq", "Minister of Foreign Affairs of Iraq") in [
        (m.text, role) for m in guest.mentions for role in guest.roles
    ]


@pytest.mark.model
def test_an_other_name_after_a_gloss_in_brackets_is_the_same_person() -> None:
    text = ("Hassan Karim(Arabic: x), also known as Abu Ali,[1] is an Iraqi general. Karim was appointed "
            "commander in 2007.\n")
    karim = actor_with(sheet(text), "Hassan Karim")
    assert karim is not None and "Abu Ali" in [m.text for m in karim.mentions]


@pytest.mark.model
def test_a_nation_named_broadcaster_is_an_actor_only_when_it_speaks() -> None:
    s = sheet("Castro said on Cuban television that the boy would return. Irish radio played the song.\n")
    assert not [a for a in s.actors if a.kind == "media"]


@pytest.mark.model
def test_an_office_before_a_described_name_is_that_persons() -> None:
    text = ("Hibhib\n\nThe former leader of Al Qaeda in Iraq, Jordanian-born militant Abu Musab al-Zarqawi, "
            "maintained a safehouse in the village.\n")
    zarqawi = actor_with(sheet(text), "Abu Musab al-Zarqawi")
    assert zarqawi is not None and "former leader of Al Qaeda in Iraq" in zarqawi.roles


@pytest.mark.model
def test_a_peer_after_a_portfolio_is_the_office_holder() -> None:
    text = ("Statement\n\nMinister for the Middle East Lord Ahmad of Wimbledon added:\n\nI have today spoken "
            "to the UN Special Envoy for Syria and reiterated our support.\n")
    ahmad = actor_with(sheet(text), "Ahmad")
    assert ahmad is not None and ahmad.kind == "person"
    assert "Minister for the Middle East" in ahmad.roles


@pytest.mark.model
def test_a_groups_branch_is_its_own_actor_and_a_designation_is_none() -> None:
    text = ("Designation\n\nThe Department of State has designated Abdul Qadir Mumin, the leader of "
            "ISIS-Somalia, as a Specially Designated Global Terrorist (SDGT). ISIS-Somalia has carried out "
            "attacks in Puntland. The Hamas-Israel war continued.\n")
    s = sheet(text)
    branch = actor_with(s, "ISIS-Somalia")
    assert branch is not None and branch.kind == "armed_group" and branch.name == "ISIS-Somalia"
    assert actor_with(s, "Specially Designated Global Terrorist") is None
    assert actor_with(s, "Somalia") is None  # the branch's place is not the state acting
    assert actor_with(s, "Hamas-Israel") is None


@pytest.mark.model
def test_a_branchs_names_by_province_and_by_hyphen_are_one_actor() -> None:
    text = ("Offensive\n\nPuntland forces seized two bases from the Islamic State Somalia Province, known as "
            "IS-Somalia, on Monday. A strike killed \"multiple ISIS-Somalia operatives\" in caves. The "
            "Islamic State raises money through extortion.\n")
    s = sheet(text)
    branch = actor_with(s, "Islamic State Somalia Province")
    assert branch is not None and branch.name == "Islamic State Somalia Province"
    assert actor_with(s, "IS-Somalia") is branch and actor_with(s, "ISIS-Somalia") is branch
    parent = actor_with(s, "Islamic State")
    assert parent is not None and parent is not branch and branch.affiliation == parent.id


@pytest.mark.model
def test_a_group_named_as_anothers_affiliate_is_whose_the_official_is() -> None:
    text = ("Strike\n\nU.S. forces killed Abu-Abd al-Rahman al-Makki, a senior official in the al-Qaeda "
            "affiliate Hurras al-Din, in Syria on Aug. 22.\n")
    makki, hurras = both_found(sheet(text), "Abu-Abd al-Rahman al-Makki", "Hurras al-Din")
    assert makki.affiliation == hurras.id


AGED = [
    # (text, name, a person)
    ("Books\n\nReaders like the poet Ahmed Shawqi, or Syrian author al-Tanawi, who chronicled rebellions "
     "in the Arab world.\n", "al-Tanawi", True),  # one word written with a hyphen
    ("Markets\n\nKimberly-Clark said sales rose.\n", "Kimberly-Clark", False),
    ("Husaybah\n\nOn Tuesday the resident leader of anti-coalition forces, al-Zarqawi, said they would hold "
     "on to the town.\n", "al-Zarqawi", True),  # apposed to a noun for a person
    ("Library\n\nThe library is underground. For 14-year-old Amjad it is safer there than above ground.\n",
     "Amjad", True),
    ("Visit\n\n\"I just wanted to see history,\" said the 20-year-old Camarillo resident.\n",
     "Camarillo", False),
    ("Library\n\nIt is too dangerous for children. One young girl, Islam, tells me that she spends all "
     "her time there.\n", "Islam", True),
    ("Firm\n\nAccording to Polk's son, Trent, the company also employs 60 people.\n", "Trent", True),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "name", "person"), AGED)
def test_an_age_or_a_persons_noun_by_a_lone_name_makes_a_person(text: str, name: str, person: bool) -> None:
    actor = actor_with(sheet(text), name)
    assert (actor is not None and actor.kind == "person") == person


@pytest.mark.model
def test_a_kunya_closing_a_name_is_no_surname_to_take_up() -> None:
    text = ("Library\n\nAnas Ahmad, a former civil engineering student, runs the library. Omar Abu Anas, a "
            "fighter, reads there. But Anas says it helps the community.\n")
    anas, omar = both_found(sheet(text), "Anas Ahmad", "Omar Abu Anas")
    assert "Anas" in [m.text for m in anas.mentions]
    assert "Anas" not in [m.text for m in omar.mentions]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "group", "translation", "again_at"),
    [
        ('Rebels\n\nJabhat Fateh al-Sham (Arabic: x, "Front for the Conquest of the Levant") is a militant '
         "group. In 2017 the Front for the Conquest of the Levant joined a new alliance.\n",
         "Jabhat Fateh al-Sham", "Front for the Conquest of the Levant", "In 2017 "),
        ("Jaish al-Ta'ifa al-Mansurah (Arabic: x, \"Army of the Victorious Sect\") is a militant Sunni "
         "group. In 2006 the Army of the Victorious Sect joined an umbrella organization.\n",
         "Jaish al-Ta'ifa al-Mansurah", "Army of the Victorious Sect", "In 2006 "),
    ],
)
def test_a_translated_name_closing_a_gloss_is_the_groups_wherever_written(
    text: str, group: str, translation: str, again_at: str
) -> None:
    actor = actor_with(sheet(text), group)
    assert actor is not None
    starts = [m.start for m in actor.mentions if translation in m.text]
    assert text.index(translation) in starts
    assert text.index(again_at) + len(again_at) in starts


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "outlet_name", "word"),
    [
        ("Fighting\n\nThe fighting resumed, Baladna News reported on Monday. Baladna also said that the "
         "alliance had grown.\n", "Baladna News", "Baladna"),
        # the model reads the lone word as a place; the gazetteer knows none
        ("Strike\n\nThe Iraqi channel Alsumaria TV broadcast the speech live. Alsumaria later said the "
         "minister had resigned.\n", "Alsumaria TV", "Alsumaria"),
    ],
)
def test_an_outlets_own_word_written_alone_is_the_outlet(text: str, outlet_name: str, word: str) -> None:
    outlet = actor_with(sheet(text), outlet_name)
    assert outlet is not None and outlet.kind == "media"
    assert word in [m.text for m in outlet.mentions]


@pytest.mark.model
def test_a_place_the_gazetteer_knows_is_no_outlets_word() -> None:
    text = "Kurdistan TV is a satellite channel. Kurdistan has many channels. Kurdistan TV is popular.\n"
    outlet = actor_with(sheet(text), "Kurdistan TV")
    assert outlet is not None and "Kurdistan" not in [m.text for m in outlet.mentions]


@pytest.mark.model
def test_a_hyphened_state_before_a_noun_of_no_dealings_is_a_place() -> None:
    s = sheet("Border\n\nTroops crossed the Iran-Iraq border on Friday.\n")
    assert not [a for a in s.actors if a.kind == "state"]


@pytest.mark.model
def test_a_designations_name_is_no_body_wherever_it_stands() -> None:
    text = ("Designation\n\nThe Department of State has amended the Foreign Terrorist Organization (FTO) "
            "designation of al-Nusrah Front to include its aliases.\n")
    s = sheet(text)
    named = {m.text for a in s.actors for m in a.mentions}
    assert not {"Foreign Terrorist Organization", "the Foreign Terrorist Organization", "FTO"} & named
    assert actor_with(s, "al-Nusrah Front") is not None


@pytest.mark.model
def test_an_office_the_model_calls_a_body_is_the_holders_role() -> None:
    text = ("Talks\n\nThe Minister for the Middle East spoke to the Syrian Opposition Coordinator, Nasr "
            "al-Hariri, on Monday.\n")
    s = sheet(text)
    assert not [a for a in s.actors if a.kind != "person" and "Coordinator" in a.name]
    hariri = actor_with(s, "Nasr al-Hariri")
    assert hariri is not None and "Syrian Opposition Coordinator" in hariri.roles


@pytest.mark.model
def test_a_name_the_model_misses_with_a_group_apposed_is_that_group() -> None:
    text = ("Darfur\n\nThe Emergency Lawyers, a rights group tracking violence, said at least 27 civilians "
            "had been killed.\n")
    lawyers = actor_with(sheet(text), "Emergency Lawyers")
    assert lawyers is not None and lawyers.kind == "ngo"  # 'a rights group' says which body


@pytest.mark.model
def test_a_name_after_a_bodys_possessive_before_a_verb_is_its_person() -> None:
    s = sheet("Gaza\n\nThe World Health Organization's Tedros Adhanom Ghebreyesus said the hospital was "
              "out of service.\n")
    tedros = actor_with(s, "Tedros Adhanom Ghebreyesus")
    assert tedros is not None and tedros.kind == "person"
    assert tedros.affiliation == actor_with(s, "The World Health Organization").id  # type: ignore[union-attr]


@pytest.mark.model
def test_a_coined_one_word_body_name_written_again_is_that_body() -> None:
    text = ("Gas\n\nThe state energy company Naftogaz said it would pay. Naftogaz signed the deal in Vienna. "
            "Officials at Naftogaz declined to comment.\n")
    naftogaz = actor_with(sheet(text), "Naftogaz")
    assert naftogaz is not None
    assert [m.start for m in naftogaz.mentions if m.text == "Naftogaz"] == [
        i for i in range(len(text)) if text.startswith("Naftogaz", i)
    ]


@pytest.mark.model
def test_those_outside_a_group_are_not_the_group() -> None:
    s = sheet("Books\n\nThe books were written by non-Yazidis in response to interest from abroad.\n")
    assert not [a for a in s.actors if a.kind == "population"]


@pytest.mark.model
def test_an_adverb_closing_an_apposition_is_no_part_of_the_role() -> None:
    text = ("Library\n\n\"We pray for it,\" says Omar Abu Anas, a former engineering student now helping to "
            "defend his home town.\n")
    omar = actor_with(sheet(text), "Omar Abu Anas")
    assert omar is not None and omar.roles == ["former engineering student"]


@pytest.mark.model
def test_a_books_name_is_no_body() -> None:
    text = ("The Yazidi Book of Revelation (Kitêba Cilwe in Kurdish) is one of two books. Most agree that "
            "the Book of Revelation and the Black Book were published in English in 1911.\n")
    s = sheet(text)
    assert not [m.text for a in s.actors for m in a.mentions if "Book" in m.text]
