"""One name, one actor: actor ids are unique in a sheet, a body's name the model reads as a
person's elsewhere stays the body's, and two surnames joined by 'and' are two people (needs
the model)."""

from __future__ import annotations

import pytest
from actor_lookup import actor_at, sheet

pytestmark = pytest.mark.model


# a title keeps 'Islah' a person beside the registered Al-Islah: both would be 'actor-islah'
SAME_SLUG = (
    "Yemen talks\n\nThe council accused the Islah party of backing the militants. "
    '"We were never there," Mr Islah, a teacher in Taiz, said on Monday.'
)


def test_actor_ids_are_unique_when_two_actors_share_a_name() -> None:
    s = sheet(SAME_SLUG)
    ids = [a.id for a in s.actors]
    assert len(ids) == len(set(ids))
    body = actor_at(s, SAME_SLUG.index("the Islah party"))
    person = actor_at(s, SAME_SLUG.index("Mr Islah"))
    assert body is not None and person is not None and body.id != person.id
    assert body.id == "actor-islah"  # the registered actor keeps its plain id
    assert person.kind == "person"


def test_a_quote_names_its_speaker_by_the_unique_id() -> None:
    s = sheet(SAME_SLUG)
    person = actor_at(s, SAME_SLUG.index("Mr Islah"))
    assert person is not None
    quote = next(q for q in s.quotes if q.text.startswith("We were never there"))
    assert quote.speaker == person.id
    assert quote.speaker_role == "teacher in Taiz"


# text, the body's first mention, the later bare name the model reads as a person's
BODY_READ_AS_PERSON = [
    (
        "party-then-bare-name",
        "Clashes in the south\n\nThe Southern Transitional Council accused the Islah party of "
        "supporting al Qaeda. Islah denied the charge.",
        "the Islah party",
        "Islah denied",
    ),
    (
        "company-then-bare-name",
        "Plant planned\n\nThe Dow Chemical Co. announced that French engineering company Alstom "
        "will build a pilot plant. The companies said Alstom will operate it. The plant will use a "
        "process developed by Alstom and Dow. Alstom then will have five people on site.",
        "Alstom will build",
        "Alstom then",
    ),
]


@pytest.mark.parametrize(
    ("case", "text", "first", "later"), BODY_READ_AS_PERSON, ids=[c[0] for c in BODY_READ_AS_PERSON]
)
def test_a_bodys_name_read_as_a_person_stays_the_body(case: str, text: str, first: str, later: str) -> None:
    s = sheet(text)
    body = actor_at(s, text.index(first))
    assert body is not None and body.kind != "person"
    assert all(a.kind != "person" or a.name not in first for a in s.actors)
    later_actor = actor_at(s, text.index(later))
    assert later_actor is None or later_actor.id == body.id


# text, the person's later bare name: a body named for a person keeps it a person's
NAMED_FOR_A_PERSON = [
    (
        "a-party-of-a-person",
        "Georgia vote\n\nNino Burdzhanadze, a former parliamentary speaker, said the count was "
        "rigged. Burdzhanadze's party will protest. Burdzhanadze said she would lead it.",
        "Burdzhanadze said",
    ),
    (
        "a-regime-of-its-ruler",
        "Chemical attack\n\nThe report found that the Asad regime used chemical weapons. "
        "One day Asad must be held to account, the minister said.",
        "Asad must",
    ),
]


@pytest.mark.parametrize(
    ("case", "text", "later"), NAMED_FOR_A_PERSON, ids=[c[0] for c in NAMED_FOR_A_PERSON]
)
def test_a_body_named_for_a_person_does_not_take_the_person(case: str, text: str, later: str) -> None:
    person = actor_at(sheet(text), text.index(later))
    assert person is not None and person.kind == "person"


def test_two_surnames_joined_by_and_are_two_people() -> None:
    text = (
        "School opens\n\nThe school, led by T.R. Ahlstrom and Headmaster Tom Soule, opens in May. "
        "Once the base is strong, Ahlstrom and Soule plan to admit more students. "
        '"It is for everyone," Soule said. Both Ahlstrom and Soule worked at the Washington Latin '
        "School before."
    )
    s = sheet(text)
    first = actor_at(s, text.index("Ahlstrom and Soule"))
    second = actor_at(s, text.index("Soule plan"))
    assert first is not None and second is not None and first.id != second.id
    assert first.kind == second.kind == "person"
    soule = actor_at(s, text.index("Tom Soule"))
    assert soule is not None and second.id == soule.id
    assert all(" and " not in a.name for a in s.actors)
    assert [q.speaker for q in s.quotes] == [soule.id]


def test_a_company_of_two_names_no_one_holds_stays_whole() -> None:
    text = "Sales fall\n\nProcter and Gamble said sales fell in March. The company cut its forecast."
    s = sheet(text)
    assert not any(a.name == "Procter" or a.name == "Gamble" for a in s.actors)


# text, the owned body's mention, the owner's name (None: no owner)
POSSESSED_BODIES = [
    (
        "ministry-centre",
        "Talks\n\nThe Russian Defence Ministry's Centre for Reconciliation said militants shelled "
        "the town.",
        "Centre for Reconciliation",
        "Russian Ministry of Defence",
    ),
    (
        "company-unit",
        "Deal\n\nControl Data Corp. agreed to sell its Ticketron unit. Control Data Corp.'s "
        "Ticketron had lost money for years.",
        "Ticketron",
        "Control Data Corp.",
    ),
]


@pytest.mark.parametrize(
    ("case", "text", "owned", "owner"), POSSESSED_BODIES, ids=[c[0] for c in POSSESSED_BODIES]
)
def test_a_body_after_another_bodys_possessive_belongs_to_it(
    case: str, text: str, owned: str, owner: str
) -> None:
    s = sheet(text)
    body = actor_at(s, text.rindex(owned))
    assert body is not None
    assert next((a.name for a in s.actors if a.id == body.affiliation), None) == owner


def test_a_name_on_a_header_line_ends_at_the_line_break() -> None:
    text = (
        "Department Press Briefing\n\nJohn Kirby\nSpokesperson\nWashington, DC\nMarch 3, 2016\n\n"
        "MR KIRBY: Good afternoon, everybody. I have a few things at the top, and then we will get "
        "to your questions, as always, because there is a lot going on today.\n\n"
        "QUESTION: Can you say more about the talks?\n\nMR KIRBY: We remain concerned."
    )
    s = sheet(text)
    kirby = actor_at(s, text.index("John Kirby"))
    assert kirby is not None and kirby.name == "John Kirby"
    assert actor_at(s, text.index("MR KIRBY")) == kirby


def test_a_civil_defense_body_is_an_actor_and_its_spokesmans_affiliation() -> None:
    text = (
        "Strike\n\nMahmoud Bassal, a spokesman for Gaza's Civil Defense, said rescuers were "
        "searching. The Civil Defense said 12 bodies were recovered."
    )
    s = sheet(text)
    body = actor_at(s, text.index("Civil Defense"))
    assert body is not None and body.kind == "government"
    assert actor_at(s, text.index("The Civil Defense")) == body
    bassal = actor_at(s, text.index("Mahmoud Bassal"))
    assert bassal is not None and bassal.affiliation == body.id


SAHEL = (
    "Mali junta expels envoy\n\nAttacks by groups linked to al Qaeda have killed thousands of "
    "civilians and soldiers in Mali, Burkina Faso and Niger. \"The security situation keeps "
    'getting worse," said a diplomat in Bamako who asked not to be named.'
)


def test_a_country_the_model_reads_as_a_person_is_no_person() -> None:
    s = sheet(SAHEL)
    assert not [a.name for a in s.actors if a.kind == "person" and a.name in ("Burkina Faso", "Niger")]


def test_an_unnamed_speakers_description_ends_before_a_relative_clause() -> None:
    s = sheet(SAHEL)
    diplomat = actor_at(s, SAHEL.index("a diplomat"))
    assert diplomat is not None and diplomat.name == "diplomat in Bamako"
    assert [q.speaker for q in s.quotes] == [diplomat.id]
