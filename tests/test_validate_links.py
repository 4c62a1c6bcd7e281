"""The sheet check (`--check`, the fuzz bench, the property tests): ids unique in each list,
and every link from one fact to another names a fact of the same sheet (no model needed)."""

from __future__ import annotations

import pytest

from bagouz_extract.models import (
    ActorFact,
    CountFact,
    DateFact,
    FactSheet,
    PlaceFact,
    Quote,
    Source,
    TextSpan,
)
from bagouz_extract.validate import sheet_problems


def _sheet(**lists: list) -> FactSheet:
    source = Source(id="t", path="t.txt", sha256="0" * 64, body=TextSpan(start=0, end=0))
    return FactSheet(source=source, **lists)


SDF = ActorFact(id="actor-sdf", name="Syrian Democratic Forces", kind="armed_group")
BALI = ActorFact(id="actor-mustafa-bali", name="Mustafa Bali", kind="person", affiliation="actor-sdf")
BAGHUZ = PlaceFact(id="place-baghuz", name="Baghuz")
MARCH = DateFact(id="date-2019-03-01", value="2019-03-01", type="DATE")
COUNT = CountFact(id="count-1", low=3000.0, high=3000.0, actor="actor-sdf", place="place-baghuz",
                  date="date-2019-03-01", claimant="actor-mustafa-bali")
QUOTE = Quote(id="quote-1", speaker="actor-mustafa-bali", text="We are close.",
              speaker_affiliation="actor-sdf", date="date-2019-03-01")


def test_a_sheet_whose_links_all_resolve_has_no_problems() -> None:
    sheet = _sheet(actors=[SDF, BALI], places=[BAGHUZ], dates=[MARCH], counts=[COUNT], quotes=[QUOTE])
    assert sheet_problems(sheet, None) == []


# case, the sheet's lists, the problem expected
BROKEN = [
    ("duplicate-actor-id", {"actors": [SDF, BALI.model_copy(update={"id": "actor-sdf"})]},
     "actors: id 'actor-sdf' is not unique"),
    ("dangling-affiliation", {"actors": [BALI]},
     "actors[0].affiliation: 'actor-sdf' is no id of actors"),
    ("dangling-speaker", {"actors": [SDF], "quotes": [QUOTE.model_copy(update={"speaker": "actor-x"})]},
     "quotes[0].speaker: 'actor-x' is no id of actors"),
    ("dangling-count-place", {"actors": [SDF, BALI], "dates": [MARCH], "counts": [COUNT]},
     "counts[0].place: 'place-baghuz' is no id of places"),
    ("dangling-quote-date", {"actors": [SDF, BALI], "quotes": [QUOTE]},
     "quotes[0].date: 'date-2019-03-01' is no id of dates"),
    ("dangling-parent", {"counts": [CountFact(id="count-2", low=1.0, high=1.0, parent="count-9")]},
     "counts[0].parent: 'count-9' is no id of counts"),
    ("duplicate-place-id", {"places": [BAGHUZ, BAGHUZ]}, "places: id 'place-baghuz' is not unique"),
]


@pytest.mark.parametrize(("case", "lists", "problem"), BROKEN, ids=[c[0] for c in BROKEN])
def test_a_broken_link_or_a_repeated_id_is_a_problem(case: str, lists: dict, problem: str) -> None:
    assert problem in sheet_problems(_sheet(**lists), None)
