"""schemas/corpus.schema.json is generated from the models and validates real tables."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
from test_corpus_sheets import sample_sheets

from bagouz_extract.corpus import build_corpus
from bagouz_extract.corpus.schema import SCHEMA_FILE, corpus_schema_text

SCHEMA = Path(__file__).resolve().parents[1] / "schemas" / SCHEMA_FILE


def test_committed_corpus_schema_matches_the_models() -> None:
    assert SCHEMA.read_text(encoding="utf-8") == corpus_schema_text(), (
        "regenerate with: python -m bagouz_extract.corpus.schema schemas")


def test_built_table_validates_against_the_schema() -> None:
    table = json.loads(build_corpus(sample_sheets()).to_json())
    jsonschema.Draft202012Validator(json.loads(corpus_schema_text())).validate(table)
