"""What a count's clause says about it when its own words do not: the verb it belongs to, the
whole it is part of, the count it shortens, the people it names (needs the model)."""

from __future__ import annotations

import pytest

from bagouz_extract import extract_text


def _counts(text: str) -> dict:
    return {c.mentions[0].text: c for c in extract_text(text, source_id="case").counts}


# (text, mention, category, event, counted)
CLAUSE_CASES = [
    # a nation's or a community's people are people, so their dead are dead
    ("Air strikes killed at least 14 Yemenis near the port.", "at least 14", "dead", "killed", "Yemenis"),
    ("Some 3,000 Afghans crossed the border.", "Some 3,000", "people", None, "Afghans"),
    # the part shares the whole's event and, with no noun of its own, what it counts
    ("Gunmen killed 52 villagers, including 9 teachers, in the raid.", "9", "dead", "killed", "teachers"),
    ("The navy sank 20 boats, including 4 near the island.", "4", "other", None, "boats"),
    ("About 40 hostages remain in the tunnels, 15 of whom are soldiers.", "15", "prisoners",
     "remaining", "hostages"),
    # a number that shortens the count before it counts the same thing
    ("Fire destroyed 300 shops and 80 more were damaged.", "80", "other", "damaged", "shops"),
    ("The ambush killed seven soldiers and wounded three others.", "three", "wounded", "wounded",
     "soldiers"),
    # each number of a list counts its own noun
    ("The rebels fired 30 rockets and 12 shells at the base.", "30", "other", "struck", "rockets"),
    ("Rescuers moved 9,000 people and 4,000 head of cattle to higher ground.", "4,000", "other",
     "evacuated", "head"),
    # the verb the count belongs to, not a verb of the clause before or after it
    ("Storms killed 19 people and forced 60,000 to leave their homes.", "60,000", "displaced",
     "displaced", None),
    ("At least 35 sailors are feared to have drowned.", "At least 35", "dead", "killed", "sailors"),
    ("Fourteen inmates managed to escape during the riot.", "Fourteen", "prisoners", "fled", "inmates"),
    ("Officers said 40 people had been hurt and that 6 cars had been torched.", "6", "other",
     "destroyed", "cars"),
    ("The ship sailed from the port carrying 350 passengers.", "350", "people", None, "passengers"),
    # a count of where it happened has nothing happen to it
    ("Troops fired on crowds in 11 of the 30 provinces.", "11", "other", None, "provinces"),
    # the state after the verb, and the group they are among
    ("Dozens of villagers are still missing after the storm.", "Dozens", "civilians", "missing",
     "villagers"),
    ("Dozens feared dead as ferry sinks", "Dozens", "dead", "killed", None),
    ("Among the dead were eight members of one family.", "eight", "dead", "killed", "members"),
    ("The number of protesters detained this year has risen to 2,400.", "2,400", "prisoners",
     "arrested", "protesters"),
    # children and units of troops have their own categories
    ("Kidnappers seized 120 schoolgirls from the dormitory.", "120", "prisoners", "captured",
     "schoolgirls"),
    ("The army sent 3 battalions to the border.", "3", "troops", "deployed", "battalions"),
    # goods taken are no prisoners (data/counts.json goods)
    ("Troops seized 1.3 million captagon pills, the army said.", "1.3 million", "other", "captured",
     "captagon pills"),
    ("Police seized 1,248 bags of marijuana on Monday.", "1,248", "other", "captured", "bags"),
]


@pytest.mark.parametrize(
    ("text", "mention", "category", "event", "counted"),
    CLAUSE_CASES,
    ids=[f"{c[2]}/{c[3]}:{c[0][:40]}" for c in CLAUSE_CASES],
)
def test_the_clause_says_what_is_counted_and_what_happened(
    text: str, mention: str, category: str, event: str | None, counted: str | None
) -> None:
    count = _counts(text)[mention]
    assert (count.category, count.event, count.counted) == (category, event, counted)


def test_a_part_names_the_count_it_hangs_from_not_the_nearest() -> None:
    counts = _counts(
        "Drones destroyed 35 tanks over seven districts overnight, including 12 near the river."
    )
    assert counts["12"].parent == counts["35"].id


def test_a_bracketed_conversion_is_not_a_second_count() -> None:
    counts = _counts("The convoy stopped 60 kilometers (37 miles) north of the city.")
    assert list(counts) == ["60 kilometers"] and counts["60 kilometers"].event is None


def test_one_thing_that_others_come_from_is_not_a_count() -> None:
    assert "one" not in _counts("Six members of one family were killed.")
    assert "one" not in _counts("The five brothers share one house.")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Russia fired 40 missiles at Kharkiv overnight.", "Kharkiv"),
        ("Iran's navy seized 3 tankers near Bandar Abbas.", "Bandar Abbas"),
        ("Kabul was hit by 12 rockets on Monday.", "Kabul"),  # a passive subject is where
    ],
    ids=["subject-state", "possessor-state", "passive-subject"],
)
def test_the_state_that_acts_is_not_where_the_count_happens(text: str, place: str) -> None:
    sheet = extract_text(text, source_id="case")
    names = {p.id: p.name for p in sheet.places}
    assert [names.get(c.place) for c in sheet.counts] == [place]
