"""A count's place comes from its own clause, not from a subordinate clause with its own verb."""

from __future__ import annotations

from bagouz_extract import extract_text


def test_destination_in_a_relative_clause_is_not_the_counts_place(nlp):
    sheet = extract_text(
        "The army freed thousands of civilians in Hajin, who will be transferred to al-Hol camp.",
        source_id="t", published="2019-03-01", nlp=nlp)
    [count] = [c for c in sheet.counts if c.category == "civilians"]
    names = {p.id: p.name for p in sheet.places}
    assert count.place is None or "Hol" not in names.get(count.place, "")


def test_place_in_the_counts_own_clause_is_linked(nlp):
    sheet = extract_text("More than 300 fighters surrendered in Hajin on Monday.",
                         source_id="t", published="2019-03-01", nlp=nlp)
    [count] = sheet.counts
    names = {p.id: p.name for p in sheet.places}
    assert "Haj" in names.get(count.place or "", "")
