"""One-word names the model calls organisations, with no fuller name in the text: a body
when it acts, not when it is a surname, a place, a common or abstract noun (needs the model)."""

from __future__ import annotations

import pytest
from actor_lookup import sheet

pytestmark = pytest.mark.model


# text, the body's name
ACTING_BODY_CASES = [
    ("subject-of-said", "Microsoft said it would cut 500 jobs next year.", "Microsoft"),
    ("subject-of-verb", "Qantas cancelled all flights to Bangkok on Monday.", "Qantas"),
    ("owner", "Boeing's chief executive resigned after the crash.", "Boeing"),
]


@pytest.mark.parametrize(("case", "text", "name"), ACTING_BODY_CASES, ids=[c[0] for c in ACTING_BODY_CASES])
def test_a_lone_name_that_acts_is_a_body(case: str, text: str, name: str) -> None:
    kinds = {a.name: a.kind for a in sheet(text).actors}
    assert kinds.get(name) == "organization", kinds


# text, the word that must name no body
NOT_BODY_CASES = [
    ("surname-taken-up-by-he", "Rigell said he would poll other school systems.", "Rigell"),
    ("surname-of-a-person", "Greg Hartmann asked for a stay. Hartmann said the court erred.", "Hartmann"),
    ("abstract-noun", "He called it one of Communism's most effective adversaries.", "Communism"),
    ("abstract-noun-acting", "Slavery has left a cultural burden on the city.", "Slavery"),
    ("plural-of-a-word", "Many influential Tamils had opted for a Tamil homeland.", "Tamils"),
    ("common-noun", "Kidnappers freed the boy. The kidnappers were never found.", "Kidnappers"),
    ("place", "Rebels fought in the town of Kobane. Kobane fell in January.", "Kobane"),
    (
        "given-name",
        "Dillon would win a rematch at 160 pounds and Connor would do the same with a 4-2 win.",
        "Connor",
    ),
]


@pytest.mark.parametrize(("case", "text", "word"), NOT_BODY_CASES, ids=[c[0] for c in NOT_BODY_CASES])
def test_a_lone_word_that_is_no_body_stays_out(case: str, text: str, word: str) -> None:
    bodies = [a.name for a in sheet(text).actors if a.kind != "person"]
    assert word not in bodies, bodies


# text, the person the model's organisation ends with
CLOSING_PERSON_CASES = [
    (
        "acronym-and-office",
        "MCHD Health Educator Jill Heuchert said the campaign starts today.",
        "Jill Heuchert",
    ),
]


@pytest.mark.parametrize(
    ("case", "text", "name"), CLOSING_PERSON_CASES, ids=[c[0] for c in CLOSING_PERSON_CASES]
)
def test_an_organisation_ending_in_a_persons_name_is_that_person(case: str, text: str, name: str) -> None:
    kinds = {a.name: a.kind for a in sheet(text).actors}
    assert kinds.get(name) == "person" and not any(name in n for n, k in kinds.items() if k != "person"), (
        kinds
    )


def test_a_things_name_ending_in_a_given_name_and_a_word_is_no_person() -> None:
    names = [a.name for a in sheet("She won the Judah P. Benjamin Award last year.").actors]
    assert "Benjamin Award" not in names
