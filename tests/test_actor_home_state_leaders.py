"""An office of a state's government written with no state ('President Yoweri Museveni',
'Government spokesman X') serves the one state a story is about and that acts in it; a body
written with no owner ('the Interior Ministry') belongs to the state the story is about when
that state acts in it."""

from __future__ import annotations

import pytest
from actor_lookup import affiliation_name, sheet

from bagouz_extract.components.registry import load_registry
from bagouz_extract.reconcile.actors import _national_office

# role as the sheet gives it, the state the story is about, whether it is that state's office
OFFICE_CASES = [
    ("president", "President", "state-ug", True),
    ("vice-president", "Vice President", "state-us", True),
    ("government-spokesman", "Government spokesman", "state-jo", True),
    ("portfolio-first", "Foreign Minister", "state-ug", True),
    ("portfolio-after", "Minister of Foreign Affairs", "state-md", True),
    ("deputy-prime-minister-for", "Deputy Prime Minister for Reintegration", "state-md", True),
    ("king-of-a-monarchy", "King", "state-ma", True),
    # a monarchy has no president, a republic no king
    ("president-of-a-monarchy", "President", "state-gb", False),
    ("king-of-a-republic", "King", "state-fr", False),
    # an owner written, a sub-national or church minister, a chamber's president
    ("minister-of-a-state", "Prime Minister of Canada", "state-ug", False),
    ("chief-minister", "Chief Minister", "state-in", False),
    ("minister-of-a-province", "security minister of Santa Fe province", "state-ar", False),
    ("minister-of-a-federal-state", "Commissioner of Lagos State", "state-ng", False),
    ("minister-of-state", "Minister of State", "state-gb", True),
    ("church-minister", "Anglican minister", "state-gb", False),
    ("chamber-president", "President of the Senate", "state-us", False),
    ("no-office", "spokesman", "state-us", False),
]


@pytest.mark.parametrize(
    ("case", "role", "state", "expected"), OFFICE_CASES, ids=[c[0] for c in OFFICE_CASES]
)
def test_a_national_office_written_with_no_state(case: str, role: str, state: str, expected: bool) -> None:
    assert _national_office(role, load_registry(), state) is expected


UGANDA = (
    "Attack in Uganda\n\n"
    "Rebels killed 42 pupils at a school in Mpondwe, Uganda, on Friday, officials in Kasese said. "
    "Uganda has sent more troops to the border near Mpondwe.\n\n"
    "President Yoweri Museveni called the attackers cowards.\n"
)


@pytest.mark.model
def test_a_bare_presidents_state_is_the_one_the_story_is_about() -> None:
    assert affiliation_name(sheet(UGANDA), "President Yoweri Museveni") == "Uganda"


@pytest.mark.model
def test_a_bare_title_stays_unaffiliated_where_two_states_act() -> None:
    text = UGANDA.replace("near Mpondwe.", "near Mpondwe. Kenya condemned the attack.")
    assert affiliation_name(sheet(text), "President Yoweri Museveni") is None


UGANDA_FILED = (
    "Attack in Uganda\n\n"
    "KAMPALA, Uganda (AP) - Rebels killed 42 pupils at a school in Mpondwe, Uganda, on Friday. "
    "Uganda blamed the rebels and Uganda said it would send troops. Kenya condemned the attack.\n\n"
    "Interior Minister Kahinda Otafiire called the attackers cowards. President Yoweri Museveni "
    "visited the school.\n"
)


@pytest.mark.model
def test_a_bare_minister_is_the_story_states_where_it_acts_most_and_files_the_story() -> None:
    s = sheet(UGANDA_FILED)
    assert affiliation_name(s, "Interior Minister Kahinda Otafiire") == "Uganda"
    assert affiliation_name(s, "President Yoweri Museveni") is None  # a head of state may be another's


@pytest.mark.model
def test_a_bare_minister_stays_unaffiliated_in_a_story_filed_from_another_state() -> None:
    text = UGANDA_FILED.replace("KAMPALA, Uganda (AP)", "NAIROBI, Kenya (AP)")
    assert affiliation_name(sheet(text), "Interior Minister Kahinda Otafiire") is None


@pytest.mark.model
def test_a_bare_minister_is_the_government_s_where_only_the_government_acts() -> None:
    text = (
        "Kidnapping in Paraguay\n\n"
        "ASUNCION, Paraguay (Reuters) - Rebels kidnapped a rancher's son in Concepcion, Paraguayan "
        "authorities said on Friday.\n\n"
        "Interior Minister Carlos Ayala Sanabria told reporters in Asuncion that there would be no talks.\n"
    )
    assert affiliation_name(sheet(text), "Interior Minister Carlos Ayala Sanabria") == "Paraguayan government"


@pytest.mark.model
def test_a_bare_minister_is_the_story_states_named_as_often_as_another_where_it_files_the_story() -> None:
    text = UGANDA_FILED.replace("Uganda blamed the rebels and Uganda said it would send troops.",
                                "Uganda blamed the rebels.")
    assert affiliation_name(sheet(text), "Interior Minister Kahinda Otafiire") == "Uganda"


# A body of government or arms written with no owner belongs to the state the story is about,
# when that state acts in it: (case, text, the body as written, its state or None)
MOLDOVA = (
    "Arrests in Moldova\n\n"
    "CHISINAU, Moldova (AP) - Moldova expelled two diplomats on Monday after protests in Chisinau "
    "and Balti. Moldova said the protests had been paid for.\n\n"
)
BODY_CASES = [
    ("an-inspectorate", MOLDOVA + "The General Police Inspectorate said 40 people were detained.",
     "The General Police Inspectorate", "Moldova"),
    ("a-ministry", MOLDOVA + "The Interior Ministry said the border would stay open.",
     "The Interior Ministry", "Moldova"),
    # another state named beside the body: it may be that one's
    ("another-state-beside", MOLDOVA + "In Romania, flags flew outside the Defense Ministry.",
     "the Defense Ministry", None),
    # an owner written: a place's, a person's, a possessive's
    ("a-places", MOLDOVA + "The Balti Municipal Council said schools would close.",
     "The Balti Municipal Council", None),
    ("a-persons", MOLDOVA + "Igor Dodon said the Dodon administration had warned of it.",
     "the Dodon administration", None),
    ("a-possessive", MOLDOVA + "Chisinau's City Council said schools would close.",
     "Chisinau's City Council", None),
    # a word of a person's description is no owner's name ('National' of the university)
    ("beside-a-described-person", MOLDOVA + "Ana Rusu, a researcher at the National University of "
     "Moldova, said so. The National Police Inspectorate said 40 people were detained.",
     "The National Police Inspectorate", "Moldova"),
]


@pytest.mark.model
@pytest.mark.parametrize(("case", "text", "body", "state"), BODY_CASES, ids=[c[0] for c in BODY_CASES])
def test_a_body_written_with_no_owner_is_the_story_states(
    case: str, text: str, body: str, state: str | None
) -> None:
    assert affiliation_name(sheet(text), body) == state


@pytest.mark.model
def test_a_body_written_with_no_owner_stays_unaffiliated_where_its_state_does_not_act() -> None:
    text = MOLDOVA.replace("Moldova expelled", "Officials expelled").replace("Moldova said", "They said")
    text += "The General Police Inspectorate said 40 people were detained."
    assert affiliation_name(sheet(text), "The General Police Inspectorate") is None


@pytest.mark.parametrize(
    ("text", "minister", "ministry"),
    [
        ("Interior Minister Mohsin Naqvi condemned the killings. Pakistan's Interior Ministry said "
         "the attackers had fled.", "Interior Minister Mohsin Naqvi", "Pakistani Interior Ministry"),
        ("Home Minister Amit Shah spoke in Raipur. The Ministry of Home Affairs sent more troops.",
         "Home Minister Amit Shah", "Ministry of Home Affairs"),
    ],
    ids=["interior", "home-affairs"],
)
def test_a_portfolio_minister_heads_the_one_ministry_of_the_portfolio_named(
    text: str, minister: str, ministry: str
) -> None:
    assert affiliation_name(sheet(text), minister) == ministry


def test_a_portfolio_minister_is_no_ministrys_where_two_of_the_portfolio_are_named() -> None:
    s = sheet("Foreign Minister Ali Khan spoke. Iran's Foreign Ministry and Turkey's Foreign Ministry "
              "both protested.")
    assert affiliation_name(s, "Foreign Minister Ali Khan") is None
