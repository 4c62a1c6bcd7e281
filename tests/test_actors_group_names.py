"""Bodies named by a name and the noun of their kind ('the Kolo Ansanm coalition'), and a
state's national military named by its own name ('the Rwanda Defence Force (RDF)')."""

from __future__ import annotations

import pytest
from actor_lookup import actor_at, actor_named, actor_of, actor_with, sheet

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("The attack was led by the Kolo Ansanm coalition, which controls most of the capital.",
         "Kolo Ansanm coalition", "coalition"),
        ("The Kata Tiga militia said it had taken the town on Sunday.", "Kata Tiga militia", "armed_group"),
        ("Fighters of the Gran Grif gang fled the area before dawn.", "Gran Grif gang", "armed_group"),
        ("Members of the Sinaloa cartel were arrested in Culiacan.", "Sinaloa cartel", "armed_group"),
    ],
)
def test_a_name_with_its_kinds_noun_names_that_body(text: str, name: str, kind: str) -> None:
    found = actor_named(sheet(text), name)
    assert found is not None and found.kind == kind


@pytest.mark.parametrize(
    "text",
    [
        # a branch of another body, not a body of its own
        "He is the leader of the Cambridge group of the Macular Disease Society.",
        # no name before the noun: a description
        "The armed group said it had taken the town.",
    ],
)
def test_no_group_name_without_a_name_of_its_own(text: str) -> None:
    assert not [a for a in sheet(text).actors if a.name.endswith(("group", "Group"))]


def test_a_registered_name_before_the_noun_stays_the_registered_body() -> None:
    s = sheet("Ministers of the NATO alliance met in Brussels on Friday. NATO said it would act.")
    assert [a.name for a in s.actors if "NATO" in a.name] == ["NATO"]


@pytest.mark.parametrize(
    ("text", "long_form", "other"),
    [
        ("The Rwanda Defence Force (RDF) said on Monday that Rwandan troops had killed 20 insurgents. "
         "The RDF gave no figure for its own losses.", "Rwanda Defence Force", "Rwandan troops"),
        ("The Sudanese Armed Forces (SAF) shelled the city. Sudanese army officers said the SAF would "
         "not stop.", "Sudanese Armed Forces", "Sudanese army"),
        ("The Ethiopian National Defense Force clashed with militiamen. Ethiopian troops later withdrew.",
         "Ethiopian National Defense Force", "Ethiopian troops"),
        # a hyphen joins the official name's second half ('Arab Army')
        ("The Jordan Armed Forces-Arab Army (JAF) said troops had killed nine smugglers. Jordan's army "
         "said the border was calm.", "Jordan Armed Forces-Arab Army", "Jordan's army"),
    ],
)
def test_a_states_military_by_its_own_name_is_that_states_forces(
    text: str, long_form: str, other: str
) -> None:
    s = sheet(text)
    forces = actor_with(s, long_form)
    assert forces is not None and forces.kind == "military"
    assert actor_with(s, other) == forces


def test_a_cause_in_the_name_makes_another_body() -> None:
    s = sheet("The Syrian Democratic Forces (SDF) said on Monday that Syrian troops had shelled the town.")
    assert actor_with(s, "Syrian Democratic Forces") != actor_with(s, "Syrian troops")


def test_the_rights_group_takes_up_the_rights_group_not_an_armed_one() -> None:
    s = sheet(
        "JNIM fighters besieged the town in March.\n\n"
        "Human Rights Watch has accused the army of killing civilians.\n\n"
        '"Civilians are trapped," Claire Vasseur, a researcher at the rights group, said.'
    )
    vasseur = actor_with(s, "Claire Vasseur")
    assert vasseur is not None and vasseur.affiliation == actor_with(s, "Human Rights Watch").id


def test_a_one_word_name_the_text_gives_is_that_body_where_written_again() -> None:
    s = sheet(
        "The Malian Armed Forces, known as FAMa, said they had killed dozens of militants. "
        "Lt. Col. Boubacar Sanogo, a spokesman for FAMa, said the army would stay."
    )
    forces = actor_with(s, "Malian Armed Forces")
    assert forces is not None and len([m for m in forces.mentions if m.text == "FAMa"]) == 2
    assert actor_named(s, "Boubacar Sanogo").affiliation == forces.id


@pytest.mark.parametrize(
    ("text", "person", "body", "role"),
    [
        # a capitalised word describing the role is no person of its own
        ('"It was horrific," said Ilaria Allegrozzi, senior Sahel researcher at Human Rights Watch.',
         "Ilaria Allegrozzi", "Human Rights Watch", "senior Sahel researcher at Human Rights Watch"),
        # a title joined by a hyphen is one title
        ("UNRWA Commissioner-General Philippe Lazzarini wrote on X that aid was blocked.",
         "Philippe Lazzarini", "UNRWA", "Commissioner-General"),
        # 'led by' after a body defined with its acronym
        ("The Sudanese Armed Forces (SAF), led by General Abdel Fattah al-Burhan, have been at war "
         "with the paramilitaries since April 2023.", "Abdel Fattah al-Burhan", "Sudanese Armed Forces",
         "leader"),
    ],
)
def test_a_persons_role_and_body(text: str, person: str, body: str, role: str) -> None:
    s = sheet(text)
    found = actor_named(s, person)
    assert found is not None and found.affiliation == actor_with(s, body).id
    assert role in found.roles
    assert not [a for a in s.actors if a.name == "Sahel"]


def test_a_registered_body_before_regime_rules_as_that_body_not_as_a_person() -> None:
    s = sheet("The Islamic State group called its victims apostate employees of the Taliban regime.")
    assert not [a for a in s.actors if a.kind == "person"]
    assert actor_named(s, "Taliban") is not None


@pytest.mark.parametrize(
    ("text", "owned"),
    [
        ("The Hamas-run Health Ministry said 38 people had been killed.", True),
        # a sponsor owns nothing
        ("The Iran-backed Health Ministry said 38 people had been killed.", False),
    ],
)
def test_a_body_run_by_another_belongs_to_it(text: str, owned: bool) -> None:
    s = sheet(text)
    ministry = actor_with(s, "Health Ministry")
    assert ministry is not None
    assert (ministry.affiliation is not None) == owned


# capitalised words the model left untagged or read as a person, ending in an armed group's
# head noun (data/actor_rules.json armed_name_heads): that group
HEADED_NAMES = [
    ("after-a-person", "Colombia\n\nIts Dagoberto Ramos Mobile Column and Jaime Martínez Front have attacked "
     "police stations with drones.", "Jaime Martínez Front"),
    ("column", "Colombia\n\nIts Dagoberto Ramos Mobile Column and Jaime Martínez Front have attacked "
     "police stations with drones.", "Dagoberto Ramos Mobile Column"),
    ("with-article", "Colombia\n\nThe Carlos Patiño Front denied the report on Monday.",
     "Carlos Patiño Front"),
]


@pytest.mark.parametrize(("case", "text", "name"), HEADED_NAMES, ids=[c[0] for c in HEADED_NAMES])
def test_a_name_ending_in_an_armed_groups_noun_is_that_group(case: str, text: str, name: str) -> None:
    actor = actor_of(sheet(text), name)
    assert (actor.name, actor.kind) == (name, "armed_group")


# a body named with an operation's word ('Shield', 'Storm'): its last word says it is a body;
# names listed after a plural noun for bodies: the noun says what they are
CONTEXT_NAMED_BODIES = [
    ("shield-brigade", "Libya\n\nThe clashes pitted the army against the Fezzan Shield Brigade, a "
     "mostly Tebu force.", "Fezzan Shield Brigade", "armed_group"),
    ("storm-battalion", "Libya\n\nFighters of the Desert Storm Battalion took the airport.",
     "Desert Storm Battalion", "armed_group"),
    ("gangs-such-as", "Rosario\n\nLeaders of gangs such as Los Monos and Los Menores ran their businesses "
     "from prison.", "Los Menores", "armed_group"),
    ("armed-groups-including", "Sahel\n\nArmed groups, including Tabbat Sirra, attacked the town.",
     "Tabbat Sirra", "armed_group"),
]


@pytest.mark.parametrize(("case", "text", "name", "kind"), CONTEXT_NAMED_BODIES,
                         ids=[c[0] for c in CONTEXT_NAMED_BODIES])
def test_a_body_its_name_or_its_list_says_is_one_is_that_body(
    case: str, text: str, name: str, kind: str
) -> None:
    actor = actor_of(sheet(text), name)
    assert (actor.name, actor.kind) == (name, kind)


def test_an_operation_named_with_a_bodys_word_after_operation_stays_no_body() -> None:
    s = sheet("Syria\n\nTurkish troops took the town in Operation Euphrates Shield Force last year.")
    assert actor_with(s, "Euphrates Shield Force") is None


def test_names_listed_before_the_noun_they_modify_are_no_bodies() -> None:
    s = sheet("Bells\n\nThe cash has come from organisations including the St Nicholas Arcades and "
              "Marketgate shopping areas in Lancaster.")
    assert actor_with(s, "Marketgate") is None


@pytest.mark.parametrize("text", [
    "Politics\n\nThe National Front won the vote in Marseille.",
    "Sport\n\nThe Leeds Rugby Front Row trained on Monday.",
], ids=["lone-adjective", "name-goes-on"])
def test_no_armed_group_from_a_lone_adjective_or_a_longer_name(text: str) -> None:
    assert not any(m.rule == "armed_name" for a in sheet(text).actors for m in a.mentions)


# a body of no known kind takes the kind an adjective of its description gives, before its
# name or set off after it; 'the armed wing of X' is X's; a noun alone gives no kind
DESCRIBED_KINDS = [
    ("armed-adjective-before", "Raid\n\nPolice blamed the Sunni militant group Kata Nasr for the raid.\n",
     "Kata Nasr", "armed_group", None),
    ("armed-wing-after", "Raid\n\nMembers of the Eastern Guard Network (EGN), the armed wing of the banned "
     "Movement for Biafra Land (MBL), burned four buses.\n", "Eastern Guard Network", "armed_group",
     "Movement for Biafra Land"),
    # a registered group's wing: its owner from the description all the same
    ("registered-armed-wing", "Raid\n\nMembers of the Eastern Security Network (ESN), the armed wing of the "
     "banned Movement for Biafra Land (MBL), burned four buses.\n", "Eastern Security Network", "armed_group",
     "Movement for Biafra Land"),
    ("rights-adjective-before", "Report\n\nThe rights group Nasaf Watch said the police lied.\n",
     "Nasaf Watch", "ngo", None),
    ("a-noun-alone-gives-no-kind", 'Report\n\n"We want peace," said Zara Khan, an organiser with the '
     "Baloch Unity Committee, a rights movement.\n", "Baloch Unity Committee", "organization", None),
    # a council or a congress by its name that the text calls a party
    ("called-a-party-after", "The Oromo Federalist Congress (OFC), the main legal opposition party in the "
     "region, boycotted the vote.\n", "Oromo Federalist Congress", "organization", None),
    ("party-after-the-name", "Ravi Kunjam, a tribal leader from the opposition Congress party, said "
     "villagers were caught.\n", "Congress", "organization", None),
    # a noun that is armed by itself
    ("a-militia-after", "The Sinai Tribes Union, a militia of local Bedouin that fought alongside "
     "the army, said attacks were rare.\n", "Sinai Tribes Union", "armed_group", None),
    # a splinter of an armed group is armed, and no longer that group's
    ("a-splinter-of-an-armed-group", "Raid\n\nPolice blamed the Militarizado Partido Comunista del Perú "
     "(MPCP), a splinter of the Maoist Shining Path.\n", "Militarizado Partido Comunista del Perú",
     "armed_group", None),
]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name", "kind", "affiliation"),
    [c[1:] for c in DESCRIBED_KINDS],
    ids=[c[0] for c in DESCRIBED_KINDS],
)
def test_a_description_gives_a_body_its_kind(
    text: str, name: str, kind: str, affiliation: str | None
) -> None:
    s = sheet(text)
    body = actor_named(s, name)
    assert body is not None and body.kind == kind
    owner = next((a.name for a in s.actors if a.id == body.affiliation), None)
    assert owner == affiliation


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "body", "owner"),
    [
        ("The Federal Police (PF), together with IBAMA, destroyed 19 rafts. According to the PF, the probe "
         "began in 2024.\n\nSocial Communication Office of the Federal Police in Roraima\n",
         "Social Communication Office of the Federal Police", "Federal Police"),
        ("The National Guard said two men were killed. The spokesman of the General Directorate of the "
         "National Guard, Anis Ben Romdhane, told TAP the men were armed.\n",
         "General Directorate of the National Guard", "National Guard"),
    ],
    ids=["office-of-the-police", "directorate-of-the-guard"],
)
def test_a_body_whose_name_closes_with_another_named_body_is_its(text: str, body: str, owner: str) -> None:
    s = sheet(text)
    inner = actor_named(s, body)
    assert inner is not None
    assert next((a.name for a in s.actors if a.id == inner.affiliation), None) == owner



# a body's name written again after a word capitalised only because it opens the sentence
# text, the name, whether its second writing joins the body
SENTENCE_OPENER_CASES = [
    ("number-opens-the-sentence", "The Iraqi Border Guard Force deployed on Monday. Twenty Iraqi Border "
     "Guard Force instructors trained them.", "Iraqi Border Guard Force", True),
    ("determiner-opens-the-sentence", "The Northern Shield Brigade deployed on Monday. Several Northern "
     "Shield Brigade officers said so.", "Northern Shield Brigade", True),
    # guard: a capitalised name word before it makes a longer name
    ("longer-name", "The Shield Brigade deployed on Monday. Later the Northern Shield Brigade said so.",
     "Shield Brigade", False),
]


@pytest.mark.parametrize(("text", "name", "joins"), [c[1:] for c in SENTENCE_OPENER_CASES],
                         ids=[c[0] for c in SENTENCE_OPENER_CASES])
def test_a_body_named_again_after_a_sentence_opener(text: str, name: str, joins: bool) -> None:
    s = sheet(text)
    first = actor_at(s, text.index(name)) or actor_at(s, text.index(name) - len("The "))
    assert first is not None
    again = text.index(name, text.index(name) + 1)
    assert (actor_at(s, again) == first) == joins


# 'the Mechanism', 'the Mission', 'the Delegation': a capitalised noun that takes up only a body
# whose name has it is that body, as the small-letter noun is
# text, the body's name, the short reference
CAPITALISED_SAME_HEAD_CASES = [
    ("mechanism", "The OPCW-UN Joint Investigative Mechanism (JIM) found that the regime used sarin. "
     "Russia vetoed the renewal of the Mechanism's mandate.", "OPCW-UN Joint Investigative Mechanism",
     "the Mechanism"),
    ("mission", "The African Union Mission in Somalia condemned the attack. The Mission said it would stay.",
     "African Union Mission in Somalia", "The Mission"),
    ("delegation", "The Delegation of the European Union to Syria works with partners. The Delegation "
     "calls on all actors to respect the law.", "EU Delegation to Syria", "The Delegation"),
]


@pytest.mark.parametrize(("text", "body", "short"), [c[1:] for c in CAPITALISED_SAME_HEAD_CASES],
                         ids=[c[0] for c in CAPITALISED_SAME_HEAD_CASES])
def test_a_capitalised_head_noun_takes_up_the_body_so_named(text: str, body: str, short: str) -> None:
    s = sheet(text)
    found = actor_named(s, body)
    assert found is not None and short in [m.text for m in found.mentions]


def test_a_capitalised_group_noun_of_any_body_stays_unresolved() -> None:
    # guard: 'the Group' (no same-head noun) may open another body's name
    s = sheet("The Wagner Group fought there. The Group of Seven met in Rome.")
    wagner = actor_with(s, "Wagner Group")
    assert wagner is not None and "The Group" not in [m.text for m in wagner.mentions]


def test_a_bracket_the_model_leaves_open_ends_the_name_before_it() -> None:
    # the model reads 'the Catatumbo Peasant Association (Ascamcat' as one organisation
    s = sheet("The ICRC called on the groups, while the Catatumbo Peasant Association (Ascamcat) wrote on X "
              "that 30 families remained trapped.")
    body = actor_named(s, "Catatumbo Peasant Association")
    assert body is not None and "Ascamcat" in [m.text for m in body.mentions]


def test_a_state_in_brackets_after_a_body_is_where_it_is_not_its_other_name() -> None:
    s = sheet("Bonds\n\nThe deal was led by Merrill Lynch. @ EUROBONDS Canadian Imperial Bank of Commerce "
              "(Canada) -- 10 billion yen of 5.7% bonds due Nov. 17, 1992.")
    assert any("Imperial Bank of Commerce" in a.name for a in s.actors)
    assert not any(a.kind != "state" and "Canada" in [m.text for m in a.mentions] for a in s.actors)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Republicans in the Senate blocked the bill, and Democrats vowed to fight on.", "Republicans"),
        ("Republicans in the Senate blocked the bill, and Democrats vowed to fight on.", "Democrats"),
        ("Sir Vince Cable, leader of the Liberal Democrats, said Parliament should be recalled.",
         "Liberal Democrats"),
        ("All the parties, with the exception of the Greens, agreed on the enlargement.", "Greens"),
    ],
)
def test_a_partys_members_named_by_the_party_are_a_body(text: str, name: str) -> None:
    # the model calls them a nationality or a group (NORP)
    assert actor_named(sheet(text), name).kind == "organization"


def test_a_party_leader_belongs_to_the_party() -> None:
    s = sheet("Sir Vince Cable, leader of the Liberal Democrats, said Parliament should be recalled.")
    assert actor_named(s, "Vince Cable").affiliation == actor_named(s, "Liberal Democrats").id
