"""The registry's entries for actors of current conflicts and crises (Sahel, Congo, Myanmar,
Haiti, Pakistan, Sudan, Latin American armed groups, famine monitors): each name news uses ends in
its registered actor with the right kind and parent body, and a short or shared name ('Fano',
'GNU', 'AA') is the registered actor only when the text points there."""

from __future__ import annotations

import pytest
from actor_lookup import actor_named, actor_of, affiliation_name, sheet

from bagouz_extract.components.registry import load_registry

# (sentence of our own, surface form in it, registered name, kind)
NAMED = [
    (
        "The Congolese army (FARDC) said it had retaken two villages from M23 rebels.",
        "FARDC",
        "Armed Forces of the Democratic Republic of the Congo",
        "military",
    ),
    (
        "Fano militiamen clashed with federal troops near Gondar in the Amhara region.",
        "Fano militiamen",
        "Fano militia",
        "armed_group",
    ),
    (
        "The Ethiopian army said Fano fighters had attacked the town of Lalibela.",
        "Fano fighters",
        "Fano militia",
        "armed_group",
    ),
    (
        "The Baloch Liberation Army (BLA) claimed the attack on the passenger train in Balochistan.",
        "BLA",
        "Balochistan Liberation Army",
        "armed_group",
    ),
    (
        "The Arakan Army said it had captured the base. The AA also seized Paletwa.",
        "The AA",
        "Arakan Army",
        "armed_group",
    ),
    (
        "Myanmar's National Unity Government said the vote was a sham. The NUG said it would not take part.",
        "The NUG",
        "National Unity Government of Myanmar",
        "government",
    ),
    (
        "The Kachin Independence Army seized the town. The KIA said the junta's troops had retreated.",
        "The KIA",
        "Kachin Independence Army",
        "armed_group",
    ),
    (
        "The UKMTO said a vessel was hit by a projectile 50 nautical miles off Hodeidah.",
        "The UKMTO",
        "United Kingdom Maritime Trade Operations",
        "organization",
    ),
    (
        "The SPLM-N, led by Abdelaziz al-Hilu, shelled Kadugli in South Kordofan.",
        "The SPLM-N",
        "SPLM-N",
        "armed_group",
    ),
    (
        "CODECO militiamen attacked a displacement camp in Ituri province, killing 40.",
        "CODECO militiamen",
        "CODECO",
        "armed_group",
    ),
    (
        "Wazalendo fighters clashed with M23 rebels near Uvira, the Congolese army said.",
        "Wazalendo fighters",
        "Wazalendo militias",
        "armed_group",
    ),
    (
        "Jihadists killed 15 soldiers and Volunteers for the Defence of the Homeland (VDP) in Burkina Faso.",
        "VDP",
        "Volunteers for the Defence of the Homeland",
        "armed_group",
    ),
    (
        "Libya's Government of National Unity said it had secured the airport. The GNU blamed Haftar.",
        "The GNU",
        "Libyan Government of National Unity",
        "government",
    ),
    (
        "The conflict monitor ACLED recorded 1,200 attacks on civilians last year.",
        "ACLED",
        "Armed Conflict Location and Event Data Project",
        "ngo",
    ),
    (
        "Islamic State Mozambique Province claimed the beheading of six villagers in Cabo Delgado.",
        "Islamic State Mozambique Province",
        "Islamic State Mozambique Province",
        "armed_group",
    ),
    (
        "The Haitian National Police said officers had killed several gang members in Port-au-Prince.",
        "The Haitian National Police",
        "Haitian National Police",
        "military",
    ),
    (
        "The Jalisco New Generation Cartel (CJNG) ambushed police in Michoacán.",
        "CJNG",
        "Jalisco New Generation Cartel",
        "armed_group",
    ),
    (
        "Colombia's government suspended talks with the Gulf Clan after an attack on soldiers.",
        "the Gulf Clan",
        "Clan del Golfo",
        "armed_group",
    ),
    (
        "COGAT said 200 trucks had entered Gaza on Sunday.",
        "COGAT",
        "COGAT",
        "organization",
    ),
    (
        "Hezbollah and Amal fighters were killed in the strike, the Lebanese army said.",
        "Amal fighters",
        "Amal Movement",
        "organization",
    ),
    (
        "The Integrated Food Security Phase Classification said famine was taking place. The WFP "
        "agreed; the IPC warned of more deaths.",
        "the IPC",
        "Integrated Food Security Phase Classification",
        "organization",
    ),
    (
        "Sudan faces famine in parts of Darfur, FEWS NET said.",
        "FEWS NET",
        "Famine Early Warning Systems Network",
        "organization",
    ),
    # national militaries: the state's troops are the registered force
    ("China's People's Liberation Army (PLA) began drills. Chinese troops practised landings.",
     "Chinese troops", "People's Liberation Army", "military"),
    ("The Uganda People's Defence Forces (UPDF) said Ugandan soldiers had killed 20 ADF rebels.",
     "Ugandan soldiers", "Uganda People's Defence Force", "military"),
    ("North Korea's military fired artillery, the Korean People's Army said.", "Korean People's Army",
     "Korean People's Army", "military"),
    ("A China Coast Guard vessel fired water cannon. China said the CCG acted lawfully.", "CCG",
     "China Coast Guard", "military"),
    ("The Royal Thai Army said two rangers were killed in Narathiwat.", "Royal Thai Army",
     "Royal Thai Army", "military"),
    ("Manila accused China's coast guard of firing water cannon. The Chinese coast guard denied it.",
     "China's coast guard", "China Coast Guard", "military"),
    ("U.S. Indo-Pacific Command said the launch posed no immediate threat to U.S. territory.",
     "U.S. Indo-Pacific Command", "US Indo-Pacific Command", "military"),
    ("AFRICOM said the airstrike near Jilib killed two al-Shabaab fighters.", "AFRICOM",
     "US Africa Command", "military"),
    ("Pakistan struck targets the Taliban control. \"The Islamic Emirate does not allow anyone to use "
     "Afghan soil,\" a spokesman said.", "Islamic Emirate", "Taliban", "armed_group"),
    ("Police raided favelas held by the Comando Vermelho. \"The Red Command has turned these communities "
     "into fortresses,\" the governor said.", "Red Command", "Comando Vermelho", "armed_group"),
]


@pytest.mark.parametrize("text,surface,name,kind", NAMED, ids=[row[2] for row in NAMED])
def test_news_name_is_the_registered_actor(text: str, surface: str, name: str, kind: str) -> None:
    actor = actor_of(sheet(text), surface)
    assert (actor.name, actor.kind) == (name, kind)


# (sentence naming the actor and its parent body, surface form, parent's registered name)
AFFILIATED = [
    (
        "Russia's Africa Corps took over the Wagner bases in Mali, the Russian Defence Ministry said.",
        "Russia's Africa Corps",
        "Russian Ministry of Defence",
    ),
    (
        "AUSSOM troops, deployed by the African Union, helped Somali forces retake the town.",
        "AUSSOM troops",
        "African Union",
    ),
    (
        "The ISPR said the Pakistani military had killed 12 militants in North Waziristan.",
        "ISPR",
        "Pakistan Armed Forces",
    ),
    (
        "Fighters of the People's Defence Force, the armed wing of Myanmar's National Unity "
        "Government, ambushed a convoy.",
        "the People's Defence Force",
        "National Unity Government of Myanmar",
    ),
    (
        "Ahlu Sunnah Wa-Jama, which pledged allegiance to the Islamic State, attacked Mocimboa da Praia.",
        "Ahlu Sunnah Wa-Jama",
        "Islamic State",
    ),
    (
        "The International Court of Justice, the United Nations' top court, ordered Israel to allow aid in.",
        "International Court of Justice",
        "United Nations",
    ),
    ("UNIFIL peacekeepers patrolled the border, the United Nations said.", "UNIFIL", "United Nations"),
    ("MONUSCO troops protected the camp, the United Nations said.", "MONUSCO", "United Nations"),
]


@pytest.mark.parametrize("text,surface,parent", AFFILIATED, ids=[row[1] for row in AFFILIATED])
def test_registered_actor_belongs_to_its_parent_body(text: str, surface: str, parent: str) -> None:
    assert affiliation_name(sheet(text), surface) == parent


@pytest.mark.parametrize(
    "actor_id", ["unama", "unifil", "unsmil", "monusco", "unmiss", "undp", "unfpa", "fao"]
)
def test_un_bodies_are_affiliated_with_the_un(actor_id: str) -> None:
    assert load_registry().entries[actor_id].affiliation == "un"


# (sentence where a short or shared name means something else, registered name it must not give)
GUARDS = [
    (
        "Tourists flocked to Fano, a seaside town on Italy's Adriatic coast, where the mayor opened a beach.",
        "Fano militia",
    ),
    (
        "South Africa's ANC and DA agreed on a coalition; the GNU will be tested on the budget.",
        "Libyan Government of National Unity",
    ),
    ("He has been sober for ten years and still attends AA meetings every week, he said.", "Arakan Army"),
    ("The Canadian Coast Guard said the CCG had rescued four fishermen.", "China Coast Guard"),
    ("The CV joint is worn, the mechanic said, and the PCC lining too.", "Comando Vermelho"),
    ("The Islamic Emirate of the Caucasus claimed the attack in Dagestan.", "Taliban"),
    ("The Uganda People's Defence Force deployed troops to eastern Congo.", "Myanmar People's Defence Force"),
    ("Tanzania's opposition party ACT-Wazalendo rejected the election results.", "Wazalendo militias"),
    (
        "He was charged under section 302 of the IPC, police in Delhi said.",
        "Integrated Food Security Phase Classification",
    ),
]


@pytest.mark.parametrize("text,name", GUARDS, ids=[row[1] for row in GUARDS])
def test_shared_name_without_context_is_not_the_registered_actor(text: str, name: str) -> None:
    assert actor_named(sheet(text), name) is None


# wires, papers, watchdogs and regional bodies news cites whatever the conflict (sentences of
# our own): each name is its registered actor
CITED = [
    ("The attack was reported by EFE and by the dpa news agency.", "EFE", "EFE", "media"),
    ("Yonhap said the missile flew 800 km.", "Yonhap", "Yonhap News Agency", "media"),
    ("Two men were held, the Press Trust of India reported.", "Press Trust of India", "Press Trust of India",
     "media"),
    ("Global Witness said 196 land defenders were killed last year.", "Global Witness", "Global Witness",
     "ngo"),
    ("Interpol issued a red notice for the commander.", "Interpol", "Interpol", "organization"),
    ("ASEAN foreign ministers called for a ceasefire.", "ASEAN", "Association of Southeast Asian Nations",
     "coalition"),
    ("The report was first published by Radio France Internationale.", "Radio France Internationale",
     "Radio France Internationale", "media"),
]


@pytest.mark.parametrize(("text", "surface", "name", "kind"), CITED, ids=[c[1] for c in CITED])
def test_a_cited_wire_paper_or_body_is_registered(text: str, surface: str, name: str, kind: str) -> None:
    actor = actor_of(sheet(text), surface)
    assert (actor.name, actor.kind) == (name, kind)


def test_a_mayor_named_bloomberg_is_no_news_outlet() -> None:
    s = sheet("Former mayor Michael Bloomberg said the city would sue. Bloomberg said so on Monday.")
    assert actor_named(s, "Bloomberg News") is None


# national leaders news names (sentences of our own): the leader is the registered person and
# belongs to the state (or body) the registry gives
LEADERS = [
    ("Chinese President Xi Jinping said China would defend its sovereignty. Xi spoke in Beijing.",
     "Xi Jinping", "China"),
    ("Prime Minister Narendra Modi said India would respond. Modi spoke in New Delhi.", "Narendra Modi",
     "India"),
    ("Israeli Prime Minister Benjamin Netanyahu said Israel would keep fighting in Gaza.",
     "Benjamin Netanyahu", "Israel"),
    ("Ethiopia's Prime Minister Abiy Ahmed said Ethiopia needed access to the sea.", "Abiy Ahmed",
     "Ethiopia"),
    ("Hemedti said the Rapid Support Forces had captured the city.", "Mohamed Hamdan Dagalo",
     "Rapid Support Forces"),
    ("President Félix Tshisekedi accused Rwanda of backing M23. Tshisekedi said Congo would not negotiate.",
     "Félix Tshisekedi", "Democratic Republic of the Congo"),
    ("Nechirvan Barzani, president of the Kurdistan Region, said the Kurdistan Regional Government "
     "would pay salaries.", "Nechirvan Barzani", "Kurdistan Regional Government"),
    ("Venezuela's President Nicolás Maduro said Venezuela would resist. Maduro spoke in Caracas.",
     "Nicolás Maduro", "Venezuela"),
    ("US President Joe Biden said the United States would send more air defences to Ukraine.", "Joe Biden",
     "United States"),
    ("Burkina Faso's junta leader Ibrahim Traoré said Burkina Faso would leave ECOWAS.", "Ibrahim Traoré",
     "Burkina Faso"),
    ("Azerbaijan's President Ilham Aliyev said Azerbaijan had restored its sovereignty.", "Ilham Aliyev",
     "Azerbaijan"),
]


@pytest.mark.parametrize(("text", "name", "state"), LEADERS, ids=[row[1] for row in LEADERS])
def test_a_national_leader_is_registered_with_the_state(text: str, name: str, state: str) -> None:
    s = sheet(text)
    leader = actor_named(s, name)
    assert leader is not None and leader.kind == "person", [a.name for a in s.actors]
    assert next((a.name for a in s.actors if a.id == leader.affiliation), None) == state


# (sentence where a leader's surname or given name means someone or something else, leader it must not give)
LEADER_GUARDS = [
    ("Firefighters battled a bush fire near George Bush Park in Houston.", "Boris Johnson"),
    ("Former Ukrainian president Petro Poroshenko said on Monday that he would run again.", "Gustavo Petro"),
    ("Tourists crowded into Xi'an to see the terracotta warriors.", "Xi Jinping"),
]


@pytest.mark.parametrize(("text", "name"), LEADER_GUARDS, ids=[row[1] for row in LEADER_GUARDS])
def test_a_shared_name_is_not_the_national_leader(text: str, name: str) -> None:
    s = sheet(text)
    assert actor_named(s, name) is None
    registered = load_registry().entries
    assert not [a.name for a in s.actors if a.id.removeprefix("actor-") in registered and a.kind == "person"]
