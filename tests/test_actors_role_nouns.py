"""Role nouns before and after a name: rarer roles of conflict news ('bandit kingpin',
'warlord'), a role noun the tagger takes for a verb, and a birthplace inside a role ('a
Somali-born preacher') that names no state (needs the model)."""

from __future__ import annotations

import pytest
from actor_lookup import actor_named, actor_with, sheet

ROLE_NAMED_PERSONS = [
    # (text, the person's whole name): the model calls the name an organisation and tags the
    # role noun before it a verb
    ("Troops killed the bandit kingpin Kachalla Musa Gwandu in the forest, the army said.\n",
     "Kachalla Musa Gwandu"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "name"), ROLE_NAMED_PERSONS)
def test_a_name_after_a_rare_role_noun_is_a_person(text: str, name: str) -> None:
    person = actor_named(sheet(text), name)
    assert person is not None
    assert person.kind == "person"


@pytest.mark.model
def test_a_role_apposition_of_a_warlord_is_a_role() -> None:
    s = sheet("The court had convicted Thomas Lubanga, a former warlord, in 2012.\n")
    person = actor_named(s, "Thomas Lubanga")
    assert person is not None
    assert "former warlord" in person.roles


@pytest.mark.model
def test_a_birthplace_in_a_role_names_no_state() -> None:
    s = sheet(
        "The group is led by Abdulqadir Mumin, a Somali-born preacher, officials said.\n"
    )
    person = actor_named(s, "Abdulqadir Mumin")
    assert person is not None
    assert "Somali-born preacher" in person.roles
    assert actor_with(s, "Somali") is None
    assert person.affiliation is None
