"""Every seed yields a schema-valid sheet whose evidence offsets slice the original text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bagouz_extract.api import extract_sources
from bagouz_extract.loader import discover, load_source
from bagouz_extract.validate import sheet_problems

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
SCHEMA = Path(__file__).resolve().parents[1] / "schemas" / "fact_sheet.schema.json"


@pytest.fixture(scope="module")
def seed_sheets(nlp):
    return [o.sheet for o in extract_sources(list(discover(SEEDS)), root=SEEDS, nlp=nlp)]


def test_all_five_seeds_yield_sheets(seed_sheets):
    assert [s.source.id for s in seed_sheets] == sorted(p.stem for p in SEEDS.glob("*.txt"))
    assert len(seed_sheets) == 5


def test_sheets_validate_against_the_committed_json_schema(seed_sheets):
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    for sheet in seed_sheets:
        jsonschema.validate(json.loads(sheet.to_json()), schema)


def test_every_mention_slices_the_original_file_text(seed_sheets):
    for sheet in seed_sheets:
        text = load_source(SEEDS / sheet.source.path).text
        assert sheet_problems(sheet, text) == []


def test_two_runs_give_byte_identical_output(nlp, seed_sheets):
    again = [o.sheet for o in extract_sources(list(discover(SEEDS)), root=SEEDS, nlp=nlp)]
    assert [s.to_json() for s in again] == [s.to_json() for s in seed_sheets]


def test_no_fact_comes_from_removed_furniture(seed_sheets):
    for sheet in seed_sheets:
        removed = [(b.start, b.end) for b in sheet.source.boilerplate]
        for kind in ("dates", "places", "actors", "counts"):
            for fact in getattr(sheet, kind):
                for m in fact.mentions:
                    assert not any(s <= m.start < e for s, e in removed), (sheet.source.id, kind, m)
