"""Actor facts end to end: aliases, acronyms, coreference, roles, precision (needs the model)."""

from __future__ import annotations

import pytest
from actor_lookup import actor_of, sheet

from bagouz_extract.models import ActorFact, FactSheet

pytestmark = pytest.mark.model


def by_name(s: FactSheet) -> dict[str, ActorFact]:
    return {a.name: a for a in s.actors}


ALIASES = (
    "IS fighters held the town. ISIS lost ground, and Daesh fighters fled. "
    "The Islamic State said it would fight on, but ISIL commanders surrendered.\n"
)


def test_islamic_state_aliases_merge_into_one_actor() -> None:
    s = sheet(ALIASES)
    ids = {actor_of(s, alias).id for alias in ("IS", "ISIS", "Daesh", "Islamic State", "ISIL")}
    assert ids == {"actor-isis"}
    assert by_name(s)["Islamic State"].kind == "armed_group"


def test_in_text_acronym_definition_merges_long_and_short_forms() -> None:
    s = sheet(
        "The Deir ez-Zor Military Council (DMC) took the village. Later the DMC said "
        "that 40 fighters were captured.\n"
    )
    assert actor_of(s, "Deir ez-Zor Military Council").id == actor_of(s, "DMC").id
    mentions = [m.text for m in actor_of(s, "DMC").mentions]
    assert mentions == ["The Deir ez-Zor Military Council", "DMC", "the DMC"]


def test_a_long_form_the_model_read_a_state_into_is_defined() -> None:
    # 'in Cyprus' inside the model's organisation: the state's name is the place 'in' needs
    s = sheet(
        "The United Nations Peacekeeping Force in Cyprus (UNFICYP) is concerned about the incident. "
        "A UNFICYP patrol observed the works.\n"
    )
    force = actor_of(s, "UNFICYP")
    assert force.name == "United Nations Peacekeeping Force in Cyprus"
    long_form = "The United Nations Peacekeeping Force in Cyprus"
    assert [m.text for m in force.mentions][:2] == [long_form, "UNFICYP"]


def test_registry_long_form_and_acronym_are_one_actor() -> None:
    s = sheet("The Syrian Democratic Forces (SDF) advanced. SDF commanders said the battle was over.\n")
    assert actor_of(s, "Syrian Democratic Forces").id == actor_of(s, "SDF").id == "actor-sdf"


@pytest.mark.parametrize(
    ("text", "short", "name", "actor_id"),
    [
        # the text defines the letters as another body than the registered one they also spell
        ("Lebanon's Internal Security Forces (ISF) arrested two men. The ISF said they were armed.\n",
         "ISF", "Lebanese Internal Security Forces", None),
        # the definition is the registered name with a word more: still the registered body
        ("The Kurdish People's Protection Units (YPG) took the town. The YPG said so.\n",
         "YPG", "People's Protection Units", "actor-ypg"),
    ],
    ids=["another-body", "registered-name-with-a-word-more"],
)
def test_letters_the_text_defines_name_what_it_defines(text: str, short: str, name: str,
                                                        actor_id: str | None) -> None:
    s = sheet(text)
    actor = actor_of(s, short)
    assert actor.name == name
    assert [m.text for m in actor.mentions][-1] == "The " + short
    if actor_id is not None:
        assert actor.id == actor_id


def test_short_name_corefers_with_the_full_name() -> None:
    s = sheet(
        "Mustafa Bali, the head of SDF Press Office, said the battle had begun. "
        "Later Bali shared a video on Twitter.\n"
    )
    bali = by_name(s)["Mustafa Bali"]
    assert actor_of(s, "Bali").id == bali.id
    assert bali.kind == "person"


CASES = [
    (
        "Mustafa Bali, the head of SDF Press Office, said the battle had begun.\n",
        "Mustafa Bali",
        "head of SDF Press Office",
        "actor-sdf",
    ),
    (
        "On Monday US President Donald Trump said the troops would leave.\n",
        "Donald Trump",
        "President",
        "actor-state-us",
    ),
    (
        "The Kurdish fighters pushed on. The commander of the Jazeera Storm campaign, Ciya Furat, "
        "said the fighters were trapped.\n",
        "Ciya Furat",
        "commander of the Jazeera Storm campaign",
        None,
    ),
]


@pytest.mark.parametrize(
    ("text", "name", "role", "affiliation"),
    CASES,
    ids=["apposition-after", "title-before", "apposition-before"],
)
def test_person_roles_and_affiliation(text: str, name: str, role: str, affiliation: str | None) -> None:
    person = by_name(sheet(text))[name]
    assert role in person.roles
    assert person.affiliation == affiliation


def test_possessive_descriptive_variant_joins_the_registered_actor() -> None:
    s = sheet(
        "The Syrian Democratic Forces attacked on Friday. "
        "Syria's democratic forces are waiting for the evacuation of all civilians.\n"
    )
    assert actor_of(s, "Syria's democratic forces").id == "actor-sdf"


def test_typo_in_a_long_registered_name_still_matches() -> None:
    s = sheet("Fighters of the Syrian Democratic Froces captured the town, officials said.\n")
    assert any(a.id == "actor-sdf" for a in s.actors)


def test_another_nations_name_one_letter_off_is_no_typo_of_a_registered_name() -> None:
    # 'Togolese armed forces' is 93% like the registered 'Congolese armed forces' (FARDC)
    s = sheet("Clashes\n\nThe Togolese Armed Forces (FAT) have deployed thousands of troops in the north.\n")
    forces = actor_of(s, "Togolese Armed Forces")
    assert forces.id != "actor-fardc" and forces.name == "Togolese Armed Forces"


def test_unnamed_speaker_is_an_anonymous_actor_with_affiliation() -> None:
    s = sheet(
        "“We don’t want civilians killed. ISIS is using them as human shields,” a SDF fighter told Rudaw.\n"
    )
    fighter = actor_of(s, "a SDF fighter")
    assert fighter.kind == "person"
    assert fighter.affiliation == "actor-sdf"
    assert by_name(s)["Rudaw"].kind == "media"


def test_state_acting_is_an_actor_but_a_mere_location_is_not() -> None:
    s = sheet("Turkey launched an offensive on Sunday. Thousands of people live in Iraq.\n")
    names = by_name(s)
    assert names["Turkey"].kind == "state"
    assert "Iraq" not in names


PRECISION = [
    (
        "page furniture",
        "skip to Main Content\n\nThe army shelled the town.\n\nBack To Top\n",
        {"Main Content", "Back To Top"},
    ),
    (
        "common nouns",
        "The fighters and the civilians left the area after the battle.\n",
        {"fighters", "civilians", "area"},
    ),
    (
        "place named like a person",
        "Militants are besieged in al-Bagouz village. Families fled al-Bagouz on foot.\n",
        {"al-Bagouz"},
    ),
    (
        "headline fragment",
        "Al-Bagouz ends the Caliphate dream\n\nThe SDF said the battle was over.\n",
        {"Al-Bagouz", "Caliphate"},
    ),
    (
        "operation name",
        "The offensive, named Operation Round (Jazeera Storm), goes on. "
        "Jazeera Storm continues to clean up the province.\n",
        {"Jazeera Storm", "Round"},
    ),
    (
        "unknown acronym",
        "A VBIED struck the checkpoint and a second VBIED was destroyed.\n",
        {"VBIED"},
    ),
]


@pytest.mark.parametrize(("case", "text", "not_actors"), PRECISION, ids=[p[0] for p in PRECISION])
def test_these_are_not_actors(case: str, text: str, not_actors: set[str]) -> None:
    s = sheet(text)
    surfaces = {m.text for a in s.actors for m in a.mentions}
    assert not surfaces & not_actors


def test_actor_mentions_slice_the_text_and_ids_are_stable() -> None:
    text = ALIASES + "Mustafa Bali said the SDF would win.\n"
    first, second = sheet(text), sheet(text)
    assert first.model_dump() == second.model_dump()
    for actor in first.actors:
        for m in actor.mentions:
            assert text[m.start : m.end] == m.text


def test_affiliations_point_inside_the_sheet() -> None:
    s = sheet("The YPG, a Kurdish militia, fought on. US President Donald Trump spoke.\n")
    ids = {a.id for a in s.actors}
    assert all(a.affiliation in ids for a in s.actors if a.affiliation)


def test_the_organization_is_the_armed_group_the_text_is_about() -> None:
    s = sheet(
        "The Islamic State is clinging to its last pocket. IS fighters refuse to surrender, "
        "and the Syrian Democratic Forces wait. Thousands have left the organization's zone.\n"
    )
    assert actor_of(s, "the organization").id == "actor-isis"


def test_a_group_of_something_is_not_an_anaphor() -> None:
    s = sheet("IS fighters held the town. ISIS lost ground. The group of civilians waited at the gate.\n")
    assert "the group" not in {m.text.lower() for a in s.actors for m in a.mentions}


REGIME_CASES = [
    ("The Asad regime has used chemical weapons.\n", "Asad", "actor-bashar-al-assad"),
    ("Assad's brutal regime must go, the minister said.\n", "Assad", "actor-bashar-al-assad"),
    ("They called for a transition away from the regime of Assad.\n", "Assad", "actor-bashar-al-assad"),
]


@pytest.mark.parametrize(
    ("text", "ruler", "actor_id"), REGIME_CASES, ids=["the-x-regime", "xs-regime", "regime-of-x"]
)
def test_ruler_inside_a_regime_is_a_nested_person(text: str, ruler: str, actor_id: str) -> None:
    s = sheet(text)
    assert actor_of(s, ruler).id == actor_id
    assert any(a.kind == "government" and any("regime" in m.text for m in a.mentions) for a in s.actors)


LEADER_BODY_CASES = [
    # a registered leader's forces are his state's army, or the group he leads
    ("Asad’s forces besieged the suburb.\n", "Asad’s forces", "actor-syrian-arab-army"),
    ("Assad forces retook the town.\n", "Assad forces", "actor-syrian-arab-army"),
    ("Moqtada al-Sadr's militia patrolled the streets.\n", "Sadr's militia", "actor-saraya-al-salam"),
    # a leader's government is the state's government the text names otherwise
    ("The Turkish government denied it. Erdogan's government ordered arrests.\n", "Erdogan's government",
     "actor-state-tr-government"),
    ("The Putin regime has jailed critics.\n", "The Putin regime", "actor-state-ru-government"),
    # a person the text names, not in the registry: the body is the leader's own
    ("Fidel Castro spoke for hours. Castro's government denied the report.\n", "Castro's government",
     "actor-castro-government"),
]


@pytest.mark.parametrize(
    ("text", "mention", "actor_id"),
    LEADER_BODY_CASES,
    ids=["xs-forces", "x-forces", "xs-militia", "xs-government", "x-regime", "unregistered-leader"],
)
def test_a_leaders_forces_or_government_is_the_body_he_heads(text: str, mention: str, actor_id: str) -> None:
    assert actor_of(sheet(text), mention).id == actor_id


@pytest.mark.parametrize(
    "text",
    [
        "Fano fighters attacked the town.\n",  # a militia's name the model may read as a person's
        "The Labour government fell in 1979.\n",
        "Shabaab fighters ambushed the convoy.\n",
    ],
    ids=["militia-name", "party-government", "group-name"],
)
def test_a_name_no_person_holds_rules_no_forces(text: str) -> None:
    s = sheet(text)
    assert not [m.text for a in s.actors for m in a.mentions if m.rule in ("regime_ruler", "regime_body")]


AGENCY_CASES = [
    "Officers from the Federal Highway Administration inspected the bridge.\n",
    "Agents of the Drug Enforcement Administration arrested two men.\n",
]


@pytest.mark.parametrize("text", AGENCY_CASES, ids=["highway-administration", "enforcement-administration"])
def test_a_word_inside_an_agency_name_is_no_ruler(text: str) -> None:
    s = sheet(text)
    assert not [a.name for a in s.actors if a.kind == "person"]
    assert any(a.name.endswith("Administration") for a in s.actors)


def test_the_regime_refers_to_the_regime_named_before() -> None:
    s = sheet("The Asad regime bombed the town. The regime and its backers must stop.\n")
    assert actor_of(s, "The regime").id == actor_of(s, "Asad regime").id


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("The minister discussed bilateral relations between the UK and Uzbekistan.\n", "Uzbekistan"),
        ("Coalition nations which have conducted strikes include Australia and Canada.\n", "Canada"),
        ("The international community, including Russia and Iran, must act.\n", "Iran"),
        ("ISIL plans attacks against the United States, officials said.\n", "United States"),
    ],
    ids=["relations-between", "nations-include", "community-including", "attacks-against"],
)
def test_state_as_a_party_is_an_actor(text: str, state: str) -> None:
    assert actor_of(sheet(text), state).kind == "state"


def test_state_as_a_location_is_not_an_actor() -> None:
    s = sheet("The fighters moved to a camp in Jordan last week.\n")
    assert not any(m.text == "Jordan" for a in s.actors for m in a.mentions)


def test_undefined_acronym_the_text_uses_twice_is_an_organisation() -> None:
    s = sheet("NAVCENT is responsible for the area. NAVCENT said so.\n")
    assert actor_of(s, "NAVCENT").kind == "organization"


def test_a_thing_acronym_is_not_an_organisation() -> None:
    s = sheet("One strike destroyed a VBIED factory. Another VBIED was found.\n")
    assert not any(m.text == "VBIED" for a in s.actors for m in a.mentions)


def test_a_states_refugees_are_a_population_of_their_own() -> None:
    s = sheet(
        "Jordan hosts 650,000 Syrian refugees. Syrians make up most of the camp. Afghan migrants left.\n"
    )
    refugees, people, migrants = (actor_of(s, w) for w in ("Syrian refugees", "Syrians", "Afghan migrants"))
    assert (refugees.name, refugees.kind) == ("Syrian refugees", "population")
    assert (migrants.name, people.name) == ("Afghan migrants", "Syrian people")
    assert refugees.id != people.id


MATCHER_TEXTS = (
    "Local Arabs and the Iraqi people fled as Syrian government troops and Turkey's "
    "democratically elected government moved in, and Iraqi refugees returned.",
    "A senior SDF military official said the Kurds would stay. One local Yazidi fighter told "
    "reporters that the French and the people of Iraq had helped.",
    "Sunnis, Shia militias and Syrians: an unnamed US defense official said nothing more.",
    "The weather was fine.",
    "",
)


@pytest.mark.parametrize("text", MATCHER_TEXTS, ids=range(len(MATCHER_TEXTS)))
def test_anchored_rules_find_what_matching_the_whole_doc_finds(text: str) -> None:
    """The token-pattern rules run only round their anchor words: same matches as everywhere."""
    from spacy.matcher import Matcher

    from bagouz_extract.api import get_pipeline

    nlp = get_pipeline()
    finder = nlp.get_pipe("bx_actors")
    whole = Matcher(nlp.vocab)
    for rule in finder.rules:
        for key in rule.matcher._patterns:
            name = nlp.vocab.strings[key]
            whole.add(name, rule.matcher.get(name)[1])
    doc = nlp(text)
    assert sorted(finder._matches(doc)) == sorted(whole(doc))
    assert bool(text) == bool(finder._matches(doc)) or text == "The weather was fine."


# A group's evidence is the noun phrase it heads (re3d/ACE extents): the article when the
# phrase ends at the name or at a member noun after it, never when a later noun takes it.
EXTENTS = [
    ("article", "The SDF said it took the town.\n", "The SDF"),
    ("article-mid-sentence", "Officials said the SDF took the town.\n", "the SDF"),
    ("member-noun", "ISIL fighters withdrew from the town.\n", "ISIL fighters"),
    ("article-and-member-noun", "Later the SDF forces took the town.\n", "the SDF forces"),
    ("later-noun-takes-the-article", "Officials said the SDF commander took the town.\n", "SDF"),
    ("hyphenated-modifier", "Officials said the US-led coalition struck the town.\n", "the US-led coalition"),
    ("state-acting", "The United States said the strike killed two militants.\n", "The United States"),
]


@pytest.mark.parametrize(("text", "phrase"), [c[1:] for c in EXTENTS], ids=[c[0] for c in EXTENTS])
def test_group_evidence_is_the_phrase_it_heads(text: str, phrase: str) -> None:
    s = sheet(text)
    assert any(m.text == phrase for a in s.actors for m in a.mentions), [
        [m.text for m in a.mentions] for a in s.actors
    ]


NOT_EXTENTS = [
    ("later-noun-takes-the-article", "Officials said the SDF commander took the town.\n", "the SDF"),
    ("hyphenated-modifier", "Officials said the US-backed SDF took the town.\n", "the US"),
    ("word-ending-in-the", "They soothe SDF wounded after the battle.\n", "the SDF"),
]


@pytest.mark.parametrize(("text", "phrase"), [c[1:] for c in NOT_EXTENTS], ids=[c[0] for c in NOT_EXTENTS])
def test_an_article_of_a_later_noun_stays_out(text: str, phrase: str) -> None:
    s = sheet(text)
    assert not any(m.text.startswith(phrase) for a in s.actors for m in a.mentions)


def test_a_two_word_surname_with_another_genders_honorific_is_another_person() -> None:
    s = sheet("Matthew Holder-Wooloff, 12, lost weight. His mother, Mrs Holder-Wooloff, said he was happy.\n")
    assert actor_of(s, "Mrs Holder-Wooloff").id != actor_of(s, "Matthew Holder-Wooloff").id


@pytest.mark.parametrize(
    ("text", "later", "full"),
    [
        ("Judge Mary Grace O'Brien ruled on Monday. O'Brien said the case was closed.\n", "O'Brien",
         "Judge Mary Grace O'Brien"),
        ("Pierre Panet-Raymond resigned. Mr. Panet-Raymond said he had no regrets.\n", "Mr. Panet-Raymond",
         "Pierre Panet-Raymond"),
    ],
    ids=["apostrophe-surname", "double-barrelled-surname"],
)
def test_a_later_surname_of_two_words_joins_the_full_name(text: str, later: str, full: str) -> None:
    s = sheet(text)
    assert actor_of(s, later).id == actor_of(s, full).id
