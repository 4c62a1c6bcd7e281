"""A state's police and intelligence named by its demonym ('Iraqi police', 'Jordanian
intelligence'), and 'police' or 'the police' standing for the one police body an article names
(needs the model). A police force is a security force, of the kind 'military' (as ACLED counts
police among a state's forces)."""

from __future__ import annotations

import pytest
from actor_lookup import actor_of, sheet, speaker_name

from bagouz_extract.models import ActorFact, FactSheet

pytestmark = pytest.mark.model


def actor_over(s: FactSheet, at: int) -> ActorFact | None:
    """The actor with the narrowest mention covering character `at`."""
    covering = [(m.end - m.start, a) for a in s.actors for m in a.mentions if m.start <= at < m.end]
    return min(covering, key=lambda pair: pair[0])[1] if covering else None


# text, the surface form, the actor's name and kind (None: no actor there)
STATE_BODY_CASES = [
    ("demonym", "Iraqi police said the bomb killed 12 people in Baghdad.", "Iraqi police",
     ("Iraqi police", "military")),
    ("possessive", "Israel's police said the attacker was shot near the gate.", "Israel's police",
     ("Israeli police", "military")),
    ("the-demonym", "The Turkish police detained 20 suspects in Istanbul.", "Turkish police",
     ("Turkish police", "military")),
    # a country's name before 'Police' is most often a town's ('Lebanon Police', Pennsylvania)
    ("intelligence", "Jordanian intelligence had warned of the plot.", "Jordanian intelligence",
     ("Jordanian intelligence", "government")),
    ("intelligence-of-a-state-name", "U.S. intelligence officials said the cell was small.",
     "U.S. intelligence",
     ("American intelligence", "government")),
    ("town-named-for-a-country", "Lebanon police said the road was closed on Tuesday.", "Lebanon police",
     None),
    ("coast-guard", "Vietnam's coast guard said the Chinese ship rammed its vessel.", "Vietnam's coast guard",
     ("Vietnamese coast guard", "military")),
    ("armed-forces-of-a-state", "The Armed Forces of the Philippines said two soldiers died.",
     "Armed Forces of the Philippines", ("Filipino armed forces", "military")),
    ("coast-guard-named", "The Canadian Coast Guard said the crew was rescued.", "Canadian Coast Guard",
     ("Canadian Coast Guard", "military")),
    # a demonym of two words
    ("two-word-demonym", "A South Korean military official said the missile was short-range.",
     "South Korean military", ("South Korean armed forces", "military")),
    ("two-word-demonym-police", "South Korean police arrested two men in Busan.", "South Korean police",
     ("South Korean police", "military")),
    ("two-word-demonym-troops", "Sri Lankan troops and Indian forces arrived on Monday.", "Sri Lankan troops",
     ("Sri Lankan armed forces", "military")),
    ("two-word-demonym-ministry", "The South Korean defence ministry said the launch failed.",
     "South Korean defence ministry", ("South Korean Defence Ministry", "government")),
    ("second-word-alone", "African troops left the town on Monday.", "African troops", None),
    # the body before 'of' and the state's name, as the demonym's form is read
    ("government-of-a-state", "The government of Ghana said the talks would resume.", "government of Ghana",
     ("Ghanaian government", "government")),
    ("army-of-a-state", "The army of Mali said ten soldiers were killed.", "army of Mali",
     ("Malian armed forces", "military")),
    ("of-a-state-of-three-words", "The government of Antigua and Barbuda said it was concerned.",
     "government of Antigua and Barbuda", ("Antiguan government", "government")),
    ("border-guards", "Five Iranian border guards were killed on Monday.", "Iranian border guards",
     ("Iranian armed forces", "military")),
    ("a-border-service-named", "The Georgian Border Police said two men were held.", "Georgian Border Police",
     ("Georgian Border Police", "military")),
    ("an-embassy-that-speaks", "The Russian embassy in London denied the report.", "Russian embassy",
     ("Russian embassy", "government")),
    ("of-a-name-in-capitals", "The Revolutionary Armed Forces of Colombia denied the attack.",
     "Revolutionary Armed Forces of Colombia", ("FARC", "armed_group")),
]


@pytest.mark.parametrize(
    ("case", "text", "surface", "expected"), STATE_BODY_CASES, ids=[c[0] for c in STATE_BODY_CASES]
)
def test_a_states_police_and_intelligence(
    case: str, text: str, surface: str, expected: tuple[str, str] | None
) -> None:
    s = sheet(text)
    actor = actor_over(s, text.index(surface))
    if expected is None:
        assert actor is None or not actor.id.startswith(("actor-state-lb", "actor-state-za"))
    else:
        assert actor is not None and (actor.name, actor.kind) == expected


PARIS = "The Paris Police Department said on Thursday that the text message was a hoax. "
# text, the name of the actor the last 'police' mention belongs to (None: no actor there)
POLICE_ANAPHOR_CASES = [
    ("bare", PARIS + "Police said patrols were stepped up.", "Paris Police Department"),
    ("the-police", PARIS + "The police said patrols were stepped up.", "Paris Police Department"),
    ("a-city-of-its-own", PARIS + "Dallas police said the same message was seen there.", "Dallas police"),
    ("qualified", PARIS + "Federal police said the message came from abroad.", None),
    ("none-named", "The text message was a hoax. Police said patrols were stepped up.", None),
    ("two-named", PARIS + "The Dallas Police Department agreed. Police said patrols were stepped up.", None),
    ("not-acting", PARIS + "The calls kept police busy all night.", None),
]


@pytest.mark.parametrize(
    ("case", "text", "expected"), POLICE_ANAPHOR_CASES, ids=[c[0] for c in POLICE_ANAPHOR_CASES]
)
def test_police_stands_for_the_one_police_body_named(case: str, text: str, expected: str | None) -> None:
    s = sheet(text)
    actor = actor_over(s, text.lower().rindex("police"))
    assert (actor.name if actor else None) == expected


def test_a_quote_police_gave_is_the_police_bodys() -> None:
    text = (
        "Iraqi police said the bomb killed 12 people in Baghdad on Tuesday.\n\n"
        '"We are not looking for anyone else in connection with this attack," police said.\n'
    )
    s = sheet(text)
    assert [speaker_name(s, q) for q in s.quotes] == ["Iraqi police"]


# 'police said' before any police body is named: the one the article names later, if one
NAMED_LATER_CASES = [
    ("one-later", "Police said the man was arrested on Tuesday. The Paris Police Department later released "
     "his name.", "Paris Police Department"),
    ("two-later", "Police said the man was arrested on Tuesday. The Paris Police Department and the Dallas "
     "Police Department later released his name.", None),
]


@pytest.mark.parametrize(
    ("case", "text", "expected"), NAMED_LATER_CASES, ids=[c[0] for c in NAMED_LATER_CASES]
)
def test_police_before_the_body_is_named_is_the_one_named_later(
    case: str, text: str, expected: str | None
) -> None:
    actor = actor_over(sheet(text), text.index("Police"))
    assert (actor.name if actor else None) == expected
    if actor is not None:
        assert actor.kind == "government"  # the body's kind, though the word came first


# a police force named by its place in capitals, which the model leaves out or cuts: the place's
# government body, and its officers' affiliation
NAMED_POLICE_CASES = [
    ("place-police", "Arrests\n\nWest Midlands Police have arrested two men on Sunday.\n",
     "West Midlands Police"),
    ("two-places-joined", "Arrests\n\nAvon and Somerset Police said the road was closed.\n",
     "Avon and Somerset Police"),
    ("service-after", "Arrests\n\nThames Valley Police Service have arrested a man.\n",
     "Thames Valley Police Service"),
    ("no-join-inside-a-longer-name",
     "Arrests\n\nDrug Enforcement Unit Investigators and Brownsboro Police arrested him.\n",
     "Brownsboro Police"),
]


@pytest.mark.parametrize(
    ("case", "text", "name"), NAMED_POLICE_CASES, ids=[c[0] for c in NAMED_POLICE_CASES]
)
def test_a_police_force_named_by_its_place(case: str, text: str, name: str) -> None:
    forces = [a for a in sheet(text).actors if a.name.endswith(("Police", "Service"))]
    assert [(a.name, a.kind) for a in forces] == [(name, "military")]


def test_an_officer_of_a_named_police_force_is_affiliated_with_it() -> None:
    s = sheet('Arrests\n\nDetective Inspector Mark Reeves of West Midlands Police said "we are ready."\n')
    person = next(a for a in s.actors if a.name == "Mark Reeves")
    assert _name_of(s, person.affiliation) == "West Midlands Police"


def test_a_headline_in_title_case_names_no_police_force() -> None:
    s = sheet("Protesters Clash With Riot Police in Capital\n\nHundreds marched on Sunday.\n")
    assert not [a for a in s.actors if "Police" in a.name]


def _name_of(s: FactSheet, actor_id: str | None) -> str | None:
    return next((a.name for a in s.actors if a.id == actor_id), None)


def test_a_police_rank_serves_the_one_police_force_named() -> None:
    s = sheet(
        "Arrests\n\nWest Midlands Police have arrested two men. Detective Inspector Mark Reeves said "
        '"we are determined to find those responsible."\n'
    )
    person = next(a for a in s.actors if a.name == "Mark Reeves")
    assert _name_of(s, person.affiliation) == "West Midlands Police"


# a body's own name and a state's body of its kind side by side: one body, by its own name
APPOSED_STATE_BODY_CASES = [
    ("name-first", "Ambush in the south\n\nGunmen killed three officers of the Carabineros, Chile's national "
     "police, in an ambush. The Carabineros said the attackers fled.\n",
     "Carabineros", "Chile's national police", "military"),
    ("state-body-first", "Attack\n\nGunmen attacked Honduras's police, the Policia Nacional, on Monday.\n",
     "Policia Nacional", "Honduras's police", "military"),
    ("government", "Blame\n\nThe attack was blamed on Iran's government, the Velayat Council, by envoys.\n",
     "Velayat Council", "Iran's government", "government"),
]


@pytest.mark.parametrize(
    ("case", "text", "name", "state_body", "kind"),
    APPOSED_STATE_BODY_CASES,
    ids=[c[0] for c in APPOSED_STATE_BODY_CASES],
)
def test_a_bodys_name_apposed_to_a_states_body_is_that_body(
    case: str, text: str, name: str, state_body: str, kind: str
) -> None:
    s = sheet(text)
    body = actor_over(s, text.index(name))
    assert body is not None and body is actor_over(s, text.index(state_body)), [a.name for a in s.actors]
    assert (body.name, body.kind) == (name, kind)


def test_a_registered_body_beside_a_states_body_is_an_item_of_a_list() -> None:
    text = "Hamas, Israel's military, and the UN each gave figures on Monday.\n"
    s = sheet(text)
    assert actor_over(s, text.index("Hamas")) is not actor_over(s, text.index("Israel's military"))


def test_the_government_of_a_state_is_the_government_its_demonym_names() -> None:
    text = (
        "The government of Ghana said on Monday the talks would resume. "
        "The Ghanaian government later added that its envoy had left."
    )
    s = sheet(text)
    first, second = actor_over(s, text.index("government")), actor_over(s, text.rindex("Ghanaian"))
    assert first is not None and first is second


@pytest.mark.parametrize(
    "text", ["Protesters gathered outside the Dutch embassy on Monday.",
             "Protesters gathered outside the embassy of France on Monday."]
)
def test_an_embassy_as_a_building_is_no_actor(text: str) -> None:
    assert actor_over(sheet(text), text.index("embassy")) is None


def test_a_military_official_belongs_to_the_military_not_the_police() -> None:
    # a police force is of the kind military, but 'a military official' is not the police's
    text = (
        "The Israeli military said troops were sent. The Israel Police opened an investigation. "
        '"Violence of this kind harms the security of the area," a military official said.'
    )
    s = sheet(text)
    official = actor_over(s, text.index("military official"))
    army = actor_over(s, text.index("Israeli military"))
    assert official is not None and army is not None and official.affiliation == army.id


# an unregistered force's name: a state's police, air or security force, or an office of the
# forces, is 'military'; a cause's forces are not
FORCE_NAME_KINDS = [
    ("police-force", "The Central Reserve Police Force said two men died.", "Central Reserve Police Force",
     "military"),
    ("security-forces", "Lebanon's Internal Security Forces (ISF) arrested him on Monday.",
     "Internal Security Forces", "military"),
    ("army-area", "The Second Army Area said the border was calm.", "Second Army Area", "military"),
    ("command-of-the-armed-forces", "The Joint Command of the Armed Forces said the patrol was ambushed.",
     "Joint Command of the Armed Forces", "military"),
    ("a-causes-forces", "The Revolutionary Armed Forces of Zembla attacked the town.",
     "Revolutionary Armed Forces of Zembla", "armed_group"),
    ("an-office-of-the-forces", "Blast\n\nThe blast struck a patrol on Friday near the village, the "
     "Directorate of Information and Public Relations of the Armed Forces (DIRPA) said in a statement.",
     "Directorate of Information and Public Relations of the Armed Forces", "military"),
    ("registered-regional-forces", "Peshmerga forces retook the village.", "Peshmerga forces", "military"),
]


@pytest.mark.parametrize("name", ["Peshmerga", "Tatmadaw", "Hezbollah"])
def test_a_registered_armed_group_or_force_is_no_place(name: str) -> None:
    # the places stage drops a name the model calls a place when it names such a body
    from bagouz_extract.components.places import _armed_group_name

    assert _armed_group_name(name)


# an office many states or none hold is an organisation, whatever its head word says
INTERGOVERNMENTAL_KINDS = [
    ("un-office", "The Office of the United Nations Special Coordinator for Lebanon warned of escalation.",
     "Office of the United Nations Special Coordinator", "organization"),
    ("joint-commission", "The Joint Boundary Commission met in the capital.", "Joint Boundary Commission",
     "organization"),
    ("international-bureau", "The International Maritime Bureau reported an attack.",
     "International Maritime Bureau", "organization"),
    ("a-states-ministry-of-international-affairs", "The Ministry of International Cooperation said so.",
     "Ministry of International Cooperation", "government"),
]


# a state's name inside a body's name makes it the state's own
STATE_NAMED_KINDS = [
    ("defence-force-of-a-state", "Members of the Umbutfo Eswatini Defence Force (UEDF) were deployed.",
     "Umbutfo Eswatini Defence Force", "military"),
    ("defence-force-of-a-people", "The Karenni Nationalities Defence Force attacked a post.",
     "Karenni Nationalities Defence Force", "armed_group"),
    ("committee-of-a-state", "The Investigative Committee of Russia opened a case.",
     "Investigative Committee of Russia", "government"),
    ("party-of-a-state", "The Communist Party of China met in Beijing.", "Communist Party of China",
     "organization"),
    ("constabulary", "The Royal Papua New Guinea Constabulary said two men were held.",
     "Royal Papua New Guinea Constabulary", "military"),
    ("joint-task-force", "The Combined Joint Task Force said the strikes hit two positions.",
     "Combined Joint Task Force", "military"),
]
NAME_KINDS = FORCE_NAME_KINDS + INTERGOVERNMENTAL_KINDS + STATE_NAMED_KINDS


@pytest.mark.parametrize(("case", "text", "surface", "kind"), NAME_KINDS, ids=[c[0] for c in NAME_KINDS])
def test_a_bodys_name_says_whose_it_is(case: str, text: str, surface: str, kind: str) -> None:
    # a state's forces, a cause's, an office of many states: what the name holds tells the kind
    actor = actor_over(sheet(text), text.index(surface))
    assert actor is not None and actor.kind == kind


@pytest.mark.parametrize(
    ("text", "office", "owner"),
    [
        ("Raid\n\nLebanon's army raided the camp. In a statement, the army's Directorate of Orientation said "
         "a unit had raided several buildings.", "Directorate of Orientation", "Lebanon's army"),
        ("Clashes\n\nThe Ghana Armed Forces (GAF) said one soldier was killed. The military's Directorate of "
         "Public Relations said troops had responded professionally.", "Directorate of Public Relations",
         "Ghana Armed Forces"),
    ],
    ids=["the-armys-office", "the-militarys-office"],
)
def test_an_office_after_the_armys_possessive_is_the_armys(text: str, office: str, owner: str) -> None:
    s = sheet(text)
    assert actor_of(s, office).kind == "military"
    assert actor_of(s, office).affiliation == actor_of(s, owner).id


# (text, name, kind): a description set off after a name that calls it an outlet
OUTLET_DESCRIPTION_CASES = [
    ("read-as-a-person", "Raid in Paraguay\n\nThe government has defended that operation.\n\nHoy Color, the "
     "country's largest newspaper, reported that the family had received a phone call from the rebels.",
     "Hoy Color", "media"),
    # an outlet's name inside the description, or a description of someone working for one
    ("an-outlets-president", "Film\n\nJohn Ford, the Discovery Channel's president and general manager, "
     'said: "We are breaking the mould."', "John Ford", "person"),
    ("a-correspondent", "Baseball\n\nLinda Wuebben, a correspondent for the Daily News, grew up on a farm.",
     "Linda Wuebben", "person"),
]


@pytest.mark.parametrize(
    ("case", "text", "name", "kind"), OUTLET_DESCRIPTION_CASES, ids=[c[0] for c in OUTLET_DESCRIPTION_CASES]
)
def test_a_name_described_as_an_outlet_is_media(case: str, text: str, name: str, kind: str) -> None:
    assert actor_of(sheet(text), name).kind == kind
