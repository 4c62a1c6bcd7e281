"""Numbered task forces, hull numbers, ships named again, lower-case acronym long forms, a
state's leaders, and long appositions holding another name."""

from __future__ import annotations

import pytest
from actor_lookup import actor_named, actor_with

from bagouz_extract import extract_text
from bagouz_extract.models import FactSheet

pytestmark = pytest.mark.model


def sheet(text: str) -> FactSheet:
    return extract_text(text, source_id="t", published="2016-12-15")


@pytest.mark.parametrize(
    ("text", "long", "short"),
    [
        (
            "The frigate joined Task Force (CTF) 50 on Dec. 27. CTF 50 is led by the Royal Navy.\n",
            "Task Force (CTF) 50",
            "CTF 50",
        ),
        ("The ship joined Task Force 55 on Monday. TF-55 later sailed south.\n", "Task Force 55", "TF-55"),
        (
            "Combined Task Force 150 patrols the Gulf of Oman. CTF 150 seized drugs on Monday.\n",
            "Combined Task Force 150",
            "CTF 150",
        ),
    ],
    ids=["bracketed-short-form", "initials-and-hyphen", "combined-task-force"],
)
def test_numbered_task_force_names_are_one_unit(text: str, long: str, short: str) -> None:
    s = sheet(text)
    unit = actor_with(s, long)
    assert unit is not None and unit.kind == "military"
    assert actor_with(s, short) is unit


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Forbin is joining USS Hopper (DDG 70) and USS Mahan (DDG 72) in the Gulf.\n", "DDG"),
        ("The frigate FS Forbin joined the group. Forbin will sail on Monday, officials said.\n", "Forbin"),
        ("An unmanned aerial vehicle (UAV) was shot down. The UAV crashed near the town.\n", "UAV"),
        ("Many non-governmental organizations (NGOs) left. The NGOs said it was unsafe.\n", "NGOs"),
    ],
    ids=["hull-number", "ship-named-again", "thing-long-form", "plural-long-form"],
)
def test_not_an_actor(text: str, surface: str) -> None:
    assert actor_with(sheet(text), surface) is None


def test_lower_case_long_form_defines_an_acronym() -> None:
    s = sheet("The commission of inquiry (COI) reported on Monday. The COI must be allowed to continue.\n")
    body = actor_with(s, "commission of inquiry")
    assert body is not None and actor_with(s, "COI") is body


def test_a_states_leaders_are_its_government() -> None:
    s = sheet("I hope that all Iraqi leaders will follow this constructive approach.\n")
    leaders = actor_with(s, "Iraqi leaders")
    assert leaders is not None and leaders.kind == "government"


def test_long_apposition_holding_another_name_is_the_first_person() -> None:
    s = sheet(
        "Knox Thames, the Special Advisor to Ambassador Saperstein for Religious Minorities in the "
        "Near East and South and Central Asia, will travel to Turkey.\n"
    )
    thames = actor_with(s, "Knox Thames")
    assert thames is not None
    long = [m for m in thames.mentions if m.text.startswith("the Special Advisor to Ambassador Saperstein")]
    assert len(long) == 1
    inside = [m for m in thames.mentions if m is not long[0] and long[0].start <= m.start < long[0].end]
    assert inside == []  # no nested duplicate of the same person


def test_apposition_naming_another_person_first_is_no_role() -> None:
    s = sheet("John Smith, Donald Trump's special advisor, will travel to Turkey.\n")
    smith = actor_with(s, "John Smith")
    assert smith is not None
    assert not any("Trump" in m.text for m in smith.mentions)


@pytest.mark.parametrize(
    ("text", "name", "anaphor"),
    [
        (
            "The Saudi-led coalition struck Sanaa. The coalition said the Houthis fired missiles.\n",
            "Saudi-led coalition",
            "The coalition",
        ),
        (
            "The Islamic State group claimed the attack. Then the group said it would return.\n",
            "Islamic State group",
            "the group",
        ),
        (
            "Amnesty International said the strikes killed 20 civilians. The group called for an inquiry.\n",
            "Amnesty International",
            "The group",
        ),
        (
            "Save the Children warned of a crisis. The charity said more aid was needed.\n",
            "Save the Children",
            "The charity",
        ),
        ("Al Arabiya aired the video. The broadcaster said it was real.\n", "Al Arabiya", "The broadcaster"),
        ("Talks failed\n\nThe Washington Post ran the story on Monday. The newspaper said talks failed.\n",
         "The Washington Post", "The newspaper"),
        ("Upjohn Co. cut 500 jobs. The company said sales fell.\n", "Upjohn Co.", "The company"),
    ],
    ids=[
        "the-coalition-named-once", "the-group-only-group-named", "the-group-an-ngo", "the-charity",
        "the-broadcaster", "the-newspaper", "the-company",
    ],
)
def test_definite_description_takes_up_the_only_body_named(text: str, name: str, anaphor: str) -> None:
    s = sheet(text)
    named = actor_with(s, name)
    assert named is not None and actor_with(s, anaphor) is named


def test_the_group_is_left_alone_when_two_bodies_compete() -> None:
    s = sheet(
        "Amnesty International condemned the strikes. Human Rights Watch said they were unlawful. "
        "The group called for an inquiry.\n"
    )
    assert actor_with(s, "The group") is None


def test_registry_name_written_with_spaced_hyphen() -> None:
    s = sheet("Combined Joint Task Force - Operation Inherent Resolve conducted 12 strikes on Monday.\n")
    coalition = actor_with(s, "Combined Joint Task Force - Operation Inherent Resolve")
    assert coalition is not None and coalition.kind == "coalition"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Brett McGurk is the special presidential envoy for the global coalition to counter ISIL.\n",
            "Brett McGurk",
            "the special presidential envoy for the global coalition",
        ),
        ("John Smith was a member of the group until 2014.\n", "John Smith", "a member of the group"),
    ],
    ids=["role-before-an-infinitive", "role-before-a-time"],
)
def test_role_said_with_a_copula_names_the_person(text: str, name: str, role: str) -> None:
    s = sheet(text)
    person = actor_with(s, name)
    assert person is not None and actor_with(s, role) is person


def test_registered_ruler_inside_a_regime_with_a_curly_possessive() -> None:
    s = sheet("We call for an end to the Asad regime’s escalating attacks on Aleppo.\n")
    ruler = actor_with(s, "Asad")
    assert ruler is not None and ruler.kind == "person"


@pytest.mark.parametrize(
    ("text", "name", "anaphor"),
    [
        (
            "Defense Secretary Ash Carter spoke on Monday. The secretary added that troops were safe.\n",
            "Ash Carter",
            "The secretary",
        ),
        (
            "Lt. Gen. Stephen Townsend said the strikes continued. The general said ISIL was losing.\n",
            "Stephen Townsend",
            "The general",
        ),
    ],
    ids=["title-head", "abbreviated-rank"],
)
def test_bare_role_word_is_its_only_holder(text: str, name: str, anaphor: str) -> None:
    s = sheet(text)
    person = next((a for a in s.actors if a.name == name), None)
    assert person is not None and actor_with(s, anaphor) is person


@pytest.mark.parametrize(
    "text",
    [
        "Lt. Gen. Stephen Townsend said the general public was safe.\n",
        "Gen. Joseph Votel met Gen. Stephen Townsend. The general said ISIL was losing.\n",
    ],
    ids=["role-word-as-adjective", "two-holders"],
)
def test_bare_role_word_left_alone(text: str) -> None:
    s = sheet(text)
    assert not any(m.text.lower() == "the general" for a in s.actors for m in a.mentions)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # 'the company' is a company's: not a union of states, nor a neighbours' group
        ("The Commonwealth of Independent States met on Monday. The company said prices rose.\n",
         "Commonwealth of Independent States"),
        ("Prices rise\n\nThe North Arlington Neighbors group opposed it. The company said prices fell.\n",
         "North Arlington Neighbors"),
        # 'the newspaper' is no television channel
        ("Talks failed\n\nThe Turkish channel Kanal 7 TV covered the story on Monday. The newspaper said "
         "the talks had failed.\n", "Kanal 7 TV"),
    ],
    ids=["states-are-no-company", "neighbours-are-no-company", "a-channel-is-no-newspaper"],
)
def test_a_kind_noun_takes_up_only_a_name_of_its_shape(text: str, name: str) -> None:
    s = sheet(text)
    named = actor_with(s, name)
    assert named is not None
    assert all(m.text.lower() not in ("the company", "the newspaper") for m in named.mentions)


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        (
            "The wounded were taken to the Civil Hospital in Quetta. Dr. Ayesha Mengal, the hospital's "
            "medical superintendent, said staff had worked through the night.\n",
            "Dr. Ayesha Mengal",
            "Civil Hospital",
        ),
        (
            "The Committee on Government Reform met on Monday. Dan Burton, the committee's chairman, "
            "said the hearing would go on.\n",
            "Dan Burton",
            "Committee on Government Reform",
        ),
    ],
    ids=["the-hospital", "the-committee-of-a-name-with-of"],
)
def test_an_institutions_noun_in_the_possessive_gives_its_body(text: str, person: str, body: str) -> None:
    s = sheet(text)
    named, holder = actor_with(s, body), actor_with(s, person)
    assert named is not None and holder is not None and holder.affiliation == named.id


def test_an_institutions_noun_takes_up_only_a_name_it_heads() -> None:
    s = sheet("The Crestwood School Board met on Monday. The school said classes would resume.\n")
    board = actor_with(s, "Crestwood School Board")
    assert board is not None and all(m.text.lower() != "the school" for m in board.mentions)


def test_a_kind_nouns_possessive_gives_the_role_its_body() -> None:
    s = sheet(
        'Save the Children warned of a crisis. "These children are victims," said Sonia Khush, '
        "the charity's Syria director.\n"
    )
    charity, khush = actor_with(s, "Save the Children"), actor_with(s, "Sonia Khush")
    assert charity is not None and khush is not None
    assert (khush.affiliation, khush.roles) == (charity.id, ["Syria director"])


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        ("Budget passes\n\nThe Springfield City Council approved the budget. Councilwoman Angela Briggs "
         "voted against it.\n", "Angela Briggs", "Springfield City Council"),
        ("Roads\n\nThe Pottawatomie County Commission met on Monday. Commissioner Gary Dobbs said the road "
         "would open.\n", "Gary Dobbs", "Pottawatomie County Commission"),
        # two councils: whose seat it is is not said
        ("Budget passes\n\nThe Springfield City Council and the Greene County Council met. Councilwoman "
         "Angela Briggs voted against it.\n", "Angela Briggs", None),
        ("Strikes\n\nThe Israeli military said it hit depots. A military spokesman, Lt. Col. Nadav Shoshani, "
         "said the army took precautions.\n", "Nadav Shoshani", "Israel Defense Forces"),
        # another's commander: the possessive says whose
        ("Talks\n\nThe Thai military closed the border. Prince Ranariddh met Nhek Bunchhay, his top military "
         "commander, on Monday.\n", "Nhek Bunchhay", None),
        ("Strikes\n\nThe Saudi-led coalition said it hit depots. Coalition spokesman Col. Turki al-Maliki "
         "told reporters the strikes were lawful.\n", "Turki al-Maliki", "Saudi-led coalition"),
    ],
    ids=[
        "the-one-council",
        "the-one-commission",
        "two-councils",
        "the-one-military",
        "another-s-commander",
        "the-one-coalition",
    ],
)
def test_a_title_of_a_bodys_word_serves_the_one_such_body(text: str, person: str, body: str | None) -> None:
    s = sheet(text)
    holder = actor_named(s, person)
    assert holder is not None
    owner = next((a.name for a in s.actors if a.id == holder.affiliation), None)
    assert owner == body
