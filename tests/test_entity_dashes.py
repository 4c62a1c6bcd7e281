"""A dash set off by spaces ends a person's name and a dateline's place; other names and
ranges keep theirs."""

from __future__ import annotations

import pytest

spacy = pytest.importorskip("spacy")

from actor_lookup import sheet  # noqa: E402

from bagouz_extract.components.entity_dashes import in_dateline, split_at_dashes  # noqa: E402

# (case, text, the model's entity as (first word, last word, label), the entities after)
CASES = [
    ("a-dateline-into-a-person", "PARIS , France - Daniel Okoro said", ("France", "Okoro", "PERSON"),
     [("France", "PERSON"), ("Daniel Okoro", "PERSON")]),
    ("a-dateline-into-a-body", "PARIS , France - Daniel Okoro said", ("France", "Okoro", "ORG"),
     [("France", "ORG"), ("Daniel Okoro", "ORG")]),
    ("a-person-anywhere", "He met Babe Ruth - idols all", ("Babe", "idols", "PERSON"),
     [("Babe Ruth", "PERSON"), ("idols", "PERSON")]),
    # a body's official name and a range keep their dash
    ("an-official-name", "the Jordan Armed Forces – Arab Army said", ("Jordan", "Army", "ORG"),
     [("Jordan Armed Forces – Arab Army", "ORG")]),
    ("a-time-range", "open 11:30 am - 1 pm daily", ("11:30", "pm", "TIME"), [("11:30 am - 1 pm", "TIME")]),
    ("a-joined-name", "Jean-Pierre Bemba said", ("Jean", "Bemba", "PERSON"),
     [("Jean-Pierre Bemba", "PERSON")]),
    # the dateline's own dash, where the entity opens after its city and comma
    ("a-dateline-dash-mid-name", "PORT OF SPAIN , Trinidad and Tobago - Venezuela said",
     ("Tobago", "Venezuela", "ORG"), [("Tobago", "ORG"), ("Venezuela", "ORG")]),
    ("a-dash-past-no-dateline", "the Trinidad and Tobago - Venezuela talks", ("Tobago", "Venezuela", "ORG"),
     [("Tobago - Venezuela", "ORG")]),
    # a statement's heading: the body, then the kind of text, which is no part of the name
    ("a-heading-kind-of-text", "Ministry of Defence – Communiqué : two", ("Ministry", "Communiqué", "ORG"),
     [("Ministry of Defence", "ORG")]),
    ("a-heading-press-release", "National Police – Statement : two", ("National", "Statement", "ORG"),
     [("National Police", "ORG")]),
]


@pytest.mark.parametrize(("case", "text", "entity", "expected"), CASES, ids=[c[0] for c in CASES])
def test_entities_are_cut_at_spaced_dashes(case: str, text: str, entity: tuple, expected: list) -> None:
    doc = spacy.blank("en")(text)
    words = [t.text for t in doc]
    first, last, label = entity
    doc.set_ents([spacy.tokens.Span(doc, words.index(first), words.index(last) + 1, label=label)])
    assert [(e.text, e.label_) for e in split_at_dashes(doc).ents] == expected


@pytest.mark.model
def test_a_dateline_does_not_join_the_ledes_first_name() -> None:
    s = sheet("Border clashes resume\n\nPARIS, France - Daniel Okoro, the army spokesman, said the rebels "
              "attacked two border posts on Monday.")
    assert "Daniel Okoro" in [a.name for a in s.actors if a.kind == "person"]
    assert not any("-" in a.name for a in s.actors)


@pytest.mark.model
@pytest.mark.parametrize("state", ["Ukraine", "Trinidad and Tobago"])
def test_a_state_opening_the_lede_after_its_dateline_acts(state: str) -> None:
    # the parse hangs the lede's subject on the dateline's city; the verb after it says it acts
    s = sheet(f"Border clashes resume\n\nKYIV, {state} - {state} accused the rebels of attacking "
              "its border posts on Monday.")
    assert state in [a.name for a in s.actors if a.kind == "state"]


# (case, text, the name asked about, whether it stands in a dateline)
DATELINE_CASES = [
    ("city-country-wire", "Gang attack\n\nPORT-AU-PRINCE, Haiti (AP) -- Gunmen killed 18.", "Haiti", True),
    ("title-case-city", "Strikes mount\n\nAddis Ababa, Ethiopia — Fighting spread.", "Addis Ababa", True),
    ("city-and-date", "Statement\n\nNicosia, 14 November 2025 – The mission said.", "Nicosia", True),
    ("country-and-date", "War\n\nLUANDA, Angola, Nov 20 - Fifty years on.", "Angola", True),
    ("tight-dash", "War\n\nKYIV, Ukraine—The army said.", "Ukraine", True),
    ("joined-name", "Floods\n\nRio de Janeiro, Brazil — Rain fell.", "Brazil", True),
    # the name after the dash opens the lede; a line a name and a dash open with no comma is prose
    ("lede-after-dash", "War\n\nKYIV, Ukraine - Ukraine accused the rebels.", "accused", False),
    ("prose-aside", "War\n\nTogo – a small state – closed its border.", "Togo", False),
    ("prose-line", "War\n\nThe army said Togo, Benin and Ghana - all three - agreed.", "Togo", False),
    ("no-dash", "War\n\nGuinea-Bissau closed its land borders.", "Guinea", False),
]


@pytest.mark.parametrize(
    ("case", "text", "name", "expected"), DATELINE_CASES, ids=[c[0] for c in DATELINE_CASES]
)
def test_a_name_in_a_dateline(case: str, text: str, name: str, expected: bool) -> None:
    doc = spacy.blank("en")(text)
    start = text.index(name)
    span = doc.char_span(start, start + len(name), alignment_mode="expand")
    assert in_dateline(doc, span.start, span.end) is expected


@pytest.mark.model
def test_a_capital_in_a_dateline_is_no_mention_of_a_state_the_text_names() -> None:
    text = (
        "Council statement\n\nManila, 13 August 2025 — The National Maritime Council condemned the "
        "harassment of the mission. The Philippines will continue to assert its rights, it said."
    )
    s = sheet(text)
    state = next(a for a in s.actors if a.name == "Philippines")
    assert [m.text for m in state.mentions] == ["The Philippines"]


# (case, text, the model's two person entities as (first word, last word), the entities after)
SPLIT_NAME_CASES = [
    ("a-name-in-two", "Minister Abdullahi Sheikh Hassan said",
     [("Abdullahi", "Sheikh"), ("Hassan", "Hassan")], ["Abdullahi Sheikh Hassan"]),
    ("three-names", "President Chandrika Bandaranaike Kumaratunga said",
     [("Chandrika", "Bandaranaike"), ("Kumaratunga", "Kumaratunga")], ["Chandrika Bandaranaike Kumaratunga"]),
    # a title, an office or a place's word before the name keeps the two apart
    ("a-title-then-a-name", "Charles City Sheriff Javier Smith said",
     [("Charles", "Sheriff"), ("Javier", "Smith")], ["Charles City Sheriff", "Javier Smith"]),
    ("a-county-office", "said County Counselor John Watt", [("County", "Counselor"), ("John", "Watt")],
     ["County Counselor", "John Watt"]),
    ("a-comma-between", "said Ali Hassan, Omar Said", [("Ali", "Hassan"), ("Omar", "Said")],
     ["Ali Hassan", "Omar Said"]),
]


@pytest.mark.parametrize(("case", "text", "entities", "expected"), SPLIT_NAME_CASES,
                         ids=[c[0] for c in SPLIT_NAME_CASES])
def test_a_persons_name_the_model_cut_in_two_is_one(
    case: str, text: str, entities: list, expected: list
) -> None:
    doc = spacy.blank("en")(text)
    words = [t.text for t in doc]
    doc.set_ents(
        [spacy.tokens.Span(doc, words.index(a), words.index(b) + 1, label="PERSON") for a, b in entities]
    )
    assert [e.text for e in split_at_dashes(doc).ents] == expected
