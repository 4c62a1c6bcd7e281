"""Statements printed after 'X said:' as paragraphs of their own, without quotation marks
(press-release style): found as quotes, ended where the first person stops, attributed."""

from __future__ import annotations

import pytest
from actor_lookup import actor_with, sheet, speaker_name

from bagouz_extract import extract_text
from bagouz_extract.components.quotes import find_quotes, quote_text

RELEASE = (
    "UK statement on the attack\n\n"
    "Foreign Secretary Jane Hollis said:\n\n"
    "I condemn the attack on the market in Hilla today.\n\n"
    "We stand with the people of Iraq and will keep working with our partners.\n\n"
    "The full report can be read on the council's web page.\n"
)

# text, the statements' words (no model: the finder alone)
FINDER_CASES = [
    (
        "runs-while-first-person",
        RELEASE,
        [
            "I condemn the attack on the market in Hilla today. "
            "We stand with the people of Iraq and will keep working with our partners."
        ],
    ),
    (
        "first-paragraph-always",
        "The minister said:\n\nThe ceasefire must hold.\n",
        ["The ceasefire must hold."],
    ),
    ("quoted-after-colon-is-a-quote", 'He said:\n\n"We will return."\n', ["We will return."]),
    ("no-lead-verb", "The plan has three parts:\n\nFirst, a ceasefire.\n", []),
    ("lead-not-at-paragraph-end", "He said: the talks failed.\n\nThen he left.\n", []),
]


@pytest.mark.parametrize(("case", "text", "expected"), FINDER_CASES, ids=[c[0] for c in FINDER_CASES])
def test_statement_paragraphs_are_found(case: str, text: str, expected: list[str]) -> None:
    assert [quote_text(text, q) for q in find_quotes(text)] == expected


def test_statement_segments_are_exact_offsets() -> None:
    (statement,) = find_quotes(RELEASE)
    assert statement.style == "statement" and len(statement.segments) == 2
    assert RELEASE[statement.segments[0][0] : statement.segments[0][1]].startswith("I condemn")


@pytest.mark.model
def test_statement_is_attributed_to_the_speaker_of_its_lead() -> None:
    s = extract_text(RELEASE, source_id="t", published="2019-03-06")
    found = s.quotes
    assert len(found) == 1
    assert speaker_name(s, found[0]) == "Jane Hollis" and found[0].verb == "said"
    for m in found[0].mentions:
        assert RELEASE[m.start : m.end] == m.text


@pytest.mark.model
def test_a_lead_after_a_statement_introduces_the_next_one() -> None:
    text = ("Statement on Syria\n\nThe Foreign Secretary, James Cleverly, said:\n\nThe UK is deeply "
            "concerned by reports of renewed fighting near Manbij. We call on all parties to exercise "
            "restraint.\n\n"
            "Minister for the Middle East Lord Ahmad of Wimbledon added:\n\nI have today spoken to the UN "
            "Special Envoy for Syria and reiterated our support for a political solution.\n")
    s = sheet(text)
    speakers = {q.text.split()[0]: speaker_name(s, q) for q in s.quotes}
    assert speakers == {"The": "James Cleverly", "I": "Ahmad"}


@pytest.mark.model
def test_a_statement_is_its_leads_not_the_next_paragraphs() -> None:
    """The paragraph after a statement is the story's: a person named there, with a verb that
    may report ('its continued support'), does not speak the statement."""
    text = (
        "New support for Ukraine\n\nThe Defence Secretary, John Healey, said:\n\nThe UK stands with "
        "Ukraine. This package will deliver drones to the front line.\n\n"
        "Ukraine's Defence Minister, Rustem Umerov, thanked the UK for its continued support.\n"
    )
    s = sheet(text)
    assert [(speaker_name(s, q), q.verb) for q in s.quotes] == [("John Healey", "said")]


def test_the_statement_speaks_for_the_body_said_to_issue_it() -> None:
    s = sheet(
        "US Central Command (CENTCOM) said in a statement posted on X late on Tuesday that one of "
        "the missiles struck the vessel.\n\n"
        "“This reckless attack by Houthi terrorists endangers innocent mariners,” the statement said. "
        "“The United States will hold those responsible to account.”\n"
    )
    centcom = actor_with(s, "US Central Command")
    assert [q.speaker for q in s.quotes] == [centcom.id, centcom.id]


def test_a_joint_statement_has_no_one_speaker() -> None:
    s = sheet(
        "The Kenya Human Rights Commission, Amnesty International Kenya and the Law Society of Kenya "
        'said in a joint statement that the police had used excessive force. "We condemn the shooting '
        'of unarmed protesters," the statement said.\n'
    )
    assert all(q.speaker is None for q in s.quotes)


def test_the_statement_two_paragraphs_on_still_speaks_for_its_issuer() -> None:
    # the issuer named right before 'said in a statement', however the parser hangs it; the
    # statement taken up two paragraphs later, with a fragment its conjoined verb says
    s = sheet(
        "A mine struck a patrol near the village of Kandiadiou, the Directorate of Public Relations of "
        "the Armed Forces (DPRA) said in a statement.\n\n"
        "The patrol was clearing the road to the border on Friday.\n\n"
        'The statement did not blame the rebels, but said "all measures have been taken" to find them.\n'
    )
    issuer = actor_with(s, "DPRA")
    assert [(q.text, q.speaker) for q in s.quotes] == [("all measures have been taken", issuer.id)]
