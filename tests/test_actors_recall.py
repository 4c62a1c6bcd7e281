"""Recall rules: peoples named by nationality, state forces with a qualifier, services before
a rank, offices with a portfolio, names the model missed before an apposition."""

from __future__ import annotations

import pytest
from actor_lookup import actor_with

from bagouz_extract import extract_text
from bagouz_extract.models import FactSheet

pytestmark = pytest.mark.model


def sheet(text: str) -> FactSheet:
    return extract_text(text, source_id="t", published="2016-12-15")


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        ("We are supported by partners, especially the Turks. They remain vital.\n", "Turks", "population"),
        ("The French previously led the task force last December.\n", "French", "population"),
        ("The strikes killed scores of Syrian civilians on Monday.\n", "Syrian civilians", "population"),
        ("We discussed support for the Iraqi Armed Forces on Monday.\n", "Iraqi Armed Forces", "military"),
        ("Iraqi government forces entered the town on Monday.\n", "Iraqi government forces", "military"),
        (
            "Pentagon press operations director Navy Capt. Jeff Davis said the strikes hit.\n",
            "Navy",
            "military",
        ),
        (
            "Knox Thames, the Special Advisor for Religious Minorities, will travel to Turkey.\n",
            "Knox Thames",
            "person",
        ),
        (
            "Minister for the Middle East Tobias Ellwood said the attacks were appalling.\n",
            "Tobias Ellwood",
            "person",
        ),
        ("The SDF, made up in part by local Arabs, advanced on Monday.\n", "local Arabs", "population"),
        ("Local Arab fighters continue to join the SDF.\n", "Local Arab fighters", "armed_group"),
        ("Sunni tribal fighters drove IS out of Ramadi.\n", "Sunni tribal fighters", "armed_group"),
        ("Kurdish volunteers crossed the border to fight.\n", "Kurdish volunteers", "armed_group"),
        ("Hundreds of British jihadists lived in the city.\n", "British jihadists", "armed_group"),
        ("Iraqi tribal fighters held the road north of the town.\n", "Iraqi tribal fighters", "armed_group"),
        ("Yazidi civilians fled to the mountain on Monday.\n", "Yazidi civilians", "population"),
        ("Yazidi women were held captive for months.\n", "Yazidi women", "population"),
        ("The UK will continue to support Syrian children in the region.\n", "Syrian children", "population"),
        ("Aid reached Palestinian families in the camp.\n", "Palestinian families", "population"),
        ("The minister met his French counterparts on Monday.\n", "French counterparts", "government"),
        ("The Syrian delegation walked out of the talks.\n", "Syrian delegation", "government"),
        ("Jordanian pilots took part in the strikes.\n", "Jordanian pilots", "military"),
        ("Ukraine's General Staff said 20 drones were shot down.\n", "Ukraine's General Staff", "military"),
        ("The Russian General Staff said the troops had withdrawn.\n", "Russian General Staff", "military"),
        ("Iraqi commanders said the town had fallen.\n", "Iraqi commanders", "military"),
        ("Italian instructors trained the new brigade.\n", "Italian instructors", "military"),
        (
            "We support Turkey’s democratically elected government and its institutions.\n",
            "Turkey’s democratically elected government",
            "government",
        ),
        (
            "Follow the Secretary on the State Department’s Flickr for more updates.\n",
            "State Department",
            "government",
        ),
        (
            "We stand with the government and people of Iraq in the fight against terrorism.\n",
            "people of Iraq",
            "population",
        ),
        ("The international community has now come together to end the war.\n", "international community",
         "coalition"),
    ],
    ids=[
        "irregular-plural-people",
        "collective-demonym-people",
        "demonym-civilians",
        "state-armed-forces",
        "state-government-forces",
        "service-before-rank",
        "name-before-office-apposition",
        "name-after-office-portfolio",
        "community-plural",
        "community-fighters",
        "community-modifier-fighters",
        "community-volunteers",
        "demonym-jihadists",
        "demonym-modifier-fighters",
        "community-civilians",
        "community-women",
        "demonym-children",
        "demonym-families",
        "demonym-counterparts",
        "demonym-delegation",
        "demonym-pilots",
        "possessive-general-staff",
        "demonym-general-staff",
        "demonym-commanders",
        "demonym-instructors",
        "state-possessive-adjective-government",
        "known-owner-of-a-thing",
        "people-of-a-state-after-and",
        "international-community",
    ],
)
def test_actor_is_found(text: str, surface: str, kind: str) -> None:
    actor = actor_with(sheet(text), surface)
    assert actor is not None and actor.kind == kind


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The French government said it would act on Monday.\n", "French"),
        ("Pentagon press operations director Navy Capt. Jeff Davis said the strikes hit.\n", "Navy Capt"),
        ("Deir Ezzor, the capital of the province, fell on Monday.\n", "Deir Ezzor"),
        ("The Arab League met in Cairo on Monday.\n", "Arab"),
    ],
    ids=[
        "demonym-modifying-a-noun",
        "service-and-rank-are-no-person",
        "place-before-apposition",
        "community-word-inside-a-name",
    ],
)
def test_not_an_actor_mention(text: str, surface: str) -> None:
    assert actor_with(sheet(text), surface) is None


def test_service_is_the_officers_affiliation() -> None:
    s = sheet("Army Lt. Gen. Stephen J. Townsend spoke to reporters on Monday.\n")
    officer = actor_with(s, "Lt. Gen. Stephen J. Townsend")
    army = actor_with(s, "Army")
    assert officer is not None and army is not None and officer.affiliation == army.id


def test_office_with_portfolio_and_no_name_is_one_role() -> None:
    s = sheet("The Minister for Europe will visit Baghdad on Monday.\n")
    assert actor_with(s, "The Minister for Europe") is not None


@pytest.mark.parametrize(
    ("text", "name", "alias"),
    [
        (
            "Hayat Tahrir al-Sham, the jihadist alliance led by a former affiliate, holds Idlib.\n",
            "Hayat Tahrir al-Sham",
            "jihadist alliance",
        ),
        (
            "The force relies on its Arab component, the Syrian Arab Coalition, for recruits.\n",
            "Syrian Arab Coalition",
            "Arab component",
        ),
        (
            "The bomb hit near the base of the local Kurdish security forces, known as the Asayish.\n",
            "Asayish",
            "local Kurdish security forces",
        ),
    ],
    ids=["description-after-the-name", "description-before-the-name", "community-forces-known-as-a-name"],
)
def test_group_description_in_apposition_names_the_group(text: str, name: str, alias: str) -> None:
    s = sheet(text)
    described = actor_with(s, alias)
    assert described is not None and described.name == name


def test_description_without_a_comma_is_not_taken_as_an_alias() -> None:
    s = sheet("Rewards target the oil trade that benefits the terrorist group Islamic State.\n")
    assert actor_with(s, "terrorist group") is None


@pytest.mark.parametrize(
    ("text", "name", "mentions"),
    [
        (
            "Their judgment was clouded by their animosity toward Fidel Castro, the Cuban leader.\n",
            "Fidel Castro",
            2,
        ),
        ("They vented their anger toward Fidel Castro. Only foes of Castro argue so.\n", "Fidel Castro", 2),
        (
            "Elian Gonzalez arrived in Miami in November. Lawmakers want to grant Elian American "
            "citizenship. Elian played in the yard.\n",
            "Elian Gonzalez",
            3,
        ),
    ],
    ids=["given-name-after-toward-described", "given-name-after-toward-named-again", "demonym-ending-a-name"],
)
def test_person_the_model_names_is_kept(text: str, name: str, mentions: int) -> None:
    actor = next((a for a in sheet(text).actors if a.name == name), None)
    assert actor is not None and actor.kind == "person" and len(actor.mentions) == mentions


def test_name_named_once_after_a_place_preposition_stays_a_place() -> None:
    s = sheet("The storm moved toward Charlotte Amalie on Monday.\n")
    assert not any(a.kind == "person" for a in s.actors)


@pytest.mark.parametrize(
    ("text", "surface", "name"),
    [
        ("RAF Tornados struck two targets near Mosul on Monday.\n", "RAF", "British Armed Forces"),
        (
            "Combined Maritime Forces said the tanker was seized.\n",
            "Combined Maritime Forces",
            "Combined Maritime Forces",
        ),
    ],
    ids=["aircraft-after-a-force", "body-word-opening-a-sentence"],
)
def test_a_bodys_name_as_the_model_cuts_it_is_mended(text: str, surface: str, name: str) -> None:
    actor = actor_with(sheet(text), surface)
    assert actor is not None and actor.name == name and all(m.text == surface for m in actor.mentions)


def test_staff_without_general_names_no_body() -> None:
    assert actor_with(sheet("Iraqi staff at the embassy left on Monday.\n"), "Iraqi staff") is None


@pytest.mark.parametrize(
    ("text", "surface", "name"),
    [
        (
            "Aid reached Aleppo through the UN World Food Programme. The WFP said rations were cut.\n",
            "UN World Food Programme",
            "World Food Programme",
        ),
        (
            "The Department of State and USAID will continue to provide humanitarian assistance.\n",
            "USAID",
            "US Agency for International Development",
        ),
    ],
    ids=["registered-body-after-its-owners-name", "usaid-registered"],
)
def test_a_registered_body_is_found_by_its_written_name(text: str, surface: str, name: str) -> None:
    actor = actor_with(sheet(text), surface)
    assert actor is not None and actor.name == name


@pytest.mark.parametrize(
    ("surface", "name"),
    [("International Medical Corps", "International Medical Corps"), ("CARE", "CARE International")],
    ids=["a-corps-that-is-no-force", "an-aid-agency-in-capitals"],
)
def test_registered_aid_agencies_are_ngos(surface: str, name: str) -> None:
    text = (
        "Partners include Mercy Corps, International Medical Corps, CARE and the Syrian American "
        "Medical Society.\n"
    )
    actor = actor_with(sheet(text), surface)
    assert actor is not None and (actor.name, actor.kind) == (name, "ngo")


# a group's ministry named with small letters: 'the Taliban interior ministry' is a body of the
# Taliban, whom a 'spokesman for the ministry' serves
GROUP_MINISTRY_CASES = [
    (
        "group-interior-ministry",
        "Bombing in Kabul\n\nA suicide bomber killed nine people outside a government building on Monday, "
        "the Taliban interior ministry said.\n\nAbdul Matin Qani, a spokesman for the ministry, said the "
        "attacker detonated his explosives.",
        "Taliban interior ministry",
        "Taliban",
        "Abdul Matin Qani",
    ),
    (
        "group-health-ministry",
        "Strikes in Yemen\n\nThe Houthi health ministry said 20 people died. Anees al-Asbahi, a spokesman "
        "for the ministry, said most were children.",
        "Houthi health ministry",
        "Houthis",
        "Anees al-Asbahi",
    ),
]


@pytest.mark.parametrize(
    ("text", "ministry", "group", "spokesman"),
    [c[1:] for c in GROUP_MINISTRY_CASES],
    ids=[c[0] for c in GROUP_MINISTRY_CASES],
)
def test_a_groups_ministry_is_a_body_of_the_group(
    text: str, ministry: str, group: str, spokesman: str
) -> None:
    s = sheet(text)
    names = {a.id: a.name for a in s.actors}
    body = next(a for a in s.actors if a.name == ministry)
    assert names[body.affiliation or ""] == group
    assert names[next(a for a in s.actors if a.name == spokesman).affiliation or ""] == ministry


def test_a_states_ministry_in_small_letters_stays_the_registrys() -> None:
    s = sheet(
        "Strikes\n\nThe Russian defence ministry said its jets hit targets. The health ministry said 20 died."
    )
    assert [a.name for a in s.actors if "inistry" in a.name] == ["Russian Ministry of Defence"]
