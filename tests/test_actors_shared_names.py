"""People: names several people share, names without their middle name, roles held under
another person, title phrases and apostrophes inside names (needs the model)."""

from __future__ import annotations

import pytest
from actor_lookup import actor_at, actor_of, actor_with, sheet

pytestmark = pytest.mark.model


def _names(text: str) -> dict[str, set[str]]:
    """Actor name -> the texts of its mentions."""
    return {a.name: {m.text for m in a.mentions} for a in sheet(text).actors}


# text, the fuller name, the shorter name that must join it
MIDDLE_NAME_CASES = [
    (
        "middle-name",
        "James Charles Kopp, 44, was seen crossing the border. The FBI says James Kopp is wanted.",
        "James Charles Kopp",
        "James Kopp",
    ),
    (
        "arabic-surname",
        "Khalid Yusuf al-Hamdani spoke on Monday. Khalid al-Hamdani later left for Amman.",
        "Khalid Yusuf al-Hamdani",
        "Khalid al-Hamdani",
    ),
]


@pytest.mark.parametrize(
    ("case", "text", "full", "short"), MIDDLE_NAME_CASES, ids=[c[0] for c in MIDDLE_NAME_CASES]
)
def test_a_name_without_its_middle_name_is_the_same_person(
    case: str, text: str, full: str, short: str
) -> None:
    names = _names(text)
    assert full in names and short in names[full], names
    assert short not in names


def test_a_surname_particle_is_no_middle_name() -> None:
    names = _names("Ahmed Abu Risha spoke to reporters. Ahmed Risha, a cousin, did not.")
    assert "Ahmed Abu Risha" in names and "Ahmed Risha" not in names["Ahmed Abu Risha"]


def test_a_shared_surname_is_the_person_named_last_before_it() -> None:
    text = (
        "Elian Gonzalez was rescued at sea in November. His great-uncle Lazaro Gonzalez "
        "took him in. Gonzalez has not appeared publicly since the ruling."
    )
    s = sheet(text)
    owner = actor_at(s, text.rindex("Gonzalez has"))
    assert owner is not None and owner.name == "Lazaro Gonzalez"


def test_a_shared_surname_before_any_full_name_stays_unclaimed() -> None:
    text = "Gonzalez said nothing. Elian Gonzalez and Lazaro Gonzalez were at home."
    s = sheet(text)
    assert actor_at(s, 0) is None


def test_an_honorific_keeps_a_shared_surname_to_a_person_of_its_gender() -> None:
    text = (
        "Noorallah Moayyad came to the city in 1980. His wife Nadia Moayyad followed a year "
        "later. Mr. Moayyad said he was proud."
    )
    names = _names(text)
    assert "Mr. Moayyad" in names["Noorallah Moayyad"], names
    assert "Mr. Moayyad" not in names["Nadia Moayyad"]


# text, the person, the role read from an apposition (or a role noun before the name) naming
# another person in the possessive
POSSESSOR_ROLE_CASES = [
    (
        "lawyer",
        "Juan Miguel Gonzalez arrived on Thursday. Greg Craig, Gonzalez's lawyer, said the boy would stay.",
        "Greg Craig",
        "Gonzalez's lawyer",
    ),
    (
        "campaign-manager",
        "Chuck Schumer won the seat. Josh Isay, Schumer's campaign manager, said the count was over.",
        "Josh Isay",
        "Schumer's campaign manager",
    ),
    # the role noun before the name, after the possessor
    (
        "role-noun-before-the-name",
        "Recep Tayyip Erdogan spoke on Monday. Erdogan's spokesman Ibrahim Kalin said Turkey would not stop.",
        "Ibrahim Kalin",
        "Erdogan's spokesman",
    ),
]


@pytest.mark.parametrize(
    ("case", "text", "person", "role"), POSSESSOR_ROLE_CASES, ids=[c[0] for c in POSSESSOR_ROLE_CASES]
)
def test_a_role_held_under_a_named_person_keeps_the_possessor(
    case: str, text: str, person: str, role: str
) -> None:
    assert actor_of(sheet(text), person).roles == [role]


def test_another_persons_title_and_name_is_still_no_role() -> None:
    s = sheet("Tom Lee, Mayor Ann Kay, and two others came to the meeting.")
    lee = actor_with(s, "Tom Lee")
    assert lee is None or not lee.roles


def test_a_curly_apostrophe_inside_a_name_is_no_quotation_mark() -> None:
    s = sheet("The tenant, Brian O’Connor, 38, was cooperative. O’Connor was not charged.")
    assert {m.text for m in actor_of(s, "Brian O’Connor").mentions} == {"Brian O’Connor", "O’Connor"}


def test_a_title_phrase_written_with_a_hyphen_is_the_whole_title() -> None:
    s = sheet("Mayor Pro-Tem Ann Kay said the council would vote on Monday.")
    assert next(a for a in s.actors if a.name == "Ann Kay").roles == ["Mayor Pro-Tem"]


def test_a_plurals_curly_apostrophe_in_a_name_is_no_quotation_mark() -> None:
    s = sheet("News\n\nThe Workers’ Party said on Monday that prices fell. The Workers’ Party will protest.")
    assert [m.text for m in actor_of(s, "The Workers’ Party").mentions] == ["The Workers’ Party"] * 2
