"""Group nouns ('the group', 'the militia', 'the movement') take up a body the text has named,
of a kind the noun allows; alias cues make a second name the same actor (needs the model)."""

from __future__ import annotations

import pytest
from actor_lookup import actor_of, actor_with, sheet

pytestmark = pytest.mark.model


# text, the group noun phrase, the name of the body it takes up
ANAPHOR_CASES = [
    (
        "militia",
        "Hayat Tahrir al-Sham attacked the town. The militia said it had taken the hill.",
        "The militia",
        "Hayat Tahrir al-Sham",
    ),
    (
        "militia-plural-name",
        "The Popular Mobilization Forces moved north. The militia said it would hold the border.",
        "The militia",
        "Popular Mobilization Forces",
    ),
    (
        "group-plural-name",
        "The SDF took the town. Later the group withdrew to the river.",
        "the group",
        "Syrian Democratic Forces",
    ),
    (
        "possessive-adjective",
        "The Free Syrian Army took the town. Later the rebels' group withdrew.",
        "the rebels' group",
        "Free Syrian Army",
    ),
    (
        "movement",
        "Hamas took the crossing. The movement said it would reopen it.",
        "The movement",
        "Hamas",
    ),
    (
        "unit-noun-same-head",
        "The 134th Fighter Squadron flew with the 407th Air Group. The squadron will return in May.",
        "The squadron",
        "134th Fighter Squadron",
    ),
    (
        "the-body-the-text-called-so",
        "The SDF, which is led by the Kurdish YPG militia, took the town. The SDF held it. The militia"
        " has fought for years.",
        "The militia",
        "People's Protection Units",
    ),
    (
        "common-noun-before-the-group-noun",
        "Human Rights Watch said both sides had endangered civilians. The rights group urged an inquiry.",
        "The rights group",
        "Human Rights Watch",
    ),
    (
        "only-body-of-the-paragraph",
        "The Islamic State group fought back.\n\nHuman Rights Watch said civilians were trapped. Lama Fakih,"
        " deputy director at the organization, said the city was unsafe.",
        "the organization",
        "Human Rights Watch",
    ),
    (
        "alliance",
        "The Syrian Democratic Forces said civilians had been killed. The alliance vowed to defend"
        " the region.",
        "The alliance",
        "Syrian Democratic Forces",
    ),
    (
        "mission",
        "The African Union Support and Stabilization Mission in Somalia condemned the attack. "
        '"Those who target civilians have nothing to offer," the mission said in a statement.',
        "the mission",
        "African Union Support and Stabilisation Mission in Somalia",
    ),
    (
        "state-agency",
        "Tornado season runs until July, according to the state's Emergency Management Agency. The "
        "drill starts at 9:50, said Kelli Blackwell, a spokeswoman for the state agency.",
        "the state agency",
        "Emergency Management Agency",
    ),
    (
        "nearest-in-sentence",
        "The Free Syrian Army fought the Islamic State for the town until the militia withdrew.",
        "the militia",
        "Islamic State",
    ),
    # a role holder's group is the subject of the clause its words report, though another body
    # is named more often
    (
        "subject-of-the-reported-clause",
        "The SNA attacked. The SNA said so. The SNA fighters left. The Asayish arrested 12 men in "
        "Qamishli, the group's spokesman Ali al-Hassan said.",
        "the group",
        "Asayish",
    ),
    # a describing word or two before the noun's own adjective
    (
        "describing-adjectives",
        "The Arakan Army said it had captured the town.\n\nThe ethnic armed group said its fighters "
        "had seized a large quantity of weapons.",
        "The ethnic armed group",
        "Arakan Army",
    ),
    # 'the unit' is any unit or armed group named, whatever its name's head
    (
        "unit-of-any-head",
        "The National Army said troops of the Vulcano Task Force had been sent to Campo Dos. The unit "
        "found three bodies on the road.",
        "The unit",
        "Vulcano Task Force",
    ),
]


def test_a_units_commander_serves_the_unit_not_the_army() -> None:
    s = sheet(
        "Clashes\n\nThe National Army said troops of the Vulcano Task Force had been sent to Campo Dos. "
        "The unit's commander, Brigadier General Hernan Dario Rojas, said three bodies were found."
    )
    commander = actor_of(s, "Brigadier General Hernan Dario Rojas")
    assert commander.affiliation == actor_of(s, "Vulcano Task Force").id


# 'a X unit' is a part of X, no name of the unit: 'the unit' takes up no X by it
def test_a_bodys_unit_is_not_the_body() -> None:
    s = sheet(
        "It involved a Richmond Police Department unit assigned to the mayor. Cuts were ordered to the "
        "unit's staff."
    )
    assert actor_with(s, "unit") is None


@pytest.mark.parametrize(
    ("text", "noun", "body"), [c[1:] for c in ANAPHOR_CASES], ids=[c[0] for c in ANAPHOR_CASES]
)
def test_group_noun_is_a_mention_of_the_body(text: str, noun: str, body: str) -> None:
    s = sheet(text)
    actor = actor_of(s, noun)
    assert actor.name == body
    assert noun not in actor.aliases  # a description, not another name
    assert not any(a.name.lower() == noun.lower() for a in s.actors)


@pytest.mark.parametrize(
    "text",
    [
        # a word that sets the group apart from the one named: another group
        "The Arakan Army said it had captured the town. The rival armed group said it had not.",
        "The Arakan Army said it had captured the town. The other armed group said it had not.",
        # the describing word is the next noun's: 'same ... effort', not 'the same group'
        "The Arakan Army said it had captured the town in the same group effort as last year.",
    ],
)
def test_a_contrasting_word_leaves_the_group_noun_alone(text: str) -> None:
    s = sheet(text)
    assert [a.name for a in s.actors if any("group" in m.text for m in a.mentions)] == []


def test_a_unit_noun_needs_a_body_of_that_name() -> None:
    s = sheet("The Hamza Brigade took the town. The squadron flew over it.")
    assert actor_with(s, "The squadron") is None


def test_a_member_of_the_organization_belongs_to_it() -> None:
    s = sheet(next(c[1] for c in ANAPHOR_CASES if c[0] == "only-body-of-the-paragraph"))
    assert actor_of(s, "Lama Fakih").affiliation == actor_of(s, "Human Rights Watch").id


def test_a_militia_is_never_an_ngo() -> None:
    s = sheet("Human Rights Watch condemned the strikes. The militia denied it.")
    assert actor_with(s, "The militia") is None


def test_a_group_spokesman_belongs_to_the_group() -> None:
    s = sheet("The SDF took the town. The group's spokesman, Mustafa Bali, said the fighting was over.")
    bali = actor_of(s, "Mustafa Bali")
    assert bali.affiliation == actor_of(s, "SDF").id
    assert bali.roles == ["spokesman"]  # the group is the affiliation, not part of the role


# text, the body's name, its other name
ALIAS_CASES = [
    (
        "known-as",
        "The Hamza Division, known as Firqat al-Hamza, took the town.",
        "Hamza Division",
        "Firqat al-Hamza",
    ),
    (
        "known-as-no-comma",
        "The Hamza Division known as Firqat al-Hamza took the town.",
        "Hamza Division",
        "Firqat al-Hamza",
    ),
    (
        "also-called",
        "The Hamza Division, also called Firqat al-Hamza, took the town.",
        "Hamza Division",
        "Firqat al-Hamza",
    ),
    (
        "formerly-in-brackets",
        "The Hamza Division (formerly the Hamza Brigade) took the town.",
        "Hamza Division",
        "Hamza Brigade",
    ),
    (
        "calls-itself",
        "The Hamza Division, which calls itself Firqat al-Hamza, took the town.",
        "Hamza Division",
        "Firqat al-Hamza",
    ),
    (
        "formerly-known-as",
        "Fighters of the Hamza Division, formerly known as the Hamza Brigade, took the town.",
        "Hamza Division",
        "Hamza Brigade",
    ),
]


@pytest.mark.parametrize(
    ("text", "name", "alias"), [c[1:] for c in ALIAS_CASES], ids=[c[0] for c in ALIAS_CASES]
)
def test_alias_cue_names_the_same_body(text: str, name: str, alias: str) -> None:
    s = sheet(text)
    body = actor_of(s, name)
    assert body.name == name
    assert actor_of(s, alias).id == body.id
    assert alias in body.aliases


def test_called_without_a_comma_is_a_call_not_a_name() -> None:
    s = sheet("The Hamza Division called Firqat al-Hamza to ask for help.")
    assert (
        actor_with(s, "Firqat al-Hamza") is None
        or actor_of(s, "Firqat al-Hamza").id != actor_of(s, "Hamza Division").id
    )


# a body that belongs to another, is part or a member of it, belongs to it
BELONGING_CASES = [
    (
        "belongs-to",
        "Clashes\n\nThe ELN attacked Frente 33 in January. Frente 33 belongs to the Estado Mayor de Bloques "
        "y Frente (EMBF), a dissident structure.",
        "Frente 33",
        "Estado Mayor de Bloques y Frente",
    ),
    (
        "a-member-of-in-apposition",
        "Clashes\n\nThe Macina Liberation Front, a member of the JNIM alliance, attacked the town.",
        "Macina Liberation Front",
        "Jama'at Nasr al-Islam wal Muslimin",
    ),
    (
        "a-unit-of-a-company",
        "Deal\n\nThe board rejected an offer of DIG Acquisition Corp., a unit of Rose Partners Limited "
        "Partnership.",
        "DIG Acquisition Corp.",
        "Rose Partners Limited Partnership",
    ),
]


@pytest.mark.parametrize(
    ("text", "body", "owner"), [c[1:] for c in BELONGING_CASES], ids=[c[0] for c in BELONGING_CASES]
)
def test_a_body_belongs_to_the_body_it_is_part_of(text: str, body: str, owner: str) -> None:
    s = sheet(text)
    assert actor_of(s, body).affiliation == next(a.id for a in s.actors if a.name == owner)


# part of no body: a problem, a place
def test_part_of_no_body_is_no_affiliation() -> None:
    s = sheet("Clashes\n\nThe Hurras al-Din group is part of the problem, and it belongs to the past.")
    assert actor_of(s, "Hurras al-Din").affiliation is None
