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


SPANISH_NAMES = [
    # (text, full name, the first surname written alone later)
    ('"We will find them," said General Luis Alberto Ramírez Castañeda, head of the joint '
     'command.\n\n"The valley will not be a sanctuary," Ramírez said.\n',
     "Luis Alberto Ramírez Castañeda", "Ramírez"),
    ("Governor Álvaro Contreras Peña visited the camp on Sunday.\n\n"
     '"The state must be present," Governor Contreras said.\n', "Álvaro Contreras Peña", "Contreras"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "name", "surname"), SPANISH_NAMES)
def test_a_spanish_first_surname_alone_is_the_same_person(text: str, name: str, surname: str) -> None:
    s = sheet(text)
    person = actor_named(s, name)
    assert person is not None
    assert any(m.text.endswith(surname) and m.text != name for m in person.mentions)
    assert actor_named(s, surname) is None
    assert all(q.speaker == person.id for q in s.quotes)


@pytest.mark.model
def test_a_titled_name_cut_short_takes_the_person_words_after_it() -> None:
    s = sheet("Among those present were Mayor Steve Benjamin, Councilwoman Tameika Isaac Devine and "
              "Charles Phillips, an expert hired by the city.\n")
    assert actor_named(s, "Tameika Isaac Devine") is not None
    assert actor_named(s, "Isaac Devine") is None


@pytest.mark.model
def test_an_ordinal_rank_opens_a_title_the_model_cut_short() -> None:
    s = sheet("The army named one of the dead as Second Lieutenant Diego Alonso Vargas Quispe, 24, "
              "from Huancayo.\n")
    person = actor_named(s, "Diego Alonso Vargas Quispe")
    assert person is not None
    assert person.roles == ["Second Lieutenant"]


@pytest.mark.parametrize(
    ("text", "title_end"),
    [
        ("Second Lieutenant Diego Vargas", 2),
        ("First Minister Michelle O'Neill", 2),
        ("First of America Bank Corp.", 0),  # an ordinal alone is no title
        ("Second Avenue Bank", 0),
    ],
)
def test_an_ordinal_opens_a_title_only_before_one(text: str, title_end: int) -> None:
    import spacy

    from bagouz_extract.components.actors import _title_at

    assert _title_at(spacy.blank("en")(text), 0) == title_end
