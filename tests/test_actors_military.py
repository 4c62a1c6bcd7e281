"""Military and government prose: ranks with split-off periods, unit names, short forms."""

from __future__ import annotations

import pytest
from actor_lookup import actor_of

from bagouz_extract import extract_text
from bagouz_extract.models import FactSheet

pytestmark = pytest.mark.model


def sheet(text: str) -> FactSheet:
    return extract_text(text, source_id="t", published="2016-12-15")


RANKED_QUOTE = (
    "Coalition aircraft struck targets near Palmyra.\n\n"
    "“The CJTF-OIR commanding general, Lt. Gen. Stephen J. Townsend, made it clear that we "
    "would strike,” said Col. John Dorrian.\n"
)


def test_quote_after_said_and_an_abbreviated_rank_goes_to_the_named_officer() -> None:
    s = sheet(RANKED_QUOTE)
    (quote,) = s.quotes
    assert quote.speaker == actor_of(s, "Col. John Dorrian").id


def test_office_before_a_ranked_name_is_the_same_person() -> None:
    s = sheet(RANKED_QUOTE)
    townsend = actor_of(s, "Lt. Gen. Stephen J. Townsend")
    assert actor_of(s, "The CJTF-OIR commanding general").id == townsend.id
    assert "Lt. Gen." in townsend.roles


def test_syllabic_short_form_joins_its_long_form() -> None:
    s = sheet(
        "The frigate joined U.S. Naval Forces Central Command's (NAVCENT) task force on Dec. 27. "
        "NAVCENT is responsible for 2.5 million square miles of water.\n"
    )
    navcent = actor_of(s, "NAVCENT")
    assert navcent.name == "U.S. Naval Forces Central Command"
    assert len(navcent.mentions) == 3


@pytest.mark.parametrize(
    ("text", "group", "alias"),
    [
        (
            "The Sultan Murad Division (Firqat al-Sultan Murad) attacked the town. "
            "Later the Sultan Murad Division withdrew.\n",
            "Sultan Murad Division",
            "Firqat al-Sultan Murad",
        ),
        (
            "The Hamza Brigade, also known as Firqat al-Hamza, said it would fight. "
            "The Hamza Brigade advanced.\n",
            "Hamza Brigade",
            "Firqat al-Hamza",
        ),
    ],
    ids=["brackets", "also-known-as"],
)
def test_alias_given_after_a_group_name_is_that_group(text: str, group: str, alias: str) -> None:
    s = sheet(text)
    actor = actor_of(s, alias)
    assert actor.name == group
    assert actor.kind != "person"


def test_place_in_brackets_is_not_an_alias() -> None:
    s = sheet("The Hamza Brigade (Aleppo) said it would fight. The Hamza Brigade advanced.\n")
    assert not any(m.text == "Aleppo" for a in s.actors for m in a.mentions)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The aircraft were deployed from the 158th Fighter Wing last week.\n", "158th Fighter Wing"),
        ("Col. David Lyons, 407th AEG commander, said the jets had arrived.\n", "407th AEG"),
    ],
    ids=["ordinal-wing", "ordinal-acronym"],
)
def test_ordinal_unit_name_is_a_military_actor(text: str, unit: str) -> None:
    actor = actor_of(sheet(text), unit)
    assert actor.kind == "military"


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Sappers from 32 Engineer Regiment supported the battalion.\n", "32 Engineer Regiment"),
        ("Marines of 3 Commando Brigade arrived in Norway on Monday.\n", "3 Commando Brigade"),
        ("The course was run with support from Task Force Taji.\n", "Task Force Taji"),
        ("Advisers from Task Group Taji, the Australian training mission, helped.\n", "Task Group Taji"),
    ],
    ids=["numbered-regiment", "numbered-brigade", "named-task-force", "named-task-group"],
)
def test_numbered_and_named_units_are_military_actors(text: str, unit: str) -> None:
    assert actor_of(sheet(text), unit).kind == "military"


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Aircraft from Carrier Air Wing 3 flew their first missions on Tuesday.\n", "Carrier Air Wing 3"),
        ("Pilots from Strike Fighter Squadron 131 struck a bridge near Mosul.\n",
         "Strike Fighter Squadron 131"),
    ],
    ids=["air-wing", "squadron"],
)
def test_a_unit_named_before_its_number_is_one_military_actor(text: str, unit: str) -> None:
    assert actor_of(sheet(text), unit).kind == "military"


def test_units_whose_numbers_differ_are_two_actors() -> None:
    s = sheet("The 158th Fighter Wing arrived on Monday. The 159th Fighter Wing left on Friday.\n")
    assert actor_of(s, "158th Fighter Wing").id != actor_of(s, "159th Fighter Wing").id


def test_a_ship_is_no_person_nor_its_name_written_again() -> None:
    s = sheet("Jets from the aircraft carrier USS Dwight D. Eisenhower flew missions. Eisenhower relieved "
              "the carrier USS Harry S. Truman. France flies from its carrier Charles de Gaulle.\n")
    people = {m.text for a in s.actors if a.kind == "person" for m in a.mentions}
    assert not people & {"Dwight D. Eisenhower", "Eisenhower", "Harry S. Truman", "Charles de Gaulle"}


@pytest.mark.parametrize(
    "text",
    [
        "Strike\n\nCENTCOM said that one of the missiles struck the vessel, the Marlin Star, about 70 "
        "nautical miles southwest of Aden.\n",
        "Strike\n\nThe missile struck the tanker Marlin Star off Aden, CENTCOM said.\n",
    ],
    ids=["set-off-after-the-noun", "right-after-the-noun"],
)
def test_a_ships_name_the_model_reads_as_a_body_is_no_actor(text: str) -> None:
    assert "Marlin Star" not in [a.name for a in sheet(text).actors]


def test_an_air_station_named_by_the_force_is_no_mention_of_it() -> None:
    s = sheet("Tornados flew from RAF Lossiemouth and RAF Marham to RAF Akrotiri. The RAF said so.\n")
    assert [m.text for a in s.actors for m in a.mentions] == ["The RAF"]


def test_a_units_number_is_no_count() -> None:
    s = sheet("Sappers from 32 Engineer Regiment and 300 Peshmerga cleared the road.\n")
    assert [c.low for c in s.counts] == [300]


@pytest.mark.parametrize(
    ("text", "not_a_unit"),
    [
        ("About 30 Army Battalions were raised.\n", "30 Army Battalions"),
        ("Volunteers of Task Force SAFE fitted smoke alarms in 200 homes.\n", "Task Force SAFE"),
    ],
    ids=["plural-units-are-a-count", "a-programmes-acronym"],
)
def test_no_military_unit_from_a_plural_or_an_acronym(text: str, not_a_unit: str) -> None:
    s = sheet(text)
    assert not any(a.name == not_a_unit and a.kind == "military" for a in s.actors)


def test_service_before_a_rank_is_the_organisation_and_the_officers_affiliation() -> None:
    s = sheet("Navy Capt. Jeff Davis said the strikes had stopped.\n")
    navy = actor_of(s, "Navy")
    assert navy.name == "Navy"
    assert actor_of(s, "Capt. Jeff Davis").affiliation == navy.id


def test_transcript_speaker_label_is_the_named_person() -> None:
    s = sheet(
        "Spokesperson John Kirby briefed reporters.\n\n"
        "MR KIRBY: Good afternoon, everybody. We have a few things to cover.\n\n"
        "QUESTION: Can you say more about the talks?\n"
    )
    kirby = actor_of(s, "MR KIRBY")
    assert kirby.name == "John Kirby"
    assert not any(m.text == "QUESTION" for a in s.actors for m in a.mentions)


RANKS = [
    # (text, the person's name, the rank given as a role): one person, the rank its role
    ("Petty Officer Dan Miller, 29, of Tampa, Florida, died on Sunday.\n", "Dan Miller", "Petty Officer"),
    ("Chief Petty Officer Lee Carter, 41, died on Thursday.\n", "Lee Carter", "Chief Petty Officer"),
    ("Lance Corporal Tom Evans, 22, was injured in the blast.\n", "Tom Evans", "Lance Corporal"),
    ("Rear Adm. Jim Malloy said the ships would remain in the Gulf.\n", "Jim Malloy", "Rear Adm."),
    ("Air Vice-Marshal Johnny Stringer briefed reporters.\n", "Johnny Stringer", "Air Vice-Marshal"),
]


@pytest.mark.parametrize(("text", "name", "rank"), RANKS)
def test_a_rank_before_a_name_is_the_persons_role(text: str, name: str, rank: str) -> None:
    people = [a for a in sheet(text).actors if a.kind == "person"]
    assert [a.name for a in people] == [name]
    assert rank in people[0].roles


def test_a_bodys_name_the_model_ran_on_into_the_officers_service_ends_before_it() -> None:
    s = sheet("Chairman of the Joint Chiefs of Staff Marine Corps Gen. Joseph F. Dunford Jr. briefed them.\n")
    assert actor_of(s, "Joint Chiefs of Staff").name == "Joint Chiefs of Staff"
    corps = actor_of(s, "Marine Corps")
    assert corps.kind == "military"
    assert actor_of(s, "Gen. Joseph F. Dunford Jr.").affiliation == corps.id


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Paratroopers of the 2nd Brigade Combat Team advise the units.\n", "2nd Brigade Combat Team"),
        ("The 3rd Platoon was ambushed near the river.\n", "3rd Platoon"),
    ],
    ids=["combat-team", "platoon"],
)
def test_a_numbered_unit_is_a_military_unit_whatever_the_model_read(text: str, unit: str) -> None:
    assert actor_of(sheet(text), unit).kind == "military"


@pytest.mark.model
def test_a_communitys_fighters_apposed_to_a_group_are_that_group() -> None:
    s = sheet(
        "The Popular Mobilization Forces, the mostly Shiite militias that fought alongside the army, "
        "entered the town. Kurdish fighters held the east.\n"
    )
    pmf = actor_of(s, "Popular Mobilization Forces")
    assert "Shiite militias" in [m.text for m in pmf.mentions]
    assert not [a for a in s.actors if a.name == "Shiite militias"]
    assert actor_of(s, "Kurdish fighters").name == "Kurdish fighters"  # not apposed: its own


@pytest.mark.model
def test_a_states_units_are_its_forces() -> None:
    s = sheet(
        "Armenia's defence ministry said Azerbaijani units had opened fire on its positions. Baku "
        "said Azerbaijani border guards had filmed the shots.\n"
    )
    forces = actor_of(s, "Azerbaijani units")
    assert forces.kind == "military"
    assert "Azerbaijani border guards" in [m.text for m in forces.mentions]


@pytest.mark.model
def test_a_state_branch_written_with_its_defined_name_is_that_branch() -> None:
    s = sheet(
        "The centre coordinated a response involving the Nigerian Navy (NN) and the Ghana Navy (GN). "
        "As a Nigerian Navy patrol vessel approached, the pirates fled. Nigerian troops later searched "
        "the ship.\n"
    )
    navy = actor_of(s, "NN")
    assert "Nigerian Navy" in [m.text for m in navy.mentions]
    assert actor_of(s, "Nigerian troops").id != navy.id


@pytest.mark.model
def test_a_kingdoms_royal_armed_forces_are_its_forces() -> None:
    s = sheet(
        "The Royal Cambodian Armed Forces (RCAF) did not fire a single round. The army said RCAF units "
        "held their positions, and Cambodian forces stayed in their barracks.\n"
    )
    forces = actor_of(s, "RCAF")
    assert forces.kind == "military"
    assert actor_of(s, "Cambodian forces").id == forces.id


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "body", "same_as"),
    [
        ("Iraqi federal forces clashed with Peshmerga fighters near Kirkuk. Iraq's security forces "
         "said two soldiers died.\n", "Iraqi federal forces", "Iraq's security forces"),
        ("Australian police arrived on Friday. The Australian Federal Police said 40 officers would "
         "stay.\n", "Australian Federal Police", "Australian police"),
    ],
)
def test_a_federations_own_forces_are_the_states(text: str, body: str, same_as: str) -> None:
    s = sheet(text)
    assert actor_of(s, body).id == actor_of(s, same_as).id


@pytest.mark.model
def test_a_communitys_officials_are_one_body_that_governs_it() -> None:
    s = sheet(
        "Kurdish officials said the crossing was closed. The Kurdish authorities reopened it on Monday. "
        "Kurdish fighters held the line.\n"
    )
    authorities = actor_of(s, "Kurdish officials")
    assert (authorities.name, authorities.kind) == ("Kurdish authorities", "government")
    assert "The Kurdish authorities" in [m.text for m in authorities.mentions]
    assert actor_of(s, "Kurdish fighters").kind == "armed_group"  # its armed men stay apart


@pytest.mark.model
def test_a_communitys_word_alone_is_not_its_authorities() -> None:
    s = sheet(
        "Yazidi officials blame Turkey\n\nA drone killed three members of a local Yazidi armed group, "
        "officials said.\n\nA Yazidi official in Sinjar said it was the third strike.\n"
    )
    authorities = actor_of(s, "Yazidi officials")
    assert [m.text for m in authorities.mentions] == ["Yazidi officials"]


# 'military' saying what a thing is: the mention that would end in it names no force
MILITARY_AS_AN_ADJECTIVE = [
    ("hyphened", "Russia said its forces had struck Ukrainian military-industrial sites overnight.",
     "Ukrainian military"),
    ("identification", "The army said it had captured two fighters who carry Rwandan military "
     "identification.", "Rwandan military"),
    ("bases", "Djibouti hosts American, French, Japanese and Italian military bases.", "Italian military"),
]


@pytest.mark.parametrize(
    ("case", "text", "mention"), MILITARY_AS_AN_ADJECTIVE, ids=[c[0] for c in MILITARY_AS_AN_ADJECTIVE]
)
def test_military_before_a_things_noun_names_no_force(case: str, text: str, mention: str) -> None:
    assert mention not in {m.text for a in sheet(text).actors for m in a.mentions}


def test_military_before_its_spokesman_still_names_the_force() -> None:
    s = sheet("The Rwandan military spokesman denied the report on Monday.")
    assert actor_of(s, "Rwandan military").kind == "military"
