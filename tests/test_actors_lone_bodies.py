"""Companies and one-word names: a one-word name the model calls an organisation, with no fuller
name, is a body when it acts, not when it is a surname, a place, a common or abstract noun; a
company written short later is the company; kind words of companies and local boards (needs
the model)."""

from __future__ import annotations

import pytest
from actor_lookup import actor_at, sheet

pytestmark = pytest.mark.model


# text, the body's name
ACTING_BODY_CASES = [
    ("subject-of-said", "Microsoft said it would cut 500 jobs next year.", "Microsoft"),
    ("subject-of-verb", "Qantas cancelled all flights to Bangkok on Monday.", "Qantas"),
    ("subject-of-another-verb", "Delta has been flying between Moscow and two cities.", "Delta"),
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
    ("speaker-not-taken-up-by-it", "Cimei said the ordinance amended the rules.", "Cimei"),
    ("one-of-a-make", "At 1:40 a.m. a 2006 Mercury crashed into a deer on the road.", "Mercury"),
    ("plural-common-noun", "The measure failed. Backers said it would have reduced rates.", "Backers"),
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


# text, a later short mention, the company's name on the sheet
COMPANY_SHORT_NAME_CASES = [
    (
        "opening-word",
        "Hartwell Industries announced layoffs. Hartwell said it would cut 300 jobs.",
        "Hartwell said",
        "Hartwell Industries",
    ),
    (
        "without-legal-form",
        "Phoenix Technologies Ltd. reported a loss. Phoenix Technologies said sales fell.",
        "Phoenix Technologies said",
        "Phoenix Technologies Ltd.",
    ),
    (
        "hyphened-name",
        "Hewlett-Packard Co. holds 1.4 million shares. The accord called for Hewlett-Packard to buy more.",
        "Hewlett-Packard to",
        "Hewlett-Packard Co.",
    ),
]


@pytest.mark.parametrize(
    ("case", "text", "short", "name"), COMPANY_SHORT_NAME_CASES, ids=[c[0] for c in COMPANY_SHORT_NAME_CASES]
)
def test_a_company_named_short_later_is_the_company(case: str, text: str, short: str, name: str) -> None:
    owner = actor_at(sheet(text), text.index(short))
    assert owner is not None and owner.name == name


def test_a_company_opening_the_text_uses_as_a_place_is_no_company_mention() -> None:
    text = "Platte Co. deputies arrested two men near Platte City. Platte deputies said the men fled."
    assert actor_at(sheet(text), text.rindex("Platte")) is None


def test_a_company_word_after_its_opening_is_no_company_mention() -> None:
    s = sheet("Hartwell Industries announced layoffs. Traffic on Hartwell Road was heavy.")
    company = next(a for a in s.actors if a.name == "Hartwell Industries")
    assert [m.text for m in company.mentions] == ["Hartwell Industries"]


# text, the body's name, its kind
COMPANY_AND_BOARD_KIND_CASES = [
    ("industries", "Hartwell Industries announced layoffs on Monday.", "Hartwell Industries", "organization"),
    (
        "county-board",
        "The Franklin County Board of Commissioners approved the budget.",
        "Franklin County Board of Commissioners",
        "government",
    ),
]


@pytest.mark.parametrize(
    ("case", "text", "name", "kind"),
    COMPANY_AND_BOARD_KIND_CASES,
    ids=[c[0] for c in COMPANY_AND_BOARD_KIND_CASES],
)
def test_kind_words_of_companies_and_local_boards(case: str, text: str, name: str, kind: str) -> None:
    kinds = {a.name: a.kind for a in sheet(text).actors}
    assert kinds.get(name) == kind, kinds
