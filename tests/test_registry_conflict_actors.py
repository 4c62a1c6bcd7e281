"""The actor registry's entries for the Syria/Iraq conflict and ordinary conflict news: each
name news uses ends in its registered actor with the right kind, and a short form that other
bodies share is the registered actor only when the text points there."""

from __future__ import annotations

from collections import defaultdict

import pytest
from actor_lookup import actor_named, actor_of, actor_with, sheet

from bagouz_extract.components.registry import KINDS, load_registry
from bagouz_extract.resources import load_json

# (sentence of our own, surface form in it, registered name, kind)
NAMED = [
    (
        "Fighters of the Azov regiment defended the steel plant in Mariupol.",
        "the Azov regiment",
        "Azov Brigade",
        "military",
    ),
    (
        "Members of Ukraine's National Guard held the bridge on Tuesday.",
        "Ukraine's National Guard",
        "National Guard of Ukraine",
        "military",
    ),
    (
        "The area is a stronghold of the Al-Qaeda-linked Group to Support Islam and Muslims.",
        "Group to Support Islam and Muslims",
        "Jama'at Nasr al-Islam wal Muslimin",
        "armed_group",
    ),
    (
        "The Army of Conquest took the provincial capital on Sunday.",
        "Army of Conquest",
        "Jaysh al-Fatah",
        "armed_group",
    ),
    (
        "Rebels of Jabhat Fateh al-Sham shelled the town; JFS fighters later withdrew.",
        "JFS",
        "al-Nusra Front",
        "armed_group",
    ),
    (
        "Jabhat Fatah al-Sham said it had cut ties with al-Qaeda.",
        "Jabhat Fatah al-Sham",
        "al-Nusra Front",
        "armed_group",
    ),
    (
        "The Nour al-Din al-Zinki movement said its men held the western suburbs.",
        "Nour al-Din al-Zinki movement",
        "Nour al-Din al-Zenki Movement",
        "armed_group",
    ),
    (
        "The Sham Legion sent fighters to the front near Afrin.",
        "Sham Legion",
        "Faylaq al-Sham",
        "armed_group",
    ),
    (
        "Maghawir al-Thawra said it repelled an attack near the garrison.",
        "Maghawir al-Thawra",
        "Maghawir al-Thawra",
        "armed_group",
    ),
    ("Suqour al-Sham fighters withdrew from the hills.", "Suqour al-Sham", "Suqour al-Sham", "armed_group"),
    (
        "Afghan recruits of the Fatemiyoun Division were buried in Mashhad.",
        "Fatemiyoun Division",
        "Liwa Fatemiyoun",
        "armed_group",
    ),
    (
        "The Syrian Air Force dropped barrel bombs on the town.",
        "Syrian Air Force",
        "Syrian Arab Air Force",
        "military",
    ),
    (
        "The Russian Aerospace Forces flew 40 sorties overnight.",
        "Russian Aerospace Forces",
        "Russian Aerospace Forces",
        "military",
    ),
    ("The Tiger Forces pushed towards the airbase on Friday.", "Tiger Forces", "Tiger Forces", "military"),
    (
        "The Russian defence ministry said its jets had hit an arms depot.",
        "Russian defence ministry",
        "Russian Ministry of Defence",
        "government",
    ),
    (
        "The Syrian Arab Red Crescent sent 20 lorries of flour to the town.",
        "Syrian Arab Red Crescent",
        "Syrian Arab Red Crescent",
        "ngo",
    ),
    (
        "The Syrian National Coalition said the vote was a sham.",
        "Syrian National Coalition",
        "Syrian National Coalition",
        "organization",
    ),
    (
        "The Syrian Negotiation Commission said it would send a delegation to Geneva.",
        "Syrian Negotiation Commission",
        "High Negotiations Committee",
        "organization",
    ),
    (
        "The Kurdish National Council boycotted the local elections.",
        "Kurdish National Council",
        "Kurdish National Council",
        "organization",
    ),
    (
        "The Manbij Military Council said it would hold the town.",
        "Manbij Military Council",
        "Manbij Military Council",
        "armed_group",
    ),
    (
        "The Deir al-Zour Military Council advanced along the river.",
        "Deir al-Zour Military Council",
        "Deir ez-Zor Military Council",
        "armed_group",
    ),
    (
        "The Iraqi Federal Police took the western bank of the city.",
        "Iraqi Federal Police",
        "Iraqi Federal Police",
        "military",
    ),
    ("The Mahdi Army fought US troops in Najaf in 2004.", "Mahdi Army", "Saraya al-Salam", "armed_group"),
    (
        "The Shia cleric Muqtada al-Sadr called his followers onto the streets.",
        "Muqtada al-Sadr",
        "Moqtada al-Sadr",
        "person",
    ),
    (
        "The UN Human Rights Council voted to extend the inquiry.",
        "UN Human Rights Council",
        "UN Human Rights Council",
        "organization",
    ),
    (
        "The UN General Assembly adopted the resolution by a wide margin.",
        "UN General Assembly",
        "UN General Assembly",
        "organization",
    ),
    (
        "The UN Commission of Inquiry on Syria said both sides had committed war crimes.",
        "UN Commission of Inquiry on Syria",
        "Independent International Commission of Inquiry on the Syrian Arab Republic",
        "organization",
    ),
    (
        "The Joint Investigative Mechanism blamed the air force for the sarin attack.",
        "Joint Investigative Mechanism",
        "OPCW-UN Joint Investigative Mechanism",
        "organization",
    ),
    (
        "The Syrian Arab Republic Government rejected the findings.",
        "Syrian Arab Republic Government",
        "Syrian government",
        "government",
    ),
    (
        "The Armed Forces of Ukraine said the attack was repelled.",
        "Armed Forces of Ukraine",
        "Armed Forces of Ukraine",
        "military",
    ),
    (
        "The Security Service of Ukraine said it had arrested an informant.",
        "Security Service of Ukraine",
        "Security Service of Ukraine",
        "government",
    ),
    ("The Tatmadaw said it had cleared the villages.", "Tatmadaw", "Tatmadaw", "military"),
    (
        "President Abed Rabbo Mansour Hadi returned to Aden on Tuesday.",
        "President Abed Rabbo Mansour Hadi",
        "Abd-Rabbu Mansour Hadi",
        "person",
    ),
]


NAMED += [
    (
        "Raqqa is Being Slaughtered Silently, a group of activists, posted photos of the bodies.",
        "Raqqa is Being Slaughtered Silently",
        "Raqqa is Being Slaughtered Silently",
        "media",
    ),
    ("Sahwa fighters manned the checkpoints outside the city.", "Sahwa", "Sons of Iraq", "armed_group"),
    (
        "Sunni fighters of the Hashd al-Ashaeri held the desert road.",
        "Hashd al-Ashaeri",
        "Tribal Mobilization",
        "armed_group",
    ),
    (
        "Al-Qaeda in Iraq (AQI) claimed the bombing; AQI later denied it.",
        "AQI",
        "al-Qaeda in Iraq",
        "armed_group",
    ),
    (
        "The Iraqi parliament voted to reject the referendum.",
        "Iraqi parliament",
        "Council of Representatives of Iraq",
        "government",
    ),
    (
        "The Australian Defence Force said two aircraft took part in the strike.",
        "Australian Defence Force",
        "Australian Defence Force",
        "military",
    ),
    (
        "The Israeli Air Force struck targets near the airport.",
        "Israeli Air Force",
        "Israeli Air Force",
        "military",
    ),
    (
        "The EU Delegation to Syria funds local aid groups from Beirut.",
        "EU Delegation to Syria",
        "EU Delegation to Syria",
        "organization",
    ),
    (
        "The European External Action Service said the sanctions would stay.",
        "European External Action Service",
        "European External Action Service",
        "organization",
    ),
    # 'Lebanese forces' is the army, whatever the party of that name
    (
        "Lebanese forces deployed along the border on Monday.",
        "Lebanese forces",
        "Lebanese Armed Forces",
        "military",
    ),
]


NAMED += [
    ("The CIA ended its programme to arm the rebels.", "CIA", "CIA", "government"),
    ("FBI agents searched the house on Friday.", "FBI", "FBI", "government"),
    (
        "Ajnad al-Sham fighters defended the suburb.",
        "Ajnad al-Sham",
        "Ajnad al-Sham Islamic Union",
        "armed_group",
    ),
    (
        "The Army of Mujahideen fought IS west of Aleppo.",
        "Army of Mujahideen",
        "Jaysh al-Mujahideen",
        "armed_group",
    ),
    (
        "The PFLP-GC, allied to Damascus, fought in the camp.",
        "PFLP-GC",
        "Popular Front for the Liberation of Palestine – General Command",
        "armed_group",
    ),
    (
        "The Syrian Democratic Council held talks with Damascus.",
        "Syrian Democratic Council",
        "Syrian Democratic Council",
        "organization",
    ),
    ("The Zeravani guarded the oil fields.", "Zeravani", "Zeravani", "military"),
]


NAMED += [
    (
        "The European Commission's humanitarian department (ECHO) funds mobile clinics.",
        "ECHO",
        "European Civil Protection and Humanitarian Aid Operations",
        "organization",
    ),
    (
        "The UN Relief and Works Agency for Palestine Refugees said the camp was destroyed.",
        "UN Relief and Works Agency for Palestine Refugees",
        "UNRWA",
        "organization",
    ),
    (
        "The UN Mine Action Service cleared the old city.",
        "UN Mine Action Service",
        "UN Mine Action Service",
        "organization",
    ),
]


NAMED += [
    (
        "The Pakistani Taliban claimed the attack on the school.",
        "Pakistani Taliban",
        "Tehrik-i-Taliban Pakistan",
        "armed_group",
    ),
    (
        "Jaish-e-Mohammed claimed the bombing in Kashmir.",
        "Jaish-e-Mohammed",
        "Jaish-e-Mohammed",
        "armed_group",
    ),
    (
        "Wilayat Sinai attacked a checkpoint near el-Arish.",
        "Wilayat Sinai",
        "Islamic State Sinai Province",
        "armed_group",
    ),
    (
        "The Muslim Brotherhood denied any link to the bombing.",
        "Muslim Brotherhood",
        "Muslim Brotherhood",
        "organization",
    ),
    ("Seleka rebels seized the town in March.", "Seleka", "Seleka", "armed_group"),
    ("The ELN bombed an oil pipeline in the north.", "ELN", "ELN", "armed_group"),
]


NAMED += [
    (
        "Fighters of the Islamic State in Iraq and Syria seized the town.",
        "Islamic State in Iraq and Syria",
        "Islamic State",
        "armed_group",
    ),
    (
        "Inspectors from the chemical weapons watchdog arrived in the town.",
        "chemical weapons watchdog",
        "Organisation for the Prohibition of Chemical Weapons",
        "organization",
    ),
    ("Assad's forces retook the hill on Sunday.", "Assad's forces", "Syrian Arab Army", "military"),
]


NAMED += [
    (
        "Al-Qaeda leader Ayman al-Zawahri urged the rebels to unite.",
        "Ayman al-Zawahri",
        "Ayman al-Zawahiri",
        "person",
    ),
    ("Forces loyal to Khalifa Hifter advanced on the capital.", "Khalifa Hifter", "Khalifa Haftar", "person"),
    (
        "Foreign Minister Walid al-Moualem said Damascus would attend.",
        "Foreign Minister Walid al-Moualem",
        "Walid al-Muallem",
        "person",
    ),
]


NAMED += [
    ("The Shin Bet said it had foiled a bombing.", "Shin Bet", "Shin Bet", "government"),
    ("Members of the Basij militia broke up the protest.", "Basij militia", "Basij", "armed_group"),
]


# well-known armed groups, insurgencies and criminal armed organisations of other regions
NAMED += [
    (
        "Sri Lankan troops overran the last positions held by the Tamil Tigers.",
        "Tamil Tigers",
        "Liberation Tigers of Tamil Eelam",
        "armed_group",
    ),
    ("LRA fighters abducted 30 children in northern Uganda.", "LRA", "Lord's Resistance Army", "armed_group"),
    (
        "Jemaah Islamiyah was blamed for the Bali bombings.",
        "Jemaah Islamiyah",
        "Jemaah Islamiyah",
        "armed_group",
    ),
    (
        "The Provisional IRA declared an end to its armed campaign in 2005.",
        "Provisional IRA",
        "Irish Republican Army",
        "armed_group",
    ),
    (
        "Spain said Euskadi Ta Askatasuna had handed over its weapons.",
        "Euskadi Ta Askatasuna",
        "Euskadi Ta Askatasuna",
        "armed_group",
    ),
    ("Ansar Dine fighters destroyed shrines in Timbuktu.", "Ansar Dine", "Ansar Dine", "armed_group"),
    (
        "Iran said its border guards were killed by Jaish al-Adl militants.",
        "Jaish al-Adl",
        "Jaish al-Adl",
        "armed_group",
    ),
    (
        "New People's Army rebels ambushed soldiers in Samar.",
        "New People's Army",
        "New People's Army",
        "armed_group",
    ),
    (
        "The Arakan Rohingya Salvation Army (ARSA) attacked police posts in Rakhine.",
        "ARSA",
        "Arakan Rohingya Salvation Army",
        "armed_group",
    ),
    (
        "The Polisario Front said it had shelled Moroccan positions along the berm.",
        "Polisario Front",
        "Polisario Front",
        "armed_group",
    ),
    (
        "Gunmen loyal to the Sinaloa Cartel blocked roads on Thursday.",
        "Sinaloa Cartel",
        "Sinaloa cartel",
        "armed_group",
    ),
    ("The Zetas ambushed the convoy near Nuevo Laredo.", "Zetas", "Los Zetas", "armed_group"),
    (
        "Police arrested 40 suspected members of MS-13 and Barrio 18.",
        "Barrio 18",
        "18th Street gang",
        "armed_group",
    ),
    ("Mai-Mai militiamen attacked the town in South Kivu.", "Mai-Mai", "Mai-Mai militias", "armed_group"),
    (
        "The al-Aqsa Martyrs' Brigades said two of its gunmen were killed in Nablus.",
        "al-Aqsa Martyrs' Brigades",
        "al-Aqsa Martyrs' Brigades",
        "armed_group",
    ),
    (
        "The NSCN-IM said talks with New Delhi had stalled.",
        "NSCN-IM",
        "National Socialist Council of Nagaland (Isak-Muivah)",
        "armed_group",
    ),
]


@pytest.mark.parametrize("text,surface,name,kind", NAMED, ids=[row[1] for row in NAMED])
def test_registered_conflict_actor(text: str, surface: str, name: str, kind: str) -> None:
    actor = actor_of(sheet(text), surface)
    assert (actor.name, actor.kind) == (name, kind)


# (sentence, short form, the registered name it must resolve to) when the text names the context
WEAK_WITH_CONTEXT = [
    (
        "The Syrian Arab Army and the NDF entered the town; the NDF lost 15 men.",
        "NDF",
        "National Defence Forces",
    ),
    (
        "Turkish President Recep Tayyip Erdogan said MIT had caught the suspect.",
        "MIT",
        "National Intelligence Organization",
    ),
    (
        "The United Nations said the General Assembly would vote on Friday.",
        "General Assembly",
        "UN General Assembly",
    ),
    (
        "The Syrian opposition met in Riyadh; the National Coalition said it would attend.",
        "National Coalition",
        "Syrian National Coalition",
    ),
    (
        "Russian forces shelled the town; most attackers were prisoners recruited by Wagner.",
        "Wagner",
        "Wagner Group",
    ),
    # a text naming Fatah al-Islam: a bare 'Fatah' is the movement, no short form of the group
    (
        "Fatah al-Islam fighters battled the army. Fatah said it was not involved.",
        "Fatah",
        "Fatah movement",
    ),
    # the context named only as a place
    (
        "Raid\n\nThe insurgents, known locally as Ahlu Sunnah Wal Jamaa, have waged an insurgency in "
        "Mozambique's gas-rich province since 2017.",
        "Ahlu Sunnah Wal Jamaa",
        "Ahlu Sunnah Wa-Jama",
    ),
]


@pytest.mark.parametrize("text,surface,name", WEAK_WITH_CONTEXT, ids=[row[1] for row in WEAK_WITH_CONTEXT])
def test_short_form_resolves_in_context(text: str, surface: str, name: str) -> None:
    assert actor_of(sheet(text), surface).name == name


# (sentence without the context, short form, the registered name it must NOT become)
WEAK_WITHOUT_CONTEXT = [
    ("The NDF said its members in Manila had been arrested.", "NDF", "National Defence Forces"),
    (
        "Mexico's Federal Police arrested three men. Federal Police officers blamed a cartel.",
        "Federal Police",
        "Iraqi Federal Police",
    ),
    (
        "Researchers at MIT said the new battery would last longer.",
        "MIT",
        "National Intelligence Organization",
    ),
    (
        "The General Assembly of the state passed the bill. The General Assembly meets in January.",
        "General Assembly",
        "UN General Assembly",
    ),
    (
        "The National Coalition Party won the vote in Finland. The National Coalition said it would lead.",
        "National Coalition",
        "Syrian National Coalition",
    ),
    (
        "The Red Crescent said the storm had destroyed 300 homes in Bangladesh.",
        "Red Crescent",
        "Syrian Arab Red Crescent",
    ),
    ("Officials from DPR Korea attended the meeting.", "DPR", "Donetsk People's Republic"),
    ("The festival opened with an overture by Wagner in Bayreuth.", "Wagner", "Wagner Group"),
    ("ADF rebels killed 20 villagers near Beni in eastern Congo.", "ADF", "Australian Defence Force"),
    # 'pro-Assad forces' are the militias on his side, not his army ("Assad's forces")
    ("Pro-Assad forces pounded the enclave.", "Pro-Assad forces", "Syrian Arab Army"),
    (
        "The AQI reached 180 on Tuesday, and officials urged residents to stay indoors.",
        "AQI",
        "al-Qaeda in Iraq",
    ),
]


@pytest.mark.parametrize(
    "text,surface,name", WEAK_WITHOUT_CONTEXT, ids=[row[1] for row in WEAK_WITHOUT_CONTEXT]
)
def test_short_form_alone_is_not_the_registered_actor(text: str, surface: str, name: str) -> None:
    actor = actor_with(sheet(text), surface)
    assert actor is None or actor.name != name


# sentences whose acronyms or words other bodies share ('ETA', 'EPP', 'IRA', 'NPA') name no armed group
NO_ARMED_GROUP = [
    "The flight's ETA was noon, the airline said.",
    "Centre-right members of the European People's Party (EPP) won the most seats.",
    "She opened a new IRA account last year.",
    "South Africa's NPA charged the former minister with fraud.",
]


@pytest.mark.parametrize("text", NO_ARMED_GROUP)
def test_a_shared_acronym_names_no_armed_group(text: str) -> None:
    assert [a.name for a in sheet(text).actors if a.kind == "armed_group"] == []


def test_possessive_office_is_the_registered_one() -> None:
    """'Russia's Defence Ministry' and 'the Russian Defence Ministry' are one registered actor."""
    s = sheet(
        "Russia's Defence Ministry said its jets struck a convoy. "
        "The Russian Defence Ministry later denied it."
    )
    assert actor_of(s, "Russia's Defence Ministry") is actor_of(s, "Russian Defence Ministry")


# Registry data checks (no model)


def _records() -> list[dict]:
    return load_json("actors.json")["actors"]


def test_no_alias_names_two_actors() -> None:
    """One phrase, one actor: a later record would silently take an earlier one's alias."""
    owners: dict[tuple[str, str], set[str]] = defaultdict(set)
    for record in _records():
        for alias in (record["name"], *record.get("aliases", [])):
            owners[("any", alias.lower())].add(record["id"])
        for alias in record.get("cased", []):
            owners[("cased", alias)].add(record["id"])
        for alias in record.get("weak", []):
            owners[("weak", alias.lower())].add(record["id"])
    shared = {alias: ids for alias, ids in owners.items() if len(ids) > 1}
    assert not shared


def test_links_name_registered_actors() -> None:
    registry = load_registry()
    for record in _records():
        assert record["kind"] in KINDS
        assert record.get("source") and record.get("example"), record["id"]
        for linked in (record.get("affiliation"), *record.get("context", [])):
            assert linked is None or linked in registry.entries, (record["id"], linked)


# (alias, registry id): distinct bodies news names side by side stay apart
DISTINCT = [
    ("Syrian Arab Red Crescent", "sarc"),
    ("International Committee of the Red Cross", "icrc"),
    ("Syrian National Coalition", "syrian-national-coalition"),
    ("Syrian opposition", "syrian-opposition"),
    ("UN Human Rights Council", "unhrc"),
    ("UN Human Rights Office", "ohchr"),
]


@pytest.mark.parametrize("alias,actor_id", DISTINCT, ids=[row[0] for row in DISTINCT])
def test_distinct_bodies_stay_apart(alias: str, actor_id: str) -> None:
    assert load_registry().aliases[alias] == actor_id


def test_a_relative_is_not_the_registered_person() -> None:
    """A registered surname ('bin Laden') joins the registered person's full name, not a
    relative's written with another given name."""
    s = sheet(
        "Osama bin Laden was killed in 2011. Bin Laden had hidden there for years. His son Hamza bin Laden "
        "was later reported dead."
    )
    assert actor_of(s, "Bin Laden") is actor_of(s, "Osama bin Laden")
    assert actor_of(s, "Hamza bin Laden").name == "Hamza bin Laden"


# a state's ministry in small letters after a two-word state name or the state's capital, named
# with the state's demonym
STATE_MINISTRIES = [
    ("Saudi Arabia's energy ministry said a storage tank was hit.\n", "Saudi Energy Ministry"),
    ("South Korea's unification ministry said talks would resume.\n", "South Korean Unification Ministry"),
    ("Moscow's defence ministry did not comment on the strikes.\n", "Russian Defence Ministry"),
    ("Ankara's foreign ministry summoned the envoy on Monday.\n", "Turkish Foreign Ministry"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "name"), STATE_MINISTRIES)
def test_a_ministry_after_a_state_or_its_capital_is_the_states(text: str, name: str) -> None:
    office = actor_named(sheet(text), name)
    assert office is not None and office.kind == "government"


# a person named before the possessive of a registered body: both are actors
OWNERS_AND_BODIES = [
    ("Khalifa Haftar's forces attacked Tripoli on Monday.\n", "Khalifa Haftar", "Libyan National Army"),
    ("Russian warplanes, which back President Bashar Assad's forces, struck hideouts.\n",
     "Bashar al-Assad", "Syrian Arab Army"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "person", "body"), OWNERS_AND_BODIES)
def test_a_person_before_a_possessive_body_stays_an_actor(text: str, person: str, body: str) -> None:
    names = [a.name for a in sheet(text).actors]
    assert names.count(person) == 1 and body in names


@pytest.mark.model
def test_a_groups_adjective_in_a_role_gives_the_affiliation() -> None:
    s = sheet('Houthi military spokesman Yahya Saree said on Twitter: "We will carry out more operations."\n')
    saree = actor_of(s, "Yahya Saree")
    houthis = actor_named(s, "Houthis")
    assert houthis is not None and saree.affiliation == houthis.id


@pytest.mark.model
def test_a_registered_name_joined_by_a_hyphen_to_another_word_is_part_of_a_longer_name() -> None:
    """'the Kuki-Chin National Army' is not the Chin National Army ('US-Iran talks' keep their states)."""
    s = sheet("Clashes\n\nFighters of the Kuki-Chin National Army attacked the post. US-Iran talks went on.")
    assert "Chin National Army" not in [a.name for a in s.actors]
    assert {"United States", "Iran"} <= {a.name for a in s.actors if a.kind == "state"}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "longer", "registered"),
    [
        ("Raid\n\nThe Department of State Services (DSS) arrested two men in Zamfara, officials said.",
         "Department of State Services", "US Department of State"),
        ("Blast\n\nThe Ministry of Peshmerga Affairs said the bomb struck a pickup truck.",
         "Ministry of Peshmerga Affairs", "Peshmerga"),
    ],
    ids=["state-services", "peshmerga-affairs"],
)
def test_a_registered_name_a_plural_name_word_goes_on_is_part_of_a_longer_name(
    text: str, longer: str, registered: str
) -> None:
    s = sheet(text)
    assert registered not in [a.name for a in s.actors]
    assert actor_of(s, longer).affiliation is None


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    ["Hezbollah Fighters Withdraw From Border\n\nThe fighters left on Monday, residents said.",
     "Hamas Leaders Meet in Cairo\n\nHamas officials met Egyptian mediators on Monday."],
    ids=["hezbollah-headline", "hamas-headline"],
)
def test_a_registered_name_in_a_title_case_headline_stays(text: str) -> None:
    assert text.split()[0] in [a.name for a in sheet(text).actors]
