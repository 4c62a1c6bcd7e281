"""A state (or its capital) that acts somewhere in a text is a party there: its name written
again joins that actor wherever it is no place ('an embargo on Iraq', "Beijing's envoy"), and
not where it only places something ('in Iraq', "Niger's Tillaberi region") or opens a dateline
(needs the model)."""

from __future__ import annotations

import pytest
from actor_lookup import actor_at, sheet

pytestmark = pytest.mark.model

# each text has the state act first ('Iraq rejected ...'); then the written-again use
JOINS = [
    ("embargo-on", "Iraq rejected the resolution. The council imposed an embargo on Iraq last week.",
     "Iraq last"),
    ("standoff-with", "Iraq rejected the resolution. Talks eased the standoff with Iraq on Friday.",
     "Iraq on"),
    ("possessive-act", "Iraq rejected the resolution. Officials condemned Iraq's invasion of Kuwait.",
     "Iraq's invasion"),
    ("possessive-envoy", "China urged restraint. Zhao Minghui, Beijing's special envoy, met the rebels. "
     "Beijing called for talks.", "Beijing's special"),
    ("pressure-on", "Georgia protested the detention. The ministry urged partners to increase pressure "
     "on the Russian Federation. Russia denied it.", "Russian Federation"),
    ("headline-conjunct", "Analysis: Algeria and Morocco dig in after UN vote\n\nAlgeria refused to take "
     "part in the talks.", "Algeria and"),
]

# the state acts ('Niger said ...'), but this use of its name only places something
STAYS_A_PLACE = [
    ("in", "Niger said 17 soldiers were killed. The attack happened in Niger on Monday.", "Niger on"),
    ("near", "Pakistan said it struck the camps. The camps lie near Pakistan, officials say.",
     "Pakistan, officials"),
    ("place-noun", "Niger said 17 soldiers were killed in Niger's Tillaberi region.", "Niger's"),
    ("hyphened", "Ukraine said it downed 40 drones, according to a Kyiv-based analyst. Kyiv denied it.",
     "Kyiv-based"),
    ("dateline", "Niger mourns soldiers\n\nNIAMEY, Niger (AFP) - Niger said on Monday 17 soldiers died.",
     "Niger (AFP)"),
    ("fled-to", "Rwanda denied the charge. The militia was founded by men who fled to Rwanda in 1994.",
     "Rwanda in"),
    ("border-with", "Azerbaijan said one soldier was wounded on the border with Azerbaijan overnight.",
     "Azerbaijan overnight"),
    ("a-future-land", "Djibouti rejected the claim. The rebels said they fought for a democratic Djibouti.",
     "Djibouti."),
    ("person-of", "Jordan rejected the plan. Bush met King Hussein of Jordan on Thursday.",
     "Jordan on"),
    ("seized-capital", "Ethiopia said the talks had failed. Addis Ababa rejected the plan. Those who think "
     "they can seize Addis Ababa by force are wrong.", "Addis Ababa by"),
    ("headline-topic", "Sri Lanka: mass grave must be investigated\n\nSri Lanka rejected the call on "
     "Monday.", "Sri Lanka:"),
    ("a-report-on", "Syria rejected the report. The Commission of Inquiry on Syria published it.",
     "Syria published"),
    ("land-heritage", "Syria rejected the report, which details the destruction of Syria's cultural "
     "heritage.", "Syria's cultural"),
    ("emigrated-to", "The U.S. denied the visas. Many artists who emigrated to the U.S. exhibit here.",
     "U.S. exhibit"),
    ("frontier-between", "Iraq said it would close the crossings. Fighters still cross the desert frontier "
     "between Iraq and Syria.", "Iraq and"),
    ("a-third-of", "Iraq said Daesh was beaten. Two years ago, Daesh controlled a third of Iraq.", "Iraq."),
    ("areas-of", "Iraq said the mines were cleared. Demining in liberated areas of Iraq will start.",
     "Iraq will"),
    ("coordinator-for", "Iraq welcomed the aid. We thank the UN Humanitarian Coordinator for Iraq.", "Iraq."),
    ("heading-line", "Iraq said the strikes helped.\n\nIraq\n- Near Mosul, 62 strikes engaged 38 units.",
     "Iraq\n-"),
    ("most-of", "Syria rejected the report. The group was driven from most of Syria last year.",
     "Syria last"),
]


@pytest.mark.parametrize(("text", "again"), [c[1:] for c in JOINS], ids=[c[0] for c in JOINS])
def test_a_state_written_again_as_a_party_joins_it(text: str, again: str) -> None:
    s = sheet(text)
    at = text.index(again)
    actor = actor_at(s, at) or actor_at(s, at - len("the "))
    assert actor is not None, [(a.name, [m.text for m in a.mentions]) for a in s.actors]
    assert actor.kind == "state"
    assert len(actor.mentions) >= 2


@pytest.mark.parametrize(("text", "place"), [c[1:] for c in STAYS_A_PLACE], ids=[c[0] for c in STAYS_A_PLACE])
def test_a_state_written_again_as_a_place_stays_a_place(text: str, place: str) -> None:
    s = sheet(text)
    assert actor_at(s, text.index(place)) is None


def test_a_state_that_never_acts_gains_no_mention() -> None:
    s = sheet("Report\n\nThe storm hit Iraq on Monday. Iraq's economy has shrunk, and an embargo on Iraq "
              "was lifted.\n")
    assert not [a for a in s.actors if a.name == "Iraq"]
