"""Actor discovery: whose office a registered office name is, spelling variants of registry
names, sentence adverbs before names (end to end, needs the model; registry helpers without)."""

from __future__ import annotations

import pytest
from actor_lookup import actor_named, actor_of, actor_with, sheet

from bagouz_extract.components.actors import registry_words
from bagouz_extract.components.registry import load_registry, spelling_variants

# --- no model ------------------------------------------------------------------------------

VARIANTS = [
    ("Hayat Tahrir al-Sham", False, {"Hayat Tahrir al Sham"}),
    ("al Qaeda", False, {"al-Qaeda"}),
    ("al-Assad", True, {"al Assad", "Al-Assad", "Al Assad"}),
    ("Kata'ib Hezbollah", False, set()),  # 'ib' after an apostrophe is no particle
    ("US-led coalition", False, set()),
    # British and American spellings, both ways round; not Labour/Labor (two parties)
    ("Syrian Civil Defence", False, {"Syrian Civil Defense"}),
    ("World Health Organization", False, {"World Health Organisation"}),
    ("Labour Party", False, set()),
    # the United Nations or the United States written three ways before a body's name; not alone
    ("United Nations Assistance Mission for Iraq", False,
     {"UN Assistance Mission for Iraq", "U.N. Assistance Mission for Iraq"}),
    ("U.N. Children's Fund", False, {"UN Children's Fund", "United Nations Children's Fund"}),
    ("UN", True, set()),
    ("US Army", False, {"U.S. Army", "United States Army"}),
]


@pytest.mark.parametrize(("alias", "cased", "expected"), VARIANTS)
def test_spelling_variants(alias: str, cased: bool, expected: set[str]) -> None:
    assert spelling_variants(alias, cased=cased) == expected


def test_variants_are_registry_aliases_of_the_same_actor() -> None:
    registry = load_registry()
    assert registry.aliases["Hayat Tahrir al Sham"] == registry.aliases["Hayat Tahrir al-Sham"]
    assert registry.keys["syrian civil defence"] == registry.keys["syrian civil defense"]


def test_no_registered_non_state_uses_the_state_prefix() -> None:
    registry = load_registry()
    wrong = [e.id for e in registry.entries.values() if e.id.startswith("state-") and e.kind != "state"]
    assert wrong == []


def test_word_lists_load() -> None:
    assert "Meanwhile" in registry_words("name_openers")
    assert "ministry" in registry_words("state_office_heads")


# --- model ---------------------------------------------------------------------------------

OTHER_STATES_OFFICES = [
    # (text, the office's mention, its name)
    ("The Russian Ministry of Defence said its jets struck the depot.\n", "Russian Ministry of Defence",
     "Russian Ministry of Defence"),
    ("The French Foreign Office said it was deeply concerned.\n", "French Foreign Office",
     "French Foreign Office"),
    ("Turkey's Ministry of Defence said the convoy was hit.\n", "Turkey's Ministry of Defence",
     "Turkish Ministry of Defence"),
    ("The Iraqi Ministry of Interior said 20 suspects were arrested.\n", "Iraqi Ministry of Interior",
     "Iraqi Ministry of Interior"),
    ("Turkey's Defence Ministry said its jets struck targets.\n", "Turkey's Defence Ministry",
     "Turkish Defence Ministry"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "mention", "name"), OTHER_STATES_OFFICES)
def test_another_states_office_is_its_own_actor(text: str, mention: str, name: str) -> None:
    s = sheet(text)
    office = actor_of(s, mention)
    assert office.name == name
    assert office.kind == "government"
    assert not [a for a in s.actors if a.id in ("actor-uk-government", "actor-uk-mod", "actor-pentagon")]


LINKED = [
    ("The Russian Ministry of Defence said the strikes hit rebel positions. Russia denied it.\n",
     "Russian Ministry of Defence", "Russia"),
    ("The Iraqi Ministry of Interior said 20 suspects were arrested. Iraq later denied it.\n",
     "Iraqi Ministry of Interior", "Iraq"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "office", "state"), LINKED)
def test_a_states_office_is_linked_to_the_state_when_it_acts(text: str, office: str, state: str) -> None:
    s = sheet(text)
    assert actor_of(s, office).affiliation == actor_of(s, state).id


REGISTERED = [
    # a state's own office, written with the state, stays the registered actor
    ("The British Foreign Office said it was deeply concerned.\n", "British Foreign Office",
     "actor-uk-foreign-office"),
    ("The UK Ministry of Defence said the strike killed two militants.\n", "UK Ministry of Defence",
     "actor-uk-mod"),
    ("The U.S. Defense Department said the strike killed two militants.\n", "U.S. Defense Department",
     "actor-pentagon"),
    ("The State Department said the talks would resume.\n", "State Department", "actor-us-state-department"),
    # a registry name in another particle spelling matches whole; no part of it is a person
    ("Hayat Tahrir al Sham, a jihadist alliance, controls it.\n", "Hayat Tahrir al Sham", "actor-hts"),
    ("Fighters of Hayat Tahrir Al-Sham attacked the town on Monday.\n", "Hayat Tahrir Al-Sham", "actor-hts"),
    ("Jaysh al Islam fighters withdrew from the district.\n", "Jaysh al Islam", "actor-jaysh-al-islam"),
    # a nationality or community adjective before a registered armed group's name
    ("The Kurdish People's Protection Units (YPG) took the village on Monday.\n",
     "Kurdish People's Protection Units", "actor-ypg"),
    ("Lebanese Hezbollah sent more fighters to the front.\n", "Hezbollah", "actor-hezbollah"),
    # registered groups, forces and bodies of conflict news in Africa and Afghanistan
    ("Fighters of the Islamic State West Africa Province stormed the base.\n",
     "Islamic State West Africa Province", "actor-iswap"),
    ("Afghan security forces retook the district on Sunday.\n", "Afghan security forces", "actor-andsf"),
    ("The Counter Terrorism Service cleared the district.\n", "Counter Terrorism Service", "actor-iraqi-cts"),
    # a registered outlet's language service is the outlet, whatever the model calls it
    ("Our forces are ready, an officer told Rudaw English.\n", "Rudaw English", "actor-rudaw"),
    ("The deal was off, a source told BBC Persian.\n", "BBC Persian", "actor-bbc"),
    # an office named after a registered holder's title, which the model reads in part
    ("The aid goes through the Office of the UN High Commissioner for Refugees.\n",
     "the Office of the UN High Commissioner for Refugees", "actor-unhcr"),
    # a UN body registered under 'United Nations ...' and written with 'U.N.'
    ("The U.N. Assistance Mission for Iraq said 13 were killed.\n", "U.N. Assistance Mission for Iraq",
     "actor-unami"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "mention", "actor_id"), REGISTERED)
def test_registered_actor_is_found_whole(text: str, mention: str, actor_id: str) -> None:
    s = sheet(text)
    assert actor_of(s, mention).id == actor_id
    assert [a.id for a in s.actors if not a.id.startswith("actor-anon-")] == [actor_id]


ALONE = [
    # (text, mention, the one actor's name, its kind): a sentence adverb is cut from the name
    ("The fighting continued. Later Ciya Furat told reporters the battle was over.\n", "Ciya Furat",
     "Ciya Furat", "person"),
    ("The talks stalled. Meanwhile Ahmed Hassan said the road was closed.\n", "Ahmed Hassan", "Ahmed Hassan",
     "person"),
    ("Separately Omar Khalil told the agency the camp was full.\n", "Omar Khalil", "Omar Khalil", "person"),
    # a nationality and an armed noun name a group, not the state or its forces
    ("Syrian rebels attacked the base on Sunday.\n", "Syrian rebels", "Syrian rebels", "armed_group"),
    ("Iraqi militias then fired rockets at the airport.\n", "Iraqi militias", "Iraqi militias",
     "armed_group"),
    # an Arabic word for a brigade opening a name the model left untagged; a group's name the
    # model read as a building
    ("Fighters of Liwa Zaynabiyoun were killed near the airport.\n", "Liwa Zaynabiyoun",
     "Liwa Zaynabiyoun", "armed_group"),
    ("The Nour al-Din al-Zinki Movement was accused of the killing.\n", "Nour al-Din al-Zinki Movement",
     "Nour al-Din al-Zenki Movement", "armed_group"),
    # a registered word inside a longer name is not the registered actor ('Fatah'); the longer
    # name is registered itself (tests/test_registry_conflict_actors.py)
    ("Jaish al-Fatah took control of the city.\n", "Jaish al-Fatah", "Jaysh al-Fatah", "armed_group"),
    # an office named after its holder's title is a body, not the holder
    ("The Office of the Prime Minister said the talks would resume.\n", "The Office of the Prime Minister",
     "Office of the Prime Minister", "government"),
    ("Earlier the Office of the Special Envoy for Syria issued a statement.\n",
     "the Office of the Special Envoy for Syria", "Office of the Special Envoy for Syria", "government"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "mention", "name", "kind"), ALONE)
def test_the_one_actor_is_named_as_written(text: str, mention: str, name: str, kind: str) -> None:
    s = sheet(text)
    actor = actor_of(s, mention)
    assert (actor.name, actor.kind, actor.affiliation) == (name, kind, None)
    assert [a.id for a in s.actors] == [actor.id]
    openers = registry_words("name_openers")
    assert not [m.text for a in s.actors for m in a.mentions if m.text.split()[0] in openers]


GROUPS = [
    # (text, mentions that are one actor, its name, its kind)
    ("Many Raqqa residents fled, and the residents of Raqqa said food was short.\n",
     ("Raqqa residents", "residents of Raqqa"), "people of Raqqa", "population"),
    ("The people of Aleppo endured the siege for months.\n", ("people of Aleppo",), "people of Aleppo",
     "population"),
    ("Gunmen killed ten members of the Al bu Hamad tribe near the river.\n", ("Al bu Hamad tribe",),
     "Al bu Hamad tribe", "population"),
    ("The Shammar tribe sent fighters to the front.\n", ("Shammar tribe",), "Shammar tribe", "population"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "mentions", "name", "kind"), GROUPS)
def test_people_of_a_place_and_tribes_are_actors(
    text: str, mentions: tuple[str, ...], name: str, kind: str
) -> None:
    s = sheet(text)
    actors = {actor_of(s, m).id for m in mentions}
    assert len(actors) == 1
    actor = actor_of(s, mentions[0])
    assert (actor.name, actor.kind) == (name, kind)


NOT_GROUPS = [
    "The people of Iraq voted on Sunday.\n",  # a state's people: the population rule's ('Iraqi people')
    "Syrian civilians fled the town.\n",
    "The tribe said it would fight.\n",  # no name
]


@pytest.mark.model
@pytest.mark.parametrize("text", NOT_GROUPS)
def test_no_place_people_or_tribe_without_a_place_or_name(text: str) -> None:
    assert not [a for a in sheet(text).actors if a.mentions[0].rule in ("place_people", "tribe")]


PARTIES = [
    ("We thank our ally Turkey for the close coordination during this operation.\n", "Turkey"),
    ("The frigate is committed to working together with the U.S. and Royal Navy, said its captain.\n",
     "U.S."),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "state"), PARTIES)
def test_a_state_named_as_a_partner_acts(text: str, state: str) -> None:
    assert actor_of(sheet(text), state).kind == "state"



@pytest.mark.model
def test_a_possessive_is_not_part_of_the_name() -> None:
    s = sheet("Speaking to reporters, al-Baghdadi's deputy Abu Ali al-Anbari said nothing.\n")
    assert actor_of(s, "al-Baghdadi").id == "actor-abu-bakr-al-baghdadi"


TRIMMED = [
    # (text, the mention as it should read, kind)
    ("The banquet featured magician Daryl Miller and a dinner.\n", "Daryl Miller", "person"),
    ("Friends said Van Voorhis' work had helped many families.\n", "Van Voorhis", "person"),
    ("Tega Cay Fire Department crews put out the blaze.\n", "Tega Cay Fire Department", "government"),
    ("Council of Europe Doesn’t Envisage Use of Sanctions. MOSCOW — Russia’s seat is safe.\n",
     "Council of Europe", "government"),
    # an adverb the model ran the name into
    ("The Palestinian health ministry said 60 people had been killed. The Gaza health ministry later "
     "raised the toll.\n", "The Gaza health ministry", "government"),
]


NO_PERSON = [
    # a byline or a photo credit names the page's writer
    "Richmond could lose 200 jobs. By Bill Engle Staff Writer March 27, 2009. The plant will close.\n",
    "The gun was used in the attack. Staff Writers Sandy Hodson and Adam Folk contributed to this report.\n",
    "Workers voted to join the union on Monday. (Greg Trotter / News-Leader)\n",
    "Police sealed off the street. (Courier Photo/Denise Cravens)\n",
    # what the model or a title makes a person's name is an organisation's or a place's
    "Children at Kit Carson Elementary planted a garden on Monday.\n",
    "Chelsea and Club America will play friendly matches after the Premier League season ends.\n",
    "The boat sank near Steveston Harbour on Sunday.\n",
    "Clashes broke out in the Bab al-Tabbaneh and Jabal Mohsen neighbourhoods on Monday.\n",
]


@pytest.mark.model
@pytest.mark.parametrize("text", NO_PERSON)
def test_no_person_in_credits_or_in_names_of_bodies_and_places(text: str) -> None:
    assert [a.name for a in sheet(text).actors if a.kind == "person"] == []


@pytest.mark.model
@pytest.mark.parametrize(("text", "mention", "kind"), TRIMMED)
def test_a_model_name_is_trimmed_to_the_name(text: str, mention: str, kind: str) -> None:
    assert actor_of(sheet(text), mention).kind == kind


DATELINE_CREDITS = [
    # the wire credited in a dateline filed the story; it is no actor in it (a story that
    # quotes the agency still has it)
    ("COLUMBUS, Ohio (AP) -- The city council voted to cut police pay on Monday.\n", []),
    ("SPRINGFIELD (AP) _ A judge denied bail on Tuesday.\n", []),
    ("DAYTON, Ohio (AP) \u2014 Volunteers cleaned the river banks on Saturday.\n", []),
    ("BEIJING, March 3 (Xinhua) -- China opened a new rail line on Friday.\n", []),
    ("BEIRUT (AP) -- Rebels shelled the city, the Associated Press was told by residents.\n",
     ["Associated Press"]),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "media"), DATELINE_CREDITS)
def test_a_dateline_wire_credit_is_no_actor(text: str, media: list[str]) -> None:
    assert [a.name for a in sheet(text).actors if a.kind == "media"] == media


INSIDE_LONGER_NAMES = [
    # a generic registry alias inside a longer name is no mention of the registered actor
    ("The Syrian Observatory counted 20 dead. The European Observatory on Human Rights said nothing.\n",
     "European Observatory on Human Rights", "actor-sohr"),
    ("The UN asked for access. The Turkish Red Crescent delivered food to the camp.\n",
     "Turkish Red Crescent", "actor-icrc"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "name", "registered"), INSIDE_LONGER_NAMES)
def test_a_generic_alias_inside_a_longer_name_is_not_the_registered_actor(
    text: str, name: str, registered: str
) -> None:
    s = sheet(text)
    assert actor_of(s, name).affiliation is None
    assert not [m.text for a in s.actors if a.id == registered for m in a.mentions if m.text in name]


SIDES = [
    # (text, the group's mention): a sponsor or side before an armed noun names a group
    ("Iran-backed militias advanced on the town on Sunday.\n", "Iran-backed militias"),
    ("Pro-government forces shelled the village, activists said.\n", "Pro-government forces"),
    ("Turkish-backed rebels fled the town.\n", "Turkish-backed rebels"),
    # separatists and paramilitaries are armed groups' nouns too
    ("Talks\n\nRussia-backed separatists said they shelled the town.\n", "Russia-backed separatists"),
    ("Talks\n\nCameroonian separatists attacked a school.\n", "Cameroonian separatists"),
    ("Talks\n\nColombian paramilitaries killed two farmers.\n", "Colombian paramilitaries"),
    # an Arabic word for an army opens a group's name the model may read as a person's
    ("The rebel group Jaish al-Izza said its fighters shot down a drone.\n", "Jaish al-Izza"),
    # a Spanish word for a front opens a unit's number the model reads as a person
    ("Fighting between the ELN and Frente 33 displaced thousands.\n", "Frente 33"),
    ("The ELN and the dissidents of Frente 33 coexisted for years. Frente 33 did not respond.\n",
     "Frente 33"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "mention"), SIDES)
def test_sponsored_and_transliterated_groups_are_armed_groups(text: str, mention: str) -> None:
    group = actor_of(sheet(text), mention)
    assert (group.name, group.kind) == (mention, "armed_group")


# a name the model left untagged, ending in a body's noun, joined by 'and' to one it tagged
CONJOINED_BODIES = [
    ("Talks\n\nThe ship joined the U.S. 5th Fleet and Combined Maritime Forces in May.\n",
     "Combined Maritime Forces"),
    ("Talks\n\nCombined Maritime Forces and the U.S. 5th Fleet ran the drill.\n", "Combined Maritime Forces"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "mention"), CONJOINED_BODIES)
def test_an_untagged_body_joined_to_a_tagged_one_is_a_body(text: str, mention: str) -> None:
    assert actor_of(sheet(text), mention).kind != "person"


@pytest.mark.model
def test_a_body_name_the_model_cut_at_and_runs_to_its_end() -> None:
    s = sheet("Talks\n\nExports fell by a third in March, the Association of Avocado Exporting Producers "
              "and Packers said on Monday.\n")
    assert actor_of(s, "the Association of Avocado Exporting Producers and Packers").kind == "organization"
    # guard: the words after 'and' are another name
    s = sheet("Talks\n\nOfficials at the Bank of England and Barclays said rates would rise.\n")
    assert actor_of(s, "Bank of England").name == "Bank of England"


@pytest.mark.model
def test_a_one_word_name_described_as_a_people_is_no_body() -> None:
    s = sheet("Talks\n\nThe people in the town were mostly Maori, an indigenous group similar in culture "
              "to others, Underwood said.\n")
    assert actor_with(s, "Maori") is None


@pytest.mark.model
def test_a_conjoined_body_takes_up_its_initials() -> None:
    s = sheet("Talks\n\nThe ship joined the U.S. 5th Fleet and Combined Maritime Forces in May. "
              "CMF is headquartered in Bahrain.\n")
    assert actor_of(s, "CMF").id == actor_of(s, "Combined Maritime Forces").id


@pytest.mark.model
def test_a_headline_office_before_its_statement_is_a_person() -> None:
    s = sheet("Foreign Secretary statement on the report\n\nThe Foreign Secretary said it was clear.\n")
    office = actor_of(s, "Foreign Secretary")
    assert office.kind == "person"
    assert actor_of(s, "The Foreign Secretary").id == office.id


@pytest.mark.model
def test_a_mixed_case_short_form_and_its_capitalised_use_are_one_actor() -> None:
    s = sheet(
        "The report by the Commission of Inquiry (CoI) makes grim reading. "
        "The COI must be allowed to continue its work.\n"
    )
    assert actor_of(s, "CoI").id == actor_of(s, "COI").id == actor_of(s, "Commission of Inquiry").id


SPONSORED = [
    # (text, the organisation's name): capitalised words after a sponsor's hyphenated word
    ("The US-led Combined Joint Task Force said 20 strikes hit the town.\n", "Combined Joint Task Force"),
    ("Turkish-backed Sultan Murad Division fighters took the village.\n", "Sultan Murad Division"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "name"), SPONSORED)
def test_a_name_after_a_sponsor_is_an_organisation(text: str, name: str) -> None:
    s = sheet(text)
    assert any(a.name == name and a.kind != "person" for a in s.actors), [a.name for a in s.actors]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Fayez al-Sarraj heads the U.N.-supported Government of National Accord.\n",
    "Fayez al-Sarraj heads the UN-backed Government of National Accord.\n",
])
def test_a_sponsor_the_model_read_into_a_registered_name_is_cut_off(text: str) -> None:
    s = sheet(text)
    assert [a.name for a in s.actors if "Accord" in a.name] == ["Government of National Accord"]


def test_a_titled_person_after_a_sponsor_is_no_organisation() -> None:
    s = sheet("The US-backed President Ashraf Ghani said talks would go on.\n")
    assert [a.kind for a in s.actors if "Ghani" in a.name] == ["person"]


@pytest.mark.model
@pytest.mark.parametrize(("text", "name", "kind"), [
    ("Mustafa Bali, the head of SDF Press Office, said the town fell.\n", "SDF Press Office", "organization"),
    ("The Hamas Political Bureau said talks would resume.\n", "Hamas Political Bureau", "organization"),
    ("The Iraqi Defence Office said talks would resume.\n", "Iraqi Defence Office", "government"),
], ids=["armed-groups-office", "movements-bureau", "states-office"])
def test_an_office_of_a_non_state_body_is_no_government(text: str, name: str, kind: str) -> None:
    s = sheet(text)
    assert [a.kind for a in s.actors if a.name == name] == [kind], [(a.name, a.kind) for a in s.actors]


@pytest.mark.model
@pytest.mark.parametrize(("text", "name", "kind"), [
    ("The Salvation Army handed out food on Monday.\n", "The Salvation Army", "ngo"),
    ("The American Red Cross opened a shelter in the gym.\n", "American Red Cross", "ngo"),
], ids=["army-in-a-charitys-name", "national-red-cross-is-not-the-icrc"])
def test_a_charity_is_no_armed_group_nor_another_body(text: str, name: str, kind: str) -> None:
    s = sheet(text)
    assert [(a.name, a.kind) for a in s.actors] == [(name, kind)]


def test_a_venue_the_model_calls_a_person_is_no_actor() -> None:
    s = sheet("At 9 a.m., an employee at Pine Creek Seafood and Oyster Bar, 58 Elm St., was robbed.\n")
    assert not [a for a in s.actors if a.kind == "person"]


@pytest.mark.model
def test_a_name_the_model_ran_over_a_comma_into_a_person_is_the_body_and_the_person() -> None:
    s = sheet("A spokesman for the Ministry of Defence, Fawad Aman, said Afghan forces attacked.\n")
    aman, ministry = actor_named(s, "Fawad Aman"), actor_named(s, "Ministry of Defence")
    assert aman is not None and ministry is not None
    assert aman.kind == "person" and aman.affiliation == ministry.id


@pytest.mark.model
def test_a_ministry_of_defence_is_the_uks_only_where_the_text_names_the_uk() -> None:
    afghan = sheet("The Ministry of Defence in Kabul said Afghan forces had retaken the district.\n")
    assert "UK Ministry of Defence" not in [a.name for a in afghan.actors]
    british = sheet("The Ministry of Defence said British troops would stay. The UK has 400 troops there.\n")
    assert "UK Ministry of Defence" in [a.name for a in british.actors]


def test_the_typo_tolerant_match_takes_no_name_a_word_shorter() -> None:
    from bagouz_extract.components.registry import load_registry
    from bagouz_extract.reconcile.actor_resolve import _fuzzy_registry

    registry = load_registry()
    assert _fuzzy_registry("syrian democratic froces", registry) == "sdf"
    assert _fuzzy_registry("ministry of defence", registry) is None  # not the 'UK Ministry of Defence'


@pytest.mark.model
def test_an_institute_the_model_calls_a_place_is_a_body_and_its_place_a_place() -> None:
    s = sheet('"It is over," said Charles Lister, a senior fellow at the Middle East Institute.\n')
    institute, lister = actor_of(s, "Middle East Institute"), actor_of(s, "Charles Lister")
    assert institute.kind == "organization"
    assert (lister.affiliation, lister.roles) == (institute.id, ["senior fellow"])
    assert [p.name for p in s.places] == ["Middle East"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a one-word town of that name, and a state whose formal name ends in 'Federation'
        ("Another pool is at Shawnee Park in Institute, near Charleston.\n", "Institute"),
        ("The Russian Federation objected to the plan.\n", "Russia"),
    ],
)
def test_a_place_named_like_a_body_stays_a_place(text: str, place: str) -> None:
    assert place in [p.name for p in sheet(text).places]


# (text, the name the model calls an organisation, its later short mention or None)
ORG_NAMED_PEOPLE = [
    # a lower-case role noun before it
    ("Hungarian astronaut Bertalan Farkas is leaving for the United States. "
     "Farkas will move to the company's headquarters.\n", "Bertalan Farkas", "Farkas"),
    # a capitalised office before it
    ("Republican Town Committee Chairwoman Deb Peruzzotti could not be reached for comment.\n",
     "Deb Peruzzotti", None),
    # an age after it
    ("Issac Fisher, 26, of Kansas City, Kan., was charged Monday. Fisher was released.\n",
     "Issac Fisher", "Fisher"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "name", "short"), ORG_NAMED_PEOPLE)
def test_a_name_the_model_calls_an_organisation_is_a_person_by_the_words_around_it(
    text: str, name: str, short: str | None
) -> None:
    person = actor_of(sheet(text), name)
    assert person.kind == "person"
    assert [m.text for m in person.mentions] == [name] + ([short] if short else [])


@pytest.mark.model
def test_a_list_going_on_after_a_comma_is_no_apposition() -> None:
    # 'Islamic Jihad, and Hezbollah Secretary General X': the title is the next item's
    s = sheet("He met Palestinian factions, including leaders of Hamas and Islamic Jihad, and "
              "Hezbollah Secretary General Hassan Nasrallah in Beirut.\n")
    assert actor_of(s, "Islamic Jihad").kind == "armed_group"
    assert [a.name for a in s.actors if a.kind == "person"] == ["Hassan Nasrallah"]


# (text, the name, its kind): a name the model calls an organisation, with no word for a kind
# of body, before a noun for one ('group', 'agency'); an armed group's word before the noun
NAMED_BEFORE_A_BODY_NOUN = [
    ("The head of the Wagner mercenary group, Yevgeny Prigozhin, claimed the village.\n", "Wagner",
     "armed_group"),
    ("Pakistan's Inter-Services Intelligence agency has long been accused of helping them.\n",
     "Inter-Services Intelligence", "government"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "name", "kind"), NAMED_BEFORE_A_BODY_NOUN)
def test_a_name_before_a_noun_for_a_body_is_that_body(text: str, name: str, kind: str) -> None:
    assert actor_of(sheet(text), name).kind == kind


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "outlet", "found"),
    [
        ("Islamic State fighters attacked the base. Amaq, the group's news agency, did not comment.\n",
         "Amaq", True),
        ("Islamic State's leader urged followers in a recording released by the group's al-Furqan media "
         "network.\n",
         "al-Furqan media network", True),
        ("The tribe moved from Amaq to the coast in the last century.\n", "Amaq", False),
    ],
    ids=["with-the-group", "full-name", "alone"],
)
def test_the_islamic_states_outlets_are_its_own_when_it_is_named(text: str, outlet: str, found: bool) -> None:
    s = sheet(text)
    media = [a for a in s.actors if a.kind == "media" and any(outlet in m.text for m in a.mentions)]
    assert bool(media) == found
    if found:
        assert media[0].affiliation == "actor-isis"


@pytest.mark.model
def test_a_group_noun_before_a_groups_name_is_no_other_groups_mention() -> None:
    text = ("Rebels\n\nThe YPG said its fighters would resist. Aid reached Douma, where the rebel group "
            "Jaysh al-Islam still holds sway.\n")
    s = sheet(text)
    assert "the rebel group" not in [m.text for m in actor_of(s, "YPG").mentions]
    assert actor_of(s, "Jaysh al-Islam") is not None


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "state_acts"),
    [
        ("The British military's United Kingdom Maritime Trade Operations center, which monitors shipping "
         "in the region, said the crew was safe.\n", False),
        ("The U.S. Embassy said the strike killed two militants.\n", True),
    ],
    ids=["longer-body-name", "state-office"],
)
def test_a_state_opening_a_longer_body_name_is_no_state_mention(text: str, state_acts: bool) -> None:
    s = sheet(text)
    states = {m.text for a in s.actors if a.kind == "state" for m in a.mentions}
    assert bool(states & {"United Kingdom", "U.S."}) == state_acts
