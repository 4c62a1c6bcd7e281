from __future__ import annotations

from pathlib import Path

import pytest

from bagouz_extract.schema import SCHEMA_FILES, schema_text

SCHEMAS = Path(__file__).resolve().parents[1] / "schemas"


@pytest.mark.parametrize("name", sorted(SCHEMA_FILES))
def test_committed_schema_matches_the_models(name):
    committed = (SCHEMAS / name).read_text(encoding="utf-8")
    assert committed == schema_text(SCHEMA_FILES[name]), (
        f"schemas/{name} is stale: run `python -m bagouz_extract.schema schemas`")


def test_contract_field_names_are_all_required_in_the_schema():
    import json

    schema = json.loads((SCHEMAS / "fact_sheet.schema.json").read_text(encoding="utf-8"))
    defs = schema["$defs"]
    contract = {
        "Source": ["id", "path", "sha256", "title", "outlet", "byline", "published",
                   "published_basis", "language", "body", "boilerplate"],
        "DateFact": ["id", "value", "type", "granularity", "range", "anchor", "mentions"],
        "PlaceFact": ["id", "name", "aliases", "kind", "country", "admin1", "lat", "lon",
                      "geonames_id", "resolution", "mentions"],
        "ActorFact": ["id", "name", "aliases", "kind", "affiliation", "roles", "mentions"],
        "CountFact": ["id", "low", "high", "approximate", "qualifier", "unit", "counted", "category",
                      "event", "actor", "place", "date", "claimant", "mentions"],
        "Quote": ["speaker", "text", "mentions"],
        "Mention": ["text", "start", "end", "rule"],
    }
    for model, fields in contract.items():
        assert set(fields) <= set(defs[model]["required"]), model
